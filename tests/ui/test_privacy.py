"""A whole case through the GUI with the network cut off, then the log read for personal data."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from mpreg_desktop.app import setup_logging
from mpreg_desktop.domain.case import Step, SubjectType, VerificationMethod, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.dialogs import print_actions
from mpreg_desktop.ui.dialogs.print_actions import PrintOptions
from tests.ui.helpers import type_text

PERSONAL = {
    "names": ["张三丰", "李四海", "王五洲"],
    "ids": ["110101199003071233", "310104198512314565"],
    "phones": ["13800138000", "13912345678", "18612345678"],
    "account": "755912345610001",
}


def refuse(*args, **kwargs):
    raise AssertionError("the app tried to use the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def log_file(context):
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(context.paths.log_dir)
    yield context.paths.log_dir / "mpreg-desktop.log"
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def personal_case(path: Path) -> Path:
    case = new_case("隐私测试")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三丰", PERSONAL["ids"][0], PERSONAL["phones"][0]
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.account_number = case.subject.name, PERSONAL["account"]
    principal = case.filing.subject_principal
    principal.name, principal.id_number, principal.phone = (
        "李四海",
        PERSONAL["ids"][1],
        PERSONAL["phones"][1],
    )
    case.filing.subject_emergency.name = "王五洲"
    case.filing.subject_emergency.phone = PERSONAL["phones"][2]
    write_case(path, case)
    return path


def test_whole_case_offline_and_log_has_no_personal_data(
    window, context, no_network, log_file, tmp_path, monkeypatch, dialogs
) -> None:
    opened_urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toString()) or True
    )
    path = personal_case(tmp_path / "隐私测试.mpreg")
    assert window.open_case_file(path)
    view = window.case_view
    for step in Step:
        view.show_step(step)
    subject = view.pages[Step.SUBJECT]
    type_text(subject.binding_for("account.admin.phone").edit, "9")  # an invalid phone
    type_text(subject.binding_for("mini_program.name").edit, "星光咖啡点单")
    window.document.set_field("account.admin.phone", PERSONAL["phones"][0])
    assert window.save()
    window.safety.autosave()
    monkeypatch.setattr(print_actions, "ask_options", lambda *a: PrintOptions())
    target = tmp_path / "out"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_pdf_action.trigger()
    window.export_calendar_action.trigger()
    window.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "opened case" in text and "saved case" in text  # the log is really written
    secrets = [*PERSONAL["names"], *PERSONAL["ids"], *PERSONAL["phones"], PERSONAL["account"]]
    leaked = [s for s in secrets if s in text]
    assert leaked == [], f"personal data in the log: {leaked}"
    assert "隐私测试" not in text  # file names often carry a client's name
