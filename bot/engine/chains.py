"""Questions that name a country by a row of the tables, then ask about that country.

"Negara tuan rumah KTT OKI ke-15 bergabung dengan OKI tahun berapa?", "Sekjen OKI ke-9 berasal
dari negara yang pernah menjadi tuan rumah KTT ke berapa?", "When did the host country of the
8th summit join the OIC?", "Negara asal Sekjen OKI saat ini ...", "Negara tempat COMSTECH
berkedudukan pernah menjadi tuan rumah KTT ke berapa?": a quiz's two steps. Read as one
question, the first step's row answered (the 15th summit's place and dates) as if it were what
was asked. Here the row is found, its country put in its words' place, and the question asked
again of that country ("Gambia bergabung dengan OKI tahun berapa?"); the answer says the first
step too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from bot.engine.focus import YEAR
from bot.engine.stem import predicate_shaped

# The words naming a country by the row that follows them ("negara tuan rumah KTT ke-15") ...
BEFORE_ROW: tuple[tuple[str, ...], ...] = (
    ("negara", "tuan", "rumah"), ("negara", "asal"), ("negara", "yang", "menjadi", "tuan", "rumah"),
    ("negara", "yang", "jadi", "tuan", "rumah"),
    # "Sekjen yang negaranya menjadi tuan rumah KTT ke-10", "the same country as the host of"
    ("yang", "negaranya", "menjadi", "tuan", "rumah"),
    ("yang", "negaranya", "jadi", "tuan", "rumah"), ("yang", "negaranya", "tuan", "rumah"),
    ("same", "country", "as", "the", "host", "of", "the"),
    ("same", "country", "as", "the", "host", "of"),
    ("negara", "yang", "akan", "menjadi", "tuan", "rumah"),
    ("negara", "yang", "akan", "jadi", "tuan", "rumah"),
    ("host", "country", "of", "the"), ("host", "country", "of"), ("the", "host", "of", "the"),
    ("home", "country", "of", "the"),
    ("home", "country", "of"), ("country", "that", "hosted", "the"),
    ("country", "that", "hosted"), ("country", "which", "hosted", "the"),
    ("country", "of", "the"), ("country", "of"), ("country", "that", "hosts"),
    # ... or a city ("the city that hosted the 8th summit", "kota tuan rumah KTT ke-4")
    *(CITY_OF_ROW := (
        ("city", "that", "hosted", "the"), ("city", "that", "hosted"),
        ("city", "which", "hosted", "the"), ("host", "city", "of", "the"),
        ("host", "city", "of"), ("kota", "tuan", "rumah"),
        ("kota", "yang", "menjadi", "tuan", "rumah"), ("kota", "yang", "jadi", "tuan", "rumah"))),
    *(CHAIRED_BY := (
        ("negara", "yang", "memimpin"), ("negara", "yang", "mengetuai"),
        ("negara", "yang", "presidennya", "mengetuai"),
        ("negara", "yang", "presidennya", "memimpin"),
        ("country", "that", "chairs"), ("country", "whose", "head", "of", "state", "chairs"),
        ("country", "whose", "president", "chairs"),
        ("country", "whose", "head", "of", "state", "runs"),
        ("country", "whose", "president", "runs"), ("country", "that", "runs"))),
)
# ... or by the row before them ("Sekjen ke-9 berasal dari negara yang ...")
AFTER_ROW: tuple[tuple[str, ...], ...] = (
    ("berasal", "dari", "negara", "yang"), ("asalnya", "dari", "negara", "yang"),
    ("came", "from", "a", "country", "that"), ("came", "from", "the", "country", "that"),
    ("comes", "from", "a", "country", "that"), ("is", "from", "a", "country", "that"),
    ("was", "from", "a", "country", "that"), ("was", "from", "the", "country", "that"),
    ("negaranya",),  # "Tunku Abdul Rahman negaranya pernah jadi tuan rumah ..."
    (POSSESSED := ("country",)),  # ... "Tunku Abdul Rahman's country hosted which summit?"
    # (normalised, no "'s" is kept)
)
JOINING = frozenset("and or dan atau".split())  # ... not after it: the country is asked
# ... or by a body's seat, its name between these ("negara tempat COMSTECH berkedudukan")
SEAT_BEFORE: tuple[tuple[str, ...], ...] = (
    ("negara", "tempat"), ("country", "where"), ("country", "in", "which"),
    *(CITY_SEAT := (("kota", "tempat"), ("city", "where"), ("city", "in", "which"))))
CITY_CUES = frozenset((*CITY_OF_ROW, *CITY_SEAT))  # ... a city named, not a country
SEAT_AFTER = frozenset("""berkedudukan bermarkas berkantor berpusat berada based located
    headquartered hosted""".split())
# ... or by where a meeting was held ("negara tempat KTT OKI pertama digelar")
HELD = frozenset("digelar diadakan dilaksanakan berlangsung held".split())
# ... or after a word for its seat ("negara tempat *markas* SESRIC")
SEAT_NOUNS = frozenset("markas kantor headquarters seat".split())
# ... or by whom it replaced ("negara yang menggantikan Kamerun sebagai ketua Dewan Menlu"),
# up to the verb of what is asked of it
REPLACED: tuple[tuple[str, ...], ...] = (
    ("negara", "yang", "menggantikan"), ("country", "that", "replaced"),
    ("country", "which", "replaced"), ("country", "that", "succeeded"))
STEP_ENDS = frozenset("pernah jadi menjadi also juga has have had is was did".split())
_CUES = (*AFTER_ROW, *BEFORE_ROW, *SEAT_BEFORE, *REPLACED)
_BY_FIRST = {first: [cue for cue in _CUES if cue[0] == first] for first in {c[0] for c in _CUES}}
ROW_WORDS = 6  # at most this many words name the row ("ktt oki luar biasa ke 5")
# an ordinal closes the row's words: "15", "8th", "pertama", "first"; so does "now" ("sekjen
# oki saat ini", "sekjen sekarang"), and a table's word after "current" ("the current sg")
_ORDINAL = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)?|pertama|kedua|ketiga|first|second|third)$")
NOW_AFTER = frozenset(("sekarang", "kini", "terakhir", "terbaru"))  # (and the latest held)
FIRST = frozenset(("pertama", "first"))  # ... unless a clause says the first what
QUALIFYING = frozenset("yang who to elected chosen dipilih terpilih".split())
NOW_BEFORE = frozenset(("current", "present", "latest", "last"))


@dataclass(frozen=True, slots=True)
class Chain:
    """A question's first step: the words naming a row (``row_words``), the span of the
    question they and their cue take, which the country's name replaces."""

    row_words: tuple[str, ...]
    start: int
    end: int
    by_chair: bool = False  # the country is the one whose head of state chairs the row
    of_city: bool = False  # the row's city is named ("the city where IRCICA is based")

    def asked(self, tokens: Sequence[str], country: str) -> str:
        """The question asked again, of ``country``."""
        return " ".join([*tokens[:self.start], country, *tokens[self.end:]])


