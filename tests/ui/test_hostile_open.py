"""Hostile files through the window's open path: a message, no crash, no write, still usable."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.storage.casefile import case_to_bytes

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
