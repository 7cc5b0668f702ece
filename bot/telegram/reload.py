"""Live content: validate a new version of the content in full, swap it in whole, tell the
operators what changed.

Where the content comes from (the folder operators edit, or a branch of a Git repository) is
bot/content/source.py; from there on both are handled alike. A version that is invalid, or
that would remove most of the content, leaves the running engine untouched: the problems are
logged and sent privately to every operator, once per version (``/reload force`` accepts a
deliberate large removal). A valid version is swapped in as one reference, so every answer
comes from one consistent snapshot, and the operators are told what it changed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from telegram.ext import Application

from bot.cache import cache_dir
from bot.content import ContentError, KnowledgeBase, Problem
from bot.content.checks import run_checks
from bot.content.source import (
    ContentSource,
    FolderSource,
    GitSource,
    SourceError,
    Version,
)
from bot.engine import Engine
from bot.factory import build_engine
from bot.settings import BotSettings, EngineSettings, SettingsError
from bot.telegram.services import BotContext, Services
from bot.telegram.tuning import DEFAULT_TUNING

logger = logging.getLogger(__name__)
FALLBACK_COMMITS = 20  # at start-up, how far back to look for a valid commit
MOST = 0.5  # a version removing more than this share of the entries and rows is refused


@dataclass(frozen=True, slots=True)
class Diff:
    """Ids added, changed and removed in one kind of item."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass(frozen=True, slots=True)
class Changes:
    """What a new version changed: entries (with their questions), table rows, countries,
    and whole sections (lexicon, topics, places, navigation)."""

    entries: Diff = Diff()
    rows: Diff = Diff()
    countries: Diff = Diff()
    other: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries or self.rows or self.countries or self.other)

    @property
    def removed(self) -> int:
        """Entries and rows removed: what the guard against an emptied folder counts."""
        return len(self.entries.removed) + len(self.rows.removed)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What building one version gave: the engine (None if the version was refused) and why."""

    engine: Engine | None
    problems: list[Problem]
    changes: Changes = Changes()
    version: Version | None = None
    removal: tuple[int, int] | None = None  # (removed, of) when refused for removing most

    def summary(self) -> str:
        """One line for the log."""
        label = f" ({self.version.label})" if self.version and self.version.label else ""
        if self.removal:
            removed, total = self.removal
            return (f"Content NOT reloaded{label}: it would remove {removed} of the {total} "
                    "entries and table rows; /reload force applies it")
        if self.engine is None:
            return (f"Content NOT reloaded{label}: {len(self.problems)} problem(s): "
                    + " | ".join(shown(p, self.version) for p in self.problems[:5]))
        warnings = (f"; {len(self.problems)} warning(s) (oic-bot validate lists them)"
                    if self.problems else "")
        return f"Content reloaded{label}: {describe_changes(self.changes)}{warnings}"


def shown(problem: Problem, version: Version | None) -> str:
    """A problem with its file named inside the content (knowledge/x.yaml), not where this
    machine keeps it."""
    if version is not None and problem.path.is_relative_to(version.root):
        problem = dataclasses.replace(problem, path=problem.path.relative_to(version.root))
    return str(problem)


def describe_changes(changes: Changes, words: Mapping[str, str] | None = None,
                     most: int = 8) -> str:
    """'entries: 1 changed (headquarters); table rows: 1 added (summit_16)', in ``words``."""
    w = dict(ENGLISH, **(words or {}))
    parts = []
    for kind, diff in (("entries", changes.entries), ("rows", changes.rows),
                       ("countries", changes.countries)):
        if not diff:
            continue
        counted = []
        for how, ids in (("added", diff.added), ("changed", diff.changed),
                         ("removed", diff.removed)):
            if ids:
                listed = ", ".join(ids[:most]) + (f" {w['more'].format(n=len(ids) - most)}"
                                                  if len(ids) > most else "")
                counted.append(f"{len(ids)} {w[how]} ({listed})")
        parts.append(f"{w[kind]}: {', '.join(counted)}")
    if changes.other:
        parts.append(f"{w['also']}: {', '.join(w[o] for o in changes.other)}")
    return "; ".join(parts) or w["nothing"]


ENGLISH = {"entries": "entries", "rows": "table rows", "countries": "countries",
           "added": "added", "changed": "changed", "removed": "removed", "more": "and {n} more",
           "also": "also changed", "lexicon": "the lexicon", "topics": "the topics",
           "places": "the places", "navigation": "the starter questions",
           "tables": "the tables' words and wordings",
           "nothing": "no entry, table row or country changed"}


def _plain(value: Any) -> Any:
    """``value`` without where it was written (file, line): what a reader of the answer sees."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                     if f.name not in ("path", "line", "example_lines"))
    if isinstance(value, Mapping):
        return tuple(sorted(((str(k), _plain(v)) for k, v in value.items()),
                            key=lambda kv: kv[0]))
    if isinstance(value, (tuple, list)):
        return tuple(_plain(v) for v in value)
    return value


