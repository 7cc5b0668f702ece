"""Questions about the OIC's history tables, answered from the rows operators keep in YAML.

"Where was the 2nd summit?", "Sekjen ke-9", "Who was Secretary-General in 1985?", "summits
held in Pakistan", "KTT OKI terakhir": a question that names a table (by its words, or by a
row's own name such as SESRIC) and says which row it means (an ordinal, a year, a place, a
country, first / latest / next / current) gets that row, or the list of rows that fit. No
example questions are needed: a row an operator adds is found by the same rules.

Pure: built from the knowledge base, the engine's normaliser and country index; no I/O.
"""

from __future__ import annotations

import itertools
import re
import string
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from rapidfuzz.fuzz import ratio

from bot.content.model import LANGS, KnowledgeBase, PartialDate, Row, Table, Template
from bot.engine.chains import ELECTING
from bot.engine.countries import CountryIndex
from bot.engine.focus import (
    BEGUN,
    BULLET,
    DETAIL_CHARS,
    DISTINCTION,
    DURATION,
    HOW_LONG,
    LEAD_CHARS,
    OUTCOME,
    REASON,
    SEAT_VERBS,
    SEAT_WORDS,
    SPECIAL_ASKED,
    WHERE,
    asked_shape,
    outcome_asked,
    reason_asked,
    said,
    sentences,
)
from bot.engine.message import ABOUT, INVERTED, SET_ASIDE, WHEN
from bot.engine.normalize import ORG_PREFIX, Normalized, Normalizer, fold
from bot.engine.proposal import Proposal
from bot.engine.regions import RegionIndex
from bot.engine.reply import Link, Reply
from bot.engine.standing import SUSPENDED, dated_from
from bot.engine.stem import predicate_shaped, stems
from bot.engine.texts import MONTHS, TEXTS

# Scores on the intent matcher's 0..1 scale.
# A table and an ordinal or superlative; a row's name with the table's word or a question word.
PICKED = 0.9
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
PICKED_BY_VALUE = 0.85  # ... a year or a place that only one row has
BARE_NUMBER = 0.8  # "sekjen 9": a number right after the table's word
LISTED = 0.8  # several rows share the year or place asked about
NAME_ONLY = 0.7  # a row's name and nothing else ("SESRIC"): what it is, rather than a detail
DEFAULT_ROW = 0.75  # "who chairs the OIC?": the table's current row
# Added when rows are counted ("how many"): an answer listing them all (sg_list) tells how
# many only by counting them out
COUNTED_OVER_LIST = 0.05
KIND_LIST = 0.6  # a table and a kind only ("KTT luar biasa OKI"): the list of that kind
# ... and the words (at most AWAY_GAP) that may stand between them and what they leave out
AWAY_BETWEEN = frozenset("""counting including the joint termasuk menghitung yang ktt
    gabungan""".split())
AWAY_GAP = 3
# A row set aside by name: "besides Lahore", "not counting Al-Othaimeen", "leaving Russia
# aside", "selain Pirzada", up to ASIDE_SPAN words on and the question they open
ASIDE_PAIRS = frozenset({("other", "than"), ("not", "counting"), ("not", "including"),
                         ("tidak", "termasuk"), ("tak", "termasuk")})
ASIDE_SPAN = 4
ASIDE_ENDS = frozenset("which what who when where how mana siapa apa kapan berapa".split())
NO_SUCH_ROW = "(no such row)"  # said in a proposal's reason of a selector no row fits
ATTACHED_GAP = 1  # words ("OKI") between a table's word and the number that is its row's
MEANT = frozenset("mean meant maksud maksudnya".split())  # "I don't *mean* sec gen"
WHICH_IS = frozenset("yang which that".split())  # "yang *bukan* organ utama": a choice among
# "which *other* observer states", "komite tetap yang *lain*": not the rows named
OTHERS = frozenset("other others remaining rest lain lainnya sisanya".split())
OF_THE = frozenset("of the dari".split())  # between "members" and whose they are
OTHERS_ASKED = OTHERS | {"else", "lagi"}  # ... asked of what was named ("who else", "siapa lagi")
NOT_HERE = frozenset("not bukan tidak outside selain except besides excluding kecuali apart "
                     "aside".split())  # before a place: the rows elsewhere are asked for (and
# "di luar", outside, and "other than"; "luar" alone is in "KTT luar biasa", an extraordinary
# summit, and "other" alone asks of the others of a kind)
# ... and "a subsidiary organ *rather than* a specialised institution": that kind not asked for
INSTEAD_OF = frozenset({("rather", "than"), ("instead", "of")})
TIME_WORDS = WHEN | {"during"}
# A country's joining, coming back or suspension, said right after it ("Mesir *kembali* ke OKI
# tahun 1984"): an event dating the question
STANDING_EVENTS = frozenset("""kembali returned rejoined joined bergabung masuk dibekukan
    suspended dipulihkan reinstated readmitted""".split())
# A claim about every row ("the Secretary-General is always a Saudi", "benarkah semua KTT
# diadakan di Arab Saudi?"): the rows of that place are not all, and that is said first
ALWAYS = frozenset("always selalu selamanya senantiasa".split())
EVERY = frozenset("all every each semua semuanya setiap seluruh".split())
ATTENDED = frozenset("attend attended attending menghadiri hadir dihadiri".split())
# ... and words that only introduce a meeting as a time ("the Secretary-General *at* the 13th
# summit", "sekjen *pas* KTT Jakarta"): read so only when what follows names a meeting's row
AT_WORDS = TIME_WORDS | {"at", "pas", "waktu", "pada"} | ATTENDED
# ... or that it attended ("Which SG attended the Banjul summit?": the one in office then)
# Words that open a yes/no question ("is it true ...", "bener ga ...", "masa sih ..."): a row
# named in it with "first" or "latest" is a claim
YES_NO_OPENERS = {
    "en": frozenset("is are was were does do did has have had".split()),
    # ("apa" alone asks what: "apa benar ..." opens with "benar" once "apa" is passed over)
    "id": frozenset("apakah benarkah betulkah bener benar betul emang emangnya masa".split()),
}
FROM_WORDS = frozenset("dari from".split())  # ... a span of rows: "from the first to now"
TO_WORDS = frozenset("sampai hingga to until till".split())
COPULAS = frozenset("adalah ialah merupakan is was".split())  # "X *adalah* the first ..."
CLAIM_OPENERS = YES_NO_OPENERS["en"] | YES_NO_OPENERS["id"]
# ... and which event a meeting came before or after ("setelah peristiwa apa")
EVENT_ASKED = frozenset((("peristiwa", "apa"), ("kejadian", "apa"), ("which", "event")))
# A yes/no question in the present asks about whoever holds an office now ("Is the OIC SG
# Saudi?", "apakah sekjen OKI orang Saudi?"), unless it asks whether any ever did
ASKS_NOW = frozenset("is are apakah benarkah betulkah".split())
IS_NOW = frozenset(("is", "are"))
EVER = frozenset("ever any there been former past pernah ada dulu dahulu mantan sebelumnya"
                 .split())
# "Who was elected at the 12th summit?": the one who took office after it (and so the one who
# stood for it: "satu-satunya *calon* pada 1996" is Laraki, not Algabid, in office then)
# ("namanya diputuskan": decided; "Sekjen yang menang voting tahun 2004": won the vote)
ELECTED = frozenset("elected elect appointed chosen named dipilih terpilih diangkat ditetapkan "
                    "ditunjuk menetapkan memilih calon candidate kandidat dicalonkan nominated "
                    "picked selected diputuskan reelected reelection won win menang memenangkan"
                    .split())
# ... and becoming the office a table holds, asked of a meeting or a year ("Who became SG at
# the 1996 Jakarta meeting?" is Laraki, chosen there; not "when Russia became an observer")
BECAME = frozenset(("became", "become"))
OFFICE_OPENERS = frozenset("the a an oic oki its".split())  # ... between it and the office
# How many terms one served is asked of an election, of a row saying a re-election
# ("Ekmeleddin Ihsanoglu menjabat sekjen OKI berapa periode?" showed his years, re-elected in
# 2008 past "More")
TERMS_ASKED = frozenset({("many", "terms"), ("berapa", "periode"), ("second", "term"),
                         ("periode", "kedua"), ("two", "terms"), ("dua", "periode")})
REELECTED = re.compile(r"\bre-?elected\b|\b(?:dipilih|terpilih) kembali\b", re.IGNORECASE)
# "piagam 2008", "the 1990 declaration" name a document by its year, not a time of office
DOCUMENT_WORDS = frozenset("piagam charter charters deklarasi declaration declarations konvensi "
                           "convention resolusi resolution statuta statute".split())
# ... also past one of these ("Piagam *lama* 1972": the old Charter's year, not a row's)
DOCUMENT_AGE = frozenset("lama baru old new asli original".split())
HOW_WORDS = frozenset("how bagaimana gimana gmn".split())
# "tidak" after "pernah" asks whether ever (not after "sudah": "sudah tidak" is no longer)
EVER_OR_NOT = frozenset(("pernah",))
DECIDING = frozenset("decided decide memutuskan diputuskan".split())
# ... and a city after these names a meeting, not where a body sits ("dibentuk pada KTT Makkah")
MEETING_WORDS = frozenset("ktt summit sidang session konferensi conference cfm ktm".split())
WHICH_MEETING = frozenset(("which", "mana"))  # ... asked which ("which summit", "ktt mana")
# ... or, of a body, which meeting made it ("which meeting created ...", "dibentuk di sidang apa")
MEETINGS_ASKED = MEETING_WORDS | frozenset("meeting pertemuan rapat".split())
# ... and what says a body met, or keeps an office, somewhere other than its seat
BODY_MET = frozenset("""bersidang pertemuan meeting meetings met meet bertemu rapat held
    diadakan digelar regional cabang branch perwakilan""".split())
MISMATCH = 0.15  # taken off for each thing asked that no chosen row has
UNNAMED = 0.2  # ... for a row found by its city and year alone, no table named
# Rows of several tables found by a word they share ("OIC meetings held in Pakistan") and a
# place: under a curated answer about that place ("OIC meetings in Jakarta" lists more).
SHARED = 0.5
IN_A_YEAR = 0.6  # what the OIC did in a year: its meetings and new office holders then
IN_A_YEAR_ONLY = 0.8  # ... asked of nothing but the OIC and the year
# Words asking what happened, without saying what kind of thing ("what did the OIC do in 2019")
EVENT_WORDS = frozenset("happen happened happens happening did do done events event activities "
                        "kegiatan peristiwa kejadian terjadi dilakukan lakukan melakukan agenda "
                        "penting important".split())
NO_ROW = 0.6  # no row has the number or year asked: said, with the rows on either side
NONE_BESIDE = 0.75  # ... none of the country asked before or after the one named
NO_ROW_PREFIX = "no row:"  # Proposal.qualifier of such an admission ("no row:n:17")
KIND_MARK = "@"  # ... of one kind of row only ("no row:n:20@regular": no regular 20th session)
BOUND_MARK = "~"  # ... of a country within a time ("no row:c:MA~after~2000")
FIRST_MARK = "^"  # ... of a country, the first of all offered ("no row:c:ID^")
OTHER_KINDS = "+"  # ... of a kind, with those of other kinds there ("no row:c:ID+@ordinary")
COUNTRY_OFFERS = 3  # ... for a country no row has, the latest rows are offered
EARLIEST_KNOWN = "earliest known"  # Proposal.qualifier of "the first" answered with it
UNSETTLED = "unsettled"  # ... of rows named whose dates do not say which came first
UNSETTLED_LATEST = "_latest"  # (... or last)
UNSETTLED_TENURE = "_tenure"  # (... or who served longer: each with the term it gives)
GAP = "gap"  # ... of two meetings and the time between them
GAP_WORDS = frozenset("""between antara jarak selisih apart after setelah sesudah before sebelum
    gap berselang passed""".split())
INTERVAL = frozenset("gap gaps interval intervals jarak jaraknya jeda selang".split())  # ... most
TIME_UNITS = frozenset("years year tahun months month bulan".split())  # ... "years apart"
# "Dakar or Kuwait?", "lebih dulu daripada ...": a choice between places, either is asked
JOINING = frozenset("dan and serta or atau".split())  # countries asked about together
PICKING_ONE = frozenset("which mana manakah".split())  # ... or one of several named
CHOICE = frozenset("or atau ataukah vs versus than daripada dibanding dibandingkan".split())
VERSUS = "versus:"  # Proposal.qualifier of the first of those named: "versus:<row>,<row>"
# ... and of the one of two in office longer or shorter: "than:longest:<row>"
IN_OFFICE_THAN = "than:"
VERSUS_ROWS = 3  # ... and at most this many others shown under it
# "..., kalau ke-8?", "what about the 5th?": a number asked after another said of a row,
# more than this many words before it, with none of these right before it ("ke-13 dan
# ke-14", "the 4th to the 7th")
FOLLOW_GAP = 2
# ... or after a row named by name, with one of these between ("Tunku Abdul Rahman, *terus
# yang* kedua siapa?", "..., who was the second?")
FOLLOW_ASKING = frozenset("""yang yg kalau kalo terus trus lalu nah then so who which what how
    about siapa mana""".split())
JOINED_NUMBERS = frozenset("""dan and atau or sama serta sampai hingga to until through
    between antara versus vs than daripada with ke""".split())
# ... or by a word naming a change ("the last summit before the *name change*", "sebelum OKI
# *ganti* nama")
EVENT_NOUNS = frozenset("change ganti pergantian perubahan renaming".split())
PAIR_JOINS = frozenset("dan and dengan with vs versus serta".split())  # "KTT ke-3 *dengan* ..."
CHAIRED_BY_ROWS = 2  # a name of a chair picks at most this many rows (not "Mohammed")
WITH_DETAIL = "with:"  # Proposal.qualifier of a few rows listed each with what is asked
BESIDE_EACH = {"who": "chair", "theme": "theme", "outcome": "outcome"}  # ... of these fields
COUNTED = "counted"  # Proposal.qualifier of "the Nth" of a kind whose rows have no numbers
EARLIEST = 0.2  # ... for "the first" answered with the earliest row known, said as such
MISSING_DETAIL = 0.3  # ... for a detail asked ("siapa", "kapan") that the row does not hold

_ORDINAL_SUFFIX = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_ROMAN = re.compile(r"^(?:l?x{0,3}|xl|xc)(?:ix|iv|v?i{0,3})$")  # i to xcix, well formed
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# ... what follows "I" the pronoun, not the numeral
I_SAYS = frozenset("""am was have had want think know need do did dont cant can could would will
    mean read heard saw attended remember guess wonder found""".split())
_KE_NUMBER = re.compile(r"^ke(\d{1,3})$")
YEAR = re.compile(r"^(19|20)\d\d$")  # a year, as a token
CENTURY_WORDS = frozenset(("century", "abad"))  # "the 21st century", "abad ke-20"
CENTURY_NUMBER = re.compile(r"^(20|21)(?:st|th)?$")  # ... the OIC's centuries
CENTURY_YEARS = 100
DECADE = re.compile(r"^((?:19|20)\d)0s$")  # "the 1980s" ("tahun 1980-an" is "1980", "an")
SHORT_DECADE = re.compile(r"^(\d)0(?:s|an)?$")  # "the 90s", "90an" ("90-an" is "90", "an")
# "How many ...?", "Berapa kali ...?": the rows are counted, and the answer says how many
COUNT_WORDS: tuple[tuple[str, ...], ...] = (
    ("how", "many"), ("berapa", "kali"), ("berapa", "banyak"), ("berapa", "jumlah"),
    ("jumlah",), ("number", "of"), ("ada", "berapa"), ("berapa", "orang"),
    ("ada", "berapa", "orang"))  # ("sekjen oki yang dari maroko ada brp orang")
# ... and so is a number of times claimed ("Maroko sudah 3 kali jadi tuan rumah KTT OKI
# biasa, benar?" left the 3 unexplained, a hair above the list of every summit)
CLAIMED_TIMES = tuple((str(n), word) for n in range(2, 31) for word in ("kali", "times"))
PER_YEAR = frozenset({("a", "year"), ("per", "year"), ("one", "year"), ("each", "year"),
                      ("every", "year"), ("per", "tahun"), ("satu", "tahun"), ("tiap", "tahun"),
                      ("setiap", "tahun")})
# ... but "ke berapa", "tanggal berapa" ask which one, or when
NOT_A_COUNT = frozenset("ke tanggal tahun bulan hari jam pukul".split())
# "September 25th", "the 25th of September": a day of a month, not the 25th of anything.
MONTH_WORDS = frozenset({m.lower() for names in MONTHS.values() for m in names}
                        | {m.lower()[:3] for m in MONTHS["en"]} | {"sept", "agu", "okt", "des"})
_MONTH_NUMBERS = {m.lower(): n for names in MONTHS.values() for n, m in enumerate(names, 1)}
MONTH_SAID = frozenset("in during bulan pada of".split())  # ... before a month alone

_ID_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
             "delapan": 8, "sembilan": 9}
# "the last 3", "tiga ... terakhir": how many rows a superlative asks for ("latest*3")
FEW = "*"
_FEW = {**{str(n): n for n in range(2, 11)}, **{w: n for w, n in _ID_UNITS.items() if n > 1},
        "sepuluh": 10, **dict(zip("two three four five six seven eight nine ten".split(),
                                  range(2, 11), strict=True))}
FEW_BEFORE = 5  # ... words before the superlative the number may stand
STEPS_BEFORE = 3  # ... and before "before"/"after", how many rows along ("two summits after")
MEASURES = frozenset("""years year tahun times time kali months month bulan days day hari
    decades dekade terms term periode""".split())  # ("the last 3 years")
_ID_TEENS = {"sepuluh": 10, "sebelas": 11}
_EN_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60,
}
_EN_UNIT_ORDINALS = {"first": 1, **{k: v for k, v in _EN_ORDINALS.items() if v < 10}}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}

# first / latest / next / current, in both languages (normalised words).
SUPERLATIVES: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "first": (("pertama",), ("first",), ("perdana",), ("earliest",), ("lebih", "dulu"),
              ("lebih", "dahulu"), ("lebih", "awal"), ("paling", "awal"), ("terawal",),
              ("earlier",), ("older",), ("oldest",),
              ("lebih", "tua"), ("tertua",), ("paling", "tua"), ("duluan",),
              # (a row's: "the OIC's founding Secretary-General" was told the current one)
              ("founding",)),
    "latest": (("terakhir",), ("terbaru",), ("latest",), ("last",), ("most", "recent"),
               ("recent",), ("recently",), ("terkini",), ("paling", "baru"), ("newest",),
               ("paling", "akhir"),
               ("baru", "baru", "ini"), ("newer",), ("lebih", "baru")),
    "next": (("berikutnya",), ("selanjutnya",), ("next",), ("upcoming",), ("mendatang",),
             ("akan", "datang"), ("coming",)),
    "current": (("sekarang",), ("saat", "ini"), ("kini",), ("current",), ("currently",),
                ("now",), ("present",), ("today",), ("incumbent",), ("still",), ("masih",)),
    # In office (or, of meetings, held) longest or shortest, by the rows' dates ("paling lama"
    # alone may mean "at most").
    "longest": (("terlama",), ("longest",), ("longest", "serving"), ("longest", "served"),
                ("terlama", "menjabat"), ("paling", "lama", "menjabat"),
                ("paling", "lama", "menjabatnya"),
                ("menjabat", "paling", "lama"), ("jabatan", "paling", "lama"),
                ("jabatannya", "paling", "lama"), ("paling", "lama", "berlangsung"),
                ("berlangsung", "paling", "lama")),
    "shortest": (("tersingkat",), ("terpendek",), ("shortest",), ("shortest", "serving"),
                 ("shortest", "served"), ("tersingkat", "menjabat"),
                 ("paling", "singkat", "menjabat"),
                 ("menjabat", "paling", "singkat"), ("jabatan", "paling", "singkat"),
                 ("jabatannya", "paling", "singkat"), ("paling", "pendek"),
                 ("paling", "sebentar"), ("paling", "singkat"),
                 ("paling", "singkat", "berlangsung"),
                 ("berlangsung", "paling", "singkat")),
}
TENURES = ("longest", "shortest")
COMPARATIVE = frozenset("lebih older newer earlier".split())  # ... of two, "older than"
CAME = frozenset("came come comes was were is are did ada".split())  # ("which came first")
EARLIER = frozenset("older earlier".split())  # ... of two, which is the earlier
EARLIER_SAID = frozenset({("lebih", "dulu"), ("lebih", "awal"), ("lebih", "tua"),
                          ("lebih", "duluan")})  # (not "lebih lama", longer)
# ... or which was in office longer, or shorter
LONGER_SAID = frozenset({("longer",), ("lebih", "lama")})
SHORTER_SAID = frozenset({("shorter",), ("lebih", "singkat"), ("lebih", "pendek"),
                          ("lebih", "sebentar")})
# ... and of two things said on either side of "or", which came first (said in a word or two)
FIRST_SAID = EARLIER_SAID | {("came", "first"), ("come", "first"), ("comes", "first"),
                             ("duluan",)}
LIKENED = frozenset("similar mirip semacam seperti".split())  # "OKI mirip ASEAN?": compared


def likened(tokens: tuple[str, ...], ours: str) -> bool:
    """Whether the OIC is likened to something ("is the OIC like ASEAN?", "OKI mirip ASEAN
    gak?"): a comparison, though it names no word of difference."""
    return not LIKENED.isdisjoint(tokens) or (ours, "like") in itertools.pairwise(tokens)


def asks_which_first(tokens: tuple[str, ...]) -> bool:
    """Whether two things are weighed by which came first ("Mana yang lebih dulu, OKI atau
    ASEAN?"): a comparison, though it names no word of difference."""
    said = {(t,) for t in tokens} | set(itertools.pairwise(tokens))
    return not CHOICE.isdisjoint(tokens) and bool(
        EARLIER.intersection(tokens) or said & FIRST_SAID)


STATED_TIMES = frozenset("kali times".split())  # "Turki udah 4 *kali* ...": a count said
# ... which compare only what is named: "Is the IsDB older than the ICD?" (no row of the ICD)
# is no claim that the IsDB came first of all
OF_TWO = frozenset(map(frozenset, (("older",), ("newer",), ("lebih", "tua"), ("lebih", "baru"))))
# ... of an office holder, an age, which no row gives ("who is the oldest Secretary-General?")
AGED = frozenset("older oldest tua tertua".split())
# "the second to last", "ketiga dari terakhir": an ordinal counted back from the latest
BACK = "back:"  # (a superlative's value: "back:2")
BACK_FROM: tuple[tuple[str, ...], ...] = (
    ("to", "last"), ("last",), ("most", "recent"), ("latest",), ("from", "last"),
    ("from", "the", "end"), ("terakhir",), ("dari", "terakhir"), ("dari", "belakang"))
LATEST_BACK = (*BACK_FROM, ("paling", "baru"), ("newest",), ("terbaru",))
# ... and the words before it that count back too: "KTT terbaru kedua", "paling baru kedua"
# (it got the 2nd summit)
NEWEST_BEFORE = frozenset(("terbaru", "newest"))
# ... no further than this: "KTT OKI terbaru (ke-15)" is the latest, the 15th, not the 15th
# back from it (it got the 1st)
FARTHEST_BACK = 5
# "the second summit after 1990": an ordinal counted on from the first row after a year
AHEAD = "ahead:"  # (a superlative's value: "ahead:2")
IN_OFFICE = frozenset("masa jabatan jabatannya menjabat term served serving tenure office".split())
LASTING = frozenset("did does do will would can could long".split())  # "... did it *last*"
MAY = frozenset("can could may allowed permitted boleh bisa maksimal maximum".split())
REGION = "region"  # Proposal.qualifier of every row listed for a continent, said as such
NOT_AT = "notat:"  # ... of an office holder said to be chosen at a meeting that did not
# choose them: "notat:<meeting row id>"
# ... of a meeting said to be chaired or hosted by someone our sources do not say did:
# "notchair:holder:<office holder's row>" or "notchair:chair:<the meeting they chaired>"
NOT_CHAIR = "notchair:"
# ... of an office's whole list, asked whether someone it does not list held the office:
# "notholder:<the name's words>"
NOT_HOLDER = "notholder:"
NOT_HELD_NOW = "notnow:"  # ... nor now, of an office not every holder of which is listed
# The words around a name asked to have held an office ("Ali Alatas *pernah jadi* Sekjen OKI
# *kan*?", "*Was* Ban Ki-moon *ever* OIC Secretary-General?", "*Is the* OIC Secretary-General
# Amr Moussa?"): all else is the name and the office
# The words saying someone held an office ("menjabat Sekjen", "served as Secretary-General")
HOLDING = frozenset("menjabat dijabat served serve held".split())
HELD_AROUND = frozenset("""ever once pernah pernahkah jadi menjadi sebagai been become became as
    the a an of seorang dulu former mantan by oleh kan ya bukan right true false or benar betul
    bener beneran itu adalah ialah yaitu yang""".split()) | HOLDING | frozenset(
    # (and asked when, as though they held it: "When was Erdoğan Secretary-General?")
    "when kapan tahun thn year".split())
# ... "berapa" only after "tahun": alone it asks how much ("Gaji Sekretaris Jenderal OKI
# berapa?" was told "Gaji" is not among the Secretaries-General)
WHICH_YEAR = (frozenset("berapa brp".split()), frozenset("tahun thn".split()))
HOLDER_LIKE = 85  # a name this close (rapidfuzz ratio) to a holder's may be theirs, misspelt
DECLARED = "declared:"  # ... of the meeting that adopted a declaration put at another one
DECLARATION_WORDS = frozenset(("declaration", "deklarasi"))
FROM_ELSEWHERE = "fromelsewhere:"  # ... of an office holder's row not from the country named
ELSEWHERE = "elsewhere:"  # ... of a meeting's row that is not in the city named after it
MISNAMED = "misnamed:"  # ... of a year's row of another kind than named: "misnamed:<kind>:<year>"
OTHER_YEAR = "otheryear:"  # ... of a meeting's row that was not held in the year named after it
OTHER_KIND = "other_kind:"  # ... of a row named as a kind it is not: "other_kind:<kind>"
ANOTHER = "another:"  # ... of the row a meeting gives, not the one named: "another:<row id>"
EACH_NAMED = "each_named"  # ... of rows of two tables, each named by its number
SITS_ON = "sits_on:"  # ... of a body asked whether a country sits on it: "sits_on:<code>"
WHICH_ONE_ASKED = frozenset("which what mana manakah apa yang".split())  # ("which summit had ...")
# "Is Malaysia a member of the Al-Quds Committee?", "apakah Mesir termasuk anggota ...": whether
# a country is among the states a body lists
SAT_WHEN = frozenset("""awal mula semula original originally founding pendiri start beginning sejak
    since when kapan dulu pernah ever first pertama joined join masuk bergabung""".split())
LIST_VERBS = frozenset("name list sebutkan sebutin give tell".split())  # ("Name five members")
SITTING = frozenset("""member members anggota anggotanya keanggotaan among termasuk part sits sit
    seat duduk include includes included""".split())
# Words negating what follows ("belum": not yet; "gak" and the like are "tidak" by then): of a
# standing or a seat, said not to be ("Indonesia gak termasuk. Benar/salah?"), answered with no
# "Ya:" or "Tidak:", which would read as a verdict on the claim (it opened "Ya:" to a false one)
NEGATIONS = frozenset("not bukan tidak tak non belum never".split())
DENIED = "!"  # ... marked so after the country's code
TRUE_OR_FALSE = frozenset("true false benar salah betul".split())  # ("True or false: ...")
STATES_ASKED = frozenset("countries states nations negara".split())  # ... in a body
IN_REGION = "in_region:"  # ... of the rows whose country lies in the region after it
# Proposal.qualifier of the row a number names listed with the one its place and year name
APART = "apart"
APART_ROWS = 3  # ... when its place and year name at most this many others
FEWER = "fewer:"  # ... of a place's rows, fewer than the n-th asked of it: "fewer:<n>"
NOT_ALWAYS = "not_always"  # ... of the rows in a place, when a claim says every row is there
OF_ALL = ("first_apart", "latest_apart")  # ... the first of all, and the first there
NOT_THERE = "not_there"  # ... the first there, and the one claimed to be
# ... but not "the first time" someone came to it ("Soeharto hadir pertama kali di KTT ...")
FIRST_TIME = frozenset({("pertama", "kali"), ("first", "time"), ("kali", "pertama")})
OF_PLACE = ("first_not_there", "latest_not_there")
APART_PLACE = "apart_place"  # ... and of the row a place names, with those its year names
IN_YEAR = "year:"  # Proposal.qualifier prefix of the rows of one year, from every table
COUNTING = "count:"  # Proposal.qualifier prefix of rows counted ("how many"), with how many
SOME = ":some"  # ... and that they are counted from rows with gaps in their numbers
DIFFERENT_PLACES = "different:"  # ... or the places they were held in or came from, not them
DIFFERENT = frozenset("different distinct berbeda beda unique".split())
# "Which country has hosted the most summits?", "kota yang jadi tuan rumah KTT lebih dari
# sekali": the places the rows group under, most often or more than once (Proposal.qualifier
# prefixes, then "country" or "city" and how many times)
MOST_HOSTED = "most:"
REPEATED = "repeated:"
MOST_OFTEN: tuple[tuple[str, ...], ...] = (
    ("most",), ("paling", "sering"), ("paling", "banyak"), ("terbanyak",), ("tersering",),
    ("than", "any", "other"), ("than", "anywhere", "else"))
MORE_THAN_ONCE: tuple[tuple[str, ...], ...] = (
    ("more", "than", "once"), ("more", "than", "one"), ("lebih", "dari", "sekali"),
    ("lebih", "dari", "satu"), ("berkali", "kali"),
    # ("Kota mana yang pernah dua kali jadi tuan rumah KTT OKI biasa?" got the summits' list)
    ("dua", "kali"), ("twice",), ("two", "times"))
CITY_ASKED = frozenset("city cities kota".split())
PLACE_WHICH = frozenset("country countries negara where mana dimana".split())
# "Who chaired the 10th summit?" of a row that names no chair: said, with the row to open
# ("no row:lacks:who"), not answered with where and when as if they were the chair.
SAID_LACKING = ("who", "theme", "outcome", "duties", "time", "place", "number", "life",
                "career", "later")
# "how many *heads of state* came to the 15th summit" asks a number no row holds; "how many
# *summits*", "berapa *kali*" count rows. What follows NUMBER_ASKED says which.
ROWS_COUNTED = frozenset("kali times".split())
# ... and what meetings produced, never counted by counting them ("how many resolutions")
PRODUCED = frozenset("""resolutions resolusi declarations deklarasi decisions keputusan
    communiques komunike""".split())
# Words beside "berapa" that ask for no count: what dates give ("tahun berapa", "tanggal berapa")
NOT_A_NUMBER = frozenset("""tahun year years lama long ke hari day days bulan month months persen
    percent periode period periods term terms tanggal date nomor nomornya""".split())
# (nor a document's number: "Resolusi PBB tentang Islamofobia nomornya berapa?", 76/254)
TENURE_CHOICES = 3  # more rows than this that may be the longest in office: the dates say nothing
# Texts the OIC adopted: "the first Charter" is the earliest text, not the first row of a
# table ("Which foreign ministers conference adopted the first Charter?" got the 1st CFM, not the
# 3rd, which adopted it)
TEXTS_ADOPTED = frozenset("""charter piagam declaration deklarasi resolution resolusi statute
    statuta communique komunike""".split())
MEETING_SAID = frozenset("meet council dewan bertemu".split())
FOUNDING_WHAT = frozenset("year years date day place city tahun tanggal".split())
# A conference said alone is a summit, but the foreign ministers' where they are named
MINISTERS = "menlu"
CONFERENCE_ALONE = frozenset((("conference",), ("conferences",), ("konferensi",)))
# "next" alone, one word (not "upcoming": "the first summit ... the upcoming one" is planned),
# after a first one told, not asked, nor with words of what is ahead
NEXT_ALONE = frozenset(("berikutnya", "selanjutnya", "next"))
ASKED_FIRST = frozenset("""who whom which what when where how siapa siapakah kapan mana dimana
                        apa berapa""".split())
AHEAD_WORDS = frozenset("is are will akan upcoming planned direncanakan mendatang datang".split())
# ... nor a "next" of what someone did or what happened ("Tunku was the first SG. what did he
# do next?" is his career, not the 2nd Secretary-General)
DONE_NEXT = frozenset("""do did does done happen happened happens he she dia ia beliau terjadi
                      lakukan dilakukan melakukan""".split())
# The one-word selectors of one row among many ("first", "terakhir", "next"); "now" is left out,
# as most questions about the present ask about what simply is; so is "founding", which an
# example asking when the OIC was founded says ("the islamic calendar date of the oki founding"
# lost "the Islamic date of the formation of the OIC" for picking a row).
SELECTORS = frozenset(phrase[0] for name, phrases in SUPERLATIVES.items() if name != "current"
                      for phrase in phrases if len(phrase) == 1) - {"founding"}
# ... and those that never pick the present one: an example asking who chairs *now* does not
# answer who chaired *first*
NOW_WORDS = frozenset(phrase[0] for phrase in SUPERLATIVES["current"] if len(phrase) == 1)
NOT_NOW = frozenset(phrase[0] for name in ("first", "next") for phrase in SUPERLATIVES[name]
                    if len(phrase) == 1)
NOW_SAID = frozenset(phrase for phrase in SUPERLATIVES["current"] if len(phrase) == 2)


def says_now(words: Sequence[str]) -> bool:
    """Whether words say "now", in one word or two ("saat ini": "negara mana yang jadi ketua
    oki saat ini" is not a question about 2024)."""
    return not NOW_WORDS.isdisjoint(words) or not NOW_SAID.isdisjoint(itertools.pairwise(words))


# An Indonesian verb, said in another form by a row's note ("meminta": "atas permintaan")
DEED_PREFIXES = ("me", "di")
# The host first planned, not a row before or after ("originally ... host ... before Indonesia")
FIRST_PLANNED = frozenset("originally supposed semula awalnya mestinya".split())
# A name said with "present" or "sekarang": the name now, not the latest row
NAMED = frozenset((("name",), ("names",), ("nama",), ("namanya",)))
# "The Secretary-General before Taha", "the summit after Dakar": the row next to the one named.
# "All the Secretaries-General so far", "dari dulu sampai sekarang": the whole list, not the
# current row, although the words "sekarang"/"now" are there.
SO_FAR: tuple[tuple[str, ...], ...] = (
    ("sampai", "sekarang"), ("hingga", "sekarang"), ("sampai", "kini"), ("hingga", "kini"),
    ("sampai", "saat", "ini"), ("dari", "dulu"), ("dari", "awal"), ("so", "far"), ("to", "date"),
    ("until", "now"), ("till", "now"), ("up", "to", "now"), ("ever", "since"),
    ("over", "the", "years"))
# "The most recent summit *of any kind*": not only the usual kind that "the summit" means
ANY_KIND: tuple[tuple[str, ...], ...] = (
    ("any", "kind"), ("any", "type"), ("all", "kinds"), ("every", "kind"), ("semua", "jenis"),
    ("jenis", "apa", "pun"), ("jenis", "apapun"), ("apa", "pun", "jenisnya"),
    ("apapun", "jenisnya"))
# ... or a kind said to be counted in: "yang luar biasa *juga dihitung*", "*including* the
# extraordinary ones" (within so many words of it)
INCLUDED_BEFORE: tuple[tuple[str, ...], ...] = (("termasuk",), ("including",), ("counting",),
                                                 ("incl",), ("inc",), ("plus",))
INCLUDED_AFTER: tuple[tuple[str, ...], ...] = (
    ("ikut", "dihitung"), ("juga", "dihitung"), ("dihitung", "juga"), ("included",),
    ("counted", "too"), ("counted", "as", "well"))
INCLUDED_GAP = 3
IF_WORDS = frozenset("kalau kalo jika if".split())  # ... "kalau KTT luar biasa dihitung"
COUNTED_IF = frozenset("dihitung counted included".split())
# A handover says which way by where the one named stands: "Which country took over the chair
# *from Türkiye*?" (after it), "*The Gambia* took over from whom?" (before it); "To whom did
# *Saudi Arabia* hand over?" (after it), "Who handed over *to The Gambia*?" (before it).
TAKE_OVER: tuple[tuple[str, ...], ...] = (
    ("took", "over"), ("take", "over"), ("takes", "over"), ("taking", "over"), ("taken", "over"),
    ("ambil", "alih"), ("mengambil", "alih"), ("diambil", "alih"),
    ("menerima",), ("received",))  # ("Turki menerima keketuaan KTT OKI dari negara mana?")
# ... or the chair taken ("who took the oic chair from saudi arabia" got Saudi Arabia's years)
TAKE_CHAIR = tuple((took, "the", *oic, chair) for took in ("took", "take", "takes")
                   for oic in ((), ("oki",)) for chair in ("chair", "chairmanship"))
HAND_OVER: tuple[tuple[str, ...], ...] = (
    ("hand", "over"), ("handed", "over"), ("hands", "over"), ("handing", "over"),
    ("pass", "on"), ("passed", "on"), ("menyerahkan",), ("menyerahkannya",), ("diserahkan",),
    ("serahkan",), ("hand",), ("handed",))  # ("Who did Saudi Arabia hand the chair to?")
# ... or how the chair passed ("keketuaan OKI *berpindah* dari negara mana ke mana?")
PASSING = frozenset("berpindah pindah beralih passed moved".split())
TAKEN_FROM = frozenset(("from", "dari"))  # ... and from whom: "took over *from* Pakistan"
RECEIVING = frozenset(("to", "kepada", "ke"))  # ... to whom: "handed the chair *to* Egypt"
ARTICLES = frozenset(("the", "a", "an"))  # ("to *the* Gambia")
# ... whose words ask from whom a row took over, which its detail says
HANDING = frozenset(w for phrase in (*TAKE_OVER, *HAND_OVER) for w in phrase
                    if w not in ("over", "on")) | {"menggantikan", "replaced"}
RELATIVES: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "before": (("sebelum",), ("sebelumnya",), ("before",), ("pendahulu",), ("pendahulunya",),
               ("predecessor",),
               ("prior", "to"), ("previous",), ("who", "preceded"), ("preceded", "by"),
               ("preceded",), ("preceding",),  # "Which summit preceded the Lahore summit?"
               # ... and the one named replacing: "Taha replaced whom?", "Taha menggantikan
               # siapa?" (not "who replaced Madani", after him)
               ("replaced", "whom"), ("replace", "whom"), ("menggantikan", "siapa"),
               # ... or asked of whom they replaced ("hassan al-touhami - who did he replace?")
               ("he", "replace"), ("she", "replace"), ("he", "succeed"), ("she", "succeed"),
               # ... or the one the one named replaced ("sekjen OKI yang digantikan Ihsanoglu"
               # got the one after him)
               ("yang", "digantikan")),
    "after": (("sesudah",), ("setelah",), ("sesudahnya",), ("setelahnya",), ("after",),
              ("pengganti",), ("penggantinya",), ("gantinya",),
              ("penerus",), ("penerusnya",),
              ("successor",), ("menggantikan",), ("digantikan",), ("replaced",),
              # ... replaced by whom ("Ihsanoglu diganti siapa?" got İhsanoğlu)
              ("diganti", "siapa"), ("diganti", "oleh"),
              # ... the one *who* replaced: "Iyad Madani mundur thn 2016, yg gantiin siapa?"
              # (read "menggantikan siapa", it got the one before him)
              ("yang", "menggantikan"), ("yang", "menggantikannya"),
              # ... or who came up next ("Pirzada turun thn 1988, trus yg naik siapa?")
              ("yang", "naik"),
              ("yang", "menggantikan", "dia"), ("yang", "menggantikan", "beliau"),
              # ... or, in chat, "habis dia" ("Algabid sekjen keenam. habis dia siapa?" got
              # Algabid; not "masa jabatannya habis")
              ("habis", "dia"), ("habis", "beliau"), ("abis", "dia"),
              ("who", "succeeded"), ("succeeded", "by"),  # not "has the OIC succeeded
              ("followed",), ("replace",), ("succeed",), ("following",)),
}
# ... not after "named" ("what was it named after?": what its name says)
NAMED_AFTER = frozenset("named called titled".split())
# ... of which these point back at the row named before them ("KTM ke-48, setelahnya?")
POINTING_BACK = frozenset("sebelumnya setelahnya sesudahnya".split())
# ... which, said right after the one named, ask for the one before ("did Taha replace")
REPLACING = frozenset("replace replaced succeed succeeded menggantikan".split())
# "Sidang ke-46 di Abu Dhabi istimewa karena apa?": a kind's word said of a meeting (special
# because of what), not the kind asked for (the extraordinary sessions
# have no 46th: "our sources do not record the 46th" was told)
_BECAUSE = frozenset("karena sebab because kenapa mengapa why".split())
# ... and "special" names the kind only beside a meeting's word ("KTT istimewa", "special
# session"), not said *of* one: "Apa yang istimewa dari KTT ke-7 di Casablanca?", "what was
# special about the 7th summit" (it got the 7th extraordinary summit, and was told it was not
# in Casablanca), "Kenapa KTM ke-46 di Abu Dhabi dianggap istimewa?" (told our sources do not
# record a 46th extraordinary session)
_SPECIAL = {("istimewa",), ("special",)}
WHY = frozenset("kenapa mengapa why".split())
# "the first summit *after* the OIC changed its name": the side of an event a meeting is on
# The superlative and side of a meeting asked beside one of another table: "the first CFM
# *after* Rabat" (the 1969 summit), "the latest summit *before* ..."
FIRST_SIDE = frozenset((("first", "after"), ("latest", "before")))
EVENT_SIDES = frozenset("after before setelah sesudah sebelum".split())
YEAR_WORDS = frozenset(("year", "tahun"))  # ... or its year: "in the year Egypt returned"
YEAR_OPENERS = frozenset("the same pada di saat waktu ketika".split())  # (not "ulang tahun")
NOT_AN_EVENT = frozenset("ke yang berapa brp what which".split())  # ("tahun ke berapa")
WHO_WHICH = frozenset("who whom which what siapa siapakah".split())
WHO_ONLY = frozenset("who whom siapa siapakah".split())  # asking who, and nothing of a chair
# "What is the full name of the IPHRC?", "nama lengkap COMSTECH": its name asked, not who chairs
# (nor "What was ICESCO's name before 2020?", "nama lama ISESCO": told our sources do not say
# who led it)
NAME_WORDS = frozenset("name nama".split())
# The OIC said to have a thing ("OKI *punya* kantor berita", "the OIC *has* a news agency"), a
# few words before it ("have *a* news agency"), or to own it ("kantor berita *milik* OKI"), of
# a name longer than one word besides the OIC's ("una oic" is "una", a name itself)
OWNING = frozenset("punya mempunyai memiliki has have had".split())
OWNED_BY = frozenset("milik".split())
OWNED_GAP = 1
OWNED_NAME = 2
OWN_NAME = frozenset("""full lengkap lengkapnya old former new original previous before
    lama baru asli sebelum diberi sesi session""".split()) | frozenset(  # ("diberi nama sesi")
    # ... or its own ("The OIC changed its name at the 38th CFM. Where was it held?" was told
    # our sources do not say who chaired that session)
    ("its",))
# A meeting's name asked: its theme, which names it ("What was the 3rd OIC summit called?",
# "KTT ke-3 OKI di Makkah dan Taif diberi nama sesi apa?" was told our sources do not say who
# chaired it)
CALLED = frozenset("called dinamai dinamakan disebut".split())  # ("KTT ke 3 disebut sesi apa?")
NAMED_AS = frozenset({("diberi", "nama"), ("nama", "sesi"), ("session", "name"),
                      ("dikenal", "dengan"), ("known", "as"),  # ("dikenal dengan sebutan apa")
                      # ("What name was given to the 1981 Makkah summit?": who chaired it)
                      ("name", "given"), ("name", "was"),
                      ("named", "after"),  # ("Doha 2000 OIC summit - what was it named after?")
                      # ("ninth islamic summit theme name" got who chaired the summits then)
                      ("theme", "name"), ("nama", "tema"), ("tema", "nama")})
HEAD_ASKED = 4  # words before a body's name that may ask who heads it ("who headed the")
# Asked of some time gone by: "who *was* leading the secretariat", "pernah", "dulu"
ONCE = frozenset("""was were once former formerly previously pernah dulu dulunya sebelumnya
    used led headed ran""".split())
# "Siapa saja anggota IPHRC?", "who are the members of COMSTECH?", "the names of its 18
# experts": who sits on a body, which its chair does not say
MEMBERS_ASKED = frozenset("""anggota anggotanya members ahli pakar experts komisioner
    commissioners""".split())
SEATED = frozenset("countries negara".split())  # ... or which countries sit on it
# ... or what it is made of ("Which countries *made up* the Executive Committee in 2014?")
MADE_OF = frozenset("composed composition consist consists consisting terdiri susunan komposisi"
                    .split())
MADE_UP = frozenset({("made", "up"), ("make", "up"), ("makes", "up")})
# ... and after a meeting's word, what asks which meeting ("rapat *apa*", "pertemuan *persiapan*")
ASKED_AFTER = frozenset("apa mana yang that which persiapan preparatory".split())
NUMBER_ASKED = frozenset("many berapa brp jumlah".split())  # the words that ask a number
# counted things' measure words, in Indonesian, and "banyak" of "berapa banyak" (how many)
CLASSIFIERS = frozenset("biji buah banyak".split())
BETWEEN = frozenset("between antara diantara".split())  # ... two rows: those between them
BOUND_GAP = 3  # ... how far before the year it may stand when rows are counted
# A word before a year that bounds the years asked about, rather than naming one
BOUNDS = {"before": "before", "sebelum": "before", "after": "after", "sesudah": "after",
          "setelah": "after", "until": "until", "till": "until", "sampai": "until",
          "hingga": "until", "since": "since", "sejak": "since"}
# What a meeting set up, asked of it (of a body, "created" asks when it was)
CREATED = frozenset("""create created creates set membentuk melahirkan mendirikan
    founded""".split())  # ("What did the 6th ICFM set up?": "set up" is read "founded")
# ... or what a meeting was about, what happened there, what it produced or declared (its
# outcome says: "What documents came out of the Banjul summit?" showed where and when only);
# not why (an outcome is no reason: "KTT Banjul kenapa ditunda?" is told by its note)
HAPPENED = frozenset("""about happened happen topic topics topik documents document dokumen
    declare declared menyatakan recognise recognised recognize recognized mengakui diakui
    pengakuan produced issue issued focus focused fokus event events peristiwa""".split())
# ("What did the Islamabad summit of 1997 issue?", "What was the focus of the Yaoundé foreign
# ministers' meeting?", "Apa peristiwa penting di KTT OKI Lahore 1974?", "Negara yang diakui
# Pakistan dalam KTT OKI Lahore adalah ....")
# The detail a question asks for, by what a row must have to answer it: counted as explained
# only for rows that have it ("for a period of ___?" is not answered by a body's founding year).
# The details a row's answer gives after where and when, which a question may ask for first
DETAIL_ASKS = ("who", "theme", "outcome", "duties", "time")
TIME_VALUES = frozenset({"start", "year", "dates", "when"})  # what a template says "when" by
ORIGIN_ASKED = frozenset("from come comes came asal asalnya berasal".split())  # "where is he from"
# Words asking how things differ: what each does, which a list of names and seats does not say
# (and two rows compared are the two, not those between them)
COMPARING = frozenset("""beda bedanya perbedaan perbedaannya membedakan difference differences
    differ differs compare compared bandingkan dibandingkan""".split())
LIFE = frozenset("""lahir kelahiran born birth birthday birthplace meninggal wafat died death
    dies""".split())
# ... nor, unless its note says, what one did before ("before becoming SG", "previous job")
BEFORE_OFFICE = frozenset("before sebelum prior".split())
PERFECT = frozenset("has had have ever pernah".split())  # ... "had it hosted one *before*?"
ONE_BEFORE = frozenset("one yang it".split())  # ... but "who was *the one* before?" is a row
EARLIER_ONES = frozenset("ones those others".split())  # ... "the *ones* before": all of them
BECOMING = frozenset("become becoming became jadi menjadi he she dia ia beliau".split())
PREVIOUS = frozenset("previous former earlier sebelumnya dulunya".split())
CAREER_ASKED = frozenset("""job jobs post position positions career work worked pekerjaan
    pekerjaannya jabatan jabatannya kerja karier karir profesi menjabat bekerja background
    latar""".split())  # ("What was Hissein Brahim Taha's background before the OIC?")
LIFE_STORY = frozenset("background profil profile biografi biography riwayat".split())  # (whole)
CAREER_SAID = frozenset("before former previously earlier sebelumnya mantan pernah".split())
# ... and the office itself after "before" ("wat job did hissein taha hav before sec gen" got
# the Secretary-General before him)
TITLES = frozenset("sekjen chair chairman ketua head kepala".split())
# ... nor what one did after it ("what did Tunku do after the OIC" got the list of them all)
AFTER_OFFICE = frozenset("after afterwards sesudah setelah stlh sesudahnya setelahnya".split())
# Leaving an office before its end (the lexicon's forms: "stepped down", "mengundurkan diri"):
# a year said with it is when the one named left, not a time someone else was in office
# ("Madani resigned in 2018?" was told "Not Iyad Ameen Madani" and Al-Othaimeen's term)
RESIGNED = frozenset("resigned mundur".split())
LEAVING = frozenset("""being leaving his her retiring retired serving tidak lengser pensiun
    selesai habis jadi menjadi menjabat""".split())
OFFICE_TIMES = BEFORE_OFFICE | AFTER_OFFICE
WHEN_HELD = frozenset("kapan when tanggal date dates year tahun bulan month".split())
DEEDS = frozenset("do did doing lakukan melakukan dilakukan kerjakan ngapain".split())
# ... and the words of a note's sentence saying where a body is or meets ("meets in Jeddah"),
# not where it was set up or met once ("set up by the 6th conference (Jeddah, 1975)": "Where is
# the Al-Quds Committee based?" was answered so)
PLACED_SAID = SEAT_WORDS | frozenset("""located meets meet sits stays works worked bermarkas
    berkantor bersidang berada terletak berpusat""".split())
ASK_FIELDS: Mapping[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "place": (frozenset("""dimana where mana tempat lokasi kota negara location city country venue
        cities venues locations places
        host hosted hosts hosting tuan rumah rumahnya held diadakan digelar diselenggarakan
        berlangsung dilaksanakan berkedudukan markas markasnya based seat headquartered
        kantor kantornya located berada asal berasal from dari came come comes take took place
        nationality kewarganegaraan warga
        organise organize organiser organizer penyelenggara menyelenggarakan
        organised organized bersidang""".split()),
              ("cities", "country")),
    "time": (frozenset("""kapan when tanggal tahun date dates year bulan month sejak since
        founded didirikan berdiri established dibentuk created long lama""".split()), ("start",)),
    "term": (frozenset("period periode masa jabatan term menjabat served serve office".split()),
             ("holder",)),
    "who": (frozenset("""siapa who whom ketua chair chaired dipimpin memimpin pimpin led presided
        nama name pemimpin leader head headed heading lead leading person kepala heads leads chairs
        ran running runs mengetuai diketuai
        chairman chairperson ketuanya kepalanya pimpinan director direktur president
        presiden""".split()),
            ("holder", "chair")),
    # (... and what a meeting was called: "KTT ketiga OKI dijuluki sesi apa?")
    "theme": (frozenset("tema temanya bertema bertajuk theme themes themed judul title slogan "
                        "dijuluki julukan julukannya nicknamed".split()), ("theme",)),
    # What a body does: a row's note may say; a list of names and seats never does.
    "duties": (frozenset("""fungsi fungsinya function functions tugas tugasnya duty duties
        wewenang kewenangan powers bidang bergerak field""".split()), ("note",)),
    "difference": (COMPARING, ("note",)),

    "outcome": (frozenset("""hasil hasilnya keputusan decided decide decision decisions outcome
        outcomes result results menghasilkan memutuskan adopt adopted adopts mengesahkan disahkan
        dibahas membahas bahas ngebahas discussed discuss agenda significance importance terjadi
        kejadian""".split()),
               ("outcome",)),
    "list": (frozenset("daftar list semua all saja which pernah ever sebutkan kali times berapa"
                       .split()), ()),
    # ... nor when an office holder was born or died, unless its note says ("Habib Chatty lahir
    # tahun brp" got his row, his term's dates)
    "life": (LIFE, ("life",)),
    # No row holds a count ("how many countries were at Rabat?"): an entry has to say it.
    "count": (frozenset("many jumlah jumlahnya banyaknya".split()), ("count",)),
    # ... said so when the row is the one asked about (no field holds it: never found as missing
    # by the fields, only by what the number counts: NUMBER_ASKED)
    "number": (NUMBER_ASKED, ()),
}
ASKS = frozenset(word for words, _ in ASK_FIELDS.values() for word in words)
DUTIES_ASKED = ASK_FIELDS["duties"][0]
WHO_ASKS = ASK_FIELDS["who"][0]  # ("siapa *pemimpin* tuan rumah": asked, not named)
# words asking whose head of state chairs a body: "which committee does Türkiye chair?"
CHAIRING = frozenset("""chair chairs chaired chairing chairman chairmanship ketua ketuanya
    mengetuai diketuai memimpin dipimpin""".split())
LED = CHAIRING | frozenset("led lead leading presided pimpin".split())  # ... or led it
CHAIRS_COUNTRY = frozenset("negara country mana which".split())  # ... of "presiden negara mana"
LIST_LACKS = ("duties", "outcome", "difference", "theme")
# A row that is itself a holder of an office (a summit chair: a country) answers "who"
OFFICE = frozenset({"current", "former"})
# A claim's verbs between a meeting's number and a place: "the 2nd ICFM *was* in Islamabad",
# "KTT ke-2 *diadakan* di Rabat"
BEING = frozenset("was were is are adalah".split())
HELD_ID = frozenset("diadakan digelar berlangsung dilaksanakan diselenggarakan".split())
# Verbs of a meeting being held: "berapa kali KTT diadakan di Dakar?" counts the meetings
HELD_SAID = HELD_ID | frozenset("held convened met meet meets bersidang".split())
# the words before where a meeting is said to be ("diselenggarakan *di* Arab Saudi")
HELD_AT = frozenset("di in at".split())
# ... and those saying the OIC met at a place asked of ("did the oic meet in dakar"); not "held"
# alone ("oic conferences held in jakarta" is what Indonesia hosted)
MET_WORDS = HELD_SAID - HELD_ID - {"held", "convened"} | frozenset(
    "hold holds bertemu berkumpul kumpul ketemu rapat".split())
# "Who hosted / organised the 2nd summit?" asks for a country: a meeting's host
AUXILIARIES = frozenset("has have had is are was were do does did can could will would".split())
HOST_WORDS = frozenset("""host hosted hosts hosting tuan rumah rumahnya organised organized organise
    organize organiser organizer penyelenggara menyelenggarakan""".split())
# "Presiden Indonesia", "the King of Morocco": a person's country, not where a row was held
# (and as Indonesian says "its": "KTT ke-10 tuan rumahnya siapa perdana *menterinya*?" was told
# "No: not Perdana Menterinya", as if a name)
PERSON_TITLES = frozenset("""presiden president raja king emir sultan ratu queen menlu menteri
    minister pm perdana wapres prime crown prince putra mahkota presidennya rajanya emirnya
    sultannya menlunya menterinya wapresnya""".split())
_TITLE_NEXT = frozenset((t,) for t in PERSON_TITLES)
ROYAL = frozenset("raja king emir sultan ratu queen prince putra mahkota".split())
NAME_WORDS_AFTER_TITLE = 2  # "Raja *Faisal*", "King *Hassan II*": a name after a title
NAME_LINKS = frozenset("bin binti ibn bint al".split())  # "Mohammed *bin* Salman"
# "Sekjen dari Indonesia", "a summit in Iraq", "hosted by Nigeria", "diselenggarakan (oleh)
# Mesir": a country as a place
_FROM_OR_IN = frozenset("dari asal from in di by oleh diselenggarakan".split())
HIS_COUNTRY = frozenset("dari asal from of".split())  # "Raja Faisal *dari* Arab Saudi"
# "before (he came) to the OIC": the words between a side and the OIC it is said of
INTO = frozenset("ke di masuk bergabung gabung jadi menjadi joining join joined the coming".split())
INTO_OIC = 3
VOTES = frozenset("vote votes suara".split())  # ... counted of an election, no row's count
INVITING = frozenset("""mengundang diundang undangan undang mengundangnya invited invitation
    invite invites""".split())
DEED_CHARS = 5  # a word asked of an office holder that one record alone says is this long
EVENT_NAMED_WITHIN = 3  # "after" opening a question, with no row named this soon: an event
# "is in", "ada di": a body's seat put in a country; or after these ("based in", "berkantor di")
# a country said to be someone's ("Faisal dari ...", "asal Mesir")
SAID_FROM = frozenset("from dari asal asalnya berasal".split())
SEATED_IN = frozenset((("is", "in"), ("ada", "di"), ("berada", "di"), ("are", "in")))
_CITY_OF = frozenset((("city", "of"), ("cities", "of"), ("town", "of")))  # ... "a city *of* it"
PEOPLE_OF = frozenset("orang warga".split())  # "orang Saudi", "warga Mesir": a country's people
# ... and one of them ("pernahkah orang Indonesia jadi sekjen?"; "has *an Indonesian* ever been
# Secretary-General?", the lexicon reading "Indonesian" as the country)
PERSON_OF = PEOPLE_OF | {"a", "an", "any"}
LIST_CUES = frozenset("daftar list semua all saja sebutkan".split())
ALL_ON_A_SIDE = EVERY | LIST_CUES  # "*all* the ones before Taha", "siapa *saja*": not one
# A continent picks rows by where their countries are, which no row says: "the first
# *African* Secretary-General" is not the first Secretary-General.
REGION_WORDS = frozenset("""afrika africa african asia asian eropa europe european amerika
    america american southeast_asia south_asia""".split())  # (the lexicon's, of two words)
# What no row records of a person: "the first *woman* Secretary-General" is not the first
# Secretary-General (it got Tunku Abdul Rahman), and no row can say who she would be
# ... nor whether a holder is an Arab, or a meeting in the Gulf: no region of ours is the Arab
# world or the Gulf
GULF = frozenset("gulf teluk".split())
OUTSIDE = frozenset(("outside", "diluar"))  # ... or "di luar" (not "luar biasa", extraordinary)
# ... where a meeting was held: "the most recent summit in an Arab country" got Banjul's
ARAB_PLACES = frozenset(
    ("arab", place) for place in "country countries state states world members nations".split()
) | frozenset((place, "arab") for place in "negara negeri dunia kawasan anggota".split())
UNMAPPED_REGIONS = frozenset("arab arabs arabic".split()) | GULF
UNRECORDED = frozenset("""woman women female perempuan wanita youngest oldest termuda tertua
    spokesperson spokesman jubir bicara""".split())  # (nor who speaks for it: "juru bicara")
OIC_WORD = "oki"  # what the normaliser makes of every name of the OIC
FOUNDED = 1969  # the year the OIC was founded (and the members listed as founders joined)
# "gabung OKI tahun 1974", "bergabung dengan OKI pada tahun 1974": when a country joined
JOINED = frozenset("gabung bergabung join joined joins masuk admitted".split())
_BEFORE_A_JOIN_YEAR = frozenset((OIC_WORD, "tahun", "in", "pada", "sejak", "since", "dengan",
                                 "with"))
JOINED_GAP = 5  # ... at most this many words before the year


@dataclass(frozen=True, slots=True)
class _Hit:
    """Something found in a question: what it means and which of its tokens say so."""

    value: str
    tokens: frozenset[str]


@dataclass(slots=True)
class _Question:
    """What a question says, read once for every table."""

    tokens: tuple[str, ...]
    tables: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # spans of its words
    kinds: list[_Hit] = field(default_factory=list)  # "table:kind"
    rows: list[_Hit] = field(default_factory=list)  # row ids named
    org_rows: list[_Hit] = field(default_factory=list)  # ... by another organisation's name
    places: list[_Hit] = field(default_factory=list)  # place ids
    country: _Hit | None = None
    # "KTT di Senegal dan Gambia": countries joined to the first by "and" or "or" (JOINING),
    # whose rows a place look-up lists too (it listed only Senegal's)
    joined_countries: list[_Hit] = field(default_factory=list)
    ordinals: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    years: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    # "from 1975 to 1979": the two years of a span, which a row's term may match exactly
    term: tuple[int, int] | None = None
    # "sebelum 2025", "until 2016": the rows of the years on one side of it ("before:2025")
    bound: _Hit | None = None
    superlative: _Hit | None = None
    relative: _Hit | None = None
    # "the *second* SG after Pirzada": how many rows along an ordinal right before the
    # relative counts, with its words (it was read as the 2nd row, and the one after taken)
    along: tuple[int, frozenset[str]] | None = None
    handover: bool = False  # ... said by "took over from", "handed over to"
    giver: _Hit | None = None  # ... and the country it took over from, if named
    # "Why was Qatar suspended after the 2019 Makkah summit?": a meeting only dating a change
    # of standing (it got the summit after it, Banjul's)
    dates_a_change: bool = False
    asks: frozenset[str] = frozenset()
    # "siapa sekjen OKI saat KTT Jakarta 2016": the meeting named after the time word, whose
    # dates pick the row ("at"), and the words that named it
    at: Row | None = None
    at_tokens: frozenset[str] = frozenset()
    at_named: Mapping[str, frozenset[str]] = field(default_factory=dict)  # ... each table's words
    titled: bool = False  # "*Presiden* Indonesia": a person's country, not a place
    suspended: frozenset[str] = frozenset()  # ... a country suspended, and the word saying so
    any_kind: frozenset[str] = frozenset()  # the words of "of any kind", if said
    count: frozenset[str] = frozenset()  # the words of "how many", if said
    counted: str = ""  # the word "how many" or "berapa" asks about ("heads", "kali")
    so_far: frozenset[str] = frozenset()  # the words of "so far", "sampai sekarang"
    # the words of a country's joining year that its record agrees with ("gabung OKI tahun
    # 1974"): said of the country, true, no year of a row
    joined_as_recorded: frozenset[str] = frozenset()
    # "in November 2019": the month said right before a year (year -> month)
    months: dict[int, int] = field(default_factory=dict)
    # "Which summits were held in March?": a month with no day or year, of any year
    month: _Hit | None = None
    # asked as a claim to confirm without an opener ("Sekjen pertama dari Mesir itu Taha kan?")
    confirming: bool = False
    # "the most", "more than once" said of where the rows are ("most:" or "repeated:")
    hosting: _Hit | None = None
    aside: list[_Hit] = field(default_factory=list)  # rows set aside ("besides Lahore")
    aside_at: frozenset[int] = frozenset()  # ... where the words that may name them are


class _Phrases:
    """Longest-first lookup of multi-word phrases in a question's tokens."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, ...], set[str]] = {}
        self._by_first: dict[str, list[tuple[str, ...]]] = {}

    def add(self, phrase: tuple[str, ...], value: str) -> None:
        if not phrase:
            return
        if phrase not in self._values:
            self._values[phrase] = set()
            starts = self._by_first.setdefault(phrase[0], [])
            starts.append(phrase)
            starts.sort(key=len, reverse=True)
        self._values[phrase].add(value)

    def find(self, tokens: tuple[str, ...]) -> Iterator[tuple[int, int, set[str]]]:
        """(start, end, values) of each phrase, left to right, not overlapping."""
        i = 0
        while i < len(tokens):
            for phrase in self._by_first.get(tokens[i], ()):
                if tokens[i : i + len(phrase)] == phrase:
                    yield i, i + len(phrase), self._values[phrase]
                    i += len(phrase)
                    break
            else:
                i += 1


class TableIndex:
    """Proposes table rows for a question and renders them as answers."""

    def __init__(self, kb: KnowledgeBase, normalize: Normalizer, countries: CountryIndex,
                 regions: RegionIndex) -> None:
        self.kb = kb
        self._regions = regions
        self._normalize = normalize
        self._counts_said: dict[str, frozenset[str]] = {}  # a row id -> the words its note counts
        self._row_texts: dict[str, frozenset[str]] = {}  # a row id -> its title and answer's words
        self._countries = countries
        self._rows: dict[str, Row] = {r.id: r for t in kb.tables.values() for r in t.rows}
        # The tables of offices people hold (the Secretaries-General), not the chairs of
        # meetings ("who chaired it" may be the meeting's chair)
        self._offices = frozenset(t.id for t in kb.tables.values() if not t.chairs_of
                                  and any(r.status in OFFICE for r in t.rows))
        self._table_words = _Phrases()
        self._shared_words = _Phrases()
        self._kind_words = _Phrases()
        self._row_names = _Phrases()
        # ... and by a name of the OIC's own without the OIC's name ("kantor berita" of
        # "kantor berita oki"), where a question says the OIC has it
        self._owned_names = _Phrases()
        # Rows named like another organisation ("United Nations" is an observer): that name
        # alone says the question is about the UN, not about this table.
        self._org_row_names = _Phrases()
        self._place_names = _Phrases()
        # A row's text in a language never changes while the content is loaded: built once
        # (what, row id, language) -> its title, list item or answer.
        self._texts: dict[tuple[str, str, str], str] = {}

        def tokens(text: str) -> tuple[str, ...]:
            return normalize(text).tokens

        # Words that ask or link, never a person's name: what may stand before a surname
        self._plain_words = frozenset(
            w for group in (kb.lexicon.function_words, kb.lexicon.question_words,
                            kb.lexicon.question_openers)
            for phrases in group.values() for phrase in phrases for w in tokens(phrase))

        for table in kb.tables.values():
            for word in _all(table.words):
                self._table_words.add(tokens(word), table.id)
            for word in _all(table.shared_words):
                self._shared_words.add(tokens(word), table.id)
            for kind in table.kinds.values():
                for word in _all(kind.words):
                    self._kind_words.add(tokens(word), f"{table.id}:{kind.id}")
            for row in table.rows:
                for name in row.names:
                    words = tokens(name)
                    org = all(w.startswith(ORG_PREFIX) for w in words)
                    (self._org_row_names if org else self._row_names).add(words, row.id)
                    if len(words) > OWNED_NAME and kb.lexicon.our_name in (words[0], words[-1]):
                        self._owned_names.add(tuple(w for w in words
                                                    if w != kb.lexicon.our_name), row.id)
                # ... and by its theme, in full ("the summit called 'Session of Al-Quds and
                # Palestine'"; it got the OIC's stance on Palestine)
                for theme in dict.fromkeys(row.theme.values() if row.theme else ()):
                    self._row_names.add(tokens(theme), row.id)
        for place in kb.places.values():
            for name in (*place.name.values(), *place.aliases):
                self._place_names.add(tokens(name), place.id)
        # The sentences of a note saying where a row is or meets ("COMCEC ... bersidang setiap
        # tahun di Istanbul"): "di mana komite itu bersidang?" is answered so, where the first
        # line says no place (and the row is said to lack one where no sentence says it)
        self._chair_words: dict[str, frozenset[str]] = {}
        self._chair_name_words: dict[str, frozenset[str]] = {}
        self._placed_by_note: dict[tuple[str, str], tuple[str, ...]] = {
            (row.id, lang): placed for row in self._rows.values() if row.note
            for lang, note in row.note.items()
            if (placed := tuple(s for s in sentences(note) if self.places(tokens(s))
                                and not PLACED_SAID.isdisjoint(fold(s).split())))}
        self._superlatives = _Phrases()
        for name, phrases in SUPERLATIVES.items():
            for phrase in phrases:
                self._superlatives.add(phrase, name)
        self._so_far = _Phrases()
        for phrase in SO_FAR:
            self._so_far.add(phrase, "so_far")
        self._any_kind = _Phrases()
        for phrase in ANY_KIND:
            self._any_kind.add(phrase, "any_kind")
        self._counts = _Phrases()
        for phrase in COUNT_WORDS:
            self._counts.add(phrase, "count")
        for times in CLAIMED_TIMES:  # ("Maroko sudah 3 kali jadi tuan rumah KTT, benar?")
            self._counts.add(times, "count")
        for table in kb.tables.values():  # "berapa KTT ...": how many, right before its word
            for named_by in (table.words, *(k.words for k in table.kinds.values())):
                for word in _all(named_by):
                    self._counts.add(("berapa", *tokens(word)), "count")
                    # ("berapa orang Sekjen": it got the one row saying "orang")
                    for classifier in CLASSIFIERS | {"orang"}:
                        self._counts.add(("berapa", classifier, *tokens(word)), "count")
        self._handovers = _Phrases()
        for phrases, taking in ((TAKE_OVER + TAKE_CHAIR, "take"), (HAND_OVER, "hand")):
            for phrase in phrases:
                self._handovers.add(phrase, taking)
        self._relatives = _Phrases()
        for name, phrases in RELATIVES.items():
            for phrase in phrases:
                self._relatives.add(phrase, name)

    def places(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The places (ids from places.yaml) ``tokens`` name ("jakarta", "kuala lumpur")."""
        return frozenset(p for _, _, places in self._place_names.find(tokens) for p in places)

    def place_spans(self, tokens: tuple[str, ...]) -> list[tuple[int, int, frozenset[str]]]:
        """Where ``tokens`` name places, and which (a name may be several places' alias)."""
        return [(start, end, frozenset(ids)) for start, end, ids in self._place_names.find(tokens)]

    def asked_away(self, tokens: tuple[str, ...]) -> frozenset[int]:
        """The positions of kinds asked away and of the words that ask them away ("KTT biasa
        (*bukan luar biasa*)"), and of tables so ("who leads the OIC, like the chairman, *not
        sec gen*": it got the Secretary-General): not asked for, by any source."""
        away: set[int] = set()
        kinds = [(start, end, True) for start, end, _ in self._kind_words.find(tokens)]
        tables = [(start, end, False) for start, end, _ in self._table_words.find(tokens)]
        for start, end, kind in (*kinds, *tables):
            at = start - 1
            meant = at > 0 and tokens[at] in MEANT
            at -= meant  # "I don't *mean* sec gen"
            while at > 0 and start - at <= AWAY_GAP and tokens[at] in AWAY_BETWEEN:
                at -= 1  # "not counting the joint ones", "tidak termasuk yang gabungan"
            # (a table only when set against another or meant away: "the chairman, not sec
            # gen", "I don't mean sec gen"; "mana yang bukan sekjen OKI" asks which is not one)
            article = at > 1 and tokens[at] in ("a", "an")
            instead = at > 0 and tuple(tokens[at - article - 1:at - article + 1]) in INSTEAD_OF
            # (nor a kind that a choice is asked among, nothing else named before it: "Yang
            # bukan organ utama OKI adalah ...": the main organs, as "KTT yang bukan luar
            # biasa" asks away the extraordinary ones)
            among = at > 0 and tokens[at - 1] in WHICH_IS and not any(
                self.names_a_kind(t, True) for t in tokens[:at - 1])
            if at >= 0 and (tokens[at] in NOT_HERE or instead) and not among and (
                    kind or meant or (at and self.names_a_kind(tokens[at - 1], True))):
                away.update(range(at - 2 * instead, end))
        return frozenset(away)

    def _names_found(self, tokens: tuple[str, ...]) -> Iterator[tuple[int, int, set[str]]]:
        """Rows named by name, save a chair's name where the chair is not what is asked (an
        opinion on "Erdogan" and Türkiye is no question of its years as summit chair) or the
        meetings chaired are: "Which summit did Erdogan chair?" is the 13th summit, "Is
        Erdogan the chair of the OIC?" Türkiye's years as summit chair."""
        named = {t for _, _, ids in self._table_words.find(tokens) for t in ids} | {
            k.partition(":")[0] for _, _, ids in self._kind_words.find(tokens) for k in ids}
        for start, end, ids in (*self._row_names.find(tokens), *self._owned(tokens)):
            kept = {i for i in ids for table in [self.kb.tables[self._rows[i].table]]
                    if not table.chairs_of or (
                        table.id in named and table.chairs_of not in named)}
            if kept:
                yield start, end, kept

    def _owned(self, tokens: tuple[str, ...]) -> Iterator[tuple[int, int, set[str]]]:
        """Rows named by a name of the OIC's own said without it, where the question says the
        OIC has it ("OKI memiliki kantor berita? Apa namanya?", "does the OIC have a news
        agency", "kantor berita milik OKI"): the name alone is any other's ("kantor berita
        Antara")."""
        ours = self.kb.lexicon.our_name
        if ours not in tokens:
            return
        for start, end, ids in self._owned_names.find(tokens):
            if any(tokens[at] == ours and tokens[at + 1] in OWNING
                   for at in range(max(0, start - OWNED_GAP - 2), start - 1)) or \
                    tokens[end:end + 2] in {(word, ours) for word in OWNED_BY}:
                yield start, end, ids

    def rows_named(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The rows ``tokens`` name by name ("ihsanoglu", "sesric")."""
        return frozenset(v for _, _, values in self._names_found(tokens) for v in values)

    def row_name_spans(self, tokens: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where rows are named by name in ``tokens`` ("siprus turki", "komite al-quds")."""
        return [(start, end) for start, end, _ in self._names_found(tokens)]

    def names_a_kind(self, token: str, of_rows: bool = False) -> bool:
        """Whether a word names what some table's rows are ("meeting", "summit", "sidang"),
        or (``of_rows``) what kind of row ("extraordinary")."""
        return any(next(found.find((token,)), None) is not None
                   for found in (self._table_words, self._shared_words,
                                 *((self._kind_words,) if of_rows else ())))

    def usual_kind_said(self, tokens: tuple[str, ...]) -> bool | None:
        """Whether ``tokens`` say, by a kind's words, the usual kind of row (a table's default
        kind: "KTT *biasa*") or another ("luar biasa", "extraordinary"); None if neither or
        both."""
        said = {kind == self.kb.tables[table].default_kind
                for _, _, values in self._kind_words.find(tokens)
                for table, _, kind in (value.partition(":") for value in values)}
        return said.pop() if len(said) == 1 else None

    def named(self, tokens: tuple[str, ...], every: bool = False) -> frozenset[str]:
        """The tables whose own words ``tokens`` use ("cfm", "ktt"), leaving out (unless
        ``every``) those whose words are too common to name them alone ("komite")."""
        found = frozenset(t for _, _, tables in self._table_words.find(tokens) for t in tables
                          if every or not self.kb.tables[t].kind_required)
        if len(found) < 2:
            return found  # (most questions, and every example: nothing beside it)
        # (nor a table of chairs beside another table of meetings than theirs: "ketua *Dewan
        # Menteri Luar Negeri* OKI" is no summit chair)
        meetings = {t for t in found if self.kb.tables[t].of_meetings}
        return frozenset(t for t in found if not (
            (of := self.kb.tables[t].chairs_of) and meetings and of not in meetings))

    def meeting_spans(self, tokens: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where ``tokens`` use a table of meetings' own words ("ktt", "sidang menlu")."""
        return [(start, end) for start, end, tables in self._table_words.find(tokens)
                if any(self.kb.tables[t].of_meetings for t in tables)]

    def names_a_meeting(self, tokens: tuple[str, ...]) -> bool:
        """Whether ``tokens`` name a meeting by its kind and its number, year or place ("KTT
        OKI ke-10 tahun 2003"): something in particular, as a row's name is."""
        return any(self.kb.tables[t].of_meetings for t in self.named(tokens)) and (
            any(YEAR.fullmatch(t) for t in tokens) or any(True for _ in _ordinals(tokens))
            or bool(self.places(tokens)))

    def _holder_titled(self, question: _Question, at: int) -> bool:
        """Whether a title and country said after an office the rows list tell of its holder,
        whose country it is: "The first OIC Secretary-General, ____, was a former Prime
        Minister of Malaysia" (declined, as a question about Malaysia's prime ministers); not
        "Presiden Indonesia yang pertama kali menjadi Sekjen OKI?", whose person is another."""
        return any(start < at for t, spans in question.tables.items() if t in self._offices
                   for start, _ in spans)

    def names_a_meeting_held(self, tokens: tuple[str, ...]) -> bool:
        """Whether ``tokens`` name one of the meetings our tables hold by its place and year
        ("KTT Riyadh 2023"), not only a kind of meeting ("KTT iklim PBB 2023 di Dubai")."""
        places = self.places(tokens)
        years = {int(t) for t in tokens if YEAR.fullmatch(t)}
        return bool(places and years) and any(
            places & set(r.cities) and r.start is not None and r.start.year in years
            for r in self._rows.values())

    # -- reading a question -------------------------------------------------------------------

    def _read(self, normalized: Normalized) -> _Question:
        tokens = normalized.tokens
        question = _Question(tokens)
        # "KTT biasa (bukan luar biasa)": a kind asked away is not asked for
        # (and "extraordinary summits, not counting the joint ones": the joint summits, which
        # "extraordinary" also names, are left out of it too), nor a table ("not sec gen")
        away = self.asked_away(tokens)
        beside: set[int] = set()  # (where a word naming a meeting, "sidang" too, starts or ends)
        for start, end, values in self._table_words.find(tokens):
            beside |= {start, end}
            for table in values if start not in away else ():
                question.tables.setdefault(table, []).append((start, end))
        beside |= {at for start, end, _ in self._shared_words.find(tokens) for at in (start, end)}
        if "summits" in question.tables and "cfm_sessions" not in question.tables \
                and MINISTERS in tokens and all(tokens[s:e] in CONFERENCE_ALONE
                                                for s, e in question.tables["summits"]):
            # "where did the foreign ministers meet for their second conference?": theirs, not
            # a summit (it got Lahore's, "not in Jeddah")
            question.tables["cfm_sessions"] = question.tables.pop("summits")
        found = [(s, e, values) for s, e, values in self._kind_words.find(tokens)
                 if not (e < len(tokens) and tokens[e] in _BECAUSE) and not (
                     tokens[s:e] in _SPECIAL and not {s, e} & beside)]
        # (words naming several kinds, next to words naming fewer of them, name those:
        # "darurat" is extraordinary or joint, "darurat Arab-Islam" the joint summit; apart,
        # each names its own: "biasa maupun luar biasa" both)
        found = [(s, e, next((values & v2 for s2, e2, v2 in found
                              if (e2 == s or s2 == e) and values & v2 < values), values))
                 for s, e, values in found]
        left_out = {v for s, _, values in found if s in away for v in values}
        question.kinds = [_Hit(v, frozenset(tokens[s:e])) for s, e, values in found
                          for v in (values - left_out or values) if s not in away]
        # "not counting the joint ones" with no kind named: every other kind of that table
        # (it counted the joint summits too)
        for table_id in {v.partition(":")[0] for v in left_out} - {
                h.value.partition(":")[0] for h in question.kinds}:
            question.kinds += [_Hit(f"{table_id}:{kind}", frozenset())
                               for kind in self.kb.tables[table_id].kinds
                               if f"{table_id}:{kind}" not in left_out]
        # "yg luar biasa juga dihitung", "including the extraordinary ones": a kind counted
        # in with the usual one, so every kind of its table (it counted that kind alone)
        included = [(s, e, cue) for s, e, _ in found if s not in away
                    for cue in [_counted_in(tokens, s, e)] if cue]
        # (... with the kind named, where another is: "extraordinary summits incl the joint
        # ones" are those two kinds, not every kind)
        named_too = {v.partition(":")[0] for s, _, values in found if s not in away
                     and s not in {i for i, _, _ in included} for v in values}
        included = [(s, e, cue) for s, e, cue in included if not named_too & {
            v.partition(":")[0] for v in next(values for s2, _, values in found if s2 == s)}]
        in_with = {v.partition(":")[0] for s, e, _ in included for v in
                   next(values for s2, _, values in found if s2 == s)}
        question.kinds = [h for h in question.kinds if h.value.partition(":")[0] not in in_with]
        question.any_kind = frozenset(t for s, e, cue in included for t in (*tokens[s:e], *cue))
        # ("Who were the secretaries-general before Taha, not counting Al-Othaimeen?": a row
        # set aside is left out of the rows, not named as one asked for; it got Al-Othaimeen's
        # and Taha's)
        aside_at, setting_aside = words_set_aside(tokens)
        question.aside_at = frozenset(aside_at)
        hits = [(s, e, v) for s, e, values in self._names_found(tokens) for v in values]
        question.rows = [_Hit(v, frozenset(tokens[s:e])) for s, e, v in hits if s not in aside_at]
        question.aside = [_Hit(v, frozenset((*tokens[s:e], *setting_aside)))
                          for s, e, v in hits if s in aside_at]
        # (a kind's word inside a row's name is the name's: "the OIC news *agency*" is no
        # agency kind, and its row, a specialised institution, was left out)
        named_words = {t for h in question.rows for t in h.tokens}
        question.kinds = [h for h in question.kinds
                          if not (h.tokens and h.tokens <= named_words)]
        question.org_rows = [_Hit(v, frozenset(tokens[s:e]))
                             for s, e, values in self._org_row_names.find(tokens) for v in values]
        # (a place counted in is no place the rows are taken from: "how many regular oic
        # summits so far incl banjul" was told "Our sources list 1", the Banjul summit)
        counts = not NUMBER_ASKED.isdisjoint(tokens)
        question.places = [_Hit(v, frozenset(tokens[s:e]))
                           for s, e, values in self._place_names.find(tokens) for v in values
                           if not (counts and _counted_in(tokens, s, e))]
        country = self._countries.find(normalized.words)
        if country:
            question.country = _Hit(country[0], frozenset(country[1]))
            at = next((i for i, t in enumerate(tokens) if t in question.country.tokens), 0)
            if at and tokens[at - 1] in PEOPLE_OF:  # "orang Saudi": a Saudi
                question.country = _Hit(country[0], frozenset((*country[1], tokens[at - 1])))
            title = tokens[max(0, at - 2):at]  # "presiden indonesia", "president of indonesia"
            end = at + len(country[1])  # ... or "an Indonesian president"
            if ((title and (title[-1] in PERSON_TITLES
                            or (title[0] in PERSON_TITLES and title[-1] in ("of", "the")))) or (
                    end < len(tokens) and tokens[end] in PERSON_TITLES)) \
                    and not self._holder_titled(question, at):
                question.country, question.titled = None, True
        if question.country and not SUSPENDED.isdisjoint(tokens):
            # "Was Egypt suspended at the 3rd summit?": suspended, not a place (it listed the
            # summits held in Egypt); a row saying so accounts for it ("It suspended Syria")
            question.suspended = question.country.tokens | SUSPENDED.intersection(tokens)
            question.country = None
        if question.country and BETWEEN.isdisjoint(tokens):  # (not the rows between two)
            question.joined_countries = _joined(
                normalized.words, self._countries.find_all(normalized.words))
        # (not an anniversary's: "ulang tahun ke-50", "the 50th anniversary" is no 50th row)
        question.ordinals = [(n, words) for n, words in _ordinals(tokens)
                             if not _of_an_anniversary(tokens, words)] or _numbered(
            tokens, normalized.words, {s for spans in question.tables.values() for s, _ in spans})
        question.ordinals = _ordinal_range(tokens, question.ordinals)
        question.years = []
        spanned_years = _year_range(tokens)
        if spanned_years is not None:
            # "ordinary summits 1981-2003", "dari tahun 1981 sampai 2003", "1971-present":
            # each year of it (it listed the rows of the two years named)
            (first, last), words = spanned_years
            question.years += [(year, words) for year in range(first, last + 1)]
            question.term = (first, last)
        if (century := _century(tokens)) is not None:
            # "the first summit of the 21st century", "sekjen terakhir abad ke-20": each year
            # of it (the 21st was read as a row's number, then dropped: the first of all)
            first, words = century
            question.years += [(year, words) for year in range(first, first + CENTURY_YEARS)]
        for i, t in enumerate(tokens):
            decade = decade_of(tokens, i)
            if spanned_years is not None and t in spanned_years[1]:
                continue
            if decade is not None:  # "in the 1980s", "tahun 1980-an", "taun 90an": each year
                # (of "the first decade of the 2000s", "dekade pertama tahun 2000-an" too)
                decade_words = {t, "tahun", "an", "decade", "dekade"} | (
                    {"first", "pertama"} if {("first", "decade"), ("dekade", "pertama")} & set(
                        itertools.pairwise(tokens)) else set())
                question.years += [(year, frozenset(decade_words))
                                   for year in range(decade, decade + 10)]
            elif question.ordinals and _year_joined(tokens, i):
                # "Kamerun gabung OKI tahun 1974 dan jadi tuan rumah sidang menlu ke-50?":
                # when the country joined, not a year of the session (it was told no session
                # matches, and offered the 5th, of 1974); accounted for where its record says
                # so (a year it does not say is left unexplained: "Niger joined in 1974")
                joined = self.kb.countries.get(question.country.value) \
                    if question.country else None
                if joined and joined.since == int(t) and not joined.years_differ:
                    question.joined_as_recorded = frozenset(
                        (t, "tahun", *JOINED.intersection(tokens)))
            elif YEAR.match(t) and not _documents_year(tokens, i):
                # (nor "the 2008 Charter": a document's year, not the one asked about)
                word = tokens[i - 2] if i > 1 and tokens[i - 1] == "tahun" else \
                    tokens[i - 1] if i else ""
                # ... or, counting, a few words before ("how many times ... before the 2025
                # Istanbul session": the sessions before it, not the one before it)
                counting = any(t in NUMBER_ASKED and tokens[j - 1:j] != ("ke",)
                               for j, t in enumerate(tokens))  # (not "ke berapa", which one)
                near = next((w for w in reversed(tokens[max(0, i - BOUND_GAP):i])
                             if w in BOUNDS), "") if counting else ""
                # (and what names that bound with the year: "the 2025 *Istanbul* session"
                # is no place the rows counted must be in)
                said = word
                if word == "by" or (word == "to" and tokens[i - 2:i - 1] == ("up",)):
                    word = "until"  # "held by 2018", "up to 2000": right before the year only
                after = tokens[i + 1:i + 1 + BOUND_GAP] if word not in BOUNDS else ()
                word = word if word in BOUNDS else near
                said = said if word == "until" and said in ("by", "to") else word
                if word in BOUNDS and question.bound is None:
                    question.bound = _Hit(f"{BOUNDS[word]}:{t}",
                                          frozenset((said, "up", "tahun", t, *after)))
                else:
                    question.years.append((int(t), frozenset((t, "tahun"))))
                    if i and tokens[i - 1] in _MONTH_NUMBERS:
                        question.months[int(t)] = _MONTH_NUMBERS[tokens[i - 1]]
        if question.bound:
            question.places = [h for h in question.places if not h.tokens <= question.bound.tokens]
        question.month = _month_alone(tokens) if not question.years else None
        in_ordinals = {t for _, words in question.ordinals for t in words}
        so_far = {i for start, end, _ in self._so_far.find(tokens) for i in range(start, end)}
        question.so_far = frozenset(tokens[i] for i in so_far)
        # ("kepala negara" is a head of state; "KTT mana" which summit, "di mana" where)
        placing = {t for at, t in enumerate(tokens) if t in HOST_WORDS | CITY_ASKED | PLACE_WHICH
                   and tokens[at - 1:at] != ("kepala",)
                   and (t != "mana" or tokens[at - 1:at] in (("di",), ("ke",), ("dari",)))}
        if placing and (HOST_WORDS & set(tokens) or CHAIRING.isdisjoint(tokens)):
            # (not who chaired most often: "the summit chairmanship" began in 1997)
            question.hosting = next((_Hit(value, frozenset(tokens[at:at + len(phrase)]))
                                     for value, phrases in ((REPEATED, MORE_THAN_ONCE),
                                                            (MOST_HOSTED, MOST_OFTEN))
                                     for phrase in phrases
                                     for at in range(len(tokens))
                                     if tokens[at:at + len(phrase)] == phrase
                                     and tokens[at + len(phrase):at + len(phrase) + 1]
                                     != ("recent",)), None)
        # "from the first to the current one": a span of rows, not one ("spanned": where it
        # begins)
        spanned = next((at for at, t in enumerate(tokens) if t in FROM_WORDS
                        and TO_WORDS.intersection(tokens[at + 2:])), None)
        for start, end, values in self._superlatives.find(tokens):
            if so_far & set(range(start, end)) or (
                    spanned_years is not None and set(tokens[start:end]) <= spanned_years[1]):
                continue  # "sampai sekarang", "1971-present" ask for all of them, not the
                # current one
            if tokens[start:end + 1] == ("perdana", "menteri"):
                continue  # a prime minister, not the first
            if tokens[start:end] in (("still",), ("masih",)) and question.years:
                continue  # "Was Madani still SG in 2018?": then, not now (it got Taha)
            if (tokens[end:end + 1] in (("kali",), ("time",))
                    or ELECTING.intersection(tokens[end:end + 1])) and question.rows:
                continue  # "Ihsanoglu pertama kali dipilih ...", "Ihsanoglu was first
                # elected ...": when he first was, not the first row (it got the
                # Secretary-General of the year named, or the 1st)
            if _of_a_text(tokens, start, end):
                continue  # "the first Charter", "piagam pertama": the text's, not a row's
            if spanned is not None and start > spanned:
                # "dari yang pertama sampai sekarang": all of them, in order (its words said
                # as "so far" are: "dari pertama sampai terakhir" was left unexplained)
                question.so_far |= {*tokens[start:end], tokens[spanned],
                                    *TO_WORDS.intersection(tokens[spanned:])}
                continue
            if min(values) not in TENURES and (tokens[end:end + 1] in TERM_AFTER or tokens[
                    max(0, start - 1):start] in TERM_BEFORE):
                continue  # "after his first term", "masa jabatan pertama": a term's, not a row's
                # (but "the shortest term" is the shortest tenure: it was not sure)
            if min(values) in TENURES and not MAY.isdisjoint(tokens):
                continue  # "the longest a person *can* serve": the rule, not who served it
            if tokens[start:] == ("last",) and not LASTING.isdisjoint(tokens[:start]):
                continue  # "how many years did a term *last*?": a length, not the latest
            if "current" in values and (tokens[end:end + 1] in NAMED or tokens[
                    max(0, start - 1):start] in NAMED):
                continue  # "got its *present name* at a CFM held in": a name, not the latest
                # meeting (it got the 51st session); "nama sekarang"
            if tokens[start:end] == ("founding",) and tokens[end:end + 1] and tokens[
                    end] in FOUNDING_WHAT:
                continue  # "IRCICA - city and *founding year*?": when it was founded, not the
                # first body (it got the General Secretariat, "the earliest they list")
            if "first" in values and CALLED.intersection(tokens[:start]):
                continue  # "The CFM was called what earlier?": its old name (it got the 1st
                # session); not "what was the first CFM called"
            if "current" in values and tokens[end:end + 1] and tokens[end] in PERSON_TITLES:
                continue  # "Tunku jadi Sekjen sambil *masih PM* Malaysia kan?": still holding
                # another office, not the one in office now (it got Taha)
            if start == 0 and "current" in values and question.ordinals:
                continue  # "ok now the 11th sec gen pls": "now" moves the talk on (it got
                # the one in office, the 12th)
            if not in_ordinals & set(tokens[start:end]):  # "twenty first" is the 21st
                question.superlative = _Hit(min(values), frozenset(tokens[start:end]))
                if min(values) == "first" and _another_ordinal(
                        tokens, end, question.ordinals,
                        {at for spans in question.tables.values() for s, e in spans
                         for at in range(s, e)}):
                    # "the first and second summit" are the 1st and the 2nd (it got the 2nd),
                    # and "KTT pertama dan KTT ke-14", "the first summit and the 14th"
                    question.ordinals.insert(0, (1, question.superlative.tokens))
                    question.superlative = None
                break
        few = _few(tokens, question.superlative, in_ordinals)
        if few is not None:  # "the last 3 summits": so many rows (it got the latest alone)
            question.superlative = few
        back = _from_last(tokens, question.ordinals, question.superlative)
        if back is not None:  # "the second to last summit" is not the 2nd (it got Lahore)
            question.ordinals = [(n, words) for n, words in question.ordinals
                                 if not words <= back.tokens]
            question.superlative = back
        counted_from = _along(tokens, question.ordinals, question.bound,
                              [s for spans in question.tables.values() for s in spans]
                              ) if question.bound and question.superlative is None else None
        if question.bound and counted_from:
            # "the second SG after 2000", "KTT kedua sebelum tahun 1990": so many rows on from
            # the year, or back from it (it got the 2nd Secretary-General)
            side = question.bound.value.partition(":")[0]
            question.superlative = _Hit(f"{AHEAD if side in ('after', 'since') else BACK}"
                                        f"{counted_from[0]}", counted_from[1])
            question.ordinals = [o for o in question.ordinals if o != counted_from]
        question.dates_a_change = dated_from(tokens) is not None
        relatives = () if question.dates_a_change else self._relatives.find(tokens)
        later = _later_asked(tokens) | _career_asked(tokens) if relatives else set()
        for start, end, values in relatives:
            if set(tokens[start:end]) <= later:
                continue  # "what did Madani do after leaving office": his time after it, not
                # the Secretary-General after him (it got Al-Othaimeen); nor is "Taha
                # sebelumnya jabatannya apa?" the one before him (it got the 11th)
            if question.bound and set(tokens[start:end]) <= question.bound.tokens:
                continue  # ("sebelum 2025" bounds the years; it names no row before another)
            if start and tokens[start - 1] in NAMED_AFTER:
                continue  # ("Doha 2000 OIC summit - what was it named after?": what its name
                # says, not the summit after it)
            if tokens[end - 1] in POINTING_BACK and any(
                    words & set(tokens[end:]) for _, words in question.ordinals):
                continue  # ("KTM ke-47 di Niamey. setelahnya KTM ke-48 di mana?": after it,
                # the one it names by its number, not the row after that one)
            # (past an adverb: "sebelum *resmi* berdiri 2011" is before it was founded)
            verb = end + (end + 1 < len(tokens) and tokens[end] in _ADVERBS)
            if verb < len(tokens) and tokens[verb] not in WHERE \
                    and tokens[end - 1] not in POINTING_BACK and (
                    predicate_shaped(tokens[verb]) or tokens[verb] in _A_TIME) \
                    and not any(tokens[verb] in h.tokens for h in (*question.rows,
                                                                   *question.places)) \
                    and not (tokens[end] == "it" and tokens[end + 1:end + 2] in ((), ("and",))
                             and (question.rows or question.ordinals or question.places)):
                continue  # "before finishing his term", "sebelum menjabat", "sebelum *masa*
                # jabatannya habis": a time, no row (not "KTT sebelumnya diadakan di mana?",
                # the one before, of which the verb is said; a name may have a verb's shape:
                # "sebelum Hissein Taha"; and "it" closing a question is the row named before:
                # "The 13th summit was in Istanbul; where was the one after it?")
            named_words = {t for h in (*question.rows, *question.places) for t in h.tokens}
            # (a country too, of a chair: "After Azerbaijan, which country chairs the OIC
            # summit?" got Azerbaijan's row)
            by_country = question.country.tokens if question.country is not None else set()
            if start == 0 and not ({*named_words, *by_country,
                                    *(t for _, ts in question.years for t in ts),
                                    *(t for _, ts in question.ordinals for t in ts),
                                    *(tokens[i] for spans in question.tables.values()
                                      for a, b in spans for i in range(a, b))}
                                   .intersection(tokens[end:end + EVENT_NAMED_WITHIN])):
                continue  # "Following the criminal arson of Al-Aqsa Mosque, an Islamic Summit
                # ... at Rabat ... 1969": after an event opening the question, no row named
                # right after it (it got the summit after Rabat's)
            if question.rows and not named_words.intersection(tokens[end:]) and all(
                    i < start for i, t in enumerate(tokens) if t in named_words) and any(
                    predicate_shaped(t) or t.isdigit() for t in tokens[end:]):
                continue  # "the kashmir contact group was set up in 2019 after article 370
                # was scrapped": after an event, not the row after the one named (it got the
                # next body, the Permanent Representatives' committee)
            # "before" ending the question, not "the one before": a time, no row
            last = end == len(tokens) and tokens[start - 1] not in ONE_BEFORE and (
                (question.rows and tokens[start:end] in (("before",), ("sebelum",)))
                or (tokens[start:end] in (("before",), ("sebelumnya",))
                    and not PERFECT.isdisjoint(tokens[:start])))
            if tokens[end:end + 1] == (OIC_WORD,) or tokens[end:end + 2] == ("the", OIC_WORD) \
                    or last:
                continue  # "taha was foreign minister of which country before OIC?",
                # "Al-Othaimeen held which ministry before?": his time before it, no row
                # before his (it got the 11th Secretary-General, the 10th); "had Türkiye
                # hosted the CFM before?": ever, up to then (it got the session before the
                # 51st named first)
            if end - start == 1 and tokens[start] in REPLACING and start and any(
                    tokens[start - 1] in h.tokens for h in question.places):
                continue  # "Jakarta replaced which country as host?": the host first planned,
                # no meeting before or after it
            if not FIRST_PLANNED.isdisjoint(tokens) and not HOST_WORDS.isdisjoint(tokens):
                continue  # "Which country was originally supposed to host the 2016 summit
                # before Indonesia?": the host first planned (it got the summit before it);
                # not where the one before was first to be held
                # ("... the summit before the Banjul one originally supposed to be held?")
            if tokens[start:end] == ("following",) and tokens[start - 1:start] in (
                    ("the",), ("of",)):
                continue  # "Which of the following ...?": the options after it
            if OIC_WORD in tokens[end:end + INTO_OIC] and all(
                    t in INTO for t in tokens[end:tokens.index(OIC_WORD, end)]):
                continue  # "Riwayat jabatan Hissein Taha sebelum ke OKI apa aja?": before
                # he came to the OIC (it got the Secretary-General before him)
            if start and tokens[start - 1] in EARLIER_ONES:
                continue  # "ihsanoglu's election in 2004 was different from *the ones
                # before*": all those earlier, weighed against it (it got the 8th SG's row)
            value = min(values)
            if end - start == 1 and tokens[start] in REPLACING and start and any(
                    tokens[start - 1] in h.tokens for h in question.rows):
                value = "before"  # "Which SG did Taha *replace*?": the one he replaced
            question.relative = _Hit(value, frozenset(tokens[start:end]))
            break
        if question.relative and question.superlative and question.superlative.value == "next":
            # "After Tehran 1997, which city hosted the next summit?": the one after it, not
            # the one planned (it got Baku 2026)
            question.relative = _Hit(question.relative.value, question.relative.tokens
                                     | question.superlative.tokens)
            question.superlative = None
        elif question.superlative and question.superlative.value == "next" and any(
                max(i for i, t in enumerate(tokens) if t in words)
                < min(i for i, t in enumerate(tokens) if t in question.superlative.tokens)
                for _, words in question.ordinals):
            # ... and said after one named by its number, the one after it: "CFM ke-49 di
            # mana? kalau yang berikutnya?" (it was told no next session is planned)
            question.relative = _Hit("after", question.superlative.tokens)
            question.superlative = None
        elif question.superlative and question.superlative.value == "first" and (
                then := _then_next(tokens, question.superlative.tokens)):
            # "Tunku was the first SG. who came next?": the one after the first (it repeated
            # Tunku)
            question.ordinals.insert(0, (1, question.superlative.tokens))
            if _another_ordinal(tokens, max(i for i, t in enumerate(tokens)
                                            if t in question.superlative.tokens) + 1,
                                [(2, then)]):
                question.ordinals.insert(1, (2, then))  # "sekjen pertama dan selanjutnya"
            else:
                question.relative = _Hit("after", then)
            question.superlative = None
        if question.relative and (question.rows or question.places):
            question.along = _along(tokens, question.ordinals, question.relative,
                                    [s for spans in question.tables.values() for s in spans])
            question.ordinals = [o for o in question.ordinals if o != question.along]
        claimed_now = not IS_NOW.isdisjoint(tokens) and (
            WHO_WHICH | PICKING_ONE | ALWAYS).isdisjoint(tokens)  # (a claim in the present: "The
        # OIC SG is from Niger, right?" got Algabid; not of every row, "always a Saudi")
        if question.superlative is None and question.country \
                and (tokens[0] in ASKS_NOW or claimed_now) \
                and not (question.ordinals or question.years or question.relative) \
                and EVER.isdisjoint(tokens) and any(
                    r.status == "current" for t in question.tables for r in self.kb.tables[t].rows):
            # "Is the OIC SG Saudi?" asks about the one in office, not "has any been Saudi?"
            question.superlative = _Hit("current", frozenset())
        named = {t for h in (question.country, *question.rows) if h for t in h.tokens}
        # (not a country where a meeting was held: "Di sidang menlu OKI 2023 *di Mauritania*,
        # kursi ketua diserahkan dari negara mana?" is that session's own handover, which its
        # row says; it got the next session, as if Mauritania had handed the chair on)
        spans = [[at for at, t in enumerate(tokens) if t in h.tokens]
                 for h in (question.country, *question.rows) if h]
        held = {at for span in spans if span and span[0] and tokens[span[0] - 1] in HELD_AT
                and question.years and MEETING_WORDS.intersection(tokens) for at in span}
        where = [i for i, t in enumerate(tokens) if t in named and t not in ARTICLES
                 and i not in held]
        for start, end, values in self._handovers.find(tokens):
            # (nor at a meeting named by its year and place, whose own handover its row says:
            # "What happened between Egypt and Turkey at the 2016 Istanbul OIC summit
            # handover?" got the next summit, after Türkiye's)
            if where and question.relative is None and not (question.years and question.places):
                # (unless the one taking over is asked: "Madani resigned, who took over?")
                named_first = where[0] < start and not _asked_just_before(tokens, start)
                taking = "take" in values
                if taking and named_first and TAKEN_FROM.isdisjoint(tokens[end:]) \
                        and asked_shape(tokens) == "year" and question.country is None:
                    break  # (when the one named took office: "When did Hissein Brahim Taha
                    # take over as secretary-general?" got the one before him)
                if taking and named_first and question.country:
                    # "Mauritania mengambil alih keketuaan dari Pakistan": the one it took
                    # over from, named too
                    question.giver = next((
                        _Hit(code, frozenset(phrase)) for code, phrase in
                        self._countries.find_all(normalized.words)
                        if code != question.country.value and any(
                            tokens[at - 1] in TAKEN_FROM and tokens[at] == phrase[0]
                            for at in range(end + 1, len(tokens)))), None)
                value = "before" if named_first == taking else "after"
                if not taking:
                    # handed *to* the one named: the one before it asked; handed *by* it
                    # (named first, or "diserahkan Arab Saudi kepada ..."): the one after
                    before = [t for t in tokens[:where[0]] if t not in ARTICLES][-1:]
                    value = "before" if before and before[0] in RECEIVING else "after"
                question.relative = _Hit(value, frozenset(tokens[start:end]))
                question.handover = True
            break
        question.asks = frozenset(t for i, t in enumerate(tokens) if t in ASKS and not (
            t in NAME_WORDS and (OWN_NAME.intersection(tokens[max(0, i - 1):i + 2])
                                 or NAMED_AS.intersection(itertools.pairwise(tokens)))))
        if tokens[:1] and tokens[0] in HOW_WORDS:
            # "how is it decided" asks the way, not what was decided ("How is the OIC
            # chairmanship decided?" was told our sources record nothing the chair decided)
            question.asks -= DECIDING
        question.any_kind |= frozenset(t for start, end, _ in self._any_kind.find(tokens)
                                       for t in tokens[start:end])
        question.count = frozenset(t for start, end, _ in self._counts.find(tokens)
                                   if not (tokens[start] == "berapa" and start
                                           and tokens[start - 1] in NOT_A_COUNT)
                                   for t in tokens[start:end])
        if question.count and ("setahun" in tokens or PER_YEAR.intersection(
                itertools.pairwise(tokens))):
            # "how many times in one year is it held?" asks how often, not how many rows (it
            # got "Our sources list 29")
            question.count = frozenset()
        if _counts_a_measure(tokens):
            # "Before 2008, a Secretary-General was elected for how many years?" asks a
            # length, not how many rows (it got "Our sources list 9"), nor a count a row
            # holds ("how many years did Ihsanoglu serve?": his row's dates say)
            question.count = frozenset()
            question.asks -= ASK_FIELDS["count"][0]
        question.counted = counted_word(tokens)
        return question

    # -- proposing ----------------------------------------------------------------------------

    def propose(self, normalized: Normalized, lang: str, confirming: bool = False
                ) -> list[Proposal]:
        """Rows (or lists of rows) of the tables the question names, best first.

        Nothing when no table is named: other sources answer such questions. ``lang`` does
        not change what is found (people mix languages); it is kept for symmetry with the
        other sources. ``confirming``: asked with "?" and no question word."""
        del lang
        tokens = normalized.tokens
        if OIC_WORD not in tokens and any(t.startswith(ORG_PREFIX) for t in tokens):
            return []  # "ktt gnb terakhir", "who heads the imf": about another organisation
        dropped = self._premise_dropped(normalized)
        if dropped is not None:
            # "Maroko udah 3 kali jd tuan rumah KTT biasa, Arab Saudi berapa kali?": the place
            # whose count is said is not the one asked (it listed Morocco's three)
            normalized, tokens = dropped, dropped.tokens
        placed = self._placed_kinds(normalized)
        if next(self._table_words.find(tokens), None) is None and next(
                self._names_found(tokens), None) is None and not placed:
            return self._by_place_and_year(normalized) or self._by_shared_word(
                normalized) or self._in_a_year(normalized)
        question = replace(self._read(normalized), confirming=confirming)
        across = self._which_first_of_two(normalized, question)
        if across is not None:
            return [across]
        pair = self._each_of_one_table(normalized, question)
        if pair is not None:
            return [pair]
        meetings_named = frozenset(t for t in question.tables if self.kb.tables[t].of_meetings)
        if len(meetings_named) > 1 and HOST_WORDS.intersection(tokens) and (
                shared := self._by_shared_word(normalized, meetings_named)):
            return shared
        gap = self._gap(question) or self._gap_most(question)
        if gap is not None:  # "how many years between the first and second summit?"
            return [gap]
        follow = _follow_up(tokens, question)
        if follow is not None:
            # "KTT ke-4 kan di Casablanca. Nah yang ke-5?": the number after is asked, of the
            # table (and kind) named before; the rest before it was said of another row (it
            # got the 4th)
            naming = {t for spans in question.tables.values() for start, end in spans
                      for t in tokens[start:end]} | {t for h in question.kinds for t in h.tokens}
            followed = (*(t for t in tokens[:follow] if t in naming), *tokens[follow:])
            if not naming and question.rows:
                # (the table of the row named, where no word names it: "Chatty was the 4th,
                # so the 5th?")
                followed = (*self._normalize(self.kb.tables[self._rows[
                    question.rows[0].value].table].name["en"]).tokens, *followed)
            question = replace(self._read(replace(normalized, tokens=followed)),
                               tokens=tokens, confirming=confirming)
            if question.country and question.country.tokens.isdisjoint(tokens[follow:]):
                # (a country said of the row before is that row's: "Sekjen pertama Tunku
                # Abdul Rahman dari Malaysia, terus yang kedua siapa?" was told no row fits)
                question.country = None
        for table, spans in placed.items():  # "Which OIC university is in Uganda?"
            question.tables.setdefault(table, spans)
        question.rows += [h for h in question.org_rows
                          if self._rows[h.value].table in question.tables]
        event = self._event(normalized, question)
        if event is None and (timed := self._its_office(normalized)) is not None:
            event = self._event(timed, self._read(timed))
        if event is not None:  # what is asked is read before the time word, at that time
            before, meeting = event
            # (the words of the time, said after what is asked or before it: "Waktu KTT Dakar
            # 1991 yang dihadiri Soeharto, sekjen OKI-nya siapa?" left "dakar 1991" unexplained)
            # (and the words naming each table asked, "sekjen": they were left unexplained)
            read = self._read(before)
            # (a handover at that meeting is the one it made, not the next: "Who did Turkey
            # hand over the chair to at the 2019 Makkah summit?" got the chair after Saudi
            # Arabia's, which began there)
            question = replace(read, tokens=tokens, at=meeting,
                               relative=None if read.handover else read.relative,
                               at_tokens=frozenset(tokens) - frozenset(before.tokens),
                               at_named={table: frozenset(
                                   t for start, end in spans for t in before.tokens[start:end])
                                   for table, spans in read.tables.items()},
                               confirming=confirming)
        named = set(question.tables) | {self._rows[h.value].table for h in question.rows}
        meetings = {t for t in named if any(r.cities for r in self.kb.tables[t].rows)}
        named -= {t for t in named if (of := self.kb.tables[t].chairs_of) and meetings - {of}}
        # "ketua KTT ke-15": the chair of a numbered meeting is that meeting's (the chairs are
        # not numbered)
        # (and "who chaired the first summit" the first meeting's: the chairs' rows begin
        # later, and "the earliest we list" would name a chair of 1997), when the words of
        # the question name the meeting ("ketua *ktt*", not "the first chairman of the OIC")
        first = question.superlative is not None and question.superlative.value == "first"
        # (and "siapa ketua ktt oki yg di jakarta 2016" the chair of the meeting its place and
        # year name: it got the OIC's chairs of 2016)
        held = any(self.kb.tables[t].chairs_of for t in named) and self.names_a_meeting_held(
            tokens)  # (read only when a table of chairs is named)
        numbered = {t: of for t in named if (of := self.kb.tables[t].chairs_of)
                    and (question.ordinals or first or held)
                    and not any(r.ordinal for r in self.kb.tables[t].rows)}
        if first:
            numbered = {t: of for t, of in numbered.items() if of in self.named(tuple(
                w for table in (t, of) for start, end in question.tables.get(table, ())
                for w in tokens[start:end]))}
            named -= set(numbered)
        elif held:  # (a word of the chairs' name naming the meeting: "ketua *ktt*")
            numbered = {t: of for t, of in numbered.items() if any(
                of in self.named((w,)) for start, end in question.tables.get(t, ())
                for w in tokens[start:end])}
        named |= set(numbered.values())
        when = next((i for i, t in enumerate(tokens) if t in TIME_WORDS), None)
        if when is not None and question.years:
            # "siapa sekjen OKI ketika KTT LB di Jakarta 2016": the table named before
            # "ketika" is asked about; the one after it only says when
            asked = {t for t, spans in question.tables.items() if min(s for s, _ in spans) < when}
            if asked:
                named = asked
        proposals = [p for t in sorted(named)
                     if (p := self._propose(self.kb.tables[t], self._numbering(question, t),
                                            named)) is not None]
        if follow is not None:  # (the words said of the row before are accounted for)
            proposals = [replace(p, covered=p.covered | frozenset(tokens[:follow]))
                         for p in proposals]
        proposals = self._holder_by_deed(proposals, question, named)
        # (before a meeting's record lacking its chair is dropped beside a person's row)
        proposals = self._chaired_by_another(proposals, question)
        numbers = {n for n, _ in question.ordinals}
        if any(not p.qualifier.startswith(NO_ROW_PREFIX) for p in proposals):
            # "which country chaired the Islamic Summit in 2014?": the chairs' table has that
            # year; that the summits' table has no summit then is no answer to it
            proposals = [p for p in proposals if not p.qualifier.startswith(NO_ROW_PREFIX)]
            # ... unless the row kept has another number than asked ("KTT Islam ke-31 di
            # Istanbul 2004" got the 13th summit, Istanbul's, of 2016)
            another = bool(numbers) and all(p.key in self._rows and self._rows[p.key].ordinal
                                            not in numbers for p in proposals)
        else:
            another = bool(proposals) and bool(numbers or question.years)
        if another and question.places:
            proposals += self._other_meeting(question, named)
        if _counts_a_measure(tokens):
            # ("Before 2008, a Secretary-General was elected for how many years?": a length,
            # which no list of rows says; it got those before 2008)
            # (an admission stays: "..., Tunku Abdul Rahman dari Brunei, menjabat berapa lama?")
            proposals = [p for p in proposals
                         if len(p.rows) < 2 or p.qualifier.startswith(NO_ROW_PREFIX)]
        both = self._each_named(proposals, question)
        proposals = self._chosen_there(self._elected_there(
            self._elected_elsewhere(proposals, question)), question)
        return sorted([*proposals, *both], key=lambda p: p.score, reverse=True)

    def _gap(self, question: _Question) -> Proposal | None:
        """"How many years between the first and second summit?", "berapa lama setelah KTT
        ke-14 KTT ke-15 diadakan?": two numbered meetings of one table and the time between
        them (the first got not sure; "how long after the 1st summit was the 2nd held?" the
        3rd summit)."""
        tokens = question.tokens
        pairs = set(itertools.pairwise(tokens))
        if GAP_WORDS.isdisjoint(tokens) or not (
                _counts_a_measure(tokens) or HOW_LONG & pairs or not INTERVAL.isdisjoint(tokens)
                or any({a, b} & TIME_UNITS and {a, b} & GAP_WORDS for a, b in pairs)):
            # (or by the gap, or the years between, without "how many": "years between the
            # 3rd and 4th ordinary summits?" got every summit)
            return None
        first = question.superlative is not None and question.superlative.value == "first"
        numbers = dict(question.ordinals) | (
            {1: question.superlative.tokens} if first and question.superlative else {})
        meetings = self._meetings_asked(question)
        if len(numbers) != 2 or meetings is None:
            return None
        table, kinds = meetings
        found = [next((r for r in table.rows if r.ordinal == n and r.kind in kinds and r.start),
                      None) for n in sorted(numbers)]
        rows = [r for r in found if r is not None]
        if len(rows) != len(found):
            return None
        named = {t for start, end in question.tables[table.id] for t in tokens[start:end]}
        covered = frozenset(t for t in tokens if t in named | GAP_WORDS | NUMBER_ASKED
                            | NOT_A_NUMBER | ASKS | {"how"} or any(t in w for w in numbers.values())
                            or any(t in h.tokens for h in question.kinds))
        return Proposal("tables", table.id, PICKED, f"table {table.id}: the time between "
                        f"{', '.join(r.id for r in rows)}", covered,
                        tuple(r.id for r in rows), qualifier=GAP)

    def _meetings_asked(self, question: _Question) -> tuple[Table, set[str]] | None:
        """The one table of meetings a question names, and the kinds it asks about: those
        named, else the usual one ("the summits" are the ordinary ones)."""
        meetings = [t for t in question.tables if self.kb.tables[t].of_meetings]
        if len(meetings) != 1:
            return None
        table = self.kb.tables[meetings[0]]
        return table, _kinds_named(question.kinds, table.id) or (
            {table.default_kind} if table.default_kind else {r.kind for r in table.rows})

    def _gap_most(self, question: _Question) -> Proposal | None:
        """"What was the shortest gap between two ordinary summits?": of one meeting and the
        next of a kind, the pair whose openings lie closest (or furthest) apart, by the day
        (it got the 14th summit). Not where a date lacks its day."""
        which = question.superlative.value if question.superlative else ""
        meetings = self._meetings_asked(question) if which in TENURES else None
        if meetings is None or INTERVAL.isdisjoint(question.tokens):
            return None
        table, kinds = meetings
        dates = sorted((r.start.first(), r) for r in table.rows if r.kind in kinds and r.start
                       and r.start.day and r.status != "planned")
        if len(dates) < 3 or any(r.start and not r.start.day and r.kind in kinds
                                 and r.status != "planned" for r in table.rows):
            return None
        apart = [(b[0] - a[0], a[1], b[1]) for a, b in itertools.pairwise(dates)]
        _, a, b = (min if which == "shortest" else max)(apart, key=lambda gap: gap[0])
        said = INTERVAL | {w for start, end in question.tables[table.id]
                           for w in question.tokens[start:end]} | {
            w for h in (*question.kinds, question.superlative) if h for w in h.tokens}
        covered = frozenset(t for t in question.tokens if t in said)
        return Proposal("tables", table.id, PICKED, f"table {table.id}: the {which} gap, "
                        f"{a.id} to {b.id}", covered, (a.id, b.id), qualifier=f"{GAP}:{which}")

    def _city_names(self, cities: Iterable[str]) -> list[str]:
        """How our places are written, in either language, for the city ids ``cities``."""
        return [n for c in cities if (place := self.kb.places.get(c))
                for n in (*place.name.values(), *place.aliases)]

    def declared_at(self, tokens: tuple[str, ...], other_than: str) -> list[str]:
        """The meetings (but ``other_than``) whose record says they adopted the declaration a
        question names by its city ("the Banjul Declaration", "Deklarasi Jakarta"), those of a
        year it names if any are."""
        names = self._city_names(self.declaration_places(tokens))
        rows = [r for table in self.kb.tables.values() if table.of_meetings
                for r in table.rows if r.outcome and any(
                    f"{n} Declaration" in r.outcome.get("en", "")
                    or f"Deklarasi {n}" in r.outcome.get("id", "") for n in names)]
        if any(r.id == other_than for r in rows):
            return []  # (it adopted it: "Deklarasi Kairo diadopsi pada sidang menlu ke-19 di
            # Kairo tahun 1995?" was told not at the 19th but at the 47th, which revised it)
        rows = [r for r in rows if r.id != other_than]
        years = {int(t) for t in tokens if YEAR.fullmatch(t)}
        dated = [r for r in rows if r.start and r.start.year in years]
        return [r.id for r in dated or rows]

    def declaration_places(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The cities a question names a declaration by ("Deklarasi Dakar", "the Banjul
        Declaration")."""
        return frozenset(c for at, t in enumerate(tokens) if t in DECLARATION_WORDS
                         for near in tokens[max(0, at - 1):at] + tokens[at + 1:at + 2]
                         for c in self.places((near,)))

    def not_at_meeting(self, reply: Reply, qualifier: str) -> Reply:
        """A meeting's reply opened by saying it, not the meeting named, adopted what was
        claimed."""
        caveat = TEXTS[reply.lang]["not_at_meeting"].format(
            meeting=self.row_title(qualifier.removeprefix(DECLARED), reply.lang),
            other=self.row_title(reply.entry or "", reply.lang))
        return replace(reply, answer=f"{caveat}\n{reply.answer}")

    def _elected_too(self, holder: Row, meeting: Row) -> bool:
        """Whether a holder's record of being chosen names ``meeting`` by its city and year
        (a re-election), besides the meeting that first chose them."""
        if meeting.start is None:
            return False
        names = self._city_names(meeting.cities)
        return any(str(meeting.start.year) in text and any(n in text for n in names)
                   for text in (holder.elected or {}).values())

    def _chaired_by_another(self, proposals: list[Proposal], question: _Question
                            ) -> list[Proposal]:
        """"Taha yg memimpin KTT OKI Banjul 2024 kan?", "Erdogan chaired the 2019 Makkah
        summit?": a person said to chair or host a meeting got their own row (or the meeting
        they did chair), as if that said yes. The meeting's row answers, opened by saying who
        chaired it, or that our sources do not name the person as its chair or host."""
        said = LED.union(HOST_WORDS).intersection(question.tokens)
        if not said or next(self._handovers.find(question.tokens), None) is not None:
            return proposals  # (nor who handed the chair over: "Did Morsi personally hand
            # over the OIC summit chairmanship to Erdogan in 2016?")
        named = {h.value for h in question.rows}
        # (each row proposed, or said to lack its chair: "Gaye memimpin KTT Dakar 1991")
        rows = {id(p): self._rows[p.rows[0] if p.rows else p.key] for p in proposals
                if (p.key in self._rows and not p.rows) or (
                    len(p.rows) == 1 and p.qualifier.startswith(f"{NO_ROW_PREFIX}lacks:"))}
        meetings = {r.id: r for r in rows.values() if r.id not in named
                    and self.kb.tables[r.table].of_meetings}
        if len(meetings) != 1:
            return proposals
        [meeting] = meetings.values()
        person = self._person_named(question, meeting)
        if person is None:
            return proposals
        who, words = person
        covered = frozenset(t for p in proposals if id(p) in rows for t in p.covered) | said \
            | words
        return [Proposal("tables", meeting.id, PICKED_BY_VALUE,
                         f"{who} said to chair or host {meeting.id}", covered,
                         qualifier=NOT_CHAIR + who),
                *(p for p in proposals if id(p) not in rows)]

    def _person_named(self, question: _Question, meeting: Row
                      ) -> tuple[str, frozenset[str]] | None:
        """Who a question names besides ``meeting``'s own chair, as "holder:<row>" (an office
        holder, by name) or "chair:<row>" (the chair of another meeting, by a name picking at
        most CHAIRED_BY_ROWS of them), with the words naming them; None if it names its chair
        or no one."""
        own = self._chair_names(meeting)
        holders = [h for h in question.rows if self._rows[h.value].holder
                   and self._rows[h.value].table != meeting.table]
        if len(holders) == 1:
            return f"holder:{holders[0].value}", holders[0].tokens
        chaired = [r for table in self.kb.tables.values() if table.of_meetings
                   for r in table.rows if r.id != meeting.id and r.chair]
        picked: Counter[str] = Counter()
        words: set[str] = set()
        said = LED | HOST_WORDS  # (no first name: "KTT ke-14 dipimpin Erdogan kan?")
        for at, token in enumerate(question.tokens):
            if self._countries.find((token,)) or self.places((token,)):
                continue  # (a chair's record names countries too: "Cameroon, its host")
            rows = [r.id for r in chaired if token in self._chair_names(r)]
            before = question.tokens[at - 1] if at else ""
            if rows and before and not (before in PERSON_TITLES | self._plain_words | said
                                        or any(before in self._chair_names(self._rows[r])
                                               for r in rows)):
                continue  # another's first name before it: "Benazir Bhutto" is no Zulfikar
            if 0 < len(rows) <= CHAIRED_BY_ROWS:
                picked.update(rows)
                words.add(token)
        if not picked:  # (one no record names: "KTT ke-10 dipimpin PM Anwar Ibrahim ya?")
            return self._titled_person(question, meeting)
        if not picked or words <= own:
            return None  # (its chair: "King Salman chaired the 2019 Makkah summit?", whose
            # name names Crown Prince Mohammed bin Salman too; not "Mohammed bin Salman")
        best = picked.most_common(1)[0][0]
        # (the whole name said is accounted for: "Putra Mahkota Mohammed bin Salman")
        named = PERSON_TITLES | NAME_LINKS | self._chair_names(self._rows[best])
        return f"chair:{best}", frozenset(words | {t for t in question.tokens if t in named})

    def _qualified_superlative(self, table: Table, question: _Question,
                               covered: set[str]) -> bool:
        """Whether one word no reading explains stands between a superlative and the table's
        words after it ("first *Arab* Secretary-General"; not a verb after them, "which
        summit *came* first", nor what was done the first time, "first *host*")."""
        assert question.superlative is not None
        tokens = question.tokens
        at = [i for i, t in enumerate(tokens) if t in question.superlative.tokens]
        spans = question.tables.get(table.id, ())
        if not at or not spans:
            return False
        kinds = {t for h in question.kinds for t in h.tokens}
        between = [t for t in tokens[max(at) + 1:spans[0][0]]
                   if t not in kinds | ARTICLES and t != OIC_WORD]
        return len(between) == 1 and between[0].isalpha() and between[0] not in (
            covered | self._plain_words | HOST_WORDS | LED | ELECTING | YEAR_WORDS) and not (
            self._countries.find(tuple(between)) or self.places(tuple(between))
            or next(self._table_words.find(tuple(between)), None))

    def _titled_person(self, question: _Question, meeting: Row
                       ) -> tuple[str, frozenset[str]] | None:
        """"Raja Faisal memimpin KTT Rabat 1969?": a person no record names, by a title and
        the name after it, as "named:<words>" (for a meeting whose record names no chair: it
        got the founders' entry, never saying our sources do not name him its chair; of one
        that names its chair, it is told who did). Not one the meeting's record names ("at the
        invitation of King Hassan II"), nor one said to be elected (which another entry may
        tell: Soeharto, a vice-chair at Dakar 1991)."""
        tokens = question.tokens
        if not ELECTING.isdisjoint(tokens):
            return None
        for at, token in enumerate(tokens):
            if token not in PERSON_TITLES or tokens[at + 1:at + 2] in _TITLE_NEXT:
                continue  # (the last of a title's words: "prime *minister* Mahathir")
            name = tuple(itertools.takewhile(self._may_name, tokens[
                at + 1:at + 1 + NAME_WORDS_AFTER_TITLE]))
            if not name or set(name) <= self.row_words(meeting.id):
                return None
            titles = tuple(itertools.takewhile(lambda t: t in PERSON_TITLES,
                                               reversed(tokens[:at + 1])))[::-1]
            return f"named:{' '.join((*titles, *name))}", frozenset((*titles, *name))
        return None

    def _may_name(self, token: str) -> bool:
        """Whether a word after a title may be a name: no plain, place, country or table
        word, nor one of chairing, hosting or a title."""
        return token.isalpha() and token != OIC_WORD and token not in (
            self._plain_words | LED | HOST_WORDS | PERSON_TITLES) and not (
            # (nor an ordinal: "Second OIC Secretary-General: A. ..." was told "No: Second is
            # not among the Secretaries-General")
            token in _EN_ORDINALS or token in _EN_UNIT_ORDINALS
            # (nor a word picking a row: "Current OIC Secretary General is: A) ..." was told
            # "No: Current is not among the Secretaries-General")
            or any(phrase == (token,) for phrases in SUPERLATIVES.values() for phrase in phrases)
            or self.places((token,)) or self._countries.find((token,))
            # (nor what the ministers do or make: "the OIC foreign ministers met in Jakarta"
            # was told "Not Menlu Meet: ...", "foreign ministers council" "Menlu Council")
            or token in MEETING_SAID
            or next(self._table_words.find((token,)), None)
            or next(self._shared_words.find((token,)), None))

    def unlisted_holder(self, tokens: tuple[str, ...], proper: Callable[[], frozenset[str]]
                        ) -> Proposal | None:
        """"Ali Alatas pernah jadi Sekjen OKI kan?", "Was Ban Ki-moon ever OIC
        Secretary-General?": someone asked to have held an office whose every holder a table
        lists, and not among them. The whole list answers, said to be without them (they got
        the 1996 session Alatas chaired, or not sure). Asked of now ("Prabowo ketua OKI
        sekarang?"), an office a table names today's holder of will do: that row answers,
        said not to be theirs. Only a question of just a name and the
        office, each word of the name one our records name as a chair's or else written
        capitalised (``proper()``: the message's capitalised words, read only then; "ketemu
        Jokowi" is no name), and like no holder's name (a misspelt holder is not said to be
        none)."""
        spans = list(self._table_words.find(tokens))
        if len(spans) != 1:
            return None
        [(start, end, ids)] = spans
        # (or an office whose holder now a table names, asked of now: "Mohammed bin Salman
        # kan ketua OKI sekarang?" got the counter-terrorism coalition he announced)
        tables = [self.kb.tables[t] for t in ids if _lists_every_holder(self.kb.tables[t])
                  or _holder_now(self.kb.tables[t]) is not None]
        if len(tables) != 1:
            return None
        [table] = tables
        row, picking = self._holder_picked(table, tokens)
        every = _lists_every_holder(table)
        if not every and (row is None or row is not _holder_now(table)):
            return None
        left = [(at, t) for at, t in enumerate(tokens) if not start <= at < end
                and t not in HELD_AROUND | CLAIM_OPENERS | picking and t != OIC_WORD
                and not (t in WHICH_YEAR[0] and at and tokens[at - 1] in WHICH_YEAR[1])]
        # (the country after the name is theirs: "Sekjen pertama OKI itu Raja Faisal dari
        # Arab Saudi kan?" got the founders, King Faisal one of them)
        for cut in range(1, len(left)):
            country = self._countries.find(after := tuple(t for _, t in left[cut:]))
            if tokens[left[cut][0] - 1] in HIS_COUNTRY and country is not None \
                    and country[1] == after:
                left = [(at, t) for at, t in left[:cut] if t not in HIS_COUNTRY]
                break
        name = tuple(t for _, t in left)
        if not left or left[-1][0] - left[0][0] != len(left) - 1 or not all(
                self._may_name(t) or t in PERSON_TITLES | NAME_LINKS for t in name):
            return None  # (something else said or asked, "Was the SG ever a woman?", or two
            # names, "Was Amr Moussa or Ali Alatas ...?")
        own = [t for t in name if t not in PERSON_TITLES | NAME_LINKS]
        # (a monarch, by a title or a numeral after the name, is no holder however like one
        # the name is: "King Hassan II" is not Hassan Al-Touhami)
        royal = not ROYAL.isdisjoint(name) or any(len(t) > 1 and _ROMAN.match(t) for t in own)
        if not own or (not royal and any(ratio(t, held) >= HOLDER_LIKE
                                         for t in own for held in self._holder_words(
                                             table.rows if every or row is None else (row,)))):
            return None
        if not every and any(all(any(ratio(t, held) >= HOLDER_LIKE for held in
                                     self._holder_words((r,))) for t in own) for r in table.rows):
            return None  # (a holder before, said by name: the row naming them says who,
            # "Not President Recep Tayyip Erdoğan"; not "Mohammed bin Salman", of two rows)
        unknown = [t for t in own if t not in self._people and not (royal and _ROMAN.match(t))]
        if unknown and not (royal or set(unknown) <= proper()):
            return None  # (a monarch's title names one, written small or not: "sekjen pertama
            # oki itu raja faisal kan?" got the founders, never saying no)
        if row is not None:  # (the one asked of: "Was the first SG King Faisal?")
            return Proposal("tables", row.id, PICKED, f"{' '.join(name)}: not {row.id}",
                            frozenset(tokens), qualifier=(NOT_HOLDER if every else NOT_HELD_NOW)
                            + " ".join(name))
        return Proposal("tables", table.id, PICKED, f"{' '.join(name)}: no holder of "
                        f"{table.id}", frozenset(tokens),
                        tuple(r.id for r in table.rows), qualifier=NOT_HOLDER + " ".join(name))

    @staticmethod
    def _holder_picked(table: Table, tokens: tuple[str, ...]) -> tuple[Row | None, frozenset[str]]:
        """The holder a question picks by its number, as the first or latest, or now ("Was the
        *first* OIC Secretary-General Ali Alatas?" got the 1996 session Alatas chaired), with
        the words picking it; no row if it picks none or more than one."""
        numbered = list(_ordinals(tokens))
        ends = {end: words for end in ("first", "latest", "current")
                if (words := frozenset(p[0] for p in SUPERLATIVES[end] if len(p) == 1)
                    .intersection(tokens) | {t for pair in NOW_SAID if end == "current"
                                             and pair in itertools.pairwise(tokens)
                                             for t in pair})}
        if not numbered and not ends and tokens[:1] == ("is",) and ONCE.isdisjoint(tokens):
            ends = {"current": frozenset(tokens[:1])}  # ("Is Taha the chair of the Islamic
            # summit?" asks of now, and got his own row as if it said yes)
        if len(numbered) + len(ends) != 1:
            return None, frozenset()
        if "current" in ends:  # (the one holding it now, numbered or not)
            now = _holder_now(table)
            return (now, ends["current"]) if now else (None, frozenset())
        rows = sorted((r for r in table.rows if r.ordinal is not None),
                      key=lambda r: r.ordinal or 0)
        if not rows:
            return None, frozenset()
        if numbered:
            [(number, words)] = numbered
            row = next((r for r in rows if r.ordinal == number), None)
            return (row, frozenset(words)) if row else (None, frozenset())
        [(end, words)] = ends.items()
        return rows[0] if end == "first" else rows[-1], frozenset(words)

    @cached_property
    def _people(self) -> frozenset[str]:
        """The names of the people our records name as a meeting's chair."""
        return frozenset().union(*(self._chair_names(r) for r in self._rows.values()))

    def _holder_words(self, rows: Iterable[Row]) -> frozenset[str]:
        """The words of the names holders go by (longer than a link: "al"): of all a table
        lists, or of the one now when only now is asked ("Mohammed bin Salman" is not King
        Salman, whose chair is over)."""
        return frozenset(t for r in rows for name in (
            *r.names, *((r.holder or {}).values())) for t in self._normalize(name).tokens
            if len(t) > len("bin"))

    def not_chair(self, reply: Reply, qualifier: str) -> Reply:
        """A meeting's reply opened by who chaired it, when the question named another, or by
        our sources not naming that one as its chair or host."""
        meeting, lang = self._rows[reply.entry or ""], reply.lang
        kind, _, row_id = qualifier.removeprefix(NOT_CHAIR).partition(":")
        if kind == "named":  # (as the question said it: "Raja Faisal", "King Hassan II")
            person = _spoken_name(row_id)
        else:
            row = self._rows[row_id]
            person = ((row.holder if kind == "holder" else row.chair) or {}).get(lang, row_id)
        title = self.row_title(meeting.id, lang)
        caveat = TEXTS[lang]["chaired_by"].format(person=person, meeting=title,
                                                  chair=meeting.chair[lang]) \
            if meeting.chair else TEXTS[lang]["not_chair"].format(person=person, meeting=title)
        return replace(reply, answer=f"{caveat}\n{reply.answer}")

    def _elected_elsewhere(self, proposals: list[Proposal], question: _Question
                           ) -> list[Proposal]:
        """"Taha was elected at the 48th CFM in Islamabad, true or false?": an office holder
        named with a meeting that did not choose them told the meeting's record, as if it
        said yes. The holder's row (it says where they were chosen) answers, said not to be
        of that meeting (or not, where it did); where our sources name only whom the meeting
        chose ("the 24th CFM elected Belkeziz, right?"), that one's row, said not to be the one
        named."""
        if ELECTING.isdisjoint(question.tokens):
            return proposals
        named = {h.value for h in question.rows}
        rows = {p.key: self._rows[p.key] for p in proposals if p.key in self._rows and not p.rows}
        holders = [r for r in rows.values() if r.id in named and r.holder]
        meetings = [r for r in rows.values() if r.id not in named
                    and self.kb.tables[r.table].of_meetings]
        if len(holders) != 1 or len(meetings) != 1:
            return proposals
        [holder], [meeting] = holders, meetings
        chosen = [r for r in self._rows.values()
                  if r.table == holder.table and r.elected_at == meeting.id]
        if holder.elected_at == meeting.id or self._elected_too(holder, meeting):
            # ("Taha was elected at the 47th CFM, right?"; "Was Ihsanoglu re-elected at the
            # Dakar summit in 2008?", which his row says, was told "Not at the 11th summit")
            told, qualifier = holder, ""
        elif holder.elected_at:
            told, qualifier = holder, NOT_AT + meeting.id
        elif len(chosen) == 1:
            told, qualifier = chosen[0], ANOTHER + holder.id
        else:
            return proposals
        both = frozenset(t for p in proposals if p.key in rows for t in p.covered) | \
            ELECTING.intersection(question.tokens)
        return [Proposal("tables", told.id, PICKED_BY_VALUE,
                         f"{holder.id} said chosen at {meeting.id}; {told.id} answers",
                         both, qualifier=qualifier),
                *(p for p in proposals if p.key not in rows)]

    def _holder_by_deed(self, proposals: list[Proposal], question: _Question,
                        named: set[str]) -> list[Proposal]:
        """"Which Secretary-General resigned before the end of his term?", "Sekjen OKI yang
        mundur karena alasan kesehatan siapa?": one office holder whose record alone says a
        word asked of them (it got the one before today's, "before" read as a row before).
        So, too, one meeting asked which it was ("Which summit called for an international
        protection force for Palestinians?" was not sure). Nothing else may pick a row: no
        number, year, place, region, superlative, name or time ("who was SG *when* the
        Charter was adopted" asks at a time, not of a deed)."""
        holders = [t for t in named if any(r.holder for r in self.kb.tables[t].rows)]
        # (not the one that did most: "which summit had the most heads of state" is a count
        # no row keeps)
        most = _past(question.tokens, MOST_OFTEN) is not None
        tables = holders or [t for t in named if self.kb.tables[t].of_meetings
                             and _which_meeting(question.tokens) and not most]
        if len(tables) != 1 or len(named) != 1 \
                or (holders and WHO_WHICH.isdisjoint(question.tokens)) \
                or question.ordinals or not TIME_WORDS.isdisjoint(question.tokens) \
                or not REGION_WORDS.isdisjoint(question.tokens) or question.at is not None \
                or question.handover or self._regions.named(question.tokens)[1] \
                or question.years or question.places or question.country or question.rows \
                or question.aside or question.superlative:
            return proposals  # (nor of a row set aside: "siapa saja sekjen OKI kecuali Tunku")
        table = self.kb.tables[tables[0]]
        said = {t: [r for r in table.rows if t in self.row_words(r.id)]
                # (a title too, however short: "Which Secretary-General was a former PM?")
                for t in question.tokens if (len(t) >= DEED_CHARS or t in PERSON_TITLES)
                and t.isalpha()
                and t != OIC_WORD and t not in self._plain_words | ASKS | MEETINGS_ASKED
                and next(self._table_words.find((t,)), None) is None}
        # (a meeting, said but not named, is no deed: "Who became SG at that meeting?" got
        # İhsanoğlu, the one whose record says "meeting")
        rows = {holders[0].id for holders in said.values() if len(holders) == 1}
        if len(rows) != 1:
            return proposals
        [row] = rows
        covered = frozenset(t for t in question.tokens if t in self.row_words(row)
                            ) | WHO_WHICH.intersection(question.tokens) | {
            t for start, end in question.tables.get(table.id, ())
            for t in question.tokens[start:end]} | ({OIC_WORD} & set(question.tokens))
        return [Proposal("tables", row, PICKED_BY_VALUE, f"only {row}'s record says "
                         f"{', '.join(sorted(covered & set(said)))}", covered), *proposals]

    def _chosen_there(self, proposals: list[Proposal], question: _Question
                      ) -> list[Proposal]:
        """"Sidang Menlu OKI ke-47 di Niamey memilih siapa?", "who was elected at the 47th
        CFM": one meeting asked whom it chose is answered by its record, which names the one
        it chose (it was told our sources do not say who chaired it)."""
        if ELECTING.isdisjoint(question.tokens) or WHO_ONLY.isdisjoint(question.tokens):
            return proposals
        meetings = {id(p): row for p in proposals if len(rows := p.rows or (p.key,)) == 1
                    and (row := self._rows.get(rows[0])) is not None
                    and self.kb.tables[row.table].of_meetings
                    and (p.key == row.id or p.qualifier.startswith(f"{NO_ROW_PREFIX}lacks:"))}
        if len(meetings) != 1:
            return proposals
        [meeting] = meetings.values()
        chosen = [r for r in self._rows.values() if r.elected_at == meeting.id]
        if len(chosen) != 1 or not (chosen[0].holder and set(self._normalize(
                chosen[0].holder["en"]).tokens) <= self.row_words(meeting.id)):
            return proposals  # (told by the meeting's record, which names whom it chose)
        covered = frozenset(t for p in proposals if id(p) in meetings for t in p.covered) | \
            ELECTING.intersection(question.tokens) | WHO_ONLY.intersection(question.tokens)
        return [Proposal("tables", meeting.id, PICKED_BY_VALUE,
                         f"{meeting.id} chose {chosen[0].id}", covered),
                *(p for p in proposals if id(p) not in meetings)]

    def _elected_there(self, proposals: list[Proposal]) -> list[Proposal]:
        """"Sekjen ke-7 ditetapkan di sidang menlu ke-24?": an office holder's row and the row
        of the meeting that chose them, each named: the holder's row, which says where they
        were chosen, answers for both."""
        rows = {p.key: self._rows[p.key] for p in proposals if p.key in self._rows and not p.rows}
        chosen_at = {r.elected_at: r.id for r in rows.values() if r.elected_at in rows}
        if len(rows) != 2 or len(chosen_at) != 1:
            return proposals
        [(meeting, holder)] = chosen_at.items()
        both = frozenset(t for p in proposals if p.key in rows for t in p.covered)
        return [replace(p, covered=both, reason=f"{p.reason}; chosen at {meeting}")
                if p.key == holder else p for p in proposals]

    def _each_named(self, proposals: list[Proposal], question: _Question) -> list[Proposal]:
        """"KTT ke-6 sama sidang menlu ke-6 di mana?": a row of each of two tables, each named
        by its number and joined by "and", answered together (it got one of them)."""
        rows = [self._rows[p.key] for p in proposals if p.key in self._rows and not p.rows
                and not p.qualifier]
        numbers = {n for n, _ in question.ordinals}
        if len(rows) != 2 or len({r.table for r in rows}) != 2 or not all(
                r.ordinal in numbers for r in rows):
            return []
        spans = sorted(((span, r) for r in rows for span in question.tables.get(r.table, ())[:1]),
                       key=lambda said: said[0])
        if len(spans) != 2:
            return []
        (said_first, row), (said_then, _) = spans  # (in the order asked)
        said = {t for _, words in question.ordinals for t in words} | ARTICLES
        gap = {t for t in question.tokens[said_first[1]:said_then[0]] if t not in said}
        if not gap or not gap <= JOINED_NUMBERS:
            return []  # ("Sekjen ke-9 dipilih pada KTT ke-10?" relates them)
        first, second = sorted((p for p in proposals if p.key in {r.id for r in rows}),
                               key=lambda p: p.key != row.id)
        return [Proposal("tables", row.table, min(first.score, second.score),
                         f"{first.reason}; and {second.reason}",
                         first.covered | second.covered | gap, (first.key, second.key),
                         qualifier=EACH_NAMED)]

    def _each_of_one_table(self, normalized: Normalized, question: _Question
                           ) -> Proposal | None:
        """"Apa beda KTT ke-3 OKI dengan KTT luar biasa ke-3?": two rows of one table, each
        named by its own words and number on either side of a word joining them, answered
        together (a kind said of one was read as both's: it got the 3rd extraordinary summit
        alone; "KTT ke-13 dan KTT ke-6" was not sure)."""
        if len(question.ordinals) != 2 or len(question.tables) != 1:
            return None
        [table_id] = question.tables
        table, tokens = self.kb.tables[table_id], normalized.tokens
        for at, word in enumerate(tokens):
            if word not in PAIR_JOINS:
                continue
            # (each from its table's or kind's words up to its number: what is asked of both
            # is no detail of one, "KTT ke-6 dan KTT ke-11 bedanya apa?")
            named = [self._meeting_named(part, table_id)
                     for part in (tokens[:at], tokens[at + 1:])]
            if not all(named):
                continue
            if len({tuple(w for w in part if not w.isdigit()) for part in named}) == 1 \
                    and COMPARING.isdisjoint(tokens) and not (question.places or question.years):
                return None  # (two of one kind, not set side by side, are two numbers of it:
                # "Apa tema KTT ke-14 dan KTT ke-15?" is asked of each, as "... ke-14 dan
                # ke-15" is; it lost the themes)
            found = [self._propose(table, self._numbering(read, table_id), {table_id})
                     for part in named
                     for read in (self._read(replace(normalized, tokens=part, words=part)),)]
            if any(p is None or p.rows or p.qualifier or p.key not in self._rows for p in found):
                return None
            first, second = (p for p in found if p is not None)
            return Proposal("tables", table_id, min(first.score, second.score),
                            f"{first.reason}; and {second.reason}",
                            first.covered | second.covered | {word},
                            (first.key, second.key), qualifier=EACH_NAMED)
        return None

    def _meeting_named(self, part: tuple[str, ...], table_id: str) -> tuple[str, ...]:
        """The words of ``part`` that name the table (or a kind of its rows) and the one
        number it says, and those between ("KTT LB ke-6", "the 3rd extraordinary summit");
        none if it says no such thing."""
        spans = [(start, end) for start, end, ids in (*self._table_words.find(part),
                                                      *self._kind_words.find(part))
                 if any(i.partition(":")[0] == table_id for i in ids)]
        if len(ordinals(part)) != 1 or not spans:
            return ()
        end = next(i for i in range(len(part) + 1) if ordinals(part[:i]))
        start = next(i for i in range(len(part), -1, -1) if ordinals(part[i:]))
        return part[min(start, *(s for s, _ in spans)):max(end, *(e for _, e in spans))]

    def _numbering(self, question: _Question, table: str) -> _Question:
        """The question as ``table`` reads it: without the numbers said right after another
        numbered table's words ("*Sekjen OKI ke-7* ditetapkan pada sidang menlu OKI di kota
        apa?" asks of the 7th Secretary-General, not of the 7th session)."""
        tokens = question.tokens
        if not any(r.ordinal for r in self.kb.tables[table].rows):
            return question  # (a table without numbers is told so by them: "no such row")
        others = [span for t, spans in question.tables.items() if t != table
                  and any(r.ordinal for r in self.kb.tables[t].rows) for span in spans]
        own = question.tables.get(table, [])

        def near(at: int, size: int, spans: list[tuple[int, int]]) -> bool:
            # (after the table's words, or right before them as English puts it: "the *12th
            # (OIC) summit* elected which Secretary-General?" got the 12th one, Taha)
            return any(0 <= at - end <= ATTACHED_GAP or (
                start >= at + size and tokens[at + size:start] in ((), (OIC_WORD,)))
                for start, end in spans)

        def attached(at: int, size: int) -> bool:
            return near(at, size, others) and not near(at, size, own)

        kept, after = [], 0
        for n, words in question.ordinals:
            size = len(words)  # (where the words are together: "ke" may also be in "ke
            # berapa"; the same words twice, each where it is: "KTT ke-6 sama sidang menlu ke-6")
            at = next((i for i in range(after, len(tokens)) if set(tokens[i:i + size]) == words),
                      0)
            after = at + size
            if not attached(at, size):
                kept.append((n, words))
        return question if len(kept) == len(question.ordinals) else replace(question,
                                                                            ordinals=kept)

    def _placed_kinds(self, normalized: Normalized) -> dict[str, list[tuple[int, int]]]:
        """The tables too common to name alone ("lembaga") whose kind a question names with a
        place or country, with the spans of the kind's words: "Which OIC university is in
        Uganda?" asks for a row of the bodies (it got the entry on affiliated institutions,
        whose lead names none)."""
        tables: dict[str, list[tuple[int, int]]] = {}
        for start, end, values in self._kind_words.find(normalized.tokens):
            for table in {value.partition(":")[0] for value in values}:
                if self.kb.tables[table].kind_required:
                    tables.setdefault(table, []).append((start, end))
        if not (next(self._place_names.find(normalized.tokens), None)
                or self._countries.find(normalized.words)):
            return {}
        return tables

    def _other_meeting(self, question: _Question, named: set[str]) -> list[Proposal]:
        """ "KTT OKI ke-24 di Jakarta", "KTT ke-38 di Astana": no summit has that number, but
        one foreign ministers' session has both it and the place. People call any OIC meeting
        a "KTT"; that session is offered as the likely one, less surely than if named."""
        places = {h.value for h in question.places}
        numbers = {n for n, _ in question.ordinals}
        years = {y for y, _ in question.years}
        rows = [r for r in self._rows.values() if r.table not in named and places & set(r.cities)
                and (not numbers or r.ordinal in numbers)
                and (not years or any(self._spans(r, y) for y in years))]
        if len(rows) != 1:
            return []
        covered = {t for h in question.places for t in h.tokens} | {
            t for _, words in (*question.ordinals, *question.years) for t in words} | {
            t for table in named for start, end in question.tables.get(table, ())
            for t in question.tokens[start:end]}  # the words that named the other meeting
        covered |= {t for t in question.asks if _answers(t, rows)}
        lacking = [f for f in _lacks(question.asks, rows) if f in SAID_LACKING]
        if lacking == ["who"] and LED.intersection(question.tokens):
            # ("..., siapa yang memimpin KTT tersebut?": that session's record names no
            # chair; said, as of a row named; not "memilih siapa", whom it elected)
            return [Proposal("tables", rows[0].table, PICKED - UNNAMED,
                             f"table {rows[0].table}: another meeting, said lacking", frozenset(
                                 t for t in covered | ASK_FIELDS[lacking[0]][0]
                                 if t in question.tokens),
                             (rows[0].id,), qualifier=f"{NO_ROW_PREFIX}lacks:{lacking[0]}")]
        return [Proposal("tables", rows[0].id, PICKED - UNNAMED,
                         f"table {rows[0].table}: number/year and place of another meeting",
                         frozenset(t for t in covered if t in question.tokens))]

    def _its_office(self, normalized: Normalized) -> Normalized | None:
        """"KTT Putrajaya 2003 sekjen*nya* siapa?": a meeting said first, then an office as its
        own, is the time asked about, as "Waktu KTT Putrajaya 2003, sekjennya siapa?" is (it
        got the entry on reform begun there): the question read so; None if it is not such."""
        words, tokens = normalized.words, normalized.tokens
        if len(words) != len(tokens) or tokens[0] in AT_WORDS or not any(
                i > 1 and ((w.endswith("nya") and tokens[i] != w)  # "sekjennya"
                           or "nya" in words[i + 1:i + 3])  # "sekjen oki nya", "sekjen nya"
                and self.named((tokens[i],)) for i, w in enumerate(words)):
            return None
        return replace(normalized, tokens=("waktu", *tokens), words=("waktu", *words))

    def _event(self, normalized: Normalized, question: _Question
               ) -> tuple[Normalized, Row] | None:
        """"Who was Secretary-General at the 13th summit?": an office table named before a
        time word, and after it a meeting that one row answers. Returns the question cut
        before the time word (what is asked) and that meeting's row."""
        tokens = normalized.tokens
        under = self._under_office(tokens, question)
        if under is not None:
            # "Under which Secretary-General was the Makkah 2019 summit held?" (it got the
            # summit's row): the office asked first, the meeting after it
            office, end = under
            return self._at_meeting(normalized, tokens[end:], {office}, tokens[:end])
        when = next((i for i, t in enumerate(tokens) if t in AT_WORDS), None)
        if when is None or when == len(tokens) - 1:
            return None
        before = {t for t, spans in question.tables.items() if min(s for s, _ in spans) < when}
        offices = {t for t in before if any(r.status in OFFICE for r in self.kb.tables[t].rows)}
        # ... or a body an office heads ("who was running the OIC secretariat at the time of
        # the Jakarta summit?")
        offices |= {headed for h in question.rows
                    if (headed := self._rows[h.value].headed_by)
                    and not h.tokens.isdisjoint(tokens[:when])}
        ends, asks_from = len(tokens), 0
        if not offices and when == 0 and not (tokens[0] == "when"
                                              and INVERTED.intersection(tokens[1:2])):
            # ... or the time said first: "Saat KTT Luar Biasa Jakarta 2016, Sekjen OKI-nya
            # siapa?" (it got the summit's row), "At the time of the 13th summit, who ..."
            # (not "when was ...", which asks when); an office, not a meeting's chairs ("Pada
            # KTT Kairo 2013, keketuaan diserahkan dari siapa?" is the chairs' own handover)
            later = sorted((min(s for s, _ in spans), t) for t, spans in question.tables.items()
                           if t in self._offices)
            if later and later[0][0] > 1:
                asks_from, office = later[0]
                ends, offices = asks_from, {office}
        if not offices:
            return None
        return self._at_meeting(normalized, tokens[when + 1:ends], offices,
                                tokens[asks_from:] if asks_from else tokens[:when])

    def _at_meeting(self, normalized: Normalized, said: tuple[str, ...], offices: set[str],
                    asked_tokens: tuple[str, ...]) -> tuple[Normalized, Row] | None:
        """The meeting one row answers in the words ``said`` of the time, and what is asked
        (``asked_tokens``) of the ``offices`` then."""
        clause = replace(normalized, tokens=said, words=said)
        found = [p for p in self.propose(clause, "") if p.key in self._rows and not p.rows
                 and self._rows[p.key].table not in offices and p.score >= PICKED_BY_VALUE]
        if not found or (start := self._rows[found[0].key].start) is None:
            return None
        meeting = self._rows[found[0].key]
        if meeting.chair and OIC_WORD not in asked_tokens and MEETING_WORDS.isdisjoint(
                asked_tokens) and all(self.kb.tables[o].chairs_of not in (None, meeting.table)
                                      for o in offices):
            # "Who handed over the chair at the 49th CFM?": a chair said plainly at a meeting
            # that has one is that meeting's, which its row says (it got the summit chair
            # then, Saudi Arabia); not "the OIC chair", "the summit chair"
            return None
        if any(YEAR.fullmatch(t) and int(t) < start.year for t in asked_tokens):
            # "Which Secretary-General took office in 1997 after being named at a conference
            # in Jakarta?": not the Jakarta meeting of 2016; the year asked answers
            return None
        asked = replace(normalized, tokens=asked_tokens, words=asked_tokens)
        return asked, self._rows[found[0].key]

    def _under_office(self, tokens: tuple[str, ...], question: _Question
                      ) -> tuple[str, int] | None:
        """The office named right after an opening "under which" ("di bawah sekjen siapa"),
        and where its words end."""
        opening = 1 if tokens[:1] == ("under",) else 2 if tokens[:2] == ("di", "bawah") else 0
        if not opening:
            return None
        named = sorted((start, end, table) for table, spans in question.tables.items()
                       for start, end in spans if table in self._offices)
        if not named or named[0][0] > opening + 1 or named[0][1] >= len(tokens):
            return None
        return named[0][2], named[0][1]

    def office_then(self, normalized: Normalized) -> int | None:
        """Where the time word is in "Who was Secretary-General *when* the OIC changed its
        name?": an office table named before it, and after it no meeting a row answers (an
        event an entry may date); None otherwise."""
        tokens = normalized.tokens
        when = next((i for i, t in enumerate(tokens) if t in TIME_WORDS
                     and tokens[i + 1:i + 2] != ("ini",)  # (not "saat ini", now)
                     # (nor a question of its own: "Madani was Secretary-General. *When did*
                     # he leave office?"; "Who was SG when was the Charter adopted?" asks who)
                     and not (INVERTED.intersection(tokens[i + 1:i + 2])
                              and WHO_WHICH.isdisjoint(tokens[:i]))), None)
        if when is None or when >= len(tokens) - 2 or (next(
                self._table_words.find(tokens), None) is None
                                                     and not self._headed_by_named(tokens)):
            return None  # (most questions: no reading of the question at all)
        question = self._read(normalized)
        if self._event(normalized, question):
            return None
        before = {t for t, spans in question.tables.items() if min(s for s, _ in spans) < when}
        if WHO_ASKS.intersection(tokens[:when]) and not any(
                self._rows[r].status in OFFICE for r in self.rows_named(tokens[:when])):
            # (a body, its head asked: "who headed the OIC secretariat when ..."; not when its
            # head is named, "Habib Chatty led the OIC secretariat from when to when")
            before |= self._headed_by_named(tokens[:when])
        if not any(r.status in OFFICE for t in before for r in self.kb.tables[t].rows):
            return None
        return when

    def meeting_around(self, normalized: Normalized) -> tuple[int, bool] | None:
        """Where "after" is in "What was the first summit *after* the OIC changed its name?"
        (and that it keeps its side), or "year" in "Which summit took place in the *year*
        Egypt returned?": a table of meetings named before it, and after it an event told by
        a verb, naming no row, place or year the rows would answer by (the event an entry may
        date; it got the summit after the first, and the summit in Egypt); None otherwise."""
        tokens = normalized.tokens
        at = next((i for i, t in enumerate(tokens) if t in EVENT_SIDES or (
            t in YEAR_WORDS and i and tokens[i - 1] in YEAR_OPENERS and i + 1 < len(tokens)
            and not tokens[i + 1].isdigit() and tokens[i + 1] not in NOT_AN_EVENT)), None)
        if at is None or at >= len(tokens) - 2 or not any(
                predicate_shaped(t) or t in EVENT_NOUNS for t in tokens[at + 1:]):
            return None
        question = self._read(normalized)
        event = set(tokens[at + 1:])
        if not any(self.kb.tables[t].of_meetings and min(s for s, _ in spans) < at
                   for t, spans in question.tables.items()) or any(
                YEAR.fullmatch(t) for t in event) or any(
                not h.tokens.isdisjoint(event) for h in (*question.rows, *question.places)) \
                or any(words & event for _, words in question.ordinals):
            return None  # (nor a row by its number: "KTT sebelum KTT ke-11 diadakan di mana?"
            # was told the time was unclear)
        return at, tokens[at] in EVENT_SIDES

    def _headed_by_named(self, tokens: tuple[str, ...]) -> set[str]:
        """The tables of offices heading the bodies ``tokens`` name ("the OIC secretariat":
        the Secretaries-General)."""
        return {headed for _, _, ids in self._names_found(tokens) for i in ids
                if (headed := self._rows[i].headed_by)}

    def _things_named(self, question: _Question, named_rows: list[_Hit]) -> int:
        """How many places, rows and countries a question names: "Kuwait or Dakar" two,
        "Banjul, Gambia" one (the city's country is the city)."""
        places = {h.value for h in question.places}
        # (nor a country of a row named: "Was Iyad Madani the first Saudi Secretary-General?"
        # names one, told only that he came before Al-Othaimeen)
        countries = {self.kb.places[p].country for p in places if p in self.kb.places} | {
            self._rows[h.value].country for h in named_rows}
        country = question.country is not None and question.country.value not in countries
        return len(places) + len({h.value for h in named_rows}) + country

    def office_named_at(self, normalized: Normalized) -> int | None:
        """Where the first table of offices held by people (the Secretaries-General; not the
        chairs of meetings: "who chaired it" may be the meeting's chair) is named in a
        question, if one is."""
        question = self._read(normalized)
        starts = [start for t, spans in question.tables.items() if t in self._offices
                  for start, _ in spans]
        # (or a body they head, from the word asking who: "..., *who headed* the OIC
        # secretariat?")
        tokens = normalized.tokens
        starts += [next((at for at in range(max(0, start - HEAD_ASKED), start)
                         if tokens[at] in WHO_ASKS), start)
                   for start, end, _ in self._names_found(tokens)
                   if self._headed_by_named(tokens[start:end])]
        return min(starts, default=None)

    def row_saying(self, tokens: Iterable[str], tables: Iterable[str]) -> str | None:
        """The one row of these tables saying any of these words where no other row of all
        the tables says it ("abeche": the Secretary-General born there), if just one does."""
        words = set(tokens)
        rows = {self.said_by_one_row[w] for w in words if w in self.said_by_one_row}
        asked = set(tables)
        found = [r for r in rows if self._rows[r].table in asked]
        if not found and len(words) > 1:  # ... or the one row that says them all ("Which
            # Secretary-General resigned for health reasons?": Madani's; one word alone,
            # "rather", may be any row's)
            found = [r.id for t in sorted(asked) for r in self.kb.tables[t].rows
                     if words <= self.row_words(r.id)]
        return found[0] if len(found) == 1 else None

    def _premise_dropped(self, normalized: Normalized) -> Normalized | None:
        """The question without a place and the count said of it, when a count is asked after
        it of another place ("Turki udah 4 kali jadi tuan rumah KTM. Kalau Pakistan berapa
        kali?"); None when it says no such thing."""
        tokens, words = normalized.tokens, normalized.words
        said = next((i for i, t in enumerate(tokens) if t.isdigit() and len(t) <= 2), None)
        if said is None or len(tokens) != len(words):
            return None
        asked = next((i for i in range(said + 1, len(tokens)) if tokens[i] in ("berapa", "brp")
                      or tokens[i:i + 2] == ("how", "many")), None)
        if asked is None:
            return None
        spans = [(start, end) for start, end, _ in self._place_names.find(tokens)]
        at = 0
        for _, phrase in self._countries.find_all(words):
            start = next((i for i in range(at, len(words))
                          if words[i:i + len(phrase)] == phrase), None)
            if start is not None:
                spans.append((start, start + len(phrase)))
                at = start + len(phrase)
        before = [(s, e) for s, e in spans if e <= said]
        if not before or not any(s > said for s, _ in spans):
            return None
        drop = {i for s, e in before for i in range(s, e)} | {said} | (
            {said + 1} if tokens[said + 1] in STATED_TIMES else set())
        kept = [i for i in range(len(tokens)) if i not in drop]
        return replace(normalized, tokens=tuple(tokens[i] for i in kept),
                       words=tuple(words[i] for i in kept))

    def _which_first_of_two(self, normalized: Normalized, question: _Question
                            ) -> Proposal | None:
        """ "Which came first, the first OIC summit or the first CFM?": one row on either side
        of "or", of two tables or one ("the first Riyadh joint summit or the Banjul summit?"),
        weighed by their dates (it got the CFM's first session, or the two Riyadh summits).
        The one asked for is told, with the other below it; where the dates do not settle it,
        both with their dates."""
        tokens = question.tokens
        choices = [i for i, t in enumerate(tokens) if t in CHOICE]
        if len(choices) != 1 or not (question.tables or question.rows):
            return None
        phrases: set[tuple[str, ...]] = {*itertools.pairwise(tokens), *((t,) for t in tokens)}
        asked = question.superlative.value if question.superlative else (
            "first" if EARLIER.intersection(tokens) or EARLIER_SAID & phrases else
            "longest" if LONGER_SAID & phrases else "shortest" if SHORTER_SAID & phrases
            else "")
        if asked not in ("first", "latest", *TENURES):
            return None
        at = choices[0]
        rows: list[Row] = []
        covered = {tokens[at]} | (question.superlative.tokens if question.superlative
                                  else COMPARATIVE.intersection(tokens))
        # ("Who came first as summit chair, Egypt or Türkiye?": the table named once)
        naming = tuple(tokens[i] for spans in question.tables.values() for start, end in spans
                       for i in range(start, end))
        for part in (tokens[:at], tokens[at + 1:]):
            # (read as said, then without the words comparing or asking: "which is older,
            # SESRIC" is no comparison of one body, "which came first, the Al-Quds Committee"
            # no question of where it is)
            bare = tuple(t for t in part if t not in covered | WHICH_ONE_ASKED | CAME)
            found = next((p for words in (part, bare, naming + bare)
                          for p in self.propose(replace(normalized, tokens=words, words=words),
                                                "")
                          if p.key in self._rows and not p.rows and p.score >= NAME_ONLY),
                         None)
            if found is None:
                return None
            rows.append(self._rows[found.key])
            covered |= found.covered
        one, other = rows
        if one.id == other.id or not (one.start and other.start) or {
                self.kb.tables[one.table].chairs_of, self.kb.tables[other.table].chairs_of
        } & {one.table, other.table}:
            return None  # (nor a meeting and a chair's term: which of them is asked about?)
        reason = f"{asked} of {one.id} and {other.id}, one on each side"
        covered |= {t for pair in (LONGER_SAID | SHORTER_SAID) & phrases for t in pair}
        covered |= IN_OFFICE.intersection(tokens)
        said = frozenset(t for t in covered if t in tokens)
        if asked in TENURES:
            # "siapa yg menjabat lebih lama, laraki atau ihsanoglu?" listed both, saying
            # neither: the longer (or shorter) in office by their dates, the other below
            longer = _by_tenure([one, other], asked == "longest")
            if len(longer) != 1 or not (one.holder and other.holder):
                return Proposal("tables", one.table, PICKED_BY_VALUE, reason + ": unsettled",
                                said, tuple(r.id for r in _ordered(rows)),
                                qualifier=UNSETTLED + UNSETTLED_TENURE)
            versus = other if longer[0] is one else one
            return Proposal("tables", longer[0].id, PICKED_BY_VALUE, reason, said,
                            qualifier=f"{IN_OFFICE_THAN}{asked}:{versus.id}")
        if not (_before(one, other) or _before(other, one)):
            return Proposal("tables", one.table, PICKED_BY_VALUE, reason + ": unsettled", said,
                            tuple(r.id for r in _ordered(rows)), qualifier=UNSETTLED)
        earlier, later = (one, other) if _before(one, other) else (other, one)
        told, versus = (earlier, later) if asked == "first" else (later, earlier)
        return Proposal("tables", told.id, PICKED_BY_VALUE, reason, said,
                        qualifier=VERSUS + versus.id)

    def _by_shared_word(self, normalized: Normalized,
                        named: frozenset[str] = frozenset()) -> list[Proposal]:
        """No table named, but the OIC, a word several tables share and a place: "how many
        OIC conferences were held in Pakistan?" lists its summits and its foreign ministers'
        sessions. A year narrows the list; anything more precise (a kind, an ordinal, "the
        latest") is left to questions that name the table. A place said to host, with no
        such word, is asked the same: "Dhaka pernah jadi tuan rumah apa aja di OKI" (it got
        what Indonesia hosted), and surely so ("What OIC meetings has Istanbul hosted?"); so
        are several tables of meetings ``named`` ("Has Pakistan hosted both an Islamic
        summit and a foreign ministers' council?" got the sessions alone)."""
        tokens = normalized.tokens
        # (or said to have met there: "did the oic meet in dakar" got the latest CFM, told
        # "our sources here do not mention Dakar", where two summits met)
        hosting = (HOST_WORDS | MET_WORDS).intersection(tokens)
        read = self._read(normalized) if named else None
        found = [(start, end, set(named)) for table in named
                 for start, end in read.tables[table]] if read else list(
            self._shared_words.find(tokens)) or [
            (tokens.index(t), tokens.index(t) + 1,
             {t.id for t in self.kb.tables.values() if t.of_meetings}) for t in hosting][:1]
        if (OIC_WORD not in tokens and not named) or not found:
            return []
        question = read or self._read(normalized)
        placed = bool(question.places or question.country)
        if not (placed or question.years) or question.kinds or question.ordinals \
                or question.superlative or question.relative:
            return []  # (a year alone picks too: "which oic meetings were held in 1997")
        covered = {OIC_WORD} | {t for start, end, _ in found for t in tokens[start:end]}
        rows: list[Row] = []
        for table_id in sorted({t for _, _, tables in found for t in tables}):
            table_rows = list(self.kb.tables[table_id].rows)
            at_place, _, place_tokens = self._by_place(table_rows, question) if placed \
                else (table_rows, "", set[str]())
            if _negated_place(question, place_tokens):
                # "Selain Jakarta, kota mana di Indonesia ...": the country's others (it listed
                # Jakarta's), or the others of all
                code = question.country.value if question.country else None
                at_place = [r for r in table_rows if r not in at_place
                            and code in (None, r.country)]
                covered |= NOT_HERE.intersection(tokens)
            rows += at_place
            covered |= place_tokens
        if question.years:
            rows = [r for r in rows if any(self._spans(r, y) for y, _ in question.years)]
            covered.update(t for _, words in question.years for t in words)
        if not rows:
            return []
        rows = _ordered(rows)
        covered.update(t for t in question.asks if _answers(t, rows))
        reason = "rows at the place asked of the tables sharing its word"
        covered |= hosting
        tokens_covered = frozenset(t for t in covered if t in tokens)
        score = LISTED if hosting else SHARED
        if len(rows) == 1:
            return [Proposal("tables", rows[0].id, score, reason, tokens_covered)]
        return [Proposal("tables", rows[0].table, score, reason, tokens_covered,
                         tuple(r.id for r in rows))]

    def _in_a_year(self, normalized: Normalized) -> list[Proposal]:
        """ "What did the OIC do in 2019?", "peristiwa penting OKI tahun 2011": no table named,
        the OIC, one year and a word asking what happened. The meetings held that year and the
        offices taken up in it, from every table (a summit chair's row repeats its summit)."""
        tokens = normalized.tokens
        events = EVENT_WORDS.intersection(tokens)
        if OIC_WORD not in tokens or not events:
            return []
        question = self._read(normalized)
        if len(question.years) != 1 or question.places or question.country or question.kinds \
                or question.ordinals or question.superlative or question.relative:
            return []
        [(year, year_words)] = question.years
        rows = [r for table in self.kb.tables.values() if not table.chairs_of
                for r in table.rows if r.start and r.status != "planned"
                and (r.start.year == year if r.status in OFFICE or not r.cities
                     else self._spans(r, year))]
        if not rows:
            return []
        covered = {OIC_WORD, *year_words, *events}
        # (asked of nothing else, it is surely the year's: "oki tahun 2024 ngapain" got the
        # joint summit of that year alone, "2016 OKI ngapain aja" the OIC's role)
        only = all(t in covered or t in self._plain_words for t in tokens)
        return [Proposal("tables", rows[0].table, IN_A_YEAR_ONLY if only else IN_A_YEAR,
                         f"rows of {year}, every table",
                         frozenset(t for t in covered if t in tokens),
                         tuple(r.id for r in _ordered(rows)), qualifier=f"{IN_YEAR}{year}")]

    def _by_place_and_year(self, normalized: Normalized) -> list[Proposal]:
        """No table named, but the OIC, a city and a year that only one row has: "the OIC
        meeting in Lahore in 1974" is the 2nd summit ("Jakarta in 2016" alone may be about
        anything). Less sure than a named table: the kind of meeting was not said."""
        tokens = normalized.tokens
        if OIC_WORD not in tokens or not any(YEAR.match(t) for t in tokens) or (next(
                self._place_names.find(tokens), None) is None
                and self._countries.find(tokens) is None):
            return []
        question = self._read(normalized)
        places = {h.value for h in question.places}
        years = {y for y, _ in question.years}
        if len(places) > 1 or len(years) != 1 or not (places or question.country):
            return []  # "1971 in Jeddah or 1969 in Rabat?" weighs claims, names no meeting
        # (or a country, of a meeting: "Why did OIC leaders meet in Qatar in March 2003?" got
        # the Doha summit of 2025, told our sources do not mention 2003)
        rows = [r for r in self._rows.values() if (places & set(r.cities) if places else (
            question.country and r.country == question.country.value and self.is_meeting(r.id)))
                and any(self._spans(r, y) for y in years)]
        if len(rows) != 1:
            return []
        table = self.kb.tables[rows[0].table]
        proposal = self._propose(table, question, {table.id})
        if proposal is None or proposal.key != rows[0].id:
            return []
        # (that it met is what a meeting's row says: "Why did the OIC meet in Istanbul in May
        # 2018?" left "meet" unexplained, and got what Indonesia proposed at a meeting)
        return [replace(proposal, score=round(proposal.score - UNNAMED, 3),
                        reason=proposal.reason + "; the table not named",
                        covered=proposal.covered | HELD_SAID.intersection(tokens))]

    def _propose(self, table: Table, question: _Question, named: set[str]) -> Proposal | None:
        """The table's answer, without the rows set aside ("besides Lahore", "not counting
        Al-Othaimeen"): read with the others, they were the answer. None if only they fit
        ("Sekjen dari Pakistan selain Pirzada?" was told no Secretary-General came from
        Pakistan, as if none had, read without him)."""
        proposal = self._propose_rows(table, question, named)
        aside = {h.value for h in question.aside if self._rows[h.value].table == table.id}
        if proposal is None or not aside:
            return proposal
        rows = tuple(r for r in proposal.rows if r not in aside)
        if (proposal.rows and not rows) or NO_SUCH_ROW in proposal.reason:
            return None  # (so where what the rest asks fits no other: "Sekjen dari Pakistan
            # selain Pirzada?" listed every other Secretary-General)
        if len(rows) == 1 and not proposal.qualifier:
            # (one left is that row: "which SGs were from Saudi Arabia other than Othaimeen")
            proposal = replace(proposal, key=rows[0])
            rows = ()
        # (and their words read: "excluding Madani" left unexplained was a worse answer)
        return replace(proposal, rows=rows, covered=proposal.covered | {
            t for h in question.aside if h.value in aside for t in h.tokens})

    def _propose_rows(self, table: Table, question: _Question, named: set[str]
                      ) -> Proposal | None:
        if asked_shape(question.tokens) == "frequency":
            return None  # "How often are summits held?": no row says (an entry does)
        # (named before any time word: "when the IPHRC was launched" dates the office asked)
        untimed = question.tokens[:next((i for i, t in enumerate(question.tokens)
                                         if t in AT_WORDS), len(question.tokens))]
        if any(r.holder for r in table.rows) and any(
                r.table != table.id and r.headed_by != table.id and not self.is_meeting(r.id)
                for r in map(self._rows.__getitem__, self.rows_named(untimed))):
            return None  # "Siapa Sekjen PUIC?": another body's office, not the OIC's
        covered: set[str] = {OIC_WORD, *question.joined_as_recorded}
        # the chairs of the summit: "ktt" too; and a summit asked in place of its chairs
        # ("siapa ketua ktt pertama"): "ketua ktt" too
        chairs = [t.id for t in self.kb.tables.values() if t.chairs_of == table.id
                  and t.id not in named]
        for named_as in (table.id, table.chairs_of, *chairs):
            for start, end in question.tables.get(named_as or "", ()):
                covered.update(question.tokens[start:end])
        if table.id in question.tables:
            # ... and a word it shares with other tables, numbered ("the 50th *session* of the
            # CFM", "*sidang* ke-47": "session" was left unexplained, and an entry won)
            # (or said beside the table's own word: "ketua *sidang* KTT Banjul" was told no
            # source names its chair; "Which CFM *sessions* were held in May?" got what the
            # Council is, by an example saying "how often is the council ... held")
            ordinal_words = {t for _, words in question.ordinals for t in words}
            own = {t for start, end in question.tables[table.id]
                   for t in question.tokens[start:end]}
            # (or of a kind of it: "*sidang* luar biasa Dewan Menlu OKI Maret 2025" got the
            # entry on Syria, "sidang" left unexplained)
            next_to = ordinal_words | own | {t for h in question.kinds
                                            if h.value.startswith(table.id + ":") for t in h.tokens}
            said = question.tokens
            covered.update(t for start, end, shared in self._shared_words.find(said)
                           if table.id in shared and next_to.intersection(
                               said[max(0, start - 1):end + 2])
                           for t in said[start:end])
        kinds = _kinds_named(question.kinds, table.id)
        if question.years and not TIME_WORDS.isdisjoint(question.tokens):
            # "siapa sekjen OKI ketika KTT LB di Jakarta tahun 2016": what follows "ketika"
            # only says when; its year picks the row
            at = min(i for i, t in enumerate(question.tokens) if t in TIME_WORDS)
            covered.update(question.tokens[at:])
        covered.update(t for h in question.kinds if h.value.startswith(table.id + ":")
                       for t in h.tokens)
        named_rows = [h for h in question.rows if self._rows[h.value].table == table.id]
        aside_here = [h for h in question.aside if self._rows[h.value].table == table.id]
        if question.dates_a_change and table.of_meetings:
            return None
        if table.kind_required and not kinds and not named_rows and not aside_here and not (
                table.id in question.tables and (question.places or self._chaired_by(
                    table, question))):
            # "komite persiapan konferensi Rabat" is not about the OIC's committees ("Lembaga
            # OKI yang berkedudukan di Islamabad adalah?" is: its city picks the row; "which
            # committee does Türkiye chair?": the country whose head of state chairs it)
            return None
        if question.titled and not (named_rows or kinds or question.places or question.ordinals
                                    or question.years or question.at):
            # "Presiden Indonesia yang pertama kali menghadiri KTT OKI": about a person of that
            # country, whom no row lists (it got the first summit held in Indonesia)
            return None
        if not UNRECORDED.isdisjoint(question.tokens) and not named_rows:
            return None
        in_a_name = question.country.tokens if question.country else frozenset()
        named_kinds = {t for start, end, _ in self._kind_words.find(question.tokens)
                       for t in question.tokens[start:end]}  # ("Arab-Islamic summits")
        # (what lies outside it is offered: "the first summit held outside the Arab world" is
        # told so, with the first summit)
        outside = says_outside(question.tokens)
        unmapped = UNMAPPED_REGIONS.intersection(question.tokens) - in_a_name - named_kinds
        if unmapped and not (named_rows or outside or question.ordinals
                             or len(question.years) == 1) \
                and ((table.of_meetings and (unmapped <= GULF or not ARAB_PLACES.isdisjoint(
                    itertools.pairwise(question.tokens))))
                     or any(r.holder for r in table.rows)):
            # "sekjen pertama OKI yg berasal dari dunia Arab siapa?": the Arab world, the Gulf
            # are no regions of ours (it got Madani, "the first Saudi", then the first of all;
            # "the first summit held in the Gulf" got Rabat's)
            return None
        region = REGION_WORDS.intersection(question.tokens) - in_a_name
        earliest_there = question.superlative is not None and \
            question.superlative.value in ("first", "latest")
        if region and (earliest_there or not named_rows):  # (the Central African Republic
            # is a country)
            if question.ordinals or (question.superlative and not earliest_there) or \
                    question.years or (OIC_WORD not in question.tokens and table.of_meetings) \
                    or not all(r.country for r in table.rows if r.ordinal):
                return None  # ("kapan konferensi Asia Afrika": Bandung, not the OIC; but
                # "berapa sekjen dari Afrika" is the OIC's, and got today's Secretary-General)
            # "sekjen OKI dari Afrika siapa aja": the rows whose country lies there, by the
            # members' regions (it got today's Secretary-General; "the first from Africa", the
            # first of all), first to last
            # (of the kind named: "the first extraordinary summit in South-East Asia" got the
            # first ordinary one there; of every kind, listed: "Negara Asia Tenggara yang
            # pernah jadi tuan rumah KTT OKI" left out Jakarta's extraordinary summit)
            rows = [r for r in table.rows if r.ordinal and r.status != "planned"
                    and (r.kind in kinds if kinds else not (earliest_there and table.default_kind)
                         or r.kind == table.default_kind)]
            lies_in, naming = self._regions.named(question.tokens)
            if (lies_in is None and naming) or any(
                    at in question.aside_at for at, t in enumerate(question.tokens)
                    if t in naming):
                return None  # several named: "anggota OKI yang ikut Konferensi Asia Afrika"
                # is no region's rows (it got every summit); or it set aside ("sekjen OKI
                # kecuali yang berasal dari Afrika" listed the African ones)
            lying = [self._regions.holds(lies_in, r.country) if lies_in and r.country else None
                     for r in rows]
            if lies_in is None or None in lying:
                # ... or, where a country has no region recorded, every row with its
                # country, for the learner to tell
                qualifier, score, placed = REGION, KIND_LIST, frozenset[str]()
            else:  # as surely as the rows of a country ("held", "berasal dari": said)
                rows = [r for r, there in zip(rows, lying, strict=True) if there]
                qualifier, score = f"{IN_REGION}{lies_in}", LISTED
                placed = ASK_FIELDS["place"][0]
            unsaid = (*LIST_LACKS, *(["who"] if any(r.cities for r in rows) else []))
            if not rows or any(question.asks & ASK_FIELDS[f][0] for f in unsaid):
                # a table of unnumbered rows (the observers), or none there; or asked what a
                # list does not say ("siapa presiden yang memimpin KTT pertama di Afrika
                # Barat": the summits, not who chaired them)
                return None
            hosts = _most_hosted(rows, question) if question.hosting and qualifier != REGION \
                and _grouped_by_place(table) and _complete(table.rows) else None
            if hosts is not None:  # "Which African country hosted the most summits?"
                assert question.hosting is not None  # (hosts says so)
                top, most = hosts
                return Proposal("tables", table.id, PICKED_BY_VALUE,
                                f"table {table.id}: a continent; {most}", frozenset(
                                    t for t in covered | region | naming | placed
                                    | question.hosting.tokens if t in question.tokens),
                                tuple(r.id for r in top), qualifier=f"{most}:{lies_in}")
            if earliest_there and qualifier != REGION:
                # "the first African Secretary-General": the first of those there
                assert question.superlative is not None  # (earliest_there says so)
                row = _ordered(rows)[0 if question.superlative.value == "first" else -1]
                # (another holder said to be it is told so first: "Was Taha the first African
                # OIC Secretary-General?" got Al-Touhami's row, never saying no)
                not_this = [h for h in named_rows if h.value != row.id]
                said_to_be = not_this[0] if len(not_this) == len(named_rows) == 1 \
                    and row.holder is not None and self._rows[not_this[0].value].holder \
                    is not None and _claimed(question) else None
                return Proposal("tables", row.id, PICKED_BY_VALUE,
                                f"the {question.superlative.value} of table {table.id} in "
                                f"{qualifier.removeprefix(IN_REGION)}", frozenset(
                                    t for t in covered | region | naming | placed
                                    | question.superlative.tokens
                                    | (said_to_be.tokens if said_to_be else frozenset())
                                    if t in question.tokens),
                                qualifier=ANOTHER + said_to_be.value if said_to_be else "")
            return Proposal("tables", table.id, score, f"table {table.id}: a continent",
                            frozenset(t for t in covered | region | naming | placed
                                      if t in question.tokens),
                            tuple(r.id for r in _ordered(rows)), qualifier=qualifier)
        rows_named = [self._rows[h.value] for h in named_rows]
        seat_said = _seat_said(question, named_rows)
        # (a row named, said to sit in a city, is of a kind its note says it is too: "IUT the
        # OIC university is in kuala lumpur correct?" got the university there, not the IUT)
        also_of_kind = [r for r in rows_named if seat_said
                        and self._note_names_kind(r, kinds)] if kinds else []
        pool = [r for r in table.rows if not kinds or r.kind in kinds or r in also_of_kind]
        reasons: list[str] = [f"kind {'/'.join(sorted(kinds))}"] if kinds else []
        misnamed = ""
        seated = SITTING.intersection(question.tokens) | _on_it(question) if len(
            rows_named) == 1 and rows_named[0].members else frozenset()
        if seated and not (question.years or question.superlative
                           or SAT_WHEN.intersection(question.tokens)):
            # (the members listed are today's: "Azerbaijan dari awal anggota ...?" asks of a
            # time they do not tell, and it joined later)
            # "Is Malaysia a member of the Al-Quds Committee?" (it got what the body is, never
            # saying), "Name five members of it besides Morocco": who sits on it, and whether
            # the country does where that is the claim
            row = rows_named[0]
            as_claim = _claimed(question) and question.tokens[0] not in LIST_VERBS
            member = question.country if as_claim else None
            code = member.value if member else ""
            asked, naming = question.tokens, member.tokens if member else frozenset()
            if code and any((w in SITTING and not NEGATIONS.isdisjoint(asked[max(0, at - 2):at]))
                            # (or the country said not to be one: "... and Indonesia isn't one
                            # of them" was told "Yes: Indonesia is one of the 16")
                            or (w in naming and not NEGATIONS.isdisjoint(asked[at + 1:at + 3]))
                            for at, w in enumerate(asked)):  # ("not *a* member")
                code += DENIED
            return Proposal("tables", row.id, PICKED_BY_VALUE, f"who sits on {row.id}",
                            frozenset(seated | {t for h in question.rows for t in h.tokens}
                                      | (question.country.tokens if question.country
                                         else frozenset())),
                            qualifier=f"{SITS_ON}{code}")
        in_names = {t for h in question.rows for t in h.tokens}  # ("Islamic *University* of
        kind_said = {t for h in question.kinds  # Technology" names no kind)
                     if h.value.startswith(table.id + ":") for t in h.tokens} - in_names
        if kind_said and rows_named and not any(
                r.kind in kinds or self._note_names_kind(r, kinds) for r in rows_named) \
                and _claimed(question):
            # "True or false: the IsDB is a subsidiary organ of the OIC.": it is another kind,
            # said first (it got the subsidiary organs, which do not name it)
            pool = rows_named
            reasons = [f"kind {'/'.join(sorted(kinds))}, not the row's"]
            misnamed = f"{OTHER_KIND}{next(k for k in table.kinds if k in kinds)}"
        if kinds and len(question.years) == 1 and (question.places or question.country) and not (
                question.ordinals or named_rows or question.superlative) \
                and self._a_meetings_year(question):
            # "KTT Luar Biasa OKI tahun 2013 di Kairo": no extraordinary summit that year, but
            # the 12th (ordinary) was held in Cairo; told "no summit recorded in 2013", a
            # wrong fact. Another kind's row of that year is meant, the kind misnamed. (With
            # no place, "extraordinary CFM in 2023" is told there was none, and offered those
            # around it.)
            asked_year = question.years[0][0]
            that_year = [r for r in table.rows if r.start and r.start.year == asked_year]
            if that_year and not any(r in that_year for r in pool):
                pool = that_year
                reasons = [f"kind {'/'.join(sorted(kinds))} misnamed"]
                misnamed = f"{MISNAMED}{next(k for k in table.kinds if k in kinds)}:{asked_year}"
        rows = list(pool)
        penalty = 0.0
        picked = 0.0  # how surely the selectors name rows, before mismatches
        earliest = False  # "the first", answered with the earliest row the table has
        counted = False  # "the second joint summit": counted in the order our sources list
        tenure = ""  # "the longest-serving": said in the answer
        versus: list[Row] = []  # "which came first, X or Y?": the others named
        missed: list[set[str]] = []  # the rows of each place or year no row kept has

        def narrow(fitting: list[Row], what: str, tokens: Iterable[str], strength: float) -> None:
            nonlocal rows, penalty, picked
            covered.update(tokens)
            ids = {r.id for r in fitting}
            kept = [r for r in rows if r.id in ids]
            if kept:
                rows = kept
                reasons.append(what)
                picked = max(picked, strength)
            else:
                penalty += MISMATCH
                reasons.append(f"{what} {NO_SUCH_ROW}")
                if what.startswith(("place ", "country ", "year ")):
                    missed.append(ids)

        if question.at is not None:
            meeting = question.at
            # (a table keeping no elections, the chairs, is asked who took over there)
            elected = _elected_words(question, table) if any(
                r.elected_at for r in pool) else frozenset()
            if elected and meeting.start is not None:
                # "Which Secretary-General was elected at the 12th summit?": the one our
                # sources say was elected there (Madani), not the one in office during it
                # (İhsanoğlu), nor the next to take office, who may have been chosen
                # elsewhere ("Habib Chatty was elected at the 3rd summit in 1981?" got
                # Pirzada, in office from 1985; Al-Othaimeen, the next after the 2016
                # Istanbul summit, was elected at an extraordinary CFM in Makkah)
                fitting = [r for r in pool if r.elected_at == meeting.id]
                covered.update(elected)
            else:  # (a body is there all along: the one who headed it then is asked)
                fitting = [r for r in pool if _at_the_time(r, meeting) or r.headed_by]
                began = self._chair_of(meeting) if table.chairs_of == meeting.table else None
                if began in fitting:
                    # (a meeting's chair is its host, who took over there: "who took over
                    # the OIC chair at the 2019 Makkah summit" also got the one handing over)
                    fitting = [began]
            narrow(fitting, f"at {meeting.id}",
                   question.at_tokens | question.at_named.get(table.id, frozenset()),
                   PICKED_BY_VALUE)
        # (not a comparison of those named: "Is SESRIC older than IRCICA?")
        compared = question.superlative is not None and len({h.value for h in named_rows}) > 1 \
            and not COMPARATIVE.isdisjoint(question.superlative.tokens)
        if question.superlative and question.superlative.tokens in OF_TWO and not compared:
            return None
        claimed_first = bool(named_rows) and question.superlative is not None and \
            question.superlative.value in ("first", "latest") and not question.ordinals and \
            (question.tokens[0] in CLAIM_OPENERS or question.confirming
             # (not one said to be the first of a kind the question asks: "Iyad Madani was
             # the first Secretary-General from which country?" is asked his country)
             or (_said_to_be(question.tokens, named_rows)
                 and PICKING_ONE.isdisjoint(question.tokens))) and not compared
        if claimed_first:
            # "Was Al-Othaimeen the first Saudi Secretary-General?": the first one answers
            # (Madani); the one named is the claim, and answered with his own row it read "yes"
            covered.update(t for h in named_rows for t in h.tokens)
            picked = max(picked, PICKED)
        elif (aside_here and not named_rows) or (named_rows and (
                _negated_place(question, {t for h in named_rows for t in h.tokens})
                or not OTHERS.isdisjoint(question.tokens))):
            # "tiga komite tetap selain Komite Al-Quds", "Besides Bosnia, Thailand and Russia,
            # which other observer states ...": the others of their kind, not those named (it
            # got the Al-Quds Committee's row, or only the three named), when the table or the
            # kind is named too
            if not (kinds or table.id in question.tables):
                return None
            others_than = named_rows or aside_here
            ids = {h.value for h in others_than}
            kind_of = {self._rows[i].kind for i in ids}
            rest = [r for r in pool if r.id not in ids and r.kind in kind_of]
            # (and how many they are, said: "tiga komite tetap selain ..." left "tiga"
            # unexplained, a hair above the Al-Quds Committee's own entry)
            narrow(rest, "others than " + ", ".join(sorted(ids)),
                   {t for h in others_than for t in h.tokens} | (
                       (NOT_HERE | OTHERS) & set(question.tokens)) | {
                       t for t in question.tokens if _FEW.get(t) == len(rest)}, PICKED)
        elif named_rows and (ends := self._named_span(pool, question, named_rows)):
            # "every Secretary-General from Tunku to Taha": those between them too (it listed
            # the two named)
            narrow([r for r in pool if r.start and ends[0] <= r.start.first() <= ends[1]],
                   "from one named to another", {t for h in named_rows for t in h.tokens} | (
                       (FROM_WORDS | TO_WORDS) & set(question.tokens)), PICKED)
        elif named_rows:
            ids = {h.value for h in named_rows}
            narrow([r for r in pool if r.id in ids], "named " + ", ".join(sorted(ids)),
                   (t for h in named_rows for t in h.tokens),
                   # (what one did before or after it is a detail asked too: "what did Tunku
                   # do before the OIC?" got the list of every Secretary-General; and a city
                   # said with it, whether it is there: "IUT is in kuala lumpur, right?" got
                   # the sentence naming the university there)
                   PICKED if question.asks or table.id in question.tables or _career_asked(
                       question.tokens) or _later_asked(question.tokens) or seat_said
                   else NAME_ONLY)
        ordinals = [o for o in question.ordinals if not _of_another_table(
            question, table.id, o[1])] + self._bare_numbers(table, question)
        place_rows, place_what, place_tokens = self._by_place(pool, question)
        misplaced = self._misplaced(named_rows, place_rows, question)
        if misplaced is not None:
            # "IRCICA berkantor di Jeddah bersama Sekretariat OKI": the body said to be there
            # with another, which is there; the other's row answered, and the claim stood.
            # The place asks about the one it is wrong about (said so: "Not in Jeddah").
            place_rows = [misplaced]
        # "Bosnia is one OIC observer state. Which are the others?": rows that are countries
        # (not a meeting held there, nor a person from there), the others asked
        others = place_what.startswith("country") and bool(place_rows) and not \
            OTHERS_ASKED.isdisjoint(question.tokens) and all(map(_a_state, place_rows))
        # (of a city named, it is the city that is asked away, not another country beside it:
        # "why was the 2016 oic summit in jakarta and not morocco" got the Istanbul summit)
        away = place_tokens - question.country.tokens if question.places and question.country \
            else place_tokens
        if place_what and (others or _negated_place(question, away)):
            # "the summits *not* held in Saudi Arabia": the others
            held = {r.id for r in place_rows}
            place_rows = [r for r in pool if r.id not in held]
            if others:  # (of the same kind: the other observer *states*)
                kinds_held = {r.kind for r in pool if r.id in held}
                place_rows = [r for r in place_rows if r.kind in kinds_held]
                place_tokens = place_tokens | OTHERS_ASKED.intersection(question.tokens)
            elif question.country and not _negated_place(question,
                                                         set(question.country.tokens)):
                # "summits in Morocco besides Rabat": Morocco's others (it got Rabat's)
                code = question.country.value
                place_rows = [r for r in place_rows if r.country == code]
                place_tokens = place_tokens | question.country.tokens
            place_what = f"not {place_what}"
            covered.update(NOT_HERE.intersection(question.tokens))
        # (not where why it was held there is asked: "Why was the 2nd Islamic summit held in
        # Morocco?" says where the 2nd was, and it got the 4th, the second held in Morocco)
        # (nor where a verb puts the place after the ordinal: "the 2nd ICFM was in Islamabad in
        # 1970?" is a claim about the 2nd, held in Karachi; it got the 2022 Islamabad session)
        nth = _nth_of_place(place_rows, question.ordinals) if place_what and WHY.isdisjoint(
            question.tokens) and not _placed_by_verb(question.tokens, question.ordinals,
                                                     place_tokens) else None
        if nth is not None:
            # "the second Saudi Secretary-General": the second of that country's, where the
            # table's own second (an Egyptian) is not from there
            narrow([nth], f"ordinal {question.ordinals[0][0]} of {place_what}",
                   (t for _, tokens in ordinals for t in tokens), PICKED)
            ordinals, place_what = [], ""
        elif _nth_beside_place(question, place_tokens) and not any(
                r.ordinal == question.ordinals[0][0] for r in place_rows) and 0 < len(
                [r for r in place_rows if r.ordinal]) < question.ordinals[0][0]:
            # "Who was the second Pakistani secretary general?": a place with fewer rows than
            # the number asked of it, said so with those it has (it got the table's own 2nd,
            # an Egyptian, first)
            [(n, number_words)] = question.ordinals
            return Proposal("tables", table.id, PICKED_BY_VALUE,
                            f"table {table.id}: fewer than {n} of {place_what}",
                            frozenset(t for t in (*covered, *number_words, *place_tokens)
                                      if t in question.tokens),
                            tuple(r.id for r in _ordered(place_rows)), qualifier=f"{FEWER}{n}")
        if ordinals:
            if not any(r.ordinal for r in table.rows):
                return None  # "who chaired the 2nd summit?" is not about a table without numbers
            wanted = {n for n, _ in ordinals}
            strength = PICKED if question.ordinals else BARE_NUMBER
            counted = bool(kinds) and not any(r.ordinal for r in pool)
            if counted:  # a kind whose rows have no numbers is counted in the order listed:
                # "the second joint Arab-Islamic summit" is the second held, as far as our
                # sources go
                held_in_order = _ordered([r for r in pool if r.start and r.status != "planned"])
                numbered = [held_in_order[n - 1] for n in wanted if 0 < n <= len(held_in_order)]
                counted = bool(numbered)
            else:
                numbered = [r for r in pool if r.ordinal in wanted]
            narrow(numbered,
                   "ordinal " + ", ".join(map(str, sorted(wanted))),
                   (t for _, tokens in ordinals for t in tokens), strength)
        # (the rows named, by name or by number, where more than one is, and whether a claim
        # is made of each: then a place or year claimed narrows them to none)
        each = {h.value for h in named_rows}
        if len(each) < 2 and len({n for n, _ in ordinals}) > 1:
            each = {r.id for r in rows}
        claiming = len(each) > 1 and {r.id for r in rows} <= each and CHOICE.isdisjoint(
            question.tokens) and (question.confirming or question.tokens[0] in CLAIM_OPENERS)
        if question.years and claiming and not each <= {
                r.id for r in pool for y, _ in question.years if self._spans(r, y)}:
            # ("Both the 6th and 7th extraordinary summits were held in Istanbul in 2017?":
            # the 7th was in 2018; it got the 6th alone)
            covered.update(t for _, tokens in question.years for t in tokens)
            reasons.append("year claimed of each named")
        elif question.years:
            wanted_years = {y for y, _ in question.years}
            elected = _elected_words(question, table)
            chosen_then = [r for r in pool if elected and r.elected and any(
                str(y) in text for y in wanted_years for text in r.elected.values())]
            if chosen_then:
                # "who was elected secretary general in 2020": the one elected that year
                # (Taha, in office from 2021), not the one in office then
                covered.update(elected)
            # (a body headed by an office, asked who headed it then: there since it began;
            # "who headed the OIC secretariat in 1985" was told no row is of 1985)
            spanning = [r for r in pool if any(self._spans(r, y) or (
                r.headed_by and WHO_ASKS & question.asks and r.start and r.start.year <= y)
                for y in wanted_years)]
            # ("which SG served from 1975 to 1979": the one whose term it is, not also those
            # whose terms ended or began in those years)
            spanning = [r for r in spanning if r.start and r.end and (
                r.start.year, r.end.year) == question.term] or spanning
            if len(wanted_years) == 1 and (month := question.months.get(min(wanted_years))):
                # "the summit chair in November 2019": Saudi Arabia's term, not also Türkiye's
                # (which ended in May); where no row is that precise, the year's. (The month
                # is left unexplained: covered, it made a row outrank the entries on what
                # happened that month.)
                opens = date(min(wanted_years), month, 1)
                closes = date(opens.year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
                spanning = [r for r in spanning if r.start and r.start.first() <= closes
                            and _until(r) >= opens] or spanning
                if spanning and all(self.is_meeting(r.id) and r.start and r.start.month
                                    and r.start.first() <= closes and _until(r) >= opens
                                    for r in spanning):
                    # (but a meeting held that month is named by it: "where did OIC foreign
                    # ministers meet in Nov 2020" left "november" unexplained, not sure)
                    covered.update(_month_said(question.tokens, month))
            narrow(chosen_then or spanning,
                   "year " + ", ".join(map(str, sorted(wanted_years))),
                   (t for _, tokens in question.years for t in tokens), PICKED_BY_VALUE)
        if question.bound and question.handover and named_rows:
            # (the time said is the handover's, not a bound on the rows: "who took over from
            # him after 1973?" got the one after the first after 1973)
            covered.update(question.bound.tokens & set(question.tokens))
        elif question.bound:
            side, _, year = question.bound.value.partition(":")
            # (held, not planned: "siapa ketua oki sejak 2024" is not Azerbaijan's 2026)
            bounded = [r for r in pool if r.start and r.status != "planned"
                       and _bounded(r.start.year, side, int(year))]
            country = question.country.value if question.country else None
            if side in ("after", "since") and not {
                    r.id for r in bounded if country in (None, r.country)} & {r.id for r in rows}:
                # ... or a term of the one asked running on past it ("How long did Saudi
                # Arabia chair the summit after 2019?": it began in May 2019)
                bounded = [r for r in rows if r.start and r.status != "planned" and (
                    r.status == "current"
                    or (r.end is not None and _bounded(r.end.year, side, int(year))))
                    and country in (None, r.country)] or bounded
            narrow(bounded,
                   question.bound.value, question.bound.tokens & set(question.tokens),
                   # (it picks rows only when nothing else does: "summits held since 2015")
                   0.0 if question.years or question.ordinals or question.places
                   or question.country or named_rows else PICKED_BY_VALUE)
        if question.month and table.of_meetings:
            # (it got one meeting of that month, or a list of what Indonesia hosted)
            month = int(question.month.value)
            narrow([r for r in pool if month in {d.month for d in (r.start, r.end) if d}],
                   f"month {month}", question.month.tokens, PICKED_BY_VALUE)
        standing = not any(r.status for r in table.rows)  # a list of what is, like observers
        holders = [r for r in table.rows if r.status == "current"]
        if place_what and penalty and not (question.at or named_rows) and not (
                standing and len(place_rows) == 1):  # (there, what is named is the row)
            # "KTT OKI ke-24 di Jakarta", "KTT OKI di Jakarta tahun 1996": no summit has that
            # number or year; the place does not make the one held there the answer (it got
            # the 2016 Jakarta summit). Said, with the rows on either side and those held there.
            admitted = self._no_row(table, [r for r in pool if not table.default_kind or kinds
                                            or r.kind == table.default_kind],
                                    {n for n, _ in ordinals}, {y for y, _ in question.years},
                                    covered | place_tokens, question, "",
                                    kind=next((k for k in table.kinds if k in kinds), ""))
            if admitted is not None and place_rows and admitted.rows:  # (not one picked)
                offered = dict.fromkeys([*admitted.rows, *(r.id for r in _ordered(place_rows))])
                return replace(admitted, rows=tuple(offered))
        if place_what and not question.places and question.country and len(rows) == 1 \
                and question.ordinals and table.of_meetings and rows[0] not in place_rows \
                and not _from_or_in(question.tokens, question.country.tokens) \
                and question.country.tokens <= self.row_words(rows[0].id):
            # "Apa usulan Indonesia di sidang menlu OKI ke-45?": a country the one meeting
            # left tells of, not named as where it was, is what it did there (it was told no
            # session matches, the 45th being in Dhaka)
            covered.update(question.country.tokens)
            place_what = ""
        if place_what and len(rows) == 1 and table.of_meetings and rows[0] not in place_rows \
                and not FIRST_PLANNED.isdisjoint(question.tokens) \
                and not (HOST_WORDS | HELD_SAID).isdisjoint(question.tokens):
            # "Egypt was originally supposed to host the 2016 extraordinary summit, right?":
            # the host first planned, which the one meeting's record tells (it was told no
            # extraordinary summit was held in Egypt)
            covered.update(place_tokens)
            place_what = ""
        if place_what and misplaced is None and claiming \
                and not each <= {r.id for r in place_rows}:
            # "Were Tunku Abdul Rahman and Ihsanoglu both from Malaysia?", "The 8th and 9th
            # summits were both held in Tehran?": a claim of each named, each row saying its
            # own place (it got Tunku's row alone, which read as "yes"); not a choice among
            # them ("Tunku atau Ihsanoglu yang dari Malaysia?")
            covered.update(place_tokens)
            reasons.append(f"{place_what} claimed of each named")
            place_what = ""
        if place_what:
            penalised = penalty
            by_year = question.years and not (ordinals or named_rows)
            narrow(place_rows, place_what, place_tokens, PICKED_BY_VALUE)
            # (meetings only: office holders and standings are named by their country)
            if penalty > penalised and by_year and len(place_rows) == 1 \
                    and table.of_meetings and 0 < len(rows) <= APART_ROWS:
                # "Mengapa Mesir tuan rumah KTT pendirian OKI tahun 1969?": Egypt hosted the
                # 12th summit (2013), and 1969's was in Rabat. A place names a meeting no more
                # than a year does: both, said so (the place alone answered another summit)
                reasons.append(f"{place_what} and year apart: " + ", ".join(r.id for r in rows))
                return Proposal("tables", table.id, _less(min(picked, LISTED), penalty),
                                f"table {table.id}: " + "; ".join(reasons),
                                frozenset(t for t in covered if t in question.tokens),
                                (place_rows[0].id, *(r.id for r in _ordered(rows))),
                                qualifier=APART_PLACE)
            country_row = question.country is not None and any(
                r.country == question.country.value for r in rows)
            if penalty > penalised and by_year and len(place_rows) == 1 and not country_row:
                # "Was Thailand admitted as an observer in 2005?": the year's row is Russia's;
                # the one named answers, with its own year (the premise is corrected); not a
                # city over the country whose row the year's is ("Russia got observer status
                # at the tehran CFM in 2005 right?" got the PUIC, based in Tehran)
                rows = place_rows
                reasons.append(f"{place_what} over the year")
            if penalty > penalised and question.superlative and not ordinals \
                    and not question.years and place_what.startswith("country") \
                    and not place_rows:
                # "Sekjen OKI pertama dari Indonesia": no row is from there, so there is no
                # first one either (the first of all is from Malaysia)
                admitted = self._no_row(table, pool, set(), set(), covered, question,
                                        place_what)
                if admitted is not None or not (
                        holders and question.superlative.value == "current"):
                    return admitted
                # ... and where that is not said (chairs, which have no numbers), "Apakah
                # Pakistan ketua KTT OKI sekarang?" is told who is (it got the CFM's chair)
        covered |= question.any_kind
        # ("when did Qatar last host a summit": of any kind, as listing a place's summits
        # does; it got the 9th, of 2000, not Doha's of 2003 and 2025)
        # (not a claim about the latest summit: "Was the latest summit held in Pakistan?")
        place_any_kind = bool(
            question.superlative and question.superlative.value in ("first", "latest")
            and place_what.startswith(("place", "country")) and not ordinals
            and question.tokens[0] not in CLAIM_OPENERS)
        if not kinds and table.default_kind and (ordinals or question.superlative) \
                and not question.any_kind and not place_any_kind:
            usual = [r for r in rows if r.kind == table.default_kind]
            if not usual and ordinals and picked and not (named_rows or place_what) \
                    and (penalty or not question.years):
                # "the 20th CFM" is the regular 20th session, which our sources do not list;
                # the 20th *extraordinary* session is offered beside the nearest regular ones
                # (and, for "KTM ke-20 tahun 1991", the regular session of that year; "KTM
                # ke-20 tahun 2025" is the extraordinary one, the year says so)
                regular = [r for r in pool if r.kind == table.default_kind]
                admitted = self._no_row(table, regular, {n for n, _ in ordinals}, set(),
                                        covered, question, "", kind=table.default_kind)
                if admitted is not None:
                    dated = [r.id for r in regular for y, _ in question.years
                             if self._spans(r, y)]
                    offered = dict.fromkeys([*dated, *admitted.rows, *(r.id for r in rows)])
                    return replace(admitted, rows=tuple(offered))
            if not usual and ordinals and place_what and not penalty and not (
                    question.years and not question.confirming):
                # "Was the 5th summit held in Jakarta?": the 5th (ordinary) summit was in
                # Kuwait, the 5th *extraordinary* one in Jakarta; both are listed, so that the
                # place does not quietly change which summit is meant (its year too, asked and
                # not claimed, settles it: "KTT ke-6 yang di Istanbul 2017 itu bahas apa?")
                numbers = {n for n, _ in ordinals}
                usual = [r for r in pool if r.kind == table.default_kind and r.ordinal in numbers]
                usual = usual and usual + rows
            rows = usual or rows  # "the 2nd summit" is the ordinary one, if there is one
        if question.superlative:
            covered.update(question.superlative.tokens)
        if question.superlative and AGED & question.superlative.tokens and any(
                r.holder for r in rows):
            return None  # (how old a person is, not which row came first)
        if question.superlative and self._superlative_of_another(table, question):
            return None  # "the Al-Quds Committee was created at the *first Islamic summit*":
            # the summits' first, not the bodies' (it got the General Secretariat, the
            # earliest body known)
        if question.superlative and not (standing and question.superlative.value == "current"):
            which = question.superlative.value
            if self._qualified_superlative(table, question, covered):
                return None  # "the first *Arab* Secretary-General": no row records which
                # were (it got the first of all, Tunku Abdul Rahman of Malaysia)
            chosen, fallback = _superlative(rows, which, table.rows)
            if which == "current" and place_what.startswith("country") and not holders:
                # "pakistan ketua cfm oki skrg ya?": whether it chairs now, not the latest
                # session held there (which said Pakistan took the chair, in 2022)
                return None
            if which == "current" and holders and not any(r in holders for r in chosen):
                # "sekjen OKI sekarang dari Arab Saudi?": the one in office now, who is not;
                # an earlier Saudi Secretary-General would answer another question
                chosen, fallback = holders, False
                penalty += MISMATCH
                reasons.append("current row, not as asked")
            first_of_all = self._first_of_all(table, pool, kinds, which, question, named_rows,
                                              place_what)
            # (of the country, when one is named beside a city: "the 1994 Casablanca summit
            # the first held in Morocco?" is Rabat's of 1969)
            there = _superlative([r for r in (
                [r for r in pool if r.country == question.country.value] if question.country
                else place_rows) if r.start], which, table.rows)[0] \
                if which in ("first", "latest") and len(chosen) == 1 and place_what and (
                    question.years or ordinals) and (question.tokens[0] in CLAIM_OPENERS
                                                     or question.confirming) and not (
                    FIRST_TIME & set(itertools.pairwise(question.tokens))) else []
            if there and there[0] not in chosen:
                # "Was Dakar 2008 Senegal's first summit?": the one named is not the first
                # held there (Dakar's of 1991 is): said, with both (it got the 2008 card)
                reasons.append(f"{which} {place_what} is {there[0].id}, not the one named")
                return Proposal("tables", table.id, LISTED - penalty,
                                f"table {table.id}: " + "; ".join(reasons),
                                frozenset(t for t in covered | place_tokens
                                          if t in question.tokens),
                                (there[0].id, chosen[0].id), qualifier=f"{which}_{NOT_THERE}")
            if chosen and first_of_all and first_of_all not in chosen:
                # "Did Iran host the first Islamic summit?", "Was the first Secretary-General
                # from Egypt?": the first of all (Rabat's) is the claim and the first there
                # (Tehran's) may be what is meant; both, said so (it got Tehran's alone)
                reasons.append(f"{which} of all, and {which} by {place_what}")
                return Proposal("tables", table.id, _less(min(picked, LISTED), penalty),
                                f"table {table.id}: " + "; ".join(reasons),
                                frozenset(t for t in covered | place_tokens
                                          if t in question.tokens),
                                (first_of_all.id, *(r.id for r in chosen)),
                                qualifier=f"{which}_{APART}")
            if not chosen:
                # "the next CFM": no planned row yet; a table of meetings says so, with the
                # latest held ("the next Secretary-General": the entries on the term answer)
                return self._no_next(table, rows, covered, question) if which == "next" \
                    else None
            if which in ("first", "latest") and len(chosen) == 1 \
                    and len(rows) <= VERSUS_ROWS + 1 \
                    and self._things_named(question, named_rows) >= 2:
                # "Which came first, the Kuwait summit or the Dakar one?": the others named
                # are shown under the one that came first, with their dates (the first of
                # those, not of all: no caveat that the table lacks earlier rows)
                versus = [r for r in _ordered(rows) if r not in chosen][:VERSUS_ROWS]
                fallback = False
                if any(not _before(*pair) for pair in itertools.pairwise(
                        _ordered([*chosen, *versus]))):
                    # "Which came first, the IPHRC or the IOFS?": one has no date, or both
                    # the same year, which our sources leave at that (it got the IPHRC)
                    reasons.append(f"{which} of those named: unsettled")
                    return Proposal("tables", table.id, _less(picked, penalty),
                                    f"table {table.id}: " + "; ".join(reasons),
                                    frozenset(t for t in covered if t in question.tokens),
                                    tuple(r.id for r in _ordered([*chosen, *versus])),
                                    qualifier=UNSETTLED)
            if which in ("first", "latest") and len(chosen) == 1 and not (
                    table.of_meetings or holders or fallback):
                # "the newest specialised institution": a body our sources give no date, or
                # the same year, may be it; what they do say, each with its date (it got the
                # IsDB of 1975, the only one dated)
                rivals = [r for r in rows if r is not chosen[0] and not (
                    _before(chosen[0], r) if which == "first" else _before(r, chosen[0]))]
                if rivals:
                    reasons.append(f"{which}: unsettled by {len(rivals)} undated or as old")
                    return Proposal("tables", table.id, _less(LISTED, penalty),
                                    f"table {table.id}: " + "; ".join(reasons),
                                    frozenset(t for t in covered if t in question.tokens),
                                    tuple(r.id for r in [*_ordered([*chosen, *(
                                        r for r in rivals if r.start)]),
                                        *(r for r in rivals if not r.start)]),
                                    qualifier=UNSETTLED + ("" if which == "first" else
                                                           UNSETTLED_LATEST))
            rows = chosen
            tenure = which if which in TENURES else ""
            if tenure:  # ("yg paling singkat masa jabatannya": the term is what is measured)
                covered.update(IN_OFFICE.intersection(question.tokens))
            earliest = fallback and which == "first"
            reasons.append(which + (" (earliest known)" if earliest else
                                    " (latest held)" if fallback else ""))
            picked = PICKED - (EARLIEST if earliest else 0.1 if fallback else 0.0)
        # (a place too: "siapa ketua oki stlh KTT Teheran 1997" is the chair that took over
        # there, not the one after it)
        elsewhere = any(r.startswith(("country", "place")) and r.endswith(NO_SUCH_ROW)
                        for r in reasons)
        if table.chairs_of and question.relative is None and next(
                self._handovers.find(question.tokens), None) is None and any(
                r.startswith("place") and r.endswith(NO_SUCH_ROW) for r in reasons) and \
                MEETING_WORDS.intersection(question.tokens) and \
                not self._chairs_the_oic(table, question):
            # "Jokowi chaired the 2017 OIC summit in Jakarta?": a summit's chair, of a summit
            # named by where it was; not the chair of the OIC that year (it got Türkiye's);
            # unless the chair is said to pass there, the chairs' own handover
            return None
        if elsewhere and table.chairs_of and question.years and MEETING_WORDS.intersection(
                question.tokens) and not any(
                meeting.start and meeting.status != "planned" and self._spans(meeting, year)
                for meeting in self._by_place(list(self.kb.tables[table.chairs_of].rows),
                                              question)[0] for year, _ in question.years):
            # "After the 2023 Baku summit, who chairs the OIC?": no summit was held there that
            # year (Baku's is planned for 2026); the meetings' table says so, not the chair of
            # 2023 (it got Saudi Arabia's)
            return None
        if elsewhere and table.chairs_of and len(rows) > 1 and question.years and \
                self._chairs_the_oic(table, question):
            # "who chaired the OIC after the 2019 Makkah summit": of the year's chairs, the one
            # that took over at the meeting held there that year (it got the 15th summit);
            # "who chaired the summit after ..." is the next meeting's chair
            hosted, _, _ = self._by_place(list(self.kb.tables[table.chairs_of].rows), question)
            years = {year for year, _ in question.years}
            taking = {chair.id for meeting in hosted if meeting.start and meeting.start.year
                      in years and (chair := self._chair_of(meeting)) is not None}
            if taking.intersection(r.id for r in rows):
                rows = [r for r in rows if r.id in taking]
                reasons.append("took over there")
                penalty -= MISMATCH
        if elsewhere and question.relative and question.superlative and len(rows) == 1 and \
                table.of_meetings and not question.handover and (
                    question.superlative.value, question.relative.value) in FIRST_SIDE:
            # "the first CFM after Rabat": the first after the meeting held there (the summit
            # of 1969), not the one after the first (it got the 2nd session)
            met_there = [r for t in self.kb.tables.values() if t.of_meetings and t is not table
                         for r in self._by_place(list(t.rows), question)[0] if r.start]
            onward = question.relative.value == "after"
            beyond = [r for r in _ordered([r for r in pool if r.start and r.status != "planned"])
                      if len(met_there) == 1 and (_before(met_there[0], r) if onward
                                                  else _before(r, met_there[0]))]
            if beyond:
                rows = beyond[:1] if onward else beyond[-1:]
                reasons.append(f"{question.relative.value} {met_there[0].id}")
                covered.update(question.relative.tokens)
                question = replace(question, relative=None)
                place_what = ""  # (the place is that meeting's, not said of this one)
        # (and those set aside: "after Madani, *not including* Taha" is no claim)
        named_words = {t for h in (*question.rows, *question.aside) for t in h.tokens}
        if question.relative and not question.handover and question.confirming and (
                any(predicate_shaped(t) for t in question.tokens if t not in named_words)
                or len(question.rows) + len(question.places) > 1):
            # (not a name shaped like a verb: "Sekjen OKI sebelum Hissein Brahim Taha adalah?"
            # got Taha, "Hissein" read as a chat verb's "-in")
            # "Egypt rejoined in 1984 after the Casablanca summit invited it back?": the order
            # of events in a claim, not the summit after that one (a claim says something, or
            # relates two: "taha's predecessor at oic?" asks for him, and got Taha)
            covered.update(question.relative.tokens)
            question = replace(question, relative=None)
        if question.relative and asked_shape(question.tokens) == "duration":
            # "how long after rabat was the oic secretariat created": the time between, not
            # the row after the one named (it got the IPHRC, after the Secretariat)
            covered.update(question.relative.tokens)
            question = replace(question, relative=None)
        if question.relative and _asks_which_event(question.tokens, question.relative.tokens):
            # "KTT luar biasa OKI ke-6 diadakan setelah peristiwa apa?": after what it was
            # held, not the one after it (it got the 7th)
            covered.update(question.relative.tokens)
            question = replace(question, relative=None)
        dated_after = question.years and elsewhere
        if question.relative and ((question.handover and (
                question.confirming or dated_after or question.ordinals))
                or (question.relative.value == "after" and dated_after)):
            # "Which country took over the CFM chair from Pakistan in March 2023?": the year
            # names the handover, and no row of that year is Pakistan's: the year's row is the
            # one that took over (it says from whom); so it is the one "after Pakistan in
            # 2023" (it got the one after that year's). So does a claim to confirm ("The
            # Gambia took over from Saudi Arabia in 2024": yes, The Gambia's row). ("Who
            # handed the chair to Egypt in 2013?": Egypt's row of that year, and the one
            # before it.)
            covered.update(question.relative.tokens)
            if elsewhere:
                penalty -= MISMATCH  # (the one it took over from is named too)
            question = replace(question, relative=None)
        every = not ALL_ON_A_SIDE.isdisjoint(question.tokens)
        if question.relative and len(rows) == 1 and picked and (question.count or every) and \
                rows[0].start and not question.handover:
            # "How many times had Türkiye hosted the CFM before the 51st?": every row of its
            # kind on that side, of the place asked (it counted the one before: "list 1"); so
            # are all those asked for ("Who were all the secretary generals before Taha, list
            # them" got Al-Othaimeen alone)
            anchor, earlier = rows[0], question.relative.value == "before"
            rows = [r for r in pool if r.kind == anchor.kind and r.start and r is not anchor
                    and (_chronology(r) < _chronology(anchor)) == earlier
                    and (not place_what or r in place_rows)]
            reasons.append(f"{question.relative.value} {anchor.id}, "
                           f"{'counted' if question.count else 'all'}")
            covered.update(question.relative.tokens)
        elif question.relative and len(rows) == 1 and picked and not self._relative_to_other(
                table, question):
            before, after = self._around(rows[0])
            # (a row beside it in order, but not linked to it as the one it took over from or
            # that took over from it)
            unlinked = {"before": False, "after": False}
            if any(r.previous for r in table.rows):
                # a table linking each row to the one it took over from: the one beside is
                # that link, not the next in order ("who chaired the OIC before Senegal?" got
                # Iran, with the 2000 and 2003 hosts' chairs unrecorded between them)
                unlinked = {"before": before is not None and not rows[0].previous,
                            "after": after is not None and after.previous != rows[0].id}
                before = self._rows.get(rows[0].previous or "")
                after = None if unlinked["after"] else after
            beside = before if question.relative.value == "before" else after
            if question.along:
                steps = question.along[0]
                covered.update(question.along[1])
            else:
                steps = _steps(question.tokens, question.relative.tokens,
                               frozenset(t for _, words in question.ordinals for t in words))
            nearest = (rows[0].ordinal + steps * (-1 if question.relative.value == "before"
                                                  else 1)) if rows[0].ordinal else None
            if steps > 1 and nearest is not None:
                # "two summits after Lahore", "Sekjen tiga sebelum Al-Othaimeen": that many
                # along (each got the next one)
                beside = next((r for r in table.rows if r.kind == rows[0].kind
                               and r.ordinal == nearest), None)
            elif steps > 1:
                # ... and, unnumbered, one step at a time ("the chair two before Türkiye")
                for _ in range(steps - 1):
                    beside = beside and self._beside(beside, question.relative.value)
                if beside is None:
                    return None
            if (beside is not None or steps > 1) and nearest and (
                    beside is None or beside.ordinal != nearest):
                # "What CFM came after the Astana session?": the 39th, which no row records
                # (it got the 40th, the next row, as if it came right after)
                covered.update(question.relative.tokens)
                return self._no_row(table, [r for r in table.rows if r.kind == rows[0].kind],
                                    {nearest}, set(), covered, question, "", kind=rows[0].kind
                                    if rows[0].kind != table.default_kind else "")
            of = question.country
            if of is not None and rows[0].country == of.value and rows[0].start and any(
                    h.value == rows[0].id for h in named_rows) and question.relative.value in (
                    "before", "after") and not question.handover:
                # "Has Chad ever had an OIC secretary-general before Taha?": one of that
                # country's, before or after the one named (it got the one before, a Saudi)
                side = question.relative.value
                theirs = [r for r in _ordered(list(table.rows)) if r.country == of.value
                          and r.start and r.status != "planned" and r is not rows[0] and (
                              _chronology(r) < _chronology(rows[0])) == (side == "before")]
                covered.update(question.relative.tokens | of.tokens)
                if not theirs:  # (said as surely as a row named: "the Chadian SG before
                    # Taha" got the Secretary-General now)
                    return Proposal("tables", table.id, NONE_BESIDE, f"table {table.id}: none of "
                                    f"{of.value} {side} {rows[0].id}",
                                    frozenset(t for t in covered if t in question.tokens),
                                    (rows[0].id,), qualifier=f"{NO_ROW_PREFIX}c:{of.value}"
                                    f"{BOUND_MARK}{side}{BOUND_MARK}{rows[0].start.first().year}")
                beside = theirs[-1] if side == "before" else theirs[0]
            if question.handover and question.relative.value == "before" and beside and (
                    rows[0].previous == beside.id or (question.giver
                    and beside.country == question.giver.value)):
                # "Kapan Gambia mengambil alih keketuaan, dan dari negara mana?": its own row
                # says from whom (the one before it said whom *it* took over from, Türkiye);
                # and where that one is named, the handover is its own row ("Di sidang ke
                # berapa Mauritania mengambil alih keketuaan dari Pakistan?" got Pakistan's)
                reasons.append("took over: its row says from whom")
                covered.update(question.giver.tokens if question.giver else ())
            elif beside is None and unlinked[question.relative.value]:
                # "who chaired the OIC before Senegal?": a row whose predecessor (or successor)
                # is not recorded (it got COMIAC, which Senegal's head of state chairs), said
                covered.update(question.relative.tokens)
                return self._none_beside(rows[0], "before" if question.relative.value ==
                                         "before" else "unlinked", covered, question)
            elif beside is None and question.relative.value == "before":
                return None  # "the Secretary-General before the first": no row says
            elif beside is None and table.of_meetings and rows[0].status != "planned":
                # "Which country will host the CFM after Istanbul 2025?": none is recorded,
                # and that is said (it got the Istanbul session, as if it were the answer;
                # after a planned one, its chair may be: "who will chair after Baku?")
                covered.update(question.relative.tokens)
                return self._no_next(table, rows, covered, question)
            elif beside is None and rows[0].status == "planned" and not (
                    table.of_meetings and CHAIRING & set(question.tokens)):
                # "siapa ketua oki setelah azerbaijan": no one is recorded after a holder still
                # to come (it got Azerbaijan's own row, as if it answered); nor after a meeting
                # still to come ("who will host the summit after Baku?" got the Baku summit),
                # unless its chair is asked, whom it hands the chair to
                covered.update(question.relative.tokens)
                return self._none_beside(rows[0], "after", covered, question)
            elif beside is None:
                # "the Secretary-General after Taha": no row yet; Taha's row says what is known
                reasons.append("after: no later row")
            elif table.of_meetings and self._any_meeting_asked(question.tokens):
                # "Rapat apa yang merekomendasikan skorsing Suriah sebelum KTT Makkah 2012?",
                # "Sebelum KTT LB Makkah 2005, pertemuan persiapan apa saja yang digelar?": a
                # meeting of any kind before it is asked, not the one of its kind (it got the
                # summit before)
                return None
            else:
                rows = [beside]
                reasons.append(question.relative.value)
            covered.update(question.relative.tokens)
        elif question.relative and len(rows) > 1 and picked:
            # "which country chaired the summit *before* Saudi Arabia?": one row beside
            # another is asked for; a list of the summits held there does not answer it
            penalty += MISSING_DETAIL
            reasons.append(f"{question.relative.value}: not one row")
        if BETWEEN.intersection(question.tokens) and len(rows) == 2 and not (
                COMPARING.intersection(question.tokens) or question.count):
            # "Who was Secretary-General between Algabid and Belkeziz?": the rows between the
            # two named (it listed the two); "the difference between the 4th and the 7th" asks
            # about the two themselves
            first, last = sorted(rows, key=_chronology)
            inner = [r for r in pool if r.start and first.start and last.start
                     and r.kind == first.kind
                     and _chronology(first) < _chronology(r) < _chronology(last)]
            if inner:
                rows = inner
                reasons.append("between")
                covered.update(BETWEEN.intersection(question.tokens))
        elif BETWEEN.intersection(question.tokens) and len(rows) == 1 and named_rows and not (
                COMPARING.intersection(question.tokens)):
            # "between Belkeziz and Madani": the other one was not understood; the one named
            # is not the answer
            penalty += MISSING_DETAIL
            reasons.append("between: one row named")
        if penalty and not picked:
            # "the 20th summit": asked about a row the table does not have
            # (of the kind named: "Our sources list no sessions in 2023" was said of the
            # extraordinary ones, though the 49th regular session met then; of the first of
            # two a word names, "luar biasa": "no Islamic Summits in 2019" was false)
            return self._no_row(table, pool if kinds else [
                r for r in pool if not table.default_kind or r.kind == table.default_kind],
                {n for n, _ in ordinals}, {y for y, _ in question.years}, covered, question,
                place_what, kind=next((k for k in table.kinds if k in kinds), ""))
        if question.confirming and kinds and not ordinals and question.country and any(
                r.startswith("country") and r.endswith(NO_SUCH_ROW) for r in reasons) \
                and not any(r.country == question.country.value and r.kind in kinds
                            for r in table.rows) \
                and not any(question.country.tokens <= set(fold(note).split()) for r in rows
                            for note in (r.note or {}).values()):
            # "Indonesia hosted a regular OIC summit in 2016, yes?": none of that kind was ever
            # held there; said so, with those of other kinds (it got the year's ordinary
            # summit, in Istanbul, with no word of the claim); not where the year's row tells
            # of that country ("awalnya ktt lb 2016 harusnya di maroko ya?": it was due there)
            found = self._no_row(table, [r for r in pool if r.kind in kinds], set(), set(),
                                 covered, question, place_what,
                                 kind=next((k for k in table.kinds if k in kinds), ""))
            if found is not None:
                return found
        if not reasons and question.relative and question.relative.value == "before" \
                and len(holders) == 1 and named == {table.id}:
            # "sekjen oki sebelumnya siapa": the one before whoever holds it now
            before = self._around(holders[0])[0]
            if before is not None:
                rows, picked = [before], PICKED_BY_VALUE
                reasons.append("before the current row")
                covered.update(question.relative.tokens)
        listed = bool(LIST_CUES & question.asks) and table.of_meetings and named == {table.id}
        if not reasons and (question.count or (question.hosting and _grouped_by_place(table))
                            or listed) and not question.superlative:
            # "How many Secretaries-General has the OIC had?", "berapa kali KTT OKI diadakan":
            # every row held (of the usual kind, if the table has one, or of any); so are
            # those a place hosted most often ("negara mana paling sering jadi tuan rumah KTT")
            # and a meeting table's list ("list sidang menlu oki" got what the Council is)
            rows = [r for r in pool if not table.default_kind or question.any_kind
                    or r.kind == table.default_kind]
            picked = KIND_LIST
            reasons.append("counted" if question.count else "listed" if listed
                           else "by where they were held")
        chaired_by = self._chaired_by_name(pool, question) if not reasons else {}
        if chaired_by:
            # "Which summit did Erdogan chair?", "KTT yang dipimpin Khatami di mana?": the
            # rows whose chair a name of the question names (nothing else picked one)
            rows, picked = [r for r in pool if r.id in chaired_by], PICKED_BY_VALUE
            reasons.append("chaired by " + ", ".join(sorted(set(chaired_by.values()))))
            covered.update(chaired_by.values())
            covered.update(LED & set(question.tokens))
        if not reasons:
            if table.default_row == "current" and named == {table.id}:
                rows = [r for r in table.rows if r.status == "current"]
                picked = DEFAULT_ROW + (0.1 if {"siapa", "who"} & question.asks else 0.0)
                reasons.append("current row")
            else:
                return self._most_uncounted(table, question, covered)  # (or other sources
                # answer: the table is named, nothing says which row)
        elif kinds and picked == 0.0:
            picked = KIND_LIST + (0.1 if LIST_CUES & question.asks else 0.0)
        if not rows:
            return None
        claimed = ALWAYS.intersection(question.tokens) or (
            EVERY.intersection(question.tokens) if question.confirming
            or question.tokens[0] in CLAIM_OPENERS else set())
        usual = [r for r in pool if r.status != "planned"]
        if claimed and place_what and not penalty and 0 < len(rows) < len(usual) \
                and not (ordinals or question.years or question.superlative or named_rows):
            # said so before the rows: shown alone, they read as "yes, all of them"
            reasons.append(f"not every row: {len(rows)} of {len(usual)}")
            return Proposal("tables", table.id, round(min(picked, LISTED), 3),
                            f"table {table.id}: " + "; ".join(reasons),
                            frozenset(t for t in covered | claimed if t in question.tokens),
                            tuple(r.id for r in _ordered(rows)),
                            qualifier=f"{NOT_ALWAYS}:{len(usual)}")
        apart = [r for r in pool if missed and all(r.id in ids for ids in missed)]
        if len(rows) == 1 and ordinals and 0 < len(apart) <= APART_ROWS \
                and rows[0] not in apart and not question.superlative:
            # "the 5th extraordinary summit in Makkah in December 2005" (as the article the
            # project began from has it): the 5th was in Jakarta in 2016, the one in Makkah in
            # 2005 the 3rd. Both, said so: the number alone answered another summit unremarked
            rows = [rows[0], *_ordered(apart)]
            penalty -= MISMATCH * len(missed)
            reasons.append("number and place or year apart: " + ", ".join(r.id for r in apart))
            return Proposal("tables", table.id, _less(min(picked, LISTED), penalty),
                            f"table {table.id}: " + "; ".join(reasons),
                            frozenset(t for t in covered if t in question.tokens),
                            tuple(r.id for r in rows), qualifier=APART)
        rows = _ordered(rows)
        # (a meeting has no seat: "Kenapa OKI memindahkan markasnya ke Riyadh tahun 2023?" got
        # the 2023 Riyadh summit, "markas" read as asking where it was held)
        covered.update(t for t in question.asks if _answers(t, rows) and not (
            table.of_meetings and t in SEAT_WORDS))
        # A list gives names, places and dates: not what each did or decided.
        # (nor who chaired each meeting, "cfm chair 2025?": a list of office holders names them,
        # and one of meetings their hosts)
        lacks = LIST_LACKS if all(r.status in OFFICE for r in rows) or any(
            map(_a_state, rows)) or HOST_WORDS & question.asks else (*LIST_LACKS, "who")
        # (where it meets, asked of a body whose note says: "di mana COMCEC bersidang?")
        noted = asked_shape(question.tokens) == "place" and len(rows) == 1 and any(
            (rows[0].id, lang) in self._placed_by_note for lang in LANGS)
        # (what a row's note counts, it explains, and that they came: "How many delegates
        # came to the Dhaka CFM in 2018?", "about 600 delegates from 58 countries")
        if len(rows) == 1 and question.counted and self._note_counts(rows[0], question.counted):
            covered.update({question.counted} | ATTENDED & set(question.tokens))
        # ("how *many times* has Malaysia hosted the CFM" counts the rows, as "berapa kali"
        # does: the count the row lacked was taken off its score)
        missing = [f for f in _lacks(question.asks, rows) if not (f == "place" and noted) and not (
            f == "count" and question.counted in ROWS_COUNTED)
                   ] if len(rows) == 1 else [f for f in lacks if ASK_FIELDS[f][0] & question.asks]
        career = _career_asked(question.tokens) if len(rows) == 1 and rows[0].holder else set()
        if career:  # what they did before: its note may say ("Hamid Algabid sblm jd sekjen
            # jabatannya apa" got his term)
            covered |= career
            if not _noted(CAREER_SAID, rows, ("note", "elected")):
                missing.append("career")
        later = _later_asked(question.tokens) if len(rows) == 1 and rows[0].holder else set()
        if later:  # (and after: no row says)
            covered |= later
            missing.append("later")
        if len(rows) == 1 and rows[0].theme and not reason_asked(question.tokens) and (
                CALLED.intersection(question.tokens)
                or NAMED_AS.intersection(itertools.pairwise(question.tokens))):
            # its theme is the name a meeting was given ("What name was given to the 1981
            # Makkah summit?" was told our sources do not say who chaired it, "name" read as
            # asking who; not why something is called so: "why is it called cooperation
            # now" is the name change)
            missing = [f for f in missing if f != "who"]
            covered |= (NAME_WORDS | CALLED).intersection(question.tokens)
        if len(rows) > 1:  # (what a list lacks, some row holding it explains nothing: "Siapa
            # yang memimpin KTT OKI di Pakistan?" was answered with the two summits' places)
            covered.difference_update(t for f in missing if f == "who" for t in ASK_FIELDS[f][0])
        if len(rows) == 1 and "place" in missing and rows[0].chair and ASK_FIELDS["who"][
                0] & question.asks and ASK_FIELDS["place"][0] & question.asks <= CHAIRS_COUNTRY:
            # "Presiden negara mana yang menjadi ketua COMCEC?": the chair's country, which
            # its chair says, not where the body is ("no place recorded" was told)
            missing.remove("place")
        if len(rows) == 1 and "who" in missing and INVITING & set(question.tokens) and \
                INVITING & self.row_words(rows[0].id):
            # "KTT ke-4 di Casablanca, siapa yang mengundang?": who invited, which its record
            # says ("at the invitation of King Hassan II"; it was told none names its chair)
            missing.remove("who")
            covered |= INVITING & set(question.tokens) | WHO_ASKS & question.asks
        if len(rows) == 1 and rows[0].entry and (_made_of(question.tokens) or (
                WHO_ASKS & question.asks and any(
                    t in MEMBERS_ASKED and next((w for w in question.tokens[i + 1:]
                                                 if w not in OF_THE), None) != OIC_WORD
                    for i, t in enumerate(question.tokens)))):
            # its entry may say who sits on it (the IPHRC's 18 experts, "anggota Komite
            # Eksekutif OKI"); "para kepala negara *anggota OKI*", "members of the OIC" are
            # the OIC's members
            return None
        then = question.years or (question.superlative and question.superlative.value == "first")
        if len(rows) == 1 and rows[0].chair and rows[0].status is None and then \
                and "who" not in missing and ASK_FIELDS["who"][0] & question.asks:
            if rows[0].entry and not rows[0].headed_by:
                # ... which its entry may tell of ("Siapa ketua Komite Al-Quds yang pertama?":
                # Hassan II; it was told no source says who led it)
                return None
            missing.append("who")  # a body's chair is today's: "who chaired it in 1985?"
        noted = len(rows) == 1 and bool(question.counted) and self._note_counts(
            rows[0], question.counted)  # how many came to it, say: said by its note
        # (the rows' country counts them too: "how many pakistanis have been oic secretary
        # general" counts the Pakistani, not something the row should hold)
        named_here = ROWS_COUNTED | {t for start, end in question.tables.get(table.id, ())
                                     for t in question.tokens[start:end]} | {
            t for h in question.kinds if h.value.startswith(table.id + ":") for t in h.tokens} | (
            question.country.tokens if question.country else frozenset())
        if len(rows) == 1 and picked >= PICKED_BY_VALUE and question.counted and not noted \
                and question.counted not in named_here:
            missing.append("number")  # of something else than the rows
        elif len(rows) > 1 and question.count and (question.counted in PRODUCED or (
                question.counted in VOTES and question.counted not in named_here)):
            # "How many resolutions had OIC summits produced by 2004?" counts no rows (it
            # said "Our sources list 12", the summits)
            missing.append("number")
        if len(rows) > 1 and len({h.value for h in question.rows}) > 1 \
                and not WHY.isdisjoint(question.tokens):
            # "Why is SESRIC a subsidiary organ but the IsDB a specialised institution?": the
            # rows named, side by side, give no reason (it listed their seats)
            missing.append("why")
        detailed = ""
        if len(missing) == 1 and missing[0] in BESIDE_EACH and 1 < len(rows) <= VERSUS_ROWS \
                and (len(ordinals) == len(rows) or len({h.value for h in question.rows}) == len(
                    rows) or (place_what and not ordinals and PICKING_ONE
                              .isdisjoint(question.tokens))) \
                and all(getattr(r, BESIDE_EACH[missing[0]]) for r in rows):
            # "KTT ke-13 dan ke-14 diketuai siapa saja?", "Tema KTT ke-9 dan ke-10 apa?": the
            # few rows named, each with what is asked (it got the list of every summit, or of
            # the two, with none of it); the few named ("Who chairs COMCEC and COMSTECH?"
            # got COMSTECH's entry alone); the few of a place too ("What did each of the Dakar
            # summits decide?"), unless one is asked for ("Which summit adopted the Doha
            # Declaration?": the one whose row says so)
            detailed = WITH_DETAIL + missing[0]
            covered.update(ASK_FIELDS[missing[0]][0] & question.asks)
            missing = []
        elif not missing and 1 < len(rows) <= VERSUS_ROWS and not table.of_meetings \
                and not any(r.holder for r in rows) \
                and len({h.value for h in question.rows}) == len(rows) \
                and ASK_FIELDS["time"][0] & question.asks and any(r.start for r in rows):
            # "When were the Al-Quds Committee and COMSTECH created?": each named with when
            # (it listed their names and seats alone; a meeting's line says its date)
            detailed = WITH_DETAIL + "time"
        if missing:
            # (a difference or a reason asked of a list of names is not even half answered:
            # each row, opened, says what it is)
            penalty += MISSING_DETAIL * (len(missing) + ("difference" in missing)
                                         + ("why" in missing))
            reasons.append("no " + "/".join(missing) + " in the row")
        # "how many" counts the rows held of the table (or kind) named; "akademi fiqih islam
        # udah sidang berapa kali" names a row, and asks what no row says
        taken_place = [r for r in rows if r.status != "planned"]
        # (nor one row named by its number: "KTT ke-15 sempat ditunda brp kali?" is not 1; nor
        # by its name, "Berapa kali Hamid Algabid terpilih jadi sekjen?" (twice); nor one asked
        # how often something other than meeting happened to it, "KTT Banjul ditunda berapa
        # kali?" (several times))
        one = len(taken_place) == 1 and bool(question.ordinals or question.rows or any(
            predicate_shaped(t) and t not in HELD_SAID | HOST_WORDS | NUMBER_ASKED
            | question.count for t in question.tokens)  # (hosting one is holding it)
            # (nor a country that is the row, not where it is: "OKI punya berapa observer
            # states, and is Russia one?" was told "Our sources list 1")
            or (question.country is not None and not table.of_meetings
                and taken_place[0].country == question.country.value
                and not (taken_place[0].holder or taken_place[0].cities)))
        # (a list asked for says first how many our sources hold: "list of cfm sessions")
        counting = f"{COUNTING}{len(taken_place)}" if (
            question.count or "listed" in reasons) and taken_place and not (
            tenure or earliest or counted or noted or "number" in missing) and (
            kinds or table.id in question.tables) and not one else ""
        if counting:  # what is counted is what was held, not what is planned
            rows = taken_place
            # (with that they were held and what they are, in words other tables share: "How
            # many CFM *sessions* have there been?", "How many times has the CFM *met*?" were
            # told what the Council does)
            covered |= question.count | question.so_far | HELD_SAID.intersection(
                question.tokens) | {t for start, end, shared in self._shared_words.find(
                    question.tokens) if table.id in shared for t in question.tokens[start:end]}
            if not _complete([r for r in table.rows if r.kind in {x.kind for x in rows}]):
                counting += SOME  # (of the sessions our sources list, which are not all)
            elif DIFFERENT.intersection(question.tokens) and _grouped_by_place(table) and not (
                    question.country or question.places):  # (of one place: how many rows)
                # "how many different countries hosted a summit?": the places, not the rows
                # (it said 15, of 11 countries)
                by = "city" if CITY_ASKED & set(question.tokens) else "country"
                counting = f"{DIFFERENT_PLACES}{by}:" + str(len(
                    {place for r in rows for place in _hosted_by(r, by)}))
                covered |= DIFFERENT.intersection(question.tokens)
        if len(rows) == 1 and (self._about_a_body_elsewhere(rows[0], question) or (
                self.is_meeting(rows[0].id) and _the_oic_founded_at_another(rows[0], question))):
            return None
        if question.country and not table.chairs_of and all(
                _is_its_country(table, r) for r in rows) and not any(
                r.country == question.country.value for r in table.rows):
            # (rows that are countries, and none is the one asked of: "did the philippines
            # become an observer in 1996" is not answered by the Central African Republic; a
            # chair is, as the one holding what was claimed: "Is Pakistan the summit chair?")
            return None
        election = self._election_words(question) if len(rows) == 1 and rows[0].elected and not (
            question.ordinals or question.years) and not ELECTED.isdisjoint(question.tokens) \
            else frozenset()
        if election - ELECTED or (election and asked_shape(question.tokens) == "place"):
            # "Sidang menlu yang memilih Sekjen saat ini digelar di mana?": how he was elected
            # says at which meeting (it got the latest session, "saat ini" read as now); not
            # a meeting named by its number or year ("The 12th summit in Cairo elected which
            # Secretary-General?" is no question about the 12th), nor one never named; so too
            # where ("Di mana Taha terpilih sebagai Sekjen?" got the length of his term)
            covered |= election
        score = _less(picked if len(rows) == 1 else min(picked, LISTED), penalty)
        if counting and (question.country or question.places or question.years):
            # "Berapa orang Maroko yang pernah jadi sekjen OKI?" got the list of all twelve
            score = round(score + COUNTED_OVER_LIST, 3)
        reason = f"table {table.id}: " + "; ".join(reasons)
        tokens = frozenset(t for t in covered if t in question.tokens)
        if place_what.startswith("place") and question.country and len(rows) == 1 and \
                rows[0] in place_rows and rows[0].country != question.country.value and \
                not question.country.tokens <= self.row_words(rows[0].id):
            # "What did the Makkah summit 2019 say about Iran?": another Makkah summit's row
            # says Iran, not the one the year picks (it was answered as if it did)
            tokens -= question.country.tokens
        who = ASK_FIELDS["who"][0] & question.asks
        if len(rows) == 1 and rows[0].headed_by and who and \
                not UNRECORDED.isdisjoint(question.tokens):
            return None  # "Which *woman* has headed the General Secretariat?": no row says
        heads = list(self.kb.tables[rows[0].headed_by].rows) if len(rows) == 1 and \
            rows[0].headed_by and who and not question.ordinals else []
        # "Who heads the General Secretariat?": the Secretary-General in office (its row
        # said only "chaired by the OIC Secretary-General"); in a year, the one then; the
        # first, the first
        named_at = next((i for i, t in enumerate(question.tokens)
                         if question.country and t in question.country.tokens), 0)
        if heads and question.country and question.tokens[named_at - 1] not in ABOUT:
            # "A Pakistani once led the OIC secretariat": those from there (not "at the time
            # of the summit *on Palestine*")
            heads = [r for r in heads if r.country == question.country.value]
            tokens |= question.country.tokens
        if question.at is not None:
            head = [r for r in heads if _at_the_time(r, question.at)]
        elif question.years:
            head = [r for r in heads if any(self._spans(r, y) for y, _ in question.years)]
        elif question.superlative and heads:
            head = _superlative(heads, question.superlative.value, heads)[0]
        elif heads and (question.country or not ONCE.isdisjoint(question.tokens)):
            # (one of the past, unnamed: "who was leading it the year the name changed" is
            # not today's head)
            head = heads if question.country and len(heads) == 1 else []
            if not head:
                return None  # (told only that the Secretary-General heads it)
        else:
            head = [r for r in heads if r.status == "current"]
        if len(head) == 1:
            return Proposal("tables", head[0].id, score, f"{reason}; headed by {head[0].id}",
                            tokens | who)
        if len(rows) == 1:
            lacking = [f for f in missing if f in SAID_LACKING]
            if lacking == ["who"] and HOST_WORDS & question.asks:
                lacking = ["place"]  # "who hosted it?" asks for a country
            qualifier = EARLIEST_KNOWN if earliest else COUNTED if counted else (
                tenure or counting)
            chair = self._chair_of(rows[0]) if lacking == ["who"] and not qualifier else None
            if chair is not None and question.relative and question.relative.value == "after" \
                    and question.country and chair.country == question.country.value \
                    and chair.status == "planned" and self._around(chair)[1] is None:
                # "Who will chair the OIC summit after Azerbaijan?": after that country's
                # chair, not the chair of the summit it hosts (it got Azerbaijan)
                return self._none_beside(chair, "after", tokens | ASK_FIELDS["who"][0],
                                         question)
            if chair is not None:
                # "Which country will chair the OIC after the Baku summit?": the 16th summit's
                # record names no chair, the chairs' table has the one it begins
                return Proposal("tables", chair.id, score, f"{reason}; its chair",
                                tokens | ASK_FIELDS["who"][0].intersection(question.tokens))
            if lacking == ["time"] and rows[0].entry:
                return None  # its entry may say why no date is given ("ICESCO ... when was it
                # founded?": sources differ, 1979 to 1982; it was told they give no date)
            if lacking and not qualifier:
                # the admission answers the words that ask for the detail
                return Proposal("tables", table.id, score, f"{reason}; said lacking",
                                tokens | ASK_FIELDS.get(missing[0], (frozenset(), ()))[0]
                                .intersection(question.tokens),
                                (rows[0].id,), qualifier=f"{NO_ROW_PREFIX}lacks:{lacking[0]}")
            if versus and not qualifier:
                qualifier = VERSUS + ",".join(r.id for r in versus)
            if self._names_another_meeting(table, question):
                return None  # ("the 2019 Kuala Lumpur Summit": no summit of ours, not the 14th)
            if not qualifier and rows[0].cities and place_what.startswith("place") and \
                    self._put_elsewhere(rows[0], table, question):
                # "What did the Arab-Islamic summit in Tehran in November 2023 decide?": the
                # Riyadh summit, said not to be where the question puts it
                qualifier = ELSEWHERE + question.places[0].value
            elif not qualifier and table.of_meetings and len(rows) == 1 and (
                    question.ordinals or question.superlative) and len(question.years) == 1 \
                    and rows[0].start is not None \
                    and not self._spans(rows[0], question.years[0][0]) and _claimed(question):
                # "Was the 2nd summit held in 1975?": the 2nd (1974), said first not to be of
                # the year the question puts it in (it read as a yes)
                qualifier = f"{OTHER_YEAR}{question.years[0][0]}:{rows[0].start.year}"
                tokens |= question.years[0][1]
            elif not qualifier and rows[0].cities and place_what.startswith("place") and \
                    not table.of_meetings and question.places[0].value not in rows[0].cities \
                    and not question.places[0].tokens <= self.row_words(rows[0].id) \
                    and not BODY_MET.isdisjoint(question.tokens):
                # (a body named with a city it does not sit in, and not put there: what it did
                # there is no part of its record, "Baku juga jadi tuan rumah pertemuan tahunan
                # IsDB?" got its seat in Jeddah as if that answered)
                tokens -= question.places[0].tokens
            if not qualifier and rows[0].cities and not table.of_meetings and named_rows \
                    and not question.places and question.country \
                    and rows[0].country != question.country.value \
                    and _seated_in(question.tokens, question.country.tokens):
                # "King Faisal University is in Saudi Arabia, is it an OIC university?": the
                # one in Chad, said not to be where the question puts it (it read as a yes)
                qualifier = ELSEWHERE + question.country.value
            if not qualifier and rows[0].holder and question.country \
                    and rows[0].id in {h.value for h in named_rows} \
                    and rows[0].country and rows[0].country != question.country.value \
                    and _said_from(question.tokens, question.country.tokens, [
                        (start, end) for start, end, ids in self._table_words.find(
                            question.tokens) if rows[0].table in ids]):
                # "Habib Chatty was from Egypt?": his row (Tunisia), said first not to be from
                # where the question puts him (it read as a yes)
                qualifier = FROM_ELSEWHERE + question.country.value
            not_it = [h.value for h in named_rows if h.value != rows[0].id]
            if not qualifier and question.at is not None and not_it and len(not_it) == len(
                    named_rows) and any(r.endswith(NO_SUCH_ROW) for r in reasons):
                # "Iyad Madani was elected Secretary-General at the Istanbul summit in 2016?":
                # the one the meeting gives is another, said first (it got Al-Othaimeen's
                # row as if it answered "yes")
                qualifier = ANOTHER + not_it[0]
            elif not qualifier and len(not_it) == len(named_rows) == 1 and rows[0].holder \
                    and self._rows[not_it[0]].holder and question.relative is None \
                    and (question.superlative or question.ordinals) and _claimed(question):
                # "Iyad Madani was the first Egyptian secretary general, wasn't he?": the one
                # picked is another, said first (it got Al-Touhami's row, never saying no)
                qualifier = ANOTHER + not_it[0]
            elif not qualifier and rows[0].holder and len(named_rows) == 1 and not not_it \
                    and len(question.years) == 1 and question.at is None \
                    and (_claimed(question) or question.asks <= question.years[0][1]) \
                    and not _elected_words(question, table) \
                    and RESIGNED.isdisjoint(question.tokens) \
                    and not any(self._spans(rows[0], question.years[0][0] + near)
                                for near in (-1, 0, 1)) and len(
                        in_office := [r for r in table.rows
                                      if self._spans(r, question.years[0][0])
                                      and r.kind == rows[0].kind]) == 1:
                # "OIC secretary general in 1990 was Ekmeleddin Ihsanoglu right?": the one in
                # office that year, said first not to be the one named (it got İhsanoğlu's
                # row, 2005–2013, never saying no), so too where nothing is asked ("sekjen oki
                # th 1990 ihsanoglu"); not a year next to the term, which may be when they were
                # chosen ("Ihsanoglu became secretary general in 2004?")
                return Proposal("tables", in_office[0].id, score, f"{reason}; in office then",
                                tokens | question.years[0][1],
                                qualifier=ANOTHER + rows[0].id)
            suspension = question.suspended if question.suspended <= self.row_words(
                rows[0].id) else frozenset()
            return Proposal("tables", rows[0].id, score, reason, tokens | suspension,
                            qualifier=qualifier or misnamed)
        hosting = question.hosting if not (tenure or counting) and _grouped_by_place(table) \
            else None
        if hosting and not _complete(rows):
            return None  # (the sessions our sources list are not all: none is said to be most)
        hosts = _most_hosted(rows, question) if hosting else None
        if hosting and hosts is not None:  # (one answer, not a list: as sure as a value)
            top, qualifier = hosts
            return Proposal("tables", table.id, _less(PICKED_BY_VALUE, penalty),
                            f"{reason}; {qualifier}", tokens | hosting.tokens,
                            tuple(r.id for r in top), qualifier=qualifier)
        return Proposal("tables", table.id, score, reason, tokens, tuple(r.id for r in rows),
                        qualifier=tenure or counting or detailed)

    @staticmethod
    def _most_uncounted(table: Table, question: _Question, covered: set[str]
                        ) -> Proposal | None:
        """"Which summit had the most heads of state?": the meeting with the most of something
        no row counts, said not to be told (it got what an Islamic Summit is); None for any
        other question naming a table and no row."""
        tokens = question.tokens
        most = _past(tokens, MOST_OFTEN)
        if most is None or not table.of_meetings or question.hosting or question.count \
                or WHICH_ONE_ASKED.isdisjoint(tokens[:most]):
            return None
        return Proposal("tables", table.id, PICKED_BY_VALUE, "the most of what no row counts",
                        frozenset(covered | set(tokens[:most]) & WHICH_ONE_ASKED
                                  | set(tokens[most - 1:])),
                        qualifier=f"{NO_ROW_PREFIX}most:")

    def _any_meeting_asked(self, tokens: tuple[str, ...]) -> bool:
        """Whether a word any meeting shares is what is asked ("*rapat apa* yang ...", "which
        meeting"), not part of a meeting's name ("the CFM session after Dhaka")."""
        return any((tokens[end:end + 1] and tokens[end] in ASKED_AFTER) or (
            start and tokens[start - 1] in WHO_WHICH)
            for start, end, _ in self._shared_words.find(tokens))

    @staticmethod
    def _chairs_the_oic(table: Table, question: _Question) -> bool:
        """Whether the chair asked is the OIC's ("chaired the OIC", "ketua OKI", "the OIC
        chair"), not a meeting's ("chaired the summit", "chaired the *OIC summit* in Cairo in
        2013", which got the chair that took over there as much as the summit's row)."""
        tokens = question.tokens
        return any(token == OIC_WORD and MEETING_WORDS.isdisjoint(
            tokens[max(at - 1, 0):at] + tokens[at + 1:at + 2])
            for start, end in question.tables.get(table.id, ())
            for at, token in enumerate(tokens[:end + 2]) if at >= start - 1)

    def _chair_of(self, meeting: Row) -> Row | None:
        """The row of a chairs' table that a meeting began: the host's, from that year."""
        if meeting.start is None:
            return None
        return next((r for table in self.kb.tables.values() if table.chairs_of == meeting.table
                     for r in table.rows if r.country == meeting.country and r.start
                     and r.start.year == meeting.start.year), None)

    def _no_row(self, table: Table, pool: list[Row], numbers: set[int], years: set[int],
                covered: set[str], question: _Question, place: str, kind: str = ""
                ) -> Proposal | None:
        """"KTT ke-20", "KTT OKI tahun 1990": no row has that number or year. Saying so, with
        the rows on either side, beats an entry that merely shares the number ("20th
        extraordinary CFM"). "Sekjen OKI dari Indonesia": no row has that country; said, with
        the latest rows. ``kind``: no row *of that kind* (the pool holds only that kind)."""
        if not numbers and not years and question.country and place.startswith("country"):
            cue = _from_or_in(question.tokens, question.country.tokens)
            if not cue or (question.superlative and question.superlative.value == "current"):
                # (the one in office now, of a country that has none: "Sekjen OKI sekarang
                # orang Sudan kan?" is told who is, from Chad)
                return None  # "KTT OKI membahas Palestina" is about Palestine, not held there
            if not any(r.ordinal for r in table.rows):
                return None  # only the history's numbered tables say who came from where
            covered = covered | cue
            if any(r.holder for r in table.rows):  # (one who held it: "pernah ada orang
                # Indonesia yang menjabat Sekjen OKI" got the list, "menjabat" unexplained)
                covered = covered | (HOLDING & frozenset(question.tokens))
            code = question.country.value
            bound = ""
            held = [r for r in pool if r.start and r.status != "planned"]
            if question.bound:
                # "Did Morocco host an Islamic summit after 2000?": none there *after 2000*,
                # said so, with those it did host (it said none in Morocco at all: false)
                bound = BOUND_MARK + question.bound.value.replace(":", BOUND_MARK)
                covered = covered | question.bound.tokens
                held = [r for r in held if r.country == code] or held
            others = [r for r in table.rows if r.country == code and r.kind != kind
                      and r.start and r.status != "planned"] if kind and not bound else []
            if others:
                # "KTT OKI biasa di Indonesia": none of the kind named, said so, with those of
                # other kinds held there (it got the 2016 Jakarta summit, an extraordinary one);
                # so, too, how many times ("Berapa kali Indonesia jadi tuan rumah KTT OKI
                # biasa?": none, which it left unexplained)
                counted = (NUMBER_ASKED | STATED_TIMES).intersection(question.tokens)
                return Proposal("tables", table.id, PICKED if counted else LISTED,
                                f"table {table.id}: no {kind} {place}; other kinds there",
                                frozenset(t for t in covered | counted if t in question.tokens),
                                tuple(r.id for r in _ordered(others)),
                                qualifier=f"{NO_ROW_PREFIX}c:{code}{OTHER_KINDS}{KIND_MARK}{kind}")
            offered = sorted(held, key=_chronology)[-COUNTRY_OFFERS:][::-1]  # (the latest)
            if not offered:
                return None
            first = question.superlative
            if first is not None and first.value == "first" and not bound:
                # "The first Secretary-General was from Indonesia?": none from there, and the
                # first of all offered (it offered the latest, "first" left unexplained)
                usual = [r for r in held if r.kind == table.default_kind] \
                    if table.default_kind else held
                offered = sorted(usual, key=_chronology)[:1]
                covered = covered | first.tokens
                bound = FIRST_MARK
            return Proposal("tables", table.id, NO_ROW, f"table {table.id}: no row {place}",
                            frozenset(t for t in covered if t in question.tokens),
                            tuple(r.id for r in offered),
                            qualifier=f"{NO_ROW_PREFIX}c:{code}{bound}")
        if not numbers and not years and question.places and place.startswith("place") \
                and table.of_meetings and not question.country:
            # "Ankara pernah jadi tuan rumah KTT OKI?": a city our sources know (a body sits
            # there) where no meeting of the table was held (it got the list of every summit)
            hit = question.places[0]
            cue = _from_or_in(question.tokens, hit.tokens)
            held = sorted((r for r in pool if r.start and r.status != "planned"),
                          key=_chronology)[-COUNTRY_OFFERS:]
            if not cue or not held:
                return None
            return Proposal("tables", table.id, NO_ROW, f"table {table.id}: no row {place}",
                            frozenset(t for t in covered | cue if t in question.tokens),
                            tuple(r.id for r in reversed(held)),
                            qualifier=f"{NO_ROW_PREFIX}p:{hit.value}")
        if len(numbers) + len(years) != 1:
            return None  # a place no row has ("summit in Baghdad"): other sources answer
        by_number = bool(numbers)
        value = next(iter(numbers or years))

        def key(row: Row) -> int:
            return (row.ordinal or 0) if by_number else (row.start.year if row.start else 0)

        known = [r for r in pool if (r.ordinal if by_number else r.start) is not None]
        before = max((r for r in known if key(r) < value), key=key, default=None)
        after = min((r for r in known if key(r) > value), key=key, default=None)
        around = tuple(r.id for r in (before, after) if r is not None)
        if not around:
            return None
        asked = "n" if by_number else "y"
        of_kind = f"{KIND_MARK}{kind}" if kind else ""
        first = question.superlative
        if table.of_meetings and not by_number and first is not None \
                and first.value in ("first", "latest") and _claimed(question):
            # "the first summit was in Rabat in 1970, yes?": the first (there), said not to be
            # of that year (it got the first foreign ministers' conference, of 1970)
            held = [r for r in pool if r.start and r.status != "planned"
                    and (not table.default_kind or kind or r.kind == table.default_kind)
                    and all(h.value in r.cities for h in question.places)]
            if held:
                row = _ordered(held)[0 if first.value == "first" else -1]
                assert row.start is not None  # (held are dated)
                said = first.tokens | {t for y, words in question.years for t in words
                                       if y == value} | {t for h in question.places
                                                         for t in h.tokens}
                return Proposal("tables", row.id, PICKED_BY_VALUE,
                                f"the {first.value} of table {table.id}, not of {value}",
                                frozenset(t for t in covered | said if t in question.tokens),
                                qualifier=f"{OTHER_YEAR}{value}:{row.start.year}")
        if table.of_meetings:
            # (where or when a meeting no row has was held is answered by there being none
            # recorded: "Where was the 12th CFM held?" got an example on the 12th summit)
            covered = covered | (ASK_FIELDS["place"][0] | WHEN_HELD).intersection(
                question.tokens)
            if not by_number and (month := question.months.get(value)):
                # (and the month of that year, which no row has either: "The Istanbul summit
                # was in April 2015, correct?" left "april" unexplained, not sure)
                covered = covered | _month_said(question.tokens, month)
        if question.country and not any(r.country == question.country.value
                                        for r in table.rows):
            # ("Why did the OIC suspend Israel's observer status in 2024?": no observer is
            # Israel, so no year of the observers is the answer; its standing may be)
            covered = covered - question.country.tokens
        return Proposal("tables", table.id, NO_ROW,
                        f"table {table.id}: no {kind or 'row'} {asked} {value}",
                        frozenset(t for t in covered if t in question.tokens), around,
                        qualifier=f"{NO_ROW_PREFIX}{asked}:{value}{of_kind}")

    def _none_beside(self, row: Row, side: str, covered: Iterable[str], question: _Question
                     ) -> Proposal:
        """No one recorded beside the row named, said: ``side`` is "before", "after" (a
        holder still to come) or "unlinked" (after one whose successor is not recorded); as
        sure as that row (the entries on the next summit say who comes next, not after)."""
        return Proposal("tables", row.table, PICKED_BY_VALUE, f"none {side} {row.id}",
                        frozenset(t for t in covered if t in question.tokens), (row.id,),
                        qualifier=f"{NO_ROW_PREFIX}{side}:")

    def _no_next(self, table: Table, rows: list[Row], covered: set[str], question: _Question
                 ) -> Proposal | None:
        """"When is the next CFM?" with no planned session in the table: admitted, with the
        latest one held (an entry that merely says "next" about summits is not the answer)."""
        held = [r for r in rows if r.start and r.status == "held"]
        if "planned" not in table.statuses or not held:
            return None
        latest = max(held, key=_chronology)
        # (of the kind asked: "no Islamic Summits planned next" was said after the 7th
        # extraordinary, though the 16th ordinary one is planned)
        kinds = {r.kind for r in rows if r.kind}
        kind = kinds.pop() if len(kinds) == 1 and table.default_kind \
            and kinds != {table.default_kind} else None
        if any(r.status == "planned" and kind in (None, r.kind) for r in table.rows):
            return None  # (never said where a row of what it names is planned: "what did the
            # 2024 banjul summit decide about next summit" kept the row "next" is after, and
            # "next extraordinary summit" the joint Arab-Islamic ones too, and each was told no
            # Islamic Summit is planned, though the 16th is, in Baku)
        of_kind = f"{KIND_MARK}{kind}" if kind else ""
        return Proposal("tables", table.id, NO_ROW, f"table {table.id}: no planned row",
                        frozenset(t for t in covered if t in question.tokens), (latest.id,),
                        qualifier=f"{NO_ROW_PREFIX}next:{of_kind}")

    def _bare_numbers(self, table: Table, question: _Question
                      ) -> list[tuple[int, frozenset[str]]]:
        """"sekjen 9", "ktt oki 2": a small number right after the table's word."""
        found = []
        tokens = question.tokens
        for start, end in question.tables.get(table.id, ()):
            before = start - 1 - (start > 1 and tokens[start - 1] == OIC_WORD)
            if before >= 0 and len(tokens[before]) > 1 and _ROMAN.match(tokens[before]) and (
                    before == 0 or not self._may_name(tokens[before - 1])):
                # "XIII Islamic Summit venue?", "the XV OIC summit" (it was not sure); not a
                # monarch's numeral ("King Hassan II Secretary-General?" is no 2nd one)
                found.append((_roman(tokens[before]), frozenset((tokens[before],))))
            at = end + 1 if end < len(tokens) and tokens[end] == OIC_WORD else end
            word = tokens[at] if at < len(tokens) else ""
            if word.isdigit() and 0 < int(word) <= 200 and (at + 1 == len(tokens) or (
                    tokens[at + 1] not in NOT_A_NUMBER | STATED_TIMES)):
                # (not "sekjen oki 3 tahun sekali ganti": a count of years; nor "has saudi
                # arabia hosted oic summits 5 times?", which got the 5th summit)
                found.append((int(word), frozenset((word,))))
            elif word and _ROMAN.match(word) and (len(word) > 1 or (
                    at + 1 == len(tokens) or tokens[at + 1] not in I_SAYS)):
                # "KTT OKI XII", as textbooks number them (it was not sure); one letter ("i")
                # is a word before a verb ("the OIC summit I attended"), else the first ("KTT
                # OKI I diadakan di kota ..." got the Jakarta summit)
                found.append((_roman(word), frozenset((word,))))
        return found

    def _by_place(self, pool: list[Row], question: _Question
                  ) -> tuple[list[Row], str, set[str]]:
        """Rows in the city or country asked about (a city, if named, is the more precise)."""
        where = question.places[0] if question.places else question.country
        if where is not None and (elected := self._elected_in(pool, question.tokens, where)
                                  ) is not None:
            # "Sekjen OKI yang dipilih di Niger tahun 2020": where he was elected, not whence
            # he came (it got Hamid Algabid, of Niger); "elected in Istanbul", too
            return elected, f"elected in {where.value}", set(where.tokens)
        places = {h.value for h in question.places}
        tokens = {t for h in question.places for t in h.tokens}
        # (a city some sources give instead, with the row's number or year: "KTT ke-10 di
        # Kuala Lumpur dipimpin siapa?" is the 10th, in Putrajaya, not the 2019 KL summit)
        by_city = [r for r in pool if places & set(r.cities) or (
            places & set(r.reported_in) and (
                any(r.ordinal == n for n, _ in question.ordinals)
                or any(self._spans(r, y) for y, _ in question.years)))]
        if question.country:
            tokens |= question.country.tokens
        if places and (by_city or not question.country):
            code = question.country.value if question.country else ""
            of_country = [r for r in pool if r.country == code] if code else []
            elsewhere = bool(code) and all(r.country != code for r in by_city)
            if by_city and elsewhere and of_country and not CHOICE.isdisjoint(question.tokens):
                # "which summit came first, Dakar or Kuwait?": a city and another country
                return (by_city + of_country,
                        "place " + ", ".join(sorted(places)) + f" or country {code}", tokens)
            if elsewhere and question.country and not any(
                    question.country.tokens <= self.row_words(r.id) for r in by_city):
                # ("Why was India kept out of the Rabat conference?", "Did Indonesia attend
                # the Rabat summit?": no row there is the country's, nor says it, so it is
                # left unexplained; "Was Syria suspended at the 2012 Makkah summit?": that
                # summit's row says Syria)
                tokens -= question.country.tokens
            return by_city, "place " + ", ".join(sorted(places)), tokens
        if question.country and self._what_a_meeting_did(pool, question):
            return [], "", tokens
        if question.country and question.years and not any(
                map(self.is_meeting, (r.id for r in pool))) and (
                HOST_WORDS | HANDING).isdisjoint(question.tokens) and (any(
                t in TIME_WORDS for t in question.tokens[:min(map(
                    question.tokens.index, question.country.tokens))]) or (
                not STANDING_EVENTS.isdisjoint(question.tokens[max(map(
                    question.tokens.index, question.country.tokens)) + 1:][:1]))):
            # "Waktu Gambia menggugat Myanmar 2019, siapa ketua KTT OKI?": the country says
            # when, with its year; it is not whose row is asked (it got The Gambia's, 2024);
            # so does one joining or coming back: "Mesir kembali ke OKI tahun 1984 di era
            # Sekjen siapa?" (it got the Egyptian Secretary-General of 1974).
            # (Of meetings, or hosting or handing over, it may be the host: "When Iran hosted
            # the summit in 1997")
            return [], "", tokens | set(question.country.tokens)
        said_at = next((at for at, t in enumerate(question.tokens) if question.country
                        and t in question.country.tokens and t not in ARTICLES), 0)
        before = [t for t in question.tokens[:said_at] if t not in ARTICLES][-1:]
        if question.country and before and before[0] in ABOUT:
            # "What was decided about Egypt at the 4th summit?": what it did of the country,
            # not a meeting held there (it got the 4th and the 12th, held in Egypt)
            return [], "", tokens | set(question.country.tokens)
        if question.country:
            # (a city named that no row is in is not explained by the country's rows: "the
            # 2019 Kuala Lumpur Summit" is no summit held in Saudi Arabia)
            named = [question.country, *question.joined_countries]
            codes = [h.value for h in named]
            chaired = [r for r in pool if r.chair_country in codes] \
                if not CHAIRING.isdisjoint(question.tokens) else []  # (what it chairs, not hosts)
            return chaired or [r for r in pool if r.country in codes], \
                f"country {', '.join(codes)}", {t for h in named for t in h.tokens} | (
                    CHAIRING.intersection(question.tokens) if chaired else set())
        return [], "", tokens

    def _about_a_body_elsewhere(self, meeting: Row, question: _Question) -> bool:
        """Whether a question about a meeting names a body its row does not mention, seated
        elsewhere: "The IPHRC was launched at the Dakar summit in 2008, right?" is about the
        IPHRC (the summit's row answered, as if it agreed; the IPHRC dates from 2011). Not a
        body that says where ("the city that hosts IRCICA hosted which summit?"), nor one
        named after the meeting ("Pakistan hosted the 2nd summit in Lahore ... and chairs
        COMSTECH"); people and standings have no seat."""
        spans = question.tables.get(meeting.table)
        if not self.is_meeting(meeting.id) or not spans:
            return False
        named_at = min(start for start, _ in spans)
        bodies = [self._rows[h.value] for h in question.rows if not h.tokens <= self.row_words(
            meeting.id) and min(map(question.tokens.index, h.tokens)) < named_at]
        return any(body.cities
                   and not set(body.cities) & set(meeting.cities) for body in bodies)

    def _election_words(self, question: _Question) -> frozenset[str]:
        """The words of a question that an office holder's election answers: electing, and the
        meeting that did it ("sidang", "menlu", "KTT")."""
        meetings = {t for table, spans in question.tables.items()
                    if self.kb.tables[table].of_meetings
                    for start, end in spans for t in question.tokens[start:end]}
        return (ELECTED | MEETING_WORDS).intersection(question.tokens) | meetings

    def _relative_to_other(self, table: Table, question: _Question) -> bool:
        """Whether "before/after" is said of another table's meeting ("Sekretariat Jenderal
        dibentuk berapa bulan *setelah KTT Rabat*"): not the row beside this one (it got
        the body after the Secretariat, the IPHRC)."""
        assert question.relative is not None
        end = max(question.tokens.index(t) for t in question.relative.tokens) + 1
        return any(self.kb.tables[t].of_meetings for t in self.named(
            question.tokens[end:end + 2]) - {table.id, table.chairs_of})

    def _misplaced(self, named_rows: list[_Hit], place_rows: list[Row], question: _Question
                   ) -> Row | None:
        """Of the rows a question names, the first put in the city another is in, which it is
        not in (not a choice between them: "which is in Jeddah, IRCICA or the Secretariat?",
        "SESRIC, IRCICA, ICDT - which one sits in Ankara?")."""
        ids = {h.value for h in named_rows}
        if len(ids) < 2 or len(question.places) != 1 or not (
                CHOICE | PICKING_ONE).isdisjoint(question.tokens):
            return None
        there = {r.id for r in place_rows} & ids
        elsewhere = [h for h in named_rows if h.value not in there and self._rows[h.value].cities]
        if not there or not elsewhere:
            return None
        first = min(elsewhere, key=lambda h: min(question.tokens.index(t) for t in h.tokens))
        return self._rows[first.value]

    def _chaired_by(self, table: Table, question: _Question) -> bool:
        """Whether the question asks what the country it names chairs, and a row says so."""
        return question.country is not None and not CHAIRING.isdisjoint(question.tokens) \
            and any(r.chair_country == question.country.value for r in table.rows)

    def _named_span(self, pool: list[Row], question: _Question, named_rows: list[_Hit]
                    ) -> tuple[date, date] | None:
        """When the first and the last of the rows a question names "from" one "to" another
        began, if it does and both are of ``pool``."""
        tokens = question.tokens
        ids = {r.id: r for r in pool}
        at: dict[str, int] = {}
        for h in named_rows:
            if h.value in ids:
                at[h.value] = min(at.get(h.value, len(tokens)), *map(tokens.index, h.tokens))
        if len(at) != 2 or not all(ids[i].start for i in at):
            return None
        (first_at, first), (last_at, last) = sorted(((n, ids[i]) for i, n in at.items()),
                                                    key=lambda named: named[0])
        if FROM_WORDS.isdisjoint(tokens[max(0, first_at - 2):first_at]) \
                or TO_WORDS.isdisjoint(tokens[first_at + 1:last_at]):
            return None
        assert first.start is not None and last.start is not None
        low, high = sorted((first.start.first(), last.start.first()))
        return low, high

    def _elected_in(self, pool: list[Row], tokens: tuple[str, ...], where: _Hit
                    ) -> list[Row] | None:
        """The rows elected in the place or country a question names after "elected in"
        ("dipilih di Niger"), by what their election says; None when it is not named so."""
        at = min(map(tokens.index, where.tokens))
        if at < 2 or tokens[at - 1] not in ("di", "in", "at") or ELECTED.isdisjoint(
                tokens[max(0, at - 3):at - 1]):
            return None
        return [r for r in pool if r.elected and any(
            where.tokens <= set(self._normalize(text).tokens) for text in r.elected.values())]

    def _what_a_meeting_did(self, pool: list[Row], question: _Question) -> bool:
        """Whether the country a question names is what a meeting did something to, its place
        being asked: "The summit that voted to readmit *Egypt* was held in which city?" (it
        got the summit held in Egypt) — not "held in Egypt", "Egypt hosted", "KTT Mesir"."""
        assert question.country is not None
        tokens = question.tokens
        # (or which of them did it: "Mesir diterima kembali di OKI lewat KTT ke berapa?"; not
        # one the country took or handed over the chair at, which it may have hosted)
        # (... or "at which summit": "Egypt came back into the OIC at which summit?" got the
        # summit held in Egypt)
        which = (asked_shape(tokens) == "ordinal" or any(
            {a, b} & WHICH_MEETING and {a, b} & MEETING_WORDS
            for a, b in itertools.pairwise(tokens))) and (HANDING | HOST_WORDS).isdisjoint(tokens)
        if not any(map(self.is_meeting, (r.id for r in pool))) or (
                WHERE.isdisjoint(tokens) and not which) \
                or _from_or_in(tokens, question.country.tokens):
            return False
        at = next(i for i, t in enumerate(tokens) if t in question.country.tokens)
        end = at + len(question.country.tokens)
        return not any(start <= end and stop >= at - 1
                       for spans in question.tables.values() for start, stop in spans)

    def _spans(self, row: Row, year: int) -> bool:
        """Whether ``row`` took place in (or its term covered) ``year``."""
        if row.start is None:
            return False
        return row.start.year <= year <= _until(row).year

    # -- answers ------------------------------------------------------------------------------

    def reply(self, proposal: Proposal, lang: str, question: str, confidence: float | None = None,
              **meta: Any) -> Reply:
        """The answer for a proposal this index made, in ``lang``."""
        score = proposal.score if confidence is None else confidence
        if proposal.qualifier.startswith(NO_ROW_PREFIX):
            asked, value = proposal.qualifier.removeprefix(NO_ROW_PREFIX).split(":")
            value, _, kind = value.partition(KIND_MARK)
            table = self.kb.tables[proposal.key]
            texts = TEXTS[lang]
            if asked in ("lacks", "before", "after", "unlinked"):  # the row has no such
                # detail ("who chaired the 10th summit"), or none is recorded beside it ("...
                # after Azerbaijan?", "... before Senegal?", "... after Iran?")
                [row] = proposal.rows
                said = texts["lacks_" + value if asked == "lacks" else f"no_row_{asked}"]
                return Reply(question=question, kind="suggest", lang=lang, intent=None,
                             confidence=score, answer=said.format(
                                 title=self.row_title(row, lang)) + " " + texts["lacks_more"],
                             suggestions=(Link(row, self.row_title(row, lang)),), **meta)
            offered = "no_row_latest" if asked in ("c", "p") else "no_row_nearest"
            if asked == "most":  # "which summit had the most heads of state?"
                return Reply(question=question, kind="suggest", lang=lang, intent=None,
                             confidence=score, answer=texts["no_most"].format(
                                 table=table.name[lang]), **meta)
            if asked == "p":  # a city where none was held
                what = texts["no_row_in"].format(country=self.kb.places[value].name[lang])
            elif asked == "c":  # from a country (people) or in it (meetings)
                value, first, _ = value.partition(FIRST_MARK)
                offered = "no_row_first" if first else offered
                value, *bound = value.split(BOUND_MARK)
                value, of_others, _ = value.partition(OTHER_KINDS)
                what = texts["no_row_in" if any(r.cities for r in table.rows) else
                             "no_row_from"].format(country=self._country_name(value, lang))
                if of_others:  # ... of the kind asked, with those of other kinds there
                    listed = self._list_reply(proposal.key, proposal.rows, lang, question,
                                              score, **meta)
                    return replace(listed, answer=texts["no_row"].format(
                        table=table.kinds[kind].plural[lang], what=what) + " " + texts[
                        "no_row_other_kinds"] + "\n" + listed.answer)
                if bound:  # ... within a time ("after 2000"), with those it did have
                    side, year = bound
                    what += " " + texts["within_" + side].format(year=year)
                    if all(self._rows[r].country == value for r in proposal.rows):
                        return Reply(question=question, kind="suggest", lang=lang,
                                     intent=None, confidence=score, answer=texts[
                                         "no_row"].format(table=table.name[lang], what=what)
                                     + " " + texts["no_row_theirs"],
                                     suggestions=tuple(Link(r, self.row_title(r, lang))
                                                       for r in proposal.rows), **meta)
            else:
                # (of a standing, by the year each dates from: "no OIC observers in 2025" read
                # as if there were none then)
                standing = not any(r.status for r in table.rows)
                what = {"n": texts["no_row_number"], "y": texts[
                    "no_row_dating" if standing else "no_row_year"],
                        "next": texts["no_row_next"]}[asked].format(n=value, year=value)
            name = table.kinds[kind].plural[lang] if kind else table.name[lang]
            # Not a fact: an admission, with the rows on either side to open instead.
            return Reply(question=question, kind="suggest", lang=lang, intent=None,
                         confidence=score, answer=texts["no_row"].format(
                             table=name, what=what) + " " + texts[offered],
                         suggestions=tuple(Link(r, self.row_title(r, lang))
                                           for r in proposal.rows), **meta)
        if proposal.rows:
            listed = self._list_reply(proposal.key, proposal.rows, lang, question, score, **meta)
            if proposal.qualifier.startswith(NOT_HOLDER):  # no, and all who did
                caveat = TEXTS[lang]["not_holder"].format(
                    person=_spoken_name(proposal.qualifier.removeprefix(NOT_HOLDER)),
                    table=self.kb.tables[proposal.key].name[lang], n=len(proposal.rows))
                return replace(listed, answer=f"{caveat}\n{listed.answer}")
            if proposal.qualifier in (*TENURES, REGION, APART, APART_PLACE, *OF_ALL,
                                      *OF_PLACE):  # why
                lasted = "_held" if proposal.qualifier in TENURES and self.kb.tables[
                    proposal.key].of_meetings else ""
                caveat = TEXTS[lang][proposal.qualifier + lasted + "_among"]
                answer = f"{caveat}\n{listed.answer}"
                if proposal.qualifier in TENURES or proposal.qualifier == REGION:
                    return replace(listed, answer=answer)
                # (rows set side by side, the one numbered and the one placed, are read
                # together where they fit: "What did the second Riyadh summit in 2024
                # discuss?" showed Lahore's, the 2nd, and folded Riyadh's of 2024)
                lines = answer.splitlines()
                together = "\n".join([lines[0], *itertools.takewhile(
                    lambda line: line.startswith(BULLET), lines[1:])])
                return replace(listed, answer=answer,
                               lead=together if len(together) <= DETAIL_CHARS else None)
            if proposal.qualifier.startswith(GAP):  # the time between, then each with its dates
                rows = [self._rows[r] for r in proposal.rows]
                lines = [f"{BULLET}{self._text('item', r, lang)}" for r in rows]
                most = proposal.qualifier.removeprefix(GAP).removeprefix(":")
                lead = [TEXTS[lang][f"gap_{most}"].format(rows=self._called(rows, lang))
                        ] if most else []
                return replace(listed, answer="\n".join(
                    [*lead, self._between(proposal, lang), *lines]))
            if proposal.qualifier.startswith(UNSETTLED):  # each with its date, or none
                lines = [f"{BULLET}{self._text('item', r, lang)}" + (
                    "" if self.kb.tables[r.table].of_meetings
                    or proposal.qualifier.endswith(UNSETTLED_TENURE) else
                    f" — {format_partial(r.start, lang)}" if r.start else
                    f" — {TEXTS[lang]['undated']}") for r in map(self._rows.get, proposal.rows)
                    if r]
                return replace(listed, answer="\n".join([TEXTS[lang][proposal.qualifier],
                                                          *lines]))
            if proposal.qualifier.startswith(FEWER):  # how many there are, then each
                caveat = TEXTS[lang]["fewer_among"].format(
                    nth=ordinal(int(proposal.qualifier.removeprefix(FEWER)), lang),
                    k=len(proposal.rows))
                return replace(listed, answer=f"{caveat}\n{listed.answer}")
            if proposal.qualifier.startswith(NOT_ALWAYS):
                caveat = TEXTS[lang]["not_always_among"].format(
                    n=proposal.qualifier.rpartition(":")[2], k=len(proposal.rows))
                return replace(listed, answer=f"{caveat}\n{listed.answer}")
            if proposal.qualifier.startswith(IN_REGION):  # whose regions: said first
                named = proposal.qualifier.removeprefix(IN_REGION)
                caveat = TEXTS[lang]["in_region_among"].format(
                    n=len(proposal.rows), region=self.kb.regions[named].name[lang])
                return replace(listed, answer=f"{caveat}\n{listed.answer}",
                               sources=(*listed.sources, *self._regions.sources(named)))
            if proposal.qualifier.startswith(COUNTING):  # "how many": said first
                return replace(listed, answer=f"{self._count(proposal, lang)}\n{listed.answer}")
            if proposal.qualifier.startswith(DIFFERENT_PLACES):  # ... of different places
                by, _, n = proposal.qualifier.removeprefix(DIFFERENT_PLACES).partition(":")
                rows = [self._rows[r] for r in proposal.rows]
                placed = TEXTS[lang]["different_" + (
                    "held" if self.kb.tables[rows[0].table].of_meetings else "from")].format(
                    k=len(rows), meetings=self._called(rows, lang), n=n,
                    places=TEXTS[lang]["places_" + by])
                return replace(listed, answer=f"{placed}\n{listed.answer}")
            if proposal.qualifier.startswith(WITH_DETAIL):  # what is asked of each, beside it
                asked = proposal.qualifier.removeprefix(WITH_DETAIL)
                besides = {r: self._said_beside(r, asked, lang) for r in proposal.rows}
                lines = [f"{BULLET}{self._text('item', self._rows[r], lang)} — "
                         + (TEXTS[lang]["beside_" + asked].format(detail=detail) if detail
                            else TEXTS[lang]["beside_unsettled"])
                         for r, detail in besides.items() if detail or asked == "time"]
                return replace(listed, answer="\n".join(lines))
            if proposal.qualifier.startswith((MOST_HOSTED, REPEATED)):  # where: said first
                region = proposal.qualifier.split(":")[3:]
                return replace(listed, answer=f"{self._hosts(proposal, lang)}\n{listed.answer}",
                               sources=(*listed.sources, *(
                                   s for named in region for s in self._regions.sources(named))))
            if proposal.qualifier == EACH_NAMED:  # each row as its own table says it
                return replace(listed, answer="\n".join(
                    f"{BULLET}{self._text('item', self._rows[r], lang)}" for r in proposal.rows))
            if proposal.qualifier.startswith(IN_YEAR):  # what the tables hold, not all
                year = proposal.qualifier.removeprefix(IN_YEAR)
                lines = [TEXTS[lang]["in_a_year"].format(year=year)]
                for row_id in proposal.rows:
                    held = self._rows[row_id]
                    table = self.kb.tables[held.table]
                    # "Russia (since 2005)" says what it is only under its table's name; a
                    # numbered meeting's item names the meeting
                    meetings = any(r.ordinal for r in table.rows) and any(
                        r.cities for r in table.rows)
                    named = "" if meetings else f"{table.name[lang]} — "
                    # (with what it did, its outcome's first sentence: "tahun 1972 oki
                    # ngapain" listed the 3rd CFM, never saying it adopted the Charter)
                    did = next(iter(sentences(held.outcome[lang])), "") if held.outcome and \
                        lang in held.outcome else ""
                    lines.append(f"• {named}{self._text('item', held, lang)}"
                                 + (f" — {did}" if did else ""))
                return replace(listed, answer="\n".join(lines),
                               title=TEXTS[lang]["in_a_year_title"].format(year=year))
            return listed
        reply = self.row_reply(proposal.key, lang, question, score, **meta)
        if proposal.qualifier.startswith(SITS_ON):  # yes or no, and who does sit on it
            return replace(reply, answer=f"{self._sits_on(proposal, lang)}\n{reply.answer}")
        if proposal.qualifier.startswith(IN_OFFICE_THAN):  # of two, which served longer
            which, _, other_id = proposal.qualifier.removeprefix(IN_OFFICE_THAN).partition(":")
            told, other = self._rows[proposal.key], self._rows[other_id]
            lines = [TEXTS[lang][f"in_office_{which}"].format(
                name=self._name(told, lang), other=self._name(other, lang)),
                *(f"{BULLET}{self._text('item', r, lang)}" for r in (told, other))]
            return replace(reply, answer="\n".join(lines), sources=tuple(
                dict.fromkeys([*reply.sources, *other.sources])),
                related=(Link(told.id, self.row_title(told.id, lang)),
                         Link(other.id, self.row_title(other.id, lang))))
        if proposal.qualifier.startswith(VERSUS):  # the others named, under the first line
            first = reply.answer.splitlines()[0]
            versus = [self._rows[r] for r in proposal.qualifier.removeprefix(VERSUS).split(",")]
            others = [f"{BULLET}{self._text('item', r, lang)}" for r in versus]
            told = self._rows[proposal.key]
            if told.start:  # (the dates compared, said first)
                first = TEXTS[lang]["came_first" if _before(told, versus[0]) else
                                    "came_later"].format(
                    name=self._name(told, lang), start=self._where_when(told, lang),
                    others=f" {TEXTS[lang]['and']} ".join(
                        f"{self._name(r, lang)} ({self._where_when(r, lang)})"
                        for r in versus if r.start)) + "\n" + first
            # (the told row's details stay behind its button: under the others' names they
            # read as theirs; the others' dates are said by their own sources)
            return replace(reply, answer="\n".join([first, *others]), sources=tuple(
                dict.fromkeys([*reply.sources, *(s for r in versus for s in r.sources)])),
                related=(Link(told.id, self.row_title(told.id, lang)), *(
                    Link(r.id, self.row_title(r.id, lang)) for r in versus)))
        if proposal.qualifier.startswith(COUNTING):
            return replace(reply, answer=f"{self._count(proposal, lang)}\n{reply.answer}")
        if proposal.qualifier in (EARLIEST_KNOWN, COUNTED, *TENURES):
            key = {EARLIEST_KNOWN: "earliest_known", COUNTED: "counted"}.get(
                proposal.qualifier, proposal.qualifier)
            if key in TENURES and self.kb.tables[self._rows[proposal.key].table].of_meetings:
                key += "_held"  # "Which summit lasted longest?"
            caveat = TEXTS[lang][key].format(title=reply.title)
            # (one line: a phone shows it with the row's, not alone, "Dihitung menurut urutan
            # dalam sumber kami ...: KTT Gabungan Arab-Islam 2024." and nothing of the summit)
            return replace(reply, answer=f"{caveat} {reply.answer}")
        return reply

    def _sits_on(self, proposal: Proposal, lang: str) -> str:
        """ "No: Malaysia is not among the 16 members our sources list for the Al-Quds
        Committee (Morocco, ...)", or, no country claimed, the members."""
        row = self._rows[proposal.key]
        code = proposal.qualifier.removeprefix(SITS_ON)
        denied, code = code.endswith(DENIED), code.removesuffix(DENIED)
        body = (row.name or {}).get(lang) or self.row_title(row.id, lang)
        said = TEXTS[lang]["members_of" if not code else "sits_on" if code in row.members
                           else "sits_not"].format(
            country=self._country_name(code, lang), n=len(row.members),
            body=body[0].lower() + body[1:] if body.startswith("The ") else body,
            names=", ".join(self._country_name(c, lang) for c in row.members))
        return said.split(": ", 1)[1] if denied else said

    def _between(self, proposal: Proposal, lang: str) -> str:
        """The time from one meeting's opening to the next's, in years and months as far as
        their dates go."""
        texts = TEXTS[lang]
        earlier, later = (self._rows[r] for r in proposal.rows)
        assert earlier.start is not None and later.start is not None  # (_gap says so)
        a, b = earlier.start, later.start
        names = {"first": self._name(earlier, lang), "second": self._name(later, lang)}
        if a.month is None or b.month is None:  # (no arithmetic finer than the dates)
            return texts["gap_years"].format(start=a.year, end=b.year, **names)
        months = (b.year - a.year) * 12 + b.month - a.month - (
            a.day is not None and b.day is not None and b.day < a.day)
        years, months = divmod(months, 12)
        span = " ".join(filter(None, (
            texts["n_years_one" if years == 1 else "n_years"].format(n=years) if years else "",
            texts["and"] if years and months else "",
            texts["n_months_one" if months == 1 else "n_months"].format(n=months)
            if months else "")))
        return texts["gap"].format(span=span, **names)

    def _name(self, row: Row, lang: str) -> str:
        """A row's name within a sentence ("the Al-Quds Committee"), its holder's for an
        office ("Azeddine Laraki"), or its label where it has neither ("1st Islamic Summit":
        a numbered meeting)."""
        name = row.name[lang] if row.name else row.holder[lang] if row.holder else \
            self._label(row, self._values(row, lang), lang)
        return "t" + name[1:] if name.startswith("The ") else name

    def _where_when(self, row: Row, lang: str) -> str:
        """When a row began, and where, for a meeting ("Kuwait, 26 January 1987")."""
        values = self._values(row, lang, False)
        where = values.get("city") or values.get("country")
        return f"{where}, {values['start']}" if where and self.kb.tables[row.table].of_meetings \
            else values["start"]

    def _called(self, rows: list[Row], lang: str) -> str:
        """What rows of one table are called together: their kind's plural where they are of
        one ("the ordinary Islamic Summits"), else the table's name."""
        table = self.kb.tables[rows[0].table]
        kinds = {r.kind for r in rows}
        return table.kinds[kinds.pop()].plural[lang] if len(kinds) == 1 and table.kinds \
            else table.name[lang]

    def _hosts(self, proposal: Proposal, lang: str) -> str:
        """ "Most often host of the ordinary Islamic Summits in our sources: Morocco, 3 times:"
        (or each city or country that hosted more than one, with how many)."""
        which, by, times, *region = proposal.qualifier.split(":")
        rows = [self._rows[r] for r in proposal.rows]
        table = self.kb.tables[rows[0].table]
        meetings = self._called(rows, lang)
        counted = {p: n for p, n in Counter(
            place for r in rows for place in _hosted_by(r, by)).items()
                   if n > 1 and (which + ":" == REPEATED or str(n) == times)}
        name = {p: self.kb.places[p].name[lang] if by == "city" else self._country_name(p, lang)
                for p in counted}
        held = table.of_meetings  # (else office holders, from: "the most Secretaries-General")
        if which + ":" == REPEATED:
            said = TEXTS[lang]["repeated_hosts" if held else "repeated_from"].format(
                meetings=meetings, names=", ".join(f"{name[p]} ({n})" for p, n in counted.items()))
        else:
            *others, last = [name[p] for p in counted]
            names = f"{', '.join(others)} {TEXTS[lang]['and']} {last}" if others else last
            key = "most_hosts" if held else "most_from"
            said = TEXTS[lang][key if len(counted) == 1 else key + "_each"].format(
                meetings=meetings, names=names, n=times)
        return TEXTS[lang]["hosts_in_region"].format(region=self.kb.regions[region[0]].name[
            lang]) + "\n" + said if region else said

    def _count(self, proposal: Proposal, lang: str) -> str:
        """ "Our sources list 10 (7 extraordinary Islamic Summits, 3 joint Arab-Islamic
        summits):": how many, by kind where the rows are of several."""
        rows = [self._rows[r] for r in proposal.rows or (proposal.key,)]
        total, some, _ = proposal.qualifier.removeprefix(COUNTING).partition(SOME)
        kinds = Counter(r.kind for r in rows if r.kind)
        if some and (last := self._last_numbered(rows)):
            # "Berapa kali KTM OKI diadakan?": the latest one's number says how many there
            # were, which the rows our sources list do not (it said 29, "maybe more")
            plural = self.kb.tables[last.table].kinds[last.kind].plural[lang]
            return TEXTS[lang]["counting_numbered"].format(
                n=last.ordinal, meetings=plural[0].lower() + plural[1:],
                nth=ordinal(last.ordinal or 0, lang), held=self._where_when(last, lang),
                total=total)
        if some:  # "Dhaka sudah berapa kali ...?": 1 is all our sources list, not all there were
            return TEXTS[lang]["counting_some"].format(n=total)
        if len(kinds) < 2:
            return TEXTS[lang]["counting"].format(n=total)
        table = self.kb.tables[rows[0].table]
        detail = ", ".join(
            f"{n} {(table.kinds[kind].name if n == 1 else table.kinds[kind].plural)[lang]}"
            for kind, n in kinds.items())
        return TEXTS[lang]["counting_kinds"].format(n=total, kinds=detail)

    def _last_numbered(self, rows: list[Row]) -> Row | None:
        """The row numbered highest of all held of one kind of a table, where it is the latest
        too: none where only some are counted ("in Pakistan"), which its number says nothing
        of."""
        table = self.kb.tables[rows[0].table]
        kinds = {r.kind for r in rows}
        numbered = [r for r in rows if r.ordinal]
        if len(kinds) != 1 or not numbered or {r.id for r in rows} != {
                r.id for r in table.rows if r.kind in kinds and r.status != "planned"}:
            return None
        last = max(numbered, key=lambda r: r.ordinal or 0)
        return last if last.start and all(
            r.start is None or r.start.first() <= last.start.first() for r in rows) else None

    @cached_property
    def said_by_one_row(self) -> dict[str, str]:
        """Each name (a word written capitalised: a person, a place, a theme's word) that
        exactly one row of all the tables says, with that row."""
        said: dict[str, str | None] = {}
        for row_id, row in self._rows.items():
            names = {token for lang in ("id", "en") for what in ("title", "answer")
                     for word in _WORD.findall(self._text(what, row, lang)) if word[0].isupper()
                     for token in self._normalize(word).tokens}
            for word in names:
                said[word] = row_id if word not in said else None
        return {word: row_id for word, row_id in said.items() if row_id is not None}

    def row_words(self, row_id: str) -> frozenset[str]:
        """The words of a row's title and answer, in both languages (read once)."""
        found = self._row_texts.get(row_id)
        if found is None:
            row = self._rows[row_id]
            found = self._row_texts[row_id] = frozenset(
                t for lang in ("id", "en") for what in ("title", "answer")
                for t in self._normalize(self._text(what, row, lang)).tokens)
        return found

    def _note_counts(self, row: Row, counted: str) -> bool:
        """Whether a row's note gives a number of ``counted`` ("hadir sekitar 600 delegasi dari
        58 negara": how many countries came to the 45th CFM), or how it was elected, or what
        it decided ("32 suara": how many votes İhsanoğlu won, said to be unrecorded)."""
        return self._gives_count_of([text for said in (row.note, row.elected, row.outcome)
                             for text in (said or {}).values()], counted, row.id)

    def _gives_count_of(self, texts: Sequence[str], counted: str, key: str = "") -> bool:
        """Whether ``texts`` give a number of ``counted`` ("24 sidang"; not "sidang pertamanya
        ... 1984", which gives a year), remembered under ``key`` when one is given."""
        found = self._counts_said.get(key) if key else None
        if found is None:
            found = frozenset(
                following for text in texts for tokens in (self._normalize(text).tokens,)
                for number, following in itertools.pairwise(tokens) if number.isdigit())
            found = found.union(*map(stems, found))
            if key:
                self._counts_said[key] = found
        return counted in found or not stems(counted).isdisjoint(found)

    def knows(self, row_id: str) -> bool:
        return row_id in self._rows

    def row_text(self, row_id: str, lang: str) -> str:
        """A row's title and answer in ``lang``, as shown."""
        row = self._rows[row_id]
        return f"{self._text('title', row, lang)}\n{self._text('answer', row, lang)}"

    def row(self, row_id: str) -> Row | None:
        return self._rows.get(row_id)

    def row_reply(self, row_id: str, lang: str, question: str = "", score: float = 1.0,
                  **meta: Any) -> Reply:
        """One row as an answer: the direct answer first, then details, its note, sources."""
        row = self._rows[row_id]
        title = self.row_title(row_id, lang)
        return Reply(
            question=question or title, kind="answer", lang=lang, intent=row.id,
            confidence=score, answer=self._text("answer", row, lang), sources=row.sources,
            related=self._neighbours(row, lang), entry=row.id, title=title, as_of=row.as_of,
            checked=row.checked, **meta)

    def _put_elsewhere(self, row: Row, table: Table, question: _Question) -> bool:
        """Whether the question puts ``row`` in a city it is not in: one city, not that of
        the meeting a time word relates it to ("after Tehran in 1997, which city ..."), nor,
        for a body, one naming a meeting or a document ("IPHRC dibentuk pada KTT Makkah",
        "the Rabat summit", "Deklarasi Kairo"), or with a year."""
        if len({h.value for h in question.places}) != 1 or question.relative is not None \
                or question.places[0].value in (*row.cities, *row.reported_in):
            return False
        if table.of_meetings:
            return True
        if question.places[0].tokens <= self.row_words(row.id) \
                and (SEAT_WORDS | SEAT_VERBS).isdisjoint(question.tokens):
            return False  # (a city its record names for what happened there, not said to be
            # its seat: "IPHRC first session-nya di Jakarta kapan?" was told "Bukan di
            # Jakarta", a true premise denied; "The PUIC is headquartered in Jakarta?" is not)
        spans = [question.tokens.index(t) for t in question.places[0].tokens]
        if question.years:  # (a body "launched in Jakarta in 2011": a meeting, not its seat)
            return False
        around = question.tokens[max(0, min(spans) - 2):max(spans) + 2]
        # (nor a place said to host a meeting of it: "Jakarta pernah jadi tuan rumah sidang
        # pertama IPHRC kapan?" was told "Not in Jakarta: in Jeddah", its seat; nor where it
        # met or keeps another office: "PUIC pernah bersidang di Jakarta?", "IsDB punya kantor
        # regional di Jakarta?")
        return not (DOCUMENT_WORDS | MEETING_WORDS).intersection(around) and not (
            HOST_WORDS.intersection(question.tokens)
            and MEETING_WORDS.intersection(question.tokens)) and BODY_MET.isdisjoint(
            question.tokens)

    def _names_another_meeting(self, table: Table, question: _Question) -> bool:
        """Whether the question names, by its city and no number, a meeting that none of this
        table's rows is: "Was the 2019 Kuala Lumpur Summit an attempt to replace the OIC?" is
        about a summit outside the OIC, not the 14th put in the wrong city."""
        if not table.of_meetings or question.ordinals or len(question.places) != 1:
            return False
        place = question.places[0]
        if any(place.value in r.cities for r in table.rows):
            return False
        spans = [question.tokens.index(t) for t in place.tokens]
        beside = question.tokens[max(0, min(spans) - 1):max(spans) + 2]
        return not MEETING_WORDS.isdisjoint(beside)

    @staticmethod
    def shows_detail(qualifier: str) -> bool:
        """Whether a row's reply shows the detail asked of it first: with no caveat, or one
        that opens its own line ("Not at the 48th Session …"), or the order counted, which
        its title says too ("What was the second Arab-Islamic summit about?" showed where
        and when, what it decided past "More"); not a list's caveat, nor that our sources do
        not say which was the first."""
        return not qualifier or qualifier == COUNTED \
            or qualifier.startswith((ELSEWHERE, FROM_ELSEWHERE, OTHER_YEAR, MISNAMED, NOT_AT,
                                     NOT_CHAIR, NOT_HOLDER, NOT_HELD_NOW, ANOTHER))

    def caveated(self, reply: Reply, qualifier: str) -> Reply:
        """A row's reply opened by the caveat its qualifier says, if it says one."""
        caveats: tuple[tuple[str, Callable[[Reply, str], Reply]], ...] = (
            (NOT_HOLDER, self.not_that_holder), (NOT_HELD_NOW, self.not_holding_now),
            (ELSEWHERE, self.elsewhere), (FROM_ELSEWHERE, self.from_elsewhere),
            (OTHER_YEAR, self.other_year),
            (MISNAMED, self.misnamed),
            (OTHER_KIND, self.other_kind), (ANOTHER, self.another), (NOT_AT, self.not_at),
            (NOT_CHAIR, self.not_chair), (DECLARED, self.not_at_meeting))
        return next((say(reply, qualifier) for prefix, say in caveats
                     if qualifier.startswith(prefix)), reply)

    def not_at(self, reply: Reply, qualifier: str) -> Reply:
        """An office holder's reply opened by saying the meeting named did not choose them, and
        which did (the row's own line says it later, past what a phone shows first)."""
        holder, lang = self._rows[reply.entry or ""], reply.lang
        caveat = TEXTS[lang]["not_chosen_at"].format(
            meeting=self.row_title(qualifier.removeprefix(NOT_AT), lang),
            holder=(holder.holder or {}).get(lang, holder.id),
            chosen=self.row_title(holder.elected_at or "", lang))
        return replace(reply, answer=f"{caveat} {reply.answer}")  # (one line: a phone shows it)

    def not_that_holder(self, reply: Reply, qualifier: str) -> Reply:
        """A holder's reply opened by saying the person the question named is none of them
        (one line: the holder asked of follows at once)."""
        row = self._rows.get(reply.entry or "")
        if row is None:  # (the whole list's reply says it in its own words)
            return reply
        name, lang = qualifier.removeprefix(NOT_HOLDER), reply.lang
        caveat = TEXTS[lang]["not_that_holder"].format(
            person=_spoken_name(name), table=self.kb.tables[row.table].name[lang])
        held = self._holding_another(name, row.id)
        if held is not None:  # ("Is Barrow the secretary general now?": he chairs the summit)
            caveat = caveat.removesuffix(".") + " " + TEXTS[lang]["named_as"].format(
                named=_spoken_name(name),
                office=self.kb.tables[held.table].kinds[held.kind].name[lang])
            return replace(reply, answer=f"{caveat}\n{reply.answer}",  # (it opens the answer)
                           sources=tuple(dict.fromkeys((*reply.sources, *held.sources))))
        return replace(reply, answer=f"{caveat} {reply.answer}")

    def not_holding_now(self, reply: Reply, qualifier: str) -> Reply:
        """The holder's reply opened by saying the person named is not the one now (our
        tables may not list everyone who ever held it, so no more is said of them), and what
        they hold now if another table names them ("Is Taha the chairman of the OIC now?"
        was told "Not Taha" without a word of his being the Secretary-General)."""
        name = qualifier.removeprefix(NOT_HELD_NOW)
        named, lang = _spoken_name(name), reply.lang
        caveat = TEXTS[lang]["another_one"].format(named=named)
        held = self._holding_another(name, reply.entry)
        if held is None:
            return replace(reply, answer=f"{caveat}\n{reply.answer}")
        caveat = TEXTS[lang]["holds_another"].format(
            named=named, office=self.kb.tables[held.table].kinds[held.kind].name[lang])
        # (with the sources naming them so)
        return replace(reply, answer=f"{caveat}\n{reply.answer}",
                       sources=tuple(dict.fromkeys((*reply.sources, *held.sources))))

    def _holding_another(self, name: str, asked: str | None) -> Row | None:
        """The row of another office whose holder now is the person ``name`` says (asked
        of the office of row ``asked``)."""
        own = [t for t in name.split() if t not in PERSON_TITLES | NAME_LINKS]
        row = self._rows.get(asked or "")
        return next((now for table in self.kb.tables.values() if (now := _holder_now(table))
                     is not None and (row is None or now.table != row.table) and own
                     and all(any(ratio(t, word) >= HOLDER_LIKE for word in
                                 self._holder_words((now,))) for t in own)), None)

    def elsewhere(self, reply: Reply, qualifier: str) -> Reply:
        """A meeting's (or a body's) reply opened by where it was, when the question put it
        elsewhere."""
        row = self._rows[reply.entry or ""]
        where = qualifier.removeprefix(ELSEWHERE)  # a city, or a country's code
        name = self.kb.places[where].name[reply.lang] if where in self.kb.places \
            else self._country_name(where, reply.lang)
        held = " / ".join(self.kb.places[c].name[reply.lang] for c in row.cities)
        caveat = TEXTS[reply.lang]["not_there"].format(asked=name, held=held)
        return replace(reply, answer=f"{caveat} {reply.answer}")  # (one line: a phone shows it)

    def from_elsewhere(self, reply: Reply, qualifier: str) -> Reply:
        """An office holder's reply opened by where they are from, when the question said
        another country."""
        row = self._rows[reply.entry or ""]
        assert row.country is not None
        caveat = TEXTS[reply.lang]["not_from"].format(
            asked=self._country_name(qualifier.removeprefix(FROM_ELSEWHERE), reply.lang),
            held=self._country_name(row.country, reply.lang))
        return replace(reply, answer=f"{caveat} {reply.answer}")  # (one line: a phone shows it)

    @staticmethod
    def other_year(reply: Reply, qualifier: str) -> Reply:
        """A meeting's reply opened by its year ("otheryear:<asked>:<held>"), when the
        question put it in another."""
        asked, held = qualifier.removeprefix(OTHER_YEAR).split(":")
        caveat = TEXTS[reply.lang]["not_that_year"].format(asked=asked, held=held)
        return replace(reply, answer=f"{caveat} {reply.answer}")  # (one line: a phone shows it)

    @staticmethod
    def _a_meetings_year(question: _Question) -> bool:
        """Whether the one year a question names dates a meeting, not a document ("Piagam
        lama (1972)")."""
        tokens = question.tokens
        at = next(i for i, t in enumerate(tokens) if t in question.years[0][1] and YEAR.match(t))
        return not DOCUMENT_WORDS.intersection(tokens[max(0, at - 2):at])

    def another(self, reply: Reply, qualifier: str) -> Reply:
        """A row's reply opened by saying it is not the one the question named."""
        named = self._rows[qualifier.removeprefix(ANOTHER)]
        said = (named.holder or {}).get(reply.lang) or (named.name or {}).get(reply.lang)
        caveat = TEXTS[reply.lang]["another_one"].format(
            named=said or self.row_title(named.id, reply.lang))
        return replace(reply, answer=f"{caveat}\n{reply.answer}")

    def _note_names_kind(self, row: Row, kinds: Iterable[str]) -> bool:
        """Whether a row's note says it is of one of ``kinds`` too ("IUT is also one of the
        five affiliated or subsidiary universities": "Is IUT an OIC university?" was told
        "No: it is a subsidiary organ, not an affiliated or subsidiary university")."""
        names, note = self.kb.tables[row.table].kinds, row.note or {}
        return any(names[kind].name[lang].lower() in text.lower()
                   for kind in kinds if kind in names for lang, text in note.items())

    def other_kind(self, reply: Reply, qualifier: str) -> Reply:
        """A row's reply opened by saying it is not of the kind the question called it."""
        row = self._rows[reply.entry or ""]
        kinds = self.kb.tables[row.table].kinds
        caveat = TEXTS[reply.lang]["other_kind"].format(
            title=self.row_title(row.id, reply.lang), kind=kinds[row.kind].name[reply.lang],
            named=kinds[qualifier.removeprefix(OTHER_KIND)].name[reply.lang])
        return replace(reply, answer=f"{caveat}\n{reply.answer}")

    def misnamed(self, reply: Reply, qualifier: str) -> Reply:
        """A meeting's reply opened by saying it is not of the kind the question named."""
        kind, _, year = qualifier.removeprefix(MISNAMED).partition(":")
        row = self._rows[reply.entry or ""]
        named = self.kb.tables[row.table].kinds[kind].name[reply.lang]
        label = self._label(row, self._values(row, reply.lang), reply.lang)
        # (its title only where the answer's first sentence does not name it: "It elected")
        title = "" if label in sentences(reply.answer)[0] else \
            " " + self.row_title(row.id, reply.lang) + "."
        caveat = TEXTS[reply.lang]["not_that_kind"].format(kind=named, year=year) + title
        return replace(reply, answer=f"{caveat} {reply.answer}")

    def _claimed_elsewhere(self, row: Row, tokens: tuple[str, ...]) -> frozenset[str]:
        """The words naming a country or place a question puts a meeting in, where it was held
        elsewhere: a claim its first line corrects, not a detail asked ("KTT OKI ke-15
        diselenggarakan di Arab Saudi?" showed first the sentence on the chair Saudi Arabia
        handed over, Banjul behind it)."""
        if not self.is_meeting(row.id) or row.country is None:
            return frozenset()
        spans = [(start, end) for start, end, places in self._place_names.find(tokens)
                 if places.isdisjoint((*row.cities, *row.reported_in))]
        for code, phrase in self._countries.find_all(tokens):
            if code != row.country:
                spans += [(start, start + len(phrase)) for start in range(len(tokens))
                          if tokens[start:start + len(phrase)] == phrase]
        # (only where it is said to be: "Was Syria suspended at the 2012 Makkah summit?" names
        # Syria as what the meeting acted on)
        return frozenset(word for start, end in spans if start and tokens[start - 1] in HELD_AT
                         for word in tokens[start:end])

    def with_asked_detail(self, reply: Reply, tokens: tuple[str, ...],
                          named: Iterable[str] = (),
                          words_of: Callable[[str], frozenset[str]] | None = None) -> Reply:
        """A row's reply with the detail the question asks for (its theme, its chair, what it
        decided) moved up into the first line, after where and when: a phone shows that line,
        and the rest behind "More". A detail is asked for by its word ("theme", "who") or by
        naming what it says and the first line does not ("Was Syria suspended at the 2012
        Makkah summit?": ``named`` are the question's salient words, ``words_of`` a text's
        words with their stems)."""
        row = self._rows.get(reply.entry or "")
        if row is None:
            return reply
        asked = {f for name in DETAIL_ASKS for f in ASK_FIELDS[name][1]
                 if ASK_FIELDS[name][0].intersection(tokens)}
        if not (HANDING | PASSING).isdisjoint(tokens):
            asked.add("previous")  # "Who handed the chair to Egypt?": "It took over from ..."
        if row.elected and (ELECTED.intersection(tokens) or (
                TERMS_ASKED.intersection(itertools.pairwise(tokens))
                and REELECTED.search(row.elected[reply.lang]))):
            asked.add("elected")  # "Di kota mana Laraki terpilih jadi Sekjen?"
        if self.is_meeting(row.id) and (CALLED.intersection(tokens) or NAMED_AS.intersection(
                itertools.pairwise(tokens))):
            asked.add("theme")  # "What was the 3rd OIC summit called?" (not a word rows explain:
            # "why is it called cooperation now" is the name change)
        if self.is_meeting(row.id) and not (CREATED | HAPPENED).isdisjoint(tokens):
            asked.add("outcome")  # "What did the 8th CFM set up?": what its resolutions did;
            # "What was the 2nd extraordinary summit about?", "What happened at the 47th CFM?"
        if "start" in asked:
            # when, asked of a body, is its founding year ("when was IRCICA set up?" was
            # told where it is; not "where was the summit that created it held?"); a
            # meeting's first line says when
            asked.discard("start")
            if not self.is_meeting(row.id) and asked_shape(tokens) in ("year", None):
                asked |= TIME_VALUES
        lines = reply.answer.splitlines()
        if asked & {"holder", "chair"} and row.chair and words_of is not None and row.note and any(
                predicate_shaped(t) and t not in WHO_ASKS | HOST_WORDS and any(
                    said(t, words_of(s)) for s in sentences(row.note[reply.lang]))
                for at, w in enumerate(tokens) if w in WHO_ONLY
                for t in tokens[at + 1:at + 3]):
            # who did what its note tells, not who chaired it ("Siapa yang meminta Indonesia
            # jadi tuan rumah KTT LB 2016?" was told Jokowi chaired it; Abbas asked) (who
            # hosted it is who chaired it: "who hosted the 10th summit" lost its chair to a
            # note saying "hosted by")
            asked -= {"holder", "chair"}
        # (and what "how many" counts: "How many countries attended the 45th CFM?")
        # (a word that asks for a field asks for no other sentence: "tuan rumah", "held")
        counted = counted_word(tokens)
        # (but "born": the note says it, of the few whose it does)
        unsaid = {*named, counted} - {""} - (ASKS - LIFE) - words_of(lines[0]) \
            - self._claimed_elsewhere(row, tokens) if words_of is not None else set()
        # (where, asked of a row whose first line names no place: the note's sentence naming
        # one, "headquartered in Tehran" of an observer)
        placed = self._placed_by_note.get((row.id, reply.lang), ()) \
            if asked_shape(tokens) == "place" and not self.places(
                self._normalize(lines[0]).tokens) else ()
        # (where a body began, asked of one whose first line gives only its seat: the note's
        # sentence naming a place and saying so goes first, "launched when the 38th CFM
        # (Astana, June 2011) ...")
        begun_unsaid = False
        if words_of is not None and row.note and asked_shape(tokens) == "place" \
                and not self.is_meeting(row.id):
            begun = BEGUN.intersection(tokens)
            begun_unsaid = bool(begun) and not any(said(w, words_of(lines[0])) for w in begun)
            if begun_unsaid:
                placed = tuple(s for s in sentences(row.note[reply.lang])
                               if self.places(self._normalize(s).tokens)
                               and any(said(w, words_of(s)) for w in begun))
        career = bool(_career_asked(tokens))  # (what they did before: the sentence saying so)
        # (which meeting made a body whose first line names none: its note's sentence naming
        # one; "which meeting created the al quds committee" was told the year, "the 6th
        # Islamic Conference of Foreign Ministers" past "More")
        convened = not self.is_meeting(row.id) and _which_meeting(tokens) \
            and not self.meeting_spans(self._normalize(lines[0]).tokens)
        # (who sits on a body that lists its members: "Which countries are in the OIC Kashmir
        # contact group?" showed what the group is, its members past "More")
        seated = bool(row.members) and not (MEMBERS_ASKED | SEATED).isdisjoint(tokens)
        # (why a meeting met: its note's sentence giving a reason, "KTT luar biasa keenam OKI
        # diadakan karena apa?" showed where and when, the US decision on Jerusalem past "More")
        reason = reason_asked(tokens)
        # (what a meeting decided or was about: its note's sentence saying a decision, "Sidang
        # luar biasa CFM ke-17 tentang apa?" showed where and when, Afghanistan past "More")
        decided = outcome_asked(tokens) and self.is_meeting(row.id)
        # (what made it special: its note's sentence marking an occasion or a first)
        special = not SPECIAL_ASKED.isdisjoint(tokens)
        # (how long, asked of any row: its note's sentence giving a span, "How long will
        # Azerbaijan's chairmanship last?" showed when it takes over, "the next two years" past
        # "More")
        span = asked_shape(tokens) == "duration" and not DURATION.search(lines[0])
        if not asked and not unsaid and not placed and not career and not seated and not reason \
                and not decided and not span and not special and not convened:
            return reply
        values = self._values(row, reply.lang)
        fits = self._fits(row, values)
        templates = self.kb.tables[row.table].templates
        # its details, then what its note says ("hadir sekitar 600 delegasi dari 58 negara")
        details = [(_render(t, values, reply.lang), t.fields) for t in templates.details
                   if fits(t)]
        # (its first sentence says what a body is for: "COMCEC bergerak di bidang apa?")
        details += [(sentence, frozenset({"note"} if at == 0 else ())) for at, sentence in
                 enumerate(sentences(row.note[reply.lang]))] if row.note else []
        # (who, asked of a row with no chair: the note's sentence on a person, "It was hosted
        # by Prime Minister Mahathir Mohamad")
        who = set(ASK_FIELDS["who"][1])
        person = bool(asked & who) and not any(fits(t) and who & set(t.fields)
                                               for t in templates.details)

        def telling_of(sentence: str, among: set[str]) -> set[str]:
            # (what is counted, told with a figure: "238 resolusi", not "dibentuk oleh resolusi")
            # (a deed, in another form too: "meminta", asked; "atas permintaan", at the request)
            words = words_of(sentence) if words_of is not None else frozenset()
            return {w for w in among if (w in words or (w.startswith(DEED_PREFIXES) and said(
                w, words))) and (w != counted or self._gives_count_of((sentence,), counted))}

        # (a sentence telling only some of what another tells is not wanted for them: "Pidato
        # Mahathir ... dikritik karena apa?" showed "Chaired by ... Mahathir", and the speech
        # was cut off)
        told = [telling_of(sentence, unsaid) for sentence, _ in details]
        outdone = {sentence for (sentence, _), some in zip(details, told, strict=True)
                   if any(some < more for more in told)}
        wanted = []
        told_any = False  # (a sentence wanted for saying the question's words)
        for sentence, fields in details:  # (each says something the ones before it did not)
            words = words_of(sentence) if words_of is not None else frozenset()
            telling = set() if sentence in outdone else telling_of(sentence, unsaid)
            if fields & asked or telling or sentence in placed or (person and not fields - {"note"}
                                             and not PERSON_TITLES.isdisjoint(words)) or (
                    career and not CAREER_SAID.isdisjoint(words)) or (
                    convened and self._made_at_a_meeting(sentence)) or (
                    seated and not MEMBERS_ASKED.isdisjoint(words)) or (
                    reason and bool(REASON.search(sentence))) or (
                    decided and bool(OUTCOME.search(sentence))) or (
                    special and bool(DISTINCTION.search(sentence))) or (
                    span and bool(DURATION.search(sentence))):
                wanted.append(sentence)
                unsaid -= telling
                told_any = told_any or bool(telling)
        rest = lines[1:]
        for sentence in wanted:
            at = next((i for i, line in enumerate(rest) if sentence in line), None)
            if at is None:
                return reply
            rest[at] = " ".join(rest[at].replace(sentence, "", 1).split())
        if not wanted:
            return reply
        # (first, when both would not fit what a phone shows and the question asks for the
        # detail, not where or when: the title above says which meeting "This summit ..." is)
        # So, too, for a place asked of a row held nowhere (a Secretary-General): the detail
        # saying where would else be cut off ("Where was Ihsanoglu elected?" showed his years
        # in office)
        first = [lines[0], *wanted]
        # (a year the question names that a wanted sentence says and the first line does not,
        # saying none it names: "When did the Kashmir Contact Group hold an urgent meeting in
        # 2019?" showed "Founded: 1994", the meeting of 6 August 2019 cut off after it; not a
        # year it began in, which the first line's founding year settles)
        named_years = _years(tokens)
        pinned = named_years & _years(self._normalize(" ".join(wanted)).tokens) if (
            named_years.isdisjoint(_years(self._normalize(lines[0]).tokens))
            and (BEGUN | CREATED).isdisjoint(tokens)
            and not (asked & who and _in_term(row, named_years))) else frozenset()
        # (not what a body is for: its first line says what and where it is, which a claim
        # about its seat needs told, "SESRIC berkedudukan di Istanbul. Apa saja tugasnya?")
        if len(" ".join(first)) > LEAD_CHARS and (
                (asked - {"note"} - TIME_VALUES and row.cities and asked_shape(tokens) is None
                 and HOST_WORDS.isdisjoint(tokens))  # ("tuan rumah ... siapa": the host too)
                or (not row.cities and asked_shape(tokens) == "place"
                    and not self._origin_said(row, tokens, lines[0], reply.lang))
                or begun_unsaid
                or self._elected_first(row, asked, tokens, told_any)
                or (told_any and row.cities and asked_shape(tokens) is None
                    and (HOST_WORDS | BEING).isdisjoint(tokens))
                or (counted and self._gives_count_of(wanted, counted)) or career or seated
                or decided or span or special or pinned
                or (convened and any(map(self._made_at_a_meeting, wanted)))):
            # (the sentence saying them before one saying only when the body began; so, too,
            # the one saying which meeting made it)
            wanted.sort(key=lambda sentence: (
                pinned.isdisjoint(_years(self._normalize(sentence).tokens)),
                not (convened and self._made_at_a_meeting(sentence))))
            first = [*wanted, lines[0]]
        moved = [" ".join(first), *rest]
        return replace(reply, answer="\n".join(line for line in moved if line))

    def _made_at_a_meeting(self, sentence: str) -> bool:
        """Whether a sentence says a body was made by a meeting it names ("set up by ... the
        6th Islamic Conference of Foreign Ministers"), not only that it met ("Indonesia hosted
        its first meeting")."""
        tokens = self._normalize(sentence).tokens
        return not (BEGUN | CREATED).isdisjoint(tokens) and self.names_a_meeting(tokens)

    def _origin_said(self, row: Row, tokens: tuple[str, ...], first: str, lang: str) -> bool:
        """Whether a question asks where a person comes from, and the row's first line says it
        ("Hissein Brahim Taha (Chad)"): "who is the 12th sg and where is he from" was shown
        the sentences of the note on him first, his name and country past "More"."""
        return not ORIGIN_ASKED.isdisjoint(tokens) and row.country is not None \
            and self._country_name(row.country, lang) in first

    @staticmethod
    def _superlative_of_another(table: Table, question: _Question) -> bool:
        """Whether the words right after a superlative name another table the question
        names, and not ``table`` ("the first *Islamic summit*"), or, in Indonesian, right
        before it ("Komite Al-Quds dibentuk oleh *KTT OKI* pertama kan?" got the General
        Secretariat, the earliest body known)."""
        assert question.superlative is not None
        at = [i for i, t in enumerate(question.tokens) if t in question.superlative.tokens]
        if not at:
            return False
        after = range(max(at) + 1, max(at) + 3)
        # (not "now", which follows whatever it dates: "yg jd ketua oki skrg ... yg sekjen")
        before = range(min(at) - 2, min(at)) if question.superlative.value != "current" \
            else range(0)
        owners = {name for name, spans in question.tables.items()
                  for start, end in spans if start in after or end - 1 in before}
        return bool(owners) and table.id not in owners

    def _elected_first(self, row: Row, asked: set[str], tokens: tuple[str, ...],
                       told: bool) -> bool:
        """Whether how a former office holder (one chosen: a Secretary-General) was chosen,
        or the sentence saying what the question says (``told``), goes before their years in
        office, when both do not fit what a phone shows ("Iyad Madani dipilih jadi Sekjen di
        KTT mana?", "Why did Madani resign?" showed his years; the title above names him).
        Not where the question gives
        them another country ("Kenapa Sekjen OKI dari Nigeria dipilih?"): the first line says
        whose they are; nor today's, whose first line says they are the latest we know of;
        nor who is asked: the first line names them ("Siapa Sekjen OKI pertama yang berasal
        dari Arab Saudi?" was told "ia dipilih ...", naming no one)."""
        return ("elected" in asked or told) and row.elected is not None and not row.cities \
            and row.status != "current" and WHO_ASKS.isdisjoint(tokens) and all(
            code == row.country for code, _ in self._countries.find_all(tokens))

    def _text(self, what: str, row: Row, lang: str) -> str:
        """A row's ``title``, list ``item`` or ``answer`` in ``lang``, rendered once."""
        text = self._texts.get((what, row.id, lang))
        if text is None:
            templates = self.kb.tables[row.table].templates
            values = self._values(row, lang)
            fits = self._fits(row, values)
            if what == "answer":
                details = [_render(t, values, lang) for t in templates.details if fits(t)]
                paragraphs = [_first(templates.lead, fits, values, lang), " ".join(details),
                              row.note[lang] if row.note else ""]
                text = "\n".join(p for p in paragraphs if p)
            else:
                text = _first(templates.title if what == "title" else templates.item, fits,
                              values, lang)
            self._texts[what, row.id, lang] = text
        return text

    def _said_beside(self, row_id: str, asked: str, lang: str) -> str | None:
        """What is asked of a row, said beside its name: its chair, theme or outcome, or
        when it began."""
        row = self._rows[row_id]
        if asked == "time":  # (or that none is settled: ICESCO's, where sources differ)
            return format_partial(row.start, lang) if row.start else None
        detail = getattr(row, BESIDE_EACH[asked])
        return detail[lang] if detail else None

    def _list_reply(self, table_id: str, row_ids: tuple[str, ...], lang: str, question: str,
                    score: float, **meta: Any) -> Reply:
        rows = [self._rows[r] for r in row_ids]
        lines = ["• " + self._text("item", row, lang) for row in rows]
        sources = tuple(dict.fromkeys(s for r in rows for s in r.sources))
        dated = [(r.as_of, r) for r in rows if r.as_of]
        newest = max(dated, key=lambda pair: pair[0])[1] if dated else None
        return Reply(
            question=question, kind="answer", lang=lang, intent=table_id, confidence=score,
            answer="\n".join(lines), sources=sources,
            related=tuple(Link(r.id, self.row_title(r.id, lang)) for r in rows[:3]),
            entry=None, title=self._list_title(rows, lang),
            as_of=newest.as_of if newest else None, checked=newest.checked if newest else None,
            **meta)

    def _first_of_all(self, table: Table, pool: list[Row], kinds: set[str], which: str,
                      question: _Question, named_rows: list[_Hit], place_what: str
                      ) -> Row | None:
        """The first (or latest) row of all when a yes/no question names it with one place:
        "Did Iran host the first summit?" claims the first of all was Iran's. (Two places
        weigh one against the other: "KTT di Kuwait lebih dulu daripada KTT pertama di
        Dakar".)"""
        claimed = question.tokens[0] in CLAIM_OPENERS or question.confirming
        assert question.superlative is not None  # (which says so)
        tokens = question.tokens
        at = min((i for i, t in enumerate(tokens) if t in question.superlative.tokens), default=0)
        # (a year before "first" names the row claimed to be it: "Was the 2016 Istanbul summit
        # the first summit in Turkey?"; after it, it is claimed too: "was the first islamic
        # summit held in lahore in 1974?" got the Lahore summit, unremarked)
        if which not in ("first", "latest") or not claimed or not place_what or named_rows \
                or question.ordinals or self._things_named(question, named_rows) != 1 \
                or FIRST_TIME & set(itertools.pairwise(tokens)) \
                or any(t in words for _, words in question.years for t in tokens[:at]):
            return None
        usual = [r for r in pool if r.kind == table.default_kind] \
            if table.default_kind and not kinds and not question.any_kind else pool
        chosen, fallback = _superlative(usual, which, table.rows)
        return chosen[0] if len(chosen) == 1 and not fallback else None

    def has_chair(self, row_id: str) -> bool:
        """Whether a row names who chaired or holds it."""
        row = self._rows.get(row_id)
        return row is not None and bool(row.chair or row.holder)

    def has_theme(self, row_id: str) -> bool:
        """Whether a row (a meeting) records its theme."""
        row = self._rows.get(row_id)
        return row is not None and bool(row.theme)

    def _chaired_by_name(self, pool: list[Row], question: _Question) -> dict[str, str]:
        """The rows of ``pool`` whose chair, a person, the question names by a name that
        names no more than CHAIRED_BY_ROWS of them ("Erdogan", not "President"), with it."""
        found: dict[str, str] = {}
        for token in question.tokens:
            rows = [r.id for r in pool if token in self._chair_names(r)]
            if 0 < len(rows) <= CHAIRED_BY_ROWS:
                found.update(dict.fromkeys(rows, token))
        return found

    def _chair_names(self, row: Row) -> frozenset[str]:
        """The names (words written capitalised, not titles nor countries) of a meeting's
        chair: "Erdoğan" of "President Recep Tayyip Erdoğan", not "Indonesia" of "Indonesia's
        Foreign Minister Ali Alatas" ("... dalam bahasa Indonesia?" was read as naming him)."""
        found = self._chair_name_words.get(row.id)
        if found is None:
            found = self._chair_name_words[row.id] = frozenset(
                t for text in (row.chair.values() if row.chair and row.cities else ())
                for word in _WORD.findall(text) if word[0].isupper()
                for t in self._normalize(word).tokens
                if not self._countries.find((t,))) - PERSON_TITLES
        return found

    def chair_words(self, row_id: str) -> frozenset[str]:
        """The words naming who chaired a row (a meeting), in both languages."""
        found = self._chair_words.get(row_id)
        if found is None:  # (read once: the same few rows come back question after question)
            row = self._rows.get(row_id)
            found = self._chair_words[row_id] = frozenset(
                t for text in (row.chair.values() if row and row.chair else ())
                for t in self._normalize(text).tokens)
        return found

    def is_meeting_table(self, table_id: str) -> bool:
        """Whether a table is of meetings (summits, sessions)."""
        return self.kb.tables[table_id].of_meetings

    def meetings_said(self, normalized: Normalized) -> tuple[str, ...]:
        """The meetings ``normalized`` names when it names several in other years ("the Doha
        summit": 2000, 2003, 2025), as their rows' ids; none for one meeting, or one year."""
        for proposal in self.propose(normalized, ""):
            rows = [self._rows[r] for r in proposal.rows if r in self._rows]
            if rows and all(self.is_meeting(r.id) for r in rows) and len(
                    {r.start.year for r in rows if r.start is not None}) > 1:
                return proposal.rows
        return ()

    def is_meeting(self, row_id: str) -> bool:
        """Whether a row is a meeting (a summit, a session)."""
        row = self._rows.get(row_id)
        return row is not None and self.kb.tables[row.table].of_meetings

    def is_holder(self, row_id: str) -> bool:
        """Whether a row is a person's term in an office (a Secretary-General), not a chair's
        (a summit chair's row is a country's term)."""
        row = self._rows.get(row_id)
        return row is not None and row.status in OFFICE and row.table in self._offices

    def row_title(self, row_id: str, lang: str) -> str:
        """A row's heading (for buttons and lists of related answers)."""
        return self._text("title", self._rows[row_id], lang)

    def _list_title(self, rows: list[Row], lang: str) -> str:
        """The table (or the one kind listed), or the tables listed, and the country or year
        all the rows share."""
        tables = [self.kb.tables[t] for t in dict.fromkeys(r.table for r in rows)]
        table = tables[0]
        kinds = {r.kind for r in rows}
        title = f" {TEXTS[lang]['and']} ".join(t.name[lang] for t in tables)
        if len(tables) == 1 and len(kinds) == 1 and len(table.kinds) > 1:
            plural = table.kinds[kinds.pop()].plural[lang]
            title = plural[:1].upper() + plural[1:]
        shared = []
        countries = {r.country for r in rows}
        only = countries.pop() if len(countries) == 1 else None
        if only is not None:
            shared.append(self._country_name(only, lang))
        years = {r.start.year if r.start else None for r in rows}
        if len(years) == 1 and None not in years:
            shared.append(str(years.pop()))
        return " — ".join([title, ", ".join(shared)]) if shared else title

    def _neighbours(self, row: Row, lang: str) -> tuple[Link, ...]:
        """The rows before and after this one: the usual next question."""
        return tuple(Link(r.id, self.row_title(r.id, lang)) for r in self._around(row) if r)

    def _beside(self, row: Row, side: str) -> Row | None:
        """The row just before or after this one in a table linking each to the one it took
        over from (None in a table that does not)."""
        rows = self.kb.tables[row.table].rows
        return self._rows.get(row.previous or "") if side == "before" else next(
            (r for r in rows if r.previous == row.id), None)

    def _around(self, row: Row) -> tuple[Row | None, Row | None]:
        """The rows just before and after this one in its kind, by number, else by date."""
        same = [r for r in self.kb.tables[row.table].rows if r.kind == row.kind]
        if row.ordinal is not None:
            line = sorted((r for r in same if r.ordinal is not None), key=lambda r: r.ordinal or 0)
        else:
            line = _ordered([r for r in same if r.start or r is row])
        at = line.index(row)
        return (line[at - 1] if at > 0 else None, line[at + 1] if at + 1 < len(line) else None)

    def _fits(self, row: Row, values: Mapping[str, str]) -> Callable[[Template], bool]:
        latest = self._is_latest(row)

        def fits(template: Template) -> bool:
            return (template.fields <= values.keys()
                    and (not template.statuses or row.status in template.statuses)
                    and (not template.kinds or row.kind in template.kinds)
                    and (not template.latest or latest))

        return fits

    def _is_latest(self, row: Row) -> bool:
        """The most recent row of its kind that is not merely planned."""
        dated = [(r.start.first(), r) for r in self.kb.tables[row.table].rows
                 if r.kind == row.kind and r.start and r.status != "planned"]
        return bool(dated) and row.start is not None and row.status != "planned" and max(
            dated, key=lambda pair: pair[0])[1] is row

    def _values(self, row: Row, lang: str, with_previous: bool = True) -> dict[str, str]:
        """What a template's {placeholders} become for ``row`` in ``lang`` (the previous row
        is named by its label alone, so a chain of handovers is not followed)."""
        table = self.kb.tables[row.table]
        kind = table.kinds[row.kind]
        values = {"kind": kind.name[lang]}
        texts = {"name": row.name, "chair": row.chair, "holder": row.holder,
                 "theme": row.theme, "outcome": row.outcome, "elected": row.elected}
        values.update({key: text[lang] for key, text in texts.items() if text})
        if row.ordinal:
            values["n"] = str(row.ordinal)
            values["nth"] = ordinal(row.ordinal, lang)
        city = "/".join(self.kb.places[c].name[lang] for c in row.cities)
        country = self._country_name(row.country, lang) if row.country else ""
        if city:
            values["city"] = city
        if country:
            values["country"] = country
        if city or country:
            values["place"] = f"{city}, {country}" if city and country and city != country \
                else city or country
        if row.start:
            values["start"] = format_partial(row.start, lang)
            values["year"] = str(row.start.year)
            values["dates"] = format_span(row.start, row.end, lang, row.status)
            values["when"] = format_when(row.start, row.end, lang, row.status)
        if row.end:
            values["end"] = format_partial(row.end, lang)
        if row.previous and with_previous:
            previous = self._rows[row.previous]
            values["previous"] = self._label(previous, self._values(previous, lang, False), lang)
        values["label"] = self._label(row, values, lang)
        return values

    def _label(self, row: Row, values: Mapping[str, str], lang: str) -> str:
        if row.name:
            return row.name[lang]
        kind = self.kb.tables[row.table].kinds[row.kind]
        return _first(kind.label, lambda t: t.fields <= values.keys()
                      and (not t.statuses or row.status in t.statuses), values, lang)

    def _country_name(self, code: str, lang: str) -> str:
        override = self.kb.country_names.get(code)
        if override:
            return override.name[lang]
        return self._countries.name(code).name[lang] if code in self._countries.codes else code


def _a_state(row: Row) -> bool:
    """Whether a row is a country itself (an observer state): not a meeting held there, nor a
    person from there, nor its term in an office (a summit chair). "Who else" of such rows
    asks which states."""
    return row.country is not None and row.holder is None and row.status is None \
        and not row.cities and row.ordinal is None


def _until(row: Row) -> date:
    """The last day ``row`` (which has a start) may cover: its end; for a term still open, the
    last day anyone checked it (not for ever); else its start."""
    assert row.start is not None
    if row.end is not None:
        return row.end.last()
    known = row.checked or row.as_of
    return known if known and row.status in OFFICE else row.start.last()


def _in_term(row: Row, years: frozenset[str]) -> bool:
    """Whether every year named falls in an office holder's term: who held it then is the
    holder the first line names ("who chaired the OIC in 2025" showed the foreign ministers'
    chair of June 2025 before The Gambia's, in the summit chair since 2024)."""
    return row.status in OFFICE and row.start is not None and all(
        row.start.year <= int(year) <= _until(row).year for year in years)


def _asked_just_before(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the words right before ``at`` ask who ("... who took over", "..., siapa yang
    mengambil alih")."""
    before = tokens[max(0, at - 2):at]
    return before[-1:] in (("who",), ("siapa",), ("siapakah",)) or before in (
        ("siapa", "yang"), ("siapakah", "yang"))


def _is_its_country(table: Table, row: Row) -> bool:
    """Whether a row is its country (an observer state, called by the country's name)."""
    kind = table.kinds.get(row.kind)
    return kind is not None and any(
        "{country}" in template.text.values() for template in kind.label)


def _elected_words(question: _Question, table: Table) -> frozenset[str]:
    """The words of a question asking who was chosen: electing, or becoming the table's
    office ("became Secretary-General")."""
    starts = {start for start, _ in question.tables.get(table.id, ())}
    became = set()
    for at, token in enumerate(question.tokens):
        if token in BECAME:
            after = at + 1  # (the office's words may begin with "OIC": "oki sekjen")
            while after not in starts and after < len(question.tokens) and \
                    question.tokens[after] in OFFICE_OPENERS:
                after += 1
            if after in starts:
                became.add(token)
    return ELECTED.intersection(question.tokens) | became


def _at_the_time(row: Row, event: Row) -> bool:
    """Whether ``row`` (a term of office) may have been running during ``event`` (a meeting),
    each as precisely as its dates are known."""
    if row.start is None or event.start is None:
        return False
    return row.start.first() <= _until(event) and event.start.first() <= _until(row)


def _counted_in(tokens: tuple[str, ...], start: int, end: int) -> tuple[str, ...]:
    """The words saying that the kind named at ``start:end`` is counted in, if said near it."""
    before = tokens[max(0, start - INCLUDED_GAP):start]
    for phrases, window in ((INCLUDED_BEFORE, before),
                            (INCLUDED_AFTER, tokens[end:end + INCLUDED_GAP + 2])):
        for phrase in phrases:
            if any(window[i:i + len(phrase)] == phrase for i in range(len(window))):
                return phrase
    # ("kalau KTT luar biasa dihitung": if it is counted)
    counted = COUNTED_IF.intersection(tokens[end:end + 2])
    return (*IF_WORDS.intersection(before), *counted) if counted and IF_WORDS.intersection(
        before) else ()


def _asks_which_event(tokens: tuple[str, ...], relative: frozenset[str]) -> bool:
    """Whether "before/after" is followed by what asks which event ("setelah peristiwa apa",
    "after what")."""
    end = max(tokens.index(t) for t in relative) + 1
    return tokens[end:end + 1] == ("what",) or tokens[end:end + 2] in EVENT_ASKED


def _the_oic_founded_at_another(meeting: Row, question: _Question) -> bool:
    """Whether a question says the OIC was founded at a meeting held after its founding
    ("The OIC was founded at a conference in Cairo, right?" got the Cairo summit of 2013, as
    if it agreed): that meeting's row is no answer to it. Not a body founded there ("The
    IPHRC was founded at the CFM in Astana", "Komisi HAM OKI dibentuk ..."), the OIC not its
    subject."""
    tokens = question.tokens
    return meeting.start is not None and meeting.start.first().year > FOUNDED \
        and any(BEGUN & set(tokens[at + 1:at + 3])
                for at, t in enumerate(tokens) if t == OIC_WORD
                and (at == 0 or tokens[at - 1] in ARTICLES | CLAIM_OPENERS))


def _said_to_be(tokens: tuple[str, ...], named: list[_Hit]) -> bool:
    """Whether a row named is said to be something ("Yousef Al-Othaimeen *adalah* Sekjen
    OKI pertama dari Arab Saudi, kenapa ...?"): a claim, though a why-question follows; not a
    meeting of it said to be held ("The first meeting of the IPHRC *was held* in?")."""
    words = {t for h in named for t in h.tokens}
    after = (*tokens[2:], "")
    return any(t in words and tokens[at + 1] in COPULAS and after[at] not in HELD_SAID
               for at, t in enumerate(tokens[:-1]))


def words_set_aside(tokens: tuple[str, ...]) -> tuple[set[int], set[str]]:
    """The positions of the words that may name what is set aside ("besides *Lahore*", "not
    counting *Al-Othaimeen*"), and the words setting them aside."""
    at_words: set[int] = set()
    setting: set[str] = set()
    for at, word in enumerate(tokens):
        pair = tuple(tokens[at:at + 2])
        if word not in SET_ASIDE and pair not in ASIDE_PAIRS:
            continue
        start = at + (1 if word in SET_ASIDE else 2)
        setting.update(tokens[at:start])
        for following in range(start, min(len(tokens), start + ASIDE_SPAN)):
            if tokens[following] in ASIDE_ENDS:
                break
            at_words.add(following)
    # ("leaving Russia *aside*", "apart *from*")
    setting.update(tokens[at] for at in at_words if tokens[at] in ("aside", "from"))
    return at_words, setting


def _negated_place(question: _Question, place: set[str]) -> bool:
    """Whether the place is asked away ("not held in", "di luar", "selain", "outside", "kecuali
    yang berasal dari")."""
    # (a few words on, as what is set aside: "sebutkan sekjen OKI kecuali yang berasal dari
    # Maroko" listed the two Moroccans)
    tokens, aside = question.tokens, question.aside_at
    # (where the place's name begins: "why hasn't south *africa*" is no place asked away)
    for at in (i for i, t in enumerate(tokens)
               if t in place and not (i and tokens[i - 1] in place)):
        if at in aside:
            return True
        before = tokens[max(0, at - 3):at]
        # (a "not" between a verb and its subject is the verb's: "why has*n't* the
        # philippines got observer status" listed every observer but it; "was not held in
        # Saudi Arabia" is the place's)
        negating = [i for i in range(max(0, at - 3), at) if tokens[i] in NOT_HERE
                    and not (i and tokens[i - 1] in AUXILIARIES
                             and set(tokens[i + 1:at]) <= ARTICLES)
                    # ("pernah *gak* orang indonesia jadi sekjen": ever or not, which listed
                    # every Secretary-General not from Indonesia)
                    and not (i and tokens[i - 1] in EVER_OR_NOT)
                    # (nor a place set against the one said right before it, a claim's
                    # alternative: "KTT pertama OKI itu di Jeddah kan, bukan di Rabat?" got the
                    # first summit held elsewhere than both)
                    and not (i and tokens[i - 1] in place)]
        if negating or any(phrase in " ".join(before) for phrase in ("di luar", "other than")):
            return True
    return False


def _placed_by_verb(tokens: tuple[str, ...], ordinals: list[tuple[int, frozenset[str]]],
                    place: frozenset[str] | set[str]) -> bool:
    """Whether a verb of being or being held stands between an ordinal and the place after it
    ("the 2nd ICFM *was* in Islamabad"), not the place narrowing the ordinal ("the second
    summit in Dakar", "the second Saudi Secretary-General")."""
    if not ordinals:
        return False
    at = next((i for i, t in enumerate(tokens) if t in ordinals[0][1]), None)
    there = next((i for i, t in enumerate(tokens) if t in place), None)
    if at is None or there is None or at > there:
        return False
    between = tokens[at:there]
    # (a passive verb with no "yang" is a claim: "KTT ke-2 diadakan di Rabat kan?", unlike "KTT
    # kedua yang diadakan di Casablanca"; English "held" is as often a participle: "the second
    # summit held in Casablanca")
    return not BEING.isdisjoint(between) or (
        not HELD_ID.isdisjoint(between) and "yang" not in between)


def _nth_beside_place(question: _Question, place_tokens: Iterable[str]) -> bool:
    """Whether the one ordinal asked stands right before the place's words ("the *second
    Pakistani* Secretary-General"), not apart from them ("the 9th summit, in Pakistan", "KTT
    ke-5 di Kuwait", "sekjen ke-3 dari Malaysia": another claim, or what picks it), nor the
    subject of a verb after it ("KTM ke-45 Indonesia ngusulin apa": what Indonesia proposed
    at the 45th)."""
    if len(question.ordinals) != 1:
        return False
    tokens = question.tokens
    said, place = question.ordinals[0][1], set(place_tokens)
    ends = [i for i, t in enumerate(tokens) if t in said]
    starts = [i for i, t in enumerate(tokens) if t in place]
    if not (ends and starts) or min(starts) - max(ends) != 1:
        return False
    after = max(i for i, t in enumerate(tokens) if t in place) + 1
    return not (after < len(tokens) and predicate_shaped(tokens[after]))


def _nth_of_place(place_rows: list[Row],
                  ordinals: list[tuple[int, frozenset[str]]]) -> Row | None:
    """The n-th row of a place, for one ordinal that names no row of that place."""
    if len(ordinals) != 1:
        return None
    n = ordinals[0][0]
    if any(r.ordinal == n for r in place_rows):
        return None  # "the 2nd summit, in Pakistan": the table's own second is there
    numbered = sorted((r for r in place_rows if r.ordinal), key=lambda r: r.ordinal or 0)
    return numbered[n - 1] if 0 < n <= len(numbered) else None


def _joined(tokens: tuple[str, ...], found: list[tuple[str, tuple[str, ...]]]) -> list[_Hit]:
    """The countries after the first that a conjunction joins to the one before it, or that
    follow it at once (a comma between them: "Bosnia, Thailand and Russia")."""
    joined: list[_Hit] = []
    for (_, before), (code, words) in itertools.pairwise(found):
        end = _end_of(tokens, before)
        start = _end_of(tokens, words) - len(words)
        if end >= 0 and start == end:
            joined.append(_Hit(code, frozenset(words)))
            continue
        if end < 0 or start - end != 1 or tokens[end] not in JOINING:
            break
        joined.append(_Hit(code, frozenset((*words, tokens[end]))))
    return joined


def _made_of(tokens: tuple[str, ...]) -> bool:
    return not MADE_OF.isdisjoint(tokens) or any(
        pair in MADE_UP for pair in itertools.pairwise(tokens))


def _year_joined(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the year at ``at`` says when a country joined: "gabung OKI tahun 1974",
    "joined the OIC in 1974"."""
    before = [t for t in tokens[max(0, at - JOINED_GAP):at] if t not in ARTICLES]
    return YEAR.fullmatch(tokens[at]) is not None and any(t in JOINED for t in before) and all(
        t in JOINED or t in _BEFORE_A_JOIN_YEAR for t in before[before.index(
            next(t for t in before if t in JOINED)):])


def _said_from(tokens: tuple[str, ...], country: frozenset[str],
               office: list[tuple[int, int]]) -> bool:
    """Whether the question says a person is from the country: "from Egypt", "berasal dari
    Mesir", "asal Mesir", or the country's name beside the words of their office (``office``,
    as spans): "the Egyptian secretary-general", "sekjen Mesir" (not what they did there,
    "what did Taha do in Egypt")."""
    at = next((i for i, t in enumerate(tokens) if t in country), 0)
    end = next((i for i in range(at, len(tokens)) if tokens[i] not in country), len(tokens))
    return not SAID_FROM.isdisjoint(t for t in tokens[max(0, at - 2):at] if t not in ARTICLES) \
        or any(start == end or stop == at for start, stop in office)


def _seated_in(tokens: tuple[str, ...], country: frozenset[str]) -> bool:
    """Whether the question puts a body's seat in the country: "is in Saudi Arabia", "based
    in", "berkantor di" (not what it does there, "what does the IsDB do in Afghanistan", nor
    who chairs it, "chaired by Pakistan")."""
    at = next((i for i, t in enumerate(tokens) if t in country), 0)
    before = tuple(t for t in tokens[max(0, at - 3):at] if t not in ARTICLES)
    return before[-2:] in SEATED_IN or (before[-1:] in (("in",), ("di",))
                                        and not SEAT_VERBS.isdisjoint(before))


def _end_of(tokens: tuple[str, ...], words: tuple[str, ...]) -> int:
    """Where the first occurrence of ``words`` ends in ``tokens`` (-1 if absent)."""
    size = len(words)
    return next((at + size for at in range(len(tokens) - size + 1)
                 if tokens[at:at + size] == words), -1)


def says_outside(tokens: tuple[str, ...]) -> bool:
    """Whether a question says "outside" ("di luar", not the "luar" of "luar biasa")."""
    return not OUTSIDE.isdisjoint(tokens) or ("di", "luar") in itertools.pairwise(tokens)


def _from_or_in(tokens: tuple[str, ...], country: frozenset[str]) -> frozenset[str]:
    """The words naming the country as where a row is from or held ("dari Indonesia", "came
    from the Gambia", "hosted"), none if it is what a meeting was about ("membahas Palestina")."""
    hosting = HOST_WORDS.intersection(tokens)
    if not PEOPLE_OF.isdisjoint(country):  # ("orang Indonesia": read with the name it goes with)
        return frozenset(PEOPLE_OF & country) | hosting
    at = next((i for i, t in enumerate(tokens) if t in country), 0)
    before = tokens[max(0, at - 3):at]
    near = [t for t in before if t != "the"]
    if near and (near[-1] in _FROM_OR_IN or near[-1] in PERSON_OF
                 or tuple(near[-2:]) in _CITY_OF):  # "Which city of Pakistan held the ..."
        return frozenset(before) | hosting
    return frozenset(hosting)


# -- reading numbers ---------------------------------------------------------------------------


# Words between the two years of a range ("1981 to 2003", "1981 sampai 2003") or after its
# first ("1971-present": the present), and before it ("from", "dari", "between", "tahun")
RANGE_BETWEEN = frozenset("to sampai hingga until till and dan s d sd tahun".split())
RANGE_NOW = frozenset("present now sekarang kini today".split())
RANGE_BEFORE = frozenset("from dari between antara tahun the".split())


def _recent_years(tokens: tuple[str, ...]) -> tuple[tuple[int, int], frozenset[str]] | None:
    """"in the last 10 years", "dalam 10 tahun terakhir": from so many years ago to this
    year (the rows since, not the last ten rows, nor the latest alone), and its words."""
    for i, word in enumerate(tokens[:-1]):
        many = _FEW.get(word) or (int(word) if word.isdigit() and 0 < int(word) <= 60 else 0)
        if not many or tokens[i + 1] not in ("years", "tahun"):
            continue
        if tokens[i - 1:i] in (("last",), ("past",)) or tokens[i + 2:i + 3] in (
                ("terakhir",), ("belakangan",)):
            now = date.today().year
            return (now - many, now), frozenset(
                t for t in tokens[max(0, i - 1):i + 3] if t not in ("the", "of"))
    return None


def _documents_year(tokens: tuple[str, ...], at: int) -> bool:
    """Whether the year at ``at`` is a document's ("the 2008 Charter", "Piagam 1972", "Piagam
    lama (tahun) 1972": "masa jabatan Sekjen menurut Piagam lama tahun 1972" got the
    Secretary-General of 1972), not one asked about."""
    before = at - 1 if tokens[at - 1:at] != ("tahun",) else at - 2
    return (before >= 0 and tokens[before] in DOCUMENT_WORDS) or (
        tokens[at + 1:at + 2] != () and tokens[at + 1] in DOCUMENT_WORDS) or (
        before > 0 and tokens[before] in DOCUMENT_AGE and tokens[before - 1] in DOCUMENT_WORDS)


def _year_range(tokens: tuple[str, ...]) -> tuple[tuple[int, int], frozenset[str]] | None:
    """The first and last year of a range of years a question names, and its words; None if
    it names none (two years apart, "KTT 2003 dan 2016", are two years, not a range)."""
    # (not a document's: "the SG's term between the 1972 and 2008 charters" got every
    # Secretary-General of those years)
    at = [i for i, t in enumerate(tokens) if YEAR.fullmatch(t) and not _documents_year(tokens, i)]
    if not at:
        return _recent_years(tokens)
    first = at[0]
    if len(at) == 1:
        following = tokens[first + 1:first + 3]
        now = next((i for i, t in enumerate(following) if t in RANGE_NOW), None)
        if now is None or not set(following[:now]) <= RANGE_BETWEEN or (
                now == 0 and following[0] != "present"):  # ("1971-present"; not "tahun 2011
            return None  # sekarang jadi ...", now said of something else)
        return (int(tokens[first]), date.today().year), frozenset(
            (tokens[first], *following[:now + 1]))
    if len(at) != 2:
        return None
    between = tokens[first + 1:at[1]]
    low, high = int(tokens[first]), int(tokens[at[1]])
    # ("which summit was held between 1990 and 2000": every year of the span; it got the one
    # of 2000, none being of 1990)
    if low >= high or not set(between) <= RANGE_BETWEEN or (
            ("and" in between or "dan" in between) and BETWEEN.isdisjoint(tokens[:first])):
        return None
    return (low, high), frozenset((tokens[first], tokens[at[1]], *between, *(
        t for t in tokens[max(0, first - 2):first] if t in RANGE_BEFORE),
        *BETWEEN.intersection(tokens[:first])))


def _ordinal_range(tokens: tuple[str, ...], ordinals: list[tuple[int, frozenset[str]]]
                   ) -> list[tuple[int, frozenset[str]]]:
    """ "KTT ke-4 sampai ke-7", "the 4th to the 7th summit": every number of the range (it
    listed the two ends); other numbers as they are ("ke-13 dan ke-14" are two)."""
    if len(ordinals) != 2 or ordinals[0][0] >= ordinals[1][0]:
        return ordinals
    (low, said), (high, ending) = ordinals
    starts = [i for i in range(len(tokens)) if set(tokens[i:i + len(said)]) == said]
    ends = [i for i in range(len(tokens)) if set(tokens[i:i + len(ending)]) == ending]
    if not starts or not ends or ends[-1] <= starts[0]:
        return ordinals
    between = set(tokens[starts[0] + len(said):ends[-1]]) - ARTICLES
    if not between or not between <= RANGE_BETWEEN - {"and", "dan", "tahun"} | {"through"}:
        return ordinals
    words = said | ending | between
    return [(n, words) for n in range(low, high + 1)]


def _bounded(year: int, side: str, bound: int) -> bool:
    """Whether ``year`` is on ``side`` ("before", "after", "until", "since") of ``bound``."""
    return {"before": year < bound, "after": year > bound, "until": year <= bound,
            "since": year >= bound}[side]


def counted_word(tokens: tuple[str, ...]) -> str:
    """The word "how many" or "berapa" asks about ("negara" in "berapa negara yang hadir"),
    or "" (not "tahun berapa", "berapa tahun")."""
    at = next((i for i, t in enumerate(tokens) if t in NUMBER_ASKED), len(tokens))
    while at + 1 < len(tokens) and tokens[at + 1] in NUMBER_ASKED:
        at += 1  # ("berapa jumlah prinsip": the principles)
    beside = {tokens[i] for i in (at - 1, at + 1) if 0 <= i < len(tokens)}
    while at + 1 < len(tokens) and tokens[at + 1] in CLASSIFIERS:
        at += 1  # "berapa buah negara": the countries; "poinnya ada brp biji": said before
    if not NOT_A_NUMBER.isdisjoint(beside) or at >= len(tokens):
        return ""
    # (asked last, what opens the question: "negara yg dtg ke ktt rabat 1969 ada brp" counts
    # the countries, not the summits; it got "Our sources list 1")
    return tokens[at + 1] if at + 1 < len(tokens) else tokens[0] if at > 1 else ""


def _less(score: float, penalty: float) -> float:
    """A proposal's score less what the question leaves unexplained, never below nothing
    ("pertama sesric mekah komite tetap" scored -0.3)."""
    return round(max(0.0, score - penalty), 3)


def _steps(tokens: tuple[str, ...], relative: frozenset[str], numbering: frozenset[str]
           ) -> int:
    """How many rows along "before" or "after" asks for: a number just before it ("two
    summits after Lahore", "CFM two sessions before Yaoundé", "KTT dua sebelum Banjul"), else
    one. ``numbering``: the words of the ordinals said ("sekjen *ke-4* penggantinya")."""
    at = next(i for i, t in enumerate(tokens) if t in relative)
    # (a follow-up asking one more along from the one found: "Sebelum Taha, yang jadi sekjen
    # siapa? terus *sebelum itu* siapa?" got Al-Othaimeen twice)
    again = sum(tokens[i:i + 2] in ((t, "itu"), (t, "that")) for i, t in enumerate(tokens)
                if i > at and t in relative)
    # (not a time along: "held 3 years after the Istanbul 2016 one")
    return again + next((_FEW[tokens[i]] for i in range(at - 1, max(at - STEPS_BEFORE, 0) - 1,
                                                           -1)
                         if tokens[i] in _FEW and tokens[i] not in numbering
                         and tokens[i + 1] not in MEASURES), 1)


def _along(tokens: tuple[str, ...], ordinals: list[tuple[int, frozenset[str]]],
           relative: _Hit, spans: list[tuple[int, int]]) -> tuple[int, frozenset[str]] | None:
    """The ordinal right before "after" or "before", with only a table's words or an article
    between ("the second SG after", "KTT ketiga sesudah"), or None."""
    at = next(i for i, t in enumerate(tokens) if t in relative.tokens)
    nouns = {i for start, end in spans for i in range(start, end)}
    for n, words in ordinals:
        end = next((i + len(words) for i in range(at) if set(tokens[i:i + len(words)]) == words),
                   None)
        if end is not None and all(i in nouns or tokens[i] in ARTICLES for i in range(end, at)):
            return n, words
    return None


def _claimed(question: _Question) -> bool:
    """Whether a question says something to confirm ("..., wasn't he?", "Was ...", "True
    or false: ...") rather than asking who or which."""
    return question.confirming or question.tokens[0] in CLAIM_OPENERS \
        or not TRUE_OR_FALSE.isdisjoint(question.tokens[:2])


def _seat_said(question: _Question, named: list[_Hit]) -> bool:
    """Whether a city is said with a row named, as where it sits ("IUT is in kuala lumpur,
    right?"), not as where a meeting did something to it ("The IPHRC was launched at the
    Dakar summit"), nor as part of a name ("the Al-Quds Committee", "the Cairo
    Declaration")."""
    in_names = {t for h in named for t in h.tokens}
    tokens = question.tokens
    return any(not h.tokens <= in_names and any(
        t in h.tokens and tokens[i - 1:i] in (("in",), ("di",)) for i, t in enumerate(tokens))
        for h in question.places) and not (
        question.years or MEETING_WORDS.intersection(tokens))


def _then_next(tokens: tuple[str, ...], first: frozenset[str]) -> frozenset[str]:
    """The "next" that follows a first one told ("the first SG was Tunku. who came next?",
    "KTT pertama di Rabat. KTT berikutnya di mana?") or asked with it ("sekjen pertama dan
    selanjutnya"): the one that came after it, not the one planned; empty when there is none,
    or when the first is asked, or the next one may be ahead ("when was the first summit and
    when is the next one": Baku's), or when it is what was done next."""
    at = max(i for i, t in enumerate(tokens) if t in first)
    then = next((i for i in range(at + 2, len(tokens)) if tokens[i] in NEXT_ALONE), None)
    if then is None or not DONE_NEXT.isdisjoint(tokens[at + 1:then]) or (then > at + 2 and not (
            ASKED_FIRST.isdisjoint(tokens[:at]) and AHEAD_WORDS.isdisjoint(tokens[at:]))):
        return frozenset()
    return frozenset((tokens[then],))


def _another_ordinal(tokens: tuple[str, ...], end: int,
                     ordinals: list[tuple[int, frozenset[str]]],
                     named: Collection[int] = ()) -> bool:
    """Whether another ordinal follows ``end`` after "and" ("first and (the) second"), past
    the words, at the places ``named``, naming what is counted ("KTT pertama dan KTT ke-14")."""
    while end in named or tokens[end:end + 1] == (OIC_WORD,):
        end += 1
    if tokens[end:end + 1] not in (("and",), ("dan",), ("sama",), ("serta",)):
        return False
    at = end + 1
    while at in named or tokens[at:at + 1] in (("the",), ("yang",), (OIC_WORD,)):
        at += 1
    return any(set(tokens[at:at + len(words)]) == words for _, words in ordinals)


def _before(earlier: Row, later: Row) -> bool:
    """Whether ``earlier`` is dated, as far as the dates go, before ``later``: not when
    either has no date, nor when both fall in a year (or month) one gives no more of."""
    if earlier.start is None or later.start is None:
        return False
    a, b = earlier.start, later.start
    if a.year != b.year:
        return a.year < b.year
    if a.month is None or b.month is None:
        return False
    if a.month != b.month:
        return a.month < b.month
    return a.day is not None and b.day is not None and a.day < b.day


def _counts_a_measure(tokens: tuple[str, ...]) -> bool:
    """Whether "how many" or "berapa" is said only of a measure ("how many years", "berapa
    lama", "berapa periode"), not of things a table's rows are."""
    asked = [i for i, t in enumerate(tokens) if t in NUMBER_ASKED]
    return bool(asked) and all(NOT_A_NUMBER.intersection(tokens[i + 1:i + 2]) for i in asked)


def _lacks(question_asks: frozenset[str], rows: list[Row]) -> list[str]:
    """The details asked for that none of the rows holds ("siapa presiden IsDB": no person)."""
    missing = []
    for what, (words, fields) in ASK_FIELDS.items():
        if what == "who" and HOST_WORDS & question_asks:
            fields = ASK_FIELDS["place"][1]  # "who will host?" asks for a country
        if what == "outcome" and not all(r.cities for r in rows) \
                and ASK_FIELDS["time"][0] & question_asks:
            continue  # (of a body, "keputusan" may be the one that set it up: "dibentuk
            # berdasarkan keputusan KTT ke berapa?" was told its record holds no decisions)
        if what == "life" and words & question_asks and (
                not all(r.holder for r in rows) or _noted(words, rows)):
            continue  # (of a person, unless a note says: Taha's, where and when he was born;
            # a body "lahir", is set up)
        if fields and words & question_asks and not any(
                getattr(r, f, None) for r in rows for f in fields) and not (
                what == "who" and all(r.status in OFFICE or (r.status == "planned" and not
                                                             r.cities) for r in rows)) and not (
                what == "who" and words & question_asks <= WHO_ONLY
                and all(r.status is None and not r.cities for r in rows)) and not (
                what == "who" and words & question_asks <= NAME_WORDS):
            # (a holder is who; so is one due to hold an office: Azerbaijan, to chair in 2026;
            # and "siapa" alone, asked of a state or body that is a standing, asks which one:
            # "Negara pengamat OKI yang paling baru siapa?" was told no one is named; "nama"
            # alone asks the row's name, not its head's: "Apa nama kantor berita OKI?" was told
            # no one leads the union, "apa nama negara pengamat OKI terbaru" that no one leads
            # Russia, "apa nama KTT ke-3" that no one chaired it)
            missing.append(what)
    return missing


def _past(tokens: tuple[str, ...], phrases: Iterable[tuple[str, ...]]) -> int | None:
    """Where the first of ``phrases`` found in ``tokens`` ends, or None."""
    return next((at + len(phrase) for phrase in phrases for at in range(len(tokens))
                 if tokens[at:at + len(phrase)] == phrase), None)


def _which_meeting(tokens: Sequence[str]) -> bool:
    """Whether a question asks which meeting ("which summit", "KTT mana", "sidang apa")."""
    return any(({a, b} & WHICH_MEETING and {a, b} & MEETINGS_ASKED)
               or (a in MEETINGS_ASKED and b == "apa") for a, b in itertools.pairwise(tokens))


def _career_asked(tokens: tuple[str, ...]) -> set[str]:
    """The words asking what an office holder did before it ("sebelum jadi sekjen jabatannya
    apa", "before becoming SG", "previous job", "his job before the OIC"), or none."""
    if not LIFE_STORY.isdisjoint(tokens):  # ("Profil singkat Hissein Brahim Taha dong")
        return set(LIFE_STORY.intersection(tokens))
    for at, word in enumerate(tokens):
        if word in BEFORE_OFFICE and (tokens[at + 1:] in ((), (OIC_WORD,), ("the", OIC_WORD),
                                                          ("that",))
                                      or _only_titles(tokens[at + 1:])) \
                and (CAREER_ASKED | DEEDS).intersection(tokens):  # ("... job before the OIC?",
            # "what did Tunku do before the OIC?")
            return {word, *(CAREER_ASKED | DEEDS).intersection(tokens)}
        if word in BEFORE_OFFICE and BECOMING.intersection(tokens[at + 1:at + 3]):
            return {word, *BECOMING.intersection(tokens[at + 1:at + 3]),
                    *CAREER_ASKED.intersection(tokens)}
        if word in PREVIOUS and CAREER_ASKED.intersection(tokens[at + 1:at + 3]):
            return {word, *CAREER_ASKED.intersection(tokens[at + 1:at + 3])}
        if word in PREVIOUS and at == len(tokens) - 1 and ("jadi", "apa") in itertools.pairwise(
                tokens):
            return {word, "jadi"}  # "dia pernah jadi apa sebelumnya?" (it got the one before)
        if word == "pernah" and tokens[at + 1:at + 3] in (("jadi", "apa"), ("menjabat", "apa")):
            # ("Sebelum jadi Sekjen OKI, Hissein Taha pernah jadi apa?", read without its
            # opening clause, showed his years in office)
            return {word, tokens[at + 1], *PREVIOUS.intersection(tokens)}
    return set()


def _only_titles(tokens: tuple[str, ...]) -> bool:
    """Whether the words name only an office ("sec gen", "the OIC sekjen"), not who held it."""
    return TITLES.issuperset(t for t in tokens if t not in ("the", OIC_WORD))


def _later_asked(tokens: tuple[str, ...]) -> set[str]:
    """The words asking what an office holder did after it ("what did Tunku do after the
    OIC", "setelah jadi sekjen ngapain"), or none; not after an event ("after the 2019
    summit")."""
    asked = (CAREER_ASKED | DEEDS).intersection(tokens)
    for at, word in enumerate(tokens):
        rest = tokens[at + 1:]
        leaving = rest[:1] and rest[0] in LEAVING  # ("after being SG", "setelah tidak ...")
        if asked and word in AFTER_OFFICE and (leaving or rest in (
                (), (OIC_WORD,), ("the", OIC_WORD), ("that",), ("it",))):
            return {word, *rest[:1 if leaving else 2], *asked}
    return set()


def _noted(words: frozenset[str], rows: list[Row], fields: tuple[str, ...] = ("note",)
           ) -> bool:
    """Whether a row's note (or another of its ``fields``) says one of ``words`` (a detail
    no field holds)."""
    return any(words.intersection(fold(text).split())
               for r in rows for f in fields for text in (getattr(r, f) or {}).values())


def _answers(word: str, rows: list[Row]) -> bool:
    """Whether the rows hold the detail ``word`` asks for (a list answers which/all/how many)."""
    for what, (words, fields) in ASK_FIELDS.items():
        if word in words:
            # (a life its note tells: "sekjen oki sekarang lahir di mana" was not sure, Taha's
            # note saying he was born in Abéché)
            return not fields or any(getattr(r, f, None) for r in rows for f in fields) or (
                what == "life" and _noted(frozenset({word}), rows))
    return False


TERM_AFTER = {("term",), ("terms",), ("round",), ("decade",)}  # ... a superlative qualifies:
TERM_BEFORE = {("jabatan",), ("periode",), ("dekade",)}  # "first term", "masa jabatan pertama"
_TIMES = frozenset("term terms time times round periode kali kalinya jabatan".split())
# Words after "before"/"sebelum" that start a time, not a row: "sebelum masa jabatannya habis"
# ... and an office taken ("before become SG", "before he led the OIC"), and a clause ("when
# did COMCEC start working *after it* was created?" got COMSTECH, the body after it)
_A_TIME = frozenset("masa akhir end his her its their he she they it become becoming became "
                    "being taking took jadi menjadi dia ia beliau mereka pindah moved moving "
                    "move".split())
# ... read past an adverb before it ("sebelum *resmi* berdiri 2011")
_ADVERBS = frozenset("resmi secara officially formally actually really".split())


def _few(tokens: tuple[str, ...], superlative: _Hit | None, in_ordinals: set[str]
         ) -> _Hit | None:
    """"the last 3 summits", "tiga KTT terakhir", "the first two Secretaries-General": the
    first or latest so many ("latest*3"), from a number just after the superlative or a few
    words before it; not a number of years or times ("the last 3 years"), nor an ordinal's."""
    if superlative is None or superlative.value not in ("first", "latest"):
        return None
    at = [i for i, t in enumerate(tokens) if t in superlative.tokens]
    start, end = min(at), max(at) + 1
    for i in (end, *range(start - 1, max(-1, start - FEW_BEFORE - 1), -1)):
        word = tokens[i] if 0 <= i < len(tokens) else ""
        if word in _FEW and word not in in_ordinals and not (
                set(tokens[i + 1:i + 2]) & MEASURES):
            return _Hit(f"{superlative.value}{FEW}{_FEW[word]}", superlative.tokens | {word})
    return None


def _from_last(tokens: tuple[str, ...], ordinals: list[tuple[int, frozenset[str]]],
               superlative: _Hit | None) -> _Hit | None:
    """"second to last", "third most recent", "kedua dari terakhir", "penultimate", "the
    latest ... but one": the row so many back from the latest ("back:2"), or None."""
    back = counted_back(tokens, ordinals, LATEST_BACK, NEWEST_BEFORE)
    if back is not None:
        return _Hit(f"{BACK}{back[0]}", back[1])
    if superlative is not None and superlative.value == "latest" and any(
            pair == ("but", "one") for pair in itertools.pairwise(tokens)):
        return _Hit(f"{BACK}2", superlative.tokens | {"but", "one"})
    return None


def counted_back(tokens: tuple[str, ...], ordinals: list[tuple[int, frozenset[str]]],
                 phrases: tuple[tuple[str, ...], ...] = BACK_FROM,
                 before: frozenset[str] = frozenset()) -> tuple[int, frozenset[str]] | None:
    """How far back from the latest an ordinal before one of ``phrases`` (or after a word of
    ``before``, or after a phrase of two words: "anggota terbaru ketiga", "paling baru kedua")
    counts ("second to last": 2), with its words; or None."""
    for n, words in ordinals:
        at = next((i for i in range(len(tokens)) if set(tokens[i:i + len(words)]) == words),
                  None)
        if at is None or not 2 <= n <= FARTHEST_BACK:
            continue
        if at and tokens[at - 1] in before:
            return n, words | {tokens[at - 1]}
        if before and at >= 2 and tokens[at - 2:at] in phrases:  # "paling baru kedua"
            return n, words | set(tokens[at - 2:at])
        end = at + len(words)
        after = next((phrase for phrase in phrases if tokens[end:end + len(phrase)] == phrase),
                     None)
        if after is not None:
            return n, words | set(after)
    if "penultimate" in tokens:
        return 2, frozenset(("penultimate",))
    return None


def ordinals(tokens: tuple[str, ...]) -> list[tuple[int, frozenset[str]]]:
    """The ordinals of a question, for those outside the tables that count rows too."""
    return list(_ordinals(tokens))


def _ordinals(tokens: tuple[str, ...]) -> Iterable[tuple[int, frozenset[str]]]:
    """Ordinals written any common way: 2nd, ke-2, ke2, kedua, keempat puluh tujuh, second,
    forty-seventh, no. 9 ("first"/"pertama" are read as superlatives)."""
    i = 0
    while i < len(tokens):
        word = tokens[i]
        found = _ORDINAL_SUFFIX.match(word) or _KE_NUMBER.match(word)
        size = 1
        value: int | None = int(found[1]) if found else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if value is None and word in ("ke", "k", "nomor", "no", "number") and nxt.isdigit() \
                and len(nxt) <= 3:
            value, size = int(nxt), 2
        elif value is None and word == "ke" and nxt and _ROMAN.match(nxt):
            value, size = _roman(nxt), 2  # "KTT OKI ke-XIV", as textbooks number them
        elif value is None and word == "ke" and nxt in (*_ID_UNITS, *_ID_TEENS):
            value, used = _indonesian_number((nxt, *tokens[i + 2 : i + 5]))
            size = 1 + used
        elif value is None and word.startswith("ke") and word[2:] in (*_ID_UNITS, *_ID_TEENS):
            value, size = _indonesian_number((word[2:], *tokens[i + 1 : i + 4]))
        elif value is None and word in _EN_TENS:
            unit = _EN_UNIT_ORDINALS.get(nxt)
            if unit:
                value, size = _EN_TENS[word] + unit, 2
        elif value is None and word in _EN_ORDINALS:
            value = _EN_ORDINALS[word]
        before = tokens[i - 1] if i else ""
        after = (*tokens[i + size : i + size + 2], "", "")
        day = MONTH_WORDS & {before, after[0]} or (after[0] == "of" and after[1] in MONTH_WORDS)
        # ("a *second term*", "untuk *kedua kalinya*", "*periode kedua*": a count of times)
        times = not _TIMES.isdisjoint({before, after[0]})
        if value and not day and not times:
            yield value, frozenset(tokens[i : i + size])
        i += size


def _follow_up(tokens: tuple[str, ...], question: _Question) -> int | None:
    """Where a number asked after another one said of a row begins ("Sekjen ke-7 Laraki,
    kalau *ke-8*?", "... Casablanca. Nah yang *ke-5*?"), or after a row named by name
    ("Sekjen pertama Tunku Abdul Rahman, yang *kedua* siapa?" got Tunku); None if it is not:
    the two asked together ("ke-13 dan ke-14", "the 4th summit and the 5th summit", "the 4th
    to the 7th")."""
    if not question.ordinals or (len(question.ordinals) < 2 and not question.rows):
        return None
    said = question.ordinals[-1][1]
    last = max(i for i, t in enumerate(tokens) if t in said) - len(said) + 1
    if len(question.ordinals) < 2:
        # (after a row named, only a number asked of its own: not one claimed of it, "isn't
        # tunku abdul rahman the second secretary general?", nor a meeting it was at, "Taha
        # was elected at the 48th CFM")
        named = question.rows[0].tokens
        end = max((i for i, t in enumerate(tokens) if t in named), default=last) + 1
        return last if end < last and not FOLLOW_ASKING.isdisjoint(tokens[end:last]) else None
    first = min(i for i, t in enumerate(tokens) if t in question.ordinals[0][1])
    named_by = ARTICLES | {OIC_WORD} | {tokens[i] for spans in question.tables.values()
                                        for start, end in spans for i in range(start, end)}
    between = [t for t in tokens[first:last] if t not in named_by]  # ("KTM OKI pertama dan
    # KTM OKI ke-51" got the 51st alone)

    def named_before(at: int) -> set[str]:
        return {t for t, spans in question.tables.items()
                for _, end in spans if 0 <= at - end <= ATTACHED_GAP}
    # (nor one named by another table's words: "KTT ke-11 memilih sekjen ke-9?" got the 9th
    # summit)
    own = named_before(last)
    # (near, only with a word moving on: "Chatty was the 4th, so the 5th?" got the 4th)
    return None if (len(between) <= FOLLOW_GAP and FOLLOW_ASKING.isdisjoint(between)) \
        or between[-1] in JOINED_NUMBERS or (
        own and own != named_before(first)) else last


_LISTING_NUMBERS = JOINING | ARTICLES | {OIC_WORD, "ke"}  # ("the 3rd and the 4th", "ke 3 dan ke 4")


def _of_another_table(question: _Question, table: str, words: frozenset[str]) -> bool:
    """Whether numbers are another table's rows, named by its words beside them wherever they
    are said, where this table is named elsewhere ("who was SG between the 3rd and 4th
    summits" got the 3rd Secretary-General, as if they were his)."""
    if table not in question.tables:
        return False
    tokens = question.tokens

    def joined(at: int) -> bool:  # (the numbers listed with them: "the 3rd and 4th summits")
        return tokens[at] in _LISTING_NUMBERS or tokens[at].isdigit() or any(
            _ordinals(tokens[at:at + 1]))
    # (an Indonesian ordinal follows what it numbers, an English one comes before it: "KTT
    # ketiga dan keempat sekjennya siapa", "who chaired the 10th summit")
    before = any(w.startswith("ke") for w in words)

    def owners(at: int) -> set[str]:
        first = last = at
        while first > 0 and joined(first - 1):
            first -= 1
        while last < len(tokens) and joined(last):
            last += 1
        return {t for t, spans in question.tables.items()
                if any((end == first) if before else (start == last) for start, end in spans)}
    said = [at for at, t in enumerate(tokens) if t in words and t not in _LISTING_NUMBERS]
    return bool(said) and all((found := owners(at)) and table not in found for at in said)


def _on_it(question: _Question) -> frozenset[str]:
    """"on" right before a row's name ("is turkey *on* the al-quds committee"): sitting on
    it, not "in" it (a place: "did it meet in Morocco?")."""
    tokens = question.tokens
    starts = {min(tokens.index(t) for t in h.tokens) for h in question.rows}
    on = frozenset({"on"}) if any(
        tokens[at - 1:at] == ("on",) or tokens[max(0, at - 2):at] == ("on", "the")
        for at in starts) else frozenset()
    # ... or the countries "in" it ("Which countries are in the Al-Quds Committee?": it got
    # what the body is, its members unnamed)
    asked = STATES_ASKED.intersection(tokens)
    inside = frozenset({"in", "di", "dalam"}).intersection(
        t for at in starts for t in (*tokens[at - 1:at], *tokens[max(0, at - 2):at - 1]))
    return on | (asked | inside if asked and inside else frozenset())


def decade_of(tokens: Sequence[str], at: int) -> int | None:
    """The first year of the decade the token at ``at`` names ("1980s", "1980" "an", "90an",
    "90s", "90" "an"): a short one from the 1960s to the 2020s, the OIC's; None if none."""
    token, an = tokens[at], tuple(tokens[at + 1:at + 2]) == ("an",)
    if (full := DECADE.match(token)) or (an and (full := DECADE.match(token + "s"))):
        return int(full[1]) * 10
    short = SHORT_DECADE.match(token)
    if short is None or not (an or token.endswith(("s", "an"))):
        return None
    digit = int(short[1])
    return 1900 + digit * 10 if digit >= 6 else 2000 + digit * 10 if digit <= 2 else None


def _grouped_by_place(table: Table) -> bool:
    """Whether the rows are meetings (held somewhere) or numbered office holders (from
    somewhere: not the summit chairs, whose rows begin in 1997)."""
    return table.of_meetings or all(r.holder and r.ordinal for r in table.rows)


def _hosted_by(row: Row, by: str) -> tuple[str, ...]:
    """The cities a meeting was held in, or its country, as ``by`` asks."""
    return row.cities if by == "city" else (row.country,) if row.country else ()


def _complete(rows: Iterable[Row]) -> bool:
    """Whether the numbered rows of each kind run from the 1st to the last without a gap."""
    numbers: dict[str, set[int]] = {}
    for row in rows:
        if row.ordinal:
            numbers.setdefault(row.kind, set()).add(row.ordinal)
    return all(held == set(range(1, max(held) + 1)) for held in numbers.values())


def _most_hosted(rows: list[Row], question: _Question) -> tuple[list[Row], str] | None:
    """The rows held where most of them were, or where more than one was ("which cities
    hosted more than one summit?"): those rows and the qualifier saying so; None where no place
    hosted more than one (it listed every summit)."""
    assert question.hosting is not None
    by = "city" if CITY_ASKED & set(question.tokens) else "country"
    held = [r for r in rows if r.status != "planned"]
    counted = Counter(place for r in held for place in _hosted_by(r, by))
    most = max(counted.values(), default=0)
    if most < 2:
        return None
    keep = {p for p, n in counted.items()
            if n > 1 and (question.hosting.value == REPEATED or n == most)}
    return ([r for r in held if keep & set(_hosted_by(r, by))],
            f"{question.hosting.value}{by}:{most}")


def _numbered(tokens: tuple[str, ...], words: tuple[str, ...], table_starts: set[int]
              ) -> list[tuple[int, frozenset[str]]]:
    """"wich contry host the 13 summit": a bare number between "the" and a table's word, in
    the singular, numbers its row ("the 15 summits" counts them)."""
    singular = {(n, w) for the, n, w in zip(words, words[1:], words[2:], strict=False)
                if the == "the" and n.isdigit() and len(n) <= 2
                and not (w.endswith("s") and not w.endswith(("ss", "is", "us")))}
    return [(int(n), frozenset((the, n)))
            for at, (the, n) in enumerate(itertools.pairwise(tokens), 1)
            if the == "the" and at + 1 in table_starts and any(m == n for m, _ in singular)]


def _roman(numeral: str) -> int:
    """ "xiv" -> 14 (a numeral ``_ROMAN`` accepts)."""
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if v < following else v
               for v, following in zip(values, [*values[1:], 0], strict=True))


def _indonesian_number(words: tuple[str, ...]) -> tuple[int, int]:
    """("empat", "puluh", "tujuh") -> (47, 3): a number in words and how many words it took."""
    first = words[0]
    if first in _ID_TEENS:
        return _ID_TEENS[first], 1
    value = _ID_UNITS[first]
    following = words[1] if len(words) > 1 else ""
    if following == "belas":
        return value + 10, 2
    if following == "puluh":
        unit = _ID_UNITS.get(words[2]) if len(words) > 2 else None
        return (value * 10 + unit, 3) if unit else (value * 10, 2)
    return value, 1


def _month_said(tokens: Iterable[str], month: int) -> set[str]:
    """The words of ``tokens`` naming ``month`` ("november", "nov")."""
    return {t for t in tokens if _MONTH_NUMBERS.get(t) == month}


def _month_alone(words: tuple[str, ...]) -> _Hit | None:
    """ "held in March", "bulan Desember": a month named with no day or year beside it ("15
    March", "the 25th of September" are days, "March 2024" a month of a year); "may" only
    after a word saying when."""
    for at, word in enumerate(words):
        month = _MONTH_NUMBERS.get(word)
        if month is None or any(t[0].isdigit() for t in words[max(0, at - 2):at + 2]):
            continue
        before = words[at - 1] if at else ""
        if word == "may" and before not in MONTH_SAID:
            continue
        return _Hit(str(month), frozenset({word} | ({before} & MONTH_SAID)))
    return None


def _superlative(rows: list[Row], which: str, table: Iterable[Row]
                 ) -> tuple[list[Row], bool]:
    """The first, latest, next or current row(s); ``True`` when "current" fell back to the
    latest row that took place (meetings have no current row), or "first" to the earliest
    row of several when the ``table`` does not hold every row before it (numbered 1 to its
    number): the summit chairs start in 1997, the CFM sessions have gaps."""
    dated = [r for r in rows if r.start]
    which, _, few = which.partition(FEW)
    if few:  # ("latest*3": the three latest held)
        held = sorted((r for r in dated if r.status != "planned"), key=_chronology)
        return (held[:int(few)] if which == "first" else held[-int(few):]), False
    if which == "next":
        planned = [r for r in dated if r.status == "planned"]
        return ([min(planned, key=_chronology)] if planned else []), False
    if which == "current":
        current = [r for r in rows if r.status == "current"]
        if current:
            return current, False
    past = [r for r in dated if r.status != "planned"]
    if not past:
        return [], False
    if which in TENURES:
        return _by_tenure(past, which == "longest"), False
    if which.startswith(BACK):  # "the second to last": so many back from the latest
        back = int(which.removeprefix(BACK))
        return ([sorted(past, key=_chronology)[-back]] if len(past) >= back else []), False
    if which.startswith(AHEAD):  # "the second after 1990": so many on from the first after it
        ahead = int(which.removeprefix(AHEAD))
        held = sorted(past, key=_chronology)[:ahead]
        numbers = [r.ordinal for r in held]
        # (counted by the numbers, which must run on from the row before the first, when the
        # table numbers its rows: a row it lacks would shift the count)
        known = numbers[0] is None or (
            numbers == list(range(numbers[0], numbers[0] + ahead)) and (numbers[0] == 1 or any(
                r.ordinal == numbers[0] - 1 and r.kind == held[0].kind for r in table)))
        return ([held[-1]] if len(held) == ahead and known else []), False
    if which == "first":
        first = min(past, key=_chronology)
        numbered = {r.ordinal for r in table if r.kind == first.kind}
        known = first.ordinal is not None and numbered >= set(range(1, first.ordinal + 1))
        return [first], not (known or len(past) == 1)
    return [max(past, key=_chronology)], which == "current"


def _by_tenure(rows: list[Row], longest: bool) -> list[Row]:
    """The row in office (or the meeting held) longest or shortest, or the few that may be,
    where dates known to the year only leave it open; the current holder counts up to the
    row's as_of, a meeting dated to one day lasted that day."""
    spans: dict[str, tuple[int, int]] = {}
    for row in rows:
        assert row.start is not None
        end = row.end or (PartialDate(row.as_of.year, row.as_of.month, row.as_of.day)
                          if row.status == "current" and row.as_of else
                          row.start if not row.holder and row.start.day else None)
        if end is None:
            return []  # a row without an end: no one can say who was in office longest
        spans[row.id] = ((end.first() - row.start.last()).days,
                         (end.last() - row.start.first()).days)
    if longest:  # every row that may have lasted as long as the surest one
        floor = max(shortest for shortest, _ in spans.values())
        could = [r for r in rows if spans[r.id][1] >= floor]
    else:
        ceiling = min(longest_ for _, longest_ in spans.values())
        could = [r for r in rows if spans[r.id][0] <= ceiling]
    tied = all(spans[r.id][0] == spans[r.id][1] for r in could)  # as long, to the day
    return could if len(could) <= TENURE_CHOICES or tied else []


def _chronology(row: Row) -> tuple[date, int]:
    assert row.start is not None
    return row.start.first(), row.ordinal or 0


def _ordered(rows: list[Row]) -> list[Row]:
    """By date; rows without one keep their YAML order, after the dated ones."""
    return sorted(rows, key=lambda r: (r.start.first() if r.start else date.max))


# -- writing ----------------------------------------------------------------------------------


def ordinal(n: int, lang: str) -> str:
    """2 -> "2nd" / "ke-2"."""
    if lang == "id":
        return f"ke-{n}"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_partial(value: PartialDate, lang: str) -> str:
    """22 February 1974, June 2004 or 1971: as precisely as the source gives it."""
    if value.month is None:
        return str(value.year)
    month = MONTHS[lang][value.month - 1]
    return f"{value.day} {month} {value.year}" if value.day else f"{month} {value.year}"


def format_span(start: PartialDate, end: PartialDate | None, lang: str,
                status: str | None = None) -> str:
    """22–24 February 1974, 1971–1973, since 17 November 2021."""
    if end is None or end == start:
        if end is None and status == "current":
            return ("sejak " if lang == "id" else "since ") + format_partial(start, lang)
        return format_partial(start, lang)
    if start.day and end.day and start.month and end.month and start.year == end.year:
        month = MONTHS[lang][end.month - 1]
        if start.month == end.month:
            return f"{start.day}–{end.day} {month} {end.year}"
        return f"{start.day} {MONTHS[lang][start.month - 1]} – {end.day} {month} {end.year}"
    if start.month is None and end.month is None:
        return f"{start.year}–{end.year}"
    return f"{format_partial(start, lang)} – {format_partial(end, lang)}"


def format_when(start: PartialDate, end: PartialDate | None, lang: str,
                status: str | None = None) -> str:
    """The dates with their preposition: "on 22–24 February 1974", "in 2026", "from 1971 to
    1973", "since 17 November 2021" (Indonesian: pada, pada tahun, dari ... sampai, sejak)."""
    english = lang == "en"
    if end is None and status in ("current", "former"):
        prefix = ("since " if english else "sejak ") if status == "current" else (
            "from " if english else "mulai ")
        return prefix + format_partial(start, lang)
    if end is not None and end != start and end.year != start.year:
        first, last = format_partial(start, lang), format_partial(end, lang)
        return f"from {first} to {last}" if english else f"dari {first} sampai {last}"
    span = format_span(start, end, lang, status)
    if start.day:
        return ("on " if english else "pada ") + span
    if start.month:
        return ("in " if english else "pada ") + span
    return ("in " if english else "pada tahun ") + span


def _render(template: Template, values: Mapping[str, str], lang: str) -> str:
    return string.Formatter().vformat(template.text[lang], (), values)


def _first(templates: Iterable[Template], fits: Callable[[Template], bool],
           values: Mapping[str, str], lang: str) -> str:
    """The first wording that fits (the loader made sure one does)."""
    for template in templates:
        if fits(template):
            return _render(template, values, lang)
    return values.get("name", "")


def _all(words: Mapping[str, tuple[str, ...]]) -> Iterable[str]:
    return (word for group in words.values() for word in group)


def _kinds_named(hits: list[_Hit], table: str) -> set[str]:
    """The kinds of ``table`` the question names (narrowed where they were found: "KTT
    darurat Arab-Islam" is the joint summit, though "darurat" alone would also be an
    extraordinary one)."""
    return {kind for hit in hits for owner, _, kind in (hit.value.partition(":"),)
            if owner == table}


ANNIVERSARY = frozenset("ulang ultah ulangtahun anniversary milad hut peringatan jubilee".split())


def _of_an_anniversary(tokens: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether the ordinal said by ``words`` counts years of an anniversary: "ulang tahun
    ke-50", "peringatan ke-50", "the OIC's 50th anniversary"."""
    # (each place the number stands, not the first "ke": "sidang menlu ke 46 pas ultah ke 50"
    # read the anniversary's 50 as the 50th session's)
    spans = [(i - (tokens[i - 1:i] == ("ke",)), i + 1) for i, t in enumerate(tokens)
             if t in words and t != "ke"]
    return any(not ANNIVERSARY.isdisjoint(
        {*tokens[max(0, start - 2):start], next((t for t in tokens[end:] if t != OIC_WORD), "")})
        for start, end in spans)


def _century(tokens: tuple[str, ...]) -> tuple[int, frozenset[str]] | None:
    """The first year of the century named ("the 20th century", "abad ke-21", "abad 21"),
    with the words naming it; None if none is."""
    for at, word in enumerate(tokens):
        if word in CENTURY_WORDS:
            near = tokens[max(at - 2, 0):at] if word == "century" else tokens[at + 1:at + 3]
            number = next((int(m[1]) for w in near if (m := CENTURY_NUMBER.match(w))), None)
            if number is not None:
                return (number - 1) * CENTURY_YEARS + 1, frozenset((*near, word))
    return None


def _of_a_text(tokens: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the superlative at ``tokens[start:end]`` qualifies a text (TEXTS_ADOPTED) next
    to it: after it in English ("the first OIC charter"), before it in Indonesian ("piagam
    pertama", "Piagam OKI (yang) pertama")."""
    after = [t for t in tokens[end:end + 2] if t != OIC_WORD][:1]
    before = [t for t in tokens[max(0, start - 3):start] if t not in (OIC_WORD, "yang")][-1:]
    return bool(TEXTS_ADOPTED.intersection(after) or TEXTS_ADOPTED.intersection(before))


def _lists_every_holder(table: Table) -> bool:
    """Whether a table lists every holder of an office: people, numbered from the first
    without a gap, one of them holding it now."""
    ordinals = sorted(r.ordinal or 0 for r in table.rows)
    return bool(table.rows) and all(r.holder for r in table.rows) \
        and ordinals == list(range(1, len(ordinals) + 1)) \
        and sum(r.status == "current" for r in table.rows) == 1


def _holder_now(table: Table) -> Row | None:
    """The one row of a table holding an office now, if it names one holder."""
    rows = [r for r in table.rows if r.status == "current"]
    return rows[0] if len(rows) == 1 and rows[0].holder else None


def _spoken_name(words: str) -> str:
    """A name as a question said it, written as names are: "Raja Faisal", "King Hassan II",
    "Mohammed bin Salman"."""
    return " ".join(w.upper() if set(w) <= set("ivx") or w == "pm"
                    else w if at and w in NAME_LINKS else w.capitalize()
                    for at, w in enumerate(words.split()))


def _years(tokens: Iterable[str]) -> frozenset[str]:
    """The years ``tokens`` name."""
    return frozenset(t for t in tokens if YEAR.match(t))
