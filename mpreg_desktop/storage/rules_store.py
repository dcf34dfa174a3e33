"""Which rules pack a run uses, and the newer pack a user imported (kept in the config folder).

The ONE place a pack is chosen: the app and the command line call :func:`choose_rules` at start;
everything else reads the chosen pack through ``domain.rules.load_rules()`` or the document.

- ``--rules FILE`` (one run) wins; a broken FILE is an error the caller reports.
- Else the imported pack, ``<config>/rules/imported-pack.json``, when it reads, validates and is
  newer than the built-in pack (an app update can bring a newer built-in pack: the imported one
  then stays on disk, unused, and the About dialog says why).
- Else the built-in pack.

An import takes a bundle file (``domain/rules/pack.py``), validates it completely, refuses an
edition that is not newer than the pack in use, and is written atomically; removing it goes back
to the built-in pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mpreg_desktop.domain.rules.model import Rules, RulesError
from mpreg_desktop.domain.rules.pack import (
    build_rules,
    builtin_rules,
    bundle_bytes,
    parts_from_bundle,
    read_pack_file,
    rules_in_use,
    use_rules,
)
from mpreg_desktop.storage.atomic import atomic_write

IMPORTED_NAME = "imported-pack.json"

Origin = Literal["builtin", "imported", "file"]


@dataclass(frozen=True)
class RulesChoice:
    origin: Origin
    path: Path | None = None  # the imported pack or the --rules file
    unused: str = ""  # why an imported pack on disk is not used, when it is not
    unused_older: bool = False  # not used because the built-in pack is as new (else: invalid)

    @property
    def rules(self) -> Rules:
        """The pack in use (the built-in one is parsed only when first needed)."""
        return rules_in_use()


def imported_pack_path(config_dir: Path) -> Path:
    return config_dir / "rules" / IMPORTED_NAME


def _imported(config_dir: Path) -> tuple[Rules | None, str, bool]:
    """The imported pack when it is usable, else why not (and whether only for its edition)."""
    path = imported_pack_path(config_dir)
    if not path.is_file():
        return None, "", False
    try:
        rules = read_pack_file(path)
    except RulesError as error:
        return None, str(error), False
    builtin = builtin_rules()
    if rules.edition <= builtin.edition:
        return (
            None,
            (
                f"the imported pack's edition {rules.edition} is not newer than the built-in"
                f" edition {builtin.edition}"
            ),
            True,
        )
    return rules, "", False


def choose_rules(config_dir: Path, override: Path | None = None) -> RulesChoice:
    """Pick the pack for this run and make it the one in use; raises RulesError for a bad FILE."""
    if override is not None:
        use_rules(read_pack_file(override))
        return RulesChoice("file", override)
    rules, unused, older = _imported(config_dir)  # reads nothing when no pack was imported
    use_rules(rules)
    if rules is not None:
        return RulesChoice("imported", imported_pack_path(config_dir))
    return RulesChoice("builtin", None, unused, older)


class OlderRulesPack(RulesError):
    """A valid pack whose edition is not newer than the pack in use."""

    def __init__(self, edition, in_use) -> None:
        super().__init__(f"edition {edition} is not newer than the pack in use (edition {in_use})")
        self.edition, self.in_use = edition, in_use


def read_candidate(path: Path, in_use: Rules) -> tuple[Rules, dict]:
    """A pack offered for import, validated; refused (RulesError) unless newer than ``in_use``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulesError(f"{path}: {exc.strerror or exc}") from exc
    parts = parts_from_bundle(data, path.name)
    rules = build_rules(parts, path.name)
    if rules.edition <= in_use.edition:
        raise OlderRulesPack(rules.edition, in_use.edition)
    return rules, parts


def install(config_dir: Path, parts: dict) -> Path:
    """Keep a validated pack in the config folder; it is used from the next choice on."""
    path = imported_pack_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, bundle_bytes(parts))
    return path


def remove(config_dir: Path) -> bool:
    """Forget the imported pack (back to the built-in one); False when there was none."""
    path = imported_pack_path(config_dir)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
