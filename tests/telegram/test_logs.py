"""What the log shows: never a secret, one line for what is part of Telegram life, nothing at
all from an idle bot; and a store that fails costs no answer."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from telegram.error import InvalidToken

from bot.engine import Engine
from bot.telegram import redact
from bot.telegram.main import configure_logging
from tests.conftest import REPO
from tests.telegram.conftest import Harness, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import JOHN, private, update_message

pytestmark = pytest.mark.e2e
TOKEN = "123456:TEST-TOKEN"  # the fake's
OTHER = "7777777:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"  # token-shaped, not ours


def test_no_secret_survives_a_log_record() -> None:
    out = io.StringIO()
    logger = logging.getLogger("tests.redaction")
    logger.propagate = False
    handler = logging.StreamHandler(out)
    logger.addHandler(handler)
    redact.install([TOKEN, "hook_secret_123", None], logger)
    try:
        logger.error("POST https://api.telegram.org/bot%s/getMe failed", TOKEN)
        logger.error("encoded: bot%s", TOKEN.replace(":", "%3A"))
        logger.error("secret %s and another bot's token %s", "hook_secret_123", OTHER)
        try:
            raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
        except InvalidToken:
            logger.exception("start-up failed")
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert "TEST-TOKEN" not in text and "hook_secret_123" not in text
    assert "AAHdqTcv" not in text
    assert text.count(redact.HIDDEN) == 5
    assert "was rejected by the server" in text  # the rest of the story is still told


def run_bot(api: FakeBotApi, token: str, state: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=REPO, capture_output=True, text=True,
        timeout=90, check=False,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
             "OIC_CACHE_DIR": os.environ.get("OIC_CACHE_DIR", ""), "PTB_TIMEDELTA": "1",
             "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": api.base_url,
             "OIC_STATE_DIR": str(state)})


def test_a_rejected_token_stops_start_up_in_one_line_without_showing_it(
        api: FakeBotApi, tmp_path: Path) -> None:
    done = run_bot(api, OTHER, tmp_path)  # the fake answers 401 to any other token
    assert done.returncode == 2
    assert done.stderr.startswith("oic-bot: TELEGRAM_BOT_TOKEN was refused by Telegram")
    assert done.stderr.count("\n") == 1, done.stderr
    assert "AAHdqTcv" not in done.stderr + done.stdout


async def test_a_token_revoked_while_running_stops_the_bot_in_one_line(
        api: FakeBotApi, tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=REPO, stderr=subprocess.PIPE,
        env={**os.environ, "PTB_TIMEDELTA": "1", "TELEGRAM_BOT_TOKEN": TOKEN,
             "TELEGRAM_API_BASE_URL": api.base_url, "OIC_STATE_DIR": str(tmp_path)})
    await asyncio.to_thread(api.wait_for, lambda c: c.method == "deleteWebhook", 1, 60)
    api.revoke_token("123456:REVOKED")  # Telegram now answers 401 (404 too)
    assert process.stderr is not None
    stderr = (await asyncio.wait_for(process.stderr.read(), 60)).decode()
    assert await process.wait() == 2
    assert "TEST-TOKEN" not in stderr
    assert stderr.splitlines()[-1].startswith("oic-bot: TELEGRAM_BOT_TOKEN was refused")


async def test_an_idle_bot_writes_nothing_to_the_log(bot: Harness,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    configure_logging()  # the levels `oic-bot run` sets
    caplog.set_level(logging.INFO)
    caplog.clear()
    await asyncio.sleep(3.5)  # two runs of the content watcher, a few long polls and sweeps
    assert [r.getMessage() for r in caplog.records] == []


@pytest.mark.parametrize("refusal", [
    (403, "Forbidden: bot was blocked by the user"),
    (403, "Forbidden: bot was kicked from the supergroup chat"),
    (400, "Bad Request: not enough rights to send text messages to the chat"),
])
async def test_an_expected_refusal_is_one_line(bot: Harness, caplog: pytest.LogCaptureFixture,
                                               refusal: tuple[int, str]) -> None:
    status, description = refusal
    bot.api.fail_next["sendMessage"] = (status, {"ok": False, "error_code": status,
                                                 "description": description})
    bot.push(update_message("kapan oki didirikan", private(JOHN), JOHN))
    await bot.wait(lambda c: c.status == status)
    await asyncio.sleep(0.2)  # the error handler runs after the failed send
    logged = [r for r in caplog.records if r.name == "bot.telegram.errors"]
    assert len(logged) == 1 and logged[0].exc_info is None
    said = description.split(": ", 1)[1].lower()  # PTB drops "Bad Request: "
    assert said in logged[0].getMessage().lower()


async def test_a_full_disk_costs_no_answer(api: FakeBotApi, engine: Engine, state_dir: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    bot = await start_bot(api, engine, state_dir)
    store: Any = bot.store

    async def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    store._run = full  # every read and write of the store fails as on a full disk
    try:
        for n in range(22):
            user = {"id": 6000 + n, "is_bot": False, "first_name": "U", "language_code": "id"}
            bot.push(update_message("kapan oki didirikan", private(user), user))
        answered = await bot.wait(lambda c: c.method == "sendMessage" and c.status == 200, 22)
        assert all("1969" in c.params["text"] for c in answered)
        failures = [r.getMessage() for r in caplog.records if "could not" in r.getMessage()]
        assert len(failures) == len(set(failures))  # one line per kind, not per message
        assert any("could not journal updates" in line for line in failures)
    finally:
        del store._run  # the disk has room again: the store closes cleanly
        await stop_bot(bot)
