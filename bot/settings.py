"""Settings from the environment, read once into frozen objects.

A missing or malformed value raises :class:`SettingsError` with one line that says which
variable is wrong and what it should look like; the command line prints it and exits.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

LANGS = ("id", "en")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line for a person."""


def default_content_dir() -> Path:
    """The content shipped with the code: the repository (or install) root."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here, Path(__file__).resolve().parent / "_content"):
        if (candidate / "intents").is_dir() and (candidate / "knowledge").is_dir():
            return candidate
    return here


def default_data_file(name: str) -> Path:
    """A labelled question set for ``oic-bot eval``: the repository's tests/data/ in a checkout,
    or the copy shipped inside the package when installed from a wheel."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "tests" / "data", here / "_content" / "evaldata"):
        if (folder / name).is_file():
            return folder / name
    return here.parent / "tests" / "data" / name


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """What the answer engine needs: where the content is and the fallback language."""

    content_dir: Path
    default_lang: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> EngineSettings:
        env = os.environ if env is None else env
        raw_dir = env.get("OIC_CONTENT_DIR", "").strip()
        content_dir = Path(raw_dir).expanduser() if raw_dir else default_content_dir()
        if not content_dir.is_dir():
            raise SettingsError(f"OIC_CONTENT_DIR={raw_dir!r} is not a folder; point it at the "
                                "folder that holds intents/ and knowledge/")
        lang = env.get("OIC_DEFAULT_LANG", "id").strip().lower() or "id"
        if lang not in LANGS:
            raise SettingsError(f"OIC_DEFAULT_LANG={lang!r} must be 'id' or 'en'")
        return cls(content_dir=content_dir, default_lang=lang)


_SECRET_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def default_state_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "oic-bot"


POSTGRES_SCHEMES = ("postgresql", "postgres")
MIN_PRIVACY_KEY = 16


def redact_url(url: str, text: str | None = None) -> str:
    """``text`` (default: the URL itself) with the URL's password replaced by ***."""
    text = url if text is None else text
    try:
        password = urlsplit(url).password
    except ValueError:
        return text
    if password:
        for secret in (password, unquote(password)):
            text = text.replace(secret, "***")
    return text


def check_database_url(url: str) -> str:
    """A PostgreSQL URL as libpq reads it, or SettingsError saying what is wrong (no
    password in the message)."""
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme not in POSTGRES_SCHEMES:
        shown = f"{scheme}://…" if scheme else "no scheme"
        raise SettingsError(f"DATABASE_URL must start with postgresql:// or postgres:// (got "
                            f"{shown}); it is the URL your host's PostgreSQL add-on gives")
    try:
        urlsplit(url).port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        raise SettingsError(f"DATABASE_URL={redact_url(url)!r} has a port that is not a number"
                            ) from None
    from psycopg import conninfo  # only a bot that uses PostgreSQL imports the driver

    try:
        conninfo.conninfo_to_dict(url)
    except Exception as exc:
        raise SettingsError(f"DATABASE_URL is not a valid PostgreSQL URL "
                            f"({redact_url(url, str(exc).strip())})") from None
    return url


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """Where the bot keeps its state, and the key that hides who is who in it."""

    state_dir: Path
    database_url: str | None
    privacy_key: bytes | None  # None only where no token is known (the review command)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, token: str | None = None
                 ) -> StoreSettings:
        from bot.store.privacy import derive_key

        env = os.environ if env is None else env
        raw_state = env.get("OIC_STATE_DIR", "").strip()
        state_dir = Path(raw_state).expanduser() if raw_state else default_state_dir(env)
        raw_url = env.get("DATABASE_URL", "").strip()
        url = check_database_url(raw_url) if raw_url else None
        raw_key = env.get("OIC_PRIVACY_KEY", "").strip()
        token = token or env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if raw_key and len(raw_key) < MIN_PRIVACY_KEY:
            raise SettingsError(f"OIC_PRIVACY_KEY is too short ({len(raw_key)} characters); use "
                                f"at least {MIN_PRIVACY_KEY} random ones, e.g. from `python3 "
                                "-c 'import secrets; print(secrets.token_hex(32))'`")
        key = raw_key.encode() if raw_key else derive_key(token) if token else None
        return cls(state_dir=state_dir, database_url=url, privacy_key=key)


