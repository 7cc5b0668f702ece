"""Turn how people type into one comparable form, once for examples and once per question.

Case, accents and punctuation are folded; chat abbreviations (yg, brp, skrg) are expanded;
synonyms and the organisation's many names (OKI, OIC, Organisasi Kerja Sama Islam, ...) are
collapsed to one canonical token each. The rules are data from the lexicon, not code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.content.model import Lexicon

_WORD = re.compile(r"[^\W_]+")  # letters of any script and digits; "_" separates
_REDUPLICATION = re.compile(r"\b([a-z]{3,})2(nya|an)?\b")  # "negara2" is chat for "negara-negara"
_LETTER_RUNS = re.compile(r"(\D)\1{2,}")  # "haloooo" -> "haloo"
_ORDINAL_APART = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")  # "13 th" is "13th"
_ORDINAL_SPLIT = re.compile(r"\d (?:st|nd|rd|th)\b")  # ... found quickly
_WORD_WITH_RUN = re.compile(r"\w*(\D)\1{2,}\w*")
_ROMAN_LETTERS = re.compile(r"[ivxl]+")  # ... but not "KTT III", "Sekjen ke-VIII": numerals
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")  # pasted HTML: <b>, </i>, <a href=...>
# "OIC-2025", "OKI-2030": a programme's name, one word, not the OIC and a year ("OIC-2025
# disahkan di KTT yang mana?" got the 2025 emergency summit); "KTT OKI 2025" is a year
_PROGRAMME = re.compile(r"\b(?:oic|oki)[-\u2010\u2011](20\d\d)\b")
# A year in two figures after the Indonesian word for one ("thn 69"), or with an apostrophe
# ("in '69"): the century the OIC has lived in (it was read as the number 69, which no answer
# says); or after "in" ending the question ("who burned al aqsa in 69"); not after "year": "a
# year 10 student" is at school
_SHORT_YEAR = re.compile(r"\b(tahun|thn|th)\s+'?(\d\d)\b|(?<![\w'])'(\d\d)\b"
                         r"|\b(in)\s+(\d\d)(?=\W*$)")
# "per tahun 2025" is as of that year, not a rate ("Jumlah negara anggota OKI per tahun 2025"
# got the budget "per tahun" and was not sure)
_AS_OF_YEAR = re.compile(r"\bper\s+(?=(?:tahun|thn|th)\s+(?:19|20)\d\d\b)")
# Two years written as one, the second in two figures ("in 1979-80"): both (the "80" was a
# number no answer says)
_YEAR_SPAN = re.compile(r"\b(19|20)(\d\d)[-\u2013/](\d\d)\b")
# An acronym written with dots, its letters one by one ("o.i.c", "P.B.B.")
_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}[a-z]?(?![\w])")
_TWO_FIGURES = re.compile(r"(?<!\d)\d\d(?!\d)")  # (looked for first: most texts have none)
# "US" in capitals is the United States, not "us" ("Does the US have an envoy to the OIC?" got
# the EU's, "is the US a member" the newest member); not in a message all in capitals
_US = re.compile(r"(?<![\w.])U\.?S\.?(?![\w$])")  # (not "US$")
LAST_CENTURY_FROM = 60  # a two-figure year from this on is 19xx; before it, 20xx
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))
_POSSESSIVE = re.compile(r"([^\W\d_]+)['\u2019]s\b")  # "pakistan's role" is about Pakistan ...
_CONTRACTED = frozenset(("what", "who", "where", "when", "how", "why", "it", "that", "there",
                         "here", "he", "she", "let"))  # ... "what's" is "what is" (kept "whats")
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # the same characters

ORG_PREFIX = "org_"  # canonical tokens of other organisations start with this
NAME_LENGTH = 3  # a synonym phrase this long is a proper name, not evidence of a language
# A word this long in a phrase of several may be misspelt by one edit ("secertary genral"):
# each word of the phrase is then a typo of the phrase's word, or that word itself
PHRASE_TYPO_LENGTH = 5
NEAR_KEPT = 50_000  # words whose closest phrase words are remembered (a bound for a long run)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A text folded for matching.

    ``words`` are the folded words with abbreviations expanded (where country names are found);
    ``tokens`` additionally have synonyms and names collapsed (what matching reads);
    ``spoken`` are the words outside long names (what language detection reads: "Organisation
    of Islamic Cooperation" says nothing about the language of the sentence around it).
    """

    text: str
    tokens: tuple[str, ...]
    words: tuple[str, ...]
    spoken: tuple[str, ...]


