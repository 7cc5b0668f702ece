"""Run the real python-telegram-bot stack against the fake Bot API server."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.engine import Engine
from bot.settings import BotSettings
from bot.store import Store
from bot.telegram.app import build_application
from bot.telegram.serve import Serving, start
from bot.telegram.services import Services
from bot.telegram.tuning import Tuning
from tests.conftest import copy_of_shipped_content
from tests.telegram.fake_api import Call, FakeBotApi


@dataclass
class Harness:
    """A running bot and its fake Telegram, with helpers to talk to it."""

    app: Application
    api: FakeBotApi
    serving: Serving

    @property
    def services(self) -> Services:
        return self.app.bot_data.services

    @property
    def store(self) -> Store:
        assert self.services.store is not None, "the bot's store is not open"
        return self.services.store

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        return self.api.push(update)

    async def wait(self, predicate: Callable[[Call], bool], count: int = 1,
                   seconds: float = 10.0) -> list[Call]:
        return await asyncio.to_thread(self.api.wait_for, predicate, count, seconds)

    async def reply_in(self, chat_id: int, count: int = 1, method: str = "sendMessage"
                       ) -> list[Call]:
        return await self.wait(lambda c: c.method == method and c.status == 200
                               and int(c.params.get("chat_id", 0)) == chat_id, count)

    async def noted(self, sent: Call) -> None:
        """Wait until the bot has noted what the message it sent shows. The fake records a
        send before the bot has read Telegram's answer to it; a person cannot press a button
        that soon, a test can (and a button whose state did not fit in its callback data
        then finds nothing to redraw)."""
        key = (int(sent.params["chat_id"]), int(sent.result["message_id"]))
        await eventually(lambda: self.services.shown.get(key) is not None)


def bot_settings(api: FakeBotApi, state_dir: Path, **env: str) -> BotSettings:
    return BotSettings.from_env({"TELEGRAM_BOT_TOKEN": api.token,
                                 "TELEGRAM_API_BASE_URL": api.base_url,
                                 "OIC_STATE_DIR": str(state_dir), **env})


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    server = FakeBotApi().start()
    yield server
    server.stop()


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "state"


# Short waits, so that a test of an outage or a takeover takes a second, not minutes. The
# store's deadlines are long instead: on a loaded machine (four tests at once on two cores) a
# read now and then takes longer than production's 0.5 s, and a test not about a slow store
# would see its fallback. The tests of a slow or lost store set their own (test_shared_state).
TEST_TUNING = Tuning(first_retry=0.05, longest_retry=0.5, give_up=30.0, poll_timeout=1.0,
                     lease=2.0, sweep=0.2, grace=5.0, read_timeout=10.0,
                     connect_timeout=2.0, watch=0.3, store_read=10.0, store_write=30.0)


async def start_bot(api: FakeBotApi, engine: Engine, state_dir: Path, *,
                    tuning: Tuning = TEST_TUNING, **env: str) -> Harness:
    """Start the bot as ``oic-bot run`` does (bot/telegram/serve.py): initialize, post_init
    (opens the store), take over the journal, then poll, or serve the webhook on 127.0.0.1 at
    a free port when WEBHOOK_URL is set."""
    app = build_application(bot_settings(api, state_dir, **env), engine, tuning=tuning)
    serving = await start(app, listen="127.0.0.1", port=0)
    return Harness(app, api, serving)


async def stop_bot(harness: Harness) -> None:
    """Stop it as ``oic-bot run`` does on SIGTERM: the updates in hand finish, then
    post_shutdown closes the store."""
    await harness.serving.stop()


async def eventually(check: Callable[[], Awaitable[bool] | bool], seconds: float = 5.0) -> None:
    """Wait until ``check`` holds: the bot records only after it has answered."""
    deadline = asyncio.get_running_loop().time() + seconds

    async def holds() -> bool:
        result = check()
        return bool(await result if inspect.isawaitable(result) else result)

    while not await holds():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"still not true after {seconds} s")
        await asyncio.sleep(0.02)


@pytest.fixture
async def bot(api: FakeBotApi, engine: Engine, state_dir: Path) -> AsyncIterator[Harness]:
    harness = await start_bot(api, engine, state_dir)
    try:
        yield harness
    finally:
        await stop_bot(harness)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the shipped content that a test may edit under a running bot."""
    return copy_of_shipped_content(tmp_path / "content")


def buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The inline buttons of a message the bot sent, row after row."""
    markup = params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def data(params: dict[str, Any], starts: str) -> str:
    """The callback data of the first button whose data starts with ``starts``."""
    return next(b["callback_data"] for b in buttons(params)
                if b.get("callback_data", "").startswith(starts))
