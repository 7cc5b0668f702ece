"""All the quiz items of one engine snapshot, and how a round picks from them."""

from __future__ import annotations

import random
import weakref
from collections.abc import Collection, Iterable, Sequence

from bot.engine import Engine
from bot.study.generate import generate
from bot.study.items import Item, from_written

_BANKS: weakref.WeakKeyDictionary[Engine, QuizBank] = weakref.WeakKeyDictionary()


class QuizBank:
    """Written items first, then generated ones; looked up by id, picked by topic."""

    def __init__(self, engine: Engine) -> None:
        written = [from_written(item) for item in engine.kb.quiz.values()]
        self.items: tuple[Item, ...] = (*written, *generate(engine))
        self.by_id = {item.id: item for item in self.items}

    @classmethod
    def of(cls, engine: Engine) -> QuizBank:
        """The bank of ``engine``, built once per engine (a reload brings a new one)."""
        bank = _BANKS.get(engine)
        if bank is None:
            bank = _BANKS[engine] = cls(engine)
        return bank

    @classmethod
    def built(cls, engine: Engine) -> bool:
        """Whether the bank of ``engine`` is already made (making one takes a moment)."""
        return engine in _BANKS

    def pool(self, topic: str | None = None, difficulty: str | None = None) -> list[Item]:
        return [i for i in self.items if (topic is None or topic in i.topics)
                and (difficulty is None or i.difficulty == difficulty)]

    def about(self, answers: Collection[str]) -> list[Item]:
        """Items testing one of ``answers`` (a learning path's closing quiz)."""
        return [i for i in self.items if i.about in answers]

    def pick(self, count: int, pool: Sequence[Item], rng: random.Random, *,
             due: Sequence[str] = (), seen: Collection[str] = (),
             recent: Collection[str] = ()) -> list[Item]:
        """``count`` different items of ``pool``: first those ``due`` again (spaced
        repetition, in the order given), then ones this learner has not ``seen``, then the
        rest; items asked ``recent``-ly in the chat come last. Without a topic every topic
        gets its turn, so 57 members' items do not crowd out the 12 Secretaries-General."""
        chosen: list[Item] = []
        wanted = {i.id: i for i in pool}
        for ident in due:
            if ident in wanted and len(chosen) < count:
                chosen.append(wanted.pop(ident))
        tiers = [
            [i for i in wanted.values() if i.id not in seen and i.id not in recent],
            [i for i in wanted.values() if i.id in seen and i.id not in recent],
            [i for i in wanted.values() if i.id in recent],
        ]
        for tier in tiers:
            chosen += _balanced(tier, count - len(chosen), rng)
        return chosen[:count]


def _balanced(items: Iterable[Item], count: int, rng: random.Random) -> list[Item]:
    """Up to ``count`` items, taking turns between topics chosen at random."""
    by_topic: dict[str, list[Item]] = {}
    for item in items:
        by_topic.setdefault(item.topics[0], []).append(item)
    for group in by_topic.values():
        rng.shuffle(group)
    chosen: list[Item] = []
    while len(chosen) < count and by_topic:
        topic = rng.choice(sorted(by_topic))
        chosen.append(by_topic[topic].pop())
        if not by_topic[topic]:
            del by_topic[topic]
    return chosen
