"""Full dates in a question's tokens: the day a learner asks about."""

from __future__ import annotations

from datetime import date

from bot.engine.dates import days_in


def test_a_day_month_and_year_is_a_date_in_either_order_and_language() -> None:
    assert days_in(("what", "happened", "on", "28", "june", "2011")) == [
        (range(3, 6), frozenset({date(2011, 6, 28)}))]
    assert days_in(("june", "28", "2011"))[0][1] == frozenset({date(2011, 6, 28)})
    assert days_in(("pada", "17", "nov", "2021"))[0][1] == frozenset({date(2021, 11, 17)})
    assert days_in(("28", "juni", "2011"))[0][1] == frozenset({date(2011, 6, 28)})


def test_a_span_of_days_names_each_of_them() -> None:
    [(spent, days)] = days_in(("held", "on", "22", "25", "september", "1969", "in", "rabat"))
    assert spent == range(2, 6)
    assert days == frozenset(date(1969, 9, day) for day in range(22, 26))


def test_a_year_or_a_month_alone_or_a_day_that_does_not_exist_is_no_date() -> None:
    assert days_in(("what", "happened", "in", "2011")) == []
    assert days_in(("june", "2011")) == []
    assert days_in(("31", "june", "2011")) == []
    assert days_in(("ktt", "ke", "15", "2024")) == []


def test_a_date_in_numbers_is_read_day_first_or_year_first() -> None:
    """ "28/06/2011", "21.08.1969" and "2011-06-28" (their slashes, dots and dashes gone)
    were declined: no date was seen."""
    assert days_in(("on", "28", "06", "2011"))[0] == (range(1, 4),
                                                      frozenset({date(2011, 6, 28)}))
    assert days_in(("tanggal", "21", "08", "1969"))[0][1] == frozenset({date(1969, 8, 21)})
    assert days_in(("on", "2011", "06", "28"))[0][1] == frozenset({date(2011, 6, 28)})
    assert days_in(("25", "9", "1969"))[0][1] == frozenset({date(1969, 9, 25)})
    # ... but not a day that may be a month ("05/06/2018": May or June?), nor no such day
    assert days_in(("on", "05", "06", "2018")) == []
    assert days_in(("31", "06", "2011")) == []


def test_a_digit_that_is_no_number_is_no_date() -> None:
    """ "❶" is a digit to Python but no number to ``int``: it raised (found by the random-text
    test)."""
    assert days_in(("❶", "06", "2011")) == []
    assert days_in(("28", "❶", "2011")) == []
