"""Sending and editing, so that nothing the bot means to say is lost: network trouble is
retried, an edit that cannot be made becomes a new message, and long answers are split."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update, User
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.engine import Reply
from bot.engine.engine import normalise_lang
from bot.telegram.render import render
from bot.telegram.services import READ_SECONDS, BotContext
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
T = TypeVar("T")


async def retrying(call: Callable[[], Awaitable[T]], attempts: int = 3) -> T:
    """Retry a Bot API call on network trouble; flood waits are the rate limiter's job."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (TimedOut, NetworkError) as exc:
            if isinstance(exc, BadRequest) or attempt == attempts:
                raise
            await asyncio.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


async def preference(context: BotContext, user: User | None) -> str | None:
    """The language the user chose, if any; None too when the store cannot say in time."""
    if user is None:
        return None
    return await context.services.kept("read language preferences",
                                       lambda store: store.language(user.id), None,
                                       READ_SECONDS)


async def ui_lang(context: BotContext, user: User | None) -> str:
    """The language for the bot's own messages: the user's choice, Telegram's, the default."""
    return (await preference(context, user)
            or normalise_lang(user.language_code if user else None)
            or context.services.engine.default_lang)


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return bool(chat and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP))


async def send(message: Message, reply: Reply, *, group: bool, quote: Message | None = None
               ) -> None:
    """Post ``reply`` (split if long) under ``message``; buttons go on the last part."""
    rendered = render(reply, bot_username=message.get_bot().username, short=group)
    target = quote or message
    quote_it = group or reply.kind in ("suggest", "fallback", "empty", "other_org") or (
        quote is not None)
    last = len(rendered.chunks)
    for number, chunk in enumerate(rendered.chunks, 1):
        markup = rendered.keyboard if number == last else None

        def post(chunk: str = chunk, markup: InlineKeyboardMarkup | None = markup,
                 first: bool = number == 1) -> Awaitable[Message]:
            return target.reply_html(chunk, reply_markup=markup,
                                     link_preview_options=NO_PREVIEW,
                                     do_quote=quote_it and first)

        await retrying(post)


async def show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """One of the bot's own messages, under the update's message."""
    message = update.effective_message
    if message is not None:
        await retrying(lambda: message.reply_html(text, reply_markup=markup,
                                                  link_preview_options=NO_PREVIEW))


async def say(update: Update, context: BotContext, key: str) -> None:
    """One of the bot's own messages (texts.UI), in the user's language."""
    await show(update, UI[await ui_lang(context, update.effective_user)][key])


async def redraw(message: Message, reply: Reply, group: bool) -> None:
    """Show ``reply`` in place of ``message`` (its first part, with its buttons)."""
    rendered = render(reply, bot_username=message.get_bot().username, short=group)
    try:
        await retrying(lambda: message.edit_text(rendered.chunks[0], parse_mode=ParseMode.HTML,
                                                 reply_markup=rendered.keyboard,
                                                 link_preview_options=NO_PREVIEW))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
