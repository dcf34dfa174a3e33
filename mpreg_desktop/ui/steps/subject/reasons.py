"""Words for the recommendation's reasons (codes from ``domain/flow/recommend.py``), in the UI
language, and a label whose 来源 links show where each reason or rule comes from.

Names of subject types, routes and capabilities come from the rules pack and the problem catalog;
the sentences around them are translated here. Every string is a literal
``QCoreApplication.translate("SubjectReasons", …)`` so that pyside6-lupdate can see it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from mpreg_desktop.domain.flow.recommend import Reason
from mpreg_desktop.domain.messages import catalog
from mpreg_desktop.domain.rules.model import Rules, Text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.focus_frame import frame_focus
from mpreg_desktop.ui.app.sources import sources_html, unconfirmed_sentence

GREY = "#546e7a"


def join(names: Iterable[str]) -> str:
    return ("、" if i18n.current_language().startswith("zh") else ", ").join(names)


def type_label(rules: Rules, type_id: str) -> str:
    rule = rules.subjects.find(type_id)
    return i18n.text(rule.label) if rule else type_id


def types_label(rules: Rules, ids: str) -> str:
    return join(type_label(rules, one) for one in ids.split(",") if one)


def need_label(need: str) -> str:
    entry = catalog()["needs"].get(need)
    if entry is None:
        return need
    return entry["zh" if i18n.current_language().startswith("zh") else "en"]


def need_title(need: str) -> str:
    """A capability's name standing on its own (a label, a row header): capitalised in English."""
    label = need_label(need)
    return label[:1].upper() + label[1:]


def route_label(rules: Rules, route_id: str) -> str:
    rule = rules.registration.find_route(route_id)
    return i18n.text(rule.label) if rule else route_id


def unconfirmed() -> str:
    return QCoreApplication.translate("SubjectReasons", "(not officially confirmed)")


def _unsupported(p: dict[str, str]) -> str:
    if "instead" in p and "alternative" in p:
        if p.get("licence") == "held":
            text = QCoreApplication.translate(
                "SubjectReasons",
                "{type} subjects cannot use {needs}: register as {instead} or {alternative}",
            )
        else:
            text = QCoreApplication.translate(
                "SubjectReasons",
                "{type} subjects cannot use {needs}: get a licence as {instead} first, "
                "or register as {alternative}",
            )
        return text
    return QCoreApplication.translate("SubjectReasons", "{type} subjects cannot use {needs}")


def _fee(p: dict[str, str]) -> str:
    required, free = p["required"] == "1", p["fee"] == "0"
    if required and free:
        return QCoreApplication.translate(
            "SubjectReasons", "{type}: WeChat certification is required and free"
        )
    if required:
        return QCoreApplication.translate(
            "SubjectReasons", "{type}: WeChat certification is required, {fee} yuan a year"
        )
    if free:
        return QCoreApplication.translate(
            "SubjectReasons", "{type}: WeChat certification is optional and free"
        )
    return QCoreApplication.translate(
        "SubjectReasons", "{type}: WeChat certification is optional, {fee} yuan a year"
    )


def _route(p: dict[str, str]) -> str:
    if "limit" in p:
        return QCoreApplication.translate(
            "SubjectReasons",
            "A certified Official Account is at hand: {route} can be used "
            "(at most {limit} mini programs a month)",
        )
    return QCoreApplication.translate(
        "SubjectReasons", "A certified Official Account is at hand: {route} can be used"
    )


