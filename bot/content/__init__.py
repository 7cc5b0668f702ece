"""The YAML content that operators edit (intents/ and knowledge/): its model and its problems.

Loading it is :func:`bot.content.loader.load_content`, imported where content is loaded: it
brings in PyYAML, which a start from the engine cache does not need.
"""

from bot.content.model import (
    Country,
    Entry,
    Intent,
    KnowledgeBase,
    Lexicon,
    Source,
)
from bot.content.problems import ContentError, Problem

__all__ = [
    "ContentError",
    "Country",
    "Entry",
    "Intent",
    "KnowledgeBase",
    "Lexicon",
    "Problem",
    "Source",
]
