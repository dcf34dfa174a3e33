"""Case-file errors in the user's language: what is wrong, where, and that nothing was changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop import os_errors
from mpreg_desktop.storage.cases import error_text
from mpreg_desktop.storage.cases.casefile import CaseFileError
from mpreg_desktop.ui.app.i18n import current_language


def os_reason(error: OSError) -> str:
    """Why a file operation failed, in the UI's language (not the C runtime's English)."""
    return os_errors.os_reason(error, current_language())


def cause_reason(error: BaseException, detail: str) -> str:
    """The reason of a storage or sharing error raised from an OSError, in the UI's language;
    ``detail`` when it was not."""
    return os_errors.cause_reason(error, detail, current_language())


def case_file_error_text(error: CaseFileError) -> str:
    """Why a case file cannot be opened, where, and that it is unchanged, in the UI's language."""
    return error_text.case_file_error_text(error, current_language())


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
