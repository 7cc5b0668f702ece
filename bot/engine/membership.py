"""Proposals about a country named in a question: its standing in the OIC, or its role.

"Apakah Turki anggota OKI?" and "is China in the OIC?" ask for a standing; "peran Pakistan di
OKI" for a role (from the country's `role` data). Each proposal says how well that reading fits:
membership and role words raise it, every other salient word lowers it, so "is Indonesian an
official language?" stays with the languages answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Any

from bot.content.model import LANGS, Country, Entry, KnowledgeBase, Source
from bot.engine.countries import CountryIndex
from bot.engine.decide import Thresholds
from bot.engine.focus import REASON_ASKED
from bot.engine.message import REASON_GIVEN, WHEN
from bot.engine.normalize import ORG_PREFIX, Normalized, fold
from bot.engine.proposal import Proposal
from bot.engine.regions import RegionIndex
from bot.engine.reply import Link, Reply
from bot.engine.standing import EXIT_WORDS, SUSPENDED, dated_from
from bot.engine.tables import (
    BACK_FROM,
    FOUNDED,
    NEGATIONS,
    WHO_ONLY,
    YEAR,
    YEAR_WORDS,
    counted_back,
    decade_of,
    ordinal,
    ordinals,
)
from bot.engine.texts import TEXTS

ROLE_SCORE = 0.92  # a role asked with "peran"/"role" and the country named
# "Why is India not a member?" asks for a reason, not a standing: an entry that gives the reason
# should win; the standing alone still answers when there is none.
REASON_WORDS = (" kenapa ", " mengapa ", " why ", " how come ")
# ... and asking since when it has been in the OIC is asking its standing, which gives the year
# ("is bangladesh in oic since when" got the university in Dhaka)
# (how long too: "sudah berapa lama palestina jadi anggota oki" got why the OIC failed Palestine)
SINCE_WORDS = (" since when ", " sejak kapan ", " sejak tahun berapa ", " from which year ",
               " from what year ", " dari tahun berapa ", " how long ", " berapa lama ")
REASON_FACTOR = 0.8
UNCUED_LEAVES = 0.8  # several standings asked with no word of membership, a word unexplained
IN = frozenset("in di dalam".split())  # "why isn't China *in* the OIC"
IS_ASKED = frozenset("is are was were apakah apa".split())  # ... "*is* Israel in the OIC?"
SAID_IS = frozenset("is are".split())  # ... or "Israel *is* in the OIC?"
DENIED_WITHIN = 4  # ... the words after "not" that deny a standing ("not China in")
# "the last to join in the 1990s", "yang pertama gabung tahun 70-an": one end of the span
LAST_JOINED = frozenset("terakhir akhir latest last".split())
ASKING_ANNOUNCED = frozenset("question pertanyaan soal".split())  # ... "last question: ..."
FIRST_JOINED = frozenset("pertama first earliest".split())
ORDER_WORDS = frozenset("""awal pertama duluan dulu first earliest earlier terakhir latest last
    newest recently terbaru baru paling most""".split())
# "the second to last country to join", "the third newest member": counted back by joining year
JOINED_BACK = (*BACK_FROM, ("newest",), ("terbaru",), ("paling", "baru"))
NEWEST = frozenset(("terbaru", "newest"))  # ... "anggota terbaru ketiga"
NEWEST_SAID = (("paling", "baru"), ("most", "recent"), ("most", "recently"))  # ... in two words
RECENTLY = frozenset(("recently", "recent"))  # "joined the OIC most recently"
# "Are Guyana and Suriname members?": one standing answer for all, keyed membership:GY_SR
# ("_" travels in callback data and deep links, where "," may not).
COUNTRY_JOIN = "_"
# "Has *any* country joined since?": asked of others than the one named, not its standing
ANY_OTHER = frozenset("any another other others else lain lainnya".split())
# "Negara anggota OKI yang bergabung tahun 1972": the members listed as joining then, keyed
# joined:1972-1972 (a span: "between 1969 and 1972").
_SPAN = re.compile(r"^(\d{4})?-(\d{4})?$")  # ("2002-": after 2001; "-1991": before 1992)
SPAN_WORDS = frozenset("tahun year years between antara sampai hingga and dan to from dari".split())
# "Which countries joined after 1995?", "sejak 2001": a span open on one side, not that year
# (it listed 1995's); "in or after 1992", "atau sesudahnya" keep the year
SINCE = frozenset("since sejak semenjak".split())
AFTER = frozenset("after setelah sesudah".split())
BEFORE = frozenset("before sebelum".split())
BY = frozenset("by until till".split())  # "by 1974": up to and including it
SAME_TIME = frozenset("bareng bersamaan barengan together same".split())  # ... as another joined
INCLUDING = frozenset("or atau".split())
COUNT_WORDS = frozenset("berapa jumlah jumlahnya banyaknya many".split())  # a count, not a list
# What a yes/no question about a standing asks: "Is Turkey an *observer*?" is answered "No." for
# a full member, "Is Brunei a *founding* member?" "No." for a member since 1984.
OBSERVER_WORDS = frozenset("observer observers pengamat peninjau".split())
FOUNDING_WORDS = frozenset("founding founder founders pendiri pendirinya original awal "
                           "menyusul".split())  # ("anggota awal ... atau menyusul?")
MEMBER_WORDS = frozenset("member members anggota anggotanya keanggotaan".split())
# "Why did Pakistan join?": asked why it joined (the year it did is no reason)
# the words of "why is X an OIC member / in the OIC" beside the country and "why" (not
# "still": why it stays is not why it joined)
WHY_MEMBER_SAID = MEMBER_WORDS | frozenset(
    "is are was a an the in of itu jadi menjadi adalah di dalam negara country "
    "sebagai state full penuh".split())
JOINING = frozenset("join joined joining gabung bergabung masuk ikut become became".split())
# ... and who founded it, asked of countries
# "which member ... with X": X is who another dealt with, not the one asked about
_WHICH_MEMBER = re.compile(r" (?:which|what) (?:member|members|country|countries|state|states) |"
                           r" (?:negara|anggota) (?:mana|apa) ")
_WITH = frozenset("with dengan against melawan".split())
_FOUNDED_BY = re.compile(r" (?:founded|started|established|created|formed|set up|initiated|"
                         r"didirikan|dibentuk|digagas|diprakarsai) (?:by|oleh) ")
# A record telling of a suspension (Egypt's note, Syria's entry)
SUSPENSION_TOLD = re.compile(r"suspen|expel|dibekukan|pembekuan|membekukan|dikeluarkan",
                             re.IGNORECASE)
# "Kazakhstan has been in the OIC since the Rabat summit", "Brunei masuk OKI pada KTT Taif":
# a joining dated by a meeting is answered by the year it joined (the summit's card left the
# claim standing), and never "Yes." (which meeting fell in that year is not compared)
ONLY = frozenset("only just merely cuma hanya hanyalah sekadar".split())
BECOMING = frozenset("become became".split())  # ... joining only as a member
BECOMING_ID = frozenset(("jadi", "menjadi"))  # ... and in Indonesian, where it is said so
# "Is Uganda a Muslim-majority country?": its standing says so where a source does, and a
# "Yes." would answer whether it is a member
MAJORITY = frozenset("majority mayoritas".split())
LEADING = frozenset("pemimpin memimpin kepemimpinan lead leader leadership".split())
OUR_NAMES = frozenset("oic oki oci organisation organization organisasi".split())  # ... asked of
JOIN_DATING = frozenset("since sejak semenjak at in during pada saat ketika waktu di when".split())
MEETINGS = frozenset("""ktt summit konferensi conference session sidang cfm icfm ktm meeting
    pertemuan muktamar""".split())
# ... "has been in the OIC since" (read in words and in tokens, where "oic" is "oki")
OIC_NAMES = ("oki", "oic")
IN_THE_OIC = tuple((w, o) for w in ("in", "di", "dalam") for o in OIC_NAMES)
MEETING_NEAR = 4  # words after the dating word that may name the meeting
MEETING_WITHIN = 6  # ... after "anggota OKI ketika", or a hosting between ("saat menjadi tuan
HOSTING = frozenset("tuan rumah host hosting hosted".split())  # rumah KTT Putrajaya")
# ... but not a standing restored ("dipulihkan pada KTT Banjul")
RESTORED = frozenset("restored reinstated dipulihkan dikembalikan".split())
# The one nearest the member named: "negara *terakhir* yang gabung sebelum Pantai Gading" (its
# own standing answered, "Ya."), "the *first* to join after Guyana"
NEAREST = {"before": frozenset("terakhir last latest terbaru newest".split()),
           "after": frozenset("pertama first next berikutnya".split())}
# The others joining after a member ("negara apa *lagi*", "*other* countries")
OTHERS = frozenset("lain lainnya lagi other others else new baru next berikutnya".split())
WHO_JOINED = frozenset("who siapa".split())  # ... "who joined after Indonesia?"
# "Is Turkey *not* a member?": "Yes" or "No" would be read both ways, so neither is said.
# "Why did India become an observer?": the reason asked for a status it does not hold
MISCALLED = frozenset("why kenapa mengapa knp become became becoming menjadi jadi".split())
CHOICE = frozenset(("or", "atau", "ataukah"))
# "Siapa yang memimpin KTT OKI *di* Pakistan?": a country after these is where something
# happened, not who played a part ("memimpin" is a role cue; the summit's row answers)
PLACE_WORDS = frozenset("di in at".split())
COPULAS = frozenset("adalah merupakan ialah".split())  # "is", said before what a country is
SINCE_ASKED = frozenset("since sejak".split())  # "since when", "sejak kapan": a standing's year
# ... nor after these, a point in a sequence: "negara apa yang memimpin OKI *sebelum* Gambia"
# asks for the chair before it (it got The Gambia's role)
SEQUENCE_WORDS = frozenset("sebelum setelah sesudah before after".split())
# ... "or not", "true or false", "or nah" ask for one only
NOT_A_CHOICE = NEGATIONS | frozenset("no nah nope nggak gak enggak ngga false salah wrong".split())
BEFORE_CUE = frozenset("a an menjadi jadi lagi".split())
# "Negara OKI di Afrika", "OIC countries in Central Asia": the members there are asked for as
# surely as with "anggota"
COUNTRY_WORDS = frozenset("negara negaranya countries country state states nations".split())
STANDING_SAID = MEMBER_WORDS | OBSERVER_WORDS | COUNTRY_WORDS  # ... after "adalah": a standing
# A region's members are listed with the year each joined ("the last to join from the
# Americas") up to this many; longer lists are names only, so a phone shows the first line
YEARS_UP_TO = 6
# ... and asked for as a list ("sebutin", "name the", "apa aja")
LIST_WORDS = frozenset("list daftar sebutkan sebutin sebut name apa saja aja mana which".split())
# ... and of the members in a region, where they come from or lie, on which continent ("berapa
# negara anggota OKI yang berasal dari Afrika?", "... yang berada di Afrika" got the four
# continents, "berasal", "berada" unexplained by the list)
FROM_WORDS = frozenset("""berasal asal come comes coming from dari continent benua berada
    terletak located situated lie lies""".split())
# A standing answers when a country joined formally, and whether it still is one
FORMALLY = frozenset("resmi secara officially formally formal".split())
FULL = frozenset("full penuh".split())
STILL = frozenset("still masih already yet sudah belum".split())
IN_REGION = "@"  # joined:1992@central_asia: those of a region among the year's


class CountrySource:
    """Standing and role proposals, and their replies."""

    def __init__(self, kb: KnowledgeBase, countries: CountryIndex,
                 weight: Callable[[str], float], common_weight: float,
                 words: Callable[[str], tuple[str, ...]], plain: Callable[[str], bool],
                 tokens: Callable[[str], tuple[str, ...]], regions: RegionIndex) -> None:
        """``words``: a text's words, before synonyms are collapsed; ``tokens``: after."""
        self.kb = kb
        # the countries whose record (its note, or its entry) tells of a suspension
        self._suspension_told = frozenset(
            c.code for c in kb.countries.values() if SUSPENSION_TOLD.search(" ".join(
                [*(c.note or {}).values(), *(kb.entries[c.entry].answer.values()
                                             if c.entry else ())])))
        self.countries = countries
        self._words = words
        self._tokens = tokens
        self._noted: dict[str, frozenset[str]] = {}
        self._plain = plain
        self._weight = weight
        self._common = common_weight
        # "what has the OIC done for Palestine" asks something else than Palestine's standing.
        self._specific = tuple(dict.fromkeys(
            f" {' '.join(words(p))} " for ws in kb.lexicon.question_words.values() for p in ws))
        self._ours = kb.lexicon.our_name
        self._membership_cues = _cues(kb.lexicon.membership_cues)
        self._role_cues = _cues(kb.lexicon.role_cues)
        self.regions = regions

    def propose(self, code: str, name_words: tuple[str, ...], normalized: Normalized,
                names_oic: bool, thresholds: Thresholds,
                others: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> list[Proposal]:
        """What a question naming ``code`` (with ``name_words``), and perhaps ``others`` after
        it, may be asking about it: a standing covers every country named, a role one."""
        padded = f" {' '.join(normalized.words)} "
        if _FOUNDED_BY.search(padded):
            # "Was the OIC founded by Iran and Pakistan?" asks who founded it: their standings
            # ("a member, listed as joining in 1969") read as a yes
            return []
        if _WHICH_MEMBER.search(padded) and _partner(normalized.words, name_words):
            # which member did something with it: "Which member was suspended after signing
            # a peace treaty with Israel?" got "Israel is not a member of the OIC"
            return []
        role_cues = [c for c in self._role_cues if c in padded and not (
            # (who leads the country, with no word of the OIC, is its leader asked: "siapa
            # pemimpin iran sekarang" got Iran's role in the OIC)
            not names_oic and LEADING.intersection(c.split())
            and not WHO_ONLY.isdisjoint(normalized.words))]
        member_cues = [c for c in self._membership_cues if c in padded]
        if not member_cues and _asked_in(normalized, name_words, self.kb.lexicon.our_name):
            # "is israel in the oic lol" got who may join, by an example asking why it is not
            member_cues = [" in "]
        proposals = []
        country = self.kb.countries.get(code)
        if any(MAJORITY.intersection(c.split()) for c in member_cues) and not (
                country and country.note and MAJORITY.intersection(
                    fold(country.note["en"]).replace("-", " ").split())):
            # whether its population is mostly Muslim, which its standing does not say: the
            # entry on the members that are not answers ("Is Nigeria a Christian-majority
            # member?" got "Nigeria is a member")
            member_cues = []
        # "Did Iran leave the OIC?": a member's standing answers that it has not ("Sri Lanka's
        # observer status withdrawn", "Zimbabwe withdrew" ask something else)
        # ... nor was a country never in it expelled ("When was Israel expelled from the
        # OIC?": not a member, nor an observer; "Zimbabwe withdrew" has an entry)
        if country is None:
            leaving = not SUSPENDED.isdisjoint((*normalized.words, *normalized.tokens))
        else:
            # (a country never in it left nothing either: "knp israel keluar dr oki" got the
            # members once suspended)
            leaving = (country.status != "observer" and _leaving(normalized.words)) or (
                not others and _never_suspended(country, normalized.words,
                                                 self._suspension_told))
        if role_cues and country and country.role and not _placed(normalized.words, name_words):
            # (without the OIC named too: "what role does the gambia play" was refused; what
            # else the question names is weighed as unexplained: "... play in South Asia")
            covered = self._covered(name_words, role_cues + member_cues)
            proposals.append(Proposal(
                "countries", f"role:{code}", ROLE_SCORE * self._fit(normalized, covered),
                f"role of {code}: {', '.join(c.strip() for c in role_cues)}", covered))
        # "Why is Guyana in the OIC?" still asks about its standing; "what has the OIC done
        # for Palestine?" does not.
        unasked, since_words = padded, set()
        for since in SINCE_WORDS:
            if since in unasked:
                unasked = unasked.replace(since, " ")
                since_words.update(since.split())
        asks_other = any(w in unasked for w in self._specific if w not in REASON_WORDS)
        if member_cues or leaving or (names_oic and not asks_other):
            why_not = self._why_not(country, padded, normalized.words) if not others else ()
            # (with who may join, it answers why: "why isn't china in the oic" got the OIC's
            # words on Xinjiang, an example asking why it does not condemn China as close)
            base = thresholds.membership if member_cues or leaving or why_not \
                else thresholds.membership_uncued
            if (any(w in padded for w in REASON_WORDS) or leaving) and not why_not and not (
                    country and _never_suspended(country, normalized.words,
                                                 self._suspension_told)):
                # (an entry on why Indonesia "left" answers better; not a suspension its
                # record does not tell of, which the standing says never happened: "Mengapa
                # keanggotaan Indonesia di OKI pernah dibekukan?" got Indonesia's joining)
                base *= REASON_FACTOR
            codes = COUNTRY_JOIN.join((code, *(c for c, _ in others)))
            # ... and whether it is a founding member, which the standing's year answers
            covered = self._covered((*name_words, *(w for _, ws in others for w in ws)),
                                    member_cues) | FOUNDING_WORDS.intersection(normalized.words)
            if member_cues:  # (joined formally: "indonesia resmi jd anggota oki dari taun brp"
                # got the official languages, "resmi" unexplained by the standing)
                covered |= FORMALLY.intersection(normalized.words)
                full = covered | FULL.intersection(normalized.words)
                if not any(w in padded for w in REASON_WORDS) and self._fit(normalized,
                                                                            full) == 1:
                    # ... and fully, when nothing else is asked ("thailand is a full oic member
                    # right" was not sure); not why ("Why did Indonesia only become a full
                    # member in 1991?" is its membership's history) nor what a full member
                    # may do ("... does Russia vote at summits?")
                    covered = full
            # (and whether it still is, or already is, which the standing says as of its
            # sources: "is afghanistan still in the oic" got the OIC's envoy for Afghanistan,
            # "palestina udh jd anggota oki blm" why the OIC has not freed Palestine)
            covered |= STILL.intersection(normalized.words)
            # ... and where it lies, said of it as a premise ("Guyana kan di Amerika Selatan,
            # ... gabung tahun berapa?": the second question got the members' continents)
            region, placed = self.regions.named(normalized.tokens)
            if region is not None and country is not None and self.regions.holds(region, code):
                covered |= placed
            # ... and the "is" that says it ("Benar atau salah, Palestina adalah anggota OKI"
            # got the entry on Palestine, "adalah" unexplained by the standing)
            covered |= {w for w, after in zip(normalized.words, normalized.words[1:], strict=False)
                        if w in COPULAS and after in STANDING_SAID}
            if (MEMBER_WORDS | OBSERVER_WORDS).intersection(normalized.words):
                covered |= COUNTRY_WORDS.intersection(normalized.words)  # "observer *state*"
            # ... and a negated standing, which it confirms or corrects ("Palestina bukan
            # anggota OKI. Benar atau salah?" was not sure, "bukan" left unexplained), with
            # the reason given for it when it is a member: the reason is moot ("... karena
            # belum merdeka" got why the OIC has not settled Palestine)
            words = normalized.words
            # (not of a founding member, which the standing answers only by a year: "Indonesia
            # bukan anggota pendiri OKI karena tidak hadir di Rabat" is its membership entry's)
            negated = [i for i, w in enumerate(words)
                       if w in MEMBER_WORDS | OBSERVER_WORDS and _negated(words, i)
                       and not FOUNDING_WORDS.intersection(words[i + 1:i + 2])]
            covered |= NEGATIONS.intersection(words) if negated or why_not else frozenset()
            covered |= REASON_ASKED.intersection(words) if why_not else frozenset()
            # (... and a standing claimed of a country never in it, with the reason given:
            # "China jadi anggota OKI ya karena ada muslim Uighur?" got the OIC on the
            # Uighurs, never saying China is not a member)
            claimed = [i for i, w in enumerate(words) if w in MEMBER_WORDS] \
                if not negated and (country is None or country.status != "member") \
                and not others else []
            if (negated and country is not None and country.status == "member") or claimed:
                reason = next((i for i in range((negated or claimed)[0], len(words))
                               if words[i] in REASON_GIVEN), None)
                if reason is not None:
                    covered |= set(words[reason:])
            if country is not None and country.status != "observer" and OBSERVER_WORDS & set(
                    normalized.words) and NEGATIONS.isdisjoint(normalized.words):
                # why it is an observer, which it is not: the standing says so ("Mengapa India
                # menjadi negara pengamat OKI?" got the observer applications of 2006)
                covered |= MISCALLED.intersection(normalized.words)
            if leaving:
                covered |= (EXIT_WORDS | SUSPENDED).intersection(
                    (*normalized.words, *normalized.tokens))
                # ... and when it is claimed to have happened, which it did not ("Why was Iran
                # expelled in 2016?")
                covered |= {t for t in normalized.tokens if YEAR.fullmatch(t)}
                # ... or the meeting it is claimed to have followed ("Why was Qatar suspended
                # after the 2019 Makkah summit?" got the summit)
                dating = dated_from(normalized.tokens)
                if dating is not None:
                    covered |= set(normalized.tokens[dating:])
            dated_join = joined_at(normalized.tokens)
            if dated_join is not None:
                covered |= set(normalized.tokens[dated_join])
            elif not leaving and _joining_claimed(normalized.words):
                # ... and the year it is said to have joined, which the standing confirms or
                # corrects ("Togo masuk OKI tahun 1990 ya?": "No", it joined in 1997; it was
                # left unexplained, and the question declined)
                covered |= {t for t in normalized.tokens if YEAR.fullmatch(t)}
            # ... and the organisations named by the note shown with it ("though not in the
            # UN": Palestine's; its other words would explain "sejak kapan" as well)
            if country is not None:
                covered |= self._newest_asked(normalized.words)
            covered |= self._note_orgs(code) | since_words
            # ... and "only", of a standing claimed ("Iran is only an observer, isn't it?" got
            # the PUIC, an observer organisation based in Tehran)
            covered |= ONLY.intersection(normalized.tokens)
            # ... and the year each joined, which it says ("anggota sejak 1969")
            joined = {str(c.since) for c in map(self.kb.countries.get,
                                                (code, *(c for c, _ in others))) if c and c.since}
            covered |= joined.intersection(normalized.tokens)
            if others:
                # "Which of these is not a member: Pakistan, India, ...?": the standings,
                # one line each, answer whichever of them is asked for, and which joined
                # first or last (each says its year)
                covered |= {t for t in normalized.tokens if self._plain(t) or t in ORDER_WORDS}
            cue = ", ".join([*(c.strip() for c in member_cues), *(["leaving"] if leaving else [])]
                            ) or "the OIC named"
            fit = self._fit(normalized, covered)
            # (several countries named with no word of membership: a word their standings
            # leave unexplained asks what is between them, "OKI dan perang Iran Irak" got both
            # joining years; one country's is still its standing, "Is Turkey an islamic
            # country in the OIC?")
            uncued = UNCUED_LEAVES if others and not (member_cues or leaving) and fit < 1 \
                else 1.0
            proposals.append(Proposal("countries", f"membership:{codes}", base * fit * uncued,
                                      f"standing of {codes}: {cue}", covered))
        side = _joined_beside(normalized.tokens, name_words) if country and country.since \
            and not others else None
        if side is not None and country is not None and country.since:
            # "Setelah Guyana bergabung tahun 1998, negara apa lagi yang masuk OKI?" asks for
            # the members after it (its own standing opened "Ya."); "tepat sebelum Pantai
            # Gading" for the last before it, "bareng Bangladesh" for those of its year
            before = self.joined(f"-{country.since - 1}")
            span = {"after": f"{country.since + 1}-", "same": f"{country.since}-{country.since}",
                    "before": f"{before[-1].since}-{before[-1].since}" if before else ""}[side]
            covered = self._covered(name_words, member_cues) | SINCE | AFTER | BEFORE | \
                OTHERS | COUNTRY_WORDS | LIST_WORDS | SAME_TIME | {str(country.since)} | \
                NEAREST.get(side, frozenset())
            if span:
                proposals.append(Proposal("countries", f"joined:{span}", thresholds.membership
                                          * self._fit(normalized, covered),
                                          f"members joining {side} {code}", covered))
        return proposals

    def propose_joined(self, normalized: Normalized, names_oic: bool, thresholds: Thresholds
                       ) -> list[Proposal]:
        """"Which countries joined the OIC in 1974?", "negara anggota OKI dari tahun 1969
        sampai 1972": the members listed as joining in that year or span, from the country
        data (no example question can name every year)."""
        years = sorted({int(t) for t in normalized.tokens if YEAR.match(t)})
        decades = [(t, first) for at, t in enumerate(normalized.tokens)
                   if (first := decade_of(normalized.tokens, at)) is not None]
        if len(decades) == 1 and years in ([], [decades[0][1]]):
            # "how many members joined in the 1990s": each year of it
            years = [decades[0][1], decades[0][1] + 9]
        padded = f" {' '.join(normalized.words)} "
        cues = self._listing_cues(padded)
        # (a count only of the joining: "berapa anggota OKI tahun 2000" asks how many members
        # it had then, "berapa negara yang bergabung tahun 1992" how many joined)
        # (the OIC unnamed, countries or members joining are its members: "Which countries
        # joined in 1992?" got the entry on Zanzibar, "Which member joined in 1986?" all 57;
        # no other organisation is named on this path)
        ours = names_oic or not (JOINING.isdisjoint(normalized.tokens)
                                 or (COUNTRY_WORDS | MEMBER_WORDS).isdisjoint(normalized.tokens))
        if not (ours and cues and years) or len(years) > 2 or (COUNT_WORDS.intersection(
                normalized.tokens) and JOINING.isdisjoint(normalized.tokens)):
            return []
        span = _open_span(normalized.tokens, years) or f"{years[0]}-{years[-1]}"
        if not self.answers_joined(span):
            return []
        back = _back(normalized.tokens)
        # (of one region: "Negara Asia Tengah yang bergabung ke OKI tahun 1992" was not sure,
        # "asia tengah" unexplained by the year's list)
        region, said = self.regions.named(normalized.tokens)
        region = region if region and self.regions.members(region) else None
        covered = self._covered(tuple(str(y) for y in years), cues) | SPAN_WORDS | SINCE | \
            LAST_JOINED | FIRST_JOINED | (back[1] if back else frozenset()) | \
            AFTER | BEFORE | INCLUDING | LIST_WORDS | COUNTRY_WORDS | {
                t for decade, _ in decades for t in (decade, "an")} | \
            (said | FROM_WORDS if region else frozenset())
        return [Proposal("countries", f"joined:{span}{IN_REGION}{region}" if region
                         else f"joined:{span}",
                         thresholds.membership * self._fit(normalized, covered),
                         f"members joining {span}: {', '.join(c.strip() for c in cues)}",
                         covered & frozenset(normalized.tokens))]

    def _listing_cues(self, padded: str) -> list[str]:
        """The membership cues said, that a list of members explains: not "Christian-majority",
        which no list of ours is filtered by ("Which OIC members in Africa are
        Christian-majority?" got all 27 African members; its entry names them)."""
        return [c for c in self._membership_cues
                if c in padded and MAJORITY.isdisjoint(c.split())]

    def propose_members_in(self, normalized: Normalized, names_oic: bool,
                           thresholds: Thresholds) -> list[Proposal]:
        """"Berapa anggota OKI tahun 2000?": how many of today's members had joined by then,
        counted from the country data (it got the budget of 2000). Not the founding year,
        whose count the sources give differently (an entry says so), nor a count of joining."""
        years = [t for t in normalized.tokens if YEAR.match(t)]
        tokens = set(normalized.tokens)
        if not (names_oic and len(years) == 1 and COUNT_WORDS & tokens and MEMBER_WORDS & tokens
                and JOINING.isdisjoint(tokens)) or not self.answers_members_in(years[0]):
            return []
        covered = self._covered((years[0],), []) | COUNT_WORDS | MEMBER_WORDS | COUNTRY_WORDS | \
            SPAN_WORDS
        words = normalized.tokens
        at = words.index(years[0])
        when = next((i for i in range(at - 1, -1, -1) if words[i] in WHEN), None)
        if when is not None and not COUNT_WORDS.isdisjoint(words[:when]):
            # ("How many members did the OIC have when the IsDB started operating in 1975?":
            # the event the year dates, after the count, is no part of what is counted; it
            # got the IsDB's own 22 members) (not before it: "When the IsDB was founded in
            # 1990, how many members did it have?" asks the IsDB's)
            covered |= frozenset(words[when:])
        return [Proposal("countries", f"members_in:{years[0]}",
                         thresholds.membership * self._fit(normalized, covered),
                         f"members by {years[0]}", covered & frozenset(normalized.tokens))]

    def propose_joined_back(self, normalized: Normalized, names_oic: bool,
                            thresholds: Thresholds) -> list[Proposal]:
        """"The second to last country to join the OIC": the member so many back from the
        newest by the year each joined (it got the newest member). Not within years named,
        which the list of joinings then answers."""
        tokens = frozenset(normalized.tokens)
        back = _back(normalized.tokens)
        # (a member, or a country joining the OIC: "negara kedua terakhir yang bergabung")
        members = bool(MEMBER_WORDS & tokens) or (bool(JOINING & tokens) and (
            names_oic or bool(COUNTRY_WORDS & tokens)))
        if back is None or not members or any(YEAR.match(t) for t in tokens) \
                or not self.answers_joined_back(str(back[0])):
            return []
        covered = self._covered((), []) | back[1] | JOINING | MEMBER_WORDS | COUNTRY_WORDS | \
            LIST_WORDS | WHO_JOINED
        return [Proposal("countries", f"joined_back:{back[0]}",
                         thresholds.membership * self._fit(normalized, covered),
                         f"the member {back[0]} back from the newest", covered & tokens)]

    def propose_joined_nth(self, normalized: Normalized, names_oic: bool,
                           thresholds: Thresholds) -> list[Proposal]:
        """"The third country to join the OIC": counted from the first to join by the year
        each joined (it got the entry on the OIC's benefits). Not counted back from the
        newest, nor within years named."""
        tokens = frozenset(normalized.tokens)
        counts = [(n, words) for n, words in ordinals(normalized.tokens) if n >= 2]
        # ("anggota ke-45", "the 45th member": the 45th to join; it got the 45th CFM's
        # Rohingya committee, "anggota ke-50" the 50th anniversary)
        joining = bool(JOINING & tokens) or (len(counts) == 1 and _beside_member(
            tuple(t for t in normalized.tokens if t != self._ours), counts[0][1]))
        if len(counts) != 1 or not joining or not (
                names_oic or (COUNTRY_WORDS | MEMBER_WORDS) & tokens) \
                or _back(normalized.tokens) or (LAST_JOINED | NEWEST) & tokens \
                or any(YEAR.match(t) for t in tokens) \
                or not self.answers_joined_nth(str(counts[0][0])):
            return []
        covered = self._covered((), []) | counts[0][1] | JOINING | MEMBER_WORDS | \
            COUNTRY_WORDS | WHO_JOINED
        return [Proposal("countries", f"joined_nth:{counts[0][0]}",
                         thresholds.membership * self._fit(normalized, covered),
                         f"the member {counts[0][0]} to join", covered & tokens)]

    def _newest_asked(self, words: Sequence[str]) -> frozenset[str]:
        """The words asking a member's standing as the newest ("Is Suriname the newest OIC
        member?", "apakah Guyana anggota terbaru", or by its number: "Anggota ke-57 OKI itu
        Suriname kan?" was not sure), not counted back from it; none if not asked so."""
        # (not the last question asked: "thanks mate, last question: is indonesia a member"
        # was told "No.", as if asked whether it joined last)
        found = {w for at, w in enumerate(words) if not (
            w in LAST_JOINED and not ASKING_ANNOUNCED.isdisjoint(words[max(0, at - 1):at + 2]))}
        if not (MEMBER_WORDS | JOINING) & found or _back(words) is not None:
            return frozenset()
        last = len(self._by_joining())
        # ("Anggota OKI yg paling baru itu Palestina kan?": the newest, said in two words; "The
        # most recent member to join the OIC was Guyana in 1998, correct?" was let pass)
        newest = {w for pair in NEWEST_SAID if pair in pairwise(words) for w in pair}
        return frozenset((LAST_JOINED | NEWEST) & found | newest).union(
            *(said for number, said in ordinals(tuple(words)) if number == last))

    def answers_joined_nth(self, count: str) -> bool:
        """Whether the member ``count`` to join, from the first, is one of today's members
        before the newest (an entry says which joined last, as the 57th)."""
        return count.isdigit() and 2 <= int(count) < len(self._by_joining())

    def answers_joined_back(self, count: str) -> bool:
        """Whether ``count`` back from the newest member is one of today's members."""
        return count.isdigit() and 2 <= int(count) <= len(self._by_joining())

    def answers_members_in(self, year: str) -> bool:
        """Whether the members by ``year`` are counted: after the founding year, before the
        last to join (from then on, the count of today's members answers, with its date)."""
        return year.isdigit() and int(year) > FOUNDED and bool(self.joined(f"{int(year) + 1}-"))

    def propose_region(self, normalized: Normalized, names_oic: bool, thresholds: Thresholds
                       ) -> list[Proposal]:
        """"Negara anggota OKI di Afrika", "which OIC members are in Central Asia?": the
        members in that region, from the country data (one region only: "Asia or Africa"
        is left to the entries)."""
        padded = f" {' '.join(normalized.words)} "
        cues = self._listing_cues(padded)
        if not names_oic or not (cues or COUNTRY_WORDS.intersection(normalized.words)) or \
                any(YEAR.match(t) for t in normalized.tokens) or \
                not FOUNDING_WORDS.isdisjoint(normalized.tokens):
            return []  # (a year: "African members that joined in 1974", the joined list; the
            # founders: "How many founding members were African?" got all 27 today)
        region, said = self.regions.named(normalized.tokens)
        if region is None or not self.regions.members(region):
            return []
        tokens = frozenset(normalized.tokens)
        newest = bool((LAST_JOINED | NEWEST | RECENTLY) & tokens) or " paling baru " in padded
        edge = "last" if newest else "first" if FIRST_JOINED & tokens else ""
        if edge and (JOINING | MEMBER_WORDS) & tokens:
            # "which african country joined OIC last" got the list of Africa's members: the
            # one (or those of one year) that joined last there
            covered = self._covered(tuple(said), cues) | COUNTRY_WORDS | JOINING | \
                MEMBER_WORDS | LAST_JOINED | NEWEST | RECENTLY | FIRST_JOINED | WHO_JOINED | \
                ({"paling", "baru"} if newest else set())
            return [Proposal("countries", f"region_edge:{region}:{edge}",
                             thresholds.membership * self._fit(normalized, covered),
                             f"the {edge} to join in {region}", covered & tokens)]
        covered = self._covered(tuple(said), cues) | COUNTRY_WORDS | LIST_WORDS | FROM_WORDS
        score = thresholds.membership * self._fit(normalized, covered)
        reason = f"members in {region}: {', '.join(c.strip() for c in cues)}"
        entry = self.kb.regions[region].entry
        if entry:  # an entry written about its members answers (ASEAN's names Thailand, an
            # observer), by the intent that answers with it
            intent = next((i.id for i in self.kb.intents.values() if i.answers == entry), None)
            return [Proposal("intents", intent, score, f"{reason}; its entry {entry}",
                             covered & frozenset(normalized.tokens))] if intent else []
        return [Proposal("countries", f"region:{region}", score, reason,
                         covered & frozenset(normalized.tokens))]

    def answers_joined(self, span: str) -> bool:
        """Whether the members joining in ``span`` have a reply: those listed, or none after
        some did (said with the nearest)."""
        return bool(self.joined(span)) or self._after_the_latest(span) or self._after_some(span)

    def _after_the_latest(self, span: str) -> bool:
        """Whether ``span`` opens after the last year any member is listed as joining ("Which
        countries joined after 2001?": none, which is said, with the latest)."""
        start, _, end = span.partition("-")
        latest = max((c.since for c in self.kb.countries.values()
                      if c.status == "member" and c.since), default=None)
        return bool(start) and not end and latest is not None and int(start) > latest

    def _after_some(self, span: str) -> bool:
        """Whether ``span`` is a year or years after some member is listed as joining
        ("Which countries joined in 2005?": none, which is said, with the nearest)."""
        start, _, end = span.partition("-")
        return bool(start and end) and bool(self.joined(f"-{int(start) - 1}"))

    def joined(self, span: str) -> list[Country]:
        """The members listed as joining within ``span`` ("1969-1972"), by year."""
        found = _SPAN.match(span)
        if not found or not (found[1] or found[2]):
            return []
        start, end = int(found[1] or 0), int(found[2] or 9999)
        return [c for c in self._by_joining() if start <= (c.since or 0) <= end]

    def _by_joining(self) -> list[Country]:
        """The members listed with a year of joining, the earliest first."""
        return sorted((c for c in self.kb.countries.values() if c.status == "member"
                       and c.since is not None), key=lambda c: c.since or 0)

    def _note_orgs(self, code: str) -> frozenset[str]:
        """The other organisations the note on a country's standing names."""
        found = self._noted.get(code)
        if found is None:
            country = self.kb.countries.get(code)
            note = country.note if country and country.note else {}
            found = self._noted[code] = frozenset(
                t for text in note.values() for t in self._tokens(text)
                if t.startswith(ORG_PREFIX))
        return found

    def role_asked(self, words: Sequence[str]) -> bool:
        """Whether a question's words ask a country's role ("peran", "role", "berperan")."""
        padded = f" {' '.join(words)} "
        return any(c in padded for c in self._role_cues)

    def _why_member(self, question: str, code: str) -> bool:
        """Whether "why" asks only why a country is a member ("why is uganda in the oic",
        "kenapa guyana anggota oki"), saying nothing of a suspension or a role."""
        names = {t for lang in LANGS for t in self._tokens(self.countries.name(code).name[lang])}
        return set(self._tokens(question)) <= names | WHY_MEMBER_SAID | {self._ours} | {
            w for reason in REASON_WORDS for w in reason.split()}

    def _covered(self, name_words: tuple[str, ...], cues: list[str]) -> frozenset[str]:
        return frozenset({self._ours, *name_words, *(w for c in cues for w in c.split())})

    def _fit(self, normalized: Normalized, covered: frozenset[str]) -> float:
        """The share of the question's weight this reading explains: its own words, the
        country's name and the cue, against every word that says something ("apa perannya"
        asks for more than a standing)."""
        total = unexplained = 0.0
        for token in dict.fromkeys(normalized.tokens):
            weight = self._weight(token)
            total += weight
            if token not in covered and weight > self._common:
                unexplained += weight
        return 1 - unexplained / total if total else 0.0

    # -- replies -------------------------------------------------------------------------------

    def reply(self, key: str, lang: str, question: str, confidence: float,
              verdict: bool = True, **meta: Any) -> Reply:
        """``verdict``: whether a yes/no question may be answered "Yes."/"No." (not when the
        standing leaves a word of it unexplained: "Is Guyana the *latest* to join?")."""
        kind, _, code = key.partition(":")
        if kind == "role":
            return self.role_reply(code, lang, question or key, confidence, **meta)
        if kind in ("joined", "region"):
            span, _, region = code.partition(IN_REGION)
            found = self.joined_reply(span, lang, question or key, confidence, region or None,
                                      **meta) if kind == "joined" else self.region_reply(
                code, lang, question or key, confidence, **meta)
            return replace(found, answer="\n".join(
                (*self._why_untold(question, lang), found.answer)))
        if kind == "members_in":
            return self.members_in_reply(code, lang, question or key, confidence, **meta)
        if kind == "joined_back":
            return self.joined_back_reply(int(code), lang, question or key, confidence, **meta)
        if kind == "joined_nth":
            return self.joined_nth_reply(int(code), lang, question or key, confidence, **meta)
        if kind == "region_edge":
            region, _, edge = code.partition(":")
            return self.region_edge_reply(region, edge, lang, question or key, confidence,
                                          **meta)
        return self.membership_reply(code, lang, question, confidence, verdict, **meta)

    def membership_reply(self, code: str, lang: str, question: str, confidence: float,
                         verdict: bool = True, **meta: Any) -> Reply:
        if COUNTRY_JOIN in code:
            return self._standings(code.split(COUNTRY_JOIN), lang, question, confidence, **meta)
        texts = TEXTS[lang]
        name = self.countries.name(code).name[lang]
        country = self.kb.countries.get(code)
        # "Is Nigeria a member?" is answered "Yes."; "how did Nigeria become a member?" and a
        # standing opened from a button are not yes/no questions.
        padded = f" {' '.join(self._words(question))} "
        # (nor one asked of any other country: "Côte d'Ivoire joined in 2001. Has any country
        # joined since then?" got "Yes.")
        yes_no = verdict and bool(question) and not any(
            w in padded for w in self._specific) and joined_at(tuple(padded.split())) is None \
            and ANY_OTHER.isdisjoint(padded.split()) and MAJORITY.isdisjoint(padded.split()) \
            and not _year_asked(padded.split())
        # ... by what the first question asks: "Did Thailand join? I saw it listed as an
        # observer" asks whether it joined (it got "Yes." for the observer)
        # (not of another body: "Palestina anggota PBB gak?" got "Ya.")
        first = _first_asked(question)
        opener = _opener(self._words(first), country, self._suspension_told) if yes_no and not any(
            t.startswith(ORG_PREFIX) for t in self._tokens(first)) else None
        # "Is Suriname the newest OIC member?": whether it joined last, and who did
        words = self._words(question)
        newest_asked = self._newest_asked(words)
        newest = self._by_joining()[-1].since if country and country.status == "member" \
            and newest_asked else None
        if opener and newest:
            opener = "yes" if country and country.since == newest else "no"
        claimed = {int(w) for w in words if YEAR.fullmatch(w)}
        if opener == "yes" and country and country.since and claimed and JOINING & set(words) \
                and country.since not in claimed:
            # "Pantai Gading anggota OKI terakhir, masuk tahun 1996?": it joined in 2001 (it
            # got "Ya."), unless lists differ on its year ("Kamerun masuk OKI tahun 1975?":
            # one says so) or its note tells of that year ("Mesir ... 1984?": it returned)
            opener = None if country.years_differ or claimed & _noted_years(country) else "no"
        parts = [texts[opener]] if opener else []
        if country is None or country.status == "not_member":
            parts.append(texts["not_member"].format(name=name))
            sources = country.sources if country else self.kb.country_sources
        else:
            if country.status == "member" and _leaving(words):
                parts.append(texts["never_left"].format(name=name))
            elif _never_suspended(country, words, self._suspension_told):
                # "Why was Iran expelled in 2016?" (a member whose record notes no suspension)
                parts.append(texts["never_suspended"].format(name=name))
            elif any(w in padded for w in REASON_WORDS) and NEGATIONS.isdisjoint(words) and (
                    JOINING.intersection(words) or self._why_member(question, code)):
                # "kenapa pakistan gabung oki", "why is uganda in the oic": the year it joined
                # is no reason
                parts.append(texts["no_reason"].format(name=name))
            elif any(w in padded for w in REASON_WORDS) and not NEGATIONS.isdisjoint(words) \
                    and country.status == "observer":
                # ... nor the year it became an observer, why it is no member ("Why isn't
                # Bosnia a full member?")
                parts.append(texts["no_why"])
            parts.append(texts[country.status].format(name=name, since=country.since))
            if newest and country.since != newest:
                # (asked by its number, "Was Suriname the 57th member?", said by it too)
                numbered = newest_asked - LAST_JOINED - NEWEST - {w for p in NEWEST_SAID for w in p}
                parts.append(texts["newest_nth_is" if numbered else "newest_is"].format(
                    year=newest, nth=ordinal(len(self._by_joining()), lang), names=", ".join(sorted(
                    self.countries.name(c.code).name[lang] for c in self._by_joining()
                    if c.since == newest))))
            if country.years_differ:
                parts.append(texts["years_differ"])
            elif opener == "yes" and FOUNDING_WORDS.intersection(words):
                parts.append(texts["founding_differ"])
            sources = country.sources
        why_not = self._why_not(country, padded, words)
        parts += [entry.answer[lang] for entry in why_not]
        sources = (*sources, *(s for entry in why_not for s in entry.sources))
        if country and country.note:
            parts.append(country.note[lang])
        related = [*(country.related if country else ()), *self.kb.navigation.membership_related]
        if country and country.role:
            related.insert(0, f"role:{code}")
        return Reply(
            question=question or code, kind="membership", lang=lang, intent="membership",
            confidence=confidence, answer=" ".join(parts), sources=sources,
            related=self._links(related, lang), title=texts["membership_title"].format(name=name),
            country=code, **meta)

    def _why_not(self, country: Country | None, padded: str, words: Sequence[str]
                 ) -> tuple[Entry, ...]:
        """The entries on who may join (``navigation: not_member_why``), for a reason asked why
        a country is not a member, which its standing alone leaves unanswered ("why isn't
        china in the oic" got the OIC's words on Xinjiang); none where the country's own entry
        tells why (India's, Russia's)."""
        # (a membership denied: "kenapa oki tidak *membantu* myanmar" asks something else, and
        # "Why hasn't South Africa become an OIC observer?" the observer rules)
        denied = OBSERVER_WORDS.isdisjoint(words) and any(
            w in NEGATIONS and (MEMBER_WORDS | JOINING | IN).intersection(
                words[at + 1:at + DENIED_WITHIN]) for at, w in enumerate(words))
        if (country is not None and (country.status == "member" or country.entry)) or not any(
                w in padded for w in REASON_WORDS) or not denied:
            return ()
        return tuple(self.kb.entries[e] for e in self.kb.navigation.not_member_why)

    def _why_untold(self, question: str, lang: str) -> list[str]:
        """The line saying our sources give no reason, for members asked why they are in the
        OIC: the years they joined are none ("Why are countries like Uganda and Guyana in the
        OIC?", "Kenapa negara-negara Afrika masuk OKI?")."""
        words = self._words(question)
        return [TEXTS[lang]["no_why"]] if any(
            w in f" {' '.join(words)} " for w in REASON_WORDS) and NEGATIONS.isdisjoint(
            words) else []

    def _standings(self, codes: list[str], lang: str, question: str, confidence: float,
                   **meta: Any) -> Reply:
        """Several countries' standings: one line each, then their notes."""
        texts = TEXTS[lang]
        names = [self.countries.name(c).name[lang] for c in codes]
        lines: list[str] = []
        notes: list[str] = []
        sources: list[Source] = []
        members = [(c.since, name) for code, name in zip(codes, names, strict=True)
                   if (c := self.kb.countries.get(code)) and c.status == "member" and c.since]
        if members and self._newest_asked(self._words(question)):
            # "The most recent country to join the OIC was: (A) Guyana (B) Togo ...": which of
            # them joined last, said first (each one's year alone was the answer)
            since, newest = max(members)
            last = self._by_joining()[-1].since
            lines.append(texts["newest_of_these"].format(name=newest, year=since) if since == last
                         else texts["newest_not_these"].format(
                             name=newest, year=since, last=last, names=_and_list(sorted(
                                 self.countries.name(c.code).name[lang] for c in
                                 self._by_joining() if c.since == last), lang)))
        for code, name in zip(codes, names, strict=True):
            country = self.kb.countries.get(code)
            status = country.status if country else "not_member"
            lines.append("• " + texts[f"{status}_item"].format(
                name=name, since=country.since if country else ""))
            if country and country.note:
                # (said of its own country: "However, it did not sign the 1972 Charter", after
                # the list, read as said of the last line's, Singapore's)
                note = country.note[lang]
                notes.append(note if note.startswith(name) else f"{name}: {note}")
            sources += country.sources if country else self.kb.country_sources
        if all((c := self.kb.countries.get(code)) is not None
               and c.status in ("member", "observer") for code in codes):
            lines[:0] = self._why_untold(question, lang)
        joined = _and_list(names, lang)
        return Reply(
            question=question or COUNTRY_JOIN.join(codes), kind="membership", lang=lang,
            intent="membership", confidence=confidence,
            answer="\n".join(lines) + "".join(f"\n\n{n}" for n in notes),
            sources=tuple({s.url: s for s in sources}.values()),
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["membership_title"].format(name=joined),
            country=COUNTRY_JOIN.join(codes), **meta)

    def joined_reply(self, span: str, lang: str, question: str, confidence: float,
                     region: str | None = None, **meta: Any) -> Reply:
        """The members that joined in a year or span, a line per year, from the list that
        every standing cites; asked of a ``region``, those of it said first."""
        texts = TEXTS[lang]
        start, _, end = span.partition("-")
        years = texts["since_year"].format(year=start) if not end else texts[
            "until_year"].format(year=end) if not start else texts["in_year"].format(
            year=start) if start == end else texts["between_years"].format(start=start, end=end)
        joined = self.joined(span)
        # ("Negara yg gabung OKI tahun 1974 ada brp?": how many, then which)
        head = texts["joined" if not COUNT_WORDS.intersection(self._words(question)) else
                     "joined_count_one" if len(joined) == 1 else "joined_count"].format(
            count=len(joined), years=years)
        asked = set(self._words(question))
        side = "last" if LAST_JOINED & asked else "first" if FIRST_JOINED & asked else ""
        back = _back(self._words(question))
        if back and back[0] <= len(joined):  # ("the second to last to join in the 1990s")
            head, joined = self._back_head(joined[::-1], back[0], lang, " " + years)
        elif joined and side and joined[0].since != joined[-1].since:
            at = joined[-1 if side == "last" else 0].since
            joined = [c for c in joined if c.since == at]
            head = texts[f"joined_{side}"].format(years=years)
        observers: list[Country] = []
        if not joined:  # none: the last to join before (and the first after) are named
            earlier, later = self.joined(f"-{start}"), self.joined(f"{end}-") if end else []
            joined = [c for c in earlier if c.since == earlier[-1].since] if earlier else []
            joined += [c for c in later if c.since == later[0].since] if later else []
            head = texts["joined_none_between" if later else "joined_none"].format(years=years)
            low, high = int(start or 0), int(end or 9999)  # (and the observers of the years)
            observers += [c for c in self.kb.countries.values() if c.status == "observer"
                          and c.since is not None and low <= c.since <= high]
        by_year: dict[int, list[str]] = {}
        for country in joined:
            by_year.setdefault(country.since or 0, []).append(
                self.countries.name(country.code).name[lang])
        lines = [f"• {year}: {', '.join(sorted(names))}" for year, names in by_year.items()]
        lines += [texts["observers_then"].format(names=", ".join(
            f"{self.countries.name(c.code).name[lang]} ({c.since})" for c in observers))
                  ] if observers else []
        there: list[str] = []
        if region is not None:
            inside = sorted(self.countries.name(c.code).name[lang] for c in joined
                            if self.regions.holds(region, c.code))
            there = [texts["joined_in_region" if inside else "joined_none_in_region"].format(
                region=self.kb.regions[region].name[lang],
                names=", ".join(inside))]
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_list",
            confidence=confidence,
            answer="\n".join([*there, head, *lines, texts["joined_differ"]]),
            sources=tuple(dict.fromkeys((
                *(self.regions.sources(region) if region is not None else ()),
                *self.kb.country_sources, *(s for c in observers for s in c.sources)))),
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["joined_title"].format(years=years), **meta)

    def joined_back_reply(self, count: int, lang: str, question: str, confidence: float,
                          **meta: Any) -> Reply:
        """The member ``count`` back from the newest, with the years down to its own; one of
        those joining in the same year, all named, when the list orders them no further."""
        texts = TEXTS[lang]
        head, newest = self._back_head(self._by_joining()[::-1], count, lang, "")
        by_year: dict[int, list[str]] = {}
        for country in newest:
            by_year.setdefault(country.since or 0, []).append(
                self.countries.name(country.code).name[lang])
        lines = [f"• {at}: {', '.join(sorted(names))}" for at, names in by_year.items()]
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_list",
            confidence=confidence,
            answer="\n".join([head, *lines, texts["joined_differ"]]),
            sources=self.kb.country_sources,
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["joined_back_title"].format(nth=ordinal(count, lang)), **meta)

    def joined_nth_reply(self, count: int, lang: str, question: str, confidence: float,
                         **meta: Any) -> Reply:
        """The member ``count`` to join, from the first: one of the founders, or of those
        joining in the same year, all named, when the list orders them no further. The
        count rests on how many founders the list has, which sources give differently."""
        texts = TEXTS[lang]
        joined = self._by_joining()
        year = joined[count - 1].since or 0
        tied = sorted(self.countries.name(c.code).name[lang] for c in joined if c.since == year)
        before = sum(1 for c in joined if (c.since or 0) < year)
        names = _and_list(tied, lang)
        if year == FOUNDED:
            head = texts["joined_nth_founders"].format(nth=ordinal(count, lang), n=len(tied))
        else:
            head = texts["joined_nth" if len(tied) == 1 else "joined_nth_tied"].format(
                nth=ordinal(count, lang), before=before, year=year, names=names)
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_list",
            confidence=confidence,
            answer="\n".join([head, f"• {year}: {', '.join(tied)}", texts["joined_differ"],
                              texts["joined_nth_differ"]]),
            sources=self.kb.country_sources,
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["joined_nth_title"].format(nth=ordinal(count, lang)), **meta)

    def _back_head(self, newest: list[Country], count: int, lang: str, within: str
                   ) -> tuple[str, list[Country]]:
        """Who is ``count`` back among ``newest`` (the newest first), said, and those down to
        its year; one of several when the list orders that year's no further."""
        texts = TEXTS[lang]
        year = newest[count - 1].since
        tied = sorted(self.countries.name(c.code).name[lang] for c in newest if c.since == year)
        head = texts["joined_back" if len(tied) == 1 else "joined_back_tied"].format(
            nth=ordinal(count, lang), within=within, name=tied[0], year=year,
            names=_and_list(tied, lang))
        return head, [c for c in newest if (c.since or 0) >= (year or 0)]

    def members_in_reply(self, year: str, lang: str, question: str, confidence: float,
                         **meta: Any) -> Reply:
        """How many of today's members had joined by the end of ``year``, and those that
        joined later (by name where they are few): what the list says, not a count of then."""
        texts = TEXTS[lang]
        members = [c for c in self.kb.countries.values() if c.status == "member"]
        later = self.joined(f"{int(year) + 1}-")
        names = [f"{self.countries.name(c.code).name[lang]} ({c.since})" for c in later]
        lines = [texts["members_in"].format(n=len(members) - len(later), total=len(members),
                                             year=year)]
        if later:
            lines.append(texts["joined_later"].format(names=", ".join(names)) if len(
                later) <= YEARS_UP_TO else texts["joined_later_many"].format(n=len(later)))
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_count",
            confidence=confidence,
            answer="\n".join([*lines, texts["joined_differ"]]),
            sources=self.kb.country_sources,
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["members_in_title"].format(year=year), **meta)

    def answers_region_edge(self, code: str) -> bool:
        """Whether ``region:first`` or ``region:last`` names a region with members dated."""
        region, _, edge = code.partition(":")
        return edge in ("first", "last") and region in self.kb.regions and any(
            c.since for c in self.regions.members(region))

    def region_edge_reply(self, ident: str, edge: str, lang: str, question: str,
                          confidence: float, **meta: Any) -> Reply:
        """The member (or those of one year) of a region that joined first or last."""
        texts = TEXTS[lang]
        dated = [c for c in self.regions.members(ident) if c.since]
        year = (min if edge == "first" else max)(c.since or 0 for c in dated)
        tied = sorted(self.countries.name(c.code).name[lang] for c in dated if c.since == year)
        head = texts["region_edge" if len(tied) == 1 else "region_edge_tied"].format(
            region=self.kb.regions[ident].name[lang], edge=texts[f"edge_{edge}"],
            names=_and_list(tied, lang), year=year)
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_list",
            confidence=confidence,
            answer="\n".join([head, texts["joined_differ"], texts["region_differ"]]),
            sources=(*self.regions.sources(ident), *self.kb.country_sources),
            related=self._links(list(self.kb.navigation.membership_related), lang), **meta)

    def region_reply(self, ident: str, lang: str, question: str, confidence: float,
                     **meta: Any) -> Reply:
        """The members in a region with the year each joined, where they are few ("which OIC
        members are in the Americas?"), a line per part of it (a continent's), named in the
        reader's language."""
        texts = TEXTS[lang]
        regions = self.kb.regions
        region = regions[ident]
        members = self.regions.members(ident)
        total = sum(c.status == "member" for c in self.kb.countries.values())
        by_part: dict[str, list[str]] = {}
        for country in members:
            assert country.region is not None  # (members() keeps only those with one)
            name = self.countries.name(country.code).name[lang]
            by_part.setdefault(country.region, []).append(
                f"{name} ({country.since})" if len(members) <= YEARS_UP_TO else name)
        if len(by_part) == 1:  # (a part, or a continent whose members all lie in one)
            lines = [f"• {', '.join(sorted(names))}" for names in by_part.values()]
        else:
            lines = [f"• {regions[part].name[lang]} ({len(names)}): {', '.join(sorted(names))}"
                     for part, names in sorted(by_part.items(), key=lambda kv: -len(kv[1]))]
        lead = texts["region_one" if len(members) == 1 else "region" if len(
            members) <= YEARS_UP_TO else "region_many"].format(
            count=len(members), total=total, region=region.name[lang])
        return Reply(
            question=question, kind="answer", lang=lang, intent="member_list",
            confidence=confidence,
            answer="\n".join([lead, *lines, "", texts["region_differ"], *(
                [texts["joined_differ"]] if len(members) <= YEARS_UP_TO and any(
                    c.years_differ for c in members) else [])]),
            sources=(*self.regions.sources(ident), *self.kb.country_sources),
            related=self._links(list(self.kb.navigation.membership_related), lang),
            title=texts["region_title"].format(region=region.name[lang]), **meta)

    def role_reply(self, code: str, lang: str, question: str, confidence: float, **meta: Any
                   ) -> Reply:
        country = self.kb.countries[code]
        role = country.role
        assert role is not None  # only proposed for countries with a role
        name = self.countries.name(code).name[lang]
        return Reply(
            question=question, kind="role", lang=lang, intent="role", confidence=confidence,
            answer=role.answer[lang], sources=role.sources,
            related=self._links([f"membership:{code}", *country.related], lang),
            title=TEXTS[lang]["role_title"].format(name=name), country=code, as_of=role.as_of,
            checked=role.checked, **meta)

    def _links(self, keys: list[str], lang: str) -> tuple[Link, ...]:
        links = []
        for key in dict.fromkeys(keys):
            kind, _, code = key.partition(":")
            if kind in ("role", "membership") and code:
                name = self.countries.name(code).name[lang]
                title = TEXTS[lang][f"{kind}_title"].format(name=name)
                links.append(Link(key, title))
            elif key in self.kb.entries:
                links.append(Link(key, self.kb.entries[key].title[lang]))
        return tuple(links[:3])


