"""The offline OCR engine behind 读取扫描件 (issue 22): RapidOCR's PP-OCR models on ONNX Runtime.

Optional: ``pip install 'mpreg-desktop[ocr]'``. The models ship inside the rapidocr-onnxruntime
wheel (1.4.x), so reading never downloads anything; the app makes no network connection. This
module is imported only when the user asks to read a scan (tests/test_performance_guards.py), and
the engine itself (~1 s to load its three models) only when a scan is actually read.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

ENGINE_MODULE = "rapidocr_onnxruntime"
# A phone photo has a 3,000–4,000 px long side; a licence's or an ID card's print stays readable at
# 1,600 px, and reading the smaller picture takes a third of the time and memory.
LONG_SIDE = 1600
READABLE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff")


class OcrUnavailable(RuntimeError):
    """The optional OCR extra is not installed."""


def available() -> bool:
    """Whether the engine can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(ENGINE_MODULE) is not None
    except (ImportError, ValueError):
        return False


def readable(path: str | Path) -> bool:
    return Path(path).suffix.lower() in READABLE_SUFFIXES


class Engine:
    """One loaded engine; reading many scans with one engine loads the models once."""

    def __init__(self) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as error:  # also: onnxruntime or OpenCV missing or broken
            raise OcrUnavailable(str(error)) from error
        # Text boxes are found on the picture at most 960 px wide (the printed lines of a licence
        # or an ID card are large), then each box is read from the full picture: half the
        # memory and time of the default (its shorter side at least 736 px).
        self._ocr = RapidOCR(det_limit_type="max", det_limit_side_len=960)

    def lines(self, path: str | Path) -> list[str]:
        """The text of the image at ``path``, one string per printed line, top to bottom."""
        import cv2
        import numpy

        data = Path(path).read_bytes()  # OpenCV's own file reading fails on non-ASCII paths
        image = cv2.imdecode(numpy.frombuffer(data, numpy.uint8), cv2.IMREAD_COLOR)
        if image is None:
            raise ValueError("not an image OpenCV can read")
        scale = LONG_SIDE / max(image.shape[:2])
        if scale < 1:
            image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        result, _elapsed = self._ocr(image)
        return rows(result or [])


def rows(boxes: list) -> list[str]:
    """Join the engine's text boxes ``[corners, text, score]`` that sit on one line, left to right.

    A licence prints a label and its value as separate boxes on one line; reading them as one
    line lets the field reader see the label and its value together.
    """
    items = []
    for corners, text, _score in boxes:
        ys = [p[1] for p in corners]
        xs = [p[0] for p in corners]
        items.append((min(ys), max(ys), min(xs), text))
    items.sort()
    out: list[list[tuple]] = []
    for item in items:
        top, bottom = item[0], item[1]
        if out:
            last = out[-1]
            l_top = min(i[0] for i in last)
            l_bottom = max(i[1] for i in last)
            overlap = min(bottom, l_bottom) - max(top, l_top)
            if overlap > 0.5 * min(bottom - top, l_bottom - l_top):
                last.append(item)
                continue
        out.append([item])
    return [" ".join(i[3] for i in sorted(row, key=lambda i: i[2])) for row in out]


Loader = Callable[[], Engine]