def _template(reason: Reason) -> str:
    p = reason.params
    if reason.code == "needs.unsupported":
        return _unsupported(p)
    if reason.code == "certification.fee":
        return _fee(p)
    if reason.code == "route.suggested":
        return _route(p)
    if reason.code == "type.also_possible":
        if p.get("cannot"):
            return QCoreApplication.translate(
                "SubjectReasons", "Also possible: {type}, but it cannot use {cannot}"
            )
        return QCoreApplication.translate("SubjectReasons", "Also possible: {type}")
    if reason.code == "needs.conditional":
        return QCoreApplication.translate(
            "SubjectReasons", "{type} can use {need}, with conditions"
        )
    if reason.code == "limit.certified":
        return QCoreApplication.translate(
            "SubjectReasons", "{type}: at most {count} certified mini programs per subject"
        )
    if reason.code == "limit.total":
        return QCoreApplication.translate(
            "SubjectReasons", "{type}: at most {count} mini programs per subject"
        )
    if reason.code == "licence.person":
        return QCoreApplication.translate(
            "SubjectReasons", "A person with a business licence usually registers as {type}"
        )
    if reason.code == "licence.organisation":
        return QCoreApplication.translate(
            "SubjectReasons", "An organisation with a business licence registers as {type}"
        )
    if reason.code == "no_licence.person":
        return QCoreApplication.translate(
            "SubjectReasons",
            "No business licence, and nothing an individual cannot have: register as {type}",
        )
    if reason.code == "organisation.choose":
        return QCoreApplication.translate(
            "SubjectReasons",
            "An organisation without a business licence is one of {types}; these questions "
            "cannot tell which: choose the subject type yourself",
        )
    if reason.code == "organisation.not_inferable":
        return QCoreApplication.translate(
            "SubjectReasons",
            "If the organisation is one of {types}, these questions cannot tell: choose that "
            "type yourself",
        )
    if reason.code == "route.not_for_type":
        return QCoreApplication.translate(
            "SubjectReasons", "{route} is only for {allowed}, not for {type}"
        )
    return reason.code  # a code this version does not word: still shown, never hidden


def reason_text(reason: Reason, rules: Rules) -> str:
    """The reason as one sentence in the UI language (plain text)."""
    values: dict[str, str] = {}
    for key, value in reason.params.items():
        if key in ("type", "instead", "alternative"):
            values[key] = type_label(rules, value)
        elif key in ("types", "allowed"):
            values[key] = types_label(rules, value)
        elif key in ("needs", "cannot"):
            values[key] = join(need_label(n) for n in value.split(",") if n)
        elif key == "need":
            values[key] = need_label(value)
        elif key == "route":
            values[key] = route_label(rules, value)
        else:
            values[key] = value
    text = _template(reason)
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


class SourcedLabel(QLabel):
    """Rich text whose "source:N" links show where item N comes from, on hover or activation.

    The sources (official pages, or the plain 行业资料 label) and any doubt would swamp the text if
    printed inline; a small 来源 link per item keeps them one gesture away.
    """

    def __init__(self, rules: Rules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._items: list[tuple[tuple[str, ...], Text | None]] = []
        self.linkHovered.connect(self._show)
        self.linkActivated.connect(self._show)
        frame_focus(self)

    def start(self) -> None:
        """Forget the links of the previous text (call before building a new one)."""
        self._items = []

    def source_link(self, sources: Iterable[str], uncertainty: Text | None = None) -> str:
        self._items.append((tuple(sources), uncertainty))
        words = html.escape(QCoreApplication.translate("SubjectReasons", "Sources"))
        return f'<a href="source:{len(self._items) - 1}">{words}</a>'

    def sources_tip(self, index: int) -> str:
        sources, uncertainty = self._items[index]
        tip = sources_html(sources, self.rules)
        if uncertainty is not None:  # the research notes behind it stay in the rules pack
            tip = html.escape(unconfirmed_sentence()) + "<br>" + tip
        return tip

    def _show(self, link: str) -> None:
        if not link.startswith("source:"):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.sources_tip(int(link.split(":", 1)[1])), self)


def reasons_html(reasons: Iterable[Reason], label: SourcedLabel) -> str:
    """A list of reasons: each sentence, the rule's own words in grey, a link to its sources."""
    items = []
    for reason in reasons:
        line = html.escape(reason_text(reason, label.rules))
        if reason.uncertain:
            line += " " + html.escape(unconfirmed())
        line += " " + label.source_link(reason.source, reason.uncertainty)
        notes = [html.escape(i18n.text(n)) for n in reason.notes]
        if notes:
            line += f'<br><span style="color:{GREY}">' + "<br>".join(notes) + "</span>"
        items.append(f"<li>{line}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def add_recommendation(
    layout, rules: Rules, headline_name: str, reasons_name: str
) -> tuple[QLabel, SourcedLabel]:
    """A recommendation's headline and its reasons with 来源 links, added to ``layout`` (the
    subject type's and the verification method's recommendations look the same)."""
    headline = QLabel()
    headline.setWordWrap(True)
    headline.setAccessibleName(headline_name)
    layout.addWidget(headline)
    reasons = SourcedLabel(rules)
    reasons.setAccessibleName(reasons_name)
    layout.addWidget(reasons)
    return headline, reasons