def _and_list(names: Sequence[str], lang: str) -> str:
    """ "A, B and C" ("A" alone)."""
    return f"{', '.join(names[:-1])} {TEXTS[lang]['and']} {names[-1]}" if len(names) > 1 \
        else names[0]


def _beside_member(tokens: tuple[str, ...], words: frozenset[str]) -> bool:
    """Whether an ordinal's words stand next to a word for a member ("anggota ke-45", "45th
    member"; the OIC's name left out: "anggota OKI ke-56")."""
    at = [i for i, t in enumerate(tokens) if t in words]
    return bool(at) and ((at[0] > 0 and tokens[at[0] - 1] in MEMBER_WORDS) or (
        at[-1] + 1 < len(tokens) and tokens[at[-1] + 1] in MEMBER_WORDS))


def _back(words: Sequence[str]) -> tuple[int, frozenset[str]] | None:
    """A member counted back from the newest ("second to last", "anggota terbaru ketiga")."""
    tokens = tuple(words)
    return counted_back(tokens, ordinals(tokens), JOINED_BACK, NEWEST)


def _cues(by_lang: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f" {fold(c)} " for cues in by_lang.values() for c in cues))


def _first_asked(text: str) -> str:
    """The message up to its first question mark (all of it if it has none)."""
    first, mark, _ = text.partition("?")
    return first if mark and first.strip() else text


