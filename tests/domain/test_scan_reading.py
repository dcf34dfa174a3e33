"""Fields read from OCR text lines of a licence and an ID card, with checksum correction."""

from __future__ import annotations

import random
from datetime import date

import pytest

from mpreg_desktop.domain.assist.scan_reading import (
    LONG_TERM,
    correct_identifier,
    read_id_card,
    read_licence,
    valid_id_number,
    valid_subject_code,
)
from tests.scans.fake_documents import fake_id_card, fake_licence, id_check

TODAY = date(2026, 11, 27)


def test_every_licence_field_is_read_from_its_lines() -> None:
    rng = random.Random(7)
    for _ in range(30):
        licence = fake_licence(rng)
        reading = read_licence(licence.lines(), TODAY)
        expected = {
            "code": licence.code,
            "name": licence.name,
            "type": licence.type,
            "legal_rep": licence.legal_rep,
            "address": licence.address,
            "established": licence.established.isoformat(),
            "term_from": licence.established.isoformat(),
            "term_until": licence.term_until.isoformat() if licence.term_until else LONG_TERM,
        }
        assert reading.fields == expected
        assert reading.unreadable == () and reading.corrected == ()


def test_id_card_front_and_back() -> None:
    rng = random.Random(8)
    for _ in range(30):
        card = fake_id_card(rng)
        front = read_id_card(card.front(), TODAY)
        assert front.fields == {"name": card.name, "id_number": card.number}
        back = read_id_card(card.back(), TODAY)
        until = card.valid_until.isoformat() if card.valid_until else LONG_TERM
        assert back.fields == {"valid_from": card.valid_from.isoformat(), "valid_until": until}


def test_a_label_alone_on_its_line_takes_the_next_line() -> None:
    reading = read_licence(["名称", "杭州青禾科技有限公司", "类型", "个体工商户"], TODAY)
    assert reading.fields == {"name": "杭州青禾科技有限公司", "type": "个体工商户"}


def test_the_code_is_found_away_from_its_label() -> None:
    reading = read_licence(["统一社会信用代码", "(1/1)", "91110108MA01ABCD3X 营业执照"], TODAY)
    assert "code" in reading.fields or "code" in reading.unreadable


@pytest.mark.parametrize(
    ("typo", "position"), [("O", 2), ("I", 3), ("Z", 7), ("S", 10), ("B", 11), ("D", 4)]
)
def test_an_id_number_with_a_look_alike_is_corrected(typo: str, position: int) -> None:
    valid = "11010519" + "50082" + "5012"  # a made-up date 1950-08-25
    valid += id_check(valid)
    assert valid_id_number(valid, TODAY)
    digit = {"O": "0", "D": "0", "I": "1", "Z": "2", "S": "5", "B": "8"}[typo]
    place = valid.index(digit)
    misread = valid[:place] + typo + valid[place + 1 :]
    reading = read_id_card([f"公民身份号码 {misread}"], TODAY)
    assert reading.fields["id_number"] == valid
    assert reading.corrected == ("id_number",)


def test_uscc_look_alikes_are_corrected_with_both_check_characters() -> None:
    rng = random.Random(3)
    fixed = 0
    for _ in range(40):
        code = fake_licence(rng).code
        places = [i for i, c in enumerate(code) if c in "0125" and i < 17]
        if not places:
            continue
        i = places[0]
        misread = code[:i] + {"0": "O", "1": "I", "2": "Z", "5": "S"}[code[i]] + code[i + 1 :]
        reading = read_licence([f"统一社会信用代码 {misread}"], TODAY)
        assert reading.fields.get("code", code) == code  # never a wrong number
        fixed += reading.fields.get("code") == code
    assert fixed >= 30


def test_no_valid_reading_is_said_not_guessed() -> None:
    body = "11010519500825012"
    wrong = "0" if id_check(body) != "0" else "1"
    reading = read_id_card([f"公民身份号码 {body}{wrong}"], TODAY)  # wrong check digit
    assert "id_number" not in reading.fields
    assert reading.unreadable == ("id_number",)
    code, changed = correct_identifier("91110108MA01ABCD3Q", valid_subject_code)
    assert code is None and not changed


def test_a_valid_reading_is_kept_as_read() -> None:
    rng = random.Random(5)
    code = fake_licence(rng).code
    assert correct_identifier(code, valid_subject_code) == (code, False)


def test_dates_with_look_alike_digits_and_long_term() -> None:
    reading = read_id_card(["有效期限 2O15.O3.01-长期"], TODAY)
    assert reading.fields == {"valid_from": "2015-03-01", "valid_until": LONG_TERM}


def test_two_columns_on_one_line_are_cut_at_the_next_label() -> None:
    lines = [
        "名 称 杭州青禾科技有限公司 注册资本 壹佰万元整",
        "类 型 个体工商户 成立日期 2019年3月2日",
    ]
    reading = read_licence(lines, TODAY)
    assert reading.fields == {
        "name": "杭州青禾科技有限公司",
        "type": "个体工商户",
        "established": "2019-03-02",
    }
