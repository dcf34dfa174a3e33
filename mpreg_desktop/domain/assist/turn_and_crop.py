"""Turning and cropping a scan by hand: where a rectangle the user sees lies in the file.

Three frames of the same picture: *stored* (the file's pixels as written, what the crop is kept
in, so that it does not depend on the turn), *upright* (the file's EXIF orientation applied, as
a camera meant it) and *shown* (upright, then turned by the user's quarter turns: what the
dialog shows and the copy holds). Every turning is a mirror (left–right) or not, then some
clockwise quarter turns; ``upload_copy.py`` does the same steps to the pixels with Pillow.

Rectangles are ``(left, top, right, bottom)`` in pixel edges: ``right`` and ``bottom`` are one
past the last column and row, so a box maps to a box of the same size, turned.
"""

from __future__ import annotations

from dataclasses import dataclass

from mpreg_desktop.domain.case import CropBox, HandAdjustment

Box = tuple[int, int, int, int]

# EXIF orientation → (mirrored, clockwise quarter turns) that shows the stored picture upright.
# Mirroring first, then turning: 5 (transpose) is a mirror and three turns, 7 a mirror and one.
UPRIGHT_STEPS: dict[int, tuple[bool, int]] = {
    1: (False, 0),
    2: (True, 0),
    3: (False, 2),
    4: (True, 2),
    5: (True, 3),
    6: (False, 1),
    7: (True, 1),
    8: (False, 3),
}


@dataclass(frozen=True)
class Turning:
    """From the stored picture (``width``×``height``) to the shown one: mirror, then turns."""

    width: int
    height: int
    mirrored: bool
    turns: int  # clockwise quarter turns, 0–3

    @property
    def shown_size(self) -> tuple[int, int]:
        return (self.height, self.width) if self.turns % 2 else (self.width, self.height)

    def to_shown(self, box: Box) -> Box:
        """A stored rectangle as it is shown."""
        left, top, right, bottom = box
        w, h = self.width, self.height
        if self.mirrored:
            left, right = w - right, w - left
        for _ in range(self.turns):  # clockwise: (x, y) in w×h → (h − y, x) in h×w
            left, top, right, bottom = h - bottom, left, h - top, right
            w, h = h, w
        return left, top, right, bottom

    def to_stored(self, box: Box) -> Box:
        """A shown rectangle in the stored picture's pixels (the inverse of :meth:`to_shown`)."""
        left, top, right, bottom = box
        w, h = self.shown_size
        for _ in range(self.turns):  # anticlockwise: (x, y) in w×h → (y, w − x) in h×w
            left, top, right, bottom = top, w - right, bottom, w - left
            w, h = h, w
        if self.mirrored:
            left, right = w - right, w - left
        return left, top, right, bottom


def turning(width: int, height: int, orientation: int, quarter_turns: int = 0) -> Turning:
    """The turning that shows a stored ``width``×``height`` picture with EXIF ``orientation``
    upright and then turned ``quarter_turns`` clockwise (an unknown orientation is upright)."""
    mirrored, turns = UPRIGHT_STEPS.get(orientation, (False, 0))
    return Turning(width, height, mirrored, (turns + quarter_turns) % 4)


def clamped(box: Box, width: int, height: int) -> Box | None:
    """``box`` cut to a ``width``×``height`` picture; None when nothing of it is left."""
    left, top = max(0, box[0]), max(0, box[1])
    right, bottom = min(width, box[2]), min(height, box[3])
    return (left, top, right, bottom) if right > left and bottom > top else None


def crop_box(adjustment: HandAdjustment | None, width: int, height: int) -> Box | None:
    """The adjustment's crop in a stored ``width``×``height`` picture; None for the whole."""
    if adjustment is None or adjustment.crop is None:
        return None
    c = adjustment.crop
    box = clamped((c.left, c.top, c.right, c.bottom), width, height)
    return None if box == (0, 0, width, height) else box


def adjustment_for(quarter_turns: int, box: Box | None, width: int, height: int):
    """What to record for a turn and a stored crop; None when the picture is left as it is."""
    box = clamped(box, width, height) if box is not None else None
    if box == (0, 0, width, height):
        box = None
    if quarter_turns % 4 == 0 and box is None:
        return None
    crop = CropBox(left=box[0], top=box[1], right=box[2], bottom=box[3]) if box else None
    return HandAdjustment(quarter_turns=quarter_turns % 4, crop=crop)
