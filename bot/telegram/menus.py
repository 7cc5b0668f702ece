"""Browsing: the starter questions, the topics and their questions, the language choice.

Menus navigate in place: /topik → a topic → a question edits the one message, with ⬅️ Back,
so a group sees one message, not three."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.engine import Engine
from bot.engine.engine import normalise_lang
from bot.telegram.callbacks import Browse, CallbackError, Open, Prefer, Read
from bot.telegram.render import LABELS
from bot.telegram.sending import acknowledge, is_group, redraw, retrying, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.shown import remember
from bot.telegram.texts import UI


def starter_keyboard(engine: Engine, lang: str) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(engine.kb.entries[e].title[lang],
                                  callback_data=Open(e, lang).data)]
            for e in engine.kb.navigation.starters if e in engine.kb.entries]
    rows.append([InlineKeyboardButton(LABELS[lang]["topics"], callback_data=Browse("", lang).data)])
    return InlineKeyboardMarkup(rows)


def topic_keyboard(engine: Engine, lang: str) -> InlineKeyboardMarkup:
    used = {e.topic for e in engine.kb.entries.values() if e.kind == "fact"}
    buttons = [InlineKeyboardButton(t.title[lang], callback_data=Browse(t.id, lang).data)
               for t in engine.kb.topics.values() if t.id in used]
    return InlineKeyboardMarkup([buttons[i:i + 2] for i in range(0, len(buttons), 2)])


async def topics(update: Update, context: BotContext) -> None:
    """Browse the knowledge base by topic."""
    lang = await ui_lang(context, update.effective_user)
    await show(update, UI[lang]["topics"], topic_keyboard(context.services.engine, lang))


async def language(update: Update, context: BotContext) -> None:
    """Choose the answer language (kept across restarts)."""
    lang = await ui_lang(context, update.effective_user)
    markup = InlineKeyboardMarkup([
        [InlineKeyboardButton("🇮🇩 Bahasa Indonesia", callback_data=Prefer("id").data),
         InlineKeyboardButton("🇬🇧 English", callback_data=Prefer("en").data)],
        [InlineKeyboardButton(UI[lang]["lang_auto"], callback_data=Prefer(None).data)],
    ])
    await show(update, UI[lang]["lang_prompt"], markup)  # in a group, quoting who asked


async def browse(update: Update, context: BotContext) -> None:
    """A topic button: that topic's questions (or, for the empty topic, the topics), in place
    of the menu pressed, with ⬅️ Back to the topics."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await acknowledge(query)
    message = query.message if isinstance(query.message, Message) else None
    try:
        chosen = Browse.parse(query.data)
    except CallbackError:
        return
    if message is None:
        return
    engine, lang = context.services.engine, chosen.lang
    if chosen.topic not in engine.kb.topics:
        await _in_place(message, UI[lang]["topics"], topic_keyboard(engine, lang))
        return
    entries = [e for e in engine.kb.entries.values() if e.topic == chosen.topic
               and e.kind == "fact"]
    rows = [[InlineKeyboardButton(e.title[lang], callback_data=_read(chosen.topic, e.id, lang))]
            for e in entries]
    rows.append([InlineKeyboardButton(LABELS[lang]["back"], callback_data=Browse("", lang).data)])
    title = html.escape(engine.kb.topics[chosen.topic].title[lang])
    await _in_place(message, UI[lang]["topic_entries"].format(topic=title),
                    InlineKeyboardMarkup(rows))


def _read(topic: str, entry: str, lang: str) -> str:
    """A topic's question, answered in place with Back; opened as a new message if its ids
    are too long for a button's 64 bytes."""
    try:
        return Read(topic, entry, lang).data
    except CallbackError:
        return Open(entry, lang).data


async def read(update: Update, context: BotContext) -> None:
    """A question chosen in a topic's list: its answer in place of the list, ⬅️ Back under it."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await acknowledge(query)
    message = query.message if isinstance(query.message, Message) else None
    try:
        chosen = Read.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    if message is None or not engine.knows(chosen.answer):
        return
    reply = engine.entry_reply(chosen.answer, chosen.lang)
    back = InlineKeyboardButton(LABELS[chosen.lang]["back"],
                                callback_data=Browse(chosen.topic, chosen.lang).data)
    shown = await redraw(message, reply, is_group(update), back=back)
    await remember(context, shown, reply, reason=f"topic menu: {chosen.answer}")


async def _in_place(message: Message, text: str, markup: InlineKeyboardMarkup) -> None:
    """A menu in place of the one pressed; a new one if that cannot be edited any more."""
    try:
        await retrying(lambda: message.edit_text(text, reply_markup=markup))
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        await retrying(lambda: message.reply_html(text, reply_markup=markup, do_quote=False))


async def prefer(update: Update, context: BotContext) -> None:
    """Say the choice is made, then keep it (a store that fails forgets, but never mutes)."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.data is None:
        return
    try:
        lang = Prefer.parse(query.data).lang
    except CallbackError:
        await acknowledge(query)
        return
    message = query.message if isinstance(query.message, Message) else None
    asked = message.reply_to_message if message else None
    if (is_group(update) and asked is not None and asked.from_user is not None
            and asked.from_user.id != user.id):  # someone else's /bahasa
        await acknowledge(query, UI[await ui_lang(context, user)]["not_yours"])
        return
    if lang:
        text = UI[lang]["lang_set"]
    else:  # the choice being forgotten must not pick the language of this message
        ui = normalise_lang(user.language_code) or context.services.engine.default_lang
        text = UI[ui]["lang_set_auto"]
    await acknowledge(query)
    if message is not None:
        await _in_place(message, text, InlineKeyboardMarkup([]))
    await context.services.kept("save language preferences",
                                lambda store: store.set_language(user.id, lang), None)
