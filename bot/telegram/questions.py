"""Questions people ask: in private every text (or caption) is one; in groups only what
addresses the bot. An edited question is answered again in place of the first answer."""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import Message, Update
from telegram.error import TelegramError

from bot.engine import Reply
from bot.store.scrub import scrub_then_normalise
from bot.telegram.addressing import without_mention
from bot.telegram.menus import starter_keyboard
from bot.telegram.render import answer_id
from bot.telegram.sending import is_group, preference, redraw, say, send, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.shown import remember
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)
MAX_LOGGED_CHARS = 500
ASK_COMMANDS = ("tanya", "ask")
_COMMAND = re.compile(r"^/(\w+)(?:@(\w+))?(?:\s+|$)")
START_PLAIN = "ask"  # the start parameter of "ask in private chat" (inline mode): no answer


def question_text(message: Message, username: str) -> str:
    """What a message asks: its text or caption without a leading /tanya and the bot's
    @name."""
    text = message.text or message.caption or ""
    text = _COMMAND.sub("", text, count=1) if _COMMAND.match(text) else text
    return without_mention(text, username) if username else text.strip()


async def respond(update: Update, context: BotContext, text: str, message: Message, *,
                  group: bool, quote: Message | None = None, prompt_if_empty: bool = True
                  ) -> None:
    """Answer ``text`` under ``message``; only once the answer is out, record it. Nothing
    asked ("wkwk", "oke") gets a short prompt in private, and in a group a short prompt only
    when a command asked (``prompt_if_empty``), else silence."""
    svc = context.services
    engine = svc.engine
    user = update.effective_user
    reply = engine.ask(text, lang=await preference(context, user),
                       hint=user.language_code if user else None)
    if reply.kind == "empty":
        if not group:
            await show(update, reply.answer)
        elif prompt_if_empty:
            await say(update, context, "ask_usage")
        return
    sent = await send(message, reply, group=group, quote=quote)
    if sent is not None:
        svc.answers.put((message.chat_id, (quote or message).message_id), sent.message_id)
    kept = [remember(context, sent, reply)]
    for also in reply.also:
        if answer_id(also) is None:  # a list has no button of its own: it comes next
            kept.append(remember(context, await send(message, also, group=group, quote=quote),
                                 also, reason=reply.reason))
    await asyncio.gather(*kept, record(update, context, text, reply))


async def record(update: Update, context: BotContext, text: str, reply: Reply) -> None:
    """Count the answer; log the question (scrubbed) when it was not answered outright."""
    engine = context.services.engine
    chat, user = update.effective_chat, update.effective_user
    logged = "" if reply.outcome == "answered" else scrub_then_normalise(
        text[:MAX_LOGGED_CHARS], lambda piece: engine.normalize(piece).text)
    await context.services.kept("record answers", lambda store: store.record(
        text=logged, lang=reply.lang, outcome=reply.outcome,
        chat_type=chat.type if chat else "inline",
        chat_id=chat.id if chat else user.id if user else 0,
        candidates=list(reply.candidates), reason=reply.reason,
    ), False)


async def start(update: Update, context: BotContext) -> None:
    """Welcome; with a deep-link payload (t.me/bot?start=<answer>), open that answer; a link
    to an answer that is gone says so in one line, with the starter questions under it."""
    lang = await ui_lang(context, update.effective_user)
    engine = context.services.engine
    message = update.effective_message
    payload = context.args[0] if context.args else ""
    if payload and payload != START_PLAIN and message is not None:
        for ident in (payload, payload.replace("-", ":", 1)):
            if engine.knows(ident):
                reply = engine.entry_reply(ident, lang)
                sent = await send(message, reply, group=is_group(update))
                await remember(context, sent, reply, reason="deep link")
                return
        await show(update, UI[lang]["not_found"], starter_keyboard(engine, lang))
        return
    await show(update, UI[lang]["welcome"], starter_keyboard(engine, lang))


async def help_command(update: Update, context: BotContext) -> None:
    """How to ask, in private chats and in groups."""
    lang = await ui_lang(context, update.effective_user)
    await show(update, UI[lang]["help"].format(bot=context.bot.username))


