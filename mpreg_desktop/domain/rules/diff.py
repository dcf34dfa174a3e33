"""What a newer rules pack changes: entries added, removed and changed, in words.

Entries are the items of the pack's lists that have an id (subject types, categories, checklist
entries, filing stages…); a change to anything else (a limit such as ``max_categories``) is reported
on its part. The import dialog and ``mpreg-desktop rules --diff FILE`` show the same summary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from mpreg_desktop.domain.rules.model import PACK_FILES, Rules

_KEYS = ("id", "prefix", "word")

# What an entry is, by the list holding it (part.list), in both languages.
KINDS = {
    "subjects.types": ("主体类型", "subject type"),
    "registration.routes": ("注册方式", "registration route"),
    "registration.steps": ("注册步骤", "registration step"),
    "verification.methods": ("验证方式", "verification method"),
    "categories.categories": ("服务类目", "category"),
    "categories.industries": ("行业", "industry"),
    "checklist.entries": ("清单项", "checklist entry"),
    "filing.types": ("备案类型", "filing type"),
    "filing.fields": ("备案字段", "filing field"),
    "filing.stages": ("备案阶段", "filing stage"),
    "filing.pre_approval_types": ("前置审批类型", "pre-approval type"),
    "filing.service_content_types": ("服务内容类型", "service content type"),
    "identifiers.uscc_categories": ("统一社会信用代码类别", "USCC category"),
    "naming.forbidden_keywords": ("禁用词", "forbidden word"),
    "naming.absolute_words": ("绝对化用语", "absolute word"),
    # changes to a part's own values
    "pack": ("规则包信息", "pack information"),
    "subjects": ("主体规则", "subject rules"),
    "registration": ("注册规则", "registration rules"),
    "verification": ("验证与认证规则", "verification and certification rules"),
    "naming": ("命名规则", "naming rules"),
    "categories": ("类目规则", "category rules"),
    "checklist": ("清单", "checklist"),
    "filing": ("备案规则", "filing rules"),
    "identifiers": ("证照号码规则", "identifier rules"),
}


@dataclass(frozen=True)
class Change:
    kind: Literal["added", "removed", "changed"]
    where: str  # the list holding the entry ("categories.categories") or the part ("naming")
    key: str  # the entry's id; "" for a change to the part itself
    label: dict[str, str]  # the entry's label in zh and en, when it has one
    fields: tuple[tuple[str, Any, Any], ...] = ()  # (field, old, new) of a changed entry


@dataclass(frozen=True)
class PackDiff:
    old_edition: str
    new_edition: str
    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


def _key(item: Any) -> str | None:
    if isinstance(item, dict):
        for name in _KEYS:
            if isinstance(item.get(name), str):
                return item[name]
    return None


def _is_text(value: Any) -> bool:
    return isinstance(value, dict) and set(value) >= {"zh", "en"}


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if _is_text(value):
        return str(value[lang])
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _label(item: dict[str, Any]) -> dict[str, str]:
    label = item.get("label") or item.get("reason")
    return {"zh": label["zh"], "en": label["en"]} if isinstance(label, dict) else {}


def _fields(old: Any, new: Any, at: str, out: list[tuple[str, Any, Any]]) -> None:
    """Changed leaves between two values of one entry (a text counts as one leaf)."""
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict) and not (_is_text(old) and _is_text(new)):
        for name in sorted(set(old) | set(new)):
            _fields(old.get(name), new.get(name), f"{at}.{name}" if at else name, out)
        return
    if _is_keyed(old) and _is_keyed(new):
        before = {_key(item): item for item in old}
        after = {_key(item): item for item in new}
        for key in [*before, *(k for k in after if k not in before)]:
            _fields(before.get(key), after.get(key), f"{at}[{key}]", out)
        return
    out.append((at, old, new))


def _is_keyed(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_key(v) is not None for v in value)


def _compare(old: Any, new: Any, where: str, out: list[Change]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        loose: list[tuple[str, Any, Any]] = []
        for name in sorted(set(old) | set(new), key=lambda n: (n not in old, n)):
            a, b = old.get(name), new.get(name)
            if (_is_keyed(a) or a is None) and (_is_keyed(b) or b is None) and (a or b):
                _entries(a or [], b or [], f"{where}.{name}", out)
            else:
                _fields(a, b, name, loose)
        loose = [f for f in loose if f[0] != "edition"]  # the summary's title says it
        if loose:
            out.append(Change("changed", where, "", {}, tuple(loose)))


def _entries(old: list[Any], new: list[Any], where: str, out: list[Change]) -> None:
    before = {_key(item): item for item in old}
    after = {_key(item): item for item in new}
    for key, item in before.items():
        if key not in after:
            out.append(Change("removed", where, key, _label(item)))
    for key, item in after.items():
        if key not in before:
            out.append(Change("added", where, key, _label(item)))
        elif item != before[key]:
            changed: list[tuple[str, Any, Any]] = []
            _fields(before[key], item, "", changed)
            out.append(Change("changed", where, key, _label(item), tuple(changed)))


def diff_packs(old: Rules, new: Rules) -> PackDiff:
    """The entries ``new`` adds, removes and changes compared with ``old``."""
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
    changes: list[Change] = []
    for name in PACK_FILES:
        _compare(a[name], b[name], name, changes)
    return PackDiff(old.edition.isoformat(), new.edition.isoformat(), changes)


_WORDS = {
    "zh": {
        "title": "规则包 {old} 版 → {new} 版",
        "counts": "新增 {added} 项，删除 {removed} 项，修改 {changed} 项",
        "none": "与现用规则包相比没有变化。",
        "added": "新增",
        "removed": "删除",
        "changed": "修改",
    },
    "en": {
        "title": "Rules pack edition {old} → {new}",
        "counts": "{added} added, {removed} removed, {changed} changed",
        "none": "No change from the rules pack in use.",
        "added": "added",
        "removed": "removed",
        "changed": "changed",
    },
}
_CONTEXT = 12  # characters shown around the part of a long text that changed
_SHORT = 40


def _excerpts(old: str, new: str) -> tuple[str, str]:
    """The changed part of two long texts with a little context, e.g. "…（300元/年）…"."""
    if len(old) <= _SHORT and len(new) <= _SHORT:
        return old, new
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    begin = max(0, start - _CONTEXT)

    def cut(text: str) -> str:
        stop = min(len(text), len(text) - end + _CONTEXT)
        return ("…" if begin else "") + text[begin:stop] + ("…" if stop < len(text) else "")

    return cut(old), cut(new)


def summary_lines(diff: PackDiff, language: str) -> list[str]:
    """The diff as lines of text: a title, the counts, then one line per change."""
    lang = "zh" if language.startswith("zh") else "en"
    words = _WORDS[lang]
    counts = {k: diff.count(k) for k in ("added", "removed", "changed")}
    lines = [words["title"].format(old=diff.old_edition, new=diff.new_edition)]
    lines.append(words["counts"].format(**counts) if diff.changes else words["none"])
    for change in diff.changes:
        kind = KINDS.get(change.where, (change.where, change.where))[0 if lang == "zh" else 1]
        name = change.key
        if change.label:
            name += f"「{change.label[lang]}」" if lang == "zh" else f" ({change.label[lang]})"
        head = f"• {words[change.kind]} {kind} {name}".rstrip()
        if change.kind != "changed":
            lines.append(head)
            continue
        details = []
        for name, old, new in change.fields:
            before, after = _excerpts(_shown(old, lang), _shown(new, lang))
            details.append(f"{name}: {before} → {after}")
        lines.append(head + (": " if lang == "en" else "：") + "; ".join(details[:4]))
        if len(details) > 4:
            lines.append(f"  … +{len(details) - 4}")
    return lines
