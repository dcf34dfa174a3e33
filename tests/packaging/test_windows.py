"""The Windows installer as a user meets it, under Wine on a virtual X screen.

Runs with ``make test-packaging`` (``pytest -m packaging``); builds
dist/mpreg-desktop-<version>-setup.exe first when it is missing or older than the sources (``make
windows``). One fresh Wine prefix for the module (Windows 10, Chinese locale, the Noto CJK font
installed into C:\\Windows\\Fonts as a Chinese Windows has YaHei), removed at the end:

- a silent per-user install (no administrator): program folder, Start-menu entry, no desktop
  shortcut unless asked, .mpreg/.mpregz associated in HKCU (type 小程序注册案例, icon, command);
- the CLI (``mpreg-desktop.com``, the console twin of the windowed .exe): ``--version``, also
  typed without extension in cmd; ``check`` with the exit codes of the Linux program on the same
  files (0 sample, 1 draft with errors, 2 unreadable) and readable Chinese, on cases in a folder
  with Chinese characters and spaces;
- a double-click: the registered open command with a case; its window appears (screenshot in
  test-artifacts/windows-installed-window.png); the settings and log go to %LOCALAPPDATA% (via
  platformdirs); a second double-click hands its case to the running app;
- ``checklist --pdf``: the sheet printed without a window (Qt's offscreen platform), in
  Chinese with the font embedded;
- the sizes (installed < 80 MB, setup < 35 MB: issue 19's targets), printed in the test output;
  every module that scanning pictures and making upload-ready copies load (run on Linux) is in
  the bundle, with Qt's image readers for JPEG, GIF, TIFF and WebP;
- an installation over the installed one keeps its folder and drops stale files (an upgrade);
- the silent uninstall removes program, shortcuts and registry keys; the user's cases and
  settings stay.

Wine's own C++ runtime (msvcp140, vcruntime140…) is switched off in the prefix, as on a Windows
without the Visual C++ Redistributable: the app runs on the copies it brings.

The Wine-only stand-in for Windows' icuuc.dll (see packaging/windows/wine.py) is compiled from
the installed Qt6Core.dll's imports into the test's temporary folder and copied into the
prefix's system32; a test checks that the installer carries no such file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path, PureWindowsPath

import pytest
from PySide6.QtGui import QImage

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case
from tests.benchmarks.photos import document_photo
from tests.packaging.windows_bundle import (
    IMAGE_PATHS,
    NOT_NEEDED,
    exists_for_windows,
    modules_in_bundle,
)
from tests.support import ARTIFACTS, IN_CI, ROOT, newest_source, require_tools
from tests.ui.xvfb import start_x_screen

sys.path.insert(0, str(ROOT / "packaging" / "windows"))
from wine import INSTALL_HINT, WinePrefix, build_standins, missing_tools

pytestmark = pytest.mark.packaging

APP = "mpreg-desktop"
SETUP = ROOT / "dist" / f"{APP}-{__version__}-setup.exe"
SOURCES = ("mpreg_desktop", "resources", "packaging", "pyproject.toml")
SAMPLE = ROOT / "docs" / "samples" / "sample-enterprise.mpreg"
SAMPLE_TITLE = "星光咖啡点单小程序 — 小程序注册助手"
SECOND_TITLE = "明月书店小程序 — 小程序注册助手"
CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
HKCU_CLASSES = r"HKCU\Software\Classes"
UNINSTALL = (
    r"Software\Microsoft\Windows\CurrentVersion\Uninstall\{0A20C3F1-51B4-4FA9-8436-D4A0380A3B5B}"
)
# Issue 19's targets, in bytes: the installed program folder and the setup file.
INSTALLED_LIMIT, SETUP_LIMIT = 80_000_000, 35_000_000
VC_RUNTIME = ("msvcp140", "msvcp140_1", "msvcp140_2", "vcruntime140", "vcruntime140_1")
# Wine is slow on a loaded machine: generous limits, so a slow run is never a failure.
START_TIMEOUT = 90


def fail_or_skip(message: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true and {message}")
    pytest.skip(message)


@pytest.fixture(scope="module")
def setup_exe(request: pytest.FixtureRequest) -> Path:
    if "packaging" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("packaging tests run with `make test-packaging` (pytest -m packaging)")
    missing = missing_tools() + [t for t in ("makensis", "osslsigncode") if not shutil.which(t)]
    if missing:
        fail_or_skip(f"needs {', '.join(missing)}: {INSTALL_HINT} nsis osslsigncode")
    if not SETUP.exists() or SETUP.stat().st_mtime < newest_source(SOURCES):
        build = subprocess.run(["make", "windows"], cwd=ROOT, capture_output=True, text=True,
                               timeout=1800)  # fmt: skip
        assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    assert SETUP.exists(), "make windows wrote no installer"
    return SETUP


def chinese_locale() -> str:
    names = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    if not any(name.lower() in ("zh_cn.utf8", "zh_cn.utf-8") for name in names):
        fail_or_skip("needs the zh_CN.UTF-8 locale (Wine converts Chinese file names with it): "
                     "localedef -i zh_CN -f UTF-8 zh_CN.UTF-8")  # fmt: skip
    return "zh_CN.UTF-8"


class Windows:
    """The prefix with the app installed: paths as Windows and as Linux sees them."""

    def __init__(self, prefix: WinePrefix, env: dict[str, str], tmp: Path):
        self.prefix, self.env, self.tmp = prefix, env, tmp

    @property
    def local_appdata(self) -> Path:
        return self.prefix.user_folder / "AppData" / "Local"

    @property
    def appdata(self) -> Path:
        return self.prefix.user_folder / "AppData" / "Roaming"

    @property
    def install_dir(self) -> Path:
        return self.local_appdata / "Programs" / "MP Reg Desktop"

    @property
    def documents(self) -> Path:
        return self.prefix.user_folder / "Documents"

    @property
    def start_menu_entry(self) -> Path:
        return self.appdata / "Microsoft/Windows/Start Menu/Programs/小程序注册助手.lnk"

    def copy_sample(self, folder: Path) -> Path:
        """The sample case as 星光 咖啡.mpreg in ``folder`` (made)."""
        folder.mkdir(parents=True, exist_ok=True)
        case = folder / "星光 咖啡.mpreg"
        shutil.copyfile(SAMPLE, case)
        return case

    def quiet_uninstall(self, hive: str) -> None:
        """Settings → Apps' silent uninstall, by the command the installer registered."""
        quiet = self.registry_value(rf"{hive}\{UNINSTALL}", "QuietUninstallString")
        assert quiet, f"no QuietUninstallString under {hive}"
        program, arguments = re.match(r'"([^"]+)"\s*(.*)', quiet).groups()
        result = self.prefix.run(program, *arguments.split(), timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        # the uninstaller runs on from a copy in %TEMP%: wait until it is done
        folder = self.prefix.linux_path(str(PureWindowsPath(program).parent))
        assert self.prefix.wait_for(lambda: not folder.exists(), 120), (
            f"left behind: {sorted(folder.rglob('*'))[:20]}"
        )
        self.prefix.wait(timeout=120)

    def win(self, path: Path) -> str:
        """The Windows name of a file inside the prefix's C: drive."""
        relative = path.relative_to(self.prefix.drive_c)
        return "C:\\" + str(relative).replace("/", "\\")

    def cli(self, *args: str, timeout: float = START_TIMEOUT) -> subprocess.CompletedProcess:
        """The CLI with its output through a pipe, which Windows Python writes in the ANSI
        code page (GBK on a Chinese Windows; a console gets Unicode)."""
        program = self.win(self.install_dir / f"{APP}.com")
        return self.prefix.run(program, *args, timeout=timeout, encoding=self.prefix.ansi)

    def registry_value(self, key: str, name: str | None = None) -> str | None:
        args = ["/ve"] if name is None else ["/v", name]
        result = self.prefix.run("reg", "query", key, *args, timeout=60, encoding=self.prefix.ansi)
        if result.returncode != 0:
            return None
        match = re.search(r"REG_\w+\s+(.*)$", result.stdout, re.M)
        return match.group(1).strip() if match else None


def install_cjk_font(prefix: WinePrefix) -> None:
    """Noto Sans CJK SC in C:\\Windows\\Fonts, registered as Windows registers a font."""
    if not CJK_FONT.exists():
        fail_or_skip(f"needs {CJK_FONT}: apt-get install fonts-noto-cjk")
    shutil.copy2(CJK_FONT, prefix.drive_c / "windows" / "Fonts" / CJK_FONT.name)
    fonts = r"HKLM\Software\Microsoft\Windows NT\CurrentVersion\Fonts"
    result = prefix.run("reg", "add", fonts, "/v", "Noto Sans CJK SC (TrueType)", "/d",
                        CJK_FONT.name, "/f", timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def silent_install(windows: Windows, *options: str) -> None:
    setup = windows.prefix.windows_path(SETUP)
    result = windows.prefix.run(setup, "/S", *options, timeout=300)
    assert result.returncode == 0, f"silent install failed ({result.returncode}): {result.stdout}"
    windows.prefix.wait(timeout=120)


@pytest.fixture(scope="module")
def windows(setup_exe: Path, tmp_path_factory: pytest.TempPathFactory):
    lang = chinese_locale()
    tmp = tmp_path_factory.mktemp("windows")
    server, x_env = start_x_screen(tmp / "unused-home")
    prefix = WinePrefix(tmp / "prefix", display=x_env["DISPLAY"], lang=lang)
    # As on a Windows without the Visual C++ Redistributable: the app must bring the C++ runtime
    # it loads (the spec leaves out the copies it says can never load), not borrow Wine's.
    prefix.env["WINEDLLOVERRIDES"] += ";" + ",".join(VC_RUNTIME) + "=n"
    try:
        prefix.create()
        for name in VC_RUNTIME:
            (prefix.system32 / f"{name}.dll").unlink(missing_ok=True)
        install_cjk_font(prefix)
        machine = Windows(prefix, x_env, tmp)
        silent_install(machine)
        qt_core = machine.install_dir / "_internal" / "PySide6" / "Qt6Core.dll"
        assert qt_core.exists(), f"no Qt6Core.dll in {machine.install_dir}"
        for standin in build_standins(qt_core, tmp / "wine-standins"):
            shutil.copy2(standin, prefix.system32 / standin.name)  # see packaging/windows/wine.py
        yield machine
    finally:
        prefix.destroy()
        server.terminate()
        server.wait(timeout=10)


# -- the installer and what it installs -----------------------------------------------------------


RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16


def assert_icon_and_version(program: Path) -> None:
    """The program shows the app's icon and has a version (Properties → Details)."""
    dump = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(program)],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    resources = dump[dump.find("The .rsrc Resource Directory section") :]
    types = {int(t, 16) for t in re.findall(r"^\w{3}   Entry: ID: 0x(\w+)", resources, re.M)}
    assert {RT_ICON, RT_GROUP_ICON, RT_VERSION} <= types, f"{program.name}: resources {types}"
    content = program.read_bytes()
    for text in (__version__, "小程序注册助手"):
        assert text.encode("utf-16-le") in content, f"{program.name}: no {text} in its version"


def test_installer_size_icon_and_version(setup_exe: Path) -> None:
    size = setup_exe.stat().st_size
    assert size < SETUP_LIMIT, f"setup is {size / 1e6:.1f} MB (target < {SETUP_LIMIT / 1e6:g} MB)"
    assert_icon_and_version(setup_exe)


def test_silent_install_per_user(windows: Windows, capsys: pytest.CaptureFixture) -> None:
    folder = windows.install_dir
    for name in (f"{APP}.exe", f"{APP}.com", f"{APP}.pkg", "uninstall.exe"):
        assert (folder / name).is_file(), f"{name} is not in {folder}"
    internal = folder / "_internal"
    assert (internal / "resources" / "i18n" / "mpreg_zh_CN.qm").is_file()
    assert (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").is_file()
    assert (internal / "PySide6" / "plugins" / "iconengines" / "qsvgicon.dll").is_file()
    files = [p for p in folder.rglob("*") if p.is_file()]
    names = {p.name.lower() for p in files}
    for standin in ("icuuc.dll", "bcryptprimitives.dll"):
        assert standin not in names, f"the Wine stand-in {standin} must never be installed"
    for program in (f"{APP}.exe", f"{APP}.com"):
        assert_icon_and_version(folder / program)
    for unwanted in ("opengl32sw.dll", "qt6quick.dll", "qt6qml.dll", "qt6pdf.dll", "qdirect2d.dll"):
        assert unwanted not in names, f"{unwanted} should have been trimmed"
    assert not any(p.name in ("tests", "__pycache__") for p in folder.rglob("*") if p.is_dir())
    size = sum(p.stat().st_size for p in files)
    setup = SETUP.stat().st_size
    # The figures in the test output and in a file, whether the limits hold or not.
    with capsys.disabled():
        print(f"\n  Windows: installed {size / 1e6:.1f} MB in {len(files)} files "
              f"(limit {INSTALLED_LIMIT / 1e6:g} MB), setup {setup / 1e6:.1f} MB "
              f"(limit {SETUP_LIMIT / 1e6:g} MB)")  # fmt: skip
    ARTIFACTS.mkdir(exist_ok=True)
    record = {"installed_bytes": size, "installed_files": len(files), "setup_bytes": setup}
    (ARTIFACTS / "windows-sizes.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:10]
    assert size < INSTALLED_LIMIT, f"installed app is {size / 1e6:.1f} MB; biggest: " + ", ".join(
        f"{p.relative_to(folder)} {p.stat().st_size / 1e6:.1f} MB" for p in biggest
    )

    assert windows.start_menu_entry.is_file(), "no Start-menu entry 小程序注册助手"
    assert not (windows.prefix.user_folder / "Desktop" / "小程序注册助手.lnk").exists()
    assert windows.registry_value(rf"HKCU\{UNINSTALL}", "DisplayVersion") == __version__
    assert windows.registry_value(rf"HKLM\{UNINSTALL}", "DisplayVersion") is None


def test_case_files_are_associated(windows: Windows) -> None:
    for extension in (".mpreg", ".mpregz"):
        assert windows.registry_value(rf"{HKCU_CLASSES}\{extension}") == "MPReg.Case"
    assert windows.registry_value(rf"{HKCU_CLASSES}\MPReg.Case") == "小程序注册案例"
    exe = windows.win(windows.install_dir / f"{APP}.exe")
    icon = windows.registry_value(rf"{HKCU_CLASSES}\MPReg.Case\DefaultIcon")
    assert icon.lower() == f"{exe},0".lower()
    command = windows.registry_value(rf"{HKCU_CLASSES}\MPReg.Case\shell\open\command")
    assert command.lower() == f'"{exe}" "%1"'.lower()


def test_cli_version(windows: Windows) -> None:
    result = windows.cli("--version")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"{APP} {__version__}"
    # typed in a console in the program's folder, without extension: the .com comes first
    typed = windows.prefix.run("cmd", "/c", APP, "--version", cwd=windows.install_dir,
                               timeout=START_TIMEOUT, encoding=windows.prefix.ansi)  # fmt: skip
    assert typed.stdout.strip() == f"{APP} {__version__}", typed.stdout + typed.stderr


def linux_check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mpreg_desktop", "check", str(path)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_cli_check_in_a_chinese_folder_with_spaces(windows: Windows) -> None:
    sample = windows.copy_sample(windows.documents / "客户 案例" / "2026 年")
    folder = sample.parent
    draft = folder / "草稿 案例.mpreg"  # an error: the credit code's check digit is wrong
    case = new_case("明月书店小程序")
    case.subject.type, case.subject.name = SubjectType.ENTERPRISE, "深圳市明月书店有限公司"
    case.subject.code = "91440300192203821X"
    write_case(draft, case)
    broken = folder / "损坏 文件.mpreg"
    broken.write_text("{ 这不是案例", encoding="utf-8")
    for case, expected in ((sample, 0), (draft, 1), (broken, 2)):
        assert linux_check(case).returncode == expected
        result = windows.cli("check", windows.win(case))
        assert result.returncode == expected, f"{case.name}: {result.stdout}{result.stderr}"
        assert case.name in result.stdout + result.stderr, result.stdout + result.stderr
    draft_output = windows.cli("check", windows.win(draft)).stdout
    assert "错误" in draft_output, draft_output  # Chinese, readable (UTF-8 through the pipe)
    report = json.loads(windows.cli("check", "--json", windows.win(draft)).stdout)
    assert report["problems"]


def test_wizard_speaks_the_system_language(windows: Windows) -> None:
    """Chinese on a Chinese Windows, English elsewhere (the setup shown, then closed)."""
    require_tools("xwininfo")
    prefix, saved = windows.prefix, dict(windows.prefix.env)
    try:
        for lang, title in (
            ("zh_CN.UTF-8", "小程序注册助手 安装"),
            ("C.UTF-8", "小程序注册助手 Setup"),
        ):
            prefix.env["LANG"] = prefix.env["LC_ALL"] = lang
            setup = prefix.start(prefix.windows_path(SETUP))
            try:
                shown = prefix.wait_for(lambda: title in x_windows(windows.env), START_TIMEOUT)  # noqa: B023
                assert shown, f"no wizard {title!r} ({lang}): {sorted(x_windows(windows.env))}"
            finally:
                setup.kill()
                prefix.kill()
    finally:
        prefix.env.clear()
        prefix.env.update(saved)


def test_what_the_code_claims_for_windows(windows: Windows) -> None:
    """tests/packaging/windows_claims.py with the build's Windows Python: %LOCALAPPDATA% and
    Documents from platformdirs, a case saved in a Chinese folder with spaces, a save while
    another program holds the file, another app's lock, attachments with backslashes."""
    python = ROOT / "build" / "windows" / "python" / "python.exe"
    if not python.exists():
        fail_or_skip("needs the Windows Python of the build: run `make windows`")
    prefix = windows.prefix
    folder = windows.documents / "客户 资料" / "检查 目录"
    prefix.env["PYTHONUTF8"] = "1"
    try:
        script = ROOT / "tests" / "packaging" / "windows_claims.py"
        result = prefix.run(prefix.windows_path(python), prefix.windows_path(script),
                            windows.win(folder), timeout=300)  # fmt: skip
    finally:
        del prefix.env["PYTHONUTF8"]
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("platform_folders", "case_round_trip", "replace_while_open",
                  "lock_of_a_running_app", "attachments_with_backslashes"):  # fmt: skip
        assert f"ok {check}" in result.stdout, result.stdout


def test_cli_timeline_in_shanghai_time(windows: Windows) -> None:
    """Windows has no time zone database: the app's zone comes with the bundled (trimmed)
    tzdata; the calendar export names it."""
    sample = windows.copy_sample(windows.documents / "日历 导出")
    ics = sample.with_suffix(".ics")
    now = "2026-11-20T10:00:00+08:00"
    result = windows.cli("timeline", "--now", now, "--ics", windows.win(ics), windows.win(sample))
    assert result.returncode == 0, result.stdout + result.stderr
    calendar = ics.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in calendar and "Asia/Shanghai" in calendar, calendar[:2000]
    shown = windows.cli("timeline", "--now", now, windows.win(sample))
    assert shown.returncode == 0 and "2026" in shown.stdout, shown.stdout + shown.stderr


def test_cli_prints_the_checklist_to_pdf(windows: Windows) -> None:
    """Printing without a window: Qt's offscreen platform and PrintSupport in the bundle, the
    sheet in Chinese with the font embedded."""
    require_tools("pdftotext", "pdffonts")
    sample = windows.copy_sample(windows.documents / "打印 清单")
    pdf = sample.with_name("材料 清单.pdf")
    result = windows.cli("checklist", windows.win(sample), "--pdf", windows.win(pdf),
                         "--lang", "zh_CN", timeout=2 * START_TIMEOUT)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    # NFKC: Qt's text map may give a CJK compatibility form (⼩ for 小)
    assert "小程序注册清单" in unicodedata.normalize("NFKC", text), text[:1000]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "CJK" in fonts, fonts


def test_bundle_has_what_scans_and_upload_copies_load(windows: Windows, tmp_path: Path) -> None:
    from PIL import Image

    python = ROOT / "build" / "windows" / "python"
    if not python.exists():
        fail_or_skip("needs the Windows Python of the build: run `make windows`")
    pictures = tmp_path / "scans"
    pictures.mkdir()
    photo = document_photo(pictures / "营业执照.jpg", (2400, 1800), orientation=6)
    with Image.open(photo) as image:  # the formats scan.py takes for pictures, as users send them
        image.convert("RGBA").save(pictures / "身份证.png")
        image.save(pictures / "截图.webp")
        image.save(pictures / "扫描.tif")
        image.save(pictures / "扫描.bmp")
        image.convert("P").save(pictures / "动图.gif")
    run = subprocess.run([sys.executable, "-c", IMAGE_PATHS, str(pictures), str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    loaded = json.loads(run.stdout)
    assert "PIL.WebPImagePlugin" in loaded and "PIL.TiffImagePlugin" in loaded
    plugins = windows.install_dir / "_internal" / "PySide6" / "plugins" / "imageformats"
    for reader in ("qjpeg", "qgif", "qtiff", "qwebp"):  # PNG and BMP are built into QtGui
        assert (plugins / f"{reader}.dll").is_file(), f"scan.py reads pictures with {reader}"
    bundled = modules_in_bundle(windows.install_dir)
    missing = [
        m
        for m in loaded
        if m not in bundled and m not in NOT_NEEDED and exists_for_windows(m, python)
    ]
    assert not missing, f"loaded to scan and copy pictures but not in the Windows app: {missing}"


# -- a double-click -------------------------------------------------------------------------------


def x_windows(env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True,
                         env={**env, "LC_ALL": "C.UTF-8"}, timeout=20).stdout  # fmt: skip
    return {t: w for w, t in re.findall(r'^\s+(0x[0-9a-f]+) "([^"]*)"', out, re.M)}


def double_click(windows: Windows, case: Path) -> subprocess.Popen:
    """What Explorer does: the registered open command with the file for %1."""
    key = rf"{HKCU_CLASSES}\MPReg.Case\shell\open\command"
    command = windows.registry_value(key)
    program = re.match(r'"([^"]+)"', command).group(1)
    return windows.prefix.start(program, windows.win(case))


def wait_for_window(windows: Windows, title: str, process: subprocess.Popen) -> str:
    found = windows.prefix.wait_for(lambda: x_windows(windows.env).get(title), START_TIMEOUT)
    if not found:
        output = b"".join(process.output).decode("utf-8", "replace")[-3000:]
        pytest.fail(f"no window {title!r} within {START_TIMEOUT} s under Wine; windows: "
                    f"{sorted(x_windows(windows.env))}; program output: {output}")  # fmt: skip
    return found


def test_double_click_opens_the_case_and_a_second_is_handed_over(windows: Windows) -> None:
    require_tools("xwininfo", "import")
    downloads = windows.documents / "微信 文件" / "下载"
    downloads.mkdir(parents=True)
    first = downloads / "星光 咖啡.mpreg"
    shutil.copyfile(SAMPLE, first)
    second = downloads / "明月 书店.mpreg"
    write_case(second, new_case("明月书店小程序"))

    app = double_click(windows, first)
    try:
        wait_for_window(windows, SAMPLE_TITLE, app)
        time.sleep(3)  # let it paint
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "windows-installed-window.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=windows.env, check=True,
                       timeout=60)  # fmt: skip
        image = QImage(str(shot))
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, 700, 13)
        }
        assert len(colours) > 20, "the screenshot looks blank"

        # platformdirs on Windows: settings and log under %LOCALAPPDATA%\MP Reg\mpreg-desktop
        data = windows.local_appdata / "MP Reg" / APP
        assert windows.prefix.wait_for(lambda: any(data.rglob("*.log")), 30), (
            f"no log under {data}: {sorted(windows.local_appdata.rglob('*'))[:40]}"
        )

        # the second double-click: its process hands the case over and ends; the running app
        # opens it in a window of its own
        launch = double_click(windows, second)
        try:
            assert launch.wait(timeout=START_TIMEOUT) == 0
        except subprocess.TimeoutExpired:
            launch.kill()
            output = b"".join(launch.output).decode("utf-8", "replace")[-3000:]
            logs = "".join(p.read_text("utf-8", "replace")[-3000:] for p in data.rglob("*.log"))
            pytest.fail("the second launch did not end: no hand-over to the running app; "
                        f"its output: {output}; the app's log: {logs}")  # fmt: skip
        wait_for_window(windows, SECOND_TITLE, app)
        assert app.poll() is None, "the first app ended"
    finally:
        app.kill()
        windows.prefix.kill()  # the app and every Wine process; the prefix stays for the next
        time.sleep(1)


# -- upgrade and uninstall ------------------------------------------------------------------------


def test_installing_again_upgrades_in_place(windows: Windows) -> None:
    stale = windows.install_dir / "_internal" / "old-version-library.dll"
    stale.write_bytes(b"from an older version")
    silent_install(windows, "/AllUsers")  # asked for all users, but an installation exists
    assert (windows.install_dir / f"{APP}.exe").is_file()
    assert not stale.exists(), "files of the older version were left behind"
    assert windows.registry_value(rf"HKLM\{UNINSTALL}", "DisplayVersion") is None
    assert windows.cli("--version").stdout.strip() == f"{APP} {__version__}"


def test_uninstall_leaves_only_the_user_data(windows: Windows) -> None:
    user_case = windows.documents / "小程序注册案例" / "保留 的案例.mpreg"
    user_case.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLE, user_case)
    settings = windows.local_appdata / "MP Reg" / APP
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "settings.json").write_text("{}", encoding="utf-8")

    windows.quiet_uninstall("HKCU")
    assert not windows.install_dir.exists()

    assert not windows.start_menu_entry.exists()
    for key in (r"\.mpreg", r"\.mpregz", r"\MPReg.Case", r"\Applications\mpreg-desktop.exe"):
        assert not windows.prefix.registry(HKCU_CLASSES + key), f"{key} is still registered"
    assert not windows.prefix.registry(rf"HKCU\{UNINSTALL}")
    assert user_case.read_bytes() == SAMPLE.read_bytes(), "the user's case must stay"
    assert (settings / "settings.json").exists(), "the user's settings must stay"


