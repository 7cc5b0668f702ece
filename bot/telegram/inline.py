"""Inline mode: "@bot question" in any chat offers answer cards to share there."""

from __future__ import annotations

from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.telegram.render import render
from bot.telegram.sending import NO_PREVIEW, preference, retrying
from bot.telegram.services import BotContext

INLINE_RESULTS = 5


async def inline_query(update: Update, context: BotContext) -> None:
    """@bot question in any chat: up to five answer cards in the asker's language."""
    query = update.inline_query
    if query is None:
        return
    engine = context.services.engine
    user = query.from_user
    replies = engine.top_replies(query.query, lang=await preference(context, user),
                                 hint=user.language_code, limit=INLINE_RESULTS)
    results = []
    for reply in replies:
        rendered = render(reply, bot_username=context.bot.username, short=True)
        results.append(InlineQueryResultArticle(
            id=uuid4().hex,
            title=reply.title or reply.answer[:60],
            description=reply.answer[:120],
            input_message_content=InputTextMessageContent(
                rendered.chunks[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW),
        ))
    await retrying(lambda: query.answer(results, cache_time=30, is_personal=True))
