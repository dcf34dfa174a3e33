"""`mpreg-desktop rules …` and `--rules FILE`: check, compare, import's effect on `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpreg_desktop.cli import main
from mpreg_desktop.domain.case import SubjectType, VerificationMethod, new_case
from mpreg_desktop.domain.rules.pack import builtin_rules
from mpreg_desktop.paths import app_paths
from mpreg_desktop.storage import rules_store
from mpreg_desktop.storage.cases.casefile import write_case
from tests.rules_packs import NEW_CATEGORY, NEWER_EDITION, newer_pack


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    case = new_case("类目")
    case.subject.type = SubjectType.ENTERPRISE
    case.mini_program.categories = [NEW_CATEGORY]
    case.verification.method = VerificationMethod.WECHAT_CERTIFICATION
    path = tmp_path / "case.mpreg"
    write_case(path, case)
    return path


def _check(case_file: Path, capsys, *extra: str) -> dict:
    main(["check", str(case_file), "--json", "--lang", "en", *extra])
    return json.loads(capsys.readouterr().out)


def _fee_text(case_file: Path, capsys, *extra: str) -> str:
    assert main(["checklist", str(case_file), "--json", "--lang", "zh_CN", *extra]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    return next(i for i in items if i["id"] == "wechat_certification_apply")["why"]


def unknown_category(document: dict) -> bool:
    return any(p["code"] == "mini_program.categories.unknown" for p in document["problems"])


def test_rules_check_of_the_built_in_pack_and_of_a_file(tmp_path: Path, capsys) -> None:
    assert main(["rules", "check"]) == 0
    assert builtin_rules().edition.isoformat() in capsys.readouterr().out
    pack = newer_pack(tmp_path)
    assert main(["rules", "check", str(pack)]) == 0
    assert NEWER_EDITION in capsys.readouterr().out


def test_rules_check_exit_codes_for_a_broken_and_an_unreadable_pack(tmp_path: Path, capsys):
    pack = newer_pack(tmp_path)
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["checklist"]["entries"][0]["done_when"] = "account.nowhere"
    data["subjects"]["types"][0]["label"]["zh"] = "个人{no_such_value}"
    pack.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["rules", "check", str(pack)]) == 1
    err = capsys.readouterr().err
    assert "{no_such_value}" in err  # every reason is listed, one per line
    not_a_pack = tmp_path / "case.json"
    not_a_pack.write_text('{"format": "mpreg-case"}', encoding="utf-8")
    assert main(["rules", "check", str(not_a_pack)]) == 2
    assert "not a rules pack" in capsys.readouterr().err
    assert main(["rules", "check", str(tmp_path / "missing.json")]) == 2


def test_rules_diff_prints_added_and_changed_entries(tmp_path: Path, capsys) -> None:
    pack = newer_pack(tmp_path)
    assert main(["rules", "--diff", str(pack), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"→ {NEWER_EDITION}" in out
    assert f"added category {NEW_CATEGORY} (Test services-New)" in out
    assert "changed subject type enterprise (Enterprise): certification_fee_yuan: 300 → 350" in out
    assert main(["rules", "--diff", str(pack), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    added = [c for c in changes if c["kind"] == "added"]
    assert [(c["where"], c["id"]) for c in added] == [("categories.categories", NEW_CATEGORY)]
    fee = next(c for c in changes if c["id"] == "enterprise")["fields"][0]
    assert fee == {"field": "certification_fee_yuan", "old": 300, "new": 350}


def test_rules_for_one_run_then_imported_then_removed(tmp_path: Path, case_file, capsys) -> None:
    pack = newer_pack(tmp_path)
    before = _check(case_file, capsys)
    assert unknown_category(before) and before["rules_edition"] != NEWER_EDITION
    assert "企业300元" in _fee_text(case_file, capsys)

    one_run = _check(case_file, capsys, "--rules", str(pack))
    assert not unknown_category(one_run) and one_run["rules_edition"] == NEWER_EDITION
    assert "企业350元" in _fee_text(case_file, capsys, "--rules", str(pack))
    assert unknown_category(_check(case_file, capsys))  # one run only

    config = app_paths().config_dir
    _rules, parts = rules_store.read_candidate(pack, builtin_rules())
    rules_store.install(config, parts)
    imported = _check(case_file, capsys)
    assert not unknown_category(imported) and imported["rules_edition"] == NEWER_EDITION
    assert "企业350元" in _fee_text(case_file, capsys)
    assert main(["rules", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["origin"] == "imported"

    assert rules_store.remove(config)
    removed = _check(case_file, capsys)
    assert unknown_category(removed) and removed["rules_edition"] != NEWER_EDITION
    assert "企业300元" in _fee_text(case_file, capsys)


def test_a_bad_rules_file_for_one_run_is_refused(tmp_path: Path, case_file, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    assert main(["check", str(case_file), "--rules", str(bad)]) == 2
    assert "not a JSON file" in capsys.readouterr().err


def test_an_older_imported_pack_is_not_used(tmp_path: Path, case_file, capsys) -> None:
    config = app_paths().config_dir
    older = newer_pack(tmp_path, edition="2020-01-01")
    rules_store.imported_pack_path(config).parent.mkdir(parents=True)
    rules_store.imported_pack_path(config).write_bytes(older.read_bytes())
    assert unknown_category(_check(case_file, capsys))
    assert main(["rules"]) == 0
    assert "not newer than the built-in" in capsys.readouterr().out
    with pytest.raises(rules_store.OlderRulesPack):
        rules_store.read_candidate(older, builtin_rules())


def test_rules_export_writes_the_built_in_pack_with_its_placeholders(tmp_path: Path, capsys):
    out = tmp_path / "pack.json"
    assert main(["rules", "export", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert '"format": "mpreg-rules-pack"' in text and "{certification_fee_yuan}" in text
    assert main(["rules", "check", str(out)]) == 0


def test_option_values_are_not_taken_for_subcommands() -> None:
    from mpreg_desktop.cli import _first_word

    assert _first_word(["--home", "check", "case.mpreg"]) == "case.mpreg"
    assert _first_word(["--rules", "rules", "--lang", "en"]) is None
    assert _first_word(["check", "--rules", "x.json", "case.mpreg"]) == "check"
