"""`mpreg-desktop library export|import`: headless, exit codes, never overwriting."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import load_workbook

from mpreg_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "docs" / "samples" / "sample-enterprise.mpreg"


def test_export_then_import_round_trip(tmp_path: Path, capsys) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SAMPLE, library / "a.mpreg")
    out = tmp_path / "库.xlsx"
    home = ["--home", str(tmp_path / "home"), "--lang", "zh_CN"]
    assert main(["library", "export", str(out), "--folder", str(library), *home]) == 0
    assert "已导出 1 个案例" in capsys.readouterr().out
    assert load_workbook(out).worksheets[0]["B2"].value == "深圳市星光咖啡有限公司"

    target = tmp_path / "new"
    code = main(["library", "import", str(out), "--folder", str(target), "--dry-run", *home])
    printed = capsys.readouterr().out
    assert code in (0, 1) and "试运行" in printed and not target.exists()
    main(["library", "import", str(out), "--folder", str(target), *home])
    assert len(list(target.glob("*.mpreg"))) == 1
    main(["library", "import", str(out), "--folder", str(target), *home])
    assert len(list(target.glob("*.mpreg"))) == 2  # a second file, never an overwrite


def test_bad_arguments_exit_2_with_a_message(tmp_path: Path, capsys) -> None:
    home = ["--home", str(tmp_path / "home"), "--lang", "en"]
    assert main(["library", "export", str(tmp_path / "out.csv"), *home]) == 2
    assert "must be an .xlsx" in capsys.readouterr().out
    missing = ["--folder", str(tmp_path / "none")]
    assert main(["library", "export", str(tmp_path / "o.xlsx"), *missing, *home]) == 2
    assert "does not exist" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a sheet")
    assert main(["library", "import", str(bad), *home]) == 2
    assert "damaged" in capsys.readouterr().out


def test_an_unreadable_sheet_is_refused_with_the_reason_in_chinese(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    import errno

    sheet = tmp_path / "客户.xlsx"
    sheet.write_bytes(b"PK")
    real_stat = Path.stat

    def stat(path: Path, *args, **kwargs):
        if path == sheet:  # as on Windows when Excel holds the sheet open
            error = PermissionError(errno.EACCES, "Permission denied")
            error.winerror = 32
            raise error
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    home = ["--home", str(tmp_path / "home"), "--lang", "zh_CN"]
    assert main(["library", "import", str(sheet), "--folder", str(tmp_path), *home]) == 2
    printed = capsys.readouterr().out
    assert "文件正被其他程序使用" in printed and "Permission denied" not in printed
