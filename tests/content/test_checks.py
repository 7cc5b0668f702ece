"""Checks that need the engine: the same question in two intents is caught."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import checks
from bot.content.checks import run_checks
from bot.content.loader import load_content
from bot.engine import Engine
from tests.conftest import MINI_KNOWLEDGE, second_intent


def test_same_question_in_two_intents_is_an_error(write_content: Callable[..., Path]) -> None:
    root = write_content(**second_intent("languages", "bahasa resmi oki, Kantor   pusat OKI?",
                                         "oic languages"))
    problems = run_checks(Engine(load_content(root)))
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].line == 5
    assert "'Kantor   pusat OKI?'" in errors[0].message
    assert "'kantor pusat oki' of intent 'headquarters'" in errors[0].message


def test_shipped_content_has_no_errors(engine: Engine) -> None:
    assert [str(p) for p in run_checks(engine) if p.severity == "error"] == []


def test_stale_facts_get_a_warning(write_content: Callable[..., Path]) -> None:
    from datetime import date

    root = write_content(knowledge={"main.yaml": MINI_WITH_AS_OF})
    problems = run_checks(Engine(load_content(root)), max_age_days=30, today=date(2026, 12, 31))
    [stale] = [p for p in problems if "sources up to" in p.message]
    assert stale.severity == "warning" and stale.line == 5
    assert "2026-01-01" in stale.message


def test_a_recent_check_for_newer_sources_keeps_an_old_fact_quiet(
        write_content: Callable[..., Path]) -> None:
    from datetime import date

    checked = MINI_WITH_AS_OF.replace("as_of: 2026-01-01", "as_of: 2026-01-01\n    checked: "
                                      "2026-12-20")
    root = write_content(knowledge={"main.yaml": checked})
    problems = run_checks(Engine(load_content(root)), max_age_days=30, today=date(2026, 12, 31))
    assert not [p for p in problems if "sources up to" in p.message]


@pytest.mark.parametrize(("lang", "said", "item"), [
    ("en", "The OIC is based in Jeddah.", "It was chosen to lead a contact group."),
    ("id", "Markas OKI ada di Jeddah.", "Ia dipilih memimpin kelompok kontak."),
])
def test_a_list_item_opening_with_a_pronoun_gets_a_warning(
        write_content: Callable[..., Path], lang: str, said: str, item: str) -> None:
    """Lifted alone onto a phone, "It was chosen to lead ..." named no one."""
    listed = MINI_WITH_AS_OF.replace(said, f"|-\n        {said}\n        • {item}")
    root = write_content(knowledge={"main.yaml": listed})
    [warning] = [p for p in run_checks(Engine(load_content(root))) if "list item" in p.message]
    assert warning.severity == "warning" and warning.line == 5, warning
    assert f"the {lang} answer of entry 'headquarters'" in warning.message
    named = MINI_WITH_AS_OF.replace(said, f"|-\n        {said}\n        • Indonesia led it.")
    root = write_content(knowledge={"main.yaml": named})
    assert not [p for p in run_checks(Engine(load_content(root))) if "list item" in p.message]


def test_answers_too_long_for_telegram_are_errors(write_content: Callable[..., Path]) -> None:
    long_answer = "kata " * 1000
    root = write_content(knowledge={"main.yaml": MINI_WITH_AS_OF.replace(
        "Markas OKI ada di Jeddah.", long_answer.strip())})
    problems = run_checks(Engine(load_content(root)), lint=True)
    [error] = [p for p in problems if p.severity == "error"]
    assert "limit is 4096" in error.message and "'headquarters'" in error.message


def test_confusable_examples_of_two_intents_get_a_warning(
        write_content: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "CONFUSABLE", 0.6)  # a two-intent base scores lower than a full one
    root = write_content(**second_intent("office", "dimana markas besar oki", "oic office"))
    problems = run_checks(Engine(load_content(root)), lint=True)
    confusable = [p for p in problems if "confusable" in p.message]
    assert confusable and all(p.severity == "warning" for p in confusable)
    [warning] = confusable  # one warning per pair, not one per direction
    assert "'dimana markas oki' of intent 'headquarters'" in warning.message
    assert "'dimana markas besar oki' of intent 'office'" in warning.message


MINI_WITH_AS_OF = MINI_KNOWLEDGE + "    as_of: 2026-01-01\n"
