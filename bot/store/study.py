"""What study groups keep: quiz polls, answers, scores, Leitner boxes, rounds, daily posts and
learning-path progress, on whichever backend the bot uses (SQLite or PostgreSQL).

Only what a board needs is kept: the group's chat id, a salted hash of the person (never the
Telegram id), the first name to show on the board, and counts. In private chats not even the
chat id is kept (it equals the user id): those rows carry chat id 0 and the person's hash.
Every answer is counted once however often it arrives (two webhook processes, a redelivered
update): the answer's row is keyed by poll id and person, and the counts change in the same
transaction as that row is added.
"""

from __future__ import annotations

import time
import weakref
from abc import ABC, abstractmethod
from dataclasses import dataclass

from bot.store.base import Store
from bot.store.privacy import Privacy
from bot.study import leitner
from bot.study.clock import day_key, minute_of_day, week_key

PRIVATE = 0  # the chat id kept for a private chat
ALL_TIME = 0  # the week of the all-time score rows
POLL_DAYS = 7  # polls (and who answered them) are kept this long: answers count while kept
STALE_ROUND = 15 * 60  # a round nobody moved on for this long is over (the bot restarted)
MAX_NAME = 64
BOARD_SIZE = 10


@dataclass(frozen=True, slots=True)
class SentPoll:
    """A quiz poll the bot sent: where, which item, which option is right, which round."""

    poll_id: str
    chat_id: int  # PRIVATE in private chats
    message_id: int
    place: str  # whose round it belongs to: see StudyStore.place
    item: str
    correct: int
    lang: str
    round_id: str | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Counted:
    """An answer counted for the first time."""

    poll: SentPoll
    correct: bool


@dataclass(frozen=True, slots=True)
class Round:
    """A round of questions running in a chat, one poll after another."""

    place: str
    round_id: str
    chat_id: int
    lang: str
    items: tuple[str, ...]
    position: int  # the question being asked, from 0
    poll_id: str | None = None
    message_id: int | None = None
    at: float = 0.0  # when it last moved


@dataclass(frozen=True, slots=True)
class BoardLine:
    name: str
    correct: int
    answered: int


@dataclass(frozen=True, slots=True)
class Score:
    """One of a person's score rows: a chat (PRIVATE for practice) and a week (or ALL_TIME)."""

    chat_id: int
    week: int
    correct: int
    answered: int


@dataclass(frozen=True, slots=True)
class Schedule:
    """A group's daily post: at ``minute`` past midnight Jakarta time, a fact, a quiz or both."""

    chat_id: int
    minute: int
    what: str
    lang: str


