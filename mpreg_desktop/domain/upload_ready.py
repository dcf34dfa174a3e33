"""Upload-ready copies: what an upload box accepts, and why a scan cannot be made to fit it.

The rules (formats, size limit, minimum resolution, colour) are the pack's ``forms.upload_rules``;
``mpreg_desktop/upload_copy.py`` does the image work with Qt. The decisions live here, without
Qt: whether a picture of this size and colour can meet a rule at all (a copy the platform will
reject is never made), how far it may be scaled down, and what the copy is called.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import PurePath

from mpreg_desktop.domain.rules import UploadRule


@dataclass(frozen=True)
class Refusal:
    """Why a scan cannot meet an upload rule: a code of ``resources/messages`` and its numbers."""

    code: str  # "too_small", "greyscale", "not_image", "too_detailed"
    params: dict[str, str] = field(default_factory=dict)


def refusals(width: int, height: int, colour: bool | None, rule: UploadRule) -> list[Refusal]:
    """What stops a picture of this (upright) size and colour from ever meeting ``rule``.

    Scaling only makes a picture smaller, so one below the minimum resolution cannot be helped;
    a black-and-white scan cannot be made colour.
    """
    found = []
    short, long = sorted((width, height))
    if short < rule.min_short_side_px or long < rule.min_long_side_px:
        found.append(
            Refusal(
                "too_small",
                {
                    "size": f"{width}×{height}",
                    "minimum": f"{rule.min_short_side_px}×{rule.min_long_side_px}",
                },
            )
        )
    if rule.colour_required and colour is False:
        found.append(Refusal("greyscale"))
    return found


def smallest_scale(width: int, height: int, rule: UploadRule) -> float:
    """The least a picture may be scaled by and still meet the minimum resolution (≤ 1)."""
    short, long = sorted((width, height))
    return min(1.0, max(rule.min_short_side_px / short, rule.min_long_side_px / long))


def scale_for(predicted_bytes: float, limit: int, lowest: float, headroom: float = 0.9) -> float:
    """The scale at which a JPEG predicted at ``predicted_bytes`` (full size) fits ``limit``.

    A JPEG's size grows about with its pixel count, so the linear scale is the square root of the
    byte ratio; ``headroom`` keeps it under the limit when the prediction is a little low.
    """
    if predicted_bytes <= limit * headroom:
        return 1.0
    return max(lowest, math.sqrt(limit * headroom / predicted_bytes))


def scaled_size(width: int, height: int, scale: float, rule: UploadRule) -> tuple[int, int]:
    """``width``×``height`` scaled, rounded up so that rounding never goes below the minimum."""
    if scale >= 1.0:
        return width, height
    w, h = max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))
    short, long = sorted((w, h))
    if short < rule.min_short_side_px or long < rule.min_long_side_px:
        return width, height  # cannot happen with scale ≥ smallest_scale; never go below
    return w, h


def copy_name(source: PurePath, rule: UploadRule, extension: str) -> str:
    """The copy's file name: the original's stem and what it is for, e.g.
    ``营业执照 - 备案系统上传.jpg``; the original is never overwritten."""
    return f"{source.stem} - {rule.label.zh}.{extension}"
