"""Read a whole chat message: set courtesies aside, find the question(s), keep their context.

"halo bot, brp anggota oki?" is a greeting and a question; "Selamat siang kak, saya mahasiswa
semester 3, boleh saya tahu kapan KTT OKI pertama diadakan? Terima kasih" is one question in
courtesies and context; "kapan oki berdiri dan di mana markasnya?" is two questions; an exam
stem lists options the question must not be matched on, and "consider the following
statements: 1. ... 2. ..." asks about each statement. Each question comes with its
*readings*, most specific first (the clause that asks, its sentence, the whole message): the
engine answers from the first reading it is sure of, so context helps only when the asking clause
alone is not enough.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from bot.content.model import Lexicon
from bot.engine.focus import FREQUENCY, LISTED_NOUNS, YEAR, nth_named, possessed
from bot.engine.stem import deed_shaped, predicate_shaped
from bot.engine.texts import MONTHS

# (not after "no." before a number: "who was secratary general no. 2 of the oic" was read as
# "who was secretary general no", today's)
# ... nor before "of": "total no. of full members in oic as of now?" is one question
# (it keeps "?" with its sentence)
# ... nor after a blank the sentence goes on from ("Pada tahun 2012 keanggotaan negara ....
# dibekukan oleh OKI." read "pada tahun 2012 keanggotaan negara" alone: the members joining in
# 2012); nor after a name's initials ("What did A.M. Fachir tell the OIC ...?" was read "m"
# alone, and said goodbye); nor after "v." or "vs." ("The Rohingya genocide case at the ICJ is
# OIC v. Myanmar, correct?" was read "Myanmar" alone, and told it is no member)
_SENTENCE = re.compile(
    r"(?<=[?!])|(?<=\.)(?<!\b[Nn]o\.)(?<!\.\.\.)(?<!\.\b[A-Z]\.)(?<!\b[Vv]\.)(?<!\b[Vv]s\.)(?=\s)|"
    r"(?<=\.\.\.)(?=\s+[A-Z])|"
    r"(?<=\b[Nn]o\.)(?=\s+(?!of\b)\D)|\n+")
_CLAUSE = re.compile(r"[,;:—]")  # (an em dash too: "english please — kapan OKI didirikan")
_LABELLING = re.compile(r"[;:]")  # ... of which these may end a label
# multiple choice: "A. ...", "b) ...", or a number right after ("a.55 b.56 c.57": refused)
_OPTION = re.compile(r"(?:^|\s)\(?([A-Ea-e])[.)](?:\s|(?=\d))")
# A question after its options, past a dash or the end of a sentence: one asking, or one
# left to complete ("a. Jeddah b. Riyadh c. Rabat d. Kairo — OKI didirikan di kota", "A. 45
# B. 55 C. 57 D. 60. Jumlah anggota OKI adalah" were taken for options alone)
_STEM_AFTER = re.compile(r"(?:\s[—–-]+\s*(\S+(?:\s+\S+){2,})|[.:;]\s+(\S.*(?:\?|\.\.\.|…|_{2,}|"
                         r"\b(?:adalah|ialah|yaitu|merupakan|is|are|was|were))))\s*$",
                         re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|\s)\(?([1-9])[.)]\s")  # "1. ...": options, or statements
_ROMAN_OPTION = re.compile(r"(?:^|\s)\(?(i{1,3}|iv|v)[.)]\s")  # "i. ... ii. ... iii. ..."
_LABEL = re.compile(r"^\s*(?:q(?:uestion)?\s*\d*\s*[.):]|\d{1,3}\s*[.):]|(?:(?:"
                    # ... or where an exam item comes from: "PPSC MCQ:", "CSS 2018:", "Soal PKn:"
                    r"mcqs?|quiz|soal|pertanyaan|latihan|ulangan|uts|uas|exam|test|ppsc|fpsc|"
                    r"css|pms|nts|upsc|ssc|pcs|pkn|ips|gk|\d{1,4}|"
                    # ... or how it is to be answered: "Fill in the blank:", "Isian:"
                    r"fill(?:\s+in)?(?:\s+the\s+(?:blanks?|gaps?))?|isian|"
                    # ("Isilah titik-titik:" was read as a question of its own, and refused)
                    r"isi(?:lah)?(?:\s+(?:titik[\s-]*titik|(?:bagian\s+)?yang\s+kosong))?|"
                    r"lengkapi(?:lah)?(?:\s+(?:kalimat|titik[\s-]*titik))?|"
                    # ... or what kind of item it is: "Cek fakta:", "Essay question:"
                    r"cek\s+fakta|fact[\s-]?check|klaim|claim|esai|essay(?:\s+question)?|"
                    r"journalist\s+here|pilihan\s+ganda|multiple\s+choice|"
                    # ... or to set right a claim that follows: "Correct this sentence:"
                    r"correct\s+(?:this|the\s+following)(?:\s+(?:sentence|statement))?|"
                    r"(?:koreksi|perbaiki)(?:\s+(?:pernyataan|kalimat))?(?:\s+(?:ini|berikut))?)"
                    r"\s*){1,4}:)\s*",
                    re.IGNORECASE)
# ... or a bracketed tag at either end saying where the question comes from: "(soal PKn kelas 9)",
# "[UTS IPS]", "(grade 9 civics)" (its words were read as asked, "9" as a claim to check)
_TAG_WORD = (r"(?:soal|tugas|pr|kelas|kls|ulangan|uts|uas|pts|pas|pat|pkn|ppkn|ips|pai|sejarah|"
             r"kuis|quiz|latihan|ujian|semester|smp|sma|smk|mts|sd|no|nomor|bab|kurikulum|"
             r"merdeka|pg|esai|essay|homework|hw|exam|test|grade|class|civics|history|social|"
             r"studies|\d{1,2}|[ivx]{1,4})")
_TAG = re.compile(rf"^\s*[(\[](?=[^)\]]*[a-z]{{2}})\s*(?:{_TAG_WORD}[\s.,:/-]*){{1,6}}[)\]]|"
                  rf"[(\[](?=[^)\]]*[a-z]{{2}})\s*(?:{_TAG_WORD}[\s.,:/-]*){{1,6}}[)\]]\s*$",
                  re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")  # "What is the OIC [4]?"
SHORT_OPTION = 8  # numbered items this short are answer options, not statements
LISTED_OPTION = 4  # ... and options listed after a colon, this short
_LIST_SEPARATOR = re.compile(r",|\b(?:dan|and|or|atau)\b", re.IGNORECASE)
# "Consider the following statements: 1. ... 2. ...": each statement is a question of its own.
_STATEMENTS = re.compile(r"\bstatements?\b|\bpernyataan\b", re.IGNORECASE)
STATEMENT_WORDS = 3
MAX_STATEMENTS = 5  # "A." to "E.": an exam item's statements, each answered
# "Which is NOT true about the OIC?", "Pernyataan yang benar adalah": options asked so are claims
_TRUE_OR_FALSE = re.compile(r"\b(?:true|false|correct|incorrect|right|wrong|benar|salah|tepat|"
                            r"keliru|betul)\b", re.IGNORECASE)
_LINE_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?([1-9])[.)][ \t]*")  # "1.Its ..." at a line start
_BLANK = re.compile(r"\.{3,}|…|_{3,}")  # "Tujuan OKI adalah ...." marks what is asked
# The OIC's name cut short by a blank asks for the rest of it ("OIC = Organisation of Islamic
# ____ (since 2011)": alone, the words left matched the emblem's example)
_NAME_BLANK = re.compile(r"\b(?:(?P<en>organi[sz]ation\s+of\s+(?:the\s+)?islamic)|organisasi\s+"
                         r"(?:kerja\s*sama|konferensi))\s*(?:\.{3,}|…|_{3,})", re.IGNORECASE)
# A list closed by a blank asks for the rest of it ("... are the Al-Quds Committee, COMCEC,
# COMSTECH and ______.": the rows of the three named were shown, not the fourth)
_LAST_BLANK = re.compile(r"(?P<listed>,[^,.?!:;]+?),?\s+(?:(?P<en>and)|dan|serta)\s*"
                         r"(?:\.{3,}|…|_{3,})", re.IGNORECASE)
# A blank after "on" asks for a date ("Al-Aqsa Mosque was set on fire on ____.": the
# arsonist's sentence showed, the date past "More")
# ... and one before "kali"/"times" how many times ("Sampai 2024 OKI sudah menggelar KTT biasa
# sebanyak .... kali" got the 3rd summit, which set the summits three years apart)
_COUNTED_EN = frozenset("experts members countries states judges articles principles".split())
_TIMES_BLANK = re.compile(r"(?:\.{3,}|…|_{3,})\s*(?P<times>kali|times)\b", re.IGNORECASE)
# ... and one before what is counted, how many ("The IPHRC has ___ independent experts.")
_COUNT_BLANK = re.compile(r"(?:\.{3,}|…|_{3,})\s*(?P<counted>(?:independent\s+)?experts|members|"
                          r"member\s+states|countries|states|judges|articles|principles|pakar|"
                          r"ahli|anggota|negara|orang|pasal|prinsip)\b", re.IGNORECASE)
_DATE_BLANK = re.compile(r"\bon\s*(?:\.{3,}|…|_{3,})", re.IGNORECASE)
_FIGURE_OPTION = re.compile(r"\d[\d.,]*")  # an option that is a figure alone ("57")
_INDONESIAN_BLANK = re.compile(r"\b(?:oki|memiliki|mempunyai|punya|sebanyak|anggotanya|pada)\b",
                               re.IGNORECASE)  # ... asked in Indonesian
# "&" or "+" between words joins two questions as "and" does ("OIC founded what year + how
# many member countries today?" was read as one, and got the founding members' count)
_JOINING_MARK = re.compile(r"(?<=\s)[&+](?=\s)")
# ... and "=" between two words says they are the same ("OKI = organisasi konferensi islam,
# bener gak?" was read "oki organisasi konferensi islam", what the OIC is)
_EQUATING_MARK = re.compile(r"(?<=\w)\s=\s(?=\w)")  # (not "O.I.C. = ?": what is it)
_EQUATED = {"id": " sama dengan ", "en": " same as "}
# An exam's marks for a question ("(10 marks)", "[5 poin]"): not what it asks about
# ... or how it is to be answered, in brackets after it ("(isian)", "(fill in the blank)")
_MARKS = re.compile(r"[(\[]\s*(?:\d+\s*(?:marks?|points?|poin|nilai|skor)|isian(?:\s+singkat)?|"
                    r"isilah|uraian|esai|essay|jawaban\s+singkat|short\s+answer|"
                    r"fill(?:\s+in)?(?:\s+the\s+(?:blanks?|gaps?))?)\s*[)\]]", re.IGNORECASE)
MAX_QUESTIONS = 3
PARALLEL_NAME = 3  # words of the name in a claim said like the one before ("..., Bosnia 1996")
ASKING_ONLY = 3  # words of "at which meeting", asking about what follows "and"
PARALLEL_ASKING = 4  # ... or of "which Saudi king", asking with what follows as "and which ..."
LABEL_WORDS = 4  # a clause naming only what the next one asks about ("Latest CFM session:")
NAME_LABEL_WORDS = 8  # ... or naming something in particular in so many words
# the words picking one of several by its place in a row ("yang *pertama* apa")
_ONE_OF = frozenset("pertama kedua ketiga terakhir first second third last".split())
_COUNT_SAID = frozenset("dua tiga empat lima two three four five orang kali buah times people "
                       "persons".split())
PLACE_WORDS = 3  # a clause first saying only where ("Di ASEAN, ...")
POINTED_WORDS = 8  # ... or, after a statement, points back at it ("Apa namanya dan di mana?")
SHORT_ASKING = 5  # words of a question that, naming nothing, asks about a sentence before it
# ... or asks how someone took what it says ("In 2019 India attended the CFM as guest of
# honour. How did Pakistan react?": alone, it got the Kashmir Contact Group)
_REACTING = frozenset("react reacted reaction respond responded response reaksi tanggapan "
                      "menanggapi bereaksi respons sikap".split()
                      # ... or for the proof of it ("Ada yang bilang OKI dikuasai Arab Saudi.
                      # Apa buktinya?": alone, it got the OIC's achievements, "bukti berhasil")
                      + "bukti buktinya evidence proof".split())
# "Isn't it that ...", opening a sentence, asks whether ("bukannya anggota OKI itu 56 negara?"
# got the members not Muslim-majority, "bukan" read as what is asked); later it may be "rather
# than" ("kenapa ke ICJ, bukannya ICC?")
_ISNT_IT = re.compile(r"^\s*(?:bukannya|bukankah)\b", re.IGNORECASE)
# Opening a request to explain: a language named at its end is the answer's ("uraikan ...
# dalam bahasa Inggris"), not what is explained.
_EXPLAINING = frozenset("""jelaskan jelasin terangkan uraikan jabarkan deskripsikan explain
    describe outline summarise summarize""".split())
# ... after a polite "can you" ("can you explain what the OIC is?" got what the bot can do)
_ASKED_OF_YOU = frozenset({("can", "you"), ("could", "you"), ("would", "you")})
# ... and between it and the question it wraps ("explain briefly why ...")
# (those saying how, and the words joining them: "in a few words", "dalam satu kalimat")
_HOW_SAID = frozenset("""briefly shortly detail detailed fully secara singkat ringkas rinci
    lengkap sentence kalimat simple sederhana""".split())
_HOW_EXPLAINED = _HOW_SAID | frozenset("""short brief in one 1 a few words dengan singkatnya
    dalam satu terms""".split())
# "Sebutkan 3 tujuan OKI!", "name two organs": how many to list is not what is asked about.
_LIST_VERBS = frozenset("""sebutkan sebutin tuliskan tulis jelaskan berikan list name give mention
    state""".split())  # ("tulis 4 tujuan oki berdasarkan piagam" was told 4 is not said)
# ... nor, opening a question, before what is listed ("3 aims of OIC"; not "Lima negara pengamat")
_COUNTS = frozenset([str(n) for n in range(1, 11)] + """satu dua tiga empat lima enam tujuh
    delapan sembilan sepuluh one two three four five six seven eight nine ten""".split())
BACK_AT_END = 5  # at most this many words of a question pointing back at its end ("in it")
NAME_HEAD = 4  # at most this many words of a name follow a comma in it ("..., Art and Culture")
NAME_PARTS = 4  # ... and it has at most this many parts
HEADING_WORDS = 6  # a listed item naming the OIC in this many words is a topic asked
INVERTED = frozenset("is are was were did does do has have had".split())  # "... was X elected?"
_FOLLOWING = frozenset("berikut following below".split())  # "the following": the options
_FOLLOWING_UP = frozenset("kalau kalo nah terus trus lalu yang".split())  # "..., kalau ke-8?"
_ALSO = frozenset("juga also too".split())  # ... or "..., bosnia juga kan?" (a name and "also")
_IF = frozenset("kalau kalo jika jikalau apabila bila seandainya andai andaikan if".split())
_AS_FOR = frozenset("kalau kalo soal tentang untuk".split())  # "Kalo Arab Saudi, berapa ...?"
ALSO_WORDS = 5  # ... in so many words at most
# "How many summits has Saudi Arabia hosted, not counting the joint ones?", "... berapa kali?
# yg luar biasa juga dihitung ya": a clause or sentence saying what is counted in or left
# out narrows the question before it, no question of its own (alone, it was left unsaid)
_NARROWS = frozenset("including excluding except counting included excluded termasuk kecuali "
                     "dihitung".split())
NARROWING_WORDS = 8  # ... in so many words at most
COORDINATED_WORDS = 3  # each of two things asked joined as nouns, in words that say what
# ("the number of member states": three)
# Before or after the one named, and the word saying the other side ("sebelum" -> "sesudah")
_SIDE = {**dict.fromkeys("sebelum sebelumnya before".split(), "before"),
         **dict.fromkeys("sesudah setelah sesudahnya setelahnya after".split(), "after")}
_OTHER_SIDE = {"sebelum": "sesudah", "sebelumnya": "sesudahnya", "before": "after",
               "sesudah": "sebelum", "setelah": "sebelum", "sesudahnya": "sebelumnya",
               "setelahnya": "sebelumnya", "after": "before"}
_POINTED_BACK = {"sebelum": "sebelumnya", "sesudah": "sesudahnya", "setelah": "setelahnya"}
_OUT_OF = frozenset("dari of among antara".split())  # "dari 57 anggota OKI, ...": counted among
_TIMES = frozenset(("kali", "times"))  # ... asked how many times of both ("berapa kali KTT dan
# KTM ...": not "berapa KTM")
_RANK_BEFORE = frozenset(("the", "yang", "paling"))  # ... words before a rank after "and"
RANK_REACH = 4  # ... within so many words of it
OWN_VERB_WORDS = 4  # a first half naming the OIC in so many words says what it did itself
# ... or otherwise pointed at, with the statements: "which of these", "manakah"
_CHOOSING = _FOLLOWING | frozenset("these option options pilihan manakah".split())
_AT_LEAST = frozenset("least minimal minimum sedikitnya setidaknya".split())
_TO_ME = frozenset("me us saya kami".split())  # "give me 4 aims": how many, to whom
_WHICH = frozenset(("which", "what"))  # "which two kings": how many are asked
_AND = frozenset(("dan", "and", "serta", "beserta", "lalu", "also", "terus", "plus"))
LISTED_TOPIC = 5  # at most so many words to a topic an essay prompt lists
_FIELDS = frozenset("bidang field fields area areas sektor sector sectors aspek aspect aspects"
                    .split())
_INCLUDED = frozenset("termasuk included include includes among".split())  # ... in what was named
_PURPOSE = frozenset(("sehingga", "agar", "supaya"))
_SINCE = frozenset(("since", "sejak", "semenjak"))  # "Since 1999, ...": a claim's years
# "Since X is a member, ...": a reason given, opening the sentence
REASON_GIVEN = frozenset("since because karena sebab berhubung mengingat krn karna soalnya".split())
_SO = frozenset(("so", "therefore", "hence", "makanya", "maka"))  # ... drawn from the one before
# ... and reaching its own goals ("the obstacles the OIC faces *in achieving its goals*": the
# goals are what the obstacles stand in the way of, not what is asked; a purpose naming
# something else, "in order to help Palestine", may be what is asked)
_REACHING = frozenset({("in", "achieving"), ("in", "reaching"), ("dalam", "mencapai"),
                       ("untuk", "mencapai"), ("dalam", "mewujudkan")})
_REACHING_FIRST = frozenset(first for first, _ in _REACHING)
_ASKED_LAST = frozenset("apa saja aja sajakah sih ya what are they".split())  # "... apa saja?"
_GOALS = frozenset("goals goal aims aim objectives tujuan tujuannya cita".split())
# "Is Palestine a full member, even though it is not in the UN?": a concession states what the
# asker takes as given, context to the clause that asks as a purpose is; but not after "why",
# which asks about it ("Mengapa Palestina anggota OKI walaupun bukan anggota PBB?")
_CONCEDING = frozenset(("padahal", "meskipun", "walaupun", "walau", "although", "though",
                        "despite"))
_BOUNDING = frozenset("sebelum sesudah setelah sampai hingga sejak before after until till "
                      "since".split())
# A clause opening so, after a country named, describes it ("Pakistan, negara yang ...,")
_APPOSITIVE = frozenset("negara country the a an which who yang".split())
_ACCORDING = frozenset("menurut berdasarkan according under".split())
ACCORDING_WORDS = 4  # "menurut Piagam 1972", "under the 2008 Charter": a text by its year
_RELATIVE = frozenset("sebelum sesudah setelah sejak semenjak before after".split())  # ... a row
# ... or a time ("Ketika Gambia menggugat Myanmar, siapa Sekjen OKI?", "When ..., who was ...?")
WHEN = frozenset("ketika semasa sewaktu saat waktu pas tatkala when".split())
_COUNTING = frozenset("berapa brp many jumlah daftar list sebutkan".split())
_WHY = frozenset(("why", "kenapa", "mengapa", "knp", "ngapa"))
_BETWEEN = frozenset(("between", "antara"))
_AMONG = frozenset(("among", "amongst", "antara", "diantara"))  # "of these, which ..."
# ... "Dari Asia Tenggara, negara mana saja ...?", "out of the 10 ASEAN countries, ..."
_FROM = (("dari",), ("from",), ("out", "of", "the"), ("out", "of"), ("of", "the"))
FROM_WORDS = 5  # ... in so many words at most ("dari negara-negara Asia Tenggara")
_ASPECT = frozenset(("segi", "sisi", "aspek", "sudut"))
EITHER = frozenset(("or", "atau", "ataukah"))  # "..., the OIC or the Arab League"
_VERSUS = frozenset(("vs", "versus"))  # "OKI vs ASEAN: ...": two set side by side
# ... and what asks to weigh them, not the same of each ("which has more members?")
_WEIGHING = frozenset("""more most less bigger larger smaller older newer earlier later stronger
    weaker better worse than lebih paling kurang beda bedanya perbedaan perbedaannya difference
    differences differ compare compared bandingkan dibandingkan which mana manakah""".split())
# "True or false: ...", "B/S: ...", "... Benar atau salah?", "..., yes or no": the statement is
# a claim to confirm, asked as "was it so?" is; so is one followed by "Is that true?", "Is my
# textbook right?", "Is she right?", "benar gak?" ("My teacher says the OIC has four official
# languages. Is that true?" was read as a statement, and declined)
# A claim's tag closing a chat line ("..., kan", "... ya", "... bukan sih", "..., right")
_COPULAS = frozenset("was were is are".split())
# ... and the words after a verb saying where, by whom or when a thing was done: with them, a
# verb says something to check even without a full stop ("OKI didirikan di Kairo" got the Cairo
# Declaration, which names the place)
_DONE_WHERE = frozenset("di oleh pada in by at".split())
# ... unless it ends on what is to be filled in ("sidang pertama iphrc diadakan di kota": which
# city is asked)
_TO_FILL = frozenset("kota negara tahun tanggal city country year date".split())
_HAVING = frozenset("has have had punya mempunyai memiliki beranggotakan terdiri".split())
# ... and what asks its name alone ("apa namanya", "namanya apa", "what's the name")
_NAME = frozenset("namanya nama name called".split())
_ITS_NAME = _NAME | frozenset("apa nya what is it its the".split())
# A country asked for, which "it" then is ("Which country is the OIC's newest member and when
# did it join?": read as the OIC, "when did oic join" got Indonesia's joining)
_WHICH_ONE = frozenset("which what mana siapa".split())
_A_MEMBER = frozenset("country negara member anggota state".split())
# ... or say there are so many of the OIC's, or how many ("anggota oki ada 50 negara", "jumlah
# pengamat oki 3 negara"; not "saya ada 2 pertanyaan", which got the count of members)
_THERE_BEING = frozenset("ada jumlah jumlahnya".split())
_NUMBER = re.compile(r"\d")
# ... and the shape of a word saying it was done ("didirikan", "bergabung", "founded"; not
# "penembakan", the shooting, nor "jelaskan", explain)
_DONE = re.compile(r"(?:di|ber)[a-z]{4,}|[a-z]{4,}ed")
_TAGGED = re.compile(r"\b(?:kan|ya|yah|bukan|bkn|right|iya|yeah|yea|innit|(?:does|did|was|is|do)"
                     r"n'?t\s+(?:it|they))(?:\s+(?:sih|dong|deh|nih|ya|kan))*"
                     r"\s*[.!]*\s*$", re.IGNORECASE)
# ... or said to be heard or believed ("pretty sure the oic was born in cairo in 69", "heard
# jakarta is hosting the next oic summit": a claim, not a statement to match)
_HEARD = re.compile(r"\s*(?:(?:i'?m|im|i\s+am)\s+)?(?:pretty\s+)?sure\b|"
                    r"\s*(?:i\s+|i'?ve\s+|ive\s+)?heard\b|"
                    r"\s*my\s+friend\s+(?:says|said|insists|thinks)\b|"
                    r"\s*(?:kayaknya|katanya|denger(?:-denger)?|dengar-dengar)\b", re.IGNORECASE)
# A sentence stopping at what it asks, with "?" for the blank ("... diselenggarakan di kota?",
# "OKI didirikan pada tahun?", "The OIC was founded in?"): a quiz's question, not a claim
_ENDS_ASKING = re.compile(r"\b(?:(?:di|ke|dari|pada|oleh|sejak)(?:\s+(?:kota|negara|tahun))?|"
                          r"in|at|by|from|on|since)\s*\?+\s*$", re.IGNORECASE)
_VERDICT = re.compile(
    r"[(\[]?\b(?:true\s*(?:or|/)\s*false|t\s*/\s*f|(?:benar|betul)\s*(?:atau|/)\s*salah|"
    r"b\s*/\s*s|right\s+or\s+wrong|correct\s+or\s+incorrect|fakta\s+atau\s+hoaks?|"
    r"fact\s+or\s+myth|yes\s*(?:or|/)\s*no|y\s*/\s*n|"
    r"i?ya\s*(?:atau|/)\s*(?:tidak|bukan|enggak|nggak|gak|ngga)|"
    r"(?:(?:is|was|are)\s+(?:that|this|it|they|she|he|(?:my|the|our)\s+\w+)\s+"
    r"(?:really\s+)?(?:true|right|correct|wrong|accurate)|"
    r"(?:benar|bener|betul)\s+(?:gak|ga|nggak|ngga|enggak|tidak)(?:\s+sih)?|"
    # ... or who is right about it ("my friend insists the OIC was born in Cairo in '69 -
    # who's right?" read "who" as asking a person)
    r"who(?:'s|\s+is)\s+right|(?:siapa|mana)\s+(?:yang|yg)\s+(?:benar|bener|betul)|"
    # ... or whether it went ahead: "indonesia mau jd tuan rumah ktt oki berikutnya, jadi
    # gak?" ("jadi gak" was a second question, and got the 2016 Jakarta summit)
    r"j(?:adi|d)\s+(?:gak|ga|nggak|ngga|enggak|tidak)|"
    # ... or to be set right if it is not: "Betulkan jika keliru", "correct it if wrong"
    r"(?:betulkan|perbaiki|koreksi)\s+(?:jika|kalau|bila)\s+(?:keliru|salah)|"
    r"correct\s+(?:it\s+)?if\s+(?:wrong|false|incorrect))(?=\s*[?.!]|\s*$)|"
    # ... or the word alone after the statement: "ICESCO was founded in 1990. true?", "...
    # until 1990 — right?"
    r"(?:(?<=[.!—-])|(?<=[.!—-]\s))(?:true|correct|right|benar|betul|bener)(?=\s*\?)|"
    # ... or opening it: "bener gak sih oki didirikan di jakarta" got the 2016 Jakarta summit
    r"^\s*(?:benar|bener|betul)\s+(?:gak|ga|nggak|ngga|enggak|tidak)(?:\s+sih)?(?=\s+\w))"
    r"\b[?:.)\]]*", re.IGNORECASE)
# "The OIC was founded in Rabat because:", "OKI dibentuk karena ....": a stem ending so asks why
# A remark after a question saying what it meant, and what it did not ("... sapa ya? bukan
# yg ktt tp yg sekjen", "... siapa? maksudku sekjen", "...? I mean the Secretary-General"):
# what it meant is part of the question (alone, a remark asking nothing, it was left out and
# the summit's chair answered); what it set aside is dropped
_MEANT = re.compile(r"\?\s*(?:(?:bukan(?:nya)?|not)\s+[^?.!,]{1,40}?\s*(?:,\s*|\s(?:tapi|tp|tetapi|"
                    r"melainkan|but)\s+)|maksud(?:nya|ku|\s+(?:saya|aku|gue|gw))?\s+|i\s+mean\s+)"
                    r"(?=[^?]*$)", re.IGNORECASE)
_BECAUSE = re.compile(r"^(?P<said>.+?)[\s,]+(?:(?P<en>because(?:\s+of)?|due\s+to)|karena|sebab|"
                      r"disebabkan(?:\s+oleh)?)\s*(?:\.{2,}|…|_{2,}|:)?\s*$",
                      re.IGNORECASE | re.DOTALL)
# (not "penduduknya *bukan Muslim*", "not Arab": a trait the answer has, not one it lacks)
# (nor "except" or "selain" followed by what is set aside, "Bahasa resmi OKI selain Arab dan
# Inggris adalah...": besides them, which one is; closing the stem, or with at most two words
# after it, "kecuali ....", "except which one?", it asks for the one that is not)
_EXCLUDING = re.compile(r"\b(?:(?:bukan|not)"
                        r"(?!\s+(?:muslim|islam|islamic|arab|mayoritas|majority)\b)"
                        r"|(?:except|kecuali|selain)(?=(?:\W+\w+){0,2}\W*$)|tidak termasuk)\b")
# A clause of only a date after a clause that asks dates what it asks ("KTT di Riyadh, November
# 2024")
_MONTH_WORDS = frozenset("""januari februari maret april mei juni juli agustus september oktober
    november desember january february march may june july august october december jan feb
    mar apr jun jul aug agu sep sept okt oct nov des dec""".split())
# A clause opening with these sets aside what the one before it could have been ("gambia kok
# ke ICJ sih, *bukan* ke ICC?")
_INSTEAD = frozenset("bukan not instead rather daripada bukannya ketimbang".split())
# A clause opening with these is a predicate whose subject came in an earlier clause.
_PREDICATE_FIRST = frozenset("is are was were adalah ialah merupakan terletak berada".split())


@dataclass(frozen=True, slots=True)
class Named:
    """What some words of a message name: the OIC; something else a question may be about (a
    country, an organisation, a table, a row); something in particular (a row by its name, a
    country, a place)."""

    oic: bool = False
    other: bool = False
    particular: bool = False
    by_name: bool = False  # ... a row by its name ("IRCICA", "Research Centre for ...")


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a message, as readings of growing context (most specific first)."""

    readings: tuple[str, ...]
    # A later question read with the first one's words, as it names nothing of its own: the
    # question alone, to answer if the first answer does not account for it after all
    alone: str = ""
    # Read as "at the time the first question named" ("... who was Secretary-General then?"):
    # if that only repeats the first answer, "then" meant "in that case"
    dated: bool = False
    # Asked with "?" and no question word: a claim to confirm ("OKI didirikan di Kairo?")
    yes_no: bool = False
    # A later question asking what the first asked, of something else it names ("Thailand
    # sejak kapan?"): its answer need not speak of what the first named
    parallel: bool = False

    @property
    def text(self) -> str:
        return self.readings[0]


