"""Study groups: the bot speaks only when addressed, and never spams."""

from __future__ import annotations

import asyncio

import pytest

from tests.telegram.conftest import Harness
from tests.telegram.updates import AISYAH, GROUP, JOHN, message, update_message

pytestmark = pytest.mark.e2e


async def quiet_then(bot: Harness, *updates: dict) -> list:
    """Push updates that must be ignored, then a /tanya that must be answered; return the
    group's messages once that answer arrived (and a moment more for any stray reply)."""
    for update in updates:
        bot.push(update)
    bot.push(update_message("/tanya kapan oki didirikan", GROUP, AISYAH))
    await bot.reply_in(GROUP["id"])
    await asyncio.sleep(0.3)
    return bot.api.sent(GROUP["id"])


@pytest.mark.parametrize("text", ["/tanya kapan oki didirikan", "/tanya@oic_test_bot kapan oki "
                                  "didirikan", "/ask when was the oic founded"])
async def test_commands_address_the_bot(bot: Harness, text: str) -> None:
    bot.push(update_message(text, GROUP, AISYAH))
    [reply] = await bot.reply_in(GROUP["id"])
    assert "1969" in reply.params["text"]
    assert reply.params["reply_parameters"]["message_id"]  # answers quote the question


async def test_ordinary_chatter_is_never_answered(bot: Harness) -> None:
    sent = await quiet_then(
        bot,
        update_message("kapan oki didirikan ya?", GROUP, AISYAH),
        update_message("wkwk iya bener", GROUP, JOHN),
        update_message("/tanya@another_bot kapan oki didirikan", GROUP, JOHN),
        update_message("asdfgh", GROUP, JOHN),
    )
    assert len(sent) == 1


async def test_a_reply_to_the_bot_is_a_question(bot: Harness) -> None:
    bot.push(update_message("/tanya dimana markas oki", GROUP, AISYAH))
    [first] = await bot.reply_in(GROUP["id"])
    bot.push(update_message("terus bahasa resmi oki apa?", GROUP, JOHN, reply_to=first.result))
    replies = await bot.reply_in(GROUP["id"], count=2)
    assert "Arab" in replies[1].params["text"]


async def test_a_mention_is_a_question(bot: Harness) -> None:
    bot.push(update_message("@oic_test_bot where is the oic headquarters", GROUP, JOHN))
    [reply] = await bot.reply_in(GROUP["id"])
    assert "Jeddah" in reply.params["text"]


async def test_jawab_answers_someone_elses_question_as_a_reply_to_it(bot: Harness) -> None:
    question = message("eh bahasa resmi oki apa aja sih", GROUP, JOHN)
    bot.push({"message": question})
    bot.push(update_message("/jawab", GROUP, AISYAH, reply_to=question))
    [reply] = await bot.reply_in(GROUP["id"])
    assert reply.params["reply_parameters"]["message_id"] == question["message_id"]
    assert "Arab" in reply.params["text"]


async def test_unanswerable_chatter_addressed_gets_a_fallback_but_unaddressed_is_silent(
        bot: Harness) -> None:
    sent = await quiet_then(bot, update_message("resep rendang gimana", GROUP, AISYAH))
    assert len(sent) == 1
    bot.push(update_message("/tanya resep rendang gimana", GROUP, AISYAH))
    replies = await bot.reply_in(GROUP["id"], count=2)
    assert "OKI" in replies[-1].params["text"] and "Sumber" not in replies[-1].params["text"]


async def test_group_answers_stay_short(bot: Harness, engine) -> None:
    bot.push(update_message("/tanya daftar sekjen oki", GROUP, AISYAH))
    [reply] = await bot.reply_in(GROUP["id"])
    assert reply.params["text"].count("<a href") <= 2
