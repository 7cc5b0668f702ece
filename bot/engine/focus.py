"""The line of a long answer that says what was asked, put first.

A phone shows an answer's first lines and folds the rest. An entry's lead answers the question
the entry was written for; a question about one of its details ("India says the OIC lost its
credibility: what prompted that?", answered by the entry on Kashmir in its sixth paragraph)
would find that detail folded away. When a later line says at least two words of the question
that the title and the lead do not, words that few answers use at all ("credibility", not
"host": a question naming a detail, not a list's item that happens to use a word of it), and no
other line says as much, that line leads instead. And when a question asks when or where and
the lead (what a phone shows: ``split_lead``) gives no year or place, the folded sentence that
gives one and says most of what the lead leaves unsaid of the question leads. Failing both,
a folded sentence that says more of the question than the lead, with at least two of its words
the lead leaves unsaid, leads when it clearly says most ("Which countries formed the troikas
in 2014?" of the entry on the Executive Committee, whose lead says what it is).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from bot.engine.stem import predicate_shaped, stems
from bot.engine.texts import MONTHS

WHOLE_WORDS = 4  # ... or this many, common ones too, when one line says them all
FOCUS_WORDS = 2  # words of the question a later line must say that the lead does not
RARE_ANSWERS = 4  # a word in at most this many answers names a detail
LIFTED_SHARE = 0.5  # of the question's words the lead leaves unsaid, a lifted sentence says
MOST_SAID_LEAD = 1.5  # how much more of them the sentence most saying them says than the next
# Words that open a sentence qualifying the one before it ("Sources differ, however: ...")
CONTRASTING = frozenset("however but yet although though namun tetapi tapi meski meskipun "
                        "walaupun".split())
CONTRAST_WORDS = 3  # ... among its first words
BULLET = "• "
LEAD_CHARS = 240  # the direct answer shown before "More": about three lines on a phone
LEAD_LINES = 3  # ... and an answer of no more lines than this, and no longer, is shown whole
LAST_ITEM_CHARS = 320  # ... and a list's one last item shown after the others, within this
DETAIL_SHARE = 0.1  # of a question's weight, what a folded sentence must say beyond the lead
DETAIL_CHARS = 480  # ... to be shown after it, the two together no longer than this
# (not after an initial: "Saad S. Khan" is one name)
# (not after an initial, nor after a list item's number: "• 11. Yousef Al-Othaimeen" is one
# item, whose "11." was lifted as the answer to "berapa dari 11 Sekjen ...")
SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!^\d\.)(?<!^\d\d\.)(?<!^• \d\.)"
                          r"(?<!^• \d\d\.)\s+(?=[\"(A-Z0-9])")
# What a question asks for, by its words: a year (a sentence giving one has one) or a place (a
# sentence naming one of places.yaml, which the engine knows). A count is not read so: "tiga
# tahun sekali" gives one in words.
WHEN = frozenset("when kapan kapankah date tanggal".split())
DATE_WORDS = frozenset(("date", "tanggal"))  # ... not before a day: "tanggal 15 Maret" gives one
DAYS = 31
# "year" asks when only so: "berapa tahun sekali" (how often) does not
WHAT_YEAR = (("what", "year"), ("which", "year"), ("tahun", "berapa"), ("tahun", "brp"))
WHERE = frozenset("where dimana dimanakah city kota located terletak".split())
# ... and so does the blank after "di" closing a sentence to complete ("Persatuan Parlemen OKI
# (PUIC) berkantor pusat di ...." showed only its observer status, Tehran folded)
AT_THE_BLANK = "di"
# ... and the seat a place given answers ("icyf hq": the lead saying the ICYF is in Istanbul
# gave way to the PUIC's sentence, "headquartered in Tehran"): the words naming a seat, and
# those saying where a body sits
SEAT_WORDS = frozenset("""berkedudukan markas markasnya based seat headquartered headquarters
    kantor kantornya""".split())
SEAT_VERBS = frozenset("""based located headquartered seated berkantor berkedudukan bermarkas
    berpusat kantornya markasnya""".split())
# ... not a capital named ("negara Palestina merdeka dgn ibu kota Al-Quds"): a place given
CAPITAL_CITY = frozenset((("ibu", "kota"), ("capital", "city")))
# Words asking where something began: a seat is no answer to them
BEGUN = frozenset("""founded founding didirikan berdiri established dibentuk created launched
    diluncurkan formed inaugurated diresmikan begin began started""".split())
# ... or how often ("berapa tahun sekali", "how often", "tiap berapa lama"), which a sentence
# gives by "every", "setiap", "sekali", "annually" ...
OFTEN = frozenset((("how", "often"), ("how", "frequently"), ("tiap", "berapa"),
                   ("setiap", "berapa"), ("years", "between"), ("every", "how"),
                   ("every", "berapa"),  # ("Islamic Summit itu held every berapa years?")
                   # ("Seberapa sering KTT Islam OKI digelar?" showed what a summit is)
                   ("seberapa", "sering"), ("berapa", "sering")))
# ... or claims one ("KTT OKI diadakan setiap tahun, benar atau salah?": the sentence saying
# how often it meets answers)
EVERY_YEAR = frozenset((("every", "year"), ("each", "year"), ("setiap", "tahun"),
                        ("tiap", "tahun"), ("every", "two"), ("setiap", "dua"), ("a", "year"),
                        ("per", "year"), ("per", "tahun"),  # ("how many times a year")
                        # ("The CFM meets every three years. Is this right?" showed what the
                        # council is, "once a year" past "More")
                        ("every", "three"), ("every", "four"), ("every", "five"),
                        ("setiap", "tiga"), ("setiap", "empat"), ("setiap", "lima"),
                        ("tiap", "dua"), ("tiap", "tiga"), ("tiap", "empat"), ("tiap", "lima"),
                        # (the figure a blank: "The Islamic Summit is held every ____ years.")
                        ("every", "years")))
ANNUALLY = frozenset("annually setahun".split())
# ... or, with a figure between, a claim of how often ("KTT OKI diadakan setiap 5 tahun sekali")
EVERY_N = (frozenset("every setiap tiap".split()), frozenset("tahun year years".split()))
OFTEN_AT = ("berapa", "sekali")  # ... "berapa tahun sekali": both, in that order
# ... or leaves it blank ("sidang menteri luar negeri oki rutin diadakan tiap?" showed what
# the Council is)
EVERY_LAST = frozenset("tiap setiap every".split())
FREQUENCY = re.compile(r"\b(?:every|each year|annually|once a|twice a|setiap|tiap|sekali|"
                       r"setahun|tahunan)\b", re.IGNORECASE)
# ... or how long ("berapa lama", "how long", "menjabat berapa tahun") ...
HOW_LONG = frozenset({("how", "long"), ("berapa", "lama"), ("brp", "lama")})
SPAN_ASKED = HOW_LONG | {("berapa", "tahun"), ("brp", "tahun"), ("many", "years")}
# ... which a sentence gives by a span ("renewable three-year terms", "lima tahun", "for life";
# not "since 2024": "How long does a country hold the CFM chairmanship?" is not told that The
# Gambia has held the summit's chair since May 2024)
DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|satu|dua|"
                      r"tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)[- ](?:years?|"
                      r"tahun|tahunnya|months?|bulan)\b|\bfor life\b|\bseumur hidup\b",
                      re.IGNORECASE)
# ... or which in a numbered series ("Sidang menlu ke berapa yang mengesahkan ...?")
WHICH_NUMBER = (("ke", "berapa"), ("which", "number"), ("what", "number"), ("urutan", "ke"),
                ("which", "session"), ("which", "summit"),
                ("sidang", "mana"),  # ("di *sidang mana*": the 47th CFM, not the UN's vote)
                ("menlu", "mana"))  # ("the *38th* session", "di sidang *menlu mana*")
# ... which a sentence gives in figures or in words ("Konferensi ... ketiga")
ORDINAL = re.compile(r"\bke-\d+|\b\d+(?:st|nd|rd|th)\b|\b(?:pertama|kedua|ketiga|keempat|kelima|"
                     r"keenam|ketujuh|kedelapan|kesembilan|kesepuluh|first|second|third|fourth|"
                     r"fifth|sixth|seventh|eighth|ninth|tenth)\b", re.IGNORECASE)
NTH_OWNED = re.compile(r"(?<=[a-z])nya\b")  # ("sidang pertama*nya*")
_NTH = {word: n for n, words in enumerate((
    ("pertama", "first"), ("kedua", "second"), ("ketiga", "third"), ("keempat", "fourth"),
    ("kelima", "fifth"), ("keenam", "sixth"), ("ketujuh", "seventh"), ("kedelapan", "eighth"),
    ("kesembilan", "ninth"), ("kesepuluh", "tenth")), start=1) for word in words}
YEAR = re.compile(r"\b(?:1[3-9]|20)\d\d\b")
# ... and a difference ("How does the 2008 Charter differ from the 1972 one?"): a sentence
# that opens by drawing one ("Unlike the 1972 text, ..."; "Another difference: ... while ..."
# in an entry comparing two is one more of them)
CONTRAST = re.compile(r"^(?:unlike|in contrast|berbeda (?:dari|dengan)|tidak seperti)\b",
                      re.IGNORECASE)
COUNT_IN_WORDS = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|"
                            r"three|four|five|six|seven|eight|nine|ten)\s+(?!tahun|year|pertiga|"
                            r"thirds)[a-z]", re.IGNORECASE)  # ("lima prinsip", "four committees")
FIGURE = re.compile(r"\b\d+(?:[.,]\d+)*\b")  # ... and a figure ("18 experts", "US$20.8 million")
_MONTH_NAMES = "|".join(sorted({*MONTHS["en"], *MONTHS["id"]}))
DAY_OF = re.compile(rf"(?:[–-]\d+)?\s+(?:{_MONTH_NAMES})\b")  # ... a day: "20 October"
# ... which a sentence gives, "20 October 1975", "6–7 Maret", "March 23"; asked by "tanggal"
# or "date" of a lead giving only a year ("Bank Pembangunan Islam mulai beroperasi tahun 1975
# tanggal berapa?" was told "Tahun berdiri: 1975", its opening day past "More")
DAY = re.compile(rf"\b\d{{1,2}}{DAY_OF.pattern}|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b(?!\d)")
DAY_ASKED = frozenset("tanggal tgl date".split())
# ... and a reason ("in response to", "karena"), asked by "why", "kenapa", "alasan"
REASON = re.compile(r"\b(?:because|due to|owing to|in response|in protest|prompted|triggered|"
                    r"followed|to mark|at the request|at the invitation|after|following|so that|"
                    # (a date chosen for what it recalls: "knp hari anti islamofobia tgl 15 maret")
                    r"recalls|commemorates|in memory of|mengenang|"
                    # (what the Charter rules: "Why is the OIC secretariat in Jeddah and not
                    # Jerusalem?" showed its seat, "Under the Charter (Article 21) it stays in
                    # Jeddah until Al-Quds is liberated" past "More")
                    r"under the charter|menurut piagam|"
                    r"karena|sebab|akibat|tanggapan|menanggapi|menyusul|setelah|dipicu|"
                    r"atas permintaan|atas undangan|agar|supaya|untuk memperingati)\b",
                    re.IGNORECASE)
REASON_ASKED = frozenset("why kenapa mengapa knp ngapa alasan alasannya reason reasons penyebab "
                         "penyebabnya sebab pemicu pemicunya dipicu trigger triggered".split())
REASON_PAIRS = frozenset((("karena", "apa"), ("what", "prompted"), ("what", "caused"),
                          ("what", "led"), ("rangka", "apa"), ("gara", "apa")))
# ("dalam rangka apa": on what occasion; "gara-gara apa": because of what; what set it off:
# "KTT darurat OKI di Doha September 2025 dipicu oleh peristiwa apa?" showed when it was held)
# ... and what made one special ("Kenapa KTM OKI ke-46 di Abu Dhabi dianggap istimewa?" showed
# where and when, the OIC's 50th anniversary past "More"): a sentence marking an occasion or a
# first
SPECIAL_ASKED = frozenset("""istimewa istimewanya spesial special unik unique notable
    noteworthy remarkable significant historic bersejarah""".split())
DISTINCTION = re.compile(r"\b(?:marked|marking|menandai|coincided|bertepatan|anniversary|"
                         r"ulang tahun|first time|pertama kali|pertama kalinya)\b", re.IGNORECASE)
# ... and figures, asked for as data ("resolusi oki bnyk yg gak dijalanin ya? ada datanya?")
# ("statistics" names SESRIC's work, not a figure asked)
FIGURES_ASKED = frozenset("data datanya angka angkanya figures persentase percentage".split())
# ... as is a count of times ("fiqh academy OKI udah berapa kali sidang?" showed its founding,
# "24 sidang" past "More")
TIMES_ASKED = frozenset({("berapa", "kali"), ("many", "times")})
TIED_ITEMS = 3  # items of a list shown together when each says as much of the question
LIST_ASKED = frozenset("list daftar sebutkan sebutin enumerate".split())
LIST_PAIRS = frozenset({("apa", "saja"), ("apa", "aja"), ("siapa", "saja"), ("mana", "saja")})
# ... or so many of its items ("List 3 goals of the OIC", "the five principles", "tiga tujuan")
ITEMS_ASKED = {**{str(n): n for n in range(2, 11)},
               **dict(zip("two three four five six seven eight nine ten".split(), range(2, 11),
                          strict=True)),
               **dict(zip("dua tiga empat lima enam tujuh delapan sembilan sepuluh".split(),
                          range(2, 11), strict=True))}
# ... what such a count counts, as a list asked ("3 tujuan", "three aims")
LISTED_NOUNS = frozenset("""aims goals objectives purposes functions roles organs principles
    reasons benefits tujuan fungsi peran manfaat""".split())
# The words joining a list's last item ("... solidaritas, perdamaian, ... serta persatuan")
LIST_JOINS = re.compile(r"\b(?:dan|and|serta|or|atau)\b")
Shape = str  # "year", "place", "ordinal", "number", "contrast", "frequency", "duration",
# "reason", "outcome"


def day_asked(tokens: Sequence[str], gives: frozenset[Shape],
              folded: Sequence[frozenset[Shape]]) -> bool:
    """Whether a question asks the day ("tanggal berapa") of an answer whose lead gives only
    a year and a later sentence the day: then only a day answers when."""
    return not DAY_ASKED.isdisjoint(tokens) and "day" not in gives and any(
        "day" in shapes for shapes in folded)


def reason_asked(tokens: Sequence[str]) -> bool:
    """Whether a question asks why ("kenapa", "karena apa", "what prompted")."""
    return not REASON_ASKED.isdisjoint(tokens) or not REASON_PAIRS.isdisjoint(
        itertools.pairwise(tokens))


# What a meeting or text decided or said is asked ("17th extraordinary CFM itu ngapain aja?",
# "what did the Istanbul 2017 summit declare", "Deklarasi Jakarta isinya apa?") ...
OUTCOME_ASKED = frozenset("""ngapain isi isinya hasil hasilnya keputusan keputusannya outcome
    outcomes declare result results adopted disahkan diadopsi dihasilkan demand demanded
    tuntutan tuntutannya ask reaksi reaksinya reaction react reacted diumumkan announced
    announce mengumumkan mutusin diputusin""".split())  # (not "decide": "decide by
    # consensus?"; chat "mutusin": "sidang luar biasa menlu oki maret 2025 mutusin apa" showed
    # when it met)
OUTCOME_PAIRS = frozenset((("tentang", "apa"), ("soal", "apa"), ("bahas", "apa"),
                           ("membahas", "apa"), ("memutuskan", "apa"), ("menyepakati", "apa"),
                           ("sepakati", "apa"), ("yang", "diputuskan"), ("came", "out"),
                           ("come", "out"),  # ("What came out of the 2019 Makkah summit?")
                           # ("What did the November 2024 Riyadh summit call for?" showed a
                           # commentary that "called" its resolution "all talk")
                           ("call", "for"), ("call", "on"), ("menyerukan", "apa"),
                           # ("KTT Riyadh November 2024 meminta apa?" showed when it met)
                           ("meminta", "apa"), ("menuntut", "apa"), ("mendesak", "apa")))
# ... or what it was about, or decided ("apa yang diputuskan", not "diputuskan di sidang apa")
# ... and "what did it ... do", or decide, agree or say, asked last ("What did the emergency
# Arab-Islamic summit in Doha in September 2025 decide?" showed only that it was held)
DONE_LAST = frozenset("do decide agree say adopt declare produce".split())
# ... and a sentence gives it by a deed of deciding or saying
OUTCOME = re.compile(r"\b(?:decided|declared|adopted|agreed|called (?:for|on)|urged|condemned|"
                     r"demanded|issued|approved|rejected|set up|memutuskan|menyatakan|"
                     r"mengesahkan|menyepakati|menyerukan|mendesak|mengutuk|menuntut|menolak|"
                     r"menghasilkan|membentuk|meminta|berisi|disahkan|diputuskan|disepakati|"
                     r"suspended|menskors)\b",
                     re.IGNORECASE)


def outcome_asked(tokens: Sequence[str]) -> bool:
    """Whether a question asks what a meeting decided or was about ("isinya", "ngapain",
    "Sidang luar biasa CFM ke-17 tentang apa?", "What did the 20th extraordinary CFM do?")."""
    # (a deed closing it, past "on": "What did the OIC meeting in Islamabad in December 2021
    # agree on?" showed when it met)
    last = tokens[-2:-1] if tokens[-1:] in (("on",), ("upon",)) else tokens[-1:]
    return not OUTCOME_ASKED.isdisjoint(tokens) or not OUTCOME_PAIRS.isdisjoint(
        itertools.pairwise(tokens)) or (tokens[:2] == ("what", "did") and (
            not DONE_LAST.isdisjoint(last) or "say" in tokens))  # ("What did the OIC Executive
    # Committee say after Ismail Haniyeh was killed in Tehran?" showed when it met)


DOER_ASKED = frozenset("who siapa siapakah".split())
BEING = frozenset("is are was were be been".split())  # ... "who *is*": no deed asked
DOER_NAMED = frozenset("nama namanya orang orangnya tokoh".split())  # ("siapa nama orang yang")
WHICH_WORDS = 3  # how many words after "which ..." may name the kind before the deed
PASSIVE_SHORTEST = 4  # "dibakar siapa": an Indonesian passive verb is longer than "di" + 2


def deed_asked(tokens: Sequence[str]) -> str | None:
    """The deed a question asks who did ("siapa yang *membakar* ...", "who *burned* ...",
    "... *dibakar* siapa", "yang *membakar* ... siapa"), or None when it asks who someone is
    or who belongs ("who are the permanent representatives", "siapa anggota ...")."""
    for at, (t, after) in enumerate(itertools.pairwise(tokens)):
        if after == "yang" and (t in DOER_ASKED or (
                t in DOER_NAMED and not DOER_ASKED.isdisjoint(tokens[max(0, at - 2):at]))):
            # ("siapa *nama orang* yang membakar ...")
            return tokens[at + 2] if at + 2 < len(tokens) else None
        if t == "who" and after not in BEING:
            return after
        if t == "mana" and after == "yang" and at + 2 < len(tokens):
            return tokens[at + 2]  # ("negara mana yang *menentang* ...")
        if t == "which":  # ("which country *opposed* ...", "which menlu conference *proposed*")
            # (not a noun in "-ing" the me- of Indonesian verbs mistakes for one: "which
            # foreign ministers' *meeting* created ..." asks who created, and its lead says so)
            done = next((w for w in tokens[at + 2:at + 2 + WHICH_WORDS] if predicate_shaped(w)
                         and not w.endswith(("ing", "ings"))), None)
            if done is not None:
                return done
        if after in DOER_ASKED and t.startswith("di") and len(t) > PASSIVE_SHORTEST:
            return t
        if at == 0 and t == "yang" and not DOER_ASKED.isdisjoint(tokens[2:]):
            return after  # ("yg *bakar* masjid al aqsa 1969 siapa sih namanya")
    return None


def nth_named(text: str) -> frozenset[int]:
    """The places in a series a text names ("ke-2", "2nd", "kedua", "second": 2)."""
    return frozenset(int(digits) if (digits := re.sub(r"\D", "", found)) else _NTH[found]
                     for found in (m.group().lower() for m in ORDINAL.finditer(
                         NTH_OWNED.sub("", text))))


def gives_figure(text: str) -> bool:
    """Whether a text gives a figure other than a year, a day of a date ("20 October"), an
    ordinal ("ke-17") or a list item's number; or a count in words ("memuat lima prinsip":
    asked how many, the sentence saying the Charter was replaced in 2008 showed first)."""
    return bool(COUNT_IN_WORDS.search(text)) or any(
        not YEAR.fullmatch(found.group()) and not DAY_OF.match(text, found.end())
        and not text[:found.start()].endswith(("ke-", "ke "))  # ("sidang ke-17")
        and not (found.start() == 0 and text[found.end():].startswith(". "))
        for found in FIGURE.finditer(text))  # (nor "11. Yousef ...", a list's number)


# The comparison a question asks for: an English comparative, or the word after "lebih"/"more"
# ("lebih tua"; not "lebih banyak", which says only that there are more of what follows)
COMPARATIVES = frozenset("older newer younger bigger larger smaller wider richer poorer stronger "
                         "weaker earlier later".split())
MORE = frozenset(("lebih", "more"))
QUANTITY = frozenset("banyak many much besar".split())


def comparatives(tokens: Sequence[str]) -> tuple[str, ...]:
    """The words of ``tokens`` that say what a comparison is about ("older"; "tua" in
    "lebih tua")."""
    found = [t for t in tokens if t in COMPARATIVES]
    for at, token in enumerate(tokens[:-1]):
        if token in MORE and tokens[at + 1] not in QUANTITY:
            found.append(tokens[at + 1])
    return tuple(dict.fromkeys(found))


def split_lead(answer: str) -> tuple[str, str]:
    """The direct answer a phone shows first, and the rest (folded). The lead is the first
    paragraph (with the first items of a list that follows it), cut after whole sentences
    when it is longer than LEAD_CHARS; nothing is dropped: lead + rest is the whole answer."""
    lines = answer.splitlines()
    if not lines:
        return "", ""
    if len(answer) <= LEAD_CHARS and len(lines) <= LEAD_LINES:
        # a short card is read whole: "Why was the 2nd extraordinary summit held?" showed
        # its date and place, and folded the one line giving why
        return answer, ""
    first, rest = lines[0], lines[1:]
    if first.endswith(":") and rest and not rest[0].startswith(BULLET):
        # "Our sources here do not mention 2019. What they say:" opens the answer that
        # follows: shown alone, it hid the answer behind "More"
        opened, more = split_lead("\n".join(rest))
        return f"{first}\n{opened}", more
    if len(first) > LEAD_CHARS:
        sentences = SENTENCE_END.split(first)
        kept = [sentences[0]]
        for sentence in sentences[1:]:
            if len(" ".join([*kept, sentence])) > LEAD_CHARS:
                break
            kept.append(sentence)
        if len(kept) < len(sentences):
            return " ".join(kept), "\n".join([" ".join(sentences[len(kept):]), *rest])
    lead = [first]
    while rest and rest[0].startswith(BULLET) and len("\n".join([*lead, rest[0]])) <= LEAD_CHARS:
        lead.append(rest.pop(0))
    if len(lead) == 1 and first.endswith(":") and rest and rest[0].startswith(BULLET) \
            and (len(rest) == 1 or not rest[1].startswith(BULLET)) \
            and len(f"{first}\n{rest[0]}") <= DETAIL_CHARS:
        # (the opener of a list of one says none of it: "Negara mana saja yang bergabung dengan
        # OKI tahun 1969?" showed "... yang tercatat bergabung pada 1969:" alone, the one item
        # folded)
        lead.append(rest.pop(0))
    elif lead[-1].startswith(BULLET) and len(rest) == 1 and rest[0].startswith(BULLET) \
            and len("\n".join([*lead, rest[0]])) <= LAST_ITEM_CHARS:
        # (nor is a list cut before its one last item: "In which years did Türkiye host CFM
        # sessions?" showed three of four, the latest, in 2025, folded)
        lead.append(rest.pop(0))
    return "\n".join(lead), "\n".join(rest)


def asked_shape(tokens: Sequence[str]) -> Shape | None:
    """What a question's answer must look like: a year ("kapan", "when"), a place ("where"),
    how often ("berapa tahun sekali"), an ordinal ("ke berapa"), how long ("berapa lama");
    None when its words do not say."""
    words = set(tokens)
    pairs = set(itertools.pairwise(tokens))
    # (a date given is not asked: "knp hari anti islamofobia *tgl 15* maret" asks why)
    if any(t in WHEN and not (t in DATE_WORDS and after.isdigit() and int(after) <= DAYS)
           for t, after in itertools.zip_longest(tokens, tokens[1:], fillvalue="")) \
            or pairs.intersection(WHAT_YEAR):
        return "year"
    if any(t in WHERE and not (at and (tokens[at - 1], t) in CAPITAL_CITY)
           for at, t in enumerate(tokens)) or (tokens and tokens[-1] == AT_THE_BLANK):
        return "place"
    if pairs.intersection(OFTEN | EVERY_YEAR) or words & ANNUALLY or (
            tokens and tokens[-1] in EVERY_LAST) or (
            OFTEN_AT[0] in tokens and OFTEN_AT[1] in tokens[tokens.index(OFTEN_AT[0]):]) or any(
            every in EVERY_N[0] and figure.isdigit() and unit in EVERY_N[1]
            for every, figure, unit in zip(tokens, tokens[1:], tokens[2:], strict=False)):
        return "frequency"
    if pairs.intersection(WHICH_NUMBER):
        return "ordinal"
    if pairs.intersection(SPAN_ASKED):
        return "duration"
    return "number" if words & FIGURES_ASKED or pairs.intersection(TIMES_ASKED) else None


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, line by line (a list item is one)."""
    return [s for line in text.splitlines() for s in SENTENCE_END.split(line.removeprefix(BULLET))
            if s.strip()]


