"""Why a case file cannot be opened, in Chinese or English, for the window and the command line.

Qt-free (the command line never loads Qt), like ``os_errors``: ``casefile.CaseFileError``'s stable
code and, for an invalid value, the validator's error type and figures become a sentence; the
reason an operating-system error gives comes from ``os_errors``.
"""

from __future__ import annotations

import re
from typing import Any

from mpreg_desktop import os_errors
from mpreg_desktop.storage.cases.casefile import CaseFileError

_NOT_A_DATE = {"en": "this is not a date (YYYY-MM-DD)", "zh_CN": "这不是日期（YYYY-MM-DD）"}
_NOT_A_TIME = {"en": "this is not a time with its zone", "zh_CN": "这不是带时区的时间"}
_GROUP = {"en": "this should be a group of fields", "zh_CN": "这里应为一组字段"}
_NOT_AN_ID = {"en": "this is not a valid id (UUID)", "zh_CN": "这不是有效的编号（UUID）"}
_WHOLE_NUMBER = {"en": "this should be a whole number", "zh_CN": "这里应为整数"}
_NUMBER = {"en": "this should be a number", "zh_CN": "这里应为数字"}
_TRUE_OR_FALSE = {"en": "this should be true or false", "zh_CN": "这里应为 true 或 false"}
_NOT_ONE_OF = {
    "en": "the value is not one of {expected}",
    "zh_CN": "取值不在允许的范围内：{expected}",
}

# What is wrong with one value, by the validator's error type.
INVALID_VALUE = {
    "date_out_of_range": {
        "en": "the date {value} is outside the years a case may hold ({min} to {max})",
        "zh_CN": "日期 {value} 超出了案例允许的范围（{min} 至 {max}）",
    },
    "string_unicode": {
        "en": "the text holds a broken character (U+{code:04X}, such as half of an emoji)",
        "zh_CN": "文字中有一个残缺的字符（U+{code:04X}，例如半个表情符号）",
    },
    "control_character": {
        "en": "the text holds a control character (U+{code:04X}) not allowed here",
        "zh_CN": "文字中有此处不允许的控制字符（U+{code:04X}）",
    },
    "string_too_long": {
        "en": "the text is longer than {max_length} characters",
        "zh_CN": "文字超过 {max_length} 个字符",
    },
    "too_long": {
        "en": "there are more than {max_length} entries",
        "zh_CN": "条目超过 {max_length} 个",
    },
    "less_than_equal": {"en": "the number is larger than {le}", "zh_CN": "数值大于 {le}"},
    "greater_than_equal": {"en": "the number is smaller than {ge}", "zh_CN": "数值小于 {ge}"},
    "extra_forbidden": {
        "en": "this field is unknown to MP Reg Desktop",
        "zh_CN": "小程序注册助手不认识这个字段",
    },
    "missing": {"en": "this required field is missing", "zh_CN": "缺少这个必填字段"},
    "empty_crop": {"en": "the crop rectangle holds no pixels", "zh_CN": "裁剪框内没有像素"},
    "string_pattern_mismatch": {
        "en": "the text is not in the expected form",
        "zh_CN": "文字的格式不符合要求",
    },
    "enum": _NOT_ONE_OF,
    "literal_error": _NOT_ONE_OF,
    "timezone_aware": {
        "en": "the time has no time zone (such as +08:00)",
        "zh_CN": "时间缺少时区（例如 +08:00）",
    },
    "date_from_datetime_parsing": _NOT_A_DATE,
    "date_parsing": _NOT_A_DATE,
    "datetime_from_date_parsing": _NOT_A_TIME,
    "datetime_parsing": _NOT_A_TIME,
    "string_type": {"en": "this should be text", "zh_CN": "这里应为文字"},
    "int_type": _WHOLE_NUMBER,
    "int_parsing": _WHOLE_NUMBER,
    "int_from_float": _WHOLE_NUMBER,
    "bool_type": _TRUE_OR_FALSE,
    "bool_parsing": _TRUE_OR_FALSE,
    "float_type": _NUMBER,
    "float_parsing": _NUMBER,
    "date_type": _NOT_A_DATE,
    "date_from_datetime_inexact": _NOT_A_DATE,
    "datetime_type": _NOT_A_TIME,
    "list_type": {"en": "this should be a list", "zh_CN": "这里应为列表"},
    "model_type": _GROUP,
    "dict_type": _GROUP,
    "uuid_parsing": _NOT_AN_ID,
    "uuid_type": _NOT_AN_ID,
    "string_too_short": {
        "en": "the text is shorter than {min_length} characters",
        "zh_CN": "文字少于 {min_length} 个字符",
    },
    "too_short": {
        "en": "there are fewer than {min_length} entries",
        "zh_CN": "条目少于 {min_length} 个",
    },
    # Not a value's error but the file's version (CaseFileError "newer_version").
    "newer_schema": {
        "en": "format version {version}; this app reads up to {newest}",
        "zh_CN": "格式版本 {version}，本软件最高只能读取 {newest}",
    },
    "newer_unreadable": {
        "en": "this version cannot read even part of it",
        "zh_CN": "本版本连其中一部分也无法读取",
    },
}
# The same error when the validator gives no figures (pydantic's own "string_unicode" for a lone
# surrogate straight from the JSON names no character).
_WITHOUT_FIGURES = {
    "string_unicode": {
        "en": "the text holds a broken character (such as half of an emoji)",
        "zh_CN": "文字中有一个残缺的字符（例如半个表情符号）",
    },
}

