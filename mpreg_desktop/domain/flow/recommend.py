"""Which subject type to register as, from the answers to the guiding questions (reference §A, §D).

:func:`recommend` is a pure function of the answers (:class:`Needs`) and the rules pack. Fees,
limits and capabilities are read from the pack, never written here, and every :class:`Reason`
carries the sources of the rule it rests on, so the user can see why and where from. Reasons are
codes with parameters (ids and numbers) plus the rule's own bilingual words; the UI turns codes
into translated sentences.

What the questions can decide, and what they cannot: a person without a licence who needs nothing a
个人 subject lacks is a 个人; a person who needs WeChat Pay, a shop or live streaming has to become
a 个体工商户 (or register a company); a licence held by a person is a 个体工商户 licence, one held
by an organisation a company's. Media, government bodies and other organisations hold other
certificates, and nothing in these questions tells them apart: the user chooses, and is told so.

:func:`route_conditions` ticks the conditions of a registration route against the case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from mpreg_desktop.domain.case import Needs, Route, SubjectType
from mpreg_desktop.domain.rules.model import Note, RouteRule, Rules, SubjectTypeRule, Text

# The guiding questions that ask for a capability of the subject type (field names of Needs that
# are also capability names in the rules pack).
CAPABILITY_NEEDS = ("wechat_pay", "shop", "live_streaming", "ads", "sharing")

PERSON_TYPES = (SubjectType.PERSONAL, SubjectType.INDIVIDUAL_BUSINESS)
# Organisations without a business licence: their certificates differ, the questions do not.
UNLICENSED_ORGANISATION_TYPES = (SubjectType.MEDIA, SubjectType.GOVERNMENT, SubjectType.OTHER_ORG)


@dataclass(frozen=True)
class Reason:
    """One reason for (or against) a subject type or route.

    ``code`` says what kind of reason it is (the UI words it); ``params`` holds ids (subject types,
    needs joined by commas, routes) and numbers; ``notes`` the rule's own words; ``source`` the
    sources of the rule it comes from.
    """

    code: str
    params: dict[str, str]
    source: tuple[str, ...]
    notes: tuple[Text, ...] = ()
    uncertain: bool = False
    uncertainty: Text | None = None


@dataclass(frozen=True)
class Recommendation:
    subject_type: SubjectType | None  # None: too little answered, or the user has to choose
    alternatives: tuple[SubjectType, ...]  # other types worth considering (or to choose among)
    reasons: tuple[Reason, ...]
    route: Route | None = None  # a route the answers point to; None: no opinion
    missing: tuple[str, ...] = ()  # Needs fields still to answer before a type can be named


ConditionStatus = Literal["met", "unmet", "unknown", "info"]


@dataclass(frozen=True)
class ConditionCheck:
    note: Note
    status: ConditionStatus  # info: the case cannot show it (the user has to make sure)


# Route conditions the case can answer, by their id in the rules pack. A condition not named here
# is shown as information to check by hand; tests make sure these ids exist in the pack.
TYPE_CONDITIONS = frozenset({"any_subject", "account_type"})
CERTIFIED_ACCOUNT_CONDITIONS = frozenset({"certified_account"})


def _unique(sources: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sources))


def _ticked(needs: Needs) -> list[str]:
    return [need for need in CAPABILITY_NEEDS if getattr(needs, need)]


def _blocked(rule: SubjectTypeRule, wanted: list[str]) -> list[str]:
    """The wanted capabilities this subject type cannot have at all."""
    return [n for n in wanted if n in rule.capabilities and rule.capabilities[n].allowed == "no"]


def _unsupported(rule: SubjectTypeRule, blocked: list[str], **extra: str) -> Reason:
    capabilities = [rule.capabilities[n] for n in blocked]
    return Reason(
        "needs.unsupported",
        {"type": rule.id.value, "needs": ",".join(blocked), **extra},
        _unique(s for c in capabilities for s in c.source),
        tuple(c.note for c in capabilities if c.note is not None),
    )


def _conditional(rule: SubjectTypeRule, wanted: list[str]) -> list[Reason]:
    reasons = []
    for need in wanted:
        capability = rule.capabilities.get(need)
        if capability is None or capability.allowed != "conditional":
            continue
        reasons.append(
            Reason(
                "needs.conditional",
                {"type": rule.id.value, "need": need},
                tuple(capability.source),
                (capability.note,) if capability.note else (),
                capability.uncertain,
                capability.uncertainty,
            )
        )
    return reasons


def _costs(rule: SubjectTypeRule, rules: Rules, limits: bool = True) -> list[Reason]:
    """What the type costs and allows: the certification fee and the mini-program limits."""
    reasons = [
        Reason(
            "certification.fee",
            {
                "type": rule.id.value,
                "fee": str(rule.certification_fee_yuan),
                # required to register, or (L.1) before the filing: the user pays it either way
                "required": "1" if certification_required(rule, rules) else "0",
            },
            tuple(rule.source),
            (rule.certification_note,),
        )
    ]
    if not limits:
        return reasons
    if rule.max_certified_mini_programs is not None:
        reasons.append(
            Reason(
                "limit.certified",
                {"type": rule.id.value, "count": str(rule.max_certified_mini_programs)},
                tuple(rule.source),
                uncertain=rule.quota_uncertainty is not None,  # L.6: a pre-2023 source
                uncertainty=rule.quota_uncertainty,
            )
        )
    if rule.max_mini_programs is not None:
        reasons.append(
            Reason(
                "limit.total",
                {"type": rule.id.value, "count": str(rule.max_mini_programs)},
                tuple(rule.source),
                uncertain=rule.quota_uncertainty is not None,  # L.6: a pre-2023 source
                uncertainty=rule.quota_uncertainty,
            )
        )
    return reasons


def certification_required(rule: SubjectTypeRule, rules: Rules) -> bool:
    """认证 is needed: to register (媒体, 政府, 其他组织) or before the filing (L.1)."""
    return rule.certification_required or rule.id in rules.filing.certification_required_for


def _fits(code: str, rule: SubjectTypeRule) -> Reason:
    return Reason(code, {"type": rule.id.value}, tuple(rule.source), (rule.scope,))


def _also_possible(rule: SubjectTypeRule) -> Reason:
    """An alternative the user may prefer, with what it cannot do."""
    cannot = [name for name, c in rule.capabilities.items() if c.allowed == "no"]
    return Reason(
        "type.also_possible",
        {"type": rule.id.value, "cannot": ",".join(cannot)},
        _unique([*rule.source, *(s for n in cannot for s in rule.capabilities[n].source)]),
        (rule.scope,),
    )


def _choose_among(rules: Rules, types: list[SubjectType], code: str) -> Reason:
    chosen = [rules.subjects.get(t) for t in types]
    return Reason(
        code,
        {"types": ",".join(t.value for t in types)},
        _unique(s for r in chosen for s in r.source),
        tuple(r.scope for r in chosen),
    )


def _route_reasons(
    needs: Needs, rules: Rules, candidates: list[SubjectType]
) -> tuple[Route | None, list[Reason]]:
    """With a certified 公众号 already, the fast route may apply (reference §D.1)."""
    if not needs.has_certified_official_account or not candidates:
        return None, []
    fast = next(
        (r for r in rules.registration.routes if r.requires_certified_official_account), None
    )
    if fast is None:
        return None, []
    allowed = ",".join(t.value for t in fast.allowed_subject_types)
    if all(t in fast.allowed_subject_types for t in candidates):
        params = {"route": fast.id.value, "allowed": allowed}
        if fast.monthly_limit is not None:
            params["limit"] = str(fast.monthly_limit)
        reason = Reason(
            "route.suggested",
            params,
            tuple(fast.source),
            tuple(b.text for b in fast.benefits),
            fast.uncertain,
            fast.uncertainty,
        )
        return fast.id, [reason]
    refused = next(t for t in candidates if t not in fast.allowed_subject_types)
    reason = Reason(
        "route.not_for_type",
        {"route": fast.id.value, "type": refused.value, "allowed": allowed},
        tuple(fast.source),
    )
    return None, [reason]


def _first_unblocked(
    rules: Rules, order: list[SubjectType], wanted: list[str]
) -> SubjectType | None:
    return next((t for t in order if not _blocked(rules.subjects.get(t), wanted)), None)


def recommend(needs: Needs, rules: Rules) -> Recommendation:
    """The subject type the answers point to, the alternatives, and why (with sources)."""
    wanted = _ticked(needs)
    personal = rules.subjects.get(SubjectType.PERSONAL)
    personal_blocked = _blocked(personal, wanted)
    missing = tuple(
        name for name in ("is_organisation", "has_licence") if getattr(needs, name) is None
    )

    if needs.is_organisation is None:
        # Nothing to recommend yet, but what 个人 cannot do is already worth saying.
        reasons = [_unsupported(personal, personal_blocked)] if personal_blocked else []
        return Recommendation(None, (), tuple(reasons), None, missing)

    if needs.is_organisation is False:
        return _recommend_person(needs, rules, wanted, personal_blocked, missing)
    return _recommend_organisation(needs, rules, wanted, missing)


def _recommend_person(
    needs: Needs,
    rules: Rules,
    wanted: list[str],
    personal_blocked: list[str],
    missing: tuple[str, ...],
) -> Recommendation:
    personal = rules.subjects.get(SubjectType.PERSONAL)
    business = [SubjectType.INDIVIDUAL_BUSINESS, SubjectType.ENTERPRISE]
    reasons: list[Reason] = []

    if personal_blocked:
        # 个人 cannot have what is needed: a business licence is the way, the cheapest being a
        # 个体工商户 (a licence held by a person is one).
        chosen = _first_unblocked(rules, business, wanted)
        alternatives = [t for t in business if t != chosen]
        licence = {True: "held", False: "none", None: "unknown"}[needs.has_licence]
        extra = {"licence": licence}
        if chosen is not None:
            extra["instead"] = chosen.value
            if alternatives:
                extra["alternative"] = alternatives[0].value
        reasons.append(_unsupported(personal, personal_blocked, **extra))
        if chosen is not None and needs.has_licence:
            reasons.append(_fits("licence.person", rules.subjects.get(chosen)))
    elif needs.has_licence is True:
        chosen = _first_unblocked(rules, business, wanted)
        alternatives = [t for t in business if t != chosen]
        if chosen is not None:
            reasons.append(_fits("licence.person", rules.subjects.get(chosen)))
    elif needs.has_licence is False:
        chosen = SubjectType.PERSONAL
        alternatives = [SubjectType.INDIVIDUAL_BUSINESS]
        reasons.append(_fits("no_licence.person", personal))
    else:
        return Recommendation(None, tuple(PERSON_TYPES), (), None, missing)

    if chosen is None:
        return Recommendation(None, (), tuple(reasons), None, ())
    rule = rules.subjects.get(chosen)
    reasons += _conditional(rule, wanted)
    reasons += _costs(rule, rules)
    if chosen != SubjectType.PERSONAL and not personal_blocked:
        alternatives.append(SubjectType.PERSONAL)
        reasons.append(_also_possible(personal))
    route, route_reasons = _route_reasons(needs, rules, [chosen])
    return Recommendation(chosen, tuple(alternatives), tuple(reasons + route_reasons), route, ())


def _recommend_organisation(
    needs: Needs, rules: Rules, wanted: list[str], missing: tuple[str, ...]
) -> Recommendation:
    others = [
        t for t in UNLICENSED_ORGANISATION_TYPES if not _blocked(rules.subjects.get(t), wanted)
    ]
    if needs.has_licence is None:
        candidates = [SubjectType.ENTERPRISE, *others]
        return Recommendation(None, tuple(candidates), (), None, missing)

    if needs.has_licence is False:
        # 媒体 / 政府 / 其他组织: the questions cannot tell them apart.
        reasons = [_choose_among(rules, others, "organisation.choose")]
        for t in others:
            reasons += _costs(rules.subjects.get(t), rules, limits=False)
        route, route_reasons = _route_reasons(needs, rules, others)
        return Recommendation(None, tuple(others), tuple(reasons + route_reasons), route, ())

    enterprise = rules.subjects.get(SubjectType.ENTERPRISE)
    blocked = _blocked(enterprise, wanted)
    if blocked:
        return Recommendation(None, tuple(others), (_unsupported(enterprise, blocked),), None, ())
    reasons = [_fits("licence.organisation", enterprise)]
    reasons += _conditional(enterprise, wanted)
    reasons += _costs(enterprise, rules)
    if others:
        reasons.append(_choose_among(rules, others, "organisation.not_inferable"))
    route, route_reasons = _route_reasons(needs, rules, [SubjectType.ENTERPRISE])
    return Recommendation(
        SubjectType.ENTERPRISE, tuple(others), tuple(reasons + route_reasons), route, ()
    )


def route_conditions(
    route: RouteRule, subject_type: SubjectType | None, needs: Needs
) -> list[ConditionCheck]:
    """Each condition of ``route`` ticked (met), crossed (unmet) or left to the user (info)."""
    checks = []
    for note in route.conditions:
        status: ConditionStatus = "info"
        if note.id in TYPE_CONDITIONS:
            if subject_type is None:
                status = "unknown"
            else:
                status = "met" if subject_type in route.allowed_subject_types else "unmet"
        elif note.id in CERTIFIED_ACCOUNT_CONDITIONS:
            status = "met" if needs.has_certified_official_account else "unmet"
        checks.append(ConditionCheck(note, status))
    return checks
