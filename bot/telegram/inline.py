"""Inline mode: "@bot question" in any chat offers answer cards to share there.

An empty query offers the starter questions; "🔗 Share" under an answer fills in that answer's
title, which always finds that answer again (titles are looked up before the question is
matched). Runners-up are offered only when the engine's decision offered them. Each card
carries a button back to the bot, and the list a button to ask in a private chat.
"""

from __future__ import annotations

from uuid import uuid4

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from bot.engine import Engine, Reply
from bot.telegram.questions import START_PLAIN
from bot.telegram.render import LABELS, answer_id, deep_link, render
from bot.telegram.sending import NO_PREVIEW, preference, retrying
from bot.telegram.services import BotContext
from bot.telegram.texts import UI

INLINE_RESULTS = 5
_titles: tuple[Engine | None, dict[str, str]] = (None, {})


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def by_title(engine: Engine, query: str) -> str | None:
    """The answer whose title (either language) is exactly ``query``: what Share fills in."""
    global _titles
    cached, titles = _titles
    if cached is not engine:
        titles = {}
        for entry in engine.kb.entries.values():
            if entry.kind == "fact":
                for lang in ("id", "en"):
                    titles.setdefault(_key(entry.title[lang]), entry.id)
        for table in engine.kb.tables.values():
            for row in table.rows:
                for lang in ("id", "en"):
                    titles.setdefault(_key(engine.tables.row_title(row.id, lang)), row.id)
        _titles = (engine, titles)
    return titles.get(_key(query))


def _replies(engine: Engine, query: str, lang: str | None, hint: str | None) -> list[Reply]:
    text = query.strip()
    reply_lang = lang or engine.detect_language(text, hint)
    if not text:
        return [engine.entry_reply(e, reply_lang) for e in engine.kb.navigation.starters
                if engine.knows(e)]
    titled = by_title(engine, text)
    if titled is not None:
        return [engine.entry_reply(titled, reply_lang)]
    return engine.top_replies(text, lang=lang, hint=hint, limit=INLINE_RESULTS)


async def inline_query(update: Update, context: BotContext) -> None:
    """@bot question in any chat: up to five answer cards in the asker's language."""
    query = update.inline_query
    if query is None:
        return
    engine = context.services.engine
    user = query.from_user
    username = context.bot.username or ""
    replies = _replies(engine, query.query, await preference(context, user),
                       user.language_code)
    results = []
    for reply in replies:
        rendered = render(reply, short=True)
        ident = answer_id(reply)
        back = InlineKeyboardMarkup([[InlineKeyboardButton(
            LABELS[reply.lang]["open_bot"], url=deep_link(username, ident))]])
        results.append(InlineQueryResultArticle(
            id=uuid4().hex,
            title=reply.title or reply.answer[:60],
            description=reply.answer[:120],
            input_message_content=InputTextMessageContent(
                rendered.chunks[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW),
            reply_markup=back,
        ))
    lang = replies[0].lang if replies else (
        engine.detect_language(query.query, user.language_code))
    best = answer_id(replies[0]) if replies and query.query.strip() else None
    button = InlineQueryResultsButton(text=UI[lang]["ask_private"],
                                      start_parameter=(best or START_PLAIN).replace(":", "-"))
    await retrying(lambda: query.answer(results, cache_time=30, is_personal=True,
                                        button=button))