NOT_IN = frozenset(("in", "di", "dalam"))  # ... after a negation: "isn't in the OIC"


def _opener(words: tuple[str, ...], country: Country | None, suspension_told: frozenset[str]
            ) -> str | None:
    """"yes", "no" or nothing before a standing, by what the yes/no question asks: whether the
    country is a member, an observer or a founding member (nothing when it is negated, asks
    two of these at once, or asks what kind of state it is)."""
    if not STATE_KINDS.isdisjoint(pairwise(words)):
        return None  # "Apakah Indonesia negara Islam? kok bisa masuk OKI": not "Ya."
    if not RIGHTS.isdisjoint(words) or not (
            MAY_JOIN.isdisjoint(words) or JOINING.isdisjoint(words)):
        return None  # "Thailand kan pengamat, boleh ikut voting gak?": a right, not "Ya.";
        # "Kalau Timor Leste mau gabung OKI, bisa gak?": whether it may, not "Tidak."
    if any(w in CHOICE and nxt not in NOT_A_CHOICE for w, nxt in pairwise(words)):
        return None  # "Pakistan in the OIC: leader or follower?" offers a choice
    if any(w in MEMBER_WORDS | OBSERVER_WORDS | FOUNDING_WORDS and _negated(words, i)
           for i, w in enumerate(words)) or any(
            w in NEGATIONS and words[i + 1:i + 2] and words[i + 1] in NOT_IN
            and OUR_NAMES.intersection(words[i + 2:i + 4]) for i, w in enumerate(words)):
        return None  # (so "not in" it: "Guyana isn't in the OIC, right?" got "Yes.")
    asked = set(words)
    if not asked & (MEMBER_WORDS | OBSERVER_WORDS | FOUNDING_WORDS | JOINING | OUR_NAMES) \
            and not SUSPENDED.intersection(asked) and not _leaving(words):
        return None  # "... Belkeziz, was Tunisian, wasn't he?": no standing asked (it got "Yes.")
    status = country.status if country else "not_member"
    if _leaving(words):
        return "no" if status == "member" else None
    if not SUSPENDED.isdisjoint(words):
        # "Was Pakistan suspended?": "No." only for a member whose record notes no suspension
        return "no" if country and _never_suspended(country, words, suspension_told) else None
    if asked & FOUNDING_WORDS:
        if status != "member":
            return "no"
        if country is None or country.years_differ or country.since is None:
            return None  # the lists disagree on when it joined
        return "yes" if country.since == FOUNDED else "no"
    if asked & OBSERVER_WORDS:
        if asked & MEMBER_WORDS:
            return None  # "a member or an observer?"
        return "yes" if status == "observer" else "no"
    return {"member": "yes", "not_member": "no"}.get(status)


