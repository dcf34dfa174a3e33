"""Turning and cropping by hand: the shown rectangle maps to the file's own pixels, the copy is
cut and turned from the original (EXIF orientation first), and the original is only read."""

from __future__ import annotations

import hashlib
from itertools import product
from pathlib import Path

import pytest

from mpreg_desktop.domain.assist.turn_and_crop import (
    adjustment_for,
    turning,
)
from mpreg_desktop.domain.case import CropBox, HandAdjustment
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.upload_copy import CannotMeetRule, _turned, make_upload_copy, upright_preview

EXIF_ORIENTATION = 0x0112
MARK = (0, 0, 255)  # a blue square in the stored picture, nowhere else


def _photo(path: Path, size=(1800, 1300), orientation=6, mark=(100, 200, 160, 240)) -> Path:
    """A plain grey picture with a blue square at ``mark`` (stored pixels), saved as a camera
    would (JPEG with an EXIF orientation)."""
    from PIL import Image, ImageDraw

    photo = Image.new("RGB", size, (200, 190, 170))
    ImageDraw.Draw(photo).rectangle((mark[0], mark[1], mark[2] - 1, mark[3] - 1), fill=MARK)
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    photo.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def _blue_box(path: Path) -> tuple[int, int, int, int]:
    """Where the blue square is in a written picture (its pixel edges)."""
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    blue = rgb.point(lambda v: 255 if v > 150 else 0).split()
    red_or_green = rgb.point(lambda v: 255 if v > 100 else 0).split()
    from PIL import ImageChops

    mask = ImageChops.subtract(blue[2], ImageChops.lighter(red_or_green[0], red_or_green[1]))
    return mask.getbbox()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("orientation", "turns"), list(product(range(1, 9), range(4))))
def test_a_shown_rectangle_is_the_same_pixels_in_the_stored_picture(orientation, turns):
    """Cutting the shown picture equals turning the stored cut the mapping gives (pixel exact,
    on a non-square picture whose every pixel is different)."""
    from PIL import Image

    stored = Image.new("RGB", (7, 4))
    stored.putdata([(x * 30, y * 60, 0) for y in range(4) for x in range(7)])
    steps = turning(7, 4, orientation, turns)
    shown = _turned(stored, orientation, turns)
    assert shown.size == steps.shown_size
    box = (1, 0, 3, 3) if shown.size[0] > 3 else (0, 1, 3, 5)
    stored_box = steps.to_stored(box)
    assert steps.to_shown(stored_box) == box
    cut = _turned(stored.crop(stored_box), orientation, turns)
    assert cut.tobytes() == shown.crop(box).tobytes()


def test_the_preview_is_upright_and_keeps_the_stored_size(tmp_path: Path):
    photo = _photo(tmp_path / "身份证.jpg")
    preview = upright_preview(photo, long_side=900)
    assert (preview.stored_width, preview.stored_height, preview.orientation) == (1800, 1300, 6)
    assert (preview.width, preview.height) == (650, 900)  # turned as the camera said
    assert len(preview.rgb) == preview.width * preview.height * 3


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_turning_by_hand_comes_after_the_exif_orientation(tmp_path: Path, turns):
    photo = _photo(tmp_path / "营业执照.jpg")
    before = _digest(photo)
    adjustment = HandAdjustment(quarter_turns=turns)
    copy = make_upload_copy(photo, load_rules().filing.uploads, tmp_path / "附件", True, adjustment)
    steps = turning(1800, 1300, 6, turns)
    assert (copy.width, copy.height) == steps.shown_size
    expected = steps.to_shown((100, 200, 160, 240))
    assert all(abs(a - b) <= 2 for a, b in zip(_blue_box(copy.path), expected, strict=True))
    assert _digest(photo) == before


