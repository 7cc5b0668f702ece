"""Telegram's HTML rules, written again for the fake Bot API: the product's own checker must
never be the oracle that judges the product's messages.

Deliberately built differently from bot/telegram/html_check.py (a regular-expression
tokenizer, not html.parser), from Telegram's documentation of parse_mode HTML: only the listed
tags, properly nested, <a> with an href, and only &lt; &gt; &amp; &quot; and numeric entities.
"""

from __future__ import annotations

import html
import re

TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
        "tg-spoiler", "tg-emoji", "blockquote", "span"}
_TOKEN = re.compile(r"<(/?)([a-zA-Z][\w-]*)([^<>]*)>|<|&(#?\w+);|&")
_NAMED = {"lt", "gt", "amp", "quot"}


def telegram_rejects(text: str) -> str | None:
    """Telegram's error for ``text`` sent with parse_mode=HTML, or None if it would accept."""
    open_tags: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token == "<":
            return "Unsupported start tag or stray '<'"
        if token == "&":
            return "Unsupported entity: stray '&'"
        entity = match.group(4)
        if entity is not None:
            if not (entity in _NAMED or re.fullmatch(r"#(\d+|x[0-9a-fA-F]+)", entity)):
                return f"Unsupported entity \"&{entity};\""
            continue
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if name not in TAGS:
            return f"Unsupported start tag \"{name}\""
        if closing:
            if not open_tags or open_tags.pop() != name:
                return f"Can't find end tag corresponding to start tag \"{name}\""
            continue
        if name == "a" and not re.search(r"href\s*=\s*[\"'][^\"']+[\"']", attributes):
            return "Can't find end of the entity: <a> without href"
        if name == "span" and "tg-spoiler" not in attributes:
            return "Unsupported start tag \"span\" without class tg-spoiler"
        open_tags.append(name)
    if open_tags:
        return f"Can't find end tag corresponding to start tag \"{open_tags[-1]}\""
    return None


def visible_text(text: str) -> str:
    """What the reader sees: tags gone, entities decoded."""
    return html.unescape(re.sub(r"<[^<>]+>", "", text))
