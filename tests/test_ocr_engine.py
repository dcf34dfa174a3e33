"""The optional OCR engine: absent, it is said so; present, it reads a rendered licence offline."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from mpreg_desktop import ocr
from mpreg_desktop.domain.assist.scan_reading import read_licence
from tests.support import require_ocr


def test_without_the_extra_the_engine_says_it_is_missing(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, ocr.ENGINE_MODULE, None)  # importing it now fails
    with pytest.raises(ocr.OcrUnavailable):
        ocr.Engine()


def test_boxes_on_one_line_are_joined_left_to_right() -> None:
    boxes = [
        [[[300, 12], [500, 12], [500, 40], [300, 40]], "杭州青禾科技有限公司", 0.9],
        [[[20, 10], [120, 10], [120, 42], [20, 42]], "名称", 0.9],
        [[[20, 80], [120, 80], [120, 110], [20, 110]], "类型", 0.9],
    ]
    assert ocr.rows(boxes) == ["名称 杭州青禾科技有限公司", "类型"]


def test_the_engine_reads_a_rendered_licence(tmp_path) -> None:
    require_ocr()
    import random

    from tests.scans.fake_documents import fake_licence
    from tests.scans.render import render_licence

    licence = fake_licence(random.Random(11))
    image = tmp_path / "执照.jpg"  # a non-ASCII path, as users name their scans
    render_licence(licence).save(image, quality=90)
    reading = read_licence(ocr.Engine().lines(image), date(2026, 11, 27))
    assert reading.fields["code"] == licence.code
    assert reading.fields["name"] == licence.name


def test_boxes_of_a_turned_photo_stay_on_their_lines() -> None:
    """At 7° a value 600 px right of its label sits 74 px lower: still the label's line."""
    import math

    def box(x: float, y: float, width: float, text: str) -> list:
        t = math.radians(7)
        corners = [(0, 0), (width, 0), (width, 30), (0, 30)]
        turned = [[x + cx * math.cos(t) - cy * math.sin(t), y + cx * math.sin(t) + cy * math.cos(t)]
                  for cx, cy in corners]  # fmt: skip
        return [turned, text, 0.9]

    t = math.tan(math.radians(7))
    boxes = [
        box(0, 0, 160, "成立日期"),
        box(200, 60, 300, "注册资本壹佰万元整"),  # the next line, starting further right
        box(600, 600 * t, 260, "2013年03月29日"),
    ]
    assert ocr.rows(boxes) == ["成立日期 2013年03月29日", "注册资本壹佰万元整"]


def test_the_engine_reads_a_degraded_id_card_photo(tmp_path) -> None:
    """A turned, blurred, unevenly lit JPEG of a made-up ID card: number (checksum) and name."""
    require_ocr()
    import random

    from mpreg_desktop.domain.assist.scan_reading import read_id_card
    from tests.scans.fake_documents import fake_id_card
    from tests.scans.render import degrade, render_id_front

    rng = random.Random(12)
    card = fake_id_card(rng)
    image = tmp_path / "身份证正面.jpg"
    degrade(render_id_front(card), rng).save(image, quality=90)
    reading = read_id_card(ocr.Engine().lines(image), date(2026, 11, 27))
    assert reading.fields.get("id_number") == card.number
    assert reading.fields.get("name") == card.name


def test_text_boxes_are_found_on_a_picture_at_most_960_px_long() -> None:
    # RapidOCR 1.4 ignores its own det_limit_side_len for a 1,600 px picture (it detects on the
    # whole picture, with ~100 MB more at the peak); the engine fixes the detector's size.
    require_ocr()
    import numpy

    engine = ocr.Engine()
    detector = engine._ocr.text_det
    picture = numpy.full((1186, ocr.LONG_SIDE, 3), 255, numpy.uint8)
    tensor = detector.get_preprocess(max(picture.shape[:2]))(picture)
    assert max(tensor.shape[2:]) <= ocr.DETECT_SIDE
