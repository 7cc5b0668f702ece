"""Operators informed, end to end against the fake Bot API: what a live edit changed, a
removal of most of the content refused until forced, /stats in the operator's language with
the content being served, and the watcher's one log line."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.content import KnowledgeBase
from bot.engine import Engine
from tests.conftest import WARM_QUESTION, WARM_READS, texts_read
from tests.telegram.conftest import Harness, start_bot, stop_bot
from tests.telegram.fake_api import Call, FakeBotApi
from tests.telegram.updates import AISYAH, private, update_message

pytestmark = pytest.mark.e2e
ADMIN = {"id": 777, "is_bot": False, "first_name": "Admin", "language_code": "en"}
RINA = {"id": 778, "is_bot": False, "first_name": "Rina", "language_code": "id"}


@pytest.fixture
async def live(api: FakeBotApi, content: Path, state_dir: Path, engine: Engine
               ) -> AsyncIterator[Harness]:
    # The copy is the shipped content until a test edits it: the shipped engine serves it.
    harness = await start_bot(api, engine, state_dir,
                              OIC_CONTENT_DIR=str(content),
                              OIC_OPERATOR_IDS=f"{ADMIN['id']},{RINA['id']}")
    try:
        yield harness
    finally:
        await stop_bot(harness)


async def ask(bot: Harness, user: dict, text: str) -> str:
    before = len(bot.api.sent(user["id"]))
    bot.push(update_message(text, private(user), user))
    replies = await bot.reply_in(user["id"], count=before + 1)
    return replies[-1].params["text"]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def empty(content: Path) -> None:
    for path in [*content.glob("intents/*.yaml"), *content.glob("knowledge/*.yaml")]:
        path.unlink()


def told(user: dict, words: str) -> Callable[[Call], bool]:
    return lambda c: (c.method == "sendMessage" and int(c.params["chat_id"]) == user["id"]
                      and words in c.params["text"])


async def test_a_live_edit_tells_every_operator_what_changed_in_their_language(
        live: Harness, content: Path) -> None:
    assert "since start" in await ask(live, ADMIN, "/stats")  # he reads English
    edit(content / "knowledge" / "summits.yaml", "        end: 1974-02-24\n",
         "        end: 1974-02-25\n")
    [admin] = await live.wait(told(ADMIN, "live"))
    assert admin.params["text"] == ("✅ <b>New content is live</b>: table rows: 1 changed "
                                     "(summit_2).")
    [rina] = await live.wait(told(RINA, "Konten baru"))  # no command from her yet: the default
    assert rina.params["text"] == ("✅ <b>Konten baru sudah berlaku</b>: baris tabel: 1 "
                                    "diubah (summit_2).")
    assert "22–25 February 1974" in await ask(live, ADMIN, "where was the 2nd summit held")


async def test_a_live_reload_logs_one_line(live: Harness, content: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.telegram.reload"):
        edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah (EDIT)")
        await live.wait(told(RINA, "Konten baru"))
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.telegram.reload"]
    assert lines == ["Content reloaded: entries: 1 changed (headquarters)"]


async def test_an_emptied_folder_is_refused_until_forced(live: Harness, content: Path,
                                                         shipped_kb: KnowledgeBase) -> None:
    entries, rows = len(shipped_kb.entries), sum(len(t.rows) for t in shipped_kb.tables.values())
    empty(content)
    [report] = await live.wait(told(RINA, "TIDAK dimuat"))
    assert (f"akan menghapus {entries + rows} dari {entries + rows} entri dan baris tabel"
            in report.params["text"])
    assert "/reload force" in report.params["text"]
    assert "1969" in await ask(live, AISYAH, "kapan oki didirikan")  # still answering

    again = await ask(live, ADMIN, "/reload")
    assert again.startswith(f"⚠️ <b>Content NOT reloaded</b>: it would remove {entries + rows} "
                            f"of the {entries + rows} entries and table rows (entries: {entries} "
                            "removed (")
    assert again.endswith("If this is deliberate, send /reload force.")
    assert len(live.api.sent(RINA["id"])) == 1  # Rina was told once

    forced = await ask(live, ADMIN, "/reload force")
    assert forced.startswith(f"Content reloaded: entries: {entries} removed (")
    assert f"table rows: {rows} removed" in forced
    await live.wait(told(RINA, "Konten baru"))  # the other operator hears that it went live
    assert "1969" not in await ask(live, AISYAH, "kapan oki didirikan")


async def test_stats_speak_the_operators_language_and_name_the_content(
        live: Harness, shipped_kb: KnowledgeBase) -> None:
    entries, rows = len(shipped_kb.entries), sum(len(t.rows) for t in shipped_kb.tables.values())
    english = await ask(live, ADMIN, "/stats")
    assert "<b>since start</b>" in english and "  answered: 0 (id 0, en 0)" in english
    assert f"<b>content</b>: the folder; {entries} entries, {rows} table rows" in english
    indonesian = await ask(live, RINA, "/stats")
    assert "<b>sejak bot dimulai</b>" in indonesian and "  terjawab: 0 (id 0, en 0)" in indonesian
    assert f"<b>konten</b>: folder; {entries} entri, {rows} baris tabel" in indonesian
    assert "since" not in indonesian and "answered" not in indonesian


async def test_after_a_live_edit_reload_and_stats_say_what_the_last_change_was(
        live: Harness, content: Path) -> None:
    edit(content / "knowledge" / "headquarters.yaml", "Jeddah", "Jeddah (EDIT)")
    await live.wait(told(RINA, "Konten baru"))
    reload = await ask(live, ADMIN, "/reload")  # the watcher was first: nothing new, not "0"
    assert reload.startswith("The content is already current. Last change 20")
    assert reload.endswith(" UTC: entries: 1 changed (headquarters).")
    stats = await ask(live, RINA, "/stats")
    assert "  perubahan terakhir " in stats and "UTC: entri: 1 diubah (headquarters)" in stats


def test_the_engine_a_load_makes_is_warmed() -> None:
    """At start-up and after each edit the bot reads every answer's words at once, not on the
    first learner's question that touches it."""
    from bot.content.source import Version
    from bot.settings import default_content_dir
    from bot.telegram.reload import build

    result = build(Version(key="shipped", root=default_content_dir()), "id", None)
    assert result.engine is not None
    assert texts_read(result.engine, WARM_QUESTION) <= WARM_READS
