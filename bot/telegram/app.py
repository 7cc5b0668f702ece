"""The one place that wires the Telegram application: builder, handlers, commands, errors."""

from __future__ import annotations

import functools
import logging
import re
import ssl

import httpx
from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.engine import Engine
from bot.settings import BotSettings
from bot.store import open_store
from bot.telegram import buttons, groups, menus, operators, questions, study
from bot.telegram.addressing import MENTIONS_BOT, REPLY_TO_BOT
from bot.telegram.callbacks import Browse, Choose, Fold, Open, Prefer, Read, Switch, Thanks, Vote
from bot.telegram.errors import on_error
from bot.telegram.inline import inline_query
from bot.telegram.pacing import Pacing
from bot.telegram.profile import set_profile
from bot.telegram.reload import LiveContent, start_watching, watching
from bot.telegram.services import CONTEXT_TYPES, BotData, Services
from bot.telegram.tuning import DEFAULT_TUNING, Tuning

logger = logging.getLogger(__name__)

# Telegram allows about 30 messages a second in all and 20 a minute per group. Stay just under,
# and send the overall stream evenly (no bursts) so network jitter cannot bunch it past the limit.
OVERALL_PER_SECOND = 28
GROUP_PER_MINUTE = 19
GROUP_PERIOD = 60.0  # seconds (tests shorten it to see the pacing without waiting a minute)
POLL_MARGIN = 5.0  # seconds an answer to getUpdates may lag behind its long-poll wait
NEW_MESSAGE = filters.UpdateType.MESSAGE  # edits go to questions.edited_question
PRIVATE = filters.ChatType.PRIVATE


async def open_state(application: Application) -> None:
    """post_init: open the state store on PTB's own event loop (a store that cannot be opened
    stops start-up with its one-line StoreError), then set the profile and command menus."""
    svc = _services(application)
    # (a call waits for a free database connection as long as a write may take: the tests'
    # longer deadlines for a loaded machine hold for the pool too, where its own 5 s once
    # lost a write and a restarted bot answered that update again)
    svc.store = await open_store(svc.settings.store, connection_wait=svc.tuning.store_write)
    settings = svc.settings
    how = (f"webhook on 0.0.0.0:{settings.port} for {webhook_address(settings)}"
           if settings.webhook_url else "long polling")
    logger.info("Starting %s; state kept in %s; content from %s", how, svc.store.describe(),
                svc.content.describe() if svc.content else "-")
    await set_profile(application.bot, settings.operator_ids)


