"""The UI language: which translation is installed and how rules-pack texts are shown.

The language is held in one place, Qt's default locale, which :func:`install` sets together with
the translators (it also formats dates and numbers): no module variable can disagree with it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mpreg_desktop.resources import resource_path

LANGUAGES = ("zh_CN", "en")


class Bilingual(Protocol):
    zh: str
    en: str


def resolve_language(setting: str) -> str:
    """The language to show: the user's choice, else the system locale (zh → Chinese)."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def current_language() -> str:
    """ "zh_CN" or "en": the language of Qt's default locale, as :func:`set_language` left it."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def set_language(language: str) -> None:
    """Show rules-pack texts, problem words, dates and numbers in ``language``."""
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(chinese if language == "zh_CN" else QLocale(QLocale.Language.English))


def text(value: Bilingual | None) -> str:
    """A rules-pack text in the current language."""
    if value is None:
        return ""
    return value.zh if current_language() == "zh_CN" else value.en


# Two labels of Qt's own file dialog that Qt's Chinese translation (qtbase_zh_CN) leaves in
# English; the app's translation, installed after Qt's and so asked first, carries them.
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and the app's translators for ``language``; returns them (keep alive)."""
    installed = []
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"mpreg_{language}", None)):
            translator = QTranslator(app)
            where = folder or str(resource_path("i18n"))
            if translator.load(name, where):
                app.installTranslator(translator)
                installed.append(translator)
    set_language(language)
    return installed
