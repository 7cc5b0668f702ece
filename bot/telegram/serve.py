"""The one wiring of a running bot: start the application, the delivery (journal) and either
long polling or the webhook server; stop them in the order that loses nothing. ``oic-bot
run``, the tests and the reliability script all start the bot through :func:`start`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.settings import SettingsError
from bot.telegram.app import ALLOWED_UPDATES, WEBHOOK_PATH, webhook_address
from bot.telegram.delivery import Delivery, ended
from bot.telegram.polling import poll
from bot.telegram.sending import Backoff
from bot.telegram.services import Services
from bot.telegram.webhook import WebhookServer

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Serving:
    """A started bot: stop() it (it lets the updates in hand finish first)."""

    application: Application
    delivery: Delivery
    webhook: WebhookServer | None = None
    poller: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        """Take no more updates; let those in hand finish (``Tuning.grace``), leaving the
        rest journaled for the next start; then stop the application and close the store."""
        if self.webhook is not None:
            await self.webhook.stop()
        if self.poller is not None:
            await ended(self.poller)
        await self.delivery.stop()
        app = self.application
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def _through_outages(what: str, call: Callable[[], Awaitable[T]], pause: Backoff) -> T:
    """``call`` until Telegram can be reached (a bot started during an outage waits for it);
    a rejected token stops start-up with one line that does not show it."""
    warned = False
    while True:
        try:
            return await call()
        except InvalidToken:
            raise SettingsError(REFUSED) from None
        except NetworkError as exc:
            if not warned:
                warned = True
                logger.warning("Could not %s (%s: %s); trying again with growing pauses.",
                               what, type(exc).__name__, exc)
            await pause.wait()


async def start(application: Application, *, listen: str = "0.0.0.0",  # noqa: S104
                port: int | None = None) -> Serving:
    """Start a bot built by ``build_application``: initialize (getMe), open the store and
    register the commands (post_init), take over what a stopped process left in the journal,
    then poll, or serve the webhook on ``listen:port`` (default ``PORT``) and register it with
    Telegram together with its secret."""
    services: Services = application.bot_data.services
    settings, tuning = services.settings, services.tuning
    pause = Backoff(tuning)
    try:
        await _through_outages("reach Telegram", application.initialize, pause)
        if application.post_init:
            await application.post_init(application)
        await application.start()
        delivery = Delivery(application)
        await delivery.start()
        serving = Serving(application, delivery)
        if settings.webhook_url:
            secret = settings.webhook_secret or ""
            server = WebhookServer(delivery, secret, WEBHOOK_PATH, tuning)
            await server.start(listen, settings.port if port is None else port)
            serving.webhook = server
            await _through_outages("register the webhook", lambda: application.bot.set_webhook(
                url=webhook_address(settings), secret_token=secret,
                allowed_updates=ALLOWED_UPDATES, max_connections=tuning.telegram_connections,
                drop_pending_updates=False), pause)
        else:
            await _through_outages("remove a webhook before polling", lambda:
                                   application.bot.delete_webhook(drop_pending_updates=False),
                                   pause)
            serving.poller = asyncio.create_task(poll(application, delivery, ALLOWED_UPDATES),
                                                 name="poller")
    except BaseException:
        with contextlib.suppress(Exception):
            await _stop_quietly(application)
        raise
    return serving


async def _stop_quietly(application: Application) -> None:
    if application.running:
        await application.stop()
    await application.shutdown()
    if application.post_shutdown:
        await application.post_shutdown(application)


REFUSED = ("TELEGRAM_BOT_TOKEN was refused by Telegram (revoked, or mistyped); copy the "
           "current token from @BotFather")


async def serve_until_stopped(application: Application) -> None:
    """``oic-bot run``: start, then run until SIGTERM or SIGINT (or until polling fails for
    good), then stop without losing an update. A signal during start-up (Telegram or the
    database still unreachable) stops it too."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    signalled = asyncio.ensure_future(stopping.wait())
    starting = asyncio.ensure_future(start(application))
    await asyncio.wait([signalled, starting], return_when=asyncio.FIRST_COMPLETED)
    if not starting.done():
        starting.cancel()  # start() shuts the application down on its way out
        await asyncio.gather(starting, return_exceptions=True)
        return
    serving = starting.result()  # a failed start-up raises here, with its one-line error
    waiters: list[asyncio.Future[Any]] = [signalled]
    if serving.poller is not None:
        waiters.append(serving.poller)
    await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    logger.info("Stopping.")
    poller = serving.poller
    failure = (poller.exception() if poller is not None and poller.done()
               and not poller.cancelled() else None)
    await serving.stop()
    signalled.cancel()
    if isinstance(failure, InvalidToken):
        raise SettingsError(REFUSED)
    if failure is not None:
        raise failure
