"""A question about one detail of a long answer gets that detail first, where a phone shows it."""

from __future__ import annotations

from bot.engine import Engine
from bot.engine.focus import focus_line, refocused

LEAD = frozenset({"kashmir", "contact", "group"})
LINES = [frozenset({"meetings", "jeddah"}), frozenset({"india", "lost", "credibility"}),
         frozenset({"pakistan", "credibility"})]


def always(word: str) -> bool:
    return True


def test_the_later_line_saying_what_the_lead_does_not_is_chosen() -> None:
    salient = {"lost": 5.0, "credibility": 5.0, "kashmir": 2.0}
    assert focus_line(LEAD, LINES, salient, always) == 1


def test_no_line_is_chosen_when_the_lead_says_it_one_word_is_missing_or_lines_tie() -> None:
    assert focus_line(LEAD, LINES, {"kashmir": 2.0, "group": 1.0}, always) is None
    assert focus_line(LEAD, LINES, {"credibility": 5.0, "kashmir": 2.0}, always) is None
    tied = [frozenset({"lost", "credibility"}), frozenset({"lost", "credibility"})]
    assert focus_line(LEAD, tied, {"lost": 5.0, "credibility": 5.0}, always) is None


def test_words_many_answers_use_point_at_no_detail() -> None:
    salient = {"lost": 5.0, "credibility": 5.0}
    assert focus_line(LEAD, LINES, salient, lambda word: word != "lost") is None


def test_the_chosen_line_leads_and_nothing_is_dropped() -> None:
    answer = "Lead.\nMeetings:\n• In Jeddah.\n• India said so."
    assert refocused(answer, 2) == "India said so.\nLead.\nMeetings:\n• In Jeddah."
    # the first item under the lead already shows with it
    assert refocused("Lead:\n• One.\n• Two.", 0) == "Lead:\n• One.\n• Two."


def test_a_question_about_a_detail_deep_in_an_answer_gets_it_first(engine: Engine) -> None:
    entry = engine.kb.entries["kashmir"].answer["en"]
    reply = engine.ask('India says the OIC has "lost its credibility". What prompted that?')
    assert reply.entry == "kashmir"
    first = reply.answer.splitlines()[0]
    assert "lost its credibility" in first and "December 2022" in first
    assert sorted(reply.answer.splitlines()) == sorted(entry.splitlines())


def test_a_question_the_lead_answers_keeps_the_answer_as_written(engine: Engine) -> None:
    reply = engine.ask("what does the oic do about kashmir")
    assert reply.answer == engine.kb.entries["kashmir"].answer["en"]
    # "tuan rumah" (host) is in one item of the list, but many answers say it: the list stays
    reply = engine.ask("indonesia pernah jadi tuan rumah oki kapan aja")
    assert reply.answer == engine.kb.entries["indonesia_hosted"].answer["id"]
