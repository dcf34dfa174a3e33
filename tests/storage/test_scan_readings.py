"""The scan readings cache: per attachment hash, in the state folder, forgiving of damage."""

from __future__ import annotations

from mpreg_desktop.domain.assist.scan_reading import Reading
from mpreg_desktop.storage.scan_readings import FILE_NAME, load_readings, save_reading


def test_a_reading_is_kept_per_hash_and_replaced(tmp_path) -> None:
    first = Reading("licence", {"name": "甲公司"}, ("code",))
    save_reading(tmp_path, "a" * 64, first)
    save_reading(tmp_path, "b" * 64, Reading("id_card", {"name": "王伟"}))
    assert load_readings(tmp_path)["a" * 64] == first
    save_reading(tmp_path, "a" * 64, Reading("licence", {"name": "乙公司"}))
    assert load_readings(tmp_path)["a" * 64].fields == {"name": "乙公司"}
    assert len(load_readings(tmp_path)) == 2


def test_a_damaged_cache_reads_as_empty(tmp_path) -> None:
    (tmp_path / FILE_NAME).write_text("{not json", encoding="utf-8")
    assert load_readings(tmp_path) == {}
    (tmp_path / FILE_NAME).write_text('{"readings": {"x": {"kind": 1}}}', encoding="utf-8")
    assert load_readings(tmp_path) == {}
    save_reading(tmp_path, "c" * 64, Reading("licence", {}))  # and it is written over
    assert list(load_readings(tmp_path)) == ["c" * 64]