@dataclass(frozen=True, slots=True)
class Message:
    """What a message holds: its courtesies (by kind, in order), its questions, and the text
    outside the courtesies (where organisations and countries are looked for)."""

    courtesies: tuple[str, ...]
    questions: tuple[Question, ...]
    content: str
    # A multiple-choice item asking which option does *not* belong ("Berikut yang bukan tujuan
    # OKI adalah ... a. ... b. ..."): the answer lists what does, and says so.
    excludes: bool = False
    options: str = ""  # the multiple-choice options set aside, where countries may be named
    # "Which statement about the OIC is incorrect?" with no statements: what it asks is in
    # options that did not come with it
    unseen_choice: bool = False

    @property
    def set_aside(self) -> bool:
        """Whether anything was set aside (a courtesy, context, options or a second question)."""
        return bool(self.courtesies) or len(self.questions) > 1 or any(
            len(q.readings) > 1 for q in self.questions)


class MessageReader:
    """Splits messages using the lexicon's courtesies and question words (data, not code)."""

    def __init__(self, lexicon: Lexicon, words: Callable[[str], tuple[str, ...]],
                 plain: Callable[[str], bool],
                 names: Callable[[Sequence[str]], Named],
                 language: Callable[[Sequence[str]], str]) -> None:
        """``plain`` tells a word that never says what a question is about ("ya", "banget"):
        a clause left with only such words once its courtesies are peeled off is courtesy.
        ``names`` tells what words name (the OIC, something else, something in particular);
        ``language``, the language words are written in ("" when they do not tell).
        Praise (a courtesy with ``said_of_oic_asks``) after words naming the OIC was said of
        it: "oki gak berguna" is the question."""
        self._words = words
        self._plain = plain
        self._names = names
        self._language = language
        self._answer_in = {c.kind: c.answer_in for c in lexicon.courtesies if c.answer_in}
        self._courtesy: dict[tuple[str, ...], str] = {}
        self._asks_of_us: set[tuple[str, ...]] = set()  # praise, when said of the OIC
        self._asking = _by_first_word(_phrases(lexicon.question_words.values(), words))
        for courtesy in lexicon.courtesies:
            for phrase in courtesy.phrases:
                key = words(phrase)
                # ("tolong jelaskan" without its filler is "jelaskan": a word that asks, kept
                # so "Jelaskan pengertian OKI dan tujuannya!" is read as two questions)
                if key and not (len(key) == 1 and _starts(key, 0, self._asking)):
                    self._courtesy.setdefault(key, courtesy.kind)
                    if courtesy.said_of_oic_asks:
                        self._asks_of_us.add(key)
        self._longest = max((len(k) for k in self._courtesy), default=0)
        # the OIC's one-word names, as a courtesy addresses the bot by them ("hello oic")
        self._our_names = frozenset(n for n in (lexicon.our_name,
                                                *lexicon.synonyms.get(lexicon.our_name, ()))
                                    if " " not in n)
        self._alone = {key: courtesy.kind for courtesy in lexicon.courtesies
                       for phrase in courtesy.alone if (key := words(phrase))}
        self._openers = _by_first_word(_phrases(lexicon.question_openers.values(), words))
        # the words of joining or belonging, which ask of a country ("masuk", "join")
        self._joining = frozenset(w for cues in lexicon.membership_cues.values()
                                  for cue in cues if len(key := words(cue)) == 1 for w in key)
        # other organisations' names: two of them set side by side are weighed, as the
        # entries comparing the OIC with one do ("OKI vs Liga Arab: kapan berdiri?")
        self._org_names = frozenset(words(name) for org in lexicon.organisations
                                    for name in org.names)
        # the OIC's one-word names ("oki", "oic"), which a subject keeps however common
        self._our_words = frozenset(w for name in (lexicon.our_name, *lexicon.synonyms.get(
            lexicon.our_name, ())) if len(found := words(name)) == 1 for w in found)

    # -- courtesies --------------------------------------------------------------------------

    def _strip(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """Courtesy phrases peeled off both ends of a clause: (kinds found, words left)."""
        kinds: list[str] = []
        left = list(words)
        changed = True
        while left and changed:
            changed = False
            for size in range(min(self._longest, len(left)), 0, -1):
                kind = self._courtesy.get(tuple(left[:size]))
                if kind and left[size:size + 1] == ["nya"]:
                    kind = None  # owned, it is no address: "bos nya oki sekarang sapa"
                if kind:
                    kinds.append(kind)
                    left = left[size:]
                    changed = True
                    break
                kind = self._courtesy.get(tuple(left[-size:]))
                if kind and tuple(left[-size:]) in self._asks_of_us and self._names(
                        left[:-size]).oic:
                    kind = None  # "oki gak berguna": said of the OIC, it is the question
                if kind:
                    kinds.append(kind)
                    left = left[:-size]
                    changed = True
                    break
        return kinds, left

    def asks(self, words: Sequence[str]) -> bool:
        """Whether a clause asks something: a question word anywhere, or an opener first."""
        return bool(self._asking_at(words)) or (bool(words) and _starts(words, 0, self._openers))

    def _asking_at(self, words: Sequence[str]) -> list[int]:
        """Where question words start in ``words``."""
        return [i for i in range(len(words)) if _starts(words, i, self._asking)]

    def _asking_within(self, words: Sequence[str]) -> list[int]:
        """Where question words start in ``words`` that ask, not join a time to a year: "The
        OIC was founded in 1972 *when* the charter was signed, right?" claims a year, and was
        read as asking when (it got the Charter, "founded in 1972" let pass)."""
        return [i for i in self._asking_at(words)
                if not (words[i] == "when" and i and YEAR.fullmatch(words[i - 1]))]

    # -- reading -----------------------------------------------------------------------------

    def _topic_before(self, asking: list[str], before: list[list[str]]) -> bool:
        """Whether a short question of no topic of its own ("apa yg dilakukan?", "OKI
        ngapain?") follows a clause naming one ("OKI dan isu Rohingya, apa yg dilakukan?": alone,
        it got the OIC's role)."""
        return len(asking) <= SHORT_ASKING and _asks_a_deed(asking) and not (
            (named := self._names(asking)).other or named.particular) and all(
            self._plain(w) or predicate_shaped(w) for w in asking) and any(
            w.isalpha() and not (self._plain(w) or predicate_shaped(w))
            for c in before for w in c)  # (not "saya mahasiswa semester 3, OKI ngapain?")

    def _asked_in(self, words: list[str]) -> tuple[str, list[str]] | None:
        """A language asked at the end of an explanation, or of a question written in the
        other language, and the words before it.

        "Jelaskan peran Indonesia di OKI dalam bahasa Inggris" asks for the role, in English
        (it got the OIC's names), and so does "peran indonesia dalam OKI in english pls";
        "what is the oic in english" still asks the name (a name asked in the other language,
        "oki itu singkatan dari apa in english?", gets the names, in English)."""
        if not words:
            return None
        for size in range(min(3, len(words) - 2), 0, -1):
            if (kind := self._alone.get(tuple(words[-size:]))) is not None:
                before = words[:-size]
                if words[0] in _EXPLAINING or self._language(before) not in (
                        "", self._answer_in.get(kind, "")):
                    return kind, before
                return None
        return None

    def _unwrapped(self, words: list[str]) -> list[str]:
        """The question an explanation asked for opens with ("explain briefly why ..." is
        "why ...": "explain briefly why the OIC was created in 1969" got when it was, and
        "jelaskan secara singkat mengapa oki didirikan" what the OIC is)."""
        asked = 2 if tuple(words[:2]) in _ASKED_OF_YOU else 1 if words[:1] in (
            ["please"], ["bisa"], ["tolong"]) else 0  # ("can you explain what the OIC is?")
        if len(words) <= asked or words[asked] not in _EXPLAINING:
            return words
        at = asked + 1
        while at < len(words) and words[at] in _HOW_EXPLAINED:
            at += 1
        if at < len(words) and _starts(words, at, self._asking):
            return words[at:]
        words = words[asked:]
        at -= asked
        # (... and before what is explained, it says only how: "uraikan secara rinci sejarah
        # berdirinya OKI" left "rinci" unexplained, and was refused; not "describe one of ...")
        return [words[0], *words[at:]] if _HOW_SAID.intersection(words[1:at]) else words

    def read(self, text: str) -> Message:
        text = _JOINING_MARK.sub("and", self._listed_questions(text) or text)
        if _EQUATING_MARK.search(text):
            text = _EQUATING_MARK.sub(_EQUATED.get(self._language(self._words(text)), " same as "),
                                      text)
        statements = _statements(text, self._only_choosing)
        if statements:
            return self._read_statements(*statements)
        kinds: list[str] = []
        sentences: list[tuple[bool, list[list[str]]]] = []  # (asks, clauses as word lists)
        confirming: list[bool] = []  # per sentence: "?" (or a verdict asked) and no question word
        verdict = bool(_VERDICT.search(text))
        stem, options = options_apart(_VERDICT.sub(" ", _MARKS.sub(" ", text)))
        if not options:
            stem, options = _listed_apart(stem)
        figures = [o.strip() for o in option_items(options)] if options else []
        if figures and all(map(_FIGURE_OPTION.fullmatch, figures)):
            # a blank every option fills with a figure asks how many ("The OIC currently has
            # ____ members. (a) 45 (b) 50 (c) 56 (d) 57" got the Charter "currently in force"),
            # or, with years, when
            indonesian = bool(_INDONESIAN_BLANK.search(stem))
            asked = ("tahun berapa" if indonesian else "what year") if all(
                map(YEAR.fullmatch, figures)) else "berapa" if indonesian else "how many"
            stem = _BLANK.sub(f" {asked} ", stem, count=1)
        elif len(figures) >= 2 and sum(map(bool, map(FREQUENCY.search, figures))) >= \
                len(figures) - 1:
            # ... with how often, every option but "none of these" a frequency ("Sidang Dewan
            # Menteri Luar Negeri OKI diadakan ... a. setiap tahun b. tiap 3 tahun ... d.
            # tidak tentu" showed what the Council does, its yearly session past "More")
            asked = "berapa tahun sekali" if bool(_INDONESIAN_BLANK.search(stem)) or any(
                "tahun" in f.lower() for f in figures) else "how often"
            stem = _BLANK.sub(f" {asked} ", stem, count=1)
        stem = _MEANT.sub(" ", _COUNT_BLANK.sub(_count_asked, _TIMES_BLANK.sub(_times_asked, stem)))
        stem = _DATE_BLANK.sub("on what date ____", _LAST_BLANK.sub(
            _rest_asked, _NAME_BLANK.sub(_name_asked, _BECAUSE.sub(_why, stem))))
        excludes = bool(options) and bool(_EXCLUDING.search(stem.lower()))
        for raw in _SENTENCE.split(stem):
            if not raw or not raw.strip():
                continue
            raw = _ISNT_IT.sub("apakah", raw)
            clauses: list[list[str]] = []
            requested = False  # ... or asked for in a courtesy set aside ("Tell me X.")
            for part in self._names_kept_whole(_clause_parts(raw)):
                words = self._words(part)
                found, left = self._strip(_uncounted(words))
                requested = requested or (bool(left) and any(
                    _starts(words, at, self._openers) for at in range(len(words) - len(left))))
                if (alone := self._alone.get(tuple(left))) is not None:
                    found, left = [*found, alone], []  # ("... ? in english pls")
                elif (request := self._asked_in(left)) is not None:
                    found, left = [*found, request[0]], request[1]
                left = self._unwrapped(left)
                while len(left) > 1 and left[0] in _AND:
                    left = left[1:]  # "... ? trus sekjennya siapa?": "terus" read "terms"
                kinds += found
                if left and clauses and self.asks(clauses[-1]) and all(
                        w.isdigit() or w in _MONTH_WORDS for w in left):
                    clauses[-1] = clauses[-1] + left
                elif left and clauses and words[:1] and words[0] in _INSTEAD \
                        and not self.asks(left):
                    # (an alternative set aside is part of the clause before it: alone, "bukan
                    # ke ICC" was read as a question, and the contrast asked was lost)
                    # (once: "..., not Rabat?" was read "not not rabat", and then as neither
                    # Jeddah nor Rabat, the second summit)
                    clauses[-1] = clauses[-1] + [*words[:1], *left] if left[0] != words[0] \
                        else clauses[-1] + left
                elif left and not (found and (all(map(self._plain, left)) or (
                        len(left) == 1 and left[0] in self._our_names))
                                   and not self.asks(left)):
                    # (plain words beside a courtesy say nothing, unless they ask: "apa itu
                    # oki wkwk" was taken for chatter and got "please type a question"; nor
                    # does the name it addresses: "thanks oic" was told what the OIC is)
                    clauses += _at_purpose(left)
            clauses = self._without_appositives(self._with_relatives(_with_bounds(
                _with_time_clause_joined(clauses, self.asks))))
            if len(clauses) > 1 and _BLANK.search(raw) and not any(map(self.asks, clauses)) \
                    and (not _LABELLING.search(raw) or any(
                        (named := self._names(c)).other and not named.oic
                        for c in clauses[:-1])):
                # a sentence asking by a blank alone is one question, its commas joining
                # clauses ("OKI didirikan melalui KTT di kota .... , Maroko pada tahun
                # 1969.": "Maroko pada tahun 1969" alone was asked too), not after a label
                # ("Sebutan Arab untuk OKI: Munazzamat al-...."), unless a clause names
                # another organisation ("after the UN, the world's 2nd biggest
                # intergovernmental body is the ____": alone, "after the UN" was read as asking
                # about the UN, and refused)
                clauses = [[w for c in clauses for w in c]]
            if clauses:
                marked = "?" in raw or bool(_BLANK.search(raw))
                sentences.append((marked or requested or any(self.asks(c) for c in clauses),
                                  clauses))
                # ... or stated, a claim to check ("OKI didirikan di Kairo." got the Cairo
                # Declaration, which names the place)
                stated = not (options or _BLANK.search(raw)) and (("." in raw and any(
                    predicate_shaped(w) for c in clauses for w in c)) or (
                    "?" not in raw and not any(map(self.asks, clauses)) and any(
                        # (not an English plural, "OIC meetings in 2016"; nor a rank, which
                        # looks like a verb too, "ktm oki terbaru di pakistan")
                        deed_shaped(w) and w.lower() not in RANKS
                        and after in _DONE_WHERE
                        for c in clauses for w, after in itertools.pairwise(c))
                    and clauses[-1][-1].lower().strip(".,!") not in _TO_FILL) or (
                    # ... in English too, a copula after the subject, with or without a full
                    # stop ("the first oic summit was in cairo" got the 12th summit, Cairo's
                    # first, as if it were the claim)
                    "?" not in raw and any(w in _COPULAS for c in clauses for w in c[1:])) or (
                    # ... or a number said to be had or done, not asked for ("OKI punya 50
                    # anggota" got the 50th anniversary, "oki didirikan tahun 1970" the
                    # founding as if so; "list every country that joined in 1974" asks)
                    "?" not in raw and _NUMBER.search(raw) is not None and any(
                        w.lower() in _HAVING or _DONE.fullmatch(w.lower())
                        or (w.lower() in _THERE_BEING and self._names(c).oic)
                        for c in clauses for w in c) and not any(map(self.asks, clauses))))
                # ... or tagged as one, in chat without "?" ("oki didirikan di kairo ya", "...
                # bukan sih": the Cairo Declaration again)
                confirming.append(("?" in raw or verdict or stated or bool(_TAGGED.search(raw))
                                   or bool(_HEARD.match(raw)))
                                  and not any(map(self._asking_within, clauses))
                                  and not _ENDS_ASKING.search(raw))
        content = " ".join(" ".join(" ".join(c) for c in clauses) for _, clauses in sentences)
        questions = self._questions(sentences, content)
        # (one sentence asking, with "?" and no question word: so with a remark beside it,
        # "KTT OKI pertama diadain di Kuwait ya? lupa aku")
        asking = [i for i, (asks, _) in enumerate(sentences) if asks]
        if len(questions) == 1 and (asking == [0] if len(sentences) > 1 else True) and \
                confirming[asking[0] if asking else 0]:
            questions = [replace(questions[0], yes_no=True)]
        elif len(questions) == len(sentences) > 1 and not any(
                q.readings[0].startswith(p.readings[-1])
                for p, q in itertools.pairwise(questions)):
            # (each of several sentences its own question: a claim among them is one to
            # check, "OKI didirikan tahun 1945 kan? terus markasnya di mana" got the 1945
            # Constitution's example, as if 1945 were asked; not before a question word
            # alone, which asks of it: "OKI didirikan di Kairo? kapan sih")
            questions = [replace(q, yes_no=yes) for q, yes in zip(questions, confirming,
                                                                   strict=True)]
        unseen = not options and bool(_STATEMENTS.search(stem) or _CHOOSING.intersection(
            re.findall(r"\w+", stem.lower()))) and bool(
            _TRUE_OR_FALSE.search(stem) or _EXCLUDING.search(stem.lower()))
        return Message(tuple(dict.fromkeys(kinds)), tuple(questions[:MAX_QUESTIONS]), content,
                       excludes, options, unseen)

    def _listed_questions(self, text: str) -> str | None:
        """"Tolong jawab: a. siapa sekjen OKI sekarang b. berapa anggota OKI c. ...": questions
        listed under letters or numbers, each asked on its own (they were read as the options
        of a quiz whose question was "tolong jawab"); None unless every item asks."""
        for pattern, first in ((_OPTION, "a"), (_NUMBERED, "1")):
            marks = list(pattern.finditer(text))
            if len(marks) < 2 or [m.group(1).lower() for m in marks] != [
                    chr(ord(first) + i) for i in range(len(marks))]:
                continue
            ends = [m.start() for m in marks[1:]] + [len(text)]
            items = [text[m.end():end].strip(" \n;,.?") for m, end in zip(marks, ends,
                                                                         strict=True)]
            # (or, with nothing before the list, names the OIC: a topic asked as a heading, "1)
            # tujuan oki 2) manfaat oki bagi indonesia" was read as one question, the aims
            # dropped; not statements under "Mana yang benar?")
            listed = [self._words(item) for item in items]
            if all(map(self.asks, listed)) or (not text[:marks[0].start()].strip() and all(
                    self.asks(words) or (len(words) <= HEADING_WORDS and self._names(words).oic)
                    for words in listed)):
                return " ".join(f"{item}?" for item in items)
        return None

    def _only_choosing(self, stem: str) -> bool:
        """Whether a stem asks only which options are true or false, naming nothing but the
        OIC ("Which statement about the OIC is incorrect? A. It was founded in 1969 ..."):
        then each option is a claim to check, as numbered statements are. (A stem naming a
        topic, "Choose the correct statement about the Secretary-General", is matched
        itself: an option alone, "A) elected by the Summit", lacks its subject.)"""
        words = self._words(stem)
        return bool(_TRUE_OR_FALSE.search(stem)) and all(
            self._plain(w) or self._names([w]).oic for w in words)

    def _names_kept_whole(self, parts: list[str]) -> list[str]:
        """A name written with commas in it ("Research Centre for Islamic History, Art and
        Culture", "Pusat Penelitian Sejarah, Seni, dan Budaya Islam") is one clause: split,
        "art and culture is located where" was read alone (it got the list of subsidiary
        organs). Parts are one when none names anything in particular and together (the last
        by its first words) they name a row by its name."""
        if len(parts) < 2 or not self._names(self._words(" ".join(parts))).by_name:
            return parts  # (most sentences: no name to split, read once)
        joined: list[str] = []
        at = 0
        while at < len(parts):
            part = parts[at]
            for more in range(1, NAME_PARTS):
                following = parts[at + 1:at + 1 + more]
                if len(following) < more:
                    break
                head = " ".join(self._words(following[-1])[:NAME_HEAD])
                alone = [part, *following[:-1], head]
                if self._names(self._words(" ".join(alone))).by_name and not any(
                        self._names(self._words(p)).particular for p in alone):
                    part = " ".join([part, *following])
                    at += more
                    break
            joined.append(part)
            at += 1
        return joined

    def _without_appositives(self, clauses: list[list[str]]) -> list[list[str]]:
        """ "Kapan Pakistan, negara yang memblokir India di Rabat, bergabung dengan OKI?": a
        clause describing the country just named, between it and the rest of the question, is
        left out and the two halves joined (the description got the entry on India; "Irak,
        negara pendiri Liga Arab, masuk OKI tahun berapa?" got Indonesia's membership)."""
        joined: list[list[str]] = []
        at = 0
        while at < len(clauses):
            clause = clauses[at]
            # (one naming the OIC's office may describe a person named before it: "Tunku Abdul
            # Rahman, the first OIC Secretary-General, was Indonesian, wasn't he?" was read
            # "was indonesian", and Indonesia's membership said "Yes")
            if joined and at + 1 < len(clauses) and clause[0] in _APPOSITIVE \
                    and (before := self._names(joined[-1])).particular \
                    and (before.by_name or not self._names(clause).oic):
                joined[-1] = joined[-1] + clauses[at + 1]
                at += 2
                continue
            joined.append(clause)
            at += 1
        return joined

    def _with_relatives(self, clauses: list[list[str]]) -> list[list[str]]:
        """"After Tehran 1997, which city hosted the next summit?", "Setelah Taha, siapa sekjen
        OKI?": a clause that names a meeting or a person as the one before or after is part of
        the asking clause after it, when that names nothing of its own (alone, that clause got
        the summit planned next, the Secretary-General now). So is a choice opening the
        sentence ("Laraki or Belkeziz, who was Secretary-General first?")."""
        joined: list[list[str]] = []
        for clause in clauses:
            before = joined[-1] if joined else []
            if before and clause[:1] == ["soalnya"] and not self.asks(clause):
                # (the asker's own reason after what is asked, "since there are Uighurs"
                # (soalnya): "cina anggota oki kan, soalnya ada uighur" got the Uighurs'
                # entry, not China's standing)
                continue
            if len(joined) == 1 and _opens_a_time(before) and len(before) > 2 \
                    and before[1] not in INVERTED | _AND and self._asking_at(clause):
                # (not "When and where was the OIC founded, and when was it renamed?": a
                # question, asked with "and", not a time; joined, where it was went unsaid)
                # (a time opening the sentence: alone, the clause got today's Secretary-General)
                joined[-1] = before + clause
            elif before and not self.asks(before) and self.asks(clause) and (
                    # (the year alone was dropped: "In 2008, which Senegalese president
                    # chaired the Islamic Summit?" got the committee Senegal chairs)
                    (len(joined) == 1 and _a_time(before))
                    or (before[0] in _RELATIVE and self._names(before).other
                     and not self._names(clause).particular)
                    # ("Menurut Piagam 1972, berapa tahun masa jabatan Sekjen?": the text
                    # whose rule is asked; alone, the clause got today's five years)
                    or (before[0] in _ACCORDING and len(before) <= ACCORDING_WORDS
                        and any(YEAR.fullmatch(w) for w in before))
                    # ("Di antara negara ASEAN, mana yang anggota OKI?": the set chosen from;
                    # alone, the clause got the founding members)
                    # (not "Antara Liga Arab dan OKI, ...": a choice of two, which the
                    # clause read alone answers)
                    # (and "Of all the OIC secretaries-general, whose tenure was the
                    # longest?": alone, the clause got the rules for a term)
                    or ((_AMONG.intersection(before[:2]) or before[:2] == ["of", "all"])
                        and self._names(before).other
                        and (_AND | EITHER).isdisjoint(before)
                        and not self._names(clause).particular)
                    # ("Dari Asia Tenggara, negara mana saja yang ikut OKI?": where from, a
                    # place or region; alone, the clause got the founding members)
                    # (not "Dari 57 anggota OKI, ...", "out of", nor "Dari segi ...", an aspect;
                    # but "dari 10 negara ASEAN, ...", out of another's, is the set chosen from)
                    or (len(_chosen_from(before)) in range(1, FROM_WORDS)
                        and not self._names(before).oic and _ASPECT.isdisjoint(before)
                        and (self._names(before).other
                             or not any(w.isdigit() or w in _COUNTS for w in before))
                        and not self._names(clause).particular)
                    # ("OIC or Arab League, which has more members?": the choice offered,
                    # opening the sentence; alone, the clause got the OIC's member list; so
                    # too those named with "and": "Habib Chatty dan Amadou Karim Gaye, siapa
                    # yg lebih dulu jadi sekjen?" got the first Secretary-General of all)
                    or (len(joined) == 1 and (EITHER.intersection(before) or (
                        _AND.intersection(before) and all(
                            w in _AND or not self._plain(w) for w in before)))
                        and not self._names(clause).particular
                        and (self._names(before).particular or self._names(before).other))):
                if _chosen_from(before):  # (how many there are is no word an answer says)
                    before = [w for w in before if not (w.isdigit() or w in _COUNTS)]
                joined[-1] = before + clause
            elif len(joined) == 1 and _bounds_years(before) and before[0] in _SINCE \
                    and not self._asking_at(clause):
                # ("Since 1999, Taha has been OIC Secretary-General, right?": the years a
                # claim is made of; alone, the time got the PUIC, founded in 1999) (not a
                # time before which something was so: "Sebelum tahun 2011, OKI merupakan
                # singkatan dari ....", context to a blank that asks what)
                joined[-1] = before + clause
            elif len(joined) == 1 and before[0] in REASON_GIVEN and not (
                    self._asking_at(before) or self.asks(clause)):
                # ("Since Morocco is a founding member, the OIC headquarters is in Rabat,
                # right?": the reason is taken as given, the claim drawn from it asked; alone,
                # the reason got "Yes.", the claim only an afterthought) (not before a
                # question, which may ask of the reason's premise: "Since Russia became a full
                # member in 2005, does it vote at summits?" is told Russia is an observer)
                # (but a claim pointing back at what the reason names is about it: "Karena
                # COMCEC diketuai Presiden Pakistan, sidangnya di Islamabad ya?" got the
                # Permanent Finance Committee)
                joined[-1] = before + clause if _points_back(clause) else clause
            elif before and self._parallel(before, clause):
                # ("Thailand jadi pengamat 1998, Bosnia 1996 ya?": a second claim of the
                # first's shape, its verb left out, read with it as one; alone, "bosnia 1996"
                # shared no word with any answer, and the first was told "Ya.")
                joined[-1] = [*before, "dan", *clause]
            elif before and clause[0] in _SO:
                # ("Indonesia is a founding member, so it signed the 1972 charter, right?": a
                # claim drawn from the clause before; alone, that clause got "Yes.")
                joined[-1] = before + clause
            elif len(joined) == 1 and _a_time(before) and not self.asks(before):
                # (... before a clause that asks by a blank: "Pada tahun 1984, KTT OKI
                # diselenggarakan di ...." got Egypt's suspension, the year dropped)
                joined[-1] = before + clause
            elif len(joined) == 1 and before[0] in _ACCORDING and len(before) <= ACCORDING_WORDS \
                    and not self.asks(before) and not self.asks(clause) \
                    and not any(YEAR.fullmatch(w) for w in before):
                # ("Menurut Piagam, markas OKI kelak dipindahkan ke ....": the text whose rule
                # a blank asks for; alone, "menurut piagam" got the Charter's objectives; "menurut"
                # itself is no word an answer explains)
                joined[-1] = before[1:] + clause
            else:
                joined.append(clause)
        return joined

    def _parallel(self, before: list[str], clause: list[str]) -> bool:
        """Whether a clause is a name and a year only, after one saying a year of its own (not
        a meeting's: "..., KTT kedua di Lahore 1974" says a table's word, and is read alone)."""
        years = [w for w in clause if YEAR.fullmatch(w)]
        rest = [w for w in clause if not YEAR.fullmatch(w) and not self._plain(w)]
        return len(years) == 1 and any(YEAR.fullmatch(w) for w in before) and \
            0 < len(rest) <= PARALLEL_NAME and self._names(rest).particular and not any(
                (named := self._names([w])).other and not named.particular for w in rest)

    def _narrows(self, clauses: list[list[str]]) -> bool:
        """Whether these words only say what is counted in or left out, naming nothing of
        their own ("Indonesia termasuk?" asks whether Indonesia is one)."""
        words = [w for c in clauses for w in c]
        return len(words) <= NARROWING_WORDS and not _NARROWS.isdisjoint(words) and not \
            self._names(words).particular

    def _read_statements(self, stem: str, items: list[str]) -> Message:
        """Each statement a claim to check, read with the stem (which names the OIC) as
        context ("1. OKI didirikan di Jakarta" got the PUIC conference in Jakarta, not where
        the OIC was founded)."""
        found, left = self._strip(self._words(stem))
        context = " ".join(left)
        said = [" ".join(self._words(item)) for item in items]
        # (a stem naming one thing, "Consider the following statements about the IPHRC", is
        # what a statement naming nothing is about: "It has 18 members" alone got the OIC's)
        of_stem = self._names(left).particular
        questions = tuple(Question((f"{context} {s}",) if of_stem and (
            s.split()[0] in _POINTERS or not self._names(s.split()).particular)
            else _unique(s, f"{context} {s}".strip()), yes_no=True)
                          for s in said[:MAX_STATEMENTS] if s)
        return Message(tuple(dict.fromkeys(found)), questions, " ".join([context, *said]).strip())

    def _questions(self, sentences: list[tuple[bool, list[list[str]]]], content: str
                   ) -> list[Question]:
        narrowed: list[tuple[bool, list[list[str]]]] = []
        for asks, clauses in sentences:
            if narrowed and narrowed[-1][0] and self._narrows(clauses):
                narrowed[-1] = (True, narrowed[-1][1] + clauses)
            else:
                narrowed.append((asks, clauses))
        sentences = narrowed
        asking = [clauses for asks, clauses in sentences if asks]
        if not asking:
            return [Question((content,))] if content else []
        questions: list[Question] = []
        previous = ""
        stated = [w for asks, cs in sentences if not asks for c in cs for w in c]
        for clauses in asking:
            sentence = " ".join(" ".join(c) for c in clauses)
            if not previous and (ranked := self._another_of_stated(stated, sentence.split())):
                # "Gaye was the third secretary-general. the fourth?", "The 50th CFM was in
                # Yaoundé. and the latest?": another of what was stated, by its rank or number
                # (read with the statement, it got the one stated)
                questions.append(Question((ranked,)))
                previous = ranked
                continue
            if previous and all(self._plain(w) for c in clauses for w in c):
                # "mesir pernah dikeluarin dr oki ya? knp": a follow-up with no subject of its
                # own asks about the one before (alone, "knp" got why the OIC was founded)
                swapped = self._other_side(previous.split(), sentence.split())
                if swapped is None and (sides := self.both_sides(sentence, start=0)):
                    # ("Siapa sekjen OKI ke-5? sebelum dan sesudahnya siapa?": each side of
                    # the one the first named, pointed back at; it got the one before alone)
                    questions.extend(Question((f"{previous} {_pointing_back(side)}",))
                                     for side in sides)
                    continue
                ranked = self._other_rank(previous.split(), sentence.split())
                questions.append(Question((" ".join(swapped),) if swapped is not None
                                          else _unique(ranked, f"{previous} {sentence}")))
                continue
            previous = sentence
            words = sentence.split()
            if self._ours_has(stated) and len(asking) == 1 \
                    and len(words) <= POINTED_WORDS and any(map(possessed, words)) and not (
                        (naming := self._names(words)).oic or naming.other):
                # "OKI punya komisi HAM. Apa namanya?": the name of what the OIC was said to
                # have, not the OIC's (alone, "apa namanya" got the OIC's name change)
                questions.append(Question((content,)))
                continue
            own: list[list[str]] = []
            passed: list[str] = []  # (clauses after the one asking, not yet part of it)
            topic: list[str] = []  # "Kalo Arab Saudi, ...": what the next clause asks of
            for clause in clauses:
                if own and self._narrows([clause]):
                    own[-1] = own[-1] + passed + clause
                    passed = []
                elif self.asks(clause):
                    own.append(topic + clause)
                    passed = topic = []
                elif not own and clause[0] in _AS_FOR and len(clause) <= ALSO_WORDS and \
                        self._names(clause).particular:
                    # (alone, "berapa kali jadi tuan rumah KTT luar biasa" got the meetings
                    # Indonesia hosted)
                    topic = clause
                elif own and EITHER.intersection(clause) and self._names(clause).particular:
                    # "Who was Secretary-General first, Laraki or Belkeziz?": the choice
                    # offered is part of the question (alone, it got the first of all)
                    own[-1] = own[-1] + clause
                elif own and clause is clauses[-1] and any(YEAR.fullmatch(w) for w in clause):
                    # "List all OIC summits, ordinary and extraordinary, held between 2010
                    # and 2020.": years said last narrow what is asked (and so do the words
                    # between; alone, it got every summit)
                    own[-1] = own[-1] + passed + clause
                    passed = []
                elif own and (self.asks_beside(clause) or clause[0] in _FOLLOWING_UP) and all(
                        self._plain(w) or w.isdigit() or _ORDINAL.fullmatch(w) for w in clause):
                    # "Who was the 9th SG of the OIC, and the one before?", "KTT ke-13 diadakan
                    # dimana, kalau yang ke-14?": the one beside or after the one asked about
                    # is a question of its own (read as part of the first, it was dropped)
                    own.append(clause)
                    passed = []
                elif own:
                    passed += clause
            if not own and len(clauses) > 1 and tuple(clauses[0][:2]) in _IN_TERMS:
                # (the respect asked in is part of a clause to complete: "Dari segi jumlah
                # anggota, OKI menempati urutan kedua terbesar setelah organisasi ...")
                own = clauses = [[w for c in clauses for w in c]]
            listed = clauses[:-1]
            if own == clauses[-1:] and len(listed) >= 2 and CHOOSING_WORDS.intersection(
                    own[0]) and _BESIDES.isdisjoint([*own[0], *listed[0]]) and all(
                    len(c) <= LISTED_OPTION and self._names(c).particular for c in listed):
                # "SESRIC, IRCICA, ICDT, IUT - which one sits in Ankara?": the names listed
                # first are the choices asked among (alone, the last got IUT's row)
                own = clauses = [[w for c in clauses for w in c]]
            if len(own) > 1 and own[-1][0] in INVERTED and len(own) == len(clauses) and not \
                    any(INVERTED.intersection(c) for c in own[:-1]):
                # "At which session, and in which city, was the Secretary-General elected?":
                # asking phrases put first, with no verb of their own, belong to the clause
                # that ends the question ("What is X, and did it work?" is two questions)
                own = clauses = [[w for c in clauses for w in c]]
            if not own and len(clauses) > 1 and (clauses[-1][0] in _FOLLOWING_UP or (
                    _ALSO.intersection(clauses[-1]) and len(clauses[-1]) <= ALSO_WORDS
                    and self._names(clauses[-1]).particular)):
                # "Sekjen ke-7 Laraki, kalau ke-8?", "albania anggota penuh, bosnia juga
                # kan?": what is said first is what the follow-up is asked beside, no question
                # of its own (they got Laraki's row, and "Ya." for Albania alone)
                own = clauses = [[w for c in clauses for w in c]]
            if not own and len(clauses) > 1 and EITHER.intersection(clauses[-1]) \
                    and self._names(clauses[-1]).particular \
                    and all(w in EITHER or not self._plain(w) for w in clauses[-1]):
                # "Yg lebih dulu jd sekjen, Gaye atau Chatty?": the choice offered after a
                # question asked by "yang" alone is part of it (alone, the question got the
                # first Secretary-General of all); names only, no headline's "or just
                # Pakistan's echo chamber?"
                own = clauses = [[w for c in clauses for w in c]]
            # (no clause asks and one points at the options: "Di antara negara berikut, yang
            # paling awal bergabung dengan OKI adalah ...." is one question, not two)
            pointing = not own and any(_FOLLOWING.intersection(c) for c in clauses)
            own = own or clauses
            if not pointing and not questions and (topics := self._topics_listed(clauses)):
                questions += [Question((topic,)) for topic in topics]
                continue
            parts = [" ".join(" ".join(c) for c in clauses)] if pointing else \
                self._split_two(own)
            if questions:  # a later sentence: "KTT OKI terakhir dimana? siapa yg mimpin?"
                questions += [self._later(questions[0].text, part) for part in parts]
                continue
            whole = [content] if len(asking) == 1 else []
            first = parts[0].split()
            before = [w for c in clauses if c not in own for w in c]
            # (a longer one, the name of something in particular: "bayt mal al quds agency,
            # set up which year and by whom?" got the OIC's founding)
            asked_at = next((i for i, c in enumerate(clauses) if c in own), len(clauses))
            put_first = before == [w for c in clauses[:asked_at] for w in c]
            labelled = (len(before) <= LABEL_WORDS or (
                len(before) <= NAME_LABEL_WORDS and put_first
                and self._names(before).particular)) and (EITHER | _AND | _BETWEEN).isdisjoint(
                    before)
            then = _without_then(first)
            years = [w for w in (*before, *(w for asks, cs in sentences if not asks
                                             for c in cs for w in c)) if YEAR.fullmatch(w)]
            if then is not None and len(parts) == 1 and len(set(years)) == 1:
                # "March 2019, New Zealand mosque attacks: who was Secretary-General then?":
                # alone, it got today's; with all the words before, an attack no entry knows
                questions.append(Question(_unique(" ".join([years[0], *then]), *whole)))
                continue
            if len(parts) == 1 and len(set(years)) == 1 and (
                    dated := _with_year(first, years[0])) is not None:
                # ... and so is "that year" within it ("Tahun 2016 Iyad Madani mundur. KTT OKI
                # reguler tahun itu diadakan di kota apa?" got Madani)
                questions.append(Question(_unique(" ".join(dated), *whole)))
                continue
            told = before or [w for asks, cs in sentences if not asks for c in cs for w in c]
            if then is not None and len(parts) == 1 and told and not self.asks(told):
                # "KTT OKI ke-5 diadakan di Kuwait, siapa sekjen OKI saat itu?": the time is
                # what the clause (or the sentence) before tells (read whole, Kuwait was taken
                # for the Secretary-General's country)
                questions.append(Question(_unique(" ".join([*then, "when", *told]), *whole)))
                continue
            sides = _set_apart(before) if put_first and len(parts) == 1 else None
            if sides and _WEIGHING.isdisjoint(first) and not self._names(first).particular \
                    and not any(self._names_org(side.split()) for side in sides):
                # "piagam OKI pertama vs piagam baru: what are the years and where adopted?":
                # asked of each of two set side by side, not weighing one against the other
                # (read whole, it got the current Charter only)
                questions.append(Question(_unique(f"{sides[0]} {parts[0]}", *whole)))
                questions.append(self._later(questions[-1].text, f"{sides[1]} {parts[0]}"))
                continue
            if before and self._one_of_before(first):
                # ... and one of several counted before is asked of them, the count left out
                # ("sekjen oki ada 12 orang, yang pertama siapa?": the 12 explain nothing)
                subject = [w for w in before if not (w.isdigit() or w in _COUNT_SAID)]
                lead = f"{' '.join(before)} {parts[0]}"
                questions.append(Question(_unique(f"{' '.join(subject)} {parts[0]}", lead,
                                                  *whole)))
                questions += [self._later(lead, part) for part in parts[1:]]
                continue
            if put_first and before[:1] and before[0] in _OUT_OF and any(
                    w.isdigit() for w in before) and len(parts) == 1 and self._names_org(first):
                # "dari 57 anggota OKI, brp yg anggota PBB?": the ones counted among, read with
                # a question naming another organisation (alone, "brp yg anggota PBB" got the
                # UN's ties with the OIC)
                questions.append(Question(_unique(f"{' '.join(before)} {parts[0]}", *whole)))
                continue
            stated = [w for asks, cs in sentences if not asks for c in cs for w in c]
            ours = self._said_of_ours_alone(stated) if whole and content != sentence else \
                self._said_of_ours_alone(before) if put_first and before else None
            if ours and len(parts) == 1 and (pointer := self._pointer(first)) is not None and (
                    possessed(first[pointer]) or first[pointer] == "its" or (
                        first[pointer] in IT and not before)):
                # "The OIC was founded in 1969 in Rabat. What triggered it?": "it" is the OIC,
                # what the sentence before is said of (read whole, it got the Rabat summit;
                # alone, "what was it called before" got the CFM's old name); so is "its", "-nya"
                # after a clause ("oki dibentuk th 1969 di rabat, trus sekjen pertamanya
                # siapa?" got the Rabat summit; not "it": "the oic has its own army, how big is
                # it" asks of the army)
                questions.append(Question(_unique(
                    " ".join(_named_as(w, ours) for w in first), content)))
                continue
            if before and _its_name(first) and self._ours_has(before):
                # "OKI punya program aksi 10 tahun, apa namanya dan kapan disahkan?": the name
                # of what the OIC is said to have, and what more is asked of it (alone, "apa
                # namanya" got the OIC's old name)
                lead = " ".join(before)
                questions.append(Question((lead,)))
                questions += [self._later(lead, part) for part in parts[1:]]
                continue
            if before and self._points_at_it(first, before, bare=labelled):
                # "The Cairo summit of 2013: which number was it and what were its dates?",
                # "Sec-Gen Taha, where was he born?": alone, the clause that asks got the
                # OIC's member count, its founding date; so did one not even pointing, after a
                # label ("IRCICA: when set up and where based?")
                lead = f"{' '.join(before)} {parts[0]}"
                questions.append(Question(_unique(lead, *whole)))
                questions += [self._later(lead, part) for part in parts[1:]]
                continue
            back = bool(whole) and content != sentence and self._points_at_it(first, stated)
            reacting = bool(whole) and content != sentence and bool(stated) \
                and len(first) <= SHORT_ASKING and not _REACTING.isdisjoint(first)
            if back or reacting or (whole and content != sentence
                                    and len(first) <= SHORT_ASKING
                                    and self._points_at_it(first, stated, bare=True)):
                # "Guyana is in the OIC. When did it join?": the same, a sentence before
                # (alone, "when did it join" got Indonesia's membership history); so does a
                # short question naming nothing ("KTT pertama 1969 di Kairo. Siapa yang
                # memimpin?" got the Secretary-General now). What "it" points at is read
                # first with only the words naming it ("Thailand has a large Muslim minority
                # in the south. What is its standing?": the rest are words no answer explains),
                # when that is something in particular (not "KTT", a table's word)
                named = self._named(stated) if back else []
                # (with the numbers that say which: "Jakarta hosted the 16th summit in 2025.
                # What was its theme?" was read "jakarta summit ...", the 2016 one)
                which = [w for w in stated if any(c.isdigit() for c in w)]
                alone = [" ".join([*(w for span in named for w in span), *which, sentence])] \
                    if named and self._names(named[0]).particular else []
                questions.append(Question(_unique(*alone, content)))
                continue
            if not whole and stated and self._points_at_context(first):
                # ... and so is one with more questions after it: "The 24th CFM was in
                # Jakarta in 1996. Who became SG at that meeting? ..." read alone got the one
                # Secretary-General whose record says "meeting"
                questions.append(Question((" ".join([*stated, sentence]),)))
                continue
            if len(parts) > 1 and not (whole and content != sentence
                                       and self._points_at_context(first)):
                # Context ("saya mahasiswa semester 3, ...") goes with the first question only.
                context = " ".join(" ".join(c) for c in clauses if c not in own)
                questions.append(Question(_unique(parts[0], f"{context} {parts[0]}".strip())))
                questions += [self._later(parts[0], part) for part in parts[1:]]
                continue
            if whole and content != sentence and self._points_at_context(first):
                # "India attended the CFM as guest of honour in 2019. Where was that meeting
                # held?": alone, "that meeting" got the meetings Indonesia hosted (and it is
                # never asked alone: what it points at is not in it)
                questions.append(Question((content,)))
                continue
            if own is not clauses and len(parts) == 1 and not _PERSON_POINTED.isdisjoint(
                    first) and any(c not in own for c in clauses):
                # "siti ruhaini dzuhayatin, what was her role in the oic": "her" is the one
                # named before (alone, it got the OIC's role)
                questions.append(Question(_unique(sentence, *whole)))
                continue
            if own is not clauses and any((c[0] in _AS_ROLE and self._names(c).particular)
                                          or (c is clauses[0] and not self._names(first).oic
                                              and (c[0] in _AT_TIME or (
                                                  c[0] in _AT_MEETING
                                                  and self._names(c).particular
                                                  and any(w.isdigit() for w in c))))
                                          or (c is clauses[0] and c[0] in _AT_MEETING
                                              and len(c) <= PLACE_WORDS
                                              and self._names(c).other
                                              and not self._names(c).oic)
                                          for c in clauses if c not in own):
                # "Sebagai ketua COMCEC, apa yang sudah dilakukan Indonesia?": a role it gives
                # is a premise, read with the question (alone, it got Indonesia's roles), and
                # so is a time set first, of a question not naming the OIC itself ("setelah
                # ganti nama, lambang oki apa?" asks for the emblem), and a meeting named first,
                # and where, in a few words ("Di ASEAN, berapa negara yg jadi anggota OKI?" got
                # the count of all members)
                questions.append(Question(_unique(sentence, *whole)))
                continue
            if own is not clauses and len(parts) == 1 and clauses[0] not in own and (
                    clauses[0][0] in SET_ASIDE or clauses[0][:2] == ["other", "than"]) \
                    and _OTHERS_ASKED.isdisjoint(first):
                # "Selain KTT Rabat, KTT OKI mana saja yang diadakan di Maroko?": what is set
                # aside first is read with the question, where a table leaves it out (alone, it
                # listed Rabat's with the others), else the question alone (not one asking the
                # others itself: "..., apa lagi yang diputuskan")
                questions.append(Question(_unique(sentence, parts[0])))
                continue
            if own is not clauses and len(parts) == 1 and not self._names(first).particular \
                    and any(c[0] in _IF for c in clauses[:asked_at]):
                # "Kalau anggotanya tidak bayar iuran, bagaimana OKI bisa jalan?": a condition
                # set first is what a question naming nothing in particular is asked under
                # (alone, "bagaimana oki bisa jalan" got the OIC's way of diplomacy; read
                # whole, it offers the OIC's funding)
                questions.append(Question(_unique(sentence, *whole)))
                continue
            says = self._names(first)
            opening = next((i for i, c in enumerate(clauses) if self.asks(c)), 0)
            before_named = any(self._names(c).particular for c in clauses[:opening])
            # ("Thailand is an observer; who else has observer status?": others than it)
            others = before_named and not (says.particular or says.oic) and \
                not OTHERS_THAN_SAID.isdisjoint(first)
            # ("OKI membantu Rohingya, bentuknya apa saja?": what "-nya" points at is the OIC's
            # deed before it, or what it has ("OKI punya forum pemuda, apa namanya?"); alone,
            # "bentuknya apa saja" got why the OIC was formed; not "OKI itu organisasi
            # internasional, markasnya di mana?", the OIC's own)
            leaning = len(first) <= SHORT_ASKING and any(map(possessed, first)) and not (
                says.oic or says.other) and any(self._names(c).oic and (any(map(
                    predicate_shaped, c)) or not _HAVING.isdisjoint(c))
                    for c in clauses if c not in own)
            if own is not clauses and len(parts) == 1 and (
                    leaning or (not (says.oic or says.other)
                     and any(self._names(c).particular or (
                         self._names(c).other and (not _VERSUS.isdisjoint(c) or (
                             self._names(c).oic and not EITHER.isdisjoint(c))))
                             for c in clauses if c not in own))
                    or (before_named and not says.particular and 0 not in self._asking_at(first))
                    or (before_named and says.oic and not (says.other or says.particular)
                        and not self._joining.isdisjoint(first))
                    or others or self._topic_before(first, [c for c in clauses if c not in own])):
                # "Sekjen OKI yang pertama, Tunku Abdul Rahman, menjabat dari tahun berapa?":
                # the clause that asks names nothing, and the one before names what it asks
                # about (alone, it got how long a term is); nor does one that names only the
                # OIC and opens with no question word of its own, as its subject is before it
                # ("Yaoundé, Kamerun, menjadi tuan rumah sidang menlu OKI ke berapa?"), nor
                # one after another organisation set against it ("OIC vs Arab League: which
                # has more members?" got the OIC's member list), or before the two named ("which
                # has more members, the oic or the arab league")
                # (then alone, if it says anything: the widest reading stays last)
                # (and one asking why it is not in the OIC: "india kan muslimnya banyak bgt, knp
                # ga masuk oki?" alone got what it takes to join)
                # ("itu acara apaan", "that was what", "so when will the OIC let it back":
                # what "itu" or "it" points at is before it)
                points_before = first[0] in _POINTING_BEFORE | _POINTING_AFTER or (
                    _points_back(first) and self._names(first).oic) or others or (
                    len(first) <= SHORT_ASKING and not (says.oic or says.other) and all(
                        self._plain(w) or predicate_shaped(w) for w in first)) or leaning
                # (nor what the OIC did, said after what it did it about: "Israel nyerang
                # Qatar, OKI ngapain?" alone got the OIC's role)
                alone = [parts[0]] if not all(map(self._plain, first)) and not points_before \
                    and not (says.oic and _asks_a_deed(first)) else []
                questions.append(Question(_unique(sentence, *alone, *whole)))
                continue
            if own is not clauses and tuple(first[:2]) in _WHAT_ABOUT:
                # "Arab League decisions can bind members; what about OIC ones?": asks the
                # same of something else, so it is read with the clause before (alone, it got
                # what the OIC is)
                questions.append(Question(_unique(sentence, *whole)))
                continue
            if own is not clauses and first[0] in _PREDICATE_FIRST and len(first) <= 5:
                # "The Islamic University of Technology (IUT), an OIC organ, is located in:":
                # the clause that asks has no subject of its own
                questions.append(Question(_unique(sentence, *whole)))
                continue
            if own is not clauses and len(first) <= 2 and self.asks(first) \
                    and asked_at < len(clauses) - 1:
                # "Which CFM, held in Abu Dhabi, invited India for the first time?": two words
                # before an aside only begin the question (alone, they got what the CFM is);
                # not two words last ("kak aku besok ulangan PKn, tolong jelasin OKI" was read
                # whole, and got the OIC's anniversary by "ulang")
                questions.append(Question(_unique(sentence, *whole)))
                continue
            said_before = [c for c in clauses if c not in own]
            if own is not clauses and says.oic and not says.particular and _asks_a_deed(first) \
                    and not all(map(self._plain, (w for c in said_before for w in c))) \
                    and _SELF.isdisjoint(c[0] for c in said_before):
                # "Haniyeh dibunuh, OKI ngapain?": what the OIC did about the event said before,
                # never asked alone (it got the Secretary-General's duties, then the OIC's role)
                questions.append(Question(_unique(sentence, *whole)))
                continue
            if whole and content != sentence and not _INCLUDED.isdisjoint(first) \
                    and self._names(first).particular and self._names(stated).particular:
                # "Komite Al-Quds punya 16 anggota. Indonesia termasuk?": included in what the
                # sentence before names (alone, it got Indonesia's OIC membership, "Ya")
                questions.append(Question(_unique(content, parts[0])))
                continue
            questions.append(Question(_unique(parts[0], sentence, *whole)))
        return questions

    def _points_at_context(self, words: Sequence[str]) -> bool:
        """Whether a question names what it asks about only by pointing at the text before it:
        "*that meeting*", "*KTT tersebut*", "*sidang itu*" (not "apa itu", "oki itu apa", nor
        "menurut *kutipan tersebut*": a quote or a text is no thing the question is about; nor
        "*Deklarasi Jakarta* tersebut", which names it; nor "KTT itu apa", where "itu" marks
        the topic asked about)."""
        pairs = {tuple(words[at:at + len(p)]) for p in _TIME_POINTED for at in range(len(words))}
        return not self._names(words).particular and (bool(pairs & _TIME_POINTED) or any(
            word in _PERSON_POINTERS  # "Gaye headed the secretariat. Which country was *he* from?"
            or (word in _POINTING_BEFORE and at + 1 < len(words) and not self._plain(words[at + 1]))
            or (word in _POINTING_AFTER and (at == 0 or not self._plain(words[at - 1]))
                and not (at + 1 < len(words) and _starts(words, at + 1, self._asking)))
            for at, word in enumerate(words)))

    def said_of_ours(self, words: Sequence[str]) -> str | None:
        """The OIC's name a statement opens with ("The OIC was founded in 1969 in Rabat"; not
        "Nama OKI diganti": the name was; nor "Ada yang bilang OKI ...": what they say was)."""
        opening = [w for w in words[:2] if w != "the"][:1]
        return opening[0] if opening and opening[0] in self._our_words else None

    def _said_of_ours_alone(self, words: Sequence[str]) -> str | None:
        """The OIC's name a statement opens with, where what it says of it is where or when
        ("OKI dibentuk th 1969 di Rabat"), no thing of its own ("OKI punya badan ketahanan
        pangan", "the OIC statistics centre": "-nya", "its" after them are the body's; so in
        "OKI punya universitas di Bangladesh, namanya apa?", which asked the OIC's name)."""
        ours = self.said_of_ours(words)
        if ours is None:
            return None
        rest = words[list(words).index(ours) + 1:]
        named = self._names(rest)
        # (where: a place after "in", "di"; not whom it did something for: in "OKI membantu
        # Palestina, bentuknya apa saja?", "-nya" is the help's, and it got the OIC's aims)
        where = any(w in _AT_MEETING and self._names(rest[at + 1:at + PLACE_WORDS]).particular
                    for at, w in enumerate(rest))
        return ours if (where or any(map(YEAR.fullmatch, rest))) and not (
            named.other and not named.particular) and _HAVING.isdisjoint(rest) else None

    def _pointer(self, words: Sequence[str]) -> int | None:
        """Where a question points with "it", "its", "he", "they", "there" or "-nya"."""
        return next((at for at, w in enumerate(words)
                     if (w in _POINTERS and w not in _POINTING_AFTER) or possessed(w)
                     # ("siapa ketua KTT-nya?": its summit, the one named before; not
                     # "kedudukan nya", its standing, said of what the question names)
                     or (w == "nya" and at and self._names(words[at - 1:at]).other)
                     or (w == "there" and (at == 0 or words[at - 1] not in _BEING))), None)

    def _points_at_it(self, words: Sequence[str], before: Sequence[str], bare: bool = False
                      ) -> bool:
        """Whether a question names nothing and points with "it", "its", "he", "they", "there"
        or "-nya" (or, ``bare``, not even that), and the words before it name something
        besides the OIC first (after "The OIC was founded in 1969." or "If the OIC can't punish
        Israel, ...", "it" is the OIC, and the question reads well alone)."""
        pointer = self._pointer(words)
        if pointer is None and not bare:
            return False
        # (the OIC named before the pointer is what it points at: "OKI anggotanya berapa";
        # named after it, it is where the thing pointed at stands: "its standing in the OIC")
        # (a kind of thing named is not what "it" is: "COMCEC: who *chairs* it?")
        named = self._names(words)
        if pointer is None and named.other and not named.particular and not named.oic \
                and (self._names(before).particular or any(map(YEAR.fullmatch, before))):
            # ... but after a label naming one thing, a question naming only its kind asks
            # about that one ("Putrajaya 2003: what was the summit's theme?" got the Jakarta
            # summit's; "The 2008 Charter: at which summit?", the list of summits)
            return True
        # ("what did the OIC say *about it*", "sikap OKI *terhadapnya*": what "it" follows
        # is not what it is)
        about = pointer is not None and (
            (pointer > 0 and words[pointer - 1] in ABOUT)
            or words[pointer].removesuffix("nya") in ABOUT - {"soal"})  # ("soalnya": because)
        # (something named after a thing's "-nya" is not what it points at: "Tanggal 15
        # September 2025 ada KTT darurat di Qatar, *isinya* minta apa ke OKI soal Israel?";
        # "it", "sebenarnya" (actually) may point at what follows, "why was it named after X")
        owned = pointer is not None and possessed(words[pointer]) \
            and not self._plain(words[pointer])
        if (self._names(words[:pointer]).particular if owned else
                named.particular if pointer is not None else named.other) or (
                named.oic and (pointer is None or self._names(words[:pointer]).oic)
                and not about):
            return False
        # ("there" is never the OIC: "49th OIC foreign ministers meeting, who took over the
        # chair there?" points at the meeting)
        there = pointer is not None and words[pointer] == "there"
        # (nor the OIC after the number opening a label: "The 42nd meeting of OIC foreign
        # ministers, in which city was it?" points at the meeting)
        there = there or any(_ORDINAL.fullmatch(w) for w in before[:2])
        if bare and self._names(before).particular:
            return True  # a label naming one thing, the OIC's ("OIC contact group on kashmir:
            # who are the members?" got the OIC's 57; "the OIC food security body (IOFS),
            # where's its seat ...?", the OIC's seat)
        # ("they" is never the OIC, one body: "OIC standing committees: what are they and who
        # chairs each?" got the summit's chair now)
        plural = pointer is not None and words[pointer] in _PLURAL
        for end in range(1, len(before) + 1):
            named = self._names(before[:end])
            if named.other or (named.oic and not there):
                return not named.oic or there or (plural and end < len(before))
        return False

    def _asked_the_same(self, first: Sequence[str], later: Sequence[str]) -> str:
        """The first question asked of what a later one names, where the later names only
        something in particular and asks nothing the first does not ("Thailand sejak
        kapan?" after "Sejak kapan Rusia jadi pengamat OKI?"): the first with its own named
        thing swapped for the later's; else ""."""
        theirs = self._named(later)
        ours = [span for span in self._named(first) if self._names(span).particular]
        said = {w for span in theirs for w in span}
        if len(theirs) != 1 or len(ours) != 1 or not self._names(theirs[0]).particular \
                or not all(w in said or self._plain(w) or w in first for w in later):
            return ""
        own = set(ours[0])
        return " ".join([*(w for w in first if w not in own), *theirs[0]])

    def _one_of_before(self, words: Sequence[str]) -> bool:
        """Whether a question picks one of things told before and names nothing else: "OIC-2025
        punya 18 bidang prioritas, *yang pertama apa*?" (alone, it got the first Charter)."""
        picks = [w for w in words if not self._plain(w)]
        return len(picks) == 1 and picks[0] in _ONE_OF

    def _named(self, words: Sequence[str]) -> list[Sequence[str]]:
        """The words naming each thing ``words`` name besides the OIC, in the fewest words
        that name it in particular, else at all ("guyana" in "Guyana is in the OIC";
        "indonesia", "al quds committee" in "Indonesia sits on the Al-Quds Committee")."""
        found: list[Sequence[str]] = []
        done = 0
        for end in range(1, len(words) + 1):
            if self._names(words[done:end]).other:
                naming = [(start, self._names(words[start:end]))
                          for start in range(end - 1, done - 1, -1)]
                start = next((start for start, named in naming if named.particular), None)
                if start is None:
                    # (a kind, with the words before it that say which: "foreign ministers
                    # conference", not "conference", a summit)
                    start = next(start for start, named in naming if named.other)
                    while start > done and not self._plain(words[start - 1]) \
                            and not self._names(words[start - 1:start]).oic:
                        start -= 1
                found.append(words[start:end])
                done = end
        return found

    def _other_side(self, first: list[str], words: list[str]) -> list[str] | None:
        """The first question asked of the other side of what it named, where ``words`` say
        nothing but that side: "Sekjen sebelum Pirzada siapa? dan sesudahnya?" asks who came
        after Pirzada (read with the first's words, it got Chatty again, and was dropped);
        else ``None``."""
        sides = {_SIDE[w] for w in words if w in _SIDE}
        said = [i for i, w in enumerate(first) if w in _SIDE]
        if len(sides) != 1 or len(said) != 1 or not all(map(self._plain, words)) \
                or _SIDE[first[said[0]]] in sides:
            return None
        return [*first[:said[0]], _OTHER_SIDE[first[said[0]]], *first[said[0] + 1:]]

    def _another_of_stated(self, stated: list[str], words: list[str]) -> str:
        """What a question naming only a rank or a number asks of the kind a statement
        before it ranked or numbered, its names and places left out; else ""."""
        ranks = [w for at, w in enumerate(words) if _rank_or_number(words, at)]
        # (a number before what it counts is a count, no rank: "Ada 4 komite tetap. yang kedua
        # apa?" got the Committee of Permanent Representatives)
        if not ranks or _SIDE.keys() & set(words) or not any(
                _ranks(stated, at) or nth_named(w) or self._numbers(stated, at)
                for at, w in enumerate(stated)):
            return ""
        kind = self._kinds_named(stated)
        if not kind or not all(_rank_or_number(words, at) or self._plain(w) or w in kind
                               for at, w in enumerate(words)):
            return ""
        # (not one beside it: "KTM ke-47 di Niamey. setelahnya KTM ke-48 di mana?"; and the
        # rank right after the kind: "cfm what about 40" was not read as the 40th)
        return " ".join([*kind, *ranks, *(w for w in words if w not in ranks and w not in kind)])

    def _numbers(self, words: list[str], at: int) -> bool:
        """Whether the word at ``at`` is a number naming one of a kind said before it ("CFM
        38", "KTT ke 14"; not a year)."""
        return words[at].isdigit() and not YEAR.fullmatch(words[at]) and at > 0 and (
            words[at - 1] in NUMBERING or self._names(words[at - 1:at]).other)

    def _kinds_named(self, words: list[str]) -> list[str]:
        """The words naming a kind of thing, not one in particular ("secretary general", not
        "tunku abdul rahman"), longest first."""
        kind: list[str] = []
        at = 0
        while at < len(words):
            size = next((size for size in range(KIND_WORDS, 0, -1)
                         if at + size <= len(words) and not any(
                             _rank_or_number(words, i) for i in range(at, at + size))
                         and (named := self._names(words[at:at + size])).other
                         and not named.particular), 0)
            kind += words[at:at + size]
            at += size or 1
        return kind

    def _other_rank(self, first: list[str], words: list[str]) -> str:
        """The first question asked of another one in its series, where ``words`` name it by
        rank or time: "sekjen oki pertama siapa? yg sekarang siapa?" asks who is
        Secretary-General now (read with "pertama", it got the first again, and was dropped);
        else ""."""
        if not any(_ranks(words, at) for at in range(len(words))) or not any(
                _ranks(first, at) for at in range(len(first))):
            return ""
        return " ".join([*(w for at, w in enumerate(first) if not _ranks(first, at)), *words])

    def _ours_has(self, words: Sequence[str]) -> bool:
        """Whether words say the OIC has something ("OKI punya ...", "OKI ada ... gak",
        "does the OIC have ...")."""
        return (not _HAVING.isdisjoint(words) or any(
            a in self._our_words and b == "ada" for a, b in itertools.pairwise(words))) \
            and self._names(words).oic  # (the words first: naming reads them)

    def _later(self, first: str, part: str) -> Question:
        """A later question of a message. One that names nothing of its own or points back
        ("siapa yg mimpin?", "who chairs it", "perannya") asks about what the first question
        named: read first with those words (alone, "who chairs it" got the OIC's chair, "dr
        negara mana" where the OIC's money comes from), then with the whole first question.
        Where the first question is about the OIC itself, it stands alone first ("bahasa resmi
        oki apa, terus lambangnya?"). One that names nothing may still ask something the
        first answer does not say ("who was the first SG and who is the current one?"): it
        keeps itself, alone, for that case."""
        words = part.split()
        years = {w for w in first.split() if YEAR.fullmatch(w)}
        if len(years) == 1 and (dated := _with_year(words, *years)) is not None:
            # ("who was OIC secretary general in 2015, and which country chaired the summit
            # that year?": the year the first named; read with the first's words, it got the
            # Secretary-General again, and the chair was dropped)
            part = " ".join(dated)
            words = dated
        if words[-1:] == ["one"] and _BECOMING.intersection(words[-2:-1]):
            # "How many observer states are there, and when did Russia become one?": one of
            # what the first counted (alone, "become one" named nothing)
            part = " ".join([*words[:-1], self._subject(first.split())])
            words = part.split()
        then = _without_then(words)
        if then is not None:
            # "Where was the 5th summit held and who was Secretary-General then?": at what
            # the first question named ("when" dates an office by a meeting or an event: "at"
            # read "Kapan Mesir diskors dan siapa Sekjen OKI waktu itu?" as the Egyptian one)
            # ("who are the observers then?" may mean "in that case": alone, if that fails)
            return Question(_unique(f"{' '.join(then)} when {first}", f"{first} {part}"),
                            alone=part, dated=True)
        # ("... dan di mana komite itu bersidang?": the committee the first one named; alone,
        # it got the finance committee)
        # ("keputusan itu" points at what the first named, not at the OIC: "di kota apa
        # keputusan itu diambil?" after "Kapan OKI ganti nama", read alone first, got the
        # decisions of the Doha summit of 2025)
        at_thing = not _points_back(words) and self._points_at_context(words)
        pointing = at_thing or _points_back(words)
        if not pointing:
            named = self._names(words)
            # ("KTT ke-12 dimana dan siapa yg jadi ketua?": a table's word alone, "ketua", is
            # what the first one named has, not today's chair)
            table_only = named.other and not (named.oic or named.particular) and not any(
                w.isdigit() for w in words) and self._names(first.split()).particular
            if (named.oic or named.other) and not table_only:
                parallel = self._asked_the_same(first.split(), words)
                # (one naming only something else, asking nothing of its own, asks what the
                # first asked of it: "Sejak kapan Rusia jadi pengamat OKI? Thailand sejak
                # kapan?" dropped Thailand's)
                return Question(_unique(part, parallel), parallel=True) if parallel \
                    else Question((part,))
        first_named = self._names(first.split())
        ours = next((w for w in first.split() if w in self._our_words), None)
        if not pointing and not _MEMBERS.isdisjoint(words) and not _HEADS.isdisjoint(
                first.split()):
            # (an office holder has no members: "who is the secretary general and how many
            # members are there" counted the Secretaries-General)
            return Question(_unique(part, f"{first} {part}"), parallel=True)
        said = first.split()
        its_name = _its_name(words)
        if ((pointing and any(map(possessed, words))) or its_name) and self._ours_has(said) \
                and (_COUNTING | _PAIRED_ASKS).isdisjoint(said):
            # ("OKI punya pengadilan sendiri gak? namanya apa": "-nya" is what the OIC was
            # asked whether it has, not the OIC; alone, "namanya apa" got its old name; not
            # after a count: "OKI punya berapa anggota? siapa sekjennya?"); its name alone is
            # what the first's answer tells ("OKI punya piagam? apa namanya" read whole got
            # the OIC's old name beside the Charter, "... a development bank? name?" too)
            return Question((first,) if its_name else (f"{first} {part}",))
        if pointing and first_named.oic and not _MEMBERS.isdisjoint(words):
            # (members are the OIC's, not its chair's: "siapa ketua oki dan berapa anggotanya"
            # got the Executive Committee's; and "it" is the OIC: "what year did the oic start
            # and how many countries are in it today" lost its second question)
            pointed = [_named_as(w, ours) for w in words] if ours is not None else words
            return Question(_unique(part, " ".join(pointed), f"{first} {part}"))
        if pointing and first_named.oic and not first_named.other and _PLURAL.isdisjoint(words) \
                and not at_thing:  # (not "keputusan itu": a thing the first named)
            # after a question about the OIC, "-nya" is most often the OIC ("bahasa resmi oki
            # apa, terus lambangnya?"); "they" is not (the members asked about: "Which OIC
            # members are in South America and when did they join?" got Indonesia's); and, of
            # what every body has, it is read with the OIC's name before the whole first
            # question, whose words may fit another ("How many members does the OIC have and
            # who leads it?" got the human rights commission's, its members counted and chair)
            # ("... and who founded it": "it" is the OIC too, when read alone it names nothing
            # and read with the first asks nothing more: "when was the oic founded and who
            # founded it" lost its second question)
            pointed = [_named_as(w, ours) for w in words] if ours is not None and any(
                w.removesuffix("nya") in _EVERY_BODY_HAS or w in IT for w in words) and not (
                    _WHICH_ONE.intersection(said) and _A_MEMBER.intersection(said)) else []
            return Question(_unique(part, *([" ".join(pointed)] if pointed else []),
                                    f"{first} {part}"))
        # (what the first asked of its subject, where it sits or who heads it, is not part of
        # it: "Where is the OIC based, and how many members are there?" was read "oic based how
        # many members", and got the PUIC's, "based" in Tehran)
        subject = " ".join(w for w in self._subject(first.split()).split()
                           if w not in _EVERY_BODY_HAS)
        if not (_RANKING | _NOW).isdisjoint(words) or any(map(_ORDINAL.fullmatch, words)) \
                or any(map(YEAR.fullmatch, words)):
            # ("Where was the first summit held and where was the latest one?": the latest
            # summit, not the first; read with "first" it got the latest CFM; nor the start
            # the first one asked of: "awalnya anggota oki brp trs skrg jd brp" got the
            # founding members twice; nor the newest of a later question naming a year of its
            # own: "Which is the newest OIC member, and who joined in 1969?" got the newest
            # twice)
            # (nor, asked of now, the year the first asked of: "who was secretary general in
            # 2015 and who is it now" got the one of 2015 twice, and the second was dropped;
            # "oki th 1969 anggotanya brp dan skrg brp", the founding members twice)
            now = not _NOW.isdisjoint(words)
            subject = " ".join(w for w in subject.split() if w not in _RANKING | _AT_START
                               and not _ORDINAL.fullmatch(w) and not (now and YEAR.fullmatch(w)))
        elif any(w.removesuffix("nya") in _SEATS for w in words):
            # (where the head named first sits is where the body sits: "Siapa sekjen OKI skrg
            # dan markasnya dimana?", read "sekjen oki sekarang markasnya", got the
            # Secretary-General again, and the seat was dropped)
            subject = " ".join(w for w in subject.split() if w not in _HEADS)
        elif not _NEXT.isdisjoint(words):
            # ("KTT OKI terakhir di mana, terus yang berikutnya di mana?": the next after the
            # latest is the one planned, not the latest again; after a numbered one, the one
            # after it)
            subject = " ".join(w for w in subject.split() if w not in _LATEST)
        # (nor asks why, naming nothing, of anything but what came first: "oki bantu gaza apa
        # aja sih, kok kayaknya diem aja" alone got the OIC's silence on the Uighurs)
        return Question(_unique(f"{subject} {part}".strip(), f"{first} {part}"),
                        alone="" if pointing or not subject or not _WHY.isdisjoint(words)
                        else part)

    def _names_org(self, words: Sequence[str]) -> bool:
        """Whether ``words`` hold another organisation's name ("liga arab", "asean")."""
        return any(tuple(words[i:i + len(name)]) == name for name in self._org_names
                   for i in range(len(words) - len(name) + 1))

    def _subject(self, words: list[str]) -> str:
        """What a question is about: its words without those that ask or say nothing (but
        the "ke" of "ke 4", which makes a number an ordinal: "ktt 4" got today's chair; and
        "now": "Sekjen OKI sekarang lahir di kota apa dan tahun berapa?" asked the year of no
        one in particular, and got the OIC's founding)."""
        asking = set(self._asking_at(words))
        return " ".join(w for i, w in enumerate(words) if i not in asking and (
            not self._plain(w) or w in self._our_words | _LATEST | _NOW
            or (w == "ke" and i + 1 < len(words) and words[i + 1].isdigit())))

    def _asks_only(self, words: Sequence[str], then: Sequence[str]) -> bool:
        """ "At which meeting (and in what year *was* Syria suspended)?": a few asking words,
        naming nothing in particular, with no verb while what follows "and" has one: they ask
        about what the rest says (alone, "at which meeting" got the first foreign ministers'
        conference)."""
        named = self._names(words)
        # (a count of something is asked of its own: "how many members and what are the
        # official languages?" was read as asking how many official languages, and the
        # members' count, not in that answer, got "I could not find that figure")
        counts = not _COUNTING.isdisjoint(words) and _TIMES.isdisjoint(words)
        return len(words) <= ASKING_ONLY and not (named.oic or named.particular or counts) \
            and INVERTED.isdisjoint(words) and not INVERTED.isdisjoint(then)

    def asks_beside(self, words: Sequence[str]) -> bool:
        """Whether ``words`` ask for the one before or after another ("and the one after
        it?"), which no words of their own name."""
        return not (_NEXT | _SIDE.keys()).isdisjoint(words)

    def both_sides(self, text: str, start: int = 1) -> tuple[str, str] | None:
        """ "Siapa sekjen sebelum dan sesudah Pirzada?" as "siapa sekjen sebelum pirzada" and
        "siapa sekjen sesudah pirzada" (read whole, it got the one before alone); ``None``
        where the message joins no two sides (from ``start``: a question opens with no side
        of a thing it has not named)."""
        words = text.split()
        for at in range(start, len(words) - 2):
            side, join, other = words[at:at + 3]
            if side in _SIDE and join in _AND and other in _SIDE and _SIDE[side] != _SIDE[other]:
                return (" ".join([*words[:at + 1], *words[at + 3:]]),
                        " ".join([*words[:at], *words[at + 2:]]))
        return None

    def coordinated(self, text: str, claim: bool = False) -> tuple[str, str] | None:
        """ "What are the founding date and the headquarters of the OIC?" as two questions,
        each with the words asking and the OIC named around them ("what are the founding
        date of the oic", "what are the headquarters of the oic"): two things asked, joined
        as nouns, which no one answer says (it offered the founding dates of ICESCO and the
        IsDB); so are two things a ``claim`` says the OIC has ("the OIC has 56 members and 6
        observers"). ``None`` where the message is not so shaped."""
        words = text.split()
        # ("sama" said for "and" between two ranks: "sekjen oki pertama sama yg sekarang")
        joins = [i for i, w in enumerate(words) if w in _AND or (
            w == "sama" and i and _ranks(words, i - 1) and any(
                _ranks(words, j) for j in range(i + 1, min(i + RANK_REACH, len(words)))))]
        if len(joins) != 1 or _joins_a_pair(words, at := joins[0]) \
                or not _INSTEAD.isdisjoint(words[at + 1:at + 2]):  # ("... and not the ICC")
            return None
        # (the rank after "and" past an article or the thing ranked said again: "and the
        # current", "dan sekjen yang sekarang", "dan yang paling baru")
        # (or the one before the one now: "siapa sekjen oki sekarang dan sebelumnya" got the
        # one before alone)
        other = next((i for i in range(at + 1, min(at + RANK_REACH, len(words)))
                      if _ranks(words, i) or (words[i] in _PREVIOUS and at
                                              and words[at - 1] in _LATEST | _NOW)), None)
        ranked = next((i for i in range(at - 2, max(0, at - RANK_REACH), -1)
                       if words[i] in _LATEST | _NOW), None)
        if other is None and ranked is not None and words[at + 1:at + 2] == ["the"] \
                and words[at + 2:at + 3] and words[at + 2] in _PREVIOUS | _NEXT \
                and words[at + 3:] in ([], ["one"]) and not any(
                    map(self._plain, words[ranked + 1:at])):
            # (the rank before the thing ranked, in English: "Who is the current SG and the
            # previous one?" got the previous one alone)
            return (" ".join(words[:at]),
                    " ".join([*words[:ranked], words[at + 2], *words[ranked + 1:at]]))
        # (the rank before the OIC's name: "siapa sekjen pertama oki dan sekjen yg sekarang"
        # got the first alone)
        rank = at - 1 - (at > 1 and words[at - 1] in self._our_words)
        if at and other is not None and _ranks(words, rank) and all(
                w in _RANK_BEFORE or w in words[:at] for w in words[at + 1:other]) and (
                    not self._names(words).other
                    or not (_LATEST | _NOW | {"baru"}).isdisjoint(
                        [words[rank], words[other]])):
            # ("When were the first and second OIC charters adopted?": the first one's, then
            # the second's; read whole, it got the first alone; a table's rows are named
            # together by their numbers, "Which of the 8th and 9th summits was held in
            # Tehran?", not the first and the latest: "KTT OKI pertama dan terakhir diadakan
            # di mana?" got the first alone)
            before = rank - _most(words, rank)
            after = other - _most(words, other)
            return (" ".join([*words[:at], *words[other + 1:]]),
                    " ".join([*words[:before], *words[after:]]))
        head = 0
        while head < at and (self._plain(words[head]) or _starts(words, head, self._asking)
                             or _starts(words, head, self._openers)
                             or (claim and words[head] in self._our_words)
                             or (head and words[head] in _TIMES)):
            head += 1
        tail = len(words)
        if tail > at + 2 and not self._plain(words[-1]) and words[-1] not in self._our_words:
            tail -= 1  # (a verb closing the question after the OIC: "... has the OIC held")
        while tail > at + 1 and (self._plain(words[tail - 1])
                                 or words[tail - 1] in self._our_words):
            tail -= 1  # (the OIC named last, with the words around it: "... does the OIC have")
        if self._our_words.isdisjoint(words[tail:]):
            tail = len(words)
        first, second = words[head:at], words[at + 1:tail]
        if (head == 0 and tail == len(words)) or not all(
                0 < sum(not self._plain(w) for w in half) <= COORDINATED_WORDS
                and not self.asks(half) and INVERTED.isdisjoint(half)
                and _SIDE.keys().isdisjoint(half) and not (
                    (named := self._names(half)).particular or named.oic
                    or self._names_org(half))
                for half in (first, second)):
            return None
        around = words[:head], words[tail:]
        if around[0] and second[0] == around[0][-1]:
            second = second[1:]  # ("what are the X and the Y": not "what are the the Y")
        return (" ".join([*around[0], *first, *around[1]]),
                " ".join([*around[0], *second, *around[1]]))

    def _topics_listed(self, clauses: list[list[str]]) -> list[str]:
        """The topics an essay prompt lists after its verb, each a question ("Jelaskan
        pengertian OKI, tujuan, dan manfaatnya bagi Indonesia": read as one, it got what the
        OIC is alone); [] if the clauses are no such list."""
        first, *rest = clauses
        ours = next((w for c in clauses for w in c if w in self._our_words), None)
        # (the first a topic too, not fields the rest go on listing: "Jelaskan bentuk-bentuk
        # kerja sama OKI di bidang ekonomi, sosial budaya, dan ilmu pengetahuan!")
        if len(rest) < 2 or ours is None or not self.asks(first) or len(first) > LISTED_TOPIC + 2 \
                or not _FIELDS.isdisjoint(first) or any(
                len(c) > LISTED_TOPIC or self.asks(c) or all(map(self._plain, c))
                # (not choices named: "Which is the newest OIC member: Guyana, Togo or ...?")
                or (len(c) == 1 and self._names(c).particular) or not EITHER.isdisjoint(c)
                # (nor what narrows the first: "List all OIC summits, ordinary and
                # extraordinary, held between 2010 and 2020.")
                or not _AND.isdisjoint(c) or any(w.isdigit() for w in c) for c in rest):
            return []
        verb = first[:1] if first[0] in _EXPLAINING | _LIST_VERBS else []

        def of_ours(words: Sequence[str]) -> list[str]:
            # (each of the OIC: "tujuan" is its aims, "manfaatnya" its benefits)
            if not self._our_words.isdisjoint(words):
                return list(words)
            return [_named_as(w, ours) for w in words] if any(map(possessed, words)) \
                else [*words, ours]
        return [" ".join(of_ours(first)), *(" ".join([*verb, *of_ours(c)]) for c in rest)]

    def _split_two(self, clauses: list[list[str]]) -> list[str]:
        """ "kapan oki berdiri dan di mana markasnya" -> two questions, if each half asks
        something of substance; so are two asking clauses ("oki itu apa, bedanya sama PBB
        apa")."""
        full = [c for c in clauses if len(c) >= 2]
        # (not a condition and what follows it: "Kalau Al-Quds sudah merdeka, Sekretariat OKI
        # akan pindah ke kota ....", read as two, got the OIC's stance on Palestine)
        if len(full) >= 2 and len(full) == len(clauses) and not any(
                c[0] in _IF for c in clauses[:-1]):
            return [" ".join(c) for c in full]
        words = [w for c in clauses for w in c]
        if len(words) > PAIRED_AT + 1 and words[1] in _AND and words[0] != words[2] \
                and {words[0], words[2]} <= _PAIRED_ASKS:
            # "who and when founded the oic": each asked of what follows (the founders alone
            # were told)
            return [" ".join([words[0], *words[3:]]), " ".join([words[2], *words[3:]])]
        for i, word in enumerate(words[1:-1], 1):
            if (word == "sama" or word in _AND) and words[i + 1] == "yang" and i >= 2 \
                    and not (_RANKING | _NOW).isdisjoint(words[i + 2:i + 3]):
                # ("sekjen oki pertama sama yg sekarang": the first and the one now, "sama"
                # said for "dan"; read as one, it got the first alone; so did "Sebutkan sekjen
                # OKI yang pertama dan yang sekarang")
                return [" ".join(words[:i]), " ".join(words[i + 1:])]
            if word in _AND and i >= 2 and not self.asks(words[:i]) \
                    and not (_RANKING | _NOW).isdisjoint(words[:i]) \
                    and not (_RANKING | _NOW).isdisjoint(words[i + 1:i + 3]) and any(
                        w in words[:i] and not self._plain(w) for w in words[i + 1:i + 3]):
                # ("Sekjen pertama dan sekjen sekarang siapa?": the first and the one now, the
                # question word said once at the end; read as one, it got the first alone; not
                # "KTT pertama dan kedua", one question about two rows, nor "the first and the
                # latest summit", whose first half names nothing)
                return [" ".join(words[:i]), " ".join(words[i + 1:])]
            # ("sama" said for "and" after a question closed: "bahasa resmi OKI apa aja sama
            # jumlah negara anggotanya?" got the languages alone)
            if (word in _AND or (word == "sama" and words[i - 1] in _ASKED_LAST)) \
                    and not _joins_a_pair(words, i):
                first, second = words[:i], words[i + 1:]
                # ("sejak kapan dan mengapa Rusia ...": a first half of question words only
                # asks about what the second names: one question; not one asked alike, "how
                # many members and how many observers does the oic have", two)
                if len(first) >= 2 and self.asks(first) and (
                        not all(map(self._plain, first)) or self._names(first).oic) and (
                        (len(second) >= 2 and (self._asking_at(second) or second[0] == "jumlah"
                                               # ("is indonesia a founder of the oic and did
                                               # it host a summit?": two yes/no questions;
                                               # read as one, the first was dropped)
                                               or {first[0], second[0]} <= INVERTED))
                        or _refers_back(second)
                        or (len(second) == 1 and second[0] in _ASKING_ALONE)
                        or (len(second) == 1 and second[0] in _WHY_ALONE
                            and not _ASKING_ALONE.isdisjoint(first))) \
                        and (not self._asks_only(first, second) or first[:2] == second[:2]) \
                        and (not _sharing_a_verb(first, second) or (
                            # (a first half saying the OIC and what it did has its own verb,
                            # one the bot does not read as a verb: "Kapan OKI ganti nama dan
                            # kapan piagam barunya disahkan?" answered the name alone; and
                            # two counts are two: "How many observers and how many members does
                            # the OIC have?" answered the observers alone)
                            len(first) >= OWN_VERB_WORDS and self._names(first).oic)
                            or not _COUNTING.isdisjoint(first)):
                    return [" ".join(first), " ".join(second)]
        return [" ".join(words)]


def _set_apart(words: Sequence[str]) -> tuple[str, str] | None:
    """The two things a label sets side by side ("piagam oki pertama vs piagam baru"), if it
    does."""
    at = next((i for i, w in enumerate(words) if w in _VERSUS), None)
    if at is None or not 0 < at < len(words) - 1:
        return None
    return " ".join(words[:at]), " ".join(words[at + 1:])


def _clause_parts(raw: str) -> list[str]:
    """The clauses of a sentence, split at commas, semicolons and colons, but not in brackets:
    "(Komite Al-Quds, COMIAC, COMCEC, COMSTECH)" names four, one clause (split, the first
    was read alone and got the Al-Quds Committee's row)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(raw):
        depth = max(0, depth + (char == "(") - (char == ")"))
        if not depth and _CLAUSE.fullmatch(char):
            parts.append(raw[start:at])
            start = at + 1
    return [*parts, raw[start:]]


# A clause opening with these says when what follows happened ("Waktu KTT Rabat 1969,
# Indonesia datang gak?")
_WHILE = frozenset("waktu saat ketika pas sewaktu semasa tatkala".split())
# ... or for what ("For the Islamic court statute to enter into force, how many states must
# ratify it?" was read at its last clause, and got the Charter's ratifications; "for ... to" too)
_SO_THAT = frozenset("agar supaya".split())
# ... and one saying before what ("sebelum jadi sekjen oki, hissein taha pernah jadi
# menlu chad ya?" was two questions, the first answered with the Secretary-General now)
_BEFORE = frozenset("sebelum before".split())


def _with_time_clause_joined(clauses: list[list[str]], asks: Callable[[Sequence[str]], bool]
                             ) -> list[list[str]]:
    """A clause saying when, asking nothing, is part of the clause after it: alone it was
    read as a question ("waktu ktt rabat 1969", the summit's row) and the one it dates
    ("Indonesia datang gak?") dropped."""
    joined: list[list[str]] = []
    waiting: list[str] = []
    dated: list[str] = []
    for at, clause in enumerate(clauses):
        if clause[:1] and (clause[0] in _WHILE | _BEFORE | _SO_THAT or _for_to(clause)) \
                and at < len(clauses) - 1 and not asks(clause):
            waiting += clause
            continue
        if at < len(clauses) - 1 and _a_time(clause) and _opens_a_time(clauses[at + 1]):
            # (a date before a clause saying when goes after it, which then still opens with
            # "when": "In June 2011, when the name changed, who was the OIC's
            # secretary-general?" was read as two questions, the second of the one now)
            dated = clause
            continue
        joined.append(waiting + clause + dated)
        waiting, dated = [], []
    return joined


def _for_to(clause: Sequence[str]) -> bool:
    """Whether a clause says what for, as "for the statute to enter into force"."""
    return clause[0] == "for" and "to" in clause[2:]


def _with_bounds(clauses: list[list[str]]) -> list[list[str]]:
    """ "Sebelum 2025, Turki berapa kali ...": a clause that bounds the years of what is
    counted or listed is part of the clause after it (or, last, the one before): alone, it
    was context, and dropped. ("Sebelum tahun 2011, OKI merupakan singkatan dari ...": there
    it is context.)"""
    joined: list[list[str]] = []
    bound: list[str] = []
    counting = any(_COUNTING.intersection(c) for c in clauses)
    for clause in clauses:
        if _bounds_years(clause) and len(clauses) > 1 and counting:
            if joined and clause is clauses[-1]:
                joined[-1] = joined[-1] + clause
            else:
                bound += clause
            continue
        joined.append(bound + clause)
        bound = []
    return joined


# "In 2008, which Senegalese president chaired the summit?": a time alone, opening the question
_AT_A_TIME = frozenset(["in", "on", "pada", "tahun", "year", "the", "bulan", "tanggal", *(
    m.lower() for months in MONTHS.values() for m in months)])


# A time opening the question as the year of an event ("*The year* the Cairo declaration came
# out, who ...?", "*Tahun* nama OKI diganti, siapa ...?"), not a year ("tahun 2011") nor asked
# ("pada tahun berapa")
YEAR_OF_AN_EVENT = (("in", "the", "same", "year"), ("the", "same", "year"), ("in", "the", "year"),
                    ("the", "year"), ("pada", "tahun"), ("tahun",))
WHICH_YEAR = frozenset("berapa brp apa what which kapan".split())


def year_of_an_event(words: Sequence[str]) -> int:
    """How many words open ``words`` as the year of an event (0 if they do not)."""
    for opening in YEAR_OF_AN_EVENT:
        size = len(opening)
        if tuple(words[:size]) == opening:
            return size if len(words) > size and not YEAR.fullmatch(words[size]) \
                and words[size] not in WHICH_YEAR else 0
    return 0


# ... and the longer ways to say so ("*At the time of* the 13th summit, who ...?")
_OPENING_A_TIME = (("during",), ("at", "the", "time"), ("pada", "saat"), ("pada", "waktu"))


def _chosen_from(words: Sequence[str]) -> Sequence[str]:
    """What a clause opening "dari"/"from"/"out of" chooses from; nothing if it opens so."""
    opening = next((o for o in _FROM if tuple(words[:len(o)]) == o), None)
    return words[len(opening):] if opening else ()


def _opens_a_time(words: Sequence[str]) -> bool:
    """Whether a clause opens with a time: "ketika ...", "when ...", "during ...", or the year
    of an event."""
    return bool(words) and (words[0] in WHEN or bool(year_of_an_event(words)) or any(
        tuple(words[:len(opening)]) == opening for opening in _OPENING_A_TIME))


def _a_time(words: Sequence[str]) -> bool:
    """Whether a clause is only a time ("in 2008", "pada tahun 2003", "on 5 March 2024")."""
    return len(words) <= 5 and any(YEAR.fullmatch(w) for w in words) and all(
        w in _AT_A_TIME or w.isdigit() for w in words)


_FORMERLY = frozenset("dulu dahulu dulunya".split())


def _bounds_years(words: Sequence[str]) -> bool:
    """ "sebelum 2025", "sampai tahun 2016", "since 2015": a clause that bounds the years a
    question asks about (after "dulu": "Dulu sebelum Piagam 2008, masa jabatan Sekjen berapa
    tahun?" was told today's five years)."""
    if words[:1] and words[0] in _FORMERLY:
        words = words[1:]
    return 2 <= len(words) <= 3 and words[0] in _BOUNDING and bool(YEAR.fullmatch(words[-1]))


def _sharing_a_verb(first: Sequence[str], then: Sequence[str]) -> bool:
    """ "Which Saudi king and which Moroccan king are credited as the founders?": a short
    first half with no verb, asked with the same word as the second, which has one, shares
    it (alone, "which saudi king" was declined as about Saudi Arabia's king); so it does of a
    verb without an auxiliary ("... and which Moroccan king *pushed* for the OIC's creation?")."""
    return len(first) <= PARALLEL_ASKING and first[0] == then[0] \
        and INVERTED.isdisjoint(first) and not any(map(predicate_shaped, first)) \
        and (not INVERTED.isdisjoint(then) or any(map(predicate_shaped, then)))


def _joins_a_pair(words: Sequence[str], at: int) -> bool:
    """Whether the "and" at ``at`` joins two things compared ("the difference between the OIC
    *and* the Arab League"), not two questions."""
    for word in reversed(words[:at]):
        if word in _BETWEEN:
            return True
        if word in _AND:
            return False
    return False


def _uncounted(words: Sequence[str]) -> list[str]:
    """The words without a count right after a list verb ("sebutkan 3 tujuan oki" ->
    "sebutkan tujuan oki", "give me 4 aims"), "at least" ("explain at least five goals", "...
    (minimal 4)") or "which" ("which two kings ..."; not "*Lima* negara pengamat", which names
    them), or opening the question before what is listed ("3 aims of OIC ..."), or last after
    a list verb ("peran Indonesia dalam OKI sebutkan 3" got the OIC's role). "Name" before
    a count is "list" ("Name three specialized institutions of the OIC." got ICESCO alone,
    "name" left unexplained by the institutions' answer). Not a count of the first or last
    ones: those are so many rows ("Sebutkan 3 sekjen OKI pertama" got the first alone)."""
    before = _LIST_VERBS | _AT_LEAST | _WHICH
    kept = [w for i, w in enumerate(words)
            if not (w in _COUNTS and (i < len(words) - 1
                                      or (i and words[i - 1] in _AT_LEAST | _LIST_VERBS))
                    and _FIRST_OR_LAST.isdisjoint(
                words[max(0, i - FEW_AROUND):i + FEW_AROUND + 2]) and (
                (i == 0 and words[1] in LISTED_NOUNS)  # ("3 aims of OIC as in the charter")
                or (i and words[i - 1] in before)
                or (words[i - 1] in _TO_ME and i > 1 and words[i - 2] in _LIST_VERBS)))]
    return ["list", *kept[1:]] if words and words[0] == "name" and len(kept) < len(words) else kept


_POINTERS = frozenset("it its he him his she her they them their dia ia beliau mereka situ sana "
                      "tsb tersebut nya termasuk included each masing".split())
# ("KTT nya", written apart; "..., Malaysia termasuk kan?": included in what the first named;
# "... and who chairs each": each of them, not the OIC's chair)
_BEING = frozenset("is are was were be been".split())  # "is there": no place pointed at
_PERSON_POINTED = frozenset("he him his she her dia beliau".split())  # ... a person, named before


_PLURAL = frozenset("they them their mereka".split())  # pointing at several, not the OIC
# A word asking on its own after "and", of what the first half asks about ("who founded the
# OIC and when": the second was dropped); "why" too after where or when, whose answer is
# another entry's ("OKI didirikan dimana dan kenapa?" got the place alone), not after what
# the first's answer tells with its reason ("Which OIC member was suspended in 1980 and why?")
_ASKING_ALONE = frozenset("when where kapan dimana".split())
_WHY_ALONE = frozenset("why kenapa mengapa".split())
# ... and two opening a question together ("who and when founded the oic")
_PAIRED_ASKS = frozenset("who when where why siapa kapan dimana".split())
PAIRED_AT = 2  # ... the second of them at this place, what both ask of after it
# Words picking one of a series: a later question with one picks its own, not the first's
# (not "next" or "previous", which count from the first's: "the 2nd summit ... the next one";
# but not from the latest either, which the next one is counted after)
_FIRST_OR_LAST = frozenset("first pertama earliest last latest terakhir terbaru".split())
FEW_AROUND = 2  # ... said this near the count ("3 sekjen OKI pertama", "the first 3")
_LATEST = frozenset("""latest last terakhir current sekarang newest terbaru recent
    terkini""".split())
_RANKING = _LATEST | frozenset("first pertama second kedua third ketiga".split())
_NEXT = frozenset("next berikutnya selanjutnya".split())
_PREVIOUS = frozenset("sebelumnya sblmnya previous".split())
RANKS = _RANKING | _NEXT | _PREVIOUS  # which of a series, by its rank or side
# ... what only an organisation has, its members ("how many *countries* are in it")
_MEMBERS = frozenset("anggotanya members countries states".split())
# What every body has, a head and a seat: asked with "it" after the OIC, the OIC's; asked of
# by a first question, no part of the subject a later one asks of
_SEAT_WORDS = frozenset("based located seat kantor markas berkantor bermarkas".split())
_EVERY_BODY_HAS = _SEAT_WORDS | frozenset("""lead leads led leader leaders heads head chairs
    chaired memimpin dipimpin pimpin pemimpin ketua kepala""".split())
# ... of which a seat, asked after a head named ("... dan markasnya dimana?"), is the body's
_SEATS = _SEAT_WORDS | frozenset("office headquarters hq".split())
_HEADS = frozenset("sekjen secretary general sg ketua chair chairman".split())
IT = frozenset("it its".split())  # pointing at what a question before named
_BECOMING = frozenset("become became becomes becoming be is was".split())  # "... become *one*"
_NOW = frozenset("now today currently kini sekarang".split())
_AT_START = frozenset("""awal awalnya mula mulanya semula start started originally initially
    dulu dulunya""".split())
_PERSON_POINTERS = frozenset("he him his she her beliau".split())
_POINTING_BEFORE = frozenset({"that", "this", "these", "those"})  # "that meeting"
_AS_ROLE = frozenset("sebagai selaku as".split())  # "*Sebagai* ketua COMCEC, ..."
# ... or a time it sets ("*Sebelum* jd sekjen, taha kerjanya apa": alone, the question got the
# Secretary-General's duties)
_AT_TIME = frozenset("sebelum setelah sesudah selama before after during".split())
# ... or a meeting it names first ("*Di KTM ke-45 Dhaka 2018*, Indonesia mengusulkan
# pembentukan apa saja?": alone, the question got Indonesia's wish for reform)
_AT_MEETING = frozenset("di pada dalam at in".split())
# ... or the respect in which it asks ("*Dari segi* jumlah anggota, OKI menempati urutan kedua
# terbesar setelah organisasi ...": alone, "dari segi jumlah anggota" got the most populous
# member)
_IN_TERMS = frozenset({("dari", "segi"), ("dilihat", "dari"), ("ditinjau", "dari"),
                       ("in", "terms"), ("in", "respect")})
# ... or asks of it what the clause before says of another ("*what about* OIC ones?")
_WHAT_ABOUT = frozenset({("what", "about"), ("how", "about"), ("bagaimana", "dengan"),
                         ("gimana", "dengan")})
# ... others than what the text before named ("who *else*", "which are the *others*", "siapa
# lagi yang *lain*")
OTHERS_THAN_SAID = frozenset("else other others lain lainnya".split())
CHOOSING_WORDS = frozenset(("which", "mana", "manakah"))  # ... one of those named
# ... not others than those ("Besides Bosnia, Thailand and Russia, which other observers?")
_BESIDES = frozenset("besides except apart other others selain kecuali lain lainnya".split())
# ... and what opens words setting something aside ("Selain KTT Rabat, ...", "leaving Russia
# aside")
SET_ASIDE = frozenset("besides except excluding exclude apart aside selain kecuali leaving".split())
_OTHERS_ASKED = _BESIDES | {"else", "lagi"}  # ... and a question asking the others itself
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "42nd"
KIND_WORDS = 4  # "council of foreign ministers": the most words naming a kind of thing
NUMBERING = frozenset("ke no nomor number".split())  # ... and the words before its number
ABOUT = frozenset("about on regarding over against tentang soal mengenai terhadap atas".split())
_POINTING_AFTER = frozenset({"tersebut", "tsb", "itu", "ini"})  # "KTT tersebut", "sidang itu"
# ... and a time pointed at ("OKI genap berusia 25 tahun pada 1994. KTT ke berapa yang digelar
# *tahun itu*?"), though "tahun" is a plain word
_YEAR_POINTED = (("that", "year"), ("the", "same", "year"), ("tahun", "itu"),
                 ("tahun", "tersebut"), ("tahun", "yang", "sama"))
_TIME_POINTED = frozenset({*_YEAR_POINTED, ("that", "time"), ("saat", "itu")})


def _with_year(words: Sequence[str], year: str) -> list[str] | None:
    """``words`` with the year they point at said ("that year" -> "2015", "tahun yang sama" ->
    "tahun 2015"); None if they point at none."""
    for at in range(len(words)):
        for phrase in _YEAR_POINTED:
            if tuple(words[at:at + len(phrase)]) == phrase:
                return [*words[:at], *phrase[:-2], year, *words[at + len(phrase):]]
    return None


# (and, where the first names no year, "that year": the year of what it asked, "KTT ke-7 OKI
# diadakan tahun berapa? siapa sekjen OKI tahun itu?" got who chaired that summit)
_THEN = (("at", "that", "time"), ("at", "the", "time"), ("back", "then"), ("then",),
         ("pada", "saat", "itu"), ("saat", "itu"), ("waktu", "itu"), ("ketika", "itu"),
         ("kala", "itu"), ("masa", "itu"), ("in", "that", "year"), ("pada", "tahun", "itu"),
         *_YEAR_POINTED)


# (not "then" first: "then who ..." goes on, it points at no time)
_THEN_FIRST = tuple(p for p in _THEN if p not in {("then",), ("back", "then")})
_TOO = frozenset("juga pun also too".split())


_CLOSING_ASKS = frozenset("siapa apa mana dimana kapan".split())  # "..., sekjen waktu itu siapa"


def _without_then(words: Sequence[str]) -> list[str] | None:
    """The words of a question ending in "then", "at that time", "saat itu" (a time the
    question before named), or opening with a time pointed at ("Tahun itu (juga) KTT OKI
    diadakan di mana?"), without those words; None if it does not so end or open."""
    for phrase in _THEN:
        if len(words) > len(phrase) and tuple(words[-len(phrase):]) == phrase:
            return list(words[:-len(phrase)])
        # (... or before the question word closing it: "ktt ke-9 dimana, sekjen waktu itu
        # siapa" got the 9th Secretary-General)
        size = len(phrase)
        if len(words) > size + 1 and words[-1] in _CLOSING_ASKS \
                and tuple(words[-size - 1:-1]) == phrase:
            return [*words[:-size - 1], words[-1]]
    for phrase in _THEN_FIRST:
        if len(words) > len(phrase) and tuple(words[:len(phrase)]) == phrase:
            rest = words[len(phrase):]
            return list(rest[1:] if rest[0] in _TOO and len(rest) > 1 else rest)
    return None


def _named_as(word: str, name: str) -> str:
    """A word pointing at something, with ``name`` for it: "it" -> "oki", "memimpinnya" ->
    "memimpin oki"."""
    if word in IT:
        return name
    return f"{word.removesuffix('nya')} {name}" if possessed(word) else word


# ... an event said before the question, not the asker's own situation ("saya mahasiswa
# semester 3, OKI ngapain aja?")
_SELF = frozenset("saya aku gue gw i im my kami".split())


_DEEDS_ASKED = frozenset({("melakukan", "apa"), ("dukung", "siapa"), ("mendukung", "siapa"),
                          ("bantu", "apa"), ("membantu", "apa"), ("yang", "dilakukan"),
                          ("apa", "dilakukan")})


def _asks_a_deed(words: Sequence[str]) -> bool:
    """Whether a clause asks what was done ("OKI melakukan apa", "OKI dukung siapa", "what did
    the OIC do")."""
    return not _DEEDS_ASKED.isdisjoint(itertools.pairwise(words)) or (
        "did" in words[:3] and "do" in words[-2:])


def _its_name(words: Sequence[str]) -> bool:
    """Whether words ask a thing's name and nothing more ("apa namanya", "what is it
    called")."""
    return set(words) <= _ITS_NAME and not _NAME.isdisjoint(words)


def _points_back(words: Sequence[str]) -> bool:
    """Whether a later question names something only by pointing back ("perannya", "its",
    "who took over the chair *there*", not "are there any")."""
    return any(possessed(w) or w in _POINTERS
               or (w == "there" and (at == 0 or words[at - 1] not in _BEING))
               for at, w in enumerate(words))


def _refers_back(words: Sequence[str]) -> bool:
    """ "apa itu OKI dan tujuannya?", "what is the OIC and its aims": a second question about
    what the first one named."""
    if len(words) == 1:
        return possessed(words[0])
    # (... or ends pointing back at it: "jelaskan tujuan dibentuknya OKI dan peran Indonesia di
    # dalamnya!" got Indonesia's role alone)
    return (words[0] == "its" and 2 <= len(words) <= 3) or (
        len(words) <= BACK_AT_END
        and (words[-1] == "dalamnya" or tuple(words[-2:]) == ("in", "it")))


def _at_purpose(words: list[str]) -> list[list[str]]:
    """ "bagaimana kekuatan OKI ditingkatkan sehingga mampu menyelesaikan ...": what follows
    "sehingga" (so that) is what the asker hopes for, context to the clause that asks; what
    follows "padahal" (even though) is what the asker takes as given."""
    for i, word in enumerate(words[2:-1], 2):
        if word in _PURPOSE or (word in _CONCEDING and not _WHY.intersection(words[:i])):
            at = i - 1 if word == "though" and words[i - 1] == "even" else i
            return [words[:at], words[at:]]
        if word in _REACHING_FIRST and tuple(words[i:i + 2]) in _REACHING \
                and _GOALS.intersection(words[i + 2:i + 4]):
            goal = max(at for at in range(i + 2, min(i + 4, len(words)))
                       if words[at] in _GOALS)
            if words[goal + 1:] and set(words[goal + 1:]) <= _ASKED_LAST:
                # ("Kendala yang dihadapi OKI dalam mencapai tujuannya apa saja?": the
                # question word after it asks of the whole; cut, it got the OIC's goals)
                return [words]
            return [words[:i], words[i:]]
    return [words]


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in found.items()}


def _starts(words: Sequence[str], at: int, phrases: dict[str, tuple[tuple[str, ...], ...]]
            ) -> bool:
    """Whether one of ``phrases`` starts at position ``at`` of ``words``."""
    return any(tuple(words[at:at + len(p)]) == p for p in phrases.get(words[at], ()))


def _unique(*readings: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r for r in readings if r))


def _phrases(groups: Iterable[Sequence[str]], words: Callable[[str], tuple[str, ...]]
             ) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(key for group in groups for p in group if (key := words(p))))


