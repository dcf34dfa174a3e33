"""One definition of "step complete": the case window's tabs and the library agree on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mpreg_desktop.domain.case import SHANGHAI, Step, SubjectType, new_case
from mpreg_desktop.domain.checks.case_checks import check_case
from mpreg_desktop.domain.flow.checklist import build_checklist
from mpreg_desktop.domain.flow.progress import current_step, progress, step_complete
from mpreg_desktop.domain.rules.model import load_rules
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.library.summary import summarise

NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI)


def test_a_chosen_type_with_the_subject_left_empty_is_not_a_complete_step() -> None:
    rules = load_rules()
    case = new_case("只选了类型", now=NOW)
    case.subject.type = SubjectType.ENTERPRISE  # name and 统一社会信用代码 still empty
    checklist, problems = build_checklist(case, rules), check_case(case, rules)
    assert not step_complete(Step.SUBJECT, checklist, problems)
    assert current_step(checklist, problems) == Step.SUBJECT
    summary = summarise(case, Path("x.mpreg"), rules, WorkdayCalendar())
    assert summary.current_step == Step.SUBJECT  # the library said 材料准备
    assert (summary.done, summary.total) == progress(checklist)


def test_a_filled_in_subject_is_complete_everywhere() -> None:
    rules = load_rules()
    case = new_case("主体已填", now=NOW)
    s = case.subject
    s.type, s.sub_kind = SubjectType.ENTERPRISE, "enterprise_legal_person"
    s.name, s.code = "深圳市星光咖啡有限公司", "914403001922038216"
    s.legal_rep.name, s.legal_rep.id_number = "陈一", "510107197806150983"
    checklist, problems = build_checklist(case, rules), check_case(case, rules)
    subject_done = step_complete(Step.SUBJECT, checklist, problems)
    summary = summarise(case, Path("x.mpreg"), rules, WorkdayCalendar())
    assert (summary.current_step != Step.SUBJECT) == subject_done
