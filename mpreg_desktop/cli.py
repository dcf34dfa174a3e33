"""The ``mpreg-desktop`` command.

``mpreg-desktop [FILE...]`` opens the window (with the given cases). Subcommands run headless and
never import Qt widgets:

- ``schema``: print the case file's JSON Schema;
- ``check FILE [--json]``: print the problems; exit 0 without errors, 1 with errors, 2 unreadable;
- ``checklist FILE [--json]``: print the derived checklist; with ``--pdf OUT`` write the printed
  sheet instead (``--sheet checklist|handover``, ``--unmasked`` for full personal numbers);
- ``timeline FILE [--json] [--ics OUT] [--now TIME]``: print the timeline, or write it as iCalendar;
- ``library export OUT.xlsx`` / ``library import SHEET [--dry-run]``: the library to and from a
  sheet (``--folder DIR`` for another library folder);
- ``rules [check [FILE] | export OUT] [--diff FILE]``: the rules pack (see ``rules_command.py``);
- ``read-scan IMAGE [--kind licence|id_card] [--json] [--unmasked]``: read a 营业执照 or 身份证
  scan with the OCR engine and print its fields (see ``scan_command.py``).

``--rules FILE`` makes every command (and the window) use the rules pack in FILE for this run.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mpreg_desktop import __version__

if TYPE_CHECKING:
    import argparse

SUBCOMMANDS = ("schema", "check", "checklist", "timeline", "library", "rules", "read-scan")
OPTIONS_WITH_VALUES = ("--home", "--lang", "--rules")
EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--home", metavar="DIR", help="keep config, state, logs and library under DIR (MPREG_HOME)"
    )
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="language of printed messages (default: system)"
    )
    parser.add_argument(
        "--rules",
        type=Path,
        metavar="FILE",
        help="use the rules pack in FILE for this run (instead of the imported or built-in one)",
    )


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="mpreg-desktop",
        description="小程序注册助手 MP Reg Desktop: WeChat Mini Program registration and filing.",
        # From SUBCOMMANDS, so a new subcommand cannot be left out (timeline once was).
        epilog=f"Subcommands: {', '.join(SUBCOMMANDS)} (see `mpreg-desktop COMMAND -h`).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common(parser)
    parser.add_argument("files", nargs="*", metavar="FILE", help="case files (.mpreg) to open")
    return parser


def _sub_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="mpreg-desktop")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("schema", help="print the JSON Schema of a case file")
    for name, text in (("check", "print the problems"), ("checklist", "print the checklist")):
        command = sub.add_parser(name, help=f"{text} of a case file")
        command.add_argument("file", type=Path)
        command.add_argument("--json", action="store_true", help="machine-readable output")
        _common(command)
        if name == "checklist":
            command.add_argument("--pdf", metavar="OUT", help="write the sheet as PDF")
            command.add_argument("--sheet", choices=("checklist", "handover"), default="checklist")
            command.add_argument(
                "--unmasked",
                action="store_true",
                help="print ID, phone and account numbers in full",
            )
    timeline = sub.add_parser("timeline", help="print the timeline of a case, or export it")
    timeline.add_argument("file", type=Path)
    timeline.add_argument("--json", action="store_true", help="machine-readable output")
    timeline.add_argument("--ics", metavar="OUT", help="write an iCalendar file")
    timeline.add_argument(
        "--now", type=_aware_time, metavar="TIME", help="ISO time to count from (default: now)"
    )
    _common(timeline)
    rules = sub.add_parser("rules", help="show, check, compare or export a rules pack")
    rules.add_argument("action", nargs="?", choices=("check", "export"))
    rules.add_argument("file", nargs="?", type=Path, metavar="FILE")
    rules.add_argument(
        "--diff", type=Path, metavar="FILE", help="what FILE changes from the pack in use"
    )
    rules.add_argument("--json", action="store_true", help="machine-readable output")
    _common(rules)
    scan = sub.add_parser("read-scan", help="read a business licence or ID card scan (OCR)")
    scan.add_argument("image", type=Path)
    scan.add_argument("--kind", choices=("licence", "id_card"), help="default: from its text")
    scan.add_argument("--json", action="store_true", help="machine-readable output")
    scan.add_argument("--unmasked", action="store_true", help="print the ID number in full")
    _common(scan)
    from mpreg_desktop.sharing.commands import add_parser as add_library_parser

    add_library_parser(sub, _common)
    return parser


_BAD_TIME = {
    "en": "“{text}” is not a time; write it like 2026-11-21T09:30 (Beijing time) or "
    "2026-11-21T09:30+08:00",
    "zh_CN": "“{text}”不是有效的时间；请写成 2026-11-21T09:30（北京时间）或 "
    "2026-11-21T09:30+08:00 这样的格式",
}


def _aware_time(text: str):
    import argparse
    from datetime import datetime

    from mpreg_desktop.domain.case import SHANGHAI

    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_BAD_TIME[_language(_LANG)].format(text=text)) from None
    return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)


_LANG: str | None = None  # --lang, known before parsing so that argument errors use it


def _language(choice: str | None) -> str:
    if choice:
        return choice
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUES:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _choose_rules(override: Path | None):
    """The rules pack for this run (imported, built-in or --rules FILE); None when FILE is bad."""
    from mpreg_desktop.domain.rules.model import RulesError
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.storage.rules_store import choose_rules

    try:
        return choose_rules(app_paths().config_dir, override)
    except RulesError as error:
        print(f"mpreg-desktop: --rules: {error}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    """Run a command; output cut short by its reader (``| head``) ends it quietly."""
    for stream in (sys.stdout, sys.stderr):
        # A file name in another encoding (lone surrogates) is printed as its bytes, like ls does.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape")
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away: no traceback. Python would complain again when it flushes
        # stdout at exit, so stdout points at the null device from here on.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERRORS


def _main(argv: list[str] | None = None) -> int:
    global _LANG
    argv = list(sys.argv[1:] if argv is None else argv)
    for index, value in enumerate(argv[:-1]):
        if value == "--lang":
            _LANG = argv[index + 1] if argv[index + 1] in ("zh_CN", "en") else None
    first = _first_word(argv)
    if first not in SUBCOMMANDS and not any(arg.startswith("-") for arg in argv):
        # A double-click, `mpreg-desktop [FILE...]`: nothing for argparse to parse. Without its
        # parser (and the help formatter the parser builds) the window is up ~2.5 ms sooner.
        from mpreg_desktop.app import run_gui

        return run_gui(argv)
    if first in SUBCOMMANDS:
        args = _sub_parser().parse_args(argv)
    else:
        args = _parser().parse_args(argv)
        args.command = None
    if getattr(args, "home", None):
        os.environ["MPREG_HOME"] = str(Path(args.home).expanduser().resolve())

    if args.command == "read-scan":
        from mpreg_desktop import scan_command

        return scan_command.run(
            args.image,
            args.kind,
            as_json=args.json,
            unmasked=args.unmasked,
            language=_language(args.lang),
        )
    if args.command not in (None, "schema"):
        choice = _choose_rules(args.rules)
        if choice is None:
            return EXIT_UNREADABLE
        if args.command == "rules":
            from mpreg_desktop import rules_command

            return rules_command.run(
                args.action,
                args.file,
                choice=choice,
                diff=args.diff,
                as_json=args.json,
                language=_language(args.lang),
            )
    if args.command is None:
        from mpreg_desktop.app import run_gui

        return run_gui(args.files, rules=args.rules)
    if args.command == "schema":
        from mpreg_desktop.case_schema import case_schema

        print(json.dumps(case_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.command == "library":
        from mpreg_desktop.sharing import commands

        return commands.run(args, _language(args.lang))
    from mpreg_desktop import report

    options: dict = {}
    if args.command == "timeline":
        options = {"ics": args.ics, "now": args.now}
    elif args.command == "checklist" and args.pdf is not None:
        options = {"pdf": args.pdf, "sheet": args.sheet, "unmasked": args.unmasked}
    return report.run(
        args.command, args.file, as_json=args.json, language=_language(args.lang), **options
    )
