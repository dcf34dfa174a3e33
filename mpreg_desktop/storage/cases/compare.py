"""The difference between the case on disk and the one in the window, as unified diff text.

Bounded, so a 5 MB case with 20,000 events cannot keep a worker busy for minutes: the lines both
versions share at the start and the end are set aside first (linear), and only the part between
is compared line by line, up to :data:`MAX_LINES` lines a side; beyond that the result says how
large the differing part is and where it starts. ``stop`` (set by Cancel) is looked at between
steps. Qt-free: the window runs it in a worker thread.
"""

from __future__ import annotations

import difflib
import threading

MAX_LINES = 4000  # lines a side given to difflib; its work grows with the product of both
CONTEXT = 3


class Cancelled(Exception):
    pass


def _check(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise Cancelled


def diff_text(
    theirs: bytes,
    mine: bytes,
    labels: tuple[str, str] = ("on disk", "this window"),
    stop: threading.Event | None = None,
    too_many: str = "{theirs} and {mine} lines differ from line {line} on: too many to list.",
) -> str:
    """Unified diff of ``theirs`` → ``mine`` ("" when equal); raises Cancelled when stopped."""
    a = theirs.decode("utf-8", "replace").splitlines()
    b = mine.decode("utf-8", "replace").splitlines()
    _check(stop)
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end = 0
    while end < len(a) - start and end < len(b) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    _check(stop)
    first = max(0, start - CONTEXT)
    a_mid = a[first : len(a) - max(0, end - CONTEXT)]
    b_mid = b[first : len(b) - max(0, end - CONTEXT)]
    if len(a_mid) == len(b_mid) and len(a_mid) > MAX_LINES:
        # Same number of lines (values edited in place: the usual conflict): line by line, in
        # linear time, each group of changed lines diffed on its own.
        return _aligned(a_mid, b_mid, first, labels, stop)
    if len(a_mid) > MAX_LINES or len(b_mid) > MAX_LINES:
        return too_many.format(
            theirs=len(a) - start - end, mine=len(b) - start - end, line=start + 1
        )
    lines = []
    for line in difflib.unified_diff(a_mid, b_mid, *labels, lineterm=""):
        if line.startswith("@@"):  # line numbers of the whole file, not of the middle part
            line = _shift(line, first)
        lines.append(line)
        if len(lines) % 1000 == 0:
            _check(stop)
    return "\n".join(lines)


def _aligned(a, b, offset: int, labels, stop) -> str:
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    _check(stop)
    groups: list[list[int]] = []
    for index in changed:
        if groups and index - groups[-1][1] <= 2 * CONTEXT:
            groups[-1][1] = index
        else:
            groups.append([index, index])
    lines = [f"--- {labels[0]}", f"+++ {labels[1]}"]
    for first, last in groups:
        low, high = max(0, first - CONTEXT), min(len(a), last + CONTEXT + 1)
        hunk = list(difflib.unified_diff(a[low:high], b[low:high], lineterm=""))[2:]
        lines += [_shift(line, offset + low) if line.startswith("@@") else line for line in hunk]
        _check(stop)
    return "\n".join(lines)


def _shift(header: str, offset: int) -> str:
    def moved(part: str) -> str:
        sign, numbers = part[0], part[1:]
        start, _, count = numbers.partition(",")
        shifted = str(int(start) + offset) if int(start) or offset else start
        return f"{sign}{shifted}" + (f",{count}" if count else "")

    _, old, new, *rest = header.split(" ")
    return " ".join(["@@", moved(old), moved(new), *rest])
