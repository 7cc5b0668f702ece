"""Nothing lost, nothing said twice: a killed process, a redeploy, a send outage, a slow
Telegram, a failing store. Times here are short (Tuning); bench/reliability.py runs the same
scenarios at full length and prints the figures in the README."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.store import open_store
from bot.telegram.delivery import Delivery
from tests.telegram.bot_process import spawn
from tests.telegram.conftest import TEST_TUNING, Harness, bot_settings, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import JOHN, private, update_message

pytestmark = pytest.mark.e2e
SECRET = "s3cret_token"
WEBHOOK = {"WEBHOOK_URL": "https://bot.example.org", "WEBHOOK_SECRET": SECRET}
QUESTION = "kapan oki didirikan"


def person(n: int) -> dict[str, Any]:
    return {"id": 30_000 + n, "is_bot": False, "first_name": f"P{n}", "language_code": "id"}


def ask_many(api: FakeBotApi, count: int) -> set[int]:
    """One question from each of ``count`` people; their chat ids."""
    for n in range(count):
        api.push(update_message(QUESTION, private(person(n)), person(n)))
    return {person(n)["id"] for n in range(count)}


def answers(api: FakeBotApi) -> Counter[int]:
    """How many answers each chat got (a sendMessage Telegram carried out)."""
    return Counter(int(c.params["chat_id"]) for c in api.sent() if "1969" in c.params["text"])


async def until(check: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"{what}: still not true after {seconds} s"
        await asyncio.sleep(0.05)


# -- a killed process loses no update ------------------------------------------------------------

PROCESS_TUNING = {"lease": 1.0, "sweep": 0.2, "grace": 2.0, "poll_timeout": 1.0,
                  "first_retry": 0.05, "longest_retry": 0.5}


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_kill_9_mid_burst_loses_no_update(api: FakeBotApi, state_dir: Path,
                                                tmp_path: Path, mode: str,
                                                unused_tcp_port: int) -> None:
    env = {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
           "OIC_STATE_DIR": str(state_dir), "PORT": str(unused_tcp_port)}
    if mode == "webhook":
        env.update(WEBHOOK)
        api.deliver_webhook(f"http://127.0.0.1:{unused_tcp_port}/telegram", SECRET,
                            retry_seconds=0.2)
    log = tmp_path / "bot.log"
    chats = ask_many(api, 120)
    first = spawn(env, PROCESS_TUNING, log)
    try:
        # the rate limiter sends ~28 a second: most of the burst is still waiting when killed
        await until(lambda: len(answers(api)) >= 20, 60, "the first answers")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        before = len(answers(api))
        assert before < len(chats)
        second = spawn(env, PROCESS_TUNING, log)
        try:
            await until(lambda: set(answers(api)) == chats, 60, "every chat answered")
        finally:
            second.send_signal(signal.SIGTERM)
            assert second.wait(30) == 0, log.read_text()
    finally:
        if first.poll() is None:
            first.kill()
    got = answers(api)
    assert sum(got.values()) - len(chats) <= 64, got  # at most the updates that were in hand
    assert api.token not in log.read_text()


# -- the journal: replayed at start, never handled twice -----------------------------------------

async def test_an_update_left_in_the_journal_is_answered_at_start(
        api: FakeBotApi, engine: Engine, state_dir: Path) -> None:
    settings = bot_settings(api, state_dir)
    store = await open_store(settings.store)
    update = update_message(QUESTION, private(JOHN), JOHN)
    update["update_id"] = 77
    # a process took it, then died: its lease has run out
    await store.journal([(77, json.dumps(update))], owner="dead", until=time.time() - 1)
    await store.close()
    bot = await start_bot(api, engine, state_dir)
    try:
        [reply] = await bot.reply_in(JOHN["id"])
        assert "1969" in reply.params["text"]
        await until(lambda: not bot.serving.delivery._tasks, 5, "handled")
        assert await bot.store.backlog() == 0
    finally:
        await stop_bot(bot)


async def test_two_processes_on_one_database_answer_a_twice_delivered_update_once(
        api: FakeBotApi, engine: Engine, state_dir: Path) -> None:
    one = await start_bot(api, engine, state_dir, **WEBHOOK)
    two = await start_bot(api, engine, state_dir, **WEBHOOK)
    try:
        import httpx

        update = update_message(QUESTION, private(JOHN), JOHN)
        update["update_id"] = 5
        async with httpx.AsyncClient() as client:
            statuses = await asyncio.gather(*(
                client.post(f"http://127.0.0.1:{bot.serving.webhook.port}/telegram", json=update,
                            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                for bot in (one, two, one, two)))
        assert [s.status_code for s in statuses] == [200] * 4
        await one.reply_in(JOHN["id"])
        await until(lambda: not one.serving.delivery._tasks and not two.serving.delivery._tasks,
                    5, "both idle")
        assert answers(api) == Counter({JOHN["id"]: 1})
    finally:
        await stop_bot(one)
        await stop_bot(two)


# -- sends: through an outage, never twice -------------------------------------------------------

async def test_a_send_outage_loses_no_reply(bot: Harness,
                                            caplog: pytest.LogCaptureFixture) -> None:
    chats = ask_many(bot.api, 60)  # ~2 s of sending at Telegram's pace
    await until(lambda: len(answers(bot.api)) >= 1, 10, "a first answer")
    await asyncio.to_thread(bot.api.refuse_for, 1.5)  # Telegram unreachable mid-burst
    await until(lambda: set(answers(bot.api)) == chats, 30, "every chat answered")
    assert max(answers(bot.api).values()) == 1
    [outage] = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert "ConnectError" in outage.getMessage()  # the outage did hit the sends


async def test_error_answers_from_telegram_are_resent_until_they_go_through(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    bot.api.fail_for(1.0)  # every sendMessage answered 502 Bad Gateway for a second
    chats = ask_many(bot.api, 10)
    await until(lambda: set(answers(bot.api)) == chats, 30, "every chat answered")
    assert max(answers(bot.api).values()) == 1
    assert any(c.status == 502 for c in bot.api.calls)
    outage = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert len(outage) == 1  # one line for the outage, not one per reply


@pytest.mark.parametrize("read_timeout", [3.0, 0.3])
async def test_a_slow_send_is_never_sent_twice(api: FakeBotApi, engine: Engine, state_dir: Path,
                                               read_timeout: float) -> None:
    """Telegram delivers at once but answers after a second: with a read timeout longer than
    that the bot just waits; with a shorter one it cannot know, and does not resend."""
    api.slow["sendMessage"] = 1.0
    tuning = replace(TEST_TUNING, read_timeout=read_timeout)
    bot = await start_bot(api, engine, state_dir, tuning=tuning)
    try:
        chats = ask_many(api, 3)
        await until(lambda: set(answers(api)) == chats, 20, "every chat answered")
        await asyncio.sleep(2 * 1.0)  # time enough for a resend to show up
        assert max(answers(api).values()) == 1
    finally:
        await stop_bot(bot)


async def test_replies_waiting_through_an_outage_are_bounded_and_said_in_the_log(
        api: FakeBotApi, engine: Engine, state_dir: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    tuning = replace(TEST_TUNING, in_hand=3)
    bot = await start_bot(api, engine, state_dir, tuning=tuning)
    try:
        api.fail_for(1.5)
        chats = ask_many(api, 12)
        await until(lambda: any("Busy: 3 updates in hand" in r.getMessage()
                                for r in caplog.records), 10, "the log says it is busy")
        assert len(bot.serving.delivery._tasks) <= 3
        await until(lambda: set(answers(api)) == chats, 30, "every chat answered")
        assert max(answers(api).values()) == 1
    finally:
        await stop_bot(bot)


async def test_a_bot_waiting_for_telegram_at_start_stops_on_sigterm(tmp_path: Path,
                                                                    unused_tcp_port: int) -> None:
    log = tmp_path / "bot.log"
    process = spawn({"TELEGRAM_BOT_TOKEN": "123456:TEST-TOKEN", "OIC_STATE_DIR": str(tmp_path),
                     "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{unused_tcp_port}"},
                    PROCESS_TUNING, log)
    try:
        await until(lambda: "Could not reach Telegram" in log.read_text(), 60, "waiting")
        process.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(process.wait, 10) == 0
    finally:
        if process.poll() is None:
            process.kill()


async def test_a_stop_hands_unfinished_updates_to_the_next_process_at_once(
        api: FakeBotApi, engine: Engine, state_dir: Path) -> None:
    """SIGTERM (a redeploy): what cannot finish within the grace period is released, not left
    to wait for its lease (here a long one) to run out."""
    tuning = replace(TEST_TUNING, grace=0.3, lease=60.0)
    api.fail_for(60)  # Telegram fails every send: the answer cannot go out before the stop
    first = await start_bot(api, engine, state_dir, tuning=tuning)
    try:
        chats = ask_many(api, 1)
        await first.wait(lambda c: c.status == 502)
    finally:
        await stop_bot(first)
    api.fail_for(0)
    second = await start_bot(api, engine, state_dir, tuning=tuning)
    try:
        await until(lambda: set(answers(api)) == chats, 5, "answered by the next process")
    finally:
        await stop_bot(second)


@pytest.mark.parametrize("refusal", [
    (429, {"description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}}),
    (500, {"description": "Internal Server Error"}),
    (409, {"description": "Conflict: terminated by other getUpdates request"}),
])
async def test_polling_outlasts_what_telegram_answers_to_get_updates(
        bot: Harness, refusal: tuple[int, dict[str, Any]]) -> None:
    status, body = refusal
    bot.api.fail_next["getUpdates"] = (status, {"ok": False, "error_code": status, **body})
    await bot.wait(lambda c: c.method == "getUpdates" and c.status == status)
    chats = ask_many(bot.api, 1)
    await until(lambda: set(answers(bot.api)) == chats, 10, "answered after the refusal")


async def test_a_stop_just_as_a_place_comes_free_still_stops(bot: Harness) -> None:
    """Python 3.11's asyncio.wait_for swallows a cancel that comes as the event it waits for
    is set: the journal sweeper then went on for ever, and so did the bot's stop."""
    for turns in range(4):  # the cancel lands at each point between set() and the wake-up
        delivery = Delivery(bot.app)
        await delivery.start()
        await asyncio.sleep(0.01)
        delivery._wake.set()  # an update finished while others wait in the journal
        for _ in range(turns):
            await asyncio.sleep(0)
        await asyncio.wait_for(delivery.stop(), 3)


async def test_a_cancel_lost_in_a_store_call_does_not_hold_up_the_stop(
        bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """One full test run in about twelve hung at a bot's stop, the journal sweeper still
    counting the journal in PostgreSQL: a cancel that a call swallows (a database driver may,
    as Python 3.11's wait_for did) left the sweeper running, and stop() waited for it."""
    store = bot.services.store
    assert store is not None
    counting, real = asyncio.Event(), store.backlog

    async def backlog() -> int:
        counting.set()
        with contextlib.suppress(asyncio.CancelledError):  # lost on the way, as a driver may
            await asyncio.sleep(1)
        return await real()

    monkeypatch.setattr(store, "backlog", backlog)
    delivery = Delivery(bot.app)
    await delivery.start()
    await asyncio.wait_for(counting.wait(), 10)
    await asyncio.wait_for(delivery.stop(), 5)
