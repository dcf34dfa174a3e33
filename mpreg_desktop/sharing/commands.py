"""``mpreg-desktop library export OUT.xlsx`` and ``library import SHEET``: headless, no Qt.

Exit codes as ``check``: 0 done, 1 rows with errors (import), 2 nothing could be done (the sheet
cannot be read, the output cannot be written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from mpreg_desktop.os_errors import cause_reason, os_cause, os_reason

if TYPE_CHECKING:
    from mpreg_desktop.sharing.sheet_import import SheetError

EXIT_OK, EXIT_ERRORS, EXIT_FAILED = 0, 1, 2

_WORDS = {
    "exported": (
        "已导出 {cases} 个案例、{deadlines} 个期限到 {path}",
        "Exported {cases} cases and {deadlines} deadlines to {path}",
    ),
    "broken": ("（{n} 个文件无法读取，已列出）", " ({n} files cannot be read; listed)"),
    "not_xlsx": ("输出文件须为 .xlsx：{path}", "The output must be an .xlsx file: {path}"),
    "no_library": ("案例库文件夹不存在：{path}", "The library folder does not exist: {path}"),
    "write_failed": ("无法写入 {path}：{why}", "Cannot write {path}: {why}"),
    "read_failed": ("无法读取表格 {path}：{why}", "Cannot read the sheet {path}: {why}"),
    "mapping": ("列对应：{pairs}", "Columns: {pairs}"),
    "no_mapping": (
        "没有认出任何列：表头应含 主体名称、统一社会信用代码、法定代表人、管理员、手机号 等",
        "No column recognised: headers such as 主体名称, 统一社会信用代码, 管理员, 手机号 expected",
    ),
    "row_ok": ("第 {n} 行  {name}：可导入", "Row {n}  {name}: ready"),
    "row_problems": ("第 {n} 行  {name}：{errors} 个错误", "Row {n}  {name}: errors: {errors}"),
    "row_refused": (
        "第 {n} 行  {name}：无法导入（{fields} 的值无效）",
        "Row {n}  {name}: cannot be imported (invalid {fields})",
    ),
    "skipped": ("跳过 {n} 个空行", "Skipped {n} empty rows"),
    "formulas": (
        "公式没有计算结果（请在 Excel/WPS 中打开并保存后再导入）：{cells}",
        "Formulas without a value (open and save the sheet in Excel/WPS first): {cells}",
    ),
    "created": ("已在 {path} 创建 {n} 个案例", "Created {n} cases in {path}"),
    "dry_run": ("试运行：未创建任何案例", "Dry run: no case created"),
}
_SHEET_ERRORS = {
    "missing": ("文件不存在", "the file does not exist"),
    "not_a_file": ("不是文件", "not a file"),
    "too_large": ("文件过大", "the file is too large"),
    "unknown_format": ("只支持 .xlsx 和 .csv", "only .xlsx and .csv are supported"),
    "unreadable": ("文件已损坏或不是表格", "damaged, or not a sheet"),
    "empty": ("没有数据行", "no data rows"),
    "too_many_rows": ("超过 10000 行，请拆分表格", "over 10,000 rows: split the sheet"),
    "too_many_columns": ("列数过多", "too many columns"),
    "merged": (
        "含合并单元格，请先取消合并：{detail}",
        "merged cells, unmerge them first: {detail}",
    ),
}


def say(key: str, language: str, **params: object) -> str:
    zh, en = _WORDS[key]
    return (zh if language.startswith("zh") else en).format(**params)


def sheet_error_text(error: SheetError, language: str) -> str:
    """Why a sheet cannot be read; the system's reason when the system refused it."""
    cause = os_cause(error)
    if cause is not None:
        return os_reason(cause, language)
    zh, en = _SHEET_ERRORS.get(error.code, (error.code, error.code))
    return (zh if language.startswith("zh") else en).format(detail=error.detail)


