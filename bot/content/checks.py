"""Checks that need the engine's view of the content (normalised examples, the matcher).

The loader already rejected anything structurally wrong; these look for content that loads
but would confuse the matcher or the learner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.content.problems import Problem

if TYPE_CHECKING:
    from bot.engine import Engine, Reply

MIN_EXAMPLES = 10  # per language per fact intent
CONFUSABLE = 0.9  # two intents' examples this similar (production matcher score) get a warning
MAX_FACT_AGE_DAYS = 365  # an "as_of" older than this gets a warning
# The words a list item may not open with: shown alone, lifted for the question it answers,
# it names no one ("It was chosen to lead the OIC Contact Group ..." said nothing of Indonesia)
PRONOUNS = {"en": frozenset("it its they their them he his him she her".split()),
            "id": frozenset("ia dia mereka beliau".split())}


def run_checks(engine: Engine, max_age_days: int = MAX_FACT_AGE_DAYS,
               today: date | None = None, lint: bool = False) -> list[Problem]:
    """Problems the engine can see, errors and warnings, in file order.

    ``lint`` adds the slower checks meant for ``oic-bot validate`` (confusable examples and
    rendering every answer as a Telegram message); a live reload runs only the fast ones.
    """
    problems = duplicate_examples(engine) + thin_intents(engine) + unknown_countries(engine)
    problems += items_opening_with_a_pronoun(engine)
    problems += stale_facts(engine, max_age_days, today or date.today())
    if lint:
        problems += confusable_examples(engine) + unrenderable_answers(engine)
    return sorted(problems, key=lambda p: (str(p.path), p.line or 0))


def stale_facts(engine: Engine, max_age_days: int, today: date) -> list[Problem]:
    """Facts that change over time need a fresh look: warn when neither the newest source
    (``as_of``) nor the last check for a newer one (``checked``) is recent."""
    limit = today - timedelta(days=max_age_days)
    rows = [r for t in engine.kb.tables.values() for r in t.rows]
    return [
        Problem(e.path, e.line, f"{what} {e.id!r} has sources up to {e.as_of}, last looked at "
                f"{e.checked or 'never'}, more than {max_age_days} days ago: look for newer "
                "sources, revise the answer if needed, and set 'checked' to today "
                "('as_of' to the newest source's date)", "warning")
        for what, items in (("entry", list(engine.kb.entries.values())), ("row", rows))
        for e in items
        if e.as_of and max(e.as_of, e.checked or e.as_of) < limit
    ]


def items_opening_with_a_pronoun(engine: Engine) -> list[Problem]:
    """A list item may be the one line a phone shows of an answer, so it names its subject."""
    return [
        Problem(e.path, e.line, f"the {lang} answer of entry {e.id!r} has a list item opening "
                f"with {first[0]!r}: shown alone, it names no one; name who or what it is about",
                "warning")
        for e in engine.kb.entries.values()
        for lang, text in e.answer.items()
        for first in (line[2:].split(maxsplit=1)[:1] for line in text.splitlines()
                      if line.startswith("• "))
        if first and first[0].lower() in PRONOUNS.get(lang, frozenset())
    ]


def confusable_examples(engine: Engine) -> list[Problem]:
    """Examples of two intents that the production matcher can barely tell apart."""
    lines = _example_lines(engine)
    problems = []
    reported: set[frozenset[str]] = set()
    for intent_id, lang, raw, normalized in engine.normalized_examples():
        tokens = tuple(normalized.split())
        for candidate in engine.matcher.rank(tokens, limit=3):
            if candidate.intent == intent_id or candidate.score < CONFUSABLE:
                continue
            pair = frozenset((normalized, candidate.example))
            if pair in reported:
                continue
            reported.add(pair)
            path, line = lines[(intent_id, lang, raw)]
            problems.append(Problem(path, line, f"example {raw!r} of intent {intent_id!r} is "
                                    f"confusable with {candidate.example!r} of intent "
                                    f"{candidate.intent!r} (score {candidate.score:.2f}); make "
                                    "them more distinct or keep one", "warning"))
    return problems


def unrenderable_answers(engine: Engine) -> list[Problem]:
    """Every answer (entries and table rows), as the Telegram bot would send it, must fit and
    be valid HTML."""
    from bot.engine.tables import TableIndex
    from bot.telegram.html_check import html_problem, visible_length
    from bot.telegram.render import render  # only the linter needs Telegram's rules

    tables = TableIndex(engine.kb, engine.normalize, engine.countries, engine.regions)
    answers: list[tuple[str, str, Path, int, Callable[[str, str], Reply]]] = [
        ("entry", e.id, e.path, e.line, engine.entry_reply) for e in engine.kb.entries.values()]
    answers += [("region", f"region:{r.id}", r.path, r.line, engine.entry_reply)
                for r in engine.kb.regions.values() if engine.knows(f"region:{r.id}")]
    answers += [("row", r.id, r.path, r.line, tables.row_reply) for t in
                engine.kb.tables.values() for r in t.rows]
    problems = []
    for what, ident, path, line, reply_for in answers:
        for lang in ("id", "en"):
            text = "\n".join(render(reply_for(ident, lang), bot_username="bot").chunks)
            if visible_length(text) > 4096:
                problems.append(Problem(path, line, f"the {lang} answer of {what} {ident!r} is "
                                        f"{visible_length(text)} characters as a Telegram "
                                        "message; the limit is 4096: shorten it"))
            problem = html_problem(text)
            if problem:
                problems.append(Problem(path, line, f"the {lang} answer of {what} {ident!r} "
                                        f"would be refused by Telegram: {problem}"))
    return problems


def duplicate_examples(engine: Engine) -> list[Problem]:
    """One question (after normalisation) in two intents is an error; twice in one, a warning."""
    seen: dict[str, tuple[str, str]] = {}
    problems = []
    lines = _example_lines(engine)
    for intent_id, lang, raw, normalized in engine.normalized_examples():
        if not normalized:
            path, line = lines[(intent_id, lang, raw)]
            problems.append(Problem(path, line, f"example {raw!r} of intent {intent_id!r} has no "
                                    "words left after normalisation; write a real question"))
            continue
        if normalized in seen:
            other_intent, other_raw = seen[normalized]
            path, line = lines[(intent_id, lang, raw)]
            if other_intent != intent_id:
                problems.append(Problem(path, line, f"example {raw!r} of intent {intent_id!r} is "
                                        f"the same question as {other_raw!r} of intent "
                                        f"{other_intent!r}; keep it in one intent only"))
            else:
                problems.append(Problem(path, line, f"example {raw!r} appears twice in intent "
                                        f"{intent_id!r}; remove one", "warning"))
            continue
        seen[normalized] = (intent_id, raw)
    return problems


def unknown_countries(engine: Engine) -> list[Problem]:
    """Country codes must be real ISO 3166 codes, or no name will ever find them (in the
    country data, the places and the history tables alike)."""
    known = engine.countries.codes
    kb = engine.kb
    named: list[tuple[str, Path, int | None]] = [
        (c.code, c.path, c.line) for c in kb.countries.values()]
    named += [(p.country, p.path, p.line) for p in kb.places.values() if p.country]
    named += [(r.country, r.path, r.line) for t in kb.tables.values() for r in t.rows
              if r.country]
    named += [(c.code, c.path, c.line) for c in kb.country_names.values()]
    return [
        Problem(path, line, f"{code!r} is not an ISO 3166 country code; look it up at "
                "https://www.iso.org/obp/ui/#search (two capital letters, e.g. TR)")
        for code, path, line in dict.fromkeys(named)
        if code not in known
    ]


def thin_intents(engine: Engine) -> list[Problem]:
    """Fact intents with too few examples in a language match too little of what people ask."""
    problems = []
    for intent in engine.kb.intents.values():
        entry = engine.kb.entries.get(intent.answers)
        if entry is None or entry.kind != "fact":
            continue
        for lang, examples in intent.examples.items():
            if len(examples) < MIN_EXAMPLES:
                problems.append(Problem(intent.path, intent.line, f"intent {intent.id!r} has only "
                                        f"{len(examples)} {lang} examples; add at least "
                                        f"{MIN_EXAMPLES} varied ones", "warning"))
    return problems


def _example_lines(engine: Engine) -> dict[tuple[str, str, str], tuple[Path, int]]:
    """Where each example is written: its file and line (the intent's line if unknown)."""
    lines: dict[tuple[str, str, str], tuple[Path, int]] = {}
    for intent in engine.kb.intents.values():
        for lang, examples in intent.examples.items():
            numbers = intent.example_lines.get(lang, ())
            for i, text in enumerate(examples):
                lines[(intent.id, lang, text)] = (intent.path, numbers[i] if i < len(numbers)
                                                  else intent.line)
    return lines
