"""Operators: live YAML edits under a running bot, safe failures, /reload, /stats, /review."""

from __future__ import annotations

import asyncio
import html
import random
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine import Engine
from bot.store import REVIEW_ROWS, Tally
from tests.telegram.conftest import Harness, eventually, start_bot, stop_bot
from tests.telegram.fake_api import FakeBotApi
from tests.telegram.updates import AISYAH, JOHN, private, update_message

pytestmark = pytest.mark.e2e
OPERATOR = {"id": 777, "is_bot": False, "first_name": "Admin", "language_code": "en"}


@pytest.fixture
async def live(api: FakeBotApi, content: Path, state_dir: Path, engine: Engine
               ) -> AsyncIterator[Harness]:
    # The copy is the shipped content until a test edits it: the shipped engine serves it.
    harness = await start_bot(api, engine, state_dir, OIC_CONTENT_DIR=str(content),
                              OIC_OPERATOR_IDS=str(OPERATOR["id"]))
    try:
        yield harness
    finally:
        await stop_bot(harness)


async def ask(bot: Harness, user: dict, text: str) -> str:
    before = len(bot.api.sent(user["id"]))
    bot.push(update_message(text, private(user), user))
    replies = await bot.reply_in(user["id"], count=before + 1)
    return replies[-1].params["text"]


async def ask_until(bot: Harness, text: str, expected: str, seconds: float = 15) -> str:
    deadline = time.monotonic() + seconds
    while True:
        answer = await ask(bot, AISYAH, text)
        if expected in answer or time.monotonic() > deadline:
            return answer
        await asyncio.sleep(0.5)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


async def test_a_saved_edit_goes_live_without_a_restart(live: Harness, content: Path) -> None:
    assert "Jeddah" in await ask(live, AISYAH, "dimana markas oki")
    edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah [DIPERBARUI]")
    answer = await ask_until(live, "dimana markas oki", "[DIPERBARUI]")
    assert "[DIPERBARUI]" in answer


async def test_a_broken_save_changes_nothing_and_tells_the_operators(live: Harness,
                                                                     content: Path) -> None:
    broken = content / "intents" / "headquarters.yaml"
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good + "\n  - id: [this is not closed\n", encoding="utf-8")
    [report] = await live.reply_in(OPERATOR["id"])
    text = report.params["text"]  # in the bot's default language: he has not written yet
    assert "Konten TIDAK dimuat" in text and "not valid YAML" in text
    # named inside the content, not this machine, at the broken line added past the good ones
    where = re.search(r"• intents/headquarters\.yaml:(\d+)", text)
    assert where and int(where.group(1)) > good.count("\n"), text
    assert text.count("• ") == 1  # the root cause once
    assert "Jeddah" in await ask(live, AISYAH, "dimana markas oki")

    broken.write_text(good.replace("dimana markas oki", "dimana markas oki berada", 1)
                      + "\n", encoding="utf-8")
    edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah [FIXED]")
    assert "[FIXED]" in await ask_until(live, "dimana markas oki", "[FIXED]")
    went_live = await live.wait(lambda c: c.method == "sendMessage"
                                and "Konten baru" in c.params["text"])  # one, or one a file
    assert {c.params["text"] for c in went_live} == {
        "✅ <b>Konten baru sudah berlaku</b>: entri: 1 diubah (headquarters)."}
    told = [c.params["text"] for c in live.api.sent(OPERATOR["id"])]
    assert len([t for t in told if "TIDAK dimuat" in t]) == 1  # once per broken version


async def test_reload_from_an_operator_reports_what_changed(live: Harness, content: Path) -> None:
    edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah!")
    text = await ask(live, OPERATOR, "/reload")
    assert text == "Content reloaded: entries: 1 changed (headquarters)."
    text = await ask(live, OPERATOR, "/reload")  # nothing new since: not "0 changed"
    assert text.startswith("The content is already current. Last change ")
    assert text.endswith(": entries: 1 changed (headquarters).")
    assert "Jeddah!" in await ask(live, AISYAH, "dimana markas oki")


