"""Case-file errors in words (storage/cases/error_text.py), shared by the window and the CLI."""

from __future__ import annotations

import re
from pathlib import Path

from mpreg_desktop.storage.cases import casefile, error_text
from mpreg_desktop.storage.cases.casefile import CaseFileError


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
