"""The page shown when no case is open: new case, open a case, recent cases, the case library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, context, parent: QWidget | None = None, on_library=None) -> None:
        super().__init__(parent)
        self.context = context
        self._library = None
        self._on_library = on_library  # called with the library view once it exists
        outer = QVBoxLayout(self)
        column = QVBoxLayout()
        title = QLabel(self.tr("MP Reg Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        column.addWidget(title)
        intro = QLabel(
            self.tr(
                "Prepare and track the registration, verification and ICP filing of a WeChat "
                "mini program. Everything stays on this computer."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New case"))
        self.open_button = QPushButton(self.tr("Open…"))
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        outer.addLayout(column)
        below = self.splitter = QSplitter(Qt.Orientation.Horizontal)
        recent_box = self.recent_box = QWidget()
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.addWidget(QLabel(self.tr("Recent cases")))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent cases"))
        # A long folder path is shortened in its middle (the whole path is the tooltip), instead of
        # a sideways scroll bar in a narrow column.
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        recent_layout.addWidget(self.recent, 1)
        self.empty_recent = QLabel(self.tr("No recent cases yet."))
        self.empty_recent.setWordWrap(True)
        recent_layout.addWidget(self.empty_recent)
        recent_layout.addStretch(0)
        below.addWidget(recent_box)
        self.library_holder = QWidget()
        QVBoxLayout(self.library_holder).setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.library_holder)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 4)
        below.setChildrenCollapsible(False)
        self._split_done = False
        outer.addWidget(below, 1)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.recent.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    @property
    def library(self):
        """The case library view, created when first shown or asked for (a window that opens a
        case straight away never needs it, nor its scan)."""
        if self._library is None:
            from mpreg_desktop.ui.library.view import LibraryView

            self._library = LibraryView(self.context)
            self.library_holder.layout().addWidget(self._library)
            if self._on_library is not None:
                self._on_library(self._library)
        return self._library

    def rules_changed(self, rules) -> None:
        if self._library is not None:  # a library not built yet will use the new pack anyway
            self._library.use_rules(rules)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.library  # noqa: B018 - shown: build it now
        if not self._split_done:
            # Stretch factors only share out what is added later: the first split is set here,
            # the library (seven columns) taking four fifths, so 1366 pixels need no scrolling.
            self._split_done = True
            width = self.splitter.width()
            self.splitter.setSizes([width // 5, width - width // 5])

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for text in paths:
            path = Path(text)
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(text)
            if not path.exists():
                item.setText(item.text() + self.tr("  (missing)"))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.empty_recent.setVisible(not paths)
        # On first start there is nothing recent: the library takes the whole width instead of
        # leaving the left half empty.
        self.recent_box.setVisible(bool(paths))
