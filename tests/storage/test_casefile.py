"""Case files: round trips, atomic saves, and every way a file can be bad."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import (
    SCHEMA_VERSION,
    Case,
    FilingType,
    MaterialItem,
    MaterialState,
    SubjectType,
    VerificationMethod,
    new_case,
)
from mpreg_desktop.storage import atomic
from mpreg_desktop.storage.cases import casefile
from mpreg_desktop.storage.cases.casefile import MAX_BYTES, CaseFileError, read_case, write_case


def filled_case() -> Case:
    case = new_case("深圳某某科技 小程序")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市某某科技有限公司"
    case.subject.code = "914403001922038216"
    case.account.email = "mp@example.com"
    case.account.admin.name = "张三"
    case.mini_program.name = "某某点餐"
    case.materials.append(MaterialItem(key="business_licence", state=MaterialState.READY))
    case.verification.method = VerificationMethod.BANK_TRANSFER
    case.verification.bank_transfer.submitted_on = date(2026, 11, 1)
    case.filing.type = FilingType.NEW
    case.filing.subject_principal.name = "李四"
    case.notes = "备注：客户周五送材料"
    return case


def test_round_trip_equal(tmp_path: Path) -> None:
    case = filled_case()
    path = tmp_path / "a.mpreg"
    write_case(path, case)
    assert read_case(path) == case


def test_file_is_indented_utf8_with_header_first(tmp_path: Path) -> None:
    path = tmp_path / "a.mpreg"
    write_case(path, filled_case())
    text = path.read_text(encoding="utf-8")
    assert "深圳市某某科技有限公司" in text  # real characters, not \\u escapes
    keys = list(json.loads(text))
    assert keys[:6] == ["format", "schema_version", "app_version", "id", "created", "modified"]
    assert text.startswith('{\n  "format": "mpreg-case",')
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION


def test_saving_twice_gives_identical_bytes(tmp_path: Path) -> None:
    case = filled_case()
    a, b = tmp_path / "a.mpreg", tmp_path / "b.mpreg"
    stamp = case.created
    assert write_case(a, case, now=stamp) == write_case(b, case, now=stamp)


def test_times_keep_their_offset(tmp_path: Path) -> None:
    path = tmp_path / "a.mpreg"
    write_case(path, filled_case())
    assert json.loads(path.read_text("utf-8"))["created"].endswith("+08:00")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_saved_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "a.mpreg"
    write_case(path, filled_case())
    assert path.stat().st_mode & 0o777 == 0o600


def test_atomic_save_keeps_old_file_when_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.mpreg"
    write_case(path, filled_case())
    before = path.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    changed = filled_case()
    changed.name = "changed"
    with pytest.raises(OSError):
        write_case(path, changed)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.mpreg"]  # no temp file left behind


def test_atomic_save_replaces_via_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The target is only ever touched by os.replace of a complete, fsynced temp file."""
    calls: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        assert Path(src).parent == tmp_path and Path(src).read_bytes().endswith(b"}\n")
        calls.append((Path(src).name, Path(dst).name))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    write_case(tmp_path / "a.mpreg", filled_case())
    assert len(calls) == 1 and calls[0][1] == "a.mpreg" and calls[0][0].endswith(".tmp")


def _valid_document() -> dict:
    return json.loads(casefile.case_to_bytes(filled_case()))


def _bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _with(**changes: object) -> bytes:
    document = _valid_document()
    document.update(changes)
    return _bytes(document)


