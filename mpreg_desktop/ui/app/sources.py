"""Showing where a rule comes from: official pages linked by title, anything else one plain label.

What may be shown is decided in :mod:`mpreg_desktop.domain.rules.provenance` (reference §0.3).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.rules.provenance import UNCONFIRMED, shown_sources
from mpreg_desktop.ui.app import i18n


def _separator() -> str:
    return "；" if i18n.current_language().startswith("zh") else "; "


def sources_html(sources: Iterable[str], rules: Rules) -> str:
    parts = []
    for source in shown_sources(sources, rules, i18n.current_language()):
        title = html.escape(source.title)
        parts.append(f'<a href="{html.escape(source.url)}">{title}</a>' if source.url else title)
    return _separator().join(parts)


def sources_text(sources: Iterable[str], rules: Rules) -> str:
    """The same as plain text (tooltips of table cells cannot hold links)."""
    shown = shown_sources(sources, rules, i18n.current_language())
    return _separator().join(s.title for s in shown)


def unconfirmed_sentence() -> str:
    """The one plain sentence an unconfirmed rule gets, instead of the research notes behind it."""
    return i18n.text(UNCONFIRMED)
