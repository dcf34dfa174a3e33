"""Fixtures for GUI tests: a real main window in isolated folders, dialogs answered by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.paths import app_paths
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.context import AppContext
from mpreg_desktop.ui.window.main_window import MainWindow
from tests.ui.helpers import Dialogs


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs()
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.record(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.run_box(box))
    return recorder


@pytest.fixture
def click(monkeypatch: pytest.MonkeyPatch):
    """Answer the next QMessageBox with custom buttons by clicking the button with this text."""
    answers: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        wanted = answers.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return 0
        raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return answers


@pytest.fixture
def context(qapp: QApplication) -> Iterator[AppContext]:
    ctx = AppContext(app_paths())
    i18n.set_language("en")  # tests that need Chinese install it themselves
    yield ctx
    for window in list(ctx.windows):
        window.document = None  # nothing to ask on teardown
        window.close()


@pytest.fixture
def window(context: AppContext, qtbot, dialogs: Dialogs) -> MainWindow:
    win = context.new_window()  # closed by the context fixture (WA_DeleteOnClose)
    win.show()
    return win


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    case = new_case("星光咖啡小程序")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    case.mini_program.name = "星光咖啡点单"
    path = tmp_path / "星光咖啡.mpreg"
    write_case(path, case)
    return path


def process_events() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def x_screen(tmp_path: Path):
    """A virtual 1366×768 X screen; yields the environment to start the app on it."""
    from tests.ui.xvfb import start_x_screen

    server, env = start_x_screen(tmp_path / "home")
    yield env
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def noodle_shop(tmp_path: Path) -> Path:
    """The issue's journey: a 个体工商户 noodle shop registering on the official site, wanting
    WeChat Pay."""
    from mpreg_desktop.domain.case import Route

    case = new_case("面馆小程序")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    case.subject.route = Route.OFFICIAL_SITE
    case.subject.needs.wechat_pay = True
    path = tmp_path / "面馆.mpreg"
    write_case(path, case)
    return path
