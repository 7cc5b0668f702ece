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
from bot.telegram.app import ALLOWED_UPDATES, build_application
from bot.telegram.services import Services
from tests.telegram.fake_api import Call, FakeBotApi


@dataclass
class Harness:
    """A running bot and its fake Telegram, with helpers to talk to it."""

    app: Application
    api: FakeBotApi

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


async def start_bot(api: FakeBotApi, engine: Engine, state_dir: Path, **env: str) -> Harness:
    """Start the bot as run_polling() does: initialize, post_init (opens the store), poll."""
    app = build_application(bot_settings(api, state_dir, **env), engine)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    return Harness(app, api)


async def stop_bot(harness: Harness) -> None:
    """Stop it as run_polling() does: the last handlers finish, then post_shutdown closes the
    store."""
    app = harness.app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown:
        await app.post_shutdown(app)


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
