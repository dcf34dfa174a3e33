"""What the printed sheets say, as HTML: pure Python, so it is built and tested without Qt.

Two sheets: the 清单 (checklist, one section per step, a box to tick per item, due dates, a
notes line, then the coming deadlines) and the 材料交接单 (what a client must bring, with the
document rules and signature lines). Personal numbers — ID card, phone, bank account — are masked
(first 4 and last 4 characters kept) unless the user asks for them in full.

Every item is one paragraph (``<p class="item">``), so the paginator can keep it whole; a
paragraph that must share a page with the one before it (signature lines) is marked with
:data:`KEEP_WITH_PREVIOUS`.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from html import escape
from typing import Any

from mpreg_desktop.domain.case import SHANGHAI, Case, MaterialState, Person, Step
from mpreg_desktop.domain.checks.identifiers import mask
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.timeline import TimelineItem
from mpreg_desktop.domain.messages import problem_text, timeline_text, timeline_word
from mpreg_desktop.domain.rules.model import Rules

BOX, TICKED = "☐", "☑"
# "Keep with previous", the reverse of a heading's keep-with-next: the paginator moves the block
# before such a paragraph to the next page with it. Qt's HTML import drops CSS classes and has no
# page-break-after: avoid, but it keeps Qt's own ``-qt-user-state`` (the block's userState, which
# its HTML export writes too), so the mark needs no matching of printed text after import.
KEEP_WITH_PREVIOUS = 1
KEPT = f'style="-qt-user-state:{KEEP_WITH_PREVIOUS}"'
STYLE = """
h1 { font-size: 16pt; margin-bottom: 4pt; }
h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; }
p.item { margin-top: 3pt; margin-bottom: 3pt; }
p.note { color: #444444; font-size: 8.5pt; }
td, th { padding: 3pt; }
th { background-color: #eeeeee; }
"""


@cache
def words() -> dict[str, Any]:
    from mpreg_desktop.resources import resource_path

    return json.loads(resource_path("messages", "printing.json").read_text(encoding="utf-8"))


class Sheet:
    """Builds one sheet's HTML in one language."""

    def __init__(self, case: Case, rules: Rules, language: str, unmasked: bool) -> None:
        self.case, self.rules, self.unmasked = case, rules, unmasked
        self.lang = "zh" if language.startswith("zh") else "en"
        self.language = language
        self.parts: list[str] = []
        self.title = ""  # the document's title (a PDF's Title, a print job's name)

    def w(self, key: str, **params: object) -> str:
        return words()[key][self.lang].format(**params)

    def sub(self, group: str, key: str) -> str:
        return words()[group][key][self.lang]

    def pick(self, text: Any) -> str:
        return text.zh if self.lang == "zh" else text.en

    def number(self, value: str) -> str:
        """A personal number as printed: masked unless asked for in full."""
        if not value:
            return ""
        return value if self.unmasked else mask(value)

    def add(self, html: str) -> None:
        self.parts.append(html)

    def html(self) -> str:
        head = f"<title>{escape(self.title)}</title><style>{STYLE}</style>"
        return f"<html><head>{head}</head><body>{''.join(self.parts)}</body></html>"

    # -- shared blocks ---------------------------------------------------------------------------
    def header(self, title: str, printed: datetime) -> None:
        case, rules = self.case, self.rules
        subject_type = (
            self.pick(rules.subjects.get(case.subject.type).label) if case.subject.type else ""
        )
        rows = [
            (self.w("case"), case.name or self.w("untitled")),
            (self.w("subject"), case.subject.name),
            (self.w("subject_type"), subject_type),
            (self.w("printed"), printed.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")),
            (self.w("rules_edition"), rules.edition.isoformat()),
        ]
        self.title = f"{title} — {case.name or self.w('untitled')}"
        self.add(f"<h1>{escape(title)}</h1>")
        self.add(_table(rows, empty=self.w("not_set")))
        note = self.w("unmasked_note") if self.unmasked else self.w("masked_note")
        self.add(f'<p class="note">{escape(note)}</p>')

    def people(self) -> None:
        case = self.case
        filing = case.filing
        people: list[tuple[str, Person]] = [
            (self.w("admin"), case.account.admin),
            (self.w("legal_rep"), case.subject.legal_rep),
            (self.w("principal"), filing.subject_principal),
            (self.w("emergency"), filing.subject_emergency),
        ]
        if not filing.applet_principal_same:
            people.append((self.w("applet_principal"), filing.applet_principal))
        rows = [
            f"<tr><td>{escape(role)}</td><td>{escape(p.name)}</td>"
            f"<td>{escape(self.number(p.id_number))}</td><td>{escape(self.number(p.phone))}</td></tr>"
            for role, p in people
            if p.name or p.id_number or p.phone
        ]
        bank = case.verification.bank_transfer
        if bank.account_number:
            account = f"{bank.bank_name} {self.number(bank.account_number)}".strip()
            rows.append(
                f"<tr><td>{escape(self.w('bank_account'))}</td><td>{escape(bank.account_name)}</td>"
                f"<td colspan='2'>{escape(account)}</td></tr>"
            )
        if not rows:
            return
        head = "".join(
            f"<th>{escape(self.w(k))}</th>" for k in ("people", "name", "id_number", "phone")
        )
        self.add(f"<h2>{escape(self.w('people'))}</h2>")
        self.add(
            f"<table border='1' cellspacing='0' width='100%'><tr>{head}</tr>{''.join(rows)}</table>"
        )


def _table(rows: list[tuple[str, str]], empty: str) -> str:
    """Label and value rows; an empty value reads ``empty`` in grey, as the items below say it
    (a blank beside 主体 looked like a printing fault)."""
    cells = "".join(
        f"<tr><td width='22%'><b>{escape(label)}</b></td><td>"
        + (escape(value) if value else f'<span style="color:#888888">{escape(empty)}</span>')
        + "</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0' cellpadding='2' width='100%'>{cells}</table>"


def _due(item_code: str | None, timeline: list[TimelineItem]) -> TimelineItem | None:
    if not item_code:
        return None
    matches = [t for t in timeline if t.code == item_code]
    return matches[-1] if matches else None


def checklist_html(
    case: Case,
    rules: Rules,
    timeline: list[TimelineItem],
    *,
    language: str,
    printed: datetime,
    unmasked: bool = False,
) -> str:
    sheet = Sheet(case, rules, language, unmasked)
    sheet.header(sheet.w("checklist_title"), printed)
    sheet.people()
    items = build_checklist(case, rules)
    for step in Step:
        sheet.add(f"<h2>{escape(sheet.sub('steps', step.value))}</h2>")
        if step == Step.SUBJECT:
            _subject_facts(sheet)
        for item in (i for i in items if i.step == step):
            box = TICKED if item.done else BOX
            line = f"{box} {escape(sheet.pick(item.label))}"
            if item.unusable:  # an error in the material itself: say why it is not ticked
                why = "；".join(problem_text(p, rules, language) for p in item.unusable)
                line += f"（{escape(sheet.w('unusable', why=why))}）"
            elif item.state is not None:
                line += f"（{escape(sheet.sub('states', item.state.value))}）"
            due = _due(item.deadline, timeline)
            if due is not None and due.state != "done":
                line += f"　{escape(sheet.w('due'))}: {due.due.astimezone(SHANGHAI):%Y-%m-%d %H:%M}"
            notes = escape(item.notes) if item.notes else "_" * 40
            sheet.add(
                f'<p class="item">{line}<br/>'
                f'<span style="color:#555555">{escape(sheet.w("notes"))}：{notes}</span></p>'
            )
    _deadlines(sheet, timeline)
    return sheet.html()


def _subject_facts(sheet: Sheet) -> None:
    """主体选择 has no paperwork of its own: its items are the decisions the case records."""
    case, rules = sheet.case, sheet.rules
    type_label = (
        sheet.pick(rules.subjects.get(case.subject.type).label) if case.subject.type else ""
    )
    route = sheet.pick(rules.registration.route(case.subject.route).label)
    categories = "、".join(
        sheet.pick(c.label)
        for c in (rules.categories.category(i) for i in case.mini_program.categories)
        if c is not None
    )
    method = case.verification.method
    facts = [
        (sheet.w("subject_type"), type_label),
        (sheet.w("route"), route),
        (sheet.w("subject"), case.subject.name),
        (sheet.w("code"), case.subject.code),
        (sheet.w("mini_program"), case.mini_program.name),
        (sheet.w("categories"), categories),
        (sheet.w("method"), sheet.pick(rules.verification.method(method).label) if method else ""),
    ]
    for label, value in facts:
        box = TICKED if value else BOX
        shown = (
            escape(value) if value else f'<span style="color:#888888">{sheet.w("not_set")}</span>'
        )
        sheet.add(f'<p class="item">{box} {escape(label)}：{shown}</p>')


def _deadlines(sheet: Sheet, timeline: list[TimelineItem]) -> None:
    coming = [t for t in timeline if t.kind != "event" and t.state != "done"]
    sheet.add(f"<h2>{escape(sheet.w('deadlines'))}</h2>")
    if not coming:
        sheet.add(f'<p class="item">{escape(sheet.w("no_deadlines"))}</p>')
        return
    for number, item in enumerate(coming, start=1):
        when = item.at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        if item.until is not None:
            when += " – " + item.until.astimezone(SHANGHAI).strftime("%Y-%m-%d")
        state = timeline_word(item.state, sheet.language)
        if item.estimate:
            state += "，" + timeline_word("estimate", sheet.language)
        text = escape(timeline_text(item, sheet.language))
        # the sheet's last line never sits alone on the last page: its list ends there with it
        kept = KEPT if number == len(coming) else ""
        sheet.add(f'<p class="item" {kept}>{BOX} {when}　{text}（{escape(state)}）</p>')


def handover_html(
    case: Case, rules: Rules, *, language: str, printed: datetime, unmasked: bool = False
) -> str:
    sheet = Sheet(case, rules, language, unmasked)
    sheet.header(sheet.w("handover_title"), printed)
    sheet.add(f"<p>{escape(sheet.w('handover_intro'))}</p>")
    sheet.people()
    materials = [i for i in build_checklist(case, rules) if i.kind == "material"]
    sheet.add(f"<h2>{escape(sheet.w('material'))}</h2>")
    for number, item in enumerate(materials, start=1):
        received = TICKED if item.state == MaterialState.CHECKED else BOX
        line = f"{number}. {received} <b>{escape(sheet.pick(item.label))}</b>"
        record = case.material(item.id)
        if item.id_document and record and (record.valid_until or record.long_term):
            until = sheet.w("long_term") if record.long_term else record.valid_until.isoformat()
            line += f"（{escape(sheet.w('id_validity'))} {escape(until)}）"
        sheet.add(
            f'<p class="item">{line}<br/><span style="color:#444444">'
            f"{escape(sheet.pick(item.why))}</span></p>"
        )
    filing = rules.filing
    uploads = filing.uploads
    sheet.add(f"<h2>{escape(sheet.w('document_rules'))}</h2>")
    formats = "/".join(f.upper() for f in uploads.formats)
    rules_lines = [
        sheet.w(
            "upload_rules",
            formats=formats,
            size=f"{uploads.max_bytes / 1048576:g}",
            pixels=f"{uploads.min_short_side_px}×{uploads.min_long_side_px}"
            if uploads.min_long_side_px
            else str(uploads.min_short_side_px),
        ),
        sheet.w("validity"),
        *(sheet.pick(note.text) for note in filing.certificate_rules),
    ]
    for text in rules_lines:
        sheet.add(f'<p class="item">• {escape(text)}</p>')
    sheet.add(f"<h2>{escape(sheet.w('face_tips'))}</h2>")
    for tip in filing.face_check_tips:
        sheet.add(f'<p class="item">• {escape(sheet.pick(tip.text))}</p>')
    signature_lines(sheet, ("client_sign", "agent_sign"), sheet.w, 24)
    return sheet.html()


def signature_lines(sheet: Sheet, roles: tuple[str, ...], label, length: int) -> None:
    """The sheet's signature lines, each with its date line. They share a page with each other
    and with the item above them: a signature alone on a page is detached from what it signs.
    Each needs room to write: an empty line above it (Qt ignores large margins here)."""
    line = "_" * length
    for who in roles:
        sheet.add(
            f'<p class="item" {KEPT}><br/><br/>{escape(label(who))} {line}'
            f"　{escape(sheet.w('date_line'))} {'_' * 14}</p>"
        )
