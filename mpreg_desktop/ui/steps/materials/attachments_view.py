"""One attached file as the materials page shows it: what the scan check found, whether the file
is still there unchanged, the problems the platform would have with it, and what to do."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mpreg_desktop.domain.case import Attachment, ScanResult
from mpreg_desktop.storage.attachments import FileState
from mpreg_desktop.ui.editing.forms import SEVERITY_COLOURS

# "ok" only means the file is the one attached: grey, never the green of a passed check (next to
# a rejected scan a green 文件未变 read as approval).
STATE_COLOURS = {
    "ok": "#546e7a",
    "changed": SEVERITY_COLOURS["warning"],
    "missing": "#c62828",
    "too_large": SEVERITY_COLOURS["warning"],
    "checking": "#555555",
}
THUMBNAIL = 72  # px, the longer side
IMAGE_FORMATS = {"jpg", "png", "gif", "bmp", "tiff", "webp", "heic", "avif"}


def file_name(attachment: Attachment) -> str:
    """The name problems use for this file (``check_case`` names files the same way)."""
    return attachment.path.replace("\\", "/").rsplit("/", 1)[-1]


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB" if size else "0 KB"
    return f"{size / 1048576:.1f} MB"


def thumbnail(path: Path) -> QPixmap | None:
    """A small preview of an image file, read at reduced size (a 20 MB photo stays cheap)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    size = reader.size()
    if not reader.canRead() or not size.isValid() or size.isEmpty():
        return None
    reader.setScaledSize(size.scaled(THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class AttachmentRow(QFrame):
    """A framed row: the file's name and state, its scan result, its problems, its buttons."""

    openRequested = Signal()
    removeRequested = Signal()
    updateRequested = Signal()  # the file changed: use it as it is now
    locateRequested = Signal()  # the file is gone: point at where it is now
    readRequested = Signal()  # 读取扫描件 (a licence or an ID card)

    def __init__(
        self,
        attachment: Attachment,
        where: Path,
        state: FileState,
        problems: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        readable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.state = state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name = file_name(attachment)
        outer = QHBoxLayout(self)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if state != "missing" and (pixmap := thumbnail(where)) is not None:
            self.thumbnail.setPixmap(pixmap)
            self.thumbnail.setAccessibleName(self.tr("Preview of {name}").format(name=name))
        else:
            self.thumbnail.setText(self.tr("No preview"))
            self.thumbnail.setStyleSheet("color: #78909c; border: 1px dashed #b0bec5;")
        outer.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout()
        outer.addLayout(layout, 1)
        self.label = QLabel(self._html(name, state, problems))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setToolTip(
            self.tr("{path}\nAttached {when}").format(
                path=where, when=attachment.added.strftime("%Y-%m-%d %H:%M")
            )
        )
        layout.addWidget(self.label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.open_button = self._button(
            self.tr("Open"), self.tr("Open {name}").format(name=name), self.openRequested
        )
        self.open_button.setEnabled(state != "missing")
        self.open_button.setToolTip(self.tr("Open the file with the system's viewer"))
        buttons.addWidget(self.open_button)
        self.update_button = None
        if state == "changed":
            self.update_button = self._button(
                self.tr("Use as it is now"),
                self.tr("Use {name} as it is now").format(name=name),
                self.updateRequested,
            )
            self.update_button.setToolTip(
                self.tr("The file was changed after it was attached: check it again as it is now")
            )
            buttons.addWidget(self.update_button)
        elif state == "missing":
            self.update_button = self._button(
                self.tr("Locate…"),
                self.tr("Locate {name}").format(name=name),
                self.locateRequested,
            )
            self.update_button.setToolTip(self.tr("Point to where the file is now"))
            buttons.addWidget(self.update_button)
        self.read_button = None
        if readable:
            self.read_button = self._button(
                self.tr("Read scan"), self.tr("Read {name}").format(name=name), self.readRequested
            )
            self.read_button.setToolTip(
                self.tr(
                    "Read the fields on this scan on this computer (nothing is uploaded), fill "
                    "the empty ones and compare the others"
                )
            )
            buttons.addWidget(self.read_button)
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove {name}").format(name=name), self.removeRequested
        )
        self.remove_button.setToolTip(
            self.tr("Remove the attachment from this case; the file itself is not deleted")
        )
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _button(self, text: str, accessible: str, signal) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(signal)
        return button

    def state_text(self, state: FileState) -> str:
        return {
            "ok": self.tr("Same file as when attached"),
            "changed": self.tr("File changed since it was attached"),
            "missing": self.tr("File not found"),
            "too_large": self.tr("File too large to check (over 200 MB)"),
            "checking": self.tr("Checking the file…"),
        }[state]

    def scan_text(self, scan: ScanResult | None, size: int) -> str:
        """JPG · 2400×1600 px · colour · 1.2 MB, as far as the check could tell."""
        parts = []
        if scan is not None:
            if scan.format == "unknown":
                parts.append(self.tr("Not an image"))
            elif scan.format:
                parts.append(scan.format.upper())
            if scan.width and scan.height:
                parts.append(
                    self.tr("{width}×{height} px").format(width=scan.width, height=scan.height)
                )
            elif scan.format in IMAGE_FORMATS:
                parts.append(self.tr("image could not be read"))
            if scan.colour is True:
                parts.append(self.tr("colour"))
            elif scan.colour is False:
                parts.append(self.tr("black-and-white or greyscale"))
        parts.append(size_text(size))
        return " · ".join(parts)

    def _html(self, name: str, state: FileState, problems: list[tuple[str, str]]) -> str:
        colour = STATE_COLOURS[state]
        lines = [
            f"<b>{html.escape(name)}</b> — "
            f'<span style="color:{colour}">{html.escape(self.state_text(state))}</span>',
            html.escape(self.scan_text(self.attachment.scan, self.attachment.size)),
        ]
        for severity, text in problems:
            lines.append(
                f'<span style="color:{SEVERITY_COLOURS[severity]}">{html.escape(text)}</span>'
            )
        return "<br>".join(lines)
