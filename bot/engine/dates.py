"""Full dates in a text's tokens ("28 june 2011", "22 25 september 1969", "june 28 2011",
"28/06/2011", "2011-06-28").

A learner asks what happened on a day ("What happened on 28 June 2011?", "Peristiwa 25
September 1969"); the answers and the history's rows that name that day say what did.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.engine.texts import MONTHS

# month words, in both languages, whole or cut short ("nov", "sept", "agu")
MONTH_OF: dict[str, int] = {
    **{name.lower(): n for names in MONTHS.values() for n, name in enumerate(names, 1)},
    **{name.lower()[:3]: n for n, name in enumerate(MONTHS["en"], 1)},
    **{"sept": 9, "agu": 8, "agt": 8, "okt": 10, "des": 12, "mei": 5},
}
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _number(token: str, low: int, high: int) -> int | None:
    """``token`` as a number from ``low`` to ``high``, if it is one ("❶" is a digit to
    Python, but no number to ``int``)."""
    return int(token) if token.isascii() and token.isdigit() and low <= int(token) <= high \
        else None


def _day(token: str) -> int | None:
    return _number(token, 1, 31) if len(token) <= 2 else None


def _year(token: str) -> int | None:
    return _number(token, FIRST_YEAR, LAST_YEAR)


def _dated(year: int, month: int, days: range) -> frozenset[date]:
    found = set()
    for day in days:
        try:
            found.add(date(year, month, day))
        except ValueError:  # ("31 june"): no such day
            continue
    return frozenset(found)


def _month(token: str) -> int | None:
    return _number(token, 1, 12) if len(token) <= 2 else None


def _numeric(tokens: Sequence[str], at: int) -> tuple[range, frozenset[date]] | None:
    """ "28/06/2011", "21.08.1969" (day first, as Indonesia and most of the world write it)
    or "2011-06-28" (year first), read from the three numbers the slashes or dots leave. A
    day first that could be a month ("05/06/2018": May or June?) is not read: a wrong day
    would be a wrong answer."""
    three = tokens[at:at + 3]
    if len(three) < 3:
        return None
    if (year := _year(three[0])) is not None:
        month, day = _month(three[1]), _day(three[2])
    else:
        day, month, year = _day(three[0]), _month(three[1]), _year(three[2])
        if day is not None and month is not None and day <= 12 and day != month:
            return None
    if day is None or month is None or year is None:
        return None
    return range(at, at + 3), _dated(year, month, range(day, day + 1))


def days_in(tokens: Sequence[str]) -> list[tuple[range, frozenset[date]]]:
    """Each full date in ``tokens``: where it stands, and the days it names (a span of days,
    "22 25 september 1969", names each)."""
    found: list[tuple[range, frozenset[date]]] = []
    at = 0
    while at < len(tokens):
        first = _day(tokens[at])
        span = None
        if first is not None:
            # "28 june 2011", "22 25 september 1969"
            last = _day(tokens[at + 1]) if at + 1 < len(tokens) else None
            month_at = at + 2 if last is not None and last > first else at + 1
            month = MONTH_OF.get(tokens[month_at]) if month_at < len(tokens) else None
            year = _year(tokens[month_at + 1]) if month_at + 1 < len(tokens) else None
            if month and year:
                days = range(first, (last if month_at == at + 2 and last else first) + 1)
                span = (range(at, month_at + 2), _dated(year, month, days))
        elif tokens[at] in MONTH_OF and at + 2 < len(tokens):
            # "june 28 2011"
            day, year = _day(tokens[at + 1]), _year(tokens[at + 2])
            if day and year:
                span = (range(at, at + 3), _dated(year, MONTH_OF[tokens[at]], range(day, day + 1)))
        span = span or _numeric(tokens, at)
        if span is not None and span[1]:
            found.append(span)
            at = span[0].stop
        else:
            at += 1
    return found


def month_days(tokens: Sequence[str]) -> list[tuple[range, str]]:
    """Each day of a month named, with or without its year ("15 maret", "march 15"), where it
    stands and as "-03-15": a yearly day ("Hari anti-Islamofobia 15 Maret") is named so."""
    found: list[tuple[range, str]] = []
    for at, token in enumerate(tokens[:-1]):
        after = tokens[at + 1]
        day, month = (_day(token), MONTH_OF.get(after)) if after in MONTH_OF else (
            (_day(after), MONTH_OF[token]) if token in MONTH_OF else (None, None))
        if day is not None and month is not None and _dated(2000, month, range(day, day + 1)):
            found.append((range(at, at + 2), f"-{month:02d}-{day:02d}"))
    return found
