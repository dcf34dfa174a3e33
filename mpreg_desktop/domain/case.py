"""The case: everything recorded about one mini program's registration, verification and filing.

A ``Case`` is the single source of truth; a ``.mpreg`` file is exactly ``Case`` as JSON (see
``storage/cases/casefile.py`` and ``docs/case-format.md``). Everything derived from it (problems,
checklist, timeline, progress) is computed by other domain modules and never stored here.

Identifiers in the file are English (``enterprise``, ``bank_transfer``); the Chinese terms and
their explanations live in the rules pack and the translations.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, model_validator
from pydantic_core import PydanticCustomError

from mpreg_desktop import __version__
from mpreg_desktop.domain.clock import SHANGHAI as SHANGHAI  # where the zone always was
from mpreg_desktop.domain.clock import SYSTEM_CLOCK

# Field paths live in their own module; these names stay importable from here for older callers.
from mpreg_desktop.domain.field_paths import (  # noqa: F401
    checked_item,
    checked_value,
    field_parent,
    get_path,
    set_path,
    text_limit,
)
from mpreg_desktop.domain.values import (
    Day,
    FilePath,
    FileSize,
    Flag,
    Key,
    Long,
    Moment,
    Pixels,
    Sha256,
    Short,
    empty_list,
)

FORMAT = "mpreg-case"
SCHEMA_VERSION = 3


def now_shanghai() -> datetime:
    """The computer's clock now; for scripts and tests (the app asks the clock it was given)."""
    return SYSTEM_CLOCK.now()


class Model(BaseModel):
    """Base for every part of a case: unknown fields are refused when a file is read.

    A model the app builds is validated when it is built; a value the app sets goes through
    :func:`set_path`, which validates it as reading a file would (models inside it included:
    ``revalidate_instances``). The validators are built on first use, not at import
    (``defer_build``; docs/performance.md).
    """

    model_config = ConfigDict(extra="forbid", revalidate_instances="always", defer_build=True)


class SubjectType(StrEnum):
    PERSONAL = "personal"  # 个人
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户 (registered under 企业类型)
    ENTERPRISE = "enterprise"  # 企业
    MEDIA = "media"  # 媒体
    GOVERNMENT = "government"  # 政府
    OTHER_ORG = "other_org"  # 其他组织


class Route(StrEnum):
    OFFICIAL_SITE = "official_site"  # 官网注册 on mp.weixin.qq.com
    OFFICIAL_ACCOUNT = "official_account"  # 复用公众号主体快速注册


class VerificationMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"  # 对公打款
    WECHAT_CERTIFICATION = "wechat_certification"  # 微信认证
    LEGAL_REP_FACE = "legal_rep_face"  # 法人扫脸


class MaterialState(StrEnum):
    MISSING = "missing"  # 未准备
    READY = "ready"  # 已准备
    CHECKED = "checked"  # 已核对


