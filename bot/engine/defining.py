"""A question asking what one thing is: "what is the kaaba", "apa itu ICJ", "ICJ itu apa".

Such a question is answered by an entry about that thing, not by one that only mentions it:
"what is the kaaba" is not "why is there a kaaba on the oki logo" (it got the emblem), nor "what
is the ICJ" the Rohingya case at the ICJ. The engine reads the thing's words here and weighs an
example that says more than them (another subject) less.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.stem import deed_shaped

# (normalized tokens: "what's" is "what s"; "yg" is read as "yang")
OPENERS: tuple[tuple[str, ...], ...] = (
    ("what", "does"), ("what", "is"), ("what", "are"), ("what", "was"), ("what", "s"),
    ("whats",), ("define",), ("meaning", "of"), ("definition", "of"), ("apa", "itu"),
    ("apakah", "itu"),
    ("apa", "yang", "dimaksud", "dengan"), ("apa", "yang", "dimaksud"), ("apa", "arti"),
    ("apa", "maksud"), ("pengertian",), ("definisi",), ("arti",), ("maksud",))
CLOSERS: tuple[tuple[str, ...], ...] = (
    ("itu", "apa", "sih"), ("itu", "apa"), ("itu", "apaan"), ("apa", "sih"), ("artinya", "apa"),
    ("apaan",), ("means",), ("mean",))
MEANS = (("means",), ("mean",))  # ... which "what does" needs: "what does the oki do" asks more
ARTICLES = frozenset("the a an".split())
THING_WORDS = 3  # a thing named in more words than this is a question, not a term


def defined(tokens: Sequence[str]) -> tuple[str, ...]:
    """The words of the one thing ``tokens`` ask the meaning of; () when they ask more."""
    rest = tuple(tokens)
    opened = next((o for o in OPENERS if rest[:len(o)] == o), None)
    if opened:
        rest = rest[len(opened):]
    closed = next((c for c in CLOSERS if len(rest) > len(c) and rest[-len(c):] == c), None)
    if closed:
        rest = rest[:-len(closed)]
    if opened == ("what", "does") and closed not in MEANS:
        return ()
    while rest and rest[0] in ARTICLES:
        rest = rest[1:]
    if any(map(deed_shaped, rest)):
        return ()  # a deed is asked of: "what was the oki called before"
    return rest if (opened or closed) and 0 < len(rest) <= THING_WORDS else ()
