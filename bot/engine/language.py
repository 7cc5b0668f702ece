"""Decide whether a question is Indonesian or English.

A small naive-Bayes scorer over words: its word counts come from the knowledge base's own
example questions (so it knows the domain vocabulary in both languages), topped up with the
common function words of each language. For words it has never seen it looks at affixes
(me-/ber-/di-...-kan/-nya versus -tion/-ing/-ed). Mixed Indonesian-English text goes to the
language with more evidence; a tie goes to the caller's fallback. Measured against a
general-purpose detector in the README.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

# Function words and chat words: frequent, short, and the most reliable signal in short text.
_SEED_WORDS: dict[str, list[str]] = {
    "id": (
        "yang apa apakah siapa kapan dimana mana berapa bagaimana mengapa kenapa di ke dari "
        "dan atau itu ini adalah ialah dengan untuk pada dalam tidak bukan sudah belum akan "
        "bisa ada saja juga lagi karena jadi sama tentang sebagai oleh para saat sekarang "
        "kini tahun tanggal negara anggota organisasi kerja islam markas kantor pusat bahasa "
        "resmi sejarah didirikan berdiri dibentuk pendiri tujuan arti nama ganti baru lama "
        "pertama terakhir siapakah bagaimanakah kah lah nya mau tahu kasih terima makasih "
        "halo selamat pagi siang malam sore dadah jumpa sampai kamu aku saya anda kami kita "
        "mereka dia ya tolong coba jelaskan sebutkan apa saja berapakah adakah benarkah punya "
        "banyak semua setiap masih sejak hingga antara terhadap bagi hal cara sih dong deh "
        "nih kok wkwk gan kak min bang"
    ).split(),
    "en": (
        "the a an of is are was were be been what who whom whose when where which why how "
        "many much does do did to in on at for from with by about as and or not no yes it its "
        "this that these those there their they he she we you your i me my our has have had "
        "can could will would should please tell me explain list name names year date current "
        "now today latest first last new old member members country countries organisation "
        "organization official language languages headquarters founded established created "
        "founder purpose meaning thanks thank hello hi hey good morning bye goodbye see later "
        "anything else know more than still since until between against any every all some"
    ).split(),
}
_SEED_WEIGHT = 3
_EN_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
ENGLISH_ORDINAL = -1.0  # the evidence of one, as a word of the English seed list gives

_ID_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "ter", "di", "pe", "ke", "se")
_ID_SUFFIXES = ("kan", "nya", "an", "lah", "kah", "i")
_EN_SUFFIXES = ("tion", "tions", "ing", "ed", "ly", "ness", "ment", "ship", "ies", "ous", "ful")


class LanguageDetector:
    """Naive-Bayes word scorer for ``id`` versus ``en``."""

    def __init__(self, samples: Mapping[str, Iterable[tuple[str, ...]]]) -> None:
        counts: dict[str, Counter[str]] = {lang: Counter() for lang in ("id", "en")}
        for lang, sentences in samples.items():
            for words in sentences:
                counts[lang].update(set(words))
        for lang, seeds in _SEED_WORDS.items():
            for word in seeds:
                counts[lang][word] += _SEED_WEIGHT
        vocab = set(counts["id"]) | set(counts["en"])
        totals = {lang: sum(c.values()) + len(vocab) for lang, c in counts.items()}
        self._log_odds: dict[str, float] = {
            w: math.log((counts["id"][w] + 1) / totals["id"])
            - math.log((counts["en"][w] + 1) / totals["en"])
            for w in vocab
        }

    def score(self, words: Iterable[str]) -> float:
        """Positive means Indonesian, negative English; near zero means no evidence."""
        total = 0.0
        for word in words:
            if word.isdigit():
                continue
            if _EN_ORDINAL.fullmatch(word):  # "3rd", "19th": Indonesian writes "ke-3"
                total += ENGLISH_ORDINAL
                continue
            odds = self._log_odds.get(word)
            total += odds if odds is not None else _affix_odds(word)
        return total

    def detect(self, words: Iterable[str], fallback: str) -> str:
        return self.decide(self.score(words), fallback)

    @staticmethod
    def decide(value: float, fallback: str) -> str:
        """The language a score points to, or ``fallback`` when the evidence is too thin."""
        if abs(value) < 0.5:
            return fallback
        return "id" if value > 0 else "en"


def _affix_odds(word: str) -> float:
    """Evidence from the shape of an unseen word: Indonesian affixes versus English ones."""
    if len(word) < 5 or not word.isascii():
        return 0.0
    if word.endswith(_EN_SUFFIXES) or "th" in word or "w" in word or "q" in word:
        return -1.0
    if word.startswith(_ID_PREFIXES) and word.endswith(_ID_SUFFIXES):
        return 1.5
    if word.endswith(("kan", "nya")):
        return 1.0
    return 0.0
