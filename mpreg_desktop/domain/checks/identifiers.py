"""Format and checksum checks for the identifiers a registration needs (reference §H and §G.6).

Every ``check_*`` function takes whatever the user typed, never raises, and returns findings with
short stable codes; ``checks.py`` prefixes them with the field (``subject.code`` + ``checksum``)
and turns them into messages. An empty or blank value gives no findings: whether a field is
required is decided elsewhere. Checks run on the canonical form (``normalise``,
``normalise_mobile``, ``normalise_email``), so the UI should store that form.

Finding codes (severity):

- ``length`` (error) wrong number of characters; params ``expected`` (if fixed) and ``length``.
- ``charset`` (error) a character that cannot occur; params ``char`` and 1-based ``position``.
- ``checksum`` (error) the check character is wrong; params ``expected`` (the check character
  that would fit; a typo elsewhere is just as likely, so the UI should ask to re-check it all).
- ``org_code_checksum`` (warning) a USCC whose positions 9–17 fail the GB 11714 check.
- ``old_format`` (error) a 15-digit ID card number; the 18-digit number is needed.
- ``birth_date`` (error) an ID whose date is impossible or in the future; params ``reason``
  (``invalid`` or ``future``).
- ``region_unknown`` (warning) an ID region code missing from python-stdnum's table.
- ``underage`` (error) younger than ``min_age``; params ``min_age``.
- ``iot`` (error) a 13-digit IoT mobile number; ``invalid`` (error) not a mainland mobile number.
- ``virtual_operator`` (warning) 162/165/167/170/171; ``special_segment`` (warning) 174 satellite
  or emergency numbers; ``data_card`` (info) 145/147/149 data-card numbers.
- ``format`` (error) an e-mail address or filing number that does not have the expected form.
- ``not_mini_program`` (warning) a well-formed filing number that is not a mini program's; params
  ``kind``: ``subject`` (no ``-n`` suffix), ``website`` (``-n``) or ``app`` (``-nA``).

Params never hold a whole personal number.

python-stdnum and phonenumbers are imported by the checks that use them, not here: this module
is imported on the app's start-up path, and importing the two takes 25–30 ms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Literal

Severity = Literal["error", "warning", "info"]
SubjectCodeKind = Literal["uscc", "registration_number", "org_code"]


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or worth knowing) about a value; ``code`` is short and stable."""

    code: str
    severity: Severity
    params: dict[str, str] = field(default_factory=dict)
    uncertain: bool = False  # the rule behind it is not confirmed (then never an error)


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"  # "-" last: literal in a [class]
_SEPARATORS = re.compile(rf"[\s{_DASHES}]+")
_DIGITS = frozenset("0123456789")  # str.isdigit() would also let "٣" through
_USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
_ORG_BODY = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def normalise(text: str) -> str:
    """Canonical form of a typed code: NFKC (full-width → ASCII), no spaces or hyphens, upper."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


def _digits(text: str) -> bool:
    return all(c in _DIGITS for c in text)


def _length(text: str, expected: int) -> Finding:
    return Finding("length", "error", {"expected": str(expected), "length": str(len(text))})


def _charset(text: str, allowed: str | frozenset[str], start: int = 0) -> Finding | None:
    """The first character outside ``allowed``, as a finding with its 1-based position."""
    for i, c in enumerate(text[start:], start):
        if c not in allowed:
            return Finding("charset", "error", {"char": c, "position": str(i + 1)})
    return None


def _checksum(expected: str) -> Finding:
    return Finding("checksum", "error", {"expected": expected})


def code_kind(code: str) -> SubjectCodeKind | None:
    """Which subject code this looks like, by length alone (the check functions do the rest)."""
    return {18: "uscc", 15: "registration_number", 9: "org_code"}.get(len(normalise(code)))


def _org_check_char(body: str) -> str:
    """GB 11714 check character of an 8-character body (digits and A–Z)."""
    values = (int(c) if c in _DIGITS else ord(c) - 55 for c in body)
    total = sum(v * w for v, w in zip(values, _ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def check_uscc(code: str) -> list[Finding]:
    """统一社会信用代码 (H.1): 18 characters from the GB 32100 charset plus its check character.

    stdnum's ``validate`` is not used as the verdict: it demands digits in positions 1–8, but
    position 1 may be A, N or Y. The org-code part (positions 9–17) always passed GB 11714 in
    real data, but the standard is not quoted on it, so a failure there is only a warning.
    """
    from stdnum.cn import uscc

    code = normalise(code)
    if not code:
        return []
    if len(code) != 18:
        return [_length(code, 18)]
    if bad := _charset(code, _USCC_CHARSET):
        return [bad]
    expected = uscc.calc_check_digit(code[:17])
    if code[17] != expected:
        return [_checksum(expected)]
    if _org_check_char(code[8:16]) != code[16]:
        return [Finding("org_code_checksum", "warning")]
    return []


def _mod11_10(digits: str) -> int:
    """ISO 7064 MOD 11,10 check digit for a string of ASCII digits (GS 15—2006)."""
    p = 10
    for d in digits:
        p = 2 * ((p + int(d)) % 10 or 10) % 11
    return (11 - p) % 10


def check_registration_number(code: str) -> list[Finding]:
    """营业执照注册号 (H.2): 15 digits, the last an ISO 7064 MOD 11,10 check digit."""
    code = normalise(code)
    if not code:
        return []
    if len(code) != 15:
        return [_length(code, 15)]
    if bad := _charset(code, _DIGITS):
        return [bad]
    expected = str(_mod11_10(code[:14]))
    return [] if code[14] == expected else [_checksum(expected)]


def check_org_code(code: str) -> list[Finding]:
    """组织机构代码 (H.3): 8 digits/letters and a GB 11714 check character; the hyphen optional."""
    code = normalise(code)
    if not code:
        return []
    if len(code) != 9:
        return [_length(code, 9)]
    if bad := _charset(code[:8], _ORG_BODY) or _charset(code, "0123456789X", 8):
        return [bad]
    expected = _org_check_char(code[:8])
    return [] if code[8] == expected else [_checksum(expected)]


def check_subject_code(code: str) -> tuple[SubjectCodeKind | None, list[Finding]]:
    """Check a 主体证件号 of unknown kind, choosing the kind by its length."""
    kind = code_kind(code)
    if kind == "uscc":
        return kind, check_uscc(code)
    if kind == "registration_number":
        return kind, check_registration_number(code)
    if kind == "org_code":
        return kind, check_org_code(code)
    n = len(normalise(code))
    return None, ([Finding("length", "error", {"length": str(n)})] if n else [])


def uscc_category(code: str) -> str | None:
    """登记管理部门 + 机构类别 (e.g. "91" enterprise, "92" 个体工商户) of an 18-character code."""
    code = normalise(code)
    return code[:2] if len(code) == 18 else None


def id_birth_date(text: str) -> date | None:
    """The birth date in an ID number (18 digits, or old 15-digit with "19" implied), if real."""
    number = normalise(text)
    if len(number) == 18 and _digits(number[:14]):
        digits = number[6:14]
    elif len(number) == 15 and _digits(number):
        digits = "19" + number[6:12]
    else:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


# The plain layout of stdnum's GB/T 2260 table (stdnum/cn/loc.dat, in numdb's format): comments,
# and province lines each followed by their county lines, indented, whose codes continue the
# province's: ``11 province="北京市"`` then ``  0101 county="东城区"`` is 110101.
_LOC_LAYOUT = re.compile(
    r'(?:#[^\n]*\n|\n|[0-9]{2} province="[^"\n]*"\n(?:  [0-9]{4} county="[^"\n]*"\n)*)*'
)
# After "\n" rather than ^ with re.MULTILINE: the regex engine then skips ahead to each "\n".
_LOC_LINE = re.compile(r'\n(?:([0-9]{2}) province|  ([0-9]{4}) county)="')


def _county_codes_in(table: str) -> frozenset[str] | None:
    """The 6-digit codes with a county line in a cn/loc table; None unless in the plain layout.

    In the plain layout numdb's lookup of a 6-digit code finds a county exactly when a province
    line with its first two digits has a county line with the other four under it. numdb's format
    allows more (ranges ``100-199``, lists, deeper nesting, other properties, where the shortest
    matching prefix wins and properties merge); a table using any of that gets None, and numdb.
    """
    if not _LOC_LAYOUT.fullmatch(table):
        return None
    codes = set()
    province = ""
    for province_code, county_code in _LOC_LINE.findall("\n" + table):
        if province_code:
            province = province_code
        else:
            codes.add(province + county_code)
    return frozenset(codes)


@cache
def _county_codes() -> frozenset[str] | None:
    import pkgutil  # stdnum imports it too; get_data also reads from a frozen app's bundle

    table = pkgutil.get_data("stdnum", "cn/loc.dat")
    return None if table is None else _county_codes_in(table.decode("utf-8"))


def _region_known(prefix: str) -> bool:
    """Whether stdnum's GB/T 2260 table has ever had this 6-digit code (in any year).

    That is ``numdb.get("cn/loc").info(prefix)`` having a part with a county, but numdb parses
    every property of all 6,900 lines with a regex per line on first use (20–46 ms, in the
    first ID check after start-up); reading only the county codes from the same file takes 3–5 ms.
    """
    counties = _county_codes()
    if counties is None:  # stdnum changed the table's layout: let numdb itself read it
        from stdnum import numdb

        return any("county" in props for _part, props in numdb.get("cn/loc").info(prefix))
    return prefix in counties


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def check_id_number(text: str, *, today: date, min_age: int | None = None) -> list[Finding]:
    """居民身份证号码 (H.4).

    stdnum's ``ric.is_valid`` is not the verdict: it also requires the region code to have
    existed in the birth year, which rejects the GB 11643 example 440524188001010014 and anyone
    whose number was issued in a county created after they were born (the address code is the
    one in force when the number was issued). So an unknown region is only a warning and a
    region newer than the birth date is not reported at all.
    """
    from stdnum.cn import ric

    number = normalise(text)
    if not number:
        return []
    if len(number) == 15 and _digits(number):
        return [Finding("old_format", "error")]
    if len(number) != 18:
        return [_length(number, 18)]
    if bad := _charset(number[:17], _DIGITS) or _charset(number, "0123456789X", 17):
        return [bad]
    findings = []
    expected = ric.calc_check_digit(number)
    if number[17] != expected:
        findings.append(_checksum(expected))
    born = id_birth_date(number)
    if born is None or born > today:
        reason = "invalid" if born is None else "future"
        return [*findings, Finding("birth_date", "error", {"reason": reason})]
    if not _region_known(number[:6]):
        findings.append(Finding("region_unknown", "warning"))
    if min_age is not None and _age(born, today) < min_age:
        findings.append(Finding("underage", "error", {"min_age": str(min_age)}))
    return findings


def normalise_mobile(text: str) -> str:
    """Canonical mainland mobile number: separators and the +86 / 0086 / 86 prefix removed."""
    number = re.sub(r"[().]", "", normalise(text))
    for prefix in ("+86", "0086"):
        if number.startswith(prefix):
            return number[len(prefix) :]
    rest = number[2:]
    if number.startswith("86") and rest.startswith("1") and len(rest) in (11, 13):
        return rest
    return number


_VIRTUAL = ("162", "165", "167", "170", "171")
_DATA_CARD = ("145", "147", "149")
# In the reference (H.5) but not valid in phonenumbers 9.0: 149 (电信 data cards) and the 174
# satellite / emergency blocks. The reference regex also allows 179, which its own prefix table
# and phonenumbers leave unallocated, so 179 stays invalid.
_SPECIAL = ("17406", "17407", "17408", "17409", "17410", "17411", "17412", "1749")


def _phonenumbers_mobile(number: str) -> bool:
    """Whether phonenumbers takes these 11 ASCII digits for a mainland (+86) mobile number."""
    if not number.startswith("1"):
        # Saves loading phonenumbers, same answer: its CN mobile numbers are 1 + ten digits; from
        # eleven digits starting otherwise, stripping the national prefix 0 or the country code
        # 86 leaves fewer than eleven, and after the international prefix 00 comes another
        # country (0086 was already stripped by normalise_mobile).
        return False
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        return False
    mobile = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return (
        parsed.country_code == 86  # "00358…" dials Finland from China: valid, but not mainland
        and phonenumbers.is_valid_number(parsed)
        and phonenumbers.number_type(parsed) in mobile
    )


def check_mobile(text: str) -> list[Finding]:
    """A mainland mobile number that can receive SMS (H.5); phonenumbers decides validity."""
    number = normalise_mobile(text)
    if not number:
        return []
    if number.startswith("+"):  # another country code
        return [Finding("invalid", "error")]
    if bad := _charset(number, _DIGITS):
        return [bad]
    if len(number) == 13 and number.startswith("14"):
        return [Finding("iot", "error")]
    if len(number) != 11:
        return [_length(number, 11)]
    if number.startswith(_SPECIAL):
        return [Finding("special_segment", "warning")]
    if not (number.startswith("149") or _phonenumbers_mobile(number)):
        return [Finding("invalid", "error")]
    if number.startswith(_VIRTUAL):
        return [Finding("virtual_operator", "warning")]
    if number.startswith(_DATA_CARD):
        return [Finding("data_card", "info")]
    return []


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(
    rf"{_ATEXT}(?:\.{_ATEXT})*@(?:{_LABEL}\.)+(?:[A-Za-z]{{2,63}}|xn--[A-Za-z0-9-]+)"
)


def normalise_email(text: str) -> str:
    """NFKC (a full-width ＠ or ． becomes ASCII) and surrounding whitespace removed."""
    return unicodedata.normalize("NFKC", text).strip()


def check_email(text: str) -> list[Finding]:
    """A practical local@domain.tld check (ASCII, one @, ≤ 254 characters); no DNS lookups."""
    address = normalise_email(text)
    if not address:
        return []
    ok = len(address) <= 254 and len(address.split("@")[0]) <= 64 and _EMAIL.fullmatch(address)
    return [] if ok else [Finding("format", "error")]


_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕甘陇青宁新"
_SUFFIX = r"(?:-([0-9]+)([AX]?))?"


@cache
def _filing_patterns() -> tuple[re.Pattern[str], ...]:
    # Compiled on first use: most cases have no filing number yet, and the class of every
    # Chinese character took ~1 ms to compile at start-up.
    return (
        re.compile(rf"[{_PROVINCES}]ICP备[0-9]{{8,10}}号{_SUFFIX}"),
        re.compile(rf"[\u4e00-\u9fa5]B2-[0-9]{{8}}{_SUFFIX}"),
    )


def check_filing_number(text: str) -> list[Finding]:
    """备案号 (G.6): ``粤ICP备2023123456号-1X`` or, for licensed entities, ``粤B2-20090059-1626X``.

    A mini program's number ends in ``-nX``. The subject's number (no suffix), a website's
    (``-n``) or an APP's (``-nA``) is well-formed but the wrong one: ``not_mini_program``.
    """
    number = unicodedata.normalize("NFKC", text).upper()  # upper() leaves Chinese alone
    number = re.sub(rf"[{_DASHES}]", "-", re.sub(r"\s+", "", number))
    if not number:
        return []
    match = next((m for pattern in _filing_patterns() if (m := pattern.fullmatch(number))), None)
    if match is None:
        return [Finding("format", "error")]
    sequence, letter = match.groups()
    if sequence is not None and letter == "X":
        return []
    kind = "subject" if sequence is None else "app" if letter == "A" else "website"
    return [Finding("not_mini_program", "warning", {"kind": kind})]


def mask(text: str, keep: int = 4) -> str:
    """Hide the middle of a personal number for display and logs: first/last ``keep`` shown.

    A string of at most ``2 * keep`` characters is masked entirely, since showing both ends
    would show all of it.
    """
    keep = max(keep, 0)
    if len(text) <= 2 * keep or keep == 0:
        return "*" * len(text)
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


def load_checking_libraries() -> None:
    """Import python-stdnum and phonenumbers and read their tables for mainland numbers.

    For the app's start-up when it opens a case (app.import_case_checks): the first check then
    finds them loaded. Everything else imports them on first use.
    """
    import phonenumbers
    from stdnum.cn import ric, uscc  # noqa: F401

    _county_codes()
    phonenumbers.parse("13800138000", "CN")  # loads its mainland (+86) metadata
