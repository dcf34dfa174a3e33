"""A multi-choice field keeps ids the rules pack no longer knows, shows them flagged, never drops
them on the next edit (renaming a category id must not lose the user's choice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from mpreg_desktop.domain.case import Step, SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case

GONE = "retired_category"


def test_unknown_ids_are_kept_flagged_and_survive_an_edit(window, tmp_path: Path) -> None:
    case = new_case("类目")
    case.subject.type = SubjectType.ENTERPRISE
    rules = window.context.rules
    first, second = (c.id for c in rules.categories.categories[:2])
    case.mini_program.categories = [GONE, first]
    path = tmp_path / "case.mpreg"
    write_case(path, case)
    assert window.open_case_file(path)
    binding = window.case_view.pages[Step.SUBJECT].binding_for("mini_program.categories")
    items = [binding.list.item(i) for i in range(binding.list.count())]
    role = Qt.ItemDataRole.UserRole
    gone = next(item for item in items if item.data(role) == GONE)
    assert gone.checkState() == Qt.CheckState.Checked
    assert GONE in gone.text() and gone.toolTip()  # flagged, with why

    # Ticking another category keeps the unknown id (it used to be dropped here).
    other = next(item for item in items if item.data(role) == second)
    other.setCheckState(Qt.CheckState.Checked)
    assert window.document.case.mini_program.categories == [GONE, first, second]
    codes = [p.code for p in window.document.derived().problems]
    assert "mini_program.categories.unknown" in codes

    # Unticking it is how the user lets it go.
    gone = next(
        binding.list.item(i)
        for i in range(binding.list.count())
        if binding.list.item(i).data(role) == GONE
    )
    gone.setCheckState(Qt.CheckState.Unchecked)
    assert window.document.case.mini_program.categories == [first, second]
    values = [binding.list.item(i).data(role) for i in range(binding.list.count())]
    assert GONE not in values
