"""Looking at an attached file as the platform's upload check and its reviewers would.

``scan_file`` finds the file's real format from its first bytes (a PDF renamed ``.jpg`` is still a
PDF), its pixel size from the image header, and whether it is in colour. The verdicts (accepted
format, size limit, too small to read, black-and-white) are the domain's: ``check_case`` judges
the stored :class:`ScanResult` against the rules pack.

Qt's image readers do the decoding (no extra dependency); they work without a QApplication. A
large photo is decoded at a reduced size (JPEG decoders scale while decoding), so a 4000×3000
picture costs a few tens of milliseconds, and downscaling also averages away the colour fringes a
scanner leaves along black text, which would otherwise look like colour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from mpreg_desktop.domain.case import ScanResult

HEAD_BYTES = 1024  # a PDF header may follow up to 1 KB of junk; every image magic is earlier

# The colour test looks at the image decoded with its long side at most this many pixels.
SAMPLE_LONG_SIDE = 400

# Colour or black-and-white. For each sampled pixel, chroma = max(r, g, b) − min(r, g, b): 0 for a
# grey pixel, up to 255 for a pure hue.
# - First the image's overall tint is taken out, as a camera's white balance would: a colour-mode
#   scan of a black-and-white photocopy on yellowed paper, or a phone photo of one under a warm
#   lamp, is tinted all over (white paper at 243/225/193 has chroma 50), and a tint is not colour.
#   Red and blue are scaled so that their medians (in a document: the paper) match green's. The
#   scaling is limited to MAX_GAIN either way, what paper and lamps plausibly do, so a picture
#   that is really mostly one colour keeps it.
# - A pixel then counts as coloured when its chroma is at least PIXEL_CHROMA. JPEG noise, scanner
#   noise and what is left of a tint stay well below it (typically under 20); the red of a seal,
#   skin in an ID photo and the emblem on an ID card are far above it (60–200). Pale tints (an ID
#   card's background) are below it too: they do not decide.
# - The image is in colour when at least COLOUR_SHARE of the pixels are coloured. A colour scan
#   of a business licence is mostly white paper and black print, with its colour in the seal, the
#   emblem and the border: a few percent of the page. 0.3 % still catches a seal alone, and is
#   more than stray specks on a black-and-white copy.
PIXEL_CHROMA = 40
COLOUR_SHARE = 0.003
MAX_GAIN = 1.2

IMAGE_FORMATS = {"jpg", "png", "gif", "bmp", "tiff", "webp", "heic", "avif"}
QT_READS = {"jpg", "png", "gif", "bmp"}  # built into Qt (the others need plugins)


def sniff_format(head: bytes, suffix: str = "") -> str:
    """The file type from its content; an unrecognised file is named by its suffix, or
    ``"unknown"`` when the suffix claims an image format the content is not."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"BM") and len(head) >= 14:
        return "bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"):
            return "heic"
        if brand in (b"avif", b"avis"):
            return "avif"
    if b"%PDF-" in head[:HEAD_BYTES]:
        return "pdf"
    suffix = suffix.lower().lstrip(".")
    claims_image = {"jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "heic", "pdf"}
    if not suffix or suffix in claims_image or not suffix.isalnum() or len(suffix) > 8:
        return "unknown"
    return suffix


def _median(values: bytes) -> int:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def _gain(target: int, value: int) -> float:
    if value == 0:
        return 1.0
    return min(MAX_GAIN, max(1 / MAX_GAIN, target / value))


def is_colour(image: QImage) -> bool:
    """Whether ``image`` (already small) is a colour picture; see PIXEL_CHROMA above."""
    # RGB888 holds R, G, B bytes in memory order whatever the machine's byte order.
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    if width == 0 or height == 0:
        return False
    line = image.bytesPerLine()  # rows are padded to 4 bytes
    data = bytes(image.constBits())
    return pixels_in_colour(b"".join(data[y * line : y * line + width * 3] for y in range(height)))


def pixels_in_colour(pixels: bytes) -> bool:
    """Whether these packed R, G, B bytes (a small picture) are a colour picture."""
    if not pixels:
        return False
    red, green, blue = pixels[0::3], pixels[1::3], pixels[2::3]
    paper = _median(green)
    red_gain, blue_gain = _gain(paper, _median(red)), _gain(paper, _median(blue))
    coloured = 0
    for r, g, b in zip(red, green, blue, strict=True):
        r *= red_gain
        b *= blue_gain
        if max(r, g, b) - min(r, g, b) >= PIXEL_CHROMA:
            coloured += 1
    return coloured >= COLOUR_SHARE * (len(pixels) // 3)


def scan_file(path: Path) -> ScanResult:
    """Format, pixel size and colour of ``path``; what cannot be told stays ``None``.

    Raises ``OSError`` when the file cannot be read at all.
    """
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    fmt = sniff_format(head, path.suffix)
    if fmt not in IMAGE_FORMATS:
        return ScanResult(format=fmt)  # a PDF has pages, not pixels; the rest are not images
    reader = QImageReader(str(path))
    reader.setAutoTransform(False)  # the stored size is the file's, as the platform reads it
    size = reader.size()
    if not size.isValid():
        # A format Qt reads needs only a whole header to give its size: without one it is damaged.
        # Others (HEIC) Qt may not read at all: nothing can be said.
        return ScanResult(format=fmt, damaged=True if fmt in QT_READS else None)
    width, height = size.width(), size.height()
    longest = max(width, height)
    if longest > SAMPLE_LONG_SIDE:
        scale = SAMPLE_LONG_SIDE / longest
        reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    image = reader.read()
    colour = None if image.isNull() else is_colour(image)
    damaged = image.isNull() or not ends_whole(path, fmt)
    return ScanResult(format=fmt, width=width, height=height, colour=colour, damaged=damaged)


# How a whole file of each format ends. Qt decodes a cut-off JPEG or PNG without complaint (the
# missing part comes out grey), so the end is looked at: a JPEG's last marker is EOI (FF D9),
# possibly followed by a camera's trailer or padding; a PNG's last chunk is IEND.
END_MARKERS = {"jpg": b"\xff\xd9", "png": b"IEND\xaeB`\x82"}
TAIL_BYTES = 64 * 1024  # where the end marker may sit before trailing data


def ends_whole(path: Path, fmt: str) -> bool:
    """Whether the file ends as a whole file of its format does (unknown formats: assumed so)."""
    marker = END_MARKERS.get(fmt)
    if marker is None:
        return True
    with path.open("rb") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(max(0, size - TAIL_BYTES))
        tail = stream.read()
    return marker in tail
