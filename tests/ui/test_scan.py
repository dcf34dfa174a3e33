"""The scan check: format from content, pixel size, colour or black-and-white, and speed."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from mpreg_desktop.scan import scan_file, sniff_format


def id_card_photo(width: int = 1200, height: int = 760) -> QImage:
    """A phone photo of an ID card: pale tinted card, a face, a red emblem, black print."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(226, 233, 240))
    painter = QPainter(image)
    painter.fillRect(
        QRect(width * 2 // 3, height // 6, width // 4, height // 2), QColor(214, 168, 140)
    )
    painter.fillRect(
        QRect(width // 20, height // 20, width // 10, width // 10), QColor(200, 30, 40)
    )
    for row in range(5):
        painter.fillRect(
            QRect(width // 10, height // 4 + row * height // 10, width // 2, 8), QColor(30, 30, 30)
        )
    painter.end()
    return image


def business_licence_scan(width: int = 1600, height: int = 1130) -> QImage:
    """A colour scan of a licence: white paper and black print, colour only in a small seal."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(252, 252, 250))
    painter = QPainter(image)
    for row in range(20):
        painter.fillRect(QRect(width // 10, 80 + row * 45, width * 7 // 10, 10), QColor(20, 20, 20))
    painter.setPen(QColor(210, 40, 40))
    pen = painter.pen()
    pen.setWidth(6)
    painter.setPen(pen)
    painter.drawEllipse(QRect(width - 320, height - 320, 220, 220))  # the seal: a red ring
    painter.end()
    return image


def photocopy_scanned_in_colour(width: int = 900, height: int = 640, seed: int = 7) -> QImage:
    """A black-and-white photocopy scanned in colour mode: grey page, warm tint, sensor noise."""
    rng = random.Random(seed)
    data = bytearray()
    for y in range(height):
        for x in range(width):
            text = (y // 20) % 3 == 0 and (x // 7) % 5 != 0  # rows of "words"
            grey = 40 if text else 225 - x * 30 // width
            # Yellowed paper under a warm lamp: a tint in proportion to the brightness (white
            # paper 225 becomes 243/225/193), and independent sensor noise in each channel.
            noise = [rng.randint(-8, 8) for _ in range(3)]
            r, g, b = grey * 108 // 100 + noise[0], grey + noise[1], grey * 86 // 100 + noise[2]
            data += bytes(min(255, max(0, v)) for v in (r, g, b))
    return QImage(bytes(data), width, height, width * 3, QImage.Format.Format_RGB888).copy()


def scanner_fringes(width: int = 2400, height: int = 1700) -> QImage:
    """Black text on white with the red/cyan fringes a scanner leaves beside every stroke.

    Built from bytes, not painted: thousands of QPainter calls would be slow.
    """
    white, black = b"\xff\xff\xff", b"\x00\x00\x00"
    stroke = white * 19 + bytes((160, 80, 80)) + black * 4 + bytes((80, 140, 140))  # 24 px
    text_row = (stroke * (width // 24 + 1))[: width * 3]
    blank_row = white * width
    rows = [text_row if y % 40 < 24 else blank_row for y in range(height)]
    return QImage(b"".join(rows), width, height, width * 3, QImage.Format.Format_RGB888).copy()


def save(image: QImage, path: Path, quality: int = 90) -> Path:
    assert image.save(str(path), None, quality)
    return path


@pytest.mark.parametrize("suffix", ["jpg", "png", "bmp"])
def test_colour_photo_of_id_card_is_colour(tmp_path: Path, suffix: str) -> None:
    result = scan_file(save(id_card_photo(), tmp_path / f"card.{suffix}"))
    assert result.format == suffix
    assert (result.width, result.height) == (1200, 760)
    assert result.colour is True


def test_licence_with_only_a_red_seal_is_colour(tmp_path: Path) -> None:
    assert scan_file(save(business_licence_scan(), tmp_path / "licence.jpg")).colour is True


@pytest.mark.parametrize("suffix", ["jpg", "png"])
def test_greyscale_scan_is_not_colour(tmp_path: Path, suffix: str) -> None:
    grey = id_card_photo().convertToFormat(QImage.Format.Format_Grayscale8)
    result = scan_file(save(grey, tmp_path / f"grey.{suffix}"))
    assert result.format == suffix
    assert result.colour is False


def test_black_and_white_image_is_not_colour(tmp_path: Path) -> None:
    mono = business_licence_scan().convertToFormat(QImage.Format.Format_Mono)
    assert scan_file(save(mono, tmp_path / "mono.png")).colour is False


def test_colour_mode_scan_of_a_photocopy_is_not_colour(tmp_path: Path) -> None:
    result = scan_file(save(photocopy_scanned_in_colour(), tmp_path / "copy.jpg", quality=75))
    assert result.colour is False


def test_scanner_fringes_along_black_text_are_not_colour(tmp_path: Path) -> None:
    assert scan_file(save(scanner_fringes(), tmp_path / "fringes.png")).colour is False


def test_page_on_coloured_paper_stays_colour(tmp_path: Path) -> None:
    """Taking out a tint is limited: a certificate on pink paper is not made grey."""
    image = QImage(1000, 700, QImage.Format.Format_RGB32)
    image.fill(QColor(250, 160, 185))
    painter = QPainter(image)
    for row in range(10):
        painter.fillRect(QRect(100, 80 + row * 55, 700, 12), QColor(20, 20, 20))
    painter.end()
    assert scan_file(save(image, tmp_path / "pink.png")).colour is True


def test_tiny_image_reports_its_pixels(tmp_path: Path) -> None:
    result = scan_file(save(id_card_photo(240, 150), tmp_path / "tiny.png"))
    assert (result.format, result.width, result.height) == ("png", 240, 150)
    assert result.colour is True


def test_format_comes_from_content_not_name(tmp_path: Path) -> None:
    png_named_jpg = save(id_card_photo(), tmp_path / "card.png").rename(tmp_path / "card.jpg")
    assert scan_file(png_named_jpg).format == "png"


def test_pdf_has_a_format_and_no_pixels(tmp_path: Path) -> None:
    pdf = tmp_path / "licence.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    result = scan_file(pdf)
    assert (result.format, result.width, result.height, result.colour) == ("pdf", None, None, None)


def test_non_images(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("营业执照复印件", encoding="utf-8")
    assert scan_file(text).format == "txt"
    fake = tmp_path / "id.jpg"
    fake.write_text("not a picture", encoding="utf-8")
    assert scan_file(fake).format == "unknown"
    bare = tmp_path / "README"
    bare.write_bytes(b"\x00\x01")
    result = scan_file(bare)
    assert (result.format, result.width, result.colour) == ("unknown", None, None)


def test_damaged_jpeg_keeps_its_format(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)
    result = scan_file(broken)
    assert result.format == "jpg"
    assert result.colour is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"GIF89a....", "gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "heic"),
        (b"II*\x00\x08\x00", "tiff"),
        (b"junk before it %PDF-1.4", "pdf"),
    ],
)
def test_sniff_format(head: bytes, expected: str) -> None:
    assert sniff_format(head) == expected


def test_large_photo_is_fast(tmp_path: Path) -> None:
    photo = id_card_photo(4000, 3000)
    path = save(photo, tmp_path / "phone.jpg")
    start = time.perf_counter()
    result = scan_file(path)
    elapsed = time.perf_counter() - start
    assert (result.width, result.height, result.colour) == (4000, 3000, True)
    assert elapsed < 1.0  # about 0.04 s on a laptop; decoding it whole would take 10×


def test_works_without_a_qapplication(tmp_path: Path) -> None:
    """The scan check does not need a GUI (a headless command could use it)."""
    path = save(id_card_photo(), tmp_path / "card.jpg")
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from mpreg_desktop.scan import scan_file; r = scan_file(Path(sys.argv[1]));"
        "assert QCoreApplication.instance() is None; print(r.format, r.width, r.colour)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.split() == ["jpg", "1200", "True"]


@pytest.mark.parametrize("fmt", ["JPG", "PNG"])
def test_a_cut_off_or_header_only_image_is_damaged(tmp_path: Path, fmt: str) -> None:
    """A download cut off half-way decodes in Qt with a grey band: the file's end says so."""
    whole = tmp_path / f"whole.{fmt.lower()}"
    assert id_card_photo().save(str(whole), fmt)
    data = whole.read_bytes()
    assert scan_file(whole).damaged is False
    for name, part in (("half", data[: len(data) // 2]), ("header", data[:600])):
        cut = tmp_path / f"{name}.{fmt.lower()}"
        cut.write_bytes(part)
        assert scan_file(cut).damaged is True, name
    trailer = tmp_path / f"trailer.{fmt.lower()}"
    trailer.write_bytes(data + b"\0" * 2048)  # padding or a camera's trailer after the end
    assert scan_file(trailer).damaged is False


def test_a_damaged_scan_is_an_error_and_the_material_not_ready() -> None:
    from mpreg_desktop.domain.case import (
        Attachment,
        MaterialItem,
        MaterialState,
        ScanResult,
        SubjectType,
        new_case,
        now_shanghai,
    )
    from mpreg_desktop.domain.checks.case_checks import check_case
    from mpreg_desktop.domain.flow.checklist import build_checklist
    from mpreg_desktop.domain.rules.model import load_rules

    case = new_case()
    case.subject.type = SubjectType.ENTERPRISE
    scan = ScanResult(format="jpg", width=1200, height=1600, colour=True, damaged=True)
    attachment = Attachment(
        path="licence.jpg", size=1000, sha256="0" * 64, added=now_shanghai(), scan=scan
    )
    case.materials = [
        MaterialItem(key="business_licence", state=MaterialState.READY, attachments=[attachment])
    ]
    rules = load_rules()
    problems = [p for p in check_case(case, rules) if p.code == "attachment.damaged"]
    assert [p.severity for p in problems] == ["error"]
    item = next(i for i in build_checklist(case, rules) if i.id == "business_licence")
    assert not item.done
