"""付款申请单: the one-page request the admin hands to finance for 对公打款, as HTML without Qt.

Companies pay through an internal approval form (应(预)付款审批单). This sheet gives finance what
it needs: the payee account, bank and amount exactly as the platform showed them (entered by the
user on the 验证认证 page; the app never fills in what it was not told), the company's paying
account, the remark, the deadline as a date and a countdown, the refund note, signature lines.
The payee is the platform's own account and is printed in full (finance must type it); the
company's account is masked unless asked for in full, like every printed personal number.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from mpreg_desktop.domain.case import SHANGHAI, Case, VerificationMethod
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.printing.content import Sheet, signature_lines, words


def pay_by(timeline: list[TimelineItem]) -> date | None:
    """The last day to transfer, as the timeline counts it (the same deadline everywhere)."""
    item = next((i for i in timeline if i.id == "bank_transfer.pay"), None)
    return item.due.astimezone(SHANGHAI).date() if item is not None else None


def payee_missing(case: Case) -> bool:
    bank = case.verification.bank_transfer
    return not (bank.payee_name and bank.payee_account and bank.payee_bank and bank.amount)


class _Request(Sheet):
    def r(self, key: str, **params: object) -> str:
        return words()["payment_request"][key][self.lang].format(**params)

    def value(self, text: str) -> str:
        return text if text else self.r("blank")

    def table(self, title: str, rows: list[tuple[str, str]]) -> None:
        cells = "".join(
            f"<tr><td width='24%'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
            for label, value in rows
        )
        self.add(f"<h2>{escape(title)}</h2>")
        self.add(f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>{cells}</table>")

    def deadline(self, rules: Rules, timeline: list[TimelineItem], today: date) -> str:
        last = pay_by(timeline)
        if last is None:
            rule = rules.verification.method(VerificationMethod.BANK_TRANSFER).deadline
            return self.r("deadline_unknown", days=rule.max if rule else "")
        left = (last - today).days
        if left > 0:
            countdown = self.r("days_left", days=left)
        elif left == 0:
            countdown = self.r("due_today")
        else:
            countdown = self.r("overdue", days=-left)
        return self.r("deadline_value", date=last.isoformat(), left=countdown)


def payment_request_html(
    case: Case,
    rules: Rules,
    timeline: list[TimelineItem],
    *,
    language: str,
    printed: datetime,
    unmasked: bool = False,
) -> str:
    sheet = _Request(case, rules, language, unmasked)
    bank = case.verification.bank_transfer
    today = printed.astimezone(SHANGHAI).date()
    sheet.header(sheet.r("title"), printed)
    sheet.add(f'<p class="item">{escape(sheet.r("intro"))}</p>')
    if payee_missing(case):
        sheet.add(f'<p class="item"><b>{escape(sheet.r("missing_note"))}</b></p>')
    sheet.table(
        sheet.r("payee"),
        [
            (sheet.r("account_name"), sheet.value(bank.payee_name)),
            (sheet.r("bank"), sheet.value(bank.payee_bank)),
            (sheet.r("account_number"), sheet.value(bank.payee_account)),
            (
                sheet.r("amount"),
                sheet.r("amount_value", amount=bank.amount) if bank.amount else sheet.r("blank"),
            ),
            (sheet.r("remark"), sheet.value(bank.remark)),
        ],
    )
    sheet.table(
        sheet.r("payer"),
        [
            (sheet.r("account_name"), sheet.value(bank.account_name)),
            (sheet.r("bank"), sheet.value(bank.bank_name)),
            (sheet.r("account_number"), sheet.value(sheet.number(bank.account_number))),
        ],
    )
    refund = rules.verification.method(VerificationMethod.BANK_TRANSFER).refund
    rows = [(sheet.r("deadline"), sheet.deadline(rules, timeline, today))]
    if refund is not None:
        rows.append((sheet.r("refund"), sheet.r("refund_value", days=refund.max)))
    sheet.table(sheet.r("timing"), rows)
    signature_lines(sheet, ("applicant", "department_head", "finance"), sheet.r, 20)
    return sheet.html()
