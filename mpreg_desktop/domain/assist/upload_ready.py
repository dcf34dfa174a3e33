"""Upload-ready copies: what an upload box accepts, and why a scan cannot be made to fit it.

The rules (formats, size limit, minimum resolution, colour) are the pack's ``filing.uploads``;
``mpreg_desktop/upload_copy.py`` does the image work with Qt. The decisions live here, without
Qt: whether a picture of this size and colour can meet a rule at all (a copy the platform will
reject is never made), how far it may be scaled down, and what the copy is called.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import PurePath

from mpreg_desktop.domain.rules.model import UploadRules


@dataclass(frozen=True)
class Refusal:
    """Why a scan cannot meet an upload rule: a code of ``resources/messages`` and its numbers."""

    code: str  # "too_small", "greyscale", "not_image", "too_detailed"
    params: dict[str, str] = field(default_factory=dict)


def refusals(width: int, height: int, colour: bool | None, rule: UploadRules) -> list[Refusal]:
    """What stops a picture of this (upright) size and colour from ever meeting ``rule``.

    Scaling only makes a picture smaller, so one below the minimum resolution cannot be helped;
    a black-and-white scan cannot be made colour.
    """
    found = []
    short, long = sorted((width, height))
    if short < rule.min_short_side_px or long < _long_side(rule):
        found.append(
            Refusal(
                "too_small",
                {
                    "size": f"{width}×{height}",
                    "minimum": f"{rule.min_short_side_px}×{_long_side(rule)}",
                },
            )
        )
    if rule.colour_required and colour is False:
        found.append(Refusal("greyscale"))
    return found


def smallest_scale(width: int, height: int, rule: UploadRules) -> float:
    """The least a picture may be scaled by and still meet the minimum resolution (≤ 1)."""
    short, long = sorted((width, height))
    return min(1.0, max(rule.min_short_side_px / short, _long_side(rule) / long))


def scale_for(predicted_bytes: float, limit: int, lowest: float, headroom: float = 0.9) -> float:
    """The scale at which a JPEG predicted at ``predicted_bytes`` (full size) fits ``limit``.

    A JPEG's size grows about with its pixel count, so the linear scale is the square root of the
    byte ratio; ``headroom`` keeps it under the limit when the prediction is a little low.
    """
    if predicted_bytes <= limit * headroom:
        return 1.0
    return max(lowest, math.sqrt(limit * headroom / predicted_bytes))


def scaled_size(width: int, height: int, scale: float, rule: UploadRules) -> tuple[int, int]:
    """``width``×``height`` scaled, rounded up so that rounding never goes below the minimum."""
    if scale >= 1.0:
        return width, height
    w, h = max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))
    short, long = sorted((w, h))
    if short < rule.min_short_side_px or long < _long_side(rule):
        return width, height  # cannot happen with scale ≥ smallest_scale; never go below
    return w, h


COPY_SUFFIX = "上传版"  # what the copy is, in the file name the user sees in the folder


def copy_name(source: PurePath, extension: str) -> str:
    """The copy's file name, e.g. ``营业执照 - 上传版.jpg``; never the original's own name."""
    return f"{source.stem} - {COPY_SUFFIX}.{extension}"


def _long_side(rule: UploadRules) -> int:
    return rule.min_long_side_px or rule.min_short_side_px
