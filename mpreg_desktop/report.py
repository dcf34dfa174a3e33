"""Headless reports for `check` and `checklist`: text for people, JSON for scripts.

Personal numbers are never printed: problems name the field, not its value.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from mpreg_desktop.domain.checklist import ChecklistItem, build_checklist
from mpreg_desktop.domain.checks import Problem, check_case
from mpreg_desktop.domain.messages import catalog, field_label, problem_text
from mpreg_desktop.domain.rules import Rules, load_rules
from mpreg_desktop.storage.casefile import CaseFileError, read_case

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _word(section: str, key: str, lang: str) -> str:
    return catalog()[section][key]["zh" if lang.startswith("zh") else "en"]


def problem_record(problem: Problem, rules: Rules, lang: str) -> dict[str, Any]:
    return {
        "code": problem.code,
        "severity": problem.severity,
        "path": problem.path,
        "step": problem.step.value,
        "params": {k: v for k, v in problem.params.items() if ":" not in k},
        "uncertain": problem.uncertain,
        "message": problem_text(problem, rules, lang),
    }


def checklist_record(item: ChecklistItem, lang: str) -> dict[str, Any]:
    pick = "zh" if lang.startswith("zh") else "en"
    return {
        "id": item.id,
        "kind": item.kind,
        "step": item.step.value,
        "label": getattr(item.label, pick),
        "why": getattr(item.why, pick),
        "state": item.state.value if item.state else None,
        "done": item.done,
        "notes": item.notes,
        "source": list(item.source),
        "uncertain": item.uncertain,
        "because_of": list(item.because_of),
    }


def _print_problems(path: Path, problems: list[Problem], rules: Rules, lang: str) -> None:
    counts = {s: sum(1 for p in problems if p.severity == s) for s in ("error", "warning", "info")}
    if lang.startswith("zh"):
        print(
            f"{path}: {counts['error']} 个错误，{counts['warning']} 个警告，{counts['info']} 个提示"
        )
    else:
        print(
            f"{path}: {counts['error']} errors, {counts['warning']} warnings, {counts['info']} info"
        )
    for p in problems:
        severity = _word("severities", p.severity, lang)
        print(f"  [{severity}] {field_label(p.path, lang)}: {problem_text(p, rules, lang)}")


def _print_checklist(items: list[ChecklistItem], lang: str) -> None:
    pick = "zh" if lang.startswith("zh") else "en"
    current = None
    for item in items:
        if item.step != current:
            current = item.step
            print(f"\n{_word('steps', item.step.value, lang)}")
        box = "[x]" if item.done else "[ ]"
        state = f" ({_word('states', item.state.value, lang)})" if item.state else ""
        print(f"  {box} {getattr(item.label, pick)}{state}")


def run(command: str, file: Path, *, as_json: bool, language: str) -> int:
    try:
        case = read_case(file)
    except CaseFileError as error:
        if as_json:
            record = {"code": error.code, "where": error.where, "detail": error.detail}
            print(json.dumps({"file": str(file), "error": record}, ensure_ascii=False, indent=2))
        else:
            print(f"mpreg-desktop: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    rules = load_rules()
    if command == "check":
        problems = check_case(case, rules)
        if as_json:
            document = {
                "file": str(file),
                "rules_edition": rules.edition.isoformat(),
                "problems": [problem_record(p, rules, language) for p in problems],
            }
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            _print_problems(file, problems, rules, language)
        return EXIT_ERRORS if any(p.severity == "error" for p in problems) else EXIT_OK
    items = build_checklist(case, rules)
    if as_json:
        document = {
            "file": str(file),
            "rules_edition": rules.edition.isoformat(),
            "items": [checklist_record(i, language) for i in items],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print_checklist(items, language)
    return EXIT_OK
