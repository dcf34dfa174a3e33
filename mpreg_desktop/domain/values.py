"""The kinds of value a case holds, each with the range the domain allows.

Every field of a case is declared with one of these types, so that a value the reader accepts is
a value the app can compute with: a date the timeline can add 30 days to, a size ``check`` can
compare, text every save can encode. A new field picks the type that says what it is::

    contact: Short = ""                     # one line of text, at most LINE_MAX characters
    signed_on: Day | None = None            # a calendar date within MIN_DAY…MAX_DAY
    pages: Count = 0                        # a small non-negative number

Bounds are refused with a stable error type (``date_out_of_range``, ``control_character``,
``string_unicode``…) that ``ui/app/errors.py`` puts in the user's language, and a message in
English for logs and the command line.
"""

import re
from datetime import UTC, date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, Strict
from pydantic_core import PydanticCustomError

# Dates: a registration, an ID card or a licence falls in this window; outside it is a typo (or a
# picker's maximum) that date arithmetic would overflow on. The date pickers use the same bounds.
MIN_DAY = date(1900, 1, 1)
MAX_DAY = date(2100, 12, 31)

LINE_MAX = 200  # a name, a number, an address line
TEXT_MAX = 20_000  # notes, a description, a rejection reason
KEY_MAX = 80  # an id from the rules pack or an event code
PATH_MAX = 4096  # an attachment's path
MAX_FILE_BYTES = 2**40  # 1 TiB: no uploaded scan comes near it; still exact as a float
MAX_PIXELS = 1_000_000  # a scan's width or height
MAX_COUNT = 1_000_000  # any other count

# C0 and C1 control characters and lone surrogates (a cut-off emoji from a paste: no UTF-8 exists
# for one, so no save could write it). Multi-line text may hold line breaks and tabs.
_NOT_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A file name may hold what the file system allows, except what JSON in UTF-8 cannot (a name in
# another encoding reaches Python as lone surrogates).
_NOT_IN_PATH = re.compile(r"[\x00\ud800-\udfff]")


def _clean(pattern: re.Pattern[str], value: str) -> str:
    found = pattern.search(value)
    if found is None:
        return value
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        raise PydanticCustomError(
            "string_unicode",
            "text holds a broken character (U+{code:04X}, half of an emoji)",
            {"code": code, "position": found.start()},
        )
    raise PydanticCustomError(
        "control_character",
        "text holds a control character (U+{code:04X}) at position {position}",
        {"code": code, "position": found.start()},
    )


def one_line(text: str) -> str:
    """Typed or pasted text as a line field keeps it: pasted lines (CRLF from Excel or WPS
    included) joined by one space, line breaks at either end dropped; tabs and other control
    characters become spaces (a paste of several lines stays readable on one line)."""
    if "\r" in text or "\n" in text:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        text = " ".join(part.strip() for part in lines if part.strip())
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


def _line(value: str) -> str:
    return _clean(_NOT_IN_LINE, value)


def _text(value: str) -> str:
    return _clean(_NOT_IN_TEXT, value)


def _path(value: str) -> str:
    return _clean(_NOT_IN_PATH, value)


def _day(value: date) -> date:
    if not MIN_DAY <= value <= MAX_DAY:
        raise PydanticCustomError(
            "date_out_of_range",
            "the date {value} is outside {min}…{max}",
            {"value": value.isoformat(), "min": MIN_DAY.isoformat(), "max": MAX_DAY.isoformat()},
        )
    return value


def _moment(value: datetime) -> datetime:
    _day(value.date())  # first, so that no conversion below can overflow
    offset = value.utcoffset()
    if offset is not None and offset.seconds % 60:
        # A zone's local mean time before 1928 (Shanghai's +08:05:43) has an offset in seconds,
        # which the file's ISO 8601 cannot keep: the same moment in UTC can.
        value = value.astimezone(UTC)
        _day(value.date())  # 1900-01-01 00:00 in Shanghai's local mean time is 1899 in UTC
    return value


# One line of text: no line breaks, no control characters.
Short = Annotated[str, Field(max_length=LINE_MAX), AfterValidator(_line)]
# Multi-line text: line breaks and tabs allowed.
Long = Annotated[str, Field(max_length=TEXT_MAX), AfterValidator(_text)]
# An id from the rules pack ("business_licence") or an event code ("case.created").
Key = Annotated[str, Field(max_length=KEY_MAX, pattern=r"^[a-z0-9_.\-]*$")]
# A path in the file system, as the attachment records it.
FilePath = Annotated[str, Field(max_length=PATH_MAX), AfterValidator(_path)]
# A calendar date (no time, no zone) within MIN_DAY…MAX_DAY.
Day = Annotated[date, AfterValidator(_day)]
# A moment with its time zone (every time in a case carries its zone), within the same window.
Moment = Annotated[AwareDatetime, AfterValidator(_moment)]
# Numbers are JSON integers only (no "12", no true).
Flag = Annotated[bool, Strict()]
FileSize = Annotated[int, Strict(), Field(ge=0, le=MAX_FILE_BYTES)]
Pixels = Annotated[int, Strict(), Field(ge=0, le=MAX_PIXELS)]
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_COUNT)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


def empty_list() -> list:
    """The start of a list field: ``Field(default_factory=empty_list)``, not ``list``.

    pydantic reads a default factory's signature when it builds a validator. A built-in's costs
    ~70 µs (its text signature is tokenized, and the first time the tokenizer's patterns are
    compiled), about 2 ms of the case's first read at start-up; a function's costs ~4 µs.
    """
    return []
