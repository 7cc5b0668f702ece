"""The benchmark's own pieces: the synthetic base really is bigger and still answers."""

from __future__ import annotations

from bot.bench import latency, synthetic
from bot.content import KnowledgeBase
from bot.engine import Engine


def test_the_synthetic_base_copies_every_intent_with_its_own_word(shipped_kb: KnowledgeBase
                                                                   ) -> None:
    big = synthetic(shipped_kb, 3)
    assert len(big.intents) == 3 * len(shipped_kb.intents)
    copy = big.intents["headquarters_2"]
    assert all(text.endswith(" topik2") for texts in copy.examples.values() for text in texts)
    engine = Engine(big)
    assert engine.ask("dimana markas oki topik2").intent == "headquarters_2"
    assert engine.ask("dimana markas oki").intent == "headquarters"


def test_latency_times_every_answer_of_every_round(engine: Engine) -> None:
    timing = latency(engine, ["apa itu oki", "kapan oki didirikan"], rounds=2)
    assert timing.answers == 4
    assert 0 < timing.wall[0] <= timing.wall[1] and 0 < timing.cpu[0] <= timing.cpu[1]
    assert 0 < timing.fastest[0] <= timing.fastest[1]  # per question, its fastest round
