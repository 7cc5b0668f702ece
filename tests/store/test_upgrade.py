"""A state folder written by the first release opens with the new code: nothing is lost, and
what was kept by user id is re-keyed by salted hash."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.store import StoreError, Tally
from bot.store.privacy import Privacy
from bot.store.sqlite import FILENAME, MIGRATIONS, SqliteStore

LEGACY_SCHEMA = Path(__file__).parent / "data" / "legacy_schema.sql"
KEY = b"the bot's privacy key"
AISYAH, JOHN = 987_654_321_012, 987_654_321_013  # long: cannot turn up in a timestamp by chance


def legacy_folder(folder: Path, with_preferences: bool = True) -> Path:
    """A state folder as the first release left it: its schema, rows written its way."""
    folder.mkdir()
    db = sqlite3.connect(folder / FILENAME, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(LEGACY_SCHEMA.read_text(encoding="utf-8"))
    if with_preferences:
        db.executemany("INSERT INTO preferences VALUES (?, ?)", [(AISYAH, "en"), (JOHN, "id")])
    db.executemany("INSERT INTO questions (at, text, lang, outcome, candidates, chat_type) "
                   "VALUES (?, ?, ?, ?, ?, ?)", [
                       (100.0, "resep rendang", "id", "unanswered", "[]", "private"),
                       (200.0, "hubungi 081234567890 soal oki", "id", "suggested",
                        json.dumps([["headquarters", 0.41]]), "group")])
    db.executemany("INSERT INTO answers VALUES (?, ?, ?)",
                   [(50.0, "id", "answered"), (100.0, "id", "unanswered"),
                    (200.0, "id", "suggested")])
    db.executemany("INSERT INTO votes VALUES (?, ?, ?, ?)",
                   [(60.0, "founding_date", "id", 1), (61.0, "founding_date", "id", 1),
                    (62.0, "founding_date", "en", 0)])
    db.close()
    return folder


async def test_an_old_state_folder_is_upgraded_and_keeps_everything(tmp_path: Path) -> None:
    store = SqliteStore(legacy_folder(tmp_path / "state"), privacy=Privacy(KEY))
    await store.open()
    try:
        assert await store.language(AISYAH) == "en" and await store.language(JOHN) == "id"
        logged = await store.questions()
        assert [q.text for q in logged] == ["resep rendang", "hubungi <phone> soal oki"]
        assert logged[1].candidates == [("headquarters", 0.41)] and logged[1].reason == ""
        assert await store.stats() == {("answered", "id"): 1, ("unanswered", "id"): 1,
                                       ("suggested", "id"): 1}
        assert await store.votes() == {"founding_date": Tally(2, 1)}
        assert await store.record(text="new question", lang="en", outcome="unanswered",
                                  chat_type="private", chat_id=1, candidates=[], reason="")
        assert len(await store.questions()) == 3
    finally:
        await store.close()
    db = sqlite3.connect(tmp_path / "state" / FILENAME)
    try:
        versions = [v for (v,) in db.execute("SELECT version FROM schema_migrations")]
        assert versions == list(range(1, len(MIGRATIONS) + 1))
        dump = "\n".join(db.iterdump())
        assert str(AISYAH) not in dump and "081234567890" not in dump
    finally:
        db.close()


async def test_without_a_key_old_preferences_are_not_thrown_away(tmp_path: Path) -> None:
    folder = legacy_folder(tmp_path / "state")
    store = SqliteStore(folder, privacy=None)
    with pytest.raises(StoreError, match="set OIC_PRIVACY_KEY or TELEGRAM_BOT_TOKEN"):
        await store.open()
    await store.close()
    db = sqlite3.connect(folder / FILENAME)
    try:  # the failed upgrade rolled back whole: still the old schema, rows and all
        assert db.execute("SELECT user_id, lang FROM preferences ORDER BY user_id").fetchall() \
            == [(AISYAH, "en"), (JOHN, "id")]
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'"
                          ).fetchone() is None
    finally:
        db.close()


async def test_an_old_folder_without_preferences_needs_no_key(tmp_path: Path) -> None:
    store = SqliteStore(legacy_folder(tmp_path / "state", with_preferences=False),
                        privacy=None)
    await store.open()
    try:
        assert len(await store.questions()) == 2
    finally:
        await store.close()
