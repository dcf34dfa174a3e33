"""Hostile files through the window's open path: a message, no crash, no write, still usable."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.cases.casefile import case_to_bytes

REAL = case_to_bytes(new_case("模糊"))


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(
        st.binary(max_size=200),
        st.lists(
            st.tuples(st.integers(0, len(REAL)), st.binary(max_size=6)), min_size=1, max_size=3
        ),
    )
)
def test_window_survives_hostile_files(context, dialogs, tmp_path: Path, data) -> None:
    if isinstance(data, list):
        mutated = bytearray(REAL)
        for at, insert in data:
            mutated[at : at + 3] = insert
        data = bytes(mutated)
    path = tmp_path / "hostile.mpreg"
    path.write_bytes(data)
    window = context.new_window()
    opened = window.open_case_file(path)
    assert path.read_bytes() == data  # never written
    if not opened:
        assert dialogs.shown and dialogs.shown[-1][0] == "warning"
        assert window.document is None
    window.document = None
    window.close()


def test_window_still_works_after_a_bad_file(window, dialogs, tmp_path: Path, sample_path) -> None:
    bad = tmp_path / "bad.mpreg"
    bad.write_text(json.dumps({"format": "mpreg-case", "schema_version": "x"}), encoding="utf-8")
    assert not window.open_case_file(bad)
    assert window.open_case_file(sample_path)


def test_a_value_beyond_its_bound_is_named_with_its_field(window, dialogs, tmp_path: Path) -> None:
    """A date the pickers' old maximum allowed (9999-12-31) made the checks raise in the window
    after every edit; now the file is refused with where and why, in words, and left as it is."""
    document = json.loads(REAL)
    document["filing"]["planned_on"] = "9999-12-31"
    document["notes"] = "cut-off emoji \ud83d"
    path = tmp_path / "far.mpreg"
    data = json.dumps(document).encode("utf-8")
    path.write_bytes(data)
    assert not window.open_case_file(path)
    kind, _title, text = dialogs.shown[-1][:3]
    assert kind == "warning" and path.read_bytes() == data
    assert "filing.planned_on" in text
    assert "the date 9999-12-31 is outside the years a case may hold" in text
    assert "(1900-01-01 to 2100-12-31)" in text
