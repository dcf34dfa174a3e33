"""People and subjects met in other cases, offered again when the same name or number is typed.

Agencies register many mini programs for the same clients: the administrator, the 主体负责人 and
the subject come back case after case. The library index (``storage/library/summary.py``) keeps
each case's people and subject details; nothing else is stored, so the offers cannot get out of
step with the cases. Accepting an offer fills the fields of the case that are still empty (what
the user typed is never overwritten); the limits across cases (one ID or phone administers at
most N mini programs) are counted at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from mpreg_desktop.domain.case import Case, Person, get_path
from mpreg_desktop.domain.checks import identifiers as ids
from mpreg_desktop.domain.rules.model import Rules

# The person fields an offer carries (dates as ISO text, the long-term flag as "1" or "").
PERSON_FIELDS = (
    "name",
    "id_number",
    "phone",
    "email",
    "id_valid_from",
    "id_valid_until",
    "id_long_term",
)
SUBJECT_FIELDS = {  # what an offer carries → where the case keeps it
    "name": "subject.name",
    "code": "subject.code",
    "type": "subject.type",
    "legal_rep_name": "subject.legal_rep.name",
    "legal_rep_id": "subject.legal_rep.id_number",
    "province": "filing.province",
    "city": "filing.city",
    "district": "filing.district",
    "address": "filing.address",
    "certificate_address": "filing.certificate_address",
}
MATCH_KEYS = ("name", "id_number", "phone", "code")


def _person_pairs(person: Person) -> tuple[tuple[str, str], ...]:
    values = {
        "name": person.name,
        "id_number": person.id_number,
        "phone": person.phone,
        "email": person.email,
        "id_valid_from": person.id_valid_from.isoformat() if person.id_valid_from else "",
        "id_valid_until": person.id_valid_until.isoformat() if person.id_valid_until else "",
        "id_long_term": "1" if person.id_long_term else "",
    }
    return tuple((k, v) for k, v in values.items() if v)


def people_records(case: Case) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Everyone the case names with at least a name and a number, each once."""
    filing = case.filing
    people = [
        case.account.admin,
        case.subject.legal_rep,
        filing.subject_principal,
        filing.subject_emergency,
        filing.applet_principal,
        filing.applet_emergency,
    ]
    found: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
    for person in people:
        if person.name and (person.id_number or person.phone):
            key = (person.name, ids.normalise(person.id_number) or person.phone)
            found.setdefault(key, _person_pairs(person))
    return tuple(found.values())


def subject_record(case: Case) -> tuple[tuple[str, str], ...]:
    if not case.subject.name:
        return ()
    values = {key: get_path(case, path) for key, path in SUBJECT_FIELDS.items()}
    return tuple((k, str(v)) for k, v in values.items() if v)


@dataclass(frozen=True)
class Offer:
    """A person or subject from other cases that matches what was typed."""

    kind: str  # "person" or "subject"
    values: dict[str, str]
    cases: tuple[str, ...]  # the cases it comes from (their labels)


def _matches(key: str, typed: str, values: dict[str, str]) -> bool:
    own = values.get(key, "")
    if not typed or not own:
        return False
    if key == "phone":
        return ids.normalise_mobile(own) == ids.normalise_mobile(typed)
    if key in ("id_number", "code"):
        return ids.normalise(own) == ids.normalise(typed)
    return own.startswith(typed.strip()) and len(typed.strip()) >= 2  # a name: as it is typed


def offers(kind: str, key: str, typed: str, others: Sequence[Any]) -> list[Offer]:
    """People (``kind`` "person") or subjects whose ``key`` matches ``typed``, each once, with
    the other cases they appear in; the case itself is not among ``others``."""
    found: dict[tuple[str, ...], tuple[dict[str, str], list[str]]] = {}
    for other in others:
        records = other.people if kind == "person" else [other.subject_details]
        for record in records:
            values = dict(record)
            if not values or not _matches(key, typed, values):
                continue
            ident = (values.get("name", ""), ids.normalise(values.get("id_number", "")))
            if kind == "subject":
                ident = (ids.normalise(values.get("code", "")) or values.get("name", ""),)
            if ident not in found:
                found[ident] = (values, [])
            found[ident][1].append(other.label)
    return [Offer(kind, values, tuple(cases)) for values, cases in found.values()]


def _value(key: str, text: str) -> Any:
    if key in ("id_valid_from", "id_valid_until"):
        return date.fromisoformat(text)
    if key == "id_long_term":
        return text == "1"
    return text


def edits(case: Case, offer: Offer, person_path: str = "") -> list[tuple[str, Any]]:
    """The (path, value) edits that accepting ``offer`` makes: only fields still empty."""
    if offer.kind == "person":
        targets = {key: f"{person_path}.{key}" for key in PERSON_FIELDS}
    else:
        targets = SUBJECT_FIELDS
    changes = []
    for key, path in targets.items():
        text = offer.values.get(key, "")
        if text and get_path(case, path) in ("", None, False):
            changes.append((path, _value(key, text)))
    return changes


def admin_uses(offer: Offer, others: Sequence[Any], rules: Rules) -> list[tuple[str, int, int]]:
    """How many other cases this person administers, by ID and by phone, with each limit."""
    reg = rules.registration
    id_number = ids.normalise(offer.values.get("id_number", ""))
    phone = ids.normalise_mobile(offer.values.get("phone", ""))
    uses = []
    if id_number:
        count = sum(1 for o in others if ids.normalise(o.admin_id_number) == id_number)
        uses.append(("id", count, reg.max_mini_programs_per_id))
    if phone:
        count = sum(1 for o in others if ids.normalise_mobile(o.admin_phone) == phone)
        uses.append(("phone", count, reg.max_mini_programs_per_phone))
    return uses


PERSON_PATHS = (
    "account.admin",
    "subject.legal_rep",
    "filing.subject_principal",
    "filing.subject_emergency",
    "filing.applet_principal",
    "filing.applet_emergency",
)


def offered_at(path: str) -> tuple[str, str, str] | None:
    """For a field where typing may bring up offers: (kind, matched key, person path)."""
    if path in ("subject.name", "subject.code"):
        return "subject", path.removeprefix("subject."), ""
    person_path, _, key = path.rpartition(".")
    if person_path in PERSON_PATHS and key in ("name", "id_number", "phone"):
        return "person", key, person_path
    return None


def key_path(kind: str, key: str, person_path: str) -> str:
    return f"{person_path}.{key}" if kind == "person" else SUBJECT_FIELDS[key]
