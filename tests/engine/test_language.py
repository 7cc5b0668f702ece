"""The reply language follows the question, and the caller's preference breaks ties."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("kapan oki didirikan", "id"),
        ("when was the oic founded", "en"),
        ("brp anggota oki skrg", "id"),
        ("oki itu headquarter nya dimana", "id"),
        ("what is the headquarters of oki sih", "en"),
        ("siapa sekjen oic sekarang", "id"),
        ("who is the current sekjen", "en"),
        # an English ordinal is English: Indonesian writes "ke-3" (got Indonesian)
        ("3rd ICFM Jeddah 1972", "en"),
        ("KTT ke-3 1981", "id"),
        # ... and "sg" is English's short form (read as "sekretaris jenderal": Indonesian)
        ("11th sg", "en"),
        ("sg ke 5 siapa", "id"),
    ],
)
def test_language_of_the_question(engine: Engine, question: str, lang: str) -> None:
    assert engine.detect_language(question) == lang
    assert engine.ask(question).lang == lang


def test_unclear_text_uses_the_hint_then_the_default(engine: Engine) -> None:
    assert engine.detect_language("1969?", hint="en") == "en"
    assert engine.detect_language("1969?", hint="en-US") == "en"
    assert engine.detect_language("1969?", hint="fr") == "id"
    assert engine.detect_language("👍") == "id"


def test_forced_language_wins(engine: Engine) -> None:
    reply = engine.ask("kapan oki didirikan", lang="en")
    assert reply.lang == "en"
    assert reply.intent == "founding_date"
    assert "1969" in reply.answer


def test_an_abbreviation_of_several_words_weighs_as_the_one_word_typed(engine: Engine) -> None:
    """"rename" is "change its name": read as three English words, an Indonesian question
    borrowing it was answered in English."""
    assert engine.detect_language("Keputusan rename OIC itu lewat voting atau consensus?") == "id"
    assert engine.detect_language("who's the sekjen oki now") == "en"