MAY_JOIN = frozenset("bisa boleh bisakah bolehkah can could may might possible mungkin".split())
# What a country may do in the OIC: a yes/no about it is not one about its standing
RIGHTS = frozenset("vote votes voted voting veto suara memilih attend hadir menghadiri".split())
# What kind of state a country is: a yes/no about it is not one about its standing
STATE_KINDS = frozenset({
    ("negara", "islam"), ("negara", "muslim"), ("negara", "sekuler"), ("islamic", "state"),
    ("islamic", "country"), ("muslim", "state"), ("muslim", "country"), ("secular", "state"),
    ("secular", "country")})


def _noted_years(country: Country | None) -> set[int]:
    """The years a country's note tells of (a suspension, a return)."""
    if country is None or country.note is None:
        return set()
    return {int(y) for text in country.note.values() for y in re.findall(r"\b\d{4}\b", text)}


def _joining_claimed(words: Sequence[str]) -> bool:
    """Whether the words say a country joined ("masuk OKI", "became a member"), not that it
    became something else ("became the chair")."""
    return not (JOINING - BECOMING).isdisjoint(words) or (
        not BECOMING.isdisjoint(words) and not MEMBER_WORDS.isdisjoint(words))


def joined_at(tokens: Sequence[str]) -> slice | None:
    """The words dating a joining by a meeting ("joined *at the Taif summit*", "member *since
    the Rabat summit*", "in the OIC *since* ..."): a dating word just after the country's
    joining, a meeting within three words of it; None when the standing changed or is an
    observer's (their entries tell when)."""
    if not (EXIT_WORDS | SUSPENDED | RESTORED | OBSERVER_WORDS).isdisjoint(tokens):
        return None
    for at, token in enumerate(tokens):
        before = tuple(t for t in tokens[max(0, at - 4):at] if t != "the")
        # ("anggota OKI *ketika menjadi tuan rumah KTT* Lahore": the hosting between)
        of_the_oic = len(before) >= 2 and before[-2] in MEMBER_WORDS and before[-1] in OIC_NAMES
        if token in JOIN_DATING and (not JOINING.isdisjoint(before) or not MEMBER_WORDS.isdisjoint(
                before[-1:]) or before[-2:] in IN_THE_OIC or of_the_oic):
            within = MEETING_WITHIN if of_the_oic or not HOSTING.isdisjoint(
                tokens[at + 1:at + MEETING_NEAR]) else MEETING_NEAR
            meeting = next((m for m in range(at + 1, min(at + within, len(tokens)))
                            if tokens[m] in MEETINGS), None)
            if meeting is not None:
                return slice(at, meeting + 3)
    return None


