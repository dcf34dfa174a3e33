"""Helpers for tests on a real X screen (Xvfb): the app as a process, its windows' titles."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import require_tools


def free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def app_command(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("mpreg-desktop")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "mpreg_desktop", *args]


def window_titles(env: dict[str, str]) -> str:
    utf8 = {**env, "LC_ALL": "C.UTF-8"}  # so xwininfo can print UTF-8 titles
    result = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=utf8, timeout=10
    )
    return result.stdout


def start_x_screen(home: Path):
    """Start Xvfb on a free display; returns (server process, environment for the app)."""
    require_tools("Xvfb", "xwininfo")
    number = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", MPREG_HOME=str(home))
    env["LANG"] = env["LC_ALL"] = "zh_CN.UTF-8"
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    return server, env


def stop_app_server(env: dict[str, str]) -> None:
    """Remove the single-instance socket a terminated app may leave behind."""
    from PySide6.QtNetwork import QLocalServer

    from mpreg_desktop.ui.app.single_instance import server_name

    QLocalServer.removeServer(server_name(Path(env["MPREG_HOME"]) / "config"))
