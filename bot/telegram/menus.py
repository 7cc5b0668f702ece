"""Browsing: the starter questions, the topics and their questions, the language choice."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.engine import Engine
from bot.engine.engine import normalise_lang
from bot.telegram.callbacks import Browse, CallbackError, Open, Prefer
from bot.telegram.render import LABELS
from bot.telegram.sending import retrying, show, ui_lang
from bot.telegram.services import BotContext
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
    await show(update, UI[lang]["lang_prompt"], markup)


async def browse(update: Update, context: BotContext) -> None:
    """A topic button: that topic's questions (or, for the empty topic, the topics)."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    try:
        chosen = Browse.parse(query.data)
    except CallbackError:
        return
    if message is None:
        return
    engine, lang = context.services.engine, chosen.lang
    if chosen.topic not in engine.kb.topics:
        await retrying(lambda: message.reply_html(UI[lang]["topics"],
                                                  reply_markup=topic_keyboard(engine, lang)))
        return
    entries = [e for e in engine.kb.entries.values() if e.topic == chosen.topic
               and e.kind == "fact"]
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(e.title[lang],
                                                         callback_data=Open(e.id, lang).data)]
                                   for e in entries])
    title = html.escape(engine.kb.topics[chosen.topic].title[lang])
    await retrying(lambda: message.reply_html(UI[lang]["topic_entries"].format(topic=title),
                                              reply_markup=markup))


async def prefer(update: Update, context: BotContext) -> None:
    """Say the choice is made, then keep it (a store that fails forgets, but never mutes)."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.data is None:
        return
    try:
        lang = Prefer.parse(query.data).lang
    except CallbackError:
        await query.answer()
        return
    if lang:
        text = UI[lang]["lang_set"]
    else:  # the choice being forgotten must not pick the language of this message
        ui = normalise_lang(user.language_code) or context.services.engine.default_lang
        text = UI[ui]["lang_set_auto"]
    await query.answer()
    if isinstance(query.message, Message):
        message = query.message
        await retrying(lambda: message.edit_text(text))
    await context.services.kept("save language preferences",
                                lambda store: store.set_language(user.id, lang), None)
