"""The four step tabs, one module each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.case import Step


def step_title(step: Step) -> str:
    titles = {
        Step.SUBJECT: QCoreApplication.translate("Steps", "Subject"),
        Step.MATERIALS: QCoreApplication.translate("Steps", "Materials"),
        Step.VERIFICATION: QCoreApplication.translate("Steps", "Verification"),
        Step.FILING: QCoreApplication.translate("Steps", "Filing"),
    }
    return titles[step]
