"""Writing a case bundle: the case and every attached file, checked against its hash."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mpreg_desktop import __version__
from mpreg_desktop.domain.case import Case
from mpreg_desktop.sharing.bundle import (
    CASE_ENTRY,
    FORMAT,
    MANIFEST,
    MAX_FILE,
    PREFIX,
    VERSION,
    BundleError,
    safe_member_name,
    unique_name,
)
from mpreg_desktop.storage.atomic import atomic_writer
from mpreg_desktop.storage.attachments import resolve
from mpreg_desktop.storage.cases.casefile import case_to_bytes, parse_case

# Scans are already compressed: storing them saves time and loses nothing.
_STORED = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".zip", ".heic"}


@dataclass
class ExportReport:
    path: Path
    files: int = 0  # attached files written (each once)
    bytes: int = 0
    omitted: list[str] = field(default_factory=list)  # attachment paths left out on request


@dataclass(frozen=True)
class _Source:
    name: str  # in the bundle, below attachments/
    file: Path
    size: int
    sha256: str


def _read_checked(source: _Source) -> bytes:
    """The attached file's bytes, if it is still the file that was attached."""
    file = source.file
    try:
        info = os.stat(file)
    except OSError as exc:
        raise BundleError("attachment_missing", exc.strerror or "", file) from exc
    if not os.path.isfile(file) or info.st_size > MAX_FILE or info.st_size != source.size:
        raise BundleError("attachment_changed", "", file)
    try:
        with open(file, "rb") as stream:
            data = stream.read(MAX_FILE + 1)
    except OSError as exc:
        raise BundleError("attachment_missing", exc.strerror or "", file) from exc
    if len(data) != source.size or hashlib.sha256(data).hexdigest() != source.sha256:
        raise BundleError("attachment_changed", "", file)
    return data


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def export_bundle(
    case: Case,
    case_path: Path | None,
    target: Path,
    now: datetime,
    leave_out: Collection[str] = (),
) -> ExportReport:
    """Write ``case`` and its attachments to ``target`` (replaced atomically).

    ``leave_out`` holds attachment paths (as stored in the case) not to send: their references
    are removed from the bundled case. An attached file that is gone or changed stops the export
    (``attachment_missing`` / ``attachment_changed``): the user can leave it out or re-attach it.
    The case in memory is never changed.
    """
    target = Path(target)
    if _same_file(target, case_path):
        raise BundleError("same_file", "", target)
    if target.is_dir():
        raise BundleError("io", "is a folder", target)
    bundled = parse_case(case_to_bytes(case), target)  # a copy, validated
    report = ExportReport(path=target)
    taken: set[str] = set()
    by_hash: dict[str, str] = {}
    sources: list[_Source] = []
    for material in bundled.materials:
        kept = []
        for attachment in material.attachments:
            if attachment.path in leave_out:
                report.omitted.append(attachment.path)
                continue
            name = by_hash.get(attachment.sha256)
            if name is None:
                file = resolve(attachment, case_path)
                name = unique_name(safe_member_name(file.name), taken)
                by_hash[attachment.sha256] = name
                sources.append(_Source(name, file, attachment.size, attachment.sha256))
            attachment.path = PREFIX + name
            kept.append(attachment)
        material.attachments = kept
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "case_id": str(case.id),
        "exported": now.isoformat(),
        "attachments": [{"name": s.name, "size": s.size, "sha256": s.sha256} for s in sources],
        "omitted": sorted(set(report.omitted)),
    }
    try:
        with atomic_writer(target) as stream, zipfile.ZipFile(stream, "w") as archive:
            for source in sources:  # one file in memory at a time
                data = _read_checked(source)
                stored = os.path.splitext(source.name)[1].lower() in _STORED
                method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                archive.writestr(PREFIX + source.name, data, compress_type=method)
                report.files += 1
                report.bytes += source.size
            archive.writestr(CASE_ENTRY, case_to_bytes(bundled), zipfile.ZIP_DEFLATED)
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
    except OSError as exc:
        raise BundleError("io", exc.strerror or str(exc), target) from exc
    return report
