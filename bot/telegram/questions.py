"""Questions people ask: in private every text is one; in groups only what addresses the bot."""

from __future__ import annotations

from telegram import Message, Update

from bot.store.scrub import scrub_then_normalise
from bot.telegram.addressing import without_mention
from bot.telegram.menus import starter_keyboard
from bot.telegram.sending import is_group, preference, say, send, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.texts import UI

MAX_LOGGED_CHARS = 500


async def respond(update: Update, context: BotContext, text: str, message: Message, *,
                  group: bool, quote: Message | None = None) -> None:
    """Answer ``text`` under ``message``; only once the answer is out, record it."""
    svc = context.services
    engine = svc.engine
    user = update.effective_user
    reply = engine.ask(text, lang=await preference(context, user),
                       hint=user.language_code if user else None)
    await send(message, reply, group=group, quote=quote)
    chat = update.effective_chat
    logged = "" if reply.outcome == "answered" else scrub_then_normalise(
        text[:MAX_LOGGED_CHARS], lambda piece: engine.normalize(piece).text)
    await svc.kept("record answers", lambda store: store.record(
        text=logged, lang=reply.lang, outcome=reply.outcome,
        chat_type=chat.type if chat else "inline",
        chat_id=chat.id if chat else user.id if user else 0,
        candidates=list(reply.candidates), reason=reply.reason,
    ), False)


async def start(update: Update, context: BotContext) -> None:
    """Welcome; with a deep-link payload (t.me/bot?start=<entry>), open that answer."""
    lang = await ui_lang(context, update.effective_user)
    engine = context.services.engine
    if context.args and update.effective_message:
        payload = context.args[0]
        if engine.knows(payload):
            await send(update.effective_message, engine.entry_reply(payload, lang),
                       group=is_group(update))
            return
        await show(update, UI[lang]["not_found"])
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


async def jawab(update: Update, context: BotContext) -> None:
    """Reply /jawab to someone's question: the bot answers that question, as a reply to it."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or not (replied.text or replied.caption):
        await say(update, context, "jawab_usage")
        return
    await _answer_other(update, context, replied)


async def _answer_other(update: Update, context: BotContext, replied: Message) -> None:
    text = replied.text or replied.caption or ""
    if context.bot.username:
        text = without_mention(text, context.bot.username)
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
    """Stickers, photos, voice...: say politely that only text is understood."""
    await say(update, context, "not_text")


async def group_addressed(update: Update, context: BotContext) -> None:
    """In a group, a reply to the bot or a mention of it is a question for it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    text = without_mention(message.text, context.bot.username or "")
    if not text:
        await say(update, context, "ask_usage")
        return
    await respond(update, context, text, message, group=True)
