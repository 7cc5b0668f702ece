"""The embedded backend: one SQLite file in ``OIC_STATE_DIR``.

All database work runs on one dedicated worker thread with one connection, so the event loop
never waits on the disk and no lock is needed inside the process. WAL mode lets readers run
beside a writer; ``synchronous=NORMAL`` is durable across a crash of the process (the last
commits may be lost only if the machine itself loses power). Every write is one ``BEGIN
IMMEDIATE`` transaction, so a second process on the same file waits its turn (up to
``BUSY_SECONDS``) rather than losing a write.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import functools
import json
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

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
from bot.store.privacy import Privacy
from bot.store.scrub import scrub
from bot.store.study_schema import sqlite_study_tables

FILENAME = "oic-bot.sqlite3"
BUSY_SECONDS = 5.0
T = TypeVar("T")

# The schema as the first release created it (bot/store.py, before versioning). Kept verbatim:
# a database from that release is recognised as version 1 and upgraded from here.
LEGACY_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS preferences (
        user_id INTEGER PRIMARY KEY,
        lang TEXT NOT NULL CHECK (lang IN ('id', 'en'))
    )""",
    """CREATE TABLE IF NOT EXISTS questions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at REAL NOT NULL,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        outcome TEXT NOT NULL,
        candidates TEXT NOT NULL,
        chat_type TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS answers (
        at REAL NOT NULL,
        lang TEXT NOT NULL,
        outcome TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS answers_at ON answers (at)",
    """CREATE TABLE IF NOT EXISTS votes (
        at REAL NOT NULL,
        entry TEXT NOT NULL,
        lang TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
    )""",
)


def _v1_legacy(db: sqlite3.Connection, privacy: Privacy | None) -> None:
    for statement in LEGACY_SCHEMA:
        db.execute(statement)


def _v2_private_and_reasoned(db: sqlite3.Connection, privacy: Privacy | None) -> None:
    """Preferences keyed by a salted hash, not the user id; scrubbed question texts with the
    decision reason; answers with ids (for pruning); votes one per person, with reasons; the
    per-chat quota of the question log."""
    old_preferences = db.execute("SELECT user_id, lang FROM preferences").fetchall()
    if old_preferences and privacy is None:
        raise StoreError("this database still keys language preferences by Telegram user id; "
                         "set OIC_PRIVACY_KEY or TELEGRAM_BOT_TOKEN (as the bot has them) so "
                         "it can be upgraded")
    db.execute("DROP TABLE preferences")
    db.execute("""CREATE TABLE preferences (
        person TEXT PRIMARY KEY,
        lang TEXT NOT NULL CHECK (lang IN ('id', 'en'))
    )""")
    if privacy is not None:
        db.executemany("INSERT INTO preferences (person, lang) VALUES (?, ?)",
                       [(privacy.person(user_id), lang) for user_id, lang in old_preferences])

    db.execute("ALTER TABLE questions ADD COLUMN reason TEXT NOT NULL DEFAULT ''")
    db.executemany("UPDATE questions SET text = ? WHERE id = ?",
                   [(scrub(text), ident) for ident, text in
                    db.execute("SELECT id, text FROM questions").fetchall()])

    db.execute("ALTER TABLE answers RENAME TO answers_v1")
    db.execute("DROP INDEX answers_at")
    db.execute("""CREATE TABLE answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at REAL NOT NULL,
        lang TEXT NOT NULL,
        outcome TEXT NOT NULL
    )""")
    db.execute("INSERT INTO answers (at, lang, outcome) "
               "SELECT at, lang, outcome FROM answers_v1 ORDER BY at")
    db.execute("DROP TABLE answers_v1")
    db.execute("CREATE INDEX answers_at ON answers (at)")

    db.execute("ALTER TABLE votes RENAME TO votes_v1")
    db.execute("""CREATE TABLE votes (
        voter TEXT PRIMARY KEY,
        at REAL NOT NULL,
        entry TEXT NOT NULL,
        lang TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        reason TEXT CHECK (reason IN ('wrong_topic', 'out_of_date', 'unclear')),
        decision_reason TEXT NOT NULL DEFAULT ''
    )""")
    # Old votes had no voter: each keeps a placeholder of its own, so all still count.
    db.execute("INSERT INTO votes (voter, at, entry, lang, helpful) "
               "SELECT 'v1:' || rowid, at, entry, lang, helpful FROM votes_v1")
    db.execute("DROP TABLE votes_v1")
    db.execute("CREATE INDEX votes_at ON votes (at)")

    db.execute("""CREATE TABLE question_quota (
        chat_hour TEXT PRIMARY KEY,
        hour INTEGER NOT NULL,
        used INTEGER NOT NULL
    )""")


def _v3_sent(db: sqlite3.Connection, privacy: Privacy | None) -> None:
    """What each message of the bot shows and why, keyed by a salted hash of (chat, message)."""
    db.execute("""CREATE TABLE sent (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message TEXT NOT NULL UNIQUE,
        at REAL NOT NULL,
        shows TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    )""")



def _v5_update_journal(db: sqlite3.Connection, privacy: Privacy | None) -> None:
    """The update journal: updates kept until handled (at-least-once), ids for a day after
    (never twice)."""
    db.execute("""CREATE TABLE update_journal (
        update_id INTEGER PRIMARY KEY,
        payload TEXT,
        received_at REAL NOT NULL,
        owner TEXT,
        lease_until REAL NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        done_at REAL
    )""")
    db.execute("CREATE INDEX update_journal_pending ON update_journal (update_id) "
               "WHERE done_at IS NULL")
    db.execute("CREATE INDEX update_journal_done ON update_journal (done_at) "
               "WHERE done_at IS NOT NULL")



Migration = Callable[[sqlite3.Connection, Privacy | None], None]
MIGRATIONS: tuple[Migration, ...] = (
    _v1_legacy,
    _v2_private_and_reasoned,
    _v3_sent,
    sqlite_study_tables,  # study groups: quizzes, scores, daily posts (bot/store/study.py)
    _v5_update_journal,
)


class SqliteStore(Store):
    """The state in one SQLite file, worked on by one thread."""

    def __init__(self, state_dir: Path, *, privacy: Privacy | None, limits: Limits = DEFAULT_LIMITS,
                 variable: str = "OIC_STATE_DIR") -> None:
        super().__init__(privacy, limits)
        self.state_dir = state_dir
        self.path = state_dir / FILENAME
        self.variable = variable  # how the operator named the folder, for error messages
        self._db: sqlite3.Connection | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oic-sqlite")
        self._closed = False

    def describe(self) -> str:
        return f"SQLite file {self.path}"

    async def _run(self, work: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, functools.partial(work, *args))

    # -- opening -------------------------------------------------------------------------------

    async def open(self) -> None:
        await self._run(self._open)

    def _open(self) -> None:
        where = f"{self.variable}={self.state_dir}"
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{where}: cannot create this folder ({exc.strerror}); point "
                             f"{self.variable} at a writable folder, or set DATABASE_URL") from None
        try:
            with tempfile.TemporaryFile(dir=self.state_dir):
                pass
        except OSError as exc:
            problem = "is read-only" if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) \
                else "cannot be written"
            raise StoreError(f"{where} {problem} ({exc.strerror}); make it writable for this "
                             f"user, or point {self.variable} at another folder") from None
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            self._enter_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(self._db)
        except sqlite3.DatabaseError as exc:
            self._close()
            raise StoreError(self._explain(exc)) from None
        except StoreError:
            self._close()
            raise

    @staticmethod
    def _enter_wal(db: sqlite3.Connection) -> None:
        """Switch a new file to WAL, waiting for a second process doing the same.

        SQLite answers this pragma with SQLITE_BUSY at once, without the busy timeout, while
        another connection holds the file (two replicas starting together), so wait here."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if not getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY") \
                        or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _explain(self, exc: sqlite3.DatabaseError) -> str:
        where = f"{self.variable}={self.state_dir}"
        name = getattr(exc, "sqlite_errorname", "")
        if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
            return (f"{where}: {self.path.name} is not a usable SQLite database ({exc}); move "
                    "it aside to start afresh, or restore it from a backup")
        if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_CANTOPEN"):
            return (f"{where}: {self.path.name} cannot be written ({exc}); make it writable "
                    f"for this user, or point {self.variable} at another folder")
        if name.startswith("SQLITE_BUSY"):
            return (f"{where}: {self.path.name} stayed locked by another process for "
                    f"{BUSY_SECONDS:.0f} s; is an old copy of the bot still running?")
        return f"{where}: {self.path.name} could not be opened ({exc})"

    def _migrate(self, db: sqlite3.Connection) -> None:
        """Bring the schema to the newest version this code knows, in one transaction."""
        with self._transaction(db):
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       "version INTEGER PRIMARY KEY, applied_at REAL NOT NULL)")
            (version,) = db.execute("SELECT max(version) FROM schema_migrations").fetchone()
            if version is None and db.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'preferences'").fetchone():
                version = 1  # made by the first release, which had no version table
                db.execute("INSERT INTO schema_migrations VALUES (1, ?)", (time.time(),))
            version = version or 0
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"{self.variable}={self.state_dir}: {self.path.name} has schema version "
                    f"{version}, newer than this oic-bot knows ({len(MIGRATIONS)}); upgrade "
                    f"oic-bot, or point {self.variable} at another folder")
            for number in range(version + 1, len(MIGRATIONS) + 1):
                MIGRATIONS[number - 1](db, self.privacy)
                db.execute("INSERT INTO schema_migrations VALUES (?, ?)", (number, time.time()))

    @staticmethod
    @contextlib.contextmanager
    def _transaction(db: sqlite3.Connection) -> Iterator[None]:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # -- closing -------------------------------------------------------------------------------

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self._run(self._close)
            self._worker.shutdown(wait=False)

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"the state store ({self.describe()}) is not open")
        return self._db

    # -- primitives (each runs on the worker thread) -------------------------------------------

    async def _language(self, person: str) -> str | None:
        def work() -> str | None:
            row = self._conn().execute("SELECT lang FROM preferences WHERE person = ?",
                                       (person,)).fetchone()
            return row[0] if row else None
        return await self._run(work)

    async def _set_language(self, person: str, lang: str | None) -> None:
        def work() -> None:
            db = self._conn()
            if lang is None:
                db.execute("DELETE FROM preferences WHERE person = ?", (person,))
            else:
                db.execute("INSERT INTO preferences (person, lang) VALUES (?, ?) "
                           "ON CONFLICT (person) DO UPDATE SET lang = excluded.lang",
                           (person, lang))
        await self._run(work)

    async def _record(self, at: float, lang: str, outcome: str,
                      question: QuestionRow | None) -> bool:
        limits = self.limits

        def work() -> bool:
            db = self._conn()
            with self._transaction(db):
                (answer_id,) = db.execute(
                    "INSERT INTO answers (at, lang, outcome) VALUES (?, ?, ?) RETURNING id",
                    (at, lang, outcome)).fetchone()
                db.execute("DELETE FROM answers WHERE id <= ?", (answer_id - limits.answers,))
                if question is None:
                    return False
                hour = int(at // 3600)
                db.execute("DELETE FROM question_quota WHERE hour < ?", (hour,))
                granted = db.execute(
                    "INSERT INTO question_quota (chat_hour, hour, used) VALUES (?, ?, 1) "
                    "ON CONFLICT (chat_hour) DO UPDATE SET used = used + 1 "
                    "WHERE used < ? RETURNING used",
                    (question.quota_key, hour, limits.questions_per_chat_hour)).fetchone()
                if granted is None:
                    return False
                (question_id,) = db.execute(
                    "INSERT INTO questions (at, text, lang, outcome, candidates, reason, "
                    "chat_type) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (at, question.text, question.lang, question.outcome, question.candidates,
                     question.reason, question.chat_type)).fetchone()
                db.execute("DELETE FROM questions WHERE id <= ?",
                           (question_id - limits.questions,))
                return True
        return await self._run(work)

    async def _stats(self, since: float) -> dict[tuple[str, str], int]:
        def work() -> dict[tuple[str, str], int]:
            rows = self._conn().execute(
                "SELECT outcome, lang, COUNT(*) FROM answers WHERE at >= ? "
                "GROUP BY outcome, lang", (since,)).fetchall()
            return {(outcome, lang): count for outcome, lang, count in rows}
        return await self._run(work)

    async def _questions(self, limit: int) -> list[LoggedQuestion]:
        def work() -> list[LoggedQuestion]:
            rows = self._conn().execute(
                "SELECT text, lang, outcome, candidates, chat_type, at, reason FROM "
                "(SELECT * FROM questions ORDER BY id DESC LIMIT ?) ORDER BY id",
                (limit,)).fetchall()
            return [LoggedQuestion(text, lang, outcome,
                                   [(intent, score) for intent, score in json.loads(candidates)],
                                   chat_type, at, reason)
                    for text, lang, outcome, candidates, chat_type, at, reason in rows]
        return await self._run(work)

    async def _vote(self, at: float, row: VoteRow) -> None:
        limit = self.limits.votes

        def work() -> None:
            db = self._conn()
            with self._transaction(db):
                db.execute(
                    "INSERT INTO votes (voter, at, entry, lang, helpful, reason, "
                    "decision_reason) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (voter) DO "
                    "UPDATE SET at = excluded.at, entry = excluded.entry, lang = excluded.lang, "
                    "helpful = excluded.helpful, reason = excluded.reason, "
                    "decision_reason = excluded.decision_reason",
                    (row.voter, at, row.entry, row.lang, int(row.helpful), row.reason,
                     row.decision_reason))
                db.execute("DELETE FROM votes WHERE voter IN (SELECT voter FROM votes "
                           "ORDER BY at DESC, voter DESC LIMIT -1 OFFSET ?)", (limit,))
        await self._run(work)

    async def _votes(self) -> dict[str, Tally]:
        def work() -> dict[str, Tally]:
            return tally(self._conn().execute(
                "SELECT entry, SUM(helpful), SUM(1 - helpful), reason, COUNT(*) FROM votes "
                "GROUP BY entry, reason ORDER BY entry").fetchall())
        return await self._run(work)

    async def _unhelpful(self, limit: int) -> list[Unhelpful]:
        def work() -> list[Unhelpful]:
            rows = self._conn().execute(
                "SELECT entry, lang, reason, decision_reason, at FROM votes WHERE helpful = 0 "
                "ORDER BY at DESC, voter LIMIT ?", (limit,)).fetchall()
            return [Unhelpful(*row) for row in rows]
        return await self._run(work)

    async def _remember(self, at: float, key: str, sent: Sent) -> None:
        limit = self.limits.sent

        def work() -> None:
            db = self._conn()
            with self._transaction(db):
                (ident,) = db.execute(
                    "INSERT INTO sent (message, at, shows, reason) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (message) DO UPDATE SET at = excluded.at, "
                    "shows = excluded.shows, reason = excluded.reason RETURNING id",
                    (key, at, sent.shows, sent.reason)).fetchone()
                db.execute("DELETE FROM sent WHERE id <= ?", (ident - limit,))
        await self._run(work)

    async def _recall(self, key: str) -> Sent | None:
        def work() -> Sent | None:
            row = self._conn().execute("SELECT shows, reason FROM sent WHERE message = ?",
                                       (key,)).fetchone()
            return Sent(*row) if row else None
        return await self._run(work)

    # -- the update journal --------------------------------------------------------------------

    async def _journal(self, updates: list[tuple[int, str]], owner: str | None, until: float,
                       at: float) -> list[int]:
        def work() -> list[int]:
            db = self._conn()
            with self._transaction(db):
                return [update_id for update_id, payload in updates if db.execute(
                    "INSERT INTO update_journal (update_id, payload, received_at, owner, "
                    "lease_until, attempts) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                    (update_id, payload, at, owner, until if owner else 0, int(bool(owner)))
                ).fetchone()]
        return await self._run(work)

    async def _claim(self, owner: str, limit: int, until: float,
                     at: float) -> list[JournaledUpdate]:
        def work() -> list[JournaledUpdate]:
            db = self._conn()
            if not db.execute("SELECT 1 FROM update_journal WHERE done_at IS NULL AND "
                              "lease_until < ? LIMIT 1", (at,)).fetchone():
                return []  # nothing to claim: no write lock taken (an idle bot only reads)
            with self._transaction(db):  # BEGIN IMMEDIATE: one claimer at a time per file
                rows = db.execute(
                    "UPDATE update_journal SET owner = ?, lease_until = ?, "
                    "attempts = attempts + 1 WHERE update_id IN (SELECT update_id FROM "
                    "update_journal WHERE done_at IS NULL AND lease_until < ? "
                    "ORDER BY update_id LIMIT ?) RETURNING update_id, payload, attempts",
                    (owner, until, at, limit)).fetchall()
            return sorted((JournaledUpdate(*row) for row in rows), key=lambda u: u.update_id)
        return await self._run(work)

    async def _renew(self, owner: str, update_ids: list[int], until: float) -> None:
        def work() -> None:
            db = self._conn()
            with self._transaction(db):
                db.executemany("UPDATE update_journal SET lease_until = ? WHERE update_id = ? "
                               "AND owner = ? AND done_at IS NULL",
                               [(until, update_id, owner) for update_id in update_ids])
        await self._run(work)

    async def _release(self, owner: str, update_ids: list[int]) -> None:
        def work() -> None:
            db = self._conn()
            with self._transaction(db):
                db.executemany("UPDATE update_journal SET owner = NULL, lease_until = 0, "
                               "attempts = max(attempts - 1, 0) "
                               "WHERE update_id = ? AND owner = ? AND done_at IS NULL",
                               [(update_id, owner) for update_id in update_ids])
        await self._run(work)

    async def _handled(self, update_ids: list[int], at: float) -> None:
        def work() -> None:
            db = self._conn()
            with self._transaction(db):
                db.executemany("UPDATE update_journal SET payload = NULL, owner = NULL, "
                               "done_at = ? WHERE update_id = ?",
                               [(at, update_id) for update_id in update_ids])
                db.execute("DELETE FROM update_journal WHERE done_at < ?", (at - UPDATE_MEMORY,))
        await self._run(work)

    async def _backlog(self) -> int:
        def work() -> int:
            (count,) = self._conn().execute(
                "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL").fetchone()
            return int(count)
        return await self._run(work)
