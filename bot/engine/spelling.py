"""Names typed one letter off: "Azerbaijn", "guyanna", "brunai darusalam", "12th summt".

The matcher forgives typos in the words of the examples, but the readers of countries, cities
and history tables look names up exactly, so a misspelt name was read as no name at all and
the question went unanswered. A word no example, answer or lexicon knows, one edit from
exactly one name word, is read as that name. A word is never changed when any form of it is
known ("sessions" is "session"'s plural, not a typo), and a short word only when a letter is
missing from a name ("summt"), since a short real word is often one letter from a name
("begin" and "Benin").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from bot.engine.normalize import deletions
from bot.engine.stem import stems

SHORTEST = 5  # words shorter than this are never corrected ...
SHORTEST_ASKING = 4  # ... but for a word that asks, one slip off from this length ("meny")
# ... and words shorter than this only when they are a name with one letter left out
SHORTEST_CHANGED = 6
VOWELS = frozenset("aeiou")
# (a word against an apostrophe is part of a name written with one: "d'Ivoire")
_WORD = re.compile(r"(?<![\w'’])[a-zA-Z]+(?![\w'’])")


class NameSpeller:
    """Reads a misspelt name word as the name it is one edit from."""

    def __init__(self, names: Iterable[str], known: frozenset[str],
                 asking: Iterable[str] = ()) -> None:
        """``names``: the single words of names (countries, cities, the tables' words);
        ``known``: the real words the bot already reads (never a typo); ``asking``: the words
        that ask ("how meny members in the oic" was refused, "meny" explained by nothing)."""
        self._asking = frozenset(w for w in asking if len(w) >= SHORTEST_ASKING and w.isalpha())
        self._names = frozenset(n for n in names if len(n) >= SHORTEST and n.isalpha()) \
            | self._asking
        self._known = known
        self._by_deletion: dict[str, set[str]] = {}
        for name in self._names:
            for variant in (name, *deletions(name)):
                self._by_deletion.setdefault(variant, set()).add(name)
        self._seen: dict[str, str] = {}

    def correct(self, text: str) -> str:
        """``text`` with each misspelt name word replaced by the name (lower case)."""
        return _WORD.sub(lambda found: self._word(found.group()), text)

    def _word(self, typed: str) -> str:
        word = typed.lower()
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._name_for(word) or ""
        return found or typed

    def _name_for(self, word: str) -> str | None:
        if len(word) < SHORTEST_ASKING or word in self._names or not word.isascii() or any(
                form in self._names or form in self._known for form in stems(word)):
            return None
        close = {name for variant in (word, *deletions(word))
                 for name in self._by_deletion.get(variant, ())
                 if OSA.distance(word, name, score_cutoff=1) <= 1 and _slip(word, name)
                 and (len(word) >= SHORTEST_CHANGED or len(name) == len(word) + 1
                      or name in self._asking)}
        if len(word) < SHORTEST:
            close &= self._asking
        return next(iter(close)) if len(close) == 1 else None


def _slip(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` with a slip of the fingers or the ear: a letter left out
    ("summt"), one doubled ("guyanna"), two swapped, or a vowel for another ("brunai"); not a
    letter added or changed otherwise, which makes other words ("saharan", "presided" are not
    "sahara" and "presiden")."""
    if len(typed) < len(name):
        return True
    if len(typed) > len(name):
        at = next((i for i, (a, b) in enumerate(zip(typed, name, strict=False)) if a != b),
                  len(name))
        return at > 0 and typed[at] == typed[at - 1]
    changed = [(a, b) for a, b in zip(typed, name, strict=True) if a != b]
    return len(changed) == 2 or all(a in VOWELS and b in VOWELS for a, b in changed)
