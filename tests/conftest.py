"""Test setup: headless Qt, and every test in its own folders, never the user's.

QT_QPA_PLATFORM is set here, before anything imports Qt, so that whoever runs the tests does not
have to. Tests that start the real app in a window use Xvfb explicitly (tests/ui/test_xvfb.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# A 1366×768 screen, the smallest the app must be usable on; MPREG_TEST_SCREEN=hidpi gives the
# same screen at 200 % (device pixel ratio 2), see tests/qt-screens/.
_SCREEN = (
    Path(__file__).parent / "qt-screens" / f"{os.environ.get('MPREG_TEST_SCREEN', 'normal')}.json"
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every app folder (config, state, logs, library) into this test's temp folder."""
    home = tmp_path / "mpreg-home"
    for name in ("MPREG_CONFIG_DIR", "MPREG_STATE_DIR", "MPREG_LOG_DIR", "MPREG_LIBRARY_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MPREG_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def builtin_rules_pack():
    """Every test starts and ends with the built-in rules pack in use (imports are per test)."""
    from mpreg_desktop.domain.rules.pack import use_rules

    use_rules(None)
    yield
    use_rules(None)
