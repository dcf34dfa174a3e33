"""Making the upload-ready copy of a scan: upright, in an accepted format, within the size limit.

Pillow does the image work (imported when a copy is made, never at start-up): it applies the EXIF
orientation, resamples with a proper filter and writes JPEG at a chosen quality. Qt's readers
(``scan.py``) could do it too, but measured on a 12-megapixel photo Qt's smooth scaling alone
took as long as Pillow's whole job and missed the one-second budget (docs/performance.md).

Least quality loss: a file that already meets the rule and needs no turning is copied byte for
byte. Otherwise the picture is written as JPEG at :data:`QUALITY`; the size at full resolution is
predicted from a small trial, the picture scaled just enough to fit (never below the rule's
minimum resolution), and only if that is still too large is the quality lowered step by step.
The original is only read. Nothing about the picture is logged.

Turning and cropping by hand (``HandAdjustment``, kept on the attachment in the case): the crop
is cut from the original's stored pixels, then the picture is turned upright by its EXIF
orientation and by the user's quarter turns (``domain/assist/turn_and_crop.py`` says how), and
only then is the rule applied, so a copy remade later (another rules pack) keeps them.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mpreg_desktop.domain.assist.turn_and_crop import crop_box, turning
from mpreg_desktop.domain.assist.upload_ready import (
    Refusal,
    copy_name,
    refusals,
    scale_for,
    scaled_size,
    smallest_scale,
)
from mpreg_desktop.domain.case import HandAdjustment
from mpreg_desktop.domain.rules.model import UploadRules
from mpreg_desktop.scan import HEAD_BYTES, SAMPLE_LONG_SIDE, pixels_in_colour, sniff_format
from mpreg_desktop.storage.atomic import atomic_write

if TYPE_CHECKING:
    from PIL.Image import Image

QUALITY = 88  # visually lossless for documents; lowered only when scaling down is not enough
LOWEST_QUALITY = 60
QUALITY_STEP = 7
ORIENTATION = 0x0112  # the EXIF tag
TRIAL_REDUCTION = 4  # the size trial is encoded at a quarter of the width and height
PREVIEW_LONG_SIDE = 1600  # the turn-and-crop dialog's picture: sharp on a 1366×768 screen


class CannotMeetRule(Exception):
    def __init__(self, reasons: list[Refusal]) -> None:
        super().__init__(", ".join(r.code for r in reasons))
        self.reasons = reasons


@dataclass(frozen=True)
class UploadCopy:
    path: Path
    width: int
    height: int
    size: int  # bytes
    format: str  # "jpg" or "png"
    quality: int | None  # the JPEG quality, None when the original was copied as it is


def _encode(image: Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _flatten(image: Image) -> Image:
    """An opaque RGB picture: transparency (a PNG scan) on white, as JPEG has no alpha."""
    from PIL import Image as PILImage

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = PILImage.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image if image.mode == "RGB" else image.convert("RGB")


# The modes Image.reduce works on; a palette GIF or PNG ("P") or a 1-bit scan is converted first.
REDUCIBLE_MODES = {"L", "LA", "RGB", "RGBA", "RGBX", "CMYK", "YCbCr", "I", "F"}


def _colour(image: Image) -> bool:
    factor = max(1, max(image.size) // SAMPLE_LONG_SIDE)
    if image.mode not in REDUCIBLE_MODES:
        image = image.convert(
            "RGBA" if "A" in image.mode or "transparency" in image.info else "RGB"
        )
    return pixels_in_colour(image.reduce(factor).convert("RGB").tobytes())


def _fit_jpeg(image: Image, rule: UploadRules) -> tuple[Image, bytes, int]:
    """The picture scaled and encoded to fit ``rule.max_bytes`` with the least loss."""
    from PIL import Image as PILImage

    width, height = image.size
    lowest = smallest_scale(width, height, rule)
    # Predict the full-size file from a small trial. Detail per pixel is higher in the smaller
    # trial, so the prediction errs large: the loop below only ever has to go smaller.
    trial = _encode(image.reduce(TRIAL_REDUCTION), QUALITY)
    scale = scale_for(len(trial) * TRIAL_REDUCTION**2, rule.max_bytes, lowest)
    quality = QUALITY
    while True:
        size = scaled_size(width, height, scale, rule)
        shown = image
        if size != (width, height):
            shown = image.resize(size, PILImage.Resampling.BICUBIC)  # sharp text, a third faster
        data = _encode(shown, quality)
        if len(data) <= rule.max_bytes:
            return shown, data, quality
        if scale > lowest:
            scale = max(lowest, scale * (rule.max_bytes * 0.9 / len(data)) ** 0.5)
        elif quality - QUALITY_STEP >= LOWEST_QUALITY:
            quality -= QUALITY_STEP
        else:
            raise CannotMeetRule(
                [Refusal("too_detailed", {"limit": f"{rule.max_bytes / 1048576:g} MB"})]
            )


@dataclass(frozen=True)
class Preview:
    """A scan upright and scaled down for the turn-and-crop dialog, with what maps it back."""

    rgb: bytes  # 8-bit RGB rows, ``width`` × ``height``
    width: int
    height: int
    stored_width: int  # the file's own pixels, before the EXIF orientation
    stored_height: int
    orientation: int  # the file's EXIF orientation (1: stored upright)


def _open_picture(source: Path):
    """The picture in ``source``; CannotMeetRule("not_image") when it is not one."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    with source.open("rb") as stream:
        fmt = sniff_format(stream.read(HEAD_BYTES), source.suffix)
    try:
        return fmt, PILImage.open(source)
    except (UnidentifiedImageError, PILImage.DecompressionBombError, SyntaxError) as error:
        raise CannotMeetRule([Refusal("not_image", {"format": fmt})]) from error


