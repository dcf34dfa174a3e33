"""The library's table: one row per case file, sorted and filtered by a proxy.

A ``QAbstractTableModel`` over a plain list of :class:`CaseSummary`, because a library of
thousands of cases must not build thousands of widgets or items: cells are worked out when the
view paints them. The model sorts its own list (Python's sort with one key per row, names by the
locale's collation — pinyin order in Chinese), because a proxy's sort would call back into Python
twice per comparison: 0.3 s for 5,000 rows, on every sort and every filter change. The proxy only
filters, looking at the summaries directly.
"""

from __future__ import annotations

import bisect
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from mpreg_desktop.domain.case import SHANGHAI, Step
from mpreg_desktop.domain.messages import due_text, timeline_text
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.os_errors import kind_text
from mpreg_desktop.storage.cases.casefile import CaseFileError
from mpreg_desktop.storage.library.index import CaseSummary
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.errors import case_file_error_text
from mpreg_desktop.ui.steps import step_title
from mpreg_desktop.ui.window.header import DEADLINE_COLOURS

NAME, SUBJECT, TYPE, STEP, PROGRESS, DEADLINE, MODIFIED = range(7)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
STEPS = list(Step)
DONE, BROKEN = "done", "broken"  # step filter values besides the four steps
_Index = QModelIndex | QPersistentModelIndex


def header_titles() -> list[str]:
    return [
        QCoreApplication.translate("LibraryModel", "Case"),
        QCoreApplication.translate("LibraryModel", "Subject"),
        QCoreApplication.translate("LibraryModel", "Type"),
        QCoreApplication.translate("LibraryModel", "Current step"),
        QCoreApplication.translate("LibraryModel", "Progress"),
        QCoreApplication.translate("LibraryModel", "Next deadline"),
        QCoreApplication.translate("LibraryModel", "Modified"),
    ]


def broken_text(summary: CaseSummary) -> str:
    """Why a file is listed as broken, in the user's language (the tooltip of its row)."""
    if summary.error_code == "internal":
        return "\n".join(
            [
                str(summary.path),
                "",
                QCoreApplication.translate(
                    "LibraryModel",
                    "This case could not be summarised ({detail}). Open it to see more.",
                ).format(detail=summary.error_detail),
            ]
        )
    detail = summary.error_detail
    if summary.error_os:  # the system's reason, in the UI's language rather than its English
        detail = kind_text(summary.error_os, i18n.current_language())
    error = CaseFileError(summary.error_code, summary.path, detail, summary.error_where)
    return case_file_error_text(error)


class _Descending:
    """A sort key compared the other way round (for bisect in a descending order)."""

    __slots__ = ("key",)

    def __init__(self, key) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return other.key < self.key


def step_rank(summary: CaseSummary) -> int:
    if summary.broken:
        return len(STEPS) + 1
    return STEPS.index(summary.current_step) if summary.current_step else len(STEPS)