class _Marks(dict[int, str | None]):
    """For ``str.translate``: combining marks (accents once split off by NFKD) map to None,
    i.e. are dropped; every other character to itself. Filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        kept = None if unicodedata.combining(char) else char
        self[code] = kept
        return kept


_WITHOUT_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation; keep letters of every script and digits."""
    if _CONTROL_CHAR.search(text):  # (each step is skipped when there is nothing to do)
        text = text.translate(_CONTROL)
    if "U" in text and not text.isupper():
        text = _US.sub(" United States ", text)
    text = text.casefold()
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "s" in text and ("'" in text or "\u2019" in text):
        text = _POSSESSIVE.sub(_possessive, text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
        text = text.replace("\u2019", "")  # côte d’ivoire
        # (a digit no number is written with, "𐩀", is no digit: read as one, it crashed the
        # tables, which take a token of digits for a number)
        text = "".join(" " if c.isdigit() and not c.isdecimal() else c for c in text)
    if _TWO_FIGURES.search(text):
        text = _SHORT_YEAR.sub(_full_year, _YEAR_SPAN.sub(r"\1\2 \1\3", text))
    if "per " in text:
        text = _AS_OF_YEAR.sub("", text)
    text = text.replace("'", "")  # al-'adalah
    if "-" in text or "\u2010" in text or "\u2011" in text:
        text = _PROGRAMME.sub(r"oic\1", text)  # (one word, however the OIC is called)
    if "." in text:
        text = _DOTTED.sub(_undotted, text)  # "o.i.c" is "oic", "p.b.b." "pbb"
    if "%" in text:
        text = text.replace("%", " percent ")  # "wat % of the world": a word, not punctuation
    if _LETTER_RUNS.search(text):
        text = _WORD_WITH_RUN.sub(_squeezed, text)
    if "2" in text:
        text = _REDUPLICATION.sub(r"\1\2", text)
    text = " ".join(_WORD.findall(text))
    # (a number's English ending typed apart: "13 th islamic sumit chaired by who" was not
    # sure)
    # (looked for first: the substitution alone on every text took about a fifth of fold's
    # time, and `oic-bot bench` showed first starts some 60 ms slower, 6 December 2026)
    return _ORDINAL_APART.sub(r"\1\2", text) if _ORDINAL_SPLIT.search(text) else text


def _undotted(match: re.Match[str]) -> str:
    return match[0].replace(".", "")


def _full_year(match: re.Match[str]) -> str:
    said, short = match.group(1) or match.group(4), match.group(2) or match.group(3) \
        or match.group(5)
    year = f"{'19' if int(short) >= LAST_CENTURY_FROM else '20'}{short}"
    return f"{said} {year}" if said else year


def _possessive(match: re.Match[str]) -> str:
    word = match.group(1)
    return word + "s" if word in _CONTRACTED else word


# "y", a filler in Indonesian chat ("ya"), opens an English question as "why" when an
# auxiliary follows it
_ASKED_AFTER_Y = frozenset("""is was are were do does did has have had would should can could
    will isnt wasnt arent dont doesnt didnt hasnt havent wont cant""".split())


class Normalizer:
    """Applies a lexicon's abbreviations and phrase synonyms to folded text."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._abbreviations = {fold(k): fold(v) for k, v in lexicon.abbreviations.items()}
        self._fillers = frozenset(fold(f) for f in lexicon.fillers)
        phrases: dict[tuple[str, ...], str] = {}
        for canonical, variants in lexicon.synonyms.items():
            target = fold(canonical).replace(" ", "_")
            for variant in (canonical, *variants):
                words = tuple(self._expand(fold(variant).split()))
                if words:
                    phrases[words] = target
        for org in lexicon.organisations:
            for name in org.names:
                words = tuple(self._expand(fold(name).split()))
                if words:
                    phrases[words] = ORG_PREFIX + org.id
        self._phrases = phrases
        self._first_words: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(phrases, key=len, reverse=True):
            self._first_words.setdefault(words[0], []).append(words)
        # One letter deleted from each long word of a phrase of several words, to find the
        # phrase's words a typo is one edit from without comparing it with each of them
        self._deletions: dict[str, set[str]] = {}
        self._near: dict[str, frozenset[str]] = {}  # _close's answers, for each word met
        for words in phrases:
            for word in words if len(words) > 1 else ():
                if len(word) >= PHRASE_TYPO_LENGTH:
                    for variant in (word, *deletions(word)):
                        self._deletions.setdefault(variant, set()).add(word)

    def implied(self) -> dict[str, frozenset[str]]:
        """The phrases each phrase collapsed into one token holds: "cfm" (the Council of
        Foreign Ministers) says "menlu" (foreign ministers), "ktt_islam" "ktt". An answer
        naming the Council says what "which foreign ministers' meeting" asks. Only a part of
        several words read as one token counts: a plain word ("council"; "konferensi" of
        "Organisasi Konferensi Islam") would say too much."""
        said: dict[str, set[str]] = {}
        for words, target in self._phrases.items():
            if target.startswith(ORG_PREFIX):
                continue  # (an organisation's name holding "OIC" is not the OIC)
            for size in range(2, len(words)):
                for at in range(len(words) - size + 1):
                    tokens = self(" ".join(words[at:at + size])).tokens
                    if len(tokens) == 1 and tokens[0] != target:
                        said.setdefault(target, set()).add(tokens[0])
        return {target: frozenset(words) for target, words in said.items()}

    def _expand(self, words: list[str]) -> list[str]:
        if words[:1] == ["y"] and words[1:2] and words[1] in _ASKED_AFTER_Y:
            words = ["why", *words[1:]]  # (chat English: "y was oic made tho")
        out: list[str] = []
        for word in words:
            expanded = self._abbreviations.get(word)
            if expanded is None:
                out.append(word)
            else:
                out.extend(expanded.split())
        return [w for w in out if w not in self._fillers]

    def put_in(self, text: str) -> tuple[tuple[str, ...], ...]:
        """What each abbreviation of several words typed in ``text`` put in ("rename":
        "change its name")."""
        return tuple(tuple(expanded.split()) for word in fold(text).split()
                     if " " in (expanded := self._abbreviations.get(word, "")))

    def words(self, text: str) -> tuple[str, ...]:
        """Folded words with abbreviations expanded, before synonyms are collapsed."""
        return tuple(self._expand(fold(text).split()))

    def __call__(self, text: str) -> Normalized:
        words = self._expand(fold(text).split())
        tokens: list[str] = []
        spoken: list[str] = []
        first_words, near, last = self._first_words, self._near, len(words) - 1
        i = 0
        while i < len(words):
            word = words[i]
            phrase: tuple[str, ...] | None
            for phrase in first_words.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    # (a longer one misspelt wins over a shorter one typed right: "head
                    # offic" is the head office, not a head)
                    longer = self._misspelt(words, i, near.get(word) or self._close(word)) \
                        if i < last and len(phrase) < len(first_words[word][0]) else None
                    if longer is not None and len(longer) > len(phrase):
                        phrase = longer
                    break
            else:
                close = near.get(word)
                if close is None:
                    close = self._close(word)
                phrase = self._misspelt(words, i, close) if i < last and (
                    close or word in first_words) else None
            if phrase is not None:
                tokens.append(self._phrases[phrase])
                if len(phrase) < NAME_LENGTH:
                    spoken.extend(words[i : i + len(phrase)])
                i += len(phrase)
            else:
                tokens.append(words[i])
                spoken.append(words[i])
                i += 1
        return Normalized(" ".join(tokens), tuple(tokens), tuple(words), tuple(spoken))

    def _misspelt(self, words: list[str], start: int, close: frozenset[str]
                  ) -> tuple[str, ...] | None:
        """The phrase of several words that ``words`` hold from ``start`` with a long word or
        more one edit off ("secertary genral" is "secretary general"), if any; ``close`` are
        the phrases' words the first word is one edit from."""
        for first in (words[start], *close):
            for phrase in self._first_words.get(first, ()):
                typed = words[start : start + len(phrase)]
                if len(phrase) > 1 and len(typed) == len(phrase) and all(
                        t == w or w in self._close(t) for t, w in zip(typed, phrase, strict=True)):
                    return phrase
        return None

    def _close(self, word: str) -> frozenset[str]:
        """The long words of phrases of several words that ``word`` is one edit from."""
        close = self._near.get(word)
        if close is None:  # (the same words come back in every example and question)
            if len(self._near) >= NEAR_KEPT:
                self._near.clear()
            found = {w for variant in (word, *deletions(word))
                     for w in self._deletions.get(variant, ())
                     } if len(word) >= PHRASE_TYPO_LENGTH - 1 else ()
            close = self._near[word] = frozenset(
                w for w in found if OSA.distance(word, w, score_cutoff=1) <= 1)
        return close


def deletions(word: str) -> set[str]:
    """``word`` with one letter left out, each way."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _squeezed(found: re.Match[str]) -> str:
    """A word's runs of one letter cut to two ("haloooo" -> "haloo"), unless the word is a
    Roman numeral ("iii", "xxxviii": it read "KTT III" as the 2nd)."""
    word = found[0]
    return word if _ROMAN_LETTERS.fullmatch(word) else _LETTER_RUNS.sub(r"\1\1", word)
