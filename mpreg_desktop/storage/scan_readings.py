"""What the scans said (issue 22), kept per attachment hash in the state folder, not in the case.

``scan-readings.json`` maps an attachment's SHA-256 to its :class:`Reading`. Keeping it outside
the case leaves the ``.mpreg`` format unchanged (older versions of the app still open every case)
and reads a scan once however many cases attach the same file. A damaged or foreign file is
treated as empty: readings are a cache, read again on request.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mpreg_desktop.domain.assist.scan_reading import Reading
from mpreg_desktop.storage.atomic import atomic_write

FILE_NAME = "scan-readings.json"
MAX_ENTRIES = 2000  # oldest dropped first: a cache, not a record
log = logging.getLogger(__name__)


def load_readings(state_dir: Path) -> dict[str, Reading]:
    try:
        data = json.loads((state_dir / FILE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("scan readings not read (%s); reading scans again on request", type(error))
        return {}
    out: dict[str, Reading] = {}
    for sha, entry in data.get("readings", {}).items() if isinstance(data, dict) else ():
        try:
            out[sha] = Reading(
                str(entry["kind"]),
                {str(k): str(v) for k, v in entry["fields"].items()},
                tuple(str(u) for u in entry.get("unreadable", ())),
                tuple(str(c) for c in entry.get("corrected", ())),
            )
        except (KeyError, TypeError, AttributeError):
            continue
    return out


def save_reading(state_dir: Path, sha256: str, reading: Reading) -> dict[str, Reading]:
    """Add one reading (replacing an older one of the same file); returns all readings."""
    readings = load_readings(state_dir)
    readings.pop(sha256, None)
    readings[sha256] = reading
    while len(readings) > MAX_ENTRIES:
        readings.pop(next(iter(readings)))
    document = {
        "format": "mpreg-scan-readings",
        "readings": {
            sha: {
                "kind": r.kind,
                "fields": r.fields,
                "unreadable": list(r.unreadable),
                "corrected": list(r.corrected),
            }
            for sha, r in readings.items()
        },
    }
    state_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write(state_dir / FILE_NAME, data)
    return readings
