"""Case-file errors in the user's language: what is wrong, where, and that nothing was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.storage.casefile import CaseFileError


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
    reason = reasons.get(error.code, error.code).format(detail=error.detail)
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
        reason = getattr(error, "strerror", None) or str(error)
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
