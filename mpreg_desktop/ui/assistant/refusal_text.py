"""Why a scan cannot be made to fit an upload box, in the user's language (from a ``Refusal``
of ``domain/assist/upload_ready.py``): said by the upload list and the turn-and-crop dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.assist.upload_ready import Refusal


def refusal_text(refusal: Refusal) -> str:
    p = refusal.params
    if refusal.code == "too_small":
        return QCoreApplication.translate(
            "UploadsView", "{size} pixels is below the {minimum} the form requires"
        ).format(size=p.get("size", ""), minimum=p.get("minimum", ""))
    if refusal.code == "greyscale":
        return QCoreApplication.translate(
            "UploadsView", "a black-and-white scan; the form wants a colour scan of the original"
        )
    if refusal.code == "not_image" and p.get("format", "unknown") == "unknown":
        # A file named .jpg whose content is no picture: "unknown" is no name to show a user.
        return QCoreApplication.translate(
            "UploadsView", "not a picture (the file's content is in no picture format)"
        )
    if refusal.code == "not_image":
        return QCoreApplication.translate(
            "UploadsView", "not a picture the form accepts ({format})"
        ).format(format=p.get("format", ""))
    return QCoreApplication.translate(
        "UploadsView", "too detailed to fit {limit} even at the smallest allowed size"
    ).format(limit=p.get("limit", ""))
