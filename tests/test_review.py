"""The review turns unanswered questions into groups and YAML an operator can paste."""

from __future__ import annotations

import textwrap

import yaml

from bot.review import draft_yaml, format_review, group_questions
from bot.store import LoggedQuestion


def logged(text: str, lang: str = "id", candidates: list | None = None) -> LoggedQuestion:
    return LoggedQuestion(text, lang, "unanswered", candidates or [], "private", 0.0)


def test_similar_questions_are_grouped_largest_first() -> None:
    groups = group_questions([
        logged("lagu kebangsaan oki apa"),
        logged("what is a quokka", "en"),
        logged("lagu kebangsaan oki apa ya"),
        logged("lagu kebangsaan oki apa"),
    ])
    assert [g.size for g in groups] == [3, 1]
    assert groups[0].head == "lagu kebangsaan oki apa"


def test_a_new_question_becomes_a_pasteable_intent_skeleton() -> None:
    [group] = group_questions([logged('"lagu kebangsaan" oki apa?'),
                               logged('"lagu kebangsaan" oki apa?')])
    draft = draft_yaml(group)
    parsed = yaml.safe_load("intents:\n" + draft.split("\n", 2)[2])
    [intent] = parsed["intents"]
    assert intent["id"] == intent["answers"] == "lagu_kebangsaan_oki_apa"
    assert intent["examples"]["id"] == ['"lagu kebangsaan" oki apa?']


def test_a_near_miss_becomes_examples_for_the_likely_intent() -> None:
    [group] = group_questions([logged("markas besar oki dmn sih", candidates=[
        ("headquarters", 0.41), ("new_headquarters", 0.3)])])
    draft = draft_yaml(group)
    assert "intent 'headquarters'" in draft
    body = textwrap.dedent("\n".join(draft.splitlines()[1:]))
    assert yaml.safe_load(body) == {"id": ["markas besar oki dmn sih"]}


def test_an_empty_log_says_so() -> None:
    assert format_review([]) == "No unanswered questions recorded yet.\n"
