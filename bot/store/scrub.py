"""Remove contact details and identifiers from a question before it is logged.

People sometimes type their phone number, e-mail address, a link or an ID number into a
question; the question log keeps none of them. Each is replaced by a placeholder, so the log
still shows what kind of thing was asked. Placeholders survive scrubbing again unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

URL = "<url>"
EMAIL = "<email>"
PHONE = "<phone>"
NUMBER = "<number>"
HANDLE = "<user>"

_TLDS = r"(?:com|org|net|id|io|me|info|biz|gov|edu|int|co|ly|gl|to|xyz|site|online|app|dev)"
_URL = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+"  # scheme:// or www.
    rf"|\b[\w-]+(?:\.[\w-]+)*\.{_TLDS}\b(?:/\S*)?",  # bare domain with a common ending
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@>])@\w{3,}")  # not glued to a word or a placeholder
# A phone number starts with + or 0 (or a bracketed area code) and has 8 or more digits in
# all, grouped by spaces, dots, dashes or brackets: +62 812-3456-7890, (021) 555 1234.
_PHONE = re.compile(r"(?<![\w+])(?:\+|\(?0)[\d()][\d\s().-]{5,}\d(?!\w)")
_LONG_DIGITS = re.compile(r"\d{5,}")  # years (4 digits) stay; ID and account numbers go
_PLACEHOLDER = re.compile("|".join(re.escape(p) for p in (URL, EMAIL, PHONE, NUMBER, HANDLE)))


def _phone(match: re.Match[str]) -> str:
    text = match.group()
    return PHONE if sum(c.isdigit() for c in text) >= 8 else text


def scrub(text: str) -> str:
    """``text`` with URLs, e-mail addresses, @handles, phone numbers and runs of five or more
    digits replaced by placeholders."""
    text = _EMAIL.sub(EMAIL, text)  # before URLs: an address's domain looks like a site
    text = _URL.sub(URL, text)
    text = _HANDLE.sub(HANDLE, text)
    text = _PHONE.sub(_phone, text)
    return _LONG_DIGITS.sub(NUMBER, text)


def scrub_then_normalise(text: str, normalise: Callable[[str], str]) -> str:
    """Scrub first (normalising would break an address into innocent-looking words), then
    normalise the text between the placeholders, keeping the placeholders as they are."""
    scrubbed = scrub(text)
    pieces: list[str] = []
    start = 0
    for match in _PLACEHOLDER.finditer(scrubbed):
        pieces += [normalise(scrubbed[start:match.start()]), match.group()]
        start = match.end()
    pieces.append(normalise(scrubbed[start:]))
    return scrub(" ".join(piece for piece in pieces if piece))