class LibraryModel(QAbstractTableModel):
    def __init__(self, rules: Rules, now: datetime, parent=None) -> None:
        super().__init__(parent)
        self.rules = rules
        self.now = now
        self._rows: list[CaseSummary] = []
        self._row_of: dict[Path, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    # -- content ---------------------------------------------------------------------------------
    def summaries(self) -> list[CaseSummary]:
        return list(self._rows)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, path: Path) -> int | None:
        return self._row_of.get(Path(path))

    def upsert(self, summaries: list[CaseSummary]) -> None:
        """Add new files, replace changed ones; unchanged rows are left alone (no repaint)."""
        new = []
        changed = False
        for summary in summaries:
            row = self._row_of.get(summary.path)
            if row is None:
                new.append(summary)
            elif self._rows[row] != summary:
                self._rows[row] = summary
                changed = True
                self.dataChanged.emit(self.index(row, 0), self.index(row, MODIFIED))
        if changed:  # a changed row may belong elsewhere now: sort again, new rows with it
            self._append(new)
            self._resort()
        elif new:
            self._insert_in_order(new)

    def _append(self, new: list[CaseSummary]) -> None:
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for offset, summary in enumerate(new):
            self._row_of[summary.path] = first + offset
            self._rows.append(summary)
        self.endInsertRows()

    def _insert_in_order(self, new: list[CaseSummary]) -> None:
        """Each new row where the order puts it (as after a sort: after the rows that compare
        equal), so that the table and its filter take in only the new rows. A sort of all rows
        per scan step made them go through every row each time: reading a library of 5,000
        arrives in ~400 steps (the cold list took 6–11 s of which most was this)."""
        column, order = self._sort
        if column < 0:
            self._append(new)
            return
        sort_key = self._sort_key(column)
        if order == Qt.SortOrder.DescendingOrder:
            key = lambda s: _Descending(sort_key(s))  # noqa: E731
        else:
            key = sort_key
        for summary in new:
            row = bisect.bisect_right(self._rows, key(summary), key=key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, summary)
            self.endInsertRows()
        self._row_of = {summary.path: row for row, summary in enumerate(self._rows)}

    def retain(self, paths: set[Path]) -> None:
        """Drop the rows of files that are gone, in runs from the end so row numbers hold."""
        gone = sorted((r for r, s in enumerate(self._rows) if s.path not in paths), reverse=True)
        while gone:
            last = first = gone.pop(0)
            while gone and gone[0] == first - 1:
                first = gone.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        if len(self._row_of) != len(self._rows):
            self._row_of = {s.path: row for row, s in enumerate(self._rows)}

    def set_now(self, now: datetime) -> None:
        """The countdowns moved on: repaint the deadline column."""
        self.now = now
        if self._rows:
            self.dataChanged.emit(
                self.index(0, DEADLINE), self.index(len(self._rows) - 1, DEADLINE)
            )

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MODIFIED + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_titles()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == PATH_ROLE:
            return str(summary.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(summary, column)
        return None

    def _text(self, s: CaseSummary, column: int) -> str:
        if s.broken:
            texts = {
                NAME: s.path.name,
                SUBJECT: QCoreApplication.translate("LibraryModel", "Cannot be read"),
                STEP: "—",
            }
            return texts.get(column, self._modified_text(s) if column == MODIFIED else "")
        if column == NAME:
            return s.label + (
                QCoreApplication.translate("LibraryModel", " (archived)") if s.archived else ""
            )
        if column == SUBJECT:
            return s.subject_name
        if column == TYPE:
            return (
                i18n.text(self.rules.subjects.get(s.subject_type).label) if s.subject_type else ""
            )
        if column == STEP:
            return (
                step_title(s.current_step)
                if s.current_step
                else QCoreApplication.translate("LibraryModel", "All done")
            )
        if column == PROGRESS:
            return f"{s.done}/{s.total}"
        if column == DEADLINE:
            if s.deadline is None:
                return ""
            language = i18n.current_language()
            left = due_text(s.deadline, self.now, language)
            # The time left first: a narrow column cuts the end of the text, never the countdown.
            return f"{left} · {timeline_text(s.deadline, language)}"
        return self._modified_text(s)

    @staticmethod
    def _modified_text(s: CaseSummary) -> str:
        return s.modified.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if s.modified else ""

    def _sort_key(self, column: int):
        """One comparable key per row for ``column``: a single type per column."""
        if column == STEP:
            return step_rank
        if column == PROGRESS:
            return lambda s: -1.0 if s.broken else (s.done / s.total if s.total else 0.0)
        if column == DEADLINE:
            return lambda s: s.deadline.due.timestamp() if s.deadline else float("inf")
        if column == MODIFIED:
            return lambda s: s.modified.timestamp() if s.modified else 0.0
        collator = QCollator()  # the UI language's order: pinyin in Chinese
        return lambda s: collator.sortKey(self._text(s, column))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._resort()

    def _resort(self) -> None:
        """Put the rows in the chosen order, keeping the selection on the same cases."""
        column, order = self._sort
        if column < 0 or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        paths = [self._rows[index.row()].path for index in before]
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=self._sort_key(column), reverse=descending)  # stable
        self._row_of = {summary.path: row for row, summary in enumerate(self._rows)}
        after = [
            self.index(self._row_of[p], i.column()) for p, i in zip(paths, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _tooltip(self, s: CaseSummary, column: int) -> str:
        if s.broken:
            return broken_text(s)
        if column == DEADLINE and s.deadline is not None:
            due = s.deadline.due.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
            when = QCoreApplication.translate("LibraryModel", "Due {time}").format(time=due)
            return f"{self._text(s, column)}\n{when}"  # the cell may be cut short
        return str(s.path)

    def _colour(self, s: CaseSummary, column: int):
        if s.broken:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if column == DEADLINE and s.deadline is not None:
            return QBrush(QColor(DEADLINE_COLOURS[s.deadline.state(self.now)]))
        return None


def end_of_week(now: datetime) -> datetime:
    """Sunday 23:59:59 of this week in Asia/Shanghai: "due this week" means by then."""
    local = now.astimezone(SHANGHAI)
    sunday = local.date() + timedelta(days=6 - local.weekday())
    return datetime(sunday.year, sunday.month, sunday.day, 23, 59, 59, tzinfo=SHANGHAI)


class LibraryFilter(QSortFilterProxyModel):
    """Search as you type, the step filter, the deadline filters and archived cases."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self.search = ""
        self.step: Step | str | None = None  # a Step, DONE, BROKEN, or None for all
        self.overdue = False
        self.this_week = False
        self.show_archived = False
        self.now: datetime | None = None  # set by the view with its model's time

    def configure(self, **changes) -> None:
        """Change some filters at once and filter again (once)."""
        # Qt 6.9 replaced invalidateFilter() by begin/endFilterChange(); 6.7 and 6.8 lack them.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        for name, value in changes.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.search = self.search.strip().casefold()
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table asks the proxy to sort: the model does it (see the module's docstring)."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        s: CaseSummary = self.sourceModel().summary(source_row)
        if s.archived and not self.show_archived:
            return False
        if self.search and not self._matches(s):
            return False
        if self.step is not None:
            wanted = (
                s.broken
                if self.step == BROKEN
                else (not s.broken and s.current_step is None)
                if self.step == DONE
                else (not s.broken and s.current_step == self.step)
            )
            if not wanted:
                return False
        if self.overdue or self.this_week:
            if s.deadline is None:
                return False
            state = s.deadline.state(self.now)
            late = self.overdue and state == "overdue"
            week = self.this_week and state != "overdue" and s.deadline.due <= end_of_week(self.now)
            return late or week
        return True

    def _matches(self, s: CaseSummary) -> bool:
        text = s.search_text
        if self.search in text:
            return True
        # "138 0013 8000" or "138-0013-8000" finds the phone 13800138000
        digits = "".join(ch for ch in self.search if ch not in " -")
        if len(digits) >= 3 and digits.isdigit():
            return digits in text
        # "青禾 读书会": every word, each in any column (the case, its subject, its mini program…)
        words = self.search.split()
        return len(words) > 1 and all(word in text for word in words)
