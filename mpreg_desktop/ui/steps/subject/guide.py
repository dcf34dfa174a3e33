"""引导问题: a few plain questions, and the subject type they point to, with its reasons, live.

The answers are fields of the case (``subject.needs``), edited through the undo stack like any
other field; "not answered" is a value of its own, so a recommendation never rests on a guess.
采用建议 sets the type (and the route, when the answers point to one) in one undo step; the user
may choose otherwise, and the page says so plainly instead of forbidding it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import Route, SubjectType
from mpreg_desktop.domain.flow.recommend import CAPABILITY_NEEDS, Recommendation, recommend
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS, CheckBinding, ComboBinding, FormPage
from mpreg_desktop.ui.steps.subject.reasons import (
    add_recommendation,
    join,
    need_title,
    reasons_html,
    route_label,
    type_label,
    types_label,
)
from mpreg_desktop.ui.steps.subject.type_change import apply_changes, sub_kind_for

OK_COLOUR = "#2e7d32"


class GuideSection(QGroupBox):
    """The questions (bound to ``subject.needs``) beside the live recommendation."""

    def __init__(self, page: FormPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Guiding questions"))
        self.page = page
        doc = page.document
        layout = QHBoxLayout(self)
        questions = QFormLayout()
        questions.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        not_answered = self.tr("Not answered")
        self.is_organisation = page.add(
            questions,
            ComboBinding(
                doc,
                "subject.needs.is_organisation",
                self.tr("Register as"),
                lambda: [
                    (not_answered, None),
                    (self.tr("A person"), False),
                    (self.tr("An organisation"), True),
                ],
            ),
        )
        self.has_licence = page.add(
            questions,
            ComboBinding(
                doc,
                "subject.needs.has_licence",
                self.tr("Has a business licence (营业执照)"),
                lambda: [(not_answered, None), (self.tr("Yes"), True), (self.tr("No"), False)],
            ),
        )
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.needs: dict[str, CheckBinding] = {}
        for index, need in enumerate(CAPABILITY_NEEDS):
            binding = CheckBinding(doc, f"subject.needs.{need}", need_title(need))
            page.bindings.append(binding)
            grid.addWidget(binding.container, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
            self.needs[need] = binding
        needs_box = QWidget()
        needs_box.setLayout(grid)
        questions.addRow(QLabel(self.tr("Needs")), needs_box)
        self.official_account = CheckBinding(
            doc,
            "subject.needs.has_certified_official_account",
            self.tr("Already has a certified Official Account"),
        )
        page.add(questions, self.official_account, with_label=False)
        layout.addLayout(questions, 1)
        self.view = RecommendationView(doc)
        layout.addWidget(self.view, 1)
        page.body_layout.addWidget(self)


class RecommendationView(QWidget):
    """The recommendation, its reasons with sources, 采用建议, and how the choice compares."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rules = document.rules
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline, self.reasons = add_recommendation(
            layout, self.rules, self.tr("Recommendation"), self.tr("Reasons for the recommendation")
        )
        self.indicator = QLabel()
        self.indicator.setWordWrap(True)
        self.indicator.setAccessibleName(self.tr("Chosen type and recommendation"))
        layout.addWidget(self.indicator)
        buttons = QHBoxLayout()
        self.adopt_button = QPushButton(self.tr("Adopt the recommendation"))
        self.adopt_button.setAccessibleName(self.adopt_button.text())
        self.adopt_button.clicked.connect(self.adopt)
        self.compare_button = QPushButton(self.tr("Compare subject types…"))
        self.compare_button.setAccessibleName(self.compare_button.text())
        self.compare_button.clicked.connect(self.compare)
        buttons.addWidget(self.adopt_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.recommendation: Recommendation = recommend(document.case.subject.needs, self.rules)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, path: str) -> None:
        if path.startswith("subject"):
            self.refresh()

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.recommendation = rec = recommend(self.document.case.subject.needs, self.rules)
        self.headline.setText(self._headline(rec))
        self.reasons.start()
        self.reasons.setText(reasons_html(rec.reasons, self.reasons))
        self.reasons.setVisible(bool(rec.reasons))
        text, colour = self._indicator(rec)
        self.indicator.setText(text)
        self.indicator.setStyleSheet(f"color: {colour};")
        self.indicator.setVisible(bool(text))
        self.adopt_button.setEnabled(bool(self._changes()))

    def _headline(self, rec: Recommendation) -> str:
        rules = self.rules
        others = ",".join(t.value for t in rec.alternatives)
        if rec.subject_type is not None:
            text = html.escape(
                self.tr("Recommendation: {type}").format(type=type_label(rules, rec.subject_type))
            )
            text = f"<b>{text}</b>"
            if rec.route is not None:
                route = self.tr("Suggested route: {route}").format(
                    route=route_label(rules, rec.route)
                )
                text += "<br>" + html.escape(route)
            if others:
                more = self.tr("Other options: {types}").format(types=types_label(rules, others))
                text += "<br>" + html.escape(more)
            return text
        if rec.missing:
            names = {
                "is_organisation": self.tr("Register as"),
                "has_licence": self.tr("Has a business licence (营业执照)"),
            }
            text = self.tr("No recommendation yet. Still to answer: {questions}").format(
                questions=join(names[m] for m in rec.missing)
            )
            return html.escape(text)
        if others:
            text = self.tr("Choose among: {types}").format(types=types_label(rules, others))
            return f"<b>{html.escape(text)}</b>"
        return html.escape(self.tr("No subject type has everything that is needed"))

    def _indicator(self, rec: Recommendation) -> tuple[str, str]:
        case = self.document.case
        chosen = case.subject.type
        if chosen is None:
            return "", SEVERITY_COLOURS["info"]
        chosen_label = type_label(self.rules, chosen)
        lines: list[str] = []
        colour = OK_COLOUR
        if rec.subject_type is not None:
            if chosen == rec.subject_type:
                lines.append(self.tr("The chosen type matches the recommendation."))
            else:
                lines.append(
                    self.tr(
                        "You chose {chosen}; the recommendation is {recommended}. Your choice "
                        "stands; the problems list shows what it cannot do."
                    ).format(
                        chosen=chosen_label, recommended=type_label(self.rules, rec.subject_type)
                    )
                )
                colour = SEVERITY_COLOURS["warning"]
        elif rec.alternatives and not rec.missing:
            others = types_label(self.rules, ",".join(t.value for t in rec.alternatives))
            if chosen in rec.alternatives:
                lines.append(
                    self.tr("You chose {chosen}, one of the candidates.").format(
                        chosen=chosen_label
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "You chose {chosen}, which is not among the candidates ({types})."
                    ).format(chosen=chosen_label, types=others)
                )
                colour = SEVERITY_COLOURS["warning"]
        if rec.route is not None and case.subject.route != rec.route:
            lines.append(
                self.tr("The suggested route is {route}; the chosen one is {chosen}.").format(
                    route=route_label(self.rules, rec.route),
                    chosen=route_label(self.rules, case.subject.route),
                )
            )
            colour = SEVERITY_COLOURS["warning"]
        return "\n".join(lines), colour

    # -- acting ------------------------------------------------------------------------------------
    def _changes(self) -> list[tuple[str, object]]:
        """The field changes 采用建议 would make (none: the button has nothing to do)."""
        rec = self.recommendation
        if rec.subject_type is None:
            return []
        subject = self.document.case.subject
        changes: list[tuple[str, object]] = []
        if subject.type != rec.subject_type:
            changes.append(("subject.type", rec.subject_type))
        wanted_kind = sub_kind_for(self.rules, rec.subject_type, subject.sub_kind)
        if subject.sub_kind != wanted_kind:
            changes.append(("subject.sub_kind", wanted_kind))
        route = rec.route or self._route_for(rec.subject_type, subject.route)
        if subject.route != route:
            changes.append(("subject.route", route))
        return changes

    def _route_for(self, subject_type: SubjectType, current: Route) -> Route:
        """Keep the chosen route if it admits the type, else the first one that does."""
        routes = self.rules.registration.routes
        if subject_type in self.rules.registration.route(current).allowed_subject_types:
            return current
        return next((r.id for r in routes if subject_type in r.allowed_subject_types), current)

    def adopt(self) -> None:
        changes = self._changes()
        if not changes:
            return
        apply_changes(self.document, changes, self.tr("Adopt the recommendation"))

    def compare(self) -> None:
        from mpreg_desktop.ui.steps.subject.compare import SubjectCompareDialog

        dialog = SubjectCompareDialog(
            self.rules,
            current=self.document.case.subject.type,
            recommended=self.recommendation.subject_type,
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()