def _compare(old: Mapping[str, Any], new: Mapping[str, Any],
             view: Callable[[Any], Any] = _plain) -> Diff:
    return Diff(added=tuple(sorted(set(new) - set(old))),
                changed=tuple(sorted(k for k in set(old) & set(new)
                                     if view(old[k]) != view(new[k]))),
                removed=tuple(sorted(set(old) - set(new))))


def diff(old: KnowledgeBase, new: KnowledgeBase) -> Changes:
    """What changed from ``old`` to ``new``; an entry changes with its intents' questions."""
    def with_questions(kb: KnowledgeBase) -> dict[str, Any]:
        return {entry_id: (entry, sorted((i.id, i.examples) for i in kb.intents.values()
                                         if i.answers == entry_id))
                for entry_id, entry in kb.entries.items()}

    def rows(kb: KnowledgeBase) -> dict[str, Any]:
        return {row.id: row for table in kb.tables.values() for row in table.rows}

    def tables(kb: KnowledgeBase) -> dict[str, Any]:  # their words and wordings, not rows
        return {t: dataclasses.replace(table, rows=()) for t, table in kb.tables.items()}

    other = tuple(name for name, before, after in (
        ("lexicon", old.lexicon, new.lexicon), ("topics", old.topics, new.topics),
        ("places", old.places, new.places), ("navigation", old.navigation, new.navigation),
        ("tables", tables(old), tables(new))) if _plain(before) != _plain(after))
    return Changes(entries=_compare(with_questions(old), with_questions(new)),
                   rows=_compare(rows(old), rows(new)),
                   countries=_compare(old.countries, new.countries), other=other)


def size(kb: KnowledgeBase) -> int:
    return len(kb.entries) + sum(len(t.rows) for t in kb.tables.values())


def build(version: Version, default_lang: str, current: Engine | None,
          force: bool = False) -> ReloadResult:
    """Load and check one version; never raises for bad content. The ``current`` engine lends
    what the change left alone (an answer edit re-indexes nothing). Unless ``force``, a
    version that removes most of the entries and rows is refused like a broken one."""
    try:
        engine = build_engine(EngineSettings(content_dir=version.root,
                                             default_lang=default_lang), previous=current)
    except ContentError as exc:
        return ReloadResult(None, exc.problems, version=version)
    problems = run_checks(engine)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        return ReloadResult(None, errors, version=version)
    engine.warm()
    if current is None:
        return ReloadResult(engine, problems, version=version)
    changes = diff(current.kb, engine.kb)
    before = size(current.kb)
    if not force and before and changes.removed > before * MOST:
        return ReloadResult(None, [], changes, version, removal=(changes.removed, before))
    return ReloadResult(engine, problems, changes, version)


@dataclass(frozen=True, slots=True)
class Change:
    """The last change that went live: what it changed, from which version, when."""

    changes: Changes
    version: Version
    at: float


