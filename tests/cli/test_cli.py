"""The headless commands: schema, check, checklist, and the no-display message."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mpreg_desktop import __version__
from mpreg_desktop.cli import main
from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.storage.cases.casefile import write_case


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    case = new_case("测试案例")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.subject.code = "914403001922038217"  # wrong check character
    case.account.admin.id_number = "110101199003071233"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    path = tmp_path / "case.mpreg"
    write_case(path, case)
    return path


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "案例 / Case" and "subject" in schema["properties"]
    assert schema["additionalProperties"] is False  # unknown fields are refused
    subject_type = schema["$defs"]["Subject"]["properties"]["type"]
    assert "主体类型" in subject_type["title"] and "Subject type" in subject_type["title"]
    size = schema["$defs"]["Attachment"]["properties"]["size"]
    assert size["minimum"] == 0 and size["maximum"] == 2**40
    planned = schema["$defs"]["Filing"]["properties"]["planned_on"]
    assert "1900-01-01" in planned["anyOf"][0]["description"]
    refs = set(re.findall(r'"\$ref": "#/\$defs/(\w+)"', json.dumps(schema)))
    assert refs and refs <= set(schema["$defs"])


def test_check_json_has_codes_paths_and_exit_1(case_file, capsys) -> None:
    assert main(["check", str(case_file), "--json", "--lang", "en"]) == 1
    document = json.loads(capsys.readouterr().out)
    problem = next(p for p in document["problems"] if p["path"] == "subject.code")
    assert problem["code"] == "subject.code.checksum" and problem["severity"] == "error"
    assert problem["params"] == {"expected": "6"} and problem["step"] == "subject"
    assert document["rules_edition"]


def test_check_text_in_chinese_never_prints_id_number(case_file, capsys) -> None:
    assert main(["check", str(case_file), "--lang", "zh_CN"]) == 1
    out = capsys.readouterr().out
    assert "个错误" in out and "主体代码" in out
    assert "110101199003071233" not in out


def test_check_exit_0_without_errors(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ok.mpreg"
    write_case(path, new_case())  # only "still to fill in" notes, no errors
    assert main(["check", str(path)]) == 0


@pytest.mark.parametrize("as_json", [False, True])
def test_check_exit_2_when_unreadable(tmp_path: Path, capsys, as_json: bool) -> None:
    path = tmp_path / "bad.mpreg"
    path.write_text("not json", encoding="utf-8")
    args = ["check", str(path)] + (["--json"] if as_json else [])
    assert main(args) == 2
    captured = capsys.readouterr()
    if as_json:
        assert json.loads(captured.out)["error"]["code"] == "not_json"
    else:
        assert f"{path}: The file is damaged: it is not valid JSON" in captured.err
    assert path.read_text(encoding="utf-8") == "not json"


def test_an_unreadable_case_is_said_in_the_users_language(tmp_path: Path, capsys) -> None:
    """The same words as the window (storage/cases/error_text.py), not the error's code."""
    path = tmp_path / "坏的.mpreg"
    path.write_text('{"format": "mpreg-case", "schema_version": 3, "name": 5}', encoding="utf-8")
    assert main(["check", str(path), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"mpreg-desktop: {path}: 文件中有无效的值") and "invalid" not in said
    assert "位置：" in said
    assert main(["check", str(tmp_path / "没有.mpreg"), "--lang", "zh_CN"]) == 2
    assert "文件不存在。" in capsys.readouterr().err


def test_checklist_json(case_file, capsys) -> None:
    assert main(["checklist", str(case_file), "--json", "--lang", "zh_CN"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    by_id = {i["id"]: i for i in items}
    assert by_id["business_licence"]["label"] == "营业执照"
    assert by_id["business_licence"]["state"] == "missing" and by_id["public_account_info"]


def test_checklist_text(case_file, capsys) -> None:
    assert main(["checklist", str(case_file), "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "材料准备" in out and "[ ] 营业执照 (未准备)" in out


def run_installed(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mpreg_desktop", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_version_from_entry_point() -> None:
    result = run_installed("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_no_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["MPREG_HOME"] = str(tmp_path)
    result = run_installed(env=env)
    if not sys.platform.startswith("linux"):
        pytest.skip("the DISPLAY check applies to Linux")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0]
    assert "Traceback" not in result.stderr


def test_timeline_json_and_ics(tmp_path: Path, capsys) -> None:
    from datetime import date, datetime

    import icalendar

    from mpreg_desktop.domain.case import SHANGHAI

    case = new_case("时间线")
    case.subject.type = SubjectType.ENTERPRISE
    case.verification.method = VerificationMethod.BANK_TRANSFER
    case.verification.bank_transfer.submitted_on = date(2026, 11, 12)
    case.filing.sms_received_at = datetime(2026, 11, 20, 10, tzinfo=SHANGHAI)
    path = tmp_path / "t.mpreg"
    write_case(path, case)
    now = "2026-11-21T08:00:00+08:00"
    assert main(["timeline", str(path), "--json", "--now", now, "--lang", "zh_CN"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    sms = items["filing.sms_verification"]
    assert sms["at"] == "2026-11-21T10:00:00+08:00" and sms["state"] == "due_soon"
    assert "工信部短信核验" in sms["text"]
    assert items["bank_transfer.pay"]["at"] == "2026-11-22T23:59:59+08:00"

    out = tmp_path / "t.ics"
    assert main(["timeline", str(path), "--ics", str(out), "--now", now]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = {str(e["uid"]).split(".", 1)[1]: e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "filing.sms_verification@mpreg-desktop",
        "bank_transfer.pay@mpreg-desktop",
    }
    sms_event = events["filing.sms_verification@mpreg-desktop"]
    assert sms_event.decoded("dtend").isoformat() == "2026-11-21T10:00:00+08:00"
    triggers = sorted(a.decoded("trigger") for a in sms_event.walk("VALARM"))
    assert [t.total_seconds() for t in triggers] == [-86400, -7200]
    pay = events["bank_transfer.pay@mpreg-desktop"]
    assert str(pay.decoded("dtstart")) == "2026-11-22"


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    from mpreg_desktop.cli import SUBCOMMANDS

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out.split("Subcommands:", 1)[1], name


def test_check_says_one_error_not_one_errors(tmp_path: Path, capsys) -> None:
    from mpreg_desktop.domain.checks.case_checks import Problem
    from mpreg_desktop.domain.rules.model import load_rules
    from mpreg_desktop.report import _print_problems

    _print_problems(tmp_path / "x.mpreg", [Problem("x", "error", "name", {})], load_rules(), "en")
    assert "1 error, 0 warnings, 0 info" in capsys.readouterr().out


def test_checklist_says_why_a_material_is_not_usable(tmp_path, capsys) -> None:
    from mpreg_desktop.storage.cases.casefile import write_case
    from tests.ui.test_unusable_material import grey_scan_case

    path = tmp_path / "grey.mpreg"
    write_case(path, grey_scan_case())
    assert main(["checklist", str(path), "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "[ ] 法定代表人/经营者身份证 (不能使用：附件" in out
    assert main(["checklist", str(path), "--json", "--lang", "en"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert not items["legal_rep_id"]["done"]
    assert [p["code"] for p in items["legal_rep_id"]["unusable"]] == ["attachment.black_white"]
