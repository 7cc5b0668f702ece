"""Secrets never reach the log: the bot token (python-telegram-bot and httpx put it in URLs and
in the InvalidToken message), the webhook secret and a database password are blotted out of
every record, its arguments and its exception text alike."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import quote

# Anything shaped like a bot token (digits, a colon, 30+ token characters), even one that is
# not ours: a token pasted into a question or an error about another bot.
TOKEN_SHAPE = re.compile(r"\d{5,}(?::|%3A)[A-Za-z0-9_-]{30,}")
HIDDEN = "<hidden>"


class Redactor(logging.Filter):
    """A handler filter that rewrites each record with the secrets replaced by <hidden>."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        found = {s for secret in secrets if secret for s in (secret, quote(secret, safe=""))}
        # longest first, so a secret containing another is hidden whole
        self.secrets = sorted((s for s in found if len(s) >= 6), key=len, reverse=True)
        self._formatter = logging.Formatter()

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return TOKEN_SHAPE.sub(HIDDEN, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def install(secrets: Iterable[str | None], logger: logging.Logger | None = None) -> Redactor:
    """Put a Redactor on every handler of ``logger`` (default: the root logger), so records
    from every library pass through it however they propagate."""
    redactor = Redactor(secrets)
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(redactor)
    return redactor
