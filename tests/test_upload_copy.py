"""Upload-ready copies: within the slot's rule, upright, originals untouched, refusals said why."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.upload_copy import CannotMeetRule, make_upload_copy
from tests.benchmarks.photos import document_photo


def _rule():
    return load_rules().filing.uploads


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_12_megapixel_photo_becomes_a_jpeg_within_the_limit(tmp_path: Path):
    from PIL import Image

    rule = _rule()
    photo = document_photo(tmp_path / "营业执照.jpg")
    assert photo.stat().st_size > rule.max_bytes
    before = _digest(photo)
    copy = make_upload_copy(photo, rule, tmp_path / "附件")
    assert copy.path == tmp_path / "附件" / "营业执照 - 上传版.jpg"
    assert copy.size == copy.path.stat().st_size <= rule.max_bytes
    with Image.open(copy.path) as written:
        assert written.format == "JPEG" and written.size == (copy.width, copy.height)
    short, long = sorted((copy.width, copy.height))
    assert short >= rule.min_short_side_px and long >= rule.min_long_side_px
    assert copy.width > 2000  # scaled just enough, not to the minimum
    assert _digest(photo) == before  # the original is only read


def test_exif_orientation_is_applied(tmp_path: Path):
    from PIL import Image

    photo = document_photo(tmp_path / "身份证.jpg", (1600, 900), orientation=6)
    with Image.open(photo) as raw:  # the seal is right of centre in the stored pixels
        stored_seal = raw.getpixel((1600 * 2 // 3 + 5, 900 // 2 + 112))
    copy = make_upload_copy(photo, _rule(), tmp_path)
    assert (copy.width, copy.height) == (900, 1600)  # turned 90° as the camera said
    with Image.open(copy.path) as written:
        assert not written.getexif().get(0x0112, 1) - 1  # no orientation left to apply
        # Orientation 6: the stored picture is turned clockwise for display: (x, y) → (h-1-y, x).
        turned = written.getpixel((900 - 1 - (900 // 2 + 112), 1600 * 2 // 3 + 5))
    assert abs(turned[0] - stored_seal[0]) < 60


def test_a_file_that_already_meets_the_rule_is_copied_unchanged(tmp_path: Path):
    photo = document_photo(tmp_path / "授权书.jpg", (800, 1400), noise=4)
    copy = make_upload_copy(photo, _rule(), tmp_path / "out")
    assert copy.quality is None and _digest(copy.path) == _digest(photo)


@pytest.mark.parametrize(
    ("size", "mode", "code"),
    [((600, 900), "RGB", "too_small"), ((1000, 1500), "L", "greyscale")],
)
def test_a_scan_that_cannot_meet_the_rule_is_refused_with_the_reason(tmp_path, size, mode, code):
    photo = document_photo(tmp_path / "scan.jpg", size, mode=mode)
    with pytest.raises(CannotMeetRule) as refused:
        make_upload_copy(photo, _rule(), tmp_path / "out")
    assert [r.code for r in refused.value.reasons] == [code]
    assert not (tmp_path / "out").exists()  # nothing the platform would reject is written


def test_a_file_that_is_not_a_picture_is_refused(tmp_path: Path):
    fake = tmp_path / "扫描.jpg"
    fake.write_bytes(b"%PDF-1.7\n not a picture")
    with pytest.raises(CannotMeetRule) as refused:
        make_upload_copy(fake, _rule(), tmp_path / "out")
    assert refused.value.reasons[0].code == "not_image"


@pytest.mark.parametrize("suffix", ["png", "gif"])
def test_a_palette_picture_is_judged_in_colour_and_copied(tmp_path: Path, suffix: str):
    """A GIF or an 8-bit PNG holds palette indices, which Pillow cannot shrink as they are."""
    from PIL import Image

    photo = document_photo(tmp_path / "scan.jpg", (1000, 1500))
    palette = tmp_path / f"营业执照.{suffix}"
    with Image.open(photo) as image:
        image.convert("P", palette=Image.Palette.ADAPTIVE).save(palette)
    copy = make_upload_copy(palette, _rule(), tmp_path / "out")
    assert copy.path.is_file() and (copy.width, copy.height) == (1000, 1500)


def test_a_one_bit_scan_is_refused_as_not_in_colour(tmp_path: Path):
    from PIL import Image

    scan = tmp_path / "黑白.png"
    Image.new("1", (1000, 1500), 1).save(scan)
    with pytest.raises(CannotMeetRule) as refused:
        make_upload_copy(scan, _rule(), tmp_path / "out")
    assert [r.code for r in refused.value.reasons] == ["greyscale"]
