"""Cases for the benchmarks: a typical one (all four steps filled, 40 materials, 60 events) and a
large one (about 1 MB, mostly history)."""

from __future__ import annotations

from datetime import date, timedelta

from mpreg_desktop.domain.case import (
    Case,
    Event,
    FilingStage,
    MaterialItem,
    MaterialState,
    Outcome,
    StageRecord,
    Step,
    SubjectType,
    TaskItem,
    VerificationMethod,
    new_case,
    now_shanghai,
)
from mpreg_desktop.domain.rules.model import load_rules


def typical_case() -> Case:
    rules = load_rules()
    case = new_case("星光咖啡点单小程序")
    s = case.subject
    s.type, s.sub_kind = SubjectType.ENTERPRISE, "enterprise_legal_person"
    s.name, s.code = "深圳市星光咖啡有限公司", "914403001922038216"
    s.legal_rep.name, s.legal_rep.id_number = "陈一", "510107197806150983"
    s.needs.is_organisation, s.needs.has_licence, s.needs.wechat_pay = True, True, True
    case.account.email = "mp@example.com"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003071233", "13800138000"
    case.account.registered_on = now_shanghai().date() - timedelta(days=20)
    case.mini_program.name = "星光咖啡点单"
    case.mini_program.categories = [c.id for c in rules.categories.categories[:3]]
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.bank_name, bank.account_number = s.name, "招商银行", "755912345610001"
    bank.submitted_on = now_shanghai().date() - timedelta(days=15)
    bank.paid_on, bank.outcome = bank.submitted_on + timedelta(days=1), Outcome.PASSED
    keys = [e.id for e in rules.checklist.entries if e.kind == "material"]
    keys += [f"extra_{n}" for n in range(40 - len(keys))]
    for n, key in enumerate(keys[:40]):
        state = (MaterialState.MISSING, MaterialState.READY, MaterialState.CHECKED)[n % 3]
        case.materials.append(
            MaterialItem(
                key=key, state=state, notes=f"第{n}项材料的备注", valid_until=date(2030, 1, 1)
            )
        )
    case.tasks = [TaskItem(key="admin_scan_verify", done=True)]
    f = case.filing
    f.planned_on = now_shanghai().date()
    p = f.subject_principal
    p.name, p.id_number, p.phone, p.id_long_term = "李四", "310104198512314565", "13912345678", True
    f.subject_emergency.name, f.subject_emergency.phone = "王五", "18612345678"
    f.description = "为门店顾客提供咖啡在线点单、到店自取和会员积分查询服务。"
    f.no_pre_approval = True
    f.service_content_types = [t.id for t in rules.filing.service_content_types if t.parent][:2]
    start = now_shanghai() - timedelta(days=3)
    f.stages = [
        StageRecord(stage=FilingStage.FILL, started=start, ended=start, outcome=Outcome.PASSED),
        StageRecord(
            stage=FilingStage.PLATFORM_REVIEW,
            started=start,
            ended=start + timedelta(days=1),
            outcome=Outcome.PASSED,
        ),
        StageRecord(
            stage=FilingStage.SMS_VERIFICATION, started=now_shanghai() - timedelta(hours=5)
        ),
    ]
    f.sms_received_at = now_shanghai() - timedelta(hours=5)
    history(case, 60)
    return case


def history(case: Case, count: int, note: str = "") -> None:
    start = now_shanghai() - timedelta(days=30)
    steps = list(Step)
    case.events = [
        Event(
            at=start + timedelta(minutes=7 * n),
            kind="verification.passed",
            step=steps[n % 4],
            params={"method": "bank_transfer"},
            note=note or f"记录{n}",
        )
        for n in range(count)
    ]


def large_case() -> Case:
    case = typical_case()
    history(case, 2500, note="与客户电话沟通，确认材料已按要求准备并补充说明。" * 3)
    return case
