"""What a yes/no question claims about where, when or how many ("Was the OIC founded in
*Cairo*?", "apakah Piagam OKI disahkan tahun *1975*?", "OKI punya *58* anggota?").

Such a place, year or count is the asker's premise, not the topic. An answer that never names
it is by construction "unexplained" by it, so the right answer (founded in Rabat) lost to any
entry naming the place (the Cairo Declaration). So the question is also read as what it asks
("was the oic founded in where"), and an answer naming another place, year or count of its
own states what the sources say instead: it may answer, and says first that its sources do
not mention the claim, so nobody reads it as a yes. A why question's place or year is a premise
as much ("Why was the OIC founded in Cairo?"), but it still asks why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from bot.engine.dates import days_in, month_days
from bot.engine.stem import predicate_shaped, stems
from bot.engine.tables import MONTH_WORDS, YEAR, YES_NO_OPENERS

# The question words a yes/no question's claims stand in for: "founded in Cairo?" asks where it
# was founded, "OKI punya 58 anggota?" how many members it has
ASKED_BY: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"where": ("where",), "when": ("when",), "count": ("how", "many")},
    "id": {"where": ("dimana",), "when": ("kapan",), "count": ("berapa",)}}
# "Why was the OIC founded in Cairo?" takes its place as given: a premise, claimed as much as
# "Was the OIC founded in Cairo?" claims it
WHY = {"en": frozenset(("why",)), "id": frozenset("kenapa mengapa knp ngapa".split())}
# ... the words that put a place or a year as the claim's where or when
WHERE_WHEN = frozenset("in at on during di pada tahun thn th year".split())
# ... or, with no "in" or "tahun", right after what happened: "apakah OKI didirikan 1945?"
# left "1945" unexplained and was refused; "OKI didirikan 1945 kan?" got Indonesia's
# membership, whose answer names the 1945 Constitution
DATED_BY = frozenset("""didirikan berdiri dibentuk founded established created joined
    bergabung masuk diadakan held signed ditandatangani disahkan adopted dibuat lahir started
    began terjadi happened occurred dibakar burned burnt""".split())  # ("... terjadi 1967?")
# ... past the words saying what kind of place it is ("didirikan di *kota* Kairo", "founded in
# *the city of* Cairo" were not sure)
PLACE_KIND = frozenset("kota city the of".split())
# ... and those after which a number names something rather than counts ("KTT ke 2",
# "Pasal 21", "resolusi 3369")
NAMING = frozenset("ke no nomor number pasal article bab chapter resolusi resolution".split())
# ... or after which it is taken as given ("Is Palestine one of *the* 57 members?")
GIVEN = frozenset("the dari".split())
COUNT = re.compile(r"^\d{1,3}$")
# A day claimed, as its days ("1969-08-21", "1969-09-22/1969-09-25"): "The OIC was founded on
# 21 August 1969, true?" named the arson's day, and was answered with the arson
# (or a day of a month, with no year: "--03-21", "Islamophobia day is 21 March, correct?")
DAY_CLAIMED = re.compile(r"^(?:\d{4}|-)-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?$")
DAYS_IN_A_MONTH = 31
# An answer gives a small count in words as often as in digits ("tiga tahun sekali")
SAID_COUNTS = {word: str(n) for words in (
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh",
    "one two three four five six seven eight nine ten") for n, word in enumerate(words.split(), 1)}

# ... and claims one (not "one", "satu": "one of the members", "satu-satunya")
CLAIMED_IN_WORDS = frozenset(SAID_COUNTS) - {"one", "satu"}
# The words after which an answer's number is a name, not a count ("the Committee of Six",
# "Komite Enam": "There are 5 observer states and the Philippines is one of them, right?"
# was told our sources do not mention 5, which the observers' answer states)
NAMED_BY = frozenset("committee komite group kelompok".split())
# A year naming a line, not a time: "the 1967 borders", "dalam batas 1967" (of an answer on the
# arson of 1969, "Al-Aqsa dibakar tahun 1967?" was taken as said)
LINE_AFTER = frozenset("border borders line lines".split())
LINE_BEFORE = frozenset("batas perbatasan garis pre pra".split())
# What happened in the year claimed, by the words saying it, and to what: an answer's sentences
# saying that of it are what it states of the year ("The OIC was founded in 1970, right?" was
# answered as said, by an answer founding it in 1969 and setting up its Secretariat in 1970)
EVENTS = {event: frozenset(words.split()) for event, words in {
    "founding": """founded established created founding didirikan berdiri berdirinya
        didirikannya pendirian pendiriannya lahir kelahiran dibentuk""",
    "joining": "joined join bergabung",
    "meeting": "held diadakan digelar diselenggarakan berlangsung",
    # (one event however a text says it: "the Cairo Declaration was signed in 1948" of an
    # answer saying "adopted")
    "adopting": """adopted disahkan diadopsi ratified diratifikasi signed ditandatangani
        approved""",
    "burning": "burned burnt arson dibakar pembakaran",
    "renaming": "renamed berganti diganti changed"}.items()}
# ... said in the last of these words before the year, past "in" and the places claimed
# ("berdirinya oki tahun 1970", "the oic was founded in jeddah in 1969"), where the words
# that are not these say to what
EVENT_BEFORE = 3
NOT_OF = frozenset("the a an its it itu ini yang nya".split()).union(*YES_NO_OPENERS.values())
# A count claimed is of the word right after it ("56 *anggota*"), held against the counts an
# answer gives of that word, in any form or language ("OKI punya 56 anggota kan?" was taken as
# said by an answer of 57 members, 56 of which are in the UN), where each time the answer says
# the count claimed it counts something else
COUNTED = "counted"  # (what a count's ``Happened`` says: it counts)
# ... the words counting the same (an answer's counts are of both its languages': "57
# anggota" is said by "57 negara" as much as by "57 member states")
COUNTED_ALIKE = (frozenset("""anggota member members negara state states country countries
    nations""".split()),)
# ... past the other counts of a list ("22, 24, 25, 30 or 35 states")
LISTING = frozenset("or and atau dan to hingga sampai".split())


@dataclass(frozen=True, slots=True)
class Happened:
    """What a year claimed says happened then (an ``EVENTS`` key), and the words saying to
    what ("founded", {"oki"}); or, of a count, ``COUNTED`` and what it counts ({"anggota"})."""

    event: str
    of: frozenset[str]


@dataclass(frozen=True, slots=True)
class Claims:
    """A yes/no question's claims: token -> the place id, year or count it claims; ``asked``,
    the question with each claim put as what it asks ("was the oic founded in where")."""

    found: Mapping[str, str]
    asked: tuple[str, ...]
    # a year claimed -> what then; a count -> what it counts
    events: Mapping[str, Happened] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Stated:
    """The places (ids), years and counts an answer states, and the numbers in the names it
    says ("the Committee of Six")."""

    places: frozenset[str]
    years: frozenset[str]
    counts: frozenset[str]
    named: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()  # each day it names, as "1969-09-22"
    month_days: frozenset[str] = frozenset()  # ... and each day of a month, as "-09-22"
    # the words and years of each sentence naming a year
    dated: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    # each count (not in a name) and the word after it, what it counts ("" at a sentence's end)
    counted: tuple[tuple[str, str], ...] = ()


def claims(tokens: tuple[str, ...], places: Iterable[tuple[int, int, Iterable[str]]],
           lang: str, confirming: bool = False, counts_only: bool = False,
           countries: Iterable[tuple[str, ...]] = ()) -> Claims | None:
    """The claims of a yes/no question (one opened so, or ``confirming``: asked with "?" and no
    question word, in ``lang``): its places and years put as where or when, and its counts;
    ``places`` are the (start, end, ids) of the places it names, ``countries`` the names of
    the countries (a country after a place claimed is part of it: "di Kairo, Mesir").
    ``counts_only``: a question naming a history table, whose rows answer for places and years
    themselves."""
    first = tokens[1:2] if tokens[:1] == ("apa",) else tokens[:1]  # "apa benar ...?"
    opened = next((lang for lang, words in YES_NO_OPENERS.items() if first
                   and first[0] in words), None)
    why = any(not words.isdisjoint(tokens) for words in WHY.values())
    if opened is None and not confirming and not why:
        return None
    # (a why question asks why, whatever its premise says: "why was it founded in where" would
    # be the founding's place again)
    asked_by = dict.fromkeys(ASKED_BY[lang], ()) if why else ASKED_BY[opened or lang]
    spans: dict[int, tuple[int, str, tuple[str, ...]]] = {}  # start -> end, claim, asked by
    names = [tuple(name) for name in countries]
    for start, end, ids in () if counts_only else places:
        named = sorted(ids)
        opens = start
        while opens and tokens[opens - 1] in PLACE_KIND:
            opens -= 1
        if len(named) == 1 and opens and tokens[opens - 1] in WHERE_WHEN:
            end += next((len(name) for name in names if tokens[end:end + len(name)] == name), 0)
            spans[opens] = (end, named[0], asked_by["where"])
    # (a year right after a place claimed is claimed too: "disahkan di Rabat 1969 kan?")
    after_place = {end for end, _, _ in spans.values()}
    # (a day is claimed whole: "OKI berdiri 25 September 1969, benar?", whose "22 25 september"
    # of the first summit was told "Sumber kami di sini tidak menyebut 22")
    # (a day's numbers count nothing even where a history table's rows settle the day: "KTT
    # pertama OKI tanggal 22-25 September 1969 ya?")
    dated: set[int] = set()
    for at, days in days_in(tokens):
        if not counts_only:
            spans[at.start] = (at.stop, _day_claim(days), asked_by["when"])
        dated.update(at)
    for at, day in month_days(tokens):
        if dated.isdisjoint(at):
            if not counts_only:
                spans[at.start] = (at.stop, f"-{day}", asked_by["when"])
            dated.update(at)
    for number, token in enumerate(tokens):
        before = tokens[number - 1] if number else ""
        if number in dated:
            continue
        if YEAR.match(token) and (before in WHERE_WHEN or before in DATED_BY
                                  or number in after_place) and not counts_only:
            spans[number] = (number + 1, token, asked_by["when"])
        elif YEAR.match(token) and before in MONTH_WORDS and not counts_only and (
                month_at := next((at for at in (number - 2, number - 3) if at >= 0
                               and tokens[at] in WHERE_WHEN), None)) is not None:
            # (and one after its month, and day: "adopted in March 2018", "on 14 March 2018")
            spans[month_at + 1] = (number + 1, token, asked_by["when"])
        elif (COUNT.match(token) or token in SAID_COUNTS) and _named(tokens, number):
            # (a number naming a committee claims that name: "Indonesia chaired the Committee
            # of Seven on the Moro, right?" is told its sources name another)
            spans[number] = (number + 1, " ".join(
                w if w in ("of", "dari") else w.capitalize()
                for w in tokens[number - 2 + (tokens[number - 1] in NAMED_BY):number + 1]), ())
        elif COUNT.match(token) and before not in NAMING | GIVEN | WHERE_WHEN \
                and MONTH_WORDS.isdisjoint(tokens[number + 1:number + 2]):
            # (not after "in", "tahun": "name changed in '11?", "signed in 08" write a year;
            # nor before a month, a day: "dibentuk tanggal 3 September 1969, betul?" was told
            # "Sumber kami di sini tidak menyebut 3")
            spans[number] = (number + 1, token, asked_by["count"])
        elif token in CLAIMED_IN_WORDS and before not in NAMING | GIVEN | WHERE_WHEN \
                and tokens[number + 1:number + 2] not in (("of",), ("dari",)):
            # ... or in words ("The OIC has four official languages, right?" left "four"
            # unexplained, and was declined)
            spans[number] = (number + 1, token, asked_by["count"])
    if not spans:
        return None
    claimed = {at for start, (end, _, _) in spans.items() for at in range(start, end)}
    events = {claim: happened for at, (_, claim, _) in spans.items() if YEAR.match(claim)
              for happened in (_happened(tuple(
                  t for i, t in enumerate(tokens[:at]) if i not in claimed
                  and t not in WHERE_WHEN | PLACE_KIND)[-EVENT_BEFORE:]),) if happened}
    events.update({claim: Happened(COUNTED, frozenset((of,))) for at, (_, claim, _) in spans.items()
                   if COUNT.match(claim) or claim in SAID_COUNTS
                   for of in (_counting(tokens, at),) if of and of not in NOT_OF})
    found: dict[str, str] = {}
    asked: list[str] = []
    number = 0
    while number < len(tokens):
        if number in spans:
            end, claim, words = spans[number]
            found.update(dict.fromkeys(tokens[number:end], claim))
            asked += words
            number = end
        else:
            asked.append(tokens[number])
            number += 1
    return Claims(found, tuple(asked), events)


def _happened(tokens: tuple[str, ...]) -> Happened | None:
    """What the words say happened, and to what."""
    event = next((event for event, words in EVENTS.items() if not words.isdisjoint(tokens)), "")
    return Happened(event, frozenset(tokens) - EVENTS[event] - NOT_OF) if event else None


def stated(answers: Iterable[tuple[str, ...]], places: Callable[[tuple[str, ...]], Iterable[str]]
           ) -> Stated:
    """What answers' sentences (as tokens) state; ``places`` finds the places in tokens."""
    texts = list(answers)
    years = [frozenset(t for at, t in enumerate(tokens)
                       if YEAR.match(t) and not _a_line(tokens, at)) for tokens in texts]
    # (a number naming something counts nothing: Russia's "sidang ke-32" was held against "OKI
    # punya 5 negara pengamat", the sources said not to mention 5)
    numbers = [(SAID_COUNTS.get(t, t), _named(tokens, at), _counting(tokens, at))
               for tokens in texts for at, t in enumerate(tokens)
               if (COUNT.match(t) or t in SAID_COUNTS) and not (at and tokens[at - 1] in NAMING)]
    return Stated(frozenset(p for tokens in texts for p in places(tokens)),
                  frozenset().union(*years),
                  frozenset(n for n, named, _ in numbers if not named)
                  | {days for tokens in texts for days in _lasting(tokens)},
                  frozenset(n for n, named, _ in numbers if named),
                  frozenset(day.isoformat() for tokens in texts
                            for _, days in days_in(tokens) for day in days),
                  frozenset(day for tokens in texts for _, day in month_days(tokens)),
                  tuple((frozenset(tokens), said) for tokens, said in zip(texts, years, strict=True)
                        if said),
                  tuple((n, after) for n, named, after in numbers if not named))