class Outcome(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    REJECTED = "rejected"


class FilingType(StrEnum):
    NEW = "new"  # 新增备案
    CHANGE = "change"  # 变更备案
    CANCEL = "cancel"  # 注销备案


class FilingStage(StrEnum):
    FILL = "fill"  # 备案信息填写
    PLATFORM_REVIEW = "platform_review"  # 平台初审
    SMS_VERIFICATION = "sms_verification"  # 工信部短信核验
    AUTHORITY_REVIEW = "authority_review"  # 通管局审核
    DONE = "done"  # 备案成功


class Step(StrEnum):
    SUBJECT = "subject"  # 主体选择
    MATERIALS = "materials"  # 材料准备
    VERIFICATION = "verification"  # 验证认证
    FILING = "filing"  # 备案


class Person(Model):
    """A natural person as the forms ask for one; unused fields stay empty."""

    name: Short = ""
    certificate_type: Key = ""  # a person certificate type id from the rules pack; "" = 居民身份证
    id_number: Short = ""
    phone: Short = ""
    email: Short = ""
    wechat_id: Short = ""
    # Validity of the ID document: start, and end or 长期 (long-term).
    id_valid_from: Day | None = None
    id_valid_until: Day | None = None
    id_long_term: Flag = False


class Needs(Model):
    """Answers to the guiding questions of 主体选择; ``None`` means not answered yet."""

    is_organisation: Flag | None = None
    has_licence: Flag | None = None
    wechat_pay: Flag = False
    shop: Flag = False
    live_streaming: Flag = False
    ads: Flag = False
    sharing: Flag = False  # sharing and the 小程序码: both need 认证 (L.3)
    has_certified_official_account: Flag = False


class Subject(Model):
    type: SubjectType | None = None
    sub_kind: Key = ""  # a sub-kind id from the rules pack
    name: Short = ""  # 主体名称, exactly as on the licence
    code: Short = ""  # 统一社会信用代码 / 注册号 / 组织机构代码
    route: Route = Route.OFFICIAL_SITE
    legal_rep: Person = Field(default_factory=Person)  # 法定代表人 / 经营者
    needs: Needs = Field(default_factory=Needs)


class Account(Model):
    email: Short = ""  # 注册邮箱
    admin: Person = Field(default_factory=Person)  # 管理员
    registered_on: Day | None = None  # 提交注册 (the email activation and 30-day clocks start)
    email_activated_on: Day | None = None


class MiniProgram(Model):
    appid: Short = ""  # shown in the platform's 开发管理 once the account exists
    name: Short = ""
    # service category ids
    categories: Annotated[list[Key], Field(max_length=50)] = Field(default_factory=empty_list)


class ScanResult(Model):
    """What the attachment check found, as the platform would judge the file."""

    format: Short = ""
    width: Pixels | None = None
    height: Pixels | None = None
    colour: Flag | None = None
    # The file ends early or cannot be decoded (a download cut off, a header-only JPEG): the
    # platform would refuse it, and a reviewer would see a grey band.
    damaged: Flag | None = None


class CropBox(Model):
    """A rectangle of the attached file's pixels as stored (before any turning): ``left`` and
    ``top`` are its first column and row, ``right`` and ``bottom`` one past its last."""

    left: Pixels
    top: Pixels
    right: Pixels
    bottom: Pixels

    @model_validator(mode="after")
    def _holds_pixels(self) -> "CropBox":
        if self.right <= self.left or self.bottom <= self.top:
            raise PydanticCustomError(
                "empty_crop",
                "the crop {left},{top}–{right},{bottom} holds no pixels",
                {"left": self.left, "top": self.top, "right": self.right, "bottom": self.bottom},
            )
        return self


class HandAdjustment(Model):
    """How the user turned and cropped a scan by hand for its upload-ready copy. The attached
    file is never changed: the copy is made from it again with these whenever it is remade."""

    # Clockwise quarter turns after the file's own EXIF orientation has been applied.
    quarter_turns: Annotated[int, Strict(), Field(ge=0, le=3)] = 0
    crop: CropBox | None = None


class Attachment(Model):
    path: FilePath  # relative to the case file if possible
    size: FileSize
    sha256: Sha256
    added: Moment
    scan: ScanResult | None = None
    adjustment: HandAdjustment | None = None  # for the upload-ready copy (schema 3)


class MaterialItem(Model):
    key: Key  # material id from the rules pack
    state: MaterialState = MaterialState.MISSING
    notes: Long = ""
    attachments: Annotated[list[Attachment], Field(max_length=100)] = Field(
        default_factory=empty_list
    )
    valid_from: Day | None = None
    valid_until: Day | None = None
    long_term: Flag = False


class TaskItem(Model):
    """A checklist action the user ticked by hand (when the case data cannot show it is done)."""

    key: Key
    done: Flag = False
    done_on: Day | None = None
    notes: Long = ""


class BankTransfer(Model):
    """对公打款: the company's public account pays Tencent the amount shown, refunded later."""

    account_name: Short = ""  # 户名: must equal the subject name
    bank_name: Short = ""
    account_number: Short = ""
    payee_name: Short = ""  # 收款户名, as shown by the platform
    payee_account: Short = ""
    payee_bank: Short = ""
    amount: Short = ""  # 指定金额, as shown (kept as text: never rounded)
    remark: Short = ""  # 汇款备注/用途 the platform asks for, as shown
    submitted_on: Day | None = None  # the 10-day payment window starts here
    paid_on: Day | None = None
    refunded_on: Day | None = None
    outcome: Outcome = Outcome.PENDING
    result_on: Day | None = None  # when the platform's result arrived
    reason: Long = ""  # rejection reason


class Certification(Model):
    """微信认证."""

    submitted_on: Day | None = None
    result_on: Day | None = None
    outcome: Outcome = Outcome.PENDING
    reason: Long = ""  # rejection reason


class LegalRepFace(Model):
    """法人扫脸: the legal representative confirms by face check in WeChat."""

    name: Short = ""
    wechat_id: Short = ""
    done_on: Day | None = None
    outcome: Outcome = Outcome.PENDING
    reason: Long = ""  # rejection reason


class Verification(Model):
    method: VerificationMethod | None = None
    bank_transfer: BankTransfer = Field(default_factory=BankTransfer)
    certification: Certification = Field(default_factory=Certification)
    face: LegalRepFace = Field(default_factory=LegalRepFace)


class PreApproval(Model):
    """前置审批: the type id from the rules pack and the approval number (审批号)."""

    type: Key
    code: Short = ""


class StageRecord(Model):
    stage: FilingStage
    started: Moment | None = None
    ended: Moment | None = None
    outcome: Outcome = Outcome.PENDING
    reason: Long = ""


class Filing(Model):
    type: FilingType = FilingType.NEW
    planned_on: Day | None = (
        None  # planned filing date: ID documents must stay valid a month past it
    )
    province: Short = ""
    city: Short = ""
    district: Short = ""
    address: Short = ""  # 通讯地址 without the province/city/district prefix
    certificate_type: Key = ""  # the subject's certificate type id from the rules pack
    certificate_address: Short = ""  # 证件住所, as printed on the certificate
    comment: Long = ""  # 备注 for the filing authority
    subject_record_number: Short = ""  # the subject's filing number, once issued
    # The subject already filed elsewhere (a website, an app): its number above then names the
    # province every later filing must use, and its details may be reused (复用主体资料, L.4).
    subject_has_filing: Flag = False
    reuse_subject_info: Flag = True
    reuse_sms_at: Moment | None = None  # the reuse SMS arrived: 24 h to confirm
    subject_principal: Person = Field(default_factory=Person)  # 主体负责人
    # When the 主体负责人 is not the 法定代表人, the filing needs an authorisation letter and the
    # legal representative's name and ID number.
    subject_principal_is_legal_rep: Flag = True
    subject_emergency: Person = Field(default_factory=Person)  # 应急联系人 (name and phone)
    applet_principal_same: Flag = True  # 小程序负责人 defaults to the 主体负责人
    applet_principal: Person = Field(default_factory=Person)  # 小程序负责人
    applet_emergency: Person = Field(default_factory=Person)
    service_content_types: Annotated[list[Key], Field(max_length=20)] = Field(
        default_factory=empty_list
    )
    pre_approvals: Annotated[list[PreApproval], Field(max_length=20)] = Field(
        default_factory=empty_list
    )
    no_pre_approval: Flag = False  # 以上都不涉及
    description: Long = ""  # actual business description, 20–200 characters
    sms_received_at: Moment | None = None  # from 12381: the 24-hour clock starts here
    # Resent verification SMS (the rules allow a limited number); cleared with sms_received_at
    # when a rejection sends the filing back to 填写.
    sms_resent_at: Annotated[list[Moment], Field(max_length=20)] = Field(default_factory=empty_list)
    stages: Annotated[list[StageRecord], Field(max_length=500)] = Field(default_factory=empty_list)
    filing_number: Short = ""


class Event(Model):
    """One entry of the case's history; ``kind`` is a stable code, ``params`` its details."""

    at: Moment
    kind: Key
    step: Step | None = None
    params: Annotated[dict[Key, Short], Field(max_length=20)] = Field(default_factory=dict)
    note: Long = ""


class Case(Model):
    format: Literal["mpreg-case"] = FORMAT
    schema_version: Annotated[int, Strict(), Field(ge=1)] = SCHEMA_VERSION
    app_version: Short = __version__
    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    created: Moment = Field(default_factory=SYSTEM_CLOCK.now)
    modified: Moment = Field(default_factory=SYSTEM_CLOCK.now)
    name: Short = ""  # the case's own name, e.g. the client and project
    subject: Subject = Field(default_factory=Subject)
    account: Account = Field(default_factory=Account)
    mini_program: MiniProgram = Field(default_factory=MiniProgram)
    materials: Annotated[list[MaterialItem], Field(max_length=1000)] = Field(
        default_factory=empty_list
    )
    tasks: Annotated[list[TaskItem], Field(max_length=1000)] = Field(default_factory=empty_list)
    verification: Verification = Field(default_factory=Verification)
    filing: Filing = Field(default_factory=Filing)
    events: Annotated[list[Event], Field(max_length=20_000)] = Field(default_factory=empty_list)
    notes: Long = ""
    # The rules pack edition the app checked the case with when it last saved it (None: before
    # schema 2): the header says so when the pack in use is of another edition.
    rules_edition: Day | None = None

    def material(self, key: str) -> MaterialItem | None:
        return next((m for m in self.materials if m.key == key), None)

    def task(self, key: str) -> TaskItem | None:
        return next((t for t in self.tasks if t.key == key), None)


def new_case(name: str = "", now: datetime | None = None) -> Case:
    created = now or SYSTEM_CLOCK.now()
    case = Case(name=name, created=created, modified=created)
    case.events.append(Event(at=created, kind="case.created"))
    return case


def copy_case(case: Case) -> Case:
    """A deep copy (for undo): nothing of the copy is shared with the original."""
    return case.model_copy(deep=True)
