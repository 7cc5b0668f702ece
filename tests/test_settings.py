"""Settings: a missing or malformed value is one clear line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import BotSettings, SettingsError

TOKEN = {"TELEGRAM_BOT_TOKEN": "123456:ABC-DEF"}


def test_defaults_work_with_only_a_token(tmp_path: Path) -> None:
    settings = BotSettings.from_env({**TOKEN, "HOME": str(tmp_path)})
    assert settings.webhook_url is None and settings.port == 8443
    assert settings.operator_ids == frozenset()
    assert (settings.engine.content_dir / "intents").is_dir()
    assert settings.engine.default_lang == "id"


def test_operator_ids_are_parsed() -> None:
    settings = BotSettings.from_env({**TOKEN, "OIC_OPERATOR_IDS": "111, 222;333"})
    assert settings.operator_ids == {111, 222, 333}


@pytest.mark.parametrize(("env", "message"), [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "not a token"}, "does not look like a bot token"),
    ({**TOKEN, "OIC_OPERATOR_IDS": "12,abc"}, "OIC_OPERATOR_IDS has 'abc'"),
    ({**TOKEN, "WEBHOOK_URL": "https://bot.example.org"}, "WEBHOOK_SECRET is required"),
    ({**TOKEN, "WEBHOOK_URL": "http://bot.example.org", "WEBHOOK_SECRET": "s"}, "https://"),
    ({**TOKEN, "WEBHOOK_URL": "https://x.org", "WEBHOOK_SECRET": "has space"}, "may only use"),
    ({**TOKEN, "PORT": "eighty"}, "PORT='eighty'"),
    ({**TOKEN, "TELEGRAM_API_BASE_URL": "localhost:8081"}, "must start with http"),
    ({**TOKEN, "OIC_CONTENT_DIR": "/no/such/folder"}, "is not a folder"),
    ({**TOKEN, "DATABASE_URL": "mysql://u:pw@db/x"}, "must start with postgresql://"),
    ({**TOKEN, "DATABASE_URL": "postgresql://u:pw@db:five/x"}, "port that is not a number"),
    ({**TOKEN, "DATABASE_URL": "postgresql://u:pw@db/x?nosuchoption=1"}, "not a valid"),
    ({**TOKEN, "OIC_PRIVACY_KEY": "short"}, "OIC_PRIVACY_KEY is too short"),
])
def test_bad_settings_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(")):
        BotSettings.from_env(env)


def test_run_without_a_token_stops_with_one_line() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True,
                          env={"PATH": ""}, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("oic-bot: TELEGRAM_BOT_TOKEN is not set")


def test_a_database_url_error_never_shows_the_password() -> None:
    for url in ("postgresql://u:Hunter2Secret@db:five/x",
                "postgresql://u:Hunter2Secret@db/x?nosuchoption=1"):
        with pytest.raises(SettingsError) as caught:
            BotSettings.from_env({**TOKEN, "DATABASE_URL": url})
        assert "Hunter2Secret" not in str(caught.value)


def test_heroku_style_urls_are_accepted() -> None:
    url = "postgres://user:pw@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d8bk1?sslmode=require"
    assert BotSettings.from_env({**TOKEN, "DATABASE_URL": url}).store.database_url == url


def test_every_process_of_one_bot_derives_the_same_privacy_key() -> None:
    one, two = (BotSettings.from_env(TOKEN).store.privacy_key for _ in range(2))
    assert one == two and one is not None and TOKEN["TELEGRAM_BOT_TOKEN"].encode() not in one
    rotated = BotSettings.from_env({"TELEGRAM_BOT_TOKEN": "123456:NEW-TOKEN"}).store
    assert rotated.privacy_key != one  # a new token forgets, unless OIC_PRIVACY_KEY is set
    key = {"OIC_PRIVACY_KEY": "a-long-random-privacy-key"}
    assert (BotSettings.from_env({**TOKEN, **key}).store.privacy_key
            == BotSettings.from_env({"TELEGRAM_BOT_TOKEN": "123456:NEW-TOKEN", **key}
                                    ).store.privacy_key)


def test_the_state_dir_expands_home() -> None:
    settings = BotSettings.from_env({**TOKEN, "OIC_STATE_DIR": "~/s"})
    assert settings.store.state_dir == Path.home() / "s"
