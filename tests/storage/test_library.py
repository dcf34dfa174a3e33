"""The case library: the cached index, broken files, limits peers, and file operations."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Attachment,
    Case,
    MaterialItem,
    Outcome,
    Step,
    SubjectType,
    VerificationMethod,
    new_case,
    now_shanghai,
)
from mpreg_desktop.domain.checks.case_checks import Problem
from mpreg_desktop.domain.flow.progress import current_step
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.attachments import make_reference, resolve
from mpreg_desktop.storage.cases.casefile import read_case, write_case
from mpreg_desktop.storage.library import summary as library_summary
from mpreg_desktop.storage.library.files import (
    LibraryError,
    archive_case,
    duplicate_case,
    file_stem_for,
    rename_case,
    restore_case,
    write_new,
)
from mpreg_desktop.storage.library.index import (
    ARCHIVE_FOLDER,
    CaseSummary,
    LibraryIndex,
    others_for,
    summarise,
)

RULES = load_rules()
CAL = WorkdayCalendar()


def make(path: Path, name: str, **changes) -> Case:
    case = new_case(name)
    case.subject.type = changes.pop("subject_type", SubjectType.ENTERPRISE)
    case.subject.name = changes.pop("subject_name", f"{name}有限公司")
    case.account.admin.phone = changes.pop("phone", "13800138000")
    for key, value in changes.items():
        setattr(case, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_case(path, case)
    return case


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    make(root / "星光咖啡.mpreg", "星光咖啡")
    make(root / "客户甲" / "青禾书店.mpreg", "青禾书店")
    make(root / "云帆物流.mpreg", "云帆物流")
    return root


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every case file the library reads, in order."""
    seen: list[Path] = []
    real = library_summary.read_case

    def counting(path):
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(library_summary, "read_case", counting)
    return seen


def names(summaries: list[CaseSummary]) -> set[str]:
    return {s.label for s in summaries}


