"""Reading a rules pack, filling its placeholders, and the pack the app uses.

A pack has the parts named in :data:`~mpreg_desktop.domain.rules.model.PACK_FILES`. The built-in
pack is a folder with one JSON file per part (``resources/rules``); a newer pack given to the app
is ONE JSON file bundling the parts (:data:`BUNDLE_FORMAT`, see ``docs/rules-maintenance.md``)::

    {"format": "mpreg-rules-pack", "format_version": 1, "pack": {...}, "subjects": {...}, ...}

Texts say each number once: ``"认证费{certification_fee_yuan}元/年"`` takes the value from the
field of that name in the nearest enclosing entry, ``{verification.methods.bank_transfer.
deadline.max}`` from anywhere in the pack (list items are addressed by their id). Placeholders are
filled when the pack is read, so everything downstream sees plain text; ``{{`` and ``}}`` stand for
literal braces. Every way in goes through :func:`build_rules`, which fills, converts and validates
completely (:mod:`mpreg_desktop.domain.rules.validation`) and raises :class:`RulesError` with
every reason.

The pack in use is chosen once per run (:func:`use_rules`, called by the app and the command line
from ``storage/rules_store.py``) and read through :func:`rules_in_use`; nothing else loads one.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import from_json, to_json

from mpreg_desktop.domain.rules.model import PACK_FILES, Rules, RulesError

BUNDLE_FORMAT = "mpreg-rules-pack"
BUNDLE_VERSION = 1  # the bundle layout this app reads; a newer one needs a newer app

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)*)\}")
_ITEM_KEYS = ("id", "prefix", "word")  # how a list item is addressed in a placeholder path


# --- reading the parts ---------------------------------------------------------------------------


def parts_from_folder(folder: Path) -> dict[str, Any]:
    """The raw parts of a pack kept as one JSON file per part."""
    parts = {}
    for name in PACK_FILES:
        path = folder / f"{name}.json"
        try:
            parts[name] = from_json(path.read_bytes())
        except OSError as exc:
            raise RulesError(f"{path}: {exc.strerror or exc}") from exc
        except ValueError as exc:
            raise RulesError(f"{path} is not valid JSON: {exc}") from exc
    return parts


def parts_from_bundle(data: bytes, where: str = "rules pack") -> dict[str, Any]:
    """The raw parts of a pack bundled in one JSON file; refuses other files with the reason."""
    try:
        bundle = from_json(data)
    except ValueError as exc:
        raise RulesError(f"{where} is not a JSON file: {exc}") from exc
    if not isinstance(bundle, dict) or bundle.get("format") != BUNDLE_FORMAT:
        raise RulesError(f'{where} is not a rules pack (no "format": "{BUNDLE_FORMAT}")')
    version = bundle.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise RulesError(f"{where} has no valid format_version")
    if version > BUNDLE_VERSION:
        raise RulesError(
            f"{where} is a format {version} pack, made for a newer version of the app"
            f" (this one reads format {BUNDLE_VERSION})"
        )
    extra = sorted(set(bundle) - set(PACK_FILES) - {"format", "format_version"})
    missing = [name for name in PACK_FILES if name not in bundle]
    if extra or missing:
        words = [f"missing part {m!r}" for m in missing] + [f"unknown part {e!r}" for e in extra]
        raise RulesError(f"{where} is incomplete: " + "; ".join(words))
    return {name: bundle[name] for name in PACK_FILES}


def bundle_bytes(parts: dict[str, Any]) -> bytes:
    """The raw parts as one bundle file (what ``rules export`` writes and an import reads)."""
    bundle = {"format": BUNDLE_FORMAT, "format_version": BUNDLE_VERSION, **parts}
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_pack_file(path: Path) -> Rules:
    """A pack from a bundle file or a folder of parts, filled and validated."""
    if path.is_dir():
        return build_rules(parts_from_folder(path), str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"{path}: {exc.strerror or exc}") from exc
    return build_rules(parts_from_bundle(data, str(path)), str(path))


# --- placeholders --------------------------------------------------------------------------------


def _item(items: list[Any], key: str) -> Any:
    for item in items:
        if isinstance(item, dict) and any(item.get(k) == key for k in _ITEM_KEYS):
            return item
    raise LookupError(key)


def _follow(start: Any, names: list[str]) -> Any:
    value = start
    for name in names:
        if isinstance(value, dict):
            value = value[name]
        elif isinstance(value, list):
            value = _item(value, name)
        else:
            raise LookupError(name)
    return value


def _resolve(path: str, enclosing: list[Any], root: dict[str, Any]) -> str:
    """The value a placeholder names: first in the nearest enclosing entry, then from the root."""
    names = path.split(".")
    for container in reversed(enclosing):
        if isinstance(container, dict) and names[0] in container:
            value = _follow(container, names)
            break
    else:
        value = _follow(root, names)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise LookupError(path)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _fill_text(text: str, enclosing: list[Any], root: dict[str, Any], errors: list[str], at: str):
    def replace(match: re.Match[str]) -> str:
        if match.group(0) in ("{{", "}}"):
            return match.group(0)[0]
        try:
            return _resolve(match.group(1), enclosing, root)
        except (LookupError, TypeError):
            errors.append(f"{at}: placeholder {match.group(0)} names no number or text in the pack")
            return match.group(0)

    return _PLACEHOLDER.sub(replace, text)


class _Filler:
    """One pass over the parts: fills placeholders in place and collects every source named."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.errors: list[str] = []
        self.sources: set[str] = set()
        self.enclosing: list[Any] = []

    def visit(self, value: Any, at: str) -> None:
        self.enclosing.append(value)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(item, str):
                if "{" in item or "}" in item:
                    value[key] = _fill_text(
                        item, self.enclosing, self.root, self.errors, f"{at}.{key}"
                    )
            elif isinstance(item, dict | list):
                if key == "source" and isinstance(item, list):
                    self.sources.update(s for s in item if isinstance(s, str))
                name = item.get("id", key) if isinstance(item, dict) else key
                self.visit(item, f"{at}[{name}]" if isinstance(value, list) else f"{at}.{key}")
        self.enclosing.pop()