# A sentence saying our sources do not give something: of an amount asked, it is the answer
UNSOURCED = re.compile(r"\b(?:not in our sources|tidak ada dalam sumber kami|our sources (?:do "
                       r"not|give no|contain no|name no)|sumber kami tidak|none of our sources|"
                       r"tidak ada sumber kami)\b", re.IGNORECASE)
# the most of something, asked ("Which country pays the most to the OIC budget?")
MOST_ASKED = frozenset({"most", "largest", "biggest", "paling", "terbesar", "terbanyak"})


def list_asked(tokens: Sequence[str]) -> bool:
    """Whether a question asks for a list in full ("list the ...", "sebutkan", "apa saja")."""
    return not LIST_ASKED.isdisjoint(tokens) or not LIST_PAIRS.isdisjoint(
        itertools.pairwise(tokens))


def items_asked(tokens: Sequence[str]) -> int:
    """How many items of a list a question asks for ("List 3 goals", "the five principles"),
    by a number said before a word; 0 if none is."""
    return next((ITEMS_ASKED[word] for word, after in itertools.pairwise(tokens)
                 if word in ITEMS_ASKED and after.isalpha()), 0)


def lists(sentence: str) -> bool:
    """Whether a sentence lists in prose: two commas at least, then "and" (read in one pass:
    a pattern of nested repeats took milliseconds on the 57 members' list)."""
    parts = sentence.split(",", 2)
    return len(parts) == 3 and bool(LIST_JOINS.search(parts[2]))


