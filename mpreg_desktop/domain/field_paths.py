"""Field paths: how the app names one field of a case, reads it, and checks a value for it.

A field path is a dotted attribute path from the case, e.g. "subject.code". The UI binds widgets
to paths, undo commands set values by path, and problems point at paths. A list item is named by
its key or its index in brackets ("materials[id_card].notes", "filing.stages[2].reason"), so an
edit of one item sets that item's field instead of copying the whole list.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any, get_args

from annotated_types import MaxLen
from pydantic import BaseModel, TypeAdapter
from pydantic.fields import FieldInfo

if TYPE_CHECKING:
    from mpreg_desktop.domain.case import Case

_PART = re.compile(r"([A-Za-z_]\w*)(?:\[([^\]]*)\])?")


def path_parts(path: str) -> list[tuple[str, str | None]]:
    """``"materials[a.b].notes"`` → ``[("materials", "a.b"), ("notes", None)]``; keys hold dots."""
    parts: list[tuple[str, str | None]] = []
    position = 0
    while True:
        match = _PART.match(path, position)
        if match is None:
            raise AttributeError(f"not a field path: {path!r}")
        parts.append((match[1], match[2]))
        position = match.end()
        if position == len(path):
            return parts
        if path[position] != ".":
            raise AttributeError(f"not a field path: {path!r}")
        position += 1


def list_item(items: list, key: str) -> Any:
    """The item of ``items`` named ``key``: its ``key`` field, or its index when all digits."""
    if key.isdigit():
        return items[int(key)]
    for item in items:
        if getattr(item, "key", None) == key:
            return item
    raise KeyError(key)


def _walk(case: Case, parts: list[tuple[str, str | None]]) -> Any:
    obj: Any = case
    for name, key in parts:
        obj = getattr(obj, name)
        if key is not None:
            obj = list_item(obj, key)
    return obj


def get_path(case: Case, path: str) -> Any:
    return _walk(case, path_parts(path))


def field_parent(case: Case, path: str) -> tuple[Any, str, FieldInfo]:
    """The object holding the field at ``path``, the field's name and its declaration."""
    *parents, (last, key) = path_parts(path)
    if key is not None:
        raise AttributeError(f"a path must end at a field, not a list item: {path!r}")
    obj = _walk(case, parents)
    field_info = type(obj).model_fields.get(last) if isinstance(obj, BaseModel) else None
    if field_info is None:
        raise AttributeError(f"{type(obj).__name__} has no field {last!r}")
    return obj, last, field_info


@cache
def _item_adapter(item_type: Any) -> TypeAdapter:
    return TypeAdapter(item_type)


def checked_item(case: Case, path: str, item: Any) -> Any:
    """``item`` as one more element of the list at ``path``, validated as reading a file would;
    raises ``ValueError`` (``pydantic.ValidationError`` for a bad item) if it is not valid or the
    list is full. Only the new item is validated, not the whole list again."""
    obj, name, field_info = field_parent(case, path)
    limit = next((m.max_length for m in field_info.metadata if isinstance(m, MaxLen)), None)
    if limit is not None and len(getattr(obj, name)) >= limit:
        raise ValueError(f"{path} holds at most {limit} items")
    (item_type,) = get_args(field_info.annotation)
    if isinstance(item, BaseModel):
        item = item.model_dump()
    return _item_adapter(item_type).validate_python(item)


def checked_value(case: Case, path: str, value: Any) -> Any:
    """``value`` as the field at ``path`` holds it, validated as reading a file would validate it
    ("enterprise" → SubjectType); raises ``pydantic.ValidationError`` (a ``ValueError``) for a
    value the file could not hold, so that the app never saves a case it cannot read back.

    The value is validated by the model's own validator (``validate_assignment``) on a shallow
    copy of the object holding the field, so the case itself is untouched. Models the app built
    and then changed (an Event in a list) are validated again field by field.
    """
    obj, name, _field_info = field_parent(case, path)
    probe = obj.model_copy()
    type(obj).__pydantic_validator__.validate_assignment(probe, name, value)
    return getattr(probe, name)


def set_path(case: Case, path: str, value: Any) -> None:
    """Set one field, validated and converted by :func:`checked_value`."""
    converted = checked_value(case, path, value)
    obj, name, _field_info = field_parent(case, path)
    setattr(obj, name, converted)


def text_limit(case: Case, path: str) -> int | None:
    """The most characters the text field at ``path`` may hold, if it is limited."""
    _obj, _name, field_info = field_parent(case, path)
    if field_info.annotation is not str:
        return None
    return next((m.max_length for m in field_info.metadata if isinstance(m, MaxLen)), None)
