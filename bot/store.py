"""The bot's state in SQLite under ``OIC_STATE_DIR``: language preferences (and, later, the
question log). Nothing else opens the database.

Writes are short and serialised by a lock, so concurrent handlers are safe; WAL mode keeps
readers from blocking the writer, and the file survives restarts.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS preferences (
    user_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL CHECK (lang IN ('id', 'en'))
);
"""


class Store:
    """A small typed wrapper over one SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
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