def _unlabelled(text: str) -> str:
    """``text`` without the tag, label and footnote marks around an exam item."""
    return _FOOTNOTE.sub(" ", _LABEL.sub("", _TAG.sub(" ", text)))


def _statements(text: str, lettered: Callable[[str], bool] | None = None
                ) -> tuple[str, list[str]] | None:
    """An exam item's stem and its numbered statements, one per line ("1.Its headquarters is
    in Jeddah."), without the closing "which of the statements ... are correct?" and options;
    None when the message is not such an item. Options "A. ..." are statements too where
    ``lettered`` says of their stem that only they say what is asked."""
    text = _unlabelled(text)
    numbers = list(_LINE_NUMBER.finditer(text))
    if len(numbers) < 2:
        numbers = list(_NUMBERED.finditer(text))
    if len(numbers) >= 2 and [m.group(1) for m in numbers[:2]] == ["1", "2"]:
        if not _STATEMENTS.search(text[: numbers[0].start()]):
            return None
    else:
        numbers = list(_OPTION.finditer(text))
        if lettered is None or len(numbers) < 2 or [
                m.group(1).lower() for m in numbers[:2]] != ["a", "b"] or \
                not lettered(text[: numbers[0].start()]):
            return None
    stem = text[: numbers[0].start()]
    ends = [m.start() for m in numbers[1:]] + [len(text)]
    items = []
    for number, end in zip(numbers, ends, strict=True):
        line = text[number.end():end].strip().split("\n")[0]
        # Written on one line, the last statement runs into the question about them.
        sentences = takewhile(lambda s: not _STATEMENTS.search(s), _SENTENCE.split(line))
        items.append(" ".join(s for s in sentences if s.strip()))
    if any(len(item.split()) < STATEMENT_WORDS for item in items):
        return None  # "1. Jeddah 2. Riyadh": answer options, not statements
    return stem, items


