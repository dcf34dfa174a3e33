"""New cases from a sheet of clients (``.xlsx`` or ``.csv`` in UTF-8 or GBK), one row per case.

Three steps, each usable headless and from the window: :func:`read_sheet` reads the cells
(refusing what it cannot read with a clear code), :func:`guess_mapping` matches the headers to
case fields (Chinese headers such as 主体名称, 统一社会信用代码, 法定代表人, 管理员, 手机号), and
:func:`preview` builds each row's case through ``set_path`` — the same validation as reading a
file — and runs the same checks as the app. :func:`create_cases` writes the rows chosen, each as
a new file in the library: never over an existing one.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mpreg_desktop.domain.case import Case, SubjectType, new_case
from mpreg_desktop.domain.checks.case_checks import Problem, check_case
from mpreg_desktop.domain.field_paths import set_path
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.storage.cases.casefile import case_to_bytes
from mpreg_desktop.storage.library.files import LibraryError, file_stem_for, free_path, write_new

MAX_ROWS = 10_000
MAX_COLUMNS = 60
MAX_BYTES = 50 * 1024 * 1024

# Field path → header words that name it (compared without spaces, case-insensitively).
TARGETS: dict[str, tuple[str, ...]] = {
    "name": ("案例名称", "案例", "项目名称", "casename"),
    "subject.name": ("主体名称", "企业名称", "公司名称", "单位名称", "客户名称", "名称", "subject"),
    "subject.code": ("统一社会信用代码", "社会信用代码", "信用代码", "注册号", "uscc", "code"),
    "subject.type": ("主体类型", "类型", "subjecttype"),
    "subject.legal_rep.name": ("法定代表人", "法人", "法人代表", "经营者", "法定代表人姓名"),
    "subject.legal_rep.id_number": ("法定代表人身份证号", "法人身份证号", "法人身份证"),
    "account.admin.name": ("管理员", "管理员姓名", "联系人", "admin"),
    "account.admin.phone": (
        "管理员手机号",
        "手机号",
        "手机号码",
        "手机",
        "联系电话",
        "电话",
        "phone",
    ),
    "account.admin.id_number": ("管理员身份证号", "身份证号", "身份证号码", "证件号码"),
    "account.email": ("注册邮箱", "邮箱", "电子邮箱", "email", "e-mail"),
    "mini_program.name": ("小程序名称", "小程序", "miniprogram"),
}
_TYPE_WORDS = {
    "个人": SubjectType.PERSONAL,
    "个体工商户": SubjectType.INDIVIDUAL_BUSINESS,
    "个体户": SubjectType.INDIVIDUAL_BUSINESS,
    "企业": SubjectType.ENTERPRISE,
    "公司": SubjectType.ENTERPRISE,
    "媒体": SubjectType.MEDIA,
    "政府": SubjectType.GOVERNMENT,
    "其他组织": SubjectType.OTHER_ORG,
}


class SheetError(Exception):
    """A sheet that cannot be read. Codes: ``missing``, ``not_a_file``, ``too_large``,
    ``unknown_format``, ``unreadable`` (``detail`` says why), ``empty``, ``too_many_rows``,
    ``too_many_columns``, ``merged`` (``detail``: the merged ranges — unmerge them first)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass
class Sheet:
    headers: list[str]
    rows: list[list[str]]  # every row as text, as long as the header row
    row_numbers: list[int]  # the sheet's own row number of each row (for messages)
    skipped_empty: int = 0
    formulas_without_value: list[str] = field(default_factory=list)  # cells, e.g. "C7"


@dataclass
class RowPreview:
    number: int  # the sheet's row number
    case: Case | None
    problems: list[Problem] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (field path, value): invalid

    @property
    def errors(self) -> int:
        return len(self.refused) + sum(1 for p in self.problems if p.severity == "error")

    @property
    def importable(self) -> bool:
        return self.case is not None and not self.refused


