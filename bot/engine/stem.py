"""A deliberately light stemmer that links related forms of a word for matching.

"didirikan" and "pendirian" both become "diri"; "founded" and "founding" become "found"; chat
forms link to their standard ones ("dilakuin" ~ "dilakukan", "ngelawan" ~ "melawan"). It only
strips common affixes and keeps at least four letters, so it errs towards leaving a word alone.
It is used only to relate words the index already knows (a question's "didirikan" to an
example's "pendirian"), never to rewrite the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PARTICLES = ("nya", "lah", "kah", "pun")
_ID_SUFFIXES = ("kan", "an", "in")  # "-in" is the chat form of "-kan"/"-i" (diadain)
_I_VERBS = ("me", "di")  # ... and "-i" ends a verb only after these ("dihadiri", "mengetuai")
_ID_PREFIXES = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen", "per", "ber", "ter",
                "nge", "ny", "ng", "me", "pe", "di", "ke", "se")
_EN_SUFFIXES = ("ment", "ship", "ing", "ed", "es", "s")
_EN_DOUBLING = ("ing", "ed")  # ... after which a verb's last consonant may be doubled
_DOUBLED = frozenset("bdgmnprt")
_EN_VERB_NOUNS = (("ications", "y"), ("ication", "y"), ("ations", "ate"), ("ation", "ate"),
                  ("ates", "ate"), ("ated", "ate"), ("ies", "y"), ("ied", "y"),
                  ("isms", "is"), ("ism", "is"))  # ("criticism" ~ "criticised")
# ... and a verb's noun in "-ption" or "-ction", whose verb has five letters at least
# ("adoption" ~ "adopted", "election" ~ "elected"; not "option", "action")
_EN_ION_NOUNS = (("ptions", "pt"), ("ption", "pt"), ("ctions", "ct"), ("ction", "ct"))
_DEMONYM = "ian"  # a people's word, whose country drops it ("Egyptian") or its "n" ("Syrian")
_MIN = 4
# ... and no stem is a pronoun: "theme" was "them", so "What was the theme of the Jakarta
# summit?" showed the sentence ending "... for not implementing them"
_PRONOUNS = frozenset(("them",))
# The same lists as patterns (earliest alternative first): one C call finds each affix.
_PARTICLE = re.compile(f"(?:{'|'.join(_PARTICLES)})$")
_ID_PREFIX = re.compile("|".join(_ID_PREFIXES))
# After "se-" or "ke-" an Indonesian root does not start with two consonants: "sekretariat" is
# a word of its own, not se-kretariat.
_CLUSTER = re.compile(r"[^aeiou][^aeiouy]")
_LOOSE_PREFIXES = ("se", "ke")
# Words that only look prefixed: their "root" means something else ("setuju" is to agree,
# "tujuan" a goal; "sejarah" is history, "jarah" to loot), or is too short to be one ("peran"
# is not per-an: "perannya" is "peran" + "-nya"; "terdiri" is to consist of, while
# "berdiri" and "didirikan" are to be founded).
_WHOLE = frozenset(("setuju", "sejarah", "selamat", "seluruh", "semangat", "keluar", "kecuali",
                    "peran", "perang", "terdiri"))
# "meny-"/"peny-" stand for a root's dropped "s" ("menyelesaikan" ~ "selesai"), or are "me-"
# before a root in "ny" ("menyatakan" ~ "nyata"): both are kept.
_NASAL_S = ("meny", "peny", "ny")  # (chat drops the "me-": "nyelesain", "nyerang")
# Before a vowel, "mem-", "men-", "meng-" stand for a root's dropped "p", "t", "k" ("memimpin"
# ~ "pimpin", "menulis" ~ "tulis", "mengirim" ~ "kirim"), or are "me-" before a root in "m"
# or "n" ("meminta" ~ "minta"), or "meng-" before a vowel ("mengambil" ~ "ambil"): all kept.
_NASAL = {"mem": "p", "pem": "p", "men": "t", "pen": "t", "meng": "k", "peng": "k",
          "ng": "k"}  # (chat drops the "me-" here too: "ngambil" ~ "mengambil")
_VOWELS = frozenset("aeiou")
_SHORT_ROOT = ("menge", "penge")


@lru_cache(maxsize=16384)
def stems(word: str) -> frozenset[str]:
    """Candidate stems of ``word`` (itself included); two words are related if they share one.

    Indonesian suffixes are ambiguous ("pembentukan" is pem-bentuk-an, "didirikan" is
    di-diri-kan), so each way of stripping them is kept.
    """
    if len(word) <= _MIN or not word.isalpha() or not word.isascii() or word in _WHOLE:
        return frozenset((word,))
    found = {word}
    base = word
    particle = _PARTICLE.search(base)
    if particle and particle.start() >= _MIN and _root(base[: particle.start()]):
        base = base[: particle.start()]  # "markasnya" -> "markas"; not "bertanya" -> "berta"
        found.add(base)
    trimmed_forms = [base]
    if base.endswith(_ID_SUFFIXES):
        trimmed_forms += [base[: -len(s)] for s in _ID_SUFFIXES if base.endswith(s)]
    # (chat "-in" after a root in "-i": "nyelesain" ~ "selesai"; a verb's "-i": "menghadiri"
    # ~ "hadir")
    if base.endswith("ain") or (base.endswith("i") and base.startswith(_I_VERBS)):
        trimmed_forms.append(base[:-1])
    for trimmed in trimmed_forms:
        if len(trimmed) < _MIN:
            continue
        rests = [r for r in _without_prefix(trimmed) if len(r) >= _MIN]
        if trimmed.startswith("ke"):  # "kepemimpinan" is ke-pe-mimpin-an: "memimpin" too
            rests += [r for rest in rests if rest.startswith("pe")
                      for r in _without_prefix(rest) if len(r) >= _MIN]
        if rests:
            found.update(rests)
        elif trimmed != base:
            found.add(trimmed)
    for suffix in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN and not word.endswith("ss"):
            stem = word[: -len(suffix)]
            found.add(stem)
            if suffix in _EN_DOUBLING and stem[-1] == stem[-2] and stem[-1] in _DOUBLED:
                found.add(stem[:-1])  # "dropped" ~ "drop", "admitting" ~ "admit"
            break
    else:
        if word.endswith("e") and len(word) > _MIN:  # "approve" ~ "approves", "approved"
            found.add(word[:-1])
    for ending, verb in _EN_VERB_NOUNS:  # "cooperation" ~ "cooperate", "applies" ~ "apply"
        if word.endswith(ending) and len(word) - len(ending) >= _MIN:
            found.add(word[: -len(ending)] + verb)
            break
    for ending, verb in _EN_ION_NOUNS:
        if word.endswith(ending) and len(verb := word[: -len(ending)] + verb) > _MIN:
            found.add(verb)
            break
    if word.endswith(_DEMONYM):  # "Palestinian" ~ "Palestine", "Indonesian" ~ "Indonesia"
        found.update(w for w in (word[:-len(_DEMONYM)], word[:-1]) if len(w) >= _MIN)
    return frozenset(found - _PRONOUNS)


def _without_prefix(word: str) -> tuple[str, ...]:
    """``word`` without its Indonesian prefix (the readings there are), none if it has none."""
    prefix = _ID_PREFIX.match(word)
    if prefix is None:
        return ()
    rest = word[prefix.end():]
    if prefix.group() in _LOOSE_PREFIXES and _CLUSTER.match(rest):
        return ()
    if prefix.group() in _NASAL_S:
        return ("s" + rest, "ny" + rest)
    dropped = _NASAL.get(prefix.group())
    # ("menge-", "penge-" before a root of one syllable: "mengesahkan" ~ "disahkan")
    short = (word[len("menge"):],) if word.startswith(_SHORT_ROOT) else ()
    if dropped and rest[:1] in _VOWELS:  # "memimpin" ~ "pimpin", "menanggapi" ~ "tanggap"
        return (dropped + rest, (prefix.group()[-1] if dropped != "k" else "") + rest, *short)
    return (rest, *short)


def _root(base: str) -> bool:
    """Whether ``base`` can be what is left of a word once a particle is taken off: enough
    letters, even after its prefix ("berta" would leave "ta", so "-nya" was part of "tanya")."""
    rests = _without_prefix(base)
    return not rests or len(rests[0]) >= _MIN - 1 or base in _WHOLE


_VERB_PREFIXES = ("di", "me", "ber", "ter", "ny", "nge", "ng")
_VERB_SUFFIXES = ("kan", "in", "ed", "ing", "ly")


def predicate_shaped(token: str) -> bool:
    """Whether a word has the affixes of a verb or adverb (di-...-i, me-, ber-, -kan, -ed,
    -ly): a shape, not a dictionary, so it weighs a word, or tells that a word after "before"
    is no name ("before *finishing*", "sebelum *menjabat*"); it never picks an answer alone."""
    return len(token) >= 6 and token.isalpha() and (
        token.startswith(_VERB_PREFIXES) or token.endswith(_VERB_SUFFIXES))


def deed_shaped(token: str) -> bool:
    """A verb's shape and not an English plural's: "members", "meetings" only look like verbs
    (by "me-"), and say what a question is about, not what was done."""
    return predicate_shaped(token) and not token.endswith("s")
