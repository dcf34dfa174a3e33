"""The Qt binding itself: guard against a release that breaks the app in long sessions."""

from __future__ import annotations

import subprocess
import sys


def test_qt_calls_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 dropped a reference to None per void call; Python 3.11 then aborts.

    Run in a fresh process so that a leaking binding cannot take the test run down with it.
    """
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "before = sys.getrefcount(None)\n"
        "for n in range(2000):\n"
        "    label.setText(str(n))\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    lost = -int(result.stdout.strip().splitlines()[-1])
    assert lost < 100, f"the Qt binding leaks references to None ({lost} per 2000 calls)"
