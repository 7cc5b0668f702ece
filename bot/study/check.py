"""``oic-bot quiz --check``: every item, written or generated, checked against the content.

For a generated item, each option is judged again from the rows and country data, by rules
written apart from the generator's: exactly one option may be true, and it must be the one
marked right; no wrong option may be one the row's (or country's) note names. Every item must
fit Telegram's limits, have distinct options and an explanation that names its source. A
learning path that ends with a quiz must have enough items about its steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.content.model import LANGS, KnowledgeBase, Row
from bot.content.problems import Problem
from bot.content.study import (
    EXPLANATION_LINE_BREAKS,
    EXPLANATION_MAX,
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_MAX,
    QUESTION_MAX,
    names_a_source,
)
from bot.study.generate import mentioned
from bot.study.items import WRITTEN, Item


def check(kb: KnowledgeBase, items: Iterable[Item]) -> list[Problem]:
    """Every problem with ``items`` (all of the bank) and the learning paths, as errors."""
    items = list(items)
    return check_items(kb, items) + check_paths(kb, items)


def check_items(kb: KnowledgeBase, items: Iterable[Item]) -> list[Problem]:
    """Every problem with ``items``, each at the line an operator would fix."""
    return [Problem(item.path, item.line, f"quiz item {item.id!r}: {message}")
            for item in items for message in problems_of(kb, item)]


def check_paths(kb: KnowledgeBase, items: Iterable[Item]) -> list[Problem]:
    """Learning paths whose closing quiz has fewer items about their steps than it asks."""
    problems = []
    about: dict[str, int] = {}
    for item in items:
        if item.about:
            about[item.about] = about.get(item.about, 0) + 1
    for path in kb.learning_paths.values():
        available = sum(about.get(step, 0) for step in path.steps)
        if available < path.quiz:
            problems.append(Problem(path.path, path.line, f"learning path {path.id!r} ends with "
                                    f"a quiz of {path.quiz}, but only {available} quiz items are "
                                    "about its steps; lower 'quiz' or write items with 'about:' "
                                    "one of its steps"))
    return problems


def problems_of(kb: KnowledgeBase, item: Item) -> list[str]:
    """What is wrong with one item (nothing, for a good one)."""
    found = []
    if not MIN_OPTIONS <= len(item.options) <= MAX_OPTIONS:
        found.append(f"has {len(item.options)} options; a quiz takes {MIN_OPTIONS} to "
                     f"{MAX_OPTIONS}")
    if not 0 <= item.correct < len(item.options):
        found.append("marks no existing option as right")
    if not item.sources:
        found.append("has no source")
    for lang in LANGS:
        if not 0 < len(item.question[lang]) <= QUESTION_MAX:
            found.append(f"the {lang} question is empty or over {QUESTION_MAX} characters")
        explanation = item.explanation[lang]
        if len(explanation) > EXPLANATION_MAX or explanation.count("\n") > \
                EXPLANATION_LINE_BREAKS:
            found.append(f"the {lang} explanation is over {EXPLANATION_MAX} characters or "
                         f"{EXPLANATION_LINE_BREAKS} line breaks")
        if not names_a_source(explanation, item.sources):
            found.append(f"the {lang} explanation does not name its source")
        texts = [t.casefold() for t in item.texts(lang)]
        if len(set(texts)) != len(texts):
            found.append(f"two {lang} options read the same")
        if any(not 0 < len(t) <= OPTION_MAX for t in texts):
            found.append(f"a {lang} option is empty or over {OPTION_MAX} characters")
    if item.kind != WRITTEN and not found:
        found += _truth_problems(kb, item)
    return found


def _truth_problems(kb: KnowledgeBase, item: Item) -> list[str]:
    judge = _judge(kb, item)
    if judge is None:
        return [f"is of kind {item.kind!r} about {item.subject!r}, which the content no longer "
                "has"]
    found = []
    true = [n for n, option in enumerate(item.options) if judge(option.key)]
    if item.correct not in true:
        found.append(f"its right option {item.options[item.correct].text['en']!r} is not what "
                     "the content says")
    for number in true:
        if number != item.correct:
            found.append(f"its wrong option {item.options[number].text['en']!r} is also true")
    notes = _notes(kb, item)
    for number, option in enumerate(item.options):
        if number != item.correct and any(mentioned(m, notes) for m in option.mentions if m):
            found.append(f"its wrong option {option.text['en']!r} is named in the note of "
                         f"{item.subject!r}, where other sources' versions are recorded")
    return found


def _rows(kb: KnowledgeBase) -> dict[str, Row]:
    return {r.id: r for t in kb.tables.values() for r in t.rows}


def _notes(kb: KnowledgeBase, item: Item) -> list[str]:
    row = _rows(kb).get(item.subject)
    if row is not None:
        return list(row.note.values()) if row.note else []
    country = kb.countries.get(item.subject)
    return list(country.note.values()) if country and country.note else []


def _judge(kb: KnowledgeBase, item: Item) -> Callable[[str], bool] | None:
    """Whether an option (by its key) is a true answer to ``item``'s question."""
    rows = _rows(kb)
    countries = kb.countries
    kind, subject = item.kind, item.subject

    def member(code: str) -> bool:
        country = countries.get(code)
        return country is not None and country.status == "member"

    if kind in ("member_year", "joined_in", "is_member", "not_member", "observer_state"):
        country = countries.get(subject)
        if country is None:
            return None
        if kind == "member_year":
            return lambda key: country.years_differ or key == str(country.since)
        if kind == "joined_in":
            return lambda key: member(key) and (
                countries[key].since == country.since or countries[key].years_differ)
        if kind == "is_member":
            return member
        if kind == "not_member":
            return lambda key: not member(key)
        observer_rows = {r.country for r in rows.values()
                         if r.table == "oic_observers" and r.kind == "state"}
        return lambda key: key in observer_rows or (
            key in countries and countries[key].status == "observer")
    row = rows.get(subject)
    if row is None:
        return None
    if kind in ("summit_city", "cfm_city", "body_seat"):
        return lambda key: _place_true(kb, row, key)
    if kind in ("summit_year", "observer_year", "sg_start"):
        first = row.start.year if row.start else None
        last = (row.end or row.start).year if row.start else None
        if kind == "sg_start":
            return lambda key: key == str(first)
        return lambda key: first is not None and last is not None and key.isdigit() \
            and first <= int(key) <= last
    if kind == "sg_holder":
        return lambda key: key in rows and rows[key].holder == row.holder
    if kind == "sg_country":
        return lambda key: key == row.country
    if kind == "sg_by_country":
        return lambda key: key in rows and rows[key].country == row.country
    if kind == "committee_chair":
        return lambda key: key in rows and rows[key].chair == row.chair
    if kind == "summit_chair_year":
        year = row.start.year if row.start else None
        return lambda key: any(r.country == key and r.start and r.start.year == year
                               for r in rows.values() if r.table == row.table)
    return None


def _place_true(kb: KnowledgeBase, row: Row, key: str) -> bool:
    """A place option names where ``row`` was: one of its cities, its country when the row
    gives only the country (or the option only a country), or a city in that country."""
    if key.startswith("country:"):
        return key.removeprefix("country:") == row.country
    cities = key.split("+")
    if set(cities) & set(row.cities):
        return True
    return not row.cities and any(
        c in kb.places and kb.places[c].country == row.country for c in cities)
