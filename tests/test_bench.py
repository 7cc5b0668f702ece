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
    (wall_p50, wall_p99), (cpu_p50, cpu_p99), answers = latency(
        engine, ["apa itu oki", "kapan oki didirikan"], rounds=2)
    assert answers == 4
    assert 0 < wall_p50 <= wall_p99 and 0 < cpu_p50 <= cpu_p99