def fill_placeholders(parts: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``parts`` with every placeholder filled, and what could not be filled."""
    filled, errors, _ = _filled(parts)
    return filled, errors


def _filled(parts: dict[str, Any]) -> tuple[dict[str, Any], list[str], set[str]]:
    filled = from_json(to_json(parts))  # a deep copy; placeholders take values from ``parts``
    filler = _Filler(parts)
    for name in PACK_FILES:
        if isinstance(filled.get(name), dict | list):
            filler.visit(filled[name], name)
    return filled, filler.errors, filler.sources


# --- building and choosing the pack --------------------------------------------------------------


def _error_words(error: Any) -> str:
    """One schema error as "part.path.to.field: message"; a reference the pack checks itself
    (no path) as its message."""
    if not error["loc"]:
        return str(error["msg"]).removeprefix("Value error, ")
    return f"{'.'.join(str(step) for step in error['loc'])}: {error['msg']}"


def build_rules(parts: dict[str, Any], where: str) -> Rules:
    """The pack from its raw parts: placeholders filled, converted, validated completely."""
    from mpreg_desktop.domain.rules.validation import pack_problems

    filled, errors, sources = _filled(parts)
    if errors:
        raise RulesError(f"rules pack {where} is invalid: " + "; ".join(errors), errors)
    try:
        # In one go: pydantic builds the validator of every model once (each part on its own built
        # the shared ones again, ~5 ms more at start-up). As JSON: the models are strict, and
        # dates and enums come as JSON strings.
        rules = Rules.model_validate_json(
            to_json({n: filled[n] for n in PACK_FILES if n in filled})
        )
    except ValidationError as exc:  # not what the model says (with where), or broken references
        reasons = [_error_words(e) for e in exc.errors()]
        message = f"rules pack {where} is invalid: " + "; ".join(reasons)
        raise RulesError(message, reasons) from exc
    problems = pack_problems(rules, sources)
    if problems:
        raise RulesError(f"rules pack {where} is invalid: " + "; ".join(problems), problems)
    return rules


@cache
def builtin_parts() -> dict[str, Any]:
    from mpreg_desktop.resources import resource_path

    return parts_from_folder(resource_path("rules"))


_builtin: Rules | None = None


def builtin_rules() -> Rules:
    """The pack shipped with the app, validated on first use and then shared."""
    global _builtin
    if _builtin is None:
        from mpreg_desktop.resources import resource_path

        _builtin = build_rules(builtin_parts(), str(resource_path("rules")))
    return _builtin


def share_builtin_rules(rules: Rules) -> None:
    """Make ``rules`` the built-in pack :func:`builtin_rules` returns: the pack as an earlier
    start validated it (``storage/rules_cache.py``), read back instead of validated again."""
    global _builtin
    _builtin = rules


_in_use: Rules | None = None


def use_rules(rules: Rules | None) -> None:
    """Make ``rules`` the pack every later lookup uses; None goes back to the built-in pack."""
    global _in_use
    _in_use = rules


def rules_in_use() -> Rules:
    """The pack this run uses: the one chosen with :func:`use_rules`, else the built-in one."""
    return _in_use if _in_use is not None else builtin_rules()
