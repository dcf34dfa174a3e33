"""What the code claims for Windows, checked under Wine with the Windows Python of the build.

Run by tests/packaging/test_windows.py as ``python.exe windows_claims.py FOLDER`` (FOLDER: a
Windows path whose name has Chinese characters and spaces). The source tree is put on sys.path
here: the embeddable Python ignores PYTHONPATH. Each check prints ``ok NAME``; the first failing
one raises (exit 1 with its traceback).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
for name in ("MPREG_HOME", "MPREG_CONFIG_DIR", "MPREG_STATE_DIR", "MPREG_LOG_DIR",
             "MPREG_LIBRARY_DIR"):  # fmt: skip
    os.environ.pop(name, None)


def platform_folders(folder: Path) -> None:
    """Settings, state and log in %LOCALAPPDATA%\\MP Reg\\mpreg-desktop; cases in Documents."""
    from mpreg_desktop.paths import app_paths

    paths = app_paths()
    local = Path(os.environ["LOCALAPPDATA"])
    assert paths.config_dir == local / "MP Reg" / "mpreg-desktop", paths.config_dir
    assert paths.state_dir.is_relative_to(local / "MP Reg"), paths.state_dir
    assert paths.log_dir.is_relative_to(local / "MP Reg"), paths.log_dir
    documents = Path(os.environ["USERPROFILE"]) / "Documents"
    assert paths.default_library_dir == documents / "小程序注册案例", paths.default_library_dir


def case_round_trip(folder: Path) -> None:
    """A case saved and read back in a folder with Chinese characters and spaces."""
    from mpreg_desktop.domain.case import new_case
    from mpreg_desktop.storage.cases.casefile import read_case, write_case

    path = folder / "星光 咖啡 案例.mpreg"
    write_case(path, new_case("星光咖啡小程序"))
    assert read_case(path).name == "星光咖啡小程序"
    assert not list(folder.glob("*.tmp")), "a temporary file was left behind"


def replace_while_open(folder: Path) -> None:
    """Saving while another program briefly holds the case open (Windows refuses to replace
    an open file): the save waits for it instead of failing."""
    from mpreg_desktop.storage.atomic import atomic_write

    target = folder / "被 占用.mpreg"
    target.write_bytes(b"old")
    holder = open(target, "rb")  # noqa: SIM115 - held open on purpose, closed by the timer
    probe = folder / "probe.tmp"
    probe.write_bytes(b"probe")
    try:  # does this system refuse, as Windows does? (else the check below proves nothing)
        os.replace(probe, target)
        raise AssertionError("replacing an open file was not refused: not like Windows")
    except PermissionError:
        probe.unlink()
    threading.Timer(0.3, holder.close).start()
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"


def lock_of_a_running_app(folder: Path) -> None:
    """Another copy of the app (a live process on this PC) holds the case: its lock is not
    stale, and looking does not harm that process; once it has ended, the lock is stale."""
    from mpreg_desktop.storage.cases import locks

    case = folder / "锁 测试.mpreg"
    case.write_text("{}", encoding="utf-8")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"],
                             stdin=subprocess.PIPE)  # fmt: skip
    try:
        document = {"user": "同事", "host": socket.gethostname(), "pid": other.pid,
                    "time": datetime.now().astimezone().isoformat()}  # fmt: skip
        locks.lock_path(case).write_text(json.dumps(document), encoding="utf-8")
        assert locks.held_by_other(case) is not None, "a live app's lock was taken for stale"
        assert other.poll() is None, "looking at the lock ended the other app"
    finally:
        other.kill()
        other.wait(timeout=30)
    assert locks.read_lock(case).is_stale(), "the lock of an ended app is not stale"
    assert locks.held_by_other(case) is None


def attachments_with_backslashes(folder: Path) -> None:
    """A relative attachment path written with backslashes (as a Windows user might edit it)
    resolves; paths are stored with forward slashes so the case reads the same everywhere."""
    from mpreg_desktop.storage import attachments

    scans = folder / "扫描 件"
    scans.mkdir(exist_ok=True)
    scan = scans / "营业执照 副本.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    case = folder / "附件 案例.mpreg"
    reference = attachments.make_reference(scan, case, datetime.now().astimezone())
    assert reference.path == "扫描 件/营业执照 副本.png", reference.path
    backslashed = reference.model_copy(update={"path": "扫描 件\\营业执照 副本.png"})
    assert attachments.resolve(backslashed, case) == scan
    assert attachments.verify(backslashed, case) == "ok"
    absolute = reference.model_copy(update={"path": str(scan)})
    assert not attachments.is_relative(absolute)
    assert attachments.verify(absolute, case) == "ok"


CHECKS = (platform_folders, case_round_trip, replace_while_open, lock_of_a_running_app,
          attachments_with_backslashes)  # fmt: skip

if __name__ == "__main__":
    root = Path(sys.argv[1])
    root.mkdir(parents=True, exist_ok=True)
    for check in CHECKS:
        check(root)
        print(f"ok {check.__name__}", flush=True)
