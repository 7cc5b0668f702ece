"""What the handlers share: settings, the state store, and the current engine.

The engine is replaced whole when content is reloaded; a handler reads ``services.engine``
once per update, so every answer comes from one consistent snapshot.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from telegram.ext import ContextTypes

from bot.engine import Engine
from bot.settings import BotSettings
from bot.store import Store


@dataclass
class Services:
    settings: BotSettings
    store: Store
    engine: Engine
    started_at: float = field(default_factory=time.time)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]
