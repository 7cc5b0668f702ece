"""What the store keeps, for how long, and what it never keeps: on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest

from bot.store import Limits, Store, StoreError, Tally
from tests.store.conftest import Place

KNOWN = {"founding_date", "headquarters"}
USER = 987_654_321_012  # long, so it cannot turn up inside a hash by chance
CHAT = -100_222_333_444_5
HOUR = 3600.0
T0 = 1_800_000_000.0  # a fixed time at the start of an hour


async def log(store: Store, text: str = "resep rendang", chat_id: int = CHAT,
              outcome: str = "unanswered", at: float = T0, reason: str = "") -> bool:
    return await store.record(text=text, lang="id", outcome=outcome, chat_type="group",
                              chat_id=chat_id, candidates=[("headquarters", 0.41)],
                              reason=reason, at=at)


async def vote(store: Store, helpful: bool = True, *, user: int = USER, message: int = 1,
               entry: str = "founding_date", reason: str | None = None) -> bool:
    return await store.vote(user_id=user, chat_id=CHAT, message_id=message, entry=entry,
                            lang="id", helpful=helpful, reason=reason, known=KNOWN,
                            decision_reason="strong intent match")


# -- preferences ------------------------------------------------------------------------------

async def test_a_language_choice_is_kept_across_a_reopen_and_can_be_forgotten(
        place: Place) -> None:
    first = await place.open()
    assert await first.language(USER) is None
    await first.set_language(USER, "en")
    await first.close()
    second = await place.open()
    assert await second.language(USER) == "en"
    await second.set_language(USER, None)
    assert await second.language(USER) is None


async def test_another_privacy_key_does_not_know_anyone(place: Place) -> None:
    await (await place.open()).set_language(USER, "en")
    rotated = await place.open(key=b"another key, as after a token change")
    assert await rotated.language(USER) is None


async def test_no_telegram_id_is_stored_anywhere(place: Place, store: Store) -> None:
    await store.set_language(USER, "id")
    await log(store, chat_id=USER)
    await vote(store, user=USER)
    dump = place.dump()
    assert "resep rendang" in dump and "founding_date" in dump  # the dump does see the data
    assert str(USER) not in dump and str(CHAT) not in dump


# -- the question log and answer counts -------------------------------------------------------

async def test_only_questions_not_answered_outright_are_logged_but_all_are_counted(
        store: Store) -> None:
    assert not await log(store, "kapan oki didirikan", outcome="answered")
    assert await log(store, "markas oki dmn", outcome="suggested", reason="two close intents")
    assert await log(store, "resep rendang", outcome="unanswered")
    logged = await store.questions()
    assert [(q.text, q.outcome, q.reason) for q in logged] == [
        ("markas oki dmn", "suggested", "two close intents"),
        ("resep rendang", "unanswered", "")]
    assert logged[0].candidates == [("headquarters", 0.41)]
    assert logged[0].chat_type == "group" and logged[0].at == pytest.approx(T0)
    assert await store.stats() == {("answered", "id"): 1, ("suggested", "id"): 1,
                                   ("unanswered", "id"): 1}


async def test_stats_count_from_a_time(store: Store) -> None:
    await log(store, at=T0 - 2 * HOUR)
    await log(store, at=T0, chat_id=1)
    assert await store.stats(since=T0 - HOUR) == {("unanswered", "id"): 1}


async def test_contact_details_never_reach_the_log(place: Place, store: Store) -> None:
    await log(store, "hubungi budi@example.com atau +62 812 3456 7890 nik 3171234567890001 "
                     "lihat www.example.com/x")
    [logged] = await store.questions()
    assert logged.text == "hubungi <email> atau <phone> nik <number> lihat <url>"
    dump = place.dump()
    assert "budi" not in dump and "3456" not in dump and "31712" not in dump


async def test_one_chat_cannot_fill_the_log(place: Place) -> None:
    store = await place.open(Limits(questions_per_chat_hour=3))
    logged = [await log(store, f"spam {n}", at=T0 + n) for n in range(5)]
    assert logged == [True, True, True, False, False]
    assert await log(store, "another chat", chat_id=42, at=T0 + 10)
    assert await log(store, "next hour", at=T0 + HOUR)  # the quota starts again
    assert (await store.stats())[("unanswered", "id")] == 7  # every answer is still counted
    assert len(await store.questions()) == 5


async def test_the_log_and_the_counts_keep_only_the_newest_rows(place: Place) -> None:
    store = await place.open(Limits(questions=3, answers=4, questions_per_chat_hour=100))
    for n in range(6):
        await log(store, f"question {n}", at=T0 + n)
    assert [q.text for q in await store.questions()] == ["question 3", "question 4",
                                                         "question 5"]
    assert await store.stats() == {("unanswered", "id"): 4}


async def test_the_review_reads_only_the_newest_rows(store: Store) -> None:
    for n in range(5):
        await log(store, f"question {n}", chat_id=n, at=T0 + n)
    assert [q.text for q in await store.questions(limit=2)] == ["question 3", "question 4"]


# -- votes ------------------------------------------------------------------------------------

async def test_one_vote_per_person_per_answer_and_a_change_replaces_it(store: Store) -> None:
    assert await vote(store, helpful=True)
    assert await vote(store, helpful=True)  # pressed twice: still one vote
    assert await store.votes() == {"founding_date": Tally(1, 0)}
    assert await vote(store, helpful=False, reason="out_of_date")  # changed their mind
    assert await store.votes() == {"founding_date": Tally(0, 1, {"out_of_date": 1})}
    assert await vote(store, helpful=True, message=2)  # another answer: another vote
    assert await vote(store, helpful=False, user=5)  # another person
    assert await store.votes() == {"founding_date": Tally(1, 2, {"out_of_date": 1})}


async def test_votes_on_unknown_entries_are_refused(store: Store) -> None:
    assert not await vote(store, entry="no_such_entry")
    assert await store.votes() == {}


async def test_a_reason_goes_with_a_thumbs_down_only(store: Store) -> None:
    with pytest.raises(ValueError, match="reason"):
        await vote(store, helpful=True, reason="unclear")
    with pytest.raises(ValueError, match="reason"):
        await vote(store, helpful=False, reason="because")


async def test_votes_keep_only_the_newest(place: Place) -> None:
    store = await place.open(Limits(votes=2))
    for user in range(4):
        await store.vote(user_id=user, chat_id=CHAT, message_id=1, entry="headquarters",
                         lang="en", helpful=user % 2 == 0, known=KNOWN, at=T0 + user)
    assert await store.votes() == {"headquarters": Tally(1, 1)}
    assert len(place.sql(f"SELECT * FROM {place.table('votes')}")) == 2


async def test_thumbs_down_are_listed_newest_first_with_both_reasons(store: Store) -> None:
    await store.vote(user_id=1, chat_id=CHAT, message_id=1, entry="headquarters", lang="en",
                     helpful=False, reason="out_of_date", known=KNOWN,
                     decision_reason="answer: headquarters 0.91", at=T0)
    await store.vote(user_id=2, chat_id=CHAT, message_id=1, entry="founding_date", lang="id",
                     helpful=False, known=KNOWN, at=T0 + 1)
    await store.vote(user_id=3, chat_id=CHAT, message_id=1, entry="founding_date", lang="id",
                     helpful=True, known=KNOWN, at=T0 + 2)
    newest, oldest = await store.unhelpful()
    assert (newest.entry, newest.reason) == ("founding_date", None)
    assert (oldest.entry, oldest.lang, oldest.reason, oldest.decision_reason) == (
        "headquarters", "en", "out_of_date", "answer: headquarters 0.91")
    assert oldest.at == pytest.approx(T0)


# -- what the bot's messages show -------------------------------------------------------------

async def test_what_a_message_shows_is_kept_by_a_salted_key_and_replaced(place: Place,
                                                                          store: Store) -> None:
    await store.remember(chat_id=CHAT, message_id=77, shows="o:headquarters,founding_date",
                         reason="clarify: two close", at=T0)
    kept = await store.recall(CHAT, 77)
    assert kept is not None and kept.shows == "o:headquarters,founding_date"
    assert kept.reason == "clarify: two close"
    assert await store.recall(CHAT, 78) is None and await store.recall(-CHAT, 77) is None
    await store.remember(chat_id=CHAT, message_id=77, shows="e:headquarters", reason="answer",
                         at=T0 + 1)
    assert (await store.recall(CHAT, 77)) == type(kept)("e:headquarters", "answer")
    dump = place.dump()
    assert "e:headquarters" in dump and str(CHAT) not in dump
    assert len(place.sql(f"SELECT * FROM {place.table('sent')}")) == 1


async def test_what_messages_show_keeps_only_the_newest(place: Place) -> None:
    store = await place.open(Limits(sent=3))
    for message in range(5):
        await store.remember(chat_id=CHAT, message_id=message, shows=f"e:{message}", reason="",
                             at=T0 + message)
    assert [await store.recall(CHAT, m) is not None for m in range(5)] == [
        False, False, True, True, True]
    assert len(place.sql(f"SELECT * FROM {place.table('sent')}")) == 3


# -- two writers at once ----------------------------------------------------------------------

async def test_two_stores_writing_at_once_lose_and_double_nothing(place: Place) -> None:
    limits = Limits(questions_per_chat_hour=1000)
    one, two = await place.open(limits), await place.open(limits)

    async def writer(store: Store, offset: int) -> None:
        for n in range(60):
            await log(store, f"q {offset} {n}", chat_id=offset, at=T0 + n)
            await vote(store, user=offset * 1000 + n)
            await vote(store, helpful=False, user=7, message=n)  # both vote as one person

    await asyncio.gather(writer(one, 1), writer(two, 2))
    assert await one.stats() == {("unanswered", "id"): 120}
    assert len(await two.questions()) == 120
    tally = (await one.votes())["founding_date"]
    assert (tally.helpful, tally.unhelpful) == (120, 60)


# -- versions ---------------------------------------------------------------------------------

async def test_a_database_from_newer_code_is_refused_in_one_line(place: Place) -> None:
    await (await place.open()).close()
    place.sql(f"INSERT INTO {place.table('schema_migrations')} (version, applied_at) "
              f"VALUES (99, {'now()' if place.backend == 'postgres' else '0'})")
    with pytest.raises(StoreError) as caught:
        await place.open()
    message = str(caught.value)
    assert "schema version 99, newer than this oic-bot knows" in message
    assert "upgrade oic-bot" in message and "\n" not in message


async def test_opening_twice_changes_nothing(place: Place) -> None:
    first = await place.open()
    await first.set_language(USER, "en")
    await log(first)
    second = await place.open()
    assert await second.language(USER) == "en" and len(await second.questions()) == 1
    versions = place.sql(f"SELECT version FROM {place.table('schema_migrations')}")
    assert sorted(v for (v,) in versions) == list(range(1, len(versions) + 1))