# Why the file cannot be opened, by CaseFileError.code.
REASONS = {
    "missing": {"en": "The file does not exist.", "zh_CN": "文件不存在。"},
    "not_a_file": {
        "en": "This is not a regular file (a folder or a device).",
        "zh_CN": "这不是普通文件（而是文件夹或设备）。",
    },
    "unreadable": {"en": "The file cannot be read: {detail}", "zh_CN": "无法读取文件：{detail}"},
    "too_large": {
        "en": "The file is too large for a case file ({detail}).",
        "zh_CN": "文件过大，不是案例文件（{detail}）。",
    },
    "empty": {"en": "The file is empty.", "zh_CN": "文件是空的。"},
    "not_utf8": {"en": "The file is not UTF-8 text.", "zh_CN": "文件不是 UTF-8 文本。"},
    "not_json": {
        "en": "The file is damaged: it is not valid JSON ({detail}).",
        "zh_CN": "文件已损坏：不是有效的 JSON（{detail}）。",
    },
    "too_deep": {
        "en": "The file is nested too deeply to be a case file.",
        "zh_CN": "文件嵌套层级过深，不是案例文件。",
    },
    "not_object": {"en": "The file does not hold a case.", "zh_CN": "文件中没有案例。"},
    "wrong_format": {
        "en": "This is not an MP Reg Desktop case file.",
        "zh_CN": "这不是小程序注册助手的案例文件。",
    },
    "bad_version": {
        "en": "The file's schema version is missing or invalid.",
        "zh_CN": "文件的格式版本缺失或无效。",
    },
    "newer_version": {
        "en": "The file was written by a newer version of MP Reg Desktop ({detail}). "
        "Update the app to open it.",
        "zh_CN": "该文件由更新版本的小程序注册助手保存（{detail}），请升级软件后再打开。",
    },
    "invalid": {
        "en": "A value in the file is invalid: {detail}",
        "zh_CN": "文件中有无效的值：{detail}",
    },
}
_WHERE = {"en": "Where: {where}", "zh_CN": "位置：{where}"}
# Where the JSON breaks off: casefile's ``where`` ("line 3, column 7", kept for --json and in
# the library's index, which holds no figures apart) in the user's words.
_JSON_POSITION = re.compile(r"line (\d+), column (\d+)")
_LINE_AND_COLUMN = {"en": "line {line}, column {column}", "zh_CN": "第 {line} 行第 {column} 列"}
_UNCHANGED = {"en": "The file was not changed.", "zh_CN": "文件未被修改。"}


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts["en"]


def invalid_value_text(kind: str, context: dict[str, Any], language: str) -> str:
    """What is wrong with one value, by the validator's error type; "" when there is no text for
    it (the validator's English message is shown instead)."""
    texts = INVALID_VALUE.get(kind)
    if texts is None:
        return ""
    try:
        return _pick(texts, language).format(**context)
    except (KeyError, ValueError, IndexError):  # a figure missing from the context
        fallback = _WITHOUT_FIGURES.get(kind)
        return _pick(fallback, language) if fallback else ""


def reason_text(error: CaseFileError, language: str) -> str:
    """One sentence: why the file cannot be opened."""
    detail = invalid_value_text(error.kind, error.context, language) or os_errors.cause_reason(
        error, error.detail, language
    )
    texts = REASONS.get(error.code)
    return _pick(texts, language).format(detail=detail) if texts else error.code


def where_text(error: CaseFileError, language: str) -> str:
    if not error.where:
        return ""
    where = error.where
    position = _JSON_POSITION.fullmatch(where) if error.code == "not_json" else None
    if position:
        where = _pick(_LINE_AND_COLUMN, language).format(line=position[1], column=position[2])
    return _pick(_WHERE, language).format(where=where)


def case_file_error_text(error: CaseFileError, language: str) -> str:
    """The file, why it cannot be opened, where in it, and that it was not changed."""
    lines = [str(error.path), "", reason_text(error, language)]
    if error.where:
        lines.append(where_text(error, language))
    lines += ["", _pick(_UNCHANGED, language)]
    return "\n".join(lines)
