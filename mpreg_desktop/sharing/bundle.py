"""The case bundle (``.mpregz``): one case with its scans as one file, to send to a colleague.

A bundle is a zip archive holding exactly:

- ``manifest.json``: ``{"format": "mpreg-bundle", "version": 1, "app_version", "case_id",
  "exported", "attachments": [{"name", "size", "sha256"}], "omitted": [paths]}``;
- ``case.mpreg``: the case, whose attachment paths all read ``attachments/<name>``;
- ``attachments/<name>``: each attached file once (a scan serving two materials is stored once).

Reading one is where the danger is: a bundle arrives by chat from anyone. The reader
(:mod:`bundle_import`) trusts nothing in it: names, sizes, ratios and hashes are all checked
against limits and against each other before anything is written, and it writes only inside a
folder it has just created.
"""

from __future__ import annotations

import re
from pathlib import Path

from mpreg_desktop.storage.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES

SUFFIX = ".mpregz"
FORMAT = "mpreg-bundle"
VERSION = 1
MANIFEST = "manifest.json"
CASE_ENTRY = "case.mpreg"
PREFIX = "attachments/"
# Where an imported case keeps its scans, beside the case file (stored as relative paths).
ATTACHMENTS_FOLDER = "附件"

# Limits a bundle must stay within. A case holds at most a few hundred attachments; each is at
# most what an attachment may be; together they stay well below what a disk can take.
MAX_ENTRIES = 2_000
MAX_FILE = MAX_ATTACHMENT_BYTES
MAX_TOTAL = 2 * 1024**3
MAX_CASE = 32 * 1024**2
MAX_MANIFEST = 4 * 1024**2
# Scans hardly compress; a large entry that claims to shrink more than this is a zip bomb.
MAX_RATIO = 200
RATIO_FROM = 1024**2  # small entries (the case JSON) may compress well: ratio checked above this

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class BundleError(Exception):
    """A bundle that cannot be written or read; ``code`` is stable, the UI turns it into words.

    Codes: ``io`` (the system refused: ``detail``), ``not_bundle`` (not a zip, or truncated),
    ``newer_version``, ``unsafe_name`` (an absolute path, ``..``, a link or an odd name),
    ``duplicate_name``, ``too_large`` (a size, count or compression ratio beyond the limits),
    ``manifest`` (the manifest is missing, malformed or disagrees with the contents),
    ``hash_mismatch`` (a file is not what the manifest says), ``case`` (the case file inside
    cannot be read: ``detail`` is its error), ``attachment_missing`` / ``attachment_changed``
    (exporting: an attached file is gone or differs from when it was attached), ``same_file``
    (the output would replace the case itself).
    """

    def __init__(self, code: str, detail: str = "", path: Path | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.path = path


def safe_member_name(name: str) -> str:
    """A file name safe on every platform for an attachment stored in a bundle."""
    cleaned = _UNSAFE.sub("_", name).strip().strip(".")
    if not cleaned or cleaned.split(".")[0].lower() in {"con", "prn", "aux", "nul"}:
        cleaned = "file" + (f".{cleaned}" if cleaned else "")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = cleaned, ""
    # 150 bytes leaves room for a numbering suffix and the folder within NAME_MAX (255 bytes).
    while len(stem.encode("utf-8")) > 150:
        stem = stem[:-1]
    return f"{stem}.{suffix}" if suffix else stem


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``… if taken (compared case-insensitively)."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate, number = name, 2
    while candidate.lower() in taken:
        candidate = f"{stem}-{number}" + (f".{suffix}" if suffix else "")
        number += 1
    taken.add(candidate.lower())
    return candidate
