"""Durations from the rules pack in words, keeping their unit (工作日 is not a calendar day)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.rules.model import Duration


def duration_text(duration: Duration) -> str:
    if duration.min in (None, duration.max) and duration.max == 1:
        one = {
            "hours": QCoreApplication.translate("Duration", "1 hour"),
            "calendar_days": QCoreApplication.translate("Duration", "1 day"),
            "workdays": QCoreApplication.translate("Duration", "1 working day"),
            "months": QCoreApplication.translate("Duration", "1 month"),
            "years": QCoreApplication.translate("Duration", "1 year"),
        }
        return one[duration.unit]
    units = {
        "hours": QCoreApplication.translate("Duration", "hours"),
        "calendar_days": QCoreApplication.translate("Duration", "days"),
        "workdays": QCoreApplication.translate("Duration", "working days"),
        "months": QCoreApplication.translate("Duration", "months"),
        "years": QCoreApplication.translate("Duration", "years"),
    }
    span = (
        str(duration.max)
        if duration.min in (None, duration.max)
        else f"{duration.min}–{duration.max}"
    )
    return f"{span} {units[duration.unit]}"
