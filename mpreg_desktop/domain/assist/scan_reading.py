"""Fields read from the text of a scanned 营业执照 or 身份证 (issue 22); no OCR engine here.

The OCR engine (``mpreg_desktop.ocr``, optional) turns an image into text lines; this module turns
the lines into a :class:`Reading`: field id → value, dates as ISO ``YYYY-MM-DD``, a validity end
that is 长期 as ``"long_term"``. Identifiers are read with their checksums: OCR confuses
look-alike characters (0/O/D, 1/I, 2/Z, 5/S, 8/B), so every reading of the look-alikes is tried
and the one the project's identifier check accepts (with the fewest changes) is kept; when none
is, or two are equally likely, the field is listed in ``unreadable`` instead.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from mpreg_desktop.domain.checks import identifiers as ids

LICENCE = "licence"
ID_CARD = "id_card"
LONG_TERM = "long_term"

# Characters OCR takes for one another in printed codes; each group is tried in full.
_LOOK_ALIKES = ("0ODQ", "1IL", "2Z", "5S", "8B", "6G", "7T")
_ALIKE = {c: group for group in _LOOK_ALIKES for c in group}
_MAX_CHANGES = 3

LICENCE_LABELS = {
    "code": ("统一社会信用代码", "社会信用代码", "注册号"),
    "name": ("名称", "企业名称"),
    "type": ("类型", "组成形式"),
    "legal_rep": ("法定代表人", "经营者", "负责人", "执行事务合伙人", "投资人"),
    "address": ("住所", "经营场所", "主要经营场所", "营业场所"),
    "established": ("成立日期", "注册日期"),
    "term": ("营业期限", "经营期限", "合伙期限"),
}
# Labels on a licence whose values are not read but which end the previous field's value.
_OTHER_LICENCE_LABELS = ("注册资本", "出资额", "经营范围", "登记机关", "资金数额")
ID_LABELS = {
    "name": ("姓名",),
    "id_number": ("公民身份号码", "身份号码", "公民身份证号码"),
    "validity": ("有效期限", "有效期"),
}
_OTHER_ID_LABELS = ("性别", "民族", "出生", "住址", "签发机关")


@dataclass(frozen=True)
class Reading:
    """What one scan said: ``kind`` is ``licence`` or ``id_card``; fields by id (see module doc)."""

    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    unreadable: tuple[str, ...] = ()  # identifiers seen but with no checksum-valid reading
    corrected: tuple[str, ...] = ()  # identifiers whose look-alike characters were changed


def _squash(text: str) -> str:
    """NFKC, no spaces (licences print 名　　称 with wide gaps)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _segments(line: str, labels: list[str]) -> list[tuple[str | None, str]]:
    """The squashed line cut before every label it holds: [(label or None, text after it)].

    A licence prints two columns, so one OCR line may hold 名称 … 注册资本 …; each label's value
    ends where the next label starts.
    """
    text = _squash(line)
    cuts: list[tuple[int, str]] = []
    i = 0
    while i < len(text):
        label = next((lb for lb in labels if text.startswith(lb, i)), None)
        if label:
            cuts.append((i, label))
            i += len(label)
        else:
            i += 1
    if not cuts:
        return [(None, text)]
    out: list[tuple[str | None, str]] = [(None, text[: cuts[0][0]])] if cuts[0][0] else []
    for n, (at, label) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        rest = text[at + len(label) : end].lstrip(":：")
        # OCR reads a widely spaced 类　　型 as 类型型 at times; no value starts so
        if len(label) == 2 and rest.startswith(label[-1]):
            rest = rest[1:]
        out.append((label, rest))
    return out


def _labelled(lines: list[str], table: dict[str, tuple[str, ...]], others: tuple[str, ...]):
    """Field id → raw value: the text after the label, or the next line after a lone label."""
    every = sorted(
        [label for group in table.values() for label in group] + list(others), key=len, reverse=True
    )
    key_of = {label: key for key, group in table.items() for label in group}
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        segments = _segments(line, every)
        for n, (label, rest) in enumerate(segments):
            key = key_of.get(label) if label else None
            if key is None or key in found:
                continue
            last = n == len(segments) - 1
            if not rest and last and i + 1 < len(lines):
                following = _segments(lines[i + 1], every)
                if following[0][0] is None:
                    rest = following[0][1]
            if rest:
                found[key] = rest
    return found


def correct_identifier(
    text: str, check: Callable[[str], bool], strict: Callable[[str], bool] | None = None
) -> tuple[str | None, bool]:
    """(the reading ``check`` accepts with the fewest look-alike changes, whether it changed).

    A changed reading must also pass ``strict`` (a second check character, where there is one):
    with one check character in 31, a wrong guess passing by chance is too likely. None when no
    reading up to three changes is accepted, or when two are equally near: then guessing would
    put a wrong number in the case.
    """
    code = ids.normalise(text)
    if check(code):
        return code, False
    check = strict or check
    places = [i for i, c in enumerate(code) if c in _ALIKE]
    for changes in range(1, _MAX_CHANGES + 1):
        found: set[str] = set()
        for chosen in itertools.combinations(places, changes):
            options = [[a for a in _ALIKE[code[i]] if a != code[i]] for i in chosen]
            for replacement in itertools.product(*options):
                candidate = list(code)
                for i, c in zip(chosen, replacement, strict=True):
                    candidate[i] = c
                joined = "".join(candidate)
                if check(joined):
                    found.add(joined)
        if len(found) == 1:
            return found.pop(), True
        if found:
            return None, False
    return None, False


