"""The words that say a country's standing in the OIC changed: it left, or was suspended.

They are read in two places: a country's membership answers them ("Did Iran leave the
OIC?"), and a meeting they follow only dates the change ("Why was Qatar suspended after the
2019 Makkah summit?" asks about no meeting after that one)."""

from __future__ import annotations

# "Did Iran leave the OIC?" is answered "No." for a member: no source records it leaving
# (where no entry says more: "why did Indonesia leave" has one, so has Egypt's suspension).
EXIT_WORDS = frozenset("""leave left quit withdraw withdrew withdrawn exit exited give keluar
    mundur meninggalkan""".split())
# ... nor was one never in it suspended or expelled ("kapan Israel dikeluarin dari OKI?")
SUSPENDED = frozenset("""suspended suspend expelled expel dibekukan diskors dikeluarkan
    dikeluarin dipecat kick kicked ditendang mengeluarkan membekukan""".split())
# The words after which a meeting or a time dates the change ("suspended *after* the 2019
# Makkah summit"; not "at": "Why was Syria suspended at the 2012 Makkah summit?" asks what
# that summit did)
DATING = frozenset("after before during setelah sesudah sebelum saat ketika selepas".split())


def dated_from(tokens: tuple[str, ...]) -> int | None:
    """Where the words dating a change of standing begin, if the question has both."""
    changed = next((at for at, t in enumerate(tokens) if t in EXIT_WORDS | SUSPENDED), None)
    if changed is None:
        return None
    return next((at for at in range(changed + 1, len(tokens)) if tokens[at] in DATING), None)
