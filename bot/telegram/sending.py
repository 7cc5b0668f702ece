"""Sending and editing, so that nothing the bot means to say is lost and nothing is said
twice: a request that cannot have reached Telegram is resent with growing waits through an
outage of minutes, one that may have arrived is never resent; an edit that cannot be made
becomes a new message, a group that became a supergroup is followed, long answers are split,
and a chat waiting on the group pacing sees "typing…"."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from typing import TypeVar

import httpx
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
from telegram.error import BadRequest, ChatMigrated, NetworkError, TelegramError

from bot.engine import Reply
from bot.engine.engine import normalise_lang
from bot.telegram.render import FOLDED, View, render
from bot.telegram.services import BotContext
from bot.telegram.texts import UI
from bot.telegram.tuning import DEFAULT_TUNING, Tuning

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
T = TypeVar("T")
TYPING_AFTER = 0.8  # seconds an answer may take to go out before the chat sees "typing…"
TYPING_EVERY = 4.5  # Telegram shows a chat action for 5 seconds


# The retry policy of the update being handled (the delivery sets it from Services.tuning).
SEND_TUNING: ContextVar[Tuning] = ContextVar("SEND_TUNING", default=DEFAULT_TUNING)

# What httpx raises when the request cannot have reached Telegram whole: no connection, no
# free connection, or the request not fully written. Anything else that breaks after the
# request was written (no answer in time, the connection dropped) may have been delivered.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError,
            httpx.WriteTimeout, httpx.UnsupportedProtocol)


def may_have_arrived(exc: NetworkError) -> bool:
    """Whether a failed request may still have been carried out by Telegram. An error status
    (a 502 from Telegram's front end, say) is Telegram's answer: it did nothing. A connection
    that never opened or a request not fully written cannot have arrived."""
    cause = exc.__cause__
    return cause is not None and not isinstance(cause, NOT_SENT)


class _Outage:
    """Network trouble with Telegram, logged once when it starts and once when it ends (not
    once per reply)."""

    def __init__(self) -> None:
        self.since: float | None = None

    def failed(self, exc: Exception) -> None:
        if self.since is None:
            self.since = time.monotonic()
            logger.warning("Telegram cannot be reached (%s); replies are kept and resent with "
                           "growing waits.", _why(exc))

    def worked(self, began: float) -> None:
        """A request begun at ``began`` went through; one begun before the outage was noticed
        says nothing about now (with many replies in flight, it would end the outage early
        and the next failure would log it again)."""
        if self.since is not None and began >= self.since:
            logger.info("Telegram reachable again after %.0f s; waiting replies are going out.",
                        time.monotonic() - self.since)
            self.since = None


OUTAGE = _Outage()


def _why(exc: Exception) -> str:
    cause = exc.__cause__ or exc
    return f"{type(cause).__name__}: {cause}"


class Backoff:
    """Doubling pauses with jitter, from ``Tuning.first_retry`` up to ``Tuning.longest_retry``."""

    def __init__(self, tuning: Tuning) -> None:
        self.tuning = tuning
        self.next = tuning.first_retry

    async def wait(self) -> None:
        await asyncio.sleep(self.next * random.uniform(0.8, 1.2))  # noqa: S311 - jitter
        self.next = min(2 * self.next, self.tuning.longest_retry)

    def reset(self) -> None:
        self.next = self.tuning.first_retry


async def retrying(call: Callable[[], Awaitable[T]], *, idempotent: bool = False) -> T | None:
    """Make a Bot API call through network trouble: resent with doubling waits for up to
    ``Tuning.give_up`` while it cannot have arrived; never resent when it may have arrived
    (logged, and the call counts as done: None), unless ``idempotent`` (an edit made twice is
    the same edit). Flood waits (429) are the rate limiter's job."""
    tuning = SEND_TUNING.get()
    pause = Backoff(tuning)
    deadline = time.monotonic() + tuning.give_up
    while True:
        began = time.monotonic()
        try:
            result = await call()
        except NetworkError as exc:  # TimedOut is one
            if isinstance(exc, BadRequest):
                raise
            if not idempotent and may_have_arrived(exc):
                logger.warning("A request to Telegram may have arrived before the connection "
                               "failed (%s); not sent again, so no one gets it twice.",
                               _why(exc))
                return None
            if time.monotonic() + pause.next > deadline:
                logger.error("Gave up a request to Telegram after %.0f s of network failures "
                             "(%s).", tuning.give_up, _why(exc))
                raise
            OUTAGE.failed(exc)
            await pause.wait()
            continue
        OUTAGE.worked(began)
        return result


async def preference(context: BotContext, user: User | None) -> str | None:
    """The language the user chose, if any; None too when the store cannot say in time."""
    if user is None:
        return None
    return await context.services.kept("read language preferences",
                                       lambda store: store.language(user.id), None, read=True)


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
               quoting: bool = True) -> Message | None:
    """Post ``reply`` (split if long) under ``message``; buttons go on the last part, which
    is returned (None if it may have arrived but Telegram's answer was lost). A group turned
    supergroup gets it at its new id; a group whose pacing holds the answer back sees the bot
    typing meanwhile. ``quoting=False`` never quotes (the message may be gone)."""
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
                 ) -> Message | None:
    """Show ``reply`` in place of ``message``; if that message cannot be edited any more
    (deleted, too old) the reply comes as a new message (under ``fallback`` if given): a
    button press always ends in an answer. Returns the message that shows it (None if a new
    one may have arrived but Telegram's answer was lost)."""
    rendered = render(reply, bot_username=message.get_bot().username, short=group, view=view,
                      back=back)
    if len(rendered.chunks) == 1:
        try:
            edited = await retrying(lambda: message.edit_text(
                rendered.chunks[0], parse_mode=ParseMode.HTML, reply_markup=rendered.keyboard,
                link_preview_options=NO_PREVIEW), idempotent=True)
            return edited if isinstance(edited, Message) else message
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return message
            logger.info("Could not edit message %s in %s (%s); sending it anew",
                        message.message_id, message.chat_id, exc)
    if fallback is not None:
        return await send(fallback, reply, group=group, view=view, back=back)
    return await send(message, reply, group=group, view=view, back=back, quoting=False)
