"""The study tables in the SQLite file, on the store's one worker thread; every write that
reads first is one ``BEGIN IMMEDIATE`` transaction, so a second process waits its turn."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from bot.store.sqlite import SqliteStore
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
T = TypeVar("T")
SELECT_POLL = ("SELECT poll_id, chat_id, message_id, place, item, correct, lang, "
               "round_id, position FROM quiz_polls WHERE poll_id = ?")
INSERT_POLL = ("INSERT INTO quiz_polls (at, poll_id, chat_id, message_id, place, item, "
               "correct, lang, round_id, position) VALUES "
               "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (poll_id) DO NOTHING")
FORGET = ("DELETE FROM quiz_scores WHERE person = ?",
          "DELETE FROM quiz_answers WHERE person = ?",
          "DELETE FROM quiz_boxes WHERE person = ?",
          "DELETE FROM learn_progress WHERE person = ?",
          "DELETE FROM quiz_rounds WHERE place = 'p:' || ?",
          "DELETE FROM quiz_polls WHERE place = 'p:' || ?")




class SqliteStudy(StudyStore):
    def __init__(self, store: SqliteStore) -> None:
        super().__init__(store.privacy)
        self._store = store

    async def _work(self, work: Callable[[sqlite3.Connection], T], write: bool = False) -> T:
        store = self._store

        def run() -> T:
            db = store._conn()
            if not write:
                return work(db)
            with store._transaction(db):
                return work(db)

        return await store._run(run)

    # -- polls and answers ---------------------------------------------------------------------

    async def remember_poll(self, poll: SentPoll, at: float) -> None:
        def work(db: sqlite3.Connection) -> None:
            old = at - POLL_DAYS * DAY
            db.execute("DELETE FROM quiz_answers WHERE poll_id IN "
                       "(SELECT poll_id FROM quiz_polls WHERE at < ?)", (old,))
            db.execute("DELETE FROM quiz_polls WHERE at < ?", (old,))
            db.execute(INSERT_POLL,
                       (at, poll.poll_id, poll.chat_id, poll.message_id, poll.place, poll.item,
                        poll.correct, poll.lang, poll.round_id, poll.position))
        await self._work(work, write=True)

    async def poll(self, poll_id: str) -> SentPoll | None:
        def work(db: sqlite3.Connection) -> SentPoll | None:
            row = db.execute(SELECT_POLL, (poll_id,)).fetchone()
            return SentPoll(*row) if row else None
        return await self._work(work)

    async def _count(self, poll_id: str, person: str, name: str, option: int, at: float,
                     week: int) -> Counted | None:
        def work(db: sqlite3.Connection) -> Counted | None:
            row = db.execute(SELECT_POLL, (poll_id,)).fetchone()
            if row is None:
                return None
            poll = SentPoll(*row)
            correct = option == poll.correct
            if db.execute("INSERT INTO quiz_answers (poll_id, person, at, name, correct) "
                          "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1",
                          (poll_id, person, at, name, int(correct))).fetchone() is None:
                return None  # already counted (a redelivery, another process)
            db.execute("DELETE FROM quiz_scores WHERE chat_id = ? AND week <> ? AND week < ?",
                       (poll.chat_id, ALL_TIME, week))
            for bucket in (week, ALL_TIME):
                db.execute(
                    "INSERT INTO quiz_scores (chat_id, person, week, name, answered, correct, "
                    "at) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (chat_id, person, week) DO "
                    "UPDATE SET answered = answered + 1, correct = correct + excluded.correct, "
                    "name = excluded.name, at = excluded.at",
                    (poll.chat_id, person, bucket, name, int(correct), at))
            if poll.chat_id == PRIVATE:
                found = db.execute("SELECT box FROM quiz_boxes WHERE person = ? AND item = ?",
                                   (person, poll.item)).fetchone()
                box, due = next_box(found[0] if found else None, correct, at)
                db.execute("INSERT INTO quiz_boxes (person, item, box, due) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (person, item) DO UPDATE SET box = excluded.box, "
                           "due = excluded.due", (person, poll.item, box, due))
            return Counted(poll, correct)
        return await self._work(work, write=True)

    # -- rounds --------------------------------------------------------------------------------

    async def start_round(self, started: Round) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            return db.execute(
                "INSERT INTO quiz_rounds (place, round_id, chat_id, lang, items, position, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (place) DO UPDATE SET "
                "round_id = excluded.round_id, chat_id = excluded.chat_id, "
                "lang = excluded.lang, items = excluded.items, position = excluded.position, "
                "poll_id = NULL, message_id = NULL, at = excluded.at "
                "WHERE quiz_rounds.at < ? RETURNING 1",
                (started.place, started.round_id, started.chat_id, started.lang,
                 " ".join(started.items), started.position, started.at,
                 started.at - STALE_ROUND)).fetchone() is not None
        return await self._work(work, write=True)

    async def round(self, place: str) -> Round | None:
        def work(db: sqlite3.Connection) -> Round | None:
            row = db.execute("SELECT place, round_id, chat_id, lang, items, position, poll_id, "
                             "message_id, at FROM quiz_rounds WHERE place = ?",
                             (place,)).fetchone()
            if row is None:
                return None
            place_, round_id, chat_id, lang, items, position, poll_id, message_id, at = row
            return Round(place_, round_id, chat_id, lang, tuple(items.split()), position,
                         poll_id, message_id, at)
        return await self._work(work)

    async def set_round_poll(self, place: str, round_id: str, poll_id: str, message_id: int,
                             at: float) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("UPDATE quiz_rounds SET poll_id = ?, message_id = ?, at = ? "
                       "WHERE place = ? AND round_id = ?",
                       (poll_id, message_id, at, place, round_id))
        await self._work(work, write=True)

    async def advance_round(self, place: str, round_id: str, position: int, at: float
                            ) -> int | None:
        def work(db: sqlite3.Connection) -> int | None:
            row = db.execute("UPDATE quiz_rounds SET position = position + 1, at = ? "
                             "WHERE place = ? AND round_id = ? AND position = ? "
                             "RETURNING position", (at, place, round_id, position)).fetchone()
            return int(row[0]) if row else None
        return await self._work(work, write=True)

    async def end_round(self, place: str, round_id: str) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM quiz_rounds WHERE place = ? AND round_id = ?",
                       (place, round_id))
        await self._work(work, write=True)

    async def round_results(self, round_id: str) -> list[BoardLine]:
        def work(db: sqlite3.Connection) -> list[BoardLine]:
            rows = db.execute(
                "SELECT MAX(a.name), SUM(a.correct), COUNT(*) FROM quiz_answers a "
                "JOIN quiz_polls p ON p.poll_id = a.poll_id WHERE p.round_id = ? "
                "GROUP BY a.person ORDER BY SUM(a.correct) DESC, COUNT(*), MAX(a.name)",
                (round_id,)).fetchall()
            return [BoardLine(name, correct, answered) for name, correct, answered in rows]
        return await self._work(work)

    async def recent_items(self, place: str, limit: int = 50) -> list[str]:
        def work(db: sqlite3.Connection) -> list[str]:
            return [item for (item,) in db.execute(
                "SELECT item FROM quiz_polls WHERE place = ? ORDER BY at DESC LIMIT ?",
                (place, limit)).fetchall()]
        return await self._work(work)

    # -- boards --------------------------------------------------------------------------------

    async def board(self, chat_id: int, week: int, limit: int = 10) -> list[BoardLine]:
        def work(db: sqlite3.Connection) -> list[BoardLine]:
            rows = db.execute(
                "SELECT name, correct, answered FROM quiz_scores WHERE chat_id = ? AND week = ? "
                "ORDER BY correct DESC, answered, name LIMIT ?", (chat_id, week, limit)
            ).fetchall()
            return [BoardLine(*row) for row in rows]
        return await self._work(work)

    async def _scores(self, person: str) -> list[Score]:
        def work(db: sqlite3.Connection) -> list[Score]:
            rows = db.execute("SELECT chat_id, week, correct, answered FROM quiz_scores "
                              "WHERE person = ? ORDER BY chat_id, week", (person,)).fetchall()
            return [Score(*row) for row in rows]
        return await self._work(work)

    async def _forget(self, person: str) -> int:
        def work(db: sqlite3.Connection) -> int:
            return sum(db.execute(statement, (person,)).rowcount for statement in FORGET)
        return await self._work(work, write=True)

    # -- spaced repetition ---------------------------------------------------------------------

    async def _boxes(self, person: str) -> dict[str, tuple[int, float]]:
        def work(db: sqlite3.Connection) -> dict[str, tuple[int, float]]:
            return {item: (box, due) for item, box, due in db.execute(
                "SELECT item, box, due FROM quiz_boxes WHERE person = ?", (person,)).fetchall()}
        return await self._work(work)

    # -- daily posts ---------------------------------------------------------------------------

    async def _set_daily(self, schedule: Schedule, done: int, at: float) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("INSERT OR REPLACE INTO daily_posts (chat_id, minute, what, lang, "
                       "last_day, at) VALUES (?, ?, ?, ?, ?, ?)",
                       (schedule.chat_id, schedule.minute, schedule.what, schedule.lang, done,
                        at))
        await self._work(work, write=True)

    async def stop_daily(self, chat_id: int) -> bool:
        def work(db: sqlite3.Connection) -> bool:
            return db.execute("DELETE FROM daily_posts WHERE chat_id = ?",
                              (chat_id,)).rowcount > 0
        return await self._work(work, write=True)

    async def daily(self, chat_id: int) -> Schedule | None:
        def work(db: sqlite3.Connection) -> Schedule | None:
            row = db.execute("SELECT chat_id, minute, what, lang FROM daily_posts "
                             "WHERE chat_id = ?", (chat_id,)).fetchone()
            return Schedule(*row) if row else None
        return await self._work(work)

    async def _claim_daily(self, today: int, minute: int) -> list[Schedule]:
        def work(db: sqlite3.Connection) -> list[Schedule]:
            rows = db.execute("UPDATE daily_posts SET last_day = ? WHERE minute <= ? AND "
                              "last_day < ? RETURNING chat_id, minute, what, lang",
                              (today, minute, today)).fetchall()
            return sorted((Schedule(*row) for row in rows), key=lambda s: s.chat_id)
        return await self._work(work, write=True)

    # -- learning paths ------------------------------------------------------------------------

    async def _progress(self, person: str) -> dict[str, int]:
        def work(db: sqlite3.Connection) -> dict[str, int]:
            return dict(db.execute("SELECT path, step FROM learn_progress WHERE person = ?",
                                   (person,)).fetchall())
        return await self._work(work)

    async def _set_progress(self, person: str, path: str, step: int, at: float) -> None:
        def work(db: sqlite3.Connection) -> None:
            db.execute("INSERT INTO learn_progress (person, path, step, at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (person, path) DO UPDATE SET step = excluded.step, "
                       "at = excluded.at", (person, path, step, at))
        await self._work(work, write=True)
