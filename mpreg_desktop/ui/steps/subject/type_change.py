"""Choosing the subject type keeps the sub-kind consistent with it, in the same undo step.

A sub-kind belongs to one type (企业法人 is an 企业 sub-kind): when the type changes, a sub-kind of
the old type would be kept in the file and shown as a stray value. So a type change also clears
the sub-kind, or sets it when the new type has only one (个人).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mpreg_desktop.domain.case import SubjectType
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import ComboBinding


def sub_kind_for(rules: Rules, subject_type: SubjectType | None, current: str) -> str:
    """The sub-kind to keep: the current one if it fits the type, else its only one, else ""."""
    if subject_type is None:
        return ""
    kinds = [k.id for k in rules.subjects.get(subject_type).sub_kinds]
    if len(kinds) == 1:
        return kinds[0]
    return current if current in kinds else ""


def apply_changes(document: CaseDocument, changes: Sequence[tuple[str, Any]], label: str) -> None:
    """Several field changes as one undo step."""
    with document.edit(label):
        for path, value in changes:
            document.set_field(path, value)


class SubjectTypeBinding(ComboBinding):
    """The subject type combo: a change brings the sub-kind along."""

    def push(self, value: Any, merge: bool = False) -> None:
        subject = self.document.case.subject
        if value == subject.type:
            return
        changes: list[tuple[str, Any]] = [(self.path, value)]
        kind = sub_kind_for(self.document.rules, value, subject.sub_kind)
        if kind != subject.sub_kind:
            changes.append(("subject.sub_kind", kind))
        apply_changes(self.document, changes, self.label)
