"""The bot's state in SQLite under ``OIC_STATE_DIR``: language preferences, the log of questions
the bot could not answer outright, answer counts and votes. Nothing else opens the database.

Privacy: no user ids or names are stored with questions or votes (a preference is keyed by
user id only because it must follow the user). The question log keeps at most
``MAX_LOGGED_QUESTIONS`` rows; older ones are pruned.

Writes are short and serialised by a lock, so concurrent handlers are safe; WAL mode keeps
readers from blocking the writer, and the file survives restarts.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MAX_LOGGED_QUESTIONS = 10_000
DAY = 86_400

SCHEMA = """
CREATE TABLE IF NOT EXISTS preferences (
    user_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('id', 'en'))
);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    text TEXT NOT NULL,          -- normalised question text
    lang TEXT NOT NULL,
    outcome TEXT NOT NULL,       -- 'suggested' or 'unanswered'
    candidates TEXT NOT NULL,    -- JSON [[intent, score], ...]
    chat_type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    at REAL NOT NULL,
    lang TEXT NOT NULL,
    outcome TEXT NOT NULL        -- 'answered', 'suggested' or 'unanswered'
);
CREATE INDEX IF NOT EXISTS answers_at ON answers (at);
CREATE TABLE IF NOT EXISTS votes (
    at REAL NOT NULL,
    entry TEXT NOT NULL,
    lang TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1))
);
"""


@dataclass(frozen=True, slots=True)
class LoggedQuestion:
    text: str
    lang: str
    outcome: str
    candidates: list[tuple[str, float]]
    chat_type: str
    at: float


class Store:
    """A small typed wrapper over one SQLite file."""

    def __init__(self, path: Path, max_questions: int = MAX_LOGGED_QUESTIONS) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.max_questions = max_questions
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(SCHEMA)

    @classmethod
    def in_dir(cls, state_dir: Path) -> Store:
        return cls(state_dir / "oic-bot.sqlite3")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- preferences ---------------------------------------------------------------------------

    def language(self, user_id: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT lang FROM preferences WHERE user_id = ?",
                                   (user_id,)).fetchone()
        return row[0] if row else None

    def set_language(self, user_id: int, lang: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO preferences (user_id, lang) VALUES (?, ?) "
                "ON CONFLICT(user_id) DO UPDATE SET lang = excluded.lang",
                (user_id, lang),
            )

    def clear_language(self, user_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM preferences WHERE user_id = ?", (user_id,))

    # -- questions and answers -----------------------------------------------------------------

    def record(self, *, text: str, lang: str, outcome: str, chat_type: str,
               candidates: list[tuple[str, float]], at: float | None = None) -> None:
        """Count an answer; log the question too when the bot could not answer it outright."""
        at = time.time() if at is None else at
        with self._lock, self._db:
            self._db.execute("INSERT INTO answers (at, lang, outcome) VALUES (?, ?, ?)",
                             (at, lang, outcome))
            if outcome == "answered":
                return
            self._db.execute(
                "INSERT INTO questions (at, text, lang, outcome, candidates, chat_type) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, text, lang, outcome,
                 json.dumps([[i, round(s, 3)] for i, s in candidates]), chat_type),
            )
            self._db.execute(
                "DELETE FROM questions WHERE id <= "
                "(SELECT id FROM questions ORDER BY id DESC LIMIT 1 OFFSET ?)",
                (self.max_questions,),
            )

    def questions(self) -> list[LoggedQuestion]:
        with self._lock:
            rows = self._db.execute(
                "SELECT text, lang, outcome, candidates, chat_type, at FROM questions ORDER BY id"
            ).fetchall()
        return [LoggedQuestion(t, lang, o, [(i, s) for i, s in json.loads(c)], ct, at)
                for t, lang, o, c, ct, at in rows]

    def stats(self, since: float = 0.0) -> dict[tuple[str, str], int]:
        """Counts by (outcome, language) since a time."""
        with self._lock:
            rows = self._db.execute(
                "SELECT outcome, lang, COUNT(*) FROM answers WHERE at >= ? GROUP BY outcome, lang",
                (since,),
            ).fetchall()
        return {(outcome, lang): count for outcome, lang, count in rows}

    # -- votes ---------------------------------------------------------------------------------

    def vote(self, entry: str, lang: str, helpful: bool) -> None:
        with self._lock:
            self._db.execute("INSERT INTO votes (at, entry, lang, helpful) VALUES (?, ?, ?, ?)",
                             (time.time(), entry, lang, int(helpful)))

    def votes(self) -> dict[str, tuple[int, int]]:
        """Per entry: (helpful, not helpful)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT entry, SUM(helpful), SUM(1 - helpful) FROM votes GROUP BY entry"
            ).fetchall()
        return {entry: (up, down) for entry, up, down in rows}
