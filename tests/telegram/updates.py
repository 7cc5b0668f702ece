"""Builders for the updates Telegram would send, as plain dicts."""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

_ids = itertools.count(1)

AISYAH = {"id": 4201, "is_bot": False, "first_name": "Aisyah", "language_code": "id"}
JOHN = {"id": 4202, "is_bot": False, "first_name": "John", "language_code": "en"}
GROUP = {"id": -1001234, "type": "supergroup", "title": "Kajian HI"}


def private(user: dict[str, Any]) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def entities(text: str) -> list[dict[str, Any]]:
    found = []
    command = re.match(r"/[\w@]+", text)
    if command:
        found.append({"type": "bot_command", "offset": 0, "length": len(command.group())})
    for mention in re.finditer(r"(?<![\w/])@\w+", text):
        found.append({"type": "mention", "offset": mention.start(), "length": len(mention.group())})
    return found


def message(text: str | None, chat: dict[str, Any], user: dict[str, Any],
            reply_to: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat,
                            "from": user, **extra}
    if text is not None:
        body["text"] = text
        if entities(text):
            body["entities"] = entities(text)
    if reply_to is not None:
        body["reply_to_message"] = reply_to
    return body


def update_message(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return {"message": message(*args, **kwargs)}


def callback(data: str, sent: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    return {"callback_query": {"id": str(next(_ids)), "from": user, "message": sent,
                               "chat_instance": "ci", "data": data}}


def inline(query: str, user: dict[str, Any]) -> dict[str, Any]:
    return {"inline_query": {"id": str(next(_ids)), "from": user, "query": query, "offset": ""}}


def photo(caption: str | None, chat: dict[str, Any], user: dict[str, Any],
          reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
    """A photo message, with its caption and the caption's entities as Telegram sends them."""
    body = message(None, chat, user, reply_to,
                   photo=[{"file_id": "p", "file_unique_id": "pu", "width": 90, "height": 90}])
    if caption is not None:
        body["caption"] = caption
        if entities(caption):
            body["caption_entities"] = entities(caption)
    return {"message": body}


STICKER = {"file_id": "x", "file_unique_id": "y", "type": "regular", "width": 1, "height": 1,
           "is_animated": False, "is_video": False}


def edited(original: dict[str, Any], text: str) -> dict[str, Any]:
    """The same message, edited to ``text``."""
    body = {**original, "text": text, "edit_date": int(time.time())}
    body.pop("entities", None)
    if entities(text):
        body["entities"] = entities(text)
    return {"edited_message": body}


def bot_added(chat: dict[str, Any], by: dict[str, Any], bot_id: int, username: str,
              old: str = "left", new: str = "member") -> dict[str, Any]:
    """The bot's own membership in a chat changed (my_chat_member)."""
    me = {"id": bot_id, "is_bot": True, "first_name": "OIC Test Bot", "username": username}

    def member(status: str) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if status == "administrator":
            extra = {k: False for k in (
                "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
                "can_manage_video_chats", "can_restrict_members", "can_promote_members",
                "can_change_info", "can_invite_users", "can_post_stories",
                "can_edit_stories", "can_delete_stories")}
        return {"status": status, "user": me, **extra}

    return {"my_chat_member": {"chat": chat, "from": by, "date": int(time.time()),
                               "old_chat_member": member(old),
                               "new_chat_member": member(new)}}


# -- study groups: quiz answers, closed polls, the bot's membership ------------------------------


def poll_answer(poll_id: str, user: dict[str, Any], option: int) -> dict[str, Any]:
    """Someone answered a (non-anonymous) poll."""
    return {"poll_answer": {"poll_id": poll_id, "user": user, "option_ids": [option],
                            "option_persistent_ids": [f"o{option}"]}}


def poll_closed(poll: dict[str, Any]) -> dict[str, Any]:
    """Telegram telling the bot one of its polls closed (its open_period ended)."""
    return {"poll": {**poll, "is_closed": True}}


def my_chat_member(chat: dict[str, Any], user: dict[str, Any], old: str, new: str,
                   bot_id: int) -> dict[str, Any]:
    """The bot's own status in a chat changed (``new``: left, kicked, member ...)."""
    bot = {"id": bot_id, "is_bot": True, "first_name": "OIC Test Bot"}
    return {"my_chat_member": {"chat": chat, "from": user, "date": int(time.time()),
                               "old_chat_member": {"status": old, "user": bot},
                               "new_chat_member": {"status": new, "user": bot,
                                                   **({"until_date": 0} if new == "kicked"
                                                      else {})}}}
