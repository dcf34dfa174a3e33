"""CLI outputs (--ics, --pdf) never replace their input, a device, a folder, and fail loudly.

Each attack used to exit 0: the case was gone (replaced by a calendar or a PDF, with no backup),
or nothing was written. Now the output is checked, written atomically, and a refusal or a failed
write exits 2 with a message that says what to do; the case file is never touched.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mpreg_desktop.cli import main
from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases.casefile import write_case
from tests.support import fill, full_disk


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "case.mpreg"
    write_case(path, new_case("输出测试"))
    return path


def ics(case: Path, out: str) -> list[str]:
    return ["timeline", str(case), "--ics", out, "--lang", "en"]


def pdf(case: Path, out: str) -> list[str]:
    return ["checklist", str(case), "--pdf", out, "--lang", "en"]


@pytest.mark.parametrize("command", [ics, pdf])
@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "relative"])
def test_output_over_its_input_is_refused(command, how, case_file, tmp_path, capsys, qapp):
    before = case_file.read_bytes()
    if how == "same":
        out = str(case_file)
    elif how == "symlink":
        out = str(tmp_path / "link.pdf")
        os.symlink(case_file, out)
    elif how == "hardlink":
        out = str(tmp_path / "hard.pdf")
        os.link(case_file, out)
    else:
        out = os.path.relpath(case_file, Path.cwd())
    assert main(command(case_file, out)) == 2
    assert case_file.read_bytes() == before
    assert "replace the case file itself" in capsys.readouterr().err


@pytest.mark.parametrize("command", [ics, pdf])
@pytest.mark.parametrize("target", ["folder", "device", "fifo", "empty"])
def test_output_that_is_not_a_file_is_refused(command, target, case_file, tmp_path, capsys, qapp):
    out = {
        "folder": str(tmp_path),
        "device": str(tmp_path / "null"),
        "fifo": str(tmp_path / "pipe"),
        "empty": "",
    }[target]
    if target == "fifo":
        os.mkfifo(out)
    if target == "device":
        # A device of our own (never the system's /dev/null: a regression would replace it).
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(out, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    assert main(command(case_file, out)) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and ("folder" in err or "regular" in err or "no output" in err)
    if target in ("device", "fifo"):
        mode = os.stat(out).st_mode
        assert stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)  # still the device or the pipe


@pytest.mark.parametrize("command", [ics, pdf])
def test_full_disk_exits_2_and_keeps_the_old_output(
    command, case_file, tmp_path, monkeypatch, capsys, qapp
):
    with full_disk(tmp_path / "disk", monkeypatch) as disk:
        out = disk / "out.bin"
        out.write_bytes(b"an earlier export")
        fill(disk)
        assert main(command(case_file, str(out))) == 2
        assert out.read_bytes() == b"an earlier export"
        assert "nothing was changed" in capsys.readouterr().err
        assert [p.name for p in disk.iterdir() if p.name.endswith(".tmp")] == []


def test_message_in_chinese(case_file, capsys) -> None:
    assert main(["timeline", str(case_file), "--ics", str(case_file), "--lang", "zh_CN"]) == 2
    assert "会把它覆盖" in capsys.readouterr().err


@pytest.mark.parametrize("command", [ics, pdf])
def test_output_is_private_and_written_through_a_link(command, case_file, tmp_path, qapp):
    real = tmp_path / "real.out"
    real.write_bytes(b"old")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    assert main(command(case_file, str(link))) == 0
    assert link.is_symlink() and real.read_bytes() != b"old"
    assert (real.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize("command", ["check", "checklist", "timeline"])
def test_output_cut_short_by_head_prints_no_traceback(command, case_file) -> None:
    """``mpreg-desktop check C | head -1``: the reader goes away; no BrokenPipeError shown."""
    import subprocess
    import sys

    script = (
        "import sys; from mpreg_desktop.cli import main; "
        f"sys.exit(main([{command!r}, {str(case_file)!r}, '--lang', 'en']))"
    )
    producer = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    producer.stdout.close()  # like `| head -0`: the reader is gone before the first line
    err = producer.stderr.read().decode()
    producer.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "is not a time; write it like"), ("zh_CN", "不是有效的时间")]
)
def test_bad_now_says_how_to_write_a_time(lang, words, case_file, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["timeline", str(case_file), "--now", "yesterday", "--lang", lang])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert words in err and "_aware_time" not in err
