"""Hatch build hook: compile the Qt Linguist sources (resources/i18n/*.ts) into .qm files.

The .qm files are build outputs (git-ignored). They are written next to their .ts sources, so the
same place serves a source checkout, an editable install and the wheel (resources/ is force-included
into the package). pyside6-lrelease comes from PySide6-Essentials, a build requirement.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str]:
    """Return the command that runs Qt's lrelease, preferring the one shipped with PySide6."""
    try:
        import PySide6

        exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        bundled = Path(PySide6.__file__).parent / exe
        if bundled.exists():
            return [str(bundled)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise RuntimeError("pyside6-lrelease not found: PySide6-Essentials is needed to build")


def compile_translations(i18n_dir: Path) -> list[Path]:
    lrelease = find_lrelease()
    outputs = []
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(qm)
    return outputs


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name not in ("wheel", "editable"):
            return
        compile_translations(Path(self.root) / "resources" / "i18n")
