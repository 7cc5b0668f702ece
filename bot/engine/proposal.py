"""What every candidate source (intents, tables, countries) proposes to the decision step.

Sources rank; they never decide. Each proposal says how well it fits (``score``, 0..1, on the
intent matcher's scale), which of the question's tokens it accounts for (``covered``: the
decision step weighs the salient tokens no proposal of that kind explains), and a short
``reason`` a person can read in ``oic-bot ask --explain`` and in the review log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceName = Literal["intents", "tables", "countries"]


@dataclass(frozen=True, slots=True)
class Proposal:
    """One candidate answer: which source, which item, how well, and why."""

    source: SourceName
    key: str  # an intent id, a table row id, or "membership:TR" / "role:PK"
    score: float
    reason: str
    covered: frozenset[str] = field(default_factory=frozenset)
    rows: tuple[str, ...] = ()  # a table answer listing several rows ("summits in Pakistan")
    # Said with the answer: "earliest known" (asked for the first, the table may start later).
    qualifier: str = ""
