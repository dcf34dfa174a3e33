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
        self._ocr = RapidOCR()

    def lines(self, path: str | Path) -> list[str]:
        """The text of the image at ``path``, one string per printed line, top to bottom."""
        data = Path(path).read_bytes()  # the engine's own file reading fails on non-ASCII paths
        result, _elapsed = self._ocr(data)
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