def _text(value: Any) -> str:
    """A cell as text: whole numbers without ".0" (phones typed as numbers), dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _check_file(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SheetError("missing") from None
    except OSError as exc:
        raise SheetError("unreadable", exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise SheetError("not_a_file")
    if info.st_size > MAX_BYTES:
        raise SheetError("too_large", str(info.st_size))


def _xlsx_rows(path: Path, formulas: list[str]) -> list[list[Any]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        # Cached values, not formulas: a sheet saved by Excel or WPS has them.
        book = load_workbook(path, data_only=True)
        sheet = book.worksheets[0]
        merged = [str(r) for r in sheet.merged_cells.ranges]
        if merged:
            raise SheetError("merged", "、".join(merged[:5]))
        if sheet.max_row > MAX_ROWS + 1:
            raise SheetError("too_many_rows", str(sheet.max_row - 1))
        if sheet.max_column > MAX_COLUMNS:
            raise SheetError("too_many_columns", str(sheet.max_column))
        formula_book = load_workbook(path, read_only=True)
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        for r, row in enumerate(formula_book.worksheets[0].iter_rows(), start=1):
            for cell in row:
                text = getattr(cell, "value", None)
                if (
                    isinstance(text, str)
                    and text.startswith("=")
                    and rows[r - 1][cell.column - 1] in (None, "")
                ):
                    formulas.append(f"{cell.column_letter}{r}")
        formula_book.close()
        return rows
    except SheetError:
        raise
    except OSError as exc:  # the system refused (Excel or a sync client holds it): say why
        raise SheetError("unreadable", exc.strerror or str(exc)) from exc
    # RuntimeError and NotImplementedError: zipfile on an entry packed with a method this Python
    # lacks (the Windows build leaves out lzma and bz2; no spreadsheet program writes them).
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        RuntimeError,
        NotImplementedError,
    ) as exc:
        raise SheetError("unreadable", type(exc).__name__) from None


def _csv_rows(path: Path) -> list[list[Any]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError("unreadable", exc.strerror or str(exc)) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # gb18030 decodes nearly anything; kept for clarity
        raise SheetError("unreadable", "encoding")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as exc:
        raise SheetError("unreadable", str(exc)) from None
    if len(rows) > MAX_ROWS + 1:
        raise SheetError("too_many_rows", str(len(rows) - 1))
    if rows and max(len(r) for r in rows) > MAX_COLUMNS:
        raise SheetError("too_many_columns", str(max(len(r) for r in rows)))
    return rows


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an .xlsx, or a .csv: a header row, then one row per case."""
    path = Path(path)
    _check_file(path)
    formulas: list[str] = []
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw = _xlsx_rows(path, formulas)
    elif suffix in (".csv", ".txt"):
        raw = _csv_rows(path)
    else:
        raise SheetError("unknown_format", suffix)
    texts = [[_text(v) for v in row] for row in raw]
    header_at = next((i for i, row in enumerate(texts) if any(row)), None)
    if header_at is None:
        raise SheetError("empty")
    headers = texts[header_at]
    width = max(len(headers), max(len(r) for r in texts))
    headers = headers + [""] * (width - len(headers))
    sheet = Sheet(headers, [], [], formulas_without_value=formulas)
    for number, row in enumerate(texts[header_at + 1 :], start=header_at + 2):
        if not any(row):
            sheet.skipped_empty += 1
            continue
        sheet.rows.append(row + [""] * (width - len(row)))
        sheet.row_numbers.append(number)
    if not sheet.rows:
        raise SheetError("empty")
    return sheet


def _key(text: str) -> str:
    return re.sub(r"[\s_:：*（）()]", "", text).casefold()


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field path, from the header words; each field at most once.

    An exact header word wins over one that merely contains it (手机号 → the admin's phone even
    when 法定代表人 comes first in the list of words).
    """
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for exact in (True, False):
        for index, header in enumerate(headers):
            if index in mapping or not header.strip():
                continue
            key = _key(header)
            for target, names in TARGETS.items():
                if target in used:
                    continue
                hit = any(
                    key == _key(n) if exact else (len(_key(n)) >= 2 and _key(n) in key)
                    for n in names
                )
                if hit:
                    mapping[index] = target
                    used.add(target)
                    break
    return mapping


def _value_for(path: str, text: str) -> Any:
    if path == "subject.type":
        return _TYPE_WORDS.get(text.strip(), text.strip())
    if path.endswith(("phone", "id_number", "code")):
        return re.sub(r"[\s-]", "", text).upper() if path.endswith("id_number") else text.strip()
    return text


def preview(sheet: Sheet, mapping: dict[int, str], rules: Rules, today: date) -> list[RowPreview]:
    """Each row as the case it would create, with its problems; invalid values are refused."""
    results = []
    for number, row in zip(sheet.row_numbers, sheet.rows, strict=True):
        case = new_case()
        result = RowPreview(number, case)
        for index, path in mapping.items():
            text = row[index] if index < len(row) else ""
            if not text:
                continue
            try:
                set_path(case, path, _value_for(path, text))
            except Exception:  # the model's validation error: the value cannot be stored
                result.refused.append((path, text[:80]))
        if not case.name:
            case.name = " ".join(p for p in (case.subject.name, case.mini_program.name) if p)[:200]
        result.problems = check_case(case, rules, today=today)
        results.append(result)
    return results


def create_cases(rows: Sequence[RowPreview], library: Path) -> list[Path]:
    """Write each importable row as a new case file in ``library``; never overwrites."""
    library.mkdir(parents=True, exist_ok=True)
    written = []
    for row in rows:
        if not row.importable or row.case is None:
            continue
        try:
            stem = file_stem_for(row.case.name or f"row {row.number}")
        except LibraryError:
            stem = f"row {row.number}"
        # Each file is a case of its own: a new id, even if the same preview is written twice.
        row.case.id = uuid.uuid4()
        for _attempt in range(3):  # a file created meanwhile takes the name: try the next one
            target = free_path(library, stem)
            try:
                write_new(target, case_to_bytes(row.case))
                break
            except LibraryError as error:
                if error.code != "exists":
                    raise
        written.append(target)
    return written
