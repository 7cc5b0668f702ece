"""Checks that need the engine: the same question in two intents is caught."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.content import load_content
from bot.content.checks import run_checks
from bot.engine import Engine


def test_same_question_in_two_intents_is_an_error(write_content: Callable[..., Path]) -> None:
    root = write_content(
        knowledge={"more.yaml": """\
            entries:
              - id: languages
                topic: identity
                title: {id: Bahasa resmi OKI?, en: OIC languages?}
                answer: {id: "Arab, Inggris, Prancis.", en: "Arabic, English, French."}
                sources: [{title: t, url: "https://example.org"}]
            """},
        intents={"more.yaml": """\
            intents:
              - id: languages
                answers: languages
                examples:
                  id: [bahasa resmi oki, Kantor   pusat OKI?]
                  en: [oic languages]
            """},
    )
    problems = run_checks(Engine(load_content(root)))
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].line == 5
    assert "'Kantor   pusat OKI?'" in errors[0].message
    assert "'kantor pusat oki' of intent 'headquarters'" in errors[0].message


def test_shipped_content_has_no_errors(engine: Engine) -> None:
    assert [str(p) for p in run_checks(engine) if p.severity == "error"] == []