async def close_state(application: Application) -> None:
    """post_shutdown: after the last handler has finished, close the store."""
    svc = _services(application)
    if svc.store is not None:
        store, svc.store = svc.store, None
        await store.close()


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context per process: every HTTP client would read the whole CA bundle again
    (30-40 ms of CPU each, two clients per application)."""
    return httpx.create_ssl_context()


def _request(tuning: Tuning, pool: int, read_timeout: float) -> HTTPXRequest:
    """A request that was written may have been delivered, and is never resent: wait long
    enough for a slow success. One that could not connect is resent (sending.retrying)."""
    return HTTPXRequest(connection_pool_size=pool, connect_timeout=tuning.connect_timeout,
                        pool_timeout=tuning.connect_timeout, read_timeout=read_timeout,
                        write_timeout=tuning.write_timeout, httpx_kwargs={"verify": _tls()})


def build_application(settings: BotSettings, engine: Engine,
                      rate_limited: bool = True, content: LiveContent | None = None,
                      tuning: Tuning = DEFAULT_TUNING) -> Application:
    """Build the application with every handler registered; bot/telegram/serve.py runs it.

    ``rate_limited=False`` exists for the throughput benchmark only: a real bot must stay
    under Telegram's flood limits. ``content`` says where ``engine``'s content came from
    (bot.telegram.reload.open_content); without it, the content folder in ``settings``.
    ``tuning`` holds every wait and bound of the delivery (shorter in tests).
    """
    builder = (
        Application.builder()
        .token(settings.token)
        .context_types(CONTEXT_TYPES)
        # A quoted question deleted meanwhile must not cost its answer.
        .defaults(Defaults(parse_mode=ParseMode.HTML, allow_sending_without_reply=True))
        .updater(None)  # updates come through bot/telegram/delivery.py: journaled first
        .request(_request(tuning, pool=256, read_timeout=tuning.read_timeout))
        # getUpdates adds its long-poll wait to this margin (PTB's default, as before).
        .get_updates_request(_request(tuning, pool=1, read_timeout=POLL_MARGIN))
        .post_init(open_state)
        .post_shutdown(close_state)
    )
    if rate_limited:
        builder = builder.rate_limiter(Pacing(  # type: ignore[arg-type]
            overall_max_rate=1, overall_time_period=1 / OVERALL_PER_SECOND,
            group_max_rate=GROUP_PER_MINUTE, group_time_period=GROUP_PERIOD, max_retries=3))
    if settings.api_base_url:
        builder = (builder.base_url(f"{settings.api_base_url}/bot")
                   .base_file_url(f"{settings.api_base_url}/file/bot"))
    application = builder.build()
    content = content or watching(settings, engine, tuning.watch)
    application.bot_data.services = Services(settings=settings, engine=engine, content=content,
                                             tuning=tuning)

    # Order matters: commands first, then the messages that address the bot.
    commands = [
        (("start",), questions.start),
        (("help", "bantuan"), questions.help_command),
        (("topics", "topik"), menus.topics),
        (("lang", "bahasa", "language"), menus.language),
        (("about", "tentang"), questions.about),
        (("ask", "tanya"), questions.ask_command),
        (("jawab", "answer"), questions.jawab),
        (("reload",), operators.reload_command),
        (("stats",), operators.stats_command),
        (("review",), operators.review_command),
    ]
    for names, callback in commands:
        application.add_handler(CommandHandler(names, callback, filters=NEW_MESSAGE))
    application.add_handler(MessageHandler(
        NEW_MESSAGE & filters.CaptionRegex(re.compile(r"^/(tanya|ask)(@\w+)?(\s|$)", re.I)),
        questions.caption_command))
    study.install(application)  # quizzes, boards, daily posts, learning paths; before catch-alls
    application.add_handler(MessageHandler(PRIVATE & NEW_MESSAGE & filters.COMMAND,
                                           questions.unknown_command))
    application.add_handler(MessageHandler(PRIVATE & NEW_MESSAGE & filters.TEXT,
                                           questions.private_text))
    application.add_handler(MessageHandler(PRIVATE & NEW_MESSAGE & ~filters.TEXT,
                                           questions.private_other))
    application.add_handler(MessageHandler(
        filters.ChatType.GROUPS & NEW_MESSAGE & ((filters.TEXT & ~filters.COMMAND)
                                                 | filters.CAPTION)
        & (REPLY_TO_BOT | MENTIONS_BOT),
        questions.group_addressed,
    ))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE
                                           & (filters.TEXT | filters.CAPTION),
                                           questions.edited_question))
    application.add_handler(ChatMemberHandler(groups.joined, ChatMemberHandler.MY_CHAT_MEMBER))
    # Buttons, routed by their data's kind (bot/telegram/callbacks.py writes and reads it).
    for kind, callback in ((Open, buttons.open_answer), (Choose, buttons.choose),
                           (Switch, buttons.switch_language), (Vote, buttons.vote),
                           (Browse, menus.browse), (Prefer, menus.prefer),
                           (Fold, buttons.fold), (Read, menus.read), (Thanks, buttons.thanks)):
        application.add_handler(CallbackQueryHandler(callback, pattern=kind.PATTERN))
    application.add_handler(CallbackQueryHandler(buttons.unknown_button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    start_watching(application, content)
    return application


def _services(application: Application) -> Services:
    data: BotData = application.bot_data
    return data.services


ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY,
                   Update.EDITED_MESSAGE, Update.MY_CHAT_MEMBER,
                   Update.POLL_ANSWER, Update.POLL]  # the last two: quizzes
WEBHOOK_PATH = "telegram"


def webhook_address(settings: BotSettings) -> str:
    """The public address Telegram posts updates to."""
    return f"{(settings.webhook_url or '').rstrip('/')}/{WEBHOOK_PATH}"
