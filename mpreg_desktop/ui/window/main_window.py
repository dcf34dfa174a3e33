"""The main window: one case (or the start page), its docks, menus and file handling."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import Step
from mpreg_desktop.ui.docks.checklist_dock import ChecklistView
from mpreg_desktop.ui.docks.problems_dock import ProblemsView
from mpreg_desktop.ui.docks.timeline_dock import TimelineView
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.safety import CaseSafety
from mpreg_desktop.ui.window.case_view import CaseView
from mpreg_desktop.ui.window.reminders import TrayReminders
from mpreg_desktop.ui.window.window_files import FileActionsMixin

log = logging.getLogger(__name__)


class MainWindow(FileActionsMixin, QMainWindow):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: CaseDocument | None = None
        self.safety: CaseSafety | None = None  # with a document: its lock, autosave and watcher
        self.case_view: CaseView | None = None
        self._guide = None  # 使用指南, built on first F1
        self._painted = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("MainWindow")
        self.undo_group = QUndoGroup(self)

        self._start_page = None  # built when first shown without a case (see start_page)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.font_warning = QLabel(
            self.tr(
                "No font for Chinese was found: Chinese text would show as boxes. "
                "On Debian/Ubuntu install fonts-noto-cjk."
            )
        )
        self.font_warning.setWordWrap(True)
        self.font_warning.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px;")
        self.font_warning.setVisible(not context.has_chinese_font())
        layout.addWidget(self.font_warning)
        calendar_error = context.calendar.error
        self.calendar_warning = QLabel(
            self.tr(
                "The holiday override file was ignored because it is not valid; working days "
                "follow the built-in calendar. {reason}"
            ).format(reason=calendar_error or "")
        )
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setStyleSheet(self.font_warning.styleSheet())
        self.calendar_warning.setVisible(bool(calendar_error))
        layout.addWidget(self.calendar_warning)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.docks: dict[str, QDockWidget] = {}
        for key, title, area in (
            ("checklist", self.tr("Checklist"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("timeline", self.tr("Timeline"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("problems", self.tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea),
            ("assistant", self.tr("Form assistant"), Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            dock.setWidget(self._empty_dock())
            self.addDockWidget(area, dock)
            self.docks[key] = dock
        self.tabifyDockWidget(self.docks["checklist"], self.docks["timeline"])
        self.tabifyDockWidget(self.docks["timeline"], self.docks["assistant"])
        self.docks["checklist"].raise_()
        self._docks_sized = False

        self.reminders = TrayReminders(self)
        self._build_menus()
        self.setAcceptDrops(True)  # case files and bundles dropped on the window open
        self._restore_layout()
        self._dock_visibility = {key: not dock.isHidden() for key, dock in self.docks.items()}
        for dock in self.docks.values():  # nothing to show in them until a case is open
            dock.hide()
        self._update_title()
        self.refresh_recent()

    # -- construction ----------------------------------------------------------------------------
    @property
    def start_page(self):
        """The page shown while no case is open. Built when first needed: a window that opens a
        case at once (a double-clicked file) never shows it, so start-up does not pay for it."""
        if self._start_page is None:
            from mpreg_desktop.ui.window.start_page import StartPage

            page = StartPage(self.context, on_library=self._library_created)
            page.newRequested.connect(self.new_case)
            page.openRequested.connect(self.open_dialog)
            page.recentRequested.connect(lambda text: self.open_recent(Path(text)))
            page.set_recent(self.context.settings.recent_files)
            self._start_page = page
            self.stack.insertWidget(0, page)
            if self.document is None:
                self.stack.setCurrentWidget(page)
        return self._start_page

    def _library_created(self, library) -> None:
        library.openRequested.connect(lambda path: self.context.open_path(path, near=self))
        library.libraryChanged.connect(lambda: self.context.update_library(library.summaries()))

    def _empty_dock(self) -> QLabel:
        label = QLabel(self.tr("No case is open."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.library_action = self._action(
            self.tr("Case &library"), self.show_library, QKeySequence("Ctrl+L")
        )
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&New case"), self.new_case, keys.New))
        file_menu.addAction(self._action(self.tr("&Open…"), self.open_dialog, keys.Open))
        file_menu.addAction(self.library_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.refresh_recent)
        file_menu.addSeparator()
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, keys.SaveAs)
        self.export_calendar_action = self._action(
            self.tr("Export &calendar…"), self.export_calendar
        )
        self.export_bundle_action = self._action(
            self.tr("Export case &bundle…"), self.export_bundle
        )
        self.print_action = self._action(self.tr("&Print checklist…"), self.print_sheet, keys.Print)
        self.export_pdf_action = self._action(self.tr("Export P&DF…"), self.export_pdf)
        self.payment_request_action = self._action(
            self.tr("Print pa&yment request…"), self.print_payment_request
        )
        self.payment_pdf_action = self._action(
            self.tr("Export payment request as PDF…"), self.export_payment_request
        )
        self.history_action = self._action(self.tr("Earlier &versions…"), self.show_history)
        self.close_action = self._action(self.tr("&Close window"), self.close, keys.Close)
        file_menu.addActions([self.save_action, self.save_as_action, self.history_action])
        file_menu.addSeparator()
        file_menu.addActions([self.print_action, self.export_pdf_action])
        file_menu.addActions([self.payment_request_action, self.payment_pdf_action])
        file_menu.addAction(self.export_calendar_action)
        file_menu.addAction(self.export_bundle_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        quit_action = self._action(self.tr("E&xit"), self.quit_all, keys.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(keys.Redo)])
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        prefs = self._action(self.tr("&Preferences…"), self.preferences, keys.Preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(prefs)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.step_actions = []
        for index, step in enumerate(Step):
            from mpreg_desktop.ui.steps import step_title

            action = self._action(
                f"{index + 1} {step_title(step)}",
                lambda _checked=False, s=step: self.case_view and self.case_view.show_step(s),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
            view_menu.addAction(action)
            self.step_actions.append(action)
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&User guide"), self.show_guide, keys.HelpContents)
        )
        help_menu.addAction(self._action(self.tr("Rules edition and &sources"), self.show_rules))
        about = self._action(self.tr("&About"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        self._update_actions()

    def _update_actions(self) -> None:
        has_case = self.document is not None
        case_actions = (
            self.save_action,
            self.save_as_action,
            self.export_calendar_action,
            self.export_bundle_action,
            self.print_action,
            self.export_pdf_action,
            self.payment_request_action,
            self.payment_pdf_action,
            self.history_action,
        )
        for action in (*case_actions, *self.step_actions):
            action.setEnabled(has_case)

    # -- layout ----------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.window_geometry.get(type(self).__name__)
        state = settings.window_state.get(type(self).__name__)
        if not (geometry and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
            screen = self.screen().availableGeometry()
            metrics = self.fontMetrics()
            # Most of a laptop screen on first run; capped so a large monitor is not filled.
            width = min(int(screen.width() * 0.92), metrics.averageCharWidth() * 240)
            height = min(int(screen.height() * 0.9), metrics.height() * 60)
            self.resize(width, height)
        if state:
            self._docks_sized = self.restoreState(QByteArray.fromBase64(state.encode()))

    def _save_layout(self) -> None:
        if self.document is None:
            return  # a start-page window's hidden docks are not the layout to remember
        settings = self.context.settings
        name = type(self).__name__
        settings.window_geometry[name] = bytes(self.saveGeometry().toBase64()).decode()
        settings.window_state[name] = bytes(self.saveState().toBase64()).decode()
        self.context.save_settings()

    def showEvent(self, event) -> None:
        if self.document is None:
            self.start_page  # noqa: B018 - no case to show: the start page, built now
        super().showEvent(event)
        if not self._docks_sized:  # first run: docks sized from the font; Qt needs a shown window
            self._docks_sized = True
            # From the font, but never more than a share of the screen: at 1366×768 and 150 %
            # (911×512 points) the docks left the case a quarter of the window.
            available = self.screen().availableGeometry()
            line = self.fontMetrics().height()
            problems = min(line * 7, available.height() // 7)
            self.resizeDocks([self.docks["problems"]], [problems], Qt.Orientation.Vertical)
            # Some fonts report a tiny average width (the English 清单 came out 165 px wide and
            # cut every row): a lower-case letter's advance is the floor.
            metrics = self.fontMetrics()
            char = max(metrics.averageCharWidth(), metrics.horizontalAdvance("n"))
            checklist = min(char * 42, available.width() // 4)
            self.resizeDocks([self.docks["checklist"]], [checklist], Qt.Orientation.Horizontal)

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- the document ----------------------------------------------------------------------------
    def set_document(self, document: CaseDocument) -> None:
        self.document = document
        document.setParent(self)  # lives and dies with its window
        document.join(self.undo_group)
        # Bound methods (not lambdas), so Qt disconnects them when the window is destroyed.
        document.cleanChanged.connect(self._update_title)
        document.changed.connect(self._field_changed)
        document.pathChanged.connect(self._update_title)
        self.safety = CaseSafety(self, document, self.context.paths.state_dir)
        self.context.give_others(document)
        self.context.give_readings(document)
        document.editRefused.connect(self._edit_refused)
        self.case_view = CaseView(document)
        self.case_view.layout().insertWidget(0, self.safety.banner)
        self.stack.addWidget(self.case_view)
        self.stack.setCurrentWidget(self.case_view)
        checklist = ChecklistView(document)
        checklist.stepRequested.connect(lambda step, _id: self.case_view.show_step(step))
        checklist.fieldRequested.connect(self.case_view.focus_field)
        problems = ProblemsView(document)
        problems.fieldRequested.connect(self.case_view.focus_field)
        self.docks["checklist"].setWidget(checklist)
        timeline = TimelineView(document, when_seen=True)  # a tab behind the 清单 at first
        timeline.stepRequested.connect(self.case_view.show_step)
        self.docks["timeline"].setWidget(timeline)
        self.reminders.watch(document)
        self.docks["problems"].setWidget(problems)
        from mpreg_desktop.ui.assistant.dock import install_assistant

        install_assistant(self.docks["assistant"], document, self.context)
        for key, dock in self.docks.items():
            dock.setVisible(self._dock_visibility.get(key, True))
        self._update_title()
        self._update_actions()

    def _edit_refused(self, reason: str) -> None:
        self.statusBar().showMessage(self.read_only_text(reason), 5000)

    def read_only_text(self, reason: str) -> str:
        if reason == "invalid":
            return self.tr(
                "Not kept: the value does not fit this field (too long, or not allowed here)."
            )
        if reason == "newer_version":
            return self.tr(
                "Read-only: this case was saved by a newer version of MP Reg Desktop. "
                "Update the app to edit it; it is never saved back in an older format."
            )
        return self.tr("Read-only: someone else has this case open. Use “Save as” to keep a copy.")

    def _field_changed(self, path: str) -> None:
        if path == "name":
            self._update_title()

    def _update_title(self, *_args) -> None:
        app_title = self.tr("MP Reg Desktop")
        if self.document is None:
            self.setWindowTitle(app_title)
            self.setWindowModified(False)
            return
        name = self.document.case.name or (
            self.document.path.stem if self.document.path else self.tr("Untitled case")
        )
        marker = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{name}{marker}[*] — {app_title}")
        self.setWindowModified(self.document.is_modified)

    def rules_changed(self, rules) -> None:
        """Another rules pack is in use: the case and the library are checked with it."""
        if self.document is not None:
            self.document.set_rules(rules)
        if self._start_page is not None:  # never built just for this
            self._start_page.rules_changed(rules)

    def _document(self, case, path: Path | None = None) -> CaseDocument:
        calendar = self.context.calendar.calendar
        return CaseDocument(
            case, path=path, rules=self.context.rules, calendar=calendar, clock=self.context.clock
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.reminders.set_minimised(self.isMinimized())
        lost_focus = event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
        if lost_focus and self.document is not None:
            self.safety.autosave()  # keep what was typed

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first frame: what start-up deferred follows it
            self._painted = True
            self.context.window_painted()

    def closeEvent(self, event: QCloseEvent) -> None:
        discarded = self.document is not None and self.document.is_modified
        if not self.maybe_save():
            event.ignore()
            return
        if self.safety is not None:
            self.safety.release()
        if self.document is not None and discarded and self.document.is_modified:
            self.safety.forget_recovery()  # the user chose not to save: nothing to recover
        self._save_layout()
        self.context.forget_window(self)
        event.accept()

    def quit_all(self) -> None:
        for window in list(self.context.windows):
            if not window.close():
                return

    # -- other dialogs ---------------------------------------------------------------------------
    # Dialogs are imported when first opened: none of them is on the start-up path.
    def preferences(self) -> None:
        from mpreg_desktop.ui.dialogs.app_dialogs import PreferencesDialog

        PreferencesDialog(self.context, self).exec()

    def show_library(self) -> None:
        """The case library: this window's start page, or a window showing one."""
        target = self if self.document is None else self.context.window_without_case()
        target.show()
        target.start_page.library.refresh()
        target.bring_to_front()

    def show_history(self) -> None:
        from mpreg_desktop.ui.dialogs.history import HistoryDialog

        if self.document is not None:
            HistoryDialog(self.document, self.context.paths.state_dir, self).exec()

    def show_guide(self) -> None:
        """F1: the guide at the step on screen (the case library's section without a case)."""
        from mpreg_desktop.ui.dialogs.guide import GuideDialog

        if self._guide is None:
            self._guide = GuideDialog(self)
        on_case = self.case_view is not None and self.stack.currentWidget() is self.case_view
        step = list(Step)[self.case_view.tabs.currentIndex()] if on_case else None
        self._guide.show_section(step.value if step else "start")

    def export_bundle(self) -> None:
        from mpreg_desktop.ui.sharing.bundle_actions import export_bundle_dialog

        export_bundle_dialog(self)

    # A case file or bundle dropped on the window opens like a double-click (the materials page
    # takes drops of scans itself, before they reach the window).
    def dragEnterEvent(self, event) -> None:
        if _case_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = _case_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            for path in files:
                self.context.open_path(path, near=self)

    def show_rules(self) -> None:
        from mpreg_desktop.ui.dialogs.app_dialogs import RulesDialog

        RulesDialog(self.context, self).exec()

    def show_about(self) -> None:
        from mpreg_desktop.ui.dialogs.app_dialogs import show_about

        show_about(self)


def _case_files(mime) -> list[Path]:
    """The case files (.mpreg) and bundles (.mpregz) among dropped URLs."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in (".mpreg", ".mpregz")]
