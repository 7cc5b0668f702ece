"""What the engine returns: everything a front end needs to show an answer, nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from bot.content.model import Source
from bot.engine.focus import split_lead

if TYPE_CHECKING:
    from bot.engine.decide import Decision


@dataclass(frozen=True, slots=True)
class Link:
    """A follow-up question the learner can tap: the entry it opens and its title."""

    entry: str
    text: str


ReplyKind = Literal["answer", "smalltalk", "membership", "role", "suggest", "fallback",
                    "other_org", "empty"]


@dataclass(frozen=True, slots=True)
class Reply:
    """The engine's answer to one question.

    ``kind`` is one of: ``answer`` (a fact), ``smalltalk``, ``membership`` (the standing of
    the countries in ``country``, ISO codes joined by "_"), ``role`` (a member's role),
    ``suggest`` (unsure: see ``suggestions``),
    ``fallback`` (no answer), ``other_org`` (the question is about another organisation),
    ``empty`` (nothing asked: an empty message, or only courtesies such as "wkwk", "oke",
    "permisi kak": a prompt to ask; a group chat may rather stay quiet).
    ``reason`` says why, for the logs and ``oic-bot ask --explain``; ``also`` holds the answers
    to further questions in the same message.
    """

    question: str
    kind: ReplyKind
    lang: str
    intent: str | None
    confidence: float
    answer: str
    sources: tuple[Source, ...] = ()
    suggestions: tuple[Link, ...] = ()
    related: tuple[Link, ...] = ()
    entry: str | None = None
    title: str | None = None  # the question the answer is about, for a heading
    country: str | None = None  # "TR"; several named at once: "MY_BN"
    as_of: date | None = None  # the newest source's date, for facts that change
    checked: date | None = None  # when the fact was last checked for newer sources
    candidates: tuple[tuple[str, float], ...] = ()  # the top intents considered, for review
    reason: str = ""
    also: tuple[Reply, ...] = ()
    decision: Decision | None = None
    lead: str | None = None  # what a phone shows first, when more than ``split_lead`` shows

    def parts(self) -> tuple[str, str]:
        """The answer a phone shows first, and the rest it folds behind "More": the engine's
        ``lead`` when the answer still opens with it (a detail asked beside what the lead
        says), else the lead ``split_lead`` finds."""
        if self.lead and self.answer.startswith(self.lead):
            return self.lead, self.answer[len(self.lead):].lstrip()
        return split_lead(self.answer)

    @property
    def offered(self) -> tuple[Link, ...]:
        """The answers a reply that is not one offers instead: its choices, or what it points
        to (the buttons under "not sure", "another organisation", an empty message)."""
        return self.suggestions if self.kind in ("suggest", "other_org") else self.related

    @property
    def heading(self) -> str | None:
        """The bold line a phone shows above an answer: its title ("10th Secretary-General of
        the OIC: Iyad Ameen Madani"), which a lead opening "He ..." leans on."""
        return self.title if self.kind in ("answer", "membership") else None

    @property
    def outcome(self) -> str:
        """'answered', 'suggested' or 'unanswered': how the question ended, for the logs."""
        if self.intent is not None:
            return "answered"
        return "suggested" if self.kind == "suggest" else "unanswered"

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of ``oic-bot ask --json`` (a contract: keep it)."""
        return {
            "question": self.question,
            "lang": self.lang,
            "intent": self.intent,
            "confidence": round(self.confidence, 3),
            "answer": self.answer,
            "heading": self.heading,  # ... and above it, in bold
            "shown": self.parts()[0],  # what a phone shows before "More"
            "sources": [{"title": s.title, "url": s.url} for s in self.sources],
            "suggestions": [s.text for s in self.suggestions],
            "related": [r.text for r in self.related],  # "see also", or the fallback's buttons
            "also": [a.to_json() for a in self.also],  # answers to later questions in it
        }
