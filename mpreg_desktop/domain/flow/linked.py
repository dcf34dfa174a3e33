"""Fields that follow an edit, so the user never types the same thing twice.

- 主体负责人就是法定代表人 ticked: the subject principal's identity (name, certificate, ID number,
  validity) is the legal representative's. Ticking copies it over (from whichever side is filled,
  the legal representative first: it comes from the licence), and while ticked an edit of either
  side is made on both.
- 法人扫脸: the legal representative's name is filled in for the face check when it is empty, and
  follows the legal representative's name as long as the two were the same.
- A choice with one possible answer is made: a subject type that can hold only one kind of
  certificate chooses it for the filing (个体工商户 → 营业执照).

:func:`linked_edits` is pure: the document applies what it returns in the same undo step.
"""

from __future__ import annotations

from typing import Any

from mpreg_desktop.domain.case import Case, SubjectType, VerificationMethod, get_path
from mpreg_desktop.domain.rules.model import Rules

IDENTITY = (
    "name",
    "certificate_type",
    "id_number",
    "id_valid_from",
    "id_valid_until",
    "id_long_term",
)
LEGAL_REP = "subject.legal_rep"
PRINCIPAL = "filing.subject_principal"
SAME_FLAG = "filing.subject_principal_is_legal_rep"


def certificate_types_for(rules: Rules, subject_type: SubjectType | None) -> list[str]:
    return [
        t.id
        for t in rules.filing.subject_certificate_types
        if t.subject_types is None or subject_type in t.subject_types
    ]


def _identity(case: Case, person: str) -> dict[str, Any]:
    return {name: get_path(case, f"{person}.{name}") for name in IDENTITY}


def _mirror(path: str) -> str | None:
    """The other side's path of an identity field of the legal rep or the subject principal."""
    for this, other in ((LEGAL_REP, PRINCIPAL), (PRINCIPAL, LEGAL_REP)):
        if path.startswith(this + ".") and path[len(this) + 1 :] in IDENTITY:
            return f"{other}.{path[len(this) + 1 :]}"
    return None


def linked_edits(case: Case, rules: Rules, path: str, value: Any) -> list[tuple[str, Any]]:
    """The other fields to set when ``path`` is set to ``value`` (``case`` is still as before)."""
    edits: list[tuple[str, Any]] = []
    filing = case.filing
    if path == SAME_FLAG and value:
        rep, principal = _identity(case, LEGAL_REP), _identity(case, PRINCIPAL)
        rep_filled = bool(rep["name"] or rep["id_number"])
        source, target = (rep, PRINCIPAL) if rep_filled else (principal, LEGAL_REP)
        edits += [(f"{target}.{name}", v) for name, v in source.items()]
    elif filing.subject_principal_is_legal_rep and (other := _mirror(path)):
        edits.append((other, value))

    face = case.verification.face
    face_chosen = path == "verification.method" and value == VerificationMethod.LEGAL_REP_FACE
    if face_chosen and not face.name:
        edits.append(("verification.face.name", case.subject.legal_rep.name))
    if path == f"{LEGAL_REP}.name" and face.name == case.subject.legal_rep.name:
        edits.append(("verification.face.name", value))

    if path == "subject.type":
        fitting = certificate_types_for(rules, value)
        if len(fitting) == 1 and filing.certificate_type in ("", *_others(rules, fitting)):
            edits.append(("filing.certificate_type", fitting[0]))
    return [(p, v) for p, v in edits if get_path(case, p) != v]


def _others(rules: Rules, fitting: list[str]) -> list[str]:
    """Certificate types that do not fit: a choice made for another subject type is replaced."""
    return [t.id for t in rules.filing.subject_certificate_types if t.id not in fitting]
