"""Answers sized for a phone: the direct answer first, the rest one tap away, nothing lost."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine
from bot.telegram.render import View, render
from tests.telegram.conftest import Harness, buttons, eventually
from tests.telegram.telegram_html import telegram_rejects, visible_text
from tests.telegram.updates import AISYAH, GROUP, JOHN, callback, private, update_message

PHONE = 350  # characters a phone shows without scrolling past the answer, roughly
SHARE = 0.90  # of all answers


def every_answer(engine: Engine) -> list[str]:
    return [*engine.kb.entries, *(row.id for t in engine.kb.tables.values() for row in t.rows)]


def pressed(params: dict, label: str) -> str:
    return next(b["callback_data"] for b in buttons(params) if b["text"].startswith(label))


def test_nine_in_ten_answers_show_at_most_350_characters_before_anything_is_opened(
        engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    """Visible = the message text as a phone shows it folded (tags gone, buttons not
    counted), over every shipped entry and table row in both languages."""
    lengths = []
    for ident in every_answer(engine):
        for lang in ("id", "en"):
            reply = engine.entry_reply(ident, lang)
            folded = render(reply, bot_username="b")
            assert len(folded.chunks) == 1, (ident, lang)
            text = folded.chunks[0]
            assert telegram_rejects(text) is None, (ident, lang)
            assert text.count("<a href") <= 2, (ident, lang)
            lengths.append(len(visible_text(text)))
    lengths.sort()
    share = sum(1 for n in lengths if n <= PHONE) / len(lengths)
    with capsys.disabled():
        print(f"\nvisible part of {len(lengths)} answers: {share:.1%} at most {PHONE} "
              f"characters; median {lengths[len(lengths) // 2]}, 90th percentile "
              f"{lengths[int(len(lengths) * 0.9)]}, longest {lengths[-1]}")
    assert share >= SHARE


def test_nothing_is_lost_only_folded(engine: Engine) -> None:
    """Opened in full, every answer shows every line of its text and every source."""
    for ident in every_answer(engine):
        for lang in ("id", "en"):
            reply = engine.entry_reply(ident, lang)
            opened = visible_text("\n".join(render(reply, view=View(True, True)).chunks))
            html_text = "\n".join(render(reply, view=View(True, True)).chunks)
            for line in reply.answer.splitlines():
                assert line in opened, (ident, lang, line)
            for source in reply.sources:
                assert source.title in opened, (ident, lang)
                assert source.url.replace("&", "&amp;") in html_text, (ident, lang)


async def test_more_and_all_sources_open_the_answer_in_place(bot: Harness) -> None:
    bot.push(update_message("daftar ktt oki", private(AISYAH), AISYAH))
    [folded] = await bot.reply_in(AISYAH["id"])
    shown = visible_text(folded.params["text"])
    assert "Ke-1: Rabat" in shown and "Ke-15" not in shown
    assert folded.params["text"].count("<a href") == 2 and "(+" in shown

    bot.push(callback(pressed(folded.params, "📖 Selengkapnya"), folded.result, AISYAH))
    [opened] = await bot.wait(lambda c: c.method == "editMessageText")
    assert int(opened.params["message_id"]) == folded.result["message_id"]
    assert "Ke-15: Banjul" in visible_text(opened.params["text"])
    assert any(b["text"] == "🔼 Ringkas" for b in buttons(opened.params))

    bot.push(callback(pressed(opened.params, "📚 Sumber lengkap"), folded.result, AISYAH))
    [_, everything] = await bot.wait(lambda c: c.method == "editMessageText", count=2)
    assert everything.params["text"].count("<a href") == 17
    assert "Ke-15: Banjul" in visible_text(everything.params["text"])  # still open
    assert len(bot.api.sent(AISYAH["id"])) == 1  # all in the one message


async def test_a_list_folds_and_opens_again_after_its_question_is_deleted(bot: Harness
                                                                           ) -> None:
    bot.push(update_message("cfm sessions held in saudi arabia", private(JOHN), JOHN))
    [folded] = await bot.reply_in(JOHN["id"])
    assert pressed(folded.params, "📖 More").startswith("f:10:q:")  # too long for a button

    async def kept() -> bool:  # the bot keeps what it showed once it has answered
        return await bot.store.recall(JOHN["id"], folded.result["message_id"]) is not None
    await eventually(kept)
    message = dict(folded.result)
    message.pop("reply_to_message", None)  # the question is gone
    bot.push(callback(pressed(folded.params, "📖 More"), message, JOHN))
    [opened] = await bot.wait(lambda c: c.method == "editMessageText")
    text = visible_text(opened.params["text"])
    assert "41st Session of the Council of Foreign Ministers: Jeddah" in text
    assert "20th Extraordinary Session" in text


async def test_a_second_question_in_the_same_message_is_one_tap_away(bot: Harness) -> None:
    bot.push(update_message("kapan oki didirikan? dan di mana markasnya?", private(AISYAH),
                            AISYAH))
    [reply] = await bot.reply_in(AISYAH["id"])
    assert "1969" in reply.params["text"]
    also = next(b for b in buttons(reply.params) if b["text"].startswith("➕"))
    assert "markas" in also["text"].lower()
    bot.push(callback(also["callback_data"], reply.result, AISYAH))
    [_, second] = await bot.reply_in(AISYAH["id"], count=2)
    assert "Jeddah" in second.params["text"]


async def test_a_second_question_asking_for_a_list_comes_as_its_own_message(bot: Harness
                                                                             ) -> None:
    bot.push(update_message("When was the OIC founded? Which summits were held in Saudi "
                            "Arabia?", private(JOHN), JOHN))
    first, second = await bot.reply_in(JOHN["id"], count=2)
    assert "1969" in first.params["text"]
    assert "Islamic Summits — Saudi Arabia" in second.params["text"]

    async def kept() -> bool:
        return await bot.store.recall(JOHN["id"], second.result["message_id"]) is not None
    await eventually(kept)
    bot.push(callback(pressed(second.params, "🇮🇩"), second.result, JOHN))
    [switched] = await bot.wait(lambda c: c.method == "editMessageText")
    assert int(switched.params["message_id"]) == second.result["message_id"]
    assert "KTT Islam OKI — Arab Saudi" in switched.params["text"]


async def test_group_answers_fold_the_same_way(bot: Harness) -> None:
    bot.push(update_message("/tanya daftar sekjen oki", GROUP, AISYAH))
    [reply] = await bot.reply_in(GROUP["id"])
    assert len(visible_text(reply.params["text"])) <= PHONE
    assert re.search(r"\(\+\d+\)", visible_text(reply.params["text"]))
    assert any(b["text"].startswith("📖") for b in buttons(reply.params))


def test_the_detail_asked_beside_the_lead_shows_folded_too(engine: Engine) -> None:
    """A two-part question's second half, said by a later sentence, is on the phone's first
    screen, before "More" (it was behind it: "at whose invitation?")."""
    reply = engine.ask("When was the third extraordinary summit and at whose invitation?")
    folded = visible_text(render(reply, bot_username="b").chunks[0])
    assert "7–8 December 2005" in folded and "invitation of King Abdullah" in folded, folded
    assert "Ten-Year Programme" not in folded  # (the rest stays folded)
