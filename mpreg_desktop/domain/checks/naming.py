"""Mini program names (reference §E): length in units, characters, keywords and superlatives.

The numbers and word lists come from the rules pack (``NamingRules``); this module only applies
them, so a changed platform rule is a data change.
"""

from __future__ import annotations

from mpreg_desktop.domain.checks.identifiers import Finding
from mpreg_desktop.domain.rules.model import NamingRules

# CJK Unified Ideographs (+ Extension A) and the compatibility block: what the platform counts as
# one Chinese character (2 units). Full-width punctuation is not a Chinese character. Compared as
# code points: a regex class of these 28,000 characters took ~1.5 ms to compile at start-up.
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def is_chinese(char: str) -> bool:
    if len(char) != 1:
        return False
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_BLOCKS)


def name_units(name: str, cjk_units: int = 2) -> int:
    """Length as the platform counts it: a Chinese character counts ``cjk_units``, others 1."""
    return sum(cjk_units if is_chinese(c) else 1 for c in name)


def _disallowed(name: str, rules: NamingRules) -> list[str]:
    found: list[str] = []
    for char in name:
        ok = is_chinese(char) or char == " " or (char.isascii() and char.isalnum())
        if not ok and char not in rules.allowed_punctuation and char not in found:
            found.append(char)
    return found


def check_name(name: str, rules: NamingRules) -> list[Finding]:
    """Everything the platform's name rules would object to; empty input is judged elsewhere."""
    if not name.strip():
        return []
    findings: list[Finding] = []
    units = name_units(name, rules.cjk_units)
    limits = {"units": str(units), "min": str(rules.min_units), "max": str(rules.max_units)}
    if units < rules.min_units:
        findings.append(Finding("too_short", "error", limits))
    elif units > rules.max_units:
        findings.append(Finding("too_long", "error", limits))

    if name != name.strip() or "  " in name:
        findings.append(Finding("spaces", "warning"))
    bad = _disallowed(name, rules)
    if bad:
        findings.append(Finding("charset", "warning", {"chars": " ".join(bad)}))

    chinese = sum(1 for c in name if is_chinese(c))
    only_chinese = chinese == len(name.replace(" ", ""))
    # Too short by the rule already says it: no second line about the same shortness.
    too_short = units < rules.min_units
    if only_chinese and 0 < chinese < rules.short_chinese_warning_below and not too_short:
        findings.append(
            Finding(
                "short_chinese",
                "warning",
                {"count": str(chinese), "min": str(rules.short_chinese_warning_below)},
            )
        )

    lowered = name.lower()
    for code, words in (("keyword", rules.forbidden_keywords), ("absolute", rules.absolute_words)):
        for rule in words:
            if rule.word.lower() in lowered:
                params = {
                    "word": rule.word,
                    "reason:zh": rule.reason.zh,
                    "reason:en": rule.reason.en,
                }
                severity = "warning" if rule.uncertain else rule.severity
                findings.append(Finding(code, severity, params, rule.uncertain))
    return findings
