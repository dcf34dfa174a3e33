"""备案 → 主体信息: whether the subject already has an ICP filing (reference L.4).

A subject files in one province on every platform, so a subject that already filed (a website, an
app, another mini program) is asked for its filing number, which names the province; its details
may then be reused (复用主体资料), which sends the 主体负责人 an SMS to confirm in time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import CheckBinding, FieldBinding, FormPage
from mpreg_desktop.ui.widgets.datetime_edit import OptionalDateTimeEdit


class DateTimeBinding(FieldBinding):
    """A moment in Asia/Shanghai that may be unset."""

    def __init__(self, document: CaseDocument, path: str, label: str) -> None:
        self.time = OptionalDateTimeEdit(None, document.clock)
        super().__init__(document, path, self.time, label)
        self.time.setAccessibleName(label)
        self.time.dateTimeEdited.connect(lambda value: self.push(value))

    def refresh(self) -> None:
        value = self.value()
        if self.time.value() != value:
            self.time.set_value(value)


class ExistingFiling:
    """The rows for an earlier filing of the subject, added to the 主体信息 form."""

    def __init__(self, page: FormPage, form: QFormLayout) -> None:
        doc = page.document
        notes = {n.id: n for n in doc.rules.filing.notes}
        self.has_filing = CheckBinding(
            doc,
            "filing.subject_has_filing",
            QCoreApplication.translate("FilingExisting", "Earlier filing"),
            QCoreApplication.translate(
                "FilingExisting",
                "The subject already has an ICP filing (a website, an app or a mini program)",
            ),
        )
        self.has_filing.hint = lambda: QCoreApplication.translate(
            "FilingExisting",
            "Enter that filing's number under 主体备案号 below: it names the province.",
        )
        page.add(form, self.has_filing, with_label=False)
        self.province_note = self._note(notes.get("province_consistency"))
        form.addRow(self.province_note)
        self.reuse = CheckBinding(
            doc,
            "filing.reuse_subject_info",
            QCoreApplication.translate("FilingExisting", "Reuse"),
            QCoreApplication.translate(
                "FilingExisting", "Reuse the subject's filed details (复用主体资料)"
            ),
        )
        page.add(form, self.reuse, with_label=False)
        self.reuse_sms = DateTimeBinding(
            doc,
            "filing.reuse_sms_at",
            QCoreApplication.translate("FilingExisting", "Reuse SMS received at"),
        )
        self.reuse_sms.hint = lambda: QCoreApplication.translate(
            "FilingExisting",
            "The subject principal confirms it; the timeline shows both deadlines.",
        )
        page.add(form, self.reuse_sms)
        self.reuse_note = self._note(notes.get("reuse_subject"))
        form.addRow(self.reuse_note)
        self.form = form
        self.document = doc

    @staticmethod
    def _note(note) -> QLabel:
        label = QLabel(i18n.text(note.text) if note else "")
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        filing = self.document.case.filing
        reuse_rows: list[QWidget] = [self.reuse.container, self.reuse_note]
        for widget in reuse_rows:
            self.form.setRowVisible(widget, filing.subject_has_filing)
        self.form.setRowVisible(
            self.reuse_sms.container, filing.subject_has_filing and filing.reuse_subject_info
        )
