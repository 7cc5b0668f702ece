"""Checks that need the engine's view of the content (normalised examples, the matcher).

The loader already rejected anything structurally wrong; these look for content that loads
but would confuse the matcher or the learner.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from bot.content.problems import Problem

if TYPE_CHECKING:
    from bot.engine import Engine

MIN_EXAMPLES = 10  # per language per fact intent


def run_checks(engine: Engine) -> list[Problem]:
    """Every problem the engine can see, errors and warnings, in file order."""
    problems = duplicate_examples(engine) + thin_intents(engine) + unknown_countries(engine)
    return sorted(problems, key=lambda p: (str(p.path), p.line or 0))


def duplicate_examples(engine: Engine) -> list[Problem]:
    """One question (after normalisation) in two intents is an error; twice in one, a warning."""
    seen: dict[str, tuple[str, str]] = {}
    problems = []
    lines = _example_lines(engine)
    for intent_id, lang, raw, normalized in engine.normalized_examples:
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
    """Country codes must be real ISO 3166 codes, or no name will ever find them."""
    known = engine.countries.codes
    return [
        Problem(c.path, c.line, f"{c.code!r} is not an ISO 3166 country code; look it up at "
                "https://www.iso.org/obp/ui/#search (two capital letters, e.g. TR)")
        for c in engine.kb.countries.values()
        if c.code not in known
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


def _example_lines(engine: Engine) -> dict[tuple[str, str, str], tuple]:
    lines: dict[tuple[str, str, str], tuple] = defaultdict(lambda: (None, None))
    for intent in engine.kb.intents.values():
        for lang, examples in intent.examples.items():
            numbers = intent.example_lines.get(lang, ())
            for i, text in enumerate(examples):
                lines[(intent.id, lang, text)] = (intent.path, numbers[i] if i < len(numbers)
                                                  else intent.line)
    return lines
