"""Case-file errors in words (storage/cases/error_text.py), shared by the window and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mpreg_desktop.storage.cases import casefile, error_text
from mpreg_desktop.storage.cases.casefile import CaseFileError

SAMPLE = Path(__file__).parents[2] / "docs" / "samples" / "sample-enterprise.mpreg"


def test_every_code_and_value_error_has_words_in_both_languages() -> None:
    codes = re.search(r"Codes: ([^.]+)\.", casefile.CaseFileError.__doc__).group(1)
    for code in (c.strip() for c in codes.replace("\n", " ").split(",")):
        assert set(error_text.REASONS[code]) == {"en", "zh_CN"}, code
    for kind, texts in error_text.INVALID_VALUE.items():
        assert set(texts) == {"en", "zh_CN"}, kind


def test_an_invalid_value_is_said_with_its_figures_and_where(tmp_path: Path) -> None:
    error = CaseFileError(
        "invalid",
        tmp_path / "case.mpreg",
        detail="String should have at most 200 characters",
        where="subject.name",
        kind="string_too_long",
        context={"max_length": 200},
    )
    text = error_text.case_file_error_text(error, "zh_CN")
    assert text.splitlines() == [
        str(tmp_path / "case.mpreg"),
        "",
        "文件中有无效的值：文字超过 200 个字符",
        "位置：subject.name",
        "",
        "文件未被修改。",
    ]
    assert error_text.reason_text(error, "en") == (
        "A value in the file is invalid: the text is longer than 200 characters"
    )


def test_a_value_error_without_words_keeps_the_validators_message(tmp_path: Path) -> None:
    error = CaseFileError(
        "invalid", tmp_path / "x", detail="Input should be a valid list", kind="x"
    )
    assert (
        error_text.reason_text(error, "zh_CN") == "文件中有无效的值：Input should be a valid list"
    )
    # A figure missing from the context: the validator's message rather than a broken sentence.
    assert error_text.invalid_value_text("string_too_long", {}, "en") == ""


def test_a_newer_file_and_a_broken_character_are_said_wholly_in_chinese(tmp_path: Path) -> None:
    sample = json.loads(SAMPLE.read_text("utf-8"))
    newer = tmp_path / "newer.mpreg"
    newer.write_text(json.dumps({**sample, "schema_version": 99}), "utf-8")
    with pytest.raises(CaseFileError) as raised:
        casefile.read_case(newer)
    assert "格式版本 99" in error_text.reason_text(raised.value, "zh_CN")
    assert "this app" not in error_text.reason_text(raised.value, "zh_CN")
    assert raised.value.detail.startswith("schema 99")  # --json and the log keep their English
    # A lone surrogate straight from the JSON: pydantic's own error, which names no character.
    broken = tmp_path / "broken.mpreg"
    broken.write_text(json.dumps({**sample, "name": "\ud83d"}), "utf-8")
    with pytest.raises(CaseFileError) as raised:
        casefile.read_case(broken)
    assert error_text.reason_text(raised.value, "zh_CN") == (
        "文件中有无效的值：文字中有一个残缺的字符（例如半个表情符号）"
    )


def test_where_json_breaks_off_is_said_in_the_users_language(tmp_path: Path) -> None:
    broken = tmp_path / "broken.mpreg"
    broken.write_text('{\n  "format": "mpreg-case",\n  oops\n}', "utf-8")
    with pytest.raises(CaseFileError) as raised:
        casefile.read_case(broken)
    assert raised.value.where == "line 3, column 3"  # --json and the library's index keep it
    assert error_text.where_text(raised.value, "zh_CN") == "位置：第 3 行第 3 列"
    assert error_text.where_text(raised.value, "en") == "Where: line 3, column 3"
    assert "第 3 行第 3 列" in error_text.case_file_error_text(raised.value, "zh_CN")


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("events", "x", "这里应为列表"),
        ("subject", [], "这里应为一组字段"),
        ("id", "", "这不是有效的编号（UUID）"),
    ],
)
def test_a_value_of_the_wrong_shape_is_said_in_chinese(
    tmp_path: Path, field: str, value: object, said: str
) -> None:
    """Not pydantic's "Input should be a valid list" in a Chinese sentence."""
    damaged = tmp_path / "damaged.mpreg"
    damaged.write_text(json.dumps({**json.loads(SAMPLE.read_text("utf-8")), field: value}), "utf-8")
    with pytest.raises(CaseFileError) as raised:
        casefile.read_case(damaged)
    assert error_text.reason_text(raised.value, "zh_CN") == f"文件中有无效的值：{said}"
