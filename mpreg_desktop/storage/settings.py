"""User settings: a small JSON file in the config folder, written atomically.

A damaged settings file never stops the app: it is reported in the log, kept aside as
``settings.json.bad`` for inspection, and the defaults are used.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mpreg_desktop.domain.values import empty_list
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.jsontext import json_bytes
from mpreg_desktop.storage.small_files import read_small_file

log = logging.getLogger(__name__)

MAX_RECENT = 10
MAX_SETTINGS_BYTES = 1024 * 1024
# Control characters: no settings file holds them. (Lone surrogates, a name in another encoding,
# are kept: they are written as \udcXX escapes and read back as the same name.)
_UNSTORABLE = re.compile(r"[\x00-\x1f\x7f]")


class Settings(BaseModel):
    """Unknown keys (from a newer version) are ignored, not refused."""

    model_config = ConfigDict(extra="ignore", strict=True, defer_build=True)

    language: Literal["system", "zh_CN", "en"] = "system"
    recent_files: list[str] = Field(default_factory=empty_list)
    library_dir: str | None = None
    # Window geometry and dock layout per window class, as base64 of Qt's saveGeometry/saveState.
    window_geometry: dict[str, str] = Field(default_factory=dict)
    window_state: dict[str, str] = Field(default_factory=dict)
    assistant_on_top: bool = False  # 填报助手 as a separate always-on-top window, not a dock

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        if _UNSTORABLE.search(text):
            return  # a name in another encoding (or with control characters) cannot be saved
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        text = str(path)
        self.recent_files = [p for p in self.recent_files if p != text]


def load_settings(path: Path) -> Settings:
    try:
        raw = read_small_file(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings file unreadable, using defaults: %s", exc)
        return Settings()
    try:
        # json, not pydantic's parser: recent files named in another encoding are \udcXX escapes.
        return Settings.model_validate(json.loads(raw))
    except (ValidationError, ValueError, RecursionError) as exc:  # not UTF-8/JSON, wrong types
        log.warning("settings file damaged, using defaults (kept as .bad): %s", type(exc).__name__)
        with contextlib.suppress(OSError):
            atomic_write(path.with_name(path.name + ".bad"), raw)
        return Settings()


def save_settings(settings: Settings, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Recent files may be named in another encoding (lone surrogates): escaped, they survive.
    atomic_write(path, json_bytes(settings.model_dump(mode="json"), indent=2) + b"\n")
