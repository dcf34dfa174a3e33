"""备案's region: chosen by name (province → city → district) or found by name or code; the case
keeps the codes; a district outside the city is not offered, and one in a file is flagged."""

from __future__ import annotations

from pathlib import Path

from mpreg_desktop.domain.case import Step
from tests.ui.test_main_window import binding


def test_choose_by_name_cascades_and_is_one_undo_step(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    window.case_view.show_step(Step.FILING)
    province = binding(window, Step.FILING, "filing.province")
    city = binding(window, Step.FILING, "filing.city")
    district = binding(window, Step.FILING, "filing.district")
    assert city.combo.count() == 1  # only 请选择… until a province is chosen
    texts = [province.combo.itemText(i) for i in range(province.combo.count())]
    index = next(i for i, t in enumerate(texts) if t.startswith("广东省"))
    province.combo.setCurrentIndex(index)
    province.combo.activated.emit(index)
    city_texts = [city.combo.itemText(i) for i in range(city.combo.count())]
    assert "深圳市  440300" in city_texts
    assert not any("北京" in t for t in city_texts)
    city.combo.activated.emit(city_texts.index("深圳市  440300"))
    district_texts = [district.combo.itemText(i) for i in range(district.combo.count())]
    assert "南山区  440305" in district_texts
    assert "天河区  440106" not in district_texts  # Guangzhou's, not Shenzhen's
    district.combo.activated.emit(district_texts.index("南山区  440305"))
    filing = window.document.case.filing
    assert (filing.province, filing.city, filing.district) == ("440000", "440300", "440305")
    # Another province clears the city and district that were in the old one, in one step.
    others = [province.combo.itemText(i) for i in range(province.combo.count())]
    province.combo.activated.emit(next(i for i, t in enumerate(others) if t.startswith("北京市")))
    assert (filing.province, filing.city, filing.district) == ("110000", "", "")
    window.document.undo_stack.undo()
    assert (filing.province, filing.city, filing.district) == ("440000", "440300", "440305")


def test_search_by_name_or_code_fills_all_three(window, sample_path: Path) -> None:
    from mpreg_desktop.ui.steps.filing.region_picker import RegionSearch

    window.open_case_file(sample_path)
    window.case_view.show_step(Step.FILING)
    page = window.case_view.pages[Step.FILING]
    search = page.findChild(RegionSearch)
    for typed in ("南山", "440305"):
        search.textEdited.emit(typed)
        suggestion = next(t for t in search.found if "深圳市" in t)
        assert suggestion == "广东省 深圳市 南山区  440305"
        search.pick(suggestion)
        filing = window.document.case.filing
        assert (filing.province, filing.city, filing.district) == ("440000", "440300", "440305")
        window.document.undo_stack.undo()


def test_a_district_outside_its_city_is_flagged(window, sample_path: Path) -> None:
    window.open_case_file(sample_path)
    doc = window.document
    doc.set_field("filing.province", "440000")
    doc.set_field("filing.city", "440300")
    doc.set_field("filing.district", "440106")  # 天河区, in Guangzhou: as a hand-edited file might
    district = binding(window, Step.FILING, "filing.district")
    assert "天河区 is not in 深圳市" in district.message.text()
    doc.set_field("filing.district", "440305")
    doc.set_field("filing.address", "福田区深南大道 1 号")
    address = binding(window, Step.FILING, "filing.address")
    assert "福田区" in address.message.text()


def test_subject_filing_number_hint_shows_a_filing_number() -> None:
    from mpreg_desktop.domain.rules.model import load_rules

    field = next(
        f for f in load_rules().filing.fields if f.id == "icp_subject.base_info.record_number"
    )
    assert "ICP备" in field.constraint.zh and "B2-" not in field.constraint.zh
    assert "ICP备" in field.constraint.en