def _count_asked(match: re.Match[str]) -> str:
    counted = match["counted"]
    return f"{'how many' if counted.lower().split()[-1] in _COUNTED_EN else 'berapa'} {counted}"


def _times_asked(match: re.Match[str]) -> str:
    return "berapa kali" if match["times"].lower() == "kali" else "how many times"


def _name_asked(match: re.Match[str]) -> str:
    return "the OIC's full name ____" if match["en"] else "kepanjangan OKI ...."


def _rest_asked(match: re.Match[str]) -> str:
    return f"{match['listed']}, {'the other ____' if match['en'] else 'yang lain ....'}"


def _why(match: re.Match[str]) -> str:
    return f"{'why' if match['en'] else 'mengapa'} {match['said']}?"


def _listed_apart(text: str) -> tuple[str, str]:
    """A stem asking which does *not* belong and its options listed after a colon ("Which of
    these was not a Secretary-General: Ihsanoglu, Madani, Kofi Annan, Taha?"), else the text
    and ""."""
    stem, colon, listed = text.rpartition(":")
    items = option_items(listed)
    if colon and _EXCLUDING.search(stem.lower()) and len(items) >= 3 and all(
            len(item.split()) <= LISTED_OPTION for item in items):
        return stem, listed
    return text, ""


def option_items(options: str) -> list[str]:
    """The options of a multiple-choice item, as typed ("A. ..." or a list with commas)."""
    letters = list(_OPTION.finditer(options)) or _romans(options)
    if letters:
        ends = [m.start() for m in letters[1:]] + [len(options)]
        items = [options[m.end():end] for m, end in zip(letters, ends, strict=True)]
    else:
        items = _LIST_SEPARATOR.split(options)
    return [i for i in (item.strip(" ?.!;") for item in items) if i]


