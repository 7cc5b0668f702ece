"""What one thing a question asks the meaning of."""

from __future__ import annotations

import pytest

from bot.engine.defining import defined


@pytest.mark.parametrize(
    ("tokens", "thing"),
    [
        ("what is the kaaba", ("kaaba",)),
        ("apa itu icj", ("icj",)),
        ("icj itu apa sih", ("icj",)),
        ("what does oki mean", ("oki",)),
        ("what s comcec", ("comcec",)),
        ("pengertian oki", ("oki",)),
        ("apa yang dimaksud dengan ktt luar biasa", ("ktt", "luar", "biasa")),
        ("idb itu bank apa", ("idb",)),  # the kind of thing asked
        ("where is the org_icj", ("org_icj",)),
        ("who is mahmoud abbas", ("mahmoud", "abbas")),
        ("siapa ali alatas", ("ali", "alatas")),
    ],
)
def test_the_thing_asked_of_is_read(tokens: str, thing: tuple[str, ...]) -> None:
    assert defined(tuple(tokens.split())) == thing


@pytest.mark.parametrize(
    "tokens",
    [
        "what does the oki do",  # what it does, not what it is
        "what is the capital of saudi arabia today",  # more than a term
        "when was the oki founded",
        "kaaba",  # a keyword asks nothing in particular
        "what was oki called before",  # a deed
        "comstech dan comiac itu apa",  # two things
        "siapa yang gugat myanmar",  # one who did something
    ],
)
def test_other_questions_ask_no_meaning(tokens: str) -> None:
    assert defined(tuple(tokens.split())) == ()


@pytest.mark.parametrize("tokens", ["where is the org_icj", "siapa ali alatas",
                                    "kashmir itu dimana", "where is kashmir located"])
def test_where_or_who_it_is_is_no_meaning_asked(tokens: str) -> None:
    assert defined(tuple(tokens.split())) and defined(tuple(tokens.split()), meaning=True) == ()
