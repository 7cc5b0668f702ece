"""Nothing lost: button presses after a restart, messages deleted meanwhile, captions, edited
questions, and a group that became a supergroup while the bot was answering."""

from __future__ import annotations

import asyncio

import pytest

from tests.telegram.conftest import Harness, buttons, data, eventually
from tests.telegram.telegram_html import visible_text
from tests.telegram.updates import (
    AISYAH,
    GROUP,
    JOHN,
    callback,
    edited,
    message,
    photo,
    private,
    update_message,
)

pytestmark = pytest.mark.e2e


async def test_a_press_too_old_to_acknowledge_still_gets_its_answer(bot: Harness) -> None:
    bot.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    [reply] = await bot.reply_in(AISYAH["id"])
    bot.api.queries_expired = True  # as after a restart: every query is "too old"
    bot.push(callback(data(reply.params, "e:"), reply.result, AISYAH))
    bot.push(callback(data(reply.params, "l:"), reply.result, AISYAH))
    [_, related] = await bot.reply_in(AISYAH["id"], count=2)
    assert "Sumber" in related.params["text"]
    [switched] = await bot.wait(lambda c: c.method == "editMessageText" and c.status == 200)
    assert "Sources" in switched.params["text"]
    assert [c.status for c in bot.api.calls if c.method == "answerCallbackQuery"] == [400, 400]


async def test_a_press_on_a_message_that_cannot_be_edited_sends_the_answer(bot: Harness
                                                                            ) -> None:
    bot.push(update_message("dimana markas oki", private(JOHN), JOHN))
    [reply] = await bot.reply_in(JOHN["id"])
    bot.api.deleted.add((JOHN["id"], reply.result["message_id"]))
    bot.push(callback(data(reply.params, "l:"), reply.result, JOHN))
    [_, anew] = await bot.reply_in(JOHN["id"], count=2)
    assert [c.status for c in bot.api.calls if c.method == "editMessageText"] == [400]
    assert "Sources" in anew.params["text"] and "Jeddah" in anew.params["text"]
    assert "reply_parameters" not in anew.params  # it quotes nothing that is gone


async def test_switching_the_language_of_choices_whose_question_is_gone_keeps_them(
        bot: Harness) -> None:
    bot.push(update_message("piagam", private(AISYAH), AISYAH))
    [unsure] = await bot.reply_in(AISYAH["id"])
    offered = [b["callback_data"].split(":")[1] for b in buttons(unsure.params)
               if b.get("callback_data", "").startswith("s:")]

    async def kept() -> bool:
        return await bot.store.recall(AISYAH["id"], unsure.result["message_id"]) is not None
    await eventually(kept)
    shown = dict(unsure.result)
    shown.pop("reply_to_message", None)  # she deleted her question
    bot.push(callback(data(unsure.params, "l:"), shown, AISYAH))
    [edit] = await bot.wait(lambda c: c.method == "editMessageText")
    assert "not sure what you mean" in edit.params["text"]
    assert [b["callback_data"] for b in buttons(edit.params)
            if b.get("callback_data", "").startswith("s:")] == [f"s:{o}:en" for o in offered]


async def test_a_photo_with_a_question_as_caption_is_answered_in_private(bot: Harness) -> None:
    bot.push(photo("kapan oki didirikan?", private(AISYAH), AISYAH))
    bot.push(photo(None, private(JOHN), JOHN))
    [answer] = await bot.reply_in(AISYAH["id"])
    [note] = await bot.reply_in(JOHN["id"])
    assert "1969" in answer.params["text"]
    assert "text" in note.params["text"]
    bot.push(photo("/start where is the oic headquarters", private(JOHN), JOHN))
    [_, headquarters] = await bot.reply_in(JOHN["id"], count=2)
    assert "Jeddah" in headquarters.params["text"]


async def test_captions_address_the_bot_in_groups_like_text(bot: Harness) -> None:
    bot.push(photo("/tanya kapan oki didirikan", GROUP, AISYAH))
    [first] = await bot.reply_in(GROUP["id"])
    assert "1969" in first.params["text"]
    bot.push(photo("lihat ini, di mana markas oki?", GROUP, JOHN))  # not addressed: silence
    bot.push(photo("@oic_test_bot where is the oic headquarters", GROUP, JOHN))
    [_, second] = await bot.reply_in(GROUP["id"], count=2)
    assert "Jeddah" in second.params["text"]
    bot.push(photo("dan bahasa resminya?", GROUP, AISYAH, reply_to=first.result))
    [*_, third] = await bot.reply_in(GROUP["id"], count=3)
    assert "Arab" in third.params["text"]
    await asyncio.sleep(0.2)
    assert len(bot.api.sent(GROUP["id"])) == 3


async def answered(bot: Harness, question: dict) -> None:
    """Wait until the bot has noted which message answers ``question`` (a person takes
    seconds to edit; a test must not be faster than the bot's bookkeeping)."""
    await eventually(lambda: bot.services.answers.get(
        (question["chat"]["id"], question["message_id"])) is not None)


@pytest.mark.parametrize(("chat", "first", "then"), [
    (private(AISYAH), "kapan oki didirikan", "dimana markas oki"),
    (GROUP, "/tanya kapan oki didirikan", "/tanya dimana markas oki"),
])
async def test_an_edited_question_is_answered_again_in_place(bot: Harness, chat: dict,
                                                             first: str, then: str) -> None:
    question = message(first, chat, AISYAH)
    bot.push({"message": question})
    [answer] = await bot.reply_in(chat["id"])
    assert "1969" in answer.params["text"]
    await answered(bot, question)
    bot.push(edited(question, then))
    [edit] = await bot.wait(lambda c: c.method == "editMessageText")
    assert int(edit.params["message_id"]) == answer.result["message_id"]
    assert "Jeddah" in edit.params["text"] and "1969" not in visible_text(edit.params["text"])
    assert len(bot.api.sent(chat["id"])) == 1


async def test_an_edited_question_whose_answer_was_deleted_gets_a_new_one(bot: Harness
                                                                          ) -> None:
    question = message("kapan oki didirikan", private(JOHN), JOHN)
    bot.push({"message": question})
    [answer] = await bot.reply_in(JOHN["id"])
    await answered(bot, question)
    bot.api.deleted.add((JOHN["id"], answer.result["message_id"]))
    bot.push(edited(question, "where is the oic headquarters"))
    [_, anew] = await bot.reply_in(JOHN["id"], count=2)
    assert "Jeddah" in anew.params["text"]


async def test_a_group_that_became_a_supergroup_still_gets_its_answer(bot: Harness) -> None:
    old_group = {"id": -4455, "type": "group", "title": "Kajian HI"}
    bot.api.migrated[old_group["id"]] = -1009988776655
    bot.push(update_message("/tanya kapan oki didirikan", old_group, AISYAH))
    [answer] = await bot.reply_in(-1009988776655)
    assert "1969" in answer.params["text"]
    [refused] = [c for c in bot.api.calls if c.method == "sendMessage" and c.status == 400]
    assert int(refused.params["chat_id"]) == old_group["id"]
