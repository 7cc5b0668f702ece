"""Telegram's flood limits, kept: python-telegram-bot's AIORateLimiter, except for chat
actions ("typing…"), which tell a group an answer is on its way precisely while the group's
pacing holds that answer back; queued behind it, they would say nothing."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram._utils.types import JSONDict
from telegram.ext import AIORateLimiter

UNPACED = frozenset({"sendChatAction"})


class Pacing(AIORateLimiter):
    """AIORateLimiter that lets chat actions through at once (they are not messages)."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        if endpoint in UNPACED:
            return await callback(*args, **kwargs)
        return await super().process_request(callback, args, kwargs, endpoint, data,
                                             rate_limit_args)