def _no_errors(findings: list[ids.Finding]) -> bool:
    return not any(f.severity == "error" for f in findings)


def valid_subject_code(code: str) -> bool:
    if len(code) == 18:
        return _no_errors(ids.check_uscc(code))
    return len(code) == 15 and _no_errors(ids.check_registration_number(code))


def strictly_valid_subject_code(code: str) -> bool:
    """A USCC whose organisation-code part passes its own check too, or a registration number."""
    if len(code) == 18:
        return not ids.check_uscc(code)
    return valid_subject_code(code)


def valid_id_number(code: str, today: date) -> bool:
    return len(code) == 18 and _no_errors(ids.check_id_number(code, today=today))


_DATE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")


def _dates(text: str) -> list[str]:
    out = []
    for y, m, d in _DATE.findall(_look_alike_digits(text)):
        try:
            out.append(date(int(y), int(m), int(d)).isoformat())
        except ValueError:
            continue
    return out


def _look_alike_digits(text: str) -> str:
    """Dates hold only digits: letters OCR confuses with digits become the digits."""
    return unicodedata.normalize("NFKC", text).translate(str.maketrans("OoDIlZSB", "00011258"))


def _validity(text: str) -> dict[str, str]:
    """``from``/``until`` of a validity such as 2019年03月12日至长期 or 2015.03.01-2035.03.01."""
    found = _dates(text)
    out = {}
    if found:
        out["from"] = found[0]
    if "长期" in text or "永久" in text:
        out["until"] = LONG_TERM
    elif len(found) > 1:
        out["until"] = found[1]
    return out


def _code_token(text: str, lengths: tuple[int, ...]) -> str | None:
    """The longest run of letters/digits of one of ``lengths`` in ``text`` (NFKC, no spaces)."""
    runs = re.findall(r"[0-9A-Za-z]+", ids.normalise(text))
    for run in sorted(runs, key=len, reverse=True):
        if len(run) in lengths:
            return run
    return None


def _clean_name(text: str) -> str:
    return text.strip(" :：、,，.。")


class _Found:
    """The fields of one scan as they are read, with the identifiers fixed or not readable."""

    def __init__(self, lines: list[str], labels: dict, others: tuple[str, ...]) -> None:
        self.lines = lines
        self.raw = _labelled(lines, labels, others)
        self.fields: dict[str, str] = {}
        self.unreadable: list[str] = []
        self.corrected: list[str] = []

    def identifier(self, key: str, lengths: tuple[int, ...], check, strict=None) -> None:
        """Read ``key`` after its label, or else anywhere (a code is often printed apart)."""
        token = _code_token(self.raw.get(key, ""), lengths)
        if token is None:
            token = next((t for line in self.lines if (t := _code_token(line, (18,)))), None)
        if not token:
            return
        value, changed = correct_identifier(token, check, strict)
        if value is None:
            self.unreadable.append(key)
            return
        self.fields[key] = value
        if changed:
            self.corrected.append(key)

    def validity(self, key: str, prefix: str) -> None:
        found = _validity(self.raw.get(key, ""))
        for end in ("from", "until"):
            if end in found:
                self.fields[prefix + end] = found[end]

    def reading(self, kind: str) -> Reading:
        return Reading(kind, self.fields, tuple(self.unreadable), tuple(self.corrected))


def read_licence(lines: list[str], today: date) -> Reading:
    """The 营业执照 fields found in OCR ``lines`` (in reading order)."""
    found = _Found(lines, LICENCE_LABELS, _OTHER_LICENCE_LABELS)
    found.identifier("code", (18, 15), valid_subject_code, strictly_valid_subject_code)
    for key in ("name", "type", "legal_rep", "address"):
        if value := _clean_name(found.raw.get(key, "")):
            # licences print full-width brackets; NFKC made them ASCII
            full = key in ("name", "type")
            found.fields[key] = value.replace("(", "（").replace(")", "）") if full else value
    if established := _dates(found.raw.get("established", "")):
        found.fields["established"] = established[0]
    found.validity("term", "term_")
    return found.reading(LICENCE)


def read_id_card(lines: list[str], today: date) -> Reading:
    """The 身份证 fields found in OCR ``lines`` of its front (姓名, 号码) or back (有效期限)."""
    found = _Found(lines, ID_LABELS, _OTHER_ID_LABELS)
    if name := _clean_name(found.raw.get("name", "")):
        found.fields["name"] = name
    found.identifier("id_number", (18,), lambda c: valid_id_number(c, today))
    found.validity("validity", "valid_")
    return found.reading(ID_CARD)


def guess_kind(lines: list[str]) -> str:
    """Licence or ID card, by the labels only a licence prints (when the caller does not know)."""
    text = _squash(" ".join(lines))
    labels = ("营业执照", *LICENCE_LABELS["code"], *LICENCE_LABELS["established"])
    return LICENCE if any(label in text for label in labels) else ID_CARD


def read_lines(kind: str, lines: list[str], today: date) -> Reading:
    return (read_licence if kind == LICENCE else read_id_card)(lines, today)


# Which material's scans are read, and as what; an ID card's material names whose card it is.
ID_CARD_HOLDERS = {
    "legal_rep_id": "subject.legal_rep",
    "personal_id": "filing.subject_principal",  # a person subject is its own 主体负责人
    "filing_subject_principal_id": "filing.subject_principal",
    "filing_applet_principal_id": "filing.applet_principal",
}
MATERIAL_KINDS = {"business_licence": LICENCE} | dict.fromkeys(ID_CARD_HOLDERS, ID_CARD)