async def test_operator_commands_refuse_strangers(live: Harness, content: Path) -> None:
    edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah [STRANGER]")
    for command in ("/reload", "/stats", "/review"):
        assert "hanya untuk pengelola" in await ask(live, AISYAH, command)
    assert not [c for c in live.api.sent(AISYAH["id"]) if "Content reloaded" in
                c.params["text"]]


async def test_stats_count_answers_by_outcome_and_language(live: Harness) -> None:
    await ask(live, AISYAH, "kapan oki didirikan")
    await ask(live, JOHN, "what is the weather in jakarta")

    async def both_counted() -> bool:
        return sum((await live.store.stats()).values()) == 2
    await eventually(both_counted)
    text = await ask(live, OPERATOR, "/stats")
    assert "answered: 1 (id 1, en 0)" in text
    assert "unanswered: 1 (id 0, en 1)" in text


async def test_unanswered_questions_reach_the_review_with_usable_yaml(
        live: Harness, state_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for text in ("berapa gaji sekjen oki", "berapa gaji sekjen oki ya", "what is a quokka"):
        await ask(live, AISYAH, text)

    async def all_logged() -> bool:
        return len(await live.store.questions()) == 3
    await eventually(all_logged)
    review = await ask(live, OPERATOR, "/review")
    assert "gaji sekjen oki" in review and "asked 2x" in review
    assert await asyncio.to_thread(main, ["review", "--state-dir", str(state_dir)]) == 0
    out = capsys.readouterr().out
    assert "asked 2x" in out and '- "berapa gaji sekjen oki' in out
    assert "paste these under its examples" in out or "examples:" in out


async def test_the_review_keeps_off_topic_questions_apart_and_names_organisations(
        live: Harness) -> None:
    questions = ("resep rendang padang gimana", "resep rendang padang gmn",
                 "siapa sekjen opec", "what is a quokka")
    for text in questions:
        await ask(live, AISYAH, text)

    async def all_logged() -> bool:
        return len(await live.store.questions()) == len(questions)
    await eventually(all_logged)
    review = html.unescape(await ask(live, OPERATOR, "/review"))
    assert "org_" not in review and "out_of_scope" not in review
    not_answered, _, apart = review.partition("Off-topic, as the bot judged")
    assert "quokka" in not_answered and "rendang" not in not_answered
    assert "opec" not in not_answered.lower()
    off_topic, _, other_org = apart.partition("About another organisation")
    assert '"resep rendang padang bagaimana" — asked 2x' in off_topic
    assert '"siapa sekjen OPEC" — asked 1x (OPEC)' in other_org


async def test_votes_are_recorded_without_the_voter(live: Harness) -> None:
    from tests.telegram.updates import callback

    before = len(live.api.sent(AISYAH["id"]))
    live.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    reply = (await live.reply_in(AISYAH["id"], count=before + 1))[-1]
    markup = reply.params["reply_markup"]["inline_keyboard"]
    vote = next(b for row in markup for b in row if b.get("callback_data", "").startswith("v:1"))
    live.push(callback(vote["callback_data"], reply.result, AISYAH))
    await live.wait(lambda c: c.method == "answerCallbackQuery")

    async def counted() -> bool:
        return await live.store.votes() == {"founding_date": Tally(1, 0)}
    await eventually(counted)


def buttons(markup: list[list[dict]]) -> list[str]:
    return [b.get("callback_data", "") for row in markup for b in row]


async def test_a_thumbs_down_asks_why_and_one_person_counts_once(live: Harness) -> None:
    from tests.telegram.updates import callback

    before = len(live.api.sent(AISYAH["id"]))
    live.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    reply = (await live.reply_in(AISYAH["id"], count=before + 1))[-1]
    down = next(d for d in buttons(reply.params["reply_markup"]["inline_keyboard"])
                if d.startswith("v:0"))
    live.push(callback(down, reply.result, AISYAH))
    [asking] = await live.wait(lambda c: c.method == "editMessageReplyMarkup")
    reasons = [d for d in buttons(asking.params["reply_markup"]["inline_keyboard"])
               if d.startswith("v:0")]
    assert reasons == ["v:0w:founding_date:id", "v:0o:founding_date:id",
                       "v:0u:founding_date:id"]
    assert any(d.startswith("l:") for d in buttons(asking.params["reply_markup"]
                                                   ["inline_keyboard"]))  # the rest stays
    live.push(callback("v:0o:founding_date:id", reply.result, AISYAH))
    thanked = (await live.wait(lambda c: c.method == "editMessageReplyMarkup", count=2))[-1]
    after = thanked.params["reply_markup"]["inline_keyboard"]
    assert "k:id" in buttons(after) and not any(d.startswith("v:") for d in buttons(after))
    assert any(b["text"] == "✓ Terima kasih" for row in after for b in row)

    async def counted() -> bool:  # the reason replaced her first 👎: still one vote
        return await live.store.votes() == {"founding_date": Tally(0, 1, {"out_of_date": 1})}
    await eventually(counted)


async def test_a_vote_for_a_removed_answer_is_not_counted(live: Harness) -> None:
    from tests.telegram.updates import callback

    before = len(live.api.sent(AISYAH["id"]))
    live.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    reply = (await live.reply_in(AISYAH["id"], count=before + 1))[-1]
    live.push(callback("v:1:no_such_entry:id", reply.result, AISYAH))
    [toast] = await live.wait(lambda c: c.method == "answerCallbackQuery")
    assert "tidak ada lagi" in toast.params["text"]
    live.push(callback("v:1:founding_date:id", reply.result, AISYAH))

    async def only_the_real_one() -> bool:
        return await live.store.votes() == {"founding_date": Tally(1, 0)}
    await eventually(only_the_real_one)


async def test_a_thumbs_down_on_a_message_too_old_to_edit_still_counts(live: Harness) -> None:
    from tests.telegram.updates import callback

    before = len(live.api.sent(AISYAH["id"]))
    live.push(update_message("kapan oki didirikan", private(AISYAH), AISYAH))
    reply = (await live.reply_in(AISYAH["id"], count=before + 1))[-1]
    live.api.fail_next["editMessageReplyMarkup"] = (400, {
        "ok": False, "error_code": 400, "description": "Bad Request: message can't be edited"})
    live.push(callback("v:0:founding_date:id", reply.result, AISYAH))

    async def counted() -> bool:
        return await live.store.votes() == {"founding_date": Tally(0, 1)}
    await eventually(counted)


async def test_a_review_of_a_full_log_does_not_hold_up_answers(live: Harness) -> None:
    """The grouping runs in a process of its own (bot/telegram/offload.py). How quick the
    answers stay meanwhile is measured by `python bench/reliability.py review`."""
    words = ("oki ktt sekjen anggota negara piagam markas jeddah resep rendang padang apa kapan "
             "siapa dimana berapa tahun islam kerja sama organisasi").split()
    pick = random.Random(1969)
    for n in range(REVIEW_ROWS):  # as many different questions as the review reads
        text = " ".join(pick.choices(words, k=6))
        await live.store.record(text=text, lang="id", outcome="unanswered", chat_type="private",
                                chat_id=n, candidates=[], reason="")
    live.push(update_message("/review", private(OPERATOR), OPERATOR))
    await asyncio.sleep(0.3)  # the review is under way
    began = time.monotonic()
    answer = await ask(live, AISYAH, "kapan oki didirikan")
    assert "1969" in answer and time.monotonic() - began < 2
    assert not live.api.sent(OPERATOR["id"])  # answered while the review was still working
    [review] = await live.wait(lambda c: c.method == "sendMessage" and c.status == 200
                               and int(c.params["chat_id"]) == OPERATOR["id"], seconds=120)
    assert f"{REVIEW_ROWS} recorded questions" in review.params["text"]
