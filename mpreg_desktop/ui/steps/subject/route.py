"""The chosen registration route in detail: its conditions ticked against the case, its limit,
benefits and caveats, all from the rules pack, and a button to the official site where the
registration happens."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mpreg_desktop.domain.flow.recommend import ConditionCheck, route_conditions
from mpreg_desktop.domain.rules.model import Note
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.sources import unconfirmed_sentence
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.official_site import official_site_button
from mpreg_desktop.ui.steps.subject.reasons import GREY, SourcedLabel, unconfirmed

# Glyph and colour per condition state: met, not met, not known yet, to be checked by the user.
MARKS = {
    "met": ("✓", "#2e7d32"),
    "unmet": ("✗", "#c62828"),
    "unknown": ("?", "#b26a00"),
    "info": ("•", GREY),
}


class RouteDetails(QWidget):
    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.details = SourcedLabel(document.rules)
        self.details.setAccessibleName(self.tr("Conditions of the registration route"))
        layout.addWidget(self.details)
        steps = document.rules.registration.steps
        url = next((s.official_url for s in steps if s.official_url), "")
        self.site_button = official_site_button(url)
        self.site_button.setToolTip(
            self.tr("Registration itself happens on the official site: {url}").format(url=url)
        )
        layout.addWidget(self.site_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.checks: list[ConditionCheck] = []
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, path: str) -> None:
        if path.startswith("subject"):
            self.refresh()

    def status_of(self, condition_id: str) -> str | None:
        return next((c.status for c in self.checks if c.note.id == condition_id), None)

    def _note_line(self, note: Note, mark: str = "•", colour: str = GREY) -> str:
        line = f'<span style="color:{colour}"><b>{html.escape(mark)}</b></span> '
        line += html.escape(i18n.text(note.text))
        if note.uncertain:
            line += " " + html.escape(unconfirmed())
        return line + " " + self.details.source_link(note.source, note.uncertainty)

    def _block(self, title: str, lines: list[str]) -> str:
        if not lines:
            return ""
        return f"<p><b>{html.escape(title)}</b><br>" + "<br>".join(lines) + "</p>"

    def refresh(self) -> None:
        case = self.document.case
        route = self.document.rules.registration.route(case.subject.route)
        self.checks = route_conditions(route, case.subject.type, case.subject.needs)
        self.details.start()
        conditions = [self._note_line(c.note, *MARKS[c.status]) for c in self.checks]
        if route.monthly_limit is not None:
            conditions.append(
                html.escape(
                    self.tr("At most {count} mini programs a month this way").format(
                        count=route.monthly_limit
                    )
                )
            )
        parts = [
            self._block(self.tr("Conditions"), conditions),
            self._block(self.tr("Benefits"), [self._note_line(n) for n in route.benefits]),
            self._block(self.tr("Take care"), [self._note_line(n) for n in route.caveats]),
            # the account rules of every route (one email, one account; trial mini programs …)
            self._block(
                self.tr("Account rules"),
                [self._note_line(n) for n in self.document.rules.registration.account_rules],
            ),
        ]
        if route.uncertain and route.uncertainty is not None:
            text = unconfirmed_sentence()
            parts.append(f'<p style="color:#b26a00">{html.escape(text)}</p>')
        self.details.setText("".join(parts))
