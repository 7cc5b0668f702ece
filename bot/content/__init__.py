"""Loading and validating the YAML content that operators edit (intents/ and knowledge/)."""

from bot.content.loader import ContentError, load_content
from bot.content.model import (
    Country,
    Entry,
    Intent,
    KnowledgeBase,
    Lexicon,
    Source,
)
from bot.content.problems import Problem

__all__ = [
    "ContentError",
    "Country",
    "Entry",
    "Intent",
    "KnowledgeBase",
    "Lexicon",
    "Problem",
    "Source",
    "load_content",
]
