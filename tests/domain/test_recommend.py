"""recommend(): the guiding questions lead to a subject type, with reasons from the rules."""

from __future__ import annotations

import pytest

from mpreg_desktop.domain.case import Needs, Route, SubjectType
from mpreg_desktop.domain.flow.recommend import (
    CERTIFIED_ACCOUNT_CONDITIONS,
    TYPE_CONDITIONS,
    recommend,
    route_conditions,
)
from mpreg_desktop.domain.rules.model import Rules, load_rules

P, IB, E = SubjectType.PERSONAL, SubjectType.INDIVIDUAL_BUSINESS, SubjectType.ENTERPRISE
M, G, OO = SubjectType.MEDIA, SubjectType.GOVERNMENT, SubjectType.OTHER_ORG
PERSON, ORG = {"is_organisation": False}, {"is_organisation": True}
LICENCE, NO_LICENCE = {"has_licence": True}, {"has_licence": False}


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def codes(recommendation) -> list[str]:
    return [r.code for r in recommendation.reasons]


# answers, recommended type, alternatives, reason codes that must be there, questions missing
CASES = [
    ({}, None, (), [], ("is_organisation", "has_licence")),
    ({"wechat_pay": True}, None, (), ["needs.unsupported"], ("is_organisation", "has_licence")),
    ({**PERSON}, None, (P, IB), [], ("has_licence",)),
    ({**PERSON, **NO_LICENCE}, P, (IB,), ["no_licence.person", "certification.fee"], ()),
    ({**PERSON, **NO_LICENCE, "ads": True}, P, (IB,), ["needs.conditional"], ()),
    (
        {**PERSON, **NO_LICENCE, "wechat_pay": True},
        IB,
        (E,),
        ["needs.unsupported", "needs.conditional", "certification.fee", "limit.certified"],
        (),
    ),
    ({**PERSON, "shop": True}, IB, (E,), ["needs.unsupported"], ()),
    ({**PERSON, **NO_LICENCE, "live_streaming": True}, IB, (E,), ["needs.unsupported"], ()),
    (
        {**PERSON, **LICENCE},
        IB,
        (E, P),
        ["licence.person", "certification.fee", "limit.certified", "type.also_possible"],
        (),
    ),
    ({**PERSON, **LICENCE, "wechat_pay": True}, IB, (E,), ["needs.unsupported"], ()),
    ({**ORG}, None, (E, M, G, OO), [], ("has_licence",)),
    (
        {**ORG, **LICENCE},
        E,
        (M, G, OO),
        ["licence.organisation", "certification.fee", "limit.total", "organisation.not_inferable"],
        (),
    ),
    ({**ORG, **NO_LICENCE}, None, (M, G, OO), ["organisation.choose", "certification.fee"], ()),
    (
        {**ORG, **LICENCE, "wechat_pay": True, "shop": True},
        E,
        (M, G, OO),
        ["needs.conditional"],
        (),
    ),
]


@pytest.mark.parametrize(("answers", "expected", "alternatives", "wanted", "missing"), CASES)
def test_recommendation_follows_the_answers(
    rules, answers, expected, alternatives, wanted, missing
) -> None:
    recommendation = recommend(Needs(**answers), rules)
    assert recommendation.subject_type == expected
    assert recommendation.alternatives == alternatives
    assert set(wanted) <= set(codes(recommendation)), codes(recommendation)
    assert recommendation.missing == missing
    assert expected not in recommendation.alternatives


def test_no_licence_and_wechat_pay_says_get_one_first(rules) -> None:
    """The ux.md example: 个人主体不支持微信支付：建议先办理个体工商户，或以企业主体注册."""
    recommendation = recommend(
        Needs(is_organisation=False, has_licence=False, wechat_pay=True), rules
    )
    unsupported = recommendation.reasons[0]
    assert unsupported.code == "needs.unsupported"
    assert unsupported.params == {
        "type": "personal",
        "needs": "wechat_pay",
        "licence": "none",
        "instead": "individual_business",
        "alternative": "enterprise",
    }
    capability = rules.subjects.get(P).capabilities["wechat_pay"]
    assert unsupported.notes == (capability.note,)
    assert set(capability.source) <= set(unsupported.source)


def test_unsupported_lists_every_blocked_need(rules) -> None:
    needs = Needs(is_organisation=False, wechat_pay=True, shop=True, live_streaming=True, ads=True)
    unsupported = recommend(needs, rules).reasons[0]
    assert unsupported.params["needs"] == "wechat_pay,shop,live_streaming"  # ads is conditional
    assert unsupported.params["licence"] == "unknown"


@pytest.mark.parametrize("answers", [answers for answers, *_ in CASES])
def test_every_reason_cites_known_sources(rules, answers) -> None:
    for reason in recommend(Needs(**answers), rules).reasons:
        assert reason.source, reason.code
        for source in reason.source:
            assert source.startswith(("http://", "https://")) or source in rules.pack.sources