def add_parser(sub: argparse._SubParsersAction, common) -> None:
    library = sub.add_parser("library", help="export the case library to a sheet, or import one")
    actions = library.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write the library as an .xlsx sheet")
    export.add_argument("out", type=Path, metavar="OUT.xlsx")
    export.add_argument("--unmasked", action="store_true", help="phone numbers in full")
    imp = actions.add_parser("import", help="create cases from an .xlsx or .csv sheet")
    imp.add_argument("sheet", type=Path, metavar="SHEET")
    imp.add_argument("--dry-run", action="store_true", help="check the rows, create nothing")
    for parser in (export, imp):
        parser.add_argument("--folder", type=Path, metavar="DIR", help="the library folder")
        common(parser)


def _context():
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.storage.calendar_overrides import load_calendar
    from mpreg_desktop.storage.library.index import library_dir_from_settings

    paths = app_paths()
    return paths, load_rules(), load_calendar(paths.config_dir).calendar, library_dir_from_settings


def run(args: argparse.Namespace, language: str) -> int:
    from mpreg_desktop.domain.clock import SYSTEM_CLOCK

    paths, rules, calendar, library_dir = _context()
    folder = Path(args.folder) if args.folder else library_dir()
    now = SYSTEM_CLOCK.now()
    if args.action == "export":
        return _export(args, folder, paths, rules, calendar, now, language)
    return _import(args, folder, rules, now, language)


def _export(args, folder, paths, rules, calendar, now, language) -> int:
    from mpreg_desktop.sharing.sheet_export import export_library
    from mpreg_desktop.storage.library.index import LibraryIndex

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx" or out.is_dir():
        print(say("not_xlsx", language, path=out))
        return EXIT_FAILED
    if not folder.is_dir():
        print(say("no_library", language, path=folder))
        return EXIT_FAILED
    summaries = [s for s in LibraryIndex(paths.state_dir, rules, calendar).scan(folder)]
    try:
        report = export_library(
            summaries, out, rules, calendar, now, language=language, unmasked=args.unmasked
        )
    except OSError as exc:
        print(say("write_failed", language, path=out, why=os_reason(exc, language)))
        return EXIT_FAILED
    text = say("exported", language, cases=report.cases, deadlines=report.deadlines, path=out)
    if report.broken:
        text += say("broken", language, n=report.broken)
    print(text)
    return EXIT_OK


def _import(args, folder, rules, now, language) -> int:
    from mpreg_desktop.sharing.sheet_import import (
        SheetError,
        create_cases,
        guess_mapping,
        preview,
        read_sheet,
    )
    from mpreg_desktop.sharing.words import target_label as field_label

    try:
        sheet = read_sheet(args.sheet)
    except SheetError as error:
        why = sheet_error_text(error, language)
        print(say("read_failed", language, path=args.sheet, why=why))
        return EXIT_FAILED
    mapping = guess_mapping(sheet.headers)
    if not mapping:
        print(say("no_mapping", language))
        return EXIT_FAILED
    pairs = ("，" if language.startswith("zh") else ", ").join(
        f"{sheet.headers[i]} → {field_label(p, language)}" for i, p in sorted(mapping.items())
    )
    print(say("mapping", language, pairs=pairs))
    if sheet.skipped_empty:
        print(say("skipped", language, n=sheet.skipped_empty))
    if sheet.formulas_without_value:
        print(say("formulas", language, cells="、".join(sheet.formulas_without_value[:20])))
    rows = preview(sheet, mapping, rules, now.date())
    for row in rows:
        name = row.case.name if row.case else ""
        if row.refused:
            fields = "、".join(field_label(p, language) for p, _v in row.refused)
            print(say("row_refused", language, n=row.number, name=name, fields=fields))
        elif row.errors:
            print(say("row_problems", language, n=row.number, name=name, errors=row.errors))
        else:
            print(say("row_ok", language, n=row.number, name=name))
    if args.dry_run:
        print(say("dry_run", language))
    else:
        try:
            written = create_cases(rows, folder)
        except Exception as exc:  # LibraryError or OSError: nothing more can be created
            why = os_reason(exc, language) if isinstance(exc, OSError) else str(exc)
            print(say("write_failed", language, path=folder, why=cause_reason(exc, why, language)))
            return EXIT_FAILED
        print(say("created", language, n=len(written), path=folder))
    return EXIT_ERRORS if any(row.errors for row in rows) else EXIT_OK
