"""Content from a Git repository (OIC_CONTENT_GIT), end to end: the bot is started the way
`oic-bot run` starts it, against a bare repository the test creates and pushes to."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.content import ContentError, KnowledgeBase
from bot.engine import Engine
from bot.settings import SettingsError
from bot.telegram.app import build_application
from bot.telegram.reload import open_content
from bot.telegram.serve import start as serve
from tests.gitrepo import ContentRepo
from tests.telegram.conftest import TEST_TUNING, Harness, bot_settings, stop_bot
from tests.telegram.fake_api import Call, FakeBotApi
from tests.telegram.updates import AISYAH, private, update_message

pytestmark = pytest.mark.e2e
ADMIN = {"id": 777, "is_bot": False, "first_name": "Admin", "language_code": "en"}
POLL = 0.2  # seconds between fetches, as OIC_CONTENT_POLL
LIVE_WITHIN = 60.0  # seconds a pushed commit may take to go live here: a poll, then the check
BROKEN = ("    topic: headquarters\n", "     topic: headquarters\n")  # one space too many


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: Engine) -> ContentRepo:
    """A repository holding the shipped content, and a cache folder of the bot's own (where it
    clones) that already holds the engine and parsed files of the shipped content, as on a
    machine that has run the bot before: each test builds only what its commits change."""
    cache = tmp_path / "cache"
    cache.mkdir()
    for built in Path(os.environ["OIC_CACHE_DIR"]).glob("*.pickle"):
        # (another worker may replace a file meanwhile: the test then builds it itself)
        with contextlib.suppress(FileNotFoundError):
            shutil.copy2(built, cache)
    monkeypatch.setenv("OIC_CACHE_DIR", str(cache))
    return ContentRepo(tmp_path / "host")


async def start(api: FakeBotApi, state_dir: Path, repo: ContentRepo,
                poll: float = POLL) -> Harness:
    """As `oic-bot run` does: fetch the branch, build the engine, then run the bot."""
    settings = bot_settings(api, state_dir, OIC_CONTENT_GIT=str(repo.remote),
                            OIC_CONTENT_POLL=str(poll), OIC_OPERATOR_IDS=str(ADMIN["id"]))
    engine, content = await asyncio.to_thread(open_content, settings)
    # The first look comes after the shorter of the poll and the folder watch: with a long
    # poll ("no poll during this test") there is none.
    app = build_application(settings, engine, content=content,
                            tuning=replace(TEST_TUNING, watch=poll))
    serving = await serve(app, listen="127.0.0.1", port=0)
    return Harness(app, api, serving)


@pytest.fixture
async def bot(api: FakeBotApi, state_dir: Path, repo: ContentRepo) -> AsyncIterator[Harness]:
    harness = await start(api, state_dir, repo)
    try:
        yield harness
    finally:
        await stop_bot(harness)


async def ask(bot: Harness, user: dict, text: str) -> str:
    before = len(bot.api.sent(user["id"]))
    bot.push(update_message(text, private(user), user))
    replies = await bot.reply_in(user["id"], count=before + 1)
    return replies[-1].params["text"]


def told(words: str) -> Callable[[Call], bool]:
    return lambda c: (c.method == "sendMessage" and int(c.params["chat_id"]) == ADMIN["id"]
                      and words in c.params["text"])


async def test_a_new_commit_goes_live_within_a_poll_and_stats_name_it(
        bot: Harness, repo: ContentRepo, shipped_kb: KnowledgeBase) -> None:
    entries, rows = len(shipped_kb.entries), sum(len(t.rows) for t in shipped_kb.tables.values())
    assert "Jeddah" in await ask(bot, AISYAH, "dimana markas oki")
    stats = await ask(bot, ADMIN, "/stats")
    assert f"<b>content</b>: commit {repo.head[:7]} “The shipped content” of " in stats
    assert f", from Git {repo.remote} (main); {entries} entries, {rows} table rows" in stats

    repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab Saudi", "Jeddah [GIT], Arab Saudi")
    commit = repo.push("Say it from Git")
    # (live without a restart, not never: how soon is the machine's speed, which a timed bound
    # here tested too, failing on a loaded machine when the check and swap took over 5 s)
    [notice] = await bot.wait(told("New content is live"), seconds=LIVE_WITHIN)
    assert notice.params["text"] == (f"✅ <b>New content is live</b> (commit {commit[:7]} “Say "
                                     "it from Git”): entries: 1 changed (headquarters).")
    assert "Jeddah [GIT]" in await ask(bot, AISYAH, "dimana markas oki")
    assert f"commit {commit[:7]} “Say it from Git”" in await ask(bot, ADMIN, "/stats")


async def test_a_broken_commit_is_refused_and_the_operators_told_naming_it(
        bot: Harness, repo: ContentRepo) -> None:
    assert "since start" in await ask(bot, ADMIN, "/stats")  # the bot learns he reads English
    good = repo.head
    repo.edit("knowledge/headquarters.yaml", *BROKEN)
    broken = repo.push("Break the indentation")
    [report] = await bot.wait(told("NOT reloaded"))
    text = report.params["text"]
    assert text.startswith(f"⚠️ <b>Content NOT reloaded</b> (commit {broken[:7]} “Break the "
                           f"indentation”): 1 problem(s). The bot keeps answering from the last "
                           f"good content (commit {good[:7]} “The shipped content”).")
    assert "\n• knowledge/headquarters.yaml:5: error: this is not valid YAML" in text
    assert text.count("\n• ") == 1  # the root cause only
    assert text.endswith("Fix it with a new commit on the branch; the next valid commit goes "
                         "live.")
    assert "Jeddah" in await ask(bot, AISYAH, "dimana markas oki")
    assert (f"not served: commit {broken[:7]} “Break the indentation” (1 problem(s))"
            in await ask(bot, ADMIN, "/stats"))

    repo.edit("knowledge/headquarters.yaml", *reversed(BROKEN))
    repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab Saudi", "Jeddah [FIXED], Arab Saudi")
    fixed = repo.push("Fix it")
    await bot.wait(told(f"commit {fixed[:7]}"))
    assert len(bot.api.sent(ADMIN["id"], "sendMessage")) == 4  # 2 /stats, 1 report, 1 notice
    assert "[FIXED]" in await ask(bot, AISYAH, "dimana markas oki")


async def test_a_force_push_is_served(bot: Harness, repo: ContentRepo) -> None:
    await ask(bot, ADMIN, "/stats")
    base = repo.head
    repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab Saudi", "Jeddah [FIRST], Arab Saudi")
    first = repo.push("First try")
    await bot.wait(told(f"commit {first[:7]}"))
    repo.git("reset", "--quiet", "--hard", base)
    repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab Saudi", "Jeddah [SECOND], Arab Saudi")
    second = repo.push("Rewritten", force=True)
    [notice] = await bot.wait(told(f"commit {second[:7]}"))
    assert "entries: 1 changed (headquarters)" in notice.params["text"]
    answer = await ask(bot, AISYAH, "dimana markas oki")
    assert "[SECOND]" in answer and "[FIRST]" not in answer


async def test_reload_fetches_at_once(api: FakeBotApi, state_dir: Path,
                                      repo: ContentRepo) -> None:
    harness = await start(api, state_dir, repo, poll=3600)  # no poll during this test
    try:
        repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab Saudi", "Jeddah [NOW], Arab Saudi")
        commit = repo.push("Now")
        assert await ask(harness, ADMIN, "/reload") == (
            f"Content reloaded (commit {commit[:7]} “Now”): entries: 1 changed (headquarters).")
        assert "[NOW]" in await ask(harness, AISYAH, "dimana markas oki")
        again = await ask(harness, ADMIN, "/reload")
        assert again.startswith(f"The content is already current (commit {commit[:7]} “Now”). "
                                "Last change ")
        assert again.endswith(f"(commit {commit[:7]} “Now”): entries: 1 changed (headquarters).")
    finally:
        await stop_bot(harness)


async def test_a_broken_head_at_start_up_serves_the_last_good_commit(
        api: FakeBotApi, state_dir: Path, repo: ContentRepo) -> None:
    good = repo.head
    repo.edit("knowledge/headquarters.yaml", *BROKEN)
    broken = repo.push("Broken before the restart")
    harness = await start(api, state_dir, repo)
    try:
        assert "Jeddah" in await ask(harness, AISYAH, "dimana markas oki")
        [report] = await harness.wait(told("TIDAK dimuat"))  # before he wrote: the default
        assert f"(commit {broken[:7]} “Broken before the restart”)" in report.params["text"]
        assert f"konten terakhir yang benar (commit {good[:7]}" in report.params["text"]
        stats = await ask(harness, ADMIN, "/stats")
        assert f"<b>content</b>: commit {good[:7]}" in stats
        assert f"not served: commit {broken[:7]}" in stats
        repo.edit("knowledge/headquarters.yaml", *reversed(BROKEN))
        repo.edit("knowledge/headquarters.yaml", "Jeddah, Arab", "Jeddah [FIXED], Arab")
        fixed = repo.push("Fix it")
        await harness.wait(told(f"commit {fixed[:7]}"))  # polls went on: no second report
        assert [c.params["text"] for c in harness.api.sent(ADMIN["id"])
                if "NOT reloaded" in c.params["text"] or "TIDAK dimuat" in c.params["text"]
                ] == [report.params["text"]]
    finally:
        await stop_bot(harness)


def test_an_unreachable_repository_stops_start_up_in_one_line_without_its_token(
        api: FakeBotApi, state_dir: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv("OIC_CACHE_DIR", str(tmp_path / "cache"))
    secret = "glpat-S3cretT0ken"
    settings = bot_settings(api, state_dir,
                            OIC_CONTENT_GIT=f"https://oauth2:{secret}@127.0.0.1:9/o/content.git")
    with pytest.raises(SettingsError) as caught:
        open_content(settings)
    message = str(caught.value)
    assert message.startswith("OIC_CONTENT_GIT: git fetch failed for the Git repository "
                              "https://127.0.0.1:9/o/content.git (branch main): ")
    assert secret not in message and "\n" not in message


async def test_a_repository_out_of_reach_is_logged_once_and_said_on_reload(
        bot: Harness, repo: ContentRepo, caplog: pytest.LogCaptureFixture) -> None:
    serving = repo.head
    away = repo.remote.with_name("moved.git")
    with caplog.at_level(logging.INFO, logger="bot.telegram.reload"):
        repo.remote.rename(away)
        for _ in range(2):
            answer = await ask(bot, ADMIN, "/reload")
            assert answer.startswith("⚠️ The content could not be fetched: git fetch failed for "
                                     f"the Git repository {repo.remote} (branch main): fatal: ")
            assert answer.endswith(f"The bot keeps answering from the content it has (commit "
                                   f"{serving[:7]} “The shipped content”).")
        assert "Jeddah" in await ask(bot, AISYAH, "dimana markas oki")
        away.rename(repo.remote)
        assert (await ask(bot, ADMIN, "/reload")).startswith("The content is already current")
    said = [(r.levelname, r.getMessage()) for r in caplog.records
            if r.name == "bot.telegram.reload"]
    assert [level for level, _ in said] == ["WARNING", "INFO"]  # however many polls failed
    assert said[1][1] == (f"Content source: the Git repository {repo.remote} (branch main) "
                          "can be read again")


def test_a_branch_without_a_valid_commit_stops_start_up_with_its_problems(
        api: FakeBotApi, state_dir: Path, repo: ContentRepo) -> None:
    repo.edit("knowledge/headquarters.yaml", *BROKEN)
    repo.git("commit", "--quiet", "--all", "--amend", "-m", "Broken from the start")
    repo.git("push", "--quiet", "--force", "origin", "main")
    settings = bot_settings(api, state_dir, OIC_CONTENT_GIT=str(repo.remote))
    with pytest.raises(ContentError) as caught:
        open_content(settings)
    [problem] = caught.value.problems
    assert str(problem).endswith("knowledge/headquarters.yaml:5: error: this is not valid YAML: "
                                 "mapping values are not allowed in this context (a text "
                                 "containing ': ' must be put in quotes)")
