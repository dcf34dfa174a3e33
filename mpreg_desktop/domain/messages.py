"""Words for problem codes and field paths, in Chinese and English, without Qt.

The catalog is ``resources/messages/problems.json``: ``problems`` maps a code to a template per
language, ``fields`` a field path to its name, ``needs`` the guiding questions' capabilities.
Templates use ``{param}``; ids in parameters (subject types, methods, categories, industries…) are
shown by their labels from the rules pack. An unknown code never shows nothing: it falls back to
the code and its parameters.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from mpreg_desktop.domain.rules.model import Rules

if TYPE_CHECKING:
    from mpreg_desktop.domain.checks.case_checks import Problem


@cache
def catalog() -> dict[str, Any]:
    from mpreg_desktop.resources import resource_path

    return json.loads(resource_path("messages", "problems.json").read_text(encoding="utf-8"))


def _lang_key(language: str) -> str:
    return "zh" if language.startswith("zh") else "en"


def field_label(path: str, language: str) -> str:
    """The name of a field as the user sees it; the most specific known prefix wins."""
    if path.startswith("materials."):
        from mpreg_desktop.domain.rules.model import load_rules

        entry = load_rules().checklist.entry(path.split(".")[1])
        if entry is not None:
            return entry.label.zh if _lang_key(language) == "zh" else entry.label.en
    fields = catalog()["fields"]
    parts = path.split(".")
    for end in range(len(parts), 0, -1):
        entry = fields.get(".".join(parts[:end]))
        if entry:
            return entry[_lang_key(language)]
    return path


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _label_of(key: str, value: str, rules: Rules, lang: str) -> str:
    def pick(text: Any) -> str:
        return text.zh if lang == "zh" else text.en

    if key in ("type", "expected"):
        labels = []
        for one in value.split(","):
            rule = rules.subjects.find(one)
            labels.append(pick(rule.label) if rule else one)
        return "、".join(labels) if lang == "zh" else ", ".join(labels)
    if key == "method":
        rule = rules.verification.find_method(value)
        return pick(rule.label) if rule else value
    if key == "route":
        rule = rules.registration.find_route(value)
        return pick(rule.label) if rule else value
    if key == "category":
        category = rules.categories.category(value)
        return pick(category.label) if category else value
    if key == "industries":
        names = []
        for one in value.split(","):
            industry = rules.categories.industry(one)
            names.append(pick(industry.label) if industry else one)
        return "、".join(names) if lang == "zh" else ", ".join(names)
    if key in ("service_type", "group"):
        known = rules.filing.service_content_type(value)
        retired = None if known else rules.filing.retired_service_content_type(value)
        found = known or retired
        return pick(found.label) if found else value
    if key == "need":
        entry = catalog()["needs"].get(value)
        return entry[lang] if entry else value
    if key == "field":
        return field_label(value, lang)
    return value


def problem_text(problem: Problem, rules: Rules, language: str) -> str:
    lang = _lang_key(language)
    entry = catalog()["problems"].get(problem.code)
    params = _Params()
    for key, value in problem.params.items():
        if ":" in key:
            name, param_lang = key.split(":", 1)
            if param_lang == lang:
                params[name] = value
        else:
            params[key] = _label_of(key, value, rules, lang)
    if entry is None:
        details = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{problem.code} ({details})" if details else problem.code
    text = entry[lang].format_map(params)
    if problem.uncertain:
        text += (
            "（此规则未经官方确认）" if lang == "zh" else " (this rule is not officially confirmed)"
        )
    return text


def _event_words(kind: str, params: dict[str, str], note: str, language: str) -> str:
    lang = _lang_key(language)
    entry = catalog()["events"].get(kind)
    shown = _Params({key: _event_param(key, value, lang) for key, value in params.items()})
    text = entry[lang].format_map(shown) if entry else kind
    return f"{text}: {note}" if note else text


def _event_param(key: str, value: str, lang: str) -> str:
    """Ids in an event's parameters (a method, a filing stage) shown by their labels."""
    if key not in ("method", "stage", "route", "type", "from", "to", "form"):
        return value
    from mpreg_desktop.domain.rules.model import load_rules

    rules = load_rules()
    if key == "form":
        form = rules.forms.find(value)
        return (form.label.zh if lang == "zh" else form.label.en) if form else value
    if key in ("from", "to"):  # service content types, e.g. of a migration to the official list
        names = [_label_of("service_type", one, rules, lang) for one in value.split(",")]
        return "、".join(names) if lang == "zh" else ", ".join(names)
    if key == "stage":
        stage = rules.filing.find_stage(value)
        return (stage.label.zh if lang == "zh" else stage.label.en) if stage else value
    return _label_of(key, value, rules, lang)


def event_text(event: Any, language: str) -> str:
    """A history entry in words: its kind's template, its parameters, and the user's note."""
    return _event_words(event.kind, event.params, event.note, language)


@cache
def timeline_catalog() -> dict[str, Any]:
    from mpreg_desktop.resources import resource_path

    return json.loads(resource_path("messages", "timeline.json").read_text(encoding="utf-8"))


def timeline_word(key: str, language: str, **params: object) -> str:
    entry = timeline_catalog()["words"][key]
    return entry[_lang_key(language)].format_map(_Params(params))


def timeline_text(item: Any, language: str) -> str:
    """A timeline entry in words: an event's history text, or a milestone's description."""
    if item.kind == "event":
        return _event_words(item.code, item.params, item.note, language)
    lang = _lang_key(language)
    entry = timeline_catalog()["items"].get(item.code)
    params = _Params()
    for key, value in item.params.items():  # "text:zh" is the Chinese of "text" (rules words)
        name, _, only = key.partition(":")
        if not only or only == lang:
            params[name] = value
    return entry[lang].format_map(params) if entry else item.code


def counting_text(unit: str | None, language: str) -> str:
    """How a span in days is counted (the start day itself never counts), or "" for hours."""
    if unit in ("workdays", "calendar_days"):
        return timeline_word(f"counted_{unit}", language)
    return ""


def due_text(item: Any, now: Any, language: str) -> str:
    """The countdown to a timeline item. Past an authority's usual time (a milestone), nothing
    is overdue on the user's side: it reads 超出预计 …, as the timeline dock says, not 已逾期."""
    seconds = (item.due - now).total_seconds()
    return countdown_text(seconds, language, expected=item.kind == "milestone")


def countdown_text(seconds: float, language: str, expected: bool = False) -> str:
    """ "剩余 17 小时 42 分" under a day, "剩余 3 天" beyond; "已逾期 …" when negative
    (``expected``: "超出预计 …", for an expected result rather than a duty)."""
    late = seconds < 0
    seconds = abs(int(seconds))
    if seconds >= 86_400:
        days = seconds // 86_400
        span = timeline_word("one_day" if days == 1 else "days", language, n=days)
    else:
        span = timeline_word("hours_minutes", language, h=seconds // 3600, m=seconds % 3600 // 60)
    if late:
        return timeline_word("late_expected" if expected else "late", language, time=span)
    return timeline_word("remaining", language, time=span)
