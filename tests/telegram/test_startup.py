"""`oic-bot run` with state it cannot keep stops with one line that names the variable and
what to do: never a traceback, never a password."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.postgres import PASSWORD_USER, PostgresServer
from tests.telegram.fake_api import FakeBotApi

pytestmark = pytest.mark.e2e
SECRET = "s3cret-Passw0rd"


def run_bot(api: FakeBotApi, prefix: tuple[str, ...] = (), **env: str) -> tuple[int, str]:
    """Start the real command against the fake Telegram; its exit code and stderr."""
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "bot", "run"], cwd=REPO, capture_output=True,
        text=True, timeout=90, check=False,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
             "OIC_CACHE_DIR": os.environ.get("OIC_CACHE_DIR", ""),
             "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url, **env})
    return done.returncode, done.stderr


def assert_one_line(stderr: str, *expected: str) -> None:
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith("oic-bot: ")
    for part in expected:
        assert part in stderr


def test_a_corrupt_database_file(api: FakeBotApi, tmp_path: Path) -> None:
    (tmp_path / "oic-bot.sqlite3").write_bytes(b"not a database, just bytes " * 200)
    code, stderr = run_bot(api, OIC_STATE_DIR=str(tmp_path))
    assert code == 2
    assert_one_line(stderr, f"OIC_STATE_DIR={tmp_path}", "is not a usable SQLite database",
                    "move it aside")


def test_a_state_folder_that_cannot_be_created(api: FakeBotApi, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, stderr = run_bot(api, OIC_STATE_DIR=str(blocker / "state"))
    assert code == 2
    assert_one_line(stderr, "OIC_STATE_DIR=", "cannot create this folder",
                    "point OIC_STATE_DIR at a writable folder")


def read_only(folder: Path) -> tuple[str, ...]:
    """A command prefix under which ``folder`` is read-only (root ignores file modes, so
    root gets a private mount namespace with a read-only filesystem there)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return ()
    if not shutil.which("unshare"):
        pytest.skip("running as root without unshare: cannot make a folder read-only")
    script = 'mount -t tmpfs -o ro tmpfs "$0" && shift && exec "$@"'
    probe = subprocess.run(["unshare", "-m", "sh", "-c", script, str(folder), "true", "true"],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount a read-only folder here: {probe.stderr.decode().strip()}")
    return ("unshare", "-m", "sh", "-c", script, str(folder), "_")


def test_a_read_only_state_folder(api: FakeBotApi, tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    code, stderr = run_bot(api, read_only(folder), OIC_STATE_DIR=str(folder))
    folder.chmod(0o755)
    assert code == 2
    assert_one_line(stderr, f"OIC_STATE_DIR={folder} is read-only", "make it writable")


def test_a_database_from_a_newer_release(api: FakeBotApi, tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "oic-bot.sqlite3")
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at REAL)")
    db.execute("INSERT INTO schema_migrations VALUES (42, 0)")
    db.commit()
    db.close()
    code, stderr = run_bot(api, OIC_STATE_DIR=str(tmp_path))
    assert code == 2
    assert_one_line(stderr, "schema version 42, newer than this oic-bot knows",
                    "upgrade oic-bot")


def test_a_malformed_database_url(api: FakeBotApi) -> None:
    code, stderr = run_bot(api, DATABASE_URL=f"postgresql://oic:{SECRET}@db.example:port/x")
    assert code == 2
    assert_one_line(stderr, "DATABASE_URL=", "port that is not a number")
    assert SECRET not in stderr


def test_an_unreachable_database_server(api: FakeBotApi) -> None:
    code, stderr = run_bot(api, DATABASE_URL=f"postgres://oic:{SECRET}@127.0.0.1:9/oic")
    assert code == 2
    assert_one_line(stderr, "DATABASE_URL: cannot connect to PostgreSQL", "127.0.0.1:9",
                    "Connection refused")
    assert SECRET not in stderr


def test_a_wrong_database_password(api: FakeBotApi, postgres_server: PostgresServer) -> None:
    url = postgres_server.url("postgres", user=PASSWORD_USER, password=SECRET)
    code, stderr = run_bot(api, DATABASE_URL=url)
    assert code == 2
    assert_one_line(stderr, "DATABASE_URL: cannot connect", "password authentication failed")
    assert SECRET not in stderr
