"""A deliberately light stemmer that links related forms of a word for matching.

"didirikan" and "pendirian" both become "diri"; "founded" and "founding" become "found".
It only strips common affixes and keeps at least four letters, so it errs towards leaving a
word alone. It is used only to relate words the index already knows (a question's
"didirikan" to an example's "pendirian"), never to rewrite the text.
"""

from __future__ import annotations

from functools import lru_cache

_PARTICLES = ("nya", "lah", "kah", "pun")
_ID_SUFFIXES = ("kan", "an")
_ID_PREFIXES = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen", "per", "ber", "ter",
                "me", "pe", "di", "ke", "se")
_EN_SUFFIXES = ("ing", "ed", "es", "s")
_MIN = 4


@lru_cache(maxsize=16384)
def stems(word: str) -> frozenset[str]:
    """Candidate stems of ``word`` (itself included); two words are related if they share one.

    Indonesian suffixes are ambiguous ("pembentukan" is pem-bentuk-an, "didirikan" is
    di-diri-kan), so each way of stripping them is kept.
    """
    if len(word) <= _MIN or not word.isalpha() or not word.isascii():
        return frozenset((word,))
    found = {word}
    base = word
    for particle in _PARTICLES:
        if base.endswith(particle) and len(base) - len(particle) >= _MIN:
            base = base[: -len(particle)]
            found.add(base)
            break
    for trimmed in (base, *(base[: -len(s)] for s in _ID_SUFFIXES if base.endswith(s))):
        if len(trimmed) < _MIN:
            continue
        prefix = next((p for p in _ID_PREFIXES if trimmed.startswith(p)), "")
        if prefix and len(trimmed) - len(prefix) >= _MIN:
            found.add(trimmed[len(prefix):])
        elif trimmed != base:
            found.add(trimmed)
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN and not word.endswith("ss"):
            found.add(word[: -len(suffix)])
            break
    return frozenset(found)
