"""A deliberately light stemmer that links related forms of a word for matching.

"didirikan" and "pendirian" both become "diri"; "founded" and "founding" become "found".
It only strips common affixes and keeps at least four letters, so it errs towards leaving a
word alone. It is used only to relate words the index already knows (a question's
"didirikan" to an example's "pendirian"), never to rewrite the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PARTICLES = ("nya", "lah", "kah", "pun")
_ID_SUFFIXES = ("kan", "an")
_ID_PREFIXES = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen", "per", "ber", "ter",
                "me", "pe", "di", "ke", "se")
_EN_SUFFIXES = ("ing", "ed", "es", "s")
_MIN = 4
# The same lists as patterns (earliest alternative first): one C call finds each affix.
_PARTICLE = re.compile(f"(?:{'|'.join(_PARTICLES)})$")
_ID_PREFIX = re.compile("|".join(_ID_PREFIXES))


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
    particle = _PARTICLE.search(base)
    if particle and particle.start() >= _MIN:
        base = base[: particle.start()]
        found.add(base)
    trimmed_forms = [base]
    if base.endswith(_ID_SUFFIXES):
        trimmed_forms += [base[: -len(s)] for s in _ID_SUFFIXES if base.endswith(s)]
    for trimmed in trimmed_forms:
        if len(trimmed) < _MIN:
            continue
        prefix = _ID_PREFIX.match(trimmed)
        if prefix and len(trimmed) - prefix.end() >= _MIN:
            found.add(trimmed[prefix.end():])
        elif trimmed != base:
            found.add(trimmed)
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN and not word.endswith("ss"):
            found.add(word[: -len(suffix)])
            break
    return frozenset(found)
