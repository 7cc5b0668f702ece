"""Menus in place, sharing through inline mode, inline mode's own pages, no dead ends, and a
sign of life while a group's pacing holds an answer back."""

from __future__ import annotations

import asyncio

import pytest

from bot.engine import Engine
from bot.telegram import app as wiring
from bot.telegram import sending
from tests.telegram.conftest import Harness, buttons, data, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.telegram_html import visible_text
from tests.telegram.updates import (
    AISYAH,
    GROUP,
    JOHN,
    STICKER,
    callback,
    inline,
    message,
    private,
    update_message,
)

pytestmark = pytest.mark.e2e


async def test_topics_to_a_question_and_back_is_one_message_in_a_group(bot: Harness) -> None:
    bot.push(update_message("/topik", GROUP, AISYAH))
    [menu] = await bot.reply_in(GROUP["id"])
    bot.push(callback(data(menu.params, "t:founding"), menu.result, AISYAH))
    [listing] = await bot.wait(lambda c: c.method == "editMessageText")
    assert any(b["text"] == "⬅️ Kembali" and b["callback_data"] == "t::id"
               for b in buttons(listing.params))
    bot.push(callback("n:founding:founding_date:id", menu.result, AISYAH))
    [_, answer] = await bot.wait(lambda c: c.method == "editMessageText", count=2)
    assert "1969" in answer.params["text"]
    back = next(b for b in buttons(answer.params) if b["text"] == "⬅️ Kembali")
    assert back["callback_data"] == "t:founding:id"
    bot.push(callback(back["callback_data"], menu.result, AISYAH))
    [*_, again] = await bot.wait(lambda c: c.method == "editMessageText", count=3)
    assert "n:founding:founding_date:id" in [b["callback_data"] for b in buttons(again.params)]
    edits = [c for c in bot.api.calls if c.method == "editMessageText"]
    assert {int(c.params["message_id"]) for c in edits} == {menu.result["message_id"]}
    assert len(bot.api.sent(GROUP["id"])) == 1  # one message for the whole group


async def test_share_fills_in_a_query_that_inline_mode_answers_with_that_answer(
        bot: Harness) -> None:
    bot.push(update_message("ktt ke-2 oki dimana", private(AISYAH), AISYAH))
    [reply] = await bot.reply_in(AISYAH["id"])
    [share] = [b for b in buttons(reply.params) if "switch_inline_query_chosen_chat" in b]
    query = share["switch_inline_query_chosen_chat"]["query"]
    bot.push(inline(query, AISYAH))
    [answer] = await bot.wait(lambda c: c.method == "answerInlineQuery")
    [card] = answer.params["results"]
    assert card["title"] == query
    assert "Lahore" in card["input_message_content"]["message_text"]
    [back] = card["reply_markup"]["inline_keyboard"][0]
    assert back["url"] == "https://t.me/oic_test_bot?start=summit_2"


async def test_an_empty_inline_query_offers_the_starters_and_a_private_chat(bot: Harness,
                                                                            engine: Engine
                                                                            ) -> None:
    bot.push(inline("", JOHN))
    [answer] = await bot.wait(lambda c: c.method == "answerInlineQuery")
    titles = [r["title"] for r in answer.params["results"]]
    assert titles == [engine.kb.entries[e].title["en"] for e in engine.kb.navigation.starters]
    assert answer.params["button"]["text"] == "Ask in a private chat"
    assert answer.params["button"]["start_parameter"] == "ask"
    for card in answer.params["results"]:
        [back] = card["reply_markup"]["inline_keyboard"][0]
        assert back["url"].startswith("https://t.me/oic_test_bot?start=")
    bot.push(update_message("/start ask", private(JOHN), JOHN))
    [welcome] = await bot.reply_in(JOHN["id"])
    assert "Hello!" in welcome.params["text"]


