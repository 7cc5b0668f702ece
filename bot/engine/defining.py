"""A question asking what, where or who one thing is: "what is the kaaba", "apa itu ICJ", "ICJ
itu apa", "where is the ICJ", "siapa Ali Alatas".

Such a question is answered by an entry about that thing, not by one that only mentions it:
"what is the kaaba" is not "why is there a kaaba on the oki logo" (it got the emblem), nor "what
is the ICJ" the Rohingya case at the ICJ, nor "who are the Rohingya" the OIC's dealings with
them. The engine reads the thing's words here; asked what it is, an example saying more than
them (another subject) weighs less, and asked what, where or who, an entry titled as the OIC's
dealings with it is offered, not answered.
"""

from __future__ import annotations

from functools import lru_cache

from bot.engine.stem import deed_shaped

# (normalized tokens: "what's" is "what s"; "yg" is read as "yang")
OPENERS: tuple[tuple[str, ...], ...] = (
    ("what", "does"), ("what", "is"), ("what", "are"), ("what", "was"), ("what", "s"),
    ("whats",), ("define",), ("meaning", "of"), ("definition", "of"), ("apa", "itu"),
    ("apakah", "itu"),
    ("apa", "yang", "dimaksud", "dengan"), ("apa", "yang", "dimaksud"), ("apa", "arti"),
    ("apa", "maksud"), ("pengertian",), ("definisi",), ("arti",), ("maksud",),
    ("where", "is"), ("where", "s"), ("wheres",), ("who", "is"), ("who", "are"), ("siapa",),
    ("siapakah",))
# ... of which these ask where or who it is, not what it means
PLACE_OR_PERSON = frozenset({("where", "is"), ("where", "s"), ("wheres",), ("who", "is"),
                             ("who", "are"), ("siapa",), ("siapakah",), ("itu", "dimana"),
                             ("dimana",), ("located",)})
CLOSERS: tuple[tuple[str, ...], ...] = (
    ("itu", "apa", "sih"), ("itu", "apa"), ("itu", "apaan"), ("apa", "sih"), ("artinya", "apa"),
    ("apaan",), ("means",), ("mean",), ("itu", "dimana"), ("dimana",), ("located",))
MEANS = (("means",), ("mean",))  # ... which "what does" needs: "what does the oki do" asks more
KIND_ASKED = ("itu", "apa")  # ... around the kind asked: "idb itu bank apa"
ARTICLES = frozenset("the a an".split())
JOINED = frozenset("dan and serta".split())  # two things asked of together
RELATIVE = (("yang",), ("who",), ("that",))  # "siapa yang ...", "who is it who ..."
THING_WORDS = 3  # a thing named in more words than this is a question, not a term


@lru_cache(maxsize=4096)
def defined(tokens: tuple[str, ...], meaning: bool = False) -> tuple[str, ...]:
    """The words of the one thing ``tokens`` ask what, where or who it is (``meaning``: only
    what it is); () when they ask more. Remembered: each candidate of a message asks it."""
    rest = tokens
    opened = next((o for o in OPENERS if rest[:len(o)] == o), None)
    if opened:
        rest = rest[len(opened):]
    closed = next((c for c in CLOSERS if len(rest) > len(c) and rest[-len(c):] == c), None)
    if closed:
        rest = rest[:-len(closed)]
    elif len(rest) > len(KIND_ASKED) and rest[-3] == KIND_ASKED[0] and rest[-1] == KIND_ASKED[1]:
        closed, rest = KIND_ASKED, rest[:-3]  # "idb itu bank apa": what kind of thing
    if (opened == ("what", "does") and closed not in MEANS) or (
            meaning and (opened in PLACE_OR_PERSON or closed in PLACE_OR_PERSON)):
        return ()
    while rest and rest[0] in ARTICLES:
        rest = rest[1:]
    if any(map(deed_shaped, rest)) or not JOINED.isdisjoint(rest) or rest[:1] in RELATIVE:
        return ()  # a deed is asked of, "what was the oki called before", or two things, or
        # one who did something ("siapa yang gugat myanmar")
    # ("of" names no word of the thing: "the genocide convention of 1948")
    return rest if (opened or closed) and 0 < len(rest) - rest.count("of") <= THING_WORDS else ()
