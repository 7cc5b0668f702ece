"""The state store's one interface, shared by the SQLite and PostgreSQL backends.

What is kept, and how privately:

- a language preference per person, keyed by a salted hash of the Telegram user id;
- the log of questions the bot did not answer outright: scrubbed, normalised text, language,
  outcome, top candidates, the engine's decision reason, chat type and time; at most
  ``Limits.questions_per_chat_hour`` per chat per hour (the chat known only by a salted hash
  that changes every hour); the newest ``Limits.questions`` rows;
- a count of every answer (outcome, language, time): the newest ``Limits.answers`` rows;
- 👍/👎 votes: one per person per answer message (a salted hash of user, chat and message),
  on known entries only, with an optional reason for 👎; the newest ``Limits.votes``;
- for each answer the bot sent, what it shows (answer ids, never text) and the engine's
  decision reason, keyed by a salted hash of (chat, message): so a button can redraw it after
  its question is gone, and a vote on it carries the reason; the newest ``Limits.sent``.
- the update journal: each Telegram update as it arrived, until it has been handled (so a
  crash or a redeploy loses none), then only its ``update_id`` for a day (so none is handled
  twice, by this process or another on the same database).

The public methods here do what both backends share (hashing, scrubbing, checking); each
backend implements the underscored primitives, one transaction each.
"""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from bot.store.privacy import Privacy
from bot.store.scrub import scrub

DAY = 86_400
LANGS = ("id", "en")
OUTCOMES = ("answered", "suggested", "unanswered")
VOTE_REASONS = ("wrong_topic", "out_of_date", "unclear")
REVIEW_ROWS = 2_000  # the review reads at most this many of the newest logged questions
MAX_CANDIDATES = 5
MAX_TEXT = 500
MAX_REASON = 200


class StoreError(Exception):
    """The store cannot be opened or used; the message is one line for an operator."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How much is kept. Every limit holds on both backends."""

    questions: int = 10_000
    answers: int = 100_000
    votes: int = 10_000
    questions_per_chat_hour: int = 20
    sent: int = 10_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class LoggedQuestion:
    """One question the bot could not answer outright, as the review reads it."""

    text: str
    lang: str
    outcome: str
    candidates: list[tuple[str, float]]
    chat_type: str
    at: float
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Tally:
    """The votes on one entry: 👍, 👎, and the reasons given with 👎."""

    helpful: int = 0
    unhelpful: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class JournaledUpdate:
    """An update claimed from the journal to be handled: its id, the JSON Telegram sent, and
    how many times handling it has begun, this time included (a process that died while
    handling it leaves it to be claimed again)."""

    update_id: int
    payload: str
    attempts: int


UPDATE_MEMORY = DAY  # how long a handled update's id is remembered (Telegram keeps updates 24 h)


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """A question ready to be logged: already scrubbed, clipped and serialised."""

    text: str
    lang: str
    outcome: str
    candidates: str  # JSON [[intent, score], ...]
    reason: str
    chat_type: str
    quota_key: str  # the chat's salted hash for this hour


@dataclass(frozen=True, slots=True)
class VoteRow:
    """A vote ready to be kept: the voter already a salted hash, the reason checked."""

    voter: str
    entry: str
    lang: str
    helpful: bool
    reason: str | None
    decision_reason: str


@dataclass(frozen=True, slots=True)
class Sent:
    """What one message of the bot shows (``e:<entry>``, ``m:<country>``, a list's rows, the
    offered ids...; see bot/telegram/shown.py) and why the engine answered so."""

    shows: str
    reason: str


@dataclass(frozen=True, slots=True)
class Unhelpful:
    """One 👎, as the review reads it: which answer, why (if told), and why it was given."""

    entry: str
    lang: str
    reason: str | None
    decision_reason: str
    at: float


MAX_SHOWS = 1_000


