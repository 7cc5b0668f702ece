"""Operator commands, in private chats and only for ids in OIC_OPERATOR_IDS."""

from __future__ import annotations

import html
import time
from functools import partial

from telegram import Update
from telegram.constants import ChatType

from bot.engine import Engine
from bot.feedback import UNHELPFUL_ROWS, format_unhelpful
from bot.review import Names
from bot.store import DAY, REVIEW_ROWS, Store
from bot.store.base import Tally
from bot.telegram.groups import operator_command_in_group
from bot.telegram.offload import in_own_process, review_text
from bot.telegram.operator_texts import (
    content_lines,
    current_message,
    refused_message,
    reloaded_message,
    unreachable_message,
)
from bot.telegram.reload import refresh, tell
from bot.telegram.render import split_html
from bot.telegram.sending import show, ui_lang
from bot.telegram.services import BotContext

UNAVAILABLE = "The state store is not answering just now; the bot's log says why."
REVIEW_SECONDS = 30.0
REFUSAL = {
    "id": "Maaf, perintah ini hanya untuk pengelola bot.",
    "en": "Sorry, this command is only for the bot's operators.",
}


async def _allowed(update: Update, context: BotContext) -> bool:
    if await operator_command_in_group(update, context):
        return False
    user, chat = update.effective_user, update.effective_chat
    if (user and chat and chat.type == ChatType.PRIVATE
            and user.id in context.services.settings.operator_ids):
        return True
    await show(update, REFUSAL[await ui_lang(context, user)])
    return False


async def _language(update: Update, context: BotContext) -> str:
    """The operator's language, remembered for what the bot tells them unasked (a change that
    went live), unless they chose one with /bahasa."""
    user = update.effective_user
    lang = await ui_lang(context, user)
    live = context.services.content
    if user is not None and live is not None:
        live.languages[user.id] = lang
    return lang


async def _stats(store: Store, since: float) -> dict[tuple[str, str], int]:
    return await store.stats(since)


async def _votes(store: Store) -> dict[str, Tally]:
    return await store.votes()


async def reload_command(update: Update, context: BotContext) -> None:
    """/reload: look for new content now (a Git branch is fetched) and apply it if it is valid;
    say what changed, what is wrong, or that the content is already current. ``/reload force``
    applies a version that removes most of the content."""
    if not await _allowed(update, context):
        return
    user = update.effective_user
    lang = await _language(update, context)
    live = context.services.content
    force = [arg.lower() for arg in context.args or []] == ["force"]
    outcome = await refresh(context.application, force=force)
    if live is None:  # pragma: no cover - build_application always sets it
        return
    if outcome.kind == "applied" and outcome.result is not None:
        messages = reloaded_message(outcome.result, lang)
    elif outcome.kind == "refused" and outcome.result is not None:
        messages = refused_message(outcome.result, live, lang)
    elif outcome.kind == "unreachable":
        messages = [unreachable_message(outcome.error, live, lang)]
    else:
        messages = [current_message(live, lang)]
    for chunk in messages:
        await show(update, chunk)
    await tell(context.application, outcome, skip=user.id if user else None)


STATS = {
    "en": {"since start": "since start", "last 24 hours": "last 24 hours",
           "answered": "answered", "suggested": "suggested", "unanswered": "unanswered",
           "votes": "<b>votes</b> (answer: helpful/not helpful, why not)",
           "wrong_topic": "wrong topic", "out_of_date": "out of date", "unclear": "unclear"},
    "id": {"since start": "sejak bot dimulai", "last 24 hours": "24 jam terakhir",
           "answered": "terjawab", "suggested": "diberi pilihan", "unanswered": "tak terjawab",
           "votes": "<b>suara</b> (jawaban: membantu/tidak membantu, alasannya)",
           "wrong_topic": "salah topik", "out_of_date": "sudah usang", "unclear": "kurang jelas"},
}


async def stats_command(update: Update, context: BotContext) -> None:
    """/stats, in the operator's language: questions answered, suggested, unanswered, by
    language, since start and in 24 h; the answers voted unhelpful most; the content served
    (the commit, for a Git branch) and its last change."""
    if not await _allowed(update, context):
        return
    svc = context.services
    lang = await _language(update, context)
    words = STATS[lang]
    lines = []
    for label, since in (("since start", svc.started_at), ("last 24 hours", time.time() - DAY)):
        counts = await svc.kept("read answer counts", partial(_stats, since=since), None,
                                seconds=svc.tuning.store_read * 5)
        if counts is None:
            await show(update, UNAVAILABLE)
            return
        lines.append(f"<b>{words[label]}</b>")
        for outcome in ("answered", "suggested", "unanswered"):
            by_lang = [f"{code} {counts.get((outcome, code), 0)}" for code in ("id", "en")]
            total = sum(counts.get((outcome, code), 0) for code in ("id", "en"))
            lines.append(f"  {words[outcome]}: {total} ({', '.join(by_lang)})")
    votes: dict[str, Tally] = await svc.kept("read votes", _votes, {},
                                                 seconds=svc.tuning.store_read * 5)
    if votes:
        worst = sorted(votes.items(), key=lambda kv: kv[1].unhelpful - kv[1].helpful,
                       reverse=True)[:5]
        lines.append(words["votes"])
        for entry, tally in worst:
            why = ", ".join(f"{words.get(r, r)} {n}" for r, n in sorted(tally.reasons.items()))
            lines.append(f"  {html.escape(_title(svc.engine, entry, lang))}: "
                         f"{tally.helpful}/{tally.unhelpful}" + (f" ({why})" if why else ""))
    if svc.content is not None:
        lines += content_lines(svc.content, svc.engine, lang)
    await show(update, "\n".join(lines))


def _title(engine: Engine, entry: str, lang: str) -> str:
    """An answer as operators know it: its question, and its id to find it in the files."""
    title = engine.entry_reply(entry, lang).title if engine.knows(entry) else None
    return f"“{title}” ({entry})" if title else entry


async def review_command(update: Update, context: BotContext) -> None:
    """/review: the most frequent unanswered questions, each with ready-to-paste YAML. Reads
    at most the newest REVIEW_ROWS and groups them in a process of its own: a full log never
    freezes the bot, nor slows its answers to others."""
    if not await _allowed(update, context):
        return
    await _language(update, context)
    logged = await context.services.kept("read the question log",
                                          lambda store: store.questions(REVIEW_ROWS), None,
                                          seconds=REVIEW_SECONDS)
    if logged is None:
        await show(update, UNAVAILABLE)
        return
    names = Names.of(context.services.engine)
    text = await in_own_process(review_text, logged, 5, names)
    for chunk in split_html(f"<pre>{html.escape(text)}</pre>"
                            if len(text) < 3900 else html.escape(text)):
        await show(update, chunk)
    unhelpful = await context.services.kept(
        "read votes", lambda store: store.unhelpful(UNHELPFUL_ROWS), None, seconds=REVIEW_SECONDS)
    if unhelpful is not None:
        for chunk in split_html(html.escape(format_unhelpful(unhelpful, limit=5))):
            await show(update, chunk)
