"""The study tables in PostgreSQL, shared by every bot process: an answer is counted once
(its row is keyed by poll and person, and the counts change in the same transaction), a round
moves on once (a compare-and-set on its position), a daily post is claimed once."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.store.postgres import PostgresStore
from bot.store.study import (
    ALL_TIME,
    POLL_DAYS,
    PRIVATE,
    STALE_ROUND,
    BoardLine,
    Counted,
    Round,
    Schedule,
    Score,
    SentPoll,
    StudyStore,
    next_box,
)

DAY = 86_400
SELECT_POLL = ("SELECT poll_id, chat_id, message_id, place, item, correct, lang, "
               "round_id, position FROM oic_quiz_polls WHERE poll_id = %s")
INSERT_POLL = ("INSERT INTO oic_quiz_polls (at, poll_id, chat_id, message_id, place, item, "
               "correct, lang, round_id, position) VALUES "
               "(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (poll_id) DO NOTHING")
FORGET = ("DELETE FROM oic_quiz_scores WHERE person = %s",
          "DELETE FROM oic_quiz_answers WHERE person = %s",
          "DELETE FROM oic_quiz_boxes WHERE person = %s",
          "DELETE FROM oic_learn_progress WHERE person = %s",
          "DELETE FROM oic_quiz_rounds WHERE place = 'p:' || %s",
          "DELETE FROM oic_quiz_polls WHERE place = 'p:' || %s")


def _when(at: float) -> datetime:
    return datetime.fromtimestamp(at, UTC)


class PostgresStudy(StudyStore):
    def __init__(self, store: PostgresStore) -> None:
        super().__init__(store.privacy)
        self._store = store

    # -- polls and answers ---------------------------------------------------------------------

    async def remember_poll(self, poll: SentPoll, at: float) -> None:
        old = _when(at - POLL_DAYS * DAY)
        async with self._store._connection() as conn, conn.transaction():
            await conn.execute("DELETE FROM oic_quiz_answers WHERE poll_id IN "
                               "(SELECT poll_id FROM oic_quiz_polls WHERE at < %s)", (old,))
            await conn.execute("DELETE FROM oic_quiz_polls WHERE at < %s", (old,))
            await conn.execute(
                INSERT_POLL,
                (_when(at), poll.poll_id, poll.chat_id, poll.message_id, poll.place, poll.item,
                 poll.correct, poll.lang, poll.round_id, poll.position))

    async def poll(self, poll_id: str) -> SentPoll | None:
        async with self._store._connection() as conn:
            cursor = await conn.execute(SELECT_POLL, (poll_id,))
            row = await cursor.fetchone()
        return SentPoll(*row) if row else None

    async def _count(self, poll_id: str, person: str, name: str, option: int, at: float,
                     week: int) -> Counted | None:
        async with self._store._connection() as conn, conn.transaction():
            cursor = await conn.execute(SELECT_POLL, (poll_id,))
            row = await cursor.fetchone()
            if row is None:
                return None
            poll = SentPoll(*row)
            correct = option == poll.correct
            cursor = await conn.execute(
                "INSERT INTO oic_quiz_answers (poll_id, person, at, name, correct) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING 1",
                (poll_id, person, _when(at), name, correct))
            if await cursor.fetchone() is None:
                return None  # already counted (a redelivery, another process)
            await conn.execute("DELETE FROM oic_quiz_scores WHERE chat_id = %s AND week <> %s "
                               "AND week < %s", (poll.chat_id, ALL_TIME, week))
            for bucket in (week, ALL_TIME):
                await conn.execute(
                    "INSERT INTO oic_quiz_scores (chat_id, person, week, name, answered, "
                    "correct, at) VALUES (%s, %s, %s, %s, 1, %s, %s) ON CONFLICT "
                    "(chat_id, person, week) DO UPDATE SET "
                    "answered = oic_quiz_scores.answered + 1, "
                    "correct = oic_quiz_scores.correct + excluded.correct, "
                    "name = excluded.name, at = excluded.at",
                    (poll.chat_id, person, bucket, name, int(correct), _when(at)))
            if poll.chat_id == PRIVATE:
                cursor = await conn.execute(
                    "SELECT box FROM oic_quiz_boxes WHERE person = %s AND item = %s FOR UPDATE",
                    (person, poll.item))
                found = await cursor.fetchone()
                box, due = next_box(found[0] if found else None, correct, at)
                await conn.execute(
                    "INSERT INTO oic_quiz_boxes (person, item, box, due) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (person, item) DO UPDATE SET box = excluded.box, "
                    "due = excluded.due", (person, poll.item, box, _when(due)))
            return Counted(poll, correct)

    # -- rounds --------------------------------------------------------------------------------

    async def start_round(self, started: Round) -> bool:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "INSERT INTO oic_quiz_rounds (place, round_id, chat_id, lang, items, position, "
                "at) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (place) DO UPDATE SET "
                "round_id = excluded.round_id, chat_id = excluded.chat_id, "
                "lang = excluded.lang, items = excluded.items, position = excluded.position, "
                "poll_id = NULL, message_id = NULL, at = excluded.at "
                "WHERE oic_quiz_rounds.at < %s RETURNING 1",
                (started.place, started.round_id, started.chat_id, started.lang,
                 " ".join(started.items), started.position, _when(started.at),
                 _when(started.at - STALE_ROUND)))
            return await cursor.fetchone() is not None

    async def round(self, place: str) -> Round | None:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT place, round_id, chat_id, lang, items, position, poll_id, message_id, "
                "at FROM oic_quiz_rounds WHERE place = %s", (place,))
            row = await cursor.fetchone()
        if row is None:
            return None
        place_, round_id, chat_id, lang, items, position, poll_id, message_id, at = row
        return Round(place_, round_id, chat_id, lang, tuple(items.split()), position, poll_id,
                     message_id, at.timestamp())

    async def set_round_poll(self, place: str, round_id: str, poll_id: str, message_id: int,
                             at: float) -> None:
        async with self._store._connection() as conn:
            await conn.execute("UPDATE oic_quiz_rounds SET poll_id = %s, message_id = %s, "
                               "at = %s WHERE place = %s AND round_id = %s",
                               (poll_id, message_id, _when(at), place, round_id))

    async def advance_round(self, place: str, round_id: str, position: int, at: float
                            ) -> int | None:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "UPDATE oic_quiz_rounds SET position = position + 1, at = %s WHERE place = %s "
                "AND round_id = %s AND position = %s RETURNING position",
                (_when(at), place, round_id, position))
            row = await cursor.fetchone()
        return int(row[0]) if row else None

    async def end_round(self, place: str, round_id: str) -> None:
        async with self._store._connection() as conn:
            await conn.execute("DELETE FROM oic_quiz_rounds WHERE place = %s AND round_id = %s",
                               (place, round_id))

    async def round_results(self, round_id: str) -> list[BoardLine]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT MAX(a.name), COUNT(*) FILTER (WHERE a.correct), COUNT(*) "
                "FROM oic_quiz_answers a JOIN oic_quiz_polls p ON p.poll_id = a.poll_id "
                "WHERE p.round_id = %s GROUP BY a.person "
                "ORDER BY COUNT(*) FILTER (WHERE a.correct) DESC, COUNT(*), MAX(a.name)",
                (round_id,))
            rows = await cursor.fetchall()
        return [BoardLine(name, correct, answered) for name, correct, answered in rows]

    async def recent_items(self, place: str, limit: int = 50) -> list[str]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT item FROM oic_quiz_polls WHERE place = %s ORDER BY at DESC LIMIT %s",
                (place, limit))
            rows = await cursor.fetchall()
        return [item for (item,) in rows]

    # -- boards --------------------------------------------------------------------------------

    async def board(self, chat_id: int, week: int, limit: int = 10) -> list[BoardLine]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT name, correct, answered FROM oic_quiz_scores WHERE chat_id = %s AND "
                "week = %s ORDER BY correct DESC, answered, name LIMIT %s",
                (chat_id, week, limit))
            rows = await cursor.fetchall()
        return [BoardLine(*row) for row in rows]

    async def _scores(self, person: str) -> list[Score]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT chat_id, week, correct, answered FROM oic_quiz_scores WHERE person = %s "
                "ORDER BY chat_id, week", (person,))
            rows = await cursor.fetchall()
        return [Score(*row) for row in rows]

    async def _forget(self, person: str) -> int:
        removed = 0
        async with self._store._connection() as conn, conn.transaction():
            for statement in FORGET:
                cursor = await conn.execute(statement, (person,))
                removed += cursor.rowcount
        return removed

    # -- spaced repetition ---------------------------------------------------------------------

    async def _boxes(self, person: str) -> dict[str, tuple[int, float]]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT item, box, due FROM oic_quiz_boxes WHERE person = %s", (person,))
            rows = await cursor.fetchall()
        return {item: (box, due.timestamp()) for item, box, due in rows}

    # -- daily posts ---------------------------------------------------------------------------

    async def _set_daily(self, schedule: Schedule, done: int, at: float) -> None:
        async with self._store._connection() as conn:
            await conn.execute(
                "INSERT INTO oic_daily_posts (chat_id, minute, what, lang, last_day, at) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (chat_id) DO UPDATE SET "
                "minute = excluded.minute, what = excluded.what, lang = excluded.lang, "
                "last_day = excluded.last_day, at = excluded.at",
                (schedule.chat_id, schedule.minute, schedule.what, schedule.lang, done,
                 _when(at)))

    async def stop_daily(self, chat_id: int) -> bool:
        async with self._store._connection() as conn:
            cursor = await conn.execute("DELETE FROM oic_daily_posts WHERE chat_id = %s",
                                        (chat_id,))
            return cursor.rowcount > 0

    async def daily(self, chat_id: int) -> Schedule | None:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT chat_id, minute, what, lang FROM oic_daily_posts WHERE chat_id = %s",
                (chat_id,))
            row = await cursor.fetchone()
        return Schedule(*row) if row else None

    async def _claim_daily(self, today: int, minute: int) -> list[Schedule]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "UPDATE oic_daily_posts SET last_day = %s WHERE minute <= %s AND last_day < %s "
                "RETURNING chat_id, minute, what, lang", (today, minute, today))
            rows = await cursor.fetchall()
        return sorted((Schedule(*row) for row in rows), key=lambda s: s.chat_id)

    # -- learning paths ------------------------------------------------------------------------

    async def _progress(self, person: str) -> dict[str, int]:
        async with self._store._connection() as conn:
            cursor = await conn.execute(
                "SELECT path, step FROM oic_learn_progress WHERE person = %s", (person,))
            rows = await cursor.fetchall()
        return {path: step for path, step in rows}

    async def _set_progress(self, person: str, path: str, step: int, at: float) -> None:
        async with self._store._connection() as conn:
            await conn.execute(
                "INSERT INTO oic_learn_progress (person, path, step, at) VALUES "
                "(%s, %s, %s, %s) ON CONFLICT (person, path) DO UPDATE SET "
                "step = excluded.step, at = excluded.at", (person, path, step, _when(at)))
