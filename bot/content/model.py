"""The knowledge base as immutable values: what the engine answers from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

LANGS: tuple[str, ...] = ("id", "en")
EntryKind = Literal["fact", "smalltalk", "out_of_scope"]
CountryStatus = Literal["member", "observer", "not_member"]
RowStatus = Literal["held", "planned", "current", "former"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: shown to the learner so they can check and cite it."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One answer in both languages (a fact with sources, or small talk without)."""

    id: str
    topic: str
    kind: EntryKind
    title: Mapping[str, str]
    answer: Mapping[str, str]
    sources: tuple[Source, ...]
    as_of: date | None  # the date of the newest source that supports the answer
    related: tuple[str, ...]
    path: Path
    line: int
    checked: date | None = None  # when an operator last looked for newer sources


@dataclass(frozen=True, slots=True)
class Role:
    """What a member state does in the OIC, for "what is the role of X in the OIC?"."""

    answer: Mapping[str, str]
    sources: tuple[Source, ...]
    as_of: date | None = None
    checked: date | None = None
    entry: str | None = None  # the entry telling this role at length: one answer, no rival


@dataclass(frozen=True, slots=True)
class Intent:
    """What people ask: example questions per language, pointing at the entry that answers."""

    id: str
    answers: str
    examples: Mapping[str, tuple[str, ...]]
    path: Path
    line: int
    example_lines: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Country:
    """A country's standing in the OIC, for "is X a member?" questions."""

    code: str  # ISO 3166-1 alpha-2
    status: CountryStatus
    since: int | None
    aliases: tuple[str, ...]
    note: Mapping[str, str] | None
    sources: tuple[Source, ...]
    years_differ: bool
    path: Path
    line: int
    role: Role | None = None
    related: tuple[str, ...] = ()  # entries to offer first under this country's answer
    entry: str | None = None  # the entry about this country's standing: one answer, no rival
    region: str | None = None  # a Region id: where it lies, for "members in Africa"
    # its names as shown, where the ISO library's are dated (Indonesian "Timor Timur" was the
    # name of the province of 1976–1999; the state, independent since 2002, is "Timor Leste")
    name: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    """A heading for browsing the knowledge base."""

    id: str
    title: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Organisation:
    """Another organisation people confuse with ours; questions about it get no OIC fact."""

    id: str
    name: Mapping[str, str]
    names: tuple[str, ...]
    # Acronyms that are ordinary English words ("who"): they name the organisation only in an
    # Indonesian sentence ("markas WHO di mana").
    indonesian_acronyms: tuple[str, ...] = ()
    # Another meaning of the letters "OIC" ("Officer in Charge"): named, the letters in the
    # same question are it, not the OIC
    same_letters: bool = False


