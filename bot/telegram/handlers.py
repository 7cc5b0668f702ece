"""Typed async callbacks: each decides whether to speak, asks the engine, renders the reply."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar
from uuid import uuid4

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot.engine import Engine, Reply
from bot.engine.engine import normalise_lang
from bot.store.scrub import scrub_then_normalise
from bot.telegram.addressing import without_mention
from bot.telegram.render import (
    LABELS,
    REASON_CODES,
    reason_row,
    render,
    vote_row,
    with_row_replaced,
)
from bot.telegram.services import READ_SECONDS, services
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
T = TypeVar("T")
INLINE_RESULTS = 5
MAX_LOGGED_CHARS = 500


# -- helpers ---------------------------------------------------------------------------------

async def retrying(call: Callable[[], Awaitable[T]], attempts: int = 3) -> T:
    """Retry a Bot API call on network trouble; flood waits are the rate limiter's job."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (TimedOut, NetworkError) as exc:
            if isinstance(exc, BadRequest) or attempt == attempts:
                raise
            await asyncio.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


async def preference(context: ContextTypes.DEFAULT_TYPE, user: User | None) -> str | None:
    """The language the user chose, if any; None too when the store cannot say in time."""
    if user is None:
        return None
    return await services(context).kept("read language preferences",
                                        lambda store: store.language(user.id), None,
                                        READ_SECONDS)


async def ui_lang(context: ContextTypes.DEFAULT_TYPE, user: User | None) -> str:
    """The language for the bot's own messages: the user's choice, Telegram's, the default."""
    return (await preference(context, user)
            or normalise_lang(user.language_code if user else None)
            or services(context).engine.default_lang)


async def respond(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                  message: Message, *, group: bool, quote: Message | None = None) -> None:
    """Answer ``text`` under ``message``; only once the answer is out, record it."""
    svc = services(context)
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
        candidates=list(reply.candidates),
        reason="",  # the engine's decision reason, once replies carry one
    ), False)


async def send(message: Message, reply: Reply, *, group: bool, quote: Message | None = None
               ) -> None:
    """Post ``reply`` (split if long) under ``message``; buttons go on the last part."""
    rendered = render(reply, bot_username=message.get_bot().username, short=group)
    target = quote or message
    quote_it = group or reply.kind in ("suggest", "fallback", "other_org") or quote is not None
    last = len(rendered.chunks)
    for number, chunk in enumerate(rendered.chunks, 1):
        markup = rendered.keyboard if number == last else None
        first = number == 1
        await retrying(lambda chunk=chunk, markup=markup, first=first: target.reply_html(
            chunk, reply_markup=markup, link_preview_options=NO_PREVIEW,
            do_quote=quote_it and first))


async def show(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
               markup: InlineKeyboardMarkup | None = None) -> None:
    if update.effective_message:
        await retrying(lambda: update.effective_message.reply_html(
            text, reply_markup=markup, link_preview_options=NO_PREVIEW))


async def say(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str) -> None:
    """One of the bot's own messages (texts.UI), in the user's language."""
    await show(update, context, UI[await ui_lang(context, update.effective_user)][key])


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return bool(chat and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP))


# -- commands --------------------------------------------------------------------------------

async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome; with a deep-link payload (t.me/bot?start=<entry>), open that answer."""
    user = update.effective_user
    lang = await ui_lang(context, user)
    engine = services(context).engine
    if context.args and update.effective_message:
        payload = context.args[0]
        if payload in engine.kb.entries:
            reply = engine.entry_reply(payload, lang)
            await send(update.effective_message, reply, group=is_group(update))
            return
        await show(update, context, UI[lang]["not_found"])
        return
    await show(update, context, UI[lang]["welcome"], _starter_keyboard(engine, lang))


def _starter_keyboard(engine: Engine, lang: str) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(engine.kb.entries[e].title[lang], callback_data=f"e:{e}:{lang}")]
            for e in ("what_is_oic", "founding_date", "member_count") if e in engine.kb.entries]
    rows.append([InlineKeyboardButton(LABELS[lang]["topics"], callback_data=f"t::{lang}")])
    return InlineKeyboardMarkup(rows)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to ask, in private chats and in groups."""
    lang = await ui_lang(context, update.effective_user)
    await show(update, context, UI[lang]["help"].format(bot=context.bot.username))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot is and where its facts come from."""
    await say(update, context, "about")


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the knowledge base by topic."""
    lang = await ui_lang(context, update.effective_user)
    await show(update, context, UI[lang]["topics"], topic_keyboard(services(context).engine, lang))