def _year_asked(words: Sequence[str]) -> bool:
    """Whether a question names a year without giving one: "Albania year of joining OIC?" asks
    when (it got "Yes."); "joined in the year 1992?" asks whether."""
    return not YEAR_WORDS.isdisjoint(words) and not any(YEAR.fullmatch(w) for w in words)


def _becoming_member(words: Sequence[str]) -> bool:
    """Whether a question says a country became a member in Indonesian ("jadi anggota"):
    joined, in words no joining word is."""
    return bool(BECOMING_ID.intersection(words) and MEMBER_WORDS.intersection(words))


def _joined_beside(tokens: Sequence[str], name_words: tuple[str, ...]) -> str | None:
    """Whether the question asks for the others that joined after the country ("after Guyana
    joined, which other countries ...", "sejak Pantai Gading bergabung, adakah anggota baru",
    "who joined after Indonesia?"), just before it or with it ("bareng Bangladesh", "the same
    year as Bangladesh"): "after", "before", "same" or None."""
    # (or the newest member, or the member it became: "sebelum Pantai Gading, negara anggota
    # *terbaru*", "the newest member before Guyana", "negara yang *jadi anggota* OKI tepat
    # sebelum Togo"; each got the country's own standing)
    newest = bool(MEMBER_WORDS.intersection(tokens) and (NEWEST | LAST_JOINED).intersection(
        tokens))
    if ((OTHERS | COUNTRY_WORDS | WHO_JOINED).isdisjoint(tokens) and not newest) or (
            JOINING.isdisjoint(tokens) and not newest and not _becoming_member(tokens)):
        return None
    size = len(name_words)
    for i in range(len(tokens) - size + 1):
        if tuple(tokens[i:i + size]) == name_words:
            near = set(tokens[max(0, i - 2):i])
            if not (SINCE | AFTER).isdisjoint(near):
                return "after"
            if not BEFORE.isdisjoint(near):
                return "before"
    return "same" if not SAME_TIME.isdisjoint(tokens) else None


