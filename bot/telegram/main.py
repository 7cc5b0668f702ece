"""``oic-bot run``: start the Telegram bot with long polling, or a webhook if WEBHOOK_URL is set."""

from __future__ import annotations

import logging

from bot.settings import BotSettings
from bot.telegram.app import ALLOWED_UPDATES, WEBHOOK_PATH, build_application, webhook_address
from bot.telegram.reload import open_content


def configure_logging() -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    # The pool logs each failed reconnection; the handlers log one line per kind of failure.
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # job bookkeeping


def run() -> int:
    settings = BotSettings.from_env()  # a bad setting stops here with one clear line
    configure_logging()
    engine, content = open_content(settings)  # a Git branch is fetched first
    application = build_application(settings, engine, content=content)  # post_init opens the store
    if settings.webhook_url:
        application.run_webhook(listen="0.0.0.0", port=settings.port,  # noqa: S104
                                url_path=WEBHOOK_PATH, webhook_url=webhook_address(settings),
                                secret_token=settings.webhook_secret,
                                allowed_updates=ALLOWED_UPDATES)
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0
