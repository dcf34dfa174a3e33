"""Starting the GUI: logging, the QApplication, translators, fonts, and the first window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import types
from pathlib import Path

from mpreg_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from mpreg_desktop.paths import app_paths

log = logging.getLogger(__name__)


LOG_LIMIT = 1_000_000  # bytes in the current log before it is rolled over
LOG_BACKUPS = 5


def rotate_log(path: Path, limit: int = LOG_LIMIT, backups: int = LOG_BACKUPS) -> None:
    """Roll a log past ``limit`` over to .1 (.1 to .2, …; the oldest beyond ``backups`` goes).

    Done once, when the app starts: a session writes a few lines, so this keeps the same bound
    as logging's RotatingFileHandler without importing logging.handlers (and its socket and
    pickle) on the start-up path.
    """
    try:
        if path.stat().st_size <= limit:
            return
    except FileNotFoundError:
        return
    for number in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def setup_logging(log_dir: Path) -> None:
    """The log in the platform's log folder. Never log personal data: ids and codes only."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "mpreg-desktop.log"
        rotate_log(log_file)
        # Created private (0600) like cases: case ids and file events are nobody else's business.
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        if os.name == "posix":
            os.chmod(log_file, 0o600)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def display_problem() -> str | None:
    """Why a window cannot be shown, in one line, or None. Checked before Qt would abort."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "mpreg-desktop: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it in a desktop session, or use a subcommand such as `mpreg-desktop check FILE`"
        )
    return None


def import_models() -> None:
    """Import pydantic and the models before PySide6, which the window needs them soon after.

    Once PySide6 is imported, its import hook reads the source of every module imported after it
    (for its ``__feature__`` switch); pydantic brings about 60 modules: imported first, they skip
    that and start-up is ~25 ms shorter (docs/performance.md). The validators themselves are
    built when first used.
    """
    # No pydantic plugin has any business in this app; looking for them reads the metadata of
    # every installed distribution when the first validator is built (~10 ms). Even with plugins
    # disabled, pydantic's plugin loader imports importlib.metadata (email, csv, zipfile…: ~12 ms
    # of start-up), so a loader that finds none stands in for it. pydantic asks its loader for
    # get_plugins() only (checked by tests/test_performance_guards.py for each pydantic release).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    no_plugins = types.ModuleType("pydantic.plugin._loader", "No pydantic plugins: none is used")
    no_plugins.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", no_plugins)

    import mpreg_desktop.domain.rules.model
    import mpreg_desktop.storage.cases.casefile
    import mpreg_desktop.storage.settings  # noqa: F401


def import_case_checks() -> None:
    """Import what the first check of a case needs before PySide6, as import_models does.

    The window computes the case's problems, checklist and timeline before its first frame.
    python-stdnum and phonenumbers bring ~100 modules (ssl among them) and the domain's checks a
    few dozen: imported after PySide6 they pass through its import hook, here they do not, ~10 ms
    less CPU before the first frame (docs/performance.md). Only when a case is opened: the start
    page checks nothing. Not on a background thread beside PySide6's import: both need the GIL,
    and importing PySide6 waited for it at every file it read (several times slower).
    """
    import mpreg_desktop.domain.checks.case_checks
    import mpreg_desktop.domain.flow.checklist
    import mpreg_desktop.domain.flow.timeline
    import mpreg_desktop.domain.workdays  # noqa: F401
    from mpreg_desktop.domain.checks.identifiers import load_checking_libraries

    load_checking_libraries()


def run_gui(files: list[str], rules: Path | None = None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # No garbage collection until the window is up: start-up creates a few hundred thousand objects
    # that all stay (modules, classes, validators, widgets), and the collector went through them
    # again and again, ~170 times (~70 ms of CPU before the first frame, docs/performance.md).
    # Collection resumes once the first window has drawn its first frame (AppContext).
    gc.disable()
    paths = app_paths()
    setup_logging(paths.log_dir)
    import_models()
    if files:
        import_case_checks()
    from mpreg_desktop.domain.rules.model import RulesError
    from mpreg_desktop.storage.rules_store import choose_rules

    if rules is None:  # the built-in pack as an earlier start validated it (~35 ms less)
        from mpreg_desktop.storage.rules_cache import load_builtin_rules

        load_builtin_rules(paths.state_dir)
    try:
        rules_choice = choose_rules(paths.config_dir, rules)
    except RulesError as error:
        print(f"mpreg-desktop: --rules: {error}", file=sys.stderr)
        return 2
    if rules_choice.unused:
        log.warning("imported rules pack not used: %s", rules_choice.unused)

    from mpreg_desktop.ui.app.feature_check import note_modules_for_pyside

    note_modules_for_pyside()  # the first import of PySide6 (~11 ms less CPU before the frame)
    # Another launch already running (the user double-clicked one more case): it takes the files,
    # and this one exits before ever connecting to the window system.
    from mpreg_desktop.ui.app.single_instance import FileOpenFilter, InstanceGuard

    guard = InstanceGuard(paths)
    if guard.pass_to_running(files):
        log.info("handed %d file(s) to the running app", len(files))
        return 0

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from mpreg_desktop.resources import resource_path

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
    from mpreg_desktop.ui.app.context import AppContext

    def after_first_frame() -> None:
        # The visible focus mark's style draws every primitive through Python, and naming
        # QStyle builds its enums (~5 ms of CPU before the first frame, docs/performance.md).
        # It wraps the same platform style, so installing it now changes no size and no pixel
        # but the focus mark, and no key can have moved the focus before the first frame.
        from mpreg_desktop.ui.app.focus_style import install_visible_focus

        install_visible_focus(app)
        gc.enable()

    context = AppContext(paths, rules_choice, after_first_frame=after_first_frame)
    context.install_translators(app)
    guard.serve(context, app)
    if sys.platform == "darwin":  # macOS sends double-clicked files as events, not in argv
        app.installEventFilter(FileOpenFilter(context, app))
    log.info("started %s %s", APP_NAME, __version__)
    context.open_initial([Path(f) for f in files])
    return app.exec()
