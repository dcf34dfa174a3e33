"""A newer rules pack for tests: the built-in one with a later edition and chosen changes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from mpreg_desktop.domain.rules.pack import builtin_parts, bundle_bytes

NEWER_EDITION = "2027-01-15"
NEW_CATEGORY = "new_services_test"


def newer_pack(
    folder: Path,
    *,
    edition: str = NEWER_EDITION,
    enterprise_fee: int = 350,
    transfer_days: int | None = None,
    name: str = "newer-rules.json",
) -> Path:
    """One fee changed and one category added, written as a bundle file in ``folder``."""
    parts: dict[str, Any] = copy.deepcopy(builtin_parts())
    parts["pack"]["edition"] = edition
    for subject in parts["subjects"]["types"]:
        if subject["id"] == "enterprise":
            subject["certification_fee_yuan"] = enterprise_fee
    if transfer_days is not None:
        for method in parts["verification"]["methods"]:
            if method["id"] == "bank_transfer":
                method["deadline"]["max"] = transfer_days
    category = copy.deepcopy(parts["categories"]["categories"][0])
    category.update(id=NEW_CATEGORY, label={"zh": "测试服务-新类目", "en": "Test services-New"})
    parts["categories"]["categories"].append(category)
    path = folder / name
    path.write_bytes(bundle_bytes(parts))
    return path
