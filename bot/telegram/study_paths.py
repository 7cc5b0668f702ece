"""/belajar: learning paths, one answer at a time. "Lanjut ▶" edits the message in place and
shows the progress (3/10), which is kept per person; a path can close with a short quiz on the
answers it covered."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.content.model import LearningPath
from bot.engine import Engine, Reply
from bot.telegram.callbacks import CallbackError, Learn, PathQuiz
from bot.telegram.render import split_html
from bot.telegram.sending import NO_PREVIEW, retrying, show, ui_lang
from bot.telegram.services import BotContext
from bot.telegram.study import bank, is_private, kept, learner_place, rng, run_round
from bot.telegram.study_texts import STUDY

SOURCES_SHOWN = 2


async def learn_command(update: Update, context: BotContext) -> None:
    """The paths, each with how far this person got."""
    user = update.effective_user
    if user is None:
        return
    lang = await ui_lang(context, user)
    paths = context.services.engine.kb.learning_paths
    if not paths:
        await show(update, STUDY[lang]["paths_empty"])
        return
    progress: dict[str, int] = await kept(
        context, "read learning progress", lambda s: s.progress(user.id), {}, read=True)
    rows = []
    for path in paths.values():
        total = len(path.steps)
        done = min(progress.get(path.id, 0), total)
        resume = done + 1 if done < total else 1
        rows.append([InlineKeyboardButton(f"{path.title[lang]} ({done}/{total})",
                                          callback_data=Learn(path.id, resume, lang).data)])
    await show(update, STUDY[lang]["paths_title"], InlineKeyboardMarkup(rows))


async def show_step(update: Update, context: BotContext) -> None:
    """A step of a path, in place of the message the button was on."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    message = query.message if isinstance(query.message, Message) else None
    try:
        chosen = Learn.parse(query.data)
    except CallbackError:
        return
    if message is None:
        return
    engine = context.services.engine
    lang = chosen.lang
    path = engine.kb.learning_paths.get(chosen.path)
    if path is None:
        await _edit(message, STUDY[lang]["path_gone"], None)
        return
    step = min(chosen.step, len(path.steps))
    closing = 0
    if step == len(path.steps) and path.quiz:
        closing = min(path.quiz, len((await bank(context)).about(set(path.steps))))
    # Kept before it is shown: a /belajar sent right after must already count this step.
    user = query.from_user
    progress: dict[str, int] = await kept(
        context, "read learning progress", lambda s: s.progress(user.id), {}, read=True)
    if step > progress.get(path.id, 0):
        await kept(context, "keep learning progress", lambda s: s.set_progress(
            user.id, path.id, step, context.services.clock()), None)
    await _edit(message, step_html(engine, path, step, lang),
                _step_keyboard(path, step, lang, closing))


def step_html(engine: Engine, path: LearningPath, step: int, lang: str) -> str:
    """The heading with the progress, the answer, and its first sources."""
    reply: Reply = engine.entry_reply(path.steps[step - 1], lang)
    texts = STUDY[lang]
    lines = [f"📚 <b>{html.escape(path.title[lang])}</b> · {step}/{len(path.steps)}", ""]
    if reply.title:
        lines.append(f"<b>{html.escape(reply.title)}</b>")
    lines += [html.escape(line) for line in reply.answer.splitlines()]
    if reply.sources:
        lines += ["", f"<b>{texts['sources']}:</b>"]
        lines += [f"[{n}] <a href=\"{html.escape(s.url, quote=True)}\">{html.escape(s.title)}"
                  "</a>" for n, s in enumerate(reply.sources[:SOURCES_SHOWN], 1)]
    if step == len(path.steps):
        lines += ["", texts["path_done"]]
    return split_html("\n".join(lines))[0]


def _step_keyboard(path: LearningPath, step: int, lang: str, closing: int
                   ) -> InlineKeyboardMarkup:
    """ "Lanjut ▶", or at the end: the closing quiz (``closing`` questions) and "Ulangi"."""
    texts = STUDY[lang]
    if step < len(path.steps):
        return InlineKeyboardMarkup([[InlineKeyboardButton(
            texts["next"], callback_data=Learn(path.id, step + 1, lang).data)]])
    rows = []
    if closing:
        rows.append([InlineKeyboardButton(texts["path_quiz"].format(n=closing),
                                          callback_data=PathQuiz(path.id, lang).data)])
    rows.append([InlineKeyboardButton(texts["restart"],
                                      callback_data=Learn(path.id, 1, lang).data)])
    return InlineKeyboardMarkup(rows)


async def _edit(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await retrying(lambda: message.edit_text(text, parse_mode=ParseMode.HTML,
                                                 reply_markup=markup,
                                                 link_preview_options=NO_PREVIEW))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def path_quiz(update: Update, context: BotContext) -> None:
    """The short quiz closing a path: questions about the answers it covered."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None or query.data is None or chat is None:
        return
    await query.answer()
    try:
        chosen = PathQuiz.parse(query.data)
    except CallbackError:
        return
    engine = context.services.engine
    path = engine.kb.learning_paths.get(chosen.path)
    if path is None or not path.quiz:
        return
    found = await bank(context)
    items = found.pick(path.quiz, found.about(set(path.steps)), rng)
    await run_round(context, chat_id=chat.id,
                    place=learner_place(context, chat.id, query.from_user.id),
                    lang=chosen.lang, items=items, private=is_private(update), update=update)
