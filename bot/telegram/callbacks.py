"""The button-data protocol: the one place that writes and reads a button's callback data.

Telegram gives a button 64 bytes of data and sends them back when it is pressed. Each kind of
button is a small dataclass that encodes itself (``data``) and is read back by ``parse``;
handlers are routed by each kind's ``PATTERN`` (``CallbackQueryHandler(pattern=...)``). The
wire formats never change once shipped: buttons in messages sent before an upgrade must keep
working after it.

Answer ids may contain ":" (``membership:TR``, ``role:PK``), so the language is read from the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from telegram.constants import InlineKeyboardButtonLimit

LANGS = ("id", "en")
MAX_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
REASONS = {"w": "wrong_topic", "o": "out_of_date", "u": "unclear"}  # 👎: why, in one letter


class CallbackError(ValueError):
    """Button data this protocol did not write (forged, or from an older format)."""


def _with_lang(rest: str) -> tuple[str, str]:
    target, _, lang = rest.rpartition(":")
    if lang not in LANGS:
        raise CallbackError(f"no language in {rest!r}")
    return target, lang


def _checked(data: str) -> str:
    if len(data.encode()) > MAX_BYTES:
        raise CallbackError(f"{data!r} is longer than Telegram's {MAX_BYTES} bytes")
    return data


@dataclass(frozen=True, slots=True)
class Open:
    """Send an answer as a new message (related questions, starters, a topic's questions)."""

    answer: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^e:")

    @property
    def data(self) -> str:
        return _checked(f"e:{self.answer}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Open:
        return cls(*_with_lang(data.removeprefix("e:")))


@dataclass(frozen=True, slots=True)
class Choose:
    """Pick one of the "did you mean" choices: the answer replaces the choices."""

    answer: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^s:")

    @property
    def data(self) -> str:
        return _checked(f"s:{self.answer}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Choose:
        return cls(*_with_lang(data.removeprefix("s:")))


@dataclass(frozen=True, slots=True)
class Switch:
    """Show the same message in the other language. ``shows`` is what the message shows:
    ``e:<answer>``, ``m:<country>`` (its standing), ``r:<country>`` (its role), or ``q``
    (whatever the question it answers asked)."""

    shows: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^l:")

    @property
    def data(self) -> str:
        return _checked(f"l:{self.shows}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Switch:
        return cls(*_with_lang(data.removeprefix("l:")))


@dataclass(frozen=True, slots=True)
class Browse:
    """A topic's questions; the empty topic is the list of topics."""

    topic: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^t:")

    @property
    def data(self) -> str:
        return _checked(f"t:{self.topic}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Browse:
        return cls(*_with_lang(data.removeprefix("t:")))


@dataclass(frozen=True, slots=True)
class Prefer:
    """Keep a language for the bot's answers; None means "the language I ask in"."""

    lang: str | None
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^p:")

    @property
    def data(self) -> str:
        return _checked(f"p:{self.lang or 'auto'}")

    @classmethod
    def parse(cls, data: str) -> Prefer:
        choice = data.removeprefix("p:")
        if choice == "auto":
            return cls(None)
        if choice not in LANGS:
            raise CallbackError(f"unknown language {choice!r}")
        return cls(choice)


@dataclass(frozen=True, slots=True)
class Vote:
    """👍 or 👎 on an answer; after 👎, ``reason`` says why (wrong_topic, out_of_date, unclear)."""

    answer: str
    lang: str
    helpful: bool
    reason: str | None = None
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^v:")

    @property
    def data(self) -> str:
        code = next((c for c, r in REASONS.items() if r == self.reason), "")
        return _checked(f"v:{int(self.helpful)}{code}:{self.answer}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Vote:
        choice, _, rest = data.removeprefix("v:").partition(":")
        answer, lang = _with_lang(rest)
        helpful, code = choice[:1], choice[1:]
        if helpful not in ("0", "1") or (code and (helpful == "1" or code not in REASONS)):
            raise CallbackError(f"not a vote: {data!r}")
        return cls(answer, lang, helpful == "1", REASONS.get(code))


@dataclass(frozen=True, slots=True)
class Fold:
    """Open or fold, in place, an answer's details and its full list of sources. ``shows`` is
    what the message shows, as in :class:`Switch`."""

    shows: str
    lang: str
    details: bool
    sources: bool
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^f:")

    @property
    def data(self) -> str:
        return _checked(f"f:{int(self.details)}{int(self.sources)}:{self.shows}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Fold:
        flags, _, rest = data.removeprefix("f:").partition(":")
        if len(flags) != 2 or set(flags) - {"0", "1"}:
            raise CallbackError(f"not a fold: {data!r}")
        shows, lang = _with_lang(rest)
        return cls(shows, lang, flags[0] == "1", flags[1] == "1")


@dataclass(frozen=True, slots=True)
class Read:
    """A question chosen in a topic's list: its answer in place of the list, with ⬅️ Back to
    that topic."""

    topic: str
    answer: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^n:")

    @property
    def data(self) -> str:
        return _checked(f"n:{self.topic}:{self.answer}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Read:
        topic, _, rest = data.removeprefix("n:").partition(":")
        answer, lang = _with_lang(rest)
        if not topic or not answer:
            raise CallbackError(f"not a topic's question: {data!r}")
        return cls(topic, answer, lang)


@dataclass(frozen=True, slots=True)
class Thanks:
    """The "✓ Thanks" left where the votes were: pressing it only says thanks again."""

    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^k:")

    @property
    def data(self) -> str:
        return _checked(f"k:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Thanks:
        lang = data.removeprefix("k:")
        if lang not in LANGS:
            raise CallbackError(f"no language in {data!r}")
        return cls(lang)


# -- study groups: learning paths (bot/telegram/study_paths.py) ----------------------------------


@dataclass(frozen=True, slots=True)
class Learn:
    """Show step ``step`` (from 1) of a learning path, in place: "Lanjut ▶"."""

    path: str
    step: int
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^b:")

    @property
    def data(self) -> str:
        return _checked(f"b:{self.path}:{self.step}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> Learn:
        rest, lang = _with_lang(data.removeprefix("b:"))
        path, _, step = rest.rpartition(":")
        if not path or not step.isdigit() or int(step) < 1:
            raise CallbackError(f"not a learning step: {data!r}")
        return cls(path, int(step), lang)


@dataclass(frozen=True, slots=True)
class PathQuiz:
    """Start the short quiz that closes a learning path."""

    path: str
    lang: str
    PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^bq:")

    @property
    def data(self) -> str:
        return _checked(f"bq:{self.path}:{self.lang}")

    @classmethod
    def parse(cls, data: str) -> PathQuiz:
        path, lang = _with_lang(data.removeprefix("bq:"))
        if not path:
            raise CallbackError(f"no path in {data!r}")
        return cls(path, lang)
