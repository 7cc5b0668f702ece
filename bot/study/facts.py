"""A fact a day: an entry's first paragraph or a table row's lead, briefly, with its sources."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.model import Source
from bot.engine import Engine
from bot.engine.engine import as_of_line
from bot.study.items import stable

MAX_CHARS = 400


@dataclass(frozen=True, slots=True)
class Fact:
    """What /fakta posts: a heading, a few sentences, the sources, and the answer to open."""

    answer: str
    title: str
    text: str
    sources: tuple[Source, ...]
    as_of: str | None


def fact_ids(engine: Engine) -> list[str]:
    """Every answer a fact can come from: fact entries and rows of things that happened."""
    kb = engine.kb
    ids = [e.id for e in kb.entries.values() if e.kind == "fact"]
    ids += [r.id for t in kb.tables.values() for r in t.rows if r.status != "planned"]
    return ids


def pick_fact(engine: Engine, *seed: object) -> str:
    """One answer id, the same for the same ``seed`` (a chat and a day) and content."""
    ids = fact_ids(engine)
    return ids[stable(*seed) % len(ids)]


def fact(engine: Engine, answer: str, lang: str) -> Fact:
    """The fact ``answer`` gives, at most about 400 characters, cut at a sentence."""
    reply = engine.entry_reply(answer, lang)
    return Fact(answer, reply.title or "", brief(reply.answer.split("\n")[0]),
                reply.sources[:2], as_of_line(reply))


def brief(text: str, limit: int = MAX_CHARS) -> str:
    """``text`` cut after its last whole sentence within ``limit`` characters."""
    if len(text) <= limit:
        return text
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[:limit])]
    if ends:
        return text[: ends[-1]]
    return text[: text.rfind(" ", 0, limit - 1)] + "…"
