"""The 👎 votes, for operators: which answers readers found unhelpful, what they said was
wrong, and why the engine had given that answer. Used by ``oic-bot review`` and ``/review``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bot.store import Unhelpful

UNHELPFUL_ROWS = 200  # the review reads at most this many of the newest 👎
REASON_NAMES = {"wrong_topic": "wrong topic", "out_of_date": "out of date",
                "unclear": "unclear", None: "no reason given"}


@dataclass
class Complaint:
    """The 👎 on one answer: how many, why, and the decisions that gave it."""

    entry: str
    votes: int = 0
    reasons: Counter[str | None] = field(default_factory=Counter)
    decisions: Counter[str] = field(default_factory=Counter)


def complaints(votes: list[Unhelpful]) -> list[Complaint]:
    """One complaint per answer, most 👎 first."""
    found: dict[str, Complaint] = {}
    for vote in votes:
        complaint = found.setdefault(vote.entry, Complaint(vote.entry))
        complaint.votes += 1
        complaint.reasons[vote.reason] += 1
        if vote.decision_reason:
            complaint.decisions[vote.decision_reason] += 1
    return sorted(found.values(), key=lambda c: (-c.votes, c.entry))


def format_unhelpful(votes: list[Unhelpful], limit: int = 10) -> str:
    """The answers with the most 👎, each with what readers said and why it was given."""
    if not votes:
        return "No 👎 votes recorded yet.\n"
    found = complaints(votes)
    out = [f"👎 {len(votes)} votes on {len(found)} answers; the {min(limit, len(found))} "
           "with the most:"]
    for number, complaint in enumerate(found[:limit], 1):
        said = ", ".join(f"{REASON_NAMES.get(reason, reason)} {count}"
                         for reason, count in complaint.reasons.most_common())
        out.append(f"{number}. {complaint.entry}: {complaint.votes}x 👎 ({said})")
        for decision, count in complaint.decisions.most_common(2):
            out.append(f"   given because: {decision}" + (f" ({count}x)" if count > 1 else ""))
    return "\n".join(out) + "\n"
