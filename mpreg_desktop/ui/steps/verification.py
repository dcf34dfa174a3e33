"""Step 3 — 验证认证: how the subject proves who it is, with the method's own form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mpreg_desktop.domain.case import Outcome, VerificationMethod
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.forms import ComboBinding, DateBinding, FormPage, LineBinding
from mpreg_desktop.ui.steps.durations import duration_text


class VerificationPage(FormPage):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(document, parent)
        doc = document
        form = self.section(self.tr("Verification method"))
        self.add(form, ComboBinding(doc, "verification.method", self.tr("Method"), self._methods))
        self.method_info = QLabel()
        self.method_info.setWordWrap(True)
        form.addRow(self.method_info)

        outcomes = lambda: [  # noqa: E731 - a tiny table
            (self.tr("Pending"), Outcome.PENDING),
            (self.tr("Passed"), Outcome.PASSED),
            (self.tr("Rejected"), Outcome.REJECTED),
        ]
        path = "verification.bank_transfer"
        form = self.section(self.tr("Public account transfer (对公打款)"))
        self.bank_box = form.parentWidget()
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
        self.add(
            form,
            LineBinding(doc, f"{path}.payee_name", self.tr("Payee (as shown by the platform)")),
        )
        self.add(form, LineBinding(doc, f"{path}.payee_account", self.tr("Payee account")))
        self.add(form, LineBinding(doc, f"{path}.amount", self.tr("Amount to pay (as shown)")))
        self.add(
            form, DateBinding(doc, f"{path}.submitted_on", self.tr("Registration submitted on"))
        )
        self.add(form, DateBinding(doc, f"{path}.paid_on", self.tr("Paid on")))
        self.add(form, DateBinding(doc, f"{path}.refunded_on", self.tr("Refunded on")))
        self.add(form, ComboBinding(doc, f"{path}.outcome", self.tr("Result"), outcomes))

        path = "verification.certification"
        form = self.section(self.tr("WeChat certification (微信认证)"))
        self.cert_box = form.parentWidget()
        self.cert_info = QLabel()
        self.cert_info.setWordWrap(True)
        form.addRow(self.cert_info)
        self.add(form, DateBinding(doc, f"{path}.submitted_on", self.tr("Submitted on")))
        self.add(form, DateBinding(doc, f"{path}.result_on", self.tr("Result on")))
        self.add(form, ComboBinding(doc, f"{path}.outcome", self.tr("Result"), outcomes))

        path = "verification.face"
        form = self.section(self.tr("Legal representative's face check (法人扫脸)"))
        self.face_box = form.parentWidget()
        self.add(form, LineBinding(doc, f"{path}.name", self.tr("Legal representative's name")))
        self.add(
            form, LineBinding(doc, f"{path}.wechat_id", self.tr("Legal representative's WeChat ID"))
        )
        self.add(form, DateBinding(doc, f"{path}.done_on", self.tr("Face check done on")))
        self.add(form, ComboBinding(doc, f"{path}.outcome", self.tr("Result"), outcomes))
        self.finish()

    def _methods(self) -> list[tuple[str, object]]:
        rules = self.document.rules
        subject_type = self.document.case.subject.type
        allowed = rules.subjects.get(subject_type).verification_methods if subject_type else None
        options: list[tuple[str, object]] = [(self.tr("Please choose…"), None)]
        for method in rules.verification.methods:
            if allowed is None or method.id in allowed:
                options.append((i18n.text(method.label), method.id))
        return options

    def refresh(self) -> None:
        super().refresh()
        rules = self.document.rules
        case = self.document.case
        method = case.verification.method
        self.bank_box.setVisible(method == VerificationMethod.BANK_TRANSFER)
        self.face_box.setVisible(method == VerificationMethod.LEGAL_REP_FACE)
        # 微信认证 matters beyond registration (payment, search), so its form shows whenever chosen
        # or already started.
        started = case.verification.certification.submitted_on is not None
        self.cert_box.setVisible(method == VerificationMethod.WECHAT_CERTIFICATION or started)
        if method is None:
            self.method_info.setText(self.tr("Choose how the subject will be verified."))
        else:
            rule = rules.verification.method(method)
            lines = [i18n.text(rule.description)]
            if rule.deadline:
                lines.append(self.tr("Deadline: within {d}").format(d=duration_text(rule.deadline)))
            if rule.refund:
                lines.append(self.tr("Refund: within {d}").format(d=duration_text(rule.refund)))
            self.method_info.setText("\n".join(lines))
        cert = rules.verification.certification
        fee = ""
        if case.subject.type is not None:
            amount = rules.subjects.get(case.subject.type).certification_fee_yuan
            fee = self.tr("Fee for this subject type: {fee} yuan per year").format(fee=amount)
            if amount == 0:
                fee = self.tr("Free for this subject type")
        self.cert_info.setText(
            "\n".join(
                filter(
                    None,
                    [
                        fee,
                        self.tr("Review: usually {typical}, at most {most}").format(
                            typical=duration_text(cert.review_typical),
                            most=duration_text(cert.review_max),
                        ),
                        self.tr("Valid for {validity}; annual review in the last {window}").format(
                            validity=duration_text(cert.validity),
                            window=duration_text(cert.annual_review_window),
                        ),
                    ],
                )
            )
        )
