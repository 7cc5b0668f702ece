"""Votes that count once and reach the review; groups with manners; the bot's profile."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine import Engine
from bot.store import Tally
from tests.telegram.conftest import Harness, buttons, data, eventually, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.telegram_html import visible_text
from tests.telegram.updates import (
    AISYAH,
    GROUP,
    JOHN,
    bot_added,
    callback,
    message,
    private,
    update_message,
)

pytestmark = pytest.mark.e2e
OPERATOR = {"id": 777, "is_bot": False, "first_name": "Admin", "language_code": "en"}


@pytest.fixture
async def run(api: FakeBotApi, engine: Engine, state_dir: Path) -> AsyncIterator[Harness]:
    harness = await start_bot(api, engine, state_dir, OIC_OPERATOR_IDS=str(OPERATOR["id"]))
    try:
        yield harness
    finally:
        await stop_bot(harness)


# -- votes ------------------------------------------------------------------------------------

async def test_one_vote_per_person_thanked_and_its_reasons_reach_the_review(
        run: Harness, state_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    [reply] = await run.reply_in(AISYAH["id"])
    down = data(reply.params, "v:0")
    for _ in range(4):  # the same 👎 pressed four times
        run.push(callback(down, reply.result, AISYAH))
    await run.wait(lambda c: c.method == "editMessageReplyMarkup", count=4)
    run.push(callback("v:0o:founding_date:id", reply.result, AISYAH))
    run.push(callback("v:1:no_such_entry:id", reply.result, AISYAH))  # forged
    thanked = (await run.wait(lambda c: c.method == "editMessageReplyMarkup", count=5))[-1]
    labels = [b["text"] for b in buttons(thanked.params)]
    assert "✓ Terima kasih" in labels and "👎 Tidak membantu" not in labels

    async def counted_once() -> bool:
        return await run.store.votes() == {"founding_date": Tally(0, 1, {"out_of_date": 1})}
    await eventually(counted_once)
    [vote] = await run.store.unhelpful()
    assert vote.decision_reason.startswith("answer: founding_date")

    run.push(update_message("/review", private(OPERATOR), OPERATOR))
    reviews = await run.reply_in(OPERATOR["id"], count=2)
    text = visible_text(reviews[-1].params["text"])
    assert "founding_date: 1x 👎 (out of date 1)" in text
    assert "given because: answer: founding_date" in text

    capsys.readouterr()
    assert await asyncio.to_thread(main, ["review", "--state-dir", str(state_dir)]) == 0
    assert "founding_date: 1x 👎 (out of date 1)" in capsys.readouterr().out


async def test_a_vote_on_a_table_row_counts(run: Harness) -> None:
    run.push(update_message("ktt ke-2 oki dimana", private(JOHN), JOHN))
    [reply] = await run.reply_in(JOHN["id"])
    run.push(callback(data(reply.params, "v:1"), reply.result, JOHN))
    [toast] = await run.wait(lambda c: c.method == "answerCallbackQuery")
    assert toast.params["text"] == "Terima kasih atas masukannya!"  # answered in Indonesian

    async def counted() -> bool:
        return await run.store.votes() == {"summit_2": Tally(1, 0)}
    await eventually(counted)


async def test_in_a_group_votes_stay_for_the_others(run: Harness) -> None:
    run.push(update_message("/tanya kapan oki didirikan", GROUP, AISYAH))
    [reply] = await run.reply_in(GROUP["id"])
    run.push(callback(data(reply.params, "v:1"), reply.result, AISYAH))
    run.push(callback(data(reply.params, "v:0"), reply.result, JOHN))
    [asking] = await run.wait(lambda c: c.method == "editMessageReplyMarkup")
    assert data(asking.params, "v:0w") == "v:0w:founding_date:id"
    run.push(callback("v:0u:founding_date:id", reply.result, JOHN))
    [_, back] = await run.wait(lambda c: c.method == "editMessageReplyMarkup", count=2)
    assert data(back.params, "v:1") == "v:1:founding_date:id"  # for the next person

    async def both() -> bool:
        return await run.store.votes() == {"founding_date": Tally(1, 1, {"unclear": 1})}
    await eventually(both)
    assert len([c for c in run.api.calls if c.method == "editMessageReplyMarkup"]) == 2


# -- groups with manners ----------------------------------------------------------------------

async def test_added_to_a_group_the_bot_introduces_itself_once(run: Harness) -> None:
    api = run.api
    run.push(bot_added(GROUP, AISYAH, api.bot_id, api.username))
    [hello] = await run.reply_in(GROUP["id"])
    assert "/tanya" in hello.params["text"] and "oic-bot" in hello.params["text"]
    run.push(bot_added(GROUP, AISYAH, api.bot_id, api.username, old="member",
                       new="administrator"))  # promoted: no second introduction
    run.push(update_message("/tanya kapan oki didirikan", GROUP, AISYAH))
    await run.reply_in(GROUP["id"], count=2)
    await asyncio.sleep(0.2)
    assert sum("oic-bot" in c.params["text"] for c in api.sent(GROUP["id"])) == 1


async def test_only_who_typed_bahasa_may_press_its_buttons(run: Harness) -> None:
    run.push(update_message("/bahasa", GROUP, AISYAH))
    [menu] = await run.reply_in(GROUP["id"])
    run.push(callback("p:en", menu.result, JOHN))
    [refusal] = await run.wait(lambda c: c.method == "answerCallbackQuery")
    assert refusal.params["text"] == "These buttons are for whoever typed the command."
    assert not [c for c in run.api.calls if c.method == "editMessageText"]
    assert await run.store.language(JOHN["id"]) is None
    run.push(callback("p:en", menu.result, AISYAH))
    [done] = await run.wait(lambda c: c.method == "editMessageText")
    assert "English" in done.params["text"]


async def test_a_language_switch_by_someone_else_comes_as_a_reply_of_its_own(
        run: Harness) -> None:
    run.push(update_message("/tanya dimana markas oki", GROUP, AISYAH))
    [answer] = await run.reply_in(GROUP["id"])
    switch = data(answer.params, "l:")
    run.push(callback(switch, answer.result, JOHN))
    [_, for_john] = await run.reply_in(GROUP["id"], count=2)
    assert "Sources" in for_john.params["text"]
    assert for_john.params["reply_parameters"]["message_id"] == answer.result["message_id"]
    assert not [c for c in run.api.calls if c.method == "editMessageText"]
    run.push(callback(switch, answer.result, AISYAH))
    [edit] = await run.wait(lambda c: c.method == "editMessageText")
    assert int(edit.params["message_id"]) == answer.result["message_id"]


async def test_jawab_on_the_bots_own_answer_is_not_a_question(run: Harness) -> None:
    run.push(update_message("/tanya dimana markas oki", GROUP, AISYAH))
    [answer] = await run.reply_in(GROUP["id"])
    run.push(update_message("/jawab", GROUP, JOHN, reply_to=answer.result))
    [_, note] = await run.reply_in(GROUP["id"], count=2)
    assert "my own answer" in note.params["text"] and "Jeddah" not in note.params["text"]


@pytest.mark.parametrize("command", ["/stats", "/review", "/reload"])
async def test_operator_commands_in_a_group_are_never_answered_in_public(run: Harness,
                                                                         command: str) -> None:
    run.push(update_message(command, GROUP, AISYAH))
    run.push(update_message(command, GROUP, OPERATOR))
    [hint] = await run.reply_in(OPERATOR["id"])
    assert command in hint.params["text"]
    run.push(update_message("/tanya kapan oki didirikan", GROUP, JOHN))
    [only] = await run.reply_in(GROUP["id"])
    await asyncio.sleep(0.2)
    assert [c.params["text"] for c in run.api.sent(GROUP["id"])] == [only.params["text"]]
    assert "1969" in only.params["text"]
    assert not run.api.sent(AISYAH["id"])


# -- profile ----------------------------------------------------------------------------------

async def test_the_profile_and_menus_are_set_by_scope_and_language(run: Harness) -> None:
    api = run.api
    for method in ("setMyDescription", "setMyShortDescription"):
        indonesian, english = api.described(method, "id"), api.described(method, None)
        assert indonesian and english and indonesian != english
        assert "OKI" in indonesian and "OIC" in english
    assert "@oic_test_bot" in (api.described("setMyDescription", None) or "")
    private_menu = api.commands("all_private_chats", "id") or []
    assert "jawab" not in private_menu and "topik" in private_menu
    assert (api.commands("all_group_chats", "id") or [])[:2] == ["tanya", "jawab"]
    english_group = api.commands("all_group_chats") or []
    assert {"ask", "answer"} <= set(english_group)
    operator_menu = api.commands("chat", None, chat_id=OPERATOR["id"]) or []
    assert {"reload", "stats", "review"} <= set(operator_menu)
    for everyone in ("default", "all_private_chats", "all_group_chats"):
        for lang in ("id", None):
            assert not {"reload", "stats", "review"} & set(api.commands(everyone, lang) or [])


def test_message_builder_quotes(engine: Engine) -> None:
    question = message("x", GROUP, AISYAH)
    assert update_message("/jawab", GROUP, JOHN, reply_to=question)["message"][
        "reply_to_message"]["message_id"] == question["message_id"]