def _day_claim(days: frozenset[date]) -> str:
    """A day (or span of days) claimed, as ``DAY_CLAIMED`` writes it."""
    return "/".join(dict.fromkeys((min(days).isoformat(), max(days).isoformat())))


def claimed_days(claim: str) -> tuple[date, date]:
    """The first and last day of a day claimed."""
    first, _, last = claim.partition("/")
    return date.fromisoformat(first), date.fromisoformat(last or first)


def _a_line(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the year at ``at`` names a line ("the 1967 borders")."""
    return (at + 1 < len(tokens) and tokens[at + 1] in LINE_AFTER) or (
        at > 0 and tokens[at - 1] in LINE_BEFORE)


def _named(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the number at ``at`` is part of a name ("committee of six")."""
    before = tokens[max(0, at - 2):at]
    return bool(before) and (before[-1] in NAMED_BY or (
        len(before) == 2 and before[0] in NAMED_BY and before[1] in ("of", "dari")))


def _lasting(tokens: tuple[str, ...]) -> set[str]:
    """How many days the ranges of dates in tokens span ("22–25 September": 4): a count a claim
    may state ("KTT pertama OKI berlangsung 4 hari di Rabat, betul gak?" was told its sources
    do not mention 4)."""
    return {str(int(last) - int(first) + 1)
            for first, last, month in zip(tokens, tokens[1:], tokens[2:], strict=False)
            if COUNT.match(first) and COUNT.match(last) and month in MONTH_WORDS
            and 0 < int(last) - int(first) < DAYS_IN_A_MONTH}


def contradicted(claim: str, answer: Stated, happened: Happened | None = None) -> bool:
    """Whether an answer states another place, year, day or count than ``claim``: a day
    against the days it names, or, naming none, against its years; a year of what
    ``happened`` against the years of its sentences saying that, if any; a count, against
    those it gives of what the count counts, if any."""
    if claim.startswith("--"):  # (a day of a month: against the days of months it names)
        return bool(answer.month_days) and claim[1:] not in answer.month_days
    if DAY_CLAIMED.match(claim):
        first, last = claimed_days(claim)
        if answer.days:
            return not any(first.isoformat() <= day <= last.isoformat() for day in answer.days)
        return bool(answer.years) and str(first.year) not in answer.years
    if YEAR.match(claim):
        # (not by an answer telling of nothing happening: "oic founded in 1969 and hq in
        # jeddah" was told by the headquarters' answer that its sources do not mention 1969)
        return bool(answer.years) and (happened is None or _says(answer, happened.event)) and (
            claim not in answer.years or _of_something_else(claim, answer, happened))
    if COUNT.match(claim) or claim in SAID_COUNTS:
        if happened is not None and happened.event == COUNTED \
                and not _forms(happened.of).isdisjoint(COUNTED_ALIKE[0]):
            # (states counted, only against counts of states: "OKI didirikan oleh 25 negara
            # termasuk Indonesia, betul?" was told by Indonesia's entry, counting no states,
            # that its sources do not mention 25)
            return miscounted(claim, answer, happened)
        return (bool(answer.counts) and SAID_COUNTS.get(claim, claim) not in answer.counts
                ) or miscounted(claim, answer, happened)
    if claim.split()[0].lower() in NAMED_BY:  # ("Committee of Seven")
        number = claim.split()[-1]
        return bool(answer.named) and SAID_COUNTS.get(number, number) not in answer.named
    named = _places_like(claim, answer)
    return bool(named) and claim not in named


def _of_something_else(claim: str, answer: Stated, happened: Happened | None) -> bool:
    """Whether an answer names the year claimed, but not of what ``happened``, whose
    sentences name other years."""
    if happened is None or claim not in answer.years:
        return False
    years = frozenset().union(*(said for words, said in answer.dated
                                if not EVENTS[happened.event].isdisjoint(words)
                                and happened.of <= words))
    return bool(years) and claim not in years


def miscounted(claim: str, answer: Stated, happened: Happened | None) -> bool:
    """Whether an answer gives counts of what a count claimed counts, not the count claimed,
    which it says (if at all) only of other things ("56 of them are also UN members")."""
    if happened is None or happened.event != COUNTED:
        return False
    count = SAID_COUNTS.get(claim, claim)
    alike = _forms(happened.of)
    of = {said for said, after in answer.counted
          if after and not _forms(frozenset((after,))).isdisjoint(alike)}
    return bool(of) and count not in of and all(
        after for said, after in answer.counted if said == count)


def _counting(tokens: tuple[str, ...], at: int) -> str:
    """The word that the count at ``at`` counts, past the rest of a list of counts; none
    where a verb follows, what it counts left unsaid ("49 anggota OKI bermayoritas Muslim dan
    8 bermayoritas Kristen": "ada 8 negara anggota OKI yg mayoritas kristen?" was told the
    sources give another number than 8)."""
    after = at + 1
    while after < len(tokens) and (COUNT.match(tokens[after]) or tokens[after] in LISTING):
        after += 1
    word = tokens[after] if after < len(tokens) else ""
    # (the verb's shape is only a shape: "members" has it)
    return word if not predicate_shaped(word) or any(word in group for group in COUNTED_ALIKE) \
        else ""


def _forms(words: frozenset[str]) -> frozenset[str]:
    """``words``, their stems ("years" is "year") and the words counting the same."""
    found = words.union(*map(stems, words))
    return found.union(*(group for group in COUNTED_ALIKE if not group.isdisjoint(found)))


def _says(answer: Stated, event: str) -> bool:
    """Whether any sentence of an answer naming a year says that ``event`` happened."""
    return any(not EVENTS[event].isdisjoint(words) for words, _ in answer.dated)


def confirmed(claim: str, answer: Stated) -> bool:
    """Whether an answer states a claim's place, though in other words: the country of a
    city it names ("was the oic charter signed in saudi arabia?" of one saying "in Jeddah"
    lost to the 2008 Charter's, which states Senegal)."""
    return claim in _places_like(claim, answer)


def _places_like(claim: str, answer: Stated) -> set[str]:
    """The places an answer states of the claim's kind: a country against the countries it
    names, a city against its cities ("the secretariat sits in Mecca" is not contradicted by
    an answer naming Türkiye alone)."""
    return {place for place in answer.places if place.isupper() == claim.isupper()}