async def about(update: Update, context: BotContext) -> None:
    """What the bot is and where its facts come from."""
    await say(update, context, "about")


async def ask_command(update: Update, context: BotContext) -> None:
    """/tanya or /ask <question>, in any chat; bare /tanya as a reply answers the replied text."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    replied = message.reply_to_message
    if not question and replied and (replied.text or replied.caption):
        await _answer_other(update, context, replied)
        return
    if not question:
        await say(update, context, "ask_usage")
        return
    await respond(update, context, question, message, group=is_group(update))


async def caption_command(update: Update, context: BotContext) -> None:
    """A photo whose caption is "/tanya question" (or /ask): the caption is the question."""
    message = update.effective_message
    if message is None or not message.caption:
        return
    found = _COMMAND.match(message.caption)
    username = context.bot.username or ""
    if (found is None or found.group(1).lower() not in ASK_COMMANDS
            or (found.group(2) and found.group(2).lower() != username.lower())):
        return
    text = question_text(message, username)
    if not text:
        await say(update, context, "ask_usage")
        return
    await respond(update, context, text, message, group=is_group(update))


async def jawab(update: Update, context: BotContext) -> None:
    """Reply /jawab to someone's question: the bot answers that question, as a reply to it."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or not (replied.text or replied.caption):
        await say(update, context, "jawab_usage")
        return
    await _answer_other(update, context, replied)


async def _answer_other(update: Update, context: BotContext, replied: Message) -> None:
    if replied.from_user and replied.from_user.id == context.bot.id:
        await say(update, context, "jawab_self")  # the bot's own answer is not a question
        return
    text = question_text(replied, context.bot.username or "")
    await respond(update, context, text, replied, group=is_group(update), quote=replied)


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot doesn't have, in a private chat."""
    await say(update, context, "unknown_command")


async def private_text(update: Update, context: BotContext) -> None:
    """In a private chat every text is a question."""
    message = update.effective_message
    if message and message.text:
        await respond(update, context, message.text, message, group=False)


async def private_other(update: Update, context: BotContext) -> None:
    """A photo with a caption: the caption is the question. Stickers, voice, a photo with no
    caption: say politely that only text is understood."""
    message = update.effective_message
    text = question_text(message, context.bot.username or "") if message else ""
    if message is not None and text:
        await respond(update, context, text, message, group=False)
        return
    await say(update, context, "not_text")


async def group_addressed(update: Update, context: BotContext) -> None:
    """In a group, a reply to the bot or a mention of it (in a text or a caption) is a
    question for it; a bare "wkwk" or "oke" to the bot is left unanswered."""
    message = update.effective_message
    if message is None or not (message.text or message.caption):
        return
    text = question_text(message, context.bot.username or "")
    if not text:
        if message.text:
            await say(update, context, "ask_usage")
        return
    await respond(update, context, text, message, group=True, prompt_if_empty=False)


async def edited_question(update: Update, context: BotContext) -> None:
    """A question edited after the bot answered it: the new answer replaces the old one (if
    the bot still remembers which message that was)."""
    message = update.edited_message
    if message is None:
        return
    svc = context.services
    answer = svc.answers.get((message.chat_id, message.message_id))
    if answer is None:
        return
    text = question_text(message, context.bot.username or "")
    user = update.effective_user
    reply = svc.engine.ask(text, lang=await preference(context, user),
                           hint=user.language_code if user else None)
    if reply.kind == "empty":
        return
    group = is_group(update)
    shown = Message(answer, message.date, message.chat)
    shown.set_bot(context.bot)
    try:
        sent = await redraw(shown, reply, group, fallback=message)
    except TelegramError as exc:
        logger.info("Could not answer the edited question %s in %s: %s", message.message_id,
                    message.chat_id, exc)
        return
    if sent is not None:
        svc.answers.put((message.chat_id, message.message_id), sent.message_id)
    await asyncio.gather(remember(context, sent, reply), record(update, context, text, reply))
