"""The current language has one holder, Qt's default locale: words, dates and numbers agree."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.ui.app import i18n


def test_the_language_is_the_default_locale_and_nothing_else(qapp) -> None:
    label = load_rules().subjects.get("enterprise").label
    try:
        i18n.set_language("zh_CN")
        assert i18n.current_language() == "zh_CN" and i18n.text(label) == label.zh
        assert QLocale().language() == QLocale.Language.Chinese
        QLocale.setDefault(QLocale(QLocale.Language.English))  # whoever changes it, all follow
        assert i18n.current_language() == "en" and i18n.text(label) == label.en
    finally:
        i18n.set_language("en")
    assert not hasattr(i18n, "_current")  # no second holder that could disagree