def items_listed(tokens: Sequence[str]) -> bool:
    """Whether a question asks for so many aims, roles, ... ("Sebutkan 3 tujuan OKI!"), not
    for a number of days or the like ("ke 2 arab", "enam hari")."""
    return any(word in ITEMS_ASKED and after in LISTED_NOUNS
               for word, after in itertools.pairwise(tokens))


def asked_detail(shown: frozenset[str], gives: frozenset[Shape],
                 folded: Sequence[tuple[str, frozenset[str], frozenset[Shape], bool]],
                 salient: Mapping[str, float], shape: Shape | None,
                 rare: Callable[[str], bool]) -> str | None:
    """The folded sentence saying most of what a question asks beyond what a phone shows
    (``shown``: its words; ``gives``: what it gives, a year or a place), when one says clearly
    most of it: the other half of "When was the third extraordinary summit and at whose
    invitation?", or the detail of "How many judges would the OIC's Islamic court have?" of an
    answer that says what the court is. ``folded``: each later sentence with its words, what
    it gives and whether it is an item of a list, which must say a word few answers use ("tuan
    rumah" is in one item of the list of meetings Indonesia hosted, and in many answers). Of
    a question asking for a ``shape`` the lead does not give ("setiap 5 tahun sekali"), only a
    sentence giving one is shown."""
    best = _best_details(shown, gives, folded, salient, shape, rare)
    return best[0] if len(best) == 1 else None


