"""Turn an engine :class:`Reply` into Telegram HTML and buttons, folded for a phone.

A phone first shows the direct answer (the title, two or three lines, the "as of" date) and
two sources by site; "More" and "All sources" open the rest in place. Nothing is dropped, only
folded: every view of a reply is rendered from the same Reply.

Every piece of text from the knowledge base or the user is escaped; tags never span a line,
so long messages can be split at line boundaries without breaking markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, SwitchInlineQueryChosenChat
from telegram.constants import MessageLimit

from bot.engine import Reply
from bot.engine.engine import as_of_line, format_date
from bot.engine.texts import TEXTS
from bot.store.base import VOTE_REASONS
from bot.telegram.callbacks import Choose, Fold, Open, Switch, Thanks, Vote

LABELS = {
    "id": {"switch": "🇬🇧 English", "share": "🔗 Bagikan", "topics": "📚 Topik",
           "helpful": "👍 Membantu", "unhelpful": "👎 Tidak membantu", "thanks": "✓ Terima kasih",
           "wrong_topic": "Salah topik", "out_of_date": "Sudah usang", "unclear": "Kurang jelas",
           "more": "📖 Selengkapnya", "less": "🔼 Ringkas", "all_sources": "📚 Sumber lengkap",
           "few_sources": "🔼 Sumber ringkas", "back": "⬅️ Kembali", "as_of": "Data per {date}",
           "open_bot": "💬 Buka di bot", "also": "➕"},
    "en": {"switch": "🇮🇩 Bahasa Indonesia", "share": "🔗 Share", "topics": "📚 Topics",
           "helpful": "👍 Helpful", "unhelpful": "👎 Not helpful", "thanks": "✓ Thanks",
           "wrong_topic": "Wrong topic", "out_of_date": "Out of date", "unclear": "Unclear",
           "more": "📖 More", "less": "🔼 Less", "all_sources": "📚 All sources",
           "few_sources": "🔼 Fewer sources", "back": "⬅️ Back", "as_of": "As of {date}",
           "open_bot": "💬 Open in the bot", "also": "➕"},
}
SHOWN_SOURCES = 2  # sources shown before "All sources" is pressed
SHORT_RELATED = 2  # related questions offered in group chats (3 in private)


@dataclass(frozen=True, slots=True)
class View:
    """How much of an answer a message shows: the folded details, every source."""

    details: bool = False
    sources: bool = False


FOLDED = View()


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


def answer_id(reply: Reply) -> str | None:
    """The id that opens this answer again (Engine.knows), if it has one."""
    if reply.country:
        return f"{'role' if reply.kind == 'role' else 'membership'}:{reply.country}"
    if reply.entry and reply.kind in ("answer", "smalltalk"):
        return reply.entry
    return None


def deep_link(bot_username: str, ident: str | None) -> str:
    """t.me/<bot>?start=<answer>: start parameters allow only A-Z a-z 0-9 _ -, so the ":" of
    ``membership:TR`` travels as "-" (bot/telegram/questions.py reads it back)."""
    return f"https://t.me/{bot_username}" + (f"?start={ident.replace(':', '-')}" if ident else "")


def render(reply: Reply, *, bot_username: str | None = None, short: bool = False,
           view: View = FOLDED, back: InlineKeyboardButton | None = None) -> Rendered:
    """HTML and buttons for ``reply``: folded to the direct answer and two sources unless
    ``view`` opens the details or every source; ``short`` offers fewer follow-ups (groups);
    ``back`` adds a ⬅️ row (menus)."""
    texts = TEXTS[reply.lang]
    labels = LABELS[reply.lang]
    lines: list[str] = []
    if reply.heading:
        lines.append(f"<b>{html.escape(reply.heading)}</b>")
    lead, rest = reply.parts()
    if view.details:
        lines += [html.escape(line) for line in reply.answer.splitlines()]
        as_of = as_of_line(reply)
        if as_of:
            lines += ["", f"<i>{html.escape(as_of)}</i>"]
    else:
        lines += [html.escape(line) for line in lead.splitlines()]
        if rest:
            lines[-1] += " …"
        as_of = as_of_line(reply)
        if as_of and rest:  # the date shows; when it was checked comes with the details
            date = format_date(reply.as_of, reply.lang) if reply.as_of else ""
            as_of = labels["as_of"].format(date=date)
        if as_of:
            lines.append(f"<i>{html.escape(as_of)}</i>")
    if reply.sources and view.sources:
        lines += ["", f"<b>{texts['sources']}:</b>"]
        for number, source in enumerate(reply.sources, 1):
            lines.append(f"[{number}] <a href=\"{html.escape(source.url, quote=True)}\">"
                         f"{html.escape(source.title)}</a>")
    elif reply.sources:
        shown = [f"[{number}] <a href=\"{html.escape(source.url, quote=True)}\">"
                 f"{html.escape(_site(source.title))}</a>"
                 for number, source in enumerate(reply.sources[:SHOWN_SOURCES], 1)]
        more = len(reply.sources) - SHOWN_SOURCES
        lines += ["", f"<b>{texts['sources']}:</b> " + " · ".join(shown)
                  + (f" (+{more})" if more > 0 else "")]
    keyboard = _keyboard(reply, bot_username, short, view, folds=bool(rest), back=back)
    return Rendered(split_html("\n".join(lines)), keyboard)


def _site(title: str) -> str:
    """The site a source is on: its title up to " — " ("OIC — About the OIC" → "OIC")."""
    return title.split(" — ", 1)[0].strip() or title


def _keyboard(reply: Reply, bot_username: str | None, short: bool, view: View, *,
              folds: bool, back: InlineKeyboardButton | None) -> InlineKeyboardMarkup | None:
    lang = reply.lang
    labels = LABELS[lang]
    other = "en" if lang == "id" else "id"
    state = reply_state(reply)
    rows: list[list[InlineKeyboardButton]] = []
    fold_row = []
    if folds or view.details:
        fold_row.append(InlineKeyboardButton(
            labels["less" if view.details else "more"],
            callback_data=Fold(state, lang, not view.details, view.sources).data))
    if len(reply.sources) > SHOWN_SOURCES:
        label = (labels["few_sources"] if view.sources
                 else f"{labels['all_sources']} ({len(reply.sources)})")
        fold_row.append(InlineKeyboardButton(
            label, callback_data=Fold(state, lang, view.details, not view.sources).data))
    if fold_row:
        rows.append(fold_row)
    for link in reply.suggestions:
        rows.append([InlineKeyboardButton(_clip(link.text),
                                          callback_data=Choose(link.entry, lang).data)])
    for also in reply.also:
        ident = answer_id(also)
        if ident and also.title:
            rows.append([InlineKeyboardButton(f"{labels['also']} {_clip(also.title)}",
                                              callback_data=Open(ident, lang).data)])
    for link in reply.related[: SHORT_RELATED if short else 3]:
        rows.append([InlineKeyboardButton(f"➡️ {_clip(link.text)}",
                                          callback_data=Open(link.entry, lang).data)])
    last = [InlineKeyboardButton(labels["switch"],
                                 callback_data=Switch(state, other).data)]
    if reply.title and reply.kind in ("answer", "membership", "role"):
        last.append(InlineKeyboardButton(labels["share"], switch_inline_query_chosen_chat=(
            SwitchInlineQueryChosenChat(query=reply.title, allow_user_chats=True,
                                        allow_group_chats=True))))
    rows.append(last)
    if reply.entry and reply.kind == "answer":
        rows.append(vote_row(reply.entry, lang))
    if back is not None:
        rows.append([back])
    return InlineKeyboardMarkup(rows)


def vote_row(entry: str, lang: str) -> list[InlineKeyboardButton]:
    """👍 / 👎 under an answer."""
    return [InlineKeyboardButton(LABELS[lang]["helpful"],
                                 callback_data=Vote(entry, lang, helpful=True).data),
            InlineKeyboardButton(LABELS[lang]["unhelpful"],
                                 callback_data=Vote(entry, lang, helpful=False).data)]


def thanks_row(lang: str) -> list[InlineKeyboardButton]:
    """In place of the votes once a vote is in."""
    return [InlineKeyboardButton(LABELS[lang]["thanks"], callback_data=Thanks(lang).data)]


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
