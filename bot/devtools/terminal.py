"""Telegram HTML shown in a terminal: tags dropped, quotes indented, entities unescaped."""

from __future__ import annotations

import html
import re


def to_terminal(text: str) -> str:
    text = re.sub(
        r"<blockquote[^>]*>(.*?)</blockquote>",
        lambda m: "\n".join("  │ " + line for line in m.group(1).split("\n")),
        text,
        flags=re.S,
    )
    return html.unescape(re.sub(r"<[^>]+>", "", text))