def asked_items(shown: frozenset[str], gives: frozenset[Shape],
                folded: Sequence[tuple[str, frozenset[str], frozenset[Shape], bool]],
                salient: Mapping[str, float], shape: Shape | None,
                rare: Callable[[str], bool]) -> tuple[str, ...]:
    """The items of a list that say, each as much as the others, what :func:`asked_detail`
    finds no one sentence saying best, when they are few: "Which OIC meetings did Jokowi
    attend?" is told both the Istanbul summit of 2017 and the Riyadh summit of 2023."""
    best = _best_details(shown, gives, folded, salient, shape, rare)
    listed = {sentence for sentence, _, _, item in folded if item}
    return best if 1 < len(best) <= TIED_ITEMS and listed.issuperset(best) else ()


def _best_details(shown: frozenset[str], gives: frozenset[Shape],
                  folded: Sequence[tuple[str, frozenset[str], frozenset[Shape], bool]],
                  salient: Mapping[str, float], shape: Shape | None,
                  rare: Callable[[str], bool]) -> tuple[str, ...]:
    """The folded sentences saying most of what the question asks and the lead does not,
    in their order: one when it stands out, several when they tie, none when too little."""
    unsaid = {word: weight for word, weight in salient.items() if not said(word, shown)
              and not (word in WHERE | SEAT_WORDS | SEAT_VERBS and "place" in gives)
              and not (word in WHEN and "year" in gives)}
    # (where no folded sentence gives it either, one saying every word asked is the most a
    # phone can show of it: "where does the oic have permanent delegations" showed only that
    # the OIC is an observer at the UN, the delegations to the UN and the EU folded)
    ungiven = shape is not None and shape not in gives and not any(
        shape in shapes for _, _, shapes, _ in folded)
    shaped = shape is not None and shape not in gives and not ungiven
    if not unsaid and not shaped and not ungiven:
        return ()  # (the lead says all of it: "Where are the OIC universities?" of a lead
        # naming a city was shown the PUIC's seat in Tehran, a later sentence giving a place)
    # (an item, by a word few answers use, or, asked no year or place the list gives, by
    # saying every word the lead leaves unsaid: "Which Indonesian chaired the OIC human rights
    # commission?" folded Siti Ruhaini's item, "human" and "commission" in many answers)
    # (of two saying as much, the one giving what is asked: "Sejak tahun berapa komunitas
    # Siprus Turki berstatus pengamat?", the sentence with its year)
    # (of two saying as much of it, the one saying more of the whole question: "kenapa 15
    # maret jadi hari islamofobia", the sentence on the date, not the reservations about it)
    scored = [((sum(weight for word, weight in unsaid.items() if said(word, forms)),
                shape in shapes, sum(weight for word, weight in salient.items()
                                     if said(word, forms))), sentence)
              for sentence, forms, shapes, item in folded
              if not sentence.endswith(":")  # (a list's opener says none of it)
              and (not shaped or shape in shapes)
              and (not item or any(rare(w) for w in unsaid if said(w, forms))
                   or (shape is None and len(unsaid) >= FOCUS_WORDS
                       and all(said(w, forms) for w in unsaid)))]
    least = 0.0 if shaped else sum(unsaid.values()) if ungiven else \
        DETAIL_SHARE * sum(salient.values())
    top = max((score for score, _ in scored), default=None)
    if top is None or top[0] < least:
        return ()
    return tuple(sentence for score, sentence in scored if score == top)


