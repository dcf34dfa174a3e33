"""Headless reports for `check` and `checklist`: text for people, JSON for scripts.

Personal numbers are never printed: problems name the field, not its value.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mpreg_desktop.domain.checks.case_checks import Problem, check_case
from mpreg_desktop.domain.flow.checklist import ChecklistItem, build_checklist
from mpreg_desktop.domain.messages import catalog, field_label, problem_text
from mpreg_desktop.domain.rules.model import Rules, load_rules
from mpreg_desktop.os_errors import os_reason
from mpreg_desktop.storage.cases.casefile import CaseFileError, read_case
from mpreg_desktop.storage.jsontext import json_text

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


def checklist_record(item: ChecklistItem, lang: str, rules: Rules) -> dict[str, Any]:
    pick = "zh" if lang.startswith("zh") else "en"
    return {
        "id": item.id,
        "kind": item.kind,
        "step": item.step.value,
        "label": getattr(item.label, pick),
        "why": getattr(item.why, pick),
        "state": item.state.value if item.state else None,
        "done": item.done,
        # Errors that make a material unusable whatever its state (why it is not done).
        "unusable": [problem_record(p, rules, lang) for p in item.unusable],
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
        errors, warnings = counts["error"], counts["warning"]
        print(
            f"{path}: {errors} error{'' if errors == 1 else 's'}, "
            f"{warnings} warning{'' if warnings == 1 else 's'}, {counts['info']} info"
        )
    for p in problems:
        severity = _word("severities", p.severity, lang)
        print(f"  [{severity}] {field_label(p.path, lang)}: {problem_text(p, rules, lang)}")


def _print_checklist(items: list[ChecklistItem], lang: str, rules: Rules) -> None:
    pick = "zh" if lang.startswith("zh") else "en"
    current = None
    for item in items:
        if item.step != current:
            current = item.step
            print(f"\n{_word('steps', item.step.value, lang)}")
        box = "[x]" if item.done else "[ ]"
        state = f" ({_word('states', item.state.value, lang)})" if item.state else ""
        if item.unusable:
            zh = lang.startswith("zh")
            why = ("；" if zh else "; ").join(problem_text(p, rules, lang) for p in item.unusable)
            state = f" ({_word('states', 'unusable', lang)}{'：' if zh else ': '}{why})"
        print(f"  {box} {getattr(item.label, pick)}{state}")


def _timeline(file: Path, case, rules: Rules, *, as_json: bool, language: str, ics, now) -> int:
    from mpreg_desktop.domain.clock import SYSTEM_CLOCK
    from mpreg_desktop.domain.flow.timeline import build_timeline
    from mpreg_desktop.domain.messages import timeline_text, timeline_word
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.storage.calendar_overrides import load_calendar

    loaded = load_calendar(app_paths().config_dir)
    if loaded.error:
        print(f"mpreg-desktop: holiday override ignored: {loaded.error}", file=sys.stderr)
    now = now or SYSTEM_CLOCK.now()
    items = build_timeline(case, rules, loaded.calendar, now)
    if ics is not None:
        from mpreg_desktop.calendar_export import timeline_to_ics
        from mpreg_desktop.storage.outputs import write_output

        data = timeline_to_ics(case, items, language, now)
        refused = _write_refused(lambda: write_output(ics, data, (file,)), ics, language)
        if refused:
            return refused
    if as_json:
        records = [
            {
                "id": i.id,
                "kind": i.kind,
                "step": i.step.value,
                "code": i.code,
                "text": timeline_text(i, language),
                "at": i.at.isoformat(),
                "until": i.until.isoformat() if i.until else None,
                "unit": i.unit,
                "estimate": i.estimate,
                "state": i.state,
                "uncertain": i.uncertain,
                "source": list(i.source),
            }
            for i in items
        ]
        document = {"file": str(file), "now": now.isoformat(), "items": records}
        print(json_text(document, indent=2))
    elif ics is None:
        for i in items:
            when = i.at.strftime("%Y-%m-%d %H:%M")
            if i.until:
                when += " – " + i.until.strftime("%Y-%m-%d")
            flags = timeline_word(i.state, language)
            if i.estimate:
                flags += ", " + timeline_word("estimate", language)
            print(f"{when}  [{flags}] {timeline_text(i, language)}")
    return EXIT_OK


EXIT_NO_FONT = 3


def _pdf(file: Path, case, rules: Rules, *, language: str, pdf: Path, sheet: str, unmasked: bool):
    """Print a sheet to PDF without a window (Qt offscreen, unless told otherwise or on Windows)."""
    import os

    # Not on Windows: there Qt's offscreen platform finds fonts only in Qt's own folder (none
    # for Chinese, so nothing could be printed); the usual platform needs no display and opens
    # no window either.
    if sys.platform != "win32":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from mpreg_desktop.domain.clock import SYSTEM_CLOCK
    from mpreg_desktop.domain.flow.timeline import build_timeline
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.printing import export_pdf, sheet_html
    from mpreg_desktop.printing.document import NoChineseFontError
    from mpreg_desktop.storage.calendar_overrides import load_calendar

    _app = QGuiApplication.instance() or QGuiApplication(["mpreg-desktop"])
    now = SYSTEM_CLOCK.now()
    timeline = build_timeline(case, rules, load_calendar(app_paths().config_dir).calendar, now)
    html = sheet_html(
        sheet, case, rules, timeline, language=language, printed=now, unmasked=unmasked
    )
    pages = 0

    def write() -> None:
        nonlocal pages
        pages = export_pdf(html, pdf, case, language, (file,))

    try:
        refused = _write_refused(write, pdf, language)
    except NoChineseFontError as exc:
        print(f"mpreg-desktop: cannot print: {exc}", file=sys.stderr)
        return EXIT_NO_FONT
    if refused:
        return refused
    print(f"{pdf}: {pages} pages")
    return EXIT_OK


OUTPUT_REFUSED = {
    "empty": ("no output file was named", "没有给出输出文件名"),
    "is_input": (
        "the output would replace the case file itself; name another file",
        "输出文件就是案例文件本身，会把它覆盖；请换一个文件名",
    ),
    "folder": ("this is a folder; name a file in it", "这是一个文件夹；请给出其中的文件名"),
    "not_regular": (
        "this is not a regular file (a device or a pipe); name another file",
        "这不是普通文件（设备或管道）；请换一个文件名",
    ),
    "no_folder": ("its folder does not exist", "所在的文件夹不存在"),
}


def _write_refused(write, target, language: str) -> int:
    """Run ``write``; EXIT_OK, or EXIT_UNREADABLE after saying (in the user's language) why the
    output was refused or could not be written. Nothing is written on refusal."""
    from mpreg_desktop.storage.outputs import OutputError

    zh = language.startswith("zh")
    try:
        write()
    except OutputError as error:
        reason = OUTPUT_REFUSED[error.code][1 if zh else 0]
    except OSError as exc:
        detail = os_reason(exc, language)
        reason = f"写入失败（{detail}），原有文件未改动" if zh else f"{detail}; nothing was changed"
    else:
        return EXIT_OK
    label = "无法写入" if zh else "cannot write"
    print(f"mpreg-desktop: {label} “{target}”: {reason}", file=sys.stderr)
    return EXIT_UNREADABLE


def run(
    command: str,
    file: Path,
    *,
    as_json: bool,
    language: str,
    ics=None,
    now=None,
    pdf: Path | None = None,
    sheet: str = "checklist",
    unmasked: bool = False,
) -> int:
    try:
        case = read_case(file)
    except CaseFileError as error:
        if as_json:
            record = {"code": error.code, "where": error.where, "detail": error.detail}
            print(json_text({"file": str(file), "error": record}, indent=2))
        else:
            from mpreg_desktop.storage.cases.error_text import reason_text, where_text

            where = where_text(error, language)
            print(f"mpreg-desktop: {file}: {reason_text(error, language)}", file=sys.stderr)
            if where:
                print(f"  {where}", file=sys.stderr)
        return EXIT_UNREADABLE
    rules = load_rules()
    if command == "timeline":
        return _timeline(file, case, rules, as_json=as_json, language=language, ics=ics, now=now)
    if command == "checklist" and pdf is not None:
        return _pdf(file, case, rules, language=language, pdf=pdf, sheet=sheet, unmasked=unmasked)
    if command == "check":
        from mpreg_desktop.paths import app_paths
        from mpreg_desktop.storage.library.index import others_in_library
        from mpreg_desktop.storage.scan_readings import load_readings

        # The library's other cases, so that the cross-case limits can name them; what the app
        # read from the scans, so that the fields are cross-checked with them.
        readings = load_readings(app_paths().state_dir)
        others = others_in_library(file, case.id, rules)
        problems = check_case(case, rules, others=others, readings=readings)
        if as_json:
            document = {
                "file": str(file),
                "rules_edition": rules.edition.isoformat(),
                "problems": [problem_record(p, rules, language) for p in problems],
            }
            print(json_text(document, indent=2))
        else:
            _print_problems(file, problems, rules, language)
        return EXIT_ERRORS if any(p.severity == "error" for p in problems) else EXIT_OK
    items = build_checklist(case, rules)
    if as_json:
        document = {
            "file": str(file),
            "rules_edition": rules.edition.isoformat(),
            "items": [checklist_record(i, language, rules) for i in items],
        }
        print(json_text(document, indent=2))
    else:
        _print_checklist(items, language, rules)
    return EXIT_OK
