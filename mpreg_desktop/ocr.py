"""The offline OCR engine behind 读取扫描件 (issue 22): RapidOCR's PP-OCR models on ONNX Runtime.

Optional: ``pip install 'mpreg-desktop[ocr]'``. The models ship inside the rapidocr-onnxruntime
wheel (1.4.x), so reading never downloads anything; the app makes no network connection. This
module is imported only when the user asks to read a scan (tests/test_performance_guards.py), and
the engine itself (~1 s to load its three models) only when a scan is actually read.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

ENGINE_MODULE = "rapidocr_onnxruntime"
# A phone photo has a 3,000–4,000 px long side; a licence's or an ID card's print stays readable at
# 1,600 px, and reading the smaller picture takes a third of the time and memory.
LONG_SIDE = 1600
DETECT_SIDE = 960  # the long side of the picture text boxes are found on (see Engine)
REC_BATCH = 2
READABLE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff")


class OcrUnavailable(RuntimeError):
    """The optional OCR extra is not installed."""


class NotAPicture(ValueError):
    """The file's contents are no picture OpenCV can decode; the UI and the command line say so
    in the user's language."""


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
            from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess
        except ImportError as error:  # also: onnxruntime or OpenCV missing or broken
            raise OcrUnavailable(str(error)) from error
        # Recognised two lines at a time: a batch is as wide as its widest line, so the default
        # six made the peak 30 MB higher for no gain in time on a page of ~20 lines.
        self._ocr = RapidOCR(rec_batch_num=REC_BATCH)
        # Text boxes are found on the picture at most DETECT_SIDE px long (the printed lines of a
        # licence or an ID card are large), then each box is read from the 1,600 px picture.
        # RapidOCR 1.4 ignores det_limit_side_len with limit_type "max" (it picks 960, 1,500 or
        # 2,000 px by the picture's size): its detector is given a fixed pre-processing instead.
        # Detecting on 960 instead of 1,600 px halves the time and saves ~100 MB at the peak.
        detector = self._ocr.text_det
        fixed = DetPreProcess(DETECT_SIDE, "max", detector.mean, detector.std)
        detector.get_preprocess = lambda _longest_side: fixed

    def lines(self, path: str | Path) -> list[str]:
        """The text of the image at ``path``, one string per printed line, top to bottom."""
        import cv2
        import numpy

        data = Path(path).read_bytes()  # OpenCV's own file reading fails on non-ASCII paths
        image = cv2.imdecode(numpy.frombuffer(data, numpy.uint8), cv2.IMREAD_COLOR)
        del data
        if image is None:
            raise NotAPicture("not an image OpenCV can read")
        scale = LONG_SIDE / max(image.shape[:2])
        if scale < 1:
            image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        try:
            result, _elapsed = self._ocr(image)
        finally:
            _trim_heap()
        return rows(result or [])


@functools.cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None (Windows, macOS, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


def _trim_heap() -> None:
    """Give the heap's free memory back to the system after a reading.

    ONNX Runtime allocates each layer's output (tens of MB) and frees it a moment later; glibc
    keeps what was freed for later and its heap grows, fragmented, from one scan to the next
    (70 MB more at the peak over 21 scans). Serving such blocks from their own memory maps
    (``mallopt(M_MMAP_THRESHOLD)``) keeps the peak 30 MB lower still but reads three times
    slower (every map is new memory to fault in): not done.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def rows(boxes: list) -> list[str]:
    """Join the engine's text boxes ``[corners, text, score]`` that sit on one line, left to right.

    A licence prints a label and its value as separate boxes on one line; reading them as one
    line lets the field reader see the label and its value together. A photo is seldom straight:
    the boxes' centres are first turned by the median slant of their top edges, so that on a
    picture turned by 7° the value far right of its label still lands on the label's line.
    """
    if not boxes:
        return []
    slants, heights = [], []
    for corners, _text, _score in boxes:
        (x0, y0), (x1, y1), _c2, (x3, y3) = corners[:4]
        if x1 - x0 > 0:
            slants.append(math.atan2(y1 - y0, x1 - x0))
        heights.append(math.hypot(x3 - x0, y3 - y0))
    angle = statistics.median(slants) if slants else 0.0
    cos, sin = math.cos(-angle), math.sin(-angle)
    height = statistics.median(heights) or 1.0
    items = []
    for corners, text, _score in boxes:
        cx = sum(p[0] for p in corners[:4]) / 4
        cy = sum(p[1] for p in corners[:4]) / 4
        items.append((cx * sin + cy * cos, cx * cos - cy * sin, text))  # (level, along, text)
    items.sort()
    lines: list[list[tuple[float, float, str]]] = []
    for item in items:
        if lines and item[0] - statistics.fmean(i[0] for i in lines[-1]) < 0.6 * height:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [" ".join(i[2] for i in sorted(line, key=lambda i: i[1])) for line in lines]


Loader = Callable[[], Engine]
