"""``oic-bot run``: start the Telegram bot with long polling, or a webhook if WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import urlsplit

from bot.settings import BotSettings
from bot.telegram import redact
from bot.telegram.app import build_application
from bot.telegram.reload import open_content
from bot.telegram.serve import serve_until_stopped


def configure_logging(settings: BotSettings | None = None) -> None:
    """One line per event, no secret in any line, and an idle bot silent."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    # The pool logs each failed reconnection; the handlers log one line per kind of failure.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
    # The job queue runs the content watcher every 1.5 s: its bookkeeping ("Running job",
    # "skipped: maximum number of running instances reached", "missed by") would fill the log
    # of an idle or busy bot. A job's own failure still reaches the bot's error handler.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    secrets: list[str | None] = []
    if settings is not None:
        url = settings.store.database_url
        secrets = [settings.token, settings.webhook_secret, urlsplit(url).password if url else None]
    redact.install(secrets)


def run() -> int:
    settings = BotSettings.from_env()  # a bad setting stops here with one clear line
    configure_logging(settings)
    engine, content = open_content(settings)  # a Git branch is fetched first
    application = build_application(settings, engine, content=content)  # post_init opens the store
    asyncio.run(serve_until_stopped(application))
    return 0
