"""Values the reader accepts are values the app can compute with.

Each bound of domain/values.py is tried at and beyond its edge, through the reader, set_path, the
derived views (problems, checklist, timeline) and the save path: a value beyond a bound is refused
with its field path and a stable error type; a value within is computed with and saved, and no
other exception escapes anywhere.
"""

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Attachment,
    Case,
    MaterialItem,
    SubjectType,
    VerificationMethod,
    get_path,
    new_case,
    set_path,
)
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.values import (
    LINE_MAX,
    MAX_DAY,
    MAX_FILE_BYTES,
    MIN_DAY,
    TEXT_MAX,
    one_line,
)
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.cases.casefile import CaseFileError, case_to_bytes, parse_case

PATH = Path("bounds.mpreg")
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=SHANGHAI)
CALENDAR = WorkdayCalendar()

# Every date the timeline or the checks count from, and where a file keeps it.
DATE_PATHS = [
    "account.registered_on",
    "account.email_activated_on",
    "verification.bank_transfer.submitted_on",
    "verification.bank_transfer.paid_on",
    "verification.bank_transfer.refunded_on",
    "verification.bank_transfer.result_on",
    "verification.certification.submitted_on",
    "verification.certification.result_on",
    "verification.face.done_on",
    "filing.planned_on",
    "subject.legal_rep.id_valid_from",
    "subject.legal_rep.id_valid_until",
    "filing.subject_principal.id_valid_until",
]
MOMENT_PATHS = ["filing.sms_received_at", "created", "modified"]
LINE_PATHS = ["name", "subject.name", "subject.code", "filing.address", "account.admin.phone"]
TEXT_PATHS = ["notes", "filing.description", "filing.comment"]


def full_case() -> Case:
    """A case every derived view has something to count from: all steps started."""
    case = new_case("边界")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    for path in DATE_PATHS:
        set_path(case, path, date(2026, 11, 1))
    set_path(case, "filing.sms_received_at", NOW)
    attachment = Attachment(path="licence.jpg", size=1000, sha256="0" * 64, added=NOW)
    case.materials.append(MaterialItem(key="business_licence", attachments=[attachment]))
    return case


def use(case: Case) -> bytes:
    """Everything the app does with an open case; returns the saved bytes."""
    rules = load_rules()
    check_case(case, rules)
    build_checklist(case, rules)
    build_timeline(case, rules, CALENDAR, NOW)
    data = case_to_bytes(case)
    assert parse_case(data, PATH) == case  # what was saved reads back the same
    return data


def document_with(path: str, value: Any) -> dict:
    document = json.loads(case_to_bytes(full_case()))
    target = document
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    target[last] = value
    return document


def read(document: dict) -> Case:
    # ensure_ascii: a lone surrogate is written as the \ud83d escape a damaged file holds.
    return parse_case(json.dumps(document).encode("utf-8"), PATH)


# --- the reported failures -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "kind"),
    [
        ("filing.planned_on", "9999-12-31", "date_out_of_range"),  # check raised ValueError
        ("account.registered_on", "9999-12-31", "date_out_of_range"),  # timeline OverflowError
        ("verification.bank_transfer.submitted_on", "9999-12-31", "date_out_of_range"),
        ("verification.bank_transfer.paid_on", "9999-12-31", "date_out_of_range"),
        ("account.registered_on", "0001-01-01", "date_out_of_range"),
        ("filing.sms_received_at", "9999-12-31T23:59:00+08:00", "date_out_of_range"),
        ("materials.0.attachments.0.size", 10**400, "less_than_equal"),  # check OverflowError
        ("notes", "\ud83d", "string_unicode"),  # every save raised UnicodeEncodeError
        ("subject.name", "深圳\ud83d", "string_unicode"),
        ("subject.name", "a\nb", "control_character"),
        ("notes", "a\x00b", "control_character"),
        ("materials.0.attachments.0.path", "a\ud800.jpg", "string_unicode"),
    ],
)
def test_a_file_beyond_a_bound_is_refused_with_its_path(path: str, value: Any, kind: str) -> None:
    with pytest.raises(CaseFileError) as info:
        read(document_with(path, value))
    assert (info.value.code, info.value.where, info.value.kind) == ("invalid", path, kind)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        *((p, MIN_DAY) for p in DATE_PATHS),
        *((p, MAX_DAY) for p in DATE_PATHS),
        ("materials.0.attachments.0.size", MAX_FILE_BYTES),
        ("notes", "第一行\n第二行\t制表\r\n😀" * 10),
        ("subject.name", "名" * LINE_MAX),
        ("notes", "字" * TEXT_MAX),
    ],
)
def test_a_file_at_a_bound_opens_computes_and_saves(path: str, value: Any) -> None:
    if isinstance(value, date):
        value = value.isoformat()
    use(read(document_with(path, value)))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("filing.planned_on", date(9999, 12, 31)),
        ("filing.planned_on", date(1899, 12, 31)),
        ("account.registered_on", date(2101, 1, 1)),
        ("filing.sms_received_at", datetime(9999, 12, 31, 23, 59, tzinfo=SHANGHAI)),
        # Shanghai's local mean time (+08:05:43) is kept in UTC, where this is 1899-12-31.
        ("filing.sms_received_at", datetime(1900, 1, 1, 0, 0, tzinfo=SHANGHAI)),
        ("notes", "\ud83d"),
        ("subject.name", "tab\there"),
        ("subject.name", "名" * (LINE_MAX + 1)),
    ],
)
def test_an_app_edit_beyond_a_bound_never_reaches_the_case(path: str, value: Any) -> None:
    case = full_case()
    before = get_path(case, path)
    with pytest.raises(ValidationError):
        set_path(case, path, value)
    assert get_path(case, path) == before
    use(case)


