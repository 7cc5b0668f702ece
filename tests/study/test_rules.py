"""The small rules of study groups: what /kuis and /harian read, Jakarta time, Leitner boxes,
how a round picks its questions, and how a fact is cut short."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from bot.engine import Engine
from bot.study.args import DailyRequest, QuizRequest, parse_daily, parse_quiz
from bot.study.bank import QuizBank
from bot.study.clock import JAKARTA, day_key, minute_of_day, parse_time, show_time, week_key
from bot.study.facts import brief, fact, fact_ids, pick_fact
from bot.study.leitner import INTERVALS, TOP_BOX, step


@pytest.mark.parametrize(("args", "expected"), [
    ([], QuizRequest()),
    (["5"], QuizRequest(count=5)),
    (["ktt"], QuizRequest(topic="summits")),
    (["sejarah", "5"], QuizRequest(topic="history", count=5)),
    (["Anggota", "sulit", "3"], QuizRequest(topic="members", difficulty="hard", count=3)),
    (["summit", "easy"], QuizRequest(topic="summits", difficulty="easy")),
    (["99"], QuizRequest(count=10)),
    (["0"], QuizRequest(count=1)),
    (["ktt", "banyak"], QuizRequest(topic="summits", unknown=("banyak",))),
])
def test_what_kuis_reads(args: list[str], expected: QuizRequest) -> None:
    assert parse_quiz(args) == expected


@pytest.mark.parametrize(("args", "expected"), [
    ([], DailyRequest("show")),
    (["07:30"], DailyRequest("on", 450, "both")),
    (["7.05", "fakta"], DailyRequest("on", 425, "fact")),
    (["on"], DailyRequest("on", 480, "both")),
    (["kuis"], DailyRequest("on", 480, "quiz")),
    (["off"], DailyRequest("off")),
    (["mati"], DailyRequest("off")),
    (["25:00"], DailyRequest("on", 480, "both", ("25:00",))),
])
def test_what_harian_reads(args: list[str], expected: DailyRequest) -> None:
    assert parse_daily(args) == expected


def test_days_and_weeks_are_counted_in_jakarta() -> None:
    # 23:30 on Sunday 7 March 2027 in Jakarta is 16:30 UTC the same day
    late_sunday = datetime(2027, 3, 7, 23, 30, tzinfo=JAKARTA).timestamp()
    monday = late_sunday + 3600
    assert day_key(late_sunday) == 20270307 and day_key(monday) == 20270308
    assert week_key(monday) == week_key(late_sunday) + 1
    assert minute_of_day(late_sunday) == 23 * 60 + 30
    assert parse_time("08:00") == 480 and parse_time("8:0") is None and show_time(450) == "07:30"


def test_leitner_boxes_move_up_when_right_and_back_to_one_when_missed() -> None:
    assert step(None, False, 0) == (1, INTERVALS[1])
    assert step(None, True, 0) == (2, INTERVALS[2])
    assert step(4, True, 10) == (5, 10 + INTERVALS[5])
    assert step(TOP_BOX, True, 0)[0] == TOP_BOX
    assert step(TOP_BOX, False, 0)[0] == 1
    assert INTERVALS[1] < INTERVALS[2] < INTERVALS[3] < INTERVALS[4] < INTERVALS[5]


def test_a_round_asks_due_items_first_then_new_ones_then_recent_ones_last(
        engine: Engine) -> None:
    bank = QuizBank.of(engine)
    pool = bank.pool("secretaries")
    due = [pool[5].id, pool[2].id]
    seen = {i.id for i in pool[:40]}
    recent = {i.id for i in pool[40:]}
    picked = bank.pick(len(pool), pool, random.Random(7), due=due, seen=seen, recent=recent)
    ids = [i.id for i in picked]
    assert ids[:2] == due and len(set(ids)) == len(pool)
    unseen = set(ids) - seen - recent
    assert set(ids[2:2 + len(unseen)]) == unseen
    assert set(ids[-len(recent):]) == recent


def test_without_a_topic_every_topic_gets_its_turn(engine: Engine) -> None:
    bank = QuizBank.of(engine)
    picked = bank.pick(6, bank.pool(), random.Random(3))
    assert len({i.topics[0] for i in picked}) >= 4  # not six membership questions


def test_topic_and_difficulty_filter_the_pool(engine: Engine) -> None:
    bank = QuizBank.of(engine)
    summits = bank.pool("summits")
    assert summits and all("summits" in i.topics for i in summits)
    assert any(i.kind == "written" for i in summits)
    history = {i.id for i in bank.pool("history")}
    assert {i.id for i in summits if i.kind == "summit_city"} <= history
    hard = bank.pool("members", "hard")
    assert hard and all(i.difficulty == "hard" for i in hard)
    assert {i.about for i in bank.about({"sg_1"})} == {"sg_1"}


def test_a_fact_is_brief_sourced_and_the_same_for_a_chat_on_a_day(engine: Engine) -> None:
    ids = fact_ids(engine)
    assert "founding_date" in ids and "summit_2" in ids and "summit_16" not in ids
    assert pick_fact(engine, -100, 20270301) == pick_fact(engine, -100, 20270301)
    assert len({pick_fact(engine, -100, day) for day in range(20270301, 20270311)}) > 3
    for answer in ids:
        found = fact(engine, answer, "id")
        assert 0 < len(found.text) <= 400 and found.sources and found.title
    assert brief("Satu. Dua tiga. " + "x" * 500, 30) == "Satu. Dua tiga."
