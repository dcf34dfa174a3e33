"""省份 / 城市 / 区县 from python-stdnum's GB/T 2260 table, and the filing's region checks."""

from __future__ import annotations

from mpreg_desktop.domain.case import new_case
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.checks.regions import parse, regions
from mpreg_desktop.domain.rules.model import load_rules

RULES = load_rules()


def test_tree_names_and_levels() -> None:
    table = regions()
    assert "广东省" in [p.name for p in table.provinces()]
    assert "香港特別行政區" not in [p.name for p in table.provinces()]  # no mainland filing
    assert [c.name for c in table.cities("440000")][:3] == ["广州市", "韶关市", "深圳市"]
    assert "南山区" in [d.name for d in table.districts("440300")]
    assert [r.name for r in table.path("440305")] == ["广东省", "深圳市", "南山区"]
    assert (table.level("440000"), table.level("440300"), table.level("440305")) == (
        "province",
        "city",
        "district",
    )
    assert table.level("440399") is None
    assert table.display_name("110100") == "北京市（市辖区）"


def test_only_names_in_use_and_no_groupings() -> None:
    table = parse(
        '44 province="广东省"\n  0000 county="广东省"\n  0300 county="深圳市"\n'
        '  0301 county="[1983-]市辖区"\n  0302 county="[1983-1990]沙头角区办事处"\n'
        '  0305 county="[1983-1989]南头区办事处,[1990-]南山区"\n'
    )
    assert [d.name for d in table.districts("440300")] == ["南山区"]


def test_search_by_name_or_code() -> None:
    table = regions()
    assert ["广东省", "深圳市", "南山区"] in [[r.name for r in p] for p in table.search("南山")]
    assert [[r.code for r in p] for p in table.search("440305")] == [["440000", "440300", "440305"]]


def filing_case(province="", city="", district="", address=""):
    case = new_case("x")
    case.filing.province, case.filing.city, case.filing.district = province, city, district
    case.filing.address = address
    return case


def codes(case) -> dict[str, str]:
    return {
        p.path: p.code
        for p in check_case(case, RULES)
        if p.path in ("filing.province", "filing.city", "filing.district", "filing.address")
        and p.code != "field.required"
    }


def test_region_checks() -> None:
    assert codes(filing_case("440000", "440300", "440305", "科技园路 1 号")) == {}
    assert codes(filing_case("440000", "440300", "123456")) == {
        "filing.district": "filing.region.unknown_district"
    }
    assert codes(filing_case("440000", "110100", "110105")) == {
        "filing.city": "filing.region.not_inside"
    }
    assert codes(filing_case("440000", "440300", "440106")) == {
        "filing.district": "filing.region.not_inside"
    }
    assert codes(filing_case("440000", "440300", "440305", "福田区深南大道 1 号")) == {
        "filing.address": "filing.address.other_district"
    }
    assert codes(filing_case("440000", "440300", "440305", "广东省深圳市南山区科技园")) == {
        "filing.address": "filing.address.prefix"
    }
