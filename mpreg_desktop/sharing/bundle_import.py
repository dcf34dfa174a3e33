"""Reading a case bundle into the library, trusting nothing in it.

:func:`inspect_bundle` checks the whole archive without writing anything: entry names (no absolute
path, no ``..``, no link, no duplicate, nothing but the three kinds of entry), counts, sizes and
compression ratios against the limits, the manifest against the entries, the case against the
manifest, and every file's size and SHA-256 while it is read (a declared size is never trusted:
reading stops one byte past it). :func:`import_bundle` then writes into a folder it creates
itself — ``<library>/<case name>/`` (``<case name> 2/`` if taken) with the case file and
``附件/`` — and removes that folder again if anything fails half-way. Nothing is ever written
outside it, and nothing existing is replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from mpreg_desktop.domain.case import Case
from mpreg_desktop.sharing.bundle import (
    ATTACHMENTS_FOLDER,
    CASE_ENTRY,
    FORMAT,
    MANIFEST,
    MAX_CASE,
    MAX_ENTRIES,
    MAX_FILE,
    MAX_MANIFEST,
    MAX_RATIO,
    MAX_TOTAL,
    PREFIX,
    RATIO_FROM,
    VERSION,
    BundleError,
    safe_member_name,
)
from mpreg_desktop.storage.cases.casefile import SUFFIX, CaseFileError, case_to_bytes, parse_case
from mpreg_desktop.storage.library.files import LibraryError, file_stem_for, write_new

_CHUNK = 1024 * 1024


@dataclass
class BundleContents:
    """A bundle checked whole: the case (attachment paths ``attachments/<name>``) and the names
    of its files with their sizes and hashes, as the manifest says and the bytes proved."""

    case: Case
    files: dict[str, tuple[int, str]]  # name below attachments/ → (size, sha256)
    omitted: list[str]
    exported: str


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleError("unsafe_name", f"{name}: a link")
    if info.flag_bits & 0x1:
        raise BundleError("unsafe_name", f"{name}: encrypted")
    parts = PurePosixPath(name).parts
    if (
        "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("..", ".", "") for part in name.split("/")[:-1])
        or ".." in parts
    ):
        raise BundleError("unsafe_name", name)
    if name in (MANIFEST, CASE_ENTRY) or name == PREFIX:
        return name
    if name.startswith(PREFIX):
        leaf = name[len(PREFIX) :]
        # One level only, and a name this app would have written itself.
        if "/" not in leaf and leaf == safe_member_name(leaf):
            return name
    raise BundleError("unsafe_name", name)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, never more than ``limit`` nor than it declares (a lying header)."""
    expected = min(info.file_size, limit)
    chunks, total = [], 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(min(_CHUNK, expected + 1 - total)):
                total += len(chunk)
                if total > expected:
                    raise BundleError("too_large", info.filename)
                chunks.append(chunk)
    except BundleError:
        raise
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError: a damaged archive
        raise BundleError("not_bundle", f"{info.filename}: {exc}") from None
    if total != info.file_size:
        raise BundleError("not_bundle", f"{info.filename}: truncated")
    return b"".join(chunks)


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleError("too_large", f"{len(infos)} entries")
    entries: dict[str, zipfile.ZipInfo] = {}
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = _check_name(info)
        if name.lower() in seen:
            raise BundleError("duplicate_name", name)
        seen.add(name.lower())
        if info.is_dir():
            continue
        limit = {MANIFEST: MAX_MANIFEST, CASE_ENTRY: MAX_CASE}.get(name, MAX_FILE)
        if info.file_size > limit:
            raise BundleError("too_large", name)
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleError("too_large", f"{name}: compression ratio")
        total += info.file_size
        if total > MAX_TOTAL:
            raise BundleError("too_large", "total size")
        entries[name] = info
    return entries


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError("manifest", "not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("manifest", "not a case bundle")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("manifest", "version")
    if version > VERSION:
        raise BundleError("newer_version", str(version))
    files = manifest.get("attachments")
    if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
        raise BundleError("manifest", "attachments")
    return manifest


def _manifest_files(manifest: dict[str, Any]) -> dict[str, tuple[int, str]]:
    files: dict[str, tuple[int, str]] = {}
    for entry in manifest["attachments"]:
        name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
        if (
            not isinstance(name, str)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or not 0 <= size <= MAX_FILE
            or not isinstance(digest, str)
            or len(digest) != 64
            or name in files
        ):
            raise BundleError("manifest", f"attachment {name!r}")
        files[name] = (size, digest.lower())
    return files


def inspect_bundle(path: Path) -> BundleContents:
    """Check a whole bundle without writing anything; raises :class:`BundleError`."""
    path = Path(path)
    try:
        info = os.stat(path)  # a link to a bundle is fine; to a device or a pipe it is not
    except OSError as exc:
        raise BundleError("io", exc.strerror or str(exc), path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise BundleError("not_bundle", "not a regular file", path)
    if info.st_size > MAX_TOTAL + MAX_CASE:
        raise BundleError("too_large", "file size", path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect(archive)
    except zipfile.BadZipFile as exc:
        raise BundleError("not_bundle", str(exc), path) from None
    except OSError as exc:
        raise BundleError("io", exc.strerror or str(exc), path) from exc


def _inspect(archive: zipfile.ZipFile) -> BundleContents:
    entries = _entries(archive)
    if MANIFEST not in entries or CASE_ENTRY not in entries:
        raise BundleError("manifest", "manifest or case missing")
    manifest = _manifest(_read_entry(archive, entries[MANIFEST], MAX_MANIFEST))
    files = _manifest_files(manifest)
    present = {name[len(PREFIX) :] for name in entries if name.startswith(PREFIX)}
    if present != set(files):
        raise BundleError("manifest", "the files listed are not the files present")
    try:
        case = parse_case(_read_entry(archive, entries[CASE_ENTRY], MAX_CASE), Path(CASE_ENTRY))
    except CaseFileError as error:
        detail = f"{error.code} ({error.where})" if error.where else error.code
        raise BundleError("case", detail) from None
    for material in case.materials:
        for attachment in material.attachments:
            name = attachment.path[len(PREFIX) :] if attachment.path.startswith(PREFIX) else None
            if name not in files or files[name] != (attachment.size, attachment.sha256):
                raise BundleError("manifest", f"attachment {attachment.path!r} of the case")
    for name, (size, digest) in files.items():
        info = entries[PREFIX + name]
        if info.file_size != size:
            raise BundleError("hash_mismatch", name)
        if hashlib.sha256(_read_entry(archive, info, MAX_FILE)).hexdigest() != digest:
            raise BundleError("hash_mismatch", name)
    omitted = [p for p in manifest.get("omitted", []) if isinstance(p, str)][:1000]
    return BundleContents(case, files, omitted, str(manifest.get("exported", ""))[:40])


def _free_folder(library: Path, stem: str) -> Path:
    """Create and return ``<library>/<stem>`` (or ``<stem> 2``…): never an existing folder."""
    number = 1
    while True:
        folder = library / (stem if number == 1 else f"{stem} {number}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            number += 1


def import_bundle(
    path: Path, library: Path, now: datetime, *, new_id: bool = False
) -> tuple[Path, Case]:
    """Unpack the bundle at ``path`` into a new case folder in ``library``.

    Returns the new case file and its case. With ``new_id`` the case gets a new id (the user
    chose to import a copy of a case already in the library).
    """
    contents = inspect_bundle(path)
    case = contents.case
    if new_id:
        case.id = uuid.uuid4()
        case.created = case.modified = now
    for material in case.materials:
        for attachment in material.attachments:
            attachment.path = f"{ATTACHMENTS_FOLDER}/{attachment.path[len(PREFIX) :]}"
    try:
        stem = file_stem_for(case.name or Path(path).stem)
    except LibraryError:
        stem = file_stem_for(Path(path).stem) if Path(path).stem.strip(". ") else "case"
    try:
        library.mkdir(parents=True, exist_ok=True)
        folder = _free_folder(library, stem)
    except OSError as exc:
        raise BundleError("io", exc.strerror or str(exc), library) from exc
    try:
        _unpack(path, folder / ATTACHMENTS_FOLDER, contents.files)
        target = folder / f"{stem}{SUFFIX}"
        write_new(target, case_to_bytes(case))
    except BaseException as error:
        shutil.rmtree(folder, ignore_errors=True)  # ours alone: created above
        if isinstance(error, LibraryError):
            raise BundleError("io", error.detail or error.code, folder) from error
        if isinstance(error, OSError):
            raise BundleError("io", error.strerror or str(error), folder) from error
        raise
    return target, case


def _unpack(path: Path, folder: Path, files: dict[str, tuple[int, str]]) -> None:
    if not files:
        return
    folder.mkdir()
    with zipfile.ZipFile(path) as archive:
        for name, (size, digest) in files.items():
            data = _read_entry(archive, archive.getinfo(PREFIX + name), MAX_FILE)
            if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                raise BundleError("hash_mismatch", name)  # the file changed since inspected
            target = folder / name
            with open(target, "xb") as stream:  # x: never replace anything
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            with contextlib.suppress(OSError):
                os.chmod(target, 0o600)
