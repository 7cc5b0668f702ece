"""Study groups in Telegram: native quiz polls and rounds of them, the boards, /hapusdata and
/fakta; :func:`install` also wires the daily posts (study_daily.py) and the learning paths
(study_paths.py).

A quiz is a Telegram quiz poll (``sendPoll`` with ``type=quiz``), not anonymous so that
answers arrive as ``poll_answer`` updates and count on the board. The poll's id, the chat, the
item and its right option are kept in the store, not in memory: after a restart, or on
another webhook process, an answer still counts, and counts once. A round (``/kuis 5``) asks
its questions one after another: in a group the next comes when the poll closes (its
``open_period`` ends: Telegram sends the closed poll, and a timer covers a lost update); in a
private chat as soon as the learner answers. Moving a round on is a compare-and-set in the
store, so two processes or a timer and an update never ask the same question twice.
"""

from __future__ import annotations

import asyncio
import html
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputPollOption,
    Message,
    Poll,
    Update,
    User,
)
from telegram.constants import ChatType, PollLimit
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    JobQueue,
    PollAnswerHandler,
    PollHandler,
    filters,
)

from bot.store.study import ALL_TIME, PRIVATE, BoardLine, Round, SentPoll, StudyStore, study
from bot.study.args import parse_quiz
from bot.study.bank import QuizBank
from bot.study.clock import week_key
from bot.study.facts import fact, fact_ids
from bot.study.items import Item
from bot.telegram.callbacks import Open
from bot.telegram.sending import NO_PREVIEW, is_group, retrying, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.study_texts import STUDY

logger = logging.getLogger(__name__)
T = TypeVar("T")

GROUP_SECONDS = 30  # how long a question stays open in a group round
PRIVATE_SECONDS = 60  # ... in a private chat (it moves on as soon as the learner answers)
GRACE_SECONDS = 3.0  # after open_period, a timer moves the round on if no update did
UNKNOWN_POLL_WAITS = (0.2, 0.4, 0.8)  # an answer can outrun the poll's record by a moment
rng = random.Random()  # noqa: S311 - picks questions, keeps no secret


async def kept(context: BotContext, what: str, call: Callable[[StudyStore], Awaitable[T]],
               fallback: T, *, read: bool = False) -> T:
    """A call on the study tables, through Services.kept (never fails, never blocks long)."""
    return await context.services.kept(what, lambda store: call(study(store)), fallback,
                                       read=read)


async def done(work: Awaitable[None]) -> bool:
    """True once ``work`` is done (so Services.kept can tell success from its fallback)."""
    await work
    return True


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


# -- /kuis ----------------------------------------------------------------------------------