def _placed(words: tuple[str, ...], name_words: tuple[str, ...]) -> bool:
    """Whether the country's name stands only after a word of place ("KTT di Pakistan") or of
    sequence ("sebelum Gambia")."""
    size = len(name_words)
    starts = [i for i in range(len(words) - size + 1) if words[i:i + size] == name_words]
    return bool(starts) and all(i and words[i - 1] in PLACE_WORDS | SEQUENCE_WORDS
                                for i in starts)


def _never_suspended(country: Country, words: Sequence[str], told: frozenset[str]) -> bool:
    """Whether a question asks about a member's suspension or expulsion that its record does
    not tell (``told``: the countries whose record does): "Why was Iran expelled in 2016?",
    "Mengapa keanggotaan Indonesia di OKI pernah dibekukan?" (Indonesia's entry tells of its
    joining, not of a suspension; it was read as the answer); Egypt's note and Syria's entry
    tell theirs."""
    return country.status == "member" and not SUSPENDED.isdisjoint(words) and \
        country.code not in told


def _asked_in(normalized: Normalized, name_words: Sequence[str], ours: str) -> bool:
    """Whether a yes/no question asks whether the country named is in the OIC ("is Israel in
    the OIC?", "apakah Israel di OKI?"): a standing, though no membership word says so."""
    words, tokens, size = normalized.words, normalized.tokens, len(name_words)
    in_it = any(token in IN and ours in tokens[at + 1:at + 3] for at, token in enumerate(tokens))
    # (or since when it is: "nigeria in oic since what year" was not sure)
    since = not SINCE_ASKED.isdisjoint(words)
    if not in_it:
        return False
    for at in range(len(words) - size):
        if tuple(words[at:at + size]) != tuple(name_words):
            continue
        after = words[at + size:at + size + 2]
        if (since or (at and words[at - 1] in IS_ASKED)) and after[0] in IN:
            return True
        # (or said, to be confirmed: "israel is in the OIC?" got who may join)
        if not at and after[0] in SAID_IS and after[1:] and after[1] in IN:
            return True
    return False


