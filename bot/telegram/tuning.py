"""Every duration and bound the delivery machinery uses, in one object: the defaults are for
production; tests and the reliability script (bench/reliability.py) pass shorter ones."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Tuning:
    # -- sending a reply ---------------------------------------------------------------------
    first_retry: float = 1.0  # wait before resending a reply that cannot have arrived
    longest_retry: float = 10.0  # the wait doubles up to this: the lag after an outage
    give_up: float = 15 * 60.0  # a reply still not out after this long is given up (logged)
    connect_timeout: float = 10.0  # no connection: nothing was sent, safe to retry
    # A request written but not answered may have been delivered, so it is never resent: the
    # wait for the answer is long enough for a slow success (seconds, not minutes).
    read_timeout: float = 30.0
    write_timeout: float = 30.0

    # -- receiving updates -------------------------------------------------------------------
    # Journaling an update is on the way to every answer: a store slower than ``journal_wait``
    # (a lock held by another process, a full disk) is not asked again for ``journal_pause``,
    # and updates are handled in memory meanwhile.
    journal_wait: float = 0.5
    journal_pause: float = 10.0
    in_hand: int = 64  # updates handled at once; the rest wait (at Telegram, or journaled)
    backlog: int = 10_000  # journaled unhandled updates past which the webhook answers 503
    lease: float = 30.0  # how long a claim on an update holds without renewal
    sweep: float = 5.0  # renew leases, take over updates of stopped processes, this often
    grace: float = 20.0  # on stop: time for updates in hand to finish (Heroku allows 30 s)
    poll_timeout: float = 30.0  # long polling: getUpdates waits this long for news
    max_attempts: int = 5  # an update begun this often and never finished is given up

    # -- the state store ------------------------------------------------------------------------
    # A store that takes longer than this is treated as failed for that call (Services.kept):
    store_read: float = 0.5  # a read before answering: a slow store must not delay the answer
    store_write: float = 5.0  # a write after answering

    # -- the content --------------------------------------------------------------------------
    watch: float = 1.5  # how often the content folder is looked at (a Git branch: OIC_CONTENT_POLL)

    # -- the webhook server ------------------------------------------------------------------
    max_body: int = MIB  # Telegram's updates are a few kilobytes
    header_timeout: float = 10.0  # a client must send its request headers within this
    body_timeout: float = 10.0  # ... and its body within this
    idle_timeout: float = 60.0  # a kept-alive connection with no new request is closed
    max_connections: int = 64  # open connections; more are refused at once (503)
    telegram_connections: int = 40  # what setWebhook asks Telegram to use at most


DEFAULT_TUNING = Tuning()
