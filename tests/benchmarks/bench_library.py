"""Benchmark: listing a library of 5,000 cases, cold (no index) and warm (index, nothing changed).

Run it as ``python tests/benchmarks/bench_library.py [--count N] [--json OUT]`` (pytest does not
collect it: it is a measurement with budgets, not a timed test). Each figure is measured in a
fresh interpreter, so that nothing warmed up by one measurement helps the next:

- ``cold_scan``: the state folder is empty; every file is read and summarised.
- ``warm_scan``: the index from the cold run is there and no file changed.
- ``cold_view`` / ``warm_view``: the real library view (offscreen) from construction until its
  first scan is done and the rows are in the table, without and with the index.
- ``peak_memory``: the largest resident set of the cold runs (``ru_maxrss``), Qt included.
- ``sheet_export`` / ``sheet_export_memory``: 案例库 → 导出表格 of the whole library as .xlsx
  (every case read again for its deadlines), from the warm index, and its peak resident set.

Budgets (on a 2-core machine): warm under 1 s, cold under 5 s, memory under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGETS = {
    "cold_scan": 5.0,
    "warm_scan": 1.0,
    "cold_view": 5.0,
    "warm_view": 1.0,
    "peak_memory": 300.0,
    "sheet_export": 5.0,
    "sheet_export_memory": 300.0,
}
UNITS = {name: "MB" if name.endswith("memory") else "s" for name in BUDGETS}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
WORDS = ["星光", "青禾", "云帆", "海岳", "金桥", "盛唐", "嘉禾", "明德", "锦绣", "华夏", "远航"]
TRADES = ["咖啡", "书店", "花艺", "茶饮", "教育", "物流", "家政", "健身", "烘焙", "文具"]
CITIES = ["深圳市", "广州市", "杭州市", "成都市", "北京市", "上海市", "武汉市"]


def make_case(rng: random.Random, number: int):
    """One case somewhere along the way: varied types, steps, materials, dates and history."""
    from mpreg_desktop.domain.case import (
        SHANGHAI,
        Event,
        FilingStage,
        MaterialItem,
        MaterialState,
        Outcome,
        StageRecord,
        SubjectType,
        TaskItem,
        VerificationMethod,
        new_case,
    )

    word, trade, city = rng.choice(WORDS), rng.choice(TRADES), rng.choice(CITIES)
    case = new_case(f"{word}{trade}小程序 {number:04d}")
    subject_type = rng.choice(list(SubjectType))
    case.subject.type = subject_type
    owner = rng.choice(SURNAMES) + rng.choice("伟芳娜敏静丽强磊军洋")
    case.subject.name = (
        owner if subject_type == SubjectType.PERSONAL else f"{city}{word}{trade}有限公司"
    )
    if subject_type != SubjectType.PERSONAL:
        case.subject.code = f"91{rng.randrange(10**15, 10**16)}"
    case.account.email = f"mp{number}@example.com"
    case.account.admin.name = owner
    case.account.admin.phone = f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}"
    case.account.admin.id_number = (
        f"{rng.randrange(110101, 650000)}19{rng.randrange(10**9, 10**10)}"
    )
    case.mini_program.name = f"{word}{trade}{rng.choice(['点单', '预约', '商城', '助手'])}"
    case.mini_program.categories = rng.sample(["tool_booking", "catering_venue", "tool_memo"], 1)
    # Relative to today, so that the library has overdue, due-soon and later deadlines.
    start = date.today() - timedelta(days=rng.randrange(0, 60))
    progress = rng.randrange(0, 5)
    for key in ["registration_email", "admin_identity", "business_licence", "legal_rep_id"]:
        state = rng.choice(list(MaterialState)) if progress else MaterialState.MISSING
        case.materials.append(MaterialItem(key=key, state=state, notes=rng.choice(["", "已复印"])))
    if progress >= 1:
        case.account.registered_on = start
        case.tasks.append(TaskItem(key="register_account", done=True, done_on=start))
    if progress >= 2:
        case.account.email_activated_on = start + timedelta(days=1)
        method = rng.choice(list(VerificationMethod))
        case.verification.method = method
        case.verification.bank_transfer.submitted_on = start + timedelta(days=2)
        case.verification.certification.submitted_on = start + timedelta(days=2)
        if rng.random() < 0.5:
            case.verification.certification.outcome = Outcome.PASSED
            case.verification.certification.result_on = start + timedelta(days=6)
    if progress >= 3:
        began = datetime.combine(start + timedelta(days=10), datetime.min.time(), SHANGHAI)
        case.filing.stages.append(StageRecord(stage=FilingStage.FILL, started=began))
        if rng.random() < 0.5:
            case.filing.sms_received_at = began + timedelta(days=3, hours=rng.randrange(24))
    if progress >= 4:
        case.filing.filing_number = f"粤ICP备{rng.randrange(10**9, 10**10)}号-1X"
    for index in range(rng.randrange(1, 25)):
        at = datetime.combine(start, datetime.min.time(), SHANGHAI) + timedelta(hours=index * 7)
        case.events.append(Event(at=at, kind="case.created", note=rng.choice(["", "电话沟通"])))
    return case


def generate(folder: Path, count: int, seed: int = 20261121) -> None:
    """``count`` case files, in client subfolders, some archived, one in a hundred broken."""
    from mpreg_desktop.storage.cases.casefile import case_to_bytes

    rng = random.Random(seed)
    for number in range(count):
        sub = folder / (f"客户{number % 40:02d}" if number % 3 else "")
        if number % 17 == 0:
            sub = folder / "归档"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"案例{number:05d}.mpreg"
        if number % 100 == 99:
            path.write_bytes(b'{"format": "mpreg-case", "schema_version": 1, "name": ')
            continue
        path.write_bytes(case_to_bytes(make_case(rng, number)))


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def measure_scan(library: Path, state: Path) -> dict:
    """In a fresh interpreter: one scan of ``library`` with the index in ``state``."""
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.domain.workdays import WorkdayCalendar
    from mpreg_desktop.storage.library.index import LibraryIndex

    rules = load_rules()
    began = time.perf_counter()
    index = LibraryIndex(state, rules, WorkdayCalendar())
    summaries = index.scan(library)
    seconds = time.perf_counter() - began
    broken = sum(1 for s in summaries if s.broken)
    return {
        "seconds": seconds,
        "cases": len(summaries),
        "broken": broken,
        "reads": index.reads,
        "peak_mb": _peak_mb(),
    }


def measure_view(home: Path, state: Path) -> dict:
    """In a fresh interpreter: the library view, offscreen, until its first scan is listed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["MPREG_HOME"] = str(home)
    os.environ["MPREG_STATE_DIR"] = str(state)
    from PySide6.QtWidgets import QApplication

    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.ui.app.context import AppContext
    from mpreg_desktop.ui.library.view import LibraryView

    app = QApplication([])
    context = AppContext(app_paths())
    load_rules()
    _ = context.calendar
    began = time.perf_counter()
    view = LibraryView(context)
    view.resize(1366, 768)
    view.show()
    while view.scanner.running:
        app.processEvents()
    app.processEvents()
    seconds = time.perf_counter() - began
    return {
        "seconds": seconds,
        "rows": view.model.rowCount(),
        "shown": view.proxy.rowCount(),
        "reads": view.index.reads,
        "peak_mb": _peak_mb(),
    }


