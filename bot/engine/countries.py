"""Find a country named in a question, in Indonesian or English, and state its OIC standing.

Names come from pycountry (ISO 3166 names in English and their Indonesian translations from
the iso-codes project), plus the aliases operators add in ``knowledge/countries.yaml``. The
index is built on first use and kept in the engine cache.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.content.model import Country

POSSESSIVE_MIN = 4  # "uks" is no country's; "irans", "chads" are


@dataclass(frozen=True, slots=True)
class CountryName:
    """A country's display names."""

    code: str
    name: Mapping[str, str]


def iso3166_file() -> Path | None:
    """pycountry's ISO 3166-1 data file, found without importing the package, if it is there."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "databases" / "iso3166-1.json"
    return path if path.is_file() else None


def _iso3166() -> tuple[list[dict[str, str]], str]:
    """ISO 3166-1 records and the folder of their translations, from pycountry's data.

    The data files are read directly: importing the pycountry package costs about 50 ms of
    package-metadata lookups, on the start-up of every first run, for data read once. Should
    its layout ever change, the package's own API gives the same records.
    """
    database = iso3166_file()
    if database is not None:
        locales = database.parent.parent / "locales"
        try:
            if locales.is_dir():
                return json.loads(database.read_bytes())["3166-1"], str(locales)
        except (OSError, ValueError, KeyError):
            pass
    import pycountry

    fields = ("alpha_2", "name", "common_name", "official_name")
    records = [{f: getattr(c, f) for f in fields if hasattr(c, f)} for c in pycountry.countries]
    return records, pycountry.LOCALES_DIR


LANGUAGE_WORDS = frozenset(("bahasa",))  # ... before a country's name, its language's


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
        records, locales = _iso3166()
        translation = gettext.translation("iso3166-1", locales, languages=["id"], fallback=True)
        self._names: dict[str, CountryName] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for record in records:
            code = record["alpha_2"]
            english = [record["name"], record.get("common_name"), record.get("official_name")]
            variants = [n for n in english if n]
            indonesian = [translation.gettext(n) for n in variants]
            display_en = _readable(record.get("common_name") or record["name"])
            display_id = _readable(translation.gettext(record.get("common_name") or record["name"]))
            own = countries[code].name if code in countries else None
            self._names[code] = CountryName(code, dict(own) if own else {
                "en": display_en, "id": display_id})
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
        by_word: dict[str, set[str]] = {}
        for phrase, code in phrases.items():
            for word in phrase:
                by_word.setdefault(word, set()).add(code)
        self._by_word = {word: frozenset(codes) for word, codes in by_word.items()}
        lengths: dict[str, set[int]] = {}
        for phrase in phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the lengths of the names starting with it, longest first.
        self._lengths = {word: sorted(sizes, reverse=True) for word, sizes in lengths.items()}

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self._names)

    @property
    def words(self) -> frozenset[str]:
        """Every word of every country name ("guyana", "brunei", "darussalam")."""
        return frozenset(self._by_word)

    def named_with(self, word: str) -> frozenset[str]:
        """The countries a name of which holds ``word`` ("arabia": Saudi Arabia)."""
        return self._by_word.get(word, frozenset())

    def name(self, code: str) -> CountryName:
        return self._names[code]

    def find(self, words: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
        """The first (longest) country name in ``words``: its ISO code and the words it used."""
        return next(((code, phrase) for _, code, phrase in self._named_in(words)), None)

    def find_all(self, words: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
        """Every country named in ``words``, in order, each once ("Guyana and Suriname"); two
        of its names side by side are one naming ("Palestina (PLO)": "plo" was left
        unexplained beside Palestine's standing)."""
        found: dict[str, tuple[str, ...]] = {}
        ends: dict[str, int] = {}
        for start, code, phrase in self._named_in(words):
            if code not in found or ends[code] == start:
                found[code] = (*found.get(code, ()), *phrase)
                ends[code] = start + len(phrase)
        return list(found.items())

    def _named_in(self, words: tuple[str, ...]) -> Iterator[tuple[int, str, tuple[str, ...]]]:
        """(where, code, the words used) of each country name in ``words``."""
        start = 0
        while start < len(words):
            for size in self._lengths.get(words[start], ()):
                phrase = words[start : start + size]
                code = self._phrases.get(phrase) if len(phrase) == size else None
                if code and start and words[start - 1] in LANGUAGE_WORDS:
                    break  # "dalam bahasa Indonesia": a language, not the country
                if code:
                    yield start, code, phrase
                    start += size - 1
                    break
            else:
                # "pakistans role" is Pakistan's, typed without the apostrophe
                word = words[start]
                code = self._phrases.get((word[:-1],)) if word.endswith("s") and len(
                    word) > POSSESSIVE_MIN else None
                if code:
                    yield start, code, (word,)
            start += 1


def _with_readable(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.append(name)
        readable = _readable(name)
        if readable != name:
            out.append(readable)
    return out
