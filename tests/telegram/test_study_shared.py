"""Study groups on two bot processes sharing one PostgreSQL database (a webhook scaled to
two): an answer delivered to both counts once, and either process can move a round on."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.store.study import ALL_TIME, study
from tests.telegram.conftest import eventually, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import AISYAH, GROUP, JOHN, poll_answer, poll_closed, update_message

pytestmark = pytest.mark.e2e


async def test_two_processes_count_an_answer_once_and_share_a_round(
        engine: Engine, database_url: str, tmp_path: Path) -> None:
    """Both processes serve one bot (one Telegram, one database): each update is handled by
    whichever process takes it from the shared journal, so either may send, count or close."""
    api = FakeBotApi().start()
    env = {"DATABASE_URL": database_url, "OIC_PRIVACY_KEY": "k" * 32}
    first = await start_bot(api, engine, tmp_path / "one", **env)
    second = await start_bot(api, engine, tmp_path / "two", **env)
    try:
        first.push(update_message("/kuis 2", GROUP, AISYAH))
        [call] = await first.wait(lambda c: c.method == "sendPoll" and c.status == 200)
        poll = call.result["poll"]

        async def known() -> bool:
            return await study(second.store).poll(poll["id"]) is not None
        await eventually(known)
        right = call.params["correct_option_ids"][0]
        for _ in range(2):  # Telegram's answer, then the same answer once more
            first.push(poll_answer(poll["id"], AISYAH, right))
            first.push(poll_answer(poll["id"], JOHN, (right + 1) % 4))

        async def counted() -> bool:
            board = await study(first.store).board(GROUP["id"], ALL_TIME)
            return sum(line.answered for line in board) == 2
        await eventually(counted)
        # the poll closes; whichever process hears of it goes on with the round
        second.push(poll_closed(api.close_poll(poll["id"])))
        [_, following] = await second.wait(
            lambda c: c.method == "sendPoll" and c.status == 200, count=2)
        assert following.params["question"].startswith("(2/2) ")
        board = await study(second.store).board(GROUP["id"], ALL_TIME)
        assert sorted((line.name, line.correct, line.answered) for line in board) == [
            ("Aisyah", 1, 1), ("John", 0, 1)]
    finally:
        await stop_bot(first)
        await stop_bot(second)
        api.stop()
