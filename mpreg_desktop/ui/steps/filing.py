"""Step 4 — 备案: the ICP filing's type, people, mini program information and number."""

from __future__ import annotations

from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.forms import (
    CheckBinding,
    ComboBinding,
    DateBinding,
    FormPage,
    LineBinding,
    MultiChoiceBinding,
    TextBinding,
)


class FilingPage(FormPage):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(document, parent)
        doc = document
        rules = document.rules

        form = self.section(self.tr("Filing"))
        self.add(
            form,
            ComboBinding(
                doc,
                "filing.type",
                self.tr("Filing type"),
                lambda: [(i18n.text(t.label), t.id) for t in rules.filing.types],
            ),
        )
        self.add(form, DateBinding(doc, "filing.planned_on", self.tr("Planned filing date")))

        principal = self._person(
            self.tr("Subject principal (主体负责人)"),
            "filing.subject_principal",
            "filing.subject_emergency",
        )
        legal_rep = CheckBinding(
            doc,
            "filing.subject_principal_is_legal_rep",
            self.tr("Legal representative"),
            self.tr("The subject principal is the legal representative"),
        )
        self.add(principal, legal_rep, with_label=False)

        form = self.section(self.tr("Mini program information"))
        self.add(
            form,
            MultiChoiceBinding(
                doc,
                "filing.service_content_types",
                self.tr("Service content types"),
                lambda: [(i18n.text(t.label), t.id) for t in rules.filing.service_content_types],
            ),
        )
        self.add(
            form,
            CheckBinding(
                doc,
                "filing.no_pre_approval",
                self.tr("Pre-approval"),
                self.tr("None of the above (以上都不涉及)"),
            ),
        )
        description = self.add(
            form,
            TextBinding(
                doc,
                "filing.description",
                self.tr("Business description"),
                self.tr("What the mini program actually does"),
            ),
        )
        description.hint = self._description_hint

        form = self.section(self.tr("Mini program principal (小程序负责人)"))
        self.add(
            form,
            CheckBinding(
                doc,
                "filing.applet_principal_same",
                self.tr("Same person"),
                self.tr("Same as the subject principal"),
            ),
            with_label=False,
        )
        applet = self._person(None, "filing.applet_principal", "filing.applet_emergency")
        self.applet_box = applet.parentWidget()

        form = self.section(self.tr("Result"))
        self.add(
            form,
            LineBinding(
                doc, "filing.filing_number", self.tr("Filing number"), "粤ICP备2026041617号-1X"
            ),
        )
        self.finish()

    def _person(self, title: str | None, path: str, emergency: str):
        form = self.section(title or "")
        doc = self.document
        self.add(form, LineBinding(doc, f"{path}.name", self.tr("Name")))
        self.add(form, LineBinding(doc, f"{path}.id_number", self.tr("ID number")))
        self.add(form, LineBinding(doc, f"{path}.phone", self.tr("Mobile phone")))
        self.add(form, DateBinding(doc, f"{path}.id_valid_until", self.tr("ID valid until")))
        self.add(
            form,
            CheckBinding(
                doc,
                f"{path}.id_long_term",
                self.tr("Long-term ID"),
                self.tr("The ID is valid long-term (长期)"),
            ),
        )
        self.add(form, LineBinding(doc, f"{emergency}.name", self.tr("Emergency contact")))
        self.add(
            form,
            LineBinding(
                doc,
                f"{emergency}.phone",
                self.tr("Emergency contact's phone"),
                self.tr("a different person's own number"),
            ),
        )
        return form

    def _description_hint(self) -> str:
        rules = self.document.rules.filing
        length = len(self.document.case.filing.description.strip())
        return self.tr("{length} characters ({min}–{max})").format(
            length=length, min=rules.description_min, max=rules.description_max
        )

    def refresh(self) -> None:
        super().refresh()
        self.applet_box.setVisible(not self.document.case.filing.applet_principal_same)
