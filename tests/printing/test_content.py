"""The sheets' content, without Qt: items, deadlines, masking."""

from __future__ import annotations

from datetime import datetime

from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.printing import sheet_html
from mpreg_desktop.printing.content import KEPT

NOW = datetime(2026, 11, 21, 8, 0, tzinfo=SHANGHAI)


def html(kind, case, unmasked=False, language="zh_CN"):
    rules = load_rules()
    timeline = build_timeline(case, rules, WorkdayCalendar(), NOW)
    return sheet_html(
        kind, case, rules, timeline, language=language, printed=NOW, unmasked=unmasked
    )


def test_checklist_has_every_item_and_due_dates(enterprise_case) -> None:
    text = html("checklist", enterprise_case)
    for item in build_checklist(enterprise_case, load_rules()):
        assert item.label.zh in text
    assert "对公账户打款" in text and "截止: 2026-11-22 23:59" in text
    assert "☑ 营业执照（已核对）" in text
    assert "近期期限" in text and "工信部短信核验截止" in text
    for title in ("1 主体选择", "2 材料准备", "3 验证认证", "4 备案"):
        assert title in text
    assert "规则版本" in text and load_rules().edition.isoformat() in text


def test_numbers_masked_by_default_and_full_on_request(enterprise_case) -> None:
    masked = html("checklist", enterprise_case)
    assert "110101199003071233" not in masked and "1101**********1233" in masked
    assert "13800138000" not in masked and "1380***8000" in masked
    assert "755912345610001" not in masked and "7559*******0001" in masked
    full = html("checklist", enterprise_case, unmasked=True)
    assert "110101199003071233" in full and "13800138000" in full and "755912345610001" in full


def test_handover_lists_materials_rules_and_signatures(enterprise_case) -> None:
    text = html("handover", enterprise_case)
    assert "材料交接单" in text and "营业执照" in text and "法定代表人" in text
    assert "彩色" in text and "背景为纯白色" in text
    # L.4: the filing's own upload limits
    assert "JPG/JPEG/PNG" in text and "720×1280" in text and "BMP" not in text
    assert "交付方（客户）签字" in text and "接收方签字" in text
    assert "1101**********1233" in text


def test_english_sheet(personal_case) -> None:
    text = html("checklist", personal_case, language="en")
    assert "Mini program registration checklist" in text and "1 Subject" in text


def test_an_unnamed_case_is_printed_as_untitled(personal_case) -> None:
    personal_case.name = ""
    assert "<b>案例</b></td><td>未命名案例</td>" in html("checklist", personal_case)
    personal_case.subject.name = ""
    personal_case.subject.type = None  # a new case: the header says so, as the items below
    text = html("checklist", personal_case)
    for label in ("主体", "主体类型"):
        assert f'<b>{label}</b></td><td><span style="color:#888888">未填写</span>' in text
    assert "<b>Case</b></td><td>Untitled case</td>" in html(
        "handover", personal_case, language="en"
    )


def test_closing_lines_keep_with_the_line_before(enterprise_case) -> None:
    """The paginator keeps a marked paragraph on the page of the one before it: the signature
    lines of both sheets and the checklist's last deadline, and nothing else."""
    checklist = html("checklist", enterprise_case)
    assert checklist.count(KEPT) == 1
    last_line = checklist.split('<p class="item"')[-1].split("</p>")[0]
    assert last_line.startswith(f" {KEPT}>☐ 2026-"), last_line  # the last coming deadline
    handover = html("handover", enterprise_case)
    assert handover.count(KEPT) == 2
    assert handover.index(KEPT) > handover.index("背景为纯白色")
    assert all(handover.count(f"{KEPT}><br/><br/>{who}") for who in ("交付方", "接收方"))
