"""The error handler: every failure logged with what the bot was handling; the bot goes on."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import RetryAfter

from bot.telegram.services import BotContext

logger = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure once, with the update and chat it happened in."""
    if isinstance(context.error, RetryAfter):
        logger.warning("Flood limit hit even after retries: %s", context.error)
        return
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = (f" (update {update.update_id}, chat {chat.id if chat else '-'} "
                 f"{chat.type if chat else ''})")
    logger.error("Error while handling an update%s", where, exc_info=context.error)