class Store(ABC):
    """The bot's state: async, safe to share between concurrent handlers and processes."""

    def __init__(self, privacy: Privacy | None, limits: Limits) -> None:
        self.privacy = privacy
        self.limits = limits

    def _keys(self) -> Privacy:
        if self.privacy is None:
            raise StoreError("no privacy key: set OIC_PRIVACY_KEY or TELEGRAM_BOT_TOKEN")
        return self.privacy

    # -- lifecycle -----------------------------------------------------------------------------

    @abstractmethod
    async def open(self) -> None:
        """Create or upgrade the tables; raise StoreError with one line when that fails."""

    @abstractmethod
    async def close(self) -> None:
        """Release connections and threads; safe to call twice."""

    @abstractmethod
    def describe(self) -> str:
        """Where the state is, for logs (never a password)."""

    # -- preferences ---------------------------------------------------------------------------

    async def language(self, user_id: int) -> str | None:
        """The language a person chose, or None if they let the bot decide."""
        return await self._language(self._keys().person(user_id))

    async def set_language(self, user_id: int, lang: str | None) -> None:
        """Remember a person's choice; None forgets it (the bot decides again)."""
        if lang is not None and lang not in LANGS:
            raise ValueError(f"language must be one of {LANGS}, not {lang!r}")
        await self._set_language(self._keys().person(user_id), lang)

    # -- answers and the question log ----------------------------------------------------------

    async def record(self, *, text: str, lang: str, outcome: str, chat_type: str, chat_id: int,
                     candidates: Sequence[tuple[str, float]], reason: str,
                     at: float | None = None) -> bool:
        """Count an answer; log the question too when it was not answered outright and its
        chat is under the hourly quota. ``text`` should be normalised (see
        ``scrub_then_normalise``); it is scrubbed again here. True if the question was logged."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}, not {outcome!r}")
        at = time.time() if at is None else at
        question = None
        if outcome != "answered":
            question = QuestionRow(
                text=scrub(text[:MAX_TEXT]), lang=lang, outcome=outcome,
                candidates=json.dumps([[intent, round(score, 3)]
                                       for intent, score in candidates[:MAX_CANDIDATES]]),
                reason=scrub(reason[:MAX_REASON]), chat_type=chat_type,
                quota_key=self._keys().chat_hour(chat_id, at))
        return await self._record(at, lang, outcome, question)

    async def stats(self, since: float = 0.0) -> dict[tuple[str, str], int]:
        """Answer counts by (outcome, language) since a time."""
        return await self._stats(since)

    async def questions(self, limit: int = REVIEW_ROWS) -> list[LoggedQuestion]:
        """The newest ``limit`` logged questions, oldest first."""
        return await self._questions(limit)

    # -- votes ---------------------------------------------------------------------------------

    async def vote(self, *, user_id: int, chat_id: int, message_id: int, entry: str, lang: str,
                   helpful: bool, known: Container[str], reason: str | None = None,
                   decision_reason: str = "", at: float | None = None) -> bool:
        """Record (or replace) one person's vote on one answer message. A vote on an entry
        not in ``known`` is refused (False): stale or forged buttons add nothing."""
        if entry not in known or lang not in LANGS:
            return False
        if reason is not None and (helpful or reason not in VOTE_REASONS):
            raise ValueError(f"a reason goes with 👎 only, one of {VOTE_REASONS}")
        row = VoteRow(voter=self._keys().voter(user_id, chat_id, message_id), entry=entry,
                      lang=lang, helpful=helpful, reason=reason,
                      decision_reason=decision_reason[:MAX_REASON])
        await self._vote(time.time() if at is None else at, row)
        return True

    async def votes(self) -> dict[str, Tally]:
        """Per entry: how many found it helpful, how many not, and why not."""
        return await self._votes()

    async def unhelpful(self, limit: int = 50) -> list[Unhelpful]:
        """The newest ``limit`` 👎 votes, newest first, with their reasons."""
        return await self._unhelpful(limit)

    # -- what the bot's messages show ------------------------------------------------------------

    async def remember(self, *, chat_id: int, message_id: int, shows: str, reason: str,
                       at: float | None = None) -> None:
        """Keep what a message of the bot shows and the decision reason behind it."""
        await self._remember(time.time() if at is None else at,
                             self._keys().message(chat_id, message_id),
                             Sent(shows[:MAX_SHOWS], scrub(reason[:MAX_REASON])))

    async def recall(self, chat_id: int, message_id: int) -> Sent | None:
        """What :meth:`remember` kept for that message, if it still has it."""
        return await self._recall(self._keys().message(chat_id, message_id))

    # -- the update journal --------------------------------------------------------------------
    # Every call is one transaction; times are the caller's clock (time.time()), so tests can
    # move it. A claim is a lease: ``owner`` holds the update until ``until``; a process that
    # dies loses it when the lease runs out, and the next claim takes the update over.

    async def journal(self, updates: Sequence[tuple[int, str]], *, owner: str | None,
                      until: float, at: float | None = None) -> list[int]:
        """Keep each ``(update_id, json)`` durably unless its id is already known (handled
        or not, here or by another process); the new ones are claimed by ``owner`` until
        ``until`` (``owner=None``: left for any claimer). Returns the new ids."""
        if not updates:
            return []
        return await self._journal(list(updates), owner, until,
                                   time.time() if at is None else at)

    async def claim(self, *, owner: str, limit: int, until: float,
                    at: float | None = None) -> list[JournaledUpdate]:
        """Claim up to ``limit`` unhandled updates that no live lease holds, oldest first.
        Two processes claiming at once never get the same update."""
        if limit <= 0:
            return []
        return await self._claim(owner, limit, until, time.time() if at is None else at)

    async def renew(self, *, owner: str, update_ids: Sequence[int], until: float) -> None:
        """Extend ``owner``'s leases on updates it is still handling."""
        if update_ids:
            await self._renew(owner, list(update_ids), until)

    async def release(self, *, owner: str, update_ids: Sequence[int]) -> None:
        """Give up ``owner``'s claims unhandled (not begun, or cut short by a stop), for any
        process to take at once; a released claim does not count as an attempt."""
        if update_ids:
            await self._release(owner, list(update_ids))

    async def handled(self, update_ids: Sequence[int], at: float | None = None) -> None:
        """Mark updates handled: their JSON is dropped, their ids kept for a day (then
        pruned) so a second delivery is recognised."""
        if update_ids:
            await self._handled(list(update_ids), time.time() if at is None else at)

    async def backlog(self) -> int:
        """How many journaled updates are not handled yet."""
        return await self._backlog()

    # -- what each backend implements ----------------------------------------------------------

    @abstractmethod
    async def _language(self, person: str) -> str | None: ...

    @abstractmethod
    async def _set_language(self, person: str, lang: str | None) -> None: ...

    @abstractmethod
    async def _record(self, at: float, lang: str, outcome: str,
                      question: QuestionRow | None) -> bool: ...

    @abstractmethod
    async def _stats(self, since: float) -> dict[tuple[str, str], int]: ...

    @abstractmethod
    async def _questions(self, limit: int) -> list[LoggedQuestion]: ...

    @abstractmethod
    async def _vote(self, at: float, row: VoteRow) -> None: ...

    @abstractmethod
    async def _votes(self) -> dict[str, Tally]: ...

    @abstractmethod
    async def _unhelpful(self, limit: int) -> list[Unhelpful]: ...

    @abstractmethod
    async def _remember(self, at: float, key: str, sent: Sent) -> None: ...

    @abstractmethod
    async def _recall(self, key: str) -> Sent | None: ...

    @abstractmethod
    async def _journal(self, updates: list[tuple[int, str]], owner: str | None, until: float,
                       at: float) -> list[int]: ...

    @abstractmethod
    async def _claim(self, owner: str, limit: int, until: float,
                     at: float) -> list[JournaledUpdate]: ...

    @abstractmethod
    async def _renew(self, owner: str, update_ids: list[int], until: float) -> None: ...

    @abstractmethod
    async def _release(self, owner: str, update_ids: list[int]) -> None: ...

    @abstractmethod
    async def _handled(self, update_ids: list[int], at: float) -> None: ...

    @abstractmethod
    async def _backlog(self) -> int: ...


def tally(rows: Sequence[tuple[str, int, int, str | None, int]]) -> dict[str, Tally]:
    """Fold (entry, helpful, unhelpful, reason, count-with-that-reason) rows into tallies."""
    found: dict[str, Tally] = {}
    for entry, up, down, reason, count in rows:
        old = found.get(entry, Tally())
        reasons = dict(old.reasons)
        if reason is not None:
            reasons[reason] = reasons.get(reason, 0) + count
        found[entry] = Tally(old.helpful + up, old.unhelpful + down, reasons)
    return found
