"""What a process remembers of its newest messages, in memory only: which answer replies to
which question (so an edited question is answered again in the same place), and what each of
its newest answers shows (so a button pressed right after an answer never waits on the store's
write, nor misses it). After a restart, or for older messages, the store is asked (what a
message shows) or nothing is done (an edit is simply not re-answered)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

MAX_KEPT = 2_000
K = TypeVar("K")
V = TypeVar("V")


class Newest(Generic[K, V]):
    """A mapping that keeps only its newest ``limit`` items."""

    def __init__(self, limit: int = MAX_KEPT) -> None:
        self._limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._limit:
            self._items.popitem(last=False)

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def __len__(self) -> int:
        return len(self._items)
