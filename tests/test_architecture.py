"""The shape of the code: domain and storage never import Qt; resources are found everywhere."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mpreg_desktop import resources

ROOT = Path(__file__).resolve().parents[1]
PURE = ["mpreg_desktop/domain", "mpreg_desktop/storage", "mpreg_desktop/sharing"]


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("folder", PURE)
def test_no_qt_import_in_source(folder: str) -> None:
    for path in sorted((ROOT / folder).rglob("*.py")):
        qt = {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6")}
        assert not qt, f"{path.relative_to(ROOT)} imports {qt}"
        ui = {
            m
            for m in imported_modules(path)
            if m.startswith(("mpreg_desktop.ui", "mpreg_desktop.app"))
        }
        assert not ui, f"{path.relative_to(ROOT)} imports {ui}"


def test_no_qt_loaded_when_domain_and_storage_are_used() -> None:
    code = (
        "import sys, mpreg_desktop.domain.checks, mpreg_desktop.domain.checklist, "
        "mpreg_desktop.storage.casefile, mpreg_desktop.domain.rules as r; r.load_rules(); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_resources_found_from_checkout() -> None:
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.resource_path("rules", "pack.json").is_file()


def test_resources_found_in_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "rules").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        resources.resources_dir.cache_clear()


@pytest.mark.slow
def test_wheel_carries_resources_and_translations(tmp_path: Path) -> None:
    """Build the wheel (as pip would), install it alone, and find the resources from it."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheel = next(tmp_path.glob("mpreg_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mpreg_desktop/resources/rules/pack.json" in names
    assert "mpreg_desktop/resources/i18n/mpreg_zh_CN.qm" in names
    assert "mpreg_desktop/resources/messages/problems.json" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    code = "from mpreg_desktop.resources import resources_dir; print(resources_dir())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(target), "PATH": ""},
        cwd=tmp_path,
    )
    assert Path(result.stdout.strip()) == target / "mpreg_desktop" / "resources"
