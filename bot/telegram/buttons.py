"""Buttons under answers: related questions, "did you mean" choices, the language switch, and
👍 / 👎 (one vote per person per answer, kept under a salted hash, never the user id)."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update

from bot.engine import Engine, Reply
from bot.telegram.callbacks import CallbackError, Choose, Open, Switch, Vote
from bot.telegram.render import reason_row, vote_row, with_row_replaced
from bot.telegram.sending import is_group, redraw, retrying, send
from bot.telegram.services import BotContext
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)


def _message(update: Update) -> Message | None:
    query = update.callback_query
    return query.message if query and isinstance(query.message, Message) else None


async def open_answer(update: Update, context: BotContext) -> None:
    """A related question or a starter: its answer as a new message."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    message = _message(update)
    try:
        chosen = Open.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    if message is not None and engine.knows(chosen.answer):
        await send(message, engine.entry_reply(chosen.answer, chosen.lang),
                   group=is_group(update))


async def choose(update: Update, context: BotContext) -> None:
    """A "did you mean" choice: its answer takes the place of the choices."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    message = _message(update)
    try:
        chosen = Choose.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    if message is not None and engine.knows(chosen.answer):
        await redraw(message, engine.entry_reply(chosen.answer, chosen.lang),
                     is_group(update))


async def switch_language(update: Update, context: BotContext) -> None:
    """The same message in the other language."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    message = _message(update)
    try:
        chosen = Switch.parse(query.data)
    except CallbackError:
        return
    if message is None:
        return
    reply = _shown(context.services.engine, chosen, message)
    if reply is not None:
        await redraw(message, reply, is_group(update))


def _shown(engine: Engine, chosen: Switch, message: Message) -> Reply | None:
    """What the message showed, again, in the chosen language."""
    what, _, ident = chosen.shows.partition(":")
    if what == "e" and engine.knows(ident):
        return engine.entry_reply(ident, chosen.lang)
    if what in ("m", "r") and len(ident) == 2:
        key = f"{'membership' if what == 'm' else 'role'}:{ident}"
        return engine.entry_reply(key, chosen.lang)
    original = message.reply_to_message
    text = original.text or original.caption if original else None
    return engine.ask(text or "", lang=chosen.lang)


async def vote(update: Update, context: BotContext) -> None:
    """👍 / 👎 under an answer, then (after 👎) why."""
    query = update.callback_query
    message = _message(update)
    user = update.effective_user
    if query is None or query.data is None or message is None or user is None:
        return
    try:
        chosen = Vote.parse(query.data)
    except CallbackError:
        await query.answer()
        return
    svc = context.services
    known = svc.engine.kb.entries
    if chosen.answer not in known:
        await query.answer(UI[chosen.lang]["not_found"])
        return
    await query.answer(UI[chosen.lang]["vote_thanks"])
    markup = message.reply_markup
    if isinstance(markup, InlineKeyboardMarkup) and not chosen.helpful:
        # ask why, or put the votes back once told
        row = (vote_row(chosen.answer, chosen.lang) if chosen.reason
               else reason_row(chosen.answer, chosen.lang))
        try:
            await retrying(lambda: query.edit_message_reply_markup(
                with_row_replaced(markup, "v:", row)))
        except Exception as exc:  # e.g. too old to edit: the vote still counts
            logger.debug("Could not change the vote buttons: %s", exc)
    await svc.kept("record votes", lambda store: store.vote(
        user_id=user.id, chat_id=message.chat.id, message_id=message.message_id,
        entry=chosen.answer, lang=chosen.lang, helpful=chosen.helpful, reason=chosen.reason,
        known=known, decision_reason="",
    ), False)


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button whose data no handler reads (forged, or from a retired format): answered, so
    the client stops waiting, and nothing else."""
    if update.callback_query is not None:
        await update.callback_query.answer()