def lifted(answer: str, sentence: str) -> str:
    """``answer`` with ``sentence`` taken out of its paragraph and put first; nothing dropped.
    An item of a list goes first under the sentence opening the list ("... 25 countries that
    joined in 1969:"), when a phone shows both: alone, "Somalia, Sudan, Tunisia, Turki, Yaman"
    read as the answer."""
    item = f"{BULLET}{sentence}"
    lines = answer.splitlines()
    if item in lines:
        at = head = lines.index(item)
        while head > 0 and lines[head - 1].startswith(BULLET):
            head -= 1
        end = _list_end(lines, at)
        *before, opener = SENTENCE_END.split(lines[head - 1]) if head else ("",)
        if opener.endswith(":") and len(f"{opener}\n{item}") <= LEAD_CHARS:
            # (the list's other items stay under it, what came before after them: "organ
            # subsider oki berkedudukan di mana saja" got the sentence before the list between
            # its first item and the rest)
            rest = [*lines[head:at], *lines[at + 1:end], *lines[:head - 1],
                    *([" ".join(before)] if before else []), *lines[end:]]
            return "\n".join([opener, item, *rest])
    opening = next((at for at, line in enumerate(lines[:-1]) if sentence.endswith(":")
                    and line.endswith(sentence) and lines[at + 1].startswith(BULLET)), None)
    if opening is not None:
        # (the sentence opening a list goes first with its items: alone, "The OIC has also
        # held three joint Arab-Islamic summits:" opened another list, as if it were its own)
        end = _list_end(lines, opening)
        said_before = lines[opening].removesuffix(sentence).strip()
        return "\n".join([sentence, *lines[opening + 1:end], *lines[:opening],
                          *([said_before] if said_before else []), *lines[end:]])
    taken = [sentence]
    flat = [part for line in lines for part in SENTENCE_END.split(line)]
    at = flat.index(sentence) if sentence in flat else 0
    leans, needs = _leaning(sentence)
    person = _on_someone_before(sentence) and not _named_in(flat, at, lines[0])
    if at and (leans or needs or person) and not flat[at - 1].startswith(BULLET):
        # (a sentence pointing back goes first with the one it points to, when a phone shows
        # both; one on a decision, which alone said nothing of it ("The decision answered US
        # proposals to take over Gaza."), leaves the lead it follows first; one on "him",
        # without him, would be on whoever the lead names: "Is the IMCTC an OIC body?" showed
        # "In 2018 he told journalists ..." of Raheel Sharif after the lead on Mohammed bin
        # Salman)
        if len(f"{flat[at - 1]} {sentence}") <= LEAD_CHARS:
            taken.insert(0, flat[at - 1])
        elif person or (needs and flat[at - 1] in SENTENCE_END.split(lines[0])):
            return answer
    kept = []
    for line in lines:
        if any(part in line for part in taken):
            line = " ".join(part for part in SENTENCE_END.split(line)
                            if part.removeprefix(BULLET) not in taken)
            if not line.strip() or line.strip() == BULLET.strip():
                continue
        kept.append(line)
    return "\n".join([" ".join(taken), *kept])