async def quiz_command(update: Update, context: BotContext) -> None:
    """/kuis [topic] [difficulty] [n]: one question, or a round of n, from the knowledge base."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return
    lang = await ui_lang(context, user)
    request = parse_quiz(context.args or [])
    if request.unknown:
        await show(update, STUDY[lang]["quiz_usage"])
        return
    items_bank = await bank(context)
    pool = items_bank.pool(request.topic, request.difficulty)
    if not pool:
        await show(update, STUDY[lang]["quiz_empty"])
        return
    private = is_private(update)
    place = learner_place(context, chat.id, user.id)
    now = context.services.clock()
    due: list[str] = []
    seen: set[str] = set()
    if private:
        boxes: dict[str, tuple[int, float]] = await kept(
            context, "read quiz boxes", lambda s: s.boxes(user.id), {}, read=True)
        due = [item for item, (_, when) in sorted(boxes.items(), key=lambda b: b[1])
               if when <= now]
        seen = set(boxes)
    recent: list[str] = []
    if place is not None:
        recent = await kept(context, "read recent quiz items",
                            lambda s: s.recent_items(place), [], read=True)
    items = items_bank.pick(request.count, pool, rng, due=due, seen=seen, recent=recent)
    await run_round(context, chat_id=chat.id, place=place, lang=lang, items=items,
                    private=private, update=update)


async def bank(context: BotContext) -> QuizBank:
    """The quiz items of the current content; made on a worker thread the first time after
    a (re)load, so the event loop keeps serving answers meanwhile."""
    engine = context.services.engine
    if QuizBank.built(engine):
        return QuizBank.of(engine)
    return await asyncio.to_thread(QuizBank.of, engine)


def learner_place(context: BotContext, chat_id: int, user_id: int) -> str | None:
    """Whose rounds: the group, or in private the learner (by hash); None without a store."""
    store = context.services.store
    try:
        return study(store).place(chat_id, user_id) if store is not None else None
    except RuntimeError:  # no privacy key
        return None


async def run_round(context: BotContext, *, chat_id: int, place: str | None, lang: str,
                    items: Sequence[Item], private: bool, update: Update | None = None) -> None:
    """Ask ``items`` in a chat, one after another; without the store, just the first."""
    if not items:
        return
    if place is None:  # the store is down: a question still goes out, it just is not kept
        await ask(context, chat_id=chat_id, item=items[0], lang=lang, place=str(chat_id),
                  private=private)
        return
    started = Round(place, uuid.uuid4().hex[:16], PRIVATE if private else chat_id, lang,
                    tuple(i.id for i in items), 0, at=context.services.clock())
    fresh = await kept(context, "start a quiz round", lambda s: s.start_round(started), None)
    if fresh is False:
        running = await kept(context, "read a quiz round", lambda s: s.round(place), None)
        if update is not None and running is not None:
            await show(update, STUDY[lang]["quiz_running"].format(
                n=running.position + 1, total=len(running.items)))
        return
    if fresh is None:
        await ask(context, chat_id=chat_id, item=items[0], lang=lang, place=place,
                  private=private)
        return
    await _ask_in_round(context, chat_id=chat_id, item=items[0], lang=lang, place=place,
                        private=private, round_id=started.round_id, position=0,
                        total=len(items))


async def _ask_in_round(context: BotContext, *, chat_id: int, item: Item, lang: str, place: str,
                        private: bool, round_id: str, position: int, total: int) -> None:
    """Ask a round's question; a question that cannot be sent (the bot may not post polls
    there, Telegram is down) ends the round, so the chat is not locked for a quarter hour."""
    try:
        await ask(context, chat_id=chat_id, item=item, lang=lang, place=place, private=private,
                  round_id=round_id, position=position, total=total)
    except Exception:
        await kept(context, "end a quiz round", lambda s: s.end_round(place, round_id), None)
        raise


async def ask(context: BotContext, *, chat_id: int, item: Item, lang: str, place: str,
              private: bool, round_id: str | None = None, position: int = 0, total: int = 1,
              stays_open: bool = False) -> Message | None:
    """Send ``item`` as a quiz poll and keep what its answers need. A poll is open for
    GROUP_SECONDS (PRIVATE_SECONDS in private), or, ``stays_open`` (the daily quiz), until
    Telegram's own limit."""
    open_period = None if stays_open else PRIVATE_SECONDS if private else GROUP_SECONDS
    question = item.question[lang]
    if total > 1:
        numbered = f"({position + 1}/{total}) {question}"
        question = numbered if len(numbered) <= PollLimit.MAX_QUESTION_LENGTH else question
    options = [InputPollOption(text, text_parse_mode=None) for text in item.texts(lang)]
    message = await retrying(lambda: context.bot.send_poll(
        chat_id, question, options, is_anonymous=False, type=Poll.QUIZ,
        correct_option_ids=[cast(Any, item.correct)], explanation=item.explanation[lang],
        explanation_parse_mode=None, question_parse_mode=None, open_period=open_period))
    if message is None:  # it may have arrived, unseen: a round then frees itself in time
        return None
    poll = message.poll
    if poll is None:
        return message
    now = context.services.clock()
    sent = SentPoll(poll.id, PRIVATE if private else chat_id, message.message_id, place, item.id,
                    item.correct, lang, round_id, position)
    await kept(context, "keep quiz polls", lambda s: s.remember_poll(sent, now), None)
    if round_id is not None:
        await kept(context, "keep quiz rounds", lambda s: s.set_round_poll(
            place, round_id, poll.id, message.message_id, now), None)
        jobs = cast("JobQueue[BotContext] | None", context.job_queue)
        if open_period and jobs is not None:
            jobs.run_once(
                overdue, open_period + GRACE_SECONDS, name=f"quiz:{round_id}:{position}",
                data=_Pending(place, round_id, position, chat_id, private))
    return message