@dataclass
class LiveContent:
    """The content the bot serves, where it comes from, and what happened to it lately."""

    source: ContentSource
    served: Version | None  # None: a Git source not fetched yet (the first poll brings it)
    interval: float = DEFAULT_TUNING.watch
    last: Change | None = None
    refused: ReloadResult | None = None  # the latest refused version, reported once
    report: ReloadResult | None = None  # a refusal found before the bot could tell anyone
    pending: str | None = None  # a folder version seen once: applied if it is still there
    failing: str | None = None  # why the source cannot be read (logged once), until it can
    languages: dict[int, str] = field(default_factory=dict)  # operator -> language last used
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def is_git(self) -> bool:
        return isinstance(self.source, GitSource)

    def describe(self) -> str:
        """Where the content comes from and which version is served, for the log."""
        label = self.served.label if self.served else "not fetched yet"
        return self.source.describe() + (f", {label}" if label else "")


def content_source(settings: BotSettings) -> ContentSource:
    git = settings.content_git
    if git is None:
        return FolderSource(settings.engine.content_dir)
    return GitSource(git.url, git.branch, cache_dir())


def watching(settings: BotSettings, engine: Engine, watch: float = DEFAULT_TUNING.watch
             ) -> LiveContent:
    """The live content around an engine built by the caller from the content folder (the
    tests, the benchmark); with OIC_CONTENT_GIT the first poll brings the branch."""
    source = content_source(settings)
    if settings.content_git is not None:
        return LiveContent(source, None, settings.content_git.poll_seconds)
    return LiveContent(source, source.latest(), watch)


def open_content(settings: BotSettings) -> tuple[Engine, LiveContent]:
    """At start-up: the newest valid version and its engine (blocking; a Git source is cloned
    into the cache first). If the newest commit is broken, the newest valid one before it is
    served and the operators are told once the bot runs; a broken folder, or no valid commit
    in the last FALLBACK_COMMITS, stops start-up with the problems (ContentError)."""
    source = content_source(settings)
    lang = settings.engine.default_lang
    try:
        newest = source.latest()
    except SourceError as exc:
        raise SettingsError(f"OIC_CONTENT_GIT: {exc}") from None
    result = build(newest, lang, None)
    live = LiveContent(source, newest, settings.content_git.poll_seconds
                       if settings.content_git else DEFAULT_TUNING.watch)
    engine = result.engine
    if engine is None:
        try:
            fallback = next((r for r in (build(v, lang, None)
                                         for v in source.older(newest, FALLBACK_COMMITS))
                             if r.engine is not None), None)
        except SourceError:  # no history to fall back on: the newest commit's problems
            fallback = None
        if fallback is None or fallback.engine is None or fallback.version is None:
            raise ContentError(result.problems)
        logger.error("%s", result.summary())
        engine, live.served = fallback.engine, fallback.version
        live.refused = live.report = result
    assert live.served is not None
    source.keep_only({live.served.key})
    return engine, live