def _list_end(lines: Sequence[str], at: int) -> int:
    """Where the list items following line ``at`` end (the index after the last)."""
    end = at + 1
    while end < len(lines) and lines[end].startswith(BULLET):
        end += 1
    return end


# A sentence opening with these leans on the one before it for what it is about
_BACK_FIRST = frozenset("""it its they their them this that these those he his she her ia dia
    mereka ini itu""".split())
_BACK_SECOND = frozenset("ini tersebut it".split())  # "KTT ini", "sidang tersebut", "with it"


# A sentence pointing back so leans on the one before it: "That period has ended ...",
# "Tanggal itu mengenang ..." (not "this": "KTT ini ..." is the summit its heading names) ...
_POINTING_BACK = frozenset("that those itu tersebut".split())
# ... and one on a decision or condition is nothing without it: "The decision answered US
# proposals to take over Gaza.", "Syarat terakhir itu ada dalam ... Pasal 3(e)"
_DEEDS = frozenset("decision decisions move step condition keputusan langkah syarat".split())
_POINTING = _POINTING_BACK | frozenset("the this these ini".split())


# ... and one on a person named before it, by the first words of it ("In 2018 he told ...";
# not "ia", which is also "it": "Ia dibentuk oleh ..." of the General Secretariat, unless it
# speaks: "Kepada wartawan pada 2018 ia mengatakan ..." was shown of Mohammed bin Salman)
_PERSON_BACK = frozenset("he she his her him dia beliau".split())
_SPEAKING = frozenset("mengatakan menyatakan berkata mengaku menegaskan menyebut".split())
PERSON_WORDS = 5


