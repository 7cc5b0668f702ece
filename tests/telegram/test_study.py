"""Study groups end to end: quiz polls, rounds, boards, the daily post, spaced repetition,
learning paths and /hapusdata, through the real python-telegram-bot stack and the fake Bot
API."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.engine import Engine
from bot.store.study import ALL_TIME, SentPoll, study
from bot.study.clock import JAKARTA
from bot.telegram.study_daily import JOB_NAME, TICK_SECONDS
from tests.telegram.conftest import Harness, eventually, start_bot, stop_bot
from tests.telegram.fake_api import Call, FakeBotApi
from tests.telegram.updates import (
    AISYAH,
    GROUP,
    JOHN,
    callback,
    message,
    my_chat_member,
    poll_answer,
    poll_closed,
    private,
    update_message,
)

pytestmark = pytest.mark.e2e
GROUP_ID = GROUP["id"]
FATIMA = {"id": 4203, "is_bot": False, "first_name": "Fatimah <3", "language_code": "id"}


class Clock:
    """The bot's "now", moved by the test (seconds since the epoch)."""

    def __init__(self, when: datetime) -> None:
        self.now = when.timestamp()

    def __call__(self) -> float:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when.timestamp()


def jakarta(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute, tzinfo=JAKARTA)


@pytest.fixture
def clock(bot: Harness) -> Clock:
    found = Clock(jakarta(1, 6))
    bot.services.clock = found
    return found


def polls(bot: Harness, chat_id: int) -> list[Call]:
    return bot.api.sent(chat_id, method="sendPoll")


async def next_poll(bot: Harness, chat_id: int, count: int = 1) -> Call:
    found = await bot.wait(lambda c: c.method == "sendPoll" and c.status == 200
                           and int(c.params["chat_id"]) == chat_id, count)
    return found[count - 1]


async def kept_poll(bot: Harness, call: Call) -> SentPoll:
    """What the bot keeps for a poll it sent (once it has kept it)."""
    poll_id = call.result["poll"]["id"]
    found: list[SentPoll] = []

    async def known() -> bool:
        sent = await study(bot.store).poll(poll_id)
        if sent is not None:
            found.append(sent)
        return sent is not None

    await eventually(known)
    return found[0]


def right_and_wrong(call: Call) -> tuple[int, int]:
    right = call.params["correct_option_ids"][0]
    return right, (right + 1) % len(call.params["options"])


def option_texts(call: Call) -> list[str]:
    return [o["text"] for o in call.params["options"]]


def supported(engine: Engine, item: str, call: Call, lang: str) -> bool:
    """Whether the knowledge base, read here without the quiz code, says the marked option is
    the one right answer to a summit question (``/kuis ktt`` asks only those), or, for an
    item an operator wrote, the one its YAML marks."""
    kind, _, subject = item.partition(":")
    kb = engine.kb
    rows = {r.id: r for t in kb.tables.values() for r in t.rows}
    texts = option_texts(call)
    right = call.params["correct_option_ids"][0]

    def country(code: str) -> str:
        label = kb.country_names.get(code)
        return label.name[lang] if label else engine.countries.name(code).name[lang]

    if item in kb.quiz:  # written by an operator: the option the YAML marks, with its source
        written = kb.quiz[item]
        return (texts[right] == written.options[written.correct][lang]
                and call.params["explanation"] == written.explanation[lang])
    row = rows[subject]
    assert row.start is not None
    if kind == "summit_city":
        names = ([kb.places[c].name[lang] for c in row.cities] if row.cities
                 else [country(row.country or "")])
        true = [n for n, text in enumerate(texts) if any(name in text for name in names)]
    elif kind == "summit_year":
        true = [n for n, text in enumerate(texts) if text == str(row.start.year)]
    elif kind == "summit_chair_year":
        year = int(call.params["question"].rstrip("?").split()[-1])
        took_over = {country(r.country or "") for r in rows.values()
                     if r.table == row.table and r.start and r.start.year == year}
        true = [n for n, text in enumerate(texts) if text in took_over]
    else:
        raise AssertionError(f"/kuis ktt asked a {kind} question")
    return true == [right] and any(s.title.split(" — ")[0].split()[0] in
                                   call.params["explanation"] for s in row.sources)


