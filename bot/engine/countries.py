"""Find a country named in a question, in Indonesian or English, and state its OIC standing.

Names come from pycountry (ISO 3166 names in English and their Indonesian translations from
the iso-codes project), plus the aliases operators add in ``knowledge/countries.yaml``. The
index is built on first use, so a question that names no country never pays for it.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.content.model import Country


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country's display names."""

    code: str
    name: Mapping[str, str]


def _readable(name: str) -> str:
    """'Palestine, State of' -> 'State of Palestine'."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name


class CountryIndex:
    """Longest-match lookup of country names in a question's words."""

    def __init__(
        self, countries: Mapping[str, Country], words: Callable[[str], tuple[str, ...]]
    ) -> None:
        import pycountry  # imported on first use: it takes a noticeable time to load

        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True
        )
        self._names: dict[str, CountryName] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for record in pycountry.countries:
            code = record.alpha_2
            english = [record.name, getattr(record, "common_name", None),
                       getattr(record, "official_name", None)]
            variants = [n for n in english if n]
            indonesian = [translation.gettext(n) for n in variants]
            display_en = _readable(getattr(record, "common_name", None) or record.name)
            display_id = _readable(translation.gettext(
                getattr(record, "common_name", None) or record.name))
            self._names[code] = CountryName(code, {"en": display_en, "id": display_id})
            extra = countries[code].aliases if code in countries else ()
            for name in _with_readable(variants + indonesian + list(extra)):
                key = words(name)
                if key and key[0] == "the":
                    key = key[1:]
                if key:
                    phrases.setdefault(key, code)
        # Aliases written by operators win over library names that happen to collide.
        for country in countries.values():
            for alias in country.aliases:
                key = words(alias)
                if key:
                    phrases[key] = country.code
        self._phrases = phrases
        lengths: dict[str, set[int]] = {}
        for phrase in phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the lengths of the names starting with it, longest first.
        self._lengths = {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self._names)

    def name(self, code: str) -> CountryName:
        return self._names[code]

    def find(self, words: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
        """The first (longest) country name in ``words``: its ISO code and the words it used."""
        for start, word in enumerate(words):
            for size in self._lengths.get(word, ()):
                phrase = words[start : start + size]
                code = self._phrases.get(phrase) if len(phrase) == size else None
                if code:
                    return code, phrase
        return None


def _with_readable(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.append(name)
        readable = _readable(name)
        if readable != name:
            out.append(readable)
    return out
