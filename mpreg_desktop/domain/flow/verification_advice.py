"""Which verification method to choose at registration, from the case (reference §C, §L.1, §L.3).

:func:`advise` is a pure function of the case and the rules pack, in the style of
:mod:`mpreg_desktop.domain.flow.recommend`: it names a method and gives its reasons as codes with
parameters (the UI words them), each with the sources of the rule it rests on.

What decides it: the methods the subject type allows; whether 微信认证 is needed anyway —
for the filing of every subject that is not a person (§L.1: the filing entry stays closed
until the mini program is certified; 对公打款 and 法人扫脸 verify the subject but do not
replace 认证), for WeChat Pay (§L.3: 未认证的账号无法申请小程序支付权限) or because the type
requires it; then speed and cost (法人扫脸 is free and needs no public account; 对公打款
needs the subject's own public account and a transfer within the deadline). Verifying by
微信认证 when it is needed anyway does both in one step and one fee; otherwise 法人扫脸 is
the quick, free choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from mpreg_desktop.domain.case import (
    Case,
    FilingType,
    SubjectType,
    VerificationMethod,
)
from mpreg_desktop.domain.flow.recommend import Reason
from mpreg_desktop.domain.rules.model import Rules

FILINGS = (FilingType.NEW, FilingType.CHANGE)


@dataclass(frozen=True)
class MethodAdvice:
    method: VerificationMethod | None  # None: choose the subject type first
    reasons: tuple[Reason, ...]  # why this method, and what the others would mean


def certification_needed_for(case: Case, rules: Rules) -> tuple[str, ...]:
    """Why this case needs 微信认证 whatever the verification method: "type" (the type requires
    it), "filing" (§L.1, subjects that are not persons), "wechat_pay" (§L.3); empty if not needed.
    """
    subject_type = case.subject.type
    if subject_type is None:
        return ()
    why = []
    if rules.subjects.get(subject_type).certification_required:
        why.append("type")
    if subject_type != SubjectType.PERSONAL and case.filing.type in FILINGS:
        why.append("filing")
    if case.subject.needs.wechat_pay and subject_type != SubjectType.PERSONAL:
        why.append("wechat_pay")
    return tuple(why)


def advise(case: Case, rules: Rules) -> MethodAdvice:
    subject_type = case.subject.type
    if subject_type is None:
        return MethodAdvice(None, (Reason("method.type_first", {}, ()),))
    type_rule = rules.subjects.get(subject_type)
    allowed = list(type_rule.verification_methods)
    cert = rules.verification.method(VerificationMethod.WECHAT_CERTIFICATION)
    fee = str(type_rule.certification_fee_yuan)
    if len(allowed) == 1:
        only = allowed[0]
        source = tuple(rules.verification.method(only).source)
        return MethodAdvice(
            only, (Reason("method.only_one", {"type": subject_type.value}, source),)
        )
    needed = certification_needed_for(case, rules)
    reasons: list[Reason] = []
    face = VerificationMethod.LEGAL_REP_FACE
    bank = VerificationMethod.BANK_TRANSFER
    if needed and VerificationMethod.WECHAT_CERTIFICATION in allowed:
        choice = VerificationMethod.WECHAT_CERTIFICATION
        reasons.append(
            Reason(
                "method.certification_needed",
                {"because": ",".join(needed), "fee": fee},
                tuple(cert.source),
            )
        )
        if face in allowed or bank in allowed:
            reasons.append(Reason("method.others_still_need_certification", {}, ()))
    elif face in allowed:
        choice = face
        reasons.append(Reason("method.face_quick_free", {}, tuple(_method_source(rules, face))))
    else:
        choice = allowed[0]
    if bank in allowed and choice != bank:
        reasons.append(Reason("method.bank_needs_account", {}, tuple(_method_source(rules, bank))))
    return MethodAdvice(choice, tuple(reasons))


def conflicts(case: Case, rules: Rules) -> tuple[str, ...]:
    """Why the chosen method leaves 微信认证 to do (empty when it does not): the needs, as in
    :func:`certification_needed_for`."""
    method = case.verification.method
    if method is None or method == VerificationMethod.WECHAT_CERTIFICATION:
        return ()
    return certification_needed_for(case, rules)


def _method_source(rules: Rules, method: VerificationMethod) -> list[str]:
    return list(rules.verification.method(method).source)
