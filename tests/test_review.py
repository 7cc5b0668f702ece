"""The review turns unanswered questions into groups and YAML an operator can paste."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.engine import Engine
from bot.review import Names, draft_yaml, format_review, group_questions
from bot.settings import StoreSettings
from bot.store import LoggedQuestion, open_store


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


def test_an_empty_log_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """A bot that never logged a question: the operator reads that, not an empty screen."""
    assert format_review([]) == "No unanswered questions recorded yet.\n"
    monkeypatch.delenv("DATABASE_URL", raising=False)
    # a store that has logged nothing
    asyncio.run(_log_questions(StoreSettings(tmp_path, None, b"k" * 32)))
    assert main(["review", "--state-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "No unanswered questions recorded yet." in out
    assert "intents:" not in out  # no YAML skeleton without a question


async def _log_questions(settings: StoreSettings, *texts: str) -> None:
    store = await open_store(settings)
    try:
        for n, text in enumerate(texts):
            await store.record(text=text, lang="id", outcome="unanswered", chat_type="private",
                               chat_id=n, candidates=[], reason="")
    finally:
        await store.close()


def test_review_reads_the_database_the_bot_uses(database_url: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_log_questions(StoreSettings(tmp_path, database_url, b"k" * 32),
                               "resep rendang padang", "resep rendang padang"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("OIC_STATE_DIR", str(tmp_path / "elsewhere"))
    assert main(["review"]) == 0
    assert '"resep rendang padang" — asked 2x' in capsys.readouterr().out


def test_review_expands_a_home_relative_state_dir(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    asyncio.run(_log_questions(StoreSettings(tmp_path / "state", None, b"k" * 32),
                               "what is a quokka"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("OIC_STATE_DIR", "~/state")
    assert main(["review"]) == 0
    assert '"what is a quokka" — asked 1x' in capsys.readouterr().out


def test_review_reads_only_the_newest_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("bot.store.REVIEW_ROWS", 2)
    asyncio.run(_log_questions(StoreSettings(tmp_path, None, b"k" * 32),
                               "oldest question", "middle question", "newest question"))
    assert main(["review", "--state-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 recorded questions") and "oldest" not in out


def judged(text: str, reason: str, candidates: list | None = None,
           lang: str = "id") -> LoggedQuestion:
    return LoggedQuestion(text, lang, "unanswered", candidates or [], "private", 0.0, reason)


def test_off_topic_and_other_organisations_are_kept_apart_by_name(engine: Engine) -> None:
    names = Names.of(engine)
    logged_questions = [
        judged("siapa sekjen org_opec", "other_org: names opec; no entry about it fits"),
        judged("berapa anggota org_un", "other_org: names un; no entry about it fits"),
        judged("resep rendang", "halo set aside; out_of_scope: off-topic example matched"),
        judged("markas besar oki dmn sih", "clarify: best headquarters scores 0.41, under 0.42",
               [("headquarters", 0.41)]),
    ]
    groups = group_questions(logged_questions, names)
    assert sorted((g.kind, g.head) for g in groups) == [
        ("off_topic", "resep rendang"), ("other_org", "berapa anggota PBB"),
        ("other_org", "siapa sekjen OPEC"), ("unanswered", "markas besar oki dmn sih")]
    review = format_review(groups, names=names)
    assert "org_" not in review
    not_answered, _, apart = review.partition("Off-topic")
    assert ('1. "markas besar oki dmn sih" — asked 1x, closest answer: “Di mana markas besar '
            'OKI?” (0.41)') in not_answered
    assert "intent 'headquarters'" in not_answered  # where to paste
    assert "rendang" not in not_answered and "OPEC" not in not_answered
    assert '"siapa sekjen OPEC" — asked 1x (OPEC)' in apart.partition("another organisation")[2]
