"""What a yes/no question claims about where or when ("Was the OIC founded in *Cairo*?",
"apakah Piagam OKI disahkan tahun *1975*?").

Such a place or year is the asker's premise, not the topic. An answer that never names it
is by construction "unexplained" by it, so the right answer (founded in Rabat) lost to any
entry naming the place (the Cairo Declaration). So the question is also read as the where or
when it asks ("was the oic founded in where"), and an answer naming another place or year of
its own states what the sources say instead: it may answer, and says first that its sources
do not mention the claim, so nobody reads it as a yes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.engine.tables import YEAR

# Words that open a yes/no question ("is it true ...", "bener ga ...", "masa sih ..."), and
# the question words its claims stand in for: "founded in Cairo?" asks where it was founded
YES_NO_OPENERS = {
    "en": frozenset("is are was were does do did has have had".split()),
    "id": frozenset("apakah apa benarkah betulkah bener benar betul emang emangnya masa".split()),
}
WHERE_AND_WHEN = {"en": ("where", "when"), "id": ("dimana", "kapan")}
# ... and the words that put a place or a year as the claim's where or when
WHERE_WHEN = frozenset("in at on during di pada tahun thn th year".split())


@dataclass(frozen=True, slots=True)
class Claims:
    """A yes/no question's claims: token -> the place id or year it claims; ``asked``, the
    question with each claim put as the where or when it asks ("was the oic founded in
    where")."""

    found: Mapping[str, str]
    asked: tuple[str, ...]


def claims(tokens: tuple[str, ...], places: Iterable[tuple[int, int, Iterable[str]]]
           ) -> Claims | None:
    """The claims of a yes/no question's places and years put as where or when, if any;
    ``places`` are the (start, end, ids) of the places it names."""
    lang = next((lang for lang, words in YES_NO_OPENERS.items() if tokens[:1]
                 and tokens[0] in words), None)
    if lang is None:
        return None
    where, when = WHERE_AND_WHEN[lang]
    spans: dict[int, tuple[int, str, str]] = {}  # start -> end, claim, question word
    for start, end, ids in places:
        named = sorted(ids)
        if len(named) == 1 and start and tokens[start - 1] in WHERE_WHEN:
            spans[start] = (end, named[0], where)
    for number, token in enumerate(tokens):
        if number and YEAR.match(token) and tokens[number - 1] in WHERE_WHEN:
            spans[number] = (number + 1, token, when)
    if not spans:
        return None
    found: dict[str, str] = {}
    asked: list[str] = []
    number = 0
    while number < len(tokens):
        if number in spans:
            end, claim, word = spans[number]
            found.update(dict.fromkeys(tokens[number:end], claim))
            asked.append(word)
            number = end
        else:
            asked.append(tokens[number])
            number += 1
    return Claims(found, tuple(asked))


def contradicted(claim: str, years: frozenset[str], places: frozenset[str]) -> bool:
    """Whether an answer naming ``years`` and ``places`` states another where or when."""
    if YEAR.match(claim):
        return bool(years) and claim not in years
    return bool(places) and claim not in places
