"""The built-in rules pack as an earlier start validated it, kept in the state folder.

Validating the built-in pack (~500 KB of JSON into ~2,100 models) took ~40 ms of every start, most
of it pydantic building its validators, for a pack that changes only with the app. So the app
keeps the validated pack (pickled) under a name made from everything it came from: the app's,
pydantic's and Python's versions, the bytes of the pack's files and of the modules that define
its models. Any change gives another name, so a stale pack is never read. The copies of the
``KEEP`` most recently used names stay: an installed app and one run from source (or two
versions) each read their own instead of replacing each other's at every start; older ones are
removed when a new one is written. A file that cannot be read back is ignored and the pack
validated again. Only the app's start uses this: the command line validates the pack.

Reading a pickle can run code: this one is read only from the user's own state folder, which
nobody else can write (like the settings and the library index beside it).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
from pathlib import Path
from types import ModuleType

import pydantic

from mpreg_desktop import __version__
from mpreg_desktop.domain import case, values
from mpreg_desktop.domain.rules import model
from mpreg_desktop.domain.rules.model import PACK_FILES, Rules
from mpreg_desktop.domain.rules.pack import builtin_rules, share_builtin_rules
from mpreg_desktop.storage.atomic import atomic_write
from mpreg_desktop.storage.small_files import read_small_file

log = logging.getLogger(__name__)

MAX_BYTES = 16 * 1024 * 1024  # the pack pickles to ~0.5 MB
PREFIX = "builtin-rules-"
KEEP = 3  # copies kept, the least recently used removed first (~0.5 MB each)


def _source(module: ModuleType) -> bytes:
    try:
        return Path(module.__file__ or "").read_bytes()
    except OSError:  # a frozen app has no source files: its version stands for them
        return b""


def fingerprint(pack_folder: Path) -> str:
    """What the validated pack depends on, as a short hex digest (OSError: a file unreadable)."""
    digest = hashlib.sha256(f"{__version__} {pydantic.VERSION} {sys.version}".encode())
    for name in PACK_FILES:
        digest.update((pack_folder / f"{name}.json").read_bytes())
    for module in (model, case, values):
        digest.update(_source(module))
    return digest.hexdigest()[:32]


def load_builtin_rules(state_dir: Path) -> Rules:
    """The built-in pack: read back as an earlier start validated it, else validated and kept."""
    from mpreg_desktop.resources import resource_path

    try:
        path = state_dir / f"{PREFIX}{fingerprint(resource_path('rules'))}.pickle"
    except OSError:
        return builtin_rules()  # validating says what is wrong with the pack's files
    try:
        kept = pickle.loads(read_small_file(path, MAX_BYTES))
    except FileNotFoundError:
        kept = None
    except Exception as exc:  # damaged or cut short: validated again, and written anew
        log.warning("kept rules pack unreadable, validating it again: %s", type(exc).__name__)
        kept = None
    if isinstance(kept, Rules):
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: the copies least recently used are the ones removed
        share_builtin_rules(kept)
        return kept
    rules = builtin_rules()
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        # Not synced to disk: a copy cut short by a power cut fails to read and is made again.
        data = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write(path, data, durable=False)
        copies = sorted(
            state_dir.glob(f"{PREFIX}*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for older in (p for p in copies[KEEP:] if p != path):
            older.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("validated rules pack not kept: %s", exc.strerror)
    return rules
