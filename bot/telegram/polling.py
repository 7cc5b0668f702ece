"""Long polling that loses nothing: an update is confirmed to Telegram (the next getUpdates
passes an offset past it) only once the delivery has journaled it, or, with no journal, once
it was handled. python-telegram-bot's own Updater confirms a batch as soon as it is fetched,
so a crash loses every update still waiting for the rate limiter."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import logging

from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from bot.telegram.delivery import Delivery
from bot.telegram.sending import Backoff

logger = logging.getLogger(__name__)


async def poll(application: Application, delivery: Delivery, allowed_updates: list[str]
               ) -> None:
    """Fetch, journal, confirm; until cancelled. Network trouble and a second poller on the
    same token (409 Conflict) are waited out with growing pauses, logged once each."""
    tuning = delivery.tuning
    bot = application.bot
    offset: int | None = None
    pause = Backoff(tuning)
    trouble: str | None = None
    while True:
        room = await delivery.wait_for_room()
        try:
            updates = await bot.get_updates(
                offset=offset, limit=min(100, room), timeout=int(tuning.poll_timeout),
                allowed_updates=allowed_updates,
                read_timeout=tuning.poll_timeout + tuning.read_timeout)
        except InvalidToken:
            raise
        except RetryAfter as exc:  # flood control on getUpdates itself: wait as told
            await asyncio.sleep(_seconds(exc.retry_after))
            continue
        except TelegramError as exc:  # network trouble, 409 Conflict, a 5xx: wait it out
            kind = type(exc).__name__
            if trouble != kind:
                trouble = kind
                hint = (" (is another copy of the bot polling, or a webhook set?)"
                        if isinstance(exc, Conflict) else "")
                logger.warning("getUpdates failed: %s: %s%s; trying again with growing "
                               "pauses.", kind, exc, hint)
            await pause.wait()
            continue
        if trouble is not None:
            logger.info("getUpdates works again.")
            trouble = None
        pause.reset()
        if not updates:
            continue
        await delivery.accept([(u.update_id, json.dumps(u.to_dict(), ensure_ascii=False))
                               for u in updates])
        offset = updates[-1].update_id + 1


def _seconds(value: int | dtm.timedelta) -> float:
    """A RetryAfter wait as seconds (python-telegram-bot gives it as a timedelta or, in the
    older mode, an int)."""
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