def test_a_crop_chosen_on_the_turned_picture_cuts_those_original_pixels(tmp_path: Path):
    """The user sees the EXIF-turned picture (1300×1800) turned once more (1800×1300), draws a
    rectangle on it; the copy holds exactly that part, and the original's bytes stay."""
    mark = (1500, 1000, 1560, 1040)
    photo = _photo(tmp_path / "授权书.jpg", mark=mark)
    before = _digest(photo)
    steps = turning(1800, 1300, 6, 1)
    mark_shown = steps.to_shown(mark)
    assert mark_shown == (240, 260, 300, 300)  # EXIF's quarter turn and the user's: half a turn
    drawn = (mark_shown[0] - 100, mark_shown[1] - 100, mark_shown[0] + 1300, mark_shown[1] + 750)
    adjustment = adjustment_for(1, steps.to_stored(drawn), 1800, 1300)
    assert adjustment.crop is not None
    rule = load_rules().filing.uploads
    copy = make_upload_copy(photo, rule, tmp_path / "附件", True, adjustment)
    assert (copy.width, copy.height) == (1400, 850)
    found = _blue_box(copy.path)
    expected = (100, 100, 160, 140)  # the mark, where it was inside the drawn rectangle
    assert all(abs(a - b) <= 2 for a, b in zip(found, expected, strict=True))
    assert _digest(photo) == before


def test_a_crop_below_the_minimum_resolution_is_refused(tmp_path: Path):
    photo = _photo(tmp_path / "scan.jpg")
    small = HandAdjustment(crop=CropBox(left=0, top=0, right=900, bottom=700))
    with pytest.raises(CannotMeetRule) as refused:
        make_upload_copy(photo, load_rules().filing.uploads, tmp_path / "out", True, small)
    assert [r.code for r in refused.value.reasons] == ["too_small"]
    assert refused.value.reasons[0].params["size"] == "700×900"  # upright, as shown


def test_no_turn_and_the_whole_picture_records_nothing():
    assert adjustment_for(4, (0, 0, 1800, 1300), 1800, 1300) is None
    assert adjustment_for(0, (-5, -5, 2000, 900), 1800, 1300).crop == CropBox(
        left=0, top=0, right=1800, bottom=900
    )


def test_an_empty_crop_is_not_a_value_a_case_holds():
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as refused:
        CropBox(left=10, top=0, right=10, bottom=5)
    assert refused.value.errors()[0]["type"] == "empty_crop"


def _case_with_attachment(adjustment):
    from datetime import datetime

    from mpreg_desktop.domain.case import SHANGHAI, Attachment, MaterialItem, new_case

    case = new_case("星光")
    added = datetime(2026, 11, 2, 9, 30, tzinfo=SHANGHAI)
    attachment = Attachment(
        path="身份证.jpg", size=10, sha256="0" * 64, added=added, adjustment=adjustment
    )
    case.materials.append(MaterialItem(key="filing_subject_principal_id", attachments=[attachment]))
    return case


def test_the_adjustment_is_kept_in_the_case_file_and_older_files_read_unchanged(tmp_path):
    import json

    from mpreg_desktop.storage.cases.casefile import case_to_bytes, read_case, write_case

    adjustment = HandAdjustment(quarter_turns=3, crop=CropBox(left=1, top=2, right=30, bottom=40))
    path = tmp_path / "星光.mpreg"
    write_case(path, _case_with_attachment(adjustment))
    assert read_case(path).materials[0].attachments[0].adjustment == adjustment

    older = json.loads(case_to_bytes(_case_with_attachment(None)))
    older["schema_version"] = 2
    del older["materials"][0]["attachments"][0]["adjustment"]
    old_path = tmp_path / "旧.mpreg"
    data = json.dumps(older, ensure_ascii=False).encode()
    old_path.write_bytes(data)
    case = read_case(old_path)
    assert case.materials[0].attachments[0].adjustment is None and case.schema_version == 3
    assert old_path.read_bytes() == data  # reading never changes the file


def test_the_preview_shows_transparency_on_white_as_the_copy_has_it(tmp_path: Path):
    from PIL import Image

    scan = tmp_path / "授权书.png"
    Image.new("RGBA", (800, 1300), (0, 0, 0, 0)).save(scan)
    preview = upright_preview(scan, long_side=400)
    assert preview.rgb[:3] == b"\xff\xff\xff"
