"""The shared backend: PostgreSQL at ``DATABASE_URL``, for hosts whose disks do not last and
for several bot processes on one database.

psycopg 3's asyncio API runs on PTB's own event loop (no thread per query); a small
``psycopg_pool`` pool shares connections between concurrent handlers and replaces a connection
the server dropped. Every write is one transaction; counts are plain inserts and votes are
upserts on a unique key, so two processes writing at once neither lose nor double anything.
Tables carry an ``oic_`` prefix so a database shared with another app stays readable.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool

from bot.settings import redact_url
from bot.store.base import (
    DEFAULT_LIMITS,
    UPDATE_MEMORY,
    JournaledUpdate,
    Limits,
    LoggedQuestion,
    QuestionRow,
    Sent,
    Store,
    StoreError,
    Tally,
    Unhelpful,
    VoteRow,
    tally,
)
from bot.store.privacy import HOUR, Privacy
from bot.store.study_schema import POSTGRES_STUDY_TABLES

CONNECT_SECONDS = 10
POOL_SIZE = 4
WAIT_SECONDS = 5.0  # longest wait for a free connection before a call gives up

# Ordered migrations: version n is MIGRATIONS[n - 1]. Append; never edit a released one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE oic_preferences (
            person text PRIMARY KEY,
            lang text NOT NULL CHECK (lang IN ('id', 'en'))
        )""",
        """CREATE TABLE oic_questions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            text text NOT NULL,
            lang text NOT NULL,
            outcome text NOT NULL,
            candidates jsonb NOT NULL,
            reason text NOT NULL DEFAULT '',
            chat_type text NOT NULL
        )""",
        """CREATE TABLE oic_answers (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            lang text NOT NULL,
            outcome text NOT NULL
        )""",
        "CREATE INDEX oic_answers_at ON oic_answers (at)",
        """CREATE TABLE oic_votes (
            voter text PRIMARY KEY,
            at timestamptz NOT NULL,
            entry text NOT NULL,
            lang text NOT NULL,
            helpful boolean NOT NULL,
            reason text CHECK (reason IN ('wrong_topic', 'out_of_date', 'unclear')),
            decision_reason text NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX oic_votes_at ON oic_votes (at)",
        """CREATE TABLE oic_question_quota (
            chat_hour text PRIMARY KEY,
            hour bigint NOT NULL,
            used integer NOT NULL
        )""",
    ),
    (  # what each message of the bot shows and why, keyed by a salted hash of (chat, message)
        """CREATE TABLE oic_sent (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            message text NOT NULL UNIQUE,
            at timestamptz NOT NULL,
            shows text NOT NULL,
            reason text NOT NULL DEFAULT ''
        )""",
    ),
    POSTGRES_STUDY_TABLES,  # study groups: quizzes, scores, daily posts (bot/store/study.py)
    (  # the update journal (at-least-once, never twice)
        """CREATE TABLE oic_update_journal (
            update_id bigint PRIMARY KEY,
            payload text,
            received_at timestamptz NOT NULL,
            owner text,
            lease_until timestamptz NOT NULL DEFAULT 'epoch',
            attempts integer NOT NULL DEFAULT 0,
            done_at timestamptz
        )""",
        "CREATE INDEX oic_update_journal_pending ON oic_update_journal (update_id) "
        "WHERE done_at IS NULL",
        "CREATE INDEX oic_update_journal_done ON oic_update_journal (done_at) "
        "WHERE done_at IS NOT NULL",
    ),
)


async def _one(cursor: psycopg.AsyncCursor[Any]) -> tuple[Any, ...]:
    """The one row an INSERT ... RETURNING gives back."""
    row = await cursor.fetchone()
    if row is None:
        raise RuntimeError("the database returned no row for an INSERT ... RETURNING")
    return tuple(row)


def _when(at: float) -> datetime:
    return datetime.fromtimestamp(at, UTC)


class PostgresStore(Store):
    """The state in a PostgreSQL database, shared by every process of the bot."""

    def __init__(self, url: str, *, privacy: Privacy | None, limits: Limits = DEFAULT_LIMITS,
                 pool_size: int = POOL_SIZE, connection_wait: float = WAIT_SECONDS) -> None:
        """``connection_wait``: how long a call waits for a free connection before it gives up
        (the bot passes its deadline for a write, which it waits no longer for anyway)."""
        super().__init__(privacy, limits)
        self._url = url
        self._pool_size = pool_size
        self.connection_wait = connection_wait
        self._pool: AsyncConnectionPool | None = None

    def describe(self) -> str:
        return f"PostgreSQL database {redact_url(self._url)}"

    def _why(self, exc: BaseException) -> str:
        """An error as one line, with the password (if any) blotted out."""
        text = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        return redact_url(self._url, text) or type(exc).__name__

    # -- opening and closing -------------------------------------------------------------------

    async def open(self) -> None:
        try:
            async with await psycopg.AsyncConnection.connect(
                    self._url, autocommit=True, connect_timeout=CONNECT_SECONDS) as conn:
                await self._migrate(conn)
        except psycopg.OperationalError as exc:
            raise StoreError(f"DATABASE_URL: cannot connect to {self.describe()}: "
                             f"{self._why(exc)}") from None
        except psycopg.Error as exc:
            raise StoreError(f"DATABASE_URL: {self.describe()} could not be set up: "
                             f"{self._why(exc)}") from None
        pool = AsyncConnectionPool(
            self._url, min_size=1, max_size=self._pool_size, open=False,
            timeout=self.connection_wait,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_SECONDS},
            check=AsyncConnectionPool.check_connection, name="oic-store")
        try:
            await pool.open(wait=True, timeout=CONNECT_SECONDS)
        except psycopg.Error as exc:  # PoolTimeout is one
            await pool.close()
            raise StoreError(f"DATABASE_URL: cannot connect to {self.describe()}: "
                             f"{self._why(exc)}") from None
        self._pool = pool

    async def _migrate(self, conn: psycopg.AsyncConnection[Any]) -> None:
        """Bring the schema to the newest version this code knows. An advisory lock makes
        processes starting together take turns; DDL is transactional, so a failed upgrade
        leaves the old schema whole."""
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(hashtext('oic-bot schema'))")
            await conn.execute("CREATE TABLE IF NOT EXISTS oic_schema_migrations ("
                               "version integer PRIMARY KEY, "
                               "applied_at timestamptz NOT NULL DEFAULT now())")
            cursor = await conn.execute("SELECT max(version) FROM oic_schema_migrations")
            row = await cursor.fetchone()
            version = (row[0] if row else None) or 0
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"DATABASE_URL: {self.describe()} has schema version {version}, newer "
                    f"than this oic-bot knows ({len(MIGRATIONS)}); upgrade oic-bot, or point "
                    "DATABASE_URL at another database")
            for number in range(version + 1, len(MIGRATIONS) + 1):
                for statement in MIGRATIONS[number - 1]:
                    await conn.execute(statement)
                await conn.execute("INSERT INTO oic_schema_migrations (version) VALUES (%s)",
                                   (number,))

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()

    def _connection(self) -> AbstractAsyncContextManager[psycopg.AsyncConnection[Any]]:
        if self._pool is None:
            raise StoreError(f"the state store ({self.describe()}) is not open")
        return self._pool.connection()

    # -- primitives ----------------------------------------------------------------------------

    async def _language(self, person: str) -> str | None:
        async with self._connection() as conn:
            cursor = await conn.execute("SELECT lang FROM oic_preferences WHERE person = %s",
                                        (person,))
            row = await cursor.fetchone()
        return row[0] if row else None

    async def _set_language(self, person: str, lang: str | None) -> None:
        async with self._connection() as conn:
            if lang is None:
                await conn.execute("DELETE FROM oic_preferences WHERE person = %s", (person,))
            else:
                await conn.execute(
                    "INSERT INTO oic_preferences (person, lang) VALUES (%s, %s) "
                    "ON CONFLICT (person) DO UPDATE SET lang = excluded.lang", (person, lang))

    async def _record(self, at: float, lang: str, outcome: str,
                      question: QuestionRow | None) -> bool:
        limits = self.limits
        async with self._connection() as conn, conn.transaction():
            cursor = await conn.execute(
                "INSERT INTO oic_answers (at, lang, outcome) VALUES (%s, %s, %s) RETURNING id",
                (_when(at), lang, outcome))
            (answer_id,) = await _one(cursor)
            await conn.execute("DELETE FROM oic_answers WHERE id <= %s",
                               (answer_id - limits.answers,))
            if question is None:
                return False
            hour = int(at // HOUR)
            await conn.execute("DELETE FROM oic_question_quota WHERE hour < %s", (hour,))
            cursor = await conn.execute(
                "INSERT INTO oic_question_quota (chat_hour, hour, used) VALUES (%s, %s, 1) "
                "ON CONFLICT (chat_hour) DO UPDATE SET used = oic_question_quota.used + 1 "
                "WHERE oic_question_quota.used < %s RETURNING used",
                (question.quota_key, hour, limits.questions_per_chat_hour))
            if await cursor.fetchone() is None:
                return False
            cursor = await conn.execute(
                "INSERT INTO oic_questions (at, text, lang, outcome, candidates, reason, "
                "chat_type) VALUES (%s, %s, %s, %s, %s::jsonb, %s, %s) RETURNING id",
                (_when(at), question.text, question.lang, question.outcome, question.candidates,
                 question.reason, question.chat_type))
            (question_id,) = await _one(cursor)
            await conn.execute("DELETE FROM oic_questions WHERE id <= %s",
                               (question_id - limits.questions,))
            return True

    async def _stats(self, since: float) -> dict[tuple[str, str], int]:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT outcome, lang, COUNT(*) FROM oic_answers WHERE at >= %s "
                "GROUP BY outcome, lang", (_when(since),))
            rows = await cursor.fetchall()
        return {(outcome, lang): count for outcome, lang, count in rows}

    async def _questions(self, limit: int) -> list[LoggedQuestion]:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT text, lang, outcome, candidates, chat_type, at, reason FROM "
                "(SELECT * FROM oic_questions ORDER BY id DESC LIMIT %s) AS newest ORDER BY id",
                (limit,))
            rows = await cursor.fetchall()
        return [LoggedQuestion(text, lang, outcome,
                               [(intent, score) for intent, score in candidates],
                               chat_type, at.timestamp(), reason)
                for text, lang, outcome, candidates, chat_type, at, reason in rows]

    async def _vote(self, at: float, row: VoteRow) -> None:
        async with self._connection() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO oic_votes (voter, at, entry, lang, helpful, reason, "
                "decision_reason) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (voter) DO "
                "UPDATE SET at = excluded.at, entry = excluded.entry, lang = excluded.lang, "
                "helpful = excluded.helpful, reason = excluded.reason, "
                "decision_reason = excluded.decision_reason",
                (row.voter, _when(at), row.entry, row.lang, row.helpful, row.reason,
                 row.decision_reason))
            await conn.execute(
                "DELETE FROM oic_votes WHERE voter IN (SELECT voter FROM oic_votes "
                "ORDER BY at DESC, voter DESC OFFSET %s)", (self.limits.votes,))

    async def _votes(self) -> dict[str, Tally]:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT entry, COUNT(*) FILTER (WHERE helpful), "
                "COUNT(*) FILTER (WHERE NOT helpful), reason, COUNT(*) FROM oic_votes "
                "GROUP BY entry, reason ORDER BY entry")
            rows = await cursor.fetchall()
        return tally(rows)

    async def _unhelpful(self, limit: int) -> list[Unhelpful]:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT entry, lang, reason, decision_reason, at FROM oic_votes "
                "WHERE NOT helpful ORDER BY at DESC, voter LIMIT %s", (limit,))
            rows = await cursor.fetchall()
        return [Unhelpful(entry, lang, reason, decision_reason, at.timestamp())
                for entry, lang, reason, decision_reason, at in rows]

    async def _remember(self, at: float, key: str, sent: Sent) -> None:
        async with self._connection() as conn, conn.transaction():
            cursor = await conn.execute(
                "INSERT INTO oic_sent (message, at, shows, reason) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (message) DO UPDATE SET at = excluded.at, shows = excluded.shows, "
                "reason = excluded.reason RETURNING id",
                (key, _when(at), sent.shows, sent.reason))
            (ident,) = await _one(cursor)
            await conn.execute("DELETE FROM oic_sent WHERE id <= %s",
                               (ident - self.limits.sent,))

    async def _recall(self, key: str) -> Sent | None:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT shows, reason FROM oic_sent WHERE message = %s", (key,))
            row = await cursor.fetchone()
        return Sent(*row) if row else None

    # -- the update journal --------------------------------------------------------------------

    async def _journal(self, updates: list[tuple[int, str]], owner: str | None, until: float,
                       at: float) -> list[int]:
        new = []
        async with self._connection() as conn, conn.transaction():
            for update_id, payload in updates:
                cursor = await conn.execute(
                    "INSERT INTO oic_update_journal (update_id, payload, received_at, owner, "
                    "lease_until, attempts) VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                    (update_id, payload, _when(at), owner, _when(until if owner else 0),
                     int(bool(owner))))
                if await cursor.fetchone() is not None:
                    new.append(update_id)
        return new

    async def _claim(self, owner: str, limit: int, until: float,
                     at: float) -> list[JournaledUpdate]:
        async with self._connection() as conn, conn.transaction():
            cursor = await conn.execute(
                "UPDATE oic_update_journal SET owner = %s, lease_until = %s, "
                "attempts = attempts + 1 WHERE update_id IN (SELECT update_id FROM "
                "oic_update_journal WHERE done_at IS NULL AND lease_until < %s "
                "ORDER BY update_id LIMIT %s FOR UPDATE SKIP LOCKED) "
                "RETURNING update_id, payload, attempts",
                (owner, _when(until), _when(at), limit))
            rows = await cursor.fetchall()
        return sorted((JournaledUpdate(*row) for row in rows), key=lambda u: u.update_id)

    async def _renew(self, owner: str, update_ids: list[int], until: float) -> None:
        async with self._connection() as conn:
            await conn.execute(
                "UPDATE oic_update_journal SET lease_until = %s WHERE update_id = ANY(%s) "
                "AND owner = %s AND done_at IS NULL", (_when(until), update_ids, owner))

    async def _release(self, owner: str, update_ids: list[int]) -> None:
        async with self._connection() as conn:
            await conn.execute(
                "UPDATE oic_update_journal SET owner = NULL, lease_until = 'epoch', "
                "attempts = greatest(attempts - 1, 0) "
                "WHERE update_id = ANY(%s) AND owner = %s AND done_at IS NULL",
                (update_ids, owner))

    async def _handled(self, update_ids: list[int], at: float) -> None:
        async with self._connection() as conn, conn.transaction():
            await conn.execute(
                "UPDATE oic_update_journal SET payload = NULL, owner = NULL, done_at = %s "
                "WHERE update_id = ANY(%s)", (_when(at), update_ids))
            await conn.execute("DELETE FROM oic_update_journal WHERE done_at < %s",
                               (_when(at - UPDATE_MEMORY),))

    async def _backlog(self) -> int:
        async with self._connection() as conn:
            cursor = await conn.execute(
                "SELECT COUNT(*) FROM oic_update_journal WHERE done_at IS NULL")
            row = await cursor.fetchone()
        return int(row[0]) if row else 0
