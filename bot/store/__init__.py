"""The bot's state (preferences, the question log, answer counts, votes) behind one async
interface, kept in SQLite under ``OIC_STATE_DIR`` or in PostgreSQL at ``DATABASE_URL``."""

from __future__ import annotations

from bot.settings import StoreSettings
from bot.store.base import (
    DAY,
    DEFAULT_LIMITS,
    REVIEW_ROWS,
    VOTE_REASONS,
    Limits,
    LoggedQuestion,
    Sent,
    Store,
    StoreError,
    Tally,
    Unhelpful,
)
from bot.store.privacy import Privacy

__all__ = ["DAY", "REVIEW_ROWS", "VOTE_REASONS", "Limits", "LoggedQuestion", "Sent", "Store",
           "StoreError", "Tally", "Unhelpful", "make_store", "open_store"]


def make_store(settings: StoreSettings, limits: Limits = DEFAULT_LIMITS,
               connection_wait: float | None = None) -> Store:
    """The backend the settings ask for, not yet opened: PostgreSQL when DATABASE_URL is set,
    otherwise SQLite in the state folder. ``connection_wait``: PostgreSQL's wait for a free
    connection, when not its own default."""
    privacy = Privacy(settings.privacy_key) if settings.privacy_key else None
    if settings.database_url:
        from bot.store.postgres import (  # the driver loads only when used
            WAIT_SECONDS,
            PostgresStore,
        )

        return PostgresStore(settings.database_url, privacy=privacy, limits=limits,
                             connection_wait=connection_wait or WAIT_SECONDS)
    from bot.store.sqlite import SqliteStore

    return SqliteStore(settings.state_dir, privacy=privacy, limits=limits)


async def open_store(settings: StoreSettings, limits: Limits = DEFAULT_LIMITS,
                     connection_wait: float | None = None) -> Store:
    """The configured store, opened (tables created or upgraded), or StoreError in one line."""
    store = make_store(settings, limits, connection_wait)
    await store.open()
    return store
