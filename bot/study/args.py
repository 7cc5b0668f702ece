"""What people type after /kuis and /harian, in Indonesian or English."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.study.clock import DEFAULT_DAILY_MINUTE, parse_time

MAX_ROUND = 10
TOPIC_WORDS: Mapping[str, tuple[str, ...]] = {
    "history": ("sejarah", "history"),
    "members": ("anggota", "keanggotaan", "member", "members", "membership", "negara",
                "pengamat", "observer", "observers"),
    "summits": ("ktt", "summit", "summits"),
    "secretaries": ("sekjen", "sekretaris", "secretary", "secretaries"),
    "organs": ("organ", "organs", "lembaga", "badan", "institusi", "institution",
               "institutions", "komite", "committee", "committees"),
    "indonesia": ("indonesia", "ri"),
    "general": ("umum", "general"),
}
DIFFICULTY_WORDS: Mapping[str, tuple[str, ...]] = {
    "easy": ("mudah", "gampang", "easy"),
    "medium": ("sedang", "medium", "normal"),
    "hard": ("sulit", "susah", "sukar", "hard", "difficult"),
}
DAILY_WHAT: Mapping[str, tuple[str, ...]] = {
    "fact": ("fakta", "fact"),
    "quiz": ("kuis", "quiz"),
    "both": ("keduanya", "both", "semua", "all"),
}
DAILY_OFF = ("off", "mati", "stop", "berhenti")
DAILY_ON = ("on", "nyala", "aktif", "start")


def _lookup(word: str, table: Mapping[str, tuple[str, ...]]) -> str | None:
    return next((key for key, words in table.items() if word in words), None)


@dataclass(frozen=True, slots=True)
class QuizRequest:
    """/kuis [topic] [difficulty] [n]: what to ask and how many."""

    topic: str | None = None
    difficulty: str | None = None
    count: int = 1
    unknown: tuple[str, ...] = ()  # words that are none of these


def parse_quiz(args: Sequence[str]) -> QuizRequest:
    topic = difficulty = None
    count = 1
    unknown = []
    for raw in args:
        word = raw.strip().casefold()
        if word.isdigit():
            count = max(1, min(int(word), MAX_ROUND))
        elif (found := _lookup(word, TOPIC_WORDS)) is not None:
            topic = found
        elif (level := _lookup(word, DIFFICULTY_WORDS)) is not None:
            difficulty = level
        elif word:
            unknown.append(raw)
    return QuizRequest(topic, difficulty, count, tuple(unknown))


@dataclass(frozen=True, slots=True)
class DailyRequest:
    """/harian: show the setting (``action`` "show"), turn it "off", or "on" at ``minute``."""

    action: str
    minute: int = DEFAULT_DAILY_MINUTE
    what: str = "both"
    unknown: tuple[str, ...] = ()


def parse_daily(args: Sequence[str]) -> DailyRequest:
    if not args:
        return DailyRequest("show")
    minute = DEFAULT_DAILY_MINUTE
    what = "both"
    action = "on"
    unknown = []
    for raw in args:
        word = raw.strip().casefold()
        if word in DAILY_OFF:
            action = "off"
        elif word in DAILY_ON:
            continue
        elif (at := parse_time(word)) is not None:
            minute = at
        elif (kind := _lookup(word, DAILY_WHAT)) is not None:
            what = kind
        else:
            unknown.append(raw)
    return DailyRequest(action, minute, what, tuple(unknown))
