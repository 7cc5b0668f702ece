"""When a group message is meant for the bot: a reply to it, or a mention of it.

Commands addressed to it (/tanya, /tanya@bot) are matched by python-telegram-bot's
CommandHandler, which already ignores commands for other bots.
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity
from telegram.ext import filters


def is_reply_to_bot(message: Message) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)


def mentions_bot(message: Message) -> bool:
    """A mention of the bot in the text, or in a photo's caption."""
    bot = message.get_bot()
    target = f"@{bot.username}".lower()
    found = {**message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]),
             **message.parse_caption_entities([MessageEntity.MENTION,
                                               MessageEntity.TEXT_MENTION])}
    for entity, text in found.items():
        if entity.type == MessageEntity.MENTION and text.lower() == target:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            return True
    return False


def without_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


class _ReplyToBot(filters.MessageFilter):
    def filter(self, message: Message) -> bool:
        return is_reply_to_bot(message)


class _MentionsBot(filters.MessageFilter):
    def filter(self, message: Message) -> bool:
        return mentions_bot(message)


REPLY_TO_BOT = _ReplyToBot(name="ReplyToBot")
MENTIONS_BOT = _MentionsBot(name="MentionsBot")
