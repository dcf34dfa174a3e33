"""The .deb as a user meets it: installed, .mpreg files known, a double-click opens the case.

Runs with ``make test-packaging`` (or ``pytest -m packaging``), which builds the package first; a
plain ``pytest`` skips these tests, ``make test`` deselects them. The package is installed with
``dpkg -i`` when running as root in CI (or with MPREG_PACKAGING_INSTALL=1) and removed again at
the end; otherwise it is unpacked into a temporary root whose desktop databases are updated as
the package's postinst does. Then, on a virtual X screen and as a GNOME session would:

- xdg-mime says a .mpreg file is application/x-mpreg-case and the app's desktop entry opens it;
- launching the desktop entry with a case (``gio launch``, what a file manager's double-click
  does) shows a window with that case; the screenshot is kept in test-artifacts/ and the time from
  launch to window in test-artifacts/deb-startup.json;
- a second case launched the same way opens in the same running app;
- the installed program's ``--version`` and ``check`` work from the install location;
- the installed program reads a generated licence and ID-card scan (``read-scan``, the OCR engine
  of 读取扫描件, which the Linux package includes trimmed to what reading uses).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtNetwork import QLocalServer

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.ui.app.single_instance import server_name
from tests.support import ARTIFACTS, IN_CI, ROOT, newest_source, require_tools
from tests.ui.xvfb import start_x_screen

pytestmark = pytest.mark.packaging

APP = "mpreg-desktop"
MIME_TYPE = "application/x-mpreg-case"
BUNDLE_TYPE = "application/x-mpreg-bundle"  # .mpregz: a case with its scans
TITLE = "星光咖啡小程序 — 小程序注册助手"
# Sources whose change makes a built package out of date.
SOURCES = ("mpreg_desktop", "resources", "packaging", "pyproject.toml")
UNUSED_QT = re.compile(r"libQt6(Qml|Quick|WebEngine|3D|Multimedia|Pdf|Designer|Test)\w*\.so")


def run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("timeout", 120)
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def deb(request: pytest.FixtureRequest) -> Path:
    if "packaging" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("packaging tests run with `make test-packaging` (pytest -m packaging)")
    require_tools("dpkg-deb", "make")
    found = sorted((ROOT / "dist").glob(f"{APP}_{__version__}_*.deb"))
    if not found or found[-1].stat().st_mtime < newest_source(SOURCES):
        build = run("make", "deb", cwd=ROOT, timeout=1800)
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        found = sorted((ROOT / "dist").glob(f"{APP}_{__version__}_*.deb"))
    assert found, "make deb wrote no package"
    return found[-1]


@dataclass
class Installation:
    root: Path  # "/" after dpkg -i, the temporary root otherwise
    how: str

    @property
    def program(self) -> Path:
        return self.root / "opt" / APP / APP

    @property
    def launcher(self) -> Path:
        return self.root / "usr" / "bin" / APP

    @property
    def share(self) -> Path:
        return self.root / "usr" / "share"

    @property
    def desktop_file(self) -> Path:
        return self.share / "applications" / f"{APP}.desktop"


def installed_by_dpkg() -> bool:
    status = run("dpkg-query", "--show", "--showformat=${Status}", APP)
    return status.returncode == 0 and "ok installed" in status.stdout


@pytest.fixture(scope="module")
def installation(deb: Path, tmp_path_factory: pytest.TempPathFactory):
    use_dpkg = hasattr(os, "geteuid") and os.geteuid() == 0
    use_dpkg = use_dpkg and (IN_CI or os.environ.get("MPREG_PACKAGING_INSTALL") == "1")
    if use_dpkg:
        was_installed = installed_by_dpkg()
        result = run("dpkg", "-i", str(deb), timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr
        yield Installation(Path("/"), "dpkg -i")
        if not was_installed:
            removed = run("dpkg", "--purge", APP, timeout=600)
            assert removed.returncode == 0, removed.stdout + removed.stderr
            assert not (Path("/opt") / APP).exists() and not installed_by_dpkg()
        return
    require_tools("update-mime-database", "update-desktop-database")
    root = tmp_path_factory.mktemp("deb-root")
    assert run("dpkg-deb", "-x", str(deb), str(root)).returncode == 0
    # What the package's postinst does for /usr/share, done for the temporary root.
    assert run("update-mime-database", str(root / "usr/share/mime")).returncode == 0
    assert run("update-desktop-database", str(root / "usr/share/applications")).returncode == 0
    yield Installation(root, "unpacked")


@pytest.fixture
def session(installation: Installation, tmp_path: Path) -> dict[str, str]:
    """A user's desktop session, fresh: own home, GNOME as the desktop, the package's data dirs."""
    home = tmp_path / "user"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "WAYLAND"))}
    data_dirs = "/usr/local/share:/usr/share"
    if installation.root != Path("/"):
        data_dirs = f"{installation.share}:{data_dirs}"
        env["PATH"] = f"{installation.root / 'usr' / 'bin'}:{env.get('PATH', '/usr/bin:/bin')}"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_DIRS=data_dirs,
        XDG_CURRENT_DESKTOP="GNOME",
        MPREG_HOME=str(tmp_path / "mpreg-home"),
        LANG="zh_CN.UTF-8",
        LC_ALL="zh_CN.UTF-8",
    )
    return env


def make_case(folder: Path, file_name: str, name: str) -> Path:
    case = new_case(name)
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038216"
    path = folder / file_name
    write_case(path, case)
    return path


# -- the package and what it installs --------------------------------------------------------------


def test_package_holds_the_app_and_its_desktop_files(deb: Path) -> None:
    fields = run("dpkg-deb", "--field", str(deb)).stdout
    assert re.search(rf"^Package: {APP}$", fields, re.M)
    assert re.search(rf"^Version: {re.escape(__version__)}$", fields, re.M)
    depends = re.search(r"^Depends: (.*)$", fields, re.M).group(1)
    for package in ("fonts-noto-cjk", "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4"):
        assert package in depends
    assert re.search(r"libc6 \(>= 2\.\d+\)", depends)

    listing = run("dpkg-deb", "--contents", str(deb)).stdout
    for path in (
        f"./opt/{APP}/{APP}",
        f"./usr/share/applications/{APP}.desktop",
        f"./usr/share/mime/packages/{APP}.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP}.svg",
        f"./usr/share/icons/hicolor/48x48/apps/{APP}.png",
        f"./usr/share/icons/hicolor/256x256/apps/{APP}.png",
        f"./opt/{APP}/_internal/resources/i18n/mpreg_zh_CN.qm",
        f"./opt/{APP}/_internal/resources/rules/pack.json",
        f"./opt/{APP}/_internal/resources/icons/{APP}.svg",
        f"./opt/{APP}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        f"./opt/{APP}/_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ):
        assert f" {path}" in listing, f"{path} is not in the package"
    assert re.search(rf" ./usr/bin/{APP} -> \.\./\.\./opt/{APP}/{APP}$", listing, re.M)
    assert not UNUSED_QT.search(listing), UNUSED_QT.search(listing).group(0)
    for unwanted in ("/tests/", "pytest", "hypothesis", "PyInstaller/", ".ts\n", "geodata"):
        assert unwanted not in listing, f"{unwanted!r} should not be in the package"

    scripts = run("dpkg-deb", "--info", str(deb), "postinst").stdout
    for tool in ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache"):
        assert tool in scripts


def test_desktop_entry_and_mime_type(installation: Installation) -> None:
    entry = installation.desktop_file.read_text(encoding="utf-8")
    for line in (
        "Name=小程序注册助手",
        "Name[en]=MP Reg Desktop",
        f"MimeType={MIME_TYPE};{BUNDLE_TYPE};",
        f"Icon={APP}",
        f"Exec={APP} %F",
    ):
        assert line in entry.splitlines()
    if shutil.which("desktop-file-validate"):
        result = run("desktop-file-validate", str(installation.desktop_file))
        assert result.returncode == 0, result.stdout
    xml = (installation.share / "mime" / "packages" / f"{APP}.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.mpreg"/>' in xml and "小程序注册案例" in xml
    # Registered, by postinst or as it would: the compiled MIME and desktop databases know it.
    assert '<glob pattern="*.mpregz"/>' in xml and "小程序注册案例包" in xml
    assert (installation.share / "mime" / "application" / "x-mpreg-case.xml").exists()
    assert (installation.share / "mime" / "application" / "x-mpreg-bundle.xml").exists()
    cache = (installation.share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP}.desktop;" in cache
    assert f"{BUNDLE_TYPE}={APP}.desktop;" in cache


def test_installed_program_finds_every_library(installation: Installation) -> None:
    """The system libraries the package depends on are there for the Qt platform plugins."""
    plugins = installation.root / "opt" / APP / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "iconengines/libqsvgicon.so",
    ):
        result = run("ldd", str(plugins / plugin))
        assert result.returncode == 0 and "not found" not in result.stdout, result.stdout


def test_version_and_check_from_the_install_location(
    installation: Installation, session: dict[str, str], tmp_path: Path
) -> None:
    for program in (installation.program, installation.launcher):
        result = run(str(program), "--version", env=session)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"mpreg-desktop {__version__}"
    sample = make_case(tmp_path, "sample.mpreg", "星光咖啡小程序")
    result = run(str(installation.launcher), "check", "--json", str(sample), env=session)
    assert result.returncode in (0, 1), result.stderr  # 1: the case has errors, as drafts do
    report = json.loads(result.stdout)
    assert report["problems"], "a fresh case has problems to report"
    text = run(str(installation.program), "check", str(sample), env=session)
    assert "sample.mpreg" in text.stdout and "错误" in text.stdout


def test_the_installed_app_reads_a_licence_and_an_id_card_scan_offline(
    installation: Installation, session: dict[str, str], tmp_path: Path
) -> None:
    """读取扫描件 (issue 22): the OCR engine and its models are in the package and work frozen."""
    import random

    from tests.scans.fake_documents import fake_id_card, fake_licence
    from tests.scans.render import degrade, render_id_front, render_licence

    rng = random.Random(22)
    licence = fake_licence(rng)
    scan = tmp_path / "营业执照.jpg"
    degrade(render_licence(licence), rng).save(scan, quality=80)
    result = run(str(installation.launcher), "read-scan", "--json", str(scan), env=session)
    assert result.returncode == 0, result.stderr[-3000:]
    fields = json.loads(result.stdout)["fields"]
    assert (fields.get("code"), fields.get("name")) == (licence.code, licence.name)

    card = fake_id_card(rng)
    scan = tmp_path / "身份证正面.jpg"
    render_id_front(card).save(scan, quality=85)
    result = run(str(installation.program), "read-scan", str(scan), env=session)
    assert result.returncode == 0, result.stderr[-3000:]
    assert card.name in result.stdout and "身份证" in result.stdout
    assert card.number not in result.stdout  # masked: the user did not ask for it in full


def test_the_ocr_engine_is_trimmed_to_what_reading_uses(deb: Path) -> None:
    listing = run("dpkg-deb", "--contents", str(deb)).stdout
    internal = f"./opt/{APP}/_internal/"
    models = re.findall(rf" {re.escape(internal)}rapidocr_onnxruntime/models/(\S+)$", listing, re.M)
    assert sorted(models) == [
        "ch_PP-OCRv4_det_infer.onnx",
        "ch_PP-OCRv4_rec_infer.onnx",
        "ch_ppocr_mobile_v2.0_cls_infer.onnx",
    ]
    assert f" {internal}rapidocr_onnxruntime/config.yaml" in listing
    assert re.search(rf" {re.escape(internal)}cv2/cv2\.abi3\.so$", listing, re.M)
    for unwanted in (
        "opencv_python.libs",  # the GUI build of OpenCV (its own Qt): the headless one only
        "libQt5",
        "onnxruntime/tools",
        "onnxruntime/transformers",
        "onnxruntime/quantization",
        "libonnxruntime_providers_cuda",
        "libonnxruntime_providers_tensorrt",
        "numpy/f2py",
        "numpy/_core/tests",
    ):
        assert unwanted not in listing, f"{unwanted!r} should not be in the package"


def test_xdg_mime_knows_mpreg_files(
    installation: Installation, session: dict[str, str], tmp_path: Path
) -> None:
    require_tools("xdg-mime", "gio")
    sample = make_case(tmp_path, "sample.mpreg", "星光咖啡小程序")
    filetype = run("xdg-mime", "query", "filetype", str(sample), env=session)
    assert filetype.stdout.strip() == MIME_TYPE, filetype.stdout + filetype.stderr
    default = run("xdg-mime", "query", "default", MIME_TYPE, env=session)
    assert default.stdout.strip() == f"{APP}.desktop", default.stdout + default.stderr
    # Saved from a chat without its extension: recognised by its content.
    bare = tmp_path / "星光咖啡"
    shutil.copyfile(sample, bare)
    assert run("xdg-mime", "query", "filetype", str(bare), env=session).stdout.strip() == MIME_TYPE


# -- a double-click --------------------------------------------------------------------------------


@pytest.fixture
def screen(session: dict[str, str]):
    require_tools("Xvfb", "xwininfo", "xprop", "import", "gio")
    server, x_env = start_x_screen(Path(session["MPREG_HOME"]))
    env = {**session, "DISPLAY": x_env["DISPLAY"]}
    pids: list[int] = []
    yield env, pids
    for pid in pids:  # the app started by gio: stopped by its own process id
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
        for _ in range(100):
            if not Path(f"/proc/{pid}").exists():
                break
            time.sleep(0.05)
    QLocalServer.removeServer(server_name(Path(session["MPREG_HOME"]) / "config"))
    server.terminate()
    server.wait(timeout=10)


def app_windows(env: dict[str, str]) -> dict[str, str]:
    """Title -> window id of the top-level windows on the screen."""
    out = run("xwininfo", "-root", "-children", env={**env, "LC_ALL": "C.UTF-8"}, timeout=10)
    return {
        title: wid for wid, title in re.findall(r'^\s+(0x[0-9a-f]+) "([^"]*)"', out.stdout, re.M)
    }


def window_pid(env: dict[str, str], wid: str) -> int:
    out = run("xprop", "-id", wid, "_NET_WM_PID", env=env, timeout=10).stdout
    return int(out.split("=")[1])


def double_click(env: dict[str, str], desktop_file: Path, case: Path, log: Path) -> None:
    # Output to a file, not a pipe: the app inherits it and outlives gio.
    with log.open("a", encoding="utf-8") as output:
        result = subprocess.run(
            ["gio", "launch", str(desktop_file), str(case)],
            env=env,
            stdout=output,
            stderr=output,
            timeout=30,
        )
    assert result.returncode == 0, log.read_text(encoding="utf-8")[-2000:]


def wait_for_window(env: dict[str, str], title: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wid = app_windows(env).get(title)
        if wid:
            return wid
        time.sleep(0.05)
    pytest.fail(f"no window {title!r} appeared; windows: {sorted(app_windows(env))}")


def test_double_click_opens_the_case_in_the_installed_app(
    installation: Installation, screen, tmp_path: Path
) -> None:
    env, pids = screen
    cases = tmp_path / "下载"
    cases.mkdir()
    first = make_case(cases, "星光咖啡.mpreg", "星光咖啡小程序")
    second = make_case(cases, "明月书店.mpreg", "明月书店小程序")

    started = time.monotonic()
    double_click(env, installation.desktop_file, first, tmp_path / "launch.log")
    wid = wait_for_window(env, TITLE)
    seconds = time.monotonic() - started
    pid = window_pid(env, wid)
    pids.append(pid)
    assert Path(f"/proc/{pid}/exe").resolve() == installation.program.resolve()
    assert "_NET_WM_ICON(CARDINAL)" in run("xprop", "-id", wid, "_NET_WM_ICON", env=env).stdout

    time.sleep(1.0)  # let it paint
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "deb-installed-window.png"
    run("import", "-window", "root", str(shot), env=env, check=True, timeout=30)
    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, 700, 13)}
    assert len(colours) > 20, "the screenshot looks blank"
    record = {"launch_to_window_seconds": round(seconds, 2), "installed_by": installation.how}
    (ARTIFACTS / "deb-startup.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    assert seconds < 10, f"{seconds:.1f} s from double-click to window"

    # Another case double-clicked while the app runs: the running app opens it.
    double_click(env, installation.desktop_file, second, tmp_path / "launch.log")
    other = wait_for_window(env, "明月书店小程序 — 小程序注册助手", timeout=15)
    assert window_pid(env, other) == pid
