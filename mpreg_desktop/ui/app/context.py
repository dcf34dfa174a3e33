"""State shared by all windows of one running app: folders, settings, language, open windows."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from mpreg_desktop.domain.clock import SYSTEM_CLOCK, Clock
from mpreg_desktop.domain.rules.model import Rules, load_rules
from mpreg_desktop.paths import AppPaths
from mpreg_desktop.storage.rules_store import RulesChoice, choose_rules
from mpreg_desktop.storage.settings import Settings, load_settings, save_settings
from mpreg_desktop.ui.app import i18n, wheel_guard

log = logging.getLogger(__name__)


class AppContext:
    def __init__(
        self,
        paths: AppPaths,
        rules_choice: RulesChoice | None = None,
        clock: Clock | None = None,
        *,
        after_first_frame: Callable[[], None] | None = None,
    ) -> None:
        """``after_first_frame`` (the app's start): called once the first window has drawn its
        first frame, when the wheel guard is installed too (else at once)."""
        self.paths = paths
        self.clock = clock or SYSTEM_CLOCK  # the one "now" of every window (tests set it)
        # The rules pack for every window of this run (the imported one, or the built-in one).
        self.rules_choice = rules_choice or choose_rules(paths.config_dir)
        self.settings: Settings = load_settings(paths.settings_file)
        self.language = i18n.resolve_language(self.settings.language)
        self.windows: list = []
        self._translators: list = []
        self._calendar = None
        self.library_summaries: list = []  # the latest scan of the library, for cross-case limits
        self._recent_unsaved = False
        self._after_first_frame = after_first_frame
        app = QApplication.instance()
        if app is not None and after_first_frame is None:
            wheel_guard.install(app)
        elif after_first_frame is not None:  # a window that is never drawn (started minimised)
            QTimer.singleShot(3000, self.window_painted)  # holds it back for 3 s at most

    # -- settings -------------------------------------------------------------------------------
    def save_settings(self) -> None:
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            log.warning("settings not saved: %s", exc.strerror)

    def library_dir(self) -> Path:
        configured = self.settings.library_dir
        return Path(configured) if configured else self.paths.default_library_dir

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list; written to disk once the event loop runs.

        Not before: the write waits for the disk (two fsyncs, 5–20 ms), and a case being opened
        or saved is shown first. Several in a row are written once.
        """
        self.settings.add_recent(path)
        if not self._recent_unsaved:
            self._recent_unsaved = True
            QTimer.singleShot(0, self._save_recent)

    def _save_recent(self) -> None:
        self._recent_unsaved = False
        self.save_settings()

    # -- language and fonts ---------------------------------------------------------------------
    def install_translators(self, app: QApplication) -> None:
        self._translators = i18n.install(app, self.language)

    @property
    def calendar(self):
        """The working-day calendar with the user's holiday overrides, loaded once."""
        if self._calendar is None:
            from mpreg_desktop.storage.calendar_overrides import load_calendar

            self._calendar = load_calendar(self.paths.config_dir)
            if self._calendar.error:
                log.warning("holiday override file ignored")
        return self._calendar

    # -- rules pack ------------------------------------------------------------------------------
    @property
    def rules(self) -> Rules:
        return load_rules()

    def rules_changed(self) -> None:
        """A pack was imported or removed: choose again, and every open case is checked again."""
        self.rules_choice = choose_rules(self.paths.config_dir)
        rules = load_rules()
        for window in self.windows:
            window.rules_changed(rules)

    @staticmethod
    def has_chinese_font() -> bool:
        return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))

    def window_painted(self) -> None:
        """A window drew its first frame: start-up's deferred work follows right after it."""
        if self._after_first_frame is not None:
            work, self._after_first_frame = self._after_first_frame, None
            QTimer.singleShot(0, lambda: self._first_frame_drawn(work))

    @staticmethod
    def _first_frame_drawn(work: Callable[[], None]) -> None:
        # The guard filters every event of the app; handed each event's object while the window
        # was built, PySide6 built the Python enums of ~170 Qt classes (~20 ms before the first
        # frame). No wheel can reach a field of a window that was never drawn.
        wheel_guard.install(QApplication.instance())
        work()

    # -- windows ---------------------------------------------------------------------------------
    def new_window(self):
        from mpreg_desktop.ui.window.main_window import MainWindow

        window = MainWindow(self)
        self.windows.append(window)
        window.destroyed.connect(lambda *_: None)
        return window

    def forget_window(self, window) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def window_for(self, path: Path):
        resolved = path.resolve()
        for window in self.windows:
            document = window.document
            if document is not None and document.path and document.path.resolve() == resolved:
                return window
        return None

    def window_without_case(self):
        window = next((w for w in self.windows if w.document is None), None)
        return window or self.new_window()

    def update_library(self, summaries: list) -> None:
        """A library scan finished: every open case re-checks the limits across cases."""
        self.library_summaries = list(summaries)
        for window in self.windows:
            if window.document is not None:
                self.give_others(window.document)

    def give_others(self, document) -> None:
        if not self.library_summaries:  # no library scanned yet (and no import on start-up)
            document.set_others([])
            return
        from mpreg_desktop.storage.library.index import others_for

        document.set_others(others_for(self.library_summaries, document.path, document.case.id))

    def give_readings(self, document) -> None:
        """What the scans said (read on request, kept by file hash): cross-checked with the case."""
        from mpreg_desktop.storage.scan_readings import load_readings

        document.set_readings(load_readings(self.paths.state_dir))

    def open_path(self, path: Path, near=None) -> None:
        """Open a case: raise its window if already open, else use an empty window or a new one.

        A case bundle (.mpregz) is unpacked into the library first, and the case opened from there.
        """
        if path.suffix.lower() == ".mpregz":
            from mpreg_desktop.ui.sharing.bundle_actions import open_bundle

            open_bundle(self, path, near)
            return
        existing = self.window_for(path)
        if existing is not None:
            existing.bring_to_front()
            return
        target = near if near is not None and near.document is None else None
        if target is None:
            target = next((w for w in self.windows if w.document is None), None)
        if target is None:
            target = self.new_window()
        # Open before showing: a window that shows its case at once never builds the start page's
        # library (nor starts its scan); a file that fails to open leaves the start page shown.
        target.open_case_file(path)
        target.show()
        target.bring_to_front()

    def open_initial(self, files: list[Path]) -> None:
        if not files:
            self.new_window().show()
        for path in files:
            self.open_path(path)
        from mpreg_desktop.ui.dialogs.recovery_prompt import offer_recoveries

        offer_recoveries(self)
        if os.environ.get("MPREG_QUIT_WHEN_SHOWN"):
            # For the start-up benchmark: say when the first frame is painted (wall clock, so the
            # benchmark can subtract its own start time), then quit.
            import time

            from PySide6.QtCore import QTimer

            for window in self.windows:
                window.repaint()
            print(f"shown {time.time_ns()} cpu {time.process_time()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
