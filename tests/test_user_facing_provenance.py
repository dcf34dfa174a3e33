"""Nothing of the research behind the rules reaches users (reference §0.3).

Every text a user can see — the rules pack's texts as shown, the message catalogs, both
translations, sources as the app shows them, the calendar export and the rules dialog's summary —
is scanned for research provenance: GitHub/SDK links, note-taking clips, seed file names, agency
pages, 「种子资料」, API field names such as ``customer_type``, and research phrasing 「资料说…」.
The full provenance stays in the pack for maintainers (uncertainty notes, contradictions, the
pack's source list), and the rules dialog shows it only behind 「Details for maintainers」.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from mpreg_desktop.calendar_export import timeline_to_ics
from mpreg_desktop.domain.case import SHANGHAI
from mpreg_desktop.domain.flow.timeline import build_timeline
from mpreg_desktop.domain.rules.model import PackInfo, Rules, Text, load_rules
from mpreg_desktop.domain.rules.provenance import (
    UNCONFIRMED,
    cited_sources,
    is_official_url,
    shown_sources,
)
from mpreg_desktop.domain.workdays import WorkdayCalendar
from mpreg_desktop.storage.cases.casefile import read_case

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"github",
        r"unpkg",
        r"\bSDK\b",
        r"\d{3}_[0-9a-f]{16}\.txt",
        r"种子资料",
        r"印象笔记",
        r"evernote",
        r"\bseeds?\b",
        r"customer_type",
        r"verify_type",
        r"资料说",
        r"(?<![一-龥])有资料",
        r"一篇文章",
        r"另有说法",
        r"\bone article\b",
        r"\banother report\b",
        r"错误码\s*\d",  # API error codes mean nothing to someone using the web console
        r"\berror \d{5}\b",
        r"API error codes",
        r"（推断）",  # uncertainty is said once, plainly, not as a research label
        r"\(inference\)",
        r"website-filing rules",
    )
]
URL = re.compile(r"https?://[^\s<>\"'）)]+")

# Maintainer-only parts of the pack: why a rule is unconfirmed, where sources disagree, and the
# research source list itself (shown only under 帮助 → 规则版本与来源 → Details for maintainers).
MAINTAINER_FIELDS = {"uncertainty", "contradictions", "source", "sources", "api_customer_type"}


def offences(text: str) -> list[str]:
    found = [m.group(0) for p in FORBIDDEN for m in p.finditer(text)]
    found += [u for u in URL.findall(text) if not is_official_url(u)]
    return found


def shown_texts(obj: Any, path: str = "rules") -> Iterator[tuple[str, str]]:
    """Every user-visible text of the rules pack, with where it is."""
    if isinstance(obj, Text):
        yield path, obj.zh
        yield path, obj.en
    elif isinstance(obj, PackInfo):
        yield path + ".description", obj.description.zh
        yield path + ".description", obj.description.en
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            if name not in MAINTAINER_FIELDS:
                yield from shown_texts(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from shown_texts(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from shown_texts(item, f"{path}.{key}")


def strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for item in obj:
            yield from strings(item)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from strings(item)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_the_scanner_catches_what_it_must() -> None:
    assert offences("见 https://github.com/zhoushi1/WxJava/blob/x.java")
    assert offences("种子资料自相矛盾") and offences("customer_type 15") and offences("资料说")
    assert offences("一篇文章说须包含符号，另有说法为") and offences("One article says it must")
    assert offences("来源：001_4ea2a61ab241226e.txt") and offences("http://muyuzhen.com/post/1")
    assert not offences("见 https://developers.weixin.qq.com/doc/oplatform/x 与 https://kf.qq.com/")
    assert offences("https://developers.weixin.qq.com/community/develop/doc/0004")


def test_rules_texts_shown_to_users(rules: Rules) -> None:
    bad = [(path, text) for path, text in shown_texts(rules) if offences(text)]
    assert not bad, "\n".join(f"{p}: {t}" for p, t in bad)


@pytest.mark.parametrize("name", ["problems.json", "printing.json", "timeline.json"])
def test_message_catalogs(name: str) -> None:
    data = json.loads((ROOT / "resources" / "messages" / name).read_text(encoding="utf-8"))
    bad = [s for s in strings(data) if offences(s)]
    assert not bad, bad


@pytest.mark.parametrize("name", ["mpreg_zh_CN.ts", "mpreg_en.ts"])
def test_translations(name: str) -> None:
    tree = ET.parse(ROOT / "resources" / "i18n" / name)
    texts = [e.text or "" for e in tree.iter() if e.tag in ("source", "translation")]
    bad = [t for t in texts if offences(t)]
    assert not bad, bad


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_cited_source_as_shown(rules: Rules, language: str) -> None:
    for source in cited_sources(rules):
        for shown in shown_sources([source], rules, language):
            assert not offences(shown.title), (source, shown)
            if shown.url:
                assert is_official_url(shown.url) and shown.title != shown.url


def test_sources_collapse_to_official_titles_and_one_label(rules: Rules) -> None:
    cited = [
        "https://github.com/zhoushi1/WxJava/blob/HEAD/x.java",
        "003_809e03966b77f56d.txt",
        "https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling",
        "https://blog.zhouyajun.cn/2018/07/11/x",
    ]
    shown = shown_sources(cited, rules, "zh_CN")
    assert [s.title for s in shown] == ["申请小程序备案（开放平台文档）", "行业资料（非官方）"]
    assert shown[0].url == cited[2] and shown[1].url is None


def test_official_pages_of_the_pack_are_official(rules: Rules) -> None:
    for url in rules.pack.official_pages:
        assert is_official_url(url), url
    for name, info in rules.pack.sources.items():
        if info.kind == "official":
            assert info.url and is_official_url(info.url), name
            assert not offences(info.label.zh + info.label.en), name


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_calendar_export(language: str) -> None:
    case = read_case(ROOT / "docs" / "samples" / "sample-enterprise.mpreg")
    now = datetime(2026, 11, 27, 10, tzinfo=SHANGHAI)
    items = build_timeline(case, load_rules(), WorkdayCalendar(), now)
    assert any(i.source for i in items)
    ics = timeline_to_ics(case, items, language, now).decode("utf-8")
    unfolded = ics.replace("\r\n ", "")
    assert not offences(unfolded), offences(unfolded)
    if any(i.uncertain for i in items if i.kind != "event"):
        assert UNCONFIRMED.get(language).rstrip("。.")[:10] in unfolded


def test_rules_dialog_summary_and_details(qapp, rules: Rules) -> None:
    from mpreg_desktop.paths import app_paths
    from mpreg_desktop.ui.app.context import AppContext
    from mpreg_desktop.ui.dialogs.app_dialogs import RulesDialog

    dialog = RulesDialog(AppContext(app_paths()))
    links = re.findall(r'href="([^"]+)"', dialog.browser.toHtml())
    assert links and all(is_official_url(link) for link in links)  # official pages, by title
    assert not offences(dialog.browser.toPlainText())
    dialog.details.click()  # maintainers still find the full provenance
    assert "001_4ea2a61ab241226e.txt" in dialog.browser.toPlainText()
    assert rules.subjects.contradictions[0].text.en[:30] in dialog.browser.toPlainText()


@pytest.mark.parametrize("name", ["guide_zh_CN.html", "guide_en.html"])
def test_user_guide(name: str) -> None:
    text = (ROOT / "resources" / "guide" / name).read_text(encoding="utf-8")
    assert not offences(text), offences(text)
