"""What the handlers share: settings, the state store, and the current engine.

The engine is replaced whole when content is reloaded; a handler reads ``services.engine``
once per update, so every answer comes from one consistent snapshot.

The store is opened in ``post_init`` and closed in ``post_shutdown``. Handlers reach it only
through :meth:`Services.kept`, which bounds each call in time and turns any failure (full
disk, lock timeout, server gone) into "not kept": the bot answers on, and the log gets one
warning per kind of failure, not one per message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.engine import Engine
from bot.settings import BotSettings
from bot.store import Sent, Store
from bot.telegram.memory import Newest
from bot.telegram.tuning import DEFAULT_TUNING, Tuning

if TYPE_CHECKING:
    from bot.telegram.reload import LiveContent

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass
class Services:
    settings: BotSettings
    engine: Engine
    store: Store | None = None  # set in post_init, once the store is open
    tuning: Tuning = DEFAULT_TUNING  # waits and bounds of delivery and sending
    started_at: float = field(default_factory=time.time)
    # (chat, question message) → the bot's answer message: to re-answer edited questions
    answers: Newest[tuple[int, int], int] = field(default_factory=Newest)
    # (chat, answer message) → what it shows, before (and besides) the store keeps it
    shown: Newest[tuple[int, int], Sent] = field(default_factory=Newest)
    # "now" for scheduled and dated work (daily posts, weekly boards); tests move it
    clock: Callable[[], float] = time.time
    content: LiveContent | None = None  # where the content comes from, set by the wiring
    # what could not be done, until it works again (each logged once)
    _failing: set[str] = field(default_factory=set, init=False, repr=False)

    async def kept(self, what: str, call: Callable[[Store], Awaitable[T]], fallback: T,
                   *, read: bool = False, seconds: float | None = None) -> T:
        """``call`` on the store, or ``fallback`` if the store fails or takes longer than
        ``seconds`` (by default the tuning's wait for a read before answering, or for a
        write). The first failure of each ``what`` is logged; the next only after it has
        worked again."""
        if seconds is None:
            seconds = self.tuning.store_read if read else self.tuning.store_write
        try:
            if self.store is None:
                raise RuntimeError("the state store is not open")
            async with asyncio.timeout(seconds):  # not wait_for: it can swallow a cancel
                result = await call(self.store)
        except Exception as exc:  # whatever the store raises, answering goes on
            if what not in self._failing:
                self._failing.add(what)
                reason = (f"no answer within {seconds:g} s" if isinstance(exc, TimeoutError)
                          else f"{type(exc).__name__}: {exc}")
                logger.warning("State store: could not %s (%s); the bot goes on without it, "
                               "and logs no more of these until it works again.",
                               what, " ".join(reason.split()))
            return fallback
        if what in self._failing:
            self._failing.discard(what)
            logger.info("State store: %s works again", what)
        return result


class BotData:
    """The application's shared data, typed: PTB makes one per application, the wiring sets
    ``services`` before the first update."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the application was not built by build_application")
        return self._services

    @services.setter
    def services(self, value: Services) -> None:
        self._services = value


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The context every callback gets, with the shared services one attribute away."""

    @property
    def services(self) -> Services:
        return self.bot_data.services


CONTEXT_TYPES = ContextTypes(context=BotContext, bot_data=BotData)


def services(context: BotContext) -> Services:
    return context.bot_data.services