# -- a quiz, and answers on the board --------------------------------------------------------


async def test_a_group_quiz_is_a_native_quiz_poll_the_knowledge_base_supports(
        bot: Harness, engine: Engine) -> None:
    for number in range(1, 6):
        bot.push(update_message("/kuis ktt", GROUP, AISYAH))
        call = await next_poll(bot, GROUP_ID, number)
        params = call.params
        assert params["type"] == "quiz" and params["is_anonymous"] == "false"
        assert "correct_option_id" not in params  # the deprecated field is not used
        assert 20 <= int(params["open_period"]) <= 60
        assert 0 < len(params["explanation"]) <= 200
        sent = await kept_poll(bot, call)
        assert sent.chat_id == GROUP_ID and sent.correct == params["correct_option_ids"][0]
        assert supported(engine, sent.item, call, "id"), (sent.item, params)
        bot.push(poll_closed(bot.api.close_poll(call.result["poll"]["id"])))  # the next may go
        await eventually(lambda: _no_round(bot))
    assert all("Hasil" not in c.params["text"] for c in bot.api.sent(GROUP_ID))


async def _no_round(bot: Harness) -> bool:
    return await study(bot.store).round(str(GROUP_ID)) is None


async def test_answers_update_the_group_board_once_each(bot: Harness, clock: Clock) -> None:
    bot.push(update_message("/kuis", GROUP, AISYAH))
    call = await next_poll(bot, GROUP_ID)
    await kept_poll(bot, call)
    right, wrong = right_and_wrong(call)
    poll_id = call.result["poll"]["id"]
    bot.push(poll_answer(poll_id, AISYAH, right))
    bot.push(poll_answer(poll_id, FATIMA, right))
    bot.push(poll_answer(poll_id, JOHN, wrong))
    bot.push(poll_answer(poll_id, JOHN, wrong))  # redelivered: counted once
    store = study(bot.store)
    await eventually(lambda: _answered(store, 3))
    bot.push(update_message("/skor", GROUP, AISYAH))
    [board] = await bot.reply_in(GROUP_ID)
    text = board.params["text"]
    assert "Minggu ini" in text and "Sepanjang masa" in text
    assert "Aisyah: 1 benar dari 1" in text and "John: 0 benar dari 1" in text
    assert "Fatimah &lt;3: 1 benar dari 1" in text  # a name is shown, escaped
    assert str(AISYAH["id"]) not in text and str(JOHN["id"]) not in text


async def _answered(store: Any, count: int) -> bool:
    return sum(line.answered for line in await store.board(GROUP_ID, ALL_TIME)) == count


async def test_a_five_question_round_runs_one_after_another_then_the_results(
        bot: Harness) -> None:
    bot.push(update_message("/kuis sejarah 5", GROUP, AISYAH))
    items = []
    for number in range(1, 6):
        call = await next_poll(bot, GROUP_ID, number)
        assert call.params["question"].startswith(f"({number}/5) ")
        sent = await kept_poll(bot, call)
        items.append(sent.item)
        right, wrong = right_and_wrong(call)
        poll_id = call.result["poll"]["id"]
        bot.push({"poll": {**call.result["poll"], "total_voter_count": 1}})  # still open
        bot.push(poll_answer(poll_id, AISYAH, right))
        bot.push(poll_answer(poll_id, JOHN, wrong if number % 2 else right))
        await eventually(lambda n=number: _answered(study(bot.store), 2 * n))
        bot.push(update_message("/kuis", GROUP, FATIMA))  # one round at a time
        busy = (await bot.reply_in(GROUP_ID, count=number))[number - 1]
        assert f"soal {number} dari 5" in busy.params["text"]
        # the question's open_period ends: Telegram closes the poll and says so
        bot.push(poll_closed(bot.api.close_poll(poll_id)))
    [results] = [c for c in await bot.reply_in(GROUP_ID, count=6)
                 if "Hasil kuis" in c.params["text"]]
    assert len(set(items)) == 5  # five different questions
    assert "1. Aisyah: 5 benar dari 5" in results.params["text"]
    assert "2. John: 2 benar dari 5" in results.params["text"]
    assert len(polls(bot, GROUP_ID)) == 5  # an open poll's update moved nothing on
    assert await study(bot.store).round(str(GROUP_ID)) is None