def find_chain(tokens: Sequence[str], names_a_kind: Callable[[str], bool],
               name_spans: Callable[[], Collection[tuple[int, int]]],
               names_a_table: Callable[[str], bool] | None = None) -> Chain | None:
    """The first step of ``tokens`` (normalised), if a country is named by a row: after the
    cue ("negara asal Sekjen OKI ke-5") or before it ("Sekjen OKI ke-9 berasal dari negara
    yang ..."); the row's words must name a table's kind ("ktt", "sekjen") and one row of it
    (an ordinal, or now), or be its name ("negara asal Ekmeleddin İhsanoğlu"). Or by a body's
    seat, the body named by name between the cue and a verb of place ("negara tempat COMSTECH
    berkedudukan"). ``name_spans``: where rows are named by name in ``tokens`` (start, end),
    asked for only when a cue is found. ``names_a_table``: whether a word is a table's own
    (not only a kind's: "extraordinary"), which ends the row's words after an ordinal: "the
    13th Islamic Summit *chairs* ..." is no row of the summit chairs."""
    found = {cue: at for at, token in enumerate(tokens) for cue in _BY_FIRST.get(token, ())
             if tuple(tokens[at:at + len(cue)]) == cue}  # (one pass: most questions have none)
    if not found:
        return None
    spans = frozenset(name_spans())
    for cue in AFTER_ROW:
        at = found.get(cue)
        if at is not None and cue == POSSESSED and not (
                at + 1 < len(tokens) and tokens[at + 1] not in JOINING
                and (names_a_kind(tokens[at - 1]) or (0, at) in spans)):
            continue  # ("Pirzada's country and years?" asks for the country; "the first
            # Secretary-General and the country he came from" names no row before it)
        if at is not None and 0 < at <= ROW_WORDS and (
                _names_row(tokens[:at], names_a_kind) or (0, at) in spans):
            return Chain(tuple(tokens[:at]), 0, at + len(cue))
    for cue in BEFORE_ROW:
        at = found.get(cue)
        if at is None:
            continue
        start = at + len(cue)
        opening = _opening(tokens, at)
        for end in range(start + 1, min(len(tokens), start + ROW_WORDS) + 1):
            last = tokens[end - 1]
            if last in FIRST and tokens[end:end + 1] and tokens[end] in QUALIFYING:
                # ("Sekjen pertama *yang dipilih lewat voting*": the first so chosen, not the
                # first of all; its words run to the verb of what is asked of it)
                ends = [i for i in range(end + 2, min(len(tokens), end + ROW_WORDS))
                        if tokens[i] in STEP_ENDS]
                if ends:
                    return Chain(tuple(tokens[start:ends[0]]), opening, ends[0],
                                 cue in CHAIRED_BY, cue in CITY_CUES)
                break
            if _ORDINAL.match(last) or last in NOW_AFTER or (
                    last == "ini" and tokens[end - 2] == "saat") or (
                    names_a_kind(last) and NOW_BEFORE.intersection(tokens[start:end - 1])):
                while _ORDINAL.match(last) and end < len(tokens) and names_a_kind(tokens[end]):
                    end += 1  # "the 8th summit", "the 2nd extraordinary summit"
                    if (names_a_table or names_a_kind)(tokens[end - 1]):
                        break
                if end + 1 < len(tokens) and tokens[end] == "in" \
                        and YEAR.fullmatch(tokens[end + 1]):
                    end += 2  # "... summit in 2003": the row's year
                if _names_row(tokens[start:end], names_a_kind):
                    return Chain(tuple(tokens[start:end]), opening, end, cue in CHAIRED_BY,
                                 cue in CITY_CUES)
                break
        # ... or its name ("negara asal Ekmeleddin İhsanoğlu", "the country that hosts SESRIC")
        named = max((end for end in range(start + 1, min(len(tokens), start + ROW_WORDS) + 1)
                     if (start, end) in spans), default=None)
        if named is not None:
            return Chain(tuple(tokens[start:named]), opening, named, cue in CHAIRED_BY,
                         cue in CITY_CUES)
    for cue in REPLACED:
        at = found.get(cue)
        if at is None:
            continue
        start = at + len(cue) - 1  # (the row's words begin with "replaced": who did)
        ends = [i for i in range(start + 2, min(len(tokens), start + ROW_WORDS + 2))
                if tokens[i] in STEP_ENDS or predicate_shaped(tokens[i])]
        if ends:
            return Chain(tuple(tokens[start:ends[0]]), _opening(tokens, at), ends[0])
    for cue in SEAT_BEFORE:
        at = found.get(cue)
        if at is None:
            continue
        start = at + len(cue)
        if start < len(tokens) and tokens[start] in SEAT_NOUNS:
            named = max((end for end in range(start + 2, min(len(tokens), start + ROW_WORDS) + 1)
                         if (start + 1, end) in spans), default=None)
            if named is not None:
                return Chain(tuple(tokens[start + 1:named]), _opening(tokens, at), named,
                             of_city=cue in CITY_CUES)
        verb = next((i for i in range(start + 1, min(len(tokens), start + ROW_WORDS + 1))
                     if tokens[i] in SEAT_AFTER | HELD), None)
        if verb is None:
            continue
        end = verb - 1 if tokens[verb - 1] in ("is", "was") else verb  # ("where X *is* based")
        if (start, end) in spans or (tokens[verb] in HELD
                                     and _names_row(tokens[start:end], names_a_kind)):
            return Chain(tuple(tokens[start:end]), _opening(tokens, at), verb + 1,
                         of_city=cue in CITY_CUES)
    return None


