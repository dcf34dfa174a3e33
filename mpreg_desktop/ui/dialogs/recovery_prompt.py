"""At start-up: cases with unsaved edits from a crash or a kill, offered back one by one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from mpreg_desktop.domain.case import SHANGHAI, copy_case
from mpreg_desktop.storage.cases.recovery import Recovery, list_recoveries

log = logging.getLogger(__name__)


def _ask(parent, recovery: Recovery) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Unsaved changes found"))
    when = recovery.saved_at.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")
    where = (
        str(recovery.case_path)
        if recovery.case_path
        else QCoreApplication.translate("Recovery", "never saved")
    )
    box.setText(
        QCoreApplication.translate(
            "Recovery",
            "MP Reg Desktop was closed before these changes were saved:\n\n"
            "{name}\n{where}\nlast edited {when}\n\nRecover them, or discard them?",
        ).format(
            name=recovery.case.name or QCoreApplication.translate("Recovery", "Untitled case"),
            where=where,
            when=when,
        )
    )
    recover = box.addButton(
        QCoreApplication.translate("Recovery", "Recover"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("Recovery", "Decide later"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is recover:
        return "recover"
    if box.clickedButton() is discard:
        return "discard"
    return "later"


def offer_recoveries(context, ask=_ask) -> int:
    """Offer every recovery file; returns how many cases were recovered."""
    recovered = 0
    open_keys = {
        w.document.store.key(w.document.case.id) for w in context.windows if w.document is not None
    }
    for recovery in list_recoveries(context.paths.state_dir):
        if recovery.file.stem in open_keys:
            continue  # being edited right now in this run
        parent = context.windows[0] if context.windows else None
        choice = ask(parent, recovery)
        if choice == "discard":
            recovery.file.unlink(missing_ok=True)
        elif choice == "recover":
            window = _window_with(context, recovery)
            label = QCoreApplication.translate("Recovery", "Recover unsaved changes")
            window.document.replace_case(recovery.case, label)
            window.bring_to_front()
            recovered += 1
    return recovered


def _window_with(context, recovery: Recovery):
    """The case's own file opened in a window, or an unsaved window if the file is gone."""
    path = recovery.case_path
    if path is not None and path.exists():
        context.open_path(path)
        window = context.window_for(path)
        if window is not None and window.document is not None and not window.document.read_only:
            return window
    window = next((w for w in context.windows if w.document is None), None) or context.new_window()
    window.show()
    window.set_document(window._document(copy_case(recovery.case), None))
    log.info("recovered case %s into a new window", recovery.case.id)
    return window