@dataclass(frozen=True, slots=True)
class Courtesy:
    """Greetings, thanks, goodbyes or padding around a question, set aside before matching."""

    kind: str
    phrases: tuple[str, ...]
    reply: str | None  # the small-talk entry for a message made only of these
    # Praise ("berguna", "helpful") said of the OIC ("oki gak berguna", "is the oic helpful")
    # is what is asked, not a courtesy: such phrases are set aside only when not said of it.
    said_of_oic_asks: bool = False
    # "jawab pake bahasa indonesia", "in English please": the language to answer in
    answer_in: str | None = None
    # Phrases that are this courtesy only as a clause of their own: "siapa sekjen oki? in
    # english pls" asks for English, "what is OKI in English?" for a name
    alone: tuple[str, ...] = ()
    # Where it was written, for messages; not part of what it means, so a copy of the content
    # in another folder has the same lexicon (and an engine built from it lends its index).
    path: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """How people write: chat abbreviations, synonyms, names, other organisations."""

    abbreviations: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]
    organisations: tuple[Organisation, ...]
    membership_cues: Mapping[str, tuple[str, ...]]
    fillers: tuple[str, ...]
    courtesies: tuple[Courtesy, ...] = ()
    question_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    question_openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    role_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    function_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    our_name: str = "oki"  # the canonical token of the OIC's own names
    # Names of the OIC's own organs ("KTT Islam"): a question naming one is about the OIC.
    our_organs: tuple[str, ...] = ()
    # ... and those asked about in their own right: what is asked of the OIC, asked of one of
    # these, is another question ("who heads the CFM" is not "who heads the OIC").
    organs_apart: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Navigation:
    """What the bot offers when it has nothing better (entry ids, checked by the loader)."""

    starters: tuple[str, ...] = ()  # on /start, and when a question matched nothing
    membership_related: tuple[str, ...] = ()  # under an "is X a member?" answer
    not_member_why: tuple[str, ...] = ()  # with "why is X not a member?" answered by a standing


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the day, the month or only the year, as history often is."""

    year: int
    month: int | None = None
    day: int | None = None

    def first(self) -> date:
        """The earliest day it can mean (for ordering and "was X in office in 1985?")."""
        return date(self.year, self.month or 1, self.day or 1)

    def last(self) -> date:
        """The latest day it can mean."""
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        if self.month is None:
            return date(self.year, 12, 31)
        following = date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)


@dataclass(frozen=True, slots=True)
class Region:
    """A continent or one of its parts, by the UN's statistical regions (M49): "anggota OKI di
    Afrika" lists the members whose region is it or lies ``within`` it; a grouping of parts
    ("Sub-Saharan Africa") those whose region is one of its ``parts``."""

    id: str
    name: Mapping[str, str]
    within: str | None  # the continent of a subregion
    aliases: tuple[str, ...]  # how people write it, besides its names
    sources: tuple[Source, ...]  # where its members are listed (besides region_sources)
    path: Path
    line: int
    entry: str | None = None  # an entry written about its members, which answers instead
    parts: tuple[str, ...] = ()  # the parts a grouping of its continent's takes in


@dataclass(frozen=True, slots=True)
class Place:
    """A city rows can name, with its name in both languages and the ways people write it."""

    id: str
    name: Mapping[str, str]
    country: str | None  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...]
    path: Path
    line: int


@dataclass(frozen=True, slots=True)
class CountryLabel:
    """How answers name a country where its ISO name reads oddly ("The Gambia", "Russia")."""

    code: str
    name: Mapping[str, str]
    path: Path
    line: int | None


@dataclass(frozen=True, slots=True)
class Template:
    """One wording of a sentence in both languages, used for the rows it fits.

    It fits a row when the row has every field it names (``{place}``, ``{chair}`` ...) and,
    if given, the row's status or kind is one of ``statuses`` / ``kinds``; ``latest`` variants
    fit only the most recent row of its kind that took place.
    """

    text: Mapping[str, str]
    fields: frozenset[str]
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    latest: bool = False


@dataclass(frozen=True, slots=True)
class TableKind:
    """A kind of row (ordinary / extraordinary summit, observer state ...) and its words."""

    id: str
    name: Mapping[str, str]
    plural: Mapping[str, str]
    label: tuple[Template, ...]  # how a row without its own name is called ("2nd Islamic Summit")
    words: Mapping[str, tuple[str, ...]]  # words in a question that ask for this kind


@dataclass(frozen=True, slots=True)
class TableTemplates:
    """How a row becomes an answer: the first fitting title, lead and list item; every
    fitting detail line."""

    title: tuple[Template, ...]
    lead: tuple[Template, ...]
    details: tuple[Template, ...]
    item: tuple[Template, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a history table: a meeting, an office holder, a body, an observer ..."""

    id: str
    table: str
    kind: str
    sources: tuple[Source, ...]
    path: Path
    line: int
    ordinal: int | None = None
    status: RowStatus | None = None
    name: Mapping[str, str] | None = None
    names: tuple[str, ...] = ()  # other names people use for it, for matching
    cities: tuple[str, ...] = ()  # Place ids
    # places some sources give instead ("KTT ke-10 di Kuala Lumpur"): found by a question
    # naming one with the row's number or year, never shown as where it was
    reported_in: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2 (of the place, or of the person)
    start: PartialDate | None = None
    end: PartialDate | None = None
    chair: Mapping[str, str] | None = None
    chair_country: str | None = None  # whose head of state chairs it (a body), if one does
    members: tuple[str, ...] = ()  # ISO codes of the states that sit on it (a body), if listed
    holder: Mapping[str, str] | None = None
    theme: Mapping[str, str] | None = None
    outcome: Mapping[str, str] | None = None
    elected: Mapping[str, str] | None = None
    elected_at: str | None = None  # the row of the meeting that elected it (an office holder)
    note: Mapping[str, str] | None = None
    previous: str | None = None  # the row this one took over from (same table)
    entry: str | None = None  # the knowledge entry about the same thing (ICESCO): not a rival
    # the table whose current row heads it ("who heads the General Secretariat?": the
    # Secretary-General in office, named where the office's holders are kept)
    headed_by: str | None = None
    as_of: date | None = None
    checked: date | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the OIC's history that operators keep in YAML, with its matching words."""

    id: str
    name: Mapping[str, str]
    words: Mapping[str, tuple[str, ...]]  # words in a question that name this table
    kinds: Mapping[str, TableKind]
    default_kind: str | None  # what "the 2nd summit" means when no kind is named
    statuses: tuple[str, ...]
    default_row: str | None  # "current": a bare question ("who chairs the OIC?") means that row
    templates: TableTemplates
    rows: tuple[Row, ...]
    path: Path
    line: int
    # The table's words are too common to name it alone ("committee", "organ"): a question must
    # also name one of its kinds or one of its rows.
    kind_required: bool = False
    # Words this table shares with others ("meetings", "pertemuan"): with a place and no
    # table's own word, a question gets the rows of every table sharing the word held there.
    shared_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The entry about whichever row is current ("who chairs the OIC now"): that row and the
    # entry are one answer, and nothing moves when the chair passes.
    current_entry: str | None = None
    # The meetings whose chairs these rows are (the summit chairs: "summits"): a question that
    # names another table of meetings ("who chaired the CFM in 2021?") is not about them.
    chairs_of: str | None = None

    @property
    def of_meetings(self) -> bool:
        """Whether its rows are meetings: held in a city, and with a status (not a standing
        such as an observer's, which is named by its country, nor an office)."""
        return any(r.status for r in self.rows) and any(r.cities for r in self.rows)


