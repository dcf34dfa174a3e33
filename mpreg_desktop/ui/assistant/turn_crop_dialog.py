"""旋转和裁剪…: turn a scan by quarter turns and crop it by hand for its upload-ready copy.

The dialog shows the scan upright (its EXIF orientation applied) and scaled down; the user turns
it (buttons, Ctrl+L / Ctrl+R or [ and ]) and drags the crop rectangle. What it returns is a
``HandAdjustment`` in the file's stored pixels (``domain/assist/turn_and_crop.py``); the caller
records it in the case and remakes the copy from the original. Before OK the dialog says when
the cut picture would be below the upload box's minimum resolution (the domain's own check,
``upload_ready.refusals``), and then OK is not offered: such a copy would be refused anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.assist.turn_and_crop import Box, adjustment_for, clamped, turning
from mpreg_desktop.domain.assist.upload_ready import refusals
from mpreg_desktop.domain.case import HandAdjustment
from mpreg_desktop.domain.rules.model import UploadRules
from mpreg_desktop.ui.assistant.crop_canvas import CropCanvas
from mpreg_desktop.ui.assistant.refusal_text import refusal_text
from mpreg_desktop.upload_copy import Preview


class TurnAndCropDialog(QDialog):
    def __init__(
        self,
        preview: Preview,
        adjustment: HandAdjustment | None,
        rule: UploadRules,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rotate and crop: {file}").format(file=file_name))
        self.rule = rule
        self._stored = (preview.stored_width, preview.stored_height)
        self._orientation = preview.orientation
        upright = QImage(
            preview.rgb,
            preview.width,
            preview.height,
            preview.width * 3,
            QImage.Format.Format_RGB888,
        )
        self._upright = upright.copy()  # owns its pixels: the preview's bytes may go
        self.turns = adjustment.quarter_turns if adjustment else 0
        crop = adjustment.crop if adjustment else None
        # Cut to the picture, as the copy is: a crop kept for a larger scan, since replaced by a
        # smaller one, stood out of the picture with a size the copy never had.
        self._stored_crop: Box | None = (
            clamped((crop.left, crop.top, crop.right, crop.bottom), *self._stored) if crop else None
        )

        self.canvas = CropCanvas()
        self.left_action = self._action(self.tr("Rotate &left"), ("Ctrl+L", "["), -1)
        self.right_action = self._action(self.tr("Rotate &right"), ("Ctrl+R", "]"), 1)
        self.reset_button = QPushButton(self.tr("Re&set"))
        self.reset_button.setToolTip(self.tr("The whole picture, not turned"))
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.reset_button.setAutoDefault(False)
        self.size_label = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        tools = QHBoxLayout()
        self.left_button = QPushButton(self.left_action.text())
        self.right_button = QPushButton(self.right_action.text())
        for action, button in (
            (self.left_action, self.left_button),
            (self.right_action, self.right_button),
        ):
            button.setToolTip(
                "{text} ({keys})".format(
                    text=action.text().replace("&", ""),
                    keys=" / ".join(
                        k.toString(QKeySequence.SequenceFormat.NativeText)
                        for k in action.shortcuts()
                    ),
                )
            )
            button.clicked.connect(action.trigger)
            # A click leaves the focus on the picture and Enter stays OK (not "turn again").
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addWidget(self.reset_button)
        tools.addStretch(1)
        tools.addWidget(self.size_label)
        hint = QLabel(
            self.tr(
                "Drag on the picture to choose what the copy keeps; drag the handles to adjust."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        # The warning sits beside OK: appearing mid-drag, it must not shrink the picture.
        bottom = QHBoxLayout()
        bottom.addWidget(self.warning, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.reset_button.clicked.connect(self.reset)
        self.canvas.cropChanged.connect(self._cropped)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.canvas.setFocus()
        self._fit_screen()
        self._show()

    def _fit_screen(self) -> None:
        """As large as is comfortable, within the screen (1366×768 included)."""
        screen = self.screen().availableGeometry()
        self.resize(min(960, screen.width() * 9 // 10), min(760, screen.height() * 9 // 10))

    def _action(self, text: str, keys: tuple[str, ...], turn: int) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda: self.turn(turn))
        self.addAction(action)
        return action

    # -- state -----------------------------------------------------------------------------------
    def _turning(self):
        return turning(*self._stored, self._orientation, self.turns)

    def shown_crop(self) -> Box:
        """The crop as shown (full pixels of the turned picture)."""
        steps = self._turning()
        if self._stored_crop is None:
            return (0, 0, *steps.shown_size)
        return steps.to_shown(self._stored_crop)

    def adjustment(self) -> HandAdjustment | None:
        """What the user chose, to record on the attachment; None: the picture as it is."""
        return adjustment_for(self.turns, self._stored_crop, *self._stored)

    def turn(self, quarter_turns: int) -> None:
        """Turn clockwise (1) or anticlockwise (-1); the crop turns with the picture."""
        self.turns = (self.turns + quarter_turns) % 4
        self._show()

    def reset(self) -> None:
        self.turns = 0
        self._stored_crop = None
        self._show()

    def _cropped(self) -> None:
        self._stored_crop = self._turning().to_stored(self.canvas.crop())
        self._judge()

    def _show(self) -> None:
        shown = self._upright.transformed(QTransform().rotate(90 * self.turns))
        self.canvas.set_picture(shown, *self._turning().shown_size, self.shown_crop())
        self._judge()

    def _judge(self) -> None:
        left, top, right, bottom = self.shown_crop()
        width, height = right - left, bottom - top
        self.size_label.setText(
            self.tr("The copy: {width} × {height} pixels").format(width=width, height=height)
        )
        found = [r for r in refusals(width, height, None, self.rule) if r.code == "too_small"]
        self.warning.setText(
            self.tr("Too small for the upload box: {reason}. Choose a larger part.").format(
                reason=refusal_text(found[0])
            )
            if found
            else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
