"""The JSON Schema of a case file (``mpreg-desktop schema``): pydantic's, draft 2020-12, with
titles and descriptions in Chinese and English where docs/case-format.md explains a field.

The texts live here rather than in the models so that reading a case never pays for them.
"""

from __future__ import annotations

from typing import Any

from mpreg_desktop.domain.case import Case
from mpreg_desktop.domain.values import MAX_DAY, MIN_DAY

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Model → field → (title zh, title en, description zh, description en); "" = the model itself.
TEXTS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "Case": {
        "": (
            "案例",
            "Case",
            "一个小程序的注册、认证与备案；.mpreg 文件就是这个对象。",
            "One mini program's registration, verification and filing; a .mpreg file is this.",
        ),
        "format": ("格式", "Format", "总是 mpreg-case。", 'Always "mpreg-case".'),
        "schema_version": (
            "格式版本",
            "Schema version",
            "本格式的版本（整数，见 docs/case-format.md 的变更记录）。",
            "The version of this format (an integer, see the changelog in docs/case-format.md).",
        ),
        "app_version": (
            "应用版本",
            "App version",
            "最后保存本文件的 MP Reg Desktop 版本。",
            "The version of MP Reg Desktop that last saved the file.",
        ),
        "id": (
            "案例编号",
            "Case id",
            "标识案例的 UUID，文件改名或移动后不变。",
            "A UUID that identifies the case, kept when the file is renamed or moved.",
        ),
        "created": (
            "创建时间",
            "Created",
            "带时区偏移的 ISO 8601 时间，以北京时间（+08:00）写入。",
            "ISO 8601 time with its offset, written in Asia/Shanghai (+08:00).",
        ),
        "modified": (
            "修改时间",
            "Modified",
            "带时区偏移的 ISO 8601 时间，以北京时间（+08:00）写入。",
            "ISO 8601 time with its offset, written in Asia/Shanghai (+08:00).",
        ),
        "name": ("案例名称", "Case name", "例如客户和项目。", "E.g. the client and project."),
        "subject": ("主体", "Subject", "主体类型、名称、证件号码与注册方式。", "Who registers."),
        "account": ("账号", "Account", "注册邮箱、管理员与注册日期。", "The platform account."),
        "mini_program": ("小程序", "Mini program", "名称与服务类目。", "Name and categories."),
        "materials": (
            "材料",
            "Materials",
            "用户处理过的每项材料：清单编号、状态、备注、附件与有效期。",
            "Each material the user worked on: checklist id, state, notes, files, validity.",
        ),
        "tasks": (
            "手动勾选的事项",
            "Tasks ticked by hand",
            "案例数据无法表明已完成的清单事项。",
            "Checklist actions the case data cannot show as done.",
        ),
        "verification": (
            "验证认证",
            "Verification",
            "对公打款、微信认证或法人扫脸及其结果。",
            "Bank transfer, WeChat certification or face check, with their results.",
        ),
        "filing": (
            "备案",
            "ICP filing",
            "备案类型、地址、负责人、前置审批、短信核验与各阶段记录。",
            "Filing type, address, principals, pre-approvals, SMS check and stages.",
        ),
        "events": (
            "历史",
            "History",
            "案例的历史：时间、稳定的代码、步骤、参数与备注。",
            "The case's history: time, a stable code, step, parameters, note.",
        ),
        "notes": ("备注", "Notes", "自由文本。", "Free text."),
    },
    "Subject": {
        "type": (
            "主体类型",
            "Subject type",
            "个人、个体工商户、企业、媒体、政府、其他组织。",
            "Personal, individual business, enterprise, media, government, other organisation.",
        ),
        "sub_kind": ("主体细类", "Sub-kind", "规则包中的编号。", "An id from the rules pack."),
        "name": ("主体名称", "Subject name", "与营业执照完全一致。", "Exactly as on the licence."),
        "code": (
            "证件号码",
            "Registration code",
            "统一社会信用代码 / 注册号 / 组织机构代码。",
            "Unified social credit code, registration or organisation code.",
        ),
        "route": (
            "注册方式",
            "Route",
            "官网注册，或复用公众号主体快速注册。",
            "On the official site, or reusing a certified official account's subject.",
        ),
        "legal_rep": ("法定代表人", "Legal representative", "法定代表人 / 经营者。", ""),
        "needs": (
            "需求",
            "Needs",
            "引导问题的回答；null 表示尚未回答。",
            "Answers to the guiding questions; null = not answered yet.",
        ),
    },
    "Person": {
        "": (
            "人员",
            "Person",
            "表单所需的自然人信息；不用的字段为空字符串或 null。",
            "A natural person as the forms ask; unused fields are empty strings or null.",
        ),
        "certificate_type": (
            "证件类型",
            "Certificate type",
            "规则包中的证件类型编号；空表示居民身份证。",
            "A certificate type id from the rules pack; empty = resident ID card.",
        ),
        "id_valid_from": ("证件有效期起", "ID valid from", "YYYY-MM-DD。", "YYYY-MM-DD."),
        "id_valid_until": ("证件有效期止", "ID valid until", "YYYY-MM-DD。", "YYYY-MM-DD."),
        "id_long_term": ("长期有效", "Long-term", "证件长期有效。", "The ID never expires."),
    },
    "Account": {
        "email": ("注册邮箱", "Registration email", "", ""),
        "admin": ("管理员", "Administrator", "", ""),
        "registered_on": (
            "提交注册日期",
            "Registered on",
            "邮箱激活与 30 天期限从此日起算。",
            "The email activation and 30-day clocks start here.",
        ),
        "email_activated_on": ("邮箱激活日期", "Email activated on", "", ""),
    },
    "MaterialItem": {
        "key": ("材料编号", "Material id", "规则包中的清单编号。", "A checklist id."),
        "state": (
            "状态",
            "State",
            "missing 未准备、ready 已准备、checked 已核对。",
            "missing, ready or checked.",
        ),
    },
    "Attachment": {
        "path": (
            "路径",
            "Path",
            "尽可能相对于案例文件；附件只引用、不嵌入。",
            "Relative to the case file where possible; files are referenced, never embedded.",
        ),
        "size": ("大小", "Size", "字节数。", "In bytes."),
        "sha256": ("SHA-256", "SHA-256", "附件内容的摘要。", "Digest of the file's content."),
        "adjustment": (
            "手动旋转和裁剪",
            "Turned and cropped by hand",
            "制作上传版时的旋转与裁剪；原文件从不修改。",
            "The turn and crop its upload-ready copy is made with; the file itself never changes.",
        ),
    },
    "HandAdjustment": {
        "quarter_turns": (
            "顺时针旋转次数",
            "Clockwise quarter turns",
            "在照片自带的 EXIF 方向之后，再顺时针旋转 90° 的次数（0–3）。",
            "Clockwise 90° turns after the photo's own EXIF orientation (0–3).",
        ),
        "crop": (
            "裁剪区域",
            "Crop",
            "以原文件存储的像素计（旋转之前）；空表示整张。",
            "In the file's stored pixels (before any turning); null for the whole picture.",
        ),
    },
    "BankTransfer": {
        "": (
            "对公打款",
            "Bank transfer",
            "企业对公账户向腾讯打款指定金额，之后退回。",
            "The company account pays Tencent the amount shown, refunded later.",
        ),
        "amount": (
            "指定金额",
            "Amount",
            "按平台显示保存为文本，从不四舍五入。",
            "As shown, kept as text: never rounded.",
        ),
        "remark": (
            "汇款备注",
            "Remark",
            "平台要求在汇款时填写的备注或用途，按页面所示。",
            "The remark or purpose the platform asks the transfer to carry, as shown.",
        ),
        "submitted_on": (
            "提交日期",
            "Submitted on",
            "10 天打款期限从此日起算。",
            "The 10-day payment window starts here.",
        ),
    },
    "Filing": {
        "planned_on": (
            "计划备案日期",
            "Planned filing date",
            "证件须在此日期后仍有效至少一个月。",
            "ID documents must stay valid a month past it.",
        ),
        "sms_received_at": (
            "核验短信收到时间",
            "SMS received at",
            "工信部短信核验的 24 小时从此刻起算。",
            "The 24-hour clock of the MIIT SMS check starts here.",
        ),
        "sms_resent_at": (
            "短信重发时间",
            "SMS resent at",
            "驳回退回填写时与收到时间一并清空。",
            "Cleared with sms_received_at when a rejection sends the filing back.",
        ),
        "stages": ("备案阶段", "Stages", "五个备案阶段的历史。", "The five stages' history."),
    },
    "Event": {
        "at": ("时间", "At", "带时区偏移的时间。", "A time with its offset."),
        "kind": ("代码", "Kind", "稳定的代码，如 case.created。", "A stable code."),
    },
}


def _text(zh: str, en: str) -> str:
    return f"{zh} / {en}" if zh and en and zh != en else zh or en


def case_schema() -> dict[str, Any]:
    """The schema of a case file, with the case's own object at the top."""
    schema = Case.model_json_schema()
    definitions = schema.pop("$defs", {})
    models = {"Case": schema, **definitions}
    for model, fields in TEXTS.items():
        for name, (title_zh, title_en, about_zh, about_en) in fields.items():
            target = models[model] if not name else models[model]["properties"][name]
            target["title"] = _text(title_zh, title_en)
            if about_zh or about_en:
                target["description"] = _text(about_zh, about_en)
    window = f"{MIN_DAY.isoformat()} … {MAX_DAY.isoformat()}"
    bounds = {
        "date": f"YYYY-MM-DD, {window}",
        "date-time": f"ISO 8601 with its offset (+08:00), {window}",
    }
    for definition in models.values():
        for prop in definition.get("properties", {}).values():
            for variant in [prop, *prop.get("anyOf", [])]:
                if variant.get("format") in bounds:
                    variant.setdefault("description", bounds[variant["format"]])
    return {"$schema": DIALECT, **schema, "$defs": definitions}