@dataclass(frozen=True, slots=True)
class ContentGitSettings:
    """Content from a branch of a Git repository, fetched every ``poll_seconds``."""

    url: str  # may carry a token: never print it (bot.content.source.hide_credentials)
    branch: str
    poll_seconds: float

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ContentGitSettings | None:
        url = env.get("OIC_CONTENT_GIT", "").strip()
        if not url:
            return None
        if url.startswith("-") or any(c.isspace() for c in url):
            raise SettingsError("OIC_CONTENT_GIT must be a repository URL (https://host/owner/"
                                "repo.git, git@host:owner/repo.git or a path), with no spaces")
        if env.get("OIC_CONTENT_DIR", "").strip():
            raise SettingsError("OIC_CONTENT_DIR and OIC_CONTENT_GIT are both set; the bot "
                                "reads its content from one of them: unset the other")
        branch = env.get("OIC_CONTENT_BRANCH", "").strip() or "main"
        if (not _BRANCH.match(branch) or ".." in branch or "//" in branch
                or branch.endswith((".lock", "/", "."))):
            raise SettingsError(f"OIC_CONTENT_BRANCH={branch!r} is not a branch name; e.g. main")
        raw_poll = env.get("OIC_CONTENT_POLL", "").strip() or "60"
        try:
            poll = float(raw_poll)
        except ValueError:
            poll = 0.0
        if not 0 < poll <= 86400:
            raise SettingsError(f"OIC_CONTENT_POLL={raw_poll!r} must be a number of seconds "
                                "between fetches, e.g. 60")
        return cls(url=url, branch=branch, poll_seconds=poll)


_BRANCH = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._/-]*$")


@dataclass(frozen=True, slots=True)
class BotSettings:
    """What the Telegram bot needs on top of the engine's settings."""

    engine: EngineSettings
    token: str
    api_base_url: str | None
    store: StoreSettings
    operator_ids: frozenset[int]
    webhook_url: str | None
    webhook_secret: str | None
    port: int
    content_git: ContentGitSettings | None = None  # None: the content folder (engine.content_dir)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BotSettings:
        env = os.environ if env is None else env
        engine = EngineSettings.from_env(env)
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather "
                                "(or use `oic-bot chat` to try the bot without Telegram)")
        if ":" not in token or " " in token:
            raise SettingsError("TELEGRAM_BOT_TOKEN does not look like a bot token "
                                "(expected something like 123456:ABC-DEF...)")
        api = env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/") or None
        if api and not api.startswith(("http://", "https://")):
            raise SettingsError(f"TELEGRAM_API_BASE_URL={api!r} must start with http:// or "
                                "https://")
        store = StoreSettings.from_env(env, token)
        operators: set[int] = set()
        for part in env.get("OIC_OPERATOR_IDS", "").replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            if not part.lstrip("-").isdigit():
                raise SettingsError(f"OIC_OPERATOR_IDS has {part!r}; give numeric Telegram user "
                                    "ids separated by commas, e.g. 12345,67890")
            operators.add(int(part))
        webhook_url = env.get("WEBHOOK_URL", "").strip() or None
        secret = env.get("WEBHOOK_SECRET", "").strip() or None
        if webhook_url:
            if not webhook_url.startswith("https://"):
                raise SettingsError(f"WEBHOOK_URL={webhook_url!r} must be the public https:// "
                                    "address of this bot")
            if not secret:
                raise SettingsError("WEBHOOK_SECRET is required with WEBHOOK_URL: 1-256 "
                                    "characters of A-Z, a-z, 0-9, _ and -")
            if len(secret) > 256 or not set(secret) <= _SECRET_CHARS:
                raise SettingsError("WEBHOOK_SECRET may only use A-Z, a-z, 0-9, _ and - "
                                    "(at most 256 characters)")
        raw_port = env.get("PORT", "8443").strip()
        if not raw_port.isdigit() or not 0 < int(raw_port) < 65536:
            raise SettingsError(f"PORT={raw_port!r} must be a port number, e.g. 8443")
        return cls(engine=engine, token=token, api_base_url=api, store=store,
                   operator_ids=frozenset(operators), webhook_url=webhook_url,
                   webhook_secret=secret, port=int(raw_port),
                   content_git=ContentGitSettings.from_env(env))
