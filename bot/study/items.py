"""A quiz item as the bot asks it, whether an operator wrote it or it was generated."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.content.model import QuizItem, Source

WRITTEN = "written"  # the kind of an item an operator wrote


@dataclass(frozen=True, slots=True)
class Option:
    """One option in both languages; for a generated item, ``key`` is what it stands for (a
    place id, a year, an ISO code, a row id) and ``mentions`` the names that identify it."""

    text: Mapping[str, str]
    key: str = ""
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    """A question with exactly one right option, its explanation and its sources.

    ``kind`` is ``written`` or how it was generated (``summit_city``, ``member_year`` ...);
    ``subject`` is what a generated item asks about (a row id, an ISO code, a year);
    ``path``/``line`` is where an operator fixes it (the item, or the row it came from).
    """

    id: str
    kind: str
    topics: tuple[str, ...]
    difficulty: str
    question: Mapping[str, str]
    options: tuple[Option, ...]
    correct: int
    explanation: Mapping[str, str]
    sources: tuple[Source, ...]
    about: str | None
    path: Path
    line: int | None
    subject: str = ""

    def texts(self, lang: str) -> list[str]:
        return [option.text[lang] for option in self.options]


def from_written(item: QuizItem) -> Item:
    """An operator's item; its topic also counts as history where it is part of it."""
    topics = (item.topic, "history") if item.topic in ("summits", "secretaries") else (
        item.topic,)
    return Item(
        id=item.id, kind=WRITTEN, topics=topics, difficulty=item.difficulty,
        question=item.question, options=tuple(Option(o) for o in item.options),
        correct=item.correct, explanation=item.explanation, sources=item.sources,
        about=item.about, path=item.path, line=item.line)


def stable(*parts: object) -> int:
    """A number that depends only on ``parts`` (not on the process, unlike hash())."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")
