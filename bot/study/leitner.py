"""Spaced repetition with Leitner boxes: an item answered right moves up a box and comes back
later each time; an item missed goes back to box 1 and comes back soon."""

from __future__ import annotations

MINUTE, DAY = 60, 86_400
# How long an item rests in each box before it is due again (index = box).
INTERVALS: tuple[int, ...] = (0, 10 * MINUTE, DAY, 3 * DAY, 7 * DAY, 16 * DAY)
TOP_BOX = len(INTERVALS) - 1


def step(box: int | None, correct: bool, at: float) -> tuple[int, float]:
    """The new box of an item (None: never answered, as if in box 1) and when it is due
    again."""
    new = min((box or 1) + 1, TOP_BOX) if correct else 1
    return new, at + INTERVALS[new]
