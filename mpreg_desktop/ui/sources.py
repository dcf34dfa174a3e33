"""Showing where a rule comes from: seed pages by title, public sources as links."""

from __future__ import annotations

import html
from collections.abc import Iterable

from mpreg_desktop.domain.rules import Rules


def sources_html(sources: Iterable[str], rules: Rules) -> str:
    parts = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            text = html.escape(source)
            parts.append(f'<a href="{text}">{text}</a>')
        elif source in rules.pack.sources:
            info = rules.pack.sources[source]
            title = html.escape(info.title)
            parts.append(f'<a href="{html.escape(info.url)}">{title}</a>' if info.url else title)
        else:
            parts.append(html.escape(source))
    return "; ".join(parts)