def test_all_users_install_on_request(windows: Windows) -> None:
    """/AllUsers: Program Files, HKLM, the common Start menu; its uninstaller removes it all."""
    silent_install(windows, "/AllUsers")
    program_files = windows.prefix.drive_c / "Program Files" / "MP Reg Desktop"
    assert (program_files / f"{APP}.exe").is_file(), f"not installed in {program_files}"
    assert not windows.install_dir.exists()
    classes = r"HKLM\Software\Classes"
    assert windows.registry_value(rf"{classes}\.mpreg") == "MPReg.Case"
    assert windows.registry_value(rf"{classes}\MPReg.Case") == "小程序注册案例"
    common_menu = windows.prefix.drive_c / "ProgramData/Microsoft/Windows/Start Menu/Programs"
    assert (common_menu / "小程序注册助手.lnk").is_file()
    assert windows.registry_value(rf"HKCU\{UNINSTALL}", "DisplayVersion") is None

    assert "/AllUsers" in windows.registry_value(rf"HKLM\{UNINSTALL}", "QuietUninstallString")
    windows.quiet_uninstall("HKLM")
    assert not program_files.exists()
    assert not windows.prefix.registry(rf"{classes}\MPReg.Case")
    assert not windows.prefix.registry(rf"HKLM\{UNINSTALL}")
    assert not (common_menu / "小程序注册助手.lnk").exists()


def test_the_build_installed_the_locked_wheels(setup_exe: Path) -> None:
    """Every wheel of the build is one pinned in packaging/windows/wheels.lock."""
    from tests.test_windows_wheels_lock import read_lock

    used = read_lock((ROOT / "build" / "windows" / "windows-wheels.txt").read_text())
    locked = read_lock((ROOT / "packaging" / "windows" / "wheels.lock").read_text())
    unpinned = {name: str(v) for name, v in used.items() if locked.get(name) != v}
    assert unpinned == {}, f"built with wheels the lock does not pin (--unlocked?): {unpinned}"
