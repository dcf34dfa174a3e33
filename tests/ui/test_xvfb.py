"""The real app in a real window: `mpreg-desktop sample.mpreg` as its own process on Xvfb.

Keeps a screenshot in test-artifacts/ so a person can look at what the test saw.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.casefile import write_case
from tests.support import ARTIFACTS, require_tools

pytestmark = pytest.mark.xvfb


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


@pytest.fixture
def xvfb(tmp_path: Path):
    require_tools("Xvfb", "xwininfo", "import")
    number = free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", MPREG_HOME=str(tmp_path / "home"))
    env["LANG"] = env["LC_ALL"] = "zh_CN.UTF-8"
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield env
    server.terminate()
    server.wait(timeout=10)


def test_app_window_shows_case(xvfb: dict[str, str], tmp_path: Path) -> None:
    case = new_case("星光咖啡小程序")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    sample = tmp_path / "sample.mpreg"
    write_case(sample, case)

    app = subprocess.Popen(app_command(str(sample)), env=xvfb, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        # The title is "星光咖啡小程序 — 小程序注册助手" once the case is loaded.
        while time.monotonic() < deadline:
            if app.poll() is not None:
                pytest.fail(f"the app exited early: {app.stderr.read()[-2000:]}")
            tree = window_titles(xvfb)
            if "星光咖啡小程序 — 小程序注册助手" in tree:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"no window with the case's title appeared:\n{tree[-2000:]}")
        time.sleep(1.0)  # let it paint
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "window-xvfb.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=xvfb, check=True, timeout=30)
        image = QImage(str(shot))
        assert image.width() == 1366 and image.height() == 768
        colours = {image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 768, 13)}
        assert len(colours) > 20, "the screenshot looks blank"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
