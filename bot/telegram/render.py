"""Turn an engine :class:`Reply` into Telegram HTML and buttons.

Every piece of text from the knowledge base or the user is escaped; tags never span a line,
so long messages can be split at line boundaries without breaking markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit

from bot.engine import Reply
from bot.engine.engine import as_of_line
from bot.engine.texts import TEXTS
from bot.store.base import VOTE_REASONS
from bot.telegram.callbacks import Choose, Open, Switch, Vote

LABELS = {
    "id": {"switch": "🇬🇧 English", "share": "🔗 Bagikan", "topics": "📚 Topik",
           "helpful": "👍 Membantu", "unhelpful": "👎 Tidak membantu",
           "wrong_topic": "Salah topik", "out_of_date": "Sudah usang", "unclear": "Kurang jelas"},
    "en": {"switch": "🇮🇩 Bahasa Indonesia", "share": "🔗 Share", "topics": "📚 Topics",
           "helpful": "👍 Helpful", "unhelpful": "👎 Not helpful",
           "wrong_topic": "Wrong topic", "out_of_date": "Out of date", "unclear": "Unclear"},
}
SHORT_SOURCES = 2  # sources shown in group chats, where answers stay short


@dataclass(frozen=True, slots=True)
class Rendered:
    """One reply as Telegram messages: HTML chunks (each ≤ 4096) and the buttons for the last."""

    chunks: tuple[str, ...]
    keyboard: InlineKeyboardMarkup | None


def reply_state(reply: Reply) -> str:
    """What a message shows, packed for callback data so a button can redraw it."""
    if reply.country:
        return f"{'r' if reply.kind == 'role' else 'm'}:{reply.country}"
    if reply.entry and reply.kind in ("answer", "smalltalk"):
        return f"e:{reply.entry}"
    return "q"


def render(reply: Reply, *, bot_username: str | None = None, short: bool = False) -> Rendered:
    """HTML and buttons for ``reply``; ``short`` trims sources and follow-ups (groups)."""
    texts = TEXTS[reply.lang]
    lines: list[str] = []
    if reply.title and reply.kind in ("answer", "membership"):
        lines.append(f"<b>{html.escape(reply.title)}</b>")
    lines += [html.escape(line) for line in reply.answer.splitlines()]
    as_of = as_of_line(reply)
    if as_of:
        lines += ["", f"<i>{html.escape(as_of)}</i>"]
    sources = reply.sources[:SHORT_SOURCES] if short else reply.sources
    if sources:
        lines += ["", f"<b>{texts['sources']}:</b>"]
        for number, source in enumerate(sources, 1):
            lines.append(f"[{number}] <a href=\"{html.escape(source.url, quote=True)}\">"
                         f"{html.escape(source.title)}</a>")
    return Rendered(split_html("\n".join(lines)), _keyboard(reply, bot_username, short))


def _keyboard(reply: Reply, bot_username: str | None, short: bool) -> InlineKeyboardMarkup | None:
    lang = reply.lang
    other = "en" if lang == "id" else "id"
    rows: list[list[InlineKeyboardButton]] = []
    for link in reply.suggestions:
        rows.append([InlineKeyboardButton(_clip(link.text),
                                          callback_data=Choose(link.entry, lang).data)])
    for link in reply.related[: 2 if short else 3]:
        rows.append([InlineKeyboardButton(f"➡️ {_clip(link.text)}",
                                          callback_data=Open(link.entry, lang).data)])
    last = [InlineKeyboardButton(LABELS[lang]["switch"],
                                 callback_data=Switch(reply_state(reply), other).data)]
    if bot_username and reply.entry and reply.kind == "answer":
        last.append(InlineKeyboardButton(
            LABELS[lang]["share"], url=f"https://t.me/{bot_username}?start={reply.entry}"))
    rows.append(last)
    if reply.entry and reply.kind == "answer":
        rows.append(vote_row(reply.entry, lang))
    return InlineKeyboardMarkup(rows)


def vote_row(entry: str, lang: str) -> list[InlineKeyboardButton]:
    """👍 / 👎 under an answer."""
    return [InlineKeyboardButton(LABELS[lang]["helpful"],
                                 callback_data=Vote(entry, lang, helpful=True).data),
            InlineKeyboardButton(LABELS[lang]["unhelpful"],
                                 callback_data=Vote(entry, lang, helpful=False).data)]


def reason_row(entry: str, lang: str) -> list[InlineKeyboardButton]:
    """After 👎: why? (replacing the vote)."""
    return [InlineKeyboardButton(LABELS[lang][reason],
                                 callback_data=Vote(entry, lang, False, reason).data)
            for reason in VOTE_REASONS]


def with_row_replaced(markup: InlineKeyboardMarkup, prefix: str,
                      row: list[InlineKeyboardButton]) -> InlineKeyboardMarkup:
    """``markup`` with the row whose buttons' callback data start with ``prefix`` swapped."""
    return InlineKeyboardMarkup([
        row if any(str(b.callback_data or "").startswith(prefix) for b in old) else list(old)
        for old in markup.inline_keyboard])


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_html(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> tuple[str, ...]:
    """Split at paragraph, then line boundaries; a single over-long line is cut at a space."""
    if len(text) <= limit:
        return (text,)
    paragraphs: list[str] = []
    for paragraph in text.split("\n\n"):
        if len(paragraph) <= limit:
            paragraphs.append(paragraph)
            continue
        lines = [piece for line in paragraph.split("\n") for piece in _cut(line, limit)]
        paragraphs.extend(_pack(lines, "\n", limit))
    return tuple(_pack(paragraphs, "\n\n", limit))


def _pack(pieces: list[str], separator: str, limit: int) -> list[str]:
    """Join pieces into as few chunks as fit the limit, never splitting a piece."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}{separator}{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        current = piece
    if current:
        chunks.append(current)
    return chunks


def _cut(line: str, limit: int) -> list[str]:
    """Only plain text can be this long (tags stay on short lines): cut it at spaces."""
    pieces = []
    while len(line) > limit:
        cut = line.rfind(" ", 0, limit)
        cut = cut if cut > 0 else limit
        pieces.append(line[:cut])
        line = line[cut:].lstrip()
    return [*pieces, line]
