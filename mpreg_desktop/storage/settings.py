"""User settings: a small JSON file in the config folder, written atomically.

A damaged settings file never stops the app: it is reported in the log, kept aside as
``settings.json.bad`` for inspection, and the defaults are used.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import Literal

import msgspec
from msgspec import field

from mpreg_desktop.storage.atomic import atomic_write

log = logging.getLogger(__name__)

MAX_RECENT = 10


class Settings(msgspec.Struct, kw_only=True):
    """Unknown keys (from a newer version) are ignored, not refused."""

    language: Literal["system", "zh_CN", "en"] = "system"
    recent_files: list[str] = field(default_factory=list)
    library_dir: str | None = None
    # Window geometry and dock layout per window class, as base64 of Qt's saveGeometry/saveState.
    window_geometry: dict[str, str] = field(default_factory=dict)
    window_state: dict[str, str] = field(default_factory=dict)

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        text = str(path)
        self.recent_files = [p for p in self.recent_files if p != text]


def load_settings(path: Path) -> Settings:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings file unreadable, using defaults: %s", exc)
        return Settings()
    try:
        return msgspec.json.decode(raw, type=Settings)
    except msgspec.DecodeError as exc:  # not UTF-8, not JSON, or wrong types
        log.warning("settings file damaged, using defaults (kept as .bad): %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            atomic_write(path.with_name(path.name + ".bad"), raw)
        return Settings()


def save_settings(settings: Settings, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(msgspec.to_builtins(settings), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, data.encode("utf-8"))
