"""Sending and editing, so that nothing the bot means to say is lost and nothing is said
twice: a request that cannot have reached Telegram is resent with growing waits through an
outage of minutes, one that may have arrived is never resent, and long answers are split."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TypeVar

import httpx
from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update, User
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError

from bot.engine import Reply
from bot.engine.engine import normalise_lang
from bot.telegram.render import render
from bot.telegram.services import READ_SECONDS, BotContext
from bot.telegram.texts import UI
from bot.telegram.tuning import DEFAULT_TUNING, Tuning

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
T = TypeVar("T")


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

    def worked(self) -> None:
        if self.since is not None:
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
        OUTAGE.worked()
        return result


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
                                                 link_preview_options=NO_PREVIEW),
                       idempotent=True)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
