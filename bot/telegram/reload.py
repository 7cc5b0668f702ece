"""Live content edits: watch OIC_CONTENT_DIR, validate a saved change in full, swap it in whole.

An invalid change leaves the running engine untouched; the problems are logged with file and
line and sent privately to every operator, once per broken version of the files.
"""

from __future__ import annotations

import asyncio
import html
import logging
from dataclasses import dataclass, field
from pathlib import Path

from telegram.ext import Application

from bot.content import ContentError, KnowledgeBase, Problem
from bot.content.checks import run_checks
from bot.engine import Engine
from bot.factory import build_engine
from bot.settings import EngineSettings
from bot.telegram.render import split_html
from bot.telegram.services import BotContext, Services

logger = logging.getLogger(__name__)
WATCH_SECONDS = 1.5

Fingerprint = tuple[tuple[str, int, int], ...]


def fingerprint(root: Path) -> Fingerprint:
    """Name, modification time and size of every content file: cheap to take every second."""
    found = []
    for folder in ("intents", "knowledge"):
        for path in sorted((root / folder).glob("*.y*ml")):
            try:
                stat = path.stat()
            except FileNotFoundError:  # removed between glob and stat
                continue
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What a reload did: the new engine (None if the content was refused) and why."""

    engine: Engine | None
    problems: list[Problem]
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self, lang: str = "en") -> str:
        if self.engine is None:
            return (f"Content NOT reloaded: {len(self.problems)} problem(s); the bot keeps "
                    "answering from the last good content.")
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed",
                 f"{len(self.removed)} removed"]
        detail = "; ".join(f"{label}: {', '.join(ids)}" for label, ids in
                           (("added", self.added), ("changed", self.changed),
                            ("removed", self.removed)) if ids)
        return f"Content reloaded: {', '.join(parts)} entries." + (f" ({detail})" if detail else "")


def build(root: Path, default_lang: str, current: Engine | None) -> ReloadResult:
    """Load and check the content folder; never raises for bad content. The ``current`` engine
    lends what an edit left alone (an answer edit re-indexes nothing)."""
    try:
        engine = build_engine(EngineSettings(content_dir=root, default_lang=default_lang),
                              previous=current)
    except ContentError as exc:
        return ReloadResult(None, exc.problems)
    kb = engine.kb
    problems = run_checks(engine)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        return ReloadResult(None, errors)
    if current is None:
        return ReloadResult(engine, problems, added=sorted(kb.entries))
    return ReloadResult(engine, problems, *_diff(current.kb, kb))


def _diff(old: KnowledgeBase, new: KnowledgeBase) -> tuple[list[str], list[str], list[str]]:
    def view(kb: KnowledgeBase, entry_id: str) -> tuple:
        entry = kb.entries[entry_id]
        examples = tuple(sorted((i.id, tuple(sorted(i.examples.items())))
                                for i in kb.intents.values() if i.answers == entry_id))
        return (dict(entry.title), dict(entry.answer), entry.sources, entry.as_of,
                entry.related, entry.topic, examples)

    added = sorted(set(new.entries) - set(old.entries))
    removed = sorted(set(old.entries) - set(new.entries))
    changed = sorted(e for e in set(old.entries) & set(new.entries)
                     if view(old, e) != view(new, e))
    return added, changed, removed


def problem_report(result: ReloadResult, limit: int = 30) -> str:
    """The operator's message: what is wrong, where, and that nothing changed for users."""
    lines = [f"⚠️ <b>{html.escape(result.summary())}</b>", ""]
    lines += [f"• {html.escape(str(p))}" for p in result.problems[:limit]]
    if len(result.problems) > limit:
        lines.append(f"… and {len(result.problems) - limit} more: run oic-bot validate")
    lines += ["", "Fix the file and save it again; the next valid save goes live."]
    return "\n".join(lines)


async def reload_now(application: Application) -> ReloadResult:
    """Validate the content and, if valid, swap it in (one reference: atomic for handlers)."""
    services: Services = application.bot_data.services
    settings = services.settings.engine
    result = await asyncio.to_thread(build, settings.content_dir, settings.default_lang,
                                     services.engine)
    if result.engine is not None:
        services.engine = result.engine
        logger.info(result.summary())
        for warning in result.problems:
            logger.warning("%s", warning)
    else:
        for problem in result.problems:
            logger.error("%s", problem)
    return result


async def notify_operators(application: Application, result: ReloadResult) -> None:
    services: Services = application.bot_data.services
    for chunk in split_html(problem_report(result)):
        for operator in services.settings.operator_ids:
            try:
                await application.bot.send_message(operator, chunk)
            except Exception:  # an operator who blocked the bot must not stop the others
                logger.exception("Could not notify operator %s", operator)


class ContentWatcher:
    """A job-queue callback: reload when the files changed and have stopped changing."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.live = fingerprint(root)
        self._pending: Fingerprint | None = None
        self._reported: Fingerprint | None = None

    async def __call__(self, context: BotContext) -> None:
        now = fingerprint(self.root)
        if now == self.live:
            self._pending = None
            return
        if now != self._pending:  # still being saved: wait one more tick
            self._pending = now
            return
        result = await reload_now(context.application)
        self.live = now
        self._pending = None
        if result.engine is None and now != self._reported:
            self._reported = now
            await notify_operators(context.application, result)


def start_watching(application: Application, root: Path) -> None:
    if application.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        logger.warning("No job queue: live reload of %s is off", root)
        return
    application.job_queue.run_repeating(ContentWatcher(root), interval=WATCH_SECONDS,
                                        first=WATCH_SECONDS, name="content-watcher")
