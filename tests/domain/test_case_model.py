"""The case model: values set by the app are validated and converted like values read from a file,
and a copy for undo is deep."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from mpreg_desktop.domain.case import (
    SHANGHAI,
    Attachment,
    Event,
    MaterialItem,
    SubjectType,
    copy_case,
    new_case,
)
from mpreg_desktop.domain.field_paths import checked_value, get_path, set_path, text_limit


def test_set_path_converts_like_reading_a_file() -> None:
    case = new_case()
    set_path(case, "subject.type", "enterprise")
    assert case.subject.type is SubjectType.ENTERPRISE
    set_path(case, "account.registered_on", date(2026, 11, 20))
    assert get_path(case, "account.registered_on") == date(2026, 11, 20)
    set_path(case, "subject.type", None)
    assert case.subject.type is None


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("subject.name", "名" * 201),  # Short: at most 200 characters
        ("subject.type", "company"),  # not a subject type
        ("mini_program.categories", ["Not A Key"]),
        ("filing.sms_received_at", datetime(2026, 11, 20, 10, 0)),  # no time zone
        ("account.registered_on", "yesterday"),
        ("subject.legal_rep.id_long_term", "yes"),
    ],
)
def test_set_path_refuses_what_a_file_could_not_hold(path: str, value: object) -> None:
    case = new_case()
    before = get_path(case, path)
    with pytest.raises(ValidationError):
        set_path(case, path, value)
    assert get_path(case, path) == before  # nothing half-set


def test_set_path_refuses_an_unknown_field() -> None:
    with pytest.raises(AttributeError):
        set_path(new_case(), "subject.nickname", "x")


def test_copy_case_is_deep_and_equal() -> None:
    case = new_case("客户 A")
    case.materials.append(MaterialItem(key="business_licence"))
    copy = copy_case(case)
    assert copy == case and copy is not case
    copy.materials[0].notes = "changed"
    copy.events.clear()
    assert case.materials[0].notes == "" and case.events


def test_attachment_needs_an_aware_time() -> None:
    now = datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI)
    document = {"path": "a.jpg", "size": 1, "sha256": "0" * 64, "added": now.isoformat()}
    assert Attachment.model_validate(document).added == now
    with pytest.raises(ValidationError):
        Attachment.model_validate({**document, "added": "2026-11-21T09:00:00"})


def test_models_built_by_the_app_are_checked_too() -> None:
    """An Event the app made with a naive time or a bad key must not reach the case (the file
    could not be read back): refused when built, and refused by set_path if it was changed after
    it was built (models are not validated on attribute assignment)."""
    case = new_case()
    with pytest.raises(ValidationError):
        Event(at=datetime(2026, 11, 21, 9, 0), kind="case.note")  # no time zone
    for field, bad_value in (("at", datetime(2026, 11, 21, 9, 0)), ("kind", "Not A Key")):
        bad = Event(at=datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI), kind="case.note")
        setattr(bad, field, bad_value)
        with pytest.raises(ValidationError):
            set_path(case, "events", [*case.events, bad])
    good = Event(at=datetime(2026, 11, 21, 9, 0, tzinfo=SHANGHAI), kind="case.note")
    assert checked_value(case, "events", [*case.events, good])[-1] == good
    assert len(case.events) == 1


def test_text_limit_is_the_format_limit_of_text_fields_only() -> None:
    case = new_case()
    assert text_limit(case, "subject.name") == 200
    assert text_limit(case, "notes") == 20_000
    assert text_limit(case, "mini_program.categories") is None  # a list, not text
    assert text_limit(case, "subject.type") is None
