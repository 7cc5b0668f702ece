"""Operator commands, in private chats and only for ids in OIC_OPERATOR_IDS."""

from __future__ import annotations

import html
import time
from functools import partial

from telegram import Update
from telegram.constants import ChatType

from bot.store import DAY, REVIEW_ROWS, Store
from bot.store.base import Tally
from bot.telegram.offload import in_own_process, review_text
from bot.telegram.reload import problem_report, reload_now
from bot.telegram.render import split_html
from bot.telegram.sending import show, ui_lang
from bot.telegram.services import READ_SECONDS, BotContext

UNAVAILABLE = "The state store is not answering just now; the bot's log says why."
REVIEW_SECONDS = 30.0
REFUSAL = {
    "id": "Maaf, perintah ini hanya untuk pengelola bot.",
    "en": "Sorry, this command is only for the bot's operators.",
}


async def _allowed(update: Update, context: BotContext) -> bool:
    user, chat = update.effective_user, update.effective_chat
    if (user and chat and chat.type == ChatType.PRIVATE
            and user.id in context.services.settings.operator_ids):
        return True
    await show(update, REFUSAL[await ui_lang(context, user)])
    return False


async def _stats(store: Store, since: float) -> dict[tuple[str, str], int]:
    return await store.stats(since)


async def _votes(store: Store) -> dict[str, Tally]:
    return await store.votes()


async def reload_command(update: Update, context: BotContext) -> None:
    """/reload: validate the content and swap it in now; say what changed."""
    if not await _allowed(update, context):
        return
    result = await reload_now(context.application)
    if result.engine is None:
        for chunk in split_html(problem_report(result)):
            await show(update, chunk)
        return
    await show(update, html.escape(result.summary()))


async def stats_command(update: Update, context: BotContext) -> None:
    """/stats: questions answered, suggested, unanswered, by language; since start and 24 h."""
    if not await _allowed(update, context):
        return
    svc = context.services
    lines = []
    for label, since in (("since start", svc.started_at), ("last 24 hours", time.time() - DAY)):
        counts = await svc.kept("read answer counts", partial(_stats, since=since), None,
                                READ_SECONDS * 5)
        if counts is None:
            await show(update, UNAVAILABLE)
            return
        lines.append(f"<b>{label}</b>")
        for outcome in ("answered", "suggested", "unanswered"):
            by_lang = [f"{lang} {counts.get((outcome, lang), 0)}" for lang in ("id", "en")]
            total = sum(counts.get((outcome, lang), 0) for lang in ("id", "en"))
            lines.append(f"  {outcome}: {total} ({', '.join(by_lang)})")
    votes: dict[str, Tally] = await svc.kept("read votes", _votes, {}, READ_SECONDS * 5)
    if votes:
        worst = sorted(votes.items(), key=lambda kv: kv[1].unhelpful - kv[1].helpful,
                       reverse=True)[:5]
        lines.append("<b>votes</b> (entry: helpful/not helpful, why not)")
        lines += [f"  {html.escape(entry)}: {t.helpful}/{t.unhelpful}"
                  + (f" ({', '.join(f'{r} {n}' for r, n in sorted(t.reasons.items()))})"
                     if t.reasons else "")
                  for entry, t in worst]
    await show(update, "\n".join(lines))


async def review_command(update: Update, context: BotContext) -> None:
    """/review: the most frequent unanswered questions, each with ready-to-paste YAML. Reads
    at most the newest REVIEW_ROWS and groups them in a process of its own: a full log never
    freezes the bot, nor slows its answers to others."""
    if not await _allowed(update, context):
        return
    logged = await context.services.kept("read the question log",
                                          lambda store: store.questions(REVIEW_ROWS), None,
                                          REVIEW_SECONDS)
    if logged is None:
        await show(update, UNAVAILABLE)
        return
    text = await in_own_process(review_text, logged, 5)
    for chunk in split_html(f"<pre>{html.escape(text)}</pre>"
                            if len(text) < 3900 else html.escape(text)):
        await show(update, chunk)
