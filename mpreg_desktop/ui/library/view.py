"""案例库: every case in the library folder, searchable, sortable, with its step and deadline.

Embedding: ``LibraryView(context)``; connect ``openRequested(Path)`` to open a case and, for the
cross-case limits of an open case, call ``others_for(path, case_id)`` (current after every
``libraryChanged``); after a window saves a case, ``note_saved(path, case)`` lists it at once.
The list is kept current by :class:`LibraryScanner` (incremental scans in short steps, a folder
watcher); file operations are in :mod:`mpreg_desktop.ui.library.actions`.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.case import Case, Step
from mpreg_desktop.storage.library.index import (
    CaseSummary,
    LibraryIndex,
    is_archived,
    others_for,
    summarise,
)
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.library.actions import LibraryActions
from mpreg_desktop.ui.library.model import (
    BROKEN,
    DEADLINE,
    DONE,
    MODIFIED,
    NAME,
    PROGRESS,
    STEP,
    SUBJECT,
    TYPE,
    LibraryFilter,
    LibraryModel,
    header_titles,
)
from mpreg_desktop.ui.library.scanner import LibraryScanner
from mpreg_desktop.ui.steps import step_title

CLOCK_MS = 30_000  # countdowns are shown to the minute
# Rows a scan finds join the table at most four times a second: each join repaints the table, and
# joining after every scan step (~320 steps for 5,000 cases read cold) took over a second.
JOIN_MS = 250


class LibraryView(QWidget):
    openRequested = Signal(Path)
    libraryChanged = Signal()  # a scan finished: summaries() and others_for() are up to date

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.root = context.library_dir()
        self._make_folder()
        self.index = LibraryIndex(context.paths.state_dir, context.rules, context.calendar.calendar)
        self.app_clock = context.clock  # the time (self.clock is the timer that ticks)
        self.model = LibraryModel(self.index.rules, self.app_clock.now(), self)
        self.proxy = LibraryFilter(self)
        self.proxy.now = self.model.now
        self.proxy.setSourceModel(self.model)
        self._select_after: Path | None = None
        self._notice = ""  # what the last file operation did, shown until the next one
        self._scanned = False

        self.scanner = LibraryScanner(self.index, self.root, self)
        self._found_rows: list[CaseSummary] = []  # found by the scan, not yet in the table
        self._join = QTimer(self)
        self._join.setSingleShot(True)
        self._join.setInterval(JOIN_MS)
        self._join.timeout.connect(self._join_found)
        self.scanner.found.connect(self._found)
        self.scanner.finished.connect(self._scan_finished)
        self.case_actions = LibraryActions(self)
        self._build()
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self.tick)
        self.clock.start()
        self.scanner.rescan()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: case, subject, code, phone, mini program name")
        )
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.textChanged.connect(lambda text: self._filter(search=text))
        filters.addWidget(self.search, 1)
        self.step_filter = QComboBox()
        self.step_filter.setAccessibleName(self.tr("Filter by step"))
        self.step_filter.addItem(self.tr("All steps"), None)
        for step in Step:
            self.step_filter.addItem(step_title(step), step)
        self.step_filter.addItem(self.tr("All done"), DONE)
        self.step_filter.addItem(self.tr("Cannot be read"), BROKEN)
        self.step_filter.currentIndexChanged.connect(
            lambda _: self._filter(step=self.step_filter.currentData())
        )
        filters.addWidget(self.step_filter)
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.overdue.setAccessibleName(self.tr("Only overdue cases"))
        self.overdue.toggled.connect(lambda on: self._filter(overdue=on))
        self.this_week = QCheckBox(self.tr("Due this week"))
        self.this_week.setAccessibleName(self.tr("Only cases due this week"))
        self.this_week.toggled.connect(lambda on: self._filter(this_week=on))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setAccessibleName(self.tr("Show archived cases"))
        self.archived.toggled.connect(lambda on: self._filter(show_archived=on))
        for box in (self.overdue, self.this_week, self.archived):
            filters.addWidget(box)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases in the library"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEADLINE, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.case_actions.open)
        self._size_columns()
        self.table.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        for action in self.case_actions.all():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Library status"))
        buttons.addWidget(self.status)
        layout.addLayout(buttons)

        self.setTabOrder(self.search, self.step_filter)
        self.setTabOrder(self.step_filter, self.overdue)
        self.setTabOrder(self.overdue, self.this_week)
        self.setTabOrder(self.this_week, self.archived)
        self.setTabOrder(self.archived, self.table)
        self._show_folder()
        self.update_actions()

    def _size_columns(self) -> None:
        """Widths from the font and from the words that can appear (in either language)."""
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("中")
        titles = header_titles()
        rules = self.index.rules
        contents = {
            TYPE: [i18n.text(t.label) for t in rules.subjects.types],
            STEP: [step_title(step) for step in Step] + [self.step_filter.itemText(len(Step) + 1)],
            PROGRESS: ["888/888"],
            MODIFIED: ["2026-12-31 23:59"],
        }
        header = self.table.horizontalHeader()
        for column in (NAME, SUBJECT):
            header.resizeSection(column, em * 14)
        for column, texts in contents.items():
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, titles[column]])
            header.resizeSection(column, widest + 2 * em)  # room for padding and the sort arrow
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The deadline column takes the room left over; where there is none (a narrow window) a
        # stretched section shrinks to the header's minimum, so that minimum keeps its title whole.
        header.setMinimumSectionSize(metrics.horizontalAdvance(titles[DEADLINE]) + 2 * em)
        header.setSectionResizeMode(DEADLINE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Library folder: {path}").format(path=self.root))

    def _make_folder(self) -> None:
        """The library folder is the app's own: create it the first time, so it can be watched."""
        with contextlib.suppress(OSError):  # the status then says the folder is missing
            self.root.mkdir(parents=True, exist_ok=True)

    # -- what is listed --------------------------------------------------------------------------
    def summaries(self) -> list[CaseSummary]:
        return self.model.summaries()

    def others_for(self, path: Path | None, case_id: UUID | str | None = None) -> list:
        """The other cases for ``check_case(..., others=...)``: limits across the library."""
        return others_for(self.model.summaries(), path, case_id)

    def refresh(self) -> None:
        self.scanner.rescan()

    def use_rules(self, rules) -> None:
        """Another rules pack is in use: the summaries are worked out again."""
        self.index.use_rules(rules)
        self.model.rules = rules
        self.refresh()

    def note_saved(self, path: Path, case: Case) -> None:
        """A window saved ``case`` at ``path``: show it at once, without reading the file again.

        (The folder watcher would notice too, a moment later, and then find nothing to read.)
        """
        path = Path(os.path.abspath(path))
        root = Path(os.path.abspath(self.root))
        if root not in path.parents:
            return
        try:
            info = path.stat()
        except OSError:
            return
        summary = summarise(
            case,
            path,
            self.index.rules,
            self.index.calendar,
            size=info.st_size,
            mtime_ns=info.st_mtime_ns,
            archived=is_archived(path, root),
        )
        self.index.update(root, summary)
        self.model.upsert([summary])
        self._update_status()
        self.libraryChanged.emit()

    def set_library_dir(self, root: Path) -> None:
        """Show another library folder (after the user changed it in the settings)."""
        self.root = Path(root)
        self._make_folder()
        self._show_folder()
        self.model.retain(set())
        self._scanned = False
        self.scanner.set_root(self.root)

    def _filter(self, **changes) -> None:
        self.proxy.configure(**changes)
        self._update_status()
        self.update_actions()

    def _found(self, summaries: list[CaseSummary]) -> None:
        self._found_rows.extend(summaries)
        if self.model.rowCount() == 0:
            self._join_found()  # the first rows at once
        elif not self._join.isActive():
            self._join.start()

    def _join_found(self) -> None:
        self._join.stop()
        found, self._found_rows = self._found_rows, []
        if found:
            self.model.upsert(found)
        self._update_status()

    def _scan_finished(self, summaries: list[CaseSummary]) -> None:
        self._join_found()
        self.model.retain({s.path for s in summaries})
        self._scanned = True
        self._update_status()
        if self._select_after is not None:
            self.select_path(self._select_after)
            self._select_after = None
        self.update_actions()
        self.libraryChanged.emit()

    def _update_status(self) -> None:
        total = self.model.rowCount()
        if not self.root.is_dir():
            text = self.tr("The library folder does not exist.")
        elif self.scanner.running:
            text = self.tr("Reading the library… {count} cases so far").format(count=total)
        elif total == 0:
            text = self.tr("No cases yet: cases saved in the library folder appear here.")
        else:
            broken = sum(1 for s in self.model.summaries() if s.broken)
            text = (
                self.tr("1 case")
                if total == 1 and self.proxy.rowCount() == 1
                else self.tr("{shown} of {total} cases shown").format(
                    shown=self.proxy.rowCount(), total=total
                )
            )
            if broken:
                text += self.tr(", {count} cannot be read").format(count=broken)
        # One line holds two sentences (what just happened, what is shown): keep them apart.
        self.status.setText(f"{self._notice} · {text}" if self._notice else text)

    def tick(self, now: datetime | None = None) -> None:
        """The clock moved: countdowns change, and so may who is overdue or due this week."""
        now = now or self.app_clock.now()
        self.model.set_now(now)
        if self.proxy.overdue or self.proxy.this_week:
            self.proxy.configure(now=now)
        else:
            self.proxy.now = now
        self._update_status()

    # -- selection and actions -------------------------------------------------------------------
    def selected(self) -> CaseSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def select_path(self, path: Path) -> bool:
        row = self.model.row_of(Path(path))
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def update_actions(self) -> None:
        self.case_actions.update(self.selected())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.case_actions.open()

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self.case_actions.all():
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))
        self.context_menu = menu  # kept for tests and so that it is not collected while shown

    def after_change(self, path: Path | None, message: str) -> None:
        """A file operation is done: rescan now, then select the case where it is now."""
        self._select_after = path
        self._notice = message
        self._update_status()
        self.scanner.rescan()