def _in_order(pattern: re.Pattern[str], text: str, labels: str) -> list[re.Match[str]]:
    """The options ``pattern`` finds in ``text`` if the first three are labelled ``labels``, in
    that order; none otherwise."""
    found = list(pattern.finditer(text))
    return found if [m.group(1).lower() for m in found[:3]] == labels.split() else []


def _romans(text: str) -> list[re.Match[str]]:
    """Options numbered "i.", "ii.", "iii."."""
    return _in_order(_ROMAN_OPTION, text, "i ii iii")


def options_apart(text: str) -> tuple[str, str]:
    """The stem of a multiple-choice question and its options ("" where there are none): the
    options ("A. ... B. ...", or short numbered ones after a blank or a question mark) are not
    the question; a question number ("Q1)", "4:") and footnote marks ("[4]") are not either.

    Numbered statements after a stem that says so are split off before (``_statements``);
    other long numbered items stay: they are what is asked about."""
    text = _unlabelled(text)
    # (or "i.", "ii.", "iii.": "... berasal dari negara... i. Turki ii. Chad iii. Arab Saudi"
    # was refused)
    for letters in (_in_order(_OPTION, text, "a b c"), _romans(text)):
        if letters:
            stem, options = text[: letters[0].start()], text[letters[0].start():]
            last = letters[-1].end() - letters[0].start()
            after = _STEM_AFTER.search(options, last) if not stem.strip() else None
            if after:
                # (the options before the question: "i. Rabat ii. Jeddah iii. Lahore iv.
                # Makkah — which hosted the first OIC summit?" was taken for options alone,
                # and answered "please type a question")
                return after.group(1) or after.group(2), options[:after.start()]
            return stem, options
    numbers = list(_NUMBERED.finditer(text))
    if len(numbers) >= 3 and [m.group(1) for m in numbers[:3]] == ["1", "2", "3"]:
        stem = text[: numbers[0].start()]
        ends = [m.start() for m in numbers[1:]] + [len(text)]
        items = [text[m.end():end] for m, end in zip(numbers, ends, strict=True)]
        # (... or a colon: "Berikut ini negara ASEAN yang menjadi anggota OKI, kecuali: 1.
        # Indonesia 2. Malaysia 3. Brunei ..." was refused)
        if (_BLANK.search(stem) or "?" in stem or stem.rstrip().endswith(":")) and all(
                len(item.split()) <= SHORT_OPTION for item in items):
            return stem, text[len(stem):]
    return text, ""


def _pointing_back(text: str) -> str:
    """A side said alone as one pointing back ("sebelum siapa" -> "sebelumnya siapa")."""
    return " ".join(_POINTED_BACK.get(w, w) for w in text.split())


def _rank_or_number(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` ranks or numbers what it is said of ("fourth", "latest",
    "40"; not a year)."""
    word = words[at]
    return _ranks(words, at) or bool(nth_named(word)) or (
        word.isdigit() and not YEAR.fullmatch(word))


def _ranks(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` ranks what it is said of ("first", "latest", "42nd",
    "paling baru", "paling awal")."""
    word = words[at]
    return word in _RANKING | _NOW or bool(_ORDINAL.fullmatch(word)) or _most(words, at)


def _most(words: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` ranks after "paling" ("paling baru", "paling awal")."""
    return words[at] in ("baru", "awal") and at > 0 and words[at - 1] == "paling"