async def test_inline_runners_up_only_when_the_decision_offered_them(bot: Harness,
                                                                    engine: Engine) -> None:
    bot.push(inline("kapan oki didirikan", AISYAH))
    [clear] = await bot.wait(lambda c: c.method == "answerInlineQuery")
    offered = engine.ask("kapan oki didirikan").decision.offers  # type: ignore[union-attr]
    titles = [r["title"] for r in clear.params["results"]]
    assert titles[0] == "Kapan dan di mana OKI didirikan?"
    assert titles[1:] == [engine.entry_reply(o, "id").title for o in offered
                          if o != "founding_date"][: len(titles) - 1]
    assert clear.params["button"]["start_parameter"] == "founding_date"

    bot.push(update_message("piagam", private(AISYAH), AISYAH))  # "did you mean" in private
    [unsure] = await bot.reply_in(AISYAH["id"])
    choices_there = [b["text"] for b in buttons(unsure.params)
                     if b.get("callback_data", "").startswith("s:")]
    bot.push(inline("piagam", AISYAH))
    [_, choices] = await bot.wait(lambda c: c.method == "answerInlineQuery", count=2)
    inline_titles = [r["title"] for r in choices.params["results"]]
    assert inline_titles[: len(choices_there)] == choices_there and len(inline_titles) <= 5

    bot.push(inline("resep rendang padang", AISYAH))  # nothing to offer: no padding
    [*_, nothing] = await bot.wait(lambda c: c.method == "answerInlineQuery", count=3)
    assert nothing.params["results"] == []
    assert nothing.params["button"]["start_parameter"] == "ask"


async def test_an_unknown_deep_link_gets_one_line_and_the_starters(bot: Harness) -> None:
    bot.push(update_message("/start no_such_answer", private(AISYAH), AISYAH))
    [reply] = await bot.reply_in(AISYAH["id"])
    assert visible_text(reply.params["text"]).count("\n") == 0
    assert "tidak ada lagi" in reply.params["text"]
    assert "e:founding_date:id" in [b.get("callback_data") for b in buttons(reply.params)]


async def test_a_deep_link_to_a_country_opens_its_standing(bot: Harness) -> None:
    bot.push(update_message("/start membership-TR", private(JOHN), JOHN))
    [reply] = await bot.reply_in(JOHN["id"])
    assert "Turkey" in reply.params["text"] or "Türkiye" in reply.params["text"]


async def test_chatter_to_the_bot_in_a_group_is_left_alone(bot: Harness) -> None:
    bot.push(update_message("/tanya dimana markas oki", GROUP, AISYAH))
    [answer] = await bot.reply_in(GROUP["id"])
    for text in ("wkwk", "oke"):
        bot.push(update_message(text, GROUP, JOHN, reply_to=answer.result))
    bot.push(update_message(None, GROUP, JOHN, reply_to=answer.result, sticker=STICKER))
    bot.push(update_message("/tanya kapan oki didirikan", GROUP, AISYAH))
    [_, second] = await bot.reply_in(GROUP["id"], count=2)
    await asyncio.sleep(0.3)  # room for a stray reply to the chatter
    sent = bot.api.sent(GROUP["id"])
    assert "1969" in second.params["text"]
    assert len(sent) == 2 and "Jeddah" in sent[0].params["text"]


async def test_chatter_in_private_gets_a_short_prompt_without_buttons(bot: Harness) -> None:
    bot.push(update_message("wkwk", private(AISYAH), AISYAH))
    [reply] = await bot.reply_in(AISYAH["id"])
    assert "pertanyaan" in reply.params["text"] and not buttons(reply.params)


async def test_a_group_answer_held_by_the_pacing_shows_typing(
        api: FakeBotApi, engine: Engine, state_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wiring, "GROUP_PER_MINUTE", 1)  # one message per 1.5 s, not 19 a minute
    monkeypatch.setattr(wiring, "GROUP_PERIOD", 1.5)
    monkeypatch.setattr(sending, "TYPING_AFTER", 0.2)
    harness = await start_bot(api, engine, state_dir)
    try:
        harness.push(update_message("/tanya kapan oki didirikan", GROUP, AISYAH))
        harness.push(update_message("/tanya dimana markas oki", GROUP, JOHN))
        await harness.reply_in(GROUP["id"], count=2)
        typing = [c for c in api.calls if c.method == "sendChatAction"]
        assert typing and all(c.params["action"] == "typing"
                              and int(c.params["chat_id"]) == GROUP["id"] for c in typing)
        second = max(i for i, c in enumerate(api.calls) if c.method == "sendMessage")
        assert any(c.method == "sendChatAction" for c in api.calls[:second])
    finally:
        await stop_bot(harness)


async def test_private_answers_come_without_a_typing_action(bot: Harness) -> None:
    bot.push(update_message("kapan oki didirikan", private(JOHN), JOHN))
    await bot.reply_in(JOHN["id"])
    assert not [c for c in bot.api.calls if c.method == "sendChatAction"]


def test_message_builder_keeps_replies() -> None:  # the fake quotes what a reply quotes
    question = message("x", GROUP, AISYAH)
    assert update_message("y", GROUP, JOHN, reply_to=question)["message"][
        "reply_to_message"] == question
