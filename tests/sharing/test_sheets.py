"""The library to and from a sheet: export round trip, import preview, bad sheets."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from mpreg_desktop.domain.case import SHANGHAI, SubjectType, new_case
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.sharing.sheet_export import export_library
from mpreg_desktop.sharing.sheet_import import (
    MAX_ROWS,
    SheetError,
    create_cases,
    guess_mapping,
    preview,
    read_sheet,
)
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.library.summary import summarise_file

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=SHANGHAI)
RULES = load_rules()
CAL = WorkdayCalendar()
USCC = "91350100M000100Y43"  # valid check character (reference H.1 test vector)


def _library(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        case = new_case(f"客户{n}")
        case.subject.name = f"某某{n}有限公司"
        case.subject.type = SubjectType.ENTERPRISE
        case.subject.code = USCC
        case.account.admin.phone = "13800138000"
        case.account.registered_on = date(2026, 11, 20 + n)
        path = folder / f"客户{n}.mpreg"
        write_case(path, case, now=NOW)
        paths.append(path)
    (folder / "坏的.mpreg").write_text("{broken", encoding="utf-8")
    return [*paths, folder / "坏的.mpreg"]


def _export(tmp_path: Path, **options):
    summaries = [summarise_file(p, RULES, CAL) for p in _library(tmp_path / "lib")]
    out = tmp_path / "库.xlsx"
    report = export_library(summaries, out, RULES, CAL, NOW, language="zh_CN", **options)
    return report, load_workbook(out)


def test_export_round_trip(tmp_path: Path) -> None:
    report, book = _export(tmp_path)
    assert (report.cases, report.broken) == (4, 1)
    cases, deadlines = book.worksheets
    assert (cases.title, deadlines.title) == ("案例", "全部期限")
    header = [c.value for c in cases[1]]
    assert header[:3] == ["案例名称", "主体名称", "主体类型"]
    assert cases.freeze_panes == "A2"
    rows = {r[0]: r for r in cases.iter_rows(min_row=2, values_only=True)}
    row = rows["客户1"]
    assert row[1] == "某某1有限公司" and row[2] == "企业" and row[3] == USCC
    assert row[5] == "1380***8000"  # masked by default
    assert isinstance(row[14], datetime)  # last modified as a real date
    assert rows["坏的"][1] == "无法读取"
    dues = [r[0] for r in deadlines.iter_rows(min_row=2, values_only=True)]
    assert dues and all(isinstance(d, datetime) for d in dues)
    assert dues == sorted(dues)
    assert report.deadlines == len(dues)


def test_a_second_reader_sees_the_same_sheet(tmp_path: Path) -> None:
    """Read back with calamine (the Rust reader WPS-like tools use), not only with openpyxl."""
    from python_calamine import CalamineWorkbook

    _report, book = _export(tmp_path)
    other = CalamineWorkbook.from_path(str(tmp_path / "库.xlsx"))
    assert other.sheet_names == ["案例", "全部期限"]
    for index, name in enumerate(other.sheet_names):
        theirs = other.get_sheet_by_name(name).to_python(skip_empty_area=False)
        ours = [list(r) for r in book.worksheets[index].iter_rows(values_only=True)]
        assert len(theirs) == len(ours)
        for their_row, our_row in zip(theirs, ours, strict=True):
            assert [_same(a) for a in their_row] == [_same(b) for b in our_row][: len(their_row)]


def _same(value):
    """A cell as both readers should agree on it (calamine gives "" for empty, dates as dates)."""
    if value in ("", None):
        return None
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float):
        return round(float(value), 6)
    return value


def test_export_unmasked_on_request(tmp_path: Path) -> None:
    _report, book = _export(tmp_path, unmasked=True)
    phones = {r[5] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True) if r[5]}
    assert phones == {"13800138000"}


def _client_sheet(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["序号", "主体名称", "统一社会信用代码", "法定代表人", "管理员", "手机号", "主体类型"]
    )
    for row in rows:
        sheet.append([*row, "企业" if any(row) else None])
    book.save(path)
    return path


def _thirty_rows() -> list[list]:
    rows = []
    for n in range(30):
        if n % 5 == 0:
            rows.append(
                [n, f"错码{n}有限公司", "91350100M000100Y44", "张三", "李四", "13800138000"]
            )
        elif n % 7 == 0:
            rows.append([n, "名" * 300, USCC, "张三", "李四", 13800138000])  # too long: refused
        elif n % 11 == 0:
            rows.append([None] * 6)  # an empty row
        else:
            rows.append([n, f"客户{n}有限公司", USCC, "张三", "李四", 13800138000])
    return rows


def test_import_preview_marks_problems_row_by_row(tmp_path: Path) -> None:
    sheet = read_sheet(_client_sheet(tmp_path / "clients.xlsx", _thirty_rows()))
    assert sheet.skipped_empty == 2  # rows 11 and 22
    mapping = guess_mapping(sheet.headers)
    assert mapping == {
        1: "subject.name",
        2: "subject.code",
        3: "subject.legal_rep.name",
        4: "account.admin.name",
        5: "account.admin.phone",
        6: "subject.type",
    }
    rows = preview(sheet, mapping, RULES, NOW.date())
    assert len(rows) == 28
    by_number = {r.number: r for r in rows}
    bad_code = by_number[2]  # sheet row 2 holds n=0
    assert any(p.path == "subject.code" and p.severity == "error" for p in bad_code.problems)
    too_long = by_number[9]  # n=7
    assert not too_long.importable and too_long.refused[0][0] == "subject.name"
    good = by_number[3]
    assert good.importable and good.case.account.admin.phone == "13800138000"  # not 1.38e10
    assert good.case.subject.type == SubjectType.ENTERPRISE
    assert not any(p.severity == "error" for p in good.problems)


def test_create_cases_never_overwrites(tmp_path: Path) -> None:
    sheet = read_sheet(_client_sheet(tmp_path / "c.xlsx", [[1, "同名有限公司", USCC, "", "", ""]]))
    rows = preview(sheet, guess_mapping(sheet.headers), RULES, NOW.date())
    library = tmp_path / "lib"
    first = create_cases(rows, library)
    second = create_cases(rows, library)
    assert first[0] != second[0] and first[0].name == "同名有限公司.mpreg"
    assert read_case(second[0]).subject.name == "同名有限公司"
    assert read_case(first[0]).id != read_case(second[0]).id


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_in_utf8_and_gbk(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "c.csv"
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["企业名称", "信用代码", "联系电话"])
        writer.writerow(["广州某某餐饮店", USCC, "138 0013 8000"])
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    assert set(mapping.values()) == {"subject.name", "subject.code", "account.admin.phone"}
    (row,) = preview(sheet, mapping, RULES, NOW.date())
    assert row.case.subject.name == "广州某某餐饮店"


def test_merged_cells_are_refused_with_their_range(tmp_path: Path) -> None:
    path = _client_sheet(
        tmp_path / "m.xlsx", [[1, "甲", USCC, "", "", ""], [2, "", "", "", "", ""]]
    )
    book = load_workbook(path)
    book.active.merge_cells("B2:B3")
    book.save(path)
    with pytest.raises(SheetError) as error:
        read_sheet(path)
    assert error.value.code == "merged" and "B2:B3" in error.value.detail


def test_formula_without_a_cached_value_is_reported(tmp_path: Path) -> None:
    path = _client_sheet(tmp_path / "f.xlsx", [[1, '=CONCAT("甲","乙")', USCC, "", "", ""]])
    sheet = read_sheet(path)  # openpyxl saves no cached values: like a sheet never opened
    assert sheet.formulas_without_value == ["B2"]


def test_too_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("主体名称\n" + "甲\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(SheetError) as error:
        read_sheet(path)
    assert error.value.code == "too_many_rows"


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.csv", b"", "empty"),
        ("header-only.csv", "主体名称\n\n".encode(), "empty"),
        ("fake.xlsx", b"not a zip", "unreadable"),
        ("sheet.ods", b"x", "unknown_format"),
    ],
)
def test_bad_sheets_have_a_code(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SheetError) as error:
        read_sheet(path)
    assert error.value.code == code


def test_a_folder_or_missing_file(tmp_path: Path) -> None:
    for path, code in ((tmp_path, "not_a_file"), (tmp_path / "none.xlsx", "missing")):
        with pytest.raises(SheetError) as error:
            read_sheet(path)
        assert error.value.code == code


def test_a_sheet_packed_with_a_method_this_python_lacks_is_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Windows build leaves out lzma: such an entry is said unreadable, not a crash."""
    import zipfile

    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active.append(["主体名称"])
    book.active.append(["深圳市明月书店有限公司"])
    book.save(plain)
    packed = tmp_path / "lzma.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(packed, "w") as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item), zipfile.ZIP_LZMA)
    monkeypatch.setattr(zipfile, "lzma", None)
    with pytest.raises(SheetError) as error:
        read_sheet(packed)
    assert error.value.code == "unreadable"
