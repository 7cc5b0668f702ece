"""The answer engine: text in, :class:`Reply` out. No Telegram, no I/O, no global state.

A message is read whole (:mod:`bot.engine.message`): courtesies are set aside and each question
is tried from its most specific reading to the whole message. For a reading, the sources propose
(the intent matcher, the country data) and the guards filter (another organisation named, a
country named without the OIC); :mod:`bot.engine.decide` then answers, offers choices or admits
not knowing, with a reason that travels with the reply to the logs and ``ask --explain``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any

from bot.content.model import LANGS, Entry, KnowledgeBase, Organisation, PartialDate, Row
from bot.engine.chains import (
    HELD,
    Chain,
    ElectedAt,
    find_chain,
    find_elected_at,
    that_country,
)
from bot.engine.claims import (
    COUNT,
    COUNTED_ALIKE,
    DAY_CLAIMED,
    SAID_COUNTS,
    WHY,
    Happened,
    Stated,
    claimed_days,
    claims,
    confirmed,
    contradicted,
    miscounted,
    stated,
)
from bot.engine.countries import CountryIndex
from bot.engine.dates import days_in
from bot.engine.decide import (
    ANSWERED,
    DOING_ASKED,
    Decider,
    Decision,
    Evidence,
    Kind,
    Thresholds,
    Weighed,
    offerable,
)
from bot.engine.defining import defined
from bot.engine.focus import (
    ANNUALLY,
    BEGUN,
    BULLET,
    CONTRAST,
    DAY,
    DETAIL_CHARS,
    DOER_NAMED,
    DURATION,
    FOCUS_WORDS,
    FREQUENCY,
    LEAD_CHARS,
    LIFTED_SHARE,
    MOST_ASKED,
    ORDINAL,
    OUTCOME,
    OUTCOME_ASKED,
    RARE_ANSWERS,
    REASON,
    REASON_ASKED,
    REASON_PAIRS,
    SEAT_VERBS,
    SEAT_WORDS,
    UNSOURCED,
    WHEN,
    YEAR,
    Shape,
    asked_detail,
    asked_items,
    asked_shape,
    comparatives,
    day_asked,
    deed_asked,
    focus_line,
    gives_figure,
    items_asked,
    items_listed,
    lifted,
    list_asked,
    lists,
    most_said,
    nth_named,
    outcome_asked,
    possessed,
    qualifies,
    reason_asked,
    refers_back,
    refocused,
    said,
    sentences,
    split_lead,
)
from bot.engine.language import LanguageDetector
from bot.engine.matcher import Candidate, Matcher
from bot.engine.membership import COUNTRY_JOIN, CountrySource
from bot.engine.message import (
    CHOOSING_WORDS,
    EITHER,
    INVERTED,
    IT,
    OTHERS_THAN_SAID,
    RANKS,
    Message,
    MessageReader,
    Named,
    Question,
    option_items,
    options_apart,
    year_of_an_event,
)
from bot.engine.normalize import ORG_PREFIX, Normalized, Normalizer, fold
from bot.engine.proposal import Proposal, SourceName
from bot.engine.regions import RegionIndex
from bot.engine.reply import Link, Reply
from bot.engine.spelling import NameSpeller
from bot.engine.stem import deed_shaped, predicate_shaped, stems
from bot.engine.tables import (
    ARAB_PLACES,
    BOUNDS,
    CLAIM_OPENERS,
    COMPARING,
    DECLARED,
    DUTIES_ASKED,
    ELSEWHERE,
    GULF,
    HANDING,
    HELD_SAID,
    HOST_WORDS,
    MONTH_WORDS,
    NEGATIONS,
    NO_ROW_PREFIX,
    NOT_NOW,
    NOW_WORDS,
    NUMBER_ASKED,
    OFFICE_TIMES,
    OTHER_YEAR,
    PERSON_TITLES,
    PICKED_BY_VALUE,
    PRODUCED,
    ROWS_COUNTED,
    SAID_FROM,
    SELECTORS,
    SUPERLATIVES,
    TENURES,
    TIME_WORDS,
    UNMAPPED_REGIONS,
    WHO_ASKS,
    WHO_ONLY,
    WITH_DETAIL,
    TableIndex,
    asks_which_first,
    counted_word,
    format_span,
    likened,
    ordinals,
    says_now,
    says_outside,
    words_set_aside,
)
from bot.engine.tables import (
    ASKS as TABLE_ASKS,
)
from bot.engine.texts import MONTHS, TEXTS

__all__ = ["Engine", "Thresholds", "as_of_line", "format_date", "normalise_lang"]

TERSE_WORDS = 2  # a question of at most this many words (besides "OIC") is terse
# An entry with an item on each country asked answers over one on a single country scoring
# at most this much more ("Bahasa resmi OKI: Arab, Inggris, Prancis" names languages, and
# the OIC's names in them are listed far below)
LISTED_EACH_MARGIN = 0.2
EXCEPTING = frozenset("kecuali except excluding exclude termasuk".split())
STANDING_PREFIX = "membership:"  # a country's standing, by its key ("membership:SG")
ELSE_ASKED = frozenset({("apa", "lagi"), ("what", "else")})  # ... or what else is asked
MAX_QUESTION_CHARS = 500  # longer text is cut before matching; nobody asks 500 characters
# "Since King Fahd founded the OIC in 1969, what was his main goal?": a premise opening a
# question, taken as given by it (a claim drawn from one, "..., right?", is read whole; "AS"
# is the United States: "AS ngakuin Yerusalem ibukota Israel, OKI ngapain")
GIVEN_PREMISE = re.compile(r"^\s*(?!(?-i:AS)\s)(?:since|because|as|given that|now that|karena|krn|"
                           r"berhubung|mengingat|kan)\s+(?P<premise>[^,?]{8,}),\s*(?P<asked>.+)$",
                           re.IGNORECASE | re.DOTALL)
# ... or stated plainly before its question ("The OIC has 193 members, which is the biggest?"
# got Indonesia, as if the OIC had 193): a clause saying what something is or has, not a time
# or place it is asked at ("After Egypt was suspended in 1979, who ...")
STATED_PREMISE = re.compile(
    r"^\s*(?!(?:after|before|when|while|if|in|at|during|once|setelah|sebelum|ketika|saat|"
    r"waktu|pas|sejak|kalau|kalo|jika|pada|di|dalam)\b)(?P<premise>(?=[^,?]{8,},)[^,?]+?\b(?:"
    r"has|have|had|is|are|was|were|punya|memiliki|mempunyai|adalah|merupakan|beranggotakan|"
    r"didirikan|dibentuk|berdiri|bermarkas|berada)\b[^,?]*),\s*(?P<asked>.+)$",
    re.IGNORECASE | re.DOTALL)
# ... or as a sentence of its own ("OKI dibentuk tahun 1945 setelah perang dunia. apa
# tujuannya?" got the goals, 1945 let stand)
STATED_SENTENCE = re.compile(r"^\s*(?P<premise>[^?.!]{8,}?)\.\s+(?P<asked>[^.!]+\?\s*)$",
                             re.DOTALL)
# ... checked only where our sources say otherwise (a premise they cannot check is a question's
# setting: "Indonesia is a big country, what does it do in the OIC?")
CORRECTED = re.compile(r"^(?:No|Not|Tidak|Bukan)\b|^(?:The sources of this answer do not mention|"
                       r"Sumber jawaban ini tidak menyebut) |"
                       # (or no row of what it says: "Indonesia hosted a regular summit in
                       # 2016. What was it about?" got Istanbul's, Indonesia let stand)
                       r"^(?:Our sources (?:list|record) no|Sumber kami tidak mencatat) ")
# ... which, where our sources cannot check it, an answer must tell this share of (by weight)
PREMISE_TOLD = 0.5
CLAUSE_SURE = 0.7  # a clause answered less surely than this is weighed against its whole,
CLAUSE_YIELDS = 0.05  # ... which must be answered this much more surely
# how many, or how much; a pay is an amount ("What is the OIC Secretary-General's annual
# salary?" showed who hires the staff, that no source gives it folded)
PAY = frozenset(("salary", "salaries", "gaji", "gajinya"))  # a figure, named as such
AMOUNT_ASKED = NUMBER_ASKED | PAY | {"much", "earn", "paid"}
FAITH = "islam"  # the faith, said alone, is not the OIC ("who founded islam")
CAPITAL = (("ibu", "kota"), ("capital",))  # ... nor is the country whose capital a city is
WHICH_COUNTRY = (("negara", "apa"), ("negara", "mana"), ("which", "country"), ("what", "country"))
# ... what a city is, where, or what it was called ("Islamabad itu kota apa", "dulu nama kota
# Astana apa")
CITY_ASKED = (*WHICH_COUNTRY, *CAPITAL, ("kota", "apa"), ("what", "city"), ("which", "city"),
              ("where",), ("dimana",), ("nama",), ("namanya",), ("name",), ("called",),
              ("terkenal",), ("famous",), ("known", "for"))
# ... though it is said of what the OIC gathers (its states, peoples, ministers and meetings)
# and of the seed article's diplomacy
FAITH_OF = frozenset("""negara negeri antarnegara bangsa dunia umat ummat kaum masyarakat
    pemimpin menlu menteri konferensi pertemuan sidang kerjasama sama arab diplomasi countries
    country nations nation states state world leaders ministers conference diplomacy""".split())
ORGANISATION = frozenset("organisation organization organisasi".split())
STAND_INS = frozenset("it its they them their".split())  # (an example's words for the OIC)
OUR_MEMBERS = frozenset("anggota anggotanya member members".split())  # ... after the OIC named
ARTICLE_NUMBER = re.compile(r"\b(?:Article|Pasal)\s+\d+")  # (a numbered article is no figure)
# "first", "latest", "next" (a place in a series, as ordinals are), each one word
IN_SERIES = frozenset(words[0] for kind in ("first", "latest", "next")
                      for words in SUPERLATIVES[kind] if len(words) == 1)
CANDIDATES = 8  # intents proposed per reading
# A name written capitalised, of two words or more ("Islamic University of Technology")
NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)*[A-Z][\w'’-]*)+")
LANGUAGE_EVIDENCE = 0.5  # ... what the words outside such names must give to decide alone
# "What happened on 28 June 2011?": the one answer or row naming that day, as surely as a row a
# year picks; several share it less surely (offered)
ONE_DAY = 0.85
DAYS_SHARED = 0.45
# "Who was Yerzhan Kazykhanov?": a name of words of at least UNHEARD_CHARS letters no example
# uses leads to the few answers writing it, each as surely as UNHEARD_SCORE times the share (at
# least UNHEARD_SHARE) of the question's weight it says
UNHEARD_CHARS = 3
UNHEARD_NAME_CHARS = 6  # ... or one of this many asked "who" of
UNHEARD_ROW = 0.8  # ... less surely by a row that writes it
UNHEARD_HOLDER = 0.85  # ... a little more surely by the row of the office they held
UNHEARD_SCORE = 0.8
UNHEARD_SHARE = 0.6
DAY_ASKS = frozenset("""what happened happen happens terjadi peristiwa kejadian event events
    significant significance important penting why mengapa kenapa on pada tanggal day hari
    about for in history sejarah oki at di apa is was ada yang itu""".split())
LINKS = 3  # related entries offered under an answer or a "not sure"
MAX_COUNTRIES = 5  # countries one standing answers together (callback data holds 64 bytes)
NEAR_CHARS = 40  # a year this soon after a city names one meeting ("Istanbul (14-15 April 2016)")
PREDICATE = 0.35  # how much a verb- or adverb-shaped word weighs in what a question is about
CITY_WORDS = frozenset("kota city".split())  # what a chain naming a city asks, if only that
PLURAL_ASKED = frozenset("are were".split())  # "what *are* the ...": not one thing ...
PLURAL_AT = 3  # ... said among a question's first words
DENIED_SPAN = 2  # the words after a negation that it denies ...
DENYING = frozenset("yang that which who did does do is are was were has have".split())  # after
SELECTED = 0.8  # an example picking the first/latest/next one, for a question that picks none
OFFERED_ONLY = 0.01  # how far under the answer threshold a proposal only offered scores
VAGUE = frozenset("something anything else sesuatu lain lainnya hal".split())  # (naming nothing)
COUNT_CONTEXT = 1  # words of a claim that weigh, beside its count, a sentence saying it says
ANOTHER_COUNTRY = 0.5  # an example naming a country (or year), for a question naming only others
# ... or none in particular: "a country", "any member", "suatu negara", "setiap anggota"
_ANY_COUNTRY = re.compile(r"\b(?:a|an|any|every|each|suatu|sebuah|setiap|tiap)\s+"
                          r"(?:country|state|member|negara|anggota)\b"
                          # ... or the members at large ("manfaat oki buat negara2
                          # anggotanya" got what Indonesia gains)
                          r"|\b(?:negara\s+)+anggota(?:nya)?\b")
# Words asking who held an office ("siapa", "which", "negara mana"), not what they did
HOLDER_ASKED = WHO_ONLY | {"which", "mana"}
EXPLAINED_KEPT = 50_000  # (intent, word) verdicts remembered; about 5 MB at most
# An event an entry dates ("when the OIC changed its name"): how well the words after the
# time word must match that entry's examples, and by how much more than the next entry's
EVENT_MATCH = 0.7
EVENT_MARGIN = 0.05
# The words opening a question asked yes or no ("Was 15 March declared ... in 2019?"), and
# those that make any a claim to check ("indonesia jd ketua oki 2025 beneran?")
YES_NO = CLAIM_OPENERS | frozenset("can memang".split())
LISTED_COUNTRIES = 3  # an answer naming this many countries lists them: one left out is a no
CLAIM_TAGS = frozenset("beneran bener benar betul kan true false salah right".split())
WHY_WORDS = frozenset().union(*WHY.values())
# Words joining others, which say nothing of what is counted ("how many times *in* office")
LINKING = frozenset("in of at on to for by the a an di ke dari pada yang yg itu ini dan and"
                    .split())
CITY = frozenset("city kota".split())  # words asking for a place that any place named answers
BOUND_NEAR = 2  # how far before a year a word bounding it ("sebelum tahun 2011") may stand
EVENT_RIVALS = 3  # entries ranked for an event: those as close as the best must agree on its year
SHORT_STEM = 4  # letters of a word whose final "e" dropped makes another word ("them")
FIGURE_PREFIX = "figure:"  # Decision.subject of a figure an entry does not give
# Words asking what ought to be ("Should the OIC have its own army?", "Haruskah OKI
# membubarkan diri?"): an opinion the sources cannot settle, never answered "No." as a fact
# ("Should Indonesia leave the OIC?" got "No. Our sources do not record Indonesia leaving")
OUGHT = frozenset("should shouldnt ought sebaiknya seharusnya semestinya mestinya harusnya "
                  "haruskah perlukah sebaiknyakah".split())
# ... and "perlu" (needed) in a question asked yes or no: "perlu gak ...", "apa perlu ..."
NEEDED = "perlu"
YES_NO_TAGS = frozenset("gak ga nggak ngga enggak engga tidak tdk gk ngak apa apakah".split())
OBLIGED = frozenset("wajib mewajibkan diwajibkan mandatory obligatory required".split())
OPENER = re.compile(r"^(?:Yes|No|Ya|Tidak)[.,]\s+")  # an answer's "No." before its facts
# how long ago something began, asked ("how old is the OIC", "OKI sudah berdiri berapa tahun"):
# counted from the one day an answer's first sentence gives (it was told the day alone)
YEARS_SINCE_ASKED = (("age",), ("umur",), ("umurnya",), ("usia",), ("usianya",),
                     ("berumur",), ("berusia",), ("years", "ago"), ("tahun", "lalu"),
                     ("tahun", "yang", "lalu"), ("long", "ago"), ("years", "since"),
                     ("many", "years", "has"), ("many", "years", "have"), ("how", "long", "has"),
                     ("how", "long", "have"))
# who did what is pointed at, or who came after ("terus siapa penggantinya?")
DOERS = frozenset("pelaku pelakunya culprit perpetrator pengganti penggantinya successor".split())
# ... or why (not), or "really?", or "what do you mean", of what came before ("why not?" got
# why India is not a member)
REACTIONS = WHY_WORDS | frozenset("""napa really beneran serius seriously masa kok yakin maksudnya
    not tidak gak nggak enggak""".split())
SINCE = frozenset("since sejak from dari".split())  # (a year counted from)
SOURCE_ASKED = frozenset("""source sources sumber sumbernya referensi reference references
    link""".split())  # (alone: of an answer the bot never sees)
DATE_OF = frozenset("date tanggal tanggalnya of".split())  # (a time asked of nothing named)
TOLD_MORE = frozenset("""explain elaborate jelaskan jelasin terangkan details detail detailnya
    lanjut lanjutkan continue tell me more""".split())  # (alone: what was said, explained)
# What a follow-up may say alone, each kind on its own, of a message the bot never saw: why or
# a reaction, since when, the source, to explain it, how many ("how many?")
SAID_ALONE = (REACTIONS, SINCE, SOURCE_ASKED, TOLD_MORE, frozenset(("many", "much")))
AGE_ASKED = frozenset("age umur umurnya usia usianya berumur berusia".split())  # (a person's)
AGE_WORDS = frozenset(w for phrase in YEARS_SINCE_ASKED for w in phrase) | frozenset(
    "berapa lama around exist exists existed ada now today sekarang kini".split())
# ... to an answer at least this sure: a count on a guess is a wrong figure ("how old is the
# oic charter (the current one)" got 15 years, from the name change the question was near)
YEARS_COUNTED_SURE = 0.6
# the "or not" closing a yes-no question, before a comma, a stop or the end ("... bukan
# sih", "..., isn't it?"), or opening one ("bener gak ...", "Didn't the OIC ...?")
NEGATION_TAG = re.compile(r"\b(?:(?:or|atau) )?(?:not|no|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|"
                          r"engga|belum|blm|bukan)(?: (?:ya|sih|kah|deh|dong|kan))?\s*(?=[,?.!]|$)"
                          r"|\b(?:is|are|was|were|did|does|do|has|have)n'?t (?:it|they|he|she|"
                          r"there)\s*(?=[,?.!]|$)"
                          r"|^\s*(?:(?:bener|benar|betul) (?:gak|ga|nggak|tidak|enggak)|didn'?t|"
                          r"isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|bukankah)\b",
                          re.IGNORECASE)
ASKED_BESIDE_WHY = frozenset("mana which siapa who kapan when where berapa".split())
# a purpose said, which tells why as a reason does ("IsDB was set up to foster ...")
PURPOSE = re.compile(r"\b(?:to promote|to foster|to protect|to support|to safeguard|to defend|"
                     r"to strengthen|to coordinate|in order to|aims? to|aimed at|purpose|so as "
                     r"to|tujuan|bertujuan|untuk me\w+|guna|demi|agar|supaya|"
                     # (or what it was for, or marked: "resigned for health reasons", "convened
                     # against a strike on Iraq", "menandai ulang tahun ke-50")
                     r"reasons?|alasan|against|menentang|menolak|mark|marked|marking|"
                     r"menandai|memperingati)\b", re.IGNORECASE)
CONFIRMED = re.compile(r"^(?:Yes|Ya)[.,]\s+")  # ... and its "Yes."
PERSON_PREFIX = "person:"  # ... of a person an entry does not name
TITLE_WORDS = 3  # a message that is an answer's title of this many words opens that answer
TIME_PREFIX = "time:"  # ... of an office asked at a time we cannot date
# An answer about a country the question does not name needs to beat one about another by
# this much, or it is a guess; so does an answer to a question not naming the OIC an
# off-topic example
GUESSED_GAP = 0.05
IT_SAID = frozenset("it its".split())  # a thing pointed at, not named
# Words addressing the bot ("umur *kamu* berapa", "how old are *you*")
ADDRESSED = frozenset("kamu kau you your u bot botnya dirimu".split())
ASKED_APART = {"why": WHY_WORDS, "when": frozenset("kapan kapankah when".split())}
# Countries at large: "countries", "negara-negara" (a word said twice)
COUNTRIES_AT_LARGE = frozenset("countries nations states".split())
COUNTRY_WORD = "negara"
OFF_TOPIC_GAP = 0.05
OFFERED_PREFIX = "offered:"  # ... of an answer about something else, offered beside others
# A year this near after a declaration's word names the declaration by it ("Deklarasi Jakarta
# 1996", "Jakarta Declaration of 1996"; before it, only right before its city: "the 1996
# Jakarta Declaration")
DECLARED_YEAR_NEAR = 2
# A meeting's row leaving this many of a question's words unexplained is not what was asked
# about it ("the new emblem adopted at the Dakar summit": "lambang", "baru", "diadopsi")
EVENT_UNSAID = 2
WHO_ASKED = frozenset("who whom siapa siapakah".split())
HOW_MANY_OR_WHO = WHO_ASKED | frozenset("berapa many jumlah count number".split())
CLAIM_WORDS = 10  # ... in a claim of at most this many words that say what it is about
# The head word of a body's name: left unexplained by an answer, it names another body
WHICH_AFTER = frozenset("apa mana manakah".split())  # "lembaga *apa*": a body asked for
WHICH_BEFORE = frozenset("which what".split())  # "*which* body"
BODY_HEADS = frozenset("""fund bank committee commission centre center council court agency
    institute university academy union dana komite komisi dewan mahkamah badan lembaga
    universitas akademi day hari""".split())  # (and a day: "apa itu Hari Al-Quds?")
# Why a body ended, moved or was frozen, asked of one whose answer never tells of it
# ("Mengapa OKI membubarkan COMCEC?", "Kenapa SESRIC dipindah dari Ankara ke Istanbul?",
# "Kenapa IPHRC dibekukan tahun 2019?" got the body's record, as if it explained why): said
# not to be in our sources, before the record (asked when or where, the question may name a
# move the record leaves out: "IPHRC pindah ke kantor sendiri tahun brp")
ENDED = frozenset("""bubar dibubarkan membubarkan pembubaran dihapus menghapus dihapuskan
    menghapuskan penghapusan ditutup menutup penutupan tutup pindah dipindah dipindahkan
    memindahkan pemindahan disband disbanded dissolve dissolved dissolution abolish abolished
    abolition close closed closure shut expel expelled expulsion withdraw withdrew withdrawn
    withdrawal scrapped terminated defunct relocate relocated relocation moved dibekukan
    membekukan ngebekuin pembekuan diskors menskors frozen froze bangkrut bankrupt
    collapsed""".split())
# ... and leaving, said so only of leaving something ("keluar *dari* OKI"): "mengeluarkan
# resolusi" issues one
LEFT = frozenset("keluar dikeluarkan mengeluarkan leave left quit".split())
# Observers asked of, which an answer about members never explains ("Berapa negara pengamat
# OKI yang ada di benua Afrika?" got the members' four continents)
OBSERVERS = frozenset("observer observers pengamat peninjau".split())
OBSERVER_AFTER = 2  # ... said this many words after an organisation's name ("X *an observer*")
# "Who *did* Taha name as his envoy?": whom an office holder named or chose, not the holder
DID = frozenset("did does do has have had will would".split())
ENDED_PREFIX = "ended:"  # Decision.subject of such an answer, with the word asked
MEETING_PREFIX = "meeting:"  # ... of an answer about what a claim put at another meeting
YEAR_CLAIMED = re.compile(r"\d{4}")  # a claim's year, which an answer may correct
# A word of one entry's title that names its subject is this selective in the examples
# ("oic2025" 4.4, "emblem" 5.1), unlike one saying something of it ("new" 2.9, "declaration" 3.7)
TITLE_NAME_WEIGHT = 3.9
# Words saying a meeting made something: "IPHRC *dibentuk* di KTT ...", "adopted at"
# Words asking how something began or how old it is ("When was Jeddah founded?")
ORIGIN_ASKED = frozenset("""founded founding established didirikan berdiri dibentuk built
    dibangun history sejarah old age umur usia""".split())
MADE = frozenset("""dibentuk didirikan dibuat diadopsi disahkan diluncurkan ditetapkan lahir
    founded created established formed adopted launched""".split())
RENAMED = frozenset("changed change renamed diganti diubah ganti berganti".split())  # (a name)
# What a meeting did that an entry puts at the one it names ("adopted", "suspended"): said of
# another meeting, the entry corrects it
DEED_STEMS = frozenset(f for w in MADE | frozenset("""adopt create suspend declare declared
    hasil menghasilkan dibekukan""".split()) for f in stems(w))
DEED_PREFIX = "deed:"  # ... of what a holder said or did, which their row does not record
# "pas tahun 1992", and the office's own "who was" after it ("pas tahun 1995 yg jadi sekjen oki
# siapa" was told the time was unclear)
A_YEAR_SAID = frozenset("tahun year in the of pada di yang jadi menjabat".split())
SPAN = frozenset("to and until till sampai hingga dan".split())  # "during 2005 to 2013"
REST_ASKED = (("yang", "lain"), ("the", "other"))  # a list closed by a blank, as it is read
UNNAMED_PREFIX = "unnamed:"  # ... of a question naming nothing it is about ("and the 5th?")
# ... asking whether one is among those the first answer names ("Indonesia termasuk?")
AMONG_WORDS = frozenset("termasuk ikut included include among part".split())
DAY_PREFIX = "day:"  # ... of a day that several answers name ("What happened on 28 June 2011?")
# "and the 5th one?", "what about the 13th?": a number, and nothing saying of what (a year
# names a time: "2016?" may ask what happened then)
NUMBER_ONLY = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")
# "who hosted it?": a meeting pointed at, never named (the OIC is not hosted)
POINTING = frozenset("it its one that this itu tersebut ini there situ sana".split())
BESIDE = frozenset("after before setelah sesudah sebelum".split())  # "the one after Cairo"
BESIDE_OF_IT = frozenset("sebelumnya sesudahnya setelahnya berikutnya".split())  # (of "it")
AT_A_PLACE = frozenset("in at di".split())  # ... or "the one in Dakar"
OF_THE_COUNTRY = 2  # answers telling of a country offered before one never naming it
YEAR_ASKED = frozenset(("year", "tahun"))  # ... or when ("what year was that?")
# ... of something only said to happen ("kapan itu terjadi?" got Indonesia's 2025 chair)
HAPPENING = frozenset("""terjadi terjadinya kejadiannya happen happened happens occur occurred
    berlangsung did does do""".split())
HIM = frozenset("he she him his her dia beliau orangnya".split())  # ... or a person
WHERE_OF_IT = frozenset("tempatnya lokasinya letaknya".split())  # ... or where it was
HELD_OF_IT = frozenset("diadakannya digelarnya dilaksanakannya diselenggarakannya".split())
THEY = frozenset("they them mereka".split())  # ... or states, by joining
JOINING = frozenset("join joined joining bergabung gabung masuk".split())
OF_A_PERSON = frozenset("""country negara from dari asal asalnya berasal come came comes born lahir
    nationality kebangsaan kewarganegaraan old age umur usia birth kelahiran elected dipilih
    served serve menjabat do did lakukan replaced replace succeeded ganti gantiin gantikan
    menggantikan diganti digantikan pengganti penggantinya""".split())
# ... in a question of nothing else but these
FOLLOW_UP_WORDS = POINTING | frozenset("""and the a an what about how which who where when was is
    dan terus lalu kalau yang ke gimana bagaimana siapa mana dimana kapan apa di sih dong ya
    tahun year berapa tadi again lagi did does so but tapi oh gitu begitu ok oke""".split())
# ... and, before a country alone, these put it to a question asked before ("what about egypt?")
FOLLOWED_UP = frozenset("about kalau kalo gimana and dan".split())
# What a meeting decided or discussed, asked of one only pointed at ("what was decided there?");
# not "adopted", which a text named just before may be ("the 1972 charter, where was it adopted?")
DECIDED = frozenset("""decide decided decision decisions outcome outcomes result results
    keputusan memutuskan diputuskan hasil hasilnya bahas dibahas membahas ngebahas discuss
    discussed""".split())
# A meeting only pointed at ("*that* summit", "KTT *tersebut*"), or by a word that may mark the
# topic too ("KTT *itu* diadakan berapa tahun sekali?"), then asked what only one meeting has
POINTED_BEFORE = frozenset({("that",), ("this",)})
POINTED_AFTER = frozenset({("tersebut",), ("tsb",)})
TOPIC_POINTED = frozenset({("itu",), ("ini",)})
POINTER_WORDS = frozenset(w for p in POINTED_BEFORE | POINTED_AFTER | TOPIC_POINTED for w in p)
# ("*decided that* summits be held every three years": a clause, not a meeting pointed at)
CLAUSE_OPENERS = frozenset((w,) for w in DECIDED | frozenset(
    "said say says agreed announced stated declared true claimed ruled".split()))
THEME_ASKED = frozenset("tema temanya theme".split())
ORDINAL_ASKED = frozenset(("ke", "berapa"))
# ... or how the OIC responded, to nothing named ("How did the OIC respond?" got its response
# to the Gaza war; "Myanmar army attacked Rohingya in 2017, how did OIC respond?" so too)
RESPONDED = frozenset("""respond responded responds response responses react reacted reacts
    reaction reactions stance tanggapan menanggapi tanggapi ditanggapi respons respon merespons
    merespon reaksi bereaksi sikap""".split())
# What a clause leans on what came before it by: "it", or "now" against a "then" before it
LEANING = frozenset("it sekarang kini skrg now".split())
COUNTRY_CODE = re.compile(r"[A-Z]{2}")  # a claim naming a country (not a place id, a year)
# ... said where something is (not "silent *on* Yemen", "dalam KTT", a time's "pada")
COUNTRY_CLAIMED = frozenset("in di".split())
UNKNOWN_ORG_PREFIX = "unknown:"  # ... of an answer compared with an organisation no entry knows
SAME = frozenset("same sama".split())  # ("is oic and oki the same")
OLD_NAME = frozenset(("konferensi", "conference"))  # the word only the OIC's old name says
# ... and one name said to be the other ("OKI is OIC"; not "what is the OIC (OIC)")
EQUATED = frozenset("is adalah ialah merupakan".split())
# ... in a language
NAME_LANGUAGES = frozenset("""english inggris indonesia indonesian arabic arab french prancis
    perancis""".split())
VERSUS = frozenset("vs versus".split())  # "OIC vs ASEAN - which has more members?"
SEAT_SAID = SEAT_WORDS | SEAT_VERBS  # the words saying where a body sits
# Words asking where something stands now (not "now" alone: "sekjen oki skrg" is told who;
# nor "status": "observer status"), and a lead saying it gives the newest already
LATEST_ASKED = frozenset("latest terbaru terkini perkembangan perkembangannya".split())
LATEST_SAID = LATEST_ASKED | frozenset("terakhir last newest".split())
LAST_TIME = frozenset(("last", "terakhir"))  # ... and, asked when, the last time
# Words comparing the OIC with another organisation: "mana yang lebih banyak", "bigger than"
# The words asking how two parties relate
RELATING = frozenset("hubungan hubungannya relations relationship relation ties".split())
COMPARED = COMPARING | frozenset("""more bigger larger smaller older newer stronger than vs versus
    lebih dibanding dibandingkan daripada ketimbang""".split())
# A clause naming what came before it only by "his name" or a bare "the third": read with its
# context, not alone ("the Al-Aqsa fire was started by ..., what was his name?" got the OIC's
# old name; "Arabic and English are ...; what is the third?" a two-thirds majority)
PERSONS_NAME = (("his", "name"), ("her", "name"))
NTH = frozenset("second third fourth fifth kedua ketiga keempat kelima".split())
POINTING_BACK = frozenset("it its they them their ia dia mereka".split())
LABEL_NAME_WORDS = 8  # ... at a label this short, naming a thing (no verb, no number)
BEING = frozenset("is are was were has have had adalah ialah merupakan punya".split())
# Words naming the kind of answer wanted, not what it is about ("what year, which city")
ANSWER_KINDS = frozenset("""year tahun city kota country negara date tanggal place tempat month
    bulan list daftar figure figures number numbers angka angkanya""".split())  # (and a list or
# a figure: "... five principles in the OIC's first charter. Can you list them?" got the
# members, "... numbers of founding states. What are the figures?" the refugees)
LIST_ASKED = frozenset("list daftar".split())
PERSON_ASKS = WHO_ONLY  # (words asking for a person)
# ... or for a country's leader ("Which Indonesian *president* attended ...?")
LEADERS_ASKED = PERSON_ASKS | frozenset(
    "president presiden minister menteri menlu king raja prime pm emir".split())
LEADING = frozenset("memimpin pimpin led lead leads headed".split())  # ... and for whom it led
PERSON_WINDOW = 3  # words after them that say whom
THEME_ASKS = frozenset("tema theme themes".split())  # words asking for a meeting's theme
FIRST_WORDS = frozenset(("first", "pertama"))
# ... but not these, which say only that a person is asked ("siapa *tokoh* Indonesia yang
# memimpin sidang ke-24?" asks for the chair)
SOMEONE = frozenset("tokoh sosok orang figure person personality pm".split())
# "*With* whom" asks for a party, which a state may be ("Perjanjian damai dengan
# siapa yang bikin Mesir dibekukan?": Israel; it was told our sources name no one)
WITH_WHOM = frozenset("dengan with sama ama against melawan".split())
# What a person says or meets, which a holder's row never records
# ... and what a person said at a meeting, which the meeting's row never records either ("Apa
# yang diakui Mahathir saat membuka KTT Putrajaya 2003?" got the summit's dates)
SPOKEN = frozenset("""say said says tell told admit admitted acknowledge acknowledged complain
    complained announce announced bilang kata dikatakan mengatakan berkata menyampaikan
    disampaikan berpidato speech akui mengakui diakui keluhkan mengeluh mengeluhkan dikeluhkan
    umumkan mengumumkan diumumkan menyebut ngeluh ngeluhin ngomong ngomongin nyebut""".split())
# ... which a meeting's record telling what a person there said in a speech or claim tells
# ("Mahathir bilang apa soal Yahudi di KTT OKI" was told our sources do not say so, of the row
# quoting his opening speech)
SPEECH_TOLD = SPOKEN | frozenset("""pidato pidatonya speech speeches ucapan ucapannya claim
    claimed remarks statement pernyataan pernyataannya""".split())
# "Morsi jadi ketua KTT OKI pas KTT *ke brp*?": after a time word, the row asked for
WHICH_ONE = (("ke", "berapa"), ("keberapa",), ("yang", "mana"), ("which",))
DEEDS = SPOKEN | frozenset("""ask asked urge urged meet met discuss discussed discussing propose
    proposed visit visited sign signed call called warn warned minta desak temui ketemu bahas
    bertemu menemui membahas dibahas meminta mendesak mengunjungi berkunjung kunjungi kunjungan
    dikunjungi visits visiting travelled traveled dipecat pecat diberhentikan dismissed fired
    sacked ousted""".split()) | (
    # ... and a life beside the office, which the row does not record ("What did Taha study
    # at university?" got his row, as if it said; "Is Tunku Abdul Rahman still alive?" was
    # told today's Secretary-General, "Is Yousef Al-Othaimeen dead?" his term)
    PRIVATE := frozenset("""study studied university married marry wife husband children
    educated degree kuliah belajar menikah istri suami pendidikan lulusan age umur usia
    umurnya usianya alive dead died death die living hidup meninggal wafat mati kematian
    president presiden candidate calon""".split())) | (
    # ... and what was done in office at all, which the row does not tell ("what did
    # ihsanoglu do as secretary general" got his term; "do" itself only at the end or as,
    # in or during something: not "what do you know about", "what did Taha do before")
    ACHIEVED := frozenset("""achieve achieved achievement achievements accomplish accomplished
    accomplishments legacy dilakukan lakukan melakukan prestasi prestasinya capaian
    capaiannya pencapaian pencapaiannya jasa jasanya""".split()))
DONE_AS = frozenset("as in during while".split())
DEED_BEFORE_ASKING = 6  # words before the question word a deed may stand in its clause
# What the OIC did for a country ("what did the OIC do for Chad?", "how has the OIC helped
# Thailand?", "apa yang dilakukan OKI untuk Bosnia?") ...
HELPED = frozenset("help helped helps helping assist assisted bantu membantu dibantu".split())
DONE_FOR = HELPED | frozenset("do done doing lakukan dilakukan melakukan lakuin kerjakan".split())
DONE_WINDOW = 4  # words after the deed within which the country (and "for") stands
# ... is answered by an entry an example of which asks what it did, or is worth, for someone
DONE_ASKED = DONE_FOR | frozenset("""benefit benefits manfaat peran role contribution
    kontribusi support dukungan response respons tanggapan sikap stance""".split())
FOR_WHOM = frozenset("for to untuk bagi buat kepada terhadap".split())
# ... or what aid it gave ("dana bantuan afganistan": "OKI bantu afghanistan dana apa")
AID_ASKED = frozenset("aid assistance bantuan humanitarian kemanusiaan".split())
CONTENTS_ASKED = frozenset("isi isinya contents content says say poin points".split())
# What the OIC said of something ("what did the oic say about the danish cartoons", "apa
# kata OKI soal ..."): answered by an entry an example of which asks what it said or how it
# stood
STANCE_ASKED = SPOKEN | frozenset("""statement statements stance position respond responded
    response reaction react reacted condemn condemned kecam mengecam sikap tanggapan
    pernyataan menanggapi respons reaksi view views pandangan""".split())
SAYING = frozenset("say said says bilang kata mengatakan ngomong".split())  # (not "diakui")
ASKING_DID = frozenset("did does do".split())  # "What *did* X say ...": X, in so many words
SPEAKER_WORDS = 5
SPOKEN_AT = frozenset("di pada dalam saat ketika soal tentang mengenai".split())  # ... "apa kata X
# *di* ..."
# ... and what an answer telling their words says
SPOKEN = frozenset("""said says told stated urged speech remarks warned declared announced
    according explained mengatakan menyatakan menyebut menyerukan mendesak pidato ucapan berkata
    menurut dijelaskan""".split())
ABOUT_WHAT = frozenset("about on of regarding soal tentang mengenai terkait ttg".split())
# What a body is for ("isdb fungsinya apa", "what does IsDB even do for OIC countries"): its
# entry says; its row, only its kind and seat
BODY_DUTIES = DUTIES_ASKED | frozenset("""do doing lakukan dilakukan melakukan kerjanya ngapain
    peran perannya role purpose kegunaan gunanya""".split())
OFFICE_HELD = frozenset({"current", "former"})  # the statuses of a row that is a person in office
# Someone named with their office ("President Joko Widodo", "Asisten Sekjen Tarig Ali Bakheet"):
# an answer naming someone answers who, whatever verb it uses
# (the titles that say a person's country, and offices besides)
_OFFICES = sorted({*(t.capitalize() for t in PERSON_TITLES), "Prince", "Pangeran", "Sheikh",
                   "Syekh", "Ambassador", "Duta Besar", "Dubes", "Secretary-General",
                   "Sekretaris Jenderal", "Sekjen"}, key=len, reverse=True)
ARTICLE = frozenset("article pasal artikel".split())
OFFICE_WORDS = frozenset(w.lower() for office in _OFFICES for w in office.split())
# a time said before ("waktu itu", "at that time")
THAT_TIME = frozenset((w, "itu") for w in ("waktu", "saat", "ketika", "kala", "masa", "zaman")
                      ) | {("that", "time"), ("back", "then"), ("tahun", "itu"), ("that", "year")}
THIS_YEAR = frozenset("ini itu lalu depan this last next".split())  # "pada tahun *ini*"
OUTSIDE_SAID = re.compile(r"\b(?:outside|di ?luar)\b", re.IGNORECASE)
# Words saying a meeting was held, or naming one
MEETING_VERBS = frozenset("met meet meeting bertemu bersidang".split())  # (that it met)
MET_SAID = MEETING_VERBS | frozenset("""meetings pertemuan rapat held diadakan digelar ktt
    summit sidang session konferensi conference cfm ktm""".split())
CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")  # "Alatas", "Ki-moon"; not "OKI", "KTT"
PERSON_NAMED = re.compile(
    r"(?<!Dewan )(?<!Konferensi )(?<!Sidang )(?<!para )"  # (not "Dewan Menteri Luar Negeri")
    rf"\b(?:(?:{'|'.join(_OFFICES)})\s+)+(?!(?:{'|'.join(_OFFICES)})\b)[A-Z][\w'’-]+")
# (titles in a row: "Prime Minister Mahathir", "Putra Mahkota Mohammed bin Salman")
# ... or a name without a title: capitalised words, with the particles of Arabic names between
# or before them ("Dennis Michael Rohan", "Asaad al-Shaibani", "Mohammed bin Salman")
_NAME_WORD = r"(?:(?:al|el)-)?[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-Za-z][\w'’]*)*"
NAME_PARTICLES = frozenset("al el bin ibn bint".split())
PERSON_RUN = re.compile(rf"(?<![\w'’-]){_NAME_WORD}"
                        rf"(?:\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?{_NAME_WORD})+")
# Words of leading or chairing, any of which says a deed of leading asked ("siapa yg memimpin
# ...": "keketuaan ... dipegang")
CHAIRING_SAID = frozenset("""memimpin dipimpin pimpin mengetuai diketuai ketua keketuaan lead leads
    led chair chairs chaired chairman chairmanship head heads headed""".split())
DONE = re.compile(r"di[a-z]{4,}$|[a-z]{4,}ed$")  # a deed done: "direvisi", "revised"
DIFFERING = re.compile(r"(?:Sources differ|Sumber berbeda)\b")  # (a sentence qualifying another)
PERSON_ASKED = WHO_ONLY | frozenset("""woman man person tokoh wanita perempuan pelaku pelakunya
    perpetrator culprit arsonist pembakar pembakarnya""".split())  # (who did it: "pelaku
    # pembakaran Al-Aqsa ...", "siapa pembakar Masjid Al-Aqsa")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’]*")
# How the English adjectives of the countries' names end ("Turkish", "Pakistani", "Moroccan")
DEMONYM_ENDINGS = ("ish", "ian", "can", "ien", "ese", "ani", "shi")


OPENING = 4  # the first words of a sentence, which say what it is about


@dataclass(frozen=True, slots=True)
class Told:
    """An answer as a phone shows it: what its lead says (words and stems) and gives (a year,
    a place), what its title says, each folded sentence with what it says and gives, and how
    many of those end the lead's own paragraph (a phone cuts a long one after a few
    sentences)."""

    lead: frozenset[str]
    gives: frozenset[Shape]
    title: frozenset[str]
    folded: tuple[tuple[str, frozenset[str], frozenset[Shape]], ...]
    cut: int
    # the codes of the countries the lead names; the lead's words and these leave out the
    # names of the items of a list it opens ("• Egypt: ..."): an opener naming them says of
    # each no more than its name
    countries: frozenset[str]


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole message names, whichever of its parts is being answered."""

    orgs: tuple[Organisation, ...]
    names_oic: bool
    country: tuple[str, tuple[str, ...]] | None  # ISO code and the words that named it
    others: tuple[tuple[str, tuple[str, ...]], ...] = ()  # more countries named after it
    written: str = ""  # the message as written (its capitals may mark a name)
    choosing: bool = False  # it gives options to choose among


class _Memo:
    """Normalises each distinct text of one message once."""

    def __init__(self, normalize: Normalizer) -> None:
        self._normalize = normalize
        self._seen: dict[str, Normalized] = {}

    def __call__(self, text: str) -> Normalized:
        found = self._seen.get(text)
        if found is None:
            found = self._seen[text] = self._normalize(text)
        return found


class Engine:
    """Answers questions from one :class:`KnowledgeBase` snapshot."""

    normalize: Normalizer
    example_forms: dict[str, tuple[str, str]]  # per example: its tokens, its spoken words
    matcher: Matcher
    language: LanguageDetector

    def __init__(
        self,
        kb: KnowledgeBase,
        default_lang: str = "id",
        thresholds: Thresholds | None = None,
        previous: Engine | None = None,
    ) -> None:
        """``previous``, an engine built from earlier content, lends what an edit left alone:
        the index if no example changed (else the normal forms of the unchanged examples), the
        country index if no alias changed, and the words of the unchanged answers."""
        self.kb = kb
        self.default_lang = default_lang
        reuse = previous if previous is not None and previous.kb.lexicon == kb.lexicon else None
        self.normalize = reuse.normalize if reuse else Normalizer(kb.lexicon)
        if reuse and _examples(reuse.kb) == _examples(kb):
            self.example_forms = reuse.example_forms
            self.matcher, self.language = reuse.matcher, reuse.language
        else:
            self._index(reuse.example_forms if reuse else {})
        if reuse and "countries" in reuse.__dict__ and _aliases(reuse.kb) == _aliases(kb):
            self.__dict__["countries"] = reuse.countries  # fills the cached property
        self._organisations = {ORG_PREFIX + org.id: org for org in kb.lexicon.organisations}
        self._acronyms = {fold(a): org for org in kb.lexicon.organisations
                          for a in org.indonesian_acronyms}
        self._ours = kb.lexicon.our_name
        lexicon = kb.lexicon
        self._our_organs = tuple(dict.fromkeys(
            t for t in (self.normalize(o).tokens for o in lexicon.our_organs) if t))
        self._organs_apart = tuple(dict.fromkeys(
            t for t in (self.normalize(o).tokens for o in lexicon.organs_apart) if t))
        self._plain = frozenset(
            {self._ours, *(w for group in (lexicon.question_words, lexicon.function_words)
                           for ws in group.values() for p in ws for w in self.normalize.words(p))})
        self._asking = frozenset(w for ws in lexicon.question_words.values() for p in ws
                                 for w in self.normalize.words(p))
        # (not each word of "apa saja": "OKI sebaiknya dibubarkan *saja* gak?" asks nothing)
        self._question_words = frozenset(w for ws in lexicon.question_words.values() for w in ws)
        self.reader = MessageReader(kb.lexicon, self.normalize.words, self._is_plain,
                                    self._names, self._written_in)
        self._intent_entry = {i.id: i.answers for i in kb.intents.values()}
        self._entry_intent = {i.answers: i.id for i in reversed(list(kb.intents.values()))}
        # the entries telling of one meeting (a row's entry): their examples name it by place
        # and year
        self._meeting_entries = frozenset(r.entry for t in kb.tables.values() if t.of_meetings
                                          for r in t.rows if r.entry)
        self._answer_words: dict[str, frozenset[str]] = {}
        self._denials: dict[str, frozenset[str]] = {}
        self._stated: dict[str, Stated] = {}  # the places, years and counts an answer states
        self._explained: dict[tuple[str, str], bool] = {}
        self._example_countries: dict[tuple[str, str], frozenset[str]] = {}
        self._about_us: dict[str, bool] = {}
        self._said: dict[tuple[str, str], frozenset[str]] = {}  # an answer's words and stems
        # an entry's title and lead, then each later line of its answer, as words and stems
        self._lines: dict[tuple[str, str], tuple[frozenset[str], ...]] = {}
        if reuse:  # what warming read of the answers an edit left alone (about 0.1 s in all)
            kept = {i for i, e in kb.entries.items() if (was := reuse.kb.entries.get(i))
                    and (was.title, was.answer) == (e.title, e.answer)}
            self._answer_words = {i: w for i, w in reuse._answer_words.items() if i in kept}
            self._denials = {i: w for i, w in reuse._denials.items() if i in kept}
            self._lines = {k: lines for k, lines in reuse._lines.items() if k[0] in kept}
        self._rarity: dict[str, bool] = {}
        self._comparisons: dict[str, bool] = {}  # organisation -> an example compares it
        self._meetings_told: dict[str, str] = {}  # entry -> the one meeting it names, or ""
        self._told_countries: dict[str, frozenset[str]] = {}  # entry -> the countries it names
        self._titles_read: dict[str, tuple[tuple[str, ...], ...]] = {}  # intent -> title tokens
        self._folded: dict[tuple[str, str], Told] = {}
        if reuse:
            self._folded = {k: told for k, told in reuse._folded.items() if k[0] in kept}
        # a table row's lines and sentences, an answer's title (lent with the answers read: the
        # detail shown after a lead reads the title's words)
        self._text_words: dict[str, frozenset[str]] = dict(reuse._text_words) if reuse else {}
        # an answer's sentences and leads: their words and what they give (the same text reads
        # the same under the same lexicon)
        self._readings: dict[str, tuple[frozenset[str], frozenset[Shape]]] = dict(
            reuse._readings) if reuse else {}
        # an answer's line or sentence -> the countries it names
        self._text_countries: dict[str, frozenset[str]] = dict(
            reuse._text_countries) if reuse else {}
        self._person_runs: dict[str, bool] = {}  # capitalised words -> a person's name
        self._answer_in = {c.kind: c.answer_in for c in kb.lexicon.courtesies if c.answer_in}
        # The operators' own off-topic reply: the entry of kind out_of_scope, whatever its id.
        self._off_topic_entry = next(
            (e for e in kb.entries.values() if e.kind == "out_of_scope"), None)
        self.thresholds = thresholds or Thresholds()

    @property
    def thresholds(self) -> Thresholds:
        return self.decider.thresholds

    @thresholds.setter
    def thresholds(self, value: Thresholds) -> None:
        self.decider = Decider(value, self._kind, self._explains, self._same, self._contradicts,
                               self._miscounts, self._confirms, self._titled,
                               self._meeting_words)

    def _index(self, known: dict[str, tuple[str, str]]) -> None:
        """Normalise the examples (or take their forms from ``known``) and index them."""
        # Per example text: its tokens and its spoken words, each joined by spaces (compact in
        # the engine cache).
        self.example_forms = {}
        examples: list[tuple[str, str]] = []
        samples: dict[str, list[tuple[str, ...]]] = {lang: [] for lang in LANGS}
        for intent in self.kb.intents.values():
            for lang, texts in intent.examples.items():
                for text in texts:
                    form = known.get(text)
                    if form is None:
                        normalized = self.normalize(text)
                        spoken = " ".join(normalized.spoken)
                        form = (normalized.text,
                                normalized.text if spoken == normalized.text else spoken)
                    self.example_forms[text] = form
                    examples.append((intent.id, form[0]))
                    samples[lang].append(tuple(form[1].split()))
        names: dict[str, frozenset[str]] = {}
        for country in self.kb.countries.values():
            one_word = {words[0] for words in map(self.normalize.words, country.aliases)
                        if len(words) == 1}
            # "Turkish" names something of Türkiye's, not the country ("the Turkish Cypriot
            # State" is another observer): an adjective stands for no other name
            nouns = frozenset(w for w in one_word if not w.endswith(DEMONYM_ENDINGS))
            names.update((w, nouns | {w} if w in nouns else frozenset({w})) for w in one_word)
        lexicon = self.kb.lexicon
        words = frozenset(w for group in (lexicon.question_words, lexicon.function_words)
                          for ws in group.values() for p in ws for w in self.normalize.words(p))
        self.matcher = Matcher(examples, names, words)
        self.language = LanguageDetector(samples)

    def normalized_examples(self) -> Iterator[tuple[str, str, str, str]]:
        """(intent id, language, example as written, its normal form) for every example."""
        for intent in self.kb.intents.values():
            for lang, texts in intent.examples.items():
                for text in texts:
                    yield intent.id, lang, text, self.example_forms[text][0]

    @cached_property
    def countries(self) -> CountryIndex:
        return CountryIndex(self.kb.countries, self.normalize.words)

    @cached_property
    def _implied(self) -> dict[str, frozenset[str]]:
        return self.normalize.implied()

    def _with_implied(self, tokens: Iterable[str]) -> set[str]:
        """``tokens`` and the words their collapsed phrases say (:meth:`Normalizer.implied`)."""
        found = set(tokens)
        return found.union(*(self._implied.get(t, ()) for t in found))

    @cached_property
    def tables(self) -> TableIndex:
        return TableIndex(self.kb, self.normalize, self.countries, self.regions)

    @cached_property
    def speller(self) -> NameSpeller:
        """Misspelt names of countries, cities, tables and their rows, read as the names (their
        readers look names up exactly); never a word an example, answer, row or the lexicon
        uses."""
        kb = self.kb
        places = (text for place in kb.places.values()
                  for text in (*place.name.values(), *place.aliases))
        tabled = (phrase for table in kb.tables.values() for group in (
            table.words, *(kind.words for kind in table.kinds.values()), table.shared_words)
            for phrases in group.values() for phrase in phrases)
        # (and the rows' own names: "yousef al othameen" got the list of all eleven)
        named = (text for table in kb.tables.values() for row in table.rows
                 for text in (*(row.name or {}).values(), *row.names))
        names = {w for text in (*places, *tabled, *named) for w in self.normalize.words(text)}
        names |= self.countries.words
        texts = (text for entry in kb.entries.values() for part in (entry.title, entry.answer)
                 for text in part.values())
        rows = (text for table in kb.tables.values() for row in table.rows for part in (
            row.note, row.outcome, row.theme, row.chair, row.holder, row.elected, row.name)
            if part for text in part.values())
        known = {w for text in (*texts, *rows) for w in self.normalize.words(text)}
        known |= self.matcher.words | self._plain | set(kb.lexicon.abbreviations) | {
            w for variants in kb.lexicon.synonyms.values() for v in variants
            for w in self.normalize.words(v)} | {
            # (and the courtesies': "Pilihan ganda: ..." read "ganda" as Uganda)
            w for courtesy in kb.lexicon.courtesies for p in (*courtesy.phrases, *courtesy.alone)
            for w in self.normalize.words(p)}
        asking = {w for words in (*kb.lexicon.question_words.values(), ("many", "much"))
                  for phrase in words for w in self.normalize.words(phrase)}
        return NameSpeller(names, frozenset(known - names - asking), asking)

    @cached_property
    def _written_lower(self) -> frozenset[str]:
        """The words the answers write in lower case somewhere: not names of people."""
        return frozenset(word for entry in self.kb.entries.values()
                         for text in entry.answer.values() for word in LOWER_WORD.findall(text))

    def _names_person(self, text: str) -> bool:
        """Whether a text names someone: by an office ("King Faisal"), or by two words or
        more that no answer writes in lower case and that name no country, place, organisation
        or meeting ("Dennis Michael Rohan"; not "Burkina Faso", "Liga Arab", "KTT OKI")."""
        return bool(PERSON_NAMED.search(text)) or any(
            map(self._a_name, (run.group() for run in PERSON_RUN.finditer(text))))

    def _a_name(self, run: str) -> bool:
        """Whether capitalised words are a person's name (each run is weighed once: sentences
        are read again as questions come)."""
        found = self._person_runs.get(run)
        if found is None:
            words = [w for w in re.split(r"[\s-]+", run.removesuffix("'s").removesuffix("’s"))
                     if w.lower() not in NAME_PARTICLES]
            found = self._person_runs[run] = len(words) > 1 and not any(
                w.isupper() or w.lower() in self._written_lower for w in words) \
                and not self._names(tuple(w.lower() for w in words)).other
        return found

    @cached_property
    def regions(self) -> RegionIndex:
        return RegionIndex(self.kb, lambda text: self.normalize(text).tokens)  # (not kept)

    @cached_property
    def country_source(self) -> CountrySource:
        return CountrySource(self.kb, self.countries, self.matcher.weight,
                             self.matcher.common_weight, self.normalize.words, self._is_plain,
                             lambda text: self.normalize(text).tokens, self.regions)

    # -- public API ---------------------------------------------------------------------------

    def detect_language(self, text: str, hint: str | None = None) -> str:
        """The question's language, or ``hint`` (then the default) when the text is unclear."""
        fallback = normalise_lang(hint) or self.default_lang
        text = text[:MAX_QUESTION_CHARS]
        return self.language.decide(self._lean(text, self.normalize(text)), fallback)

    def _lean(self, text: str, whole: Normalized) -> float:
        """How Indonesian (positive) or English a text reads, by its words outside names
        written capitalised ("Afghanistan Humanitarian Trust Fund dikelola siapa?" is
        Indonesian), or by all of them where those alone say nothing."""
        outside = NAME_RUN.sub(" ", text)
        lean = self._typed_lean(outside, self.normalize(outside).spoken) \
            if outside != text else 0.0
        if not whole.spoken:  # our name alone, in the words of one language ("Organisation
            # of Islamic Cooperation" was answered in Indonesian, the default)
            return self.language.score(tuple(fold(text).split()))
        return lean if abs(lean) >= LANGUAGE_EVIDENCE else self._typed_lean(text, whole.spoken)

    def _typed_lean(self, text: str, spoken: tuple[str, ...]) -> float:
        """How Indonesian ``text`` reads by ``spoken``, its words but the names of places and
        countries, each abbreviation of several words weighing as the one word typed
        ("Keputusan rename OIC itu lewat voting atau consensus?" was answered in English,
        "rename" read as three English words, "change its name")."""
        put_in = self.normalize.put_in(text)
        left = Counter(w for words in put_in for w in words)
        kept = []
        for word in spoken:
            if left[word]:
                left[word] -= 1
            else:
                kept.append(word)
        return self.language.score(self._unplaced(tuple(kept))) + sum(
            self.language.score(words) / len(words) for words in put_in)

    def _unplaced(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """``words`` but the names of places and countries, which are the same in either
        language ("Astana", "afghanistan" alone were answered in English), and of the bodies
        and rows of our tables ("islamic solidarity fund gunanya" was answered in English)."""
        named = {at for start, end in self.tables.row_name_spans(words) if end - start > 1
                 for at in range(start, end)}
        unplaced = [(at, w) for at, w in enumerate(words)
                    if not (self.tables.places((w,)) or self.countries.find((w,)))]
        kept = tuple(w for at, w in unplaced if at not in named)
        # (a body's name alone is read in its own words: "islamic solidarity fund")
        return kept or tuple(w for _, w in unplaced)

    def ask(self, question: str, lang: str | None = None, hint: str | None = None) -> Reply:
        """Answer ``question``; ``lang`` forces the reply language, ``hint`` breaks ties."""
        text = self.speller.correct(question[:MAX_QUESTION_CHARS])
        normal = _Memo(self.normalize)  # a message, its content and its readings often coincide
        whole = normal(text)
        lean = self._lean(text, whole)
        reply_lang = normalise_lang(lang) or self.language.decide(
            lean, normalise_lang(hint) or self.default_lang)
        if not whole.tokens:
            return self._build(question, reply_lang, Decision("empty", "no words in the message"))
        titled = self._titles.get(fold(text))
        # (a chain is read in the stem: the options of "Negara yang menjadi tuan rumah KTT OKI
        # ke-15 adalah A) Azerbaijan B) Gambia ..." were asked again of The Gambia)
        stem, options = options_apart(text)
        asked = normal(stem) if options else whole
        chain = find_chain(
            asked.tokens, lambda word: self.tables.names_a_kind(word, of_rows=True),
            lambda: self.tables.row_name_spans(asked.tokens), self.tables.names_a_kind)
        chained = self._chained(question, asked.tokens, chain, reply_lang) if chain else None
        if chained is None:
            chained = self._of_that_country(question, reply_lang)
        if chained is None and (elected := find_elected_at(
                whole.tokens, lambda: self.tables.meeting_spans(whole.tokens),
                lambda: self.tables.row_name_spans(whole.tokens))):
            chained = self._at_the_election(question, whole.tokens, elected, reply_lang)
        if chained is not None:
            return chained
        reply = None if titled and titled[0] in self.kb.entries else self._read_and_answer(
            question, text, whole, lang, lean, reply_lang, normal)
        if reply is not None and (given := GIVEN_PREMISE.match(text)):
            # ("kan", as we know, checked as a premise stated: only where our sources say
            # otherwise, "kan oki punya 57 anggota, ..." is no news)
            reply = self._premise_checked(reply, given["premise"], given["asked"], reply_lang,
                                          stated=text.lstrip()[:4].lower() == "kan ")
        elif reply is not None and (stated := STATED_PREMISE.match(text)
                                    or STATED_SENTENCE.match(text)):
            reply = self._premise_checked(reply, stated["premise"], stated["asked"], reply_lang,
                                          stated=True)
        if titled and (reply is None or reply.kind in ("suggest", "fallback")):
            # an entry's title, or a button's text not otherwise understood ("The role of
            # Indonesia in the OIC" offered itself again), typed or shared: that answer, in
            # the title's language
            key, title_lang = titled
            found = self.entry_reply(key, normalise_lang(lang) or title_lang, question)
            return replace(found, reason=f"the title of {key}")
        assert reply is not None
        return reply

    def _premise_checked(self, reply: Reply, premise: str, asked: str, lang: str,
                         stated: bool = False) -> Reply:
        """A question resting on a premise, with the premise checked first: asked alone as a
        claim, what our sources say of it ("As the first Secretary-General came from Egypt,
        who was the second?" was told the second, an Egyptian, as if the first were one too;
        "Because the OIC has a joint army, which country leads it?" got the summit's chair).
        Only where the premise's answer is another than the question's: one answer telling
        both is answer enough ("Since Russia became a full member in 2005, does it vote?")."""
        claimed = self.normalize.words(premise)
        if not self.reader.asks(self.normalize.words(asked)) or self.reader.asks(claimed):
            return reply  # (a claim drawn from a premise is read whole: "..., right?")
        checked = self.ask(f"{premise}?", lang)
        answered = ("answer", "membership")
        if stated and not CORRECTED.match(checked.answer) and (
                checked.kind in answered or not self.reader.said_of_ours(claimed)
                or not any(map(YEAR.fullmatch, claimed))):
            # (but a year said of the OIC that our sources cannot check is no setting: "The
            # OIC was founded in 1945 after World War II. What was its first goal?")
            return reply
        salient = self._salient(self.normalize(premise).tokens)
        told = sum(weight for w, weight in salient.items() if said(w, self._said_by(reply)))
        if checked.kind not in answered and reply.kind in answered and reply.entry \
                and told < sum(salient.values()) * PREMISE_TOLD:
            # ... and one our sources cannot check, of which the answer says little, leaves
            # the answer unsure ("Since King Fahd founded the OIC in 1969, what was his main
            # goal?" got the OIC's goals, as if he had; "Since the OIC has its own army like
            # the GCC's ..., how many troops ...?" is told there is none)
            return replace(reply, kind="suggest", intent=None, confidence=0.0,
                           answer=TEXTS[lang]["suggest"], entry=None, title=None, sources=(),
                           as_of=None, checked=None,
                           suggestions=self._links((reply.entry, *(
                               link.entry for link in checked.suggestions)), lang),
                           reason=f"premise unchecked: {checked.reason}; {reply.reason}")
        if checked.kind in answered and checked.intent == reply.intent \
                and CORRECTED.match(checked.answer) and not CORRECTED.match(reply.answer):
            # (the answer asked of, corrected: "Indonesia hosted the 5th ordinary summit in
            # 2016. Who chaired it?" got the 5th summit, 2016 let stand)
            return replace(checked, question=reply.question, also=reply.also,
                           reason=f"premise corrected: {checked.reason}; asked: {reply.reason}")
        if checked.kind not in answered or checked.intent in (
                reply.intent, *(r.intent for r in reply.also)) or CONFIRMED.match(checked.answer):
            return reply  # (a premise our sources confirm is no news: "Yes. Indonesia is ...")
        asked_of = self._salient(self.normalize(asked).tokens)
        if asked_of and reply.kind in answered and all(
                said(w, self._said_by(checked)) for w in asked_of) and not all(
                said(w, self._said_by(reply)) for w in asked_of):
            # (the answer correcting it says what was asked, the answer to the question alone
            # does not: "The Al-Aqsa fire was in 1967. Who set it?" was told who set the fire,
            # then the founders, as if "set it up")
            return replace(checked, question=reply.question,
                           reason=f"premise checked, which answers it: {checked.reason}")
        rest = (reply, *reply.also) if reply.kind in ("answer", "membership") else (
            *reply.also, Reply(question=reply.question, kind="suggest", lang=lang, intent=None,
                               confidence=0.0, answer=TEXTS[lang]["part_unanswered"].format(
                                   part=f"\"{asked.strip()}\"")))
        return replace(checked, question=reply.question, also=tuple(rest),
                       reason=f"premise checked first: {checked.reason}; then: {reply.reason}")

    def _at_the_election(self, question: str, tokens: tuple[str, ...], elected: ElectedAt,
                         lang: str) -> Reply | None:
        """"KTT tempat Madani dipilih dipimpin siapa?": the meeting that elected him (his
        row's ``elected_at``), asked about by its title, with the first step said first (it
        got Madani's row)."""
        holders = [self.tables.row(r) for r in self.tables.rows_named(
            tokens[elected.name[0]:elected.name[1]])]
        meetings = {h.elected_at for h in holders if h is not None and h.elected_at}
        if len(meetings) != 1:
            return None
        holder = next(h for h in holders if h is not None and h.elected_at)
        meeting = meetings.pop()
        title = self.tables.row_title(meeting, lang)
        reply = self.ask(" ".join([*tokens[:elected.start], fold(title),
                                   *tokens[elected.end:]]), lang)
        step = TEXTS[lang]["elected_at"].format(holder=holder.holder[lang] if holder.holder
                                                else holder.id, meeting=title)
        first, *more = reply.answer.splitlines()
        return replace(reply, question=question, answer="\n".join([f"{step} {first}", *more]),
                       sources=tuple(dict.fromkeys((*reply.sources, *holder.sources))),
                       reason=f"elected {holder.id} at {meeting}; asked again of it: "
                              f"{reply.reason}")

    def _of_that_country(self, question: str, lang: str) -> Reply | None:
        """A question pointing at "that country" after a place or country said before it
        ("Lahore hosted an Islamic Summit; which Secretary-General was a national of that same
        country?" got the Lahore summit): asked again of the one country it names."""
        pointing = that_country(question[:MAX_QUESTION_CHARS])
        if pointing is None:
            return None
        before, clause, words = pointing
        said = self.normalize(before)
        codes = {code for code, _ in self._countries_named(said)} | {
            code for p in self.tables.places(said.tokens)
            if p in self.kb.places and (code := self.kb.places[p].country)}
        if len(codes) != 1:
            return None
        country = self.countries.name(codes.pop()).name[lang]
        reply = self.ask(clause.format(country=country), lang)
        return replace(reply, question=question,
                       reason=f"{words!r}: {country}; asked again of it: {reply.reason}")

    def _chained(self, question: str, tokens: tuple[str, ...], chain: Chain, lang: str
                 ) -> Reply | None:
        """A question naming a country by a row ("the host country of the 8th summit"),
        asked again of that country, with the row's first line saying which it is (see
        :mod:`bot.engine.chains`); None when the row is unclear, has no country, or the rest
        asks nothing of its own ("Negara tuan rumah KTT ke-15 adalah?" asks for the row)."""
        found = [self._first_so(p, chain.row_words) for p in self.tables.propose(
            self.normalize(" ".join(chain.row_words)), lang)]
        row = self.tables.row(found[0].key) if found and not found[0].rows \
            and not found[0].qualifier and found[0].score >= self.thresholds.answer else None
        if row is None:
            return None
        # ("the country that chairs COMCEC": whose head of state chairs it, not where it sits;
        # a meeting is chaired by its host)
        code = row.chair_country if chain.by_chair and not self.tables.is_meeting(row.id) \
            else row.country
        if not code or (chain.of_city and len(row.cities) != 1):
            return None  # (a city named by a row of none or two: Makkah/Taif)
        rest = tuple(t for t in (*tokens[:chain.start], *tokens[chain.end:])
                     if not (chain.of_city and t in CITY_WORDS))  # ("... itu kota apa?")
        # (the rest asks something the row does not say, or of another table: "... also gave
        # the OIC a Secretary-General", though the 47th CFM's row says whom it elected)
        if not [w for w in self._salient(rest) if w != self._ours and (
                not said(w, self._row_said(row.id))
                or (self.tables.names_a_kind(w, of_rows=True)
                    and self.tables.named((w,)) != {row.table}))]:
            return None  # ("... ke-9 pada November 2000")
        country = self.kb.places[row.cities[0]].name[lang] if chain.of_city \
            else self.countries.name(code).name[lang]
        reply = self.ask(chain.asked(tokens, fold(country)), lang)
        reason = f"first step {row.id}: {country}; asked again of it: {reply.reason}"
        if reply.kind not in ("answer", "membership", "role") or reply.entry == row.id:
            # (nor the first step twice, when the country's row is what answers)
            return replace(reply, question=question, reason=reason)
        row_says = sentences(self.tables.row_reply(row.id, lang).answer)
        chaired = [s for s in row_says[1:]
                   if chain.by_chair and row.chair and row.chair[lang] in s]
        step = " ".join(row_says[:1] + chaired[:1])  # (and who chairs it, when that named it)
        first, *more = reply.answer.splitlines()
        joined = f"{step} {first}"
        lines = [step, first] if first.startswith(BULLET) else [joined] \
            if len(joined) <= LEAD_CHARS else [first, step]  # (a list: under it)
        return replace(reply, question=question, answer="\n".join([*lines, *more]),
                       sources=tuple(dict.fromkeys((*reply.sources, *row.sources))),
                       reason=reason)

    def _read_and_answer(self, question: str, text: str, whole: Normalized, lang: str | None,
                         lean: float, reply_lang: str, normal: _Memo) -> Reply:
        """:meth:`ask` for a message with words: read into its questions, each decided."""
        message = self.reader.read(text)
        asked_in = [self._answer_in[c] for c in message.courtesies if c in self._answer_in]
        if asked_in and not normalise_lang(lang):  # "... jawab pake bahasa indonesia ya"
            reply_lang = asked_in[-1]
        indonesian = self.language.decide(lean, "en") == "id"
        if not message.questions:
            if message.courtesies == ("padding",):
                # Padding words can be the question itself ("kamu bot ya?"): answered as a
                # whole when that is clear, else it is padding after all.
                decision = self._decide(whole, self._context(whole, indonesian))
                courtesy_replies = {c.reply for c in self.kb.lexicon.courtesies}
                if decision.action in ANSWERED and decision.key not in courtesy_replies:
                    return self._build(question, reply_lang, decision, whole,
                                       f"read whole: {decision.action}: {decision.reason}")
            return self._courtesy(question, reply_lang, message)
        widest = normal(message.questions[0].readings[-1])
        if message.unseen_choice and len(message.questions) == 1 \
                and not self._salient(widest.tokens):
            # "Which statement about the OIC is incorrect?" alone: any answer would be to
            # words that say nothing of what is asked (it got Indonesia's population)
            reply = self._build(question, reply_lang, Decision(
                "fallback", "an exam item whose statements or options did not come with it"),
                widest)
            return replace(reply, answer=TEXTS[reply_lang]["options_missing"])
        # What a question names (another organisation, a country, the OIC) is read from its
        # widest reading: "Soal Liga Arab, kapan didirikan?" is about the Arab League, while in
        # "oki itu apa, bedanya sama PBB apa?" only the second question is about the UN.
        main, main_form = self._decide_question(message.questions[0], indonesian, normal,
                                                message.options, written=text)
        if len(message.questions) > 1 and (((main.action == "other_org" or (
                main.action not in ANSWERED and self._ours not in widest.tokens))
                and self._ours in normal(message.content).tokens) or (
                main.action not in ANSWERED
                and not self.reader.asks(normal(message.questions[0].text).words))):
            # "Liga Arab berdiri tahun berapa? bandingkan dengan OKI": the OIC is named in a
            # later question, so the message is a comparison, read whole; so is one whose
            # first question, not naming the OIC, went unanswered ("Apakah Indonesia negara
            # Islam? kok bisa masuk OKI": what a member is, asked of the OIC); and one whose
            # first part, unanswered, asks nothing: "Central African Republic: member or
            # observer?" was read as the name alone, then what is asked of it)
            whole_decision, whole_form = self._decide_question(
                Question((message.content,)), indonesian, normal, written=text)
            if whole_decision.action in ANSWERED:
                main, main_form = whole_decision, whole_form
        if len(message.questions) == 1 and not message.options and (
                halves := self.reader.coordinated(message.questions[0].text,
                                                  message.questions[0].yes_no)
                or self.reader.both_sides(message.questions[0].text)):
            # two things asked joined as nouns are two questions where each is answered, by
            # entries of its own, and the message as a whole by neither or by one of them
            # ("what are the headquarters and the official languages of the OIC?" told the
            # languages alone); so are the ones before and after one named
            split = [self._decide_question(Question((half,), yes_no=message.questions[0].yes_no),
                                           indonesian, normal, written=text)
                     for half in halves]
            keys = {decision.key for decision, _ in split}
            if len(keys) == 2 and all(decision.action in ANSWERED for decision, _ in split) \
                    and (main.action not in ANSWERED or main.key in keys
                         or _surer(split, main)):
                # (the second asks as the first does, of another thing: it leans on no
                # answer to the first; "Who are the founders and members of the OIC?" was
                # told the members could not be answered beside the founders)
                yes_no = message.questions[0].yes_no
                message = replace(message, questions=(
                    Question(halves[:1], yes_no=yes_no),
                    Question(halves[1:], yes_no=yes_no, parallel=True)))
                main, main_form = split[0]
        # Later questions often lean on the first ("... ada fatwanya?"): they are answered only
        # beside an answer to it, never alone.
        later = [self._decide_question(q, indonesian, normal, written=text)
                 for q in message.questions[1:]
                 ] if main.action in ANSWERED and not _admits(main) else []
        seen = {_told(main)}
        first_reply: Reply | None = None  # built once, if a later question needs it
        # (no later decisions when the first question was not answered)
        pairs = zip(message.questions[1:], later, strict=False)
        for number, (asked, (decision, _)) in enumerate(pairs):
            if not asked.alone or (decision.action in ANSWERED and _told(decision) not in seen):
                continue
            if decision.action in ANSWERED and not asked.dated:
                # "who is the current one", read with "who was the first SG", got the first
                # one again: unless the first answer says it, it is asked alone (today's)
                first_reply = first_reply or self._build(question, reply_lang, main, main_form)
                # (a row is asked for a field by words its text need not use: "Tuan rumah KTT
                # terbaru siapa dan *menghasilkan* deklarasi apa?" got the Jakarta Declaration
                # for the second, alone, though the Banjul summit's row says its declaration)
                if self._accounts_for(first_reply, normal(asked.alone),
                                      self.tables.knows(first_reply.entry or "")):
                    continue
                if not any(not predicate_shaped(w)
                           for w in self._salient(normal(asked.alone).tokens)):
                    continue  # (nothing named but a deed: "..., ngebahas apa aja?" alone got
                    # an example about the Rabat summit's talks)
            by_itself = self._decide_question(Question((asked.alone,)), indonesian, normal,
                                              written=text)
            if decision.key == main.key and (by_itself[0].action not in ANSWERED
                                             or self._beside(by_itself, question)):
                # it asks more of the first's answer: unsure alone ("ktt lb oki des 2017 di
                # mana dan diadain gara2 apa" showed where, and why past "More"), or answered
                # alone by one beside both questions ("IRCICA berdiri tahun berapa dan mulai
                # aktif kapan?" got Indonesia's membership for the second)
                continue
            later[number] = by_itself
        # (or answered by one of our facts: "Which was the newest member, and which member
        # isn't in the UN?" names no OIC, and its second question was said to be the UN's)
        if self._ours in main_form.tokens or (
                main.action in ANSWERED and main.chosen is not None
                and self._kind(main.chosen.proposal) == "fact"):
            for number, (asked, (decision, _)) in enumerate(zip(
                    message.questions[1:], later, strict=False)):
                words = normal(asked.text).tokens
                if decision.action != "other_org" or OUR_MEMBERS.isdisjoint(words) \
                        or NEGATIONS.isdisjoint(words):
                    continue
                # (a later question asking which members are not in another organisation, the
                # first having named the OIC, asks of the OIC's: "Negara terakhir yang gabung
                # OKI apa? Dan anggota mana yang bukan anggota PBB?" was said to be about the
                # UN; not "... how many members does the UN have?")
                ours = self._decide_question(Question((f"{self._ours} {asked.text}",)),
                                             indonesian, normal, written=text)
                if ours[0].action in ANSWERED:
                    later[number] = ours
        also = []
        asked_too: tuple[str, ...] = ()
        unanswered: list[str] = []  # later questions leaning on the first, no answer found
        # (what the first names, not where it sits, who heads it or its members: "Where is the
        # OIC based and how many members does it have?" left "based", "... headquarters and
        # ..." "headquarters", "Who leads the OIC and ..." "leads", for the second's answer to
        # say; "oki itu anggotanya brp trs kantornya dmn", "anggotanya")
        main_words = [w for w in self._salient(main_form.tokens) if w != self._ours
                      and not predicate_shaped(w)
                      and w not in SEAT_VERBS | SEAT_WORDS | CHAIRING_SAID | OUR_MEMBERS]
        for asked, (decision, form) in zip(message.questions[1:], later, strict=False):
            # (one asking of now what the first asked of another time)
            now = not NOW_WORDS.isdisjoint(normal(asked.text).tokens) \
                and NOW_WORDS.isdisjoint(main_form.tokens)
            if decision.action in ANSWERED and decision.chosen and main.chosen and self._same(
                    decision.chosen.proposal, main.chosen.proposal):
                # "Which summit was held in Tehran, and who took over the chairmanship there?":
                # one row, which shows what the second asks too (the chair, not only where)
                asked_too += form.tokens
            elif decision.action == "clarify" and decision.offers[:1] == (main.key,):
                # (one the bot is unsure of alone, offering the first's answer first: "Which
                # country hosted the 50th CFM and what anniversary did it coincide with?"
                # folded the anniversary its row's note gives)
                asked_too += form.tokens
            elif decision.action in ANSWERED and form.tokens != tuple(
                    self._ours if w in IT else w for w in normal(asked.text).tokens) \
                    and not self.reader.asks_beside(normal(asked.text).words) and not now \
                    and all(said(w, self._words_of(" ".join(main_form.tokens)))
                            for w in self._salient(normal(asked.text).tokens)):
                # (one answered only when read with the first, naming nothing the first does
                # not and asking for nothing beside it ("and the one after it?"), asks nothing
                # more: "knp sih oki dibentuk, ada kejadian apa" got India's
                # membership beside the founding for "kenapa oki dibentuk ada kejadian apa");
                # one read with "it" as the OIC asks of its own words ("what year did the oic
                # start and how many countries are in it today" lost its second question), as
                # does one asking of now ("who was secretary general in 2015 and who is it now")
                continue
            elif (decision.action in ANSWERED or decision.action == "other_org") \
                    and _told(decision) not in seen:
                # (a later question about another organisation is said to be outside what the
                # bot answers: "..., and where is the Arab League headquarters?" was dropped
                # without a word, as if answered)
                answer = self._build(question, reply_lang, decision, form)
                # (not one asking of now what the first asked of another time: "awalnya
                # anggota oki brp trs skrg jd brp" was told the founding members only)
                if decision.action in ANSWERED and main_words and not now \
                        and not asked.parallel and not (not IT.isdisjoint(
                            normal(asked.text).tokens) and self._of_us_alone(main_form)) \
                        and not _both_standings(main, decision) \
                        and self._leans_on(
                        normal(asked.text)) and not any(
                        said(w, self._said_by(answer)) for w in main_words):
                    # ... but one leaning on the first ("... anggotanya siapa aja?" after the
                    # Kashmir contact group) is not answered by an answer about something
                    # else (it got the OIC's 57 members) unless asked alone it gets that
                    # answer too ("... di mana markasnya?"): the first answer says it, or it
                    # is said unanswered
                    first_reply = first_reply or self._build(question, reply_lang, main,
                                                             main_form)
                    if self._accounts_for(first_reply, normal(asked.text)):
                        continue
                    # (a country asked of, "Indonesia termasuk?", is asked of the first's
                    # subject: alone it is the country's standing)
                    pointed = any(w.endswith("nya") for w in self._salient(
                        normal(asked.text).tokens))
                    alone, _ = self._decide_question(Question((asked.text,)), indonesian,
                                                     normal, written=text
                                                     ) if pointed else (main, main_form)
                    if alone.action not in ANSWERED or alone.key != decision.key:
                        unanswered.append(asked.text)
                        continue
                seen.add(_told(decision))
                also.append(answer)
            elif decision.action in ("clarify", "fallback") and main.chosen is not None \
                    and main.chosen.proposal.source != "tables" \
                    and self.reader.asks(normal(asked.text).words) \
                    and WHY_WORDS.isdisjoint(normal(asked.text).tokens) and any(
                        not w.isdigit() for w in self._salient(normal(asked.text).tokens)):
                # (a later question not understood is said so, not dropped without a word:
                # "siapa sekjen oki skrg dan berapa gajinya?" answered the first alone; not
                # one the first answer says: "... ada kejadian apa waktu itu", nor why, asked
                # of the first: "..., and why should you care?"; nor after a row, which
                # answers in its own words: "... also when did he leave office" of a term's
                # dates)
                first_reply = first_reply or self._build(question, reply_lang, main,
                                                         main_form)
                if not self._accounts_for(first_reply, normal(asked.text)):
                    unanswered.append(asked.text)
        if unanswered:
            also.append(Reply(question=question, kind="suggest", lang=reply_lang, intent=None,
                              confidence=0.0, answer=TEXTS[reply_lang]["part_unanswered"].format(
                                  part="; ".join(f"\"{part}\"" for part in unanswered))))
        reason = f"{main.action}: {main.reason}"
        if message.courtesies:
            reason = f"{' + '.join(message.courtesies)} set aside; {reason}"
        if also:
            reason += f"; also answered: {', '.join(r.intent or '-' for r in also)}"
        reply = self._build(question, reply_lang, main, main_form, reason, tuple(also),
                            asked_too)
        if main.subject.startswith(UNKNOWN_ORG_PREFIX):
            org = next(o for o in self.kb.lexicon.organisations
                       if o.id == main.subject.removeprefix(UNKNOWN_ORG_PREFIX))
            reply = replace(reply, answer=TEXTS[reply_lang]["no_org"].format(
                org=org.name[reply_lang]) + "\n" + reply.answer)
        if reply.kind in ("answer", "membership") and self._asks_what_ought(main_form.words) \
                and OBLIGED.isdisjoint(fold(reply.answer.splitlines()[0]).split()):
            # (an answer stating a rule was asked what the rules require: "Haruskah negara
            # anggota OKI bayar iuran?" is told the dues are mandatory)
            reply = _opener_dropped(reply)
            reply = replace(reply, answer=TEXTS[reply_lang]["opinion"] + "\n" + reply.answer)
        if reply.kind in ("answer", "membership") and OPENER.match(reply.answer) \
                and self._negated(text):
            # (to a question or claim with a "not" in it, a bare "No." says either: "Benar atau
            # salah: OKI adalah organisasi non-militer" was told "Tidak." by the entry on
            # whether it has an army; the facts after it answer)
            reply = _opener_dropped(reply)
        if reply.kind in ("answer", "membership") and reply.confidence >= YEARS_COUNTED_SURE \
                and _asks_years_since(main_form.tokens) and not (
                    not AGE_ASKED.isdisjoint(main_form.tokens) and (
                        (reply.entry and self.tables.is_holder(reply.entry))
                        or self.tables.office_named_at(main_form) is not None
                        or any(map(self.tables.is_holder,
                                   self.tables.rows_named(main_form.tokens))))):
            # (not a person's age: "How old is the OIC secretary general?", "How old is
            # Hissein Taha?" were counted from the year of the newest source)
            reply = self._years_counted(reply, date.today(), main_form.tokens)
        if message.excludes and reply.kind == "answer":
            # the options were set aside; what our sources list is what the others are not
            items = option_items(message.options)
            lead = self._odd_ones(items, reply_lang, normal) \
                or self._odd_kind(items, reply_lang, normal) or TEXTS[reply_lang]["excludes"]
            reply = replace(reply, answer=f"{lead}\n{reply.answer}")
        elif message.options and reply.kind in ("answer", "membership"):
            stem = text.split(message.options, 1)[0]
            reply = self._option_first(reply, option_items(message.options),
                                       self._salient(normal(stem).tokens), normal)
        return reply

    def _option_first(self, reply: Reply, items: Sequence[str], asked: Mapping[str, float],
                      normal: Callable[[str], Normalized]) -> Reply:
        """``reply`` with the sentence naming one of a multiple-choice item's options first,
        when the lead names none: the one saying most of what the lead leaves unsaid of the
        question (``asked``: its words before the options), more than any sentence naming
        another option ("PUIC bermarkas di: a) Teheran b) Jakarta ..." showed what the PUIC
        is; its seat in Tehran was folded, beside its conference in Jakarta)."""
        lead, rest = split_lead(reply.answer)
        options = [words for item in items if (words := self._salient(normal(item).tokens))]

        def naming(text: str) -> tuple[frozenset[str], frozenset[int]]:
            forms = self._read_text(text)[0]
            return forms, frozenset(at for at, words in enumerate(options)
                                    if all(said(word, forms) for word in words))

        told, found = naming(lead)
        # (what the lead says of the question tells no option apart: "The 2003 OIC summit in
        # Malaysia", said by a sentence naming Badawi, its chair later, is not "hosted by";
        # a lead saying all of it answers it, "Its communiqué ... declared East Jerusalem")
        unsaid = {word: w for word, w in asked.items() if not said(word, told)}
        if found or not unsaid:
            return reply
        scored = sorted(((sum(w for word, w in unsaid.items() if said(word, forms)), sentence,
                          found) for sentence in sentences(rest)
                         for forms, found in (naming(sentence),) if found),
                        key=lambda s: s[0], reverse=True)
        if not scored or len(scored[0][2]) != 1 or any(
                found != scored[0][2] and weight >= scored[0][0]
                for weight, _, found in scored[1:]):
            return reply
        return replace(reply, answer=lifted(reply.answer, scored[0][1]))

    def _asks_what_ought(self, words: Sequence[str]) -> bool:
        """Whether a question asked yes or no asks what ought to be (not "what should be
        changed", "why should Indonesia take part": what is asked there is answered)."""
        # ("perlu" next to "gak" or "apa", or in a question opened or closed by one: "Menurutmu
        # OKI perlu punya pasukan militer bersama gak?", "apakah OKI perlu dibubarkan?", which
        # was told "No, the OIC was not dissolved")
        ought = any(w in OUGHT or (w == NEEDED and (at == 0 or not YES_NO_TAGS.isdisjoint(
            (*words[:1], *words[at - 1:at + 2], *words[-1:])))) for at, w in enumerate(words))
        return ought and all(w in YES_NO_TAGS or w not in self._question_words for w in words)

    def _leaves_country(self, intent: str, clause: Normalized, widest: Normalized) -> bool:
        """Whether the widest reading names a country beside the OIC that ``clause`` does not,
        and the answer of ``intent`` does not say either."""
        own = {code for code, _ in self._countries_named(clause)}
        return self._ours in widest.tokens and any(
            code not in own and not self._says_all(intent, words)
            for code, words in self._countries_named(widest))

    def _says_all(self, intent: str, words: Sequence[str]) -> bool:
        """Whether the answer of ``intent`` says each of ``words``."""
        told = self._answer_vocabulary(self._intent_entry[intent])
        return all(said(w, told) for w in words)

    def _odd_ones(self, items: list[str], lang: str, normal: Callable[[str], Normalized]
                  ) -> str | None:
        """For options naming rows of one table but for some ("Ihsanoglu, Madani, Kofi Annan,
        Taha"), which are not in it; None where the options do not read so."""
        named = [self.tables.rows_named(normal(item).tokens) for item in items]
        tables = {row.table for rows in named for r in rows
                  if (row := self.tables.row(r)) is not None}
        if len(tables) != 1 or sum(map(bool, named)) < 2:
            return None
        table = self.kb.tables[tables.pop()]
        # ... and not a word of any row's name either ("Madani" alone names no row, but is
        # the 10th Secretary-General's name)
        said = {w for row in table.rows for text in (*(row.name or {}).values(), *row.names)
                for w in normal(text).tokens}
        odd = [item for item, rows in zip(items, named, strict=True)
               if not rows and not said.intersection(normal(item).tokens)]
        if not odd:
            return None
        return TEXTS[lang]["odd_ones"].format(odd=f" {TEXTS[lang]['or']} ".join(odd),
                                              table=table.name[lang])

    def _odd_kind(self, items: list[str], lang: str, normal: Callable[[str], Normalized]
                  ) -> str | None:
        """For options each naming one row of a table, all of one kind but one ("SESRIC,
        IRCICA, IsDB, ICDT": three subsidiary organs and a specialised institution), that one
        and its kind; None where the options do not read so."""
        named = [self.tables.rows_named(normal(item).tokens) for item in items]
        rows = [self.tables.row(next(iter(ids))) for ids in named if len(ids) == 1]
        if len(items) < 3 or len(rows) != len(items) or None in rows:
            return None
        found = [row for row in rows if row is not None]
        kinds = Counter(row.kind for row in found)
        if len({row.table for row in found}) != 1 or sorted(kinds.values()) != [
                1, len(items) - 1]:
            return None
        odd, usual = sorted(kinds, key=kinds.__getitem__)
        table = self.kb.tables[found[0].table]
        return TEXTS[lang]["odd_kind"].format(
            odd=next(item for item, row in zip(items, found, strict=True) if row.kind == odd),
            kind=table.kinds[odd].name[lang], others=table.kinds[usual].name[lang])

    def top_replies(self, question: str, lang: str | None = None, hint: str | None = None,
                    limit: int = 5) -> list[Reply]:
        """The best few fact answers for ``question`` (inline mode): the answer, then the
        runners-up the decision step weighed good enough to offer."""
        best = self.ask(question, lang=lang, hint=hint)
        if best.kind == "other_org":
            return []
        replies = [best] if best.outcome == "answered" and best.kind != "smalltalk" else []
        seen = {best.entry or best.intent, best.decision.key if best.decision else None}
        # What the reply itself offers comes first: after "no 20th summit", the rows around it,
        # not the runner-up that only shared the number.
        offers = [link.entry for link in best.suggestions] if best.kind == "suggest" else (
            best.decision.offers if best.decision else ())
        for key in offers:
            # a list of table rows has no answer of its own to offer ("summits")
            if key not in seen and self.knows(key) and len(replies) < limit:
                seen.add(key)
                replies.append(self._reply_for(key, best.lang, question, best.confidence))
        return replies[:limit]

    def warm(self) -> None:
        """Read now which words every answer accounts for (about 0.1 s), work that would
        otherwise fall on the first question touching each entry. The running bot calls it
        after each load; a one-off `oic-bot ask` does not need it."""
        for entry_id in self.kb.entries:
            self._answer_vocabulary(entry_id)
            for lang in LANGS:
                self._line_forms(entry_id, lang)
                self._told(entry_id, lang)
                # (a lent reading of an answer holds no sentence's reading of its own)
                lead, rest = split_lead(self.kb.entries[entry_id].answer[lang])
                for text in (lead, *sentences(rest)):
                    self._reading(text)
        self._titles  # noqa: B018 (folded, not normalised: about 8 ms)
        self._days  # noqa: B018 (about 15 ms)
        self.tables.said_by_one_row  # noqa: B018 (every row's names: about 30 ms)

    def knows(self, answer_id: str) -> bool:
        """Whether ``answer_id`` names an answer: a knowledge entry, a table row, or the
        standing of countries or a country's role (``membership:TR``, ``membership:GY_SR``,
        ``role:PK``)."""
        kind, _, code = answer_id.partition(":")
        if kind == "joined":
            return self.country_source.answers_joined(code)
        if kind == "region":
            return code in self.kb.regions and bool(self.regions.members(code))
        if kind == "members_in":
            return self.country_source.answers_members_in(code)
        if kind == "joined_back":
            return self.country_source.answers_joined_back(code)
        if kind == "joined_nth":
            return self.country_source.answers_joined_nth(code)
        if kind == "region_edge":
            return self.country_source.answers_region_edge(code)
        if code:
            country = self.kb.countries.get(code)
            codes = code.split(COUNTRY_JOIN)
            return (kind == "membership" and len(codes) <= MAX_COUNTRIES
                    and all(c in self.countries.codes for c in codes)) or (
                kind == "role" and country is not None and country.role is not None)
        return answer_id in self.kb.entries or self.tables.knows(answer_id)

    def entry_reply(self, entry_id: str, lang: str, question: str = "") -> Reply:
        """The reply for one answer :meth:`knows` (buttons, deep links, language switch)."""
        if ":" in entry_id:
            return self.country_source.reply(entry_id, lang, question, 1.0)
        if self.tables.knows(entry_id):
            return self.tables.row_reply(entry_id, lang, question)
        entry = self.kb.entries[entry_id]
        intent = self._entry_intent.get(entry_id, entry_id)
        return self._entry_answer(question or entry.title[lang], lang, intent, entry, 1.0)

    def membership_reply(self, code: str, lang: str, question: str = "") -> Reply:
        """The reply about one country's standing, by ISO code."""
        return self.country_source.membership_reply(code, lang, question,
                                                    self.thresholds.membership)

    # -- reading a message ----------------------------------------------------------------------

    def _context(self, content: Normalized, indonesian: bool) -> Context:
        tokens = dict.fromkeys(content.tokens)
        orgs = [self._organisations[t] for t in tokens if t in self._organisations]
        # (not "who" asking, in Indonesian: "btw who chaired KTT ke-5?")
        if indonesian:
            words = content.tokens
            orgs += [self._acronyms[t] for at, t in enumerate(words) if t in self._acronyms
                     and not (t in self._asking and at + 1 < len(words) and (
                         words[at + 1].endswith("ed") or words[at + 1] in INVERTED))]
        unique = tuple({org.id: org for org in orgs}.values())
        # (not one left out: "Besides Indonesia, which Southeast Asian states are OIC
        # members?" got Indonesia's membership)
        countries = [(code, name) for code, name in self._countries_named(content)
                     if not _left_out(content.words, name)]
        # (its organs and institutions, its Secretaries-General, named by name, are the OIC's
        # own: "Is ICESCO the same thing as UNESCO?" was refused as a question about UNESCO)
        # (nor the letters "OIC" beside another meaning of them: "OIC means Officer in Charge
        # in the police, what are the duties?" got the Secretary-General's duties)
        names_oic = (self._ours in tokens and not any(o.same_letters for o in unique)) or \
            self._names_our_own(content.tokens)
        return Context(unique, names_oic, countries[0] if countries else None,
                       tuple(countries[1:MAX_COUNTRIES]))

    @cached_property
    def _compared_with_itself(self) -> dict[bool, frozenset[str]]:
        """The intents with an example comparing the OIC with itself, by two of its names and
        nothing else ("apakah oki sama dengan oic"), found once: by whether the example says
        its old name; one that does answers only a question saying it too ("is it organisation
        of islamic conference or organisation of islamic cooperation" answers of the renaming;
        "OIC or OCI?" got it, which never names the OCI)."""
        found: dict[bool, set[str]] = {False: set(), True: set()}
        for intent in self.kb.intents.values():
            for normalized in map(self.normalize,
                                  itertools.chain.from_iterable(intent.examples.values())):
                tokens = normalized.tokens
                if tokens.count(self._ours) > 1 and set(self._salient(tokens)) <= COMPARED:
                    found[not OLD_NAME.isdisjoint(normalized.words)].add(intent.id)
        return {old: frozenset(intents) for old, intents in found.items()}

    def _faith_asked(self, tokens: tuple[str, ...], context: Context) -> bool:
        """Whether "Islam" is what a question asks about: said alone, not of the Muslim world
        ("negara islam", "menlu islam": the OIC's members), with neither the OIC nor its own
        bodies named, nor an organisation ("an organization that is steeply rooted in Islam")."""
        return not context.names_oic and ORGANISATION.isdisjoint(tokens) and any(
            t == FAITH and not (at and tokens[at - 1] in FAITH_OF) and not (
                at + 1 < len(tokens) and tokens[at + 1] in FAITH_OF)
            for at, t in enumerate(tokens))

    def _names_our_own(self, tokens: tuple[str, ...]) -> bool:
        """Whether a question names one of the OIC's organs ("KTT Islam", "CFM") or a row of
        its history tables ("ICESCO", "Taha"), or one of its meetings by place and year first
        ("KTT Riyadh 2023 minta DK PBB ...?" was refused as a question about the UN): it is
        about the OIC without saying "OIC"."""
        return any(_contains(tokens, organ) for organ in self._our_organs) or bool(
            self.tables.row_name_spans(tokens)) or self._our_meeting_first(tokens)

    def _our_meeting_first(self, tokens: tuple[str, ...]) -> bool:
        """Whether one of the OIC's meetings is named by place and year before any other
        organisation is: what it asked of the UN is the meeting's ("KTT Riyadh 2023 minta DK
        PBB ...?"); what the UN said of it is the UN's ("what did the un say about the riyadh
        2023 summit")."""
        other = next((at for at, t in enumerate(tokens) if t.startswith(ORG_PREFIX)),
                     len(tokens))
        return self.tables.names_a_meeting_held(tokens[:other])

    def _ours_beside(self, thing: tuple[str, ...], words: tuple[str, ...],
                     tokens: tuple[str, ...]) -> tuple[str, ...]:
        """The OIC, named by an example and not by a question asking what a thing not its own
        is ("what is kashmir" of "kashmir oki"); () otherwise."""
        return (self._ours,) if self._ours in words and self._ours not in tokens \
            and not self._names_ours(thing) else ()

    def _titled_as_ours(self, intent: str, thing: tuple[str, ...]) -> bool:
        """Whether a title of ``intent``'s answer tells of the OIC's dealings with ``thing``: it
        names the OIC, then the thing ("What does the OIC do about Kashmir?"; not "What is the
        Ummah concept behind the OIC?")."""
        for tokens in self._title_tokens(intent):
            at = [i for i, t in enumerate(tokens) if not _forms((t,)).isdisjoint(thing)]
            if set(thing) <= _forms(tokens) and self._ours in tokens[:at[0] if at else 0]:
                return True
        return False

    def _title_tokens(self, intent: str) -> tuple[tuple[str, ...], ...]:
        """The tokens of the titles of ``intent``'s answer (read once)."""
        found = self._titles_read.get(intent)
        if found is None:
            found = self._titles_read[intent] = tuple(
                self.normalize(title).tokens
                for title in self.kb.entries[self._intent_entry[intent]].title.values())
        return found

    def _count_said_so(self, answer: str, claim: str, tokens: tuple[str, ...]) -> bool:
        """Whether a count claimed is said in a sentence of ``answer`` with another word of the
        question that weighs ("56 juga menjadi anggota PBB" of "56 anggota OKI juga anggota
        PBB"; not of "OKI punya 56 anggota kan?", whose other words weigh nothing)."""
        if not COUNT.match(claim) and claim not in SAID_COUNTS:
            return False
        count = SAID_COUNTS.get(claim, claim)
        asked = {w for w in self._salient(tokens) if w != claim and not w.isdigit()
                 and _forms((w,)).isdisjoint(COUNTED_ALIKE[0])}  # (not "members" itself)
        for sentence in sentences(answer):
            said = self.normalize(sentence).tokens
            if count in {SAID_COUNTS.get(t, t) for t in said} \
                    and len(asked & _forms(said)) >= COUNT_CONTEXT:
                return True
        return False

    def _dated_by_another(self, tokens: tuple[str, ...]) -> bool:
        """Whether another organisation is named only in a time put first, the question after
        it asking of the OIC's own ("When The Gambia went to the ICJ in November 2019, which
        country chaired the Islamic Summit?" got the ICJ case)."""
        asking = next((at for at, t in enumerate(tokens) if at and t in self._asking), None)
        return bool(tokens) and tokens[0] in TIME_WORDS and asking is not None \
            and not any(t.startswith(ORG_PREFIX) for t in tokens[asking:]) \
            and self._names_ours(tokens[asking:])

    def _names_ours(self, words: tuple[str, ...]) -> bool:
        """Whether words name the OIC, "it", one of its meetings, bodies or history tables."""
        return self._ours in words or not IT.isdisjoint(words) \
            or any(map(self.tables.names_a_kind, words)) \
            or bool(self.tables.rows_named(words) or self.tables.named(words))

    def _names_a_meeting(self, tokens: tuple[str, ...]) -> bool:
        """Whether ``tokens`` name one of the OIC's meetings by its kind and its place or year
        ("the 1969 Rabat summit")."""
        return any(map(self.tables.names_a_kind, tokens)) and (
            bool(self.tables.places(tokens)) or any(YEAR.fullmatch(t) for t in tokens))

    def _countries_named(self, normalized: Normalized) -> list[tuple[str, tuple[str, ...]]]:
        """The countries a text names, in order. A row named by a longer name holding a
        country's ("Siprus Turki", the Turkish Cypriot State, an observer) is not that country:
        it got Cyprus and Türkiye."""
        longer = [normalized.tokens[start:end] for start, end
                  in self.tables.row_name_spans(normalized.tokens) if end - start > 1]
        return [(code, words) for code, words in self.countries.find_all(normalized.words)
                if not any(len(name) > len(words) and set(words) <= set(name)
                           for name in longer)]

    @staticmethod
    def _options_ask(options: str, indonesian: bool) -> str:
        """The question word a multiple-choice item's options answer when all are years
        ("kapan", "when"); else "". (Options all places changed no answer: a stem asking
        where says so itself.)"""
        items = option_items(options) if options else []
        if len(items) < 2 or not all(YEAR_CLAIMED.fullmatch(item) for item in items):
            return ""
        return "kapan" if indonesian else "when"

    def _decide_question(self, asked: Question, indonesian: bool,
                         normal: Callable[[str], Normalized], options: str = "",
                         shape: str = "", written: str = ""
                         ) -> tuple[Decision, Normalized]:
        """The first reading the decision step answers, else the most helpful non-answer.

        A reading that names nothing (no salient word, not the OIC: "what does it actually
        say?") leans on its context: only the widest reading may be answered so. Countries
        named only in a multiple-choice item's ``options`` are its context too ("Which of the
        following is an OIC observer? a) Russia b) Turkey ..."): their standings answer it."""
        context = replace(self._context(normal(asked.readings[-1]), indonesian), written=written,
                          choosing=bool(options))
        widest = max(asked.readings, key=len)
        if (context.country is None or not context.orgs) and widest != asked.readings[-1]:
            wide = self._context(normal(widest), indonesian)
            if not context.orgs and wide.orgs and wide.names_oic:
                # (nor is another organisation compared with the OIC before a comma: "Kalau
                # OKI vs ASEAN, mana yang ...?" got the ASEAN states in the OIC)
                context = replace(context, orgs=wide.orgs, names_oic=True)
            if context.country is None and wide.names_oic and wide.country is not None:
                # (the widest reading is not always the last: "Uganda: OIC member since
                # when?" ends with "oic member since when", which names no country; a country
                # named beside the OIC is the context, not one beside no OIC, "Mengapa Dennis
                # Michael Rohan, warga Israel, ...")
                context = wide
        if options and context.country is None:
            named = self._countries_named(normal(options))  # (not "Turkish" of a row's name)
            if len(named) >= 2:
                context = replace(context, country=named[0],
                                  others=tuple(named[1:MAX_COUNTRIES]))
        fallback: tuple[Decision, Normalized] | None = None
        last = len(asked.readings) - 1
        for number, reading in enumerate(asked.readings):
            normalized = normal(f"{reading} {shape}" if shape else reading)
            tokens = normalized.tokens
            if number < last and ((not self._salient(tokens) and (
                    self._ours not in tokens or self._asks_nothing(tokens)))
                    or (_refers_back(normalized.words) and reading != widest)
                    # (nor one naming only what kind of answer it wants, of something said
                    # before it: "Kalau Mahkamah Islam Internasional OKI jadi beroperasi,
                    # markasnya di negara apa?" got the OIC's headquarters, "the charter the
                    # OIC uses today, what year + which city?" its founding, "contact group on
                    # peace and dialogue: who leads it" the Secretary-General; not after words
                    # asking, "kapan oki berdiri dan di mana markasnya?")
                    or (reading != widest and self._ours not in tokens
                        and _names_only_kinds(tokens, self._salient(tokens), self._ours in (
                            before := normal(widest.removesuffix(reading))).tokens)
                        and not self.reader.asks(before.words))
                    # (nor one naming only a deed done to what came before: "Dulu masa jabatan
                    # Sekjen OKI 4 tahun, sekarang berubah jadi berapa?" got the name change for
                    # "berubah", "..., when and where was it adopted?" the current Charter)
                    # (nor one naming only a place in a series, of a series named before it:
                    # "OKI disebut organisasi antarpemerintah terbesar kedua. Yang pertama apa?"
                    # got the first Charter)
                    or (reading != widest and self._ours not in tokens
                        and _names_only_a_place_in_series(self._salient(tokens)))
                    # (nor one pointing back at a label naming a thing of the OIC's by what it
                    # does: "the OIC statistics centre, where is its seat?" got Jeddah, the
                    # OIC's own; not after a statement, "The OIC was founded in 1969, ...")
                    or (reading != widest and self._points_at_a_thing_of_ours(
                        normalized.tokens, normal(widest.removesuffix(reading)).tokens))
                    # (nor one whose one word of substance is a deed done to nothing named,
                    # leaning on "it", or ending a "who": "nama OKI diganti tahun 2011. siapa
                    # yg mengusulkan?" got the OIC's founders)
                    # (nor one leaning on "it" that names only something vague: "My teacher
                    # said the OIC was founded because of the Six-Day War. Is that right, or
                    # was it something else?" got the name change, "was the oki once called
                    # something else")
                    or (reading != widest and not IT.isdisjoint(tokens)
                        and VAGUE.issuperset(self._salient(tokens) or ("",)))
                    or (self._ours not in tokens
                        and len(deed := list(self._salient(tokens))) == 1
                        and (not LEANING.isdisjoint(tokens) or (
                            tokens[-1] == deed[0] and not WHO_ASKED.isdisjoint(tokens)))
                        and deed_shaped(deed[0]))):
                # (an English plural only looks like a verb: "... and how many members does
                # it have" is asked of its own)
                continue  # (the widest holds what it refers back to: "oic sg the chad guy,
                # whats his name?" got the OIC's names, "his name" read alone)
            decision = self._decide(normalized, context, "id" if indonesian else "en",
                                    asked.yes_no)
            if reading != widest:
                # (what the whole sets aside, read without it: "Besides SESRIC and IRCICA,
                # which subsidiary organs are in Türkiye?" listed the two, read alone)
                decision = self._set_aside_listed(decision, normal(widest).tokens)
            if reading != widest and decision.action in ANSWERED \
                    and decision.chosen is not None \
                    and decision.chosen.proposal.source == "intents" \
                    and not self.tables.names_a_meeting(tokens) \
                    and self.tables.names_a_meeting(wide_tokens := normal(widest).tokens) \
                    and not self._says_all(decision.chosen.proposal.key, [
                        t for t in wide_tokens if t not in tokens and t != self._ours
                        and not self._is_plain(t)]):
                continue  # (a meeting named before it is what the clause asks of, unless the
                # answer names it: "KTT OKI ke-3 di Makkah dan Taif: apa saja lembaga yang
                # dibentuk?" got the list of subsidiary organs; so too when the clause is read
                # last: "KTT Riyadh 11 Nov 2023 membentuk komite menteri dari 7 negara, negara
                # mana saja?" got all 57 members)
            if number < last and decision.action in ANSWERED and decision.chosen is not None \
                    and decision.chosen.proposal.source == "intents" \
                    and self._leaves_country(decision.chosen.proposal.key, normalized,
                                             normal(widest)):
                # (nor is a country named before it, where the whole is answered of it as
                # surely: "india kan muslimnya banyak, knp gak masuk oki?" got what any state
                # needs to join; "Saya dari Malaysia, apa tujuan OKI?" and "Turki kan anggota,
                # kapan oki berdiri?" still ask the OIC's aims and founding)
                whole = self._decide(normal(widest), context, "id" if indonesian else "en",
                                     asked.yes_no)
                if whole.action in ANSWERED and whole.chosen is not None \
                        and whole.chosen.score >= decision.chosen.score:
                    return whole.noted("", " (read with its context)"), normal(widest)
            if number < last and decision.action in ANSWERED and (
                    named_here := self.tables.rows_named(tokens)) and len(
                    self.tables.rows_named(normal(widest).tokens)) > len(named_here):
                continue  # (more named in a list after it: "Di mana markas SESRIC, IRCICA dan
                # ICDT?" was read "di mana markas sesric" alone, and the others dropped)
            if number < last and decision.action in ANSWERED and decision.chosen is not None \
                    and decision.chosen.score < CLAUSE_SURE:
                # (a clause answered only weakly yields to the whole, where that is answered
                # more surely: "In the 2004 SG election, what was the vote count?" got the
                # observers, "observer count")
                whole = self._decide(normal(widest), context, "id" if indonesian else "en",
                                     asked.yes_no)
                if whole.action in ANSWERED and whole.chosen is not None \
                        and whole.chosen.score > decision.chosen.score + CLAUSE_YIELDS:
                    return whole.noted("", " (read with its context)"), normal(widest)
            if number < last and decision.subject.startswith(UNNAMED_PREFIX):
                continue  # (what the clause leaves unnamed may be in the words before it:
                # "Myanmar army attacked Rohingya in 2017, how did OIC respond?" was told the
                # bot reads each message alone)
            if decision.action == "smalltalk" and fallback is not None:
                continue  # ("Banjul summit was supposed to be in 2019, why so late?" is no
                # goodbye: read alone, after the whole was weighed, "why so late" was "see you
                # later")
            if decision.action in ANSWERED:
                if number:
                    decision = decision.noted("", " (read with its context)")
                return decision, normalized
            if fallback is None or (not fallback[0].offers and decision.offers) or (
                    fallback[0].action == "out_of_scope" and decision.action == "clarify"
                    and self._ours in tokens):
                # (a wider reading naming the OIC, not sure, over a narrower one off-topic: "My
                # Indonesian textbook groups OIC members into four regions. Which are they?"
                # was declined for "indonesia which are they")
                fallback = decision, normalized
        assert fallback is not None  # a question has at least one reading
        # Options all years ask when ("The OIC was founded in (a) 1945
        # (b) 1969 ..." was as close to why and by whom it was founded as to when): said so
        # where the stem alone was not answered
        asks = "" if shape else self._options_ask(options, indonesian)
        if asks:
            decided = self._decide_question(asked, indonesian, normal, options, asks, written)
            if decided[0].action in ANSWERED:
                return decided
        return fallback

    def _decide(self, normalized: Normalized, context: Context, lang: str = "en",
                confirming: bool = False) -> Decision:
        """``confirming``: asked with \"?\" and no question word, in ``lang``."""
        if not normalized.tokens:
            return Decision("empty", "nothing left to answer")
        timed, dated, about_then = self._dated(normalized)
        if dated is not None:  # the office at the time of an event: asked in its year
            normalized = dated
        tokens = normalized.tokens
        away = self.tables.asked_away(tokens)
        if away:  # "KTT biasa (bukan luar biasa)": no entry about extraordinary summits
            # (unless all of it is asked away: "Selain negara, PBB dan Uni Afrika ...?" then
            # had no words left, and raised)
            tokens = tuple(t for i, t in enumerate(tokens) if i not in away) or tokens
        ranked = self.matcher.rank(tokens, limit=CANDIDATES)
        asked = self.tables.named(tokens)
        # (a question naming a history table has its premise of place or year corrected by the
        # table's rows: "Was the 10th summit held in Kuala Lumpur?" is the 10th, held in
        # Putrajaya; a count is no row's: "KTT diadakan setiap 5 tahun sekali")
        named = self._countries_named(normalized)
        spans = self.tables.place_spans(tokens)
        # (a country may be the place claimed: "oki didirikan di mesir kan?" got Egypt's
        # suspension; a row named says where it is itself: "IRCICA berkantor di Mesir kan?")
        spans += [(at, at + len(words), frozenset((code,))) for code, words in named
                  for at in range(len(tokens)) if tokens[at:at + len(words)] == words
                  and at and tokens[at - 1] in COUNTRY_CLAIMED
                  and not self.tables.rows_named(tokens)]
        claimed = claims(tokens, spans, lang, confirming,
                         counts_only=bool(asked), countries=(words for _, words in named))
        if claimed and not WHY_WORDS.isdisjoint(tokens):
            # a why-question's count that an entry states is taken as given ("Why can't the
            # OIC stop the war in Gaza if it has 57 members?" was told "Our sources here do
            # not mention 57"); one no entry states is still doubted
            found = {t: c for t, c in claimed.found.items()
                     if not (COUNT.match(c) or c in SAID_COUNTS)
                     or SAID_COUNTS.get(c, c) not in self._counts_stated}
            claimed = replace(claimed, found=found) if found else None
        if claimed:
            # ... and as the where, when or how many it asks: the place named leads to the
            # entries naming it ("founded in Cairo": the Cairo Declaration), not to the answer
            ranked = _best_of(ranked, self.matcher.rank(claimed.asked, limit=CANDIDATES))
        this_year = date.today().year
        now = [t for t in tokens if YEAR.fullmatch(t) and this_year - 1 <= int(t) <= this_year]
        if now and not HOW_MANY_OR_WHO.isdisjoint(tokens):
            # ... and without a year of now, of a question asking how many or who then, by
            # the answers telling what is so as of their newest source, which say nothing of
            # that year: "jumlah anggota oki tahun 2025 berapa" ranked every example naming
            # 2025 above the count of members (not "oki ngapain aja tahun 2025", which asks
            # what happened then)
            ranked = _best_of(ranked, [
                c for c in self.matcher.rank(tuple(t for t in tokens if t not in now),
                                             limit=CANDIDATES)
                if all(self._as_of_now(c.intent, year) and year not in self._answer_vocabulary(
                    self._intent_entry[c.intent]) for year in now)])
        terse = len(set(tokens) - {self._ours}) <= TERSE_WORDS
        places = self.tables.places(tokens)
        countries = frozenset(code for code, _ in named)
        # the years that say what is asked about ("the 2024 Riyadh summit"), not a claim's
        # ("Benarkah Al-Aqsa dibakar tahun 1970?") nor a name's ("OIC-2025"); in a question,
        # they pick it
        years_said = frozenset(t for at, t in enumerate(tokens) if YEAR.fullmatch(t)
                               and not (claimed and t in claimed.found)
                               and not (at and tokens[at - 1] == self._ours))
        picking = years_said if tokens[0] not in YES_NO and not self._asking.isdisjoint(tokens) \
            else frozenset()
        bodies = self.tables.rows_named(tokens)
        # (a row's name holding a country's is no country: "siprus turki itu anggota oki?")
        no_country = context.country is None and not self.tables.row_name_spans(tokens)
        organ = frozenset(t for o in self._organs_apart if _contains(tokens, o) for t in o)
        # (which are not, asked of the options, is for the options to tell: "Which of these is
        # NOT an official language ...? a) Arabic ..."; a claim that one is not is checked:
        # "Malaysia is not a member of the Al-Quds Committee, right?")
        denying = frozenset() if context.choosing or confirming else self._denied_asked(tokens)
        # (why or when: a year said and no reason asked is a time asked)
        kind = _asked_apart(tokens) or ("when" if any(map(YEAR.fullmatch, tokens)) and (
            REASON_ASKED.isdisjoint(tokens) and REASON_PAIRS.isdisjoint(
                itertools.pairwise(tokens))) else None)
        proposals = [self._intent_proposal(c, tokens, terse, asked, places, countries, picking,
                                           bodies, years_said, no_country, organ, denying, kind)
                     for c in ranked]
        # (another organisation named only in the time put first does not make the question
        # its own: the tables read it as a plain word)
        dating_org = self._dated_by_another(tokens)
        tabled = replace(normalized, tokens=tuple(t.removeprefix(ORG_PREFIX) for t in tokens)) \
            if dating_org else normalized
        proposals += [self._one_row_saying(self._first_so(p, tokens), tokens,
                                           confirming or tokens[0] in YES_NO)
                      for p in self.tables.propose(tabled, "", confirming)]
        # (a day claimed is the premise, not what is asked: "The OIC was founded on 21 August
        # 1969, true?" was answered with the arson that day; so what names it weighs as what
        # several name, and the answer asked of wins, where there is one: "IsDB opened on 20
        # october 1975?" is still the IsDB's; a why question's day still says which meeting
        # it asks of: "doha 15 sept 2025 summit — why was it convened")
        on_the_day = self._on_the_day(tokens)
        if claimed and WHY_WORDS.isdisjoint(tokens) and any(
                map(DAY_CLAIMED.match, claimed.found.values())):
            on_the_day = [replace(p, score=min(p.score, DAYS_SHARED)) for p in on_the_day]
        proposals += on_the_day
        salient = self._salient(tokens)
        proposals += self._by_answer_words(tokens, salient, proposals, named)
        if asked and not countries and (SELECTORS | NOW_WORDS).isdisjoint(tokens) and not any(
                p.source == "tables" for p in proposals):
            # (a country, or a row picked as the first, latest or current, is the tables'
            # to read: "mauritania ketua cfm oki skrg kan?" is who chairs now, not the session
            # held in Mauritania)
            proposals += self._row_by_own_word(tokens, asked)
        guard = unknown = ""
        evidence = Evidence(salient, terse, claimed.found if claimed else {},
                            _premises(tokens, spans), claimed.events if claimed else {})
        if context.orgs and not dating_org:
            # Intents whose own examples name that organisation may answer ("OKI dan PBB").
            # Without the OIC named, only they may, and only by an example that does not name
            # the OIC in its place, with a clear match ("resolusi 3369 pbb", "siapa utusan
            # khusus PBB untuk Islamofobia": the OIC's own work at the UN); with it, the
            # organisation may be a mere comparison ("OKI itu semacam PBB-nya negara Islam?").
            org = context.orgs[0]
            allowed = set.intersection(*(set(self.matcher.intents_with(ORG_PREFIX + o.id))
                                         for o in context.orgs))
            said_observer = len(context.orgs) == 1 and any(
                t.startswith(ORG_PREFIX) and not OBSERVERS.isdisjoint(
                    tokens[at + 1:at + 1 + OBSERVER_AFTER]) for at, t in enumerate(tokens))
            if not context.names_oic:
                # An example naming both asks about the OIC's dealings with that organisation;
                # a question naming only the organisation asks about the organisation (but
                # said to be an observer, it is asked of as the OIC's: "Is the Muslim World
                # League an observer?" was refused as about the League; not "how many
                # observers does the UN have", nor "Is the African Union an observer at the
                # UN?", which got the OIC's observers).
                allowed -= {c.intent for c in ranked if self._ours in c.example.split()
                            and not said_observer}
                # ... by an example naming it or an answer telling of it: ICESCO's entry
                # names UNESCO only in a likeness ("unesco of the islamic world"), and "Where
                # is UNESCO headquartered?" got ICESCO's seat by "where is icesco headquartered"
                best: dict[str, str] = {}
                for c in ranked:
                    best.setdefault(c.intent, c.example)
                allowed = {i for i in allowed if all(
                    name in best.get(i, "").split()
                    or name in self._answer_vocabulary(self._intent_entry[i])
                    for name in (ORG_PREFIX + o.id for o in context.orgs))}
            thing = self._plainless(defined(tokens))
            # (what, where or who the organisation itself is: none of ours tells, "Where is the
            # International Court of Justice?" got the Rohingya case at it)
            about = [p for p in proposals if p.key in allowed] if context.names_oic or not (
                thing and all(t.startswith(ORG_PREFIX) for t in thing)) else []
            if context.country:
                # "Is Palestine a full member, though not in the UN?": a country's standing
                # answers too, where the note shown with it names the organisation (so
                # without the OIC named: "is palestine in the un tho" was refused as asking
                # about the UN, where our answer has Palestine the one member outside it)
                code, name_words = context.country
                about += [p for p in self.country_source.propose(
                    code, name_words, normalized, True, self.thresholds, context.others)
                    if all(ORG_PREFIX + o.id in p.covered for o in context.orgs)]
            # (weighed: "who is the UN special envoy for Yemen" leaves "Yemen" unexplained by
            # the entry on the envoy against Islamophobia)
            weighed = sorted((self.decider.weigh(p, evidence) for p in about),
                             key=lambda w: -w.score)
            closest = weighed[0].score if weighed else 0.0
            if not context.names_oic and closest < self.thresholds.other_org:
                offers = tuple(p.key for p in about if self._kind(p) == "fact") or tuple(
                    sorted(self.matcher.intents_with(ORG_PREFIX + org.id)))
                if closest >= self.thresholds.suggest:
                    # "Moratinos diangkat PBB sebagai apa?": an entry on the OIC's work with it
                    # comes close; offered, not "I only answer questions about the OIC"
                    return Decision("clarify", f"names {org.id}; the entries about it come "
                                    f"close ({closest:.2f})", None, tuple(weighed), offers)
                return Decision("other_org", f"names {org.id}; no entry about it fits closely "
                                "enough", offers=offers, subject=org.id)
            # (or "more", "older" ... of the two set side by side: "Which has more members,
            # the OIC or the Non-Aligned Movement?")
            compares = (not COMPARING.isdisjoint(tokens) or asks_which_first(tokens)
                        or likened(tokens, self._ours) or not VERSUS.isdisjoint(tokens)
                        or not (COMPARED.isdisjoint(tokens) or EITHER.isdisjoint(tokens))) \
                and self._ours in tokens if about \
                else not COMPARED.isdisjoint(tokens)
            if context.names_oic and compares and not self._compared_with(org.id):
                # "Which has more members, the OIC or the Non-Aligned Movement?": no entry
                # compares the two; what is known is answered, and that said first. So is a
                # difference asked of entries on the OIC's dealings with it ("Apa bedanya OKI
                # dan Uni Eropa?" got the 2015 memorandum as if it were the difference).
                unknown = org.id
            if unknown and not about:
                # (nor is what another organisation is known for: "Mana yang lebih tua, OKI
                # atau ASEAN?" got the Arab League's age)
                others = {key for name in self._organisations if name != ORG_PREFIX + org.id
                          for key in self.matcher.intents_with(name)}
                proposals = [p for p in proposals
                             if not (p.source == "intents" and p.key in others)]
            if not self._our_meeting_first(tokens):
                # (what one of its meetings asked of it is the meeting's: "What did the Riyadh
                # 2023 summit ask the UN Security Council to do?")
                proposals = about or proposals
                guard = f"only entries naming {org.id} weighed; "
        elif context.country:
            code, name_words = context.country
            if not (OTHERS_THAN_SAID.intersection(tokens) and set(name_words).isdisjoint(tokens)):
                # (not "which other members joined in 1969", read without "Besides
                # Indonesia": the others than it are asked, not its standing)
                proposals += self.country_source.propose(code, name_words, normalized,
                                                         context.names_oic, self.thresholds,
                                                         context.others)
            if not context.names_oic:
                # "berapa penduduk Indonesia" is about the country, not the OIC: only intents
                # whose examples name it, small talk or the off-topic catcher may answer.
                allowed = set.intersection(*(set(self.matcher.intents_naming(w))
                                             for w in name_words))
                if self._names_a_meeting(tokens):
                    # ... or, of one of the OIC's meetings, whose answers name it ("Was
                    # Malaysia part of the committee that prepared the 1969 Rabat summit?")
                    allowed |= {c.intent for c in ranked if all(
                        said(w, self._answer_vocabulary(self._intent_entry[c.intent]))
                        for w in name_words)}
                if context.others:
                    # ... or, of several countries named, whose answers name them all ("In
                    # which years were Egypt and Syria suspended?" got Egypt's alone, Syria
                    # left unexplained, not the suspensions)
                    every = [name_words, *(words for _, words in context.others)]
                    allowed |= {c.intent for c in ranked if all(
                        said(w, self._answer_vocabulary(self._intent_entry[c.intent]))
                        for words in every for w in words)}
                # ... and only by an example naming it, not one naming the OIC in its place
                # ("siapa presiden gambia" is not "siapa presiden oki").
                allowed -= {c.intent for c in ranked if self._ours in c.example.split()
                            and not all(self.matcher.same_name(w) & set(c.example.split())
                                        for w in name_words)}
                topic = set(self._salient(tokens)) - set(name_words)
                if set(tokens) - set(name_words) and not topic:
                    # "chad itu dimana sih": asked about the country alone (a bare "Indonesia"
                    # is a keyword: the entries about it are offered)
                    allowed = set()
                # ... and by an example sharing what is asked of it, not the name alone ("When
                # was Bangladesh founded?" is not "oki university in bangladesh")
                # (by any example naming it: "when did syria get suspended" was refused when its
                # best example became "when did syria get back into the oki")
                if topic:
                    allowed -= {c.intent for c in ranked if not any(
                        said(w, self._example_forms(example)) for w in topic
                        for example in (c.example, *self._examples_naming(c.intent,
                                                                          name_words)))}
                proposals = [p for p in proposals if p.source != "intents" or p.key in allowed
                             or self._kind(p) != "fact"]
                guard = f"{code} named without the OIC: only entries naming it weighed; "
        elif not asked:  # (members only: "which country became an observer in 1996?" is
            # the observers' table's)
            proposals += self.country_source.propose_joined(normalized, context.names_oic,
                                                            self.thresholds)
            proposals += self.country_source.propose_region(normalized, context.names_oic,
                                                            self.thresholds)
            proposals += self.country_source.propose_members_in(normalized, context.names_oic,
                                                                self.thresholds)
            proposals += self.country_source.propose_joined_back(normalized, context.names_oic,
                                                                 self.thresholds)
            proposals += self.country_source.propose_joined_nth(normalized, context.names_oic,
                                                                self.thresholds)
        if self._faith_asked(tokens, context):
            # "who founded islam", "kapan islam lahir": the faith is asked about, which an
            # example naming the OIC, one of its bodies or "it" in its place does not explain;
            # an example may answer that names the faith, or names nothing the question does
            # not ("diplomasi bersih maksudnya apa" for "maksud diplomasi islam yg bersih")
            asked = self._example_forms(" ".join(tokens))
            of_faith = set()
            for c in ranked:
                words = tuple(c.example.split())
                its_own = self._salient(words)
                if FAITH in words or (its_own and all(said(w, asked) for w in its_own)
                                      and STAND_INS.isdisjoint(words) and self._ours not in words):
                    of_faith.add(c.intent)
            proposals = [p for p in proposals if p.key in of_faith or self._kind(p) != "fact"]
            guard += "the faith asked, not the OIC: only examples naming it weighed; "
        if not context.names_oic and any(_contains(tokens, c) for c in CAPITAL) \
                and (any(_contains(tokens, w) for w in WHICH_COUNTRY)
                     or (places and context.country)):
            # "rabat itu ibukota negara apa" got the Rabat summit, "dakar ibukota negara apa"
            # the Charter adopted there, "Baku ibu kota Azerbaijan ya" the Baku summit: the
            # country a city is the capital of is geography
            proposals = [p for p in proposals if self._kind(p) != "fact"]
            guard += "a capital's country asked, not the OIC; "
        if places and (not ORIGIN_ASKED.isdisjoint(tokens) or any(
                _contains(tokens, asked) for asked in CITY_ASKED)) and not (
                context.names_oic or context.orgs or context.country or self._names_ours(tokens)):
            # "When was Rabat founded?" got the Rabat summit, "When was Jeddah founded?" the
            # IsDB ("isdb jeddah"), "sejarah kota jeddah" the OIC's, "Jeddah itu kota di negara
            # mana" the OIC's founding: the origin, country or name of a city named with
            # nothing of the OIC's is the city's, which an example naming the OIC, its meetings
            # or bodies does not tell
            theirs = {c.intent for c in ranked if self._names_ours(tuple(c.example.split()))}
            # (which country it is in is geography, whatever example names it: "Jeddah itu di
            # negara mana" got the Permanent Representatives Committee)
            in_which = any(_contains(tokens, w) for w in WHICH_COUNTRY)
            proposals = [p for p in proposals if not (p.source == "intents" and (
                p.key in theirs or (in_which and self._kind(p) == "fact")))]
            guard += "a city asked of, not the OIC: examples naming the OIC set aside; "
        itself: frozenset[str] = frozenset()
        named_at = [at for at, t in enumerate(tokens) if t == self._ours]
        if len(named_at) > 1 and (not (COMPARED | SAME | EITHER).isdisjoint(tokens) or not
                                  EQUATED.isdisjoint(tokens[named_at[0]:named_at[-1]])) \
                and set(self._salient(tokens)) <= COMPARED | NAME_LANGUAGES:
            # "apa bedanya OKI dan OIC": its two names set side by side are one body, which
            # only an example comparing it with itself explains (it got the summit against
            # the CFM, "apa beda ktt oki dengan sidang menlu oki"); so does "OIC or OCI?", and
            # one said to be the other, in a language ("OKI is OIC in indonesian right?" got
            # Indonesia's roles)
            itself = self._compared_with_itself[False] | (
                self._compared_with_itself[True] if not OLD_NAME.isdisjoint(normalized.words)
                else frozenset())
            proposals = [p for p in proposals if p.key in itself or self._kind(p) != "fact"]
            guard += "the OIC's names compared: only examples naming it twice weighed; "
        if self._ours in tokens:
            # "Sebutkan negara anggota OKI di Afrika" is about the OIC, whatever off-topic
            # example ("negara terbesar di Afrika") it resembles: never "I only answer
            # questions about the OIC"
            proposals = [p for p in proposals if self._kind(p) != "out_of_scope"]
        if met := MEETING_VERBS.intersection(tokens):
            # (a meeting's row says that it met: "where did the CFM meet in 2023?" left "meet"
            # to the Executive Committee's meetings of that year)
            proposals = [replace(p, covered=p.covered | met) if p.source == "tables" and (
                self.tables.is_meeting(p.rows[0] if p.rows else p.key)) else p
                         for p in proposals]
        decision = self._duties_told(self.decider.decide(proposals, evidence, note=guard),
                                     tokens)
        decision = self._country_guessed(self._country_unsaid(decision, tokens, named,
                                                              confirming), named, tokens)
        decision = self._country_followed_up(decision, tokens, named)
        decision = self._roles_of_several(
            self._each_country_listed(decision, named), normalized, named if named else [
                c for c in (context.country, *context.others) if c is not None])
        decision = self._off_topic_as_close(decision, context)
        decision = self._figure_unsaid(self._deed_unsaid(self._person_unsaid(decision, tokens),
                                                         tokens), tokens)
        decision = self._lacking_unsaid(self._theme_unsaid(decision, tokens))
        decision = self._count_filtered(decision, tokens, context.written)
        decision = self._deed_of_holder(decision, tokens)
        decision = self._event_unsaid(decision, tokens,
                                      confirming and len(salient) <= CLAIM_WORDS)
        decision = self._subject_elsewhere(decision, tokens,
                                           confirming and len(salient) <= CLAIM_WORDS)
        decision = self._told_at_its_meeting(decision, tokens,
                                             confirming and len(salient) <= CLAIM_WORDS)
        decision = self._another_meeting(decision, tokens, confirming)
        if len(salient) <= CLAIM_WORDS:  # (not a long statement naming many bodies)
            decision = self._another_body(decision, tokens)
        decision = self._declaration_named(decision, tokens, confirming)
        decision = self._region_unsaid(self._organ_unsaid(decision), tokens)
        decision = self._denial_unsaid(decision, denying)
        decision = self._besides_unsaid(decision, tokens)
        decision = self._unnamed(decision, tokens)
        decision = self._holder_unlisted(decision, tokens, context.written)
        decision = self._outside_unsaid(decision, tokens, lang)
        decision = self._ending_unsaid(self._observers_unsaid(decision), tokens)
        decision = self._done_for_unsaid(decision, tokens, named)
        decision = self._side_unsaid(decision, tokens)
        decision = self._speaker_unsaid(self._said_unsaid(decision, tokens), tokens)
        decision = self._country_in_passing(decision, salient, named)
        decision = self._chair_unsaid(decision, tokens)
        decision = self._whom_a_holder_chose(self._told_where_claimed(decision, tokens), tokens)
        decision = self._held_in_the_year_said(decision, tokens)
        if decision.action == "answer" and decision.chosen is not None and on_the_day and \
                not confirming and tokens[0] not in YES_NO and \
                decision.chosen.proposal.source == "intents" and any(
                    DAY_CLAIMED.match(c) for c in decision.chosen.corrected) and not any(
                    self._same(decision.chosen.proposal, p) for p in on_the_day):
            # "why is 25 september 1969 important for the OIC?" got its role, told that its
            # sources do not mention the day: the entries naming that day are offered first
            # (not for a claim of the day, which the answer corrects: "oki didirikan 21
            # agustus 1969 ya?")
            decision = self._offered(decision, OFFERED_PREFIX, "the day named is another "
                                     "answer's", [k for p in on_the_day for k in offerable(p)])
        if decision.action == "clarify" and not decision.subject and on_the_day and \
                decision.weighed and decision.weighed[0].proposal in on_the_day:
            # (said as such: each of these names that day)
            day = min(days_in(tokens)[0][1])
            decision = replace(decision, subject=DAY_PREFIX + day.isoformat())
        if unknown and decision.action == "answer":
            decision = replace(decision, subject=UNKNOWN_ORG_PREFIX + unknown)
        if dated is not None:
            decision = decision.noted(f"asked as {' '.join(tokens)!r}: ")
        elif timed and decision.action == "answer" and not self._time_in_example(decision,
                                                                                   tokens):
            # the office at a time we cannot date: never whoever holds it now
            decision = self._offered(decision, TIME_PREFIX,
                                     "the time of the office asked is unclear", about_then)
        if itself and decision.action not in ANSWERED and not decision.offers:
            # (what compares them offered, where none came close enough to answer)
            decision = replace(decision, action="clarify", offers=tuple(sorted(itself)))
        return decision

    def _by_answer_words(self, tokens: tuple[str, ...], salient: dict[str, float],
                         proposals: list[Proposal],
                         named: list[tuple[str, tuple[str, ...]]]) -> list[Proposal]:
        """"Who was Yerzhan Kazykhanov?": a name no example uses, that a few answers write,
        leads to them (it was declined: nothing matched a word of it). A name is two or more
        such words running as the answer writes them ("adama barrow"), or one long one asked
        "who" of ("siapa Qureshi"); one ordinary word no example uses ("gaji", salary) is
        not, nor is a known word inflected ("rumahnya"), a country's (``named``) or a row's
        name: their own sources answer them.
        Each answer is weighed by how much of the question it says."""
        unheard = [t in salient and len(t) >= UNHEARD_CHARS and t.isalpha()
                   and not any(map(self.matcher.intents_with, stems(t)))
                   and self.matcher.same_name(t) == {t} for t in tokens]
        if not any(unheard):
            return []
        known = {w for _, words in named for w in words} | {
            tokens[i] for start, end in self.tables.row_name_spans(tokens)
            for i in range(start, end)}
        unheard = [new and t not in known and not self.tables.places((t,))
                   for t, new in zip(tokens, unheard, strict=True)]
        runs = [" ".join(tokens[start:end]) for start in range(len(tokens))
                for end in range(start + 2, len(tokens) + 1) if all(unheard[start:end])]
        who = not WHO_ASKS.isdisjoint(tokens)
        names = runs + [t for t, new in zip(tokens, unheard, strict=True)
                        if new and who and len(t) >= UNHEARD_NAME_CHARS]
        if not names:
            return []
        keys, texts, by_word = self._written
        saying: dict[tuple[SourceName, str], set[str]] = {}
        for name in names:
            pattern = re.compile(rf"\b{re.escape(name)}\b")
            holding = frozenset.intersection(*(by_word.get(w, frozenset()) for w in name.split()))
            found = [keys[i] for i in sorted(holding) if pattern.search(texts[i])]
            if 0 < len(found) <= RARE_ANSWERS:
                for writing in found:
                    saying.setdefault(writing, set()).update(name.split())
        total = sum(salient.values())
        proposed = {p.key for p in proposals}
        found_here = []
        for (source, key), words in saying.items():
            if source == "intents":
                if self.kb.entries[key].kind != "fact" or key not in self._intent_of_entry:
                    continue
                vocabulary, key = self._answer_vocabulary(key), self._intent_of_entry[key]
            else:
                vocabulary = self._row_said(key)
            if key in proposed:
                continue
            told = {w for w in salient if said(w, vocabulary)} | words
            share = sum(salient.get(w, 0.0) for w in told) / total
            if share >= UNHEARD_SHARE:
                # (a row writing it too is a detail of the entry's story: the entry first)
                # (the row of the office held by the one named before the others naming them:
                # "Who is Macky Sall in OIC history?" was offered Senegal's chair beside the
                # summit where he handed it over)
                row = self.tables.row(key) if source == "tables" else None
                holder = row is not None and any(
                    set(words) <= set(self.normalize(name).tokens)
                    for name in (row.holder or {}).values())
                score = UNHEARD_SCORE * share * (
                    1.0 if source != "tables" else UNHEARD_HOLDER if holder else UNHEARD_ROW)
                found_here.append(Proposal(source, key, round(score, 3),
                                           f"its answer names {' '.join(sorted(words))}",
                                           frozenset(told)))
        return found_here

    @cached_property
    def _written(self) -> tuple[list[tuple[SourceName, str]], list[str],
                                dict[str, frozenset[int]]]:
        """Every entry's answer and row's text in both languages, folded as the questions are,
        with what each is the answer of and, by word, which of them write it (a name is
        looked for only in those: reading them all for each question cost 0.1 ms)."""
        rows = [r.id for t in self.kb.tables.values() for r in t.rows]
        keys: list[tuple[SourceName, str]] = [
            *(("intents", e) for e in self.kb.entries), *(("tables", r) for r in rows)]
        texts = [*self._answer_texts, *(fold(" ".join(self.tables.row_text(r, lang)
                                                      for lang in LANGS)) for r in rows)]
        by_word: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            for word in set(re.findall(r"\w+", text)):
                by_word.setdefault(word, set()).add(i)
        return keys, texts, {w: frozenset(found) for w, found in by_word.items()}

    @cached_property
    def _intent_of_entry(self) -> dict[str, str]:
        """The first intent answering each entry."""
        return {entry: intent for intent, entry in reversed(self._intent_entry.items())}

    def _on_the_day(self, tokens: tuple[str, ...]) -> list[Proposal]:
        """"What happened on 28 June 2011?": the answers and rows naming that day (one is
        the answer; several are offered). A day our sources do not name proposes nothing."""
        found = days_in(tokens)
        if len(found) != 1:
            return []
        spent, days = found[0]
        index = self._days
        named = list(dict.fromkeys(key for day in sorted(days) for key in index.get(day, ())))
        # (a row and the entry it is one answer with are one: the Rabat summit's)
        named = list({self._answer_of(Proposal(source, key, 0.0, "")): (source, key)
                      for source, key in reversed(named)}.values())[::-1]
        if not named:
            return []
        covered = frozenset(tokens[i] for i in spent) | DAY_ASKS.intersection(tokens)
        # (a meeting asked of, held that day, is the one its answer is about: "doha 15 sept
        # 2025 summit — why was it convened" got the Gaza answer, which lists that day too)
        held = {self.answer_of(key) for day in days for source, key in index.get(day, ())
                if source == "tables" and self.tables.is_meeting(key)} if any(
                    map(self.tables.names_a_kind, tokens)) else set()
        return [Proposal(source, key, ONE_DAY if len(named) == 1 or (
                    len(held) == 1 and self._answer_of(Proposal(source, key, 0.0, "")) in held)
                         else DAYS_SHARED, f"names {sorted(days)[0]}", covered)
                for source, key in named]

    @cached_property
    def _days(self) -> dict[date, list[tuple[SourceName, str]]]:
        """Each day named to the day by an answer, or by a row's dates."""
        index: dict[date, list[tuple[SourceName, str]]] = {}
        intent_of = self._intent_of_entry
        for entry_id, entry in self.kb.entries.items():
            if entry_id not in intent_of or entry.kind != "fact":
                continue
            for lang in LANGS:
                # (its words as written: a date needs no normalising)
                for _, days in days_in(re.findall(r"\w+", entry.answer[lang].lower())):
                    for day in days:
                        index.setdefault(day, []).append(("intents", intent_of[entry_id]))
        for table in self.kb.tables.values():
            for row in table.rows:
                for start, end in ((row.start, row.end), (row.end, None)):
                    if start is None or start.first() != start.last():
                        continue  # (known only to the month or the year)
                    last = end.last() if end is not None and table.of_meetings else \
                        start.first()
                    for offset in range((last - start.first()).days + 1):
                        day = start.first() + timedelta(days=offset)
                        index.setdefault(day, []).append(("tables", row.id))
        return {day: list(dict.fromkeys(keys)) for day, keys in index.items()}

    def _compared_with(self, org: str) -> bool:
        """Whether an example compares the OIC with ``org`` ("difference between oki and
        arab league"): its entry does, though it may not match a question worded otherwise."""
        found = self._comparisons.get(org)
        if found is None:
            name = ORG_PREFIX + org
            found = self._comparisons[org] = any(
                name in words and (not COMPARED.isdisjoint(words)
                                   or likened(tuple(words), self._ours))
                for words in (form.split() for _, _, _, form in self.normalized_examples()))
        return found

    def _off_topic_as_close(self, decision: Decision, context: Context) -> Decision:
        """A question naming neither the OIC nor anything of its own, as close to an off-topic
        example as to the answer chosen, is not sure to be ours ("who is the current US
        president" got the OIC's chair, "who is the president of the oki" a little closer
        than "who is the president of turkey now")."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or context.names_oic:
            return decision
        if any(self._kind(w.proposal) == "out_of_scope"
               and chosen.score - w.score < OFF_TOPIC_GAP for w in decision.weighed[1:]):
            return self._offered(decision, OFFERED_PREFIX, "an off-topic example is as close")
        return decision

    def _country_guessed(self, decision: Decision, named: list[tuple[str, tuple[str, ...]]],
                         tokens: tuple[str, ...]) -> Decision:
        """An answer about a country the question never names, as close as one about another,
        is a guess between them ("kenapa dibekukan oki" got Afghanistan's suspension, Egypt's
        as close): they are offered. So is one asked of countries at large ("apa alasan
        negara-negara bergabung dengan OKI" got Indonesia's membership)."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or named \
                or chosen.proposal.source != "intents":
            return decision
        about = self._titled_countries(chosen.proposal.key)
        if about and (COUNTRIES_AT_LARGE.intersection(tokens) or any(
                a == b == COUNTRY_WORD for a, b in itertools.pairwise(tokens))):
            return self._offered(decision, OFFERED_PREFIX, "about a country, asked of any")
        rivals = [w for w in decision.weighed[1:] if w.proposal.source == "intents"
                  and chosen.score - w.score < GUESSED_GAP and not self._same(
                      w.proposal, chosen.proposal)]
        if about and any(self._titled_countries(w.proposal.key) - about for w in rivals):
            return self._offered(decision, OFFERED_PREFIX,
                                 "about a country the question does not name")
        return decision

    def _each_country_listed(self, decision: Decision,
                             named: list[tuple[str, tuple[str, ...]]]) -> Decision:
        """"Which years were Egypt and Syria suspended from the OIC?" got Syria's suspension
        alone: of several countries asked, an entry with an item on each answers, when the
        one chosen has none."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or len(named) < 2 \
                or chosen.proposal.source != "intents" or self._lists_each(chosen.proposal, named):
            return decision  # (a country's own standing says theirs: "Why are Guyana and
            # Suriname in the OIC?")
        lister = next((w for w in decision.weighed[1:] if w.score >= max(
                           self.thresholds.answer, chosen.score - LISTED_EACH_MARGIN)
                       and self._kind(w.proposal) == "fact"
                       and self._lists_each(w.proposal, named)), None)
        if lister is None:
            return decision
        return replace(decision, chosen=lister, reason=f"{decision.reason}; "
                       f"{lister.proposal.key} has an item on each country asked")

    def _roles_of_several(self, decision: Decision, normalized: Normalized,
                          named: list[tuple[str, tuple[str, ...]]]) -> Decision:
        """The role of several countries asked ("Indonesia vs Malaysia, mana yg lebih berperan
        di OKI?" got Indonesia's alone, "peran indonesia dan malaysia di oki" their standings):
        each one's role is offered, none weighed against another (a standing first among
        choices, too)."""
        top = decision.chosen if decision.action == "answer" else decision.weighed[0] \
            if decision.action == "clarify" and decision.weighed else None
        if top is None or len(named) < 2 or top.proposal.source != "countries" \
                or not self.country_source.role_asked(normalized.words):
            return decision
        roles = [key for code, _ in named if self.knows(key := f"role:{code}")]
        if len(roles) < 2:
            return decision
        return replace(self._offered(replace(decision, chosen=top), OFFERED_PREFIX,
                                     "the role of several countries"), offers=tuple(roles))

    def _lists_each(self, proposal: Proposal, named: list[tuple[str, tuple[str, ...]]]
                    ) -> bool:
        """Whether an entry's answer, in either language, has an item on each of the
        countries named."""
        if proposal.source != "intents":
            return False
        entry = self.kb.entries[self._intent_entry[proposal.key]]
        return any(self._item_of_each(entry.answer[lang].splitlines(), named) is not None
                   for lang in LANGS)

    def _item_of_each(self, lines: Sequence[str], named: list[tuple[str, tuple[str, ...]]]
                      ) -> list[str] | None:
        """The one item of a list naming each country, in the order named; None unless each
        has exactly one of its own. (An item is read as warming read it, without its bullet.)"""
        found = [[line for line in lines if line.startswith(BULLET) and all(
            said(w, self._reading(line.removeprefix(BULLET))[0]) for w in words)]
            for _, words in named]
        picked = [items[0] for items in found if len(items) == 1]
        return picked if len(picked) == len(named) == len(set(picked)) else None

    def _country_unsaid(self, decision: Decision, tokens: tuple[str, ...],
                        named: list[tuple[str, tuple[str, ...]]], confirming: bool = False
                        ) -> Decision:
        """A country the question names that the chosen answer never says: a meeting's row
        that never names it, where an entry does, gets that entry offered first ("Which
        country blocked India from attending the 1969 Rabat conference?" got the summit's
        dates); a figure asked of it is not the figure of an entry that never names it
        ("Berapa besar iuran tahunan Indonesia ke OKI?" got the OIC's 2008 budget)."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer":
            return decision
        unexplained = [words for _, words in named if set(words) & set(chosen.uncovered)]
        if self.tables.is_meeting(chosen.proposal.key):
            unsaid = [words for words in unexplained
                      if not any(said(w, self._row_said(chosen.proposal.key)) for w in words)]
            others = [w for w in decision.weighed[1:] if w.score >= self.thresholds.suggest]
            if unsaid and any(w.proposal.source == "intents"
                              and not set(unsaid[0]) & set(w.uncovered) for w in others):
                return replace(self._offered(decision, OFFERED_PREFIX, "the country named is "
                                             "not in the meeting's row"),
                               offers=tuple(dict.fromkeys(
                                   (*(k for w in others for k in offerable(w.proposal)),
                                    chosen.proposal.key))))
            row = self.tables.row(chosen.proposal.key)
            done = [t for t in chosen.uncovered if predicate_shaped(t) and t not in TABLE_ASKS]
            hosting = row is not None and row.country in {code for code, _ in named} \
                and not self.tables.places(tokens)
            telling = [w for w in others if w.proposal.source == "intents"
                       and not set(done) & set(w.uncovered)
                       and any(self._titled(w.proposal, t) for t in done)]
            if hosting and done and telling:
                # "Who presided over the summit that suspended Egypt?": found by its host
                # country, the 12th summit (Cairo) says nothing of what befell that country;
                # the entry that does is offered first
                return replace(self._offered(decision, OFFERED_PREFIX, f"{', '.join(done)}: "
                                             "not in the row of the meeting the country hosted"),
                               offers=tuple(dict.fromkeys(
                                   (*(k for w in telling for k in offerable(w.proposal)),
                                    chosen.proposal.key))))
        whose = [words for words in unexplained if words[0] in tokens
                 and tokens[max(0, tokens.index(words[0]) - 1)] in SAID_FROM]
        if chosen.proposal.source == "intents" and whose and WHO_ASKED & set(tokens):
            # "Tokoh pendiri OKI dari Indonesia siapa?": who is from a country, answered
            # with people our sources name, none from it
            return self._offered(decision, OFFERED_PREFIX,
                                 "no one from the country named is in its answer")
        if chosen.proposal.source == "intents" and tokens[0] in YES_NO and any(
                tokens[1:1 + len(words)] == words for words in unexplained) and len(
                self._countries_told(self._intent_entry[chosen.proposal.key])) < LISTED_COUNTRIES:
            # "Did Malaysia sign the 1972 OIC Charter?": a yes or no asked of a country that
            # the answer never names (it got the Charter's adoption, as if it answered); not
            # an answer listing countries, which says no by leaving it out ("Is Nigeria a
            # Christian-majority member?")
            return self._offered(decision, OFFERED_PREFIX,
                                 "the country asked of is not in its answer")
        if chosen.proposal.source == "intents" and NUMBER_ASKED & set(tokens) and unexplained \
                and asked_shape(tokens) != "year":  # ("tahun berapa" asks when: no figure)
            return self._offered(decision, FIGURE_PREFIX,
                                 "the country the figure is asked of is not in its answer")
        naming = [w for w in decision.weighed[1:] if w.score >= self.thresholds.suggest
                  and w.proposal.source == "intents" and self._kind(w.proposal) == "fact"
                  and not any(set(words) & set(w.uncovered) for words in unexplained)
                  ] if chosen.proposal.source == "intents" and unexplained and not confirming \
            else []
        if naming:
            # "India has one of the largest Muslim populations - so why isn't it an OIC
            # member?" got which member has the most Muslims, India unexplained: the entry
            # that says it is offered first (not for a claim the answer corrects: "COMCEC
            # diketuai Presiden Pakistan ..., betul?" is told who chairs it)
            return replace(self._offered(decision, OFFERED_PREFIX, "the country named is not "
                                         "in its answer"), offers=tuple(dict.fromkeys(
                                             (*(k for w in naming for k in offerable(w.proposal)),
                                              chosen.proposal.key))))
        if chosen.proposal.source == "intents" and unexplained and not confirming:
            told = self._countries_told(self._intent_entry[chosen.proposal.key])
            # (not one said to be someone's, "Raja Faisal dari Yordania", which the answer
            # corrects by naming the right one)
            absent = [words for code, words in named if words in unexplained and code not in told
                      and words[0] in tokens
                      and tokens[max(0, tokens.index(words[0]) - 1)] not in SAID_FROM]
            if absent:
                # "indonesia role in the rohingya issue at oic" got The Gambia's case, which
                # never names Indonesia: what tells of the country is offered first, then it
                of_it = [k for w in decision.weighed[1:] if not set(absent[0]) & set(w.uncovered)
                         for k in offerable(w.proposal)][:OF_THE_COUNTRY]
                return replace(self._offered(decision, OFFERED_PREFIX, "the country named is "
                                             "nowhere in its answer"), offers=tuple(
                                                 dict.fromkeys((*of_it, chosen.proposal.key))))
        return decision

    def _intent_proposal(self, candidate: Candidate, tokens: tuple[str, ...], terse: bool,
                         asked: frozenset[str], places: frozenset[str],
                         countries: frozenset[str], years: frozenset[str] = frozenset(),
                         bodies: frozenset[str] = frozenset(),
                         years_said: frozenset[str] = frozenset(),
                         no_country: bool = False, organ: frozenset[str] = frozenset(),
                         denying: frozenset[str] = frozenset(), kind: str | None = None
                         ) -> Proposal:
        """A matched intent; an example that picks one of many ("the *first* CFM") answers
        something else than a question picking none ("CFM itu meeting menlu tiap tahun?").
        A bare keyword ("piagam") picks nothing either way: its choices stay side by side.
        An example about another of the history's tables ("the next *summit*") answers
        something else than a question naming one ("the next *CFM*"), and one naming another
        city than the question's ("deklarasi *Jakarta*" for "deklarasi *Rabat*"), and one about
        the OIC itself for a question naming one of its bodies or organs instead ("*OKI*
        bergerak di bidang apa" for "*ICDT* ...", "what was the *oki* old name" for "... the
        *CFM*'s ..."); ``no_country``: the whole message names none; ``organ``: the words of
        the organs asked about in their own right it names (the lexicon's ``organs_apart``);
        ``denying``: the words it asks which are not; ``kind``: whether it asks why or when."""
        words = tuple(candidate.example.split())
        if (orgs := {w for w in words if w.startswith(ORG_PREFIX)} - set(tokens)) and (
                not COMPARING.isdisjoint(words)
                or (self._ours in tokens and not any(t.startswith(ORG_PREFIX) for t in tokens))):
            # "Apa perbedaan OKI dulu dan sekarang" is not "perbedaan oki dan *org_un*": an
            # example comparing the OIC with an organisation the question does not name
            # answers another question
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' names {'/'.join(sorted(orgs))}")
        if not RELATING.isdisjoint(words) and (others := self._parties(words)) \
                and not self._parties(tokens):
            # ... and one telling how the OIC relates to a party, for a question naming none
            # ("oki dan islam apa hubungannya" got the EU's relations, "hubungan oki dan
            # org_eu", then Russia's, "hubungan oki dan rusia"); one naming another is weighed
            # by the words it leaves unexplained ("oic relationship with europe" is the EU's)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' names {'/'.join(sorted(others))}")
        if (denied := _denied(words)) and WHY_WORDS.isdisjoint(words) and any(
                not self._is_plain(w)
                for w in denied.intersection(tokens) - _denied(tokens, telling=False)):
            # ... and one asking what is not so, for a question asking what is: "negara apa
            # aja yg gabung oki" is not "negara muslim yang *tidak* gabung oki" (asking why
            # not, it answers whether: "KTT OKI ke-16 di Indonesia?" is "why ktt oki ke 16
            # tidak di indonesia")
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' asks what is not")
        if denying and denying.isdisjoint(_denied(words)) and denying.isdisjoint(
                self._answer_denies(self._intent_entry[candidate.intent])):
            # ... and, for a question asking which are not so, one asking what is, unless the
            # answer tells what is not: "negara yg bukan anggota oki siapa aja" got the 57
            # members; offered at most
            return Proposal("intents", candidate.intent,
                            min(candidate.score, self.thresholds.answer - OFFERED_ONLY),
                            f"example '{candidate.example}' asks what is, not what is not")
        if self._ours in tokens and not ADDRESSED.isdisjoint(words) \
                and ADDRESSED.isdisjoint(tokens) and self._ours not in words:
            # ... and one asked of the bot, for a question asking of the OIC: "umur oki
            # berapa" is not "umur kamu berapa"
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' asks of the bot")
        if kind and (its_kind := _asked_apart(words)) and its_kind != kind \
                and kind not in self._kinds_asked.get(candidate.intent, ()):
            # ... and one asking why, for a question asking when (or saying a year, asking no
            # reason), or the other way round, of an intent no example of which asks that:
            # "kapan indonesia bergabung dengan oki" is not "mengapa indonesia bergabung dengan
            # oki" (it got why Indonesia joined; "Indonesia bergabung dengan OKI tahun 1969
            # kan?" was not sure between them)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' asks {its_kind}, not {kind}")
        asked_forms = _forms(tokens)
        if (thing := self._plainless(defined(tokens))) \
                and not asked_forms.issuperset(self._plainless(defined(words)) or ("",)):
            # "what is the kaaba" is not "why is there a kaaba on the oki logo" (it got the
            # emblem), nor "apa itu ICJ" "rohingya icj": an example saying more than the thing
            # a question asks the meaning of is about something else, unless it asks what that
            # thing is ("idb itu bank apa"; not for "apa itu bank syariah"); "heads" is "head"
            # (asked where or who it is, an example may tell it by what happened there: "Where
            # is Al-Aqsa Mosque located?" of its burning "in occupied Jerusalem")
            beside = self._plainless(w for w in words if _forms((w,)).isdisjoint(
                asked_forms)) if defined(tokens, meaning=True) else ()
            if self._ours_beside(thing, words, tokens) \
                    and self._titled_as_ours(candidate.intent, thing):
                # ... and "who are the Rohingya" is not "oki and the rohingya", of an entry
                # titled as the OIC's dealings with them: offered, never answered
                return Proposal("intents", candidate.intent,
                                min(candidate.score, self.thresholds.answer - OFFERED_ONLY),
                                f"example '{candidate.example}' is about the OIC and "
                                f"{' '.join(thing)}, not what it is")
            if beside:
                # (a fact about a thing not ours, nor a declaration of one of our meetings
                # ("Deklarasi Jakarta 2016"), is offered at most: "What is the Genocide
                # Convention of 1948?" was answered with the Rohingya case brought under it)
                score = candidate.score * SELECTED * SELECTED
                asked_of = defined(tokens)
                if not (self._names_ours(asked_of) or self.tables.declaration_places(asked_of)) \
                        and self.kb.entries[
                        self._intent_entry[candidate.intent]].kind == "fact":
                    score = min(score, self.thresholds.answer - OFFERED_ONLY)
                return Proposal("intents", candidate.intent, score,
                                f"example '{candidate.example}' is about {'/'.join(beside)}, "
                                f"not what {' '.join(thing)} is")
        picks = SELECTORS.intersection(words)
        if picks and not terse and not SELECTORS.intersection(tokens):
            # (less still one never of now, for a question asking of now: "Piagam OKI yang
            # sekarang berlaku disahkan di ..." is not "... piagam pertama oki")
            now_asked = bool(picks & NOT_NOW) and says_now(tokens)
            return Proposal("intents", candidate.intent,
                            candidate.score * SELECTED * (SELECTED if now_asked else 1.0),
                            f"example '{candidate.example}' picks {'/'.join(sorted(picks))}")
        if None is not self.tables.usual_kind_said(words) \
                != self.tables.usual_kind_said(tokens) is not None:
            # ... and one about extraordinary meetings, a question about ordinary ones, or the
            # other way round ("Sampai 2025 OKI sudah mengadakan berapa kali KTT biasa?" got
            # the extraordinary summits: "biasa" is in "luar biasa")
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' is of another kind of meeting")
        if asked_shape(words) == "frequency" and asked_shape(tokens) == "number":
            # ... and one asking how often, a question asking how many times ("Berapa kali
            # sidang CFM diadakan?" was told the Council meets once a year)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' asks how often")
        about = self.tables.named(words) if asked else frozenset()
        # (the longest or shortest in office said in several words picks too: "sekjen oki
        # paling lama menjabat" got how long a term is, by "sekjen oki menjabat berapa lama")
        wanted = SELECTORS.intersection(tokens) | _tenure_said(tokens)
        counted = _counted(candidate.example)
        if counted and {n for n, _ in ordinals(tokens)} - counted:
            # "OKI terbesar kedua setelah PBB, yang *ketiga* apa?" is not "... terbesar *kedua*"
            return Proposal("intents", candidate.intent, candidate.score * SELECTED * SELECTED,
                            f"example '{candidate.example}' counts another")
        if wanted & NOT_NOW and says_now(words):
            # "siapa yang memimpin KTT OKI *pertama*" is not "... KTT OKI *sekarang*"
            return Proposal("intents", candidate.intent, candidate.score * SELECTED * SELECTED,
                            f"example '{candidate.example}' asks about now, not the "
                            f"{'/'.join(sorted(wanted & NOT_NOW))} one")
        if counted and asked and not about and counted & self._numbering_a_meeting(tokens):
            # "What did the 50th CFM celebrate?" is not "oki 50th anniversary": the number
            # picks a row of a table the example does not name (it got the anniversary, which
            # the 46th marked)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED * SELECTED,
                            f"example '{candidate.example}' numbers another thing")
        numbered = sorted(n for n, _ in ordinals(tokens)) if asked and not counted else []
        now = says_now(words) and not says_now(tokens)
        if numbered and (now or (not places and self.tables.places(words))):
            # "KTT OKI ke-4 siapa yang memimpin?" is neither "siapa yang memimpin ktt oki
            # *sekarang*" nor "... ktt oki *jakarta*" (the 5th extraordinary summit): a number
            # picks a row, which the example does not (each got that answer)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED * SELECTED,
                            f"example '{candidate.example}' picks another than number "
                            f"{numbered[0]}")
        as_of = self.kb.entries[self._intent_entry[candidate.intent]].as_of
        if years and now and not (as_of and all(int(y) >= as_of.year for y in years)):
            # "Which country chaired the CFM in 2019?" is not "which country chairs the oki
            # now" (it got the summit chair of today); the year of its newest source or after
            # is ("how many member states does oic have in 2025" got the population)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED * SELECTED,
                            f"example '{candidate.example}' asks about now, not "
                            f"{'/'.join(sorted(years))}")
        if wanted and not picks and about & asked:
            # "siapa ketua OKI *pertama*" is not "siapa ketua OKI" (whoever chairs now)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' picks no "
                            f"{'/'.join(sorted(wanted))} one")
        # (nor one naming, besides, a meeting the question does not, when the question names
        # only a chair: "siapa ketua *cfm* oki sekarang" for "... ketua KTT oki sekarang")
        other = {t for t in about - asked if not self.kb.tables[t].chairs_of} if all(
            self.kb.tables[t].chairs_of for t in asked) else set()
        if about and (not about & asked or other):
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' is about "
                            f"{'/'.join(sorted(other or about))}")
        # (... nor a claim about the OIC itself with nothing else named: "OIC founded in 1970,
        # true?" is not "how was the oki secretariat founded in 1970")
        claim_of_ours = self._ours in tokens and no_country and not places and any(
            YEAR.fullmatch(t) and t not in years_said for t in tokens)
        its_bodies = self.tables.rows_named(words) if bodies or (
            countries and self._ours not in tokens) or claim_of_ours else frozenset()
        if its_bodies and not its_bodies & bodies:
            # "*COMSTECH* is chaired by the President of Türkiye, isn't it?" is not "is
            # *comcec* chaired by turkey president" (it got COMCEC, as if that answered); nor
            # is a question about a country alone ("When was Pakistan founded?" is not "when
            # was comstech founded", based in Pakistan)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' names {'/'.join(sorted(its_bodies))}")
        where = self.tables.places(words) if places else frozenset()
        its_years = {w for w in words if YEAR.fullmatch(w)}
        if where and not where & places:
            # "isi deklarasi *Rabat*" is not "isi deklarasi *Jakarta*"; nor, less still, the
            # entry on a meeting of another year as well ("the *2025 Doha* summit called for
            # an arms embargo?" got "did the *2024 riyadh* ktt call for an arms embargo on
            # israel"; not what a meeting made, claimed made at another: "OIC-2025 was adopted
            # at the Makkah summit in 2005?" is told where it was)
            other_year = ANOTHER_COUNTRY if years_said and its_years and its_years.isdisjoint(
                years_said) and self._intent_entry[candidate.intent] in self._meeting_entries \
                else 1.0
            return Proposal("intents", candidate.intent,
                            candidate.score * SELECTED * other_year,
                            f"example '{candidate.example}' names {'/'.join(sorted(where))}")
        if places and not where and about & asked and not NUMBER_ASKED.isdisjoint(tokens) \
                and not NUMBER_ASKED.isdisjoint(words):
            # "how many summits have been held in Makkah" is not "how many oki ktt have been
            # held" (it got every summit, uncounted)
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' counts them all, not those in "
                            f"{'/'.join(sorted(places))}")
        # (an example of the entry on the body named may call it by what it does: "pusat riset
        # statistik oki" is SESRIC)
        if (bodies or (organ and self._in_our_place(words, tokens, organ))) \
                and self._ours not in tokens and self._about_us_alone(candidate.example, words) \
                and self._intent_entry[candidate.intent] not in map(self.answer_of, bodies):
            return Proposal("intents", candidate.intent, candidate.score * ANOTHER_COUNTRY,
                            f"example '{candidate.example}' is about the OIC itself")
        if years and its_years and its_years.isdisjoint(years):
            # "the *2024* Riyadh summit" is not "*2023* riyadh ktt arms embargo"
            return Proposal("intents", candidate.intent, candidate.score * ANOTHER_COUNTRY,
                            f"example '{candidate.example}' names {'/'.join(sorted(its_years))}")
        # (with no country named, one asked of any country is none in particular: "what
        # advantage does *a country* get as a member" is not "what does Indonesia gain")
        # (nor, with a year named and no country, one whose example names a country and no
        # year: "Name the OIC meetings held in *2016*" is not "list oki meetings held in
        # *indonesia*", nor "oki meetings in *jakarta*")
        dated_only = not (its_years or places or countries) and any(map(YEAR.fullmatch, tokens))
        if dated_only and (where := self.tables.places(words)):
            return Proposal("intents", candidate.intent, candidate.score * ANOTHER_COUNTRY,
                            f"example '{candidate.example}' names {'/'.join(sorted(where))}")
        # (... nor, with only a year named, one naming the year and a host the question does
        # not: "OIC 2016 summit" is not "oki ktt indonesia 2016", the year's other summit
        # left out)
        if not (places or countries) and its_years.intersection(tokens) \
                and self.tables.names_a_meeting(
                tokens) and (hosts := {code for code, _ in self.countries.find_all(words)}
                             | self.tables.places(words)):
            return Proposal("intents", candidate.intent, candidate.score * SELECTED,
                            f"example '{candidate.example}' names {'/'.join(sorted(hosts))}")
        if no_country and not (places or countries or self.regions.named(tokens)[1]) \
                and not any(t.startswith(ORG_PREFIX) for t in tokens) \
                and (region := self.regions.named(words)[0]) is not None:
            # (nor, for a question naming no region, country nor place, one whose example
            # names a region: "negara apa aja yg gabung oki" is not "negara asia tenggara yang
            # gabung oki apa saja", ASEAN's three)
            return Proposal("intents", candidate.intent, candidate.score * ANOTHER_COUNTRY,
                            f"example '{candidate.example}' names {region}")
        # (nor, for a count asked with no country named anywhere in the message nor a place,
        # one whose example names a country: "berapa anggota penuh oki" is not "indonesia oki
        # full member"; asked what, a country may be the answer: "Apa isu utama yang
        # diperjuangkan OKI?" is Palestine's)
        counted_of_none = no_country and not places and not NUMBER_ASKED.isdisjoint(tokens)
        # (... nor for a time asked of no country: "oki sejak kapan" is not "ri di oki sejak
        # kapan", when Indonesia joined)
        timed_of_none = terse and no_country and not places and not WHEN.isdisjoint(tokens)
        # (nor for a question naming only places, one naming a country none of them is in:
        # "why was the oic founded in rabat and not in mecca" got why India is not a member)
        # (... nor for a yes/no question of none, where no country is the answer: "Apakah
        # ketua KTT OKI menjabat tiga tahun?" is not "apakah indonesia pernah menjabat wakil
        # ketua ktt oki")
        whether_of_none = no_country and not places and tokens[0] in YES_NO
        # (... nor for a time asked of what it points at, naming none: "when did it join",
        # after "which country is the OIC's newest member", is not "when did indonesia join")
        pointed_of_none = no_country and not places and not IT_SAID.isdisjoint(tokens) \
            and not WHEN.isdisjoint(tokens)
        named = self._about_a_country(candidate) \
            if countries or counted_of_none or timed_of_none or whether_of_none or places \
            or pointed_of_none \
            or _ANY_COUNTRY.search(" ".join(tokens)) or dated_only else frozenset()
        if named and not named & (countries | {
                place.country for p in places if (place := self.kb.places.get(p))}):
            # "apa keuntungan OKI bagi Palestina" is not "apa keuntungan RI masuk OKI"
            return Proposal("intents", candidate.intent, candidate.score * ANOTHER_COUNTRY,
                            f"example '{candidate.example}' names {'/'.join(sorted(named))}")
        return Proposal("intents", candidate.intent, candidate.score,
                        f"example '{candidate.example}'")

    def _parties(self, words: tuple[str, ...]) -> frozenset[str]:
        """The organisations, countries, regions, bodies and places words name: the parties
        a relation is told between."""
        region, _ = self.regions.named(words)
        return frozenset(w for w in words if w.startswith(ORG_PREFIX)) | {
            code for code, _ in self.countries.find_all(words)} | self.tables.rows_named(
            words) | self.tables.places(words) | ({region} if region else set())

    def _points_at_a_thing_of_ours(self, words: Sequence[str], before: Sequence[str]) -> bool:
        """Whether a clause points back ("its", "-nya") at a short label before it that names
        the OIC, saying nothing of it: a thing of the OIC's, named by what it does ("the OIC's
        food security body", "the OIC's statistics and training centre": "-ing" names a thing
        here), or the OIC alone, which the whole reads as well; not a statement ("The OIC was
        founded in 1969", "OKI itu organisasi besar")."""
        return len(before) <= LABEL_NAME_WORDS and self._ours in before \
            and (not POINTING_BACK.isdisjoint(words) or any(map(possessed, words))) \
            and not any((predicate_shaped(w) and not w.endswith("ing")) or w in BEING
                        or w.isdigit() or (w == "itu" and at and before[at - 1] == self._ours)
                        for at, w in enumerate(before)) \
            and not self.reader.asks(before)

    def _in_our_place(self, words: tuple[str, ...], tokens: tuple[str, ...],
                      organ: frozenset[str]) -> bool:
        """Whether a question asks what an example asks of the OIC, of an organ instead ("who
        heads the CFM" of "who heads the oki"), rather than of something done at or by it
        ("Dewan Menlu memulihkan keanggotaan Suriah" for "syria dipulihkan oki ...")."""
        def said(text: tuple[str, ...]) -> set[str]:
            return {t for t in text if t not in organ and not self._is_plain(t)}
        return said(tokens) == said(words)

    def _about_us_alone(self, example: str, words: tuple[str, ...]) -> bool:
        """Whether an example names the OIC and nothing of it in particular (no row, no table).
        Remembered per example."""
        found = self._about_us.get(example)
        if found is None:
            found = self._about_us[example] = self._ours in words and not (
                self.tables.rows_named(words) or self.tables.named(words, True))
        return found

    def _countries_told(self, entry_id: str) -> frozenset[str]:
        """The countries an entry's answer names, in either language (read once per entry: the
        guards ask it of the answer chosen, message after message)."""
        found = self._told_countries.get(entry_id)
        if found is None:
            found = self._told_countries[entry_id] = frozenset(
                code for text in self.kb.entries[entry_id].answer.values()
                for code, _ in self.countries.find_all(self.normalize.words(text)))
        return found

    def _titled_countries(self, intent: str) -> frozenset[str]:
        """The countries the title of ``intent``'s answer names: what it is about."""
        entry = self.kb.entries[self._intent_entry[intent]]
        return frozenset(code for title in entry.title.values()
                         for code, _ in self.countries.find_all(self.normalize.words(title)))

    def _about_a_country(self, candidate: Candidate) -> frozenset[str]:
        """The countries an example names that its entry is about (its title names them too:
        "What does Indonesia gain from the OIC?", not "Who attended the Rabat summit?", whose
        example "did Indonesia attend" stands for any country). Remembered per example."""
        key = (candidate.intent, candidate.example)
        found = self._example_countries.get(key)
        if found is None:
            titled = self._titled_countries(candidate.intent)
            found = frozenset(code for code, _ in self.countries.find_all(
                tuple(candidate.example.split())) if code in titled)
            self._example_countries[key] = found
        return found

    def _asks_nothing(self, tokens: tuple[str, ...]) -> bool:
        """A clause of plain words without a question word: "Can the OIC, beyond its ...,
        provide ...?" is cut at the comma, and "can the oic" on its own asks nothing."""
        return all(map(self._is_plain, tokens)) and self._asking.isdisjoint(tokens)

    def _names(self, words: Sequence[str]) -> Named:
        """What these words name: the OIC (under any of its names); something else a question
        may be about (a country, another organisation, one of the history's tables, "ktt",
        "sekjen", or a row by its name, "IPHRC"); something in particular (a row by its name,
        a country, a place, a meeting by its kind and number or year)."""
        normalized = self.normalize(" ".join(words))
        tokens = normalized.tokens
        by_name = bool(self.tables.row_name_spans(tokens))
        particular = by_name or bool(self.tables.places(tokens)
                                     or self.countries.find(normalized.words)
                                     or self.tables.names_a_meeting(tokens))
        other = particular or any(t.startswith(ORG_PREFIX) for t in tokens) or bool(
            self.tables.named(tokens, every=True)) or self.regions.named(tokens)[0] is not None
        return Named(self._ours in tokens, other, particular, by_name)

    def _written_in(self, words: Sequence[str]) -> str:
        """The language words are written in, "" when they do not tell."""
        return self.language.detect(words, "")

    def _plainless(self, tokens: Iterable[str]) -> tuple[str, ...]:
        """``tokens`` without the words that never say what a question is about."""
        return tuple(t for t in tokens if not self._is_plain(t))

    def _is_plain(self, token: str) -> bool:
        """A word that never says what a question is about, in any of its inflected forms
        ("kinds", "analisislah"); a prefix makes another word of it ("menyatukan", to unite,
        is not "satu", one); nor does a final "e" dropped from a short word ("theme" is not
        "them"; "response" is "respons")."""
        return any(form in self._plain for form in stems(token)
                   if not _under_prefix(token, form)
                   and not (f"{form}e" == token and len(form) <= SHORT_STEM))

    def _salient(self, tokens: tuple[str, ...]) -> dict[str, float]:
        """The question's words that say what it is about, with their weights. Its topic is in
        its nouns ("tentara", "budget", "Gaza"); a verb or adverb the examples never used
        ("dihadiri", "pushed", "ideally") rarely changes what is asked, so it weighs less; not
        one of a person's life ("Ali Alatas meninggal kapan" got the session he chaired)."""
        weight, common = self.matcher.weight, self.matcher.common_weight
        return {t: weight(t) * (PREDICATE if predicate_shaped(t) and t not in PRIVATE else 1.0)
                for t in dict.fromkeys(tokens)
                if (weight(t) >= common or t.isdigit()) and not self._is_plain(t)}

    # -- what the decision step asks of the sources ----------------------------------------------

    def _kind(self, proposal: Proposal) -> Kind:
        if proposal.source != "intents":
            return "fact"
        kind = self.kb.entries[self._intent_entry[proposal.key]].kind
        return "smalltalk" if kind == "smalltalk" else (
            "out_of_scope" if kind == "out_of_scope" else "fact")

    def _same(self, a: Proposal, b: Proposal) -> bool:
        """Whether two proposals give one answer: the same key, a row or a country and the
        entry it names as being about the same thing (``entry: icesco`` on the ICESCO row,
        ``entry: russia_observer`` on Russia, a table's ``current_entry`` on its current row),
        or an office holder's row and the meeting that elected them; not one table's list
        told two ways (the same bodies, and when each began: ``_told``)."""
        if a.source == b.source == "tables" and (a.rows or b.rows) and _told_of(a) != _told_of(b):
            return False
        return a.key == b.key or self._answer_of(a) == self._answer_of(b) \
            or self._elected_at(a.key) == b.key or self._elected_at(b.key) == a.key

    def _elected_at(self, key: str) -> str | None:
        """The meeting that elected an office holder's row (each tells of the other: "Siapa
        Sekjen OKI yang terpilih di KTT Kairo 2013?" was asked to choose between Madani and
        the summit that elected him)."""
        row = self.tables.row(key)
        return row.elected_at if row is not None else None

    def _answer_of(self, proposal: Proposal) -> str:
        if proposal.source == "intents":
            return self._intent_entry.get(proposal.key, proposal.key)
        return self.answer_of(proposal.key)

    @cached_property
    def _standing_rows(self) -> dict[str, str]:
        """Per country, the row that is its standing: named by the country alone, no meeting
        nor office, from the year the countries list gives it that standing."""
        return {row.country: row.id for table in self.kb.tables.values()
                if not table.of_meetings for row in table.rows
                if row.country and not (row.name or row.holder) and row.start is not None
                and (country := self.kb.countries.get(row.country)) is not None
                and country.since == row.start.year}

    def answer_of(self, key: str) -> str:
        """The entry that a table row, a country's standing (``membership:RU``) or its role
        (``role:ID``) is one answer with, else the key itself: the evaluation counts either as
        the same answer."""
        kind, _, code = key.partition(":")
        if kind == "membership":
            country = self.kb.countries.get(code)
            if country is not None and country.entry:
                return country.entry
            # (or the row naming it by its country that dates that standing, an observer
            # state's: "Bosnia and Herzegovina itu member atau observer di OKI?" was asked to
            # choose between two answers saying the same)
            return self._standing_rows.get(code, key)
        if kind == "role":
            country = self.kb.countries.get(code)
            role = country.role if country is not None else None
            return role.entry if role is not None and role.entry else key
        row = self.tables.row(key)
        if row is None:
            return key
        current = self.kb.tables[row.table].current_entry if row.status == "current" else None
        return row.entry or current or key

    def _organ_unsaid(self, decision: Decision) -> Decision:
        """"is the CFM held every year or every three years?" was told the Islamic Summit
        "meets once every three years", as if of the CFM: an answer that leaves unexplained
        the word naming the kind of meeting asked of is about another. Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents":
            return decision
        # (by its title, the answer is about another kind: not the Cairo Declaration, which
        # names the conference that adopted it for "... diadopsi di KTT OKI Kairo?")
        asked = set().union(*map(self._meeting_kinds, chosen.uncovered))
        about = set().union(*map(self._meeting_kinds, self._told(
            self._intent_entry[chosen.proposal.key], "en").title))
        if not asked or not about or about & asked:
            return decision
        return self._offered(decision, OFFERED_PREFIX, f"{'/'.join(sorted(asked))} asked, "
                             f"the answer is about {'/'.join(sorted(about))}")

    def _denial_unsaid(self, decision: Decision, denying: frozenset[str]) -> Decision:
        """"sebutkan negara di Afrika yang bukan anggota OKI" got Africa's 27 members, "sekjen
        OKI yang bukan orang Arab siapa aja" a Saudi one: rows and lists tell what is, not
        which are not (``denying``: the words asked of so, none for a claim to check or options
        to choose among). Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or not denying \
                or chosen.proposal.source not in ("tables", "countries") \
                or not NEGATIONS.isdisjoint(chosen.proposal.covered):
            return decision  # (a table reads "not held in Jeddah" itself)
        return self._offered(decision, OFFERED_PREFIX, "asked which are not; it tells what is")

    def _besides_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Which summits were held in Istanbul besides the 13th?" got the 13th alone: the
        row set aside is no answer to which others (another is: "which SGs were from Saudi
        Arabia other than Othaimeen" is Madani). Offered."""
        chosen = decision.chosen
        if decision.action != "answer" or chosen is None:
            return decision
        key = chosen.proposal.key
        aside_at, setting = words_set_aside(tokens)
        aside = {tokens[at] for at in aside_at}
        set_aside = {w for w in aside if not self._is_plain(w)}
        # (not an exam's "kecuali", "except": which option is not, for the options to tell)
        if chosen.proposal.source == "intents" and set_aside and not setting & EXCEPTING \
                and any(all(said(w, self._told(self._intent_entry[key], lang).title)
                            for w in set_aside) for lang in LANGS):
            # (nor an entry about the thing set aside: "other than the cairo declaration, what
            # human rights body does the oic have?" got the Cairo Declaration)
            return self._offered(decision, OFFERED_PREFIX, "others asked than the one it tells")
        if not (self.tables.is_meeting(key) or self.tables.is_holder(key)):
            return decision
        # (or the one holding it now, set aside by "now": "Who were the OIC secretaries
        # general, not counting the current one?" got Taha)
        row = self.tables.row(key)
        now = row is not None and row.status == "current" and not NOW_WORDS.isdisjoint(aside)
        if set_aside.isdisjoint(self.tables.row_words(key)) and not now:
            return decision
        return self._offered(decision, OFFERED_PREFIX, "others asked than the one it tells")

    def _set_aside_listed(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """A list holding a row the words ``tokens`` name as set aside, read without them:
        "Which subsidiary organs are in Türkiye, besides SESRIC and IRCICA?" listed the two.
        Offered."""
        chosen = decision.chosen
        if decision.action != "answer" or chosen is None or not chosen.proposal.rows:
            return decision
        aside = tuple(tokens[at] for at in sorted(words_set_aside(tokens)[0]))
        if self.tables.rows_named(aside).isdisjoint(chosen.proposal.rows):
            return decision
        return self._offered(decision, OFFERED_PREFIX, "others asked than the ones it tells")

    def _region_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"KTT OKI terakhir di negara Arab kapan?" got the latest summit, in Banjul: a group
        of countries no region of ours is (the Arab world, the Gulf), said as where, that the
        answer leaves unexplained. Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents":
            return decision  # (the tables read a region themselves)
        said = GULF.intersection(tokens) | {w for pair in ARAB_PLACES.intersection(
            itertools.pairwise(tokens)) for w in pair if w in UNMAPPED_REGIONS}
        # (an answer's "Arab" may be Saudi Arabia's: only its examples say it of the region)
        if not said or all(any(chosen.proposal.key in self.matcher.intents_with(word)
                               for word, _ in self.matcher.known_word(token)) for token in said):
            return decision
        return self._offered(decision, OFFERED_PREFIX, "a region we do not map, unexplained")

    def _meeting_kinds(self, word: str) -> set[str]:
        """The tables of meetings a word names ("cfm": the foreign ministers' sessions)."""
        return {t for t in self.tables.named((word,), every=True)
                if self.tables.is_meeting_table(t)}

    def _outside_unsaid(self, decision: Decision, tokens: tuple[str, ...], lang: str
                        ) -> Decision:
        """"KTT OKI pertama yang diadakan di luar negara Arab itu di mana?": what lies outside
        something is told only by an answer that says "outside" (it got the extraordinary
        summits, by the "luar" of "luar biasa"; "... di luar Timur Tengah dan Afrika Utara"
        the first summit, in Morocco, as if in North Africa). Offered."""
        if decision.action != "answer" or not says_outside(tokens) or not (
                decision.proposal is None or {"outside", "luar", "diluar"}.isdisjoint(
                    decision.proposal.covered)):
            return decision  # (or it is what picked the answer: "the first CFM held outside
            # Saudi Arabia", read by the tables)
        answer = self._build("", lang, decision).answer
        if OUTSIDE_SAID.search(answer):
            return decision
        return self._offered(decision, OFFERED_PREFIX, "outside: the answer says nothing of it")

    def _whom_a_holder_chose(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Who did Taha name as his Afghan envoy?", "siapa yang ditunjuk Taha?" ask for
        someone the holder named (his row answered with him): offered, with what else may tell
        of it."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" \
                or not self._holder_named(chosen.proposal, tokens):
            return decision
        row = self.tables.row(chosen.proposal.key)
        assert row is not None  # (a holder's row)
        # (the row's own holder: "Who did Taha succeed?" is answered by his predecessor's)
        named = frozenset(t for name in (row.holder or {}).values()
                          for t in self.normalize(name).tokens) & chosen.proposal.covered
        for at, word in enumerate(tokens):
            after = tokens[at + 1:at + 4]
            if word in WHO_ONLY and (
                    (after[:1] and after[0] in DID and after[1:2] and after[1] in named)
                    or (after[:1] == ("yang",) and after[2:3] and after[2] in named)):
                return self._offered(decision, OFFERED_PREFIX,
                                     "whom the holder named, not the holder")
        return decision

    def _told_where_claimed(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Why did the OIC hold an extraordinary summit in Kuala Lumpur in 2019?" was told
        the year's summit was in Makkah; an entry telling of what met in that city that year
        (the Kuala Lumpur Summit, outside the OIC) answers. (Not a meeting named by its
        number, which is told where it was.)"""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "tables" \
                or any(True for _ in ordinals(tokens)):
            return decision
        # (a row told elsewhere than the city claimed, with a year: "PUIC markasnya di Jakarta
        # ya?" is told its seat, not the PUIC conference Jakarta hosted)
        place = self.kb.places.get(chosen.proposal.qualifier.removeprefix(ELSEWHERE))
        years = [t for t in tokens if YEAR.fullmatch(t)]
        if place is None or not years:
            return decision
        claimed = [*self.normalize(place.name["en"]).tokens, *years]
        teller = next((w for w in decision.weighed[1:] if w.proposal.source == "intents"
                       and w.score >= self.thresholds.suggest
                       and self._lead_says(self._intent_entry[w.proposal.key], claimed)),
                      None)
        if teller is None:
            return decision
        return replace(decision, chosen=teller, reason=f"{decision.reason}; "
                       f"{teller.proposal.key} tells of {' '.join(claimed)}")

    def _held_in_the_year_said(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Why did OIC leaders meet in Qatar in March 2003?" got the Doha summit of 2025,
        told our sources do not mention 2003: a meeting of that year weighed (found by the
        country named: the 2nd extraordinary summit, Doha 2003) answers instead; not where
        no meeting is said ("Kenapa OKI memindahkan markasnya ke Riyadh tahun 2023?", "The
        1972 Charter was adopted in Rabat in 1969?")."""
        # (or the entry that two were weighed too close to choose between: the meeting's
        # row, its month explained, came within a hair of "how often do oki leaders meet")
        top = decision.chosen if decision.action == "answer" else decision.weighed[0] \
            if decision.action == "clarify" and decision.weighed else None
        if top is None or MET_SAID.isdisjoint(tokens):
            return decision
        if top.proposal.source == "tables":
            # (... or the row itself, a hair ahead of the entry: not a row leaving what is
            # put there unexplained, "Lambang baru OKI diadopsi di KTT Dakar 2008?")
            said = {int(t) for t in tokens if YEAR.fullmatch(t)}
            hair = len(decision.weighed) > 1 and (
                top.score - decision.weighed[1].score < self.thresholds.margin)
            held = top if hair and self._held_in(top, said) else None
        else:
            years = {int(c) for c in top.corrected if YEAR.fullmatch(c)}
            held = next((w for w in decision.weighed[1:] if self._held_in(w, years)), None)
        if held is None:
            return decision
        return replace(decision, action="answer", chosen=held, reason=f"{decision.reason}; "
                       f"{held.proposal.key} was held then")

    def _held_in(self, weighed: Weighed, years: set[int]) -> bool:
        """Whether a weighed proposal, sure enough to answer, is a meeting held in one of
        ``years``."""
        return weighed.proposal.source == "tables" and weighed.score >= self.thresholds.answer \
            and (row := self.tables.row(weighed.proposal.key)) is not None \
            and self.tables.is_meeting(row.id) and row.start is not None \
            and row.start.year in years

    def _observers_unsaid(self, decision: Decision) -> Decision:
        """An entry answering for observers it never mentions (its examples asked of members
        only): it is offered, with what is about observers."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or OBSERVERS.isdisjoint(chosen.uncovered):
            return decision
        about = [k for w in decision.weighed[1:] if w.proposal.source == "intents"
                 and OBSERVERS.isdisjoint(w.uncovered) and not OBSERVERS.isdisjoint(
                     self._answer_vocabulary(self._intent_entry[w.proposal.key]))
                 for k in offerable(w.proposal)]
        return self._offered(decision, OFFERED_PREFIX, "observers: not in its answer", about[:2])

    def _duties_told(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """What a body does, found by its name in its table, is told by the entry about it:
        "isdb fungsinya apa" got the row (a specialised institution in Jeddah), the entry says
        it finances development projects."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "tables" \
                or chosen.proposal.rows or not any(
                    word in BODY_DUTIES and tokens[at + 1:at + 2] not in (("with",), ("w",))
                    for at, word in enumerate(tokens)) or self.tables.places(tokens):
            return decision  # (not "got to do with the OIC"; nor of a body put in a city,
            # which its row corrects: "sesric yg markasnya di istanbul itu tugasnya apa")
        row = self.tables.row(chosen.proposal.key)
        if row is None or row.entry is None or row.holder is not None \
                or self.tables.is_meeting(row.id) or row.entry not in self._intent_of_entry:
            return decision
        intent = self._intent_of_entry[row.entry]
        proposal = Proposal("intents", intent, chosen.score, f"the entry of {row.id}",
                            chosen.proposal.covered)
        return replace(decision, chosen=replace(chosen, proposal=proposal),
                       reason=f"{decision.reason}; what it does: its entry, {row.entry}")

    def _chair_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """Who chairs or heads something, answered by an entry whose answer never says who
        chairs it: "Who is the current chair of the Kashmir Contact Group?" got its members.
        Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or PERSON_ASKS.isdisjoint(tokens) \
                or CHAIRING_SAID.isdisjoint(chosen.uncovered):
            return decision
        return self._offered(decision, OFFERED_PREFIX, "who chairs: not in its answer")

    def _country_in_passing(self, decision: Decision, salient: Mapping[str, float],
                            named: list[tuple[str, tuple[str, ...]]]) -> Decision:
        """A question about a country alone ("what is the oic doing about lebanon"), answered
        by an entry that names it only in passing, past its first paragraph (it got the Gaza
        war, Lebanon in one line about the 2024 Riyadh summit). Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or not named:
            return decision
        words = {w for _, name in named for w in name}
        if not set(salient) - {self._ours} <= words:
            return decision
        entry = self.kb.entries[self._intent_entry[chosen.proposal.key]]
        first = frozenset().union(*(self._words_of(entry.answer[lang].split("\n")[0])
                                    for lang in LANGS))
        codes = {code for code, _ in named}
        if any(said(w, first) for w in words) or codes & (
                self._titled_countries(chosen.proposal.key)
                | self._example_countries_of.get(chosen.proposal.key, frozenset())):
            return decision  # (nor one an example asks of it: "why is israel not in the oic")
        return self._offered(decision, OFFERED_PREFIX, "the country asked about is named "
                             "only in passing")

    def _said_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """What the OIC said of something, answered by an entry never asked what it said or
        how it stood: "what did the oic say about the danish cartoons" got the EU's relations
        with the OIC, which began after that crisis. Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or chosen.proposal.key in self._asked_stance or not any(
                    word in SAYING and self._ours in tokens[max(0, at - 2):at]
                    and not ABOUT_WHAT.isdisjoint(tokens[at + 1:at + 3])
                    for at, word in enumerate(tokens)):
            return decision  # (not said of a statement before it: "The ICJ found Myanmar
            # guilty of genocide in 2020 - what did the OIC say?" is the case's standing)
        return self._offered(decision, OFFERED_PREFIX, "what the OIC said: not what its "
                             "examples ask")

    def _speaker_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """What someone said, answered by a meeting or entry that does not tell it: "What did
        Khatami say at the 1997 Tehran summit?" got the summit's row, which names him only as
        its chair, "What did Azerbaijan's foreign minister say at the 51st CFM?" the session's,
        which never names him. Offered, unless the answer names the speaker and tells what was
        said (not of the OIC, its meetings or texts: "what did the 46th CFM say")."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or not WHY_WORDS.isdisjoint(tokens[:2]):
            return decision  # (not why it is said: "why do people say the oic is useless")
        speaker = next((tokens[at + 1:end] for at, word in enumerate(tokens) if word in ASKING_DID
                        for end in range(at + 2, min(len(tokens), at + SPEAKER_WORDS + 2))
                        if tokens[end] in SAYING), ()) or next((
            # ("apa kata AM Fachir di KTM OKI Dhaka 2018", up to where: "di", "pada")
            tuple(itertools.takewhile(lambda w: w not in SPOKEN_AT, tokens[at + 2:][
                :SPEAKER_WORDS])) for at in range(len(tokens) - 2)
            if tokens[at:at + 2] == ("apa", "kata")), ())
        named = [w for w in speaker if not self._is_plain(w)]
        if not named or any(w.startswith(ORG_PREFIX) for w in speaker) \
                or self._names_ours(speaker) or self.tables.declaration_places(speaker):
            return decision  # (nor of a text of ours: "what did the jakarta declaration say")
        key = chosen.proposal.key
        # (in one line, of an entry: "Erdogan called the summit" is no word of his)
        lines = [self.tables.row_words(key)] if self.tables.row(key) is not None else [
            line for lang in LANGS for line in self._line_forms(self._intent_entry[key], lang)
        ] if chosen.proposal.source == "intents" else []
        if any(all(said(w, line) for w in named) and not SPOKEN.isdisjoint(line)
               for line in lines):
            return decision
        return self._offered(decision, OFFERED_PREFIX, f"what {' '.join(speaker)} said: not in "
                             "its answer")

    def _side_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """A difference asked, answered by an entry on one side, the place naming the other
        unexplained: "whats the difference between the jakarta declaration and the istanbul
        declaration" got the Jakarta summit, Istanbul's declaration unsaid. Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or COMPARING.isdisjoint(tokens):
            return decision
        places = [t for t in chosen.uncovered if self.tables.places((t,))]
        return self._offered(decision, OFFERED_PREFIX, f"a difference asked, "
                             f"{', '.join(places)} unexplained") if places else decision

    def _done_for_unsaid(self, decision: Decision, tokens: tuple[str, ...],
                         named: list[tuple[str, tuple[str, ...]]]) -> Decision:
        """What the OIC did for a country, answered by an entry never asked what it did for
        anyone: "what did the OIC do for Chad?" got the Secretary-General (who is from Chad),
        "how has the OIC helped Thailand?" the observer states. Offered."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or chosen.proposal.key in self._asked_done:
            return decision
        countries = {words[0] for _, words in named}
        if not any(countries.intersection(after) and not countries.intersection(tokens[:at])
                   and (word in HELPED or FOR_WHOM.intersection(after))
                   for at, word in enumerate(tokens) if word in DONE_FOR
                   for after in [tokens[at + 1:at + 1 + DONE_WINDOW]]):
            return decision  # (not what a country did: "how does Indonesia help Palestine
            # through the OIC", nor "how do Saudi and Iran clash in the OIC")
        return self._offered(decision, OFFERED_PREFIX,
                             "what was done for the country: not what its examples ask")

    def _ending_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """An answer about a body, left to explain why it ended or moved (a word neither its
        examples nor its text explain): the answer stands, said first not to record that."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or decision.subject \
                or chosen.corrected or chosen.proposal.source not in ("intents", "tables") \
                or WHY_WORDS.isdisjoint(tokens):
            return decision
        row = chosen.proposal.key if chosen.proposal.source == "tables" \
            and self.tables.row(chosen.proposal.key) is not None else None
        ended = [t for at, t in enumerate(tokens) if t in chosen.uncovered and (
            t in ENDED or (t in LEFT and tokens[at + 1:at + 2] in (("dari",), ("from",))))
            and not (row and said(t, self._row_said(row)))]
        if not ended:  # (an answer telling of it explains the word: "Kenapa OKI bubar?"; so
            # does a row's note: "Mengapa KTT LB OKI 2016 dipindah ke Jakarta?", whose row says
            # it was moved, was said first not to record the move)
            return decision
        return replace(decision, subject=ENDED_PREFIX + ended[0],
                       reason=f"{decision.reason}; {ended[0]}: not in its answer")

    def _numbering_a_meeting(self, tokens: tuple[str, ...]) -> frozenset[int]:
        """The numbers said right before a meeting table's words ("the *50th* CFM"), or right
        after them ("sidang menlu OKI *ke-50*"), not of another thing ("the OIC's 25th
        anniversary")."""
        spans = self.tables.meeting_spans(tokens)
        starts, ends = {start for start, _ in spans}, {end for _, end in spans}
        found = set()
        for number, words in ordinals(tokens):
            at = [i for i, t in enumerate(tokens) if t in words]
            if at and (starts & {max(at) + 1, max(at) + 2} or ends & {min(at), min(at) - 1}):
                found.add(number)
        return frozenset(found)

    def _holder_unlisted(self, decision: Decision, tokens: tuple[str, ...],
                         written: str) -> Decision:
        """"Ali Alatas pernah jadi Sekjen OKI kan?": no, and who did, whatever else came close
        (the 1996 session he chaired, said as if it were the answer)."""
        unlisted = self.tables.unlisted_holder(tokens, lambda: frozenset(
            t for word in CAPITALISED.findall(written) for t in self.normalize(word).tokens))
        if unlisted is None:
            return decision
        chosen = Weighed(unlisted, (), unlisted.score)
        return Decision("answer", unlisted.reason, chosen, (chosen, *decision.weighed))

    def _person_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Siapa yang memimpin delegasi Indonesia di KTT Banjul?": a row answers who asks
        only with its chair, and the question names someone else (a word the row leaves
        unexplained: the delegation). Said, with the row to open (it read "chaired by
        President Adama Barrow")."""
        chosen = decision.chosen
        row = self.tables.row(chosen.proposal.key) if chosen is not None else None
        if chosen is None or row is None or decision.action != "answer" or not \
                PERSON_ASKS.intersection(tokens) or not self.tables.is_meeting(row.id):
            return decision
        told = self._row_said(row.id)
        # (right after "siapa" or "memimpin": "siapa *pejabat* ...", "memimpin *delegasi*";
        # not words of a passage around the question, "Siapakah presiden yang memimpin KTT
        # tersebut?" asks for the chair)
        near = {t for at, word in enumerate(tokens) if word in PERSON_ASKS | LEADING
                for t in tokens[at + 1:at + 1 + PERSON_WINDOW]}
        if any(word in PERSON_ASKS and (deed := tokens[at + 1:at + 2]) and deed[0] not in LEADING
               and predicate_shaped(deed[0]) and said(deed[0], told)
               for at, word in enumerate(tokens)):
            return decision  # (a deed the row tells, asked right after "who": the words after
            # it are whom it was done to; "who invited the leaders" of the 4th summit, held
            # "at the invitation of King Hassan II", was told the row names no one)
        # (nor a handover, where the row's chair tells one, as its first line does: "At the
        # 49th CFM, who handed over the chair?" is answered by "Mauritania, which took over
        # the chair from Pakistan")
        handed = HANDING if any(HANDING.intersection(self.normalize(text).tokens)
                                for text in (row.chair or {}).values()) else frozenset()
        unsaid = [t for t in chosen.uncovered if t in near and t not in WHO_ASKS | SOMEONE
                  | handed and not said(t, told)]
        if not unsaid:
            return decision
        lacking = Proposal("tables", row.table, chosen.score, chosen.proposal.reason,
                           chosen.proposal.covered, (row.id,),
                           qualifier=f"{NO_ROW_PREFIX}lacks:person")
        others = [w for w in decision.weighed[1:] if w.score >= self.thresholds.suggest
                  and self._kind(w.proposal) == "fact"]  # (an entry may name that person)
        return replace(decision, chosen=replace(chosen, proposal=lacking),
                       offers=tuple(dict.fromkeys(
                           k for w in others for k in offerable(w.proposal))),
                       reason=f"{decision.reason}; who: not the row's "
                              f"({', '.join(unsaid)} unexplained)")

    def _deed_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"Who designed the OIC emblem?": an entry no example of which asks who answers who
        did something only if its answer says the deed; an example may share the word ("oki
        emblem design") while the answer names no one (it described the emblem). Said, with
        the entry to open."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or not PERSON_ASKS.intersection(tokens) or chosen.proposal.key in self._asked_who:
            return decision
        entry = self.kb.entries[self._intent_entry[chosen.proposal.key]]
        if any(PERSON_NAMED.search(entry.answer[lang]) for lang in LANGS):
            return decision  # (it names someone, in other words: "named a Special Envoy")
        told = self._answer_vocabulary(entry.id)
        deeds = [t for at, word in enumerate(tokens) if word in PERSON_ASKS
                 and not (at and tokens[at - 1] in WITH_WHOM)
                 for t in tokens[at + 1:at + 1 + PERSON_WINDOW]
                 if (predicate_shaped(t) or t in LEADING) and t not in SELECTORS
                 and not said(t, told)]  # (and leading: "who led the summit where Egypt was
        # suspended" got why Egypt was suspended)
        if not deeds:
            return decision
        row = self._meeting_told(entry) if any(map(self.tables.names_a_kind, tokens)) else None
        event = [w for w in self._salient(tokens) if w not in deeds and w not in PERSON_ASKS
                 and w != self._ours and not self.tables.names_a_kind(w)]
        if row is not None and all(said(w, self._row_said(row)) for w in event):
            # "Who chaired the summit that adopted the revised Charter?": the entry names the
            # meeting (the 11th summit, Dakar 2008), whose row says who chaired it (it was
            # told our sources do not say). The row must say the event too: "the summit that
            # suspended Egypt" is not the Casablanca summit, which the entry on the
            # suspension names as inviting Egypt back
            proposal = Proposal("tables", row, chosen.score,
                                f"the meeting {entry.id} names", frozenset(tokens))
            return replace(decision, chosen=Weighed(proposal, (), chosen.score),
                           reason=f"{decision.reason}; who {', '.join(deeds)}: the row of the "
                           f"meeting its answer names, {row}")
        return self._offered(decision, PERSON_PREFIX,
                             f"who {', '.join(deeds)}: not in its answer")

    def _event_unsaid(self, decision: Decision, tokens: tuple[str, ...], confirming: bool
                      ) -> Decision:
        """"Lambang baru OKI diadopsi di KTT Dakar 2008?": a claim that a meeting found by its
        place and year did something its record never says (the emblem was adopted at the
        2011 Astana session) was told that meeting, as if it answered yes. Said not to be in
        our sources about that meeting, with it and the nearest entries to open. (Not a
        question about it, whose words a passage before it may leave unexplained, unless an
        entry naming that meeting says them; nor a long statement of many things, of which the
        record says some: "Pakistan ... hosted the 2nd summit in Lahore (1974) ..., chairs
        COMSTECH, ...".)"""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" \
                or chosen.proposal.source != "tables" or chosen.proposal.qualifier \
                or not self.tables.is_meeting(chosen.proposal.key) or not chosen.uncovered:
            return decision
        meeting = chosen.proposal.key
        told = self._row_said(meeting)
        # (what a meeting did, asked in so many words, is what its row tells: "ktm oki ke 38 di
        # astana ngapain" was told our sources do not say "melakukan" happened there)
        unsaid = [w for w in chosen.uncovered if not said(w, told) and w not in DOING_ASKED]
        # An entry about what was claimed, whose first paragraph names the meeting it happened
        # at, answers, said not to be of the one claimed ("Deklarasi Jakarta dihasilkan KTT
        # ke-11 Dakar ya?": the declaration of the 5th extraordinary summit, Jakarta 2016)
        # (the entry's first paragraph, which names that meeting, must say what was claimed:
        # the entry on Indonesia's membership names the 1969 Rabat summit, not the summit
        # Soeharto first attended, and "Jokowi memimpin KTT ke-13 di Istanbul ya?" is no claim
        # about the 2017 Istanbul summit, whose entry names Erdoğan as its chair)
        # (claimed, its score before the claim's meeting, which it does not name, is weighed,
        # if that meeting is all it leaves unexplained: "Nama OKI berubah ... tahun 2008 di
        # KTT Dakar kan?" left the name change under it; not "Deklarasi Makkah 2019 itu
        # dihasilkan di KTT Istanbul ya?", told by the Ten-Year Programme, "hasil KTT Makkah")
        tellers = [(w, other) for w in decision.weighed[1:] if unsaid
                   and w.proposal.source == "intents" and (
                       w.score >= self.thresholds.suggest
                       or (confirming and w.proposal.score >= self.thresholds.answer
                           and set(w.uncovered) <= chosen.proposal.covered))
                   and self._kind(w.proposal) == "fact"
                   and all(u not in w.uncovered for u in unsaid)
                   and (other := self._meeting_told(self.kb.entries[
                       self._intent_entry[w.proposal.key]])) is not None
                   and self._first_says(self._intent_entry[w.proposal.key], unsaid)]
        if not confirming:
            # ... and, asked, one naming the same meeting tells it ("Apa yang diumumkan Sekjen
            # OKI soal Palestina di KTT Banjul?": the entry on Palestine; it got where and when
            # the summit was); a question is not put elsewhere, nor said to be unrecorded
            # (not one left out: "Selain ganti nama, apa lagi yang diputuskan di sidang menlu
            # Astana 2011?" asks what else the session decided)
            same = next((w for w, other in tellers if other == meeting), None) \
                if not words_set_aside(tokens)[1] and ELSE_ASKED.isdisjoint(
                    itertools.pairwise(tokens)) else None
            return decision if same is None else replace(
                decision, chosen=same, reason=f"{decision.reason}; {', '.join(unsaid)}: not in "
                                              f"the row, told of it by {same.proposal.key}")
        tellers = [(w, other) for w, other in tellers if other != meeting]
        if tellers:
            teller, other = tellers[0]
            return replace(decision, chosen=teller, subject=f"{MEETING_PREFIX}{meeting}:{other}",
                           reason=f"{decision.reason}; {', '.join(unsaid)}: not in the row, "
                                  f"at {other} by {teller.proposal.key}")
        # ... or the meeting whose record says it adopted the declaration named by its city
        # ("The Banjul Declaration came out of the 49th CFM in Nouakchott, correct?")
        declared = self.tables.declared_at(tokens, meeting) if unsaid else []
        if len(declared) == 1:
            adopted = Proposal("tables", declared[0], chosen.proposal.score,
                               f"{chosen.proposal.reason}; the declaration is "
                               f"{declared[0]}'s", chosen.proposal.covered | frozenset(unsaid),
                               qualifier=DECLARED + meeting)
            return replace(decision, chosen=Weighed(adopted, (), chosen.score),
                           reason=f"{decision.reason}; {', '.join(unsaid)}: adopted at "
                                  f"{declared[0]}")
        if len(unsaid) < EVENT_UNSAID:
            return decision  # ("KTT ke-15 OKI di Gambia sempat ditunda brp kali?": it says so)
        return self._offered(decision, "", f"{', '.join(unsaid)}: not in the row")

    def _another_meeting(self, decision: Decision, tokens: tuple[str, ...], confirming: bool
                         ) -> Decision:
        """"Did Raisi attend the 2024 Riyadh summit?": the entry on one meeting (Riyadh 2023,
        which he attended) answered a yes or no on another held in the same city, named by its
        year, as if it said yes. Offered, not answered: what our sources say of either is
        there. (An entry on a meeting elsewhere says where what was claimed happened.)"""
        chosen = decision.chosen
        if not confirming or chosen is None or decision.action != "answer" \
                or chosen.proposal.source != "intents" or decision.subject or chosen.corrected:
            return decision  # (nor one already said to be of another meeting, or corrected)
        named = self._meetings_named(tokens)
        if len(named) != 1 or any(stems(t) & DEED_STEMS for t in tokens):
            # (a deed the entry puts at its meeting is corrected by it: "The 2024 Riyadh
            # summit created the seven-minister Gaza committee?" is told the 2023 one did)
            return decision
        entry = self.kb.entries[self._intent_entry[chosen.proposal.key]]
        told = self._meetings_named(tuple(
            t for lang in LANGS for t in self.normalize(entry.answer[lang].splitlines()[0]).tokens))
        cities = {c for key in named if (row := self.tables.row(key)) for c in row.cities}
        if named <= told or not any((row := self.tables.row(key)) and cities.intersection(
                row.cities) for key in told):
            return decision  # (only a meeting held where the one named was, another year)
        return self._offered(decision, OFFERED_PREFIX, f"it tells of {', '.join(sorted(told))}"
                             f", not {min(named)}, named", tuple(named))

    def _meetings_named(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The meetings whose city and year ``tokens`` name."""
        places = self.tables.places(tokens)
        return frozenset(row.id for table in self.kb.tables.values() if table.of_meetings
                         for row in table.rows if row.start and str(row.start.year) in tokens
                         and places.intersection(row.cities))

    def _subject_elsewhere(self, decision: Decision, tokens: tuple[str, ...], confirming: bool
                           ) -> Decision:
        """"IPHRC dibentuk di KTT luar biasa Makkah 2005 ya?", "OIC-2025 adopted at the 2019
        Makkah summit?": a claim that a meeting made the thing it names got an entry about
        something else of that meeting or place (the 2005 programme), as if it said yes. The
        entry on the thing named answers, when its first paragraph says another meeting made
        it, said not to be of the one claimed."""
        chosen = decision.chosen
        if not confirming or chosen is None or decision.action != "answer" \
                or chosen.proposal.source != "intents" or MADE.isdisjoint(tokens):
            return decision
        entry = self._intent_entry[chosen.proposal.key]
        rows = [w.proposal.key for w in decision.weighed if w.proposal.source == "tables"
                and not w.proposal.rows and self.tables.is_meeting(w.proposal.key)]
        claimed = rows[0] if rows else self._meeting_told(self.kb.entries[entry])
        if claimed is None:
            return decision
        named = self._titled_by(tokens)  # (the thing named)
        for w in decision.weighed[1:]:
            if w.proposal.source != "intents" or self._kind(w.proposal) != "fact" \
                    or w.proposal.score < self.thresholds.suggest:
                continue
            subject = self._intent_entry[w.proposal.key]
            if subject == entry or subject not in named:
                continue
            other = self._meeting_told(self.kb.entries[subject])
            if other is not None and other != claimed:
                return replace(decision, chosen=w, subject=f"{MEETING_PREFIX}{claimed}:{other}",
                               reason=f"{decision.reason}; {subject} was made at {other}, "
                                      f"not {claimed}")
        return decision

    def _told_at_its_meeting(self, decision: Decision, tokens: tuple[str, ...],
                             confirming: bool) -> Decision:
        """"The OIC changed its name to Cooperation in 2008 at the Dakar summit, right?": what
        the question puts at a meeting whose row does not tell it, told by an entry whose first
        paragraph names the one meeting that did it, is answered by that entry, said to be of
        that meeting, not the one named (it was offered, "our sources do not say that
        happened at the 11th Islamic Summit", and the name change left unsaid)."""
        claimed = decision.subject
        if not confirming or decision.action != "clarify" or not decision.offers \
                or not claimed or self.tables.row(claimed) is None \
                or not self.tables.is_meeting(claimed) or (MADE | RENAMED).isdisjoint(tokens):
            return decision
        first = next((w for w in decision.weighed if w.proposal.source == "intents"
                      and w.proposal.key == decision.offers[0]), None)
        entry = self._intent_entry[first.proposal.key] if first is not None else ""
        # (the thing made, named by its title's word: "the OIC-2025 programme" is no Ten-Year
        # Programme of Action; nor an entry telling of two meetings by the one it names, a
        # claim of the other: Syria's suspension is no reinstatement)
        named = self._titled_by(tokens)
        other = self._meeting_told(self.kb.entries[entry]) if entry and (
            not named or entry in named) else None
        if first is None or other is None or other == claimed:
            return decision
        return replace(decision, action="answer", chosen=first,
                       subject=f"{MEETING_PREFIX}{claimed}:{other}",
                       reason=f"{decision.reason}; {first.proposal.key} was at {other}")

    def _titled_by(self, tokens: tuple[str, ...]) -> set[str]:
        """The entries ``tokens`` name by a word of one entry's title alone ("IPHRC",
        "OIC-2025"; not a place: "OKI didirikan di Kairo?" names no Cairo Declaration, nor "OKI
        lahir di Kairo Mesir?" Egypt's suspension)."""
        return {self._title_words[t] for t in tokens if t in self._title_words
                and self.matcher.weight(t) >= TITLE_NAME_WEIGHT
                and not self.tables.places((t,)) and not self.countries.find((t,))}

    def _declaration_named(self, decision: Decision, tokens: tuple[str, ...], confirming: bool
                           ) -> Decision:
        """"Deklarasi Dakar 2008 isinya apa?": a declaration named by a city that no meeting's
        record says adopted one is none our sources know; the nearest answer (the 2008
        Charter, adopted in Dakar) was told as if it were it. Offered, not answered. One that
        one meeting's record says it adopted is told by that record ("Deklarasi Istanbul 2016
        isinya apa saja?" got the Jakarta summit of 2016)."""
        chosen = decision.chosen
        places = self.tables.declaration_places(tokens)
        if not places or decision.action not in ("answer", "clarify", "fallback"):
            return decision
        declared = self.tables.declared_at(tokens, "")
        if decision.subject:
            return decision  # (what it said already: "not at that meeting")
        if chosen is None or decision.action != "answer":
            # (not sure: the meetings that adopted one of that name are what to open first;
            # "Deklarasi Makkah isinya apa" offered the Jakarta summit's, 2005 and 2019 both
            # adopted one)
            return replace(decision, action="clarify", offers=tuple(dict.fromkeys(
                (*declared, *decision.offers))), reason=f"{decision.reason}; declarations "
                f"of that name: {', '.join(declared)}") if declared else decision
        if not declared:
            return self._offered(decision, OFFERED_PREFIX, "no declaration of "
                                 f"{'/'.join(sorted(places))} in our sources")
        named = {w for at, t in enumerate(tokens) if t in ("declaration", "deklarasi")
                 for w in (t, *tokens[max(0, at - 1):at], *tokens[at + 1:at + 2])
                 if w == t or self.tables.places((w,))}
        rows = sorted((row for key in declared if (row := self.tables.row(key))),
                      key=lambda row: row.start.first() if row.start else date.max)
        # (the year said with the name, "Deklarasi Jakarta 1996", "the 1996 Jakarta
        # Declaration"; not a meeting's, "adopted at the 24th CFM in 1996?")
        years = {t for at, word in enumerate(tokens) if word in ("declaration", "deklarasi")
                 for t in (*tokens[at + 1:at + DECLARED_YEAR_NEAR + 1], *(
                     tokens[at - 2:at - 1] if at >= 2 and self.tables.places(
                         tokens[at - 1:at]) else ()))
                 if YEAR.fullmatch(t)}
        if years and not any(
                row.start and str(row.start.year) in years
                for key in declared if (row := self.tables.row(key))) and not (
                chosen.proposal.source == "intents" and all(said(w, self._answer_vocabulary(
                    self._intent_entry[chosen.proposal.key])) for w in (*years, *named))):
            # ("Deklarasi Jakarta 1996 itu apa", "Deklarasi Kairo 2013 isinya apa": one of
            # that name, of another year, was told as if it were it: the 2016 Jakarta
            # Declaration, the Cairo Declaration of 1990)
            return self._offered(decision, OFFERED_PREFIX, "no declaration of "
                                 f"{'/'.join(sorted(places))} in {', '.join(sorted(years))} "
                                 "in our sources")
        if len(declared) > 1 and chosen.proposal.key in declared and len(
                {row.table for row in rows}) == 1 and not ordinals(tokens):
            # "Which summit issued the Makkah Declaration?": both that did, listed (it got
            # the 2019 summit alone; the 2005 extraordinary one adopted one too), unless the
            # question names one ("Deklarasi Istanbul disahkan di KTT ke-13 kan?")
            both = Proposal("tables", rows[0].table, chosen.proposal.score,
                            f"{chosen.proposal.reason}; declarations of that name: "
                            f"{', '.join(declared)}", chosen.proposal.covered,
                            tuple(row.id for row in rows))
            return replace(decision, chosen=Weighed(both, (), chosen.score))
        if len(declared) > 1 or chosen.proposal.key == declared[0] or (
                chosen.proposal.source == "intents" and all(said(w, self._answer_vocabulary(
                    self._intent_entry[chosen.proposal.key])) for w in named)):
            if not CONTENTS_ASKED.isdisjoint(chosen.uncovered):
                # (an entry naming it, never asked what it says: "Apa isi Deklarasi Banjul"
                # got the summit's theme and chair)
                return self._offered(decision, OFFERED_PREFIX, "what the declaration says: "
                                     "not in its answer")
            return decision  # (an entry telling of that declaration: the Cairo Declaration's)
        # (put at another meeting by a claim, that one is named: "Was the Banjul Declaration
        # adopted at the 6th Islamic summit in Dakar?")
        claimed = next((key for w in decision.weighed if w.proposal.source == "tables"
                        for key in (w.proposal.rows or (w.proposal.key,))
                        if key != declared[0] and self.tables.is_meeting(key)), None) \
            if confirming or self._asking.isdisjoint(tokens) else None
        adopted = Proposal("tables", declared[0], chosen.proposal.score,
                           f"{chosen.proposal.reason}; the declaration is {declared[0]}'s",
                           chosen.proposal.covered,
                           qualifier=DECLARED + claimed if claimed else "")
        return replace(decision, chosen=Weighed(adopted, (), chosen.score),
                       reason=f"{decision.reason}; the declaration is {declared[0]}'s")

    def _another_body(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"what's the al quds fund": a body's head word the answer leaves unexplained names
        another body than the one answered (it got the Al-Quds Committee). Offered, not
        answered. (Not one asked for: "Sekjen OKI dipilih oleh lembaga apa?")"""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" \
                or BODY_HEADS.isdisjoint(chosen.uncovered):
            return decision
        asked = {head for head, after in itertools.pairwise(tokens) if after in WHICH_AFTER} | {
            head for before, head in itertools.pairwise(tokens) if before in WHICH_BEFORE}
        named = BODY_HEADS.intersection(chosen.uncovered) - asked
        if not named:
            return decision
        row = self.tables.row(chosen.proposal.key) if chosen.proposal.source == "tables" \
            else None
        if row is not None and row.outcome and all(
                any(said(head, self._words_of(text)) for text in row.outcome.values())
                for head in named):
            # (a meeting's row whose outcome is the body: "Which committee was created by
            # the 6th ICFM in 1975?" is answered by that session, which created the Al-Quds
            # Committee)
            return decision
        heads = ", ".join(sorted(named))
        return self._offered(decision, OFFERED_PREFIX, f"{heads}: another body than the answer's")

    def _lead_says(self, entry: str, words: Sequence[str]) -> bool:
        """Whether an entry's first line, in either language, says each of ``words`` (a list
        of meetings opened by a line of its own is about none of them)."""
        lead = frozenset(w for lang in LANGS for w in
                         self.normalize(self.kb.entries[entry].answer[lang].splitlines()[0]).tokens)
        return all(said(w, lead) for w in words)

    def _first_says(self, entry: str, words: Sequence[str]) -> bool:
        """Whether an entry's first paragraph (its first line, as an answer folds one paragraph
        to a line), in either language, says each of ``words`` but those of doing
        ("dihasilkan", "adopted")."""
        first = frozenset(w for lang in LANGS for w in
                          fold(self.kb.entries[entry].answer[lang].splitlines()[0]).split())
        return all(said(w, first) for w in words if not predicate_shaped(w))

    def _lacking_unsaid(self, decision: Decision) -> Decision:
        """"Tunku Abdul Rahman meninggal tahun brp": a row's record says it lacks what is
        asked, and an entry that leaves the same words unsaid scored a little higher (the list
        of every Secretary-General answered): the admission stands."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents":
            return decision
        # (one that explains every word: "... dibentuk berdasarkan keputusan KTT ke berapa?"
        # asks which summit set the Fiqh Academy up, not what the academy decided)
        admission = next((w for w in decision.weighed[1:] if w.proposal.source == "tables"
                          and w.proposal.qualifier.startswith(f"{NO_ROW_PREFIX}lacks:")
                          and w.score >= self.thresholds.suggest and not w.uncovered), None)
        if admission is None:
            return decision
        told = self._answer_vocabulary(self._intent_entry[chosen.proposal.key])
        # (and "before" or "after", which no list of office holders explains: "what did
        # Tunku do after the OIC" got the list of every Secretary-General)
        unsaid = [t for t in (*chosen.uncovered, *OFFICE_TIMES.intersection(
            admission.proposal.covered)) if t in admission.proposal.covered and not said(t, told)]
        if not unsaid:
            return decision
        return replace(decision, chosen=admission,
                       reason=f"{decision.reason}; {admission.proposal.key} lacks it "
                              f"({', '.join(unsaid)} unexplained)")

    def _theme_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"The OIC-2025 programme was adopted at a summit with what theme?": an entry that
        names the meeting (the 13th summit) but not its theme gave the programme; the
        meeting's row, which has the theme, answers."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents" \
                or not any(THEME_ASKS.intersection(stems(t)) for t in tokens) \
                or not any(map(self.tables.names_a_kind, tokens)):
            return decision
        entry = self.kb.entries[self._intent_entry[chosen.proposal.key]]
        if not THEME_ASKS.isdisjoint(self._answer_vocabulary(entry.id)):
            return decision  # (it says a theme itself)
        row = self._meeting_told(entry)
        if row is None or not self.tables.has_theme(row):
            return decision
        proposal = Proposal("tables", row, chosen.score, f"the meeting {entry.id} names",
                            frozenset(tokens))
        return replace(decision, chosen=Weighed(proposal, (), chosen.score),
                       reason=f"{decision.reason}; its theme: the row of the meeting its answer "
                              f"names, {row}")

    def _meeting_told(self, entry: Entry) -> str | None:
        """The one meeting an entry's first paragraph names by its city and year, together
        ("adopted at the 11th Islamic Summit in Dakar on 14 March 2008"; not the "2025" of
        "OIC-2025" beside "Istanbul ... 2016"), if it names exactly one."""
        found = self._meetings_told.get(entry.id)
        if found is None:
            texts = [fold(entry.answer[lang].splitlines()[0]) for lang in LANGS]
            rows = {row.id for table in self.kb.tables.values() for row in table.rows
                    if row.start and row.cities and self.tables.is_meeting(row.id)
                    and all(any(_near(text, (*place.name.values(), *place.aliases),
                                      str(row.start.year)) for text in texts)
                            for place in map(self.kb.places.get, row.cities) if place)}
            found = self._meetings_told[entry.id] = next(iter(rows)) if len(rows) == 1 else ""
        return found or None

    @cached_property
    def _current_rows(self) -> dict[str, Row]:
        """The current row of each table, by the entry about it (its ``current_entry``): read
        once, not for every answer."""
        return {t.current_entry: r for t in self.kb.tables.values() if t.current_entry
                for r in t.rows if r.status == "current"}

    def _deed_of_holder(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"What did Laraki say about the budget in 2000?", "Whom did Taha meet in Jakarta?":
        a holder's row says who held the office and when, not what they said, asked or met
        (DEEDS: other verbs, "resigned", "was born", a row may well answer). Said, with the row
        to open."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer":
            return decision
        # (or the entry on a table's current row: "Is Hissein Brahim Taha married?" got the
        # entry on today's Secretary-General)
        row = self.tables.row(chosen.proposal.key) if chosen.proposal.source == "tables" \
            else self._current_rows.get(self._intent_entry[chosen.proposal.key]) \
            if chosen.proposal.source == "intents" else None
        if row is None:
            return decision
        holder = row.status in OFFICE_HELD or any(
            self._holder_named(w.proposal, chosen.uncovered) for w in decision.weighed[1:])
        # (nor a meeting's row with the holder named beside it: "What did Taha say at the 51st
        # CFM?" got the session's place and dates; nor what a person said there, by title or
        # as the row names them: not what the meeting itself said, its outcome)
        if not holder and not (self.tables.is_meeting(row.id) and not (
                PERSON_TITLES | self._people_in(row.id)).isdisjoint(tokens)):
            return decision
        # (what a person said there is told only beside their name or title: "some Indonesian
        # pages *say* Kuala Lumpur" tells nothing Mahathir said at Putrajaya)
        told = self._row_said(row.id) if holder else self._said_of_people(row.id)
        if chosen.proposal.source == "intents":
            told = told | self._answer_vocabulary(self._intent_entry[chosen.proposal.key])
        # (in the clause that asks, not a passage before it: "... It calls itself the voice of
        # the Muslim world. Who is the current Secretary-General?"; the clause may end with its
        # question word: "Sekjen Laraki mengeluh soal anggaran OKI seperti apa?")
        asking = next((at for at, t in enumerate(tokens) if t in self._asking), 0)
        done = DEEDS if holder else SPOKEN
        clause = tokens[max(0, asking - DEED_BEFORE_ASKING):]
        deeds = [t for t in dict.fromkeys(clause)
                 if (t in done or (holder and t == "do" and clause[clause.index(t) + 1:][:1] in (
                     (), *((w,) for w in DONE_AS))))
                 and t not in chosen.proposal.covered and not said(t, told)
                 and not (not holder and t in SPOKEN and not SPEECH_TOLD.isdisjoint(told))]
        if not deeds:
            return decision
        # ... which an entry explaining every word may tell ("Kapan Presiden Jokowi bertemu
        # Sekjen OKI Hissein Brahim Taha di Jakarta?": what Indonesia did lists the meeting)
        telling = next((w for w in decision.weighed[1:] if not w.uncovered
                        and w.score >= self.thresholds.answer
                        and self._kind(w.proposal) == "fact" and w.proposal.source == "intents"
                        and all(said(d, self._answer_vocabulary(
                            self._intent_entry[w.proposal.key])) for d in deeds
                                if d in PRIVATE | ACHIEVED | {"do"})), None)
        if telling is not None:
            return replace(decision, chosen=telling, reason=f"{decision.reason}; "
                           f"{', '.join(deeds)}: not in the holder's row, all in "
                           f"{telling.proposal.key}")
        return self._offered(decision, DEED_PREFIX if holder else "",
                             f"{', '.join(deeds)}: not in the row")

    def _row_by_own_word(self, tokens: tuple[str, ...], asked: frozenset[str]
                         ) -> list[Proposal]:
        """A table named and nothing picking a row of it, but a word no question we were
        written uses and only one row says: "Sekjen OKI kelahiran Abéché itu siapa?" is the
        Secretary-General born there (it got nothing)."""
        unknown = [t for t in tokens if not self.matcher.known_word(t) and not self._is_plain(t)]
        row = self.tables.row_saying(unknown, asked)
        if row is None:
            return []
        said = self.tables.row_words(row)
        return [Proposal("tables", row, PICKED_BY_VALUE, f"the one row saying "
                         f"{', '.join(t for t in unknown if t in said)}",
                         frozenset(t for t in tokens if t in said))]

    def _first_so(self, proposal: Proposal, tokens: tuple[str, ...]) -> Proposal:
        """"The first Secretary-General chosen by a vote": not the first of all (Tunku Abdul
        Rahman), but the one row of the table that says it was the first so (İhsanoğlu's
        says "the first Secretary-General chosen by a vote")."""
        row = self.tables.row(proposal.key) if not proposal.rows else None
        if row is None or FIRST_WORDS.isdisjoint(proposal.covered) \
                or row.id in self.tables.rows_named(tokens):
            return proposal  # (nor another first of a row named: "IPHRC's first session")
        rows = self.kb.tables[row.table].rows
        # (the words some row says: one none says tells none apart, "lewat *voting*"; nor a
        # month a claim says: "The first summit in Rabat was held in December 1969?" asks of
        # no first summit held in December)
        # (nor a word of "first" said again, "yang paling awal": Madani's "awal 2014")
        again = {w for phrase in SUPERLATIVES["first"] if len(phrase) > 1
                 for i in range(len(tokens)) if tokens[i:i + len(phrase)] == phrase
                 for w in phrase}
        # (nor another place in the series, "sekjen pertama dan sekjen terakhir": the first
        # and the latest, not İhsanoğlu, "the first chosen by a vote", whose row says "last")
        # (nor a word saying only that a person is asked: "siapa orang pertama yg jd sekjen
        # OKI" got Madani, "the first Saudi", whose row says "orang"; "pm" is a title a note
        # says: "The first OIC Secretary-General ... was a former Prime Minister of Malaysia")
        left = [t for t in self._salient(tokens) if t not in proposal.covered | MONTH_WORDS
                | again | IN_SERIES | SOMEONE - {"pm"}
                and any(said(t, self._row_said(r.id)) for r in rows)]
        saying = [r.id for r in rows if not FIRST_WORDS.isdisjoint(self._row_said(r.id))
                  and all(said(t, self._row_said(r.id)) for t in left)] if left else []
        if len(saying) != 1 or saying[0] == row.id:
            return proposal
        return Proposal("tables", saying[0], proposal.score,
                        f"{proposal.reason}; the one row saying it was the first "
                        f"{', '.join(left)}", proposal.covered | frozenset(left))

    def _one_row_saying(self, proposal: Proposal, tokens: tuple[str, ...], yes_no: bool = False
                        ) -> Proposal:
        """Of a table's list, the one row that says what the list leaves unexplained: "At which
        summit did Pakistan announce its recognition of Bangladesh?" listed the summits held
        in Pakistan; the 2nd's says it. Of one meeting's row, who chaired it is said by it:
        "Which OIC summit did King Salman chair in Makkah in 2019?" (found by its year and
        place, the 14th was held to leave "King Salman" unexplained)."""
        # (so, of one said to be of another year: "Indonesia hosted the 24th CFM in 1998
        # under Ali Alatas, right?"; and, in a yes/no question, the days it was held on: "KTT
        # pertama OKI tanggal 22-25 September 1969 ya?" left "22 25" unexplained, as the day
        # of the year it says is another: "The first OIC summit was on 25 September 1970,
        # correct?")
        if not proposal.rows and (not proposal.qualifier or proposal.qualifier.startswith(
                OTHER_YEAR)) and self.tables.is_meeting(proposal.key):
            other_year = proposal.qualifier.split(":")[1] if proposal.qualifier else ""
            its_days = [span for span, days in (days_in(tokens) if yes_no else ())
                        if all(("tables", proposal.key) in self._days.get(day, ()) for day in days)
                        or other_year in tokens[span.start:span.stop]]
            said_of = self.tables.chair_words(proposal.key).intersection(tokens) | {
                tokens[at] for span in its_days for at in span}
            return replace(proposal, covered=proposal.covered | said_of) if said_of else proposal
        if not proposal.rows and not proposal.qualifier and self.tables.is_holder(proposal.key):
            # (of a holder's row, what its note says of them: "The first OIC Secretary-General
            # ... was a former Prime Minister of Malaysia" left "prime minister" unexplained)
            # (not another meeting it names: "What did Taha say at the 51st CFM?")
            told = {t for t in self._salient(tokens) if t not in proposal.covered and t.isalpha()
                    and not self.tables.names_a_kind(t) and said(t, self._row_said(proposal.key))}
            return replace(proposal, covered=proposal.covered | told) if told else proposal
        if len(proposal.rows) < 2 or proposal.qualifier or tokens[-2:] in REST_ASKED:
            # (nor the rest of a list some of whose rows are named: "Organ utama OKI adalah
            # KTT, Dewan Menlu, dan ...." got the CFM's row, which says "KTT" too)
            return proposal
        # (not a count: "Maroko sudah 3 kali jadi tuan rumah KTT OKI biasa, benar?", "Which
        # country has hosted three ordinary Islamic summits?" got the one row saying "3")
        left = [t for t in self._salient(tokens) if t not in proposal.covered
                and not (t.isdigit() or t in SAID_COUNTS)]
        # (a word asking who is said by a row naming its chair: "Which Indonesian president
        # presided over the OIC summit on Palestine in March 2016?")
        saying = [r for r in proposal.rows if all(
            said(t, self._row_said(r)) or (t in WHO_ASKS and self.tables.has_chair(r))
            for t in left)]
        if not left or len(saying) != 1:
            return proposal
        return Proposal("tables", saying[0], proposal.score,
                        f"{proposal.reason}; the one row saying {', '.join(left)}",
                        proposal.covered | frozenset(left))

    def _holder_named(self, proposal: Proposal, unexplained: tuple[str, ...]) -> bool:
        """Whether ``proposal`` is an office holder's row named by words another answer leaves
        ``unexplained``."""
        row = self.tables.row(proposal.key) if proposal.source == "tables" else None
        return row is not None and row.status in OFFICE_HELD and not proposal.covered.isdisjoint(
            unexplained)

    def _offered(self, decision: Decision, subject: str, why: str, first: Sequence[str] = ()
                 ) -> Decision:
        """An answer turned into the entries to open, the chosen one first (then ``first``):
        its answer is about the subject, not what was asked."""
        assert decision.chosen is not None
        others = [w for w in decision.weighed if w.score >= self.thresholds.suggest
                  and self._kind(w.proposal) == "fact"]
        offers = (*offerable(decision.chosen.proposal), *first,
                  *(k for w in others for k in offerable(w.proposal)), *decision.offers)
        return replace(decision, action="clarify", subject=subject + decision.chosen.proposal.key,
                       offers=tuple(dict.fromkeys(offers)), reason=f"{decision.reason}; {why}")

    def _unnamed(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """A question that names nothing it is about, but a number or a pronoun, follows one
        the bot never saw: each message is read alone ("and the 5th one?" got the 5th
        extraordinary summit, "who hosted it?" the meetings Indonesia hosted). Said, with what
        came closest to open (so is one two answers came equally close to)."""
        if decision.action not in ("answer", "clarify") or decision.subject or (
                decision.chosen is None and not decision.weighed):
            return decision
        rest = [t for t in tokens if t not in FOLLOW_UP_WORDS]
        # (a number in words or a year too: "yg ketiga siapa", "kalo yg tahun 2019?")
        numbered = {w for _, words in ordinals(tuple(rest)) for w in words}
        # (or a place, before or after which: "and the one after Cairo, where was that?" got
        # the Cairo Declaration; or in which: "the one in Dakar", "yang di Dakar" got the
        # Charter adopted there)
        placed = {tokens[i] for start, end, _ in self.tables.place_spans(tokens)
                  for i in range(start, end)
                  } if not (POINTING | BESIDE | {"yang"}).isdisjoint(tokens) else set()
        # (a time asked of nothing at all: "what year was that one?", "when?" got the OIC's
        # founding, a guess at the message it follows; offered choices, it is said too:
        # "kapan itu terjadi?")
        # ("wait whats the date of that" got the OIC's founding date)
        timed = set(rest) <= HAPPENING | DATE_OF and self._ours not in tokens and not (
            WHEN | YEAR_ASKED).isdisjoint(tokens) and (
                decision.chosen is None or self._kind(decision.chosen.proposal) == "fact")
        if not timed and (not (all(
                NUMBER_ONLY.fullmatch(t) or t in numbered or YEAR.fullmatch(t) for t in rest)
                or (placed and set(rest) <= placed | BESIDE | AT_A_PLACE) or (
                # (or only a side of what is pointed at: "and the one after it?" got the
                # OIC's founders)
                # ("yg sebelumnya siapa", the one before it, got the OIC's old name)
                # ("what about the year after": the one after what was asked before)
                set(rest) <= BESIDE | BESIDE_OF_IT and not (
                    POINTING.isdisjoint(tokens) and BESIDE_OF_IT.isdisjoint(rest)
                    and FOLLOWED_UP.isdisjoint(tokens))) or (
                # (or another by its rank: "kalo yg terakhir?" got the latest summit, "what
                # about the next one" the next)
                set(rest) <= RANKS and not (FOLLOWED_UP | {"yang"}).isdisjoint(tokens)) or (
                # (or what is asked of a meeting: "who chaired it?" got today's summit chair,
                # "what was decided there?" the Rabat summit)
                # (or when it was held, or its theme: "itu kapan diadakannya?" got the Jakarta
                # summit, "trus temanya apa?" the latest CFM's)
                # (or who did it: "siapa pelakunya" got the OIC's role, "melakukan")
                set(rest) <= HOST_WORDS | HELD_SAID | HELD_OF_IT | WHO_ASKS | DECIDED
                | WHERE_OF_IT | THEME_ASKED | DOERS and (
                    not POINTING.isdisjoint(tokens) or any(t.endswith("nya") for t in rest))) or (
                # (or of a person only pointed at: "and which country was he from?" got the
                # members once suspended)
                not HIM.isdisjoint(rest) and set(rest) <= HIM | OF_A_PERSON) or (
                # (or states only pointed at: "what year did they join" got Indonesia's)
                # (or what they decided there: the Rabat summit's decision)
                not THEY.isdisjoint(rest) and set(rest) <= THEY | JOINING | HAPPENING | DECIDED
                ) or (
                # (or a difference between what is not named: "ICJ vs ICC in the Rohingya
                # case, whats the difference" was read at its last clause, and "What is the
                # difference?" got the summit's difference from the Council)
                not COMPARING.isdisjoint(rest) and self._ours not in rest
                and all(t in COMPARING or self._is_plain(t) for t in rest)) or (
                not RESPONDED.isdisjoint(rest)
                and all(t in RESPONDED or t == self._ours or self._is_plain(t) for t in rest))
                or self._meeting_pointed_at(tokens)
                # (or only why, or a reaction: "why?" got why the OIC was founded, "really?"
                # what it is; or since when, or the source of what was said: "sejak kapan" got
                # when Indonesia joined, "source?" the OIC's funding; or to explain it, "explain
                # pls" what the OIC is)
                or any(set(rest) <= words for words in SAID_ALONE))):
            return decision
        if decision.chosen is None:  # (a choice offered already: said as unnamed)
            return replace(decision, subject=UNNAMED_PREFIX,
                           reason=f"{decision.reason}; nothing names what is asked about")
        return self._offered(decision, UNNAMED_PREFIX, "nothing names what is asked about")

    def _country_followed_up(self, decision: Decision, tokens: tuple[str, ...],
                             named: Sequence[tuple[str, tuple[str, ...]]]) -> Decision:
        """ "what about egypt?", "kalau mesir gimana?": a country put to a question the bot never
        saw (each message is read alone), told "I only answer questions about the OIC". Said
        so, with the country's standing in the OIC to open; so is a country named alone."""
        if decision.action not in ("out_of_scope", "fallback") or len(named) != 1:
            return decision
        code, words = named[0]
        rest = [t for t in tokens if t not in words]
        if rest and (FOLLOWED_UP.isdisjoint(rest) or not set(rest) <= FOLLOW_UP_WORDS):
            return decision
        # (a country alone, "dan malaysia?" once its "dan" is set aside, is offered as such)
        return replace(decision, action="clarify", chosen=None,
                       subject=UNNAMED_PREFIX if rest else "", offers=(f"membership:{code}",),
                       reason=f"{decision.reason}; a country put to an unseen question")

    def _meeting_pointed_at(self, tokens: tuple[str, ...]) -> bool:
        """Whether a question asks a detail of a meeting it only points at, naming none by
        number, year, place or name: "who chaired that summit?" got the Jakarta summit
        of 2016, "KTT itu temanya apa?" its theme. "KTT itu" may mark the topic ("KTT itu
        diadakan berapa tahun sekali?"): pointing, it asks what only one meeting has, a theme
        or its number ("itu KTT ke berapa?")."""
        if POINTER_WORDS.isdisjoint(tokens) or any(t.isdigit() for t in tokens) \
                or ordinals(tokens) or self.tables.place_spans(tokens) \
                or self.tables.rows_named(tokens) or self.countries.find_all(tokens):
            return False  # (the pointing word first: most questions have none; on the eval
            # questions this took the check from 0.034 to 0.005 ms a question)
        # (or a body, or a meeting by a word bodies share: "where was *this meeting* held?")
        kinds = [(at, at + 1) for at, t in enumerate(tokens) if self.tables.names_a_kind(t)]
        for start, end in {*self.tables.meeting_spans(tokens), *kinds}:
            after, before = tokens[end:end + 1], tokens[start - 1:start] if start else ()
            asked = set(tokens[:start]) | set(tokens[end:])
            if (after in POINTED_AFTER or (before in POINTED_BEFORE and tokens[
                    start - 2:start - 1] not in CLAUSE_OPENERS)) and not TABLE_ASKS.isdisjoint(
                    asked):
                return True
            if (after in TOPIC_POINTED or (before == ("itu",) and start == 1)) and (
                    not THEME_ASKED.isdisjoint(asked) or asked >= ORDINAL_ASKED):
                return True
        return False

    def _figure_unsaid(self, decision: Decision, tokens: tuple[str, ...]) -> Decision:
        """"How much did the new headquarters cost?", "berapa lantai gedung baru OKI?": an
        entry answers how many or how much only if it says what is counted; one that leaves a
        word of the question unexplained is about the thing, not that figure (it showed when
        the headquarters opened). Said, with the entry to open."""
        chosen = decision.chosen
        # ("lantai" in "berapa lantai gedung baru OKI"; or a figure named, "What is Hissein
        # Brahim Taha's salary?", which got who the Secretary-General is)
        counted = counted_word(tokens) or next((t for t in tokens if t in PAY), "")
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "intents":
            return decision
        entry = self._intent_entry[chosen.proposal.key]
        if counted in PRODUCED and counted not in chosen.uncovered:
            # "How many resolutions has the OIC passed?" got how resolutions are adopted
            # (its example "how are oic resolutions adopted"), which gives no number of them
            if self._counts_done(entry, (counted,)):
                return decision
        elif counted not in chosen.uncovered or (
                counted in ROWS_COUNTED and self._counts_done(entry, tokens)):
            return decision
        # (a figure another entry counts is in our sources: "oic hq location + how many
        # members" was told it is not; not sure, that entry offered beside)
        giving = tuple(w.proposal.key for w in decision.weighed if w is not chosen
                       and w.proposal.source == "intents" and counted not in w.uncovered
                       and w.proposal.score >= self.thresholds.suggest)
        if giving:
            return replace(decision, action="clarify", offers=tuple(dict.fromkeys(
                (chosen.proposal.key, *giving, *decision.offers))),
                reason=f"{decision.reason}; the figure asked about ({counted}) is in "
                       f"{', '.join(giving)}, not in it")
        return replace(decision, action="clarify", subject=FIGURE_PREFIX + chosen.proposal.key,
                       offers=(chosen.proposal.key, *decision.offers),
                       reason=f"{decision.reason}; the figure asked about "
                              f"({', '.join(chosen.uncovered)}) is not in it")

    def _count_filtered(self, decision: Decision, tokens: tuple[str, ...], written: str
                        ) -> Decision:
        """"How many OIC summits had been hosted by Arab countries up to 2018?" was told "Our
        sources list 20", every summit to 2018: a count of a table's rows leaving a name
        unexplained (written capitalised, not a place or country) counts rows our tables
        cannot tell apart by it (nothing says which hosts are Arab). Offered, not counted."""
        chosen = decision.chosen
        if chosen is None or decision.action != "answer" or chosen.proposal.source != "tables" \
                or NUMBER_ASKED.isdisjoint(tokens) or asked_shape(tokens) == "ordinal" \
                or self.tables.row(chosen.proposal.key) is not None:
            return decision  # (nor which one: "... sidang menlu islam yg ke brp ya")
        named = {t for word in re.findall(r"\b[A-Z][a-z]+", written)
                 for t in self.normalize(word).tokens}
        if not named.intersection(self._unplaced(chosen.uncovered)):
            return decision
        return replace(decision, action="clarify",
                       offers=tuple(dict.fromkeys((*offerable(chosen.proposal),
                                                   *decision.offers))),
                       reason=f"{decision.reason}; {', '.join(chosen.uncovered)}: rows not told "
                              "apart by it, so not counted")

    def _counts_done(self, entry_id: str, tokens: tuple[str, ...]) -> bool:
        """Whether an entry's answer counts what a question's verb does, "how many times"
        asked ("Akademi fikih OKI sudah bersidang berapa kali?": "24 sidang", 24 sessions;
        it was told our sources give no figure), or the thing a meeting produced ("3,200
        resolutions")."""
        done = {form for t in tokens if predicate_shaped(t) or t in PRODUCED for form in stems(t)}
        for lang in LANGS:
            said = self.normalize(self.kb.entries[entry_id].answer[lang]).tokens
            if any(a.isdigit() and not done.isdisjoint(stems(b))
                   for a, b in itertools.pairwise(said)):
                return True
        return False

    def _dated(self, normalized: Normalized
               ) -> tuple[bool, Normalized | None, tuple[str, ...]]:
        """"Who was Secretary-General when the OIC changed its name?": whether the office is
        asked at the time of an event, and the question asked in the one year the entry on
        the event gives in its lead ("... in 2011"), for the tables to answer; None if the
        event is unclear or its entries give no single year. (Read alone, the question got
        the entry on the name change, which names no one.) Entries as close as the best one
        must agree: "when the OIC was founded" is 1969 by its date and by what set it off;
        "when the Charter was adopted" is 1972 or 2008. With them, the entries the event is
        told by, to offer when it is unclear (both Charters)."""
        tokens = normalized.tokens
        # (or before the question word closing it: "trus sekjennya waktu itu siapa?")
        closing = len(tokens) - sum(1 for _ in itertools.takewhile(
            self._question_words.__contains__, reversed(tokens)))
        if tokens[closing - 2:closing] in THAT_TIME and not (self.tables.rows_named(tokens) or any(
                YEAR.fullmatch(t) for t in tokens) or self.tables.names_a_meeting(tokens)):
            # "Siapa sekjen OKI waktu itu?": a time said in a message before, which the bot
            # never sees (it got today's Secretary-General)
            return True, None, ()
        under = next((i for i in range(len(tokens) - 2) if tokens[i] == "under"
                      and tokens[i + 1] in ("which", "whose") and i > 1), None)
        if under is not None and self.tables.office_named_at(
                replace(normalized, tokens=("when", *tokens[under + 2:]))) is not None:
            # "The Cairo Declaration was adopted under which Secretary-General?" is "which
            # Secretary-General, when it was adopted" (it got the declaration)
            tokens = ("which", *tokens[under + 2:], "when", *tokens[:under])
            normalized = replace(normalized, tokens=tokens, words=tokens)
        lead = year_of_an_event(tokens)
        if lead:
            # "The year the Cairo declaration came out, who was ...?" is asked when it came
            # out (it got today's Secretary-General)
            tokens = ("when", *tokens[lead:])
            normalized = replace(normalized, tokens=tokens, words=tokens)
        elif (at := next((i for i in range(1, len(tokens)) if year_of_an_event(tokens[i:]) > 1
                          and tokens[i + year_of_an_event(tokens[i:])] not in THIS_YEAR),
                         None)) is not None:
            # ... and so after the office: "Which Secretary-General took office in the same
            # year the OIC's name changed?" (it got today's) (not "pada tahun ini", this year;
            # nor of no office: "Which summit took place in the year Egypt returned?")
            then = (*tokens[:at], "when", *tokens[at + year_of_an_event(tokens[at:]):])
            if self.tables.office_then(replace(normalized, tokens=then)) is not None:
                normalized = replace(normalized, tokens=then, words=then)
        when = self.tables.office_then(normalized)
        office = self.tables.office_named_at(normalized) if when is None \
            and normalized.tokens[0] in TIME_WORDS else None
        if office is not None and office > 1:
            # "Pas Gambia gugat Myanmar ke ICJ, sekjen OKI-nya siapa?": the time put first is
            # read after the office ("sekjen oki siapa ketika gambia gugat ..."); it got
            # today's Secretary-General
            tokens = normalized.tokens
            tokens = (*tokens[office:], tokens[0], *tokens[1:office])
            normalized = replace(normalized, tokens=tokens, words=tokens)
            when = self.tables.office_then(normalized)
        around = self.tables.meeting_around(normalized) if when is None else None
        when, beside = around if around else (when, False)
        if when is None or (around and any(map(YEAR.fullmatch, normalized.tokens[:when]))):
            # (a meeting its year already dates is not asked by a time after it: "Awalnya KTT
            # luar biasa OKI 2016 mau diadakan di negara mana sebelum dipindah ke Indonesia?"
            # was told the time was unclear)
            return False, None, ()
        event = normalized.tokens[when + 1:]
        if any(event[i:i + len(which)] == which for which in WHICH_ONE
               for i in range(len(event))) or all(map(self._is_plain, event)):
            # "... pas KTT ke brp?": which one is asked, not a time; nor is a time without an
            # event ("Amadou Karim Gaye was SG from when to when?" was told the time unclear)
            return False, None, ()
        said_years = {t for t in event if YEAR.fullmatch(t)}
        if len(said_years) > 1 and set(event) - said_years - self._asking <= A_YEAR_SAID | SPAN:
            # "during 2005-2013": years, no event to date; the tables read a span (it was told
            # the time was unclear)
            return False, None, ()
        if len(said_years) == 1 and set(event) - said_years - self._asking <= A_YEAR_SAID:
            # "pas tahun 1992 sekjen oki siapa": the time is that year, no event to date (it
            # was told the time was unclear)
            tokens = (*normalized.tokens[:when + beside], *said_years,
                      *(t for t in event if t in self._asking))
            return True, replace(normalized, tokens=tokens, words=tokens), ()
        if several := self.tables.meetings_said(replace(normalized, tokens=event, words=event)):
            # "Who was Secretary-General during the Doha summit?": three summits met in Doha
            # (2000, 2003, 2025); the entry on the last dated it (it got today's), unless the
            # question's year picks one ("in 2000 during the Doha summit" listed all since)
            picked = {str(row.start.year) for r in several if (row := self.tables.row(r))
                    and row.start} & {t for t in normalized.tokens if YEAR.fullmatch(t)}
            if len(picked) != 1:
                return True, None, several
            tokens = (*normalized.tokens[:when + beside], *picked)
            return True, replace(normalized, tokens=tokens, words=tokens), ()
        ranked = self.matcher.rank(event, limit=EVENT_RIVALS)
        sure = bool(ranked) and ranked[0].score >= EVENT_MATCH
        close = [c for c in ranked if ranked[0].score - c.score < EVENT_MARGIN]
        years = {found for c in close  # (an entry giving no year does not say)
                 if (found := frozenset(self._event_years(self._intent_entry[c.intent], event)))}
        if not sure or len(years) != 1 or len(year := next(iter(years))) != 1:
            # ... unless the question gives it ("when the Charter was revised in 2008"); of an
            # event no entry tells surely ("waktu India pertama kali diundang ... tahun 2019"),
            # only a year one of the closest gives ("when it was founded in Jeddah in 1975"
            # is no time to answer), and only who held the office ("what did the
            # Secretary-General discuss when ..." is not asked by the year)
            year = frozenset(t for t in event if YEAR.fullmatch(t))
            unsure = not sure and (HOLDER_ASKED.isdisjoint(normalized.tokens) or not any(
                year <= y for y in years) or self._holder_named_before(normalized, when))
            if len(year) != 1 or unsure:
                return True, None, tuple(
                    c.intent for c in close) if sure else ()
        if len(said_years) == 1 and said_years != year and any(
                said_years <= set(self._years_told(self.kb.entries[self._intent_entry[
                    c.intent]].answer[lang].splitlines()[0])) for c in close for lang in LANGS):
            # "during the Syria suspension in 2012": the year said, where the entry tells it
            # too (it was dated by the entry's first year, 2025's reinstatement)
            year = frozenset(said_years)
        # (a meeting on one side of it keeps the side: "the first summit after 2011")
        tokens = (*normalized.tokens[:when + beside], *year)
        return True, replace(normalized, tokens=tokens, words=tokens), ()

    def _time_in_example(self, decision: Decision, tokens: tuple[str, ...]) -> bool:
        """Whether the example answering says all the question does, its time with it
        ("siapa presiden oki waktu pertama berdiri", an example of the entry on who led the
        OIC at first, was told the time was unclear; not "sekjen oki *saat ini*" for "...
        *saat itu*")."""
        chosen = decision.chosen
        if chosen is None or chosen.proposal.source != "intents" or chosen.uncovered:
            return False
        best = self.matcher.rank(tokens, limit=1)
        return bool(best) and best[0].intent == chosen.proposal.key \
            and set(tokens) <= set(best[0].example.split())

    def _holder_named_before(self, normalized: Normalized, when: int) -> bool:
        """Whether the office's holder is named before the time ("Whom did Secretary-General
        *Taha* name as envoy when ...": who held it is known, something else is asked)."""
        return any((row := self.tables.row(r)) is not None and row.status in OFFICE_HELD
                   for r in self.tables.rows_named(normalized.tokens[:when]))

    def _event_years(self, entry_id: str, event: tuple[str, ...]) -> set[str]:
        """The years an entry gives in the sentences that say most of an event's words;
        several years are narrowed to the one the event names ("the *2008* Charter")."""
        entry = self.kb.entries[entry_id]
        asked = [w for w in self._salient(event) if not YEAR.fullmatch(w)]
        # (what happened, its verb, must be said: "Syria was *suspended*" is dated by the
        # sentence on the suspension, 2012, not by the one on the reinstatement, 2025; and
        # only in the first paragraph, which tells it: later ones add and qualify)
        verbs = [w for w in asked if predicate_shaped(w)]
        found: dict[int, list[list[str]]] = {}
        # (unless no sentence says it: "disahkan" of an entry that says "diadopsi")
        first = [(sentence, self._words_of(sentence)) for lang in LANGS
                 for sentence in sentences(entry.answer[lang].splitlines()[0])]
        unsaid = not any(said(w, forms) for _, forms in first for w in verbs)
        if unsaid:
            verbs = []
        for sentence, forms in first:
            told = sum(said(w, forms) for w in asked)
            if told and YEAR.search(sentence) and (
                    not verbs or any(said(w, forms) for w in verbs)):
                found.setdefault(told, []).append(self._years_told(sentence))
        told_most = found[max(found)] if found else []
        if unsaid and asked != verbs and len({years[0] for years in told_most}) > 1:
            # ("Egypt returned" of an entry saying "rejoined": its sentences on Egypt give
            # 1979 and 1984, and what happened is none of them surely)
            return set()
        years = list(dict.fromkeys(y for years in told_most for y in years))
        # (several: the one the event names, else the first said, of what the sentence tells:
        # "adopted ... in 2008, replacing the 1972 Charter")
        named = set(years) & set(event)
        return named if len(years) > 1 and named else set(years[:1])

    def _years_told(self, sentence: str) -> list[str]:
        """A sentence's years as words: not "2025" in the name "OIC-2025", which dated the
        programme's adoption (it got today's Secretary-General)."""
        return [t for t in self.normalize(sentence).tokens if YEAR.fullmatch(t)]

    def _years_counted(self, reply: Reply, today: date, tokens: tuple[str, ...]) -> Reply:
        """The years from the one day (or the days of one span, or else the one year) the
        answer's first sentence gives to ``today``, said first: of what the question names
        ("how old is the oic charter" was counted from the OIC's founding); nor to a later
        year the question names ("how many years since the Al-Aqsa fire in 2025")."""
        lead = reply.parts()[0]
        first = sentences(lead)[0] if lead else ""
        # (a sentence naming another year, not a Hijri one, tells of something else too: "...
        # on 14 March 2008, replacing the first Charter of 1972" is no count for "how old is
        # the first charter")
        years_said = {int(y) for y in YEAR.findall(first) if y[:2] in ("19", "20")}
        # (nor to a year the question names but as what it counts from: "tahun 2019 oki
        # ulang tahun ke berapa" asks the age then, and was told 7 years)
        named = [int(t) for t in tokens if YEAR.fullmatch(t)]
        if len(years_said) != 1 or (named and (SINCE.isdisjoint(tokens) or any(
                year > min(years_said) for year in named))) or not all(
                said(word, self._words_of(first)) for word in self._salient(tokens)
                if word not in AGE_WORDS):
            return reply
        days = days_in(fold(first).split())
        if len(days) > 1:
            return reply
        # (of each day a span names, the same count: "6–7 March 2016"; a year alone, about)
        counts = {today.year - day.year - ((today.month, today.day) < (day.month, day.day))
                  for day in days[0][1]} if days else {today.year - min(years_said)}
        if len(counts) != 1 or (years := counts.pop()) < 1:
            return reply
        count = TEXTS[reply.lang]["years_since" if days else "about_years_since"].format(
            years=years, today=format_date(today, reply.lang))
        return replace(reply, answer=f"{count}\n{reply.answer}", lead=f"{count}\n{lead}")

    def _words_of(self, text: str) -> frozenset[str]:
        """The words of a text with their stems, and the parts of a phrase read as one word
        ("ktt_islam" says "ktt")."""
        found = self._text_words.get(text)
        if found is None:  # (a row's texts come back: each is read once)
            words = {part for token in self._with_implied(self.normalize(text).tokens)
                     for part in (token, *token.split("_"))}
            found = self._text_words[text] = frozenset(words).union(*map(stems, words))
        return found

    def _beside(self, alone: tuple[Decision, Normalized], question: str) -> bool:
        """Whether the answer to a later question asked alone is not about what it asks (its
        title says none of its words): "mulai aktif kapan" got Indonesia's membership, whose
        text says "aktif"; "who are the observers then" the observers, as asked. The title in
        either language: "piagam baru ... where adopted" is the current Charter's."""
        title = self._words_of(" ".join(self._build(question, each, *alone).title or ""
                                        for each in LANGS))
        return not any(said(w, title) for w in self._salient(alone[1].tokens))

    def _denied_asked(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The words a question asks which are not ("negara yang *bukan anggota*", "are not in
        the *oic*"), but plain words; none when it asks why not or whether not ("Why isn't
        India a member?", "Apakah Rusia negara yang bukan anggota OKI?")."""
        if not WHY_WORDS.isdisjoint(tokens) or tokens[0] in YES_NO:
            return frozenset()
        return frozenset(w for w in _denied(tokens) if w == self._ours or not self._is_plain(w))

    def _answer_denies(self, entry_id: str) -> frozenset[str]:
        """The words an entry's answer says something is not ("Palestina *bukan anggota*
        PBB"), in either language: gathered as its lines are read."""
        for lang in LANGS:
            self._line_forms(entry_id, lang)
        return self._denials.get(entry_id, frozenset())

    def _of_us_alone(self, asked: Normalized) -> bool:
        """Whether a question asks what things of the OIC are, naming nothing else: a later
        question's "it" is the OIC ("What are the official languages of the OIC and how many
        members does it have?" was said unanswered; not "What is the OIC emblem and when was
        it adopted?")."""
        if PLURAL_ASKED.isdisjoint(asked.tokens[:PLURAL_AT]):
            return False
        named = self._names(asked.words)
        return named.oic and not named.other

    def _leans_on(self, asked: Normalized) -> bool:
        """Whether a later question names nothing of its own to be about: its words ask
        ("siapa yg teken?"), point back ("anggotanya"), or name a country it asks of
        ("Indonesia termasuk?")."""
        countries = {w for _, words in self._countries_named(asked) for w in words}
        salient = self._salient(asked.tokens)
        if not salient and any(t != self._ours and not t.endswith("nya") and not self._is_plain(t)
                               for t in asked.tokens):
            return False  # (a word too common to weigh names something all the same: "...?
            # berapa anggota OKI?" was taken as asked of the first, and dropped)
        return all(predicate_shaped(w) or w.endswith("nya") or w in countries | AMONG_WORDS
                   for w in salient)

    def _said_by(self, reply: Reply) -> frozenset[str]:
        """The words (and their stems) an answer's title and text say."""
        key = (reply.entry or reply.intent or reply.answer, reply.lang)
        forms = self._said.get(key)
        if forms is None:  # (the same few answers come back: each is read once)
            words = set(self.normalize(f"{reply.title or ''} {reply.answer}").tokens)
            forms = self._said[key] = frozenset(words.union(*map(stems, words)))
        return forms

    def _accounts_for(self, reply: Reply, asked: Normalized, row: bool = False) -> bool:
        """Whether an answer says something of every word the question says what it asks with
        ("siapa yg mimpin?" after the latest summit: "dipimpin oleh Presiden Adama Barrow");
        of a ``row``, the words that ask for one of its fields need not be said."""
        forms = self._said_by(reply)
        return all(said(t, forms) for t in self._salient(asked.tokens)
                   if not (row and t in TABLE_ASKS))

    def _explains(self, proposal: Proposal, token: str) -> bool:
        """Whether an intent's examples or its answer account for a question's word."""
        if proposal.source != "intents":
            return False  # other sources say what they cover in ``Proposal.covered``
        key = (proposal.key, token)
        found = self._explained.get(key)
        if found is None:  # the same few intents and words come back message after message
            if len(self._explained) >= EXPLAINED_KEPT:
                self._explained.clear()
            found = self._explained[key] = self._intent_explains(proposal.key, token)
        return found

    def _intent_explains(self, intent: str, token: str) -> bool:
        # ("in which city ...": any answer naming a place says which; "berapa kali setahun":
        # any saying how often, "sekali setiap tiga tahun")
        if (shape := "place" if token in CITY else "frequency" if token in ANNUALLY else None):
            entry_id = self._intent_entry[intent]
            return any(shape in told.gives or any(shape in shapes
                                                  for _, _, shapes in told.folded)
                       for told in (self._told(entry_id, lang) for lang in LANGS))
        # A plain word under a prefix is another word: "satu" (one) in an answer is no
        # account of "menyatukan" (to unite), though stemming relates the two.
        unrelated = {form for form in stems(token)
                     if form in self._plain and _under_prefix(token, form)}
        matcher = self.matcher
        if any(intent in matcher.intents_with(word)
               for word, _ in matcher.known_word(token) if word not in unrelated):
            return True
        words = self._answer_vocabulary(self._intent_entry[intent])
        if token in words or any(form in words for form in stems(token) - unrelated):
            return True
        # (leading, said by any word of it: "ketua" of an answer saying "dipimpin Presiden
        # Joko Widodo"; "Who yg jadi ketua KTT LB OKI 2016 di Jakarta?" got the summit chairs)
        if token in CHAIRING_SAID and not CHAIRING_SAID.isdisjoint(words):
            return True
        # (a word of a country's name, not a name itself, of an answer naming that country
        # some other way: "Saudi Arabia" of one saying "the Saudi foreign ministry")
        holding = self.countries.named_with(token)  # (most words are in no country's name)
        if holding and self.countries.find((token,)) is None \
                and holding & self._countries_told(self._intent_entry[intent]):
            return True
        # ("the 5 observer states": an answer saying "five" says it)
        if any(said == token and word in words for word, said in SAID_COUNTS.items()):
            return True
        # (a list asked, by an answer listing: "oic suspended countries list" got every
        # member, "list" left unexplained by the suspensions, item by item)
        answer = self.kb.entries[self._intent_entry[intent]].answer
        if token in LIST_ASKED and any(
                sum(line.startswith(BULLET) for line in answer[lang].splitlines()) > 1
                for lang in LANGS):
            return True
        # (a year the answer is as of: "oic member count as of 2026" is the latest count,
        # which says as of when)
        if YEAR.fullmatch(token) and self._as_of_now(intent, token):
            return True
        # A collapsed phrase ("ktt_islam") is also explained by its words ("ktt" and "islam").
        parts = token.split("_")
        return len(parts) > 1 and not token.startswith(ORG_PREFIX) and all(
            self._intent_explains(intent, part) for part in parts)

    def _as_of_now(self, intent: str, year: str) -> bool:
        """Whether an intent's answer tells what is so in ``year``: one from that of its
        newest source to this one, of an answer whose lead names no year of its own (not
        "In SESRIC's end-2013 data, ..." for 2025)."""
        entry_id = self._intent_entry[intent]
        as_of = self.kb.entries[entry_id].as_of
        return as_of is not None and as_of.year <= int(year) <= date.today().year and not any(
            YEAR.fullmatch(t) for lang in LANGS for t in self._told(entry_id, lang).lead)

    def _meeting_words(self, proposal: Proposal) -> frozenset[str] | None:
        """For the row of one meeting (a summit, a session), the words its answer says, in
        both languages, with their stems; None for any other proposal."""
        if proposal.source != "tables" or not self.tables.is_meeting(proposal.key):
            return None
        return self._row_said(proposal.key)

    def _people_in(self, row_id: str) -> frozenset[str]:
        """The names of the people a row's answer names with their office ("hosted by Prime
        Minister Mahathir Mohamad": mahathir), in both languages."""
        found = self._said.get((row_id, "people"))
        if found is None:
            named = [m.group() for lang in LANGS
                     for m in PERSON_NAMED.finditer(self.tables.row_reply(row_id, lang).answer)]
            found = self._said[(row_id, "people")] = frozenset(
                t for text in named for t in self.normalize(text).tokens) - PERSON_TITLES
        return found

    def _said_of_people(self, row_id: str) -> frozenset[str]:
        """The words of a row's sentences that name a person, by name or title."""
        found = self._said.get((row_id, "of people"))
        if found is None:
            people = self._people_in(row_id) | PERSON_TITLES
            found = self._said[(row_id, "of people")] = frozenset().union(*(
                forms for lang in LANGS
                for sentence in sentences(self.tables.row_reply(row_id, lang).answer)
                for forms in (self._words_of(sentence),) if not people.isdisjoint(forms)))
        return found

    def _row_said(self, row_id: str) -> frozenset[str]:
        """The words a row's title and answer say, in both languages, with their stems."""
        found = self._said.get((row_id, ""))
        if found is None:
            words = self.tables.row_words(row_id)
            found = self._said[(row_id, "")] = words.union(*map(stems, words))
        return found

    def _titled(self, proposal: Proposal, token: str) -> bool:
        """Whether an intent's entry has ``token`` (or a stem of it) in its title, and the
        word does not name what a table's rows are ("Which OIC *meetings* has Indonesia
        hosted?" is not about each meeting)."""
        if proposal.source != "intents" or self.tables.names_a_kind(token):
            return False
        words = tuple(w for title in self._title_tokens(proposal.key) for w in title)
        return not _forms(words).isdisjoint({token} | stems(token))

    def _contradicts(self, proposal: Proposal, claim: str, happened: Happened | None) -> bool:
        """Whether an intent's answer states another place, year or count than ``claim``'s
        (a year, of what ``happened``)."""
        says = self._stated_by(proposal)
        return says is not None and contradicted(claim, says, happened)

    def _miscounts(self, proposal: Proposal, claim: str, happened: Happened | None) -> bool:
        """Whether an intent's answer states the count claimed only of other things."""
        says = self._stated_by(proposal)
        return says is not None and miscounted(claim, says, happened)

    def _confirms(self, proposal: Proposal, claim: str) -> bool:
        """Whether an intent's answer states ``claim``'s place in other words."""
        says = self._stated_by(proposal)
        return says is not None and confirmed(claim, says)

    def _stated_by(self, proposal: Proposal) -> Stated | None:
        """What an intent's answer states; None for other sources (a table's rows settle a
        premise themselves)."""
        if proposal.source != "intents":
            return None
        entry_id = self._intent_entry[proposal.key]
        says = self._stated.get(entry_id)
        if says is None:
            entry = self.kb.entries[entry_id]
            says = self._stated[entry_id] = stated(
                (self.normalize(sentence).tokens for lang in LANGS
                 for sentence in sentences(entry.answer[lang])), self._places_told)
        return says

    def _places_told(self, tokens: tuple[str, ...]) -> frozenset[str]:
        """The places (ids) an answer's tokens name, with their countries and the countries
        it names (codes): what a claimed place or country is weighed against."""
        places = self.tables.places(tokens)
        countries = (self.kb.places[p].country for p in places if p in self.kb.places)
        return places | {code for code in countries if code} | {
            code for code, _ in self.countries.find_all(tokens)}

    @staticmethod
    def _example_forms(example: str) -> frozenset[str]:
        """The words of a normalised example, with their stems."""
        return _forms(tuple(example.split()))

    def _answer_vocabulary(self, entry_id: str) -> frozenset[str]:
        """The words (and their stems) of an entry's title and answer in both languages: its
        lines' words together, so each text is read once."""
        found = self._answer_words.get(entry_id)
        if found is None:
            found = self._answer_words[entry_id] = frozenset().union(
                *(words for lang in LANGS for words in self._line_forms(entry_id, lang)))
        return found

    # -- replies ------------------------------------------------------------------------------

    def _build(self, question: str, lang: str, decision: Decision,
               normalized: Normalized | None = None, reason: str | None = None,
               also: tuple[Reply, ...] = (), asked_too: tuple[str, ...] = ()) -> Reply:
        """The one Reply for a decision (made once: replies are built at the end of ``ask``).
        ``asked_too``: the words of later questions the same row or entry answers, whose
        details a phone shows too."""
        meta: dict[str, Any] = {
            "reason": reason or f"{decision.action}: {decision.reason}", "decision": decision,
            "also": also,
            "candidates": tuple((w.proposal.key, round(w.score, 3))
                                for w in decision.weighed[:3])}
        chosen = decision.chosen
        if chosen is not None and decision.action in ANSWERED:
            if chosen.proposal.source == "tables":
                reply = self.tables.reply(chosen.proposal, lang, question, chosen.score, **meta)
                if chosen.proposal.qualifier.endswith(":person"):  # and what else may name them
                    reply = replace(reply, suggestions=tuple(dict.fromkeys(
                        (*reply.suggestions, *self._links(decision.offers, lang))))[:3])
                qualifier = chosen.proposal.qualifier
                if normalized is not None and reply.kind == "answer" \
                        and self.tables.shows_detail(qualifier):
                    tokens = (*normalized.tokens, *asked_too)
                    reply = self.tables.with_asked_detail(
                        reply, tokens, self._salient(tokens), self._words_of)
                reply = self._ended(self.tables.caveated(reply, qualifier), decision, lang)
                if normalized is not None and not chosen.proposal.rows:
                    reply = self._why_unsaid(reply, chosen.proposal, normalized.tokens, lang)
                return self._detail_shown(reply, (*normalized.tokens, *asked_too)
                                          ) if normalized is not None else reply
            if chosen.proposal.source == "countries":
                # (of the question it answers, not the others of the message: "Is Iran in the
                # OIC, and was Syria suspended?" opened "No. ... Iran being suspended")
                asked = " ".join(normalized.words) if normalized is not None and also \
                    else question
                return replace(self.country_source.reply(
                    chosen.proposal.key, lang, asked, chosen.score, not chosen.uncovered,
                    **meta), question=question)
            reply = self._reply_for(chosen.proposal.key, lang, question, chosen.score,
                                    chosen.proposal.source, **meta)
            if normalized is not None and reply.kind == "answer" and reply.entry:
                focused = self._focused(reply, normalized, chosen.corrected)
                first = focused.answer.splitlines()[0]
                # (a line pointing back, lifted for a question naming a year neither it nor
                # the lead gives, reads as of that year: "Did the November 2023 Riyadh summit
                # call for ...?" showed "Its communiqué also called for ...", of the 2024
                # summit; the lead says which); nor for a question asking which one it was
                # ("Which OIC summit declared East Jerusalem the capital of Palestine?" showed
                # "Its communiqué ... declared East Jerusalem the capital", the summit folded)
                lead = reply.answer.splitlines()[0]
                if not (refers_back(first) and not YEAR_CLAIMED.search(first) and (any(
                        YEAR_CLAIMED.fullmatch(t) and t not in lead for t in normalized.tokens)
                        or not CHOOSING_WORDS.isdisjoint(normalized.tokens))) \
                        and not (LEADERS_ASKED.intersection(normalized.tokens) and self._of_others(
                            first, lead, frozenset(
                                code for code, _ in self._countries_named(normalized)))):
                    reply = focused
            if decision.subject.startswith(MEETING_PREFIX):  # not a yes: at another meeting
                claimed, other = decision.subject.removeprefix(MEETING_PREFIX).split(":")
                reply = replace(reply, answer=TEXTS[lang]["not_at_meeting"].format(
                    meeting=self.tables.row_title(claimed, lang),
                    other=self.tables.row_title(other, lang)) + "\n" + reply.answer)
            # (a count the answer says beside what the claim says with it is no correction:
            # "benar ga 56 anggota OKI juga anggota PBB" was told its sources give another
            # number than 56, above "56 juga menjadi anggota PBB")
            corrected = [c for c in chosen.corrected if normalized is None
                         or not self._count_said_so(reply.answer, c, normalized.tokens)]
            if corrected:  # not a yes: the sources say another place, year or count
                # (or name the year claimed, but of something else: "The OIC was founded in
                # 1970, right?" of an answer setting up its Secretariat in 1970)
                # (or a count, of something else: "OKI punya 56 anggota kan?" of 56 in the UN)
                says = self._stated_by(chosen.proposal)
                then = [c for c in corrected if says is not None and c in says.years]
                counted = [c for c in corrected if says is not None
                           and SAID_COUNTS.get(c, c) in says.counts]
                claimed = f" {TEXTS[lang]['or']} ".join(
                    self.kb.places[c].name[lang] if c in self.kb.places
                    else self.countries.name(c).name[lang] if COUNTRY_CODE.fullmatch(c)
                    else _days_said(c, lang) if DAY_CLAIMED.match(c) else c
                    for c in corrected if c not in then and c not in counted)
                opening = [TEXTS[lang][key].format(claim=f" {TEXTS[lang]['or']} ".join(said))
                           for key, said in (("not_said", [claimed] if claimed else []),
                                             ("not_said_then", then),
                                             ("not_counted", counted)) if said]
                reply = replace(reply, answer="\n".join((*opening, reply.answer)))
            elif normalized is not None:
                reply = self._why_unsaid(reply, chosen.proposal, normalized.tokens, lang)
            reply = self._ended(reply, decision, lang)
            return self._detail_shown(reply, (*normalized.tokens, *asked_too)
                                      ) if normalized is not None else reply
        if decision.action == "clarify":
            text = TEXTS[lang]["suggest"]
            if decision.subject.startswith(FIGURE_PREFIX):  # "How much did it cost?"
                text = TEXTS[lang]["no_figure"]
            elif decision.subject.startswith(PERSON_PREFIX):  # "Who designed the emblem?"
                text = TEXTS[lang]["no_person"]
            elif decision.subject.startswith(TIME_PREFIX):  # "SG when the Charter was adopted?"
                text = TEXTS[lang]["no_time"]
            elif decision.subject.startswith(DEED_PREFIX):  # "What did Laraki say in 2000?"
                text = TEXTS[lang]["no_deed"]
            elif decision.subject.startswith(UNNAMED_PREFIX):  # "and the 5th one?"
                text = TEXTS[lang]["unnamed"]
            elif decision.subject.startswith(DAY_PREFIX):  # "What happened on 28 June 2011?"
                text = TEXTS[lang]["on_day"].format(day=format_date(date.fromisoformat(
                    decision.subject.removeprefix(DAY_PREFIX)), lang))
            elif decision.subject.startswith(OFFERED_PREFIX):
                pass  # (as any choice offered)
            elif decision.subject:  # "Why did the OIC change its name at the Dakar summit?"
                text = TEXTS[lang]["elsewhere"].format(
                    meeting=self.tables.row_title(decision.subject, lang))
            # (a choice offered by a table's reading has no candidate weighed: "Jakarta
            # Declaration 2016 ada poin boycott ... gak?" crashed here)
            return Reply(question=question, kind="suggest", lang=lang, intent=None,
                         confidence=decision.weighed[0].score if decision.weighed else 0.0,
                         answer=text, suggestions=self._links(decision.offers, lang), **meta)
        if decision.action == "other_org":
            org = next(o for o in self.kb.lexicon.organisations if o.id == decision.subject)
            return Reply(question=question, kind="other_org", lang=lang, intent=None,
                         confidence=0.0, answer=TEXTS[lang]["other_org"].format(
                             org=org.name[lang]),
                         suggestions=self._links(decision.offers, lang), **meta)
        if decision.action == "empty":
            return Reply(question=question, kind="empty", lang=lang, intent=None,
                         confidence=0.0, answer=TEXTS[lang]["empty"],
                         related=self._links(self.kb.navigation.starters, lang), **meta)
        return self._not_known(question, lang, decision, normalized, meta)

    def _detail_shown(self, reply: Reply, tokens: tuple[str, ...]) -> Reply:
        """``reply`` showing after its lead the folded sentence that says most of what else
        the question asks (:func:`asked_detail`); nothing dropped, the rest still folded."""
        if reply.kind != "answer" or not reply.entry:
            return reply
        lead, rest = split_lead(reply.answer)
        if not rest:
            return reply
        listing = lead.splitlines()[-1].startswith(BULLET)  # (the lead ends in a list's items)
        # (so many of its items, as written, its count not read: "List 3 goals of the OIC")
        written = re.findall(r"\w+", reply.question.lower())
        wanted = items_asked(written)
        if (list_asked(tokens) or wanted) and listing:
            # (a list asked for shows whole where it fits: "List the five principles in the
            # original 1972 OIC Charter" showed the first)
            more = list(itertools.takewhile(lambda line: line.startswith(BULLET),
                                            rest.splitlines()))
            if wanted:
                more = more[:max(0, wanted - sum(line.startswith(BULLET)
                                                 for line in lead.splitlines()))]
            whole = "\n".join([lead, *more])
            if more and len(whole) <= DETAIL_CHARS and reply.answer.startswith(whole):
                return replace(reply, lead=whole)
        elif (list_asked(tokens) or items_listed(written)) and (
                prose := _list_after(reply.answer)
                or self._listed_in_prose(reply.answer, lead, rest, tokens)):
            return replace(reply, lead=prose)
        items = {line.removeprefix(BULLET) for line in rest.splitlines() if line.startswith(BULLET)}
        # (not one about another in a series than the question names, by its first words:
        # "Konferensi pertama Menteri Luar Negeri Islam diadakan tanggal berapa?" showed "ICFM
        # kedua ... Desember 1970"; one naming the next summit in passing is about its own)
        nth = nth_named(reply.question)
        folded = [(sentence, *self._reading(sentence), sentence in items)
                  for sentence in sentences(rest)
                  if not nth or not (series := nth_named(" ".join(sentence.split()[:OPENING])))
                  or series & nth]
        said_first, gives = self._reading(lead)
        # (a count asked of a later question too: "Apa itu IPHRC dan berapa anggotanya?"
        # showed what it is, its 18 members past "More", "beranggotakan" saying "anggota")
        shape = asked_shape(tokens) or ("number" if counted_word(tokens) else "reason"
                                        if reason_asked(tokens) else "outcome"
                                        if outcome_asked(tokens) else None)
        if shape == "year" and self.tables.knows(reply.entry) and day_asked(
                tokens, gives, [shapes for _, _, shapes, _ in folded]):
            # (of a row, whose note is all about it; an entry's later sentence giving a day
            # may be of something else: "exact date of the oic summit in baku" is not the
            # IsDB's meetings there)
            gives = gives - {"year"}
            folded = [(sentence, forms, shapes if "day" in shapes else shapes - {"year"}, item)
                      for sentence, forms, shapes, item in folded]
        # (an item says a detail by a word few answers use, or by a year the question names:
        # "In 2012 the OIC suspended the membership of ____." showed the suspensions without
        # Syria's, 2012 being in many answers)
        asked = (said_first | self._words_of(reply.title or ""), gives, folded,
                 self._salient(tokens), shape,
                 lambda word: bool(YEAR.fullmatch(word)) or self._rare(word))
        sentence = asked_detail(*asked)
        lines = rest.splitlines()
        tied = [f"{BULLET}{item}" for item in asked_items(*asked)] if sentence is None else []
        # (an amount asked that the lead, saying all it names, gives no figure of, and no date
        # asked by "berapa": "ratifikasi piagam oki tgl brp" showed that no source lists every
        # state ratifying it; the most of something the lead does not say)
        amount = not AMOUNT_ASKED.isdisjoint(tokens) and shape != "year" \
            and not gives_figure(ARTICLE_NUMBER.sub("", lead))
        most = MOST_ASKED.intersection(tokens) - asked[0]
        if sentence is None:
            if not tied:
                # (the sentence saying our sources do not give it, where it says a word asked;
                # "How many staff work at the OIC General Secretariat?" showed who hires them;
                # so too the most of something, where that sentence says a most ("most",
                # "largest"): "Which country pays the most to the OIC budget?", "biggest
                # funder of the oic budget?" showed how the OIC is funded)
                unknown = next((s for s, forms, _, _ in folded if UNSOURCED.search(s) and any(
                    said(w, forms) for w in asked[3]) and (amount or (
                        bool(most) and not MOST_ASKED.isdisjoint(forms)))),
                    None) if amount or most else None
                return replace(reply, answer=lifted(reply.answer, unknown)) if unknown \
                    else reply
            # (items each saying as much of it: all of them, in the list's order)
            lines = [*tied, *(line for line in lines if line not in tied)]
            sentence, upto = tied[-1], len(tied) - 1
        else:
            item = f"{BULLET}{sentence}"  # (an item of a list keeps its bullet)
            if item not in lines and listing and rest.startswith(BULLET):
                # (no other sentence goes into a list: it goes first; "apa bedanya piagam oki
                # 2008 sm yg 1972?" showed the 2008 Charter between the first principle of
                # 1972 and the other four)
                return reply if refers_back(sentence) else replace(
                    reply, answer=lifted(reply.answer, sentence))
            if item in lines and listing and (first := lifted(reply.answer, sentence)
                                              ).startswith(lead.splitlines()[0]):
                # (nor is an item of the list the lead begins put after the items shown, out
                # of order: "istanbul 2016 oki" showed the 13th summit between the 5th and the
                # 6th; it goes first under the list's opener, where that fits)
                return replace(reply, answer=first)
            lines = [item, *(line for line in lines if line != item)] if item in lines \
                else lifted(rest, sentence).splitlines()
            upto = next(at for at, line in enumerate(lines) if sentence in line)
        shown = "\n".join([lead, *lines[:upto + 1]])
        if len(shown) > DETAIL_CHARS and tied and len(told := "\n".join(tied)) <= DETAIL_CHARS:
            # (items too long to show after the lead go before it: they are the answer)
            return replace(reply, answer="\n".join([told, lead, *lines[len(tied):]]), lead=told)
        if len(shown) > DETAIL_CHARS:
            # (that our sources do not give an amount, or the most, asked is the answer, said
            # first: "How many people work at the OIC General Secretariat?" showed who hires
            # its staff, "negara penyumbang terbesar oki" how the OIC is funded; not an amount
            # the lead gives: "How many member states were not paying contributions in 2012?"
            # got that no source names the largest contributor)
            return replace(reply, answer=lifted(reply.answer, sentence)) \
                if UNSOURCED.search(sentence) and (amount or most) else reply
        return replace(reply, answer="\n".join([lead, *lines]), lead=shown)

    def _listed_in_prose(self, answer: str, lead: str, rest: str, tokens: tuple[str, ...]
                         ) -> str | None:
        """A list asked for, in prose: the lead with the sentence after it, where the lead only
        sums the list up and that sentence lists ("Sebutkan 3 tujuan OKI!" was told in one
        general sentence, the goals past "More"); None where a later sentence lists the very
        thing asked ("oic charter principles list": "The first Charter listed five
        principles: ...; ...") or the two are too long for a phone's first screen."""
        listed = sentences(rest)[0]
        if lists(lead) or not lists(listed):
            return None
        salient = self._salient(tokens)
        if any(lists(sentence) or sentence.count(";") >= 2
               for sentence in sentences(rest)[1:]
               if any(said(word, self._reading(sentence)[0]) for word in salient)):
            return None
        whole = answer[:answer.find(listed) + len(listed)]
        return whole if len(whole) <= DETAIL_CHARS else None

    def _item_of_the_meeting_asked(self, answer: str, tokens: tuple[str, ...],
                                   listed: frozenset[int]) -> int | None:
        """Of a list of meetings of several kinds, the one item of the kind a question names:
        "kapan indonesia jadi tuan rumah konferensi menlu oki" is the foreign ministers'
        session, not the summit listed first. None unless exactly one item is of it."""
        asked = {t for t in self.tables.named(tokens) if self.tables.is_meeting_table(t)}
        if len(asked) != 1:
            return None
        lines = answer.splitlines()[1:]
        kinds = {at: self.tables.named(self.normalize(lines[at]).tokens) for at in listed}
        # (a list of one kind, some items naming it, is not: "Doha, Qatar, 2025 (emergency
        # summit ...)" led for "list of extraordinary oic summits")
        if len(set().union(*kinds.values()) - asked) == 0:
            return None
        of_it = [at for at in sorted(listed) if kinds[at] == asked]
        return of_it[0] if len(of_it) == 1 else None

    @staticmethod
    def _ended(reply: Reply, decision: Decision, lang: str) -> Reply:
        """``reply`` said first not to record the end or move asked of (:meth:`_ending_unsaid`)."""
        if not decision.subject.startswith(ENDED_PREFIX):
            return reply
        return replace(reply, answer=TEXTS[lang]["not_recorded"] + "\n" + reply.answer)

    def _focused(self, reply: Reply, asked: Normalized, corrected: tuple[str, ...] = ()
                 ) -> Reply:
        """``reply`` with the line that says what was asked first (:mod:`bot.engine.focus`);
        of a claim whose year or count it ``corrected``, the line giving the one it states
        instead ("SESRIC was created in 1987, right?" showed what SESRIC is)."""
        assert reply.entry is not None
        salient = {w: v for w, v in self._salient(asked.tokens).items() if w not in corrected}
        lines = self._line_forms(reply.entry, reply.lang)
        listed = frozenset(at for at, line in enumerate(reply.answer.splitlines()[1:])
                           if line.startswith(BULLET))
        index = focus_line(lines[0], lines[1:], salient, self._rare, listed)
        if index is None and listed:
            index = self._item_of_the_meeting_asked(reply.answer, asked.tokens, listed)
        if index is not None:
            line = reply.answer.splitlines()[index + 1]
            if len(line) <= LEAD_CHARS or line.startswith(BULLET):
                return replace(reply, answer=refocused(reply.answer, index))
            # (of a paragraph longer than a phone shows, the sentence saying most of it: "Which
            # country opposed Syria's suspension in 2012?" showed how long the suspension
            # lasted, Iran past "More")
            said_most = max(sentences(line), key=lambda sentence: sum(
                weight for word, weight in salient.items()
                if said(word, self._read_text(sentence)[0])))
            return replace(reply, answer=lifted(reply.answer, said_most))
        # (its lead said without the names of its list's items, of which an opener naming
        # them says no more: "why did zanzibar leave the oic" showed the opener naming it)
        told = self._told(reply.entry, reply.lang)
        # (a sentence naming another of a series than the question names never leads:
        # "Konferensi pertama Menteri Luar Negeri Islam diadakan tanggal berapa?" showed
        # "ICFM kedua diadakan di Karachi pada Desember 1970.")
        nth = nth_named(reply.question)
        if nth:
            kept = [at for at, (sentence, _, _) in enumerate(told.folded)
                    if not (series := nth_named(sentence)) or series & nth]
            told = replace(told, folded=tuple(told.folded[at] for at in kept),
                           cut=sum(at < told.cut for at in kept))
        # ... or the sentence of the first paragraph that a phone cuts off, when it says what
        # was asked and the lead does not ("Which OIC meeting did India attend as guest of
        # honour in 2019?")
        index = focus_line(told.lead | told.title,
                           [forms for _, forms, _ in told.folded[:told.cut]], salient,
                           self._rare) if told.cut else None
        if index is not None:
            return replace(reply, answer=lifted(reply.answer, told.folded[index][0]))
        # ... or, of a lead naming no country or listing others than the one asked of, the
        # one sentence naming it ("has nepal applied for oic observer status" showed the 2006
        # applicants, Nepal among those of 2011 past "More"; "Did India attend the Rabat
        # conference in 1969?" showed how many came; not a lead naming one country in passing:
        # "kenapa oki tidak mengirim tentara ke palestina" is told the OIC has no army; nor of
        # an entry whose title names it: "why has the oic failed palestine")
        named = self._countries_named(asked)
        asked_of = {code for code, _ in named}
        in_lead = told.countries
        if len(asked_of) > 1:
            # (several asked of a list with an item of each: those items, in the order asked;
            # "In which years were Egypt and Syria suspended?" showed the lead naming them
            # with no year, "Kapan Mesir dan Suriah diskors?" Syria's item alone)
            written = reply.answer.splitlines()
            picked = self._item_of_each(written, named)
            if picked is not None and len(shown := "\n".join(picked)) <= DETAIL_CHARS:
                return replace(reply, answer="\n".join(
                    [*picked, *(line for line in written if line not in picked)]), lead=shown)
        if asked_of and len(in_lead) != 1 and asked_of.isdisjoint(in_lead) and not any(
                all(said(w, told.title) for w in words) for _, words in named):
            naming = [(sentence, forms) for sentence, forms, _ in told.folded
                      if all(all(said(w, forms) for w in words) for _, words in named)]
            # (not over a lead saying who leads, one alone, when the sentence does not: "Komite
            # Al-Quds OKI dipimpin oleh Raja Yordania. Benar atau salah?" showed its members,
            # Jordan among them, for "diketuai Raja Maroko")
            deeds = [w for w in salient if w in CHAIRING_SAID and _does(w, told.lead)]
            if len(naming) == 1 and all(_does(w, naming[0][1]) for w in deeds):
                return replace(reply, answer=lifted(reply.answer, naming[0][0]))
        # ... or, when the lead gives no year or place and one is asked ("When did the OIC
        # change its name?"), the folded sentence giving one that says most of what the lead
        # leaves unsaid of the question; and for a number ("IPHRC beranggotakan berapa orang
        # ahli?"), the one giving a figure beside what is counted
        # (a place claimed and corrected too: "The OIC was established in Cairo in 1969 after
        # the Al-Aqsa fire, correct?" showed the arson, the Rabat summit past "More")
        shape = asked_shape(asked.tokens) or (
            "year" if any(YEAR_CLAIMED.fullmatch(c) or DAY_CLAIMED.match(c) for c in corrected)
            else "place"
            if any(c in self.kb.places for c in corrected) else None)
        counted = counted_word(asked.tokens)
        # (a count claimed and corrected is counted too: "IPHRC has 15 commissioners, right?"
        # showed what the commission is, its 18 members past "More")
        claimed = next((c for c in corrected if c.isdigit() and not YEAR_CLAIMED.fullmatch(c)
                        and c in asked.tokens), None)
        if shape is None and claimed is not None:
            counted = claimed
        if shape is None and counted:
            shape = "number"
        elif shape is None and not COMPARING.isdisjoint(asked.tokens):
            shape = "contrast"
        elif shape is None and reason_asked(asked.tokens):
            shape = "reason"  # ("why did Zanzibar leave the OIC" showed the suspensions)
        elif shape is None and outcome_asked(asked.tokens):
            shape = "outcome"  # ("17th extraordinary CFM itu ngapain aja?" showed its date)
        # (what is counted: its word or the one after it, "berapa *orang ahli*")
        at = asked.tokens.index(counted) if counted else 0
        counting = tuple(t for t in asked.tokens[at:at + 2] if t not in LINKING
                         ) if counted else ()  # (not "how many times *in* office")
        given = shape in told.gives and (
            shape != "number" or any(said(w, told.lead) for w in counting))
        if ((shape is None and not LATEST_ASKED.isdisjoint(asked.tokens))
                or (shape == "year" and not LAST_TIME.isdisjoint(asked.tokens))) \
                and LATEST_SAID.isdisjoint(told.lead):
            # ... or, asked where things stand now, the folded sentence of the newest year,
            # when it is newer than any the lead gives ("What is the latest status of The
            # Gambia v. Myanmar?" was told when the case was filed, the Court's work in 2026
            # past "More"); and asked when it last happened ("When did the Permanent Finance
            # Committee last meet?" showed what the committee is, its sessions past "More")
            newest = max((int(w) for w in told.lead if YEAR.fullmatch(w)), default=0)
            latest = max(((max(int(w) for w in said_years), -at, sentence)
                          for at, (sentence, forms, _) in enumerate(told.folded)
                          if (said_years := [w for w in forms if YEAR.fullmatch(w)])),
                         default=None)
            if latest is not None and latest[0] > newest:
                return replace(reply, answer=lifted(reply.answer, latest[2]))
        if given and shape in ("year", "place"):
            # (of a lead giving a year or place but not the one asked, the one folded sentence
            # giving one and saying all the lead leaves unsaid, two words at least: "When did
            # the Rohingya accountability committee first meet?" was told when it was set up;
            # not of a lead denying what was asked: "Kapan Indonesia jadi tuan rumah KTT OKI
            # ke-16?" is told "... Baku, bukan di Indonesia", nor of one saying it lists only
            # some: "kapan indonesia jadi tuan rumah oki" showed one item of the list)
            unsaid_words = [word for word in salient if not said(word, told.lead)]
            saying = [sentence for sentence, forms, shapes in told.folded if shape in shapes
                      and all(said(word, forms) for word in unsaid_words)]
            # (one deed done is enough, of a sentence not qualifying the one before:
            # "Deklarasi Kairo tentang HAM *direvisi* tahun berapa?" was told when it was
            # adopted, 2020 past "More"; not a beginning, which the lead says its own way)
            deed = len(unsaid_words) == 1 and predicate_shaped(unsaid_words[0]) \
                and bool(DONE.match(unsaid_words[0])) and unsaid_words[0] not in BEGUN | HELD
            saying = [sentence for sentence in saying
                      if not (deed and (qualifies(sentence) or DIFFERING.match(sentence)))]
            if (len(unsaid_words) >= FOCUS_WORDS or deed) and len(saying) == 1 \
                    and NEGATIONS.isdisjoint(told.lead):
                return replace(reply, answer=lifted(reply.answer, saying[0]))
        if shape is not None and not given:
            # (the words asking what was decided are said by no answer: "isinya", "ngapain")
            # (nor, when or where, the word saying it was held: "... diadakan tanggal berapa?")
            unsaid = {word: w for word, w in salient.items() if not said(word, told.lead)
                      and word not in counting and word not in OUTCOME_ASKED
                      and not (shape in ("year", "place") and word in HELD)}
            # (when something began, any word of beginning says it: "Komisi HAM OKI dibentuk
            # kapan?" is told by the sentence saying it was "diluncurkan" in 2011)
            began = shape == "year" and not BEGUN.isdisjoint(unsaid)
            # (where a body sits, so too any word of its seat: "IPHRC itu HQ-nya where?" is
            # told by the sentence on its "kantor pusat sendiri di Jeddah")
            seated = shape == "place" and not SEAT_SAID.isdisjoint(unsaid)
            giving = [(sum(w for word, w in unsaid.items() if said(word, forms) or (
                           began and word in BEGUN and any(said(b, forms) for b in BEGUN)) or (
                           seated and word in SEAT_SAID and any(
                               said(seat, forms) for seat in SEAT_SAID))),
                       sum(said(w, forms) for w in counting), sentence)
                      for sentence, forms, shapes in told.folded if shape in shapes
                      and (shape != "number" or any(said(w, forms) for w in counting))]
            best, _, sentence = max(giving, key=lambda g: g[:2], default=(-1.0, 0, ""))
            if not unsaid and shape in ("year", "place", "outcome"):
                # (of a lead saying every word but no year or place, the first sentence giving
                # one and saying half the question: "Siprus Turki di OKI sejak kapan?" was told
                # what the observer is called, the year it came folded; what was decided, the
                # lead's own paragraph goes on to say: "Isi keputusan KTT Riyadh 2023?")
                # (or, when a meeting was held, the lead's paragraph too: "Konferensi pertama
                # Menteri Luar Negeri Islam diadakan tanggal berapa?" goes on "Sumber berbeda
                # soal bulannya ...")
                first = next((text for at, (text, forms, shapes) in enumerate(told.folded)
                              if shape in shapes and (
                                  at < told.cut if shape == "outcome" else
                                  (shape == "year" and at < told.cut
                                   and not HELD.isdisjoint(asked.tokens))
                                  or sum(w for word, w in salient.items() if said(word, forms))
                                  >= sum(salient.values()) * LIFTED_SHARE)), None)
                if first is not None:
                    return replace(reply, answer=lifted(reply.answer, first))
            if shape == "outcome" and best <= 0 and unsaid and (
                    reply.entry in self._meeting_entries or self.tables.is_meeting(reply.entry)):
                # (what a meeting decided, asked by a name its sentences never use: "Apa yang
                # diputuskan di KTT Solidaritas Islam Makkah Agustus 2012?" showed its dates)
                decided = next((text for text, _, shapes in told.folded if shape in shapes), None)
                if decided is not None:
                    return replace(reply, answer=lifted(reply.answer, decided))
            if shape == "reason" and best > 0 and not self._enough_said(
                    [w for w in unsaid if said(w, self._read_text(sentence)[0])]):
                best = -1.0
            # (it must say at least half of what the lead leaves unsaid: "Kapan Indonesia mulai
            # aktif berperan?" is not answered by a sentence on its "bebas aktif" foreign policy;
            # a figure beside what is counted needs say nothing more)
            # (nor a difference drawn: "unlike" says the "differ" asked)
            if (shape in ("number", "contrast", "ordinal", "frequency", "duration")
                    and best >= 0) or \
                    (best > 0 and best >= sum(unsaid.values()) * LIFTED_SHARE):
                return replace(reply, answer=lifted(reply.answer, sentence))
        # ... or the folded sentence saying clearly most of the question, when it says more of
        # it than the lead (not under a list's heading, nor an item of the list: a list is
        # read whole)
        if reply.answer.splitlines()[0].endswith(":"):
            return self._who_lifted(reply, told, salient, asked)
        items = {line.removeprefix(BULLET) for line in reply.answer.splitlines()
                 if line.startswith(BULLET)}
        prose = [(sentence, forms) for sentence, forms, _ in told.folded if sentence not in items]
        # ... or, for a year the question names and the lead does not ("combined population
        # at the end of 2013?" got the 2025 figure), the folded sentence of that year saying
        # most of it (not a year that bounds what is asked, "Sebelum tahun 2011, OKI ...", nor
        # one a yes-or-no question claims: the lead may be its answer; nor one saying nothing
        # else of it when a lead giving another year does, which corrects it: "the Al-Aqsa
        # fire of 1967" is not told by "the 1967 borders")
        tokens = asked.tokens
        years = {t for at, t in enumerate(tokens) if YEAR.fullmatch(t)
                 and BOUNDS.keys().isdisjoint(tokens[max(0, at - BOUND_NEAR):at])} | {
            t for at, t in enumerate(tokens) if t.isdigit() and at and tokens[at - 1] in ARTICLE}
        # (an article's number is read like a year: "what is article 24 of the cairo
        # declaration" showed when it was adopted)
        # (or a year beside one the lead gives: "How did the 2020 revised Cairo Declaration
        # differ from the 1990 one?" was told of 1990 only)
        # (not a year corrected: "Masjid Al-Aqsa dibakar tahun 1967?" showed "dalam batas 1967")
        years -= told.lead | set(corrected)
        if years and not self._claims(reply.question):
            def rest(forms: frozenset[str]) -> float:
                return sum(w for word, w in salient.items()
                           if word not in years and said(word, forms))
            # (one placing it elsewhere than the question does only when none other is of that
            # year: "hasil pertemuan menlu islam jeddah 1970" showed "ICFM kedua diadakan di
            # Karachi pada Desember 1970"; "the 2020 revised Cairo Declaration" was adopted in
            # Niamey)
            placed = self.tables.places(tokens)
            dated = [(not (placed and (there := self.tables.places(
                          self.normalize(sentence).tokens)) and placed.isdisjoint(there)),
                      sum(w for word, w in salient.items() if said(word, forms)), -at, sentence,
                      rest(forms)) for at, (sentence, forms) in enumerate(prose)
                     if years & forms and not qualifies(sentence)]
            if dated and not ("year" in told.gives and max(dated)[4] == 0 < rest(told.lead)):
                return replace(reply, answer=lifted(reply.answer, max(dated)[3]))
            # (of a dated list, the one item of that year: "What did the ICJ decide in July
            # 2022 in the Rohingya case?" showed the case still pending)
            dated_items = [sentence for sentence, forms, _ in told.folded
                           if sentence in items and years & forms]
            if not dated and len(dated_items) == 1:
                return replace(reply, answer=lifted(reply.answer, dated_items[0]))
        # ... or, for a comparison the lead does not draw ("Is the Arab League older than the
        # OIC?", "lebih tua"), the first folded sentence drawing it
        compared = comparatives(tokens)
        if compared and not any(said(w, told.lead) for w in compared):
            drawn = next((sentence for sentence, forms in prose
                          if all(said(w, forms) for w in compared)), None)
            if drawn is not None:
                return replace(reply, answer=lifted(reply.answer, drawn))
        # (an item of a list too, saying all the lead says of the question: "What is the OIC's
        # stance on the Taliban's ban on women's university education?" was shown "It has also
        # pressed the Taliban authorities on women's education.", the item on the ban folded;
        # not the Doha summit's item, saying nothing of Gaza, for "respon oki atas serangan
        # israel ke gaza"); where none stands out so, of the prose alone)
        leading = [word for word in salient if said(word, told.lead)]
        weighed = [(sentence, forms) for sentence, forms, _ in told.folded
                   if sentence not in items or all(said(word, forms) for word in leading)]
        index = most_said(told.lead | told.title, weighed, salient, told.title)
        if index is None and len(weighed) > len(prose):  # (items weighed too, none standing out)
            weighed = prose
            index = most_said(told.lead | told.title, prose, salient, told.title)
        if index is None and shape is None:
            # ... or the one sentence naming the person the question names and the lead does
            # not ("Kazykhanov itu siapa dan apa perannya di OKI?" was told when the name
            # changed)
            person = self._first_naming(told, salient, prose)
            if person is not None:
                return replace(reply, answer=lifted(reply.answer, person))
        # (a sentence giving no year or place never leads when one is asked: "On what date
        # was Al-Aqsa set on fire?" showed who set it, "fire" and "set" said, the date folded)
        if index is None or (shape in ("year", "place", "ordinal") and shape not in self._read_text(
                weighed[index][0])[1]):
            return self._who_lifted(reply, told, salient, asked)
        return replace(reply, answer=lifted(reply.answer, weighed[index][0]))

    def _first_naming(self, told: Told, salient: Mapping[str, float],
                    prose: Sequence[tuple[str, frozenset[str]]]) -> str | None:
        """The first sentence of ``prose`` naming a person by a word of the question that few
        answers use and the lead and title leave unsaid (where the person is introduced: "agus
        maftuh itu siapa", named in two sentences, showed the lead on another ambassador)."""
        names = {word for word in salient if self._rare(word) and word not in OFFICE_WORDS
                 and not said(word, told.lead | told.title)}  # (not a title: "Dubes Agus ...")
        if not names:
            return None
        return next((sentence for sentence, _ in prose for run in PERSON_RUN.finditer(sentence)
                     if self._a_name(run.group())
                     and not names.isdisjoint(self.normalize(run.group()).tokens)), None)

    def _who_lifted(self, reply: Reply, told: Told, salient: Mapping[str, float],
                    asked: Normalized) -> Reply:
        """Asked who, of a lead naming no one: ``reply`` with the folded sentence naming
        someone first, when it says at least two words of the question the lead leaves unsaid
        and half their weight ("Who set fire to Al-Aqsa in 1969?" showed the date of the
        arson). Not when the lead names countries the question does not ("siapa saja anggota
        komite menteri gaza": the seven ministers' states, not Indonesia's among them named
        later; one is named in passing: "Astana, Kazakhstan"), nor for one word ("who
        finances the OIC" is not answered by the sentence on who pays the most)."""
        deed = deed_asked(asked.tokens)
        lead = split_lead(self.kb.entries[reply.entry or ""].answer[reply.lang])[0]
        # (what kind of doer is asked is no word to say: "*negara* mana yang menentang"; nor
        # the beginning of what was done: "siapa yang mengusulkan *pembentukan* IOFS")
        tokens = asked.tokens
        kind = {t for t, after in itertools.pairwise(tokens) if after == "mana"} | {
            w for at, t in enumerate(tokens) if t == "which"
            for w in itertools.takewhile(lambda w: w != deed, tokens[at + 1:])} | {
            t for t in tokens if any(said(b, stems(t)) for b in BEGUN)}
        if deed and not _does(deed, told.lead) and all(
                said(word, told.lead) for word in salient if word != deed and word not in kind):
            # (asked who did a deed, of a lead saying all but the deed, the one sentence saying
            # it, whoever did it: "Who convened the OIC emergency meeting on Gaza in October
            # 2023?" is told Saudi Arabia did, though the lead names someone else; not a lead
            # saying it in other words: "who set up the al quds committee", created by the 6th
            # foreign ministers' conference, is not told who set up its agency, nor "siapa yg
            # memimpin ktt oki sekarang", whose lead says who holds the chair)
            doing = [sentence for sentence, forms, _ in told.folded if _does(deed, forms)]
            if len(doing) == 1:
                return replace(reply, answer=lifted(reply.answer, doing[0]))
        # (whether a text names someone is read only here, for a question asking who: not
        # for every sentence the bot warms)
        if PERSON_ASKED.isdisjoint(asked.tokens) or len(told.countries - {
                code for code, _ in self._countries_named(asked)}) > 1 or self._names_person(lead):
            return reply
        # (not a word no sentence of the answer says, the question's own for something the
        # answer words otherwise: "Pelaku pembakaran Masjid Al-Aqsa yang memicu *lahirnya*
        # OKI" of an answer saying "berdirinya", which kept its author folded)
        unsaid = {word: w for word, w in salient.items() if not said(word, told.lead) and (
            word in PERSON_ASKED | DOER_NAMED
            or any(said(word, forms) for _, forms, _ in told.folded))}
        # (asked who did a deed, of a lead saying every word of the question and naming no one,
        # the sentence naming someone that says the deed and most of the words too: "siapa yg
        # membakar masjid al aqsa" was told the date of the arson; not "who are the permanent
        # representatives", nor "who adopted the cairo declaration" by a sentence not saying so;
        # the lead may leave the deed unsaid: "siapa yg mengusulkan ganti nama oki"; or the
        # word asking for the doer, which no answer says: "pelaku pembakaran masjid al aqsa")
        # ("siapa nama orang yang ..."; the lead saying "pembakaran", the burning, does not
        # say "pembakar", who burned: "siapa pembakar masjid al aqsa" was told the date)
        doer = set(salient) & (PERSON_ASKED | DOER_NAMED)
        # (a word naming the doer asks for one, whatever else the lead leaves to later
        # sentences: "Siapa pelaku pembakaran Masjid Al-Aqsa tahun 1969 yang memicu OKI
        # dibentuk?" was told the date, "dibentuk" said by a sentence naming no one)
        whole = bool(deed or doer) and (not set(unsaid) - {deed} - doer
                                        or bool(doer & PERSON_ASKED - WHO_ONLY))
        deed = deed if whole else None
        unsaid = {word: w for word, w in salient.items() if word not in doer} if whole \
            else unsaid
        naming = [(sum(w for word, w in unsaid.items() if said(word, forms)),
                   [word for word in unsaid if said(word, forms)], sentence)
                  for sentence, forms, _ in told.folded if self._names_person(sentence)
                  and (deed is None or said(deed, forms))]
        best, words, sentence = max(naming, key=lambda n: (n[0], len(n[1])),
                                    default=(0.0, [], ""))
        if len(words) < FOCUS_WORDS or best < sum(unsaid.values()) * LIFTED_SHARE:
            return reply
        return replace(reply, answer=lifted(reply.answer, sentence))

    def _enough_said(self, words: Sequence[str]) -> bool:
        """Whether the question's words a later sentence says (and the lead does not) are
        enough to lift it for why: two, or one that few answers use ("why was South Africa's
        observer bid delayed" is not told why an Indian "bid" would be difficult)."""
        return len(words) >= FOCUS_WORDS or any(map(self._rare, words))

    def _claims(self, question: str) -> bool:
        """Whether a message, as asked (before any reading), is a claim to check: "Was ...?",
        "... beneran?", or a statement ("Hari Anti Islamofobia ditetapkan PBB tahun 2019")."""
        whole = self.normalize(question).tokens
        stated = "?" not in question and self._asking.isdisjoint(whole) and any(
            predicate_shaped(t) or t in YES_NO for t in whole)  # ("oic budget 2000": keywords)
        # (a tag the reading drops as filler still tags a claim: "... tahun 1967 *kan*?")
        tagged = not CLAIM_TAGS.isdisjoint({*whole, *re.findall(r"\w+", question.lower())})
        return bool(whole) and (stated or whole[0] in YES_NO or tagged)

    def _told(self, entry_id: str, lang: str) -> Told:
        """What an entry's lead says and gives, and each folded sentence with the same."""
        found = self._folded.get((entry_id, lang))
        if found is None:  # (read once: warming reads them all)
            entry = self.kb.entries[entry_id]
            lead, rest = split_lead(entry.answer[lang])
            first, *later = entry.answer[lang].splitlines()
            read = self.normalize(lead)
            self._readings[lead] = said_in_lead, gives = self._read_text(lead, read)
            named = " ".join(line.removeprefix(BULLET).partition(":")[0] for line in later
                             if first.endswith(":") and line.startswith(BULLET) and ":" in line)
            title = self._words_of(entry.title[lang])
            names = self._words_of(named) - title if named else frozenset()
            found = self._folded[(entry_id, lang)] = Told(
                said_in_lead - names, gives, title,
                tuple((sentence, *self._reading(sentence)) for sentence in sentences(rest)),
                len(sentences(rest.splitlines()[0])) if rest and lead != first else 0,
                frozenset(code for code, _ in self._countries_named(read)) - (frozenset(
                    code for code, _ in self._countries_named(self.normalize(named)))
                    if named else frozenset()))
        return found

    def _reading(self, text: str) -> tuple[frozenset[str], frozenset[Shape]]:
        """:meth:`_read_text` of an answer's sentence or lead, read once: the same answers
        come back, and warming reads every entry's."""
        found = self._readings.get(text)
        if found is None:
            if len(self._readings) >= EXPLAINED_KEPT:
                self._readings.clear()
            found = self._readings[text] = self._read_text(text)
        return found

    def _read_text(self, text: str, read: Normalized | None = None
                   ) -> tuple[frozenset[str], frozenset[Shape]]:
        """A text's words with their stems, and what it gives: a year, a place, ... (``read``:
        the text already normalised)."""
        tokens = (read or self.normalize(text)).tokens
        shapes = {shape for shape, found in (("year", YEAR.search(text)),
                                             ("day", DAY.search(text)),
                                             ("place", self.tables.places(tokens)),
                                             ("ordinal", ORDINAL.search(text)),
                                             ("number", gives_figure(text)),
                                             ("contrast", CONTRAST.search(text)),
                                             ("frequency", FREQUENCY.search(text)),
                                             ("duration", DURATION.search(text)),
                                             ("reason", REASON.search(text)),
                                             ("outcome", OUTCOME.search(text))) if found}
        words = self._with_implied(tokens)
        return frozenset(words.union(*map(stems, words))), frozenset(shapes)

    def _line_forms(self, entry_id: str, lang: str) -> tuple[frozenset[str], ...]:
        """The words (and their stems) of an entry's title and lead, then of each later line."""
        lines = self._lines.get((entry_id, lang))
        if lines is None:  # (the same few answers come back: each is read once)
            entry = self.kb.entries[entry_id]
            tokens = [self.normalize(line).tokens for line in entry.answer[lang].splitlines()]
            # (what each line says is not so, read with it: see _answer_denies)
            self._denials[entry_id] = self._denials.get(entry_id, frozenset()).union(
                *(_denied(t, telling=False) for t in tokens))
            read = [self._with_implied(t) for t in tokens]
            read[0] |= self._with_implied(self.normalize(entry.title[lang]).tokens)
            lines = self._lines[(entry_id, lang)] = tuple(
                frozenset(words.union(*map(stems, words))) for words in read)
        return lines

    def _of_others(self, text: str, lead: str, asked_of: frozenset[str]) -> bool:
        """Whether a line or sentence names only other countries than those a question asks
        of, where the lead names one of them: of a leader asked, it never leads ("Which
        Indonesian president attended the 2023 Riyadh summit on Gaza?" showed "Iran's
        President Raisi attended", Jokowi in the lead)."""
        if not asked_of:
            return False
        named = self._countries_in(text)
        return bool(named) and not named & asked_of and bool(self._countries_in(lead) & asked_of)

    def _countries_in(self, text: str) -> frozenset[str]:
        """The countries an answer's line or sentence names (each text read once)."""
        found = self._text_countries.get(text)
        if found is None:
            found = self._text_countries[text] = frozenset(
                code for code, _ in self.countries.find_all(self.normalize(text).words))
        return found

    def _rare(self, word: str) -> bool:
        """Whether some answers, but at most RARE_ANSWERS, use ``word`` (or a word holding
        it); a word written in none (a collapsed name such as ``org_un``) is no detail."""
        found = self._rarity.get(word)
        if found is None:
            if len(self._rarity) >= EXPLAINED_KEPT:
                self._rarity.clear()
            found = self._rarity[word] = 0 < sum(
                word in text for text in self._answer_texts) <= RARE_ANSWERS
        return found

    @cached_property
    def _title_words(self) -> dict[str, str]:
        """The words of one entry's title alone (in either language), with that entry."""
        found: dict[str, set[str]] = {}
        for entry in self.kb.entries.values():
            for lang in LANGS:
                for word in self.normalize(entry.title[lang]).tokens:
                    found.setdefault(word, set()).add(entry.id)
        return {word: next(iter(ids)) for word, ids in found.items() if len(ids) == 1}

    @cached_property
    def _titles(self) -> dict[str, tuple[str, str]]:
        """Every answer's title of at least TITLE_WORDS words, as normalised, with the answer
        and the title's language: what a button shows, so typing it opens what it opens (an
        entry's title always; a row's or a country's, phrased as people ask, "Peran Indonesia
        di OKI", only when nothing else is understood). A shorter one ("COMCEC", "Russia") is a
        keyword, read as any question."""
        keys = [*self.kb.entries, *(r.id for t in self.kb.tables.values() for r in t.rows),
                *(f"{kind}:{code}" for code, country in self.kb.countries.items()
                  for kind in ("membership", "role") if kind == "membership" or country.role)]
        found: dict[str, tuple[str, str]] = {}
        for lang in LANGS:
            for link in self._links_all(keys, lang):
                folded = fold(link.text)  # (as typed, not as read: no text normalised)
                if folded.count(" ") + 1 >= TITLE_WORDS:
                    found.setdefault(folded, (link.entry, lang))
        return found

    @cached_property
    def _counts_stated(self) -> frozenset[str]:
        """The counts any entry's lead states ("57 member states"): a premise saying one is
        not doubted because the entry answering says another."""
        return frozenset().union(*(
            stated((tuple(self._told(entry_id, lang).lead),), lambda _: ()).counts
            for entry_id in self.kb.entries for lang in LANGS))

    @cached_property
    def _kinds_asked(self) -> dict[str, frozenset[str]]:
        """Each intent's kinds of question asked apart ("why", "when") its examples ask."""
        found: dict[str, set[str]] = {}
        for intent, _, _, form in self.normalized_examples():
            if kind := _asked_apart(form.split()):
                found.setdefault(intent, set()).add(kind)
        return {intent: frozenset(kinds) for intent, kinds in found.items()}

    @cached_property
    def _asked_who(self) -> frozenset[str]:
        """The intents with an example asking who: their entries were written to name
        someone ("who initiated the oki" of the founders, "siapa yang memimpin oki")."""
        return frozenset(intent for intent, _, _, form in self.normalized_examples()
                         if PERSON_ASKS.intersection(form.split()))

    def _examples_naming(self, intent: str, name_words: tuple[str, ...]) -> list[str]:
        """The examples of ``intent`` naming a country by ``name_words`` (in any of its
        names)."""
        forms = [frozenset(self.matcher.same_name(w)) for w in name_words]
        return [form for form in self._examples_of.get(intent, ())
                if all(names & set(form.split()) for names in forms)]

    @cached_property
    def _examples_of(self) -> dict[str, tuple[str, ...]]:
        """Each intent's examples, as matched."""
        found: dict[str, list[str]] = {}
        for intent, _, _, form in self.normalized_examples():
            found.setdefault(intent, []).append(form)
        return {intent: tuple(forms) for intent, forms in found.items()}

    @cached_property
    def _example_countries_of(self) -> dict[str, frozenset[str]]:
        """The countries each intent's examples name."""
        return {intent: frozenset(code for form in forms
                                  for code, _ in self.countries.find_all(tuple(form.split())))
                for intent, forms in self._examples_of.items()}

    @cached_property
    def _asked_stance(self) -> frozenset[str]:
        """The intents with an example asking what was said, or how one stood."""
        return frozenset(intent for intent, forms in self._examples_of.items()
                         if any(STANCE_ASKED.intersection(form.split()) for form in forms))

    @cached_property
    def _asked_why(self) -> frozenset[str]:
        """The intents with an example asking why (their answers tell it)."""
        return frozenset(intent for intent, forms in self._examples_of.items()
                         if any(reason_asked(form.split()) for form in forms))

    def _negated(self, text: str) -> bool:
        """Whether a question or claim says "not" of what it asks: not the tag closing a yes-no
        question ("oki punya tentara gak?", "albania ikut oki ga ya, kan di eropa", "... or
        not"), which the bare "No." answers."""
        return not (NEGATIONS | {"no"}).isdisjoint(
            self.normalize(NEGATION_TAG.sub(" ", text)).tokens)

    def _why_unsaid(self, reply: Reply, proposal: Proposal, tokens: tuple[str, ...],
                    lang: str) -> Reply:
        """Why asked of an entry never asked why, or a row, whose answer gives no reason:
        said so ("why does the oic have three official languages" was told the three, as if
        that were why; "kenapa COMSTECH ada di islamabad" where it is)."""
        if reply.kind != "answer" or proposal.key in self._asked_why or reply.answer.startswith(
                (TEXTS[lang]["not_recorded"].split(".")[0], TEXTS[lang]["no_why"])) \
                or not reason_asked(tokens) or REASON.search(reply.answer) \
                or PURPOSE.search(reply.answer) or not ASKED_BESIDE_WHY.isdisjoint(
                    (*tokens, *self.normalize(reply.question).tokens)):
            return reply  # (the question may ask more than why: "..., yg bener yg mana")
        return replace(reply, answer=TEXTS[lang]["no_why"] + "\n" + reply.answer)

    @cached_property
    def _asked_done(self) -> frozenset[str]:
        """The intents with an example asking what the OIC did, or is worth, to someone
        ("what did the oki do for the rohingya", "peran oki bagi palestina")."""
        return frozenset(intent for intent, forms in self._examples_of.items()
                         if any(map(_asks_done, forms)))

    @cached_property
    def _answer_texts(self) -> tuple[str, ...]:
        """Every entry's answer in both languages, folded as the questions are."""
        return tuple(fold(" ".join(e.answer[lang] for lang in LANGS))
                     for e in self.kb.entries.values())

    def _reply_for(self, key: str, lang: str, question: str, confidence: float,
                   source: str | None = None, **meta: Any) -> Reply:
        if source == "countries" or (source is None and ":" in key):
            return self.country_source.reply(key, lang, question, confidence, **meta)
        if self.tables.knows(key):
            return self.tables.row_reply(key, lang, question, confidence, **meta)
        entry = self.kb.entries[self._intent_entry.get(key, key)]
        return self._entry_answer(question, lang, key, entry, confidence, **meta)

    def _links(self, keys: Iterable[str], lang: str) -> tuple[Link, ...]:
        """Up to three links, in order, for the first keys that make one."""
        return self._links_all(keys, lang, LINKS)

    def _links_all(self, keys: Iterable[str], lang: str, most: int | None = None
                   ) -> tuple[Link, ...]:
        """The links for the keys that make one, in order, up to ``most``."""
        links: list[Link] = []
        for key in keys:
            if len(links) == most:
                break
            if ":" in key:
                reply = self.country_source.reply(key, lang, "", 0.0)
                links.append(Link(key, reply.title or key))
            elif self.tables.knows(key):
                links.append(Link(key, self.tables.row_title(key, lang)))
            elif key in self.kb.tables:
                continue  # a list of rows has no link of its own
            else:
                entry_id = self._intent_entry.get(key, key)
                if all(link.entry != entry_id for link in links):
                    links.append(Link(entry_id, self.kb.entries[entry_id].title[lang]))
        return tuple(links)

    def _entry_answer(self, question: str, lang: str, intent: str, entry: Entry,
                      score: float, **meta: Any) -> Reply:
        related = tuple(
            Link(r, self.kb.entries[r].title[lang]) for r in entry.related if r in self.kb.entries
        )
        return Reply(
            question=question,
            kind="smalltalk" if entry.kind == "smalltalk" else "answer",
            lang=lang,
            intent=intent,
            confidence=score,
            answer=entry.answer[lang],
            sources=entry.sources,
            related=related,
            entry=entry.id,
            title=entry.title[lang],
            as_of=entry.as_of,
            checked=entry.checked,
            **meta,
        )

    def _not_known(self, question: str, lang: str, decision: Decision,
                   normalized: Normalized | None, meta: dict[str, Any]) -> Reply:
        """Not sure, or off-topic: say so, and offer what the words we did understand point to
        (not the same three starters every time)."""
        # The closest candidates by what they share with the question, before the words they
        # leave unexplained were held against them; else the entries sharing its known words.
        # (Equal scores in key order: the same buttons in every process.)
        close = tuple(key for w in sorted(
            decision.weighed, key=lambda w: (-round(w.proposal.score, 9), w.proposal.key))
            if w.proposal.score >= self.thresholds.suggest and self._kind(w.proposal) == "fact"
            for key in offerable(w.proposal))
        keys = decision.offers or close
        related = self._links(keys or (self._understood(normalized) if normalized else ()), lang)
        # (a question naming the OIC is about it, whatever we lack: "what colours is the OIC
        # flag?" was told "I only answer questions about the OIC")
        about_us = normalized is not None and self._ours in normalized.tokens
        # (closest to an off-topic example, no fact close enough to offer: "how long is the
        # hajj pilgrimage" was "not sure" with a button on the Secretary-General's term)
        off_side = not decision.offers and bool(decision.weighed) and self._kind(
            decision.weighed[0].proposal) == "out_of_scope"
        # (... unless it names one of the OIC's organs or rows: "In which years had Türkiye
        # hosted CFMs before 2025?" is about the OIC)
        ours = about_us or (normalized is not None and self._names_our_own(normalized.tokens))
        off_topic = decision.action == "out_of_scope" or (off_side and not ours) or not (
            related or about_us)
        custom = self._off_topic_entry
        if off_topic:
            text = custom.answer[lang] if custom else TEXTS[lang]["fallback"]
        else:
            text = TEXTS[lang]["unsure"]
        related = related or self._links(self.kb.navigation.starters, lang)
        score = decision.weighed[0].score if decision.weighed else 0.0
        return Reply(question=question, kind="fallback", lang=lang, intent=None,
                     confidence=score, answer=text, related=related, **meta)

    def _understood(self, normalized: Normalized) -> Iterator[str]:
        """Fact intents sharing the question's salient known words, most shared weight first
        (as many as are read: a large base shares a common word with thousands)."""
        shared: dict[str, float] = {}
        for token, weight in self._salient(normalized.tokens).items():
            for word, similarity in self.matcher.known_word(token):
                for intent in self.matcher.intents_with(word):
                    shared[intent] = shared.get(intent, 0.0) + weight * similarity
        # Equal weights in id order, the same in every process (the sort keeps that order).
        ranked = sorted(sorted(shared), key=shared.__getitem__, reverse=True)
        return (i for i in ranked if self._kind(Proposal("intents", i, 0.0, "")) == "fact")

    def _courtesy(self, question: str, lang: str, message: Message) -> Reply:
        """A message made only of courtesies: greet, thank or say goodbye back."""
        replies = {c.kind: c.reply for c in self.kb.lexicon.courtesies}
        kind = next((k for k in reversed(message.courtesies)
                     if replies.get(k) in self.kb.entries), None)
        if kind is None:
            return self._build(question, lang, Decision(
                "empty", f"only {' + '.join(message.courtesies)}"))
        entry_id = replies[kind]
        assert entry_id is not None
        entry = self.kb.entries[entry_id]
        return self._entry_answer(question, lang, self._entry_intent.get(entry_id, entry_id),
                                  entry, 1.0, reason=f"smalltalk: only {kind}")


def _best_of(*rankings: list[Candidate]) -> list[Candidate]:
    """Each intent once, by its best candidate in any of the rankings, best first."""
    best: dict[str, Candidate] = {}
    for candidate in (c for ranking in rankings for c in ranking):
        if candidate.intent not in best or candidate.score > best[candidate.intent].score:
            best[candidate.intent] = candidate
    return sorted(best.values(), key=lambda c: c.score, reverse=True)[:CANDIDATES]


def _examples(kb: KnowledgeBase) -> list[tuple[str, Mapping[str, tuple[str, ...]]]]:
    """What the index takes from the content (besides the lexicon)."""
    return [(intent.id, intent.examples) for intent in kb.intents.values()]


def _aliases(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """What the country index takes from the content (besides the lexicon)."""
    return {code: country.aliases for code, country in kb.countries.items()}


def _list_after(answer: str) -> str | None:
    """A first paragraph introducing a list ("... Examples:") with its items, where they fit
    a phone's first screen ("Name three specialized institutions of the OIC." showed what such
    institutions are, the three named past "More")."""
    first, *lines = answer.splitlines()
    items = list(itertools.takewhile(lambda line: line.startswith(BULLET), lines))
    whole = "\n".join([first, *items])
    return whole if first.endswith(":") and items and len(whole) <= DETAIL_CHARS else None


def format_date(value: date, lang: str) -> str:
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def _days_said(claim: str, lang: str) -> str:
    """A day claimed, as a reader writes it ("22–25 September 1969", "21 March")."""
    if claim.startswith("--"):
        return f"{int(claim[5:])} {MONTHS[lang][int(claim[2:4]) - 1]}"
    first, last = (PartialDate(day.year, day.month, day.day) for day in claimed_days(claim))
    return format_span(first, last, lang)


def as_of_line(reply: Reply) -> str | None:
    """"As of <newest source's date>" (and when it was last checked), or None."""
    if reply.as_of is None:
        return None
    texts = TEXTS[reply.lang]
    date_text = format_date(reply.as_of, reply.lang)
    if reply.checked and reply.checked != reply.as_of:
        return texts["as_of_checked"].format(date=date_text,
                                             checked=format_date(reply.checked, reply.lang))
    return texts["as_of"].format(date=date_text)


def normalise_lang(value: str | None) -> str | None:
    """Normalise a language preference or Telegram language code ('en-US') to id/en."""
    if not value:
        return None
    code = value.split("-")[0].split("_")[0].lower()
    return code if code in LANGS else None


@lru_cache(maxsize=64)
def _tenure_said(tokens: tuple[str, ...]) -> frozenset[str]:
    """The one-word selector of the longest or shortest in office a question says in several
    words ("paling lama menjabat": "terlama"). (Once per question: every candidate asks.)"""
    return frozenset(SUPERLATIVES[name][0][0] for name in TENURES for phrase in SUPERLATIVES[name]
                     if len(phrase) > 1 and _contains(tokens, phrase))


def _asked_apart(words: Sequence[str]) -> str | None:
    """Which of two questions that answer each other never ("why", "when") the words ask,
    if only one."""
    kinds = {kind for kind, said in ASKED_APART.items() if not said.isdisjoint(words)}
    return kinds.pop() if len(kinds) == 1 else None


@lru_cache(maxsize=4096)
def _denied(words: tuple[str, ...], telling: bool = True) -> frozenset[str]:
    """The words a negation is said of: the two after it ("are not in the *oic*"); ``telling``:
    only where it tells which are not ("yang tidak *gabung oki*"), not a choice between the
    two ("anggota atau bukan", "beda tidak sama")."""
    return frozenset(after for i, word in enumerate(words) if word in NEGATIONS
                     and (not telling or (i and words[i - 1] in DENYING))
                     for after in [w for w in words[i + 1:] if w not in LINKING][:DENIED_SPAN])


@lru_cache(maxsize=4096)
def _forms(words: tuple[str, ...]) -> frozenset[str]:
    """Words with their stems ("heads" says "head"); remembered (each candidate of a message
    asks it of the same words)."""
    found = frozenset(words)
    return found.union(*map(stems, found))


def _contains(tokens: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tokens[i:i + size] == phrase for i in range(len(tokens) - size + 1))


def _admits(decision: Decision) -> bool:
    """A table's "no such row" ("KTT ke-17"): an admission, not an answer to lean on."""
    proposal = decision.proposal
    return proposal is not None and proposal.qualifier.startswith(NO_ROW_PREFIX)


def _under_prefix(word: str, stem: str) -> bool:
    """Whether stemming took a prefix off ``word`` to reach ``stem`` (a suffix may change the
    stem's last letter: "countries" ~ "country")."""
    return not word.startswith(stem[:-1])


@lru_cache(maxsize=4096)
def _counted(example: str) -> frozenset[int]:
    """The ordinals an example says ("terbesar kedua": 2), read once per example, not once
    per question that it is a candidate for."""
    return frozenset(n for n, _ in ordinals(tuple(example.split())))


def _asks_done(example: str) -> bool:
    """Whether an example asks of aid given, or of what was done or is worth for someone."""
    words = example.split()
    return not AID_ASKED.isdisjoint(words) or any(
        word in DONE_ASKED and not FOR_WHOM.isdisjoint(words[at + 1:at + 1 + DONE_WINDOW])
        for at, word in enumerate(words))


def _premises(tokens: tuple[str, ...], places: list[tuple[int, int, frozenset[str]]]
              ) -> dict[str, str]:
    """Each year and place a question names, by its tokens ("the *2008 Dakar* summit");
    ``places`` are the (start, end, ids) of the places it names."""
    found = {t: t for t in tokens if YEAR.match(t)}
    for start, end, ids in places:
        if len(ids) == 1:
            found.update(dict.fromkeys(tokens[start:end], next(iter(ids))))
    return found


def _surer(split: Sequence[tuple[Decision, Normalized]], whole: Decision) -> bool:
    """Whether each part of a question split in two is answered more surely than the whole
    ("What were the first and the latest OIC summits?" got the joint summits, at 0.50)."""
    return whole.chosen is not None and all(
        decision.chosen is not None and decision.chosen.score > whole.chosen.score
        for decision, _ in split)


def _near(text: str, names: Iterable[str], year: str) -> bool:
    """Whether ``text`` (folded) says one of ``names`` and, within NEAR_CHARS after it,
    ``year``: a place, then its date ("di istanbul 14 15 april 2016"; not the "2025" of
    "oic 2025 ... disahkan ktt islam ke 13 di istanbul")."""
    years = [y.start() for y in re.finditer(rf"\b{year}\b", text)]
    return any(0 < at - m.end() <= NEAR_CHARS for name in names
               for m in re.finditer(rf"\b{re.escape(fold(name))}\b", text) for at in years)


def _left_out(words: Sequence[str], name: Sequence[str]) -> bool:
    """Whether ``name`` comes among words leaving it out of what is asked ("besides",
    "selain", "apart from the", "exclude Suriname and Guyana")."""
    size, aside = len(name), words_set_aside(tuple(words))[0]
    return any(tuple(words[at:at + size]) == tuple(name) for at in aside)


def _names_only_kinds(tokens: Sequence[str], salient: Iterable[str], oic_before: bool
                      ) -> bool:
    """Whether a clause's words name the kind of answer it wants ("what year, which city"),
    and nothing else but what something said before it has ("markasnya", its seat; not
    "mana yang penduduknya paling banyak", which asks of each); or point back at it and
    name only what it does ("who leads it & wat does it do"), when that is not the OIC
    (``oic_before``: "Because the OIC has a joint army, which country leads it?")."""
    if not POINTING_BACK.isdisjoint(tokens) and not oic_before:
        return all(w in ANSWER_KINDS or possessed(w) or predicate_shaped(w) or w in CHAIRING_SAID
                   for w in salient)
    return not ANSWER_KINDS.isdisjoint(tokens) and all(
        w in ANSWER_KINDS or possessed(w) for w in salient)


def _refers_back(words: Sequence[str]) -> bool:
    """Whether a clause asks about what came before it: "what was his name", "the third?"."""
    return bool(words) and (words[-1] in NTH or any(
        pair in PERSONS_NAME for pair in itertools.pairwise(words)))


def _does(deed: str, forms: frozenset[str]) -> bool:
    """Whether a text says a deed, a beginning or leading by any word of one ("who founded
    ...": "was created by ..."; "siapa yg memimpin": "keketuaan ... dipegang")."""
    return said(deed, forms) or any(deed in words and any(said(word, forms) for word in words)
                                    for words in (BEGUN, CHAIRING_SAID))


def _names_only_a_place_in_series(salient: Mapping[str, float]) -> bool:
    """Whether the words that weigh in a clause only say which in a series ("yang pertama
    apa?", "and the second?"), not of what."""
    return bool(salient) and all(w in IN_SERIES or ordinals((w,)) for w in salient)


def _both_standings(first: Decision, later: Decision) -> bool:
    """Whether two questions are each a country's standing: the later names its own ("When
    did Brunei join, and is Singapore a member?" dropped Singapore, as if asked among
    Brunei's)."""
    return all((d.key or "").startswith(STANDING_PREFIX) for d in (first, later))


def _told(decision: Decision) -> tuple[str | None, tuple[str, ...], str]:
    """What a decision tells (see ``_told_of``)."""
    return _told_of(decision.proposal) if decision.proposal else (None, (), "")


def _told_of(proposal: Proposal) -> tuple[str | None, tuple[str, ...], str]:
    """What a proposal tells: its entry, or of a table's list the rows and what is said
    beside each ("SESRIC and IsDB: where are they and when were they founded?" lost its
    second question, the same two rows with when each began)."""
    if proposal.source != "tables":
        return proposal.key, (), ""
    return proposal.key, proposal.rows, proposal.qualifier if proposal.qualifier.startswith(
        WITH_DETAIL) else ""


def _opener_dropped(reply: Reply) -> Reply:
    """The reply without the "No." or "Yes." opening its answer (and the lead a phone shows)."""
    def dropped(text: str) -> str:
        facts = OPENER.sub("", text, count=1)
        return facts[:1].upper() + facts[1:]
    return replace(reply, answer=dropped(reply.answer),
                   lead=dropped(reply.lead) if reply.lead else reply.lead)


def _asks_years_since(tokens: tuple[str, ...]) -> bool:
    """Whether a question asks how long ago something began ("how old", "umur", or "berapa
    tahun" with "sudah" anywhere: "OKI sudah berdiri berapa tahun?"); not when it was so old,
    nor an age claimed ("kapan oki berusia 50 tahun", "oki berumur 50 thn pada 2019?" were
    counted to today)."""
    if not WHEN.isdisjoint(tokens) or any(
            t.isdigit() and not YEAR.fullmatch(t) for t in tokens):
        return False
    return any(tokens[at:at + len(phrase)] == phrase for phrase in YEARS_SINCE_ASKED
               for at in range(len(tokens))) or ("sudah" in tokens and any(
                   tokens[at:at + 2] == ("berapa", "tahun") for at in range(len(tokens))))
