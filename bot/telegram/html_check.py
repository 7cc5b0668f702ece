"""Telegram's rules for HTML messages, so the linter can reject an answer before Telegram does."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "tg-spoiler", "blockquote", "span"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f"Unsupported start tag \"{tag}\""
        if tag == "a" and not dict(attrs).get("href"):
            self.error = "Can't find end of the entity: a without href"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.error = f"Can't find end tag corresponding to start tag \"{tag}\""

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self.error = f"Unsupported entity \"&{name};\""


def html_problem(text: str) -> str | None:
    """None if Telegram would accept ``text`` with parse_mode=HTML, else what it would say."""
    if re.search(r"<(?![a-zA-Z/])", text):
        return "Unexpected end tag or stray '<'"
    parser = _Parser()
    parser.feed(text)
    parser.close()
    if parser.error:
        return parser.error
    if parser.stack:
        return f"Can't find end tag corresponding to start tag \"{parser.stack[-1]}\""
    return None


def visible_length(text: str) -> int:
    """Length as Telegram counts it: after the markup is parsed."""
    return len(unescape(re.sub(r"<[^>]+>", "", text)))
