"""``mpreg-desktop read-scan IMAGE``: read a 营业执照 or 身份证 scan offline and print its fields.

The same reading as the materials page's 读取扫描件 (``mpreg_desktop.ocr`` and
``domain/assist/scan_reading.py``), for scripts and to check that an installed app's engine works.
The ID number is printed masked unless ``--unmasked`` is given; nothing is written anywhere.
Exit status: 0 when a field was read, 1 when none was, 2 when the file is not a readable picture
or the OCR engine is not installed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mpreg_desktop.domain.assist.scan_reading import (
    ID_CARD,
    ID_LABELS,
    LICENCE,
    LICENCE_LABELS,
    Reading,
    guess_kind,
    read_lines,
)
from mpreg_desktop.domain.checks.identifiers import mask
from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.os_errors import os_reason

EXIT_OK, EXIT_NOTHING_READ, EXIT_UNREADABLE = 0, 1, 2
PERSONAL = ("id_number",)  # printed masked unless asked (house rule: no personal numbers)
_TEXT = {
    "missing": {
        "en": 'The OCR engine is not installed. Install it with: pip install "mpreg-desktop[ocr]"',
        "zh_CN": '未安装文字识别组件。安装命令：pip install "mpreg-desktop[ocr]"',
    },
    # An installed app (the Windows installer leaves the engine out) cannot pip install.
    "missing_frozen": {
        "en": "This installation does not include the OCR engine; it cannot read scans.",
        "zh_CN": "此安装版不含文字识别组件，无法读取扫描件。",
    },
    "not_image": {
        "en": "{path}: not a picture that can be read ({why})",
        "zh_CN": "{path}：无法读取的图片（{why}）",
    },
    "not_a_picture": {"en": "its contents are not a picture", "zh_CN": "文件内容不是图片"},
    "engine_failed": {
        "en": "the text recognition stopped with an error: {name}",
        "zh_CN": "文字识别出错停止：{name}",
    },
    "kind": {
        "en": {LICENCE: "business licence", ID_CARD: "ID card"},
        "zh_CN": {LICENCE: "营业执照", ID_CARD: "身份证"},
    },
    "nothing": {"en": "nothing read", "zh_CN": "未读出任何字段"},
    "unreadable": {
        "en": "{label}: seen, but no reading passes its check character",
        "zh_CN": "{label}：已看到，但没有一种读法通过校验位",
    },
    "corrected": {
        "en": " (look-alike characters corrected)",
        "zh_CN": "（已按校验位更正形近字符）",
    },
}


def _label(kind: str, key: str) -> str:
    """The label the document itself prints (统一社会信用代码, 有效期限 …)."""
    table = LICENCE_LABELS if kind == LICENCE else ID_LABELS
    for prefix in ("term_", "valid_"):
        if key.startswith(prefix):
            base = "term" if prefix == "term_" else "validity"
            return f"{table[base][0]} ({key.removeprefix(prefix)})"
    return table[key][0] if key in table else key


def shown(reading: Reading, unmasked: bool) -> dict[str, str]:
    return {
        key: value if unmasked or key not in PERSONAL else mask(value)
        for key, value in reading.fields.items()
    }


def run(path: Path, kind: str | None, *, as_json: bool, unmasked: bool, language: str) -> int:
    from mpreg_desktop import ocr

    try:
        engine = ocr.Engine()
    except ocr.OcrUnavailable:
        missing = "missing_frozen" if getattr(sys, "frozen", False) else "missing"
        print(_TEXT[missing][language], file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        lines = engine.lines(path)
    except Exception as error:  # also the engine's own (ONNX Runtime's, OpenCV's): no traceback
        if isinstance(error, OSError):
            why = os_reason(error, language)
        elif isinstance(error, ocr.NotAPicture):
            why = _TEXT["not_a_picture"][language]
        else:  # the engine's own failure
            why = _TEXT["engine_failed"][language].format(name=type(error).__name__)
        print(_TEXT["not_image"][language].format(path=path, why=why), file=sys.stderr)
        return EXIT_UNREADABLE
    kind = kind or guess_kind(lines)
    reading = read_lines(kind, lines, SYSTEM_CLOCK.today())
    fields = shown(reading, unmasked)
    if as_json:
        record = {
            "kind": kind,
            "fields": fields,
            "unreadable": list(reading.unreadable),
            "corrected": list(reading.corrected),
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(f"{path} — {_TEXT['kind'][language][kind]}")
        for key, value in fields.items():
            note = _TEXT["corrected"][language] if key in reading.corrected else ""
            print(f"  {_label(kind, key)}: {value}{note}")
        for key in reading.unreadable:
            print("  " + _TEXT["unreadable"][language].format(label=_label(kind, key)))
        if not fields and not reading.unreadable:
            print("  " + _TEXT["nothing"][language])
    return EXIT_OK if reading.fields else EXIT_NOTHING_READ
