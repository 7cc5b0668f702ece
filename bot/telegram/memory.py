"""Which message of the bot answers which question, so an edited question is answered again
in the same place. Kept in memory only, for the newest MAX_LINKS answers: after a restart, or
for an older question, an edit is simply not re-answered."""

from __future__ import annotations

from collections import OrderedDict

MAX_LINKS = 2_000


class AnswerLinks:
    """(chat, question message) → the bot's answer message, the newest MAX_LINKS only."""

    def __init__(self, limit: int = MAX_LINKS) -> None:
        self._limit = limit
        self._links: OrderedDict[tuple[int, int], int] = OrderedDict()

    def link(self, chat_id: int, question_id: int, answer_id: int) -> None:
        self._links[(chat_id, question_id)] = answer_id
        self._links.move_to_end((chat_id, question_id))
        while len(self._links) > self._limit:
            self._links.popitem(last=False)

    def answer_to(self, chat_id: int, question_id: int) -> int | None:
        return self._links.get((chat_id, question_id))

    def __len__(self) -> int:
        return len(self._links)
