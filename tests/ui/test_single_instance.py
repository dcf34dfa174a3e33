"""One running app per user: a second launch hands its case to the first, which opens and raises it.

The launches are real processes. Under Xvfb the windows are real and are read back with xwininfo
(titles and stacking order); under offscreen the app's log is the witness. macOS's file-open
event is posted to the application in-process.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.app.single_instance import (
    FileOpenFilter,
    InstanceServer,
    hand_over,
    open_handed_over,
    server_name,
)
from tests.ui.xvfb import app_command, window_titles

TITLE = " — 小程序注册助手"


def make_case(folder: Path, stem: str, name: str) -> tuple[Path, str]:
    case = new_case(name)
    case.subject.type = SubjectType.ENTERPRISE
    path = folder / f"{stem}.mpreg"
    write_case(path, case)
    return path, str(case.id)


def wait_for(condition, timeout: float, what: str, process: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            pytest.fail(f"the app exited early while waiting for {what}")
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def stop(process: subprocess.Popen, env: dict[str, str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
    # Killed processes leave their socket file behind; do not litter /tmp across test runs.
    QLocalServer.removeServer(server_name(Path(env["MPREG_HOME"]) / "config"))


def read_log(env: dict[str, str]) -> str:
    log = Path(env["MPREG_HOME"]) / "logs" / "mpreg-desktop.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


# -- in-process ------------------------------------------------------------------------------------


def test_server_name_is_per_settings_folder(tmp_path: Path) -> None:
    first, second = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert first != second
    assert first == server_name(tmp_path / "a")
    assert re.fullmatch(r"mpreg-desktop-[0-9a-f]{16}", first)


def test_hand_over_without_a_running_app_says_so() -> None:
    assert not hand_over(server_name(Path("/nonexistent/config")), ["/tmp/x.mpreg"])


def test_server_passes_files_and_rejects_garbage(qtbot, tmp_path: Path) -> None:
    received = []
    server = InstanceServer(lambda files, token: received.append((files, token)))
    name = server_name(tmp_path)
    assert server.listen(name)
    try:
        bad = QLocalSocket()
        bad.connectToServer(name)
        assert bad.waitForConnected(1000)
        bad.write(b"not json\n")
        qtbot.waitUntil(lambda: bad.state() == QLocalSocket.LocalSocketState.UnconnectedState)
        assert received == []

        good = QLocalSocket()
        good.connectToServer(name)
        assert good.waitForConnected(1000)
        good.write(json.dumps({"files": ["/a.mpreg"], "activation_token": "t"}).encode() + b"\n")
        qtbot.waitUntil(lambda: received == [(["/a.mpreg"], "t")])
        qtbot.waitUntil(lambda: good.bytesAvailable() >= 3)
        assert good.readAll().data() == b"ok\n"
        # The launch hangs up, not the app: on Windows the app's hang-up would discard an
        # answer not yet read by the launch.
        qtbot.wait(300)
        assert good.state() == QLocalSocket.LocalSocketState.ConnectedState
        good.disconnectFromServer()
        qtbot.waitUntil(lambda: not server._buffers)
    finally:
        server.server.close()
        server.deleteLater()


def test_file_open_event_opens_the_case(qapp, context, dialogs, sample_path: Path) -> None:
    """What macOS does when a .mpreg is double-clicked in Finder."""
    opener = FileOpenFilter(context)
    qapp.installEventFilter(opener)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(sample_path)))
        window = context.window_for(sample_path)
        assert window is not None and window.isVisible()
        assert window.document.case.name == "星光咖啡小程序"
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(sample_path)))  # again: same window
        assert [w for w in context.windows if w.document is not None] == [window]
    finally:
        qapp.removeEventFilter(opener)


def test_launch_without_files_brings_a_window_forward(context, dialogs) -> None:
    open_handed_over(context, [], None)  # the app has no window: one is made
    assert len(context.windows) == 1 and context.windows[0].isVisible()
    open_handed_over(context, [], None)  # it has one: no second window
    assert len(context.windows) == 1


# -- two real processes ----------------------------------------------------------------------------


@pytest.fixture
def offscreen_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(MPREG_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def test_stale_socket_of_a_crashed_app_does_not_block_start(
    offscreen_env: dict[str, str], tmp_path: Path
) -> None:
    name = server_name(Path(offscreen_env["MPREG_HOME"]) / "config")
    stale = Path(QDir.tempPath()) / name
    leftover = socket.socket(socket.AF_UNIX)  # bound, never listening, never removed: a crash
    leftover.bind(str(stale))
    leftover.close()
    first_path, first_id = make_case(tmp_path, "first", "星光咖啡小程序")
    second_path, second_id = make_case(tmp_path, "second", "明月书店小程序")

    app = subprocess.Popen(app_command(str(first_path)), env=offscreen_env)
    try:
        wait_for(lambda: f"opened case {first_id}" in read_log(offscreen_env), 30, "start", app)
        # …and it listens where the stale file was: the next launch hands its case over.
        second = subprocess.run(app_command(str(second_path)), env=offscreen_env, timeout=20)
        assert second.returncode == 0
        wait_for(
            lambda: f"opened case {second_id}" in read_log(offscreen_env), 10, "hand-over", app
        )
        assert "received 1 file(s) from another launch" in read_log(offscreen_env)
    finally:
        stop(app, offscreen_env)
        stale.unlink(missing_ok=True)


def stacking(env: dict[str, str]) -> list[str]:
    """Titles of the app's windows, topmost first (xwininfo lists the root's children so)."""
    utf8 = {**env, "LC_ALL": "C.UTF-8"}
    out = subprocess.run(
        ["xwininfo", "-root", "-children"], capture_output=True, text=True, env=utf8, timeout=10
    ).stdout
    return [m for m in re.findall(r'^\s+0x[0-9a-f]+ "([^"]*)"', out, re.M) if TITLE in m]


@pytest.mark.xvfb
def test_second_launch_opens_its_case_in_the_running_app(
    x_screen: dict[str, str], tmp_path: Path
) -> None:
    first_path, _ = make_case(tmp_path, "first", "星光咖啡小程序")
    second_path, _ = make_case(tmp_path, "second", "明月书店小程序")
    first_title, second_title = f"星光咖啡小程序{TITLE}", f"明月书店小程序{TITLE}"

    app = subprocess.Popen(app_command(str(first_path)), env=x_screen)
    try:
        wait_for(lambda: first_title in window_titles(x_screen), 30, "the first window", app)
        started = time.monotonic()
        second = subprocess.run(app_command(str(second_path)), env=x_screen, timeout=20)
        assert second.returncode == 0
        assert time.monotonic() - started < 5, "the second launch should hand over and exit"
        # The second process is gone; the window with its case belongs to the first one.
        wait_for(lambda: stacking(x_screen)[:1] == [second_title], 10, "the handed-over case")
        assert sorted(stacking(x_screen)) == sorted([first_title, second_title])

        # Double-clicking the first case again raises its window instead of opening it twice.
        third = subprocess.run(app_command(str(first_path)), env=x_screen, timeout=20)
        assert third.returncode == 0
        wait_for(lambda: stacking(x_screen)[:1] == [first_title], 10, "the first window on top")
        assert len(stacking(x_screen)) == 2
        assert app.poll() is None
    finally:
        stop(app, x_screen)