def _on_someone_before(sentence: str) -> bool:
    """Whether a sentence speaks of a person only as "he" or "she" in its first words."""
    words = re.findall(r"\w+", sentence.lower())[:PERSON_WORDS + 1]
    return not _PERSON_BACK.isdisjoint(words[:PERSON_WORDS]) or any(
        word == "ia" and said in _SPEAKING for word, said in itertools.pairwise(words))


def _named_in(flat: Sequence[str], at: int, lead: str) -> bool:
    """Whether the person sentence ``at`` of ``flat`` speaks of is the one the ``lead``
    names: the sentences before it back to one naming someone, that one in the lead."""
    while at > 0 and _on_someone_before(flat[at - 1]):
        at -= 1
    return at == 0 or flat[at - 1] in SENTENCE_END.split(lead)


def _leaning(sentence: str) -> tuple[bool, bool]:
    """Whether a sentence leans on the one before it, and whether it is nothing without it."""
    words = set(re.findall(r"\w+", sentence.lower())[:3])
    return bool(_POINTING_BACK & words), bool(_DEEDS & words) and bool(_POINTING & words)


# ... or says it is about what came before ("The bodies named above are examples ...")
_ABOVE = re.compile(r"\b(?:named|listed|mentioned|given) above\b|\bdi atas\b", re.IGNORECASE)


