"""Salted hashes that stand in for Telegram ids in the state store.

Preferences must follow a person and votes must be one per person per answer, so the store
needs *some* key for a person, but never the id itself: it keeps HMAC-SHA256 of the id under a
key only the running bot has (``OIC_PRIVACY_KEY``, or one derived from the bot token). A copy
of the database alone does not say who asked or voted. All processes of one bot derive the
same key, so two webhook processes agree on who is who.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

_DERIVATION_LABEL = b"oic-bot privacy key v1"
HOUR = 3600


def derive_key(token: str) -> bytes:
    """The key when OIC_PRIVACY_KEY is unset: a one-way function of the bot token."""
    return hmac.new(_DERIVATION_LABEL, token.encode(), hashlib.sha256).digest()


@dataclass(frozen=True, slots=True)
class Privacy:
    """Turns ids into hex digests; each purpose is hashed apart, so digests never match up
    across tables (a voter's digest is not their preference's digest)."""

    key: bytes

    def _digest(self, *parts: object) -> str:
        message = ":".join(str(part) for part in parts).encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def person(self, user_id: int) -> str:
        """Whose language preference a row is."""
        return self._digest("person", user_id)

    def learner(self, user_id: int) -> str:
        """Whose quiz scores, boxes and progress a row is (study groups, bot/store/study.py)."""
        return self._digest("learner", user_id)

    def voter(self, user_id: int, chat_id: int, message_id: int) -> str:
        """One vote per person per answer message: changing one's mind replaces the vote."""
        return self._digest("vote", user_id, chat_id, message_id)

    def message(self, chat_id: int, message_id: int) -> str:
        """One message of the bot (what it shows, why it was sent)."""
        return self._digest("message", chat_id, message_id)

    def chat_hour(self, chat_id: int, at: float) -> str:
        """A chat's quota bucket for one hour; it changes every hour, so buckets from
        different hours cannot be linked to the same chat."""
        return self._digest("chat", chat_id, int(at // HOUR))
