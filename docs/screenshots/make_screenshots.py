"""Screenshots of the real app for the docs: `make screenshots` (runs under xvfb-run, zh_CN).

Builds a showcase case in a temporary folder (nothing of the user's is touched), opens it in a
real window on a 1366×768 X screen, and saves the start page and each step as PNG here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def showcase(folder: Path) -> Path:
    from PySide6.QtGui import QColor, QImage, QPainter

    from mpreg_desktop.domain.case import (
        FilingStage,
        MaterialItem,
        MaterialState,
        Outcome,
        StageRecord,
        SubjectType,
        VerificationMethod,
        new_case,
        now_shanghai,
    )
    from mpreg_desktop.scan import scan_file
    from mpreg_desktop.storage.attachments import make_reference
    from mpreg_desktop.storage.cases.casefile import write_case

    path = folder / "星光咖啡点单.mpreg"
    case = new_case("星光咖啡点单小程序")
    s = case.subject
    s.type, s.sub_kind = SubjectType.ENTERPRISE, "enterprise_legal_person"
    s.name, s.code = "深圳市星光咖啡有限公司", "914403001922038216"
    s.needs.is_organisation, s.needs.has_licence, s.needs.wechat_pay = True, True, True
    case.account.email = "mp@example.com"
    admin = case.account.admin
    admin.name, admin.id_number, admin.phone = "张三", "110101199003071233", "13800138000"
    case.mini_program.name = "星光咖啡点单"
    case.verification.method = VerificationMethod.BANK_TRANSFER
    bank = case.verification.bank_transfer
    bank.account_name, bank.bank_name, bank.account_number = (
        s.name,
        "招商银行深圳分行",
        "755912345610001",
    )
    today = now_shanghai().date()
    bank.submitted_on, bank.paid_on, bank.outcome = (
        today - timedelta(days=6),
        today - timedelta(days=5),
        Outcome.PASSED,
    )
    image = QImage(1600, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor(250, 246, 236))
    painter = QPainter(image)
    painter.fillRect(80, 80, 700, 140, QColor(190, 40, 40))
    painter.fillRect(80, 300, 1400, 40, QColor(60, 90, 160))
    painter.end()
    scan = folder / "营业执照.jpg"
    image.save(str(scan), quality=90)
    reference = make_reference(scan, path, now_shanghai()).model_copy(
        update={"scan": scan_file(scan)}
    )
    case.materials.append(
        MaterialItem(key="business_licence", state=MaterialState.CHECKED, attachments=[reference])
    )
    case.materials.append(
        MaterialItem(key="legal_rep_id", state=MaterialState.READY, valid_until=date(2031, 5, 1))
    )
    f = case.filing
    f.planned_on = today
    p = f.subject_principal
    p.name, p.id_number, p.phone, p.id_long_term = "李四", "310104198512314565", "13912345678", True
    f.subject_emergency.name, f.subject_emergency.phone = "王五", "18612345678"
    f.description = "为门店顾客提供咖啡在线点单、到店自取和会员积分查询服务。"
    f.no_pre_approval = True
    started = now_shanghai() - timedelta(days=2)
    f.stages = [
        StageRecord(
            stage=FilingStage.FILL,
            started=started,
            ended=started + timedelta(hours=1),
            outcome=Outcome.PASSED,
        ),
        StageRecord(
            stage=FilingStage.PLATFORM_REVIEW,
            started=started + timedelta(hours=1),
            ended=started + timedelta(days=1),
            outcome=Outcome.PASSED,
        ),
        StageRecord(
            stage=FilingStage.SMS_VERIFICATION, started=now_shanghai() - timedelta(hours=7)
        ),
    ]
    f.sms_received_at = now_shanghai() - timedelta(hours=7)
    write_case(path, case)
    return path


def more_cases(folder: Path) -> None:
    """A few other clients, so the library looks like an agency's."""
    from mpreg_desktop.domain.case import (
        Outcome,
        SubjectType,
        VerificationMethod,
        new_case,
        now_shanghai,
    )
    from mpreg_desktop.storage.cases.casefile import write_case

    today = now_shanghai().date()
    for name, subject, kind, days in (
        ("每日记账本", "", SubjectType.PERSONAL, None),
        ("鲜果社区团购", "杭州鲜果商贸有限公司", SubjectType.ENTERPRISE, 9),
        ("老王修车预约", "个体户王建国", SubjectType.INDIVIDUAL_BUSINESS, 12),
        ("明德书法培训", "成都明德文化传播有限公司", SubjectType.ENTERPRISE, None),
    ):
        case = new_case(name)
        case.subject.type, case.subject.name = kind, subject
        case.mini_program.name = name
        if days is not None:
            case.verification.method = VerificationMethod.BANK_TRANSFER
            case.verification.bank_transfer.submitted_on = today - timedelta(days=days)
        else:
            case.verification.certification.outcome = Outcome.PENDING
        write_case(folder / f"{name}.mpreg", case)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("make_screenshots: run under xvfb-run (make screenshots)", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="mpreg-shots-"))
    os.environ["MPREG_HOME"] = str(home)
    os.environ["LANG"] = os.environ["LC_ALL"] = "zh_CN.UTF-8"
    from PySide6.QtWidgets import QApplication

    app = QApplication(["mpreg-desktop"])
    from mpreg_desktop.domain.case import Step
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.ui.app.context import AppContext

    context = AppContext(app_paths())
    context.language = "zh_CN"
    context.install_translators(app)
    library = context.library_dir()
    library.mkdir(parents=True, exist_ok=True)
    case_path = showcase(library)
    more_cases(library)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    start = context.new_window()
    start.resize(1366, 768)
    start.show()
    while start.start_page.library.scanner.running:
        start.start_page.library.scanner.step()
    settle()
    start.grab().save(str(HERE / "0-start.png"))
    start.close()
    window = context.new_window()
    window.resize(1366, 768)
    window.show()
    window.open_case_file(case_path)
    window.case_view.banner.hide()
    for number, step in enumerate(Step, start=1):
        window.case_view.show_step(step)
        if step == Step.MATERIALS:
            page = window.case_view.pages[step]
            row = next(i for i, item in enumerate(page.items) if item.id == "business_licence")
            page.table.selectRow(row)
        settle()
        window.grab().save(str(HERE / f"{number}-{step.value}.png"))
        print(HERE / f"{number}-{step.value}.png")
    window.document.mark_saved()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
