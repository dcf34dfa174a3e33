"""The real app in a real window: `mpreg-desktop sample.mpreg` as its own process on Xvfb.

Keeps a screenshot in test-artifacts/ so a person can look at what the test saw.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from tests.support import ARTIFACTS
from tests.ui.xvfb import app_command, stop_app_server, window_titles

pytestmark = pytest.mark.xvfb


def test_app_window_shows_case(x_screen: dict[str, str], tmp_path: Path) -> None:
    case = new_case("星光咖啡小程序")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    sample = tmp_path / "sample.mpreg"
    write_case(sample, case)

    app = subprocess.Popen(
        app_command(str(sample)), env=x_screen, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 30
        # The title is "星光咖啡小程序 — 小程序注册助手" once the case is loaded.
        while time.monotonic() < deadline:
            if app.poll() is not None:
                pytest.fail(f"the app exited early: {app.stderr.read()[-2000:]}")
            tree = window_titles(x_screen)
            if "星光咖啡小程序 — 小程序注册助手" in tree:
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"no window with the case's title appeared:\n{tree[-2000:]}")
        time.sleep(1.0)  # let it paint
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "window-xvfb.png"
        subprocess.run(
            ["import", "-window", "root", str(shot)], env=x_screen, check=True, timeout=30
        )
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
        stop_app_server(x_screen)