@dataclass(frozen=True, slots=True)
class _Pending:
    """A round question whose poll should have closed by the time the timer fires."""

    place: str
    round_id: str
    position: int
    chat_id: int
    private: bool


async def overdue(context: BotContext) -> None:
    """The poll's open_period is over and no update moved the round on: move it now."""
    job = context.job
    if job is not None and isinstance(job.data, _Pending):
        pending = job.data
        await advance(context, pending.place, pending.round_id, pending.position,
                      pending.chat_id, pending.private)


async def advance(context: BotContext, place: str, round_id: str, position: int,
                  chat_id: int, private: bool) -> None:
    """Move a round past question ``position``: stop its poll, ask the next question or post
    the results. Only the first caller for a position does anything."""
    moved = await _move(context, place, round_id, position)
    if moved is None:
        return
    current = await kept(context, "read a quiz round", lambda s: s.round(place), None)
    if current is None or current.round_id != round_id:
        return
    if moved >= len(current.items):  # over: the chat is free for the next round at once
        await kept(context, "end a quiz round", lambda s: s.end_round(place, round_id), None)
    if current.message_id is not None:
        await _stop_poll(context, chat_id, current.message_id)
    by_id = (await bank(context)).by_id
    while moved < len(current.items):
        item = by_id.get(current.items[moved])
        if item is not None:
            await _ask_in_round(context, chat_id=chat_id, item=item, lang=current.lang,
                                place=place, private=private, round_id=round_id,
                                position=moved, total=len(current.items))
            return
        # the content changed under the round and the item is gone: skip it
        skipped = await _move(context, place, round_id, moved)
        if skipped is None:
            return
        moved = skipped
        if moved >= len(current.items):
            await kept(context, "end a quiz round", lambda s: s.end_round(place, round_id),
                       None)
    if len(current.items) > 1:
        results: list[BoardLine] = await kept(context, "read a round's results",
                             lambda s: s.round_results(round_id), [])
        await _post(context, chat_id, _results(current, results, private))


async def _move(context: BotContext, place: str, round_id: str, position: int) -> int | None:
    now = context.services.clock()
    return await kept(context, "move a quiz round on",
                      lambda s: s.advance_round(place, round_id, position, now), None)


async def _stop_poll(context: BotContext, chat_id: int, message_id: int) -> None:
    """Close a round's poll; one Telegram already closed (open_period over) is fine."""
    try:
        await retrying(lambda: context.bot.stop_poll(chat_id, message_id))
    except BadRequest as exc:
        logger.debug("stopPoll in %s: %s", chat_id, exc)


def _results(current: Round, lines: list[BoardLine], private: bool) -> str:
    texts = STUDY[current.lang]
    total = len(current.items)
    if private:
        correct = lines[0].correct if lines else 0
        return texts["round_private"].format(correct=correct, total=total)
    body = [texts["round_title"].format(total=total)]
    body += [texts["round_line"].format(rank=n, name=html.escape(line.name),
                                        correct=line.correct, answered=line.answered)
             for n, line in enumerate(lines[:10], 1)] or [texts["round_nobody"]]
    return "\n".join([*body, "", texts["round_footer"]])