async def test_a_round_moves_on_when_its_poll_is_overdue(bot: Harness) -> None:
    """A lost "poll closed" update does not stall a round: the timer set at open_period
    moves it on (fired here at once instead of after 33 seconds)."""
    bot.push(update_message("/kuis 2", GROUP, AISYAH))
    first = await next_poll(bot, GROUP_ID)
    await kept_poll(bot, first)

    def timers() -> list[Any]:
        return [j for j in bot.app.job_queue.jobs() if j.name and j.name.startswith("quiz:")]

    await eventually(timers)  # set just after the poll is kept
    [job] = timers()
    await job.run(bot.app)
    second = await next_poll(bot, GROUP_ID, 2)
    assert second.params["question"].startswith("(2/2) ")
    stops = bot.api.sent(GROUP_ID, method="stopPoll")
    assert [int(c.params["message_id"]) for c in stops] == [first.result["message_id"]]
    await job.run(bot.app)  # a second firing for the same question does nothing
    assert len(polls(bot, GROUP_ID)) == 2


# -- private practice: rounds that move on at once, spaced repetition ------------------------


async def test_a_private_round_moves_on_as_the_learner_answers(bot: Harness) -> None:
    me = AISYAH["id"]
    bot.push(update_message("/kuis 3", private(AISYAH), AISYAH))
    for number in range(1, 4):
        call = await next_poll(bot, me, number)
        await kept_poll(bot, call)
        right, _ = right_and_wrong(call)
        bot.push(poll_answer(call.result["poll"]["id"], AISYAH, right))
    [done] = await bot.reply_in(me)
    assert "Benar 3 dari 3 soal" in done.params["text"]
    stopped = [int(c.params["message_id"]) for c in bot.api.sent(me, method="stopPoll")]
    assert stopped == [c.result["message_id"] for c in polls(bot, me)]  # each poll closed


async def test_spaced_repetition_brings_a_missed_item_back(bot: Harness, clock: Clock) -> None:
    me = AISYAH["id"]
    bot.push(update_message("/kuis", private(AISYAH), AISYAH))
    missed = await next_poll(bot, me)
    missed_item = (await kept_poll(bot, missed)).item
    _, wrong = right_and_wrong(missed)
    bot.push(poll_answer(missed.result["poll"]["id"], AISYAH, wrong))
    await eventually(lambda: _has_box(bot, missed_item))
    await eventually(lambda: _round_over(bot, me))

    clock.now += 60  # a minute later it is not due yet: another question
    bot.push(update_message("/kuis", private(AISYAH), AISYAH))
    other = await next_poll(bot, me, 2)
    assert (await kept_poll(bot, other)).item != missed_item
    right, _ = right_and_wrong(other)
    bot.push(poll_answer(other.result["poll"]["id"], AISYAH, right))
    await eventually(lambda: _round_over(bot, me))

    clock.now += 15 * 60  # later, the missed question comes back first
    bot.push(update_message("/kuis", private(AISYAH), AISYAH))
    again = await next_poll(bot, me, 3)
    assert (await kept_poll(bot, again)).item == missed_item

    bot.push(update_message("/skorku", private(AISYAH), AISYAH))
    [mine] = await bot.reply_in(me)
    assert "1 benar dari 2" in mine.params["text"]


