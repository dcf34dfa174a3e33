"""验证认证's recommendation: which verification method suits this case and why (the domain's
``verification_advice``), with 来源 links, and 采用建议 to choose it in one undo step."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mpreg_desktop.domain.case import VerificationMethod
from mpreg_desktop.domain.flow.recommend import Reason
from mpreg_desktop.domain.flow.verification_advice import MethodAdvice, advise
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps.durations import duration_text
from mpreg_desktop.ui.steps.subject.reasons import add_recommendation, join, type_label


class MethodAdvicePanel(QWidget):
    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rules = document.rules
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline, self.reasons = add_recommendation(
            layout,
            self.rules,
            self.tr("Recommended method"),
            self.tr("Reasons for the recommended method"),
        )
        row = QHBoxLayout()
        self.adopt_button = QPushButton(self.tr("Adopt the recommendation"))
        self.adopt_button.setAccessibleName(self.tr("Adopt the recommended method"))
        self.adopt_button.clicked.connect(self.adopt)
        row.addWidget(self.adopt_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.advice: MethodAdvice = advise(document.case, self.rules)

    def refresh(self) -> None:
        self.advice = advice = advise(self.document.case, self.rules)
        if advice.method is None:
            self.headline.setText("")
        else:
            words = self.tr("Recommended: {method}").format(method=self._method(advice.method))
            self.headline.setText(f"<b>{html.escape(words)}</b>")
        self.reasons.start()
        items = [
            f"<li>{html.escape(self._words(r))} {self.reasons.source_link(r.source)}</li>"
            if r.source
            else f"<li>{html.escape(self._words(r))}</li>"
            for r in advice.reasons
        ]
        self.reasons.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>")
        chosen = self.document.case.verification.method
        self.adopt_button.setVisible(advice.method is not None)
        self.adopt_button.setEnabled(advice.method is not None and chosen != advice.method)

    def adopt(self) -> None:
        if self.advice.method is not None:
            self.document.set_field(
                "verification.method", self.advice.method, label=self.tr("Adopt the method")
            )

    # -- words -------------------------------------------------------------------------------------
    def _method(self, method: VerificationMethod | str) -> str:
        return i18n.text(self.rules.verification.method(method).label)

    def _words(self, reason: Reason) -> str:
        p = reason.params
        cert = self.rules.verification.certification
        if reason.code == "method.type_first":
            return self.tr("Choose the subject type first (step 1).")
        if reason.code == "method.only_one":
            return self.tr("A {type} can only be verified this way.").format(
                type=type_label(self.rules, p["type"])
            )
        if reason.code == "method.certification_needed":
            purposes = {
                "type": self.tr("this subject type requires it"),
                "filing": self.tr("the ICP filing (备案) requires it first"),
                "wechat_pay": self.tr("WeChat Pay requires it"),
            }
            because = join(purposes[one] for one in p["because"].split(",") if one in purposes)
            return self.tr(
                "WeChat certification is needed anyway ({because}); verifying by it does both in "
                "one step. Fee {fee} yuan a year, not refunded; review usually {typical}."
            ).format(because=because, fee=p["fee"], typical=duration_text(cert.review_typical))
        if reason.code == "method.others_still_need_certification":
            return self.tr(
                "{bank} or {face} would verify the subject for free, but the certification would "
                "still have to be applied for and paid afterwards."
            ).format(
                bank=self._method(VerificationMethod.BANK_TRANSFER),
                face=self._method(VerificationMethod.LEGAL_REP_FACE),
            )
        if reason.code == "method.face_quick_free":
            return self.tr(
                "{face} is free and quick: the legal representative confirms with their own "
                "real-name WeChat; no public account is needed."
            ).format(face=self._method(VerificationMethod.LEGAL_REP_FACE))
        if reason.code == "method.bank_needs_account":
            bank = self.rules.verification.method(VerificationMethod.BANK_TRANSFER)
            return self.tr(
                "{bank} needs the subject's own public bank account able to make transfers; pay "
                "the amount shown within {deadline}; it is refunded."
            ).format(
                bank=self._method(VerificationMethod.BANK_TRANSFER),
                deadline=duration_text(bank.deadline) if bank.deadline else "",
            )
        return reason.code
