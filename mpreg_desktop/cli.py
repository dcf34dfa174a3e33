"""Command line: placeholder until the real entry lands in this commit series."""

import sys


def main(argv: list[str] | None = None) -> int:
    print(sys.argv)
    return 0
