"""The answer engine: pure Python, no Telegram; text in, a :class:`Reply` out."""

from bot.engine.engine import Engine, Thresholds
from bot.engine.reply import Link, Reply

__all__ = ["Engine", "Link", "Reply", "Thresholds"]
