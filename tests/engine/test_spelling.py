"""Names typed one letter off are read as the names; real words never are."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.spelling import NameSpeller

NAMES = ["azerbaijan", "guyana", "brunei", "darussalam", "summit", "benin", "session", "ivoire",
         "sudan", "suriname"]
SPELLER = NameSpeller(NAMES, known=frozenset({"begin", "sudah"}))


@pytest.mark.parametrize(("typed", "read"), [
    ("Azerbaijn joined when?", "azerbaijan joined when?"),  # a letter left out
    ("guyanna member?", "guyana member?"),  # one too many
    ("brunai darusalam", "brunei darussalam"),  # one changed, one left out
    ("12th summt", "12th summit"),  # a short word missing a letter
])
def test_a_name_one_letter_off_is_read_as_the_name(typed: str, read: str) -> None:
    assert SPELLER.correct(typed).lower() == read


@pytest.mark.parametrize("text", [
    "begin",  # a real word one letter from "benin" is known, never a typo
    "bonin",  # a short word with a letter changed may be a real word the bot does not know
    "sessions",  # a form of a name is not a typo of it
    "sudah",  # known
    "Côte d'Ivoir",  # a word against an apostrophe is part of a name written with one
    "surinam",  # one letter from a name, yes; but also "suriname": unique, so read ...
])
def test_real_words_and_forms_of_names_are_left_alone(text: str) -> None:
    expected = "suriname" if text == "surinam" else text
    assert SPELLER.correct(text) == expected


@pytest.mark.parametrize(("typed", "name", "read"), [
    ("saharan", "sahara", "saharan"),  # a letter added that doubles none: another word
    ("presided", "presiden", "presided"),  # a consonant changed: another word
    ("azrebaijan", "azerbaijan", "azerbaijan"),  # two letters swapped
    ("sekretaris", "sekretaris", "sekretaris"),
    ("sekritaris", "sekretaris", "sekretaris"),  # a vowel for another
])
def test_only_a_slip_of_the_fingers_or_ear_is_read_as_the_name(
        typed: str, name: str, read: str) -> None:
    assert NameSpeller([name], known=frozenset()).correct(typed) == read


def test_a_word_one_edit_from_two_names_is_left_alone() -> None:
    speller = NameSpeller(["mauritania", "mauritanie"], known=frozenset())
    assert speller.correct("mauritanio") == "mauritanio"


@pytest.mark.parametrize(("question", "said"), [
    ("brunai darusalam msk oki thn brp ya", "Brunei Darussalam adalah negara anggota OKI"),
    ("guyanna member of oic? yr?", "Guyana is a member of the OIC, listed as joining in 1998"),
    ("12th summt oic which city n yr", "The 12th Islamic Summit was held in Cairo"),
    # ... and a row's own name (it got the list of all Secretaries-General)
    ("who was yousef al othameen", "The 11th Secretary-General of the OIC was Yousef"),
    ("hamid algbid mnjabat sekjn oki dr thn brp smpe brp", "Sekretaris Jenderal OKI ke-6"),
])
def test_a_misspelt_name_finds_its_answer(engine: Engine, question: str, said: str) -> None:
    """Each was not sure: the readers of countries and tables look names up exactly."""
    reply = engine.ask(question)
    assert reply.answer.startswith(said), reply.reason


def test_a_word_that_asks_one_slip_off_is_read_as_it() -> None:
    """"how meny members in the oic" was refused, "meny" explained by nothing: a word that asks
    is corrected from four letters, a vowel for another or a letter left out; a name that
    short is not, nor a known word ("mana")."""
    speller = NameSpeller(NAMES, known=frozenset({"mana"}), asking=["many", "where", "what"])
    assert speller.correct("how meny members") == "how many members"
    assert speller.correct("wher is it") == "where is it"
    assert speller.correct("mana") == "mana"
    assert speller.correct("sudn") == "sudn"  # (a name under five letters is not)


def test_a_chat_abbreviation_is_not_corrected(engine: Engine) -> None:
    """"whos the sec gen of oic rn" read "whos" as "whose", one letter off: the lexicon's
    abbreviations are words the bot reads ("whos" is "who is")."""
    assert engine.speller.correct("whos the sec gen") == "whos the sec gen"
    assert engine.ask("how meny members in the oic").intent == "member_count"
