"""What the Windows bundle holds, for tests/packaging/test_windows.py: its importable modules,
and the modules the app loads to scan pictures and make upload-ready copies (found on Linux)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.support import ROOT

APP = "mpreg-desktop"

# What scanning an attachment (Qt's image readers), the turn-and-crop preview and making
# upload-ready copies (Pillow) load: run on Linux with the app's own code, then looked up in the
# Windows bundle. The Windows test cannot drive those dialogs under Wine; this catches a trimmed
# module or plugin they need.
IMAGE_PATHS = """
import json, sys
from pathlib import Path
from mpreg_desktop.domain.case import HandAdjustment
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.scan import scan_file
from mpreg_desktop.upload_copy import CannotMeetRule, make_upload_copy, upright_preview
rule = load_rules().filing.uploads
for picture in sorted(Path(sys.argv[1]).iterdir()):
    scan = scan_file(picture)
    assert scan.width, (picture.name, scan)
    upright_preview(picture)
    for turns in (0, 1):
        try:
            make_upload_copy(picture, rule, Path(sys.argv[2]) / str(turns), colour=scan.colour,
                             adjustment=HandAdjustment(quarter_turns=turns))
        except CannotMeetRule:
            pass
print(json.dumps(sorted(sys.modules)))
"""


def modules_in_bundle(folder: Path) -> set[str]:
    """Module names the frozen app can import: its code archive (with the few modules the
    bootloader needs before it, such as struct), base_library.zip, extension modules."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(folder / f"{APP}.pkg"))
    names = set(package.toc) | set(package.open_embedded_archive("PYZ.pyz").toc)
    with zipfile.ZipFile(folder / "_internal" / "base_library.zip") as base:
        for entry in base.namelist():
            name = entry.removesuffix(".pyc").removesuffix("/__init__").replace("/", ".")
            names.add(name)
    for extension in (folder / "_internal").rglob("*.pyd"):
        parts = extension.relative_to(folder / "_internal").with_suffix("").parts
        names.add(".".join([*parts[:-1], parts[-1].split(".")[0]]))
    return names


def exists_for_windows(name: str, python: Path) -> bool:
    """Whether the build's Windows Python (its stdlib comes as .pyc), the Windows wheels or the
    project have this module as a file; built-in modules (in python312.dll) and Linux-only ones
    have none."""
    for root in (python / "Lib", python / "Lib" / "site-packages", python, ROOT):
        path = root.joinpath(*name.split("."))
        for suffix in (".py", ".pyc"):
            if path.with_suffix(suffix).exists() or (path / f"__init__{suffix}").exists():
                return True
        if path.parent.is_dir() and list(path.parent.glob(f"{path.name}.*pyd")):
            return True
    return False


# Loaded on Linux, left out of the Windows app on purpose.
NOT_NEEDED = {
    "_distutils_hack": "setuptools' start-up hook in the test's virtual environment",
    "site": "an installed Python's start-up; a frozen app has none", "_sitebuiltins": "",
    "_uuid": "uuid imports it for uuid1(); every UUID here is a uuid4() (the spec)",
    # shutil imports them only to learn whether they are there (the spec says why they are not)
    "bz2": "", "_bz2": "", "lzma": "", "_lzma": "",
    # shiboken imports it when present; it is empty in PySide6 6.x (PyInstaller's hook would
    # add it for a "PySide6" distribution, not for PySide6-Essentials)
    "PySide6.support": "", "PySide6.support.deprecated": "",
}  # fmt: skip
