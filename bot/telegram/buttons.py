"""Buttons under answers: related questions, "did you mean" choices, More / All sources, the
language switch, and 👍 / 👎 (one vote per person per answer, kept under a salted hash, never
the user id). Every press is acknowledged, and every press that asks for an answer gets one:
in place when the message can still be edited, else as a new message."""

from __future__ import annotations

import logging
from collections.abc import Container

from telegram import InlineKeyboardMarkup, Message, Update

from bot.engine import Engine
from bot.telegram.callbacks import CallbackError, Choose, Fold, Open, Switch, Thanks, Vote
from bot.telegram.render import View, reason_row, thanks_row, vote_row, with_row_replaced
from bot.telegram.sending import acknowledge, is_group, redraw, retrying, send
from bot.telegram.services import BotContext
from bot.telegram.shown import recall, remember, shown_again
from bot.telegram.texts import UI

logger = logging.getLogger(__name__)


def _message(update: Update) -> Message | None:
    query = update.callback_query
    return query.message if query and isinstance(query.message, Message) else None


class _Known(Container[str]):
    """The answers votes may name: knowledge entries and table rows."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __contains__(self, answer: object) -> bool:
        return isinstance(answer, str) and ":" not in answer and self._engine.knows(answer)


async def open_answer(update: Update, context: BotContext) -> None:
    """A related question or a starter: its answer as a new message."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await acknowledge(query)
    message = _message(update)
    try:
        chosen = Open.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    if message is not None and engine.knows(chosen.answer):
        reply = engine.entry_reply(chosen.answer, chosen.lang)
        sent = await send(message, reply, group=is_group(update))
        await remember(context, sent, reply, reason=f"button: {chosen.answer}")


async def choose(update: Update, context: BotContext) -> None:
    """A "did you mean" choice: its answer takes the place of the choices."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await acknowledge(query)
    message = _message(update)
    try:
        chosen = Choose.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    if message is not None and engine.knows(chosen.answer):
        reply = engine.entry_reply(chosen.answer, chosen.lang)
        shown = await redraw(message, reply, is_group(update))
        kept = await recall(context, message)  # the suggestions' own reason, for votes
        await remember(context, shown, reply, reason=f"chosen from suggestions; "
                       f"{kept.reason if kept else 'no decision reason kept'}")


def _asker(message: Message) -> int | None:
    """Who asked the question a group answer quotes (None if it quotes nothing)."""
    asked = message.reply_to_message
    return asked.from_user.id if asked and asked.from_user else None


async def switch_language(update: Update, context: BotContext) -> None:
    """The same message in the other language. In a group it changes in place only for the
    person who asked; anyone else gets the other language as a reply of its own."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    message = _message(update)
    try:
        chosen = Switch.parse(query.data)
    except CallbackError:
        await acknowledge(query)
        return
    if message is None:
        await acknowledge(query)
        return
    reply, kept = await shown_again(context, message, chosen.shows, chosen.lang)
    if reply is None:
        await acknowledge(query, UI[chosen.lang]["gone"])
        return
    await acknowledge(query)
    group = is_group(update)
    reason = kept.reason if kept else f"language switch: {chosen.shows}"
    if group and query.from_user.id != _asker(message):
        sent = await send(message, reply, group=True, quote=message)
    else:
        sent = await redraw(message, reply, group)
    await remember(context, sent, reply, reason=reason)


async def fold(update: Update, context: BotContext) -> None:
    """More / Less, All sources / Fewer: the same answer, more or less of it, in place."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    message = _message(update)
    try:
        chosen = Fold.parse(query.data)
    except CallbackError:
        await acknowledge(query)
        return
    if message is None:
        await acknowledge(query)
        return
    reply, _ = await shown_again(context, message, chosen.shows, chosen.lang)
    if reply is None:
        await acknowledge(query, UI[chosen.lang]["gone"])
        return
    await acknowledge(query)
    await redraw(message, reply, is_group(update),
                 view=View(details=chosen.details, sources=chosen.sources))


async def vote(update: Update, context: BotContext) -> None:
    """👍 / 👎 under an answer, then (after 👎) why. The vote carries the engine's reason for
    that answer, for the review."""
    query = update.callback_query
    message = _message(update)
    user = update.effective_user
    if query is None or query.data is None or message is None or user is None:
        return
    try:
        chosen = Vote.parse(query.data)
    except CallbackError:
        await acknowledge(query)
        return
    svc = context.services
    known = _Known(svc.engine)
    if chosen.answer not in known:
        await acknowledge(query, UI[chosen.lang]["not_found"])
        return
    asks_why = not chosen.helpful and chosen.reason is None
    await acknowledge(query, UI[chosen.lang]["vote_why" if asks_why else "vote_thanks"])
    markup = message.reply_markup
    group = is_group(update)
    if isinstance(markup, InlineKeyboardMarkup) and not (group and chosen.helpful):
        if asks_why:
            row = reason_row(chosen.answer, chosen.lang)
        elif group:  # the buttons are everyone's: the votes come back for the others
            row = vote_row(chosen.answer, chosen.lang)
        else:
            row = thanks_row(chosen.lang)
        try:
            await retrying(lambda: query.edit_message_reply_markup(
                with_row_replaced(markup, "v:", row)))
        except Exception as exc:  # e.g. too old to edit: the vote still counts
            logger.debug("Could not change the vote buttons: %s", exc)
    kept = await recall(context, message)
    await svc.kept("record votes", lambda store: store.vote(
        user_id=user.id, chat_id=message.chat.id, message_id=message.message_id,
        entry=chosen.answer, lang=chosen.lang, helpful=chosen.helpful, reason=chosen.reason,
        known=known, decision_reason=kept.reason if kept else "",
    ), False)


async def thanks(update: Update, context: BotContext) -> None:
    """The "✓ Thanks" left after a vote: it only says thanks again."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    try:
        lang = Thanks.parse(query.data).lang
    except CallbackError:
        await acknowledge(query)
        return
    await acknowledge(query, UI[lang]["vote_thanks"])


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button whose data no handler reads (forged, or from a retired format): answered, so
    the client stops waiting, and nothing else."""
    if update.callback_query is not None:
        await acknowledge(update.callback_query)