def _opening(tokens: Sequence[str], at: int) -> int:
    """Where the words a country's name replaces begin: "the host country of" takes its
    article with it."""
    return at - 1 if at and tokens[at - 1] == "the" else at


def _names_row(words: Sequence[str], names_a_kind: Callable[[str], bool]) -> bool:
    return any(map(names_a_kind, words)) and any(
        _ORDINAL.match(w) or w in NOW_AFTER | NOW_BEFORE or w == "ini" for w in words)


# "Lahore hosted an Islamic Summit; which Secretary-General was a national of *that same
# country*?": a country named by pointing at a place or country said before it
_THAT_COUNTRY = re.compile(
    r"\b(?:that same country|the same country|that country|this country|"
    r"negara yang sama|negara itu|negara tersebut|negara tsb)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:?!,]")
_A_COUNTRY = re.compile(r"\b(?:negara|country|state|nation)\b", re.IGNORECASE)


def that_country(text: str) -> tuple[str, str, str] | None:
    """The words before the clause that points at "that country", that clause with a
    ``{country}`` slot where it points, and the words pointing; None if it does not point."""
    found = _THAT_COUNTRY.search(text)
    if found is None:
        return None
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, found.start())), default=0)
    if not text[:start].strip() or _A_COUNTRY.search(text[:start]):
        return None  # (nothing said before it to point at; or a country described, not the
        # one named: "Negara yang menggugat Myanmar ..., kapan negara itu ...?" is The Gambia)
    end = next((m.end() for m in _CLAUSE_END.finditer(text, found.end())), len(text))
    clause = f"{text[start:found.start()]}{{country}}{text[found.end():end]}"
    return text[:start], clause.strip(), found.group()


