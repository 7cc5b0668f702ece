"""The knowledge base as immutable values: what the engine answers from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

LANGS: tuple[str, ...] = ("id", "en")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: shown to the learner so they can check and cite it."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One answer in both languages (a fact with sources, or small talk without)."""

    id: str
    topic: str
    kind: str  # "fact" or "smalltalk"
    title: Mapping[str, str]
    answer: Mapping[str, str]
    sources: tuple[Source, ...]
    as_of: date | None  # the date of the newest source that supports the answer
    related: tuple[str, ...]
    path: Path
    line: int
    checked: date | None = None  # when an operator last looked for newer sources


@dataclass(frozen=True, slots=True)
class Role:
    """What a member state does in the OIC, for "what is the role of X in the OIC?"."""

    answer: Mapping[str, str]
    sources: tuple[Source, ...]
    as_of: date | None = None
    checked: date | None = None


@dataclass(frozen=True, slots=True)
class Intent:
    """What people ask: example questions per language, pointing at the entry that answers."""

    id: str
    answers: str
    examples: Mapping[str, tuple[str, ...]]
    path: Path
    line: int
    example_lines: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Country:
    """A country's standing in the OIC, for "is X a member?" questions."""

    code: str  # ISO 3166-1 alpha-2
    status: str  # "member", "observer" or "not_member"
    since: int | None
    aliases: tuple[str, ...]
    note: Mapping[str, str] | None
    sources: tuple[Source, ...]
    years_differ: bool
    path: Path
    line: int
    role: Role | None = None
    related: tuple[str, ...] = ()  # entries to offer first under this country's answer


@dataclass(frozen=True, slots=True)
class Topic:
    """A heading for browsing the knowledge base."""

    id: str
    title: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Organisation:
    """Another organisation people confuse with ours; questions about it get no OIC fact."""

    id: str
    name: Mapping[str, str]
    names: tuple[str, ...]
    # Acronyms that are ordinary English words ("who"): they name the organisation only in an
    # Indonesian sentence ("markas WHO di mana").
    indonesian_acronyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Courtesy:
    """Greetings, thanks, goodbyes or padding around a question, set aside before matching."""

    kind: str
    phrases: tuple[str, ...]
    reply: str | None  # the small-talk entry for a message made only of these
    path: Path | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """How people write: chat abbreviations, synonyms, names, other organisations."""

    abbreviations: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]
    organisations: tuple[Organisation, ...]
    membership_cues: Mapping[str, tuple[str, ...]]
    fillers: tuple[str, ...]
    courtesies: tuple[Courtesy, ...] = ()
    question_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    question_openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    role_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    function_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    our_name: str = "oki"  # the canonical token of the OIC's own names


@dataclass(frozen=True, slots=True)
class Navigation:
    """What the bot offers when it has nothing better (entry ids, checked by the loader)."""

    starters: tuple[str, ...] = ()  # on /start, and when a question matched nothing
    membership_related: tuple[str, ...] = ()  # under an "is X a member?" answer


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything loaded from one content folder, validated; replaced whole, never edited."""

    root: Path
    entries: Mapping[str, Entry]
    intents: Mapping[str, Intent]
    countries: Mapping[str, Country]
    country_sources: tuple[Source, ...]  # cited for countries that are not listed at all
    topics: Mapping[str, Topic]
    lexicon: Lexicon
    navigation: Navigation = field(default_factory=Navigation)