def touch_later(path: Path) -> None:
    """Make sure the modification time moves even on coarse file-system clocks."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


# -- the index ------------------------------------------------------------------------------------


def test_scan_lists_every_case_with_subfolders(library: Path, state: Path) -> None:
    summaries = LibraryIndex(state, RULES, CAL).scan(library)
    assert names(summaries) == {"星光咖啡", "青禾书店", "云帆物流"}
    one = next(s for s in summaries if s.label == "青禾书店")
    assert one.subject_name == "青禾书店有限公司" and one.subject_type == SubjectType.ENTERPRISE
    assert one.total > 0 and 0 <= one.done <= one.total and not one.broken


def test_second_scan_reads_nothing(library: Path, state: Path, reads: list[Path]) -> None:
    LibraryIndex(state, RULES, CAL).scan(library)
    assert len(reads) == 3
    reads.clear()
    again = LibraryIndex(state, RULES, CAL)  # a new run: only the cache file is there
    assert names(again.scan(library)) == {"星光咖啡", "青禾书店", "云帆物流"}
    assert reads == [] and again.reads == 0


def test_changed_file_is_read_again(library: Path, state: Path, reads: list[Path]) -> None:
    index = LibraryIndex(state, RULES, CAL)
    index.scan(library)
    reads.clear()
    path = library / "云帆物流.mpreg"
    case = read_case(path)
    case.name = "云帆物流（总部）"
    write_case(path, case)
    touch_later(path)
    reads.clear()
    assert "云帆物流（总部）" in names(LibraryIndex(state, RULES, CAL).scan(library))
    assert reads == [path]


def test_deleted_file_vanishes(library: Path, state: Path) -> None:
    index = LibraryIndex(state, RULES, CAL)
    index.scan(library)
    (library / "星光咖啡.mpreg").unlink()
    assert names(index.scan(library)) == {"青禾书店", "云帆物流"}
    assert names(LibraryIndex(state, RULES, CAL).scan(library)) == {"青禾书店", "云帆物流"}


def test_broken_file_is_listed_with_its_error_and_left_alone(library: Path, state: Path) -> None:
    bad = library / "坏文件.mpreg"
    bad.write_bytes(b'{"format": "mpreg-case", "name": ')
    before = bad.stat().st_mtime_ns
    summaries = LibraryIndex(state, RULES, CAL).scan(library)
    broken = next(s for s in summaries if s.broken)
    assert broken.path == bad and broken.error_code == "not_json"
    assert broken.error_where.startswith("line 1")
    assert names(summaries) == {"星光咖啡", "青禾书店", "云帆物流", "坏文件"}
    assert (
        bad.read_bytes() == b'{"format": "mpreg-case", "name": '
        and bad.stat().st_mtime_ns == before
    )


def test_reading_never_modifies_case_files(library: Path, state: Path) -> None:
    files = sorted(library.rglob("*.mpreg"))
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in files]
    LibraryIndex(state, RULES, CAL).scan(library)
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in files] == before


def test_hidden_temp_and_lock_files_are_not_cases(library: Path, state: Path) -> None:
    (library / ".星光咖啡.mpreg.1234.tmp").write_text("{}")
    (library / "~星光咖啡.mpreg").write_text("{}")
    (library / "星光咖啡.mpreg.lock").write_text("{}")
    make(library / ".recovery" / "恢复.mpreg", "恢复")
    assert names(LibraryIndex(state, RULES, CAL).scan(library)) == {
        "星光咖啡",
        "青禾书店",
        "云帆物流",
    }


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_cache_file_is_private(library: Path, state: Path) -> None:
    index = LibraryIndex(state, RULES, CAL)
    index.scan(library)
    assert stat.S_IMODE(index.cache_file(library).stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b'{"format": "mpreg-library-index", "entries": 7}', b"[1, 2, 3]"],
)
def test_damaged_cache_is_rebuilt(library: Path, state: Path, reads, damage: bytes) -> None:
    index = LibraryIndex(state, RULES, CAL)
    index.scan(library)
    cache = index.cache_file(library)
    cache.write_bytes(damage)
    reads.clear()
    assert names(LibraryIndex(state, RULES, CAL).scan(library)) == {
        "星光咖啡",
        "青禾书店",
        "云帆物流",
    }
    assert len(reads) == 3
    assert len(json.loads(cache.read_bytes())["entries"]) == 3


def test_cache_with_a_damaged_entry_is_rebuilt(library: Path, state: Path, reads) -> None:
    index = LibraryIndex(state, RULES, CAL)
    index.scan(library)
    cache = index.cache_file(library)
    document = json.loads(cache.read_bytes())
    document["entries"][0]["current_step"] = "nowhere"
    cache.write_text(json.dumps(document))
    reads.clear()
    LibraryIndex(state, RULES, CAL).scan(library)
    assert len(reads) == 3


def test_other_holidays_mean_another_cache(library: Path, state: Path, reads) -> None:
    from mpreg_desktop.domain.workdays import YearOverride

    LibraryIndex(state, RULES, CAL).scan(library)
    reads.clear()
    other = WorkdayCalendar({2027: YearOverride(days_off=frozenset({date(2027, 1, 4)}))})
    LibraryIndex(state, RULES, other).scan(library)
    assert len(reads) == 3  # deadlines may move with the holidays: everything is read again


def test_step_by_step_scan_gives_the_same_result(library: Path, state: Path) -> None:
    scan = LibraryIndex(state, RULES, CAL).start(library)
    found = []
    while not scan.done:
        found += scan.step(0.0)
    assert names(found) == {"星光咖啡", "青禾书店", "云帆物流"}
    assert library in scan.folders and library / "客户甲" in scan.folders


# -- what a summary says --------------------------------------------------------------------------


def test_current_step_rule() -> None:
    """The first step with an error, an empty required field or an open checklist item."""

    class Item:
        def __init__(self, step: Step, done: bool) -> None:
            self.step, self.done = step, done

    empty_type = Problem("field.required", "info", "subject.type")
    assert current_step([], [empty_type]) == Step.SUBJECT
    items = [Item(Step.MATERIALS, True), Item(Step.VERIFICATION, False), Item(Step.FILING, False)]
    assert current_step(items, []) == Step.VERIFICATION
    assert current_step([Item(Step.FILING, True)], []) is None  # every step complete
    warning = Problem("name.similar", "warning", "mini_program.name")
    assert current_step([], [warning]) is None  # warnings do not hold a step open


def test_summary_of_a_fresh_case_is_at_the_subject_step(tmp_path: Path) -> None:
    case = make(tmp_path / "a.mpreg", "甲")
    summary = summarise(case, tmp_path / "a.mpreg", RULES, CAL)
    assert summary.current_step == Step.SUBJECT and summary.done == 0  # fields still empty
    assert summary.deadline is None and summary.modified == case.modified


def test_deadline_state_follows_the_clock_like_the_timeline(tmp_path: Path) -> None:
    case = new_case("打款")
    case.subject.type = SubjectType.ENTERPRISE
    case.verification.method = VerificationMethod.BANK_TRANSFER
    case.verification.bank_transfer.submitted_on = date(2026, 11, 2)
    summary = summarise(case, tmp_path / "a.mpreg", RULES, CAL)
    assert summary.deadline is not None and summary.deadline.code == "bank_transfer.pay"
    start = datetime(2026, 11, 2, tzinfo=SHANGHAI)
    for hours in range(0, 24 * 20, 7):
        now = start + timedelta(hours=hours)
        item = next(
            i for i in build_timeline(case, RULES, CAL, now) if i.code == "bank_transfer.pay"
        )
        assert summary.deadline.state(now) == item.state, now
        assert summary.deadline.due == item.due


def test_certified_and_search_text(tmp_path: Path) -> None:
    case = make(tmp_path / "a.mpreg", "甲", phone="138 0013 8000")
    case.verification.certification.outcome = Outcome.PASSED
    case.subject.code = "914403001922038216"
    case.mini_program.name = "星光点单"
    summary = summarise(case, tmp_path / "a.mpreg", RULES, CAL)
    assert summary.certified
    for text in ("甲", "甲有限公司", "914403001922038216", "13800138000", "星光点单"):
        assert text.casefold() in summary.search_text


def test_others_for_leaves_out_itself_copies_and_broken(library: Path, state: Path) -> None:
    (library / "坏.mpreg").write_text("x")
    own = library / "星光咖啡.mpreg"
    backup = library / "备份" / "星光咖啡.mpreg"
    backup.parent.mkdir()
    backup.write_bytes(own.read_bytes())  # the same case (same id) kept twice
    summaries = LibraryIndex(state, RULES, CAL).scan(library)
    others = others_for(summaries, own, read_case(own).id)
    assert names(others) == {"青禾书店", "云帆物流"}
    assert all(o.admin_phone == "13800138000" and o.label for o in others)


# -- file operations ------------------------------------------------------------------------------


def test_duplicate_has_a_new_id_and_never_overwrites(library: Path) -> None:
    source = library / "星光咖啡.mpreg"
    original = source.read_bytes()
    first = duplicate_case(source)
    second = duplicate_case(source)
    assert first.name == "星光咖啡 副本.mpreg" and second.name == "星光咖啡 副本 2.mpreg"
    ids = {read_case(p).id for p in (source, first, second)}
    assert len(ids) == 3
    assert read_case(first).name == "星光咖啡 副本"
    assert read_case(first).subject == read_case(source).subject
    assert source.read_bytes() == original


def test_write_new_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.mpreg"
    target.write_bytes(b"keep me")
    with pytest.raises(LibraryError) as caught:
        write_new(target, b"new")
    assert caught.value.code == "exists" and target.read_bytes() == b"keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["a.mpreg"]  # no temp file left behind


def test_archive_moves_into_the_archive_folder(library: Path, state: Path) -> None:
    source = library / "客户甲" / "青禾书店.mpreg"
    original = source.read_bytes()
    moved = archive_case(source, library)
    assert moved == library / ARCHIVE_FOLDER / "青禾书店.mpreg"
    assert not source.exists() and moved.read_bytes() == original  # moved untouched
    summary = next(s for s in LibraryIndex(state, RULES, CAL).scan(library) if s.path == moved)
    assert summary.archived
    # A second case of that file name does not replace the first one in the archive.
    make(source, "青禾书店")
    again = archive_case(source, library)
    assert again.name == "青禾书店 2.mpreg" and moved.read_bytes() == original
    with pytest.raises(LibraryError, match="already_archived"):
        archive_case(again, library)
    back = restore_case(again, library)
    assert back == library / "青禾书店 2.mpreg" and back.exists() and not again.exists()


def test_archive_keeps_relative_attachments_pointing_at_the_scans(tmp_path: Path) -> None:
    library = tmp_path / "library"
    scan = library / "客户甲" / "扫描件" / "执照.jpg"
    scan.parent.mkdir(parents=True)
    scan.write_bytes(b"jpeg")
    path = library / "客户甲" / "甲.mpreg"
    case = new_case("甲")
    reference: Attachment = make_reference(scan, path, now_shanghai())
    assert not Path(reference.path).is_absolute()
    case.materials.append(MaterialItem(key="business_licence", attachments=[reference]))
    write_case(path, case)
    moved = archive_case(path, library)
    moved_ref = read_case(moved).materials[0].attachments[0]
    assert resolve(moved_ref, moved) == scan.resolve()
    assert not path.exists()


def test_rename_changes_case_and_file_name(library: Path) -> None:
    source = library / "云帆物流.mpreg"
    case_id = read_case(source).id
    renamed = rename_case(source, "  云帆物流 华南区  ")
    assert renamed == library / "云帆物流 华南区.mpreg" and not source.exists()
    case = read_case(renamed)
    assert case.name == "云帆物流 华南区" and case.id == case_id


def test_rename_to_a_taken_name_changes_nothing(library: Path) -> None:
    source = library / "云帆物流.mpreg"
    original = source.read_bytes()
    taken = (library / "星光咖啡.mpreg").read_bytes()
    with pytest.raises(LibraryError) as caught:
        rename_case(source, "星光咖啡")
    assert caught.value.code == "exists"
    assert source.read_bytes() == original and (library / "星光咖啡.mpreg").read_bytes() == taken


def test_rename_keeping_the_file_name_updates_the_case(library: Path) -> None:
    source = library / "云帆物流.mpreg"
    assert rename_case(source, "云帆物流") == source  # same name: written in place
    assert read_case(source).name == "云帆物流"


@pytest.mark.parametrize("name", ["", "   ", "CON", "...", ".隐藏"])
def test_unusable_names_are_refused(library: Path, name: str) -> None:
    with pytest.raises(LibraryError, match="bad_name"):
        rename_case(library / "云帆物流.mpreg", name)


def test_file_stem_replaces_forbidden_characters() -> None:
    assert file_stem_for("客户/甲:项目?") == "客户_甲_项目_"


def test_broken_files_are_not_duplicated_renamed_or_archived(library: Path) -> None:
    bad = library / "坏.mpreg"
    bad.write_text("x")
    for operation in (
        lambda: duplicate_case(bad),
        lambda: rename_case(bad, "好"),
        lambda: archive_case(bad, library),
    ):
        with pytest.raises(LibraryError, match="unreadable"):
            operation()
    assert bad.read_text() == "x" and sorted(p.name for p in library.glob("*.mpreg")) == [
        "云帆物流.mpreg",
        "坏.mpreg",
        "星光咖啡.mpreg",
    ]
