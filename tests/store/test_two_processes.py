"""Two bot processes on one database (a webhook scaled to two) lose and double nothing."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from bot.settings import StoreSettings
from bot.store import Tally, make_store
from bot.store.base import DEFAULT_LIMITS
from bot.store.sqlite import FILENAME
from tests.conftest import REPO
from tests.store.conftest import Place
from tests.store.hammer import BATCH, SHARED_USER

COUNT = 150  # writes of each kind per process


def run_two_processes(env: dict[str, str]) -> None:
    """Start two writers, let both open the store, then set them off together."""
    workers = [subprocess.Popen([sys.executable, "-m", "tests.store.hammer", str(offset),
                                 str(COUNT)], cwd=REPO, env=env, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
               for offset in (1, 2)]
    try:
        for worker in workers:
            assert worker.stdout is not None
            assert worker.stdout.readline() == "ready\n", worker.communicate(timeout=30)[1]
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        outcomes = [worker.communicate(timeout=120) for worker in workers]
    finally:
        for worker in workers:  # a failed start must not leave a writer behind
            if worker.poll() is None:
                worker.kill()
                worker.communicate()
    for worker, (out, err) in zip(workers, outcomes, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "0", err  # no write failed


async def test_two_processes_writing_at_once_lose_and_double_nothing(place: Place) -> None:
    await asyncio.to_thread(run_two_processes, {
        **os.environ, "OIC_PRIVACY_KEY": "k" * 32,
        "OIC_STATE_DIR": str(place.settings.state_dir),
        "DATABASE_URL": place.settings.database_url or ""})

    store = await place.open(key=b"k" * 32)
    assert await store.stats() == {("unanswered", "id"): 2 * COUNT}
    assert len(await store.questions(limit=10 * COUNT)) == 2 * COUNT
    # every distinct voter counted once; the shared voter once per answer, however often
    assert await store.votes() == {"founding_date": Tally(2 * COUNT, -(-COUNT // BATCH))}
    assert await store.language(SHARED_USER) in ("id", "en")
    assert len(place.sql(f"SELECT * FROM {place.table('preferences')}")) == 1



async def test_a_store_opening_while_another_holds_the_write_lock_waits(tmp_path: Path) -> None:
    """SQLite answers the switch to WAL with "busy" at once, without its timeout, while another
    connection is writing (two replicas starting together); the store must wait, not give up."""
    (tmp_path / "state").mkdir()
    other = sqlite3.connect(tmp_path / "state" / FILENAME, isolation_level=None,
                            check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, other.execute, ("COMMIT",)).start()
    store = make_store(StoreSettings(tmp_path / "state", None, b"k" * 32), DEFAULT_LIMITS)
    try:
        await store.open()
        assert await store.language(1) is None
    finally:
        await store.close()
        other.close()
