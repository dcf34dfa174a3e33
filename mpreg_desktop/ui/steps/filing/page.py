"""Step 4 — 备案: the ICP filing's type, its progress through the five stages, and every field of
the filing system, grouped as the system groups them (主体信息 / 主体负责人 / 小程序信息 /
小程序负责人).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.date_fields import DateBinding
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import (
    SEVERITY_COLOURS,
    CheckBinding,
    ComboBinding,
    FormPage,
)
from mpreg_desktop.ui.steps.filing.existing import ExistingFiling
from mpreg_desktop.ui.steps.filing.fields import FilingFieldBuilder
from mpreg_desktop.ui.steps.filing.stages import FilingStagesWidget


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {SEVERITY_COLOURS['info']};")
    return label


class FilingPage(FormPage):
    # A material (checklist id) to show on the 材料准备 tab; the page opens it itself through the
    # enclosing case view, and others may listen too.
    materialRequested = Signal(str)

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
        self.type_info = note_label()
        form.addRow(self.type_info)
        self.add(form, DateBinding(doc, "filing.planned_on", self.tr("Planned filing date")))

        self.stages = FilingStagesWidget(doc)
        self.body_layout.addWidget(self.stages)
        self.bindings.extend(self.stages.bindings)

        legend = note_label(
            self.tr(
                "The fields as the filing system asks for them. * required; (*) required under "
                "the condition given below the field."
            )
        )
        self.body_layout.addWidget(legend)
        self.fields = FilingFieldBuilder(self, self.materialRequested.emit)
        self.fields.recorded_elsewhere = {b.path for b in self.stages.bindings}

        form = self.section(self.tr("Subject information (主体信息)"))
        self.existing = ExistingFiling(self, form)
        self.fields.add_group(form, "subject")

        form = self.section(self.tr("Subject principal (主体负责人)"))
        legal_rep = CheckBinding(
            doc,
            "filing.subject_principal_is_legal_rep",
            self.tr("Legal representative"),
            self.tr("The subject principal is the legal representative"),
        )
        self.add(form, legal_rep, with_label=False)
        self.fields.add_group(form, "subject_principal")

        form = self.section(self.tr("Mini program information (小程序信息)"))
        for field in [f for f in rules.filing.fields if f.group == "applet"]:
            self.fields.add_field(form, field)
            if field.case_path == "filing.pre_approvals":
                self.add(
                    form,
                    CheckBinding(
                        doc,
                        "filing.no_pre_approval",
                        self.tr("Pre-approval"),
                        self.tr("None of the above (以上都不涉及)"),
                    ),
                    with_label=False,
                )

        form = self.section(self.tr("Mini program principal (小程序负责人)"))
        self.applet_form = form
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
        self.same_note = note_label(
            self.tr("The subject principal's details are used; untick to enter another person.")
        )
        form.addRow(self.same_note)
        admin_rule = next((n for n in rules.filing.notes if n.id == "applet_principal_admin"), None)
        if admin_rule is not None:
            form.addRow(note_label(i18n.text(admin_rule.text)))
        self.applet_fields = self.fields.add_group(form, "applet_principal")
        tips = self.tr("Face check tips")  # lupdate does not see a tr() inside an f-string
        form.addRow(QLabel(f"<b>{html.escape(tips)}</b>"))
        form.addRow(note_label(self._bullets(rules.filing.face_check_tips)))

        form = self.section(self.tr("Certificates and photos"))
        form.addRow(note_label(self._bullets(rules.filing.certificate_rules)))
        self.finish()

    @staticmethod
    def _bullets(notes) -> str:
        return "\n".join(f"• {i18n.text(note.text)}" for note in notes)

    def refresh(self) -> None:
        super().refresh()
        case = self.document.case
        rules = self.document.rules.filing
        type_rule = rules.find_type(case.filing.type)
        self.type_info.setText(i18n.text(type_rule.description) if type_rule else "")
        self.stages.refresh()
        self.existing.refresh()
        self.fields.refresh_uploads()
        # The 小程序负责人 defaults to the 主体负责人: their own fields show only when they differ.
        same = case.filing.applet_principal_same
        self.same_note.setVisible(same)
        for field in self.applet_fields:
            if field.case_path is None and field.kind != "image":
                continue  # e.g. the face check: whoever the principal is, it applies
            for widget in self.fields.rows.get(field.id, []):
                self._set_row_visible(self.applet_form, widget, not same)

    @staticmethod
    def _set_row_visible(form: QFormLayout, widget: QWidget, visible: bool) -> None:
        form.setRowVisible(widget, visible)