def topic_keyboard(engine: Engine, lang: str) -> InlineKeyboardMarkup:
    used = {e.topic for e in engine.kb.entries.values() if e.kind == "fact"}
    buttons = [InlineKeyboardButton(t.title[lang], callback_data=f"t:{t.id}:{lang}")
               for t in engine.kb.topics.values() if t.id in used]
    return InlineKeyboardMarkup([buttons[i:i + 2] for i in range(0, len(buttons), 2)])


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Choose the answer language (kept across restarts)."""
    lang = await ui_lang(context, update.effective_user)
    markup = InlineKeyboardMarkup([
        [InlineKeyboardButton("🇮🇩 Bahasa Indonesia", callback_data="p:id"),
         InlineKeyboardButton("🇬🇧 English", callback_data="p:en")],
        [InlineKeyboardButton(UI[lang]["lang_auto"], callback_data="p:auto")],
    ])
    await show(update, context, UI[lang]["lang_prompt"], markup)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
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


async def jawab(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply /jawab to someone's question: the bot answers that question, as a reply to it."""
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or not (replied.text or replied.caption):
        await say(update, context, "jawab_usage")
        return
    await _answer_other(update, context, replied)


async def _answer_other(update: Update, context: ContextTypes.DEFAULT_TYPE,
                        replied: Message) -> None:
    text = replied.text or replied.caption or ""
    if context.bot.username:
        text = without_mention(text, context.bot.username)
    await respond(update, context, text, replied, group=is_group(update), quote=replied)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot doesn't have, in a private chat."""
    await say(update, context, "unknown_command")


# -- messages --------------------------------------------------------------------------------

async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a private chat every text is a question."""
    message = update.effective_message
    if message and message.text:
        await respond(update, context, message.text, message, group=False)


async def private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice...: say politely that only text is understood."""
    await say(update, context, "not_text")


async def group_addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, a reply to the bot or a mention of it is a question for it."""
    message = update.effective_message
    if message is None or not message.text:
        return
    text = without_mention(message.text, context.bot.username or "")
    if not text:
        await say(update, context, "ask_usage")
        return
    await respond(update, context, text, message, group=True)


# -- buttons ---------------------------------------------------------------------------------

async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Suggestions, related questions, language switch, topics and the language preference."""
    query = update.callback_query
    if query is None or not query.data:
        return
    engine = services(context).engine
    kind, _, rest = query.data.partition(":")
    message = query.message if isinstance(query.message, Message) else None
    group = bool(message and message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP))
    if kind == "p":
        await _set_preference(update, context, rest)
        return
    if kind == "v":
        await _vote(update, context, rest)
        return
    await query.answer()
    if message is None:
        return
    target, _, lang = rest.rpartition(":")
    if lang not in ("id", "en"):
        return
    if kind == "e" and target in engine.kb.entries:
        await send(message, engine.entry_reply(target, lang), group=group)
    elif kind == "s" and target in engine.kb.entries:
        await _redraw(message, engine.entry_reply(target, lang), group)
    elif kind == "l":
        redrawn = _state_reply(engine, target, lang, message)
        if redrawn:
            await _redraw(message, redrawn, group)
    elif kind == "t":
        await _topic(message, engine, target, lang)


def _state_reply(engine: Engine, state: str, lang: str, message: Message) -> Reply | None:
    what, _, ident = state.partition(":")
    if what == "e" and ident in engine.kb.entries:
        return engine.entry_reply(ident, lang)
    if what == "m" and len(ident) == 2:
        return engine.membership_reply(ident, lang)
    original = message.reply_to_message
    text = original.text or original.caption if original else None
    return engine.ask(text or "", lang=lang)


