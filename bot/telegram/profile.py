"""The bot's profile, set at every start: its description (the screen before /start) and
short description in both languages, and the command menus by scope and language."""

from __future__ import annotations

import logging

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)
from telegram.error import TelegramError

from bot.telegram.texts import (
    DESCRIPTION,
    GROUP_COMMANDS,
    OPERATOR_COMMANDS,
    PRIVATE_COMMANDS,
    SHORT_DESCRIPTION,
)

logger = logging.getLogger(__name__)


def _language_code(lang: str) -> str | None:
    """Indonesian for Indonesian users; English is the default for everyone else."""
    return "id" if lang == "id" else None


async def set_profile(bot: Bot, operator_ids: frozenset[int]) -> None:
    """Descriptions and command menus; a failure here is logged and never stops the bot."""
    username = bot.username or "bot"
    try:
        for lang in ("id", "en"):
            code = _language_code(lang)
            await bot.set_my_description(DESCRIPTION[lang].format(bot=username),
                                         language_code=code)
            await bot.set_my_short_description(SHORT_DESCRIPTION[lang], language_code=code)
            scopes: list[tuple[BotCommandScope, list[tuple[str, str]]]] = [
                (BotCommandScopeDefault(), PRIVATE_COMMANDS[lang]),
                (BotCommandScopeAllPrivateChats(), PRIVATE_COMMANDS[lang]),
                (BotCommandScopeAllGroupChats(), GROUP_COMMANDS[lang]),
            ]
            for scope, commands in scopes:
                await bot.set_my_commands([BotCommand(n, d) for n, d in commands], scope=scope,
                                          language_code=code)
    except TelegramError as exc:
        logger.warning("Could not set the bot's description or command menus: %s", exc)
    for operator in sorted(operator_ids):
        try:  # an operator who never opened the bot has no chat yet: Telegram refuses
            for lang in ("id", "en"):
                menu = [BotCommand(n, d) for n, d in [*PRIVATE_COMMANDS[lang],
                                                      *OPERATOR_COMMANDS]]
                await bot.set_my_commands(menu, scope=BotCommandScopeChat(operator),
                                          language_code=_language_code(lang))
        except TelegramError as exc:
            logger.info("No operator menu for %s yet (%s); it is set at the next start",
                        operator, exc)