def test_an_attachment_beyond_the_size_bound_cannot_be_built() -> None:
    with pytest.raises(ValidationError):
        Attachment(path="a.jpg", size=10**400, sha256="0" * 64, added=NOW)
    case = full_case()
    attachment = case.materials[0].attachments[0].model_copy(update={"size": 10**400})
    with pytest.raises(ValidationError):
        set_path(case, "materials", [MaterialItem(key="x", attachments=[attachment])])


def test_a_pasted_line_becomes_one_line() -> None:
    assert one_line("深圳\t星光\r\n咖啡\r\n") == "深圳 星光 咖啡"
    assert one_line("正常") == "正常"


# --- generated values at and beyond every bound ----------------------------------------------

days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.sampled_from(
    [MIN_DAY, MAX_DAY, MIN_DAY - timedelta(days=1), MAX_DAY + timedelta(days=1)]
)
moments = st.builds(
    lambda day, minutes: (
        datetime(day.year, day.month, day.day, tzinfo=SHANGHAI) + timedelta(minutes=minutes)
        if date(1, 1, 2) <= day <= date(9999, 12, 30)
        else datetime(day.year, day.month, day.day, tzinfo=SHANGHAI)
    ),
    days,
    st.integers(0, 24 * 60 - 1),
)
sizes = st.integers(-1, 2**64) | st.sampled_from(
    [0, MAX_FILE_BYTES, MAX_FILE_BYTES + 1, 10**400, 2**63]
)
texts = st.text(st.characters(codec=None, min_codepoint=0), max_size=40) | st.sampled_from(
    ["\ud83d", "😀"[:1], "a\x00b", "x" * LINE_MAX, "x" * (LINE_MAX + 1), "x" * (TEXT_MAX + 1)]
)
edits = (
    st.tuples(st.sampled_from(DATE_PATHS), days)
    | st.tuples(st.sampled_from(MOMENT_PATHS), moments)
    | st.tuples(st.just("materials.0.attachments.0.size"), sizes)
    | st.tuples(st.sampled_from(LINE_PATHS + TEXT_PATHS), texts)
)


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=4))
def test_generated_bounds_through_the_reader(changes: list[tuple[str, Any]]) -> None:
    document = json.loads(case_to_bytes(full_case()))
    for path, value in changes:
        target = document
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[last] = _json(value)
    try:
        case = read(document)
    except CaseFileError as error:
        assert error.code == "invalid" and error.where and error.kind
        return
    use(case)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, min_size=1, max_size=4))
def test_generated_bounds_through_set_path(changes: list[tuple[str, Any]]) -> None:
    case = full_case()
    for path, value in changes:
        path = "materials" if path.startswith("materials.") else path
        if path == "materials":
            attachment = case.materials[0].attachments[0].model_dump()
            value = [{"key": "business_licence", "attachments": [{**attachment, "size": value}]}]
        before = get_path(case, path)
        try:
            set_path(case, path, value)
        except ValidationError:
            assert get_path(case, path) == before
    use(case)


def test_a_recent_file_named_in_another_encoding_is_kept(tmp_path: Path) -> None:
    """Issue 14: every path the app stores survives undecodable bytes (a GBK name from a zip)."""
    from mpreg_desktop.storage.settings import Settings, load_settings, save_settings

    settings = Settings()
    settings.add_recent(tmp_path / "客户\x01.mpreg")  # a control character: not kept
    settings.add_recent(tmp_path / "客户\udce4.mpreg")  # a name in another encoding: escaped
    settings.add_recent(tmp_path / "客户\u3000甲.mpreg")  # an ideographic space is a name
    save_settings(settings, tmp_path / "settings.json")
    loaded = load_settings(tmp_path / "settings.json")
    assert [Path(p).name for p in loaded.recent_files] == ["客户\u3000甲.mpreg", "客户\udce4.mpreg"]