# Placeholders a template may use, and the row fields each needs ("label" and "kind" are
# always available: see row_fields).
PLACEHOLDERS: Mapping[str, tuple[str, ...]] = {
    "label": (), "kind": (), "name": ("name",), "n": ("ordinal",), "nth": ("ordinal",),
    "place": ("place",), "city": ("cities",), "country": ("country",),
    "dates": ("start",), "when": ("start",), "start": ("start",), "year": ("start",),
    "end": ("end",), "chair": ("chair",), "holder": ("holder",), "theme": ("theme",),
    "outcome": ("outcome",), "elected": ("elected",), "previous": ("previous",),
}


def row_fields(row: Row, kind: TableKind, country: str | None) -> frozenset[str]:
    """The placeholders ``row`` can fill (``country``: its own or its city's country)."""
    present = {name for name in ("ordinal", "start", "end", "chair", "holder", "theme",
                                 "outcome", "elected", "previous", "name", "cities")
               if getattr(row, name)}
    if country:
        present.add("country")
    if row.cities or country:
        present.add("place")
    fields = {p for p, needs in PLACEHOLDERS.items() if all(n in present for n in needs)}
    fields.discard("label")
    if row.name or any(t.fields <= fields and (not t.statuses or row.status in t.statuses)
                       for t in kind.label):
        fields.add("label")
    return frozenset(fields)


# -- study groups: quiz items and learning paths operators write ------------------------------

QUIZ_TOPICS: tuple[str, ...] = ("history", "members", "summits", "secretaries", "organs",
                                "indonesia", "general")
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


@dataclass(frozen=True, slots=True)
class QuizItem:
    """A quiz question an operator wrote, with its one right option and the source behind it
    (questions are also generated from the tables and the country data: see bot/study)."""

    id: str
    topic: str  # one of QUIZ_TOPICS
    difficulty: str  # one of DIFFICULTIES
    question: Mapping[str, str]
    options: tuple[Mapping[str, str], ...]
    correct: int  # index into options
    explanation: Mapping[str, str]  # shown after answering; names the source
    sources: tuple[Source, ...]
    about: str | None  # the answer id it tests (entry, row, membership:XX): for paths
    path: Path
    line: int


@dataclass(frozen=True, slots=True)
class LearningPath:
    """An ordered walk through answers ("Sejarah OKI dalam 10 langkah"), optionally ending
    with a short quiz on what it covered."""

    id: str
    title: Mapping[str, str]
    steps: tuple[str, ...]  # answer ids: entries, rows, membership:XX, role:XX
    quiz: int  # questions in the closing quiz; 0 for none
    path: Path
    line: int


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Everything loaded from one content folder, validated; replaced whole, never edited."""

    root: Path
    entries: Mapping[str, Entry]
    intents: Mapping[str, Intent]
    countries: Mapping[str, Country]
    country_sources: tuple[Source, ...]  # cited for countries that are not listed at all
    topics: Mapping[str, Topic]
    lexicon: Lexicon
    navigation: Navigation = field(default_factory=Navigation)
    tables: Mapping[str, Table] = field(default_factory=dict)
    places: Mapping[str, Place] = field(default_factory=dict)
    country_names: Mapping[str, CountryLabel] = field(default_factory=dict)
    regions: Mapping[str, Region] = field(default_factory=dict)
    region_sources: tuple[Source, ...] = ()  # cited, with the member list, for every region
    quiz: Mapping[str, QuizItem] = field(default_factory=dict)
    learning_paths: Mapping[str, LearningPath] = field(default_factory=dict)
    # answer ids (rows, membership:XX) that generated quiz items must leave alone
    quiz_exclude: frozenset[str] = frozenset()