Kind = Literal["current", "waiting", "applied", "refused", "unreachable"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one look at the source did."""

    kind: Kind
    result: ReloadResult | None = None
    error: str = ""
    new: bool = False  # a refusal not reported before


async def refresh(application: Application, *, force: bool = False,
                  settle: bool = False) -> Outcome:
    """Look at the source (a Git source fetches) and apply its latest version if it is new
    and valid. ``settle``: a folder's new version is applied only once it stops changing."""
    services: Services = application.bot_data.services
    live = services.content
    if live is None:  # pragma: no cover - build_application always sets it
        raise RuntimeError("the application was not built by build_application")
    async with live.lock:
        try:
            version = await asyncio.to_thread(live.source.latest)
        except SourceError as exc:
            if live.failing is None:
                logger.warning("Content source: %s; the bot keeps answering from %s, and logs "
                               "no more of this until the source can be read again", exc,
                               live.served.label if live.served and live.served.label
                               else "the content it has")
            live.failing = str(exc)
            return Outcome("unreachable", error=str(exc))
        if live.failing is not None:
            logger.info("Content source: %s can be read again", live.source.describe())
            live.failing = None
        if live.served is not None and version.key == live.served.key:
            live.pending = None
            return Outcome("current")
        refused = live.refused
        if (not force and refused is not None and refused.version is not None
                and refused.version.key == version.key):
            return Outcome("refused", refused)
        if settle and live.source.settles and version.key != live.pending:
            live.pending = version.key  # still being saved, perhaps: look again next time
            return Outcome("waiting")
        live.pending = None
        result = await asyncio.to_thread(build, version, services.engine.default_lang,
                                         services.engine if live.served else None, force)
        if result.engine is None:
            live.refused = result
            logger.error("%s", result.summary())
            return Outcome("refused", result, new=True)
        services.engine, live.served, live.refused = result.engine, version, None
        if result.changes:
            live.last = Change(result.changes, version, time.time())
        await asyncio.to_thread(live.source.keep_only, {version.key})
        logger.info("%s", result.summary())
        return Outcome("applied", result)


async def operator_language(application: Application, operator: int) -> str:
    """The language an operator reads: the one they chose, else the one of their last
    command, else the bot's default."""
    services: Services = application.bot_data.services
    chosen: str | None = await services.kept(
        "read language preferences", lambda store: store.language(operator), None, read=True)
    live = services.content
    return chosen or (live.languages.get(operator) if live else None) or (
        services.engine.default_lang)


async def notify_operators(application: Application, message: Callable[[str], list[str]],
                           skip: int | None = None) -> None:
    """Send every operator (but ``skip``) ``message`` in their language; one who blocked the
    bot must not stop the others."""
    services: Services = application.bot_data.services
    for operator in sorted(services.settings.operator_ids - {skip}):
        lang = await operator_language(application, operator)
        for chunk in message(lang):
            try:
                await application.bot.send_message(operator, chunk)
            except Exception as exc:  # logged in one line: the next operator still hears
                logger.warning("Could not tell operator %s about the content: %s",
                               operator, exc)
                break


async def tell(application: Application, outcome: Outcome, skip: int | None = None) -> None:
    """Tell the operators about a change that went live or a version newly refused."""
    from bot.telegram.operator_texts import applied_message, refused_message

    services: Services = application.bot_data.services
    live = services.content
    result = outcome.result
    if live is None or result is None:
        return
    if outcome.kind == "applied" and result.changes:
        await notify_operators(application, lambda lang: applied_message(result, lang), skip)
    elif outcome.kind == "refused" and outcome.new:
        await notify_operators(application, lambda lang: refused_message(result, live, lang),
                               skip)


class ContentWatcher:
    """A job: look at the source, apply a new valid version, tell the operators; then look
    again after the interval (never two looks at once, however slow a fetch)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval

    async def __call__(self, context: BotContext) -> None:
        application = context.application
        try:
            live = context.services.content
            if live is not None and live.report is not None:  # found at start-up
                report, live.report = live.report, None
                await tell(application, Outcome("refused", report, new=True))
            await tell(application, await refresh(application, settle=True))
        except Exception:  # the next look may work: keep watching
            logger.exception("Looking for new content failed")
        finally:
            if application.running:
                _schedule(application, self, self.interval)


def _schedule(application: Application, watcher: ContentWatcher, seconds: float) -> None:
    if application.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        logger.warning("No job queue: live reload of the content is off")
        return
    application.job_queue.run_once(watcher, seconds, name="content-watcher")


def start_watching(application: Application, live: LiveContent) -> None:
    """The first look comes soon (a refusal found at start-up is told then), then one every
    interval."""
    first = min(live.interval, application.bot_data.services.tuning.watch)
    _schedule(application, ContentWatcher(live.interval), first)
