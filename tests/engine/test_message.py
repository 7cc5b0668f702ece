"""The whole message is read: courtesies set aside, every question found, options dropped."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.message import Message


def read(engine: Engine, text: str) -> Message:
    return engine.reader.read(text)


@pytest.mark.parametrize(
    ("text", "courtesies", "question"),
    [
        ("halo bot, brp anggota oki?", ("greeting",), "berapa anggota oki"),
        ("pagi min, oki itu apa ya", ("greeting",), "oki itu apa"),
        ("kapan oki didirikan? makasih", ("thanks",), "kapan oki didirikan"),
        ("hey bot, good morning. is Turkey a member of the OIC?", ("greeting",),
         "is turkey a member of the oic"),
        ("permisi kak, mau tanya dong, markas oki dimana? makasih banyak", ("padding", "thanks"),
         "markas oki dimana"),
    ],
)
def test_courtesies_are_set_aside_and_the_question_kept(
        engine: Engine, text: str, courtesies: tuple[str, ...], question: str) -> None:
    message = read(engine, text)
    assert set(courtesies) <= set(message.courtesies)
    [asked] = message.questions
    assert asked.text == question


def test_a_message_of_courtesies_only_has_no_question(engine: Engine) -> None:
    for text in ("halo", "makasih ya kak", "Assalamualaikum", "ok makasih bgt ya", "permisi"):
        assert read(engine, text).questions == (), text


def test_context_comes_after_the_clause_that_asks(engine: Engine) -> None:
    message = read(engine, "Selamat siang kak, saya mahasiswa semester 3 dari UIN, lagi "
                           "bikin tugas PKn, boleh saya tahu kapan KTT OKI pertama diadakan? "
                           "Terima kasih")
    [asked] = message.questions
    assert asked.readings[0] == "kapan ktt oki pertama diadakan"
    assert "mahasiswa" in asked.readings[1]  # context is kept for a second reading


def test_what_the_asker_hopes_for_is_context_not_the_question(engine: Engine) -> None:
    message = read(engine, "bagaimana peran oki bisa diperkuat agar konflik di Yaman selesai?")
    [asked] = message.questions
    assert asked.readings[0] == "bagaimana peran oki bisa diperkuat"
    assert "yaman" in asked.readings[1]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("kapan oki berdiri dan di mana markasnya?", "kapan oki berdiri", "di mana markasnya"),
        ("who founded the OIC and how many members does it have", "who founded the oic",
         "how many members does it have"),
        ("apa tujuan oki? prinsip2nya apa aja?", "apa tujuan oki", "prinsipnya apa saja"),
        ("Apa itu OKI dan tujuannya?", "apa itu oki", "tujuannya"),  # "-nya": what it named
        ("what is the OIC and its aims", "what is the oic", "its aims"),
    ],
)
def test_two_questions_in_one_message_are_both_found(
        engine: Engine, text: str, first: str, second: str) -> None:
    questions = read(engine, text).questions
    assert [q.text for q in questions] == [first, second]


def test_statements_are_not_questions(engine: Engine) -> None:
    message = read(engine, "With reference to the OIC, consider the following statements: "
                           "1. It was founded in 1969 in Rabat. 2. Its headquarters is in "
                           "Jeddah. Which of the statements given above is/are correct?")
    [asked] = message.questions  # one question: the statements are what it is about
    assert "rabat" in asked.readings[-1] and "jeddah" in asked.readings[-1]


def test_multiple_choice_options_are_not_the_question(engine: Engine) -> None:
    message = read(engine, "Tujuan dibentuknya OKI adalah .... A. menjaga perdamaian dunia "
                           "B. membentuk pakta militer C. menyatukan mata uang D. melawan NATO")
    [asked] = message.questions
    assert asked.readings == ("tujuan dibentuknya oki adalah",)
    short = read(engine, "OIC counts ______ observer states.\n1. 4\n2. 5\n3. 6\n4. 7")
    assert short.questions[0].text == "oic counts observer states"
