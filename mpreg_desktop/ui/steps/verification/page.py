"""Step 3 — 验证认证: how the subject proves who it is, with the method's own form.

Each method has its section: what the platform asks for, the rules that apply (deadline, refund,
fee, review times, validity) from the rules pack, the dates that follow from what was recorded, and
the result as the platform gave it (通过 / 驳回 / 重新提交), which also goes into the history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from mpreg_desktop.domain.case import VerificationMethod
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.date_fields import DateBinding
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import (
    SEVERITY_COLOURS,
    ComboBinding,
    FormPage,
    LineBinding,
)
from mpreg_desktop.ui.steps.durations import duration_text
from mpreg_desktop.ui.steps.official_site import OfficialSiteButton
from mpreg_desktop.ui.steps.outcome_control import OutcomeAction, OutcomeBinding
from mpreg_desktop.ui.steps.verification.method_advice import MethodAdvicePanel
from mpreg_desktop.ui.steps.verification.outcome import attempts, record_outcome
from mpreg_desktop.ui.steps.verification.registration_dates import RegistrationDates


def info_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VerificationPage(FormPage):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(document, parent)
        doc = document
        self.registration = RegistrationDates(self)  # registering comes before verifying
        form = self.section(self.tr("Verification method"))
        self.advice = MethodAdvicePanel(doc)
        form.addRow(self.advice)
        self.add(form, ComboBinding(doc, "verification.method", self.tr("Method"), self._methods))
        self.method_info = info_label()
        form.addRow(self.method_info)

        path = "verification.bank_transfer"
        form = self.section(self.tr("Public account transfer (对公打款)"))
        self.bank_box = form.parentWidget()
        self.bank_info = info_label()
        form.addRow(self.bank_info)
        self.bank_site = self._site_row(form, VerificationMethod.BANK_TRANSFER)
        self._subheading(form, self.tr("The company's public account"))
        self.add(
            form,
            LineBinding(
                doc,
                f"{path}.account_name",
                self.tr("Account name"),
                self.tr("must equal the subject name"),
            ),
        )
        self.add(form, LineBinding(doc, f"{path}.bank_name", self.tr("Bank")))
        self.add(form, LineBinding(doc, f"{path}.account_number", self.tr("Account number")))
        self._subheading(form, self.tr("Shown by the platform after the subject information"))
        self.add(
            form,
            LineBinding(doc, f"{path}.payee_name", self.tr("Payee (as shown by the platform)")),
        )
        self.add(form, LineBinding(doc, f"{path}.payee_bank", self.tr("Payee's bank")))
        self.add(form, LineBinding(doc, f"{path}.payee_account", self.tr("Payee account")))
        self.add(
            form,
            LineBinding(
                doc,
                f"{path}.amount",
                self.tr("Amount to pay (as shown)"),
                self.tr("exactly as shown, to the fen"),
            ),
        )
        self.add(
            form,
            LineBinding(
                doc,
                f"{path}.remark",
                self.tr("Remark / purpose (as shown)"),
                self.tr("only if the platform asks the transfer to carry one"),
            ),
        )
        self._subheading(form, self.tr("Dates and result"))
        submitted = self.add(
            form, DateBinding(doc, f"{path}.submitted_on", self.tr("Registration submitted on"))
        )
        submitted.hint = self._payment_deadline_hint
        paid = DateBinding(doc, f"{path}.paid_on", self.tr("Paid on"), after=f"{path}.submitted_on")
        self.add(form, paid)
        self.add(form, DateBinding(doc, f"{path}.result_on", self.tr("Result on"), after=paid.path))
        refunded = self.add(
            form, DateBinding(doc, f"{path}.refunded_on", self.tr("Refunded on"), after=paid.path)
        )
        refunded.hint = self._refund_hint
        self._outcome(form, VerificationMethod.BANK_TRANSFER)

        path = "verification.certification"
        form = self.section(self.tr("WeChat certification (微信认证)"))
        self.cert_box = form.parentWidget()
        self.cert_info = info_label()
        form.addRow(self.cert_info)
        # L.1 and L.2: what the certification is needed for, and how a review can fail
        self.cert_warnings = info_label()
        self.cert_warnings.setStyleSheet(f"color: {SEVERITY_COLOURS['warning']};")
        form.addRow(self.cert_warnings)
        self.cert_site = self._site_row(form, VerificationMethod.WECHAT_CERTIFICATION)
        self.add(form, DateBinding(doc, f"{path}.submitted_on", self.tr("Submitted on")))
        result = self.add(
            form,
            DateBinding(
                doc, f"{path}.result_on", self.tr("Result on"), after=f"{path}.submitted_on"
            ),
        )
        result.hint = self._validity_hint
        self._outcome(form, VerificationMethod.WECHAT_CERTIFICATION)

        path = "verification.face"
        form = self.section(self.tr("Legal representative's face check (法人扫脸)"))
        self.face_box = form.parentWidget()
        self.face_site = self._site_row(form, VerificationMethod.LEGAL_REP_FACE)
        self.add(form, LineBinding(doc, f"{path}.name", self.tr("Legal representative's name")))
        self.add(
            form, LineBinding(doc, f"{path}.wechat_id", self.tr("Legal representative's WeChat ID"))
        )
        self.add(form, DateBinding(doc, f"{path}.done_on", self.tr("Face check done on")))
        self._outcome(form, VerificationMethod.LEGAL_REP_FACE)
        self.finish()

    # -- building -----------------------------------------------------------------------------
    def _subheading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        form.addRow(label)

    def _site_row(self, form: QFormLayout, method: VerificationMethod) -> OfficialSiteButton:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = OfficialSiteButton(self._official_url(method), row)
        layout.addWidget(button)
        layout.addStretch(1)
        form.addRow(row)
        return button

    def _outcome(self, form: QFormLayout, method: VerificationMethod) -> OutcomeBinding:
        base = {
            VerificationMethod.BANK_TRANSFER: "verification.bank_transfer",
            VerificationMethod.WECHAT_CERTIFICATION: "verification.certification",
            VerificationMethod.LEGAL_REP_FACE: "verification.face",
        }[method]

        def record(action: OutcomeAction, reason: str) -> None:
            record_outcome(self.document, method, action, reason)

        binding = OutcomeBinding(
            self.document, f"{base}.outcome", self.tr("Result"), f"{base}.reason", record
        )
        return self.add(form, binding)

    def _official_url(self, method: VerificationMethod) -> str:
        """Where the method is done: its checklist action's site, else the registration site."""
        rules = self.document.rules
        for entry in rules.checklist.entries:
            if entry.official_url and entry.when.methods and method in entry.when.methods:
                return entry.official_url
        return next((s.official_url for s in rules.registration.steps if s.official_url), "")

    def _methods(self) -> list[tuple[str, object]]:
        rules = self.document.rules
        subject_type = self.document.case.subject.type
        allowed = rules.subjects.get(subject_type).verification_methods if subject_type else None
        options: list[tuple[str, object]] = [(self.tr("Please choose…"), None)]
        for method in rules.verification.methods:
            if allowed is None or method.id in allowed:
                options.append((i18n.text(method.label), method.id))
        return options

    # -- derived words -----------------------------------------------------------------------------
    def _payment_deadline_hint(self) -> str:
        rule = self.document.rules.verification.method(VerificationMethod.BANK_TRANSFER)
        due = self._timeline_item("bank_transfer.pay")
        if rule.deadline is None or due is None:
            return ""
        return self.tr("Pay by {date} ({span} after submitting)").format(
            date=due.due.date().isoformat(), span=duration_text(rule.deadline)
        )

    def _timeline_item(self, item_id: str) -> TimelineItem | None:
        """A date the domain's timeline computed (the widgets never count days themselves)."""
        return next((i for i in self.document.timeline() if i.id == item_id), None)

    def _refund_hint(self) -> str:
        rule = self.document.rules.verification.method(VerificationMethod.BANK_TRANSFER)
        bank = self.document.case.verification.bank_transfer
        if rule.refund is None or bank.paid_on is None or bank.refunded_on is not None:
            return ""
        return self.tr("Expect the refund within {span} of {date}").format(
            span=duration_text(rule.refund), date=bank.paid_on.isoformat()
        )

    def _validity_hint(self) -> str:
        review = self._timeline_item("certification.annual_review")
        if review is None:
            return ""
        return self.tr("Valid until {until}; annual review from {opens} to {until}").format(
            until=review.due.date().isoformat(), opens=review.at.date().isoformat()
        )

    def _method_lines(self, method: VerificationMethod) -> list[str]:
        rule = self.document.rules.verification.method(method)
        lines = []
        if rule.deadline:
            lines.append(self.tr("Deadline: within {d}").format(d=duration_text(rule.deadline)))
            if rule.deadline.note:
                lines.append(i18n.text(rule.deadline.note))
        if rule.refund:
            lines.append(self.tr("Refund: within {d}").format(d=duration_text(rule.refund)))
        return lines

    def _certification_lines(self) -> list[str]:
        rules = self.document.rules
        case = self.document.case
        cert = rules.verification.certification
        lines = []
        if case.subject.type is not None:
            amount = rules.subjects.get(case.subject.type).certification_fee_yuan
            if amount == 0:
                lines.append(self.tr("Free for this subject type"))
            else:
                lines.append(
                    self.tr("Fee for this subject type: {fee} yuan per year").format(fee=amount)
                )
                lines.append(
                    self.tr("Paid by {payment}; not refunded if the review fails").format(
                        payment=i18n.text(cert.payment)
                    )
                    if not cert.fee_refundable
                    else self.tr("Paid by {payment}").format(payment=i18n.text(cert.payment))
                )
        lines.append(
            self.tr("Review: usually {typical}, at most {most}").format(
                typical=duration_text(cert.review_typical), most=duration_text(cert.review_max)
            )
        )
        lines.append(
            self.tr("Valid for {validity}; annual review in the last {window}").format(
                validity=duration_text(cert.validity),
                window=duration_text(cert.annual_review_window),
            )
        )
        used = attempts(self.document, VerificationMethod.WECHAT_CERTIFICATION)
        lines.append(
            self.tr("Resubmitted {used} of {allowed} times allowed after a rejection").format(
                used=used, allowed=cert.resubmissions
            )
        )
        return lines

    def _certification_warnings(self) -> list[str]:
        """Before 备案 (L.1) and the auditor's call and three failures (L.2), from the pack."""
        rules = self.document.rules
        subject_type = self.document.case.subject.type
        lines = []
        prerequisite = (
            rules.filing.certification_prerequisite
            if subject_type in rules.filing.certification_required_for
            else rules.filing.personal_certification
            if subject_type is not None
            else None
        )
        if prerequisite is not None:
            text = i18n.text(prerequisite.text)
            if prerequisite.uncertain:
                text += " " + self.tr("(not officially confirmed)")
            lines.append(text)
        notes = {n.id: n for n in rules.verification.certification.notes}
        for note_id in ("auditor_call", "three_failures"):
            if note_id in notes:
                lines.append("⚠ " + i18n.text(notes[note_id].text))
        return lines

    def _method_text(self, method: VerificationMethod) -> str:
        """The method's description; 对公打款 and 法人扫脸 say they do not replace 认证 (L.1)."""
        rules = self.document.rules
        text = i18n.text(rules.verification.method(method).description)
        if method != VerificationMethod.WECHAT_CERTIFICATION:
            note = next(
                (n for n in rules.verification.certification.notes if n.id == "not_replaced"), None
            )
            if note is not None:
                text += "\n" + i18n.text(note.text)
        return text

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        self.registration.refresh()
        self.advice.refresh()
        case = self.document.case
        method = case.verification.method
        self.bank_box.setVisible(method == VerificationMethod.BANK_TRANSFER)
        self.face_box.setVisible(method == VerificationMethod.LEGAL_REP_FACE)
        # 微信认证 matters beyond registration (payment, search), so its form shows whenever chosen
        # or already started.
        # Since the 2026-11 review (L.1) every subject type can be certified and organisations
        # must be before filing: the form shows as soon as the subject type is known.
        started = case.verification.certification.submitted_on is not None
        self.cert_box.setVisible(
            method == VerificationMethod.WECHAT_CERTIFICATION
            or started
            or case.subject.type is not None
        )
        # Not chosen yet: the "required" problem under the field says so (one fact, one message).
        self.method_info.setText("" if method is None else self._method_text(method))
        self.bank_info.setText("\n".join(self._method_lines(VerificationMethod.BANK_TRANSFER)))
        self.cert_info.setText("\n".join(self._certification_lines()))
        self.cert_warnings.setText("\n".join(self._certification_warnings()))
        colour = SEVERITY_COLOURS["info"]
        for label in (self.bank_info, self.cert_info):
            label.setStyleSheet(f"color: {colour};")