def _leaving(words: tuple[str, ...]) -> bool:
    """Whether the question asks about leaving the OIC ("keluar dari OKI", "give up its
    membership"; "give" alone gives nothing up)."""
    return any(w in EXIT_WORDS and (w != "give" or words[i + 1:i + 2] == ("up",))
               and not _negated(words, i) for i, w in enumerate(words))


# Words between a negation and a standing that keep it negated ("not *among the 1969*
# members": it was told "Yes.")
AMONG = frozenset("among amongst the antara salah satu one of termasuk".split())


def _negated(words: tuple[str, ...], at: int) -> bool:
    """Whether a negation stands just before ``words[at]`` ("not a member", "bukan anggota",
    "never an OIC member")."""
    at -= 1
    while at >= 0 and (words[at] in BEFORE_CUE | OUR_NAMES | AMONG or words[at].isdigit()):
        at -= 1
    return at >= 0 and words[at] in NEGATIONS


def _open_span(tokens: tuple[str, ...], years: list[int]) -> str | None:
    """"after 1995" as "1996-", "sejak 2001" as "2001-", "before 1992" as "-1991", "in or
    after 1992" as "1992-", "by 1992" as "-1992"; None unless one year has such a word before
    it ("tahun" between)."""
    if len(years) != 1:
        return None
    at = tokens.index(str(years[0]))
    before = [t for t in tokens[max(0, at - 3):at] if t not in ("tahun", "year", "the")]
    if not before:
        return None
    kept = len(before) > 1 and before[-2] in INCLUDING  # "in or after 1992"
    year = years[0]
    if before[-1] in SINCE and year <= FOUNDED:
        return f"{year}-{year}"  # ("ikut sejak 1969": in from the start, not every member)
    if before[-1] in SINCE or (before[-1] in AFTER and kept):
        return f"{year}-"
    if before[-1] in AFTER:
        return f"{year + 1}-"
    if before[-1] in BEFORE:
        return f"-{year if kept else year - 1}"
    if before[-1] in BY:  # ("by 1974 how many had joined": it got the 7 of that year)
        return f"-{year}"
    return None


def _partner(words: tuple[str, ...], name_words: tuple[str, ...]) -> bool:
    """Whether the country's name follows "with" or "against" ("a peace treaty *with*
    Israel")."""
    size = len(name_words)
    return bool(size) and any(words[at:at + size] == name_words and words[at - 1] in _WITH
                              for at in range(1, len(words) - size + 1))
