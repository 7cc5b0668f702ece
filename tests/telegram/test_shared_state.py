"""State in PostgreSQL outlives the machine's disk; a store in trouble never costs an answer."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.store.postgres import PostgresStore
from bot.store.sqlite import FILENAME
from bot.telegram.tuning import DEFAULT_TUNING
from tests.postgres import PostgresServer
from tests.telegram.conftest import (
    TEST_TUNING,
    Harness,
    buttons,
    eventually,
    start_bot,
    stop_bot,
)
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import AISYAH, JOHN, callback, private, update_message

pytestmark = pytest.mark.e2e
OPERATOR = {"id": 777, "is_bot": False, "first_name": "Admin", "language_code": "en"}
UNANSWERABLE = "resep rendang padang gimana"
STORE_LOG = "bot.telegram.services"
# Production's deadline for a read before answering; a write given up after a second, not
# five, so that the failure and its one log line come sooner.
STORE_DEADLINES = replace(TEST_TUNING, store_read=DEFAULT_TUNING.store_read, store_write=1.0)


async def ask(bot: Harness, user: dict, text: str) -> str:
    before = len(bot.api.sent(user["id"]))
    bot.push(update_message(text, private(user), user))
    replies = await bot.reply_in(user["id"], count=before + 1)
    return replies[-1].params["text"]


async def choose_english(bot: Harness, user: dict) -> None:
    before = len(bot.api.sent(user["id"]))
    bot.push(update_message("/bahasa", private(user), user))
    menu = (await bot.reply_in(user["id"], count=before + 1))[-1]
    bot.push(callback("p:en", menu.result, user))

    async def kept() -> bool:  # the bot says so first, then keeps it
        return await bot.store.language(user["id"]) == "en"
    await eventually(kept)


async def test_state_in_postgres_survives_a_new_machine(
        api: FakeBotApi, engine: Engine, database_url: str, tmp_path: Path) -> None:
    """Started with DATABASE_URL and an empty state folder, then restarted on another empty
    one (a new dyno): the language choice and the question log are still there."""
    first_disk, second_disk = tmp_path / "dyno-1", tmp_path / "dyno-2"
    env = {"DATABASE_URL": database_url, "OIC_OPERATOR_IDS": str(OPERATOR["id"])}
    first = await start_bot(api, engine, first_disk, **env)
    try:
        await choose_english(first, AISYAH)
        await ask(first, AISYAH, UNANSWERABLE)
    finally:
        await stop_bot(first)
    second = await start_bot(api, engine, second_disk, **env)
    try:
        assert "Sources" in await ask(second, AISYAH, "kapan oki didirikan")  # English
        review = await ask(second, OPERATOR, "/review")
        assert "resep rendang padang" in review
    finally:
        await stop_bot(second)
    assert not any(path.exists() and any(path.iterdir()) for path in (first_disk, second_disk))


async def test_a_call_waits_for_a_connection_as_long_as_a_write_may_take(
        api: FakeBotApi, engine: Engine, database_url: str, tmp_path: Path) -> None:
    """The pool's own 5 s wait for a free connection, on a loaded machine, lost a write the
    tests' longer write deadline would have waited for, and the restarted bot of the test
    above answered that update again: the pool now waits as long as a write may take."""
    tuning = replace(TEST_TUNING, store_write=12.5)
    bot = await start_bot(api, engine, tmp_path / "dyno", tuning=tuning,
                          DATABASE_URL=database_url)
    try:
        store = bot.services.store
        assert isinstance(store, PostgresStore) and store.connection_wait == 12.5
        assert store._pool is not None and store._pool.timeout == 12.5  # (what the pool uses)
    finally:
        await stop_bot(bot)


def warnings_about(caplog: pytest.LogCaptureFixture, what: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == STORE_LOG and r.levelno == logging.WARNING and what in r.getMessage()]


async def test_a_locked_database_costs_no_answer_and_one_log_line(
        api: FakeBotApi, engine: Engine, state_dir: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=STORE_LOG)
    bot = await start_bot(api, engine, state_dir, tuning=STORE_DEADLINES)
    other = sqlite3.connect(state_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        began = time.monotonic()
        for user in range(5):
            person = {"id": 5000 + user, "is_bot": False, "first_name": "U",
                      "language_code": "id"}
            assert "rendang" not in await ask(bot, person, f"{UNANSWERABLE} {user}")
        assert time.monotonic() - began < 5  # five answers while every write waits
        await eventually(lambda: bool(warnings_about(caplog, "record answers")), 15)
        other.execute("ROLLBACK")
        await ask(bot, JOHN, "what is a quokka")

        async def logged() -> bool:
            return any(q.text == "what is a quokka" for q in await bot.store.questions())
        await eventually(logged, 15)
        assert len(warnings_about(caplog, "record answers")) == 1  # not one per message
        assert any("record answers works again" in r.getMessage() for r in caplog.records)
    finally:
        other.close()
        await stop_bot(bot)


async def test_a_button_pressed_while_the_store_is_locked_still_works(
        api: FakeBotApi, engine: Engine, state_dir: Path) -> None:
    """What an answer shows is kept in the store after it is sent; a language switch pressed
    before that write lands (here: never, the file is locked) still redraws the answer."""
    bot = await start_bot(api, engine, state_dir, tuning=STORE_DEADLINES)
    other = sqlite3.connect(state_dir / FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")  # no write, and no read either, gets through
        bot.push(update_message("pertemuan OKI di Pakistan", private(AISYAH), AISYAH))
        [reply] = await bot.reply_in(AISYAH["id"])
        assert "KTT Islam ke-2: Lahore" in reply.params["text"]
        switch = next(b for b in buttons(reply.params) if b["text"] == "🇬🇧 English")
        await bot.noted(reply)  # in memory only: the store's write waits on the lock
        bot.push(callback(switch["callback_data"], reply.result, AISYAH))
        [edit] = await bot.wait(lambda c: c.method == "editMessageText")
        assert "2nd Islamic Summit: Lahore, Pakistan" in edit.params["text"]
    finally:
        other.execute("ROLLBACK")
        other.close()
        await stop_bot(bot)


async def test_a_lost_database_server_costs_no_answer(
        api: FakeBotApi, engine: Engine, state_dir: Path, own_postgres_server: PostgresServer,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=STORE_LOG)
    server = own_postgres_server
    bot = await start_bot(api, engine, state_dir, tuning=STORE_DEADLINES,
                          DATABASE_URL=server.fresh_url())
    try:
        await choose_english(bot, AISYAH)
        server.crash()
        began = time.monotonic()
        for _ in range(3):  # Telegram's language (Indonesian) stands in for her choice
            assert "Sumber" in await ask(bot, AISYAH, "kapan oki didirikan")
        assert time.monotonic() - began < 4
        await eventually(lambda: bool(warnings_about(caplog, "record answers")), 10)
        assert len(warnings_about(caplog, "read language preferences")) == 1
        assert len(warnings_about(caplog, "record answers")) == 1

        server.resume()
        deadline = time.monotonic() + 30
        while "Sources" not in await ask(bot, AISYAH, "kapan oki didirikan"):
            assert time.monotonic() < deadline, "the bot never reconnected"
        assert any("read language preferences works again" in r.getMessage()
                   for r in caplog.records)
    finally:
        await stop_bot(bot)
