"""A yes/no question's place or year is a claim to check, not the topic asked about."""

from __future__ import annotations

from bot.engine.claims import claims, contradicted

CAIRO = [(5, 6, {"cairo"})]


def test_a_place_put_as_where_in_a_yes_no_question_is_a_claim_asking_where() -> None:
    found = claims(("was", "the", "oki", "founded", "in", "cairo"), CAIRO)
    assert found is not None
    assert dict(found.found) == {"cairo": "cairo"}
    assert found.asked == ("was", "the", "oki", "founded", "in", "where")


def test_a_year_put_as_when_is_a_claim_asking_when_in_the_question_s_language() -> None:
    found = claims(("apakah", "oki", "didirikan", "tahun", "1975"), [])
    assert found is not None
    assert dict(found.found) == {"1975": "1975"}
    assert found.asked == ("apakah", "oki", "didirikan", "tahun", "kapan")


def test_only_a_yes_no_question_claims_and_only_with_in_or_at() -> None:
    assert claims(("when", "was", "the", "oki", "founded", "in", "1969"), []) is None
    assert claims(("did", "the", "oki", "say", "anything", "about", "cairo"),
                  [(6, 7, {"cairo"})]) is None
    assert claims(("is", "the", "oki", "in", "cairo"), [(4, 5, {"cairo", "kairouan"})]) is None


def test_an_answer_contradicts_a_claim_only_by_stating_another_of_its_kind() -> None:
    assert contradicted("cairo", frozenset({"1969"}), frozenset({"rabat"}))
    assert not contradicted("rabat", frozenset(), frozenset({"rabat", "jeddah"}))
    assert not contradicted("cairo", frozenset({"1969"}), frozenset())  # names no place
    assert contradicted("1975", frozenset({"1969", "1972"}), frozenset())
    assert not contradicted("1972", frozenset({"1969", "1972"}), frozenset())
