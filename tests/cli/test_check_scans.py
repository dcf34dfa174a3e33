"""`check` cross-checks the case with what the app read from its scans (issue 22)."""

from __future__ import annotations

import json

from mpreg_desktop.paths import app_paths
from mpreg_desktop.storage.cases.casefile import write_case
from mpreg_desktop.storage.scan_readings import save_reading
from tests.domain.test_scan_checks import LICENCE_SHA, READINGS, scanned_case


def test_check_reports_a_name_differing_from_the_read_licence(tmp_path, capsys) -> None:
    case = scanned_case()
    case.subject.name = "杭州青禾科技有限工司"
    path = tmp_path / "青禾.mpreg"
    write_case(path, case)
    from mpreg_desktop.cli import main

    main(["check", str(path), "--json", "--lang", "zh_CN"])
    before = json.loads(capsys.readouterr().out)["problems"]
    assert not [p for p in before if p["code"] == "scan.name_differs"]  # nothing read yet

    save_reading(app_paths().state_dir, LICENCE_SHA, READINGS[LICENCE_SHA])
    assert main(["check", str(path), "--json", "--lang", "zh_CN"]) == 1
    after = json.loads(capsys.readouterr().out)["problems"]
    found = next(p for p in after if p["code"] == "scan.name_differs")
    assert found["path"] == "subject.name"
    assert "执照为「杭州青禾科技有限公司」" in found["message"]