def measure_export(library: Path, state: Path, out: Path) -> dict:
    """In a fresh interpreter: the sheet of the whole library, from the (warm) index."""
    from mpreg_desktop.domain.case import now_shanghai
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.domain.workdays import WorkdayCalendar
    from mpreg_desktop.sharing.sheet_export import export_library
    from mpreg_desktop.storage.library.index import LibraryIndex

    rules, calendar = load_rules(), WorkdayCalendar()
    summaries = LibraryIndex(state, rules, calendar).scan(library)
    began = time.perf_counter()
    report = export_library(summaries, out, rules, calendar, now_shanghai(), language="zh_CN")
    seconds = time.perf_counter() - began
    return {"seconds": seconds, "cases": report.cases, "peak_mb": _peak_mb()}


def _child(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"measurement failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--json", type=Path, metavar="OUT", help="write a JSON summary here")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    parser.add_argument("--measure-scan", nargs=2, metavar=("LIBRARY", "STATE"), help="internal")
    parser.add_argument("--measure-view", nargs=2, metavar=("HOME", "STATE"), help="internal")
    parser.add_argument(
        "--measure-export", nargs=3, metavar=("LIB", "STATE", "OUT"), help="internal"
    )
    args = parser.parse_args(argv)
    if args.measure_scan:
        print(json.dumps(measure_scan(Path(args.measure_scan[0]), Path(args.measure_scan[1]))))
        return 0
    if args.measure_export:
        library, state, out = (Path(p) for p in args.measure_export)
        print(json.dumps(measure_export(library, state, out)))
        return 0
    if args.measure_view:
        print(json.dumps(measure_view(Path(args.measure_view[0]), Path(args.measure_view[1]))))
        return 0

    home = Path(tempfile.mkdtemp(prefix="mpreg-bench-"))
    library, state = home / "library", home / "state"
    try:
        began = time.perf_counter()
        generate(library, args.count)
        print(f"generated {args.count} cases in {time.perf_counter() - began:.1f} s ({home})")
        cold = _child("--measure-scan", str(library), str(state))
        warm = _child("--measure-scan", str(library), str(state))
        cold_view = _child("--measure-view", str(home), str(home / "view-state"))
        view = _child("--measure-view", str(home), str(home / "view-state"))
        export = _child("--measure-export", str(library), str(state), str(home / "库.xlsx"))
        if warm["reads"] or view["reads"]:
            raise SystemExit(f"warm runs re-read files: {warm['reads']}, {view['reads']}")
        figures = {
            "cold_scan": cold["seconds"],
            "warm_scan": warm["seconds"],
            "cold_view": cold_view["seconds"],
            "warm_view": view["seconds"],
            "peak_memory": max(cold["peak_mb"], cold_view["peak_mb"]),
            "sheet_export": export["seconds"],
            "sheet_export_memory": export["peak_mb"],
        }
        for name, value in figures.items():
            print(f"{name}: {value:.3f} {UNITS[name]} (budget {BUDGETS[name]:g} {UNITS[name]})")
        summary = {
            "cases": args.count,
            "cpus": os.cpu_count(),
            "figures": {
                name: {"value": value, "unit": UNITS[name], "budget": BUDGETS[name]}
                for name, value in figures.items()
            },
            "within_budget": all(figures[n] <= BUDGETS[n] for n in figures),
            "details": {"cold": cold, "warm": warm, "cold_view": cold_view, "view": view},
        }
        if args.json:
            args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        return 0 if summary["within_budget"] else 1
    finally:
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
