"""The decision step: ranked proposals in, one decision with its reason out.

Ranking proposes; this decides, in the spirit of Rasa's FallbackClassifier: answer only when the
best proposal is good enough, clearly ahead of the next one, and accounts for what the question
is about. A salient word of the question that the chosen answer neither exemplifies nor states
("tentara" asked of the motto answer) weighs against it: a confident answer to a question we did
not understand is a wrong fact. Every decision carries a reason a person can read
("margin 0.03 to summit_list", "question word 'tentara' covered by no example or answer").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.engine.claims import DAY_CLAIMED, Happened
from bot.engine.proposal import Proposal
from bot.engine.stem import stems
from bot.engine.tables import YEAR

Action = Literal["answer", "clarify", "fallback", "out_of_scope", "smalltalk", "other_org",
                 "empty"]
ANSWERED: tuple[Action, ...] = ("answer", "smalltalk")
Kind = Literal["fact", "smalltalk", "out_of_scope"]
ROWS_OFFERED = 2  # of a list proposal's rows, offered as choices: room stays for other answers


def offerable(proposal: Proposal) -> tuple[str, ...]:
    """What a button can open for a proposal: the answer itself, or for a list of a table's
    rows (which no button opens whole) its first rows."""
    return proposal.rows[:ROWS_OFFERED] or (proposal.key,)


CLAIM_MARGIN = 0.05  # how much closer an answer contradicting a claim may be than one saying it


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When to answer, when to offer choices, when to admit not knowing (0..1 scores)."""

    answer: float = 0.42
    suggest: float = 0.30
    margin: float = 0.01  # the best must beat the next by this much to be answered outright
    terse_slope: float = 0.25  # terse questions need a margin of (sure - score) * this
    sure: float = 0.85  # above this the margin does not matter
    uncovered: float = 1.0  # an unexplained salient share costs this much of a score per unit
    # A question naming only another organisation needs this much, once the words its entry
    # leaves unexplained are weighed (the raw match once needed 0.85, which refused the OIC's
    # own work at the UN: "siapa utusan khusus PBB untuk Islamofobia" matched 0.81; questions
    # about the organisation itself match no example at all, as none names it without the OIC)
    other_org: float = 0.5
    membership: float = 0.9  # confidence of a country's standing, asked with "anggota"/"member"
    membership_uncued: float = 0.75  # ... asked without such a word ("is China in the OIC?")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the question is about, besides the proposals: its salient words and weights."""

    salient: Mapping[str, float]  # token -> weight, for the words that say what is asked
    terse: bool  # at most two words besides the OIC's name: a keyword, not a question
    # token -> the place or year a yes/no question claims with it ("founded in Cairo?")
    claims: Mapping[str, str] = field(default_factory=dict)
    # ... and every place and year any question names ("What did the *2008* summit in
    # *Dakar* decide on the name?")
    premises: Mapping[str, str] = field(default_factory=dict)
    # ... and a year claimed -> what it claims happened then ("the OIC founded in 1970?")
    events: Mapping[str, Happened] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Weighed:
    """A proposal with what its answer leaves unexplained, and the score that leaves it;
    ``corrected``, the claims its answer does not make while stating another place, year or
    count."""

    proposal: Proposal
    uncovered: tuple[str, ...]
    score: float
    corrected: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with a question, and why; ``weighed`` lists what was considered, best first."""

    action: Action
    reason: str
    chosen: Weighed | None = None
    weighed: tuple[Weighed, ...] = ()
    offers: tuple[str, ...] = ()  # proposal keys worth offering ("did you mean")
    # what the decision is about when no proposal is: another organisation, or the meeting a
    # question puts an event at that its sources put elsewhere
    subject: str = ""

    @property
    def proposal(self) -> Proposal | None:
        return self.chosen.proposal if self.chosen else None

    @property
    def key(self) -> str | None:
        return self.chosen.proposal.key if self.chosen else None

    def noted(self, before: str, after: str = "") -> Decision:
        """The same decision, its reason framed by what the caller did first or after."""
        return Decision(self.action, f"{before}{self.reason}{after}", self.chosen, self.weighed,
                        self.offers, self.subject)


# Words asking what was done, which whatever tells a meeting says
DOING_ASKED = frozenset("melakukan lakukan dilakukan do did does done happened terjadi".split())


class Decider:
    """Weighs proposals against the question's salient words and the thresholds."""

    def __init__(self, thresholds: Thresholds, kind: Callable[[Proposal], Kind],
                 explains: Callable[[Proposal, str], bool],
                 same: Callable[[Proposal, Proposal], bool] = lambda a, b: a.key == b.key,
                 contradicts: Callable[[Proposal, str, Happened | None], bool] = (
                     lambda p, claim, happened: False),
                 miscounts: Callable[[Proposal, str, Happened | None], bool] = (
                     lambda p, claim, happened: False),
                 confirms: Callable[[Proposal, str], bool] = lambda p, claim: False,
                 titled: Callable[[Proposal, str], bool] = lambda p, token: False,
                 meeting_words: Callable[[Proposal], frozenset[str] | None] = lambda p: None
                 ) -> None:
        """``same`` tells two proposals that give one answer (a row of the bodies table and
        the entry about that body): they are not rivals, so no margin is asked between them.
        ``contradicts`` tells an answer stating another place, year or count than a claim's
        (a year, of what the question says happened then), ``miscounts`` one stating
        the count claimed only of other things than it claims,
        ``confirms`` one stating the claim's place in other words (a city of the country);
        ``titled``, an answer whose title names a word (what it is about, not what it
        mentions); ``meeting_words``, for the row of one meeting (a summit, a session), the
        words its answer says (None for anything else)."""
        self.thresholds = thresholds
        self._kind = kind
        self._explains = explains
        self._same = same
        self._contradicts = contradicts
        self._miscounts = miscounts
        self._confirms = confirms
        self._titled = titled
        self._meeting_words = meeting_words

    def weigh(self, proposal: Proposal, evidence: Evidence) -> Weighed:
        """The proposal's score, less the share of the question's weight it leaves unexplained."""
        claims = evidence.claims
        uncovered = tuple(t for t in evidence.salient
                          if t not in proposal.covered and not self._explains(proposal, t)
                          and not (t in claims and self._confirms(proposal, claims[t])))
        # "Was the OIC founded in Cairo?": an answer saying where it was founded accounts for
        # the place by stating another (and says so), rather than leaving it unexplained; a
        # day, by stating another day, though it says each of its words ("16 November 2021"
        # of an answer saying "17 November 2021"); a year, by stating another, though it says
        # the year of something else ("the 1967 borders" of the arson of 1969); a count of
        # something, by counting that otherwise, though it says the count of something else
        # ("56 anggota" of an answer of 57 members, 56 of them in the UN)
        events = evidence.events
        unmatched = [t for t in evidence.salient if t in claims and t not in proposal.covered]
        contradicting = [*(t for t in uncovered if t in claims), *(
            t for t in unmatched if DAY_CLAIMED.match(claims[t]) or YEAR.match(claims[t]))]
        corrected = tuple(dict.fromkeys(
            [claims[t] for t in contradicting
             if self._contradicts(proposal, claims[t], events.get(claims[t]))]
            + [claims[t] for t in unmatched
               if self._miscounts(proposal, claims[t], events.get(claims[t]))]))
        uncovered = tuple(t for t in uncovered if claims.get(t) not in corrected)
        total = sum(evidence.salient.values())
        share = sum(evidence.salient[t] for t in uncovered) / total if total else 0.0
        return Weighed(proposal, uncovered,
                       proposal.score * (1 - self.thresholds.uncovered * share), corrected)

    def decide(self, proposals: Sequence[Proposal], evidence: Evidence, note: str = ""
               ) -> Decision:
        """The decision; ``note`` (what a guard already decided to weigh) opens its reason."""
        decision = self._decide(proposals, evidence)
        return decision.noted(note) if note else decision

    def _decide(self, proposals: Sequence[Proposal], evidence: Evidence) -> Decision:
        t = self.thresholds
        weighed = sorted((self.weigh(p, evidence) for p in proposals),
                         key=lambda w: w.score, reverse=True)
        if not weighed:
            return Decision("fallback", "nothing in the knowledge base shares a word with it")
        demoted = None
        if weighed[0].corrected and not all(self._explains(weighed[0].proposal, c)
                                            for c in weighed[0].corrected):
            # "knp ada yg bilang oki berdiri thn 1971 di jeddah?": of two answers about as
            # close, the one that says the place and year claimed (it tells who says so) over
            # one that states others ("our sources do not mention 1971 or Jeddah")
            # ... unless it leaves unexplained what the other explains: "OKI ganti nama tahun
            # 2008 pas piagam baru kan?" is the name change (2011), not the 2008 Charter
            # (not where it names the year claimed, of something else: "Bener gak OKI dibentuk
            # tahun 1970 di Jeddah?" got the Jeddah conference of 1970, which says nothing of
            # the OIC founded then)
            saying = next((w for w in weighed[1:] if not w.corrected and evidence.claims
                           and weighed[0].score - w.score < CLAIM_MARGIN
                           and not set(evidence.claims).intersection(w.uncovered)
                           and set(w.uncovered) <= set(weighed[0].uncovered)), None)
            if saying is not None:
                demoted = weighed[0]
                weighed.remove(saying)
                weighed.insert(0, saying)
        top = weighed[0]
        offers = self._offers(weighed)
        if top.score < t.suggest:
            return Decision("fallback", f"best {_name(top)} scores {top.score:.2f}"
                            f"{_lost(top)}, under {t.suggest:.2f}", None, tuple(weighed), offers)
        kind = self._kind(top.proposal)
        runner_up = next((w for w in weighed[1:] if not self._same(w.proposal, top.proposal)
                          and w is not demoted), None)
        gap = top.score - runner_up.score if runner_up else top.score
        margin = max(t.margin, (t.sure - top.score) * t.terse_slope) if evidence.terse else t.margin
        if top.score < t.answer:
            return Decision("clarify" if offers else "fallback",
                            f"best {_name(top)} scores {top.score:.2f}{_lost(top)}, under "
                            f"{t.answer:.2f}", None, tuple(weighed), offers)
        if gap < margin and (top.score < t.sure or (runner_up is not None
                                                    and runner_up.score >= t.sure)):
            return Decision("clarify" if offers else "fallback",
                            f"margin {gap:.2f} to {_name(runner_up)} is under {margin:.2f}"
                            + (" (a terse question)" if evidence.terse else ""),
                            None, tuple(weighed), offers)
        elsewhere, there = self._told_elsewhere(top, weighed, evidence)
        if there and (not elsewhere or there[0].score >= elsewhere[0].score):
            # "Why was India kept out of the Rabat conference in 1969?": the row of that
            # meeting says nothing of India, and the entry that does puts it there and then
            # (ahead of one putting it elsewhere: "Who represented Indonesia at the 51st CFM
            # in Istanbul?" was offered Indonesia's envoy in Jeddah first)
            return Decision("answer", f"{_name(top)} leaves {', '.join(top.uncovered)} to "
                            f"{_name(there[0])}, which says it of the same meeting", there[0],
                            tuple(weighed), offers)
        if elsewhere:
            # "Why did the OIC change its name at the 2008 Dakar summit?": the row of the
            # meeting at that place and year says nothing of the name change, and the entry
            # that does puts it elsewhere and at another time (Astana, 2011): the question
            # joins the two, so neither is answered as if it were the one asked
            return Decision("clarify", f"{_name(top)} leaves {', '.join(top.uncovered)} to "
                            f"{', '.join(map(_name, elsewhere))}", None, tuple(weighed),
                            tuple(dict.fromkeys(k for w in (*elsewhere, top)
                                                for k in offerable(w.proposal))),
                            subject=top.proposal.key)
        if kind == "out_of_scope":
            return Decision("out_of_scope", f"off-topic example matched ({top.score:.2f})",
                            top, tuple(weighed), offers)
        action: Action = "smalltalk" if kind == "smalltalk" else "answer"
        reason = f"{_name(top)} {top.score:.2f}" + (
            f", margin {gap:.2f} to {_name(runner_up)}" if runner_up else "") + (
            f"; its answer states another place, year or count than {', '.join(top.corrected)}"
            if top.corrected else "")
        return Decision(action, reason, top, tuple(weighed), offers)

    def _told_elsewhere(self, top: Weighed, weighed: Sequence[Weighed],
                        evidence: Evidence) -> tuple[list[Weighed], list[Weighed]]:
        """For the row of a meeting, the answers about a word of the question the row
        leaves unexplained (their title names it), which state other years than every year
        the question names (and another place, if no year is named), and would be offered
        once those are taken as premises; then those that state every place and year named
        and would be answered (with none named, those that say all the question says: "Di
        KTT mana Mesir dibekukan?" found the summit held in Egypt)."""
        says = self._meeting_words(top.proposal)
        # (a word the meeting's own answer says is no event put there: "Which summit adopted
        # the Makkah Declaration in 2019?" is the 14th's, which says so)
        # (nor what it did, asked in so many words: "ktm oki ke 38 di astana ngapain" left
        # "melakukan" to what the OIC did about Gaza)
        left = [t for t in top.uncovered if says is not None and t not in says
                and stems(t).isdisjoint(says) and t not in DOING_ASKED]
        if not left or top.proposal.rows:
            return [], []
        # (the words naming the meeting are the premise too: "the *9th* summit in Doha")
        premised = replace(evidence, claims=evidence.premises, salient={
            t: w for t, w in evidence.salient.items()
            if t not in top.proposal.covered or t in evidence.premises})
        # (every year named must be another's: "what did the OIC do in Istanbul in 2025" is
        # not about Gaza, whose entry names 2025 but not Istanbul)
        years = {c for c in evidence.premises.values() if c.isdigit()}
        # (... and of a meeting named by its number, what is said of a number alone is no
        # telling of it: "ktt ke 11 oki ngapain aja" got Gaza, whose answer says "11 November")
        numbered = any(t.isdigit() and len(t) < YEAR_DIGITS for t in top.proposal.covered)
        found, there = [], []
        for w in weighed[1:]:
            if self._same(w.proposal, top.proposal) or self._kind(w.proposal) != "fact" or not (
                    any(self._titled(w.proposal, t) for t in left)):
                continue
            again = self.weigh(w.proposal, premised)
            if again.corrected and years <= set(again.corrected) and (
                    again.score >= self.thresholds.suggest):
                found.append(again)
            elif not again.corrected and not again.uncovered and w.proposal.source == "intents" \
                    and again.score >= self.thresholds.answer and (
                        evidence.premises or (not w.uncovered and not numbered)):
                there.append(again)
        return found, there

    def _offers(self, weighed: Sequence[Weighed]) -> tuple[str, ...]:
        """Fact proposals good enough to offer as choices, best first."""
        return tuple(dict.fromkeys(
            key for w in weighed
            if w.score >= self.thresholds.suggest and self._kind(w.proposal) == "fact"
            for key in offerable(w.proposal)))


YEAR_DIGITS = 4  # a number of so many digits is a year; fewer, a meeting's number


def _name(weighed: Weighed | None) -> str:
    return weighed.proposal.key if weighed else "-"


def _lost(weighed: Weighed) -> str:
    """Why a proposal lost score: the salient words its answer does not account for."""
    if not weighed.uncovered:
        return ""
    words = ", ".join(f"'{w}'" for w in weighed.uncovered[:3])
    return f" (question word{'s' if len(weighed.uncovered) > 1 else ''} {words} covered by " \
           "no example or answer of it)"