def _turned(image: Image, orientation: int, quarter_turns: int) -> Image:
    """``image`` mirrored and turned as ``turn_and_crop.turning`` says (EXIF, then by hand)."""
    from PIL.Image import Transpose

    steps = turning(*image.size, orientation, quarter_turns)
    if steps.mirrored:
        image = image.transpose(Transpose.FLIP_LEFT_RIGHT)
    clockwise = {1: Transpose.ROTATE_270, 2: Transpose.ROTATE_180, 3: Transpose.ROTATE_90}
    return image.transpose(clockwise[steps.turns]) if steps.turns else image


def upright_preview(source: Path, long_side: int = PREVIEW_LONG_SIDE) -> Preview:
    """``source`` upright (EXIF orientation applied), scaled to fit ``long_side``; read only."""
    from PIL import Image as PILImage

    fmt, opened = _open_picture(source)
    with opened:
        try:
            orientation = opened.getexif().get(ORIENTATION, 1)
            stored = opened.size
            opened.draft("RGB", (long_side, long_side))  # a JPEG decodes at 1/2…1/8: faster
            opened.load()
            image = _flatten(opened)  # transparency on white, as the copy will have it
        except (PILImage.DecompressionBombError, SyntaxError, OSError) as error:
            raise CannotMeetRule([Refusal("not_image", {"format": fmt})]) from error
    image.thumbnail((long_side, long_side), PILImage.Resampling.BILINEAR)
    image = _turned(image, orientation, 0)
    return Preview(image.tobytes(), *image.size, *stored, orientation)


def make_upload_copy(
    source: Path,
    rule: UploadRules,
    folder: Path,
    colour: bool | None = None,
    adjustment: HandAdjustment | None = None,
) -> UploadCopy:
    """Write the copy of ``source`` that meets ``rule`` into ``folder``; the original is read only.

    ``colour`` is the attachment's scan result when known (``scan.py`` judged it when the file
    was attached); otherwise it is judged here the same way. ``adjustment`` is the user's turn
    and crop (the crop in the file's stored pixels), applied before the rule.

    Raises :class:`CannotMeetRule` with the reasons when no copy could be accepted (too small,
    black-and-white where colour is required, not a picture), ``OSError`` when a file cannot be
    read or written.
    """
    from PIL import Image as PILImage

    fmt, opened = _open_picture(source)
    try:
        with opened:
            orientation = opened.getexif().get(ORIENTATION, 1)
            box = crop_box(adjustment, *opened.size)
            image = opened.crop(box) if box else opened
            image.load()
            turns = adjustment.quarter_turns if adjustment else 0
            # EXIF orientation: the copy is upright whether or not the upload box reads the tag.
            shown = _turned(image, orientation, turns)
            as_is = shown is image and box is None  # nothing turned or cut: may be copied
            return _copy(source, fmt, shown, as_is, rule, folder, colour)
    except (PILImage.DecompressionBombError, SyntaxError) as error:
        raise CannotMeetRule([Refusal("not_image", {"format": fmt})]) from error


def _copy(
    source: Path,
    fmt: str,
    image: Image,
    upright: bool,
    rule: UploadRules,
    folder: Path,
    colour: bool | None,
) -> UploadCopy:
    width, height = image.size
    if colour is None and rule.colour_required:
        colour = _colour(image)
    found = refusals(width, height, colour, rule)
    if found:
        raise CannotMeetRule(found)
    folder.mkdir(parents=True, exist_ok=True)
    if fmt in rule.formats and upright and source.stat().st_size <= rule.max_bytes:
        target = folder / copy_name(source, fmt)
        if target.resolve() != source.resolve():
            shutil.copyfile(source, target)
        return UploadCopy(target, width, height, target.stat().st_size, fmt, None)
    if "jpg" not in rule.formats:  # only PNG accepted: lossless or nothing
        raise CannotMeetRule([Refusal("too_detailed", {"limit": f"{rule.max_bytes} B"})])
    shown, data, quality = _fit_jpeg(_flatten(image), rule)
    target = folder / copy_name(source, "jpg")
    atomic_write(target, data)
    return UploadCopy(target, *shown.size, len(data), "jpg", quality)
