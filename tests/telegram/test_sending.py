"""Resending through network trouble, told in the log once per outage."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from telegram.error import NetworkError

from bot.telegram.sending import OUTAGE, SEND_TUNING, retrying
from tests.telegram.conftest import TEST_TUNING


def refused() -> NetworkError:
    try:
        raise NetworkError("connection refused") from httpx.ConnectError("refused")
    except NetworkError as exc:
        return exc


async def test_a_reply_begun_before_the_outage_does_not_end_it(
        caplog: pytest.LogCaptureFixture) -> None:
    """Many replies are in flight at once: one that was already on its way when another
    failed says nothing about whether Telegram is back, so the outage is logged once."""
    OUTAGE.since = None
    SEND_TUNING.set(TEST_TUNING)  # resend after 0.05 s, not a second
    in_flight = asyncio.Event()
    failures = iter([refused(), refused()])

    async def slow_success() -> str:
        await in_flight.wait()
        return "delivered earlier"

    async def failing_twice_then_through() -> str:
        failure = next(failures, None)
        if failure is not None:
            if not in_flight.is_set():
                asyncio.get_running_loop().call_soon(in_flight.set)  # lands mid-outage
            raise failure
        return "through"

    with caplog.at_level(logging.INFO, logger="bot.telegram.sending"):
        results = await asyncio.gather(retrying(slow_success),
                                       retrying(failing_twice_then_through))
    assert results == ["delivered earlier", "through"]
    lines = [r.getMessage() for r in caplog.records]
    assert len([line for line in lines if "cannot be reached" in line]) == 1
    assert len([line for line in lines if "reachable again" in line]) == 1
    assert "reachable again" in lines[-1]  # told only when a reply after the outage got out
