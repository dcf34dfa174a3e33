"""Cross-checking the case with what its scans say (issue 22), and what a scan could fill in.

Readings (:class:`~mpreg_desktop.domain.assist.scan_reading.Reading`) are kept per attachment hash
outside the case (``storage/scan_readings.py``), so the case format does not change; a reading
applies to every attachment with that hash. A material's attachments are read together: the
front and back of an ID card are two files, each giving some fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from mpreg_desktop.domain.assist.scan_reading import (
    ID_CARD_HOLDERS,
    LONG_TERM,
    MATERIAL_KINDS,
    Reading,
)
from mpreg_desktop.domain.case import Case, MaterialItem, SubjectType
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.field_paths import get_path

# The licence's 类型 line and the subject types it allows (GB/T 12402 forms: a 公司, a 合伙企业,
# a 个人独资企业 … are all 企业 on the platform; a 个体工商户 is its own type).
_LICENCE_TYPES = (
    ("个体工商户", (SubjectType.INDIVIDUAL_BUSINESS,)),
    ("农民专业合作社", (SubjectType.OTHER_ORG, SubjectType.ENTERPRISE)),
    ("公司", (SubjectType.ENTERPRISE,)),
    ("企业", (SubjectType.ENTERPRISE,)),
    ("合伙", (SubjectType.ENTERPRISE,)),
)
LICENCE_MATERIAL = "business_licence"


def material_reading(material: MaterialItem, readings: Mapping[str, Reading]) -> Reading | None:
    """All that the material's read attachments say, later attachments over earlier ones."""
    kind = MATERIAL_KINDS.get(material.key)
    found = [readings[a.sha256] for a in material.attachments if a.sha256 in readings]
    found = [r for r in found if r.kind == kind]
    if not found:
        return None
    fields: dict[str, str] = {}
    unreadable: list[str] = []
    for reading in found:
        fields.update(reading.fields)
        unreadable += [u for u in reading.unreadable if u not in unreadable]
    return Reading(found[0].kind, fields, tuple(u for u in unreadable if u not in fields))


def _plain(text: str) -> str:
    """A name as compared: spaces ignored, （）and () alike."""
    return ids.normalise(text).replace("（", "(").replace("）", ")")


def licence_type_fits(licence_type: str, subject_type: SubjectType) -> bool | None:
    """Whether the licence's 类型 allows the chosen subject type; None when the type is unknown."""
    for word, types in _LICENCE_TYPES:
        if word in licence_type:
            return subject_type in types
    return None


def scanned_validity(material: MaterialItem, readings: Mapping[str, Reading]):
    """(valid until or None, long-term) of an ID card material as its scan says."""
    reading = material_reading(material, readings) if material.key in ID_CARD_HOLDERS else None
    until = reading.fields.get("valid_until") if reading else None
    if until == LONG_TERM:
        return None, True
    return (date.fromisoformat(until) if until else None), False


def check_scans(case: Case, readings: Mapping[str, Reading], out) -> None:  # out: checks._Collector
    """Problems where a filled field differs from the scan that proves it."""
    for material in case.materials:
        reading = material_reading(material, readings)
        if reading is None:
            continue
        if material.key == LICENCE_MATERIAL:
            _check_licence(case, reading, out)
        else:
            _check_id_card(case, ID_CARD_HOLDERS[material.key], material.key, reading, out)


def _check_licence(case: Case, reading: Reading, out) -> None:
    subject, fields = case.subject, reading.fields
    _differs(out, "scan.name_differs", "error", "subject.name", subject.name, fields.get("name"))
    code = fields.get("code")
    if code and subject.code.strip() and ids.normalise(subject.code) != code:
        out.add("scan.code_differs", "error", "subject.code", scan=code)
    rep = subject.legal_rep.name
    _differs(out, "scan.legal_rep_differs", "warning", "subject.legal_rep.name", rep,
             fields.get("legal_rep"))  # fmt: skip
    if "code" in reading.unreadable:
        out.add("scan.code_unreadable", "warning", f"materials.{LICENCE_MATERIAL}")
    kind = fields.get("type", "")
    if kind and subject.type and licence_type_fits(kind, subject.type) is False:
        out.add("scan.type_mismatch", "warning", "subject.type", scan=kind)


def _check_id_card(case: Case, holder: str, key: str, reading: Reading, out) -> None:
    person = get_path(case, holder)
    fields = reading.fields
    _differs(out, "scan.id_name_differs", "error", f"{holder}.name", person.name,
             fields.get("name"))  # fmt: skip
    number = fields.get("id_number")
    if number and person.id_number.strip() and ids.normalise(person.id_number) != number:
        out.add("scan.id_number_differs", "error", f"{holder}.id_number", scan=ids.mask(number))
    if "id_number" in reading.unreadable:
        out.add("scan.id_number_unreadable", "warning", f"materials.{key}")


def _differs(out, code: str, severity: str, path: str, value: str, scan: str | None) -> None:
    if scan and value.strip() and _plain(value) != _plain(scan):
        out.add(code, severity, path, scan=scan)


def fillable(case: Case, readings: Mapping[str, Reading]) -> list[tuple[str, object]]:
    """(field path, value) for each empty field a scan can fill: what 从扫描件填写 sets."""
    out: dict[str, object] = {}

    def offer(path: str, value: object) -> None:
        if value not in (None, "") and get_path(case, path) in (None, "", False):
            out.setdefault(path, value)

    for material in case.materials:
        reading = material_reading(material, readings)
        if reading is None:
            continue
        f = reading.fields
        if material.key == LICENCE_MATERIAL:
            offer("subject.name", f.get("name"))
            offer("subject.code", f.get("code"))
            offer("subject.legal_rep.name", f.get("legal_rep"))
            offer("filing.certificate_address", f.get("address"))
            _offer_validity(offer, material, f.get("term_from"), f.get("term_until"))
        else:
            holder = ID_CARD_HOLDERS[material.key]
            offer(f"{holder}.name", f.get("name"))
            offer(f"{holder}.id_number", f.get("id_number"))
            _offer_validity(offer, material, f.get("valid_from"), f.get("valid_until"))
            person = get_path(case, holder)
            if not (person.id_valid_until or person.id_long_term):
                offer(f"{holder}.id_valid_from", _day(f.get("valid_from")))
                if f.get("valid_until") == LONG_TERM:
                    offer(f"{holder}.id_long_term", True)
                else:
                    offer(f"{holder}.id_valid_until", _day(f.get("valid_until")))
    return list(out.items())


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text and text != LONG_TERM else None


def _offer_validity(offer, material: MaterialItem, start: str | None, until: str | None) -> None:
    if material.valid_until or material.long_term:
        return
    path = f"materials[{material.key}]"
    offer(f"{path}.valid_from", _day(start))
    if until == LONG_TERM:
        offer(f"{path}.long_term", True)
    else:
        offer(f"{path}.valid_until", _day(until))
