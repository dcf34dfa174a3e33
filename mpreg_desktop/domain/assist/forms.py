"""The filling assistant's rows: each official form's fields, in its order, valued as it wants.

The forms and their fields come from the rules pack (``forms.json``; filing fields refer to
``filing.json``). A row carries the exact text to copy into the web form (dates in the form's
format, region names instead of codes, the certificate type's wording, 长期 for a long-term ID)
and what to show of it (personal numbers masked), with the problems ``check`` found on the
field. No Qt: the view only displays the rows and copies ``Row.value``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mpreg_desktop.domain.case import Case, get_path
from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.domain.checks.identifiers import mask
from mpreg_desktop.domain.checks.regions import regions
from mpreg_desktop.domain.rules.model import FormField, OfficialForm, Rules, Text

# The 小程序负责人 defaults to the 主体负责人 (``applet_principal_same``): read those fields there.
_APPLET_PRINCIPAL = "filing.applet_principal."
_SUBJECT_PRINCIPAL = "filing.subject_principal."
_PRIVATE_KINDS = ("id_number", "phone", "account_number")


@dataclass(frozen=True)
class Row:
    id: str  # stable within the form
    label: Text
    value: str  # exactly what goes to the clipboard ("" = nothing to copy yet)
    shown: str  # what the screen shows (masked for personal numbers)
    private: bool
    case_path: str  # where the case keeps it: problems and "go to field" point here
    note: Text | None = None
    length: tuple[int, int, int] | None = None  # (characters, min, max) for the description
    problems: tuple[Problem, ...] = ()
    source: tuple[str, ...] = ()
    uncertain: bool = False

    @property
    def has_error(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class _Field:
    """A form field with everything a filing field leaves to ``filing.json`` filled in."""

    id: str
    label: Text
    case_path: str
    kind: str
    private: bool
    note: Text | None
    source: tuple[str, ...]
    uncertain: bool
    extra: dict[str, Any] = field(default_factory=dict)


def _resolve(form_field: FormField, rules: Rules) -> _Field:
    base = None
    if form_field.filing_field:
        base = next(f for f in rules.filing.fields if f.id == form_field.filing_field)
    kind = form_field.kind or (base.kind if base else "text")
    case_path = form_field.case_path or (base.case_path if base else "") or ""
    if case_path == "subject.type":
        kind = "subject_type"
    private = form_field.private
    if private is None:
        private = kind in _PRIVATE_KINDS and case_path != "subject.code"
    extra: dict[str, Any] = {}
    if base is not None and kind == "description":
        extra = {"min": rules.filing.description_min, "max": rules.filing.description_max}
    return _Field(
        id=form_field.id or form_field.filing_field or case_path,
        label=form_field.label or base.label,  # type: ignore[union-attr]
        case_path=case_path,
        kind=kind,
        private=private,
        note=form_field.note or (base.constraint if base else None),
        source=tuple(form_field.source or (base.source if base else ())),
        uncertain=form_field.uncertain or bool(base and base.uncertain),
        extra=extra,
    )


def applies(form_field: FormField, case: Case) -> bool:
    """Whether the form shows this field for the case's subject type and verification method."""
    subject_type = case.subject.type
    if form_field.subject_types and subject_type not in form_field.subject_types:
        return False
    if (
        form_field.only_if == "principal_is_not_legal_rep"
        and case.filing.subject_principal_is_legal_rep
    ):
        return False
    return not form_field.methods or case.verification.method in form_field.methods


def _read_path(case: Case, path: str) -> str:
    if path.startswith(_APPLET_PRINCIPAL) and case.filing.applet_principal_same:
        return _SUBJECT_PRINCIPAL + path.removeprefix(_APPLET_PRINCIPAL)
    return path


def _label(items: list, key: str) -> str:
    item = next((i for i in items if i.id == key), None)
    return item.label.zh if item is not None else key


def format_value(case: Case, rules: Rules, form: OfficialForm, kind: str, path: str) -> str:
    """The text the form wants for the field at ``path`` (empty when the case has none yet)."""
    value = get_path(case, path)
    if kind == "date_or_long_term":
        long_term = get_path(case, path.rsplit(".", 1)[0] + ".id_long_term")
        if long_term:
            return rules.forms.long_term
    if isinstance(value, date):
        return value.strftime(form.date_format)
    if value is None:
        return ""
    if kind == "subject_type":
        return _label(rules.subjects.types, value) if value else ""
    if kind == "verification_method":
        return _label(rules.verification.methods, value)
    if kind == "region":
        region = regions().get(value)
        return region.name if region is not None else value
    if path.endswith("certificate_type"):
        if path == "filing.certificate_type":
            return _label(rules.filing.subject_certificate_types, value) if value else ""
        return _label(rules.filing.person_certificate_types, value or "resident_id")
    if path == "filing.service_content_types":
        return "、".join(_label(rules.filing.service_content_types, v) for v in value)
    if path == "filing.pre_approvals":
        if not value and case.filing.no_pre_approval:
            return "以上都不涉及"
        return "、".join(
            f"{_label(rules.filing.pre_approval_types, p.type)} {p.code}".strip() for p in value
        )
    return str(value).strip()


def _shown(value: str, private: bool) -> str:
    return mask(value) if private and value else value


def form_rows(
    case: Case, rules: Rules, form_id: str, problems: list[Problem] | None = None
) -> list[Row]:
    """The rows of one form for this case, in the form's order, with each field's problems."""
    form = rules.forms.form(form_id)
    rows = []
    for form_field in form.fields:
        if not applies(form_field, case):
            continue
        resolved = _resolve(form_field, rules)
        path = _read_path(case, resolved.case_path)
        value = format_value(case, rules, form, resolved.kind, path)
        length = None
        if resolved.kind == "description":
            length = (len(value), resolved.extra["min"], resolved.extra["max"])
        related = tuple(p for p in problems or () if p.path in (path, resolved.case_path))
        if resolved.kind == "date_or_long_term":  # 长期 and the end date are one field
            long_term = path.rsplit(".", 1)[0] + ".id_long_term"
            related += tuple(p for p in problems or () if p.path == long_term)
        rows.append(
            Row(
                id=resolved.id,
                label=resolved.label,
                value=value,
                shown=_shown(value, resolved.private),
                private=resolved.private,
                case_path=path,
                note=resolved.note,
                length=length,
                problems=tuple(p for p in related if p.severity in ("error", "warning")),
                source=resolved.source + tuple(form.source),
                uncertain=resolved.uncertain or form.uncertain,
            )
        )
    return rows


def submit_dates(case: Case, form: OfficialForm) -> list[str]:
    """The date fields 标记为已提交 sets today: those of the form not set yet."""
    paths = []
    for record in form.records:
        if record.methods and case.verification.method not in record.methods:
            continue
        if get_path(case, record.path) is None:
            paths.append(record.path)
    return paths


def submitted_forms(case: Case) -> set[str]:
    """The forms the case's history records as submitted."""
    return {e.params.get("form", "") for e in case.events if e.kind == "assist.submitted"}