async def _round_over(bot: Harness, user_id: int) -> bool:
    store = study(bot.store)
    return await store.round(store.place(user_id, user_id)) is None


async def _has_box(bot: Harness, item: str) -> bool:
    return item in await study(bot.store).boxes(AISYAH["id"])


# -- forgetting ------------------------------------------------------------------------------


async def test_forgetme_removes_a_persons_scores(bot: Harness, clock: Clock) -> None:
    bot.push(update_message("/kuis", GROUP, AISYAH))
    call = await next_poll(bot, GROUP_ID)
    await kept_poll(bot, call)
    right, _ = right_and_wrong(call)
    bot.push(poll_answer(call.result["poll"]["id"], AISYAH, right))
    bot.push(poll_answer(call.result["poll"]["id"], JOHN, right))
    await eventually(lambda: _answered(study(bot.store), 2))
    bot.push(update_message("/hapusdata", private(AISYAH), AISYAH))
    [done] = await bot.reply_in(AISYAH["id"])
    assert "dihapus" in done.params["text"]
    bot.push(update_message("/skor", GROUP, JOHN))
    [board] = await bot.reply_in(GROUP_ID)
    assert "John" in board.params["text"] and "Aisyah" not in board.params["text"]
    bot.push(update_message("/skorku", private(AISYAH), AISYAH))
    assert "belum menjawab" in (await bot.reply_in(AISYAH["id"], 2))[1].params["text"]


# -- a fact, and the daily post --------------------------------------------------------------


async def test_fakta_posts_a_short_sourced_fact_with_a_way_to_read_more(bot: Harness) -> None:
    bot.push(update_message("/fakta", private(JOHN), JOHN))
    [fact] = await bot.reply_in(JOHN["id"])
    text = fact.params["text"]
    assert text.startswith("💡") and '<a href="http' in text and len(text) < 1200
    [more] = [b for row in fact.params["reply_markup"]["inline_keyboard"] for b in row]
    bot.push(callback(more["callback_data"], fact.result, JOHN))
    [_, full] = (await bot.reply_in(JOHN["id"], 2))[:2]
    title = text.split("\n")[1]  # the fact's heading: the answer it came from
    assert full.params["text"].startswith(title)


def admin(bot: Harness, user: dict[str, Any]) -> None:
    bot.api.chat_admins.setdefault(GROUP_ID, set()).add(user["id"])


async def run_daily_job(app: Any) -> None:
    [job] = app.job_queue.get_jobs_by_name(JOB_NAME)
    await job.run(app)


async def test_the_daily_post_fires_at_the_chosen_time_and_survives_a_restart(
        api: FakeBotApi, engine: Engine, state_dir: Path) -> None:
    bot = await start_bot(api, engine, state_dir)
    clock = Clock(jakarta(1, 6))
    try:
        bot.services.clock = clock
        [job] = bot.app.job_queue.get_jobs_by_name(JOB_NAME)
        assert job.job.trigger.interval.total_seconds() == TICK_SECONDS
        admin(bot, AISYAH)
        bot.push(update_message("/harian 07:30", GROUP, AISYAH))
        [ok] = await bot.reply_in(GROUP_ID)
        assert "07:30" in ok.params["text"]
        clock.set(jakarta(1, 7, 29))
        await run_daily_job(bot.app)
        assert len(api.sent(GROUP_ID)) == 1 and polls(bot, GROUP_ID) == []
        clock.set(jakarta(1, 7, 30))
        await run_daily_job(bot.app)
        [_, daily] = api.sent(GROUP_ID)
        assert daily.params["text"].startswith("☀️")
        [quiz] = polls(bot, GROUP_ID)
        assert "open_period" not in quiz.params  # the daily question stays open all day
        clock.set(jakarta(1, 9))
        await run_daily_job(bot.app)  # once a day
        assert len(api.sent(GROUP_ID)) == 2
    finally:
        await stop_bot(bot)
    restarted = await start_bot(api, engine, state_dir)
    try:
        restarted.services.clock = Clock(jakarta(2, 7, 31))
        await run_daily_job(restarted.app)
        assert len(api.sent(GROUP_ID)) == 3 and len(polls(restarted, GROUP_ID)) == 2
    finally:
        await stop_bot(restarted)


