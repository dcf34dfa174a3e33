"""Case-file errors in the user's language: what is wrong, where, and that nothing was changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mpreg_desktop import os_errors
from mpreg_desktop.storage.cases.casefile import CaseFileError
from mpreg_desktop.ui.app.i18n import current_language


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in the UI's language (not the C runtime's English)."""
    return os_errors.os_reason(error, current_language())


def cause_reason(error: BaseException, detail: str) -> str:
    """The reason of a storage or sharing error raised from an OSError, in the UI's language;
    ``detail`` when it was not."""
    return os_errors.cause_reason(error, detail, current_language())


def invalid_value_text(kind: str, context: dict[str, Any]) -> str:
    """What is wrong with one value, by the validator's error type; "" when there is no text for
    it (the validator's English message is shown instead)."""
    texts = {
        "date_out_of_range": QCoreApplication.translate(
            "CaseFileError",
            "the date {value} is outside the years a case may hold ({min} to {max})",
        ),
        "string_unicode": QCoreApplication.translate(
            "CaseFileError",
            "the text holds a broken character (U+{code:04X}, such as half of an emoji)",
        ),
        "control_character": QCoreApplication.translate(
            "CaseFileError", "the text holds a control character (U+{code:04X}) not allowed here"
        ),
        "string_too_long": QCoreApplication.translate(
            "CaseFileError", "the text is longer than {max_length} characters"
        ),
        "too_long": QCoreApplication.translate(
            "CaseFileError", "there are more than {max_length} entries"
        ),
        "less_than_equal": QCoreApplication.translate(
            "CaseFileError", "the number is larger than {le}"
        ),
        "greater_than_equal": QCoreApplication.translate(
            "CaseFileError", "the number is smaller than {ge}"
        ),
        "extra_forbidden": QCoreApplication.translate(
            "CaseFileError", "this field is unknown to MP Reg Desktop"
        ),
        "missing": QCoreApplication.translate("CaseFileError", "this required field is missing"),
        "empty_crop": QCoreApplication.translate(
            "CaseFileError", "the crop rectangle holds no pixels"
        ),
        "string_pattern_mismatch": QCoreApplication.translate(
            "CaseFileError", "the text is not in the expected form"
        ),
        "enum": QCoreApplication.translate("CaseFileError", "the value is not one of {expected}"),
        "literal_error": QCoreApplication.translate(
            "CaseFileError", "the value is not one of {expected}"
        ),
        "timezone_aware": QCoreApplication.translate(
            "CaseFileError", "the time has no time zone (such as +08:00)"
        ),
        "date_from_datetime_parsing": QCoreApplication.translate(
            "CaseFileError", "this is not a date (YYYY-MM-DD)"
        ),
        "date_parsing": QCoreApplication.translate(
            "CaseFileError", "this is not a date (YYYY-MM-DD)"
        ),
        "datetime_from_date_parsing": QCoreApplication.translate(
            "CaseFileError", "this is not a time with its zone"
        ),
        "datetime_parsing": QCoreApplication.translate(
            "CaseFileError", "this is not a time with its zone"
        ),
        "string_type": QCoreApplication.translate("CaseFileError", "this should be text"),
        "int_type": QCoreApplication.translate("CaseFileError", "this should be a whole number"),
        "bool_type": QCoreApplication.translate("CaseFileError", "this should be true or false"),
    }
    text = texts.get(kind, "")
    try:
        return text.format(**context)
    except (KeyError, ValueError, IndexError):  # a figure missing from the context
        return ""


def case_file_error_text(error: CaseFileError) -> str:
    reasons = {
        "missing": QCoreApplication.translate("CaseFileError", "The file does not exist."),
        "not_a_file": QCoreApplication.translate(
            "CaseFileError", "This is not a regular file (a folder or a device)."
        ),
        "unreadable": QCoreApplication.translate(
            "CaseFileError", "The file cannot be read: {detail}"
        ),
        "too_large": QCoreApplication.translate(
            "CaseFileError", "The file is too large for a case file ({detail})."
        ),
        "empty": QCoreApplication.translate("CaseFileError", "The file is empty."),
        "not_utf8": QCoreApplication.translate("CaseFileError", "The file is not UTF-8 text."),
        "not_json": QCoreApplication.translate(
            "CaseFileError", "The file is damaged: it is not valid JSON ({detail})."
        ),
        "too_deep": QCoreApplication.translate(
            "CaseFileError", "The file is nested too deeply to be a case file."
        ),
        "not_object": QCoreApplication.translate("CaseFileError", "The file does not hold a case."),
        "wrong_format": QCoreApplication.translate(
            "CaseFileError", "This is not an MP Reg Desktop case file."
        ),
        "bad_version": QCoreApplication.translate(
            "CaseFileError", "The file's schema version is missing or invalid."
        ),
        "newer_version": QCoreApplication.translate(
            "CaseFileError",
            "The file was written by a newer version of MP Reg Desktop ({detail}). "
            "Update the app to open it.",
        ),
        "invalid": QCoreApplication.translate(
            "CaseFileError", "A value in the file is invalid: {detail}"
        ),
    }
    detail = invalid_value_text(error.kind, error.context) or cause_reason(error, error.detail)
    reason = reasons.get(error.code, error.code).format(detail=detail)
    lines = [str(error.path), "", reason]
    if error.where:
        lines.append(
            QCoreApplication.translate("CaseFileError", "Where: {where}").format(where=error.where)
        )
    lines += ["", QCoreApplication.translate("CaseFileError", "The file was not changed.")]
    return "\n".join(lines)


def output_error_text(error: Exception) -> str:
    """Why an export (PDF, calendar) was refused or failed; the old file, if any, is untouched."""
    from mpreg_desktop.storage.outputs import OutputError

    if not isinstance(error, OutputError):
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        return QCoreApplication.translate(
            "OutputError", "It could not be written ({reason}). Nothing was changed."
        ).format(reason=reason)
    reasons = {
        "empty": QCoreApplication.translate("OutputError", "No file name was given."),
        "is_input": QCoreApplication.translate(
            "OutputError", "This is the case file itself; exporting would replace it."
        ),
        "folder": QCoreApplication.translate("OutputError", "This is a folder, not a file."),
        "not_regular": QCoreApplication.translate(
            "OutputError", "This is not a regular file (a device or a pipe)."
        ),
        "no_folder": QCoreApplication.translate("OutputError", "Its folder does not exist."),
    }
    return (
        reasons[error.code]
        + " "
        + QCoreApplication.translate("OutputError", "Choose another file name.")
    )