async def _redraw(message: Message, reply: Reply, group: bool) -> None:
    rendered = render(reply, bot_username=message.get_bot().username, short=group)
    try:
        await retrying(lambda: message.edit_text(rendered.chunks[0], parse_mode=ParseMode.HTML,
                                                 reply_markup=rendered.keyboard,
                                                 link_preview_options=NO_PREVIEW))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def _topic(message: Message, engine: Engine, topic: str, lang: str) -> None:
    if topic not in engine.kb.topics:
        await retrying(lambda: message.reply_html(UI[lang]["topics"],
                                                  reply_markup=topic_keyboard(engine, lang)))
        return
    entries = [e for e in engine.kb.entries.values() if e.topic == topic and e.kind == "fact"]
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(e.title[lang],
                                                         callback_data=f"e:{e.id}:{lang}")]
                                   for e in entries])
    title = html.escape(engine.kb.topics[topic].title[lang])
    await retrying(lambda: message.reply_html(UI[lang]["topic_entries"].format(topic=title),
                                              reply_markup=markup))


async def _vote(update: Update, context: ContextTypes.DEFAULT_TYPE, data: str) -> None:
    """👍 / 👎 under an answer, then (after 👎) why. Kept as one vote per person per answer,
    under a salted hash: the store never learns who voted."""
    query = update.callback_query
    choice, _, rest = data.partition(":")
    entry, _, lang = rest.rpartition(":")
    helpful, code = choice[:1], choice[1:]
    message = query.message if query else None
    user = update.effective_user
    reason_ok = not code or (helpful == "0" and code in REASON_CODES)
    if (query is None or message is None or user is None or lang not in ("id", "en")
            or helpful not in ("0", "1") or not reason_ok):
        return
    svc = services(context)
    known = svc.engine.kb.entries
    if entry not in known:
        await query.answer(UI[lang]["not_found"])
        return
    reason = REASON_CODES.get(code)
    await query.answer(UI[lang]["vote_thanks"])
    markup = message.reply_markup if isinstance(message, Message) else None
    if markup is not None and helpful == "0":  # ask why, or put the votes back once told
        row = vote_row(entry, lang) if reason else reason_row(entry, lang)
        try:
            await retrying(lambda: query.edit_message_reply_markup(
                with_row_replaced(markup, "v:", row)))
        except BadRequest as exc:  # e.g. too old to edit: the vote still counts
            logger.debug("Could not change the vote buttons: %s", exc)
    await svc.kept("record votes", lambda store: store.vote(
        user_id=user.id, chat_id=message.chat.id, message_id=message.message_id, entry=entry,
        lang=lang, helpful=helpful == "1", reason=reason, known=known,
        decision_reason="",  # the engine's decision reason, once replies carry one
    ), False)


async def _set_preference(update: Update, context: ContextTypes.DEFAULT_TYPE, choice: str) -> None:
    """Say the choice is made, then keep it (a store that fails forgets, but never mutes)."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    lang = choice if choice in ("id", "en") else None
    if lang:
        text = UI[lang]["lang_set"]
    else:
        ui = normalise_lang(user.language_code) or services(context).engine.default_lang
        text = UI[ui]["lang_set_auto"]
    await query.answer()
    if isinstance(query.message, Message):
        await retrying(lambda: query.message.edit_text(text))
    await services(context).kept("save language preferences",
                                 lambda store: store.set_language(user.id, lang), None)


# -- inline mode -----------------------------------------------------------------------------

async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """@bot question in any chat: up to five answer cards in the asker's language."""
    query = update.inline_query
    if query is None:
        return
    engine = services(context).engine
    user = query.from_user
    replies = engine.top_replies(query.query, lang=await preference(context, user),
                                 hint=user.language_code, limit=INLINE_RESULTS)
    results = []
    for reply in replies:
        rendered = render(reply, bot_username=context.bot.username, short=True)
        results.append(InlineQueryResultArticle(
            id=uuid4().hex,
            title=reply.title or reply.answer[:60],
            description=reply.answer[:120],
            input_message_content=InputTextMessageContent(
                rendered.chunks[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW),
        ))
    await retrying(lambda: query.answer(results, cache_time=30, is_personal=True))


# -- errors ----------------------------------------------------------------------------------

async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every failure with what the bot was handling; the bot keeps running."""
    if isinstance(context.error, RetryAfter):
        logger.warning("Flood limit hit even after retries: %s", context.error)
        return
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = (f" (update {update.update_id}, chat {chat.id if chat else '-'} "
                 f"{chat.type if chat else ''})")
    logger.error("Error while handling an update%s", where, exc_info=context.error)