BAD_FILES: list[tuple[str, bytes, str, str]] = [
    ("empty", b"", "empty", ""),
    ("blank", b"  \n\t ", "empty", ""),
    ("not utf-8", b'{"format": "mpreg-case", "name": "\xff\xfe"}', "not_utf8", "byte"),
    ("not json", b"name = case\n", "not_json", "line 1"),
    ("truncated", _bytes(_valid_document())[:200], "not_json", "line"),
    ("NaN", b'{"format": "mpreg-case", "x": NaN}', "not_json", ""),
    ("duplicate key", b'{"format": "mpreg-case", "format": "mpreg-case"}', "not_json", ""),
    ("too deep", b"[" * 100_000 + b"]" * 100_000, "too_deep", ""),
    ("array", b"[1, 2]", "not_object", ""),
    ("other format", _with(format="something-else"), "wrong_format", "format"),
    ("no version", _with(schema_version="1"), "bad_version", "schema_version"),
    ("version zero", _with(schema_version=0), "bad_version", "schema_version"),
    ("newer version", _with(schema_version=SCHEMA_VERSION + 1), "newer_version", "schema_version"),
    ("wrong type", _with(name=42), "invalid", "name"),
    ("unknown field", _with(surprise=True), "invalid", "surprise"),
    ("bad date", _with(created="2026-13-45T00:00:00+08:00"), "invalid", "created"),
    ("naive time", _with(created="2026-11-21T10:00:00"), "invalid", "created"),
    ("bad subject type", _with(subject={"type": "company"}), "invalid", "subject.type"),
]


@pytest.mark.parametrize(
    ("label", "data", "code", "where"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_raises_and_is_left_untouched(
    tmp_path: Path, label: str, data: bytes, code: str, where: str
) -> None:
    path = tmp_path / "bad.mpreg"
    path.write_bytes(data)
    stat_before = path.stat()
    with pytest.raises(CaseFileError) as info:
        read_case(path)
    assert info.value.code == code, info.value
    assert where in info.value.where
    assert info.value.path == path
    assert path.read_bytes() == data
    assert path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.mpreg"]


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.mpreg"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: cheap to create
    with pytest.raises(CaseFileError) as info:
        read_case(path)
    assert info.value.code == "too_large"


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError) as info:
        read_case(tmp_path / "nope.mpreg")
    assert info.value.code == "missing"
    with pytest.raises(CaseFileError) as info:
        read_case(tmp_path)
    assert info.value.code == "not_a_file"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_device_is_refused() -> None:
    with pytest.raises(CaseFileError) as info:
        read_case(Path("/dev/zero"))
    assert info.value.code == "not_a_file"


def test_error_message_names_file_and_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.mpreg"
    path.write_bytes(b'{\n  "format": "mpreg-case",\n  oops\n}')
    with pytest.raises(CaseFileError) as info:
        read_case(path)
    assert "bad.mpreg" in str(info.value) and "line 3" in str(info.value)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.mpreg"
    path.write_bytes(b"\xef\xbb\xbf" + casefile.case_to_bytes(filled_case()))
    assert read_case(path).subject.name == "深圳市某某科技有限公司"


def test_migration_ladder_runs_each_step(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """An older schema is brought up one step at a time, in memory only."""
    document = _valid_document()
    document["schema_version"] = 1
    document["old_name"] = document.pop("name")
    steps: list[int] = []

    def one_to_two(doc: dict) -> dict:
        steps.append(1)
        doc["name"] = doc.pop("old_name")
        return doc

    monkeypatch.setattr(casefile, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(casefile.MIGRATIONS, 1, one_to_two)
    path = tmp_path / "old.mpreg"
    data = _bytes(document)
    path.write_bytes(data)
    case = read_case(path)
    assert steps == [1] and case.name == "深圳某某科技 小程序" and case.schema_version == 2
    assert path.read_bytes() == data


def test_newer_file_can_be_read_for_reading_only(tmp_path: Path) -> None:
    from mpreg_desktop.storage.cases.casefile import read_case_for_reading

    document = _valid_document()
    document["schema_version"] = SCHEMA_VERSION + 1
    document["future_top_level"] = {"x": 1}
    document["subject"]["future_field"] = "新字段"
    document["materials"][0]["future_flag"] = True
    path = tmp_path / "newer.mpreg"
    data = _bytes(document)
    path.write_bytes(data)
    case, newer = read_case_for_reading(path)
    assert newer and case.subject.name == "深圳市某某科技有限公司"
    assert case.materials[0].key == "business_licence"
    assert path.read_bytes() == data
    assert read_case_for_reading(tmp_path / "newer.mpreg")[1] is True
    write_case(tmp_path / "current.mpreg", filled_case())
    assert read_case_for_reading(tmp_path / "current.mpreg")[1] is False