class StudyStore(ABC):
    """The study tables of one opened :class:`Store`; ids are hashed here."""

    def __init__(self, privacy: Privacy | None) -> None:
        self._privacy = privacy

    def learner(self, user_id: int) -> str:
        if self._privacy is None:
            raise RuntimeError("no privacy key: set OIC_PRIVACY_KEY or TELEGRAM_BOT_TOKEN")
        return self._privacy.learner(user_id)

    def place(self, chat_id: int, user_id: int) -> str:
        """Whose round: a group by its chat id, a private chat by the learner's hash."""
        return f"p:{self.learner(user_id)}" if chat_id == user_id else str(chat_id)

    # -- polls and answers ---------------------------------------------------------------------

    @abstractmethod
    async def remember_poll(self, poll: SentPoll, at: float) -> None:
        """Keep ``poll`` so its answers can be scored (and forget polls over a week old)."""

    @abstractmethod
    async def poll(self, poll_id: str) -> SentPoll | None: ...

    async def count_answer(self, *, poll_id: str, user_id: int, name: str, option: int,
                           at: float | None = None) -> Counted | None:
        """Score one person's answer to one poll, once: None if the poll is unknown (too old,
        not a quiz of ours) or this answer was already counted."""
        at = time.time() if at is None else at
        return await self._count(poll_id, self.learner(user_id), name[:MAX_NAME] or "?", option,
                                 at, week_key(at))

    @abstractmethod
    async def _count(self, poll_id: str, person: str, name: str, option: int, at: float,
                     week: int) -> Counted | None: ...

    # -- rounds --------------------------------------------------------------------------------

    @abstractmethod
    async def start_round(self, started: Round) -> bool:
        """Make ``started`` the chat's round, unless another is still running (False)."""

    @abstractmethod
    async def round(self, place: str) -> Round | None: ...

    @abstractmethod
    async def set_round_poll(self, place: str, round_id: str, poll_id: str, message_id: int,
                             at: float) -> None: ...

    @abstractmethod
    async def advance_round(self, place: str, round_id: str, position: int, at: float
                            ) -> int | None:
        """Move the round from question ``position`` to the next; the new position, or None
        if someone (another process, a timer) already moved it on."""

    @abstractmethod
    async def end_round(self, place: str, round_id: str) -> None: ...

    @abstractmethod
    async def round_results(self, round_id: str) -> list[BoardLine]: ...

    @abstractmethod
    async def recent_items(self, place: str, limit: int = 50) -> list[str]:
        """The items last asked in a chat, newest first."""

    # -- boards --------------------------------------------------------------------------------

    @abstractmethod
    async def board(self, chat_id: int, week: int, limit: int = BOARD_SIZE) -> list[BoardLine]:
        """The top of a chat's board for one week (or ALL_TIME)."""

    async def scores(self, user_id: int) -> list[Score]:
        """A person's score rows, in every chat."""
        return await self._scores(self.learner(user_id))

    @abstractmethod
    async def _scores(self, person: str) -> list[Score]: ...

    async def forget(self, user_id: int) -> int:
        """/hapusdata: remove a person's scores, answers, boxes and progress everywhere; how
        many rows went."""
        return await self._forget(self.learner(user_id))

    @abstractmethod
    async def _forget(self, person: str) -> int: ...

    # -- spaced repetition ---------------------------------------------------------------------

    async def boxes(self, user_id: int) -> dict[str, tuple[int, float]]:
        """Item -> (Leitner box, when due), for what this person answered in private."""
        return await self._boxes(self.learner(user_id))

    @abstractmethod
    async def _boxes(self, person: str) -> dict[str, tuple[int, float]]: ...

    # -- daily posts ---------------------------------------------------------------------------

    async def set_daily(self, chat_id: int, minute: int, what: str, lang: str,
                        at: float | None = None) -> None:
        """Post daily at ``minute``; if that time has passed today, the first post is
        tomorrow."""
        at = time.time() if at is None else at
        done = day_key(at) if minute <= minute_of_day(at) else 0
        await self._set_daily(Schedule(chat_id, minute, what, lang), done, at)

    @abstractmethod
    async def _set_daily(self, schedule: Schedule, done: int, at: float) -> None: ...

    @abstractmethod
    async def stop_daily(self, chat_id: int) -> bool:
        """No more daily posts in this chat; False if there were none."""

    @abstractmethod
    async def daily(self, chat_id: int) -> Schedule | None: ...

    async def claim_daily(self, at: float | None = None) -> list[Schedule]:
        """The posts due now that no process has sent today; each is handed out once."""
        at = time.time() if at is None else at
        return await self._claim_daily(day_key(at), minute_of_day(at))

    @abstractmethod
    async def _claim_daily(self, today: int, minute: int) -> list[Schedule]: ...

    # -- learning paths ------------------------------------------------------------------------

    async def progress(self, user_id: int) -> dict[str, int]:
        """Path id -> the furthest step this person reached."""
        return await self._progress(self.learner(user_id))

    @abstractmethod
    async def _progress(self, person: str) -> dict[str, int]: ...

    async def set_progress(self, user_id: int, path: str, step: int,
                           at: float | None = None) -> None:
        await self._set_progress(self.learner(user_id), path, step,
                                 time.time() if at is None else at)

    @abstractmethod
    async def _set_progress(self, person: str, path: str, step: int, at: float) -> None: ...


def next_box(box: int | None, correct: bool, at: float) -> tuple[int, float]:
    """The Leitner step, for the backends (kept here so both apply the same rule)."""
    return leitner.step(box, correct, at)


_OPENED: weakref.WeakKeyDictionary[Store, StudyStore] = weakref.WeakKeyDictionary()


def study(store: Store) -> StudyStore:
    """The study tables of ``store`` (made once per store)."""
    found = _OPENED.get(store)
    if found is None:
        from bot.store.sqlite import SqliteStore

        if isinstance(store, SqliteStore):
            from bot.store.study_sqlite import SqliteStudy

            found = SqliteStudy(store)
        else:  # PostgreSQL: its driver is imported only when DATABASE_URL is set
            from bot.store.postgres import PostgresStore
            from bot.store.study_postgres import PostgresStudy

            assert isinstance(store, PostgresStore)
            found = PostgresStudy(store)
        _OPENED[store] = found
    return found
