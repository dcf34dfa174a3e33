"""Run one slow file job (a bundle, a sheet) off the GUI thread while the window keeps painting.

The caller waits for the result as if the call were direct — its code stays sequential — but the
event loop keeps running, and after a moment a busy dialog says what is happening. The job must
not touch widgets: it gets plain data and returns plain data (or raises, re-raised here).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 400


def run_in_background(parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = job()
        except BaseException as error:  # handed to the caller's thread, re-raised there
            outcome["error"] = error
        finally:
            finished.set()

    thread = threading.Thread(target=work, name="mpreg-file-job", daemon=True)
    thread.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: finished.is_set() and loop.quit())
    poll.start()
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setMinimumDuration(SHOW_AFTER_MS)
    busy.setAutoClose(False)
    busy.setValue(0)
    if not finished.is_set():
        loop.exec()
    poll.stop()
    busy.close()
    busy.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
