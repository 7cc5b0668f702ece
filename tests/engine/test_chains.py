"""A country named by a row ("the host country of the 8th summit"), then asked about."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.chains import find_chain
from bot.engine.focus import sentences, split_lead

KINDS = frozenset({"ktt", "sekjen", "summit"})


def kind(word: str) -> bool:
    return word in KINDS


def test_the_words_naming_the_country_are_found_before_or_after_the_row() -> None:
    tokens = "negara tuan rumah ktt oki ke 15 bergabung tahun berapa".split()
    chain = find_chain(tokens, kind)
    assert chain is not None and chain.row_words == ("ktt", "oki", "ke", "15")
    assert chain.asked(tokens, "gambia") == "gambia bergabung tahun berapa"
    tokens = "sekjen oki ke 9 berasal dari negara yang pernah menjadi tuan rumah".split()
    chain = find_chain(tokens, kind)
    assert chain is not None and chain.row_words == ("sekjen", "oki", "ke", "9")
    assert chain.asked(tokens, "turki") == "turki pernah menjadi tuan rumah"
    tokens = "when did the host country of the 8th summit join".split()
    chain = find_chain(tokens, kind)
    assert chain is not None and chain.asked(tokens, "iran") == "when did iran join"


@pytest.mark.parametrize("question", [
    "siapa tuan rumah ktt ke 15",  # the host asked for: no country named by it
    "negara tuan rumah ktt",  # no row: no number
    "negara asal oki ke 15 apa",  # no table's word
])
def test_no_chain_without_a_country_named_by_a_numbered_row(question: str) -> None:
    assert find_chain(question.split(), kind) is None


@pytest.mark.parametrize(("question", "row", "entry", "said"), [
    ("Negara tuan rumah KTT OKI ke-15 bergabung dengan OKI tahun berapa?", "summit_15",
     "membership", "1974"),
    ("When did the host country of the 8th summit join the OIC?", "summit_8", "membership",
     "1969"),
    ("Sekjen OKI ke-9 berasal dari negara yang pernah menjadi tuan rumah KTT OKI biasa ke "
     "berapa?", "sg_9", "summit_13", "Istanbul"),
])
def test_the_country_a_row_names_is_asked_about(engine: Engine, question: str, row: str,
                                                entry: str, said: str) -> None:
    """Read as one question, the first step's row answered: the 15th summit's place and
    dates, not when Gambia joined. The answer says the first step too, with its source."""
    reply = engine.ask(question)
    assert reply.intent == entry, reply.reason
    lead = split_lead(reply.answer)[0]
    assert said in lead, reply.answer
    first_step = engine.tables.row_reply(row, reply.lang)
    assert lead.startswith(sentences(first_step.answer)[0]), lead
    assert set(first_step.sources) <= set(reply.sources)


@pytest.mark.parametrize(("question", "row"), [
    ("Negara tuan rumah KTT ke-15 adalah?", "summit_15"),
    ("Negara yang menjadi tuan rumah KTT Islam ke-9 pada November 2000 adalah ....", "summit_9"),
    ("What is the home country of the 9th Secretary-General?", "sg_9"),
])
def test_a_question_asking_only_the_first_step_gets_the_row(engine: Engine, question: str,
                                                            row: str) -> None:
    assert engine.ask(question).intent == row
