"""The picture of the turn-and-crop dialog with the crop rectangle the user drags.

The canvas shows a scaled-down preview but keeps the rectangle in the full picture's pixels (as
shown: upright and turned), so nothing is lost to the preview's scale: a drag moves the
rectangle by as many full pixels as the pointer covers. Dragging inside the rectangle moves it;
on one of its eight handles resizes it; anywhere else (or anywhere while the rectangle is still
the whole picture) draws a new one. The mouse wheel does
nothing here (the project never lets the wheel change a value unasked).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mpreg_desktop.domain.assist.turn_and_crop import Box

HANDLE = 8  # a handle's size on screen, in device-independent pixels
MARGIN = HANDLE  # room around the picture for the handles on its edges
SMALLEST = 16  # a rectangle smaller than this on screen is a click, not a crop

# Handle → (moves left edge, top, right, bottom), in the order they are drawn.
HANDLES = {
    "top_left": (True, True, False, False),
    "top": (False, True, False, False),
    "top_right": (False, True, True, False),
    "right": (False, False, True, False),
    "bottom_right": (False, False, True, True),
    "bottom": (False, False, False, True),
    "bottom_left": (True, False, False, True),
    "left": (True, False, False, False),
}
CURSORS = {
    "top_left": Qt.CursorShape.SizeFDiagCursor,
    "bottom_right": Qt.CursorShape.SizeFDiagCursor,
    "top_right": Qt.CursorShape.SizeBDiagCursor,
    "bottom_left": Qt.CursorShape.SizeBDiagCursor,
    "top": Qt.CursorShape.SizeVerCursor,
    "bottom": Qt.CursorShape.SizeVerCursor,
    "left": Qt.CursorShape.SizeHorCursor,
    "right": Qt.CursorShape.SizeHorCursor,
    "move": Qt.CursorShape.SizeAllCursor,
}


class CropCanvas(QWidget):
    cropChanged = Signal()  # the rectangle changed by the mouse

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)  # the cursor says what a press would do
        # Focus rests here, not on a turn button: Enter is OK, as in any dialog.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)
        self.setAccessibleName(self.tr("Picture and crop rectangle"))
        self._image = QImage()
        self._full = (1, 1)  # the full picture's size, as shown
        self._crop: Box = (0, 0, 1, 1)
        self._grab: str = ""  # what the press took hold of: a handle, "move" or "new"
        self._pressed_at = QPointF()
        self._crop_at_press: Box = self._crop

    # -- what is shown ---------------------------------------------------------------------------
    def set_picture(self, image: QImage, full_width: int, full_height: int, crop: Box) -> None:
        """Show ``image`` (a preview of a ``full_width``×``full_height`` picture) with ``crop``
        (full pixels)."""
        self._image = image
        self._full = (full_width, full_height)
        self._crop = crop
        # A drag under way ends: what it took hold of has turned away from under the pointer,
        # and its rectangle at the press, in the old frame, would leave the new picture.
        self._grab = ""
        self.update()

    def crop(self) -> Box:
        return self._crop

    def sizeHint(self) -> QSize:
        return QSize(640, 520)

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred, keeping its proportions."""
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width, height = self._full
        scale = min(area.width() / width, area.height() / height)
        drawn = QRectF(0, 0, width * scale, height * scale)
        drawn.moveCenter(area.center())
        return drawn

    def _scale(self) -> float:
        return self.picture_rect().width() / self._full[0]

    def to_screen(self, box: Box) -> QRectF:
        """A rectangle of full pixels where it is on the canvas."""
        drawn, scale = self.picture_rect(), self._scale()
        left, top, right, bottom = box
        return QRectF(
            drawn.left() + left * scale,
            drawn.top() + top * scale,
            (right - left) * scale,
            (bottom - top) * scale,
        )

    def to_full(self, point: QPointF) -> tuple[float, float]:
        """A point of the canvas in full pixels (outside the picture: at its edge)."""
        drawn, scale = self.picture_rect(), self._scale()
        x = min(max(point.x(), drawn.left()), drawn.right())
        y = min(max(point.y(), drawn.top()), drawn.bottom())
        return (x - drawn.left()) / scale, (y - drawn.top()) / scale

    def handle_rects(self) -> dict[str, QRectF]:
        shown = self.to_screen(self._crop)
        xs = {"left": shown.left(), "middle": shown.center().x(), "right": shown.right()}
        ys = {"top": shown.top(), "middle": shown.center().y(), "bottom": shown.bottom()}
        places = {
            "top_left": ("left", "top"),
            "top": ("middle", "top"),
            "top_right": ("right", "top"),
            "right": ("right", "middle"),
            "bottom_right": ("right", "bottom"),
            "bottom": ("middle", "bottom"),
            "bottom_left": ("left", "bottom"),
            "left": ("left", "middle"),
        }
        found = {}
        for name, (x, y) in places.items():
            square = QRectF(0, 0, HANDLE + 4, HANDLE + 4)  # a little larger to hit than drawn
            square.moveCenter(QPointF(xs[x], ys[y]))
            found[name] = square
        return found

    def _grip_at(self, point: QPointF) -> str:
        for name, square in self.handle_rects().items():
            if square.contains(point):
                return name
        whole = self._crop == (0, 0, *self._full)  # nothing to move: a drag draws a new one
        return "move" if not whole and self.to_screen(self._crop).contains(point) else "new"

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        drawn = self.picture_rect()
        painter.drawImage(drawn, self._image)
        shown = self.to_screen(self._crop)
        outside = QPainterPath()
        outside.addRect(drawn)
        inside = QPainterPath()
        inside.addRect(shown)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140))  # what is cut away
        painter.setPen(QPen(QColor(255, 255, 255), 1, Qt.PenStyle.SolidLine))
        painter.drawRect(shown)
        painter.setPen(QPen(QColor(0, 0, 0), 1, Qt.PenStyle.DashLine))
        painter.drawRect(shown)
        painter.setPen(QPen(QColor(0, 0, 0), 1))
        painter.setBrush(QColor(255, 255, 255))
        for square in self.handle_rects().values():
            painter.drawRect(square.adjusted(2, 2, -2, -2))

    # -- the mouse -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._pressed_at = event.position()
        self._crop_at_press = self._crop
        self._grab = self._grip_at(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._grab:
            grip = self._grip_at(event.position())
            self.setCursor(CURSORS.get(grip, Qt.CursorShape.CrossCursor))
            return
        moved = self._dragged_to(event.position())
        if moved is not None and moved != self._crop:
            self._crop = moved
            self.update()
            self.cropChanged.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._grab:
            self.mouseMoveEvent(event)
            self._grab = ""

    def wheelEvent(self, event) -> None:
        event.ignore()  # nothing here changes with the wheel

    def _dragged_to(self, point: QPointF) -> Box | None:
        width, height = self._full
        x0, y0 = self.to_full(self._pressed_at)
        x1, y1 = self.to_full(point)
        left, top, right, bottom = self._crop_at_press
        if self._grab == "new":
            if (
                max(abs(point.x() - self._pressed_at.x()), abs(point.y() - self._pressed_at.y()))
                < 4
            ):
                return None  # a click, not a drag: keep the rectangle
            box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            return self._at_least(tuple(round(v) for v in box))
        dx, dy = round(x1 - x0), round(y1 - y0)
        if self._grab == "move":
            dx = min(max(dx, -left), width - right)
            dy = min(max(dy, -top), height - bottom)
            return left + dx, top + dy, right + dx, bottom + dy
        moves_left, moves_top, moves_right, moves_bottom = HANDLES[self._grab]
        least = max(1, round(SMALLEST / self._scale()))
        if moves_left:
            left = min(max(0, left + dx), right - least)
        if moves_right:
            right = max(min(width, right + dx), left + least)
        if moves_top:
            top = min(max(0, top + dy), bottom - least)
        if moves_bottom:
            bottom = max(min(height, bottom + dy), top + least)
        return left, top, right, bottom

    def _at_least(self, box: Box) -> Box:
        """A drawn rectangle made at least :data:`SMALLEST` on screen, inside the picture."""
        width, height = self._full
        least = max(1, round(SMALLEST / self._scale()))
        left, top, right, bottom = box
        right = min(width, max(right, left + least))
        bottom = min(height, max(bottom, top + least))
        return max(0, min(left, right - least)), max(0, min(top, bottom - least)), right, bottom
