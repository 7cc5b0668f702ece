"""What study groups keep (scores, answers, boxes, rounds, daily posts, progress), on SQLite
and PostgreSQL: counted once, kept by hash, forgotten on request."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

from bot.store.study import ALL_TIME, PRIVATE, BoardLine, Round, SentPoll, StudyStore, study
from bot.study.clock import week_key
from bot.study.leitner import INTERVALS
from tests.conftest import REPO
from tests.store.conftest import KEY, Place

GROUP = -100_555_666_777_8
OTHER_GROUP = -100_999_888_777_6
AISYAH, JOHN = 987_654_321_012, 987_654_321_013  # long: cannot turn up in a hash by chance
T0 = 1_800_000_000.0  # Friday 15 January 2027, 15:00 in Jakarta
WEEK = 7 * 86_400
STUDY_TABLES = ("quiz_polls", "quiz_answers", "quiz_scores", "quiz_boxes", "quiz_rounds",
                "daily_posts", "learn_progress")


def group_poll(poll_id: str = "p1", correct: int = 2, chat_id: int = GROUP,
               round_id: str | None = None, position: int = 0) -> SentPoll:
    return SentPoll(poll_id, chat_id, 10, str(chat_id), "summit_city:summit_2", correct, "id",
                    round_id, position)


async def test_an_answer_counts_once_on_the_week_and_all_time_boards(place: Place) -> None:
    store = study(await place.open())
    await store.remember_poll(group_poll(), T0)
    first = await store.count_answer(poll_id="p1", user_id=AISYAH, name="Aisyah", option=2,
                                     at=T0)
    assert first is not None and first.correct and first.poll.chat_id == GROUP
    again = await store.count_answer(poll_id="p1", user_id=AISYAH, name="Aisyah", option=0,
                                     at=T0 + 1)
    assert again is None  # a redelivered or changed answer adds nothing
    assert await store.count_answer(poll_id="unknown", user_id=JOHN, name="John", option=1,
                                    at=T0) is None
    week = week_key(T0)
    assert await store.board(GROUP, week) == [BoardLine("Aisyah", 1, 1)]
    assert await store.board(GROUP, ALL_TIME) == [BoardLine("Aisyah", 1, 1)]
    assert await store.board(OTHER_GROUP, week) == []


async def test_two_stores_on_one_database_never_double_count(place: Place) -> None:
    """Two bot processes (here: two stores, each with its own connection) receiving the same
    answers at once, as two webhook processes given redelivered updates would."""
    first, second = study(await place.open()), study(await place.open())
    for n in range(10):
        await first.remember_poll(group_poll(f"poll{n}", correct=n % 3), T0)
    users = range(5)

    async def answer_all(store: StudyStore) -> None:
        await asyncio.gather(*(
            store.count_answer(poll_id=f"poll{n}", user_id=AISYAH + u, name=f"Person {u}",
                               option=0, at=T0)
            for n in range(10) for u in users))

    await asyncio.gather(answer_all(first), answer_all(second))
    board = await first.board(GROUP, ALL_TIME)
    assert sorted(line.answered for line in board) == [10] * 5
    assert all(line.correct == 4 for line in board)  # polls 0, 3, 6, 9 had option 0 right
    rows = place.sql(f"SELECT COUNT(*) FROM {place.table('quiz_answers')}")
    assert rows == [(50,)]


def run_two_processes(env: dict[str, str]) -> None:
    workers = [subprocess.Popen([sys.executable, "-m", "tests.store.study_hammer"], cwd=REPO,
                                env=env, text=True, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for _ in range(2)]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline() == "ready\n"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert out.strip() == "0", err


async def test_two_bot_processes_count_each_poll_answer_once(place: Place) -> None:
    from tests.store.study_hammer import ANSWERS, PEOPLE, POLLS

    store = study(await place.open())
    for n in range(POLLS):
        await store.remember_poll(group_poll(f"poll{n}", correct=1), T0)
    await asyncio.to_thread(run_two_processes, {
        **os.environ, "OIC_PRIVACY_KEY": KEY.decode(),
        "OIC_STATE_DIR": str(place.settings.state_dir),
        "DATABASE_URL": place.settings.database_url or ""})
    board = await store.board(GROUP, ALL_TIME)
    assert sum(line.answered for line in board) == ANSWERS == POLLS * PEOPLE
    assert all(line.answered == POLLS for line in board) and len(board) == PEOPLE


async def test_the_week_board_starts_afresh_and_shows_the_top_ten(place: Place) -> None:
    store = study(await place.open())
    await store.remember_poll(group_poll("old"), T0)
    await store.count_answer(poll_id="old", user_id=JOHN, name="John", option=2, at=T0)
    await store.remember_poll(group_poll("new"), T0 + WEEK)
    for n in range(12):
        await store.count_answer(poll_id="new", user_id=AISYAH + 10 + n, name=f"P{n:02d}",
                                 option=2 if n < 6 else 0, at=T0 + WEEK)
    this_week = await store.board(GROUP, week_key(T0 + WEEK))
    assert len(this_week) == 10 and "John" not in [line.name for line in this_week]
    assert [line.name for line in this_week[:6]] == [f"P{n:02d}" for n in range(6)]
    all_time = await store.board(GROUP, ALL_TIME, limit=20)
    assert BoardLine("John", 1, 1) in all_time and len(all_time) == 13
    # last week's rows are pruned: only this week and all time remain
    weeks = place.sql(f"SELECT DISTINCT week FROM {place.table('quiz_scores')}")
    assert sorted(w for (w,) in weeks) == [ALL_TIME, week_key(T0 + WEEK)]


async def test_no_telegram_id_of_a_person_is_kept(place: Place) -> None:
    store = study(await place.open())
    await store.remember_poll(group_poll(), T0)
    await store.count_answer(poll_id="p1", user_id=AISYAH, name="Aisyah", option=2, at=T0)
    private = SentPoll("p2", PRIVATE, 11, store.place(AISYAH, AISYAH), "is_member:ID", 0, "id")
    await store.remember_poll(private, T0)
    await store.count_answer(poll_id="p2", user_id=AISYAH, name="Aisyah", option=1, at=T0)
    await store.set_progress(AISYAH, "sejarah_oki", 3, at=T0)
    await store.start_round(Round(store.place(AISYAH, AISYAH), "r1", PRIVATE, "id",
                                  ("is_member:ID",), 0, at=T0))
    dump = "\n".join(repr(row) for table in STUDY_TABLES
                     for row in place.sql(f"SELECT * FROM {place.table(table)}"))
    assert "Aisyah" in dump and str(GROUP) in dump  # the board's name and group are kept
    assert str(AISYAH) not in dump


async def test_forgetting_a_person_removes_their_scores_everywhere(place: Place) -> None:
    store = study(await place.open())
    for poll_id, chat in (("a", GROUP), ("b", OTHER_GROUP)):
        await store.remember_poll(group_poll(poll_id, chat_id=chat), T0)
        for user, name in ((AISYAH, "Aisyah"), (JOHN, "John")):
            await store.count_answer(poll_id=poll_id, user_id=user, name=name, option=2, at=T0)
    private = SentPoll("c", PRIVATE, 12, store.place(AISYAH, AISYAH), "is_member:ID", 0, "id")
    await store.remember_poll(private, T0)
    await store.count_answer(poll_id="c", user_id=AISYAH, name="Aisyah", option=0, at=T0)
    await store.set_progress(AISYAH, "sejarah_oki", 4, at=T0)
    assert await store.forget(AISYAH) > 0
    assert await store.scores(AISYAH) == [] and await store.boxes(AISYAH) == {}
    assert await store.progress(AISYAH) == {}
    for chat in (GROUP, OTHER_GROUP):
        assert await store.board(chat, ALL_TIME) == [BoardLine("John", 1, 1)]
    dump = "\n".join(repr(row) for table in STUDY_TABLES
                     for row in place.sql(f"SELECT * FROM {place.table(table)}"))
    assert "Aisyah" not in dump and store.learner(AISYAH) not in dump
    assert await store.forget(AISYAH) == 0


async def test_private_answers_move_items_between_leitner_boxes(place: Place) -> None:
    store = study(await place.open())
    mine = store.place(AISYAH, AISYAH)
    for n, (item, option) in enumerate((("a", 1), ("b", 0), ("a", 0), ("a", 0))):
        await store.remember_poll(SentPoll(f"p{n}", PRIVATE, n, mine, item, 0, "id"), T0 + n)
        await store.count_answer(poll_id=f"p{n}", user_id=AISYAH, name="A", option=option,
                                 at=T0 + n)
    boxes = await store.boxes(AISYAH)
    assert boxes["b"] == (2, T0 + 1 + INTERVALS[2])  # right the first time: box 2
    assert boxes["a"] == (3, T0 + 3 + INTERVALS[3])  # missed (box 1), then right twice
    assert await store.scores(AISYAH) != []
    # group answers put nothing in boxes
    await store.remember_poll(group_poll("g"), T0)
    await store.count_answer(poll_id="g", user_id=JOHN, name="John", option=2, at=T0)
    assert await store.boxes(JOHN) == {}


async def test_a_round_moves_on_once_and_a_dead_round_can_be_replaced(place: Place) -> None:
    first, second = study(await place.open()), study(await place.open())
    running = Round(str(GROUP), "r1", GROUP, "id", ("x", "y"), 0, at=T0)
    assert await first.start_round(running)
    assert not await second.start_round(Round(str(GROUP), "r2", GROUP, "en", ("z",), 0,
                                              at=T0 + 60))
    await first.set_round_poll(str(GROUP), "r1", "p1", 10, T0 + 1)
    found = await second.round(str(GROUP))
    assert found is not None and found.items == ("x", "y") and found.poll_id == "p1"
    moved = await asyncio.gather(first.advance_round(str(GROUP), "r1", 0, T0 + 2),
                                 second.advance_round(str(GROUP), "r1", 0, T0 + 2))
    assert sorted(moved, key=str) == [1, None]
    assert await first.advance_round(str(GROUP), "r2", 1, T0 + 3) is None  # not this round
    # the round stops moving (the bot stopped): a quarter of an hour later a new one may start
    assert await second.start_round(Round(str(GROUP), "r3", GROUP, "en", ("z",), 0,
                                          at=T0 + 2 + 15 * 60 + 1))
    await second.end_round(str(GROUP), "r3")
    assert await first.round(str(GROUP)) is None


async def test_a_round_has_its_own_results(place: Place) -> None:
    store = study(await place.open())
    for n in range(3):
        await store.remember_poll(group_poll(f"r{n}", correct=1, round_id="R", position=n), T0)
    await store.remember_poll(group_poll("other", correct=1), T0)
    for n in range(3):
        await store.count_answer(poll_id=f"r{n}", user_id=AISYAH, name="Aisyah", option=1,
                                 at=T0)
        await store.count_answer(poll_id=f"r{n}", user_id=JOHN, name="John", option=n % 2,
                                 at=T0)
    await store.count_answer(poll_id="other", user_id=JOHN, name="John", option=1, at=T0)
    assert await store.round_results("R") == [BoardLine("Aisyah", 3, 3), BoardLine("John", 1, 3)]
    assert await store.recent_items(str(GROUP)) == ["summit_city:summit_2"] * 4


async def test_a_daily_post_is_handed_out_once_a_day(place: Place) -> None:
    first, second = study(await place.open()), study(await place.open())
    # T0 is 15:00 in Jakarta: 08:00 has passed, so the first post is tomorrow
    await first.set_daily(GROUP, 8 * 60, "both", "id", at=T0)
    await first.set_daily(OTHER_GROUP, 16 * 60, "fact", "en", at=T0)
    assert await first.claim_daily(at=T0) == []
    claimed = await asyncio.gather(first.claim_daily(at=T0 + 3600),
                                   second.claim_daily(at=T0 + 3600))
    assert [s.chat_id for batch in claimed for s in batch] == [OTHER_GROUP]
    tomorrow = T0 + 17 * 3600  # 08:00 the next day
    due = await second.claim_daily(at=tomorrow)
    assert [(s.chat_id, s.what, s.lang) for s in due] == [(GROUP, "both", "id")]
    assert await first.claim_daily(at=tomorrow + 60) == []
    assert await first.stop_daily(GROUP) and not await first.stop_daily(GROUP)
    assert await first.daily(GROUP) is None
    assert await first.daily(OTHER_GROUP) is not None


async def test_learning_progress_is_kept_per_person(place: Place) -> None:
    store = study(await place.open())
    await store.set_progress(AISYAH, "sejarah_oki", 3, at=T0)
    await store.set_progress(AISYAH, "sejarah_oki", 4, at=T0)
    await store.set_progress(JOHN, "organ_oki", 1, at=T0)
    assert await store.progress(AISYAH) == {"sejarah_oki": 4}
    assert await store.progress(JOHN) == {"organ_oki": 1}
