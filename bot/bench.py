"""``oic-bot bench``: answer latency on the shipped and a 100x knowledge base, and start-up time.

Figures are printed, never asserted: shared machines are too noisy for timed tests.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import MappingProxyType
from typing import TextIO

from bot.content import KnowledgeBase, load_content
from bot.content.model import Intent
from bot.engine import Engine
from bot.evaluation import DEFAULT_EVAL_FILE, load_cases
from bot.settings import EngineSettings


def synthetic(kb: KnowledgeBase, factor: int) -> KnowledgeBase:
    """``factor`` copies of every intent; each copy's examples gain a word of their own.

    Every copy shares the real vocabulary, so each common word's posting list grows
    ``factor`` times: the worst case for the inverted index.
    """
    intents: dict[str, Intent] = {}
    for copy in range(factor):
        for intent in kb.intents.values():
            ident = intent.id if copy == 0 else f"{intent.id}_{copy}"
            examples = {
                lang: tuple(text if copy == 0 else f"{text} topik{copy}" for text in texts)
                for lang, texts in intent.examples.items()
            }
            intents[ident] = dataclasses.replace(intent, id=ident,
                                                 examples=MappingProxyType(examples))
    return dataclasses.replace(kb, intents=MappingProxyType(intents))


def latency(engine: Engine, questions: list[str], rounds: int = 3) -> tuple[float, float, int]:
    """p50 and p99 in milliseconds of ``engine.ask`` over the questions, and the sample size."""
    for question in questions[:50]:
        engine.ask(question)  # warm caches the way a running bot has them
    samples = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter_ns()
            engine.ask(question)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1], len(samples)


def startup(runs: int = 5) -> tuple[float, float, bool]:
    """Median wall time of ``oic-bot ask`` in a new interpreter with an empty engine cache
    (first run after an edit) and with a warm one; and whether it imported telegram."""
    code = ("import sys; from bot.cli import main; main(['ask', 'apa itu oki']); "
            "sys.stderr.write('TELEGRAM=%s' % ('telegram' in sys.modules))")
    imported = False
    medians = []
    with tempfile.TemporaryDirectory() as cache:
        for warm in (False, True):
            times = []
            for _ in range(runs):
                if not warm:
                    shutil.rmtree(cache, ignore_errors=True)
                start = time.perf_counter()
                done = subprocess.run(  # noqa: S603 - our own interpreter and code
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True,
                    env={**os.environ, "OIC_CACHE_DIR": cache})
                times.append(time.perf_counter() - start)
                imported = imported or "TELEGRAM=True" in done.stderr
            medians.append(statistics.median(times))
    return medians[0], medians[1], imported


def run_bench(settings: EngineSettings, out: TextIO, eval_file: Path = DEFAULT_EVAL_FILE) -> int:
    kb = load_content(settings.content_dir)
    questions = [case.question for case in load_cases(eval_file)]
    shipped = Engine(kb, default_lang=settings.default_lang)
    p50, p99, n = latency(shipped, questions)
    out.write(f"shipped base ({len(shipped.matcher)} examples): p50 {p50:.3f} ms, "
              f"p99 {p99:.3f} ms over {n} answers (target p99 < 1 ms)\n")
    start = time.perf_counter()
    big = Engine(synthetic(kb, 100), default_lang=settings.default_lang)
    built = time.perf_counter() - start
    p50, p99, n = latency(big, questions, rounds=1)
    out.write(f"100x base ({len(big.matcher)} examples, built in {built:.1f} s): p50 {p50:.3f} ms, "
              f"p99 {p99:.3f} ms over {n} answers (target p99 < 10 ms)\n")
    cold, warm, imported = startup()
    out.write(f"start-up of `oic-bot ask` (target < 500 ms), median of 5: {warm * 1000:.0f} ms "
              f"with the engine cache, {cold * 1000:.0f} ms on the first run after an edit; "
              f"imports telegram: {'yes' if imported else 'no'}\n")
    return 0
