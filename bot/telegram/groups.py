"""Manners in groups: the bot introduces itself once when it is added, and never answers an
operator command in public."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.telegram.sending import NO_PREVIEW, is_group, retrying, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)
OUTSIDE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
INSIDE = (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.RESTRICTED)


async def joined(update: Update, context: BotContext) -> None:
    """The bot was added to a group: say once who it is and how to ask (not again when it is
    merely promoted or restricted)."""
    change = update.my_chat_member
    if change is None or not is_group(update):
        return
    if change.old_chat_member.status not in OUTSIDE or (
            change.new_chat_member.status not in INSIDE):
        return
    lang = await ui_lang(context, change.from_user)
    chat_id = change.chat.id
    await retrying(lambda: context.bot.send_message(chat_id, UI[lang]["group_hello"],
                                                    link_preview_options=NO_PREVIEW))


async def operator_command_in_group(update: Update, context: BotContext) -> bool:
    """True if this is an operator command typed in a group, handled here: silently for
    everyone, with a private note to an operator. Never a public "only for operators"."""
    if not is_group(update):
        return False
    user = update.effective_user
    if user is not None and user.id in context.services.settings.operator_ids:
        lang = await ui_lang(context, user)
        try:
            await context.bot.send_message(user.id, UI[lang]["operators_private"])
        except TelegramError as exc:  # the operator never opened a private chat with the bot
            logger.info("Could not point operator %s to the private chat: %s", user.id, exc)
    return True