def test_fees_and_limits_come_from_the_rules(rules) -> None:
    needs = Needs(is_organisation=False, has_licence=False, wechat_pay=True)
    fee = next(r for r in recommend(needs, rules).reasons if r.code == "certification.fee")
    # L.1 (2026-11 review): 认证 is required before 备案 for every non-personal subject.
    assert fee.params == {"type": "individual_business", "fee": "30", "required": "1"}
    limit = next(r for r in recommend(needs, rules).reasons if r.code == "limit.certified")
    assert limit.params["count"] == "5"

    changed = with_type(rules, IB, certification_fee_yuan=99, max_certified_mini_programs=7)
    reasons = recommend(needs, changed).reasons
    assert next(r for r in reasons if r.code == "certification.fee").params["fee"] == "99"
    assert next(r for r in reasons if r.code == "limit.certified").params["count"] == "7"


def test_capabilities_come_from_the_rules(rules) -> None:
    """If the platform let 个人 take payments, the recommendation would follow the data."""
    personal = rules.subjects.get(P)
    allowed = personal.capabilities["wechat_pay"].model_copy(update={"allowed": "yes"})
    changed = with_type(rules, P, capabilities={**personal.capabilities, "wechat_pay": allowed})
    needs = Needs(is_organisation=False, has_licence=False, wechat_pay=True)
    assert recommend(needs, changed).subject_type == P


def test_government_fee_is_free_and_required(rules) -> None:
    reasons = recommend(Needs(is_organisation=True, has_licence=False), rules).reasons
    fees = {r.params["type"]: r.params for r in reasons if r.code == "certification.fee"}
    assert fees["government"]["fee"] == "0"
    assert fees["government"]["required"] == "1"
    assert fees["media"]["fee"] == "300"


@pytest.mark.parametrize(
    ("answers", "route", "code"),
    [
        ({**ORG, **LICENCE}, None, None),
        (
            {**ORG, **LICENCE, "has_certified_official_account": True},
            Route.OFFICIAL_ACCOUNT,
            "route.suggested",
        ),
        (
            {**ORG, **NO_LICENCE, "has_certified_official_account": True},
            Route.OFFICIAL_ACCOUNT,
            "route.suggested",
        ),
        (
            {**PERSON, **LICENCE, "has_certified_official_account": True},
            Route.OFFICIAL_ACCOUNT,
            "route.suggested",
        ),
        (
            {**PERSON, **NO_LICENCE, "has_certified_official_account": True},
            None,
            "route.not_for_type",
        ),
        ({"has_certified_official_account": True}, None, None),
    ],
)
def test_certified_official_account_suggests_the_fast_route(rules, answers, route, code) -> None:
    recommendation = recommend(Needs(**answers), rules)
    assert recommendation.route == route
    route_codes = [c for c in codes(recommendation) if c.startswith("route.")]
    assert route_codes == ([code] if code else [])
    if code == "route.suggested":
        reason = recommendation.reasons[-1]
        fast = rules.registration.route(Route.OFFICIAL_ACCOUNT)
        assert reason.params["limit"] == str(fast.monthly_limit)
        assert reason.uncertain == fast.uncertain  # the route may have changed in 2023–24
        assert reason.notes == tuple(b.text for b in fast.benefits)


def test_route_conditions_follow_the_case(rules) -> None:
    fast = rules.registration.route(Route.OFFICIAL_ACCOUNT)

    def status(subject_type, certified) -> dict[str, str]:
        needs = Needs(has_certified_official_account=certified)
        return {c.note.id: c.status for c in route_conditions(fast, subject_type, needs)}

    assert status(None, False) == {
        "certified_account": "unmet",
        "account_type": "unknown",
        "monthly_limit": "info",
        "individual_business_decision": "info",
    }
    assert status(P, True)["account_type"] == "unmet"
    assert status(E, True)["account_type"] == "met"
    assert status(E, True)["certified_account"] == "met"
    site = rules.registration.route(Route.OFFICIAL_SITE)
    checks = route_conditions(site, P, Needs())
    assert {c.note.id: c.status for c in checks}["any_subject"] == "met"


def test_checkable_route_conditions_exist_in_the_pack(rules) -> None:
    """Renaming a condition in the data must not silently turn its tick into plain information."""
    ids = {c.id for r in rules.registration.routes for c in r.conditions}
    assert ids >= TYPE_CONDITIONS
    assert ids >= CERTIFIED_ACCOUNT_CONDITIONS


def with_type(rules: Rules, subject_type: SubjectType, **changes) -> Rules:
    types = [
        t.model_copy(update=changes) if t.id == subject_type else t for t in rules.subjects.types
    ]
    subjects = rules.subjects.model_copy(update={"types": types})
    return rules.model_copy(update={"subjects": subjects})
