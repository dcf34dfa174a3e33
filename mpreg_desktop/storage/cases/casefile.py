"""Reading and writing ``.mpreg`` case files.

The format (documented in docs/case-format.md): UTF-8 JSON, indented, keys in the model's field
order, header fields first. Schema versions:

- 1 (app 0.1.0): first version.

Reading never changes the file. Every way a file can be bad raises :class:`CaseFileError` with a
stable ``code`` (the UI translates it), the file, and where in it the problem is. Older schema
versions are brought up to date in memory by :data:`MIGRATIONS`, one small step per version.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import FORMAT, SCHEMA_VERSION, Case
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.storage.atomic import atomic_write

SUFFIX = ".mpreg"
MAX_BYTES = 20 * 1024 * 1024

# MIGRATIONS[n] turns a schema-n document (a dict) into a schema-(n+1) document; each new schema
# version adds exactly one step here.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    # 2 adds ``rules_edition`` (unknown for older files: left out, read as None).
    1: lambda document: document,
    # 3 adds ``materials[].attachments[].adjustment`` (none in older files: read as None).
    2: lambda document: document,
}


@dataclass
class CaseFileError(Exception):
    """A case file that cannot be opened; ``code`` is stable, ``where`` points into the file.

    Codes: missing, not_a_file, unreadable, too_large, empty, not_utf8, not_json, too_deep,
    not_object, wrong_format, bad_version, newer_version, invalid.
    """

    code: str
    path: Path
    detail: str = ""
    where: str = ""
    # For "invalid": the validator's stable error type ("date_out_of_range", "string_too_long")
    # and its figures ({"max_length": 200}), which the UI puts in the user's language.
    kind: str = ""
    context: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.path}: {self.code}{where}{detail}"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a case file")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CaseFileError("missing", path) from None
    except OSError as exc:
        raise CaseFileError("unreadable", path, exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError("not_a_file", path)
    if info.st_size > MAX_BYTES:
        raise CaseFileError("too_large", path, f"{info.st_size} bytes, limit {MAX_BYTES}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise CaseFileError("unreadable", path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_BYTES:  # grew between stat and read
        raise CaseFileError("too_large", path, f"over {MAX_BYTES} bytes")
    return data


def parse_case(data: bytes, path: Path) -> Case:
    """Turn a file's bytes into a Case, or raise CaseFileError saying what is wrong and where."""
    if not data.strip():
        raise CaseFileError("empty", path)
    try:
        text = data.decode("utf-8-sig")  # a BOM from a Windows editor is harmless
    except UnicodeDecodeError as exc:
        raise CaseFileError("not_utf8", path, where=f"byte {exc.start}") from None
    try:
        document = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys
        )
    except json.JSONDecodeError as exc:
        raise CaseFileError(
            "not_json", path, exc.msg, f"line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise CaseFileError("not_json", path, str(exc)) from None
    except RecursionError:
        raise CaseFileError("too_deep", path) from None
    return case_from_document(document, path)


def case_from_document(document: Any, path: Path) -> Case:
    if not isinstance(document, dict):
        raise CaseFileError("not_object", path, type(document).__name__)
    if document.get("format") != FORMAT:
        raise CaseFileError("wrong_format", path, where="format")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseFileError("bad_version", path, where="schema_version")
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            "newer_version",
            path,
            f"schema {version}, this app reads up to {SCHEMA_VERSION}",
            "schema_version",
            kind="newer_schema",
            context={"version": version, "newest": SCHEMA_VERSION},
        )
    for step in range(version, SCHEMA_VERSION):
        document = MIGRATIONS[step](document)
        document["schema_version"] = step + 1
    try:
        return Case.model_validate(document)
    except ValidationError as exc:
        raise invalid_value(exc, path) from None
    except RecursionError:
        raise CaseFileError("too_deep", path) from None


def invalid_value(error: ValidationError, path: Path) -> CaseFileError:
    """The first thing pydantic found wrong, at its dotted path ("materials.3.size"), the same
    path the rest of the app uses for a field."""
    first = error.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"] if part != "[key]")
    context = {key: value for key, value in first.get("ctx", {}).items() if _plain(value)}
    return CaseFileError("invalid", path, first["msg"], where, first["type"], context)


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def read_case(path: Path | str) -> Case:
    """Read a case file. Never modifies it; raises CaseFileError for anything that is wrong."""
    path = Path(path)
    return parse_case(_read_bytes(path), path)


def _known_fields_only(value: Any, model: type[BaseModel]) -> Any:
    """Drop keys this version of the model does not know, recursively (for newer files)."""
    if not isinstance(value, dict):
        return value
    return {
        name: _strip_annotation(value[name], info.annotation)
        for name, info in model.model_fields.items()
        if name in value
    }


def _is_model(candidate: Any) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, BaseModel)


def _strip_annotation(value: Any, annotation: Any) -> Any:
    # Look through Optional[...] and Annotated[list[...], Meta(...)] to the models inside.
    for candidate in (annotation, *get_args(annotation)):
        if _is_model(candidate):
            return _known_fields_only(value, candidate)
        for inner in (candidate, *get_args(candidate)):
            element = get_args(inner)
            if isinstance(value, list) and element and _is_model(element[0]):
                return [_known_fields_only(v, element[0]) for v in value]
    return value


def read_case_for_reading(path: Path | str) -> tuple[Case, bool]:
    """Read a case, also one written by a newer app: returns (case, written_by_newer_app).

    A newer file is read as far as this version understands it (unknown fields skipped); the
    caller must open it read-only so that it is never saved back in an older format.
    """
    path = Path(path)
    try:
        return read_case(path), False
    except CaseFileError as error:
        if error.code != "newer_version":
            raise
    document = json.loads(_read_bytes(path).decode("utf-8-sig"))
    document["schema_version"] = SCHEMA_VERSION
    try:
        return Case.model_validate(_known_fields_only(document, Case)), True
    except (ValidationError, RecursionError):
        raise CaseFileError(
            "newer_version",
            path,
            "written by a newer app and not readable here",
            "schema_version",
            kind="newer_unreadable",
        ) from None


def case_to_bytes(case: Case) -> bytes:
    document = case.model_dump(mode="json")
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_case(path: Path | str, case: Case, now: datetime | None = None) -> bytes:
    """Save atomically, stamping ``modified`` and ``app_version``; returns the bytes written."""
    path = Path(path)
    case.modified = now or SYSTEM_CLOCK.now()
    case.app_version = __version__
    data = case_to_bytes(case)
    atomic_write(path, data)
    return data


def is_case_path(path: Path | str) -> bool:
    return os.fspath(path).lower().endswith(SUFFIX)