async def test_daily_settings_are_for_group_admins_only(bot: Harness, clock: Clock) -> None:
    admin(bot, AISYAH)
    bot.push(update_message("/harian 07:00 fakta", GROUP, FATIMA))
    [refused] = await bot.reply_in(GROUP_ID)
    assert "hanya admin" in refused.params["text"]
    calls = bot.api.sent(method="getChatMember")
    assert [(int(c.params["chat_id"]), int(c.params["user_id"])) for c in calls] == [
        (GROUP_ID, FATIMA["id"])]
    assert await study(bot.store).daily(GROUP_ID) is None
    # an admin may; then a member may not turn it off
    bot.push(update_message("/harian 07:00 fakta", GROUP, AISYAH))
    await bot.reply_in(GROUP_ID, 2)
    bot.push(update_message("/harian off", GROUP, FATIMA))
    assert "hanya admin" in (await bot.reply_in(GROUP_ID, 3))[2].params["text"]
    assert await study(bot.store).daily(GROUP_ID) is not None
    # an anonymous admin writes as the group itself
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group",
                 "username": "GroupAnonymousBot"}
    bot.push({"message": message("/harian off", GROUP, anonymous, sender_chat=GROUP)})
    assert "dimatikan" in (await bot.reply_in(GROUP_ID, 4))[3].params["text"]
    assert await study(bot.store).daily(GROUP_ID) is None
    bot.push(update_message("/harian 07:00", private(AISYAH), AISYAH))
    assert "di grup" in (await bot.reply_in(AISYAH["id"]))[0].params["text"]


async def test_a_group_that_blocked_or_removed_the_bot_is_unscheduled(
        bot: Harness, clock: Clock) -> None:
    admin(bot, AISYAH)
    bot.push(update_message("/harian 07:00 fakta", GROUP, AISYAH))
    await bot.reply_in(GROUP_ID)
    bot.api.fail_next["sendMessage"] = (403, {
        "ok": False, "error_code": 403,
        "description": "Forbidden: bot was kicked from the supergroup chat"})
    clock.set(jakarta(1, 7))
    await run_daily_job(bot.app)
    assert await study(bot.store).daily(GROUP_ID) is None
    attempts = len(bot.api.calls)
    clock.set(jakarta(2, 7))
    await run_daily_job(bot.app)
    assert len(bot.api.calls) == attempts  # not retried every day

    other = {"id": -1009876, "type": "supergroup", "title": "Kelas PKn"}
    bot.api.chat_admins[other["id"]] = {AISYAH["id"]}
    bot.push(update_message("/harian 07:00", other, AISYAH))
    await bot.reply_in(other["id"])
    bot.push(my_chat_member(other, AISYAH, "member", "kicked", bot.api.bot_id))
    await eventually(lambda: _unscheduled(bot, other["id"]))


async def _unscheduled(bot: Harness, chat_id: int) -> bool:
    return await study(bot.store).daily(chat_id) is None


# -- learning paths --------------------------------------------------------------------------


def keyboard(call: Call) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


