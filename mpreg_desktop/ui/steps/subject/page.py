"""Step 1 — 主体选择: which subject, which route, who administers it, and the mini program.

The page opens with the guiding questions and their recommendation (``subject_guide.py``), then
the subject itself, the registration route with its conditions (``subject_route.py``), the
account's administrator, the mini program, and the case's own name and notes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mpreg_desktop.domain.case import SubjectType
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.checks.naming import name_units
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import (
    SEVERITY_COLOURS,
    ComboBinding,
    FormPage,
    LineBinding,
    MultiChoiceBinding,
    TextBinding,
)
from mpreg_desktop.ui.steps.subject.guide import GuideSection
from mpreg_desktop.ui.steps.subject.route import RouteDetails
from mpreg_desktop.ui.steps.subject.type_change import SubjectTypeBinding


class SubjectPage(FormPage):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(document, parent)
        rules = document.rules
        doc = document

        self.guide = GuideSection(self)

        form = self.section(self.tr("Subject"))
        choose = self.tr("Please choose…")
        self.add(
            form,
            SubjectTypeBinding(
                doc,
                "subject.type",
                self.tr("Subject type"),
                lambda: [
                    (choose, None),
                    *((i18n.text(t.label), t.id) for t in rules.subjects.types),
                ],
            ),
        )
        self.add(form, ComboBinding(doc, "subject.sub_kind", self.tr("Sub-kind"), self._sub_kinds))
        self.add(
            form,
            LineBinding(
                doc, "subject.name", self.tr("Subject name"), self.tr("exactly as on the licence")
            ),
        )
        code = self.add(
            form,
            LineBinding(
                doc,
                "subject.code",
                self.tr("Subject code"),
                self.tr("18-character unified social credit code"),
            ),
        )
        # What the code was recognised as stays shown while its problems show underneath.
        self.code_kind = QLabel()
        self.code_kind.setAccessibleName(self.tr("Kind of subject code"))
        self.code_kind.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
        code.container.layout().insertWidget(1, self.code_kind)

        form = self.section(self.tr("Registration route"))
        self.add(
            form,
            ComboBinding(
                doc,
                "subject.route",
                self.tr("Registration route"),
                lambda: [(i18n.text(r.label), r.id) for r in rules.registration.routes],
            ),
        )
        self.route_details = RouteDetails(doc)
        form.addRow(self.route_details)

        form = self.section(self.tr("Account and administrator"))
        self.add(
            form,
            LineBinding(
                doc,
                "account.email",
                self.tr("Account email"),
                self.tr("never used on the WeChat platforms"),
            ),
        )
        self.add(form, LineBinding(doc, "account.admin.name", self.tr("Administrator's name")))
        self.add(
            form, LineBinding(doc, "account.admin.id_number", self.tr("Administrator's ID number"))
        )
        self.add(form, LineBinding(doc, "account.admin.phone", self.tr("Administrator's phone")))

        form = self.section(self.tr("Mini program"))
        self.name_binding = self.add(
            form, LineBinding(doc, "mini_program.name", self.tr("Mini program name"))
        )
        # The counter stays visible while problems show underneath, so the length is always there.
        self.name_counter = QLabel()
        self.name_counter.setAccessibleName(self.tr("Name length"))
        self.name_binding.container.layout().insertWidget(1, self.name_counter)
        self.add(
            form,
            MultiChoiceBinding(
                doc, "mini_program.categories", self.tr("Service categories"), self._categories
            ),
        )

        form = self.section(self.tr("Case"))
        self.add(
            form, LineBinding(doc, "name", self.tr("Case name"), self.tr("e.g. client and project"))
        )
        self.add(form, TextBinding(doc, "notes", self.tr("Notes"), self.tr("Anything to remember")))
        self.finish()

    def refresh(self) -> None:
        super().refresh()
        self._update_counter()
        kind = self._code_kind()
        self.code_kind.setText(kind)
        self.code_kind.setVisible(bool(kind))

    def _sub_kinds(self) -> list[tuple[str, object]]:
        subject_type = self.document.case.subject.type
        if subject_type is None:
            return [(self.tr("Choose the subject type first"), "")]
        rule = self.document.rules.subjects.get(subject_type)
        return [(self.tr("Please choose…"), "")] + [
            (i18n.text(k.label), k.id) for k in rule.sub_kinds
        ]

    def _categories(self) -> list[tuple[str, str]]:
        rules = self.document.rules
        personal = self.document.case.subject.type == SubjectType.PERSONAL
        options = []
        for category in rules.categories.categories:
            label = i18n.text(category.label)
            industry = rules.categories.industry(category.industry) if category.industry else None
            if industry is not None:
                label += self.tr(" — licensed industry: {industry}").format(
                    industry=i18n.text(industry.label)
                )
            elif category.requires_qualification:
                label += self.tr(" — needs a licence")
            if personal and not category.personal_allowed:
                label += self.tr(" — not for personal subjects")
            options.append((label, category.id))
        return options

    def _code_kind(self) -> str:
        """What the code is, by its length, and for a USCC what its type digits say."""
        code = self.document.case.subject.code
        kind = ids.code_kind(code)
        names = {
            "uscc": self.tr("Recognised as a unified social credit code (18)"),
            "registration_number": self.tr("Recognised as a business registration number (15)"),
            "org_code": self.tr("Recognised as an organisation code (9)"),
        }
        text = names.get(kind, "") if kind else ""
        prefix = ids.uscc_category(code) if kind == "uscc" else None
        category = self.document.rules.identifiers.uscc_category(prefix) if prefix else None
        if category is not None:
            text += self.tr("; it starts with {prefix}: {category}").format(
                prefix=prefix, category=i18n.text(category.label)
            )
        return text

    def _update_counter(self) -> None:
        rules = self.document.rules.naming
        name = self.document.case.mini_program.name
        units = name_units(name, rules.cjk_units)
        self.name_counter.setText(
            self.tr("Length {units} of {min}–{max} (a Chinese character counts {cjk})").format(
                units=units, min=rules.min_units, max=rules.max_units, cjk=rules.cjk_units
            )
        )
        # Empty, the "required" problem under the field says it; out of range, the length one does.
        bad = not name or not rules.min_units <= units <= rules.max_units
        # Out of range, the problem under the field says the same (with the count): one fact,
        # one message. The counter keeps its line blank so nothing below moves.
        self.name_counter.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
        if bad:
            self.name_counter.setText("\u00a0")
