"""``mpreg-desktop rules``: which pack is in use, check a pack, compare one, export the built-in.

- ``rules``: the edition in use and where it comes from;
- ``rules check [FILE]``: validate FILE (a bundle file or a folder of parts), or the pack in use;
  exit 0 when sound, 1 when invalid (every reason printed), 2 when it cannot be read as a pack;
- ``rules --diff FILE``: what FILE adds, removes and changes compared with the pack in use;
- ``rules export OUT``: write the built-in pack as one bundle file, to start a newer pack from.

Headless: never imports Qt.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mpreg_desktop.domain.rules.model import Rules, RulesError
from mpreg_desktop.domain.rules.pack import (
    build_rules,
    builtin_parts,
    bundle_bytes,
    parts_from_bundle,
    parts_from_folder,
)
from mpreg_desktop.os_errors import os_reason
from mpreg_desktop.storage.rules_store import RulesChoice

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2

_ORIGIN = {
    "zh": {"builtin": "内置", "imported": "已导入", "file": "本次指定"},
    "en": {"builtin": "built-in", "imported": "imported", "file": "given for this run"},
}


def _lang(language: str) -> str:
    return "zh" if language.startswith("zh") else "en"


def _fail(message: str) -> None:
    print(f"mpreg-desktop: {message}", file=sys.stderr)


def _read(path: Path, language: str) -> tuple[Rules | None, int]:
    """The pack in ``path`` and EXIT_OK, or None and the exit code (reasons printed)."""
    try:
        if path.is_dir():
            parts = parts_from_folder(path)
        else:
            parts = parts_from_bundle(path.read_bytes(), str(path))
    except OSError as exc:
        _fail(f"{path}: {os_reason(exc, language)}")
        return None, EXIT_UNREADABLE
    except RulesError as error:
        _fail(str(error))
        return None, EXIT_UNREADABLE
    try:
        return build_rules(parts, str(path)), EXIT_OK
    except RulesError as error:
        _fail(f"{path} is not a valid rules pack:")
        for reason in error.reasons:
            print(f"  - {reason}", file=sys.stderr)
        return None, EXIT_INVALID


def _describe(rules: Rules, origin: str, path: Path | None, language: str) -> str:
    lang = _lang(language)
    where = f" ({path})" if path else ""
    if lang == "zh":
        return f"规则包 {rules.edition} 版，{_ORIGIN[lang][origin]}{where}"
    return f"Rules pack edition {rules.edition}, {_ORIGIN[lang][origin]}{where}"


def run(
    action: str | None,
    file: Path | None,
    *,
    choice: RulesChoice,
    diff: Path | None,
    as_json: bool,
    language: str,
) -> int:
    if diff is not None:
        return _diff(choice.rules, diff, as_json=as_json, language=language)
    if action == "export":
        if file is None:
            _fail("rules export needs the file to write")
            return EXIT_UNREADABLE
        file.write_bytes(bundle_bytes(builtin_parts()))
        return EXIT_OK
    if action == "check":
        rules, code = _read(file, language) if file is not None else (choice.rules, EXIT_OK)
        if rules is not None:
            origin = "file" if file is not None else choice.origin
            print(_describe(rules, origin, file or choice.path, language) + ": OK")
        return code
    if as_json:
        record = {
            "edition": choice.rules.edition.isoformat(),
            "origin": choice.origin,
            "path": str(choice.path) if choice.path else None,
            "unused_import": choice.unused or None,
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(_describe(choice.rules, choice.origin, choice.path, language))
        if choice.unused:
            print(f"(imported pack not used: {choice.unused})")
    return EXIT_OK


def _diff(in_use: Rules, file: Path, *, as_json: bool, language: str) -> int:
    from mpreg_desktop.domain.rules.diff import diff_packs, summary_lines

    rules, code = _read(file, language)
    if rules is None:
        return code
    result = diff_packs(in_use, rules)
    if as_json:
        changes = [
            {
                "kind": c.kind,
                "where": c.where,
                "id": c.key,
                "label": c.label or None,
                "fields": [{"field": name, "old": old, "new": new} for name, old, new in c.fields],
            }
            for c in result.changes
        ]
        record = {"old_edition": result.old_edition, "new_edition": result.new_edition}
        print(json.dumps({**record, "changes": changes}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary_lines(result, language)))
    return EXIT_OK