def refers_back(sentence: str) -> bool:
    """Whether a sentence names what it is about only by pointing back ("Its communiqué also
    called for ...", "Komunikenya ...", "KTT ini ..."): shown first, it reads as about
    whatever was asked."""
    words = re.findall(r"\w+", sentence.lower())[:2]
    return bool(words) and (words[0] in _BACK_FIRST or possessed(words[0])
                            or not _BACK_SECOND.isdisjoint(words[1:])
                            or bool(_ABOVE.search(sentence)))


# "-nya" words that are adverbs, owned by nothing ("*awalnya* mau jadi tuan rumah": at first;
# "*Sebelumnya*, Taha ...": before that)
_ADVERBS_NYA = frozenset("""awalnya akhirnya biasanya sebenarnya sepertinya katanya rupanya
    tampaknya kayaknya harusnya seharusnya mestinya semestinya sebelumnya selanjutnya
    misalnya contohnya sebaliknya akibatnya berikutnya sesudahnya setelahnya""".split())
# ("siapa sekjen OKI dan kapan KTT *berikutnya*?": the next one, not the first one's; read
# with the Secretary-General, it got the length of his term)


def possessed(word: str) -> bool:
    """ "perannya", "programnya": its role, its programme; not an adverb's "-nya" ("kok
    *kayaknya* diem aja": it seems)."""
    return word.endswith("nya") and len(word) > len("nya") + 2 and word not in _ADVERBS_NYA


def said(word: str, forms: frozenset[str]) -> bool:
    """Whether a text whose words (and their stems) are ``forms`` says ``word``."""
    return word in forms or not stems(word).isdisjoint(forms)


def focus_line(lead: frozenset[str], lines: Sequence[frozenset[str]],
               salient: Mapping[str, float], rare: Callable[[str], bool],
               items: frozenset[int] = frozenset()) -> int | None:
    """The index of the later line (in ``lines``, the answer's lines after the lead) that
    says most of what ``lead`` leaves unsaid, or None when the lead is answer enough or no
    single line stands out. ``rare``: whether few answers use a word; ``items``: the indices
    of the lines that are items of a list."""
    missing = {word: weight for word, weight in salient.items()
               if not said(word, lead) and rare(word)}
    if len(missing) < FOCUS_WORDS:
        # ... or the one item of a list saying all of it, common words too ("Kapan Jokowi
        # bertemu Sekjen Taha?": the dated item of a list of what Indonesia did)
        unsaid = [word for word in salient if not said(word, lead)]
        whole = [index for index, line in enumerate(lines)
                 if index in items and all(said(word, line) for word in unsaid)]
        # (three, one of them rare: "Kelompok *Kontak* OKI untuk Perdamaian dan Dialog
        # dipimpin oleh negara mana?"; not "jakarta tuan rumah oki", which the list answers)
        enough = WHOLE_WORDS - bool(missing)
        return whole[0] if len(unsaid) >= enough and len(whole) == 1 else None
    scored = sorted(((sum(weight for word, weight in missing.items() if said(word, line)),
                      sum(said(word, line) for word in missing), index)
                     for index, line in enumerate(lines)), reverse=True)
    if not scored:
        return None
    weight, count, index = scored[0]
    if count < FOCUS_WORDS or (len(scored) > 1 and scored[1][0] == weight):
        return None
    return index


def qualifies(sentence: str) -> bool:
    """Whether a sentence qualifies the one before it ("Sources differ, however: ...")."""
    return not CONTRASTING.isdisjoint(re.findall(r"\w+", sentence.lower())[:CONTRAST_WORDS])


def most_said(lead: frozenset[str], folded: Sequence[tuple[str, frozenset[str]]],
              salient: Mapping[str, float], title: frozenset[str] = frozenset()) -> int | None:
    """The index of the folded sentence (in ``folded``: each with its words) that says more
    of the question than the lead does, and at least two of its words the lead leaves unsaid,
    clearly more than any other sentence: "Which countries formed the troikas in 2014?" is
    answered by one later sentence of an entry whose lead says what the body is. None
    otherwise. A heading ("... summits:") is no answer, nor a sentence that qualifies the one
    before it ("However, ..."); one word of the question is too little to go by ("what led to
    the *creation* of the OIC": an opinion on it, not the lead's trigger)."""
    missing = {word: weight for word, weight in salient.items() if not said(word, lead)}
    # (of a lead saying no word of the question but what the entry is about, its title's
    # words, those words are left out on both sides: "first session of the islamic fiqh
    # academy" is not answered by a lead saying what the academy is)
    about = title if all(said(word, title) for word in salient if said(word, lead)) \
        else frozenset()
    told = sum(weight for word, weight in salient.items()
               if said(word, lead) and not said(word, about))
    scored = sorted(((sum(missing[word] for word in words), index, words)
                     for index, (sentence, forms) in enumerate(folded)
                     if not sentence.endswith(":") and not qualifies(sentence)
                     for words in ([word for word in missing if said(word, forms)],)),
                    reverse=True)
    if not scored:
        return None
    weight, index, words = scored[0]
    says = sum(w for word, w in salient.items()
               if said(word, folded[index][1]) and not said(word, about))
    if says <= told or len(words) < FOCUS_WORDS or (
            len(scored) > 1 and weight < scored[1][0] * MOST_SAID_LEAD):
        return None
    return index


def refocused(answer: str, index: int) -> str:
    """``answer`` with its line ``index + 1`` (a line after the lead) first; nothing dropped.
    The first item of a list under the lead already shows with it: that answer is unchanged."""
    lines = answer.splitlines()
    if index == 0 and lines[1].startswith(BULLET):
        return answer
    chosen = lines.pop(index + 1)
    return "\n".join([chosen.removeprefix(BULLET), *lines])