async def test_a_learning_path_goes_step_by_step_in_place_keeps_progress_and_ends_in_a_quiz(
        bot: Harness, engine: Engine) -> None:
    me = AISYAH["id"]
    path = engine.kb.learning_paths["sekjen_oki"]
    total = len(path.steps)
    bot.push(update_message("/belajar", private(AISYAH), AISYAH))
    [menu] = await bot.reply_in(me)
    [choice] = [b for b in keyboard(menu) if b["text"].startswith(path.title["id"])]
    assert choice["text"].endswith(f"(0/{total})")
    bot.push(callback(choice["callback_data"], menu.result, AISYAH))
    [first] = await bot.reply_in(me, method="editMessageText")
    assert f"· 1/{total}" in first.params["text"]
    assert int(first.params["message_id"]) == menu.result["message_id"]  # edited in place
    [step] = keyboard(first)
    assert step["text"] == "Lanjut ▶"
    bot.push(callback(step["callback_data"], first.result, AISYAH))
    second = (await bot.reply_in(me, 2, method="editMessageText"))[1]
    assert f"· 2/{total}" in second.params["text"] and "Tunku Abdul Rahman" in second.params["text"]

    bot.push(update_message("/belajar", private(AISYAH), AISYAH))  # the progress is kept
    menu = (await bot.reply_in(me, 2))[1]
    [choice] = [b for b in keyboard(menu) if b["text"].startswith(path.title["id"])]
    assert choice["text"].endswith(f"(2/{total})")
    bot.push(callback(choice["callback_data"], menu.result, AISYAH))
    resumed = (await bot.reply_in(me, 3, method="editMessageText"))[2]
    assert f"· 3/{total}" in resumed.params["text"]

    last = callback(f"b:sekjen_oki:{total}:id", menu.result, AISYAH)
    bot.push(last)
    end = (await bot.reply_in(me, 4, method="editMessageText"))[3]
    assert "Jalur selesai" in end.params["text"]
    [quiz, _restart] = keyboard(end)
    assert quiz["text"] == f"🧠 Kuis penutup ({path.quiz} soal)"
    bot.push(callback(quiz["callback_data"], end.result, AISYAH))
    call = await next_poll(bot, me)
    sent = await kept_poll(bot, call)
    assert sent.item.startswith("sg_") and call.params["question"].startswith(f"(1/{path.quiz})")


async def test_the_study_commands_are_in_the_menu_and_say_where_they_work(
        bot: Harness) -> None:
    menus: dict[str | None, set[str]] = {}  # every scope's menu, by language
    for call in bot.api.sent(method="setMyCommands"):
        menus.setdefault(call.params.get("language_code"), set()).update(
            m["command"] for m in call.params["commands"])
    private_id = set(bot.api.commands("all_private_chats", "id") or [])
    group_id = set(bot.api.commands("all_group_chats", "id") or [])
    assert "skorku" in private_id and "skorku" not in group_id  # a private score
    assert {"skor", "harian"} <= group_id and "harian" not in private_id  # a group's
    assert {"kuis", "skor", "skorku", "fakta", "belajar", "harian", "hapusdata"} <= set(
        menus["id"])
    assert {"quiz", "score", "myscore", "fact", "learn", "daily", "forgetme"} <= set(menus[None])
    bot.push(update_message("/skorku", GROUP, AISYAH))
    [hint] = await bot.reply_in(GROUP_ID)
    assert "@oic_test_bot" in hint.params["text"] and "chat pribadi" in hint.params["text"]
    bot.push(update_message("/quiz nonsense", private(JOHN), JOHN))
    [usage] = await bot.reply_in(JOHN["id"])
    assert "/quiz summit 5" in usage.params["text"] and polls(bot, JOHN["id"]) == []


async def test_a_question_that_cannot_be_sent_does_not_lock_the_chat(bot: Harness) -> None:
    bot.api.fail_next["sendPoll"] = (400, {
        "ok": False, "error_code": 400, "description": "Bad Request: not enough rights to send "
        "polls to the chat"})
    bot.push(update_message("/kuis 3", GROUP, AISYAH))
    await bot.wait(lambda c: c.method == "sendPoll" and c.status == 400)
    await eventually(lambda: _no_round(bot))
    bot.push(update_message("/kuis", GROUP, AISYAH))  # once allowed, quizzes work at once
    call = await next_poll(bot, GROUP_ID)
    assert "text_parse_mode" not in str(call.params["options"])
    assert "question_parse_mode" not in call.params and "explanation_parse_mode" not in \
        call.params
