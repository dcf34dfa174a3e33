"""Shared by tests: where artifacts go, and how a missing system tool is reported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tools(*names: str) -> None:
    """Skip (outside CI) or fail (in CI) when a Debian package the test needs is missing."""
    missing = [n for n in names if shutil.which(n) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (installed by .ci/run from Debian packages)"
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


def newest_source(names: tuple[str, ...]) -> float:
    """The newest modification time among the files under ``names`` (relative to the project):
    a package built before it is out of date."""
    newest = 0.0
    for name in names:
        path = ROOT / name
        for file in [path] if path.is_file() else path.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".qm":
                newest = max(newest, file.stat().st_mtime)
    return newest
