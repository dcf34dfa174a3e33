"""JSON for the app's own files and printed output, safe for file names that are not UTF-8.

A file name from a Windows zip or a network share in GBK reaches Python as lone surrogates
(``os.fsdecode``); UTF-8 has no bytes for them, so ``json.dumps(..., ensure_ascii=False)``
followed by ``.encode("utf-8")`` raises. Written as ``\\udcXX`` escapes they are valid JSON, and
``json.loads`` gives back the same string, so the name round-trips; other text stays readable.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``text`` (JSON) with each lone surrogate written as its ``\\uXXXX`` escape."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def json_text(document: Any, **options: Any) -> str:
    return escape_surrogates(json.dumps(document, ensure_ascii=False, **options))


def json_bytes(document: Any, **options: Any) -> bytes:
    return json_text(document, **options).encode("utf-8")