async def _post(context: BotContext, chat_id: int, text: str,
                markup: InlineKeyboardMarkup | None = None) -> Message | None:
    return await retrying(lambda: context.bot.send_message(
        chat_id, text, reply_markup=markup, link_preview_options=NO_PREVIEW))


# -- answers and closed polls ---------------------------------------------------------------


async def on_poll_answer(update: Update, context: BotContext) -> None:
    """Someone answered a quiz poll: score it (once), and in private move the round on."""
    answer = update.poll_answer
    if answer is None or answer.user is None or not answer.option_ids:
        return  # an anonymous admin answering as the group is no one to score
    user: User = answer.user
    for wait in (*UNKNOWN_POLL_WAITS, None):
        sent = await kept(context, "read quiz polls", lambda s: s.poll(answer.poll_id), None)
        if sent is not None or wait is None:
            break
        await asyncio.sleep(wait)
    if sent is None:
        return  # not one of ours, or older than the store keeps
    counted = await kept(context, "count quiz answers", lambda s: s.count_answer(
        poll_id=answer.poll_id, user_id=user.id, name=user.first_name,
        option=answer.option_ids[0], at=context.services.clock()), None)
    if counted is not None and sent.chat_id == PRIVATE and sent.round_id is not None:
        await advance(context, sent.place, sent.round_id, sent.position, user.id, True)


async def on_poll(update: Update, context: BotContext) -> None:
    """A group round's poll closed (its open_period ended): the next question."""
    poll = update.poll
    if poll is None or not poll.is_closed:
        return
    sent = await kept(context, "read quiz polls", lambda s: s.poll(poll.id), None)
    if sent is not None and sent.round_id is not None and sent.chat_id != PRIVATE:
        await advance(context, sent.place, sent.round_id, sent.position, sent.chat_id, False)


# -- boards, forgetting, facts --------------------------------------------------------------


async def score_command(update: Update, context: BotContext) -> None:
    """/skor: a group's board, this week and all time, top ten, first names only."""
    chat = update.effective_chat
    if chat is None:
        return
    if is_private(update):
        await my_score_command(update, context)
        return
    lang = await ui_lang(context, update.effective_user)
    texts = STUDY[lang]
    week = week_key(context.services.clock())
    this_week = await kept(context, "read the quiz board", lambda s: s.board(chat.id, week),
                           None)
    all_time = await kept(context, "read the quiz board", lambda s: s.board(chat.id, ALL_TIME),
                          None)
    if this_week is None or all_time is None:
        await show(update, texts["store_down"])
        return
    boards = (this_week, all_time)
    if not any(boards):
        await show(update, texts["board_empty"])
        return
    body = [texts["board_title"]]
    for heading, board in zip((texts["board_week"], texts["board_all"]), boards, strict=True):
        body += ["", heading]
        body += [texts["board_line"].format(rank=n, name=html.escape(line.name),
                                            correct=line.correct, answered=line.answered)
                 for n, line in enumerate(board, 1)] or ["–"]
    await show(update, "\n".join(body))


async def my_score_command(update: Update, context: BotContext) -> None:
    """/skorku: a person's own scores, in a private chat."""
    user = update.effective_user
    if user is None:
        return
    lang = await ui_lang(context, user)
    texts = STUDY[lang]
    if not is_private(update):
        await show(update, texts["myscore_private"].format(bot=context.bot.username))
        return
    scores = await kept(context, "read quiz scores", lambda s: s.scores(user.id), None)
    boxes: dict[str, tuple[int, float]] = await kept(context, "read quiz boxes",
                                                     lambda s: s.boxes(user.id), {})
    if scores is None:
        await show(update, texts["store_down"])
        return
    if not scores:
        await show(update, texts["myscore_empty"])
        return
    now = context.services.clock()
    week = week_key(now)

    def total(rows: list[tuple[int, int]]) -> tuple[int, int]:
        return sum(c for c, _ in rows), sum(a for _, a in rows)

    this_week = total([(s.correct, s.answered) for s in scores if s.week == week])
    all_time = [s for s in scores if s.week == ALL_TIME]
    overall = total([(s.correct, s.answered) for s in all_time])
    own = total([(s.correct, s.answered) for s in all_time if s.chat_id == PRIVATE])
    await show(update, texts["myscore"].format(
        week_correct=this_week[0], week_answered=this_week[1], all_correct=overall[0],
        all_answered=overall[1], groups=len({s.chat_id for s in all_time
                                             if s.chat_id != PRIVATE}),
        own_correct=own[0], own_answered=own[1],
        due=len([item for item, (_, when) in boxes.items() if when <= now])))