# "KTT tempat Madani dipilih", "the summit that elected Madani", "the CFM at which Taha was
# elected": a meeting named by whom it elected; the words between the meeting and the rest
_RELATIVE = frozenset("tempat where that which yang at".split())
ELECTING = frozenset("""elected elect chose chosen named dipilih terpilih memilih mengangkat
    diangkat ditetapkan menetapkan""".split())
ELECTED_WINDOW = 6  # at most this many words between the relative word and the last of these


@dataclass(frozen=True, slots=True)
class ElectedAt:
    """A meeting named by the office holder it elected: the span (of ``tokens``) the meeting's
    name replaces, and where the holder's name is."""

    start: int
    end: int
    name: tuple[int, int]


def find_elected_at(tokens: Sequence[str],
                    meeting_spans: Callable[[], Collection[tuple[int, int]]],
                    name_spans: Callable[[], Collection[tuple[int, int]]]) -> ElectedAt | None:
    """The words naming a meeting by whom it elected ("the summit that elected Madani", "sidang
    menlu yang memilih Laraki"): a meeting's words (``meeting_spans``) followed by a relative
    word, a verb of electing and a row's name (``name_spans``)."""
    electing = [i for i, t in enumerate(tokens) if t in ELECTING]
    if not electing:
        return None  # (most questions: no such words)
    for start, end in sorted(meeting_spans()):
        if end >= len(tokens) or tokens[end] not in _RELATIVE:
            continue
        window = range(end + 1, min(len(tokens), end + 1 + ELECTED_WINDOW))
        verbs = [i for i in electing if i in window]
        names = [(s, e) for s, e in name_spans() if s in window and e - 1 in window]
        if verbs and names:
            start -= start > 0 and tokens[start - 1] == "the"
            return ElectedAt(start, max(verbs[0], names[0][1] - 1) + 1, names[0])
    return None
