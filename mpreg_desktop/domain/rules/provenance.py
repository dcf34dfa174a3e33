"""What users see of where a rule comes from (reference §0.3).

The rules pack keeps every source for maintainers: seed file names, public addresses, SDK files
on GitHub, agency blogs. Users see only two things: official pages, linked by their title (never
the raw address), and, for everything else, one plain label 「行业资料（非官方）」. An unconfirmed
rule is said once, in one sentence (:data:`UNCONFIRMED`), never with the research notes behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import BaseModel

from mpreg_desktop.domain.rules.model import Rules, Sourced, Text

# Texts of the code, built without validation (Text.model_construct): importing this module, which
# the first window does, then builds no validator (~3 ms at start-up).
SECONDARY = Text.model_construct(zh="行业资料（非官方）", en="Industry material (not official)")
UNCONFIRMED = Text.model_construct(
    zh="该规则未经官方确认，仅供参考。",
    en="This rule is not officially confirmed; use it as a guide only.",
)

# Official sites by host and path prefix, with the title of the site for pages the pack does not
# name. Most specific prefix first. Developer community threads are not official documentation.
_OFFICIAL_SITES: tuple[tuple[str, str, Text | None], ...] = (
    ("developers.weixin.qq.com", "/community/", None),
    (
        "developers.weixin.qq.com",
        "/doc/oplatform/",
        Text.model_construct(zh="微信开放平台文档", en="WeChat Open Platform documentation"),
    ),
    (
        "developers.weixin.qq.com",
        "/miniprogram/",
        Text.model_construct(zh="微信小程序官方文档", en="WeChat Mini Program documentation"),
    ),
    (
        "developers.weixin.qq.com",
        "/minigame/",
        Text.model_construct(zh="微信小游戏官方文档", en="WeChat Mini Game documentation"),
    ),
    (
        "developers.weixin.qq.com",
        "/",
        Text.model_construct(zh="微信官方文档", en="WeChat documentation"),
    ),
    ("kf.qq.com", "/", Text.model_construct(zh="微信客服中心", en="WeChat help centre")),
    (
        "pay.weixin.qq.com",
        "/",
        Text.model_construct(zh="微信支付官方文档", en="WeChat Pay documentation"),
    ),
    (
        "mp.weixin.qq.com",
        "/",
        Text.model_construct(zh="微信公众平台", en="WeChat Official Accounts Platform"),
    ),
    (
        "beian.miit.gov.cn",
        "/",
        Text.model_construct(zh="工信部备案管理系统", en="MIIT ICP filing system"),
    ),
    (
        "www.miit.gov.cn",
        "/",
        Text.model_construct(zh="工业和信息化部", en="Ministry of Industry and IT"),
    ),
    (
        "flk.npc.gov.cn",
        "/",
        Text.model_construct(zh="国家法律法规数据库", en="National laws database"),
    ),
)


@dataclass(frozen=True)
class ShownSource:
    """One source as users see it: an official page (title and address) or the plain label."""

    title: str
    url: str | None = None  # None: not official, shown as a plain label, never as a link


def _site_title(url: str) -> Text | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    for host, prefix, title in _OFFICIAL_SITES:
        if parts.hostname == host and parts.path.startswith(prefix):
            return title
    return None


def is_official_url(url: str) -> bool:
    return _site_title(url) is not None


def shown_source(source: str, rules: Rules, language: str) -> ShownSource:
    info = rules.pack.sources.get(source)
    if info is not None:
        if info.kind == "official" and info.label is not None and info.url:
            return ShownSource(info.label.get(language), info.url)
        return ShownSource(SECONDARY.get(language))
    site = _site_title(source)
    if site is None:
        return ShownSource(SECONDARY.get(language))
    page = rules.pack.official_pages.get(source)
    return ShownSource((page or site).get(language), source)


def cited_sources(rules: Rules) -> set[str]:
    """Every source any rule of the pack cites."""
    found: set[str] = set()
    stack: list[object] = [rules]
    while stack:
        obj = stack.pop()
        if isinstance(obj, Sourced):
            found.update(obj.source)
        if isinstance(obj, BaseModel):
            stack.extend(getattr(obj, name) for name in type(obj).model_fields)
        elif isinstance(obj, list | tuple):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.values())
    return found


def shown_sources(sources: Iterable[str], rules: Rules, language: str) -> list[ShownSource]:
    """Official pages first, each once, then the plain label once if anything else was cited."""
    shown = [shown_source(s, rules, language) for s in sources]
    official = list(dict.fromkeys(s for s in shown if s.url))
    secondary = [s for s in shown if not s.url][:1]
    return official + secondary
