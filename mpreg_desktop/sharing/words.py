"""Words of the sheets and the library commands: ``resources/messages/sheets.json``."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

# Field path of an imported column → its key in the catalog's "import" section.
IMPORT_LABELS = {
    "name": "case",
    "subject.name": "name",
    "subject.code": "code",
    "subject.type": "subject_type",
    "subject.legal_rep.name": "legal_rep",
    "subject.legal_rep.id_number": "legal_rep_id",
    "account.admin.name": "admin",
    "account.admin.phone": "phone",
    "account.admin.id_number": "admin_id",
    "account.email": "email",
    "mini_program.name": "mini_program",
}


@cache
def words() -> dict[str, Any]:
    from mpreg_desktop.resources import resource_path

    return json.loads(resource_path("messages", "sheets.json").read_text(encoding="utf-8"))


def word(language: str, *keys: str) -> str:
    entry: Any = words()
    for key in keys:
        entry = entry[key]
    return entry["zh" if language.startswith("zh") else "en"]


def target_label(path: str, language: str) -> str:
    """The name of a case field a sheet column can fill."""
    return word(language, "import", IMPORT_LABELS[path])