async def forget_command(update: Update, context: BotContext) -> None:
    """/hapusdata: remove a person's scores, answers, boxes and progress everywhere."""
    user = update.effective_user
    if user is None:
        return
    lang = await ui_lang(context, user)
    removed = await kept(context, "forget a learner", lambda s: s.forget(user.id), None)
    await show(update, STUDY[lang]["store_down" if removed is None else "forgot"])


async def fact_command(update: Update, context: BotContext) -> None:
    """/fakta: one short fact with its source, and a button to read the whole answer."""
    chat = update.effective_chat
    if chat is None:
        return
    lang = await ui_lang(context, update.effective_user)
    engine = context.services.engine
    await send_fact(context, chat.id, rng.choice(fact_ids(engine)), lang, "fact_title",
                    quote=update.effective_message if is_group(update) else None)


async def send_fact(context: BotContext, chat_id: int, answer: str, lang: str, heading: str,
                    quote: Message | None = None) -> None:
    found = fact(context.services.engine, answer, lang)
    texts = STUDY[lang]
    lines = [texts[heading], f"<b>{html.escape(found.title)}</b>", html.escape(found.text)]
    if found.as_of:
        lines.append(f"<i>{html.escape(found.as_of)}</i>")
    links = ", ".join(f"<a href=\"{html.escape(s.url, quote=True)}\">{html.escape(s.title)}</a>"
                      for s in found.sources)
    if links:
        lines += ["", f"{texts['sources']}: {links}"]
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(
        texts["more"], callback_data=Open(answer, lang).data)]])
    if quote is not None:
        await retrying(lambda: quote.reply_html("\n".join(lines), reply_markup=markup,
                                                link_preview_options=NO_PREVIEW))
        return
    await _post(context, chat_id, "\n".join(lines), markup)


# -- wiring ---------------------------------------------------------------------------------


def install(application: Application) -> None:
    """Register the study handlers and the daily job. Call it before the catch-all handlers
    (an unknown command in private, an unknown button), which would otherwise take these."""
    from bot.telegram import study_daily, study_paths
    from bot.telegram.callbacks import Learn, PathQuiz

    new = filters.UpdateType.MESSAGE
    for names, callback in (
        (("kuis", "quiz"), quiz_command),
        (("skor", "score"), score_command),
        (("skorku", "myscore"), my_score_command),
        (("hapusdata", "forgetme"), forget_command),
        (("fakta", "fact"), fact_command),
        (("harian", "daily"), study_daily.daily_command),
        (("belajar", "learn"), study_paths.learn_command),
    ):
        application.add_handler(CommandHandler(names, callback, filters=new))
    application.add_handler(CallbackQueryHandler(study_paths.show_step, pattern=Learn.PATTERN))
    application.add_handler(CallbackQueryHandler(study_paths.path_quiz,
                                                 pattern=PathQuiz.PATTERN))
    application.add_handler(PollAnswerHandler(on_poll_answer))
    application.add_handler(PollHandler(on_poll))
    # In a group of its own: the introduction on joining (bot/telegram/groups.py) also hears
    # the bot's membership changes.
    application.add_handler(ChatMemberHandler(study_daily.membership_changed,
                                              ChatMemberHandler.MY_CHAT_MEMBER), group=1)
    study_daily.schedule(application)
