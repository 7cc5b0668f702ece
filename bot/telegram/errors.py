"""The error handler: every failure logged with what the bot was handling; the bot goes on.

Refusals that are part of Telegram life (a person blocked the bot, the bot lost its rights in
a group, the message to edit is gone, a button pressed too late) are one line each; anything
else gets its trace."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.telegram.services import BotContext

logger = logging.getLogger(__name__)

# BadRequest descriptions that say the chat or message moved on, not that the bot is wrong.
EXPECTED_BAD_REQUESTS = (
    "message to edit not found", "message can't be edited", "message to be replied not found",
    "message not found", "chat not found", "query is too old", "query id is invalid",
    "have no rights", "not enough rights", "chat_write_forbidden", "bot was kicked",
    "need administrator rights", "topic_closed",
)


def expected(error: BaseException | None) -> bool:
    """A refusal Telegram gives in the normal course of things: worth a line, not a trace."""
    if isinstance(error, Forbidden | ChatMigrated):
        return True
    if isinstance(error, BadRequest):
        text = str(error).lower()
        return any(part in text for part in EXPECTED_BAD_REQUESTS)
    # Network trouble reaches here only after sending.retrying gave up or stopped: it has
    # already said why in one line.
    return isinstance(error, NetworkError)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure once, with the update and chat it happened in."""
    error = context.error
    if isinstance(error, RetryAfter):
        logger.warning("Flood limit hit even after retries: %s", error)
        return
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = (f" (update {update.update_id}, chat {chat.id if chat else '-'} "
                 f"{chat.type if chat else ''})")
    if expected(error):
        logger.warning("Telegram refused a request%s: %s: %s", where, type(error).__name__,
                       error)
        return
    logger.error("Error while handling an update%s", where, exc_info=error)
