"""Every store test runs twice: on SQLite in a temporary folder and on a real PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.settings import StoreSettings
from bot.store import Limits, Store, make_store
from bot.store.base import DEFAULT_LIMITS
from bot.store.sqlite import FILENAME

KEY = b"k" * 32
TABLES = ("preferences", "questions", "answers", "votes", "question_quota", "sent")


@dataclass
class Place:
    """Where one test's state lives; opens as many stores on it as a test needs."""

    backend: str
    settings: StoreSettings
    opened: list[Store] = field(default_factory=list)

    async def open(self, limits: Limits = DEFAULT_LIMITS, key: bytes | None = KEY) -> Store:
        settings = StoreSettings(self.settings.state_dir, self.settings.database_url, key)
        store = make_store(settings, limits)
        self.opened.append(store)
        await store.open()
        return store

    def sql(self, statement: str) -> list[tuple]:
        """Run SQL directly (as an operator or an attacker with a copy of the data would)."""
        if self.settings.database_url:
            import psycopg

            with psycopg.connect(self.settings.database_url, autocommit=True) as conn:
                cursor = conn.execute(statement)  # type: ignore[arg-type]
                return cursor.fetchall() if cursor.description else []
        with closing(sqlite3.connect(self.settings.state_dir / FILENAME)) as db, db:
            return db.execute(statement).fetchall()

    def table(self, name: str) -> str:
        return f"oic_{name}" if self.settings.database_url else name

    def dump(self) -> str:
        """Everything stored, as text."""
        return "\n".join(repr(row) for name in TABLES
                         for row in self.sql(f"SELECT * FROM {self.table(name)}"))


@pytest.fixture(params=["sqlite", "postgres"])
async def place(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Place]:
    url = request.getfixturevalue("database_url") if request.param == "postgres" else None
    found = Place(request.param, StoreSettings(tmp_path / "state", url, KEY))
    yield found
    for store in found.opened:
        await store.close()


@pytest.fixture
async def store(place: Place) -> Store:
    return await place.open()
