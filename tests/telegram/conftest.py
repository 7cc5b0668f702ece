"""Run the real python-telegram-bot stack against the fake Bot API server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.engine import Engine
from bot.settings import BotSettings
from bot.store import Store
from bot.telegram.app import ALLOWED_UPDATES, build_application
from tests.telegram.fake_api import Call, FakeBotApi


@dataclass
class Harness:
    """A running bot and its fake Telegram, with helpers to talk to it."""

    app: Application
    api: FakeBotApi
    store: Store

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
    settings = bot_settings(api, state_dir, **env)
    store = Store.in_dir(settings.state_dir)
    app = build_application(settings, engine, store)
    await app.initialize()
    if app.post_init:  # run_polling() calls it after initialize(); so do we
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    return Harness(app, api, store)


async def stop_bot(harness: Harness) -> None:
    await harness.app.updater.stop()
    await harness.app.stop()
    await harness.app.shutdown()
    harness.store.close()


@pytest.fixture
async def bot(api: FakeBotApi, engine: Engine, state_dir: Path) -> AsyncIterator[Harness]:
    harness = await start_bot(api, engine, state_dir)
    try:
        yield harness
    finally:
        await stop_bot(harness)
