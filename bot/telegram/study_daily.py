"""A fact and/or a quiz question every day in a group, at a time its admins choose.

The schedule lives in the store, so it survives restarts and is shared by every process. A
repeating job (PTB's job queue, every minute) asks the store for the posts that are due and
that no process has sent today; the store hands each out once. A group that removed or
blocked the bot is unscheduled (Telegram answers Forbidden, or the bot is told it left), not
retried every day for ever. "Now" is ``Services.clock``, so tests move time instead of waiting.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot.store.study import Schedule
from bot.study.args import parse_daily
from bot.study.clock import day_key, show_time
from bot.study.facts import pick_fact
from bot.telegram.sending import retrying, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.study import ask, bank, done, is_private, kept, rng, send_fact
from bot.telegram.study_texts import STUDY

logger = logging.getLogger(__name__)
TICK_SECONDS = 60
JOB_NAME = "study-daily"
ADMINS = (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)


def schedule(application: Application) -> None:
    """Check for due daily posts every minute."""
    if application.job_queue is None:
        logger.warning("No job queue (python-telegram-bot[job-queue]): daily posts are off")
        return
    application.job_queue.run_repeating(tick, interval=TICK_SECONDS, first=TICK_SECONDS,
                                        name=JOB_NAME)


async def tick(context: BotContext) -> None:
    """The daily job: post whatever is due now and was not posted today."""
    now = context.services.clock()
    due: list[Schedule] = await kept(context, "claim daily posts",
                                     lambda s: s.claim_daily(now), [])
    for posting in due:
        await post_daily(context, posting, now)


async def post_daily(context: BotContext, posting: Schedule, now: float) -> None:
    """One group's daily post; a group that is gone is unscheduled."""
    chat_id = posting.chat_id
    try:
        if posting.what in ("fact", "both"):
            answer = pick_fact(context.services.engine, chat_id, day_key(now))
            await send_fact(context, chat_id, answer, posting.lang, "daily_title")
        if posting.what in ("quiz", "both"):
            items = await bank(context)
            recent: list[str] = await kept(context, "read recent quiz items",
                                lambda s: s.recent_items(str(chat_id)), [], read=True)
            for item in items.pick(1, items.items, rng, recent=recent):
                await ask(context, chat_id=chat_id, item=item, lang=posting.lang,
                          place=str(chat_id), private=False, stays_open=True)
    except Forbidden as exc:
        await _unschedule(context, chat_id, str(exc))
    except BadRequest as exc:
        if "chat not found" in str(exc).lower():
            await _unschedule(context, chat_id, str(exc))
        else:
            logger.warning("Daily post to %s failed: %s", chat_id, exc)


async def _unschedule(context: BotContext, chat_id: int, why: str) -> None:
    logger.info("Daily posts to %s stopped: %s", chat_id, why)
    await kept(context, "stop daily posts", lambda s: s.stop_daily(chat_id), False)


async def membership_changed(update: Update, context: BotContext) -> None:
    """The bot was removed from (or blocked in) a chat: no more daily posts there."""
    change = update.my_chat_member
    if change is not None and change.new_chat_member.status in GONE:
        await _unschedule(context, change.chat.id, f"the bot's status is now "
                          f"{change.new_chat_member.status}")


async def daily_command(update: Update, context: BotContext) -> None:
    """/harian [HH:MM] [fakta|kuis|keduanya] | off: group admins set the daily post."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    lang = await ui_lang(context, user)
    texts = STUDY[lang]
    if is_private(update):
        await show(update, texts["daily_groups_only"])
        return
    request = parse_daily(context.args or [])
    if request.unknown:
        await show(update, texts["daily_usage"])
        return
    if request.action == "show":
        current = await kept(context, "read daily posts", lambda s: s.daily(chat.id), None)
        status = (texts["daily_status_on"].format(what=texts[f"what_{current.what}"],
                                                  time=show_time(current.minute))
                  if current else texts["daily_status_off"])
        await show(update, f"{status}\n\n{texts['daily_usage']}")
        return
    if not await is_admin(update, context):
        await show(update, texts["daily_admins_only"])
        return
    if request.action == "off":
        stopped = await kept(context, "stop daily posts", lambda s: s.stop_daily(chat.id), None)
        key = "store_down" if stopped is None else "daily_off" if stopped else "daily_was_off"
        await show(update, texts[key])
        return
    now = context.services.clock()
    saved = await kept(context, "set daily posts", lambda s: done(s.set_daily(
        chat.id, request.minute, request.what, lang, at=now)), False)
    if not saved:
        await show(update, texts["store_down"])
        return
    await show(update, texts["daily_on"].format(time=show_time(request.minute),
                                                what=texts[f"what_{request.what}"]))


async def is_admin(update: Update, context: BotContext) -> bool:
    """Whether the sender administers the group (asked of Telegram: getChatMember); an
    anonymous admin, writing as the group itself, is one."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or user is None:
        return False
    if message is not None and message.sender_chat is not None \
            and message.sender_chat.id == chat.id:
        return True
    try:
        member = await retrying(lambda: context.bot.get_chat_member(chat.id, user.id),
                                idempotent=True)  # a question: asking twice changes nothing
    except TelegramError as exc:  # cannot tell: refuse, as for a member
        logger.warning("getChatMember in %s failed: %s", chat.id, exc)
        return False
    return member is not None and member.status in ADMINS
