"""`mpreg-desktop check` counts the library's other cases for the limits across cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpreg_desktop.cli import main
from mpreg_desktop.domain.case import Outcome, SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import write_case

PHONE = "13800138000"


def write(path: Path, name: str, **admin: str) -> Path:
    case = new_case(name)
    case.subject.type = SubjectType.PERSONAL
    case.account.admin.phone = admin.get("phone", PHONE)
    case.account.admin.id_number = admin.get("id_number", "")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_case(path, case)
    return path


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "案例库"
    monkeypatch.setenv("MPREG_LIBRARY_DIR", str(root))
    for number in range(1, 6):
        write(root / ("客户" if number % 2 else "") / f"案例{number}.mpreg", f"咖啡店{number}号")
    write(root / "别人的.mpreg", "别人的小程序", phone="13900139000")
    return root


def test_six_cases_on_one_phone_warn_and_name_the_others(library: Path, capsys) -> None:
    file = write(library / "第六个.mpreg", "第六个小程序")
    assert main(["check", str(file), "--lang", "zh_CN"]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "该手机号已作为管理员用于" in line)
    assert "6 个小程序，超过上限 5 个" in line
    for number in range(1, 6):
        assert f"咖啡店{number}号" in line
    assert "第六个小程序" not in line and "别人的小程序" not in line
    assert PHONE not in out  # the number itself is never printed


def test_limits_in_json(library: Path, capsys) -> None:
    file = write(library / "第六个.mpreg", "第六个小程序")
    assert main(["check", str(file), "--json", "--lang", "en"]) == 0
    problems = json.loads(capsys.readouterr().out)["problems"]
    limit = next(p for p in problems if p["code"] == "limits.admin_phone")
    assert limit["severity"] == "warning" and limit["path"] == "account.admin.phone"
    assert limit["params"]["count"] == "6" and limit["params"]["limit"] == "5"
    assert sorted(limit["params"]["cases"].split("、")) == [f"咖啡店{n}号" for n in range(1, 6)]


def test_file_outside_the_library_is_checked_against_it(library: Path, tmp_path: Path, capsys):
    file = write(tmp_path / "elsewhere" / "新客户.mpreg", "新客户")
    assert main(["check", str(file), "--lang", "en"]) == 0
    assert "This phone administers 6 mini programs" in capsys.readouterr().out


def test_five_with_itself_is_within_the_limit(library: Path, capsys) -> None:
    # The fifth case checked: it is one of the five, not a sixth.
    assert main(["check", str(library / "客户" / "案例5.mpreg"), "--json"]) == 0
    codes = [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]]
    assert "limits.admin_phone" not in codes


def test_same_id_card_over_the_limit(library: Path, capsys) -> None:
    id_number = "110101199003071233"
    for number in range(5):
        write(library / "证件" / f"{number}.mpreg", f"证件案例{number}", id_number=id_number)
    file = write(library / "证件" / "5.mpreg", "证件案例5", phone="", id_number=id_number)
    assert main(["check", str(file), "--json"]) == 0
    codes = [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]]
    assert "limits.admin_id" in codes


def test_certified_individual_business_limit(library: Path, capsys) -> None:
    code = "92440300MA5FXXXX0X"
    (library / "个体").mkdir()
    for number in range(5):
        case = new_case(f"个体户{number}")
        case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
        case.subject.code = code
        case.verification.certification.outcome = Outcome.PASSED
        write_case(library / "个体" / f"{number}.mpreg", case)
    case = new_case("个体户新")
    case.subject.type = SubjectType.INDIVIDUAL_BUSINESS
    case.subject.code = code
    file = library / "个体" / "新.mpreg"
    write_case(file, case)
    main(["check", str(file), "--json"])
    problems = json.loads(capsys.readouterr().out)["problems"]
    limit = next(p for p in problems if p["code"] == "limits.subject")
    assert limit["params"]["limit"] == "5" and limit["params"]["count"] == "6"


def test_broken_and_missing_library_do_not_stop_the_check(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MPREG_LIBRARY_DIR", str(tmp_path / "nowhere"))
    file = write(tmp_path / "a.mpreg", "甲")
    assert main(["check", str(file)]) == 0
    root = tmp_path / "library"
    root.mkdir()
    (root / "坏.mpreg").write_text("not json")
    monkeypatch.setenv("MPREG_LIBRARY_DIR", str(root))
    assert main(["check", str(file)]) == 0
    assert (root / "坏.mpreg").read_text() == "not json"
