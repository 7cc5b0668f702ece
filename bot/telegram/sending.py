"""Sending and editing, so that nothing the bot means to say is lost: network trouble is
retried, an edit that cannot be made becomes a new message, a group that became a supergroup
is followed, long answers are split, and a chat waiting on the group pacing sees "typing…"."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, ChatMigrated, NetworkError, TelegramError, TimedOut

from bot.engine import Reply
from bot.engine.engine import normalise_lang
from bot.telegram.render import FOLDED, View, render
from bot.telegram.services import READ_SECONDS, BotContext
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
T = TypeVar("T")
TYPING_AFTER = 0.8  # seconds an answer may take to go out before the chat sees "typing…"
TYPING_EVERY = 4.5  # Telegram shows a chat action for 5 seconds


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


async def send(message: Message, reply: Reply, *, group: bool, quote: Message | None = None,
               view: View = FOLDED, back: InlineKeyboardButton | None = None,
               quoting: bool = True) -> Message:
    """Post ``reply`` (split if long) under ``message``; buttons go on the last part, which
    is returned. A group turned supergroup gets it at its new id; a group whose pacing holds
    the answer back sees the bot typing meanwhile. ``quoting=False`` never quotes (the
    message may be gone)."""
    bot = message.get_bot()
    rendered = render(reply, bot_username=bot.username, short=group, view=view, back=back)
    target = quote or message
    quote_it = quoting and (group or reply.kind in ("suggest", "fallback", "empty", "other_org")
                            or quote is not None)
    moved_to: list[int] = []  # the supergroup this group became, once Telegram says so

    def post(chunk: str, markup: InlineKeyboardMarkup | None, first: bool
             ) -> Awaitable[Message]:
        if moved_to:
            return bot.send_message(moved_to[0], chunk, reply_markup=markup,
                                    link_preview_options=NO_PREVIEW)
        return target.reply_html(chunk, reply_markup=markup, link_preview_options=NO_PREVIEW,
                                 do_quote=quote_it and first)

    last = len(rendered.chunks)
    sent: Message | None = None
    async with typing_while_held(bot, message.chat_id, enabled=group):
        for number, chunk in enumerate(rendered.chunks, 1):
            call = functools.partial(post, chunk, rendered.keyboard if number == last else None,
                                     number == 1)
            try:
                sent = await retrying(call)
            except ChatMigrated as moved:
                moved_to.append(moved.new_chat_id)
                logger.info("Chat %s became supergroup %s; answering there", message.chat_id,
                            moved.new_chat_id)
                sent = await retrying(call)
    assert sent is not None  # a reply renders to at least one chunk
    return sent


@contextlib.asynccontextmanager
async def typing_while_held(bot: Bot, chat_id: int, *, enabled: bool = True
                            ) -> AsyncIterator[None]:
    """While the body runs longer than TYPING_AFTER (an answer queued behind a group's
    pacing), show "typing…" in the chat, renewed before Telegram's 5 seconds run out."""
    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_AFTER)
        while True:
            try:
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            except TelegramError as exc:  # only a courtesy: never worth an error
                logger.debug("No typing action in %s: %s", chat_id, exc)
                return
            await asyncio.sleep(TYPING_EVERY)

    if not enabled:
        yield
        return
    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()


async def acknowledge(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a button press (stop the client's spinner). A query too old to answer (after a
    restart) must not stop what the press asked for, so failures are only logged."""
    try:
        await query.answer(text)
    except TelegramError as exc:
        logger.debug("Could not answer callback query %s: %s", query.id, exc)


async def show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """One of the bot's own messages, under the update's message."""
    message = update.effective_message
    if message is not None:
        await retrying(lambda: message.reply_html(text, reply_markup=markup,
                                                  link_preview_options=NO_PREVIEW))


async def say(update: Update, context: BotContext, key: str) -> None:
    """One of the bot's own messages (texts.UI), in the user's language."""
    await show(update, UI[await ui_lang(context, update.effective_user)][key])


async def redraw(message: Message, reply: Reply, group: bool, *, view: View = FOLDED,
                 back: InlineKeyboardButton | None = None, fallback: Message | None = None
                 ) -> Message:
    """Show ``reply`` in place of ``message``; if that message cannot be edited any more
    (deleted, too old) the reply comes as a new message (under ``fallback`` if given): a
    button press always ends in an answer. Returns the message that shows it."""
    rendered = render(reply, bot_username=message.get_bot().username, short=group, view=view,
                      back=back)
    if len(rendered.chunks) == 1:
        try:
            edited = await retrying(lambda: message.edit_text(
                rendered.chunks[0], parse_mode=ParseMode.HTML, reply_markup=rendered.keyboard,
                link_preview_options=NO_PREVIEW))
            return edited if isinstance(edited, Message) else message
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return message
            logger.info("Could not edit message %s in %s (%s); sending it anew",
                        message.message_id, message.chat_id, exc)
    if fallback is not None:
        return await send(fallback, reply, group=group, view=view, back=back)
    return await send(message, reply, group=group, view=view, back=back, quoting=False)
