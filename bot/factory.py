"""The one way to build the answer engine, for every caller: the command line, `validate`,
the Telegram bot, a live reload and the benchmark.

From the content folder through the engine cache (a start with unchanged content and code
unpickles the engine; after an edit, the engine before lends what the edit left alone).
"""

from __future__ import annotations

from bot.cache import load_engine
from bot.content import KnowledgeBase
from bot.engine import Engine
from bot.settings import EngineSettings


def build_engine(settings: EngineSettings, previous: Engine | None = None) -> Engine:
    """The engine for the content in ``settings``; raises ContentError listing every problem."""
    return load_engine(settings, previous)


def engine_for(kb: KnowledgeBase, settings: EngineSettings) -> Engine:
    """An engine for content already in memory (the benchmark's synthetic bases)."""
    return Engine(kb, default_lang=settings.default_lang)
