"""Benchmark: a 12-megapixel phone photo of a document → its ≤ 2 MB upload-ready copy.

Run by ``make bench``. The photo is made once (tests/benchmarks/photos.py, ≈ 7 MB); the copy is
made several times and the median is compared with the budget. The copy is left in the output
folder with ``--keep DIR`` so that it can be looked at by eye at 100 % zoom.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.upload_copy import make_upload_copy
from tests.benchmarks.photos import document_photo

BUDGET_SECONDS = 1.0
RUNS = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", type=Path, help="make the photo and its copy in this folder")
    args = parser.parse_args(argv)
    rule = load_rules().filing.uploads
    with tempfile.TemporaryDirectory() as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        photo = document_photo(folder / "phone-photo.jpg")
        times, copy = [], None
        for _ in range(RUNS):
            start = time.perf_counter()
            # colour=True: the attachment's scan (made when it was attached) says so already
            copy = make_upload_copy(photo, rule, folder / "upload", colour=True)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        summary = {
            "photo_bytes": photo.stat().st_size,
            "copy_bytes": copy.size,
            "copy_size": f"{copy.width}x{copy.height}",
            "limit_bytes": rule.max_bytes,
            "seconds": round(seconds, 3),
            "budget": BUDGET_SECONDS,
            "within_budget": seconds <= BUDGET_SECONDS and copy.size <= rule.max_bytes,
        }
    print(
        f"upload copy: {summary['photo_bytes'] / 1e6:.1f} MB 12-MP photo → "
        f"{summary['copy_bytes'] / 1e6:.2f} MB {summary['copy_size']} in {seconds:.3f} s "
        f"(budget {BUDGET_SECONDS:g} s)"
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0 if summary["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
