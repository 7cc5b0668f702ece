"""The study tables (bot/store/study.py), as one migration for each backend: appended to
``MIGRATIONS`` in sqlite.py and postgres.py."""

from __future__ import annotations

import sqlite3

from bot.store.privacy import Privacy

SQLITE_TABLES = (
    """CREATE TABLE quiz_polls (
        poll_id TEXT PRIMARY KEY,
        at REAL NOT NULL,
        chat_id INTEGER NOT NULL,
        message_id INTEGER NOT NULL,
        place TEXT NOT NULL,
        item TEXT NOT NULL,
        correct INTEGER NOT NULL,
        lang TEXT NOT NULL,
        round_id TEXT,
        position INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX quiz_polls_at ON quiz_polls (at)",
    "CREATE INDEX quiz_polls_place ON quiz_polls (place, at)",
    "CREATE INDEX quiz_polls_round ON quiz_polls (round_id)",
    """CREATE TABLE quiz_answers (
        poll_id TEXT NOT NULL,
        person TEXT NOT NULL,
        at REAL NOT NULL,
        name TEXT NOT NULL,
        correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
        PRIMARY KEY (poll_id, person)
    )""",
    "CREATE INDEX quiz_answers_person ON quiz_answers (person)",
    """CREATE TABLE quiz_scores (
        chat_id INTEGER NOT NULL,
        person TEXT NOT NULL,
        week INTEGER NOT NULL,
        name TEXT NOT NULL,
        answered INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (chat_id, person, week)
    )""",
    "CREATE INDEX quiz_scores_person ON quiz_scores (person)",
    """CREATE TABLE quiz_boxes (
        person TEXT NOT NULL,
        item TEXT NOT NULL,
        box INTEGER NOT NULL,
        due REAL NOT NULL,
        PRIMARY KEY (person, item)
    )""",
    """CREATE TABLE quiz_rounds (
        place TEXT PRIMARY KEY,
        round_id TEXT NOT NULL,
        chat_id INTEGER NOT NULL,
        lang TEXT NOT NULL,
        items TEXT NOT NULL,
        position INTEGER NOT NULL,
        poll_id TEXT,
        message_id INTEGER,
        at REAL NOT NULL
    )""",
    """CREATE TABLE daily_posts (
        chat_id INTEGER PRIMARY KEY,
        minute INTEGER NOT NULL,
        what TEXT NOT NULL,
        lang TEXT NOT NULL,
        last_day INTEGER NOT NULL,
        at REAL NOT NULL
    )""",
    """CREATE TABLE learn_progress (
        person TEXT NOT NULL,
        path TEXT NOT NULL,
        step INTEGER NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (person, path)
    )""",
)


def sqlite_study_tables(db: sqlite3.Connection, privacy: Privacy | None) -> None:
    """Quiz polls, answers, scores, Leitner boxes, rounds, daily posts, path progress."""
    for statement in SQLITE_TABLES:
        db.execute(statement)


POSTGRES_STUDY_TABLES: tuple[str, ...] = (
    """CREATE TABLE oic_quiz_polls (
        poll_id text PRIMARY KEY,
        at timestamptz NOT NULL,
        chat_id bigint NOT NULL,
        message_id bigint NOT NULL,
        place text NOT NULL,
        item text NOT NULL,
        correct integer NOT NULL,
        lang text NOT NULL,
        round_id text,
        position integer NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX oic_quiz_polls_at ON oic_quiz_polls (at)",
    "CREATE INDEX oic_quiz_polls_place ON oic_quiz_polls (place, at)",
    "CREATE INDEX oic_quiz_polls_round ON oic_quiz_polls (round_id)",
    """CREATE TABLE oic_quiz_answers (
        poll_id text NOT NULL,
        person text NOT NULL,
        at timestamptz NOT NULL,
        name text NOT NULL,
        correct boolean NOT NULL,
        PRIMARY KEY (poll_id, person)
    )""",
    "CREATE INDEX oic_quiz_answers_person ON oic_quiz_answers (person)",
    """CREATE TABLE oic_quiz_scores (
        chat_id bigint NOT NULL,
        person text NOT NULL,
        week integer NOT NULL,
        name text NOT NULL,
        answered integer NOT NULL,
        correct integer NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (chat_id, person, week)
    )""",
    "CREATE INDEX oic_quiz_scores_person ON oic_quiz_scores (person)",
    """CREATE TABLE oic_quiz_boxes (
        person text NOT NULL,
        item text NOT NULL,
        box integer NOT NULL,
        due timestamptz NOT NULL,
        PRIMARY KEY (person, item)
    )""",
    """CREATE TABLE oic_quiz_rounds (
        place text PRIMARY KEY,
        round_id text NOT NULL,
        chat_id bigint NOT NULL,
        lang text NOT NULL,
        items text NOT NULL,
        position integer NOT NULL,
        poll_id text,
        message_id bigint,
        at timestamptz NOT NULL
    )""",
    """CREATE TABLE oic_daily_posts (
        chat_id bigint PRIMARY KEY,
        minute integer NOT NULL,
        what text NOT NULL,
        lang text NOT NULL,
        last_day integer NOT NULL,
        at timestamptz NOT NULL
    )""",
    """CREATE TABLE oic_learn_progress (
        person text NOT NULL,
        path text NOT NULL,
        step integer NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (person, path)
    )""",
)
