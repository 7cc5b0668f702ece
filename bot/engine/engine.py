"""The answer engine: text in, :class:`Reply` out. No Telegram, no I/O, no global state."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from bot.content.model import LANGS, Entry, KnowledgeBase
from bot.engine.countries import CountryIndex
from bot.engine.language import LanguageDetector
from bot.engine.matcher import Candidate, Matcher
from bot.engine.normalize import ORG_PREFIX, Normalized, Normalizer, fold
from bot.engine.reply import Link, Reply
from bot.engine.texts import MONTHS, TEXTS

_CLAUSE = re.compile(r"[.?!;,\n]+")
LONG_MESSAGE_WORDS = 7  # from this many words on, a message is also read clause by clause
MAX_CLAUSES = 3  # ... its heaviest clauses,
CLEAR_MATCH = 0.6  # ... unless the whole message already matches a fact this well;
CLAUSE_POOL = 32  # a clause is short: fewer candidates than for a whole message will do
SETTLING_SHARE = 0.5  # a clause with this much of it that clearly asks a fact settles it
MIN_CLAUSE_SHARE = 0.1  # a clause with less of the message's meaning ("ya", "kak") is skipped
TERSE_WORDS = 2  # a question of at most this many words (besides "OIC") is terse
MAX_QUESTION_CHARS = 500  # longer text is cut before matching; nobody asks 500 characters


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When to answer, when to offer suggestions, when to admit not knowing (0..1 scores)."""

    answer: float = 0.42
    suggest: float = 0.30
    margin: float = 0.01  # top-1 must beat top-2 by this much to be answered outright
    terse_slope: float = 0.2  # terse questions need a margin of (sure - score) * this
    sure: float = 0.85  # above this the margin does not matter
    other_org: float = 0.85  # a question naming only another organisation needs this much
    membership: float = 0.9  # confidence of a country's standing, asked with "anggota"/"member"
    membership_uncued: float = 0.75  # ... asked without such a word ("is China in the OIC?")


class Engine:
    """Answers questions from one :class:`KnowledgeBase` snapshot."""

    def __init__(
        self,
        kb: KnowledgeBase,
        default_lang: str = "id",
        thresholds: Thresholds | None = None,
        previous: Engine | None = None,
    ) -> None:
        """``previous``, an engine built from earlier content, lends what an edit left alone:
        the index if no example changed (else the normal forms of the unchanged examples), and
        the country index if no alias changed."""
        self.kb = kb
        self.default_lang = default_lang
        self.thresholds = thresholds or Thresholds()
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
        self._oic_token = "oki"  # noqa: S105 - the canonical token for the OIC's names
        self._cues = {
            lang: tuple(f" {fold(cue)} " for cue in cues)
            for lang, cues in kb.lexicon.membership_cues.items()
        }
        self._intent_entry = {i.id: i.answers for i in kb.intents.values()}
        self._entry_intent = {i.answers: i.id for i in reversed(kb.intents.values())}

    def _index(self, known: dict[str, tuple[str, str]]) -> None:
        """Normalise the examples (or take their forms from ``known``) and index them."""
        # Per example text: its tokens and its spoken words, each joined by spaces (compact in
        # the engine cache).
        self.example_forms: dict[str, tuple[str, str]] = {}
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
        self.matcher = Matcher(examples)
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

    # -- public API ---------------------------------------------------------------------------

    def detect_language(self, text: str, hint: str | None = None) -> str:
        """The question's language, or ``hint`` (then the default) when the text is unclear."""
        fallback = normalise_lang(hint) or self.default_lang
        return self.language.detect(self.normalize(text[:MAX_QUESTION_CHARS]).spoken, fallback)

    def ask(self, question: str, lang: str | None = None, hint: str | None = None) -> Reply:
        """Answer ``question``; ``lang`` forces the reply language, ``hint`` breaks ties."""
        text = question[:MAX_QUESTION_CHARS]
        normalized = self.normalize(text)
        fallback_lang = normalise_lang(hint) or self.default_lang
        lean = self.language.score(normalized.spoken)
        reply_lang = normalise_lang(lang) or self.language.decide(lean, fallback_lang)
        if not normalized.tokens:
            return self._fallback(question, reply_lang, "empty", 0.0)
        tokens = normalized.tokens
        orgs = [self._organisations[t] for t in dict.fromkeys(tokens) if t in self._organisations]
        if self.language.decide(lean, "en") == "id":
            orgs += [self._acronyms[t] for t in dict.fromkeys(tokens) if t in self._acronyms]
        names_oic = self._oic_token in tokens

        candidates = self._rank(text, tokens)
        if orgs:
            # Intents whose own examples name that organisation go first ("OKI dan PBB").
            # Without the OIC named, only they may answer, and only with a near-exact match
            # ("resolusi 3369 pbb"); with it, the organisation may be a mere comparison
            # ("OKI itu semacam PBB-nya negara Islam?").
            allowed = set.intersection(*(set(self.matcher.intents_with(ORG_PREFIX + o.id))
                                         for o in orgs))
            about_org = [c for c in candidates if c.intent in allowed]
            if not names_oic and (not about_org
                                  or about_org[0].score < self.thresholds.other_org):
                return self._other_org(question, reply_lang, orgs[0].name[reply_lang])
            candidates = about_org or candidates
        country = self.countries.find(normalized.words)
        membership = None
        if country and not orgs:
            membership = self._membership(question, normalized, reply_lang, names_oic,
                                          *country)
            if not names_oic:
                candidates = self._about_country(candidates, country[1])
        if (membership and membership.confidence >= self.thresholds.suggest
                and (not candidates or candidates[0].score < membership.confidence)):
            return membership
        terse = len(set(tokens) - {self._oic_token}) <= TERSE_WORDS
        reply = self._decide(question, reply_lang, candidates, terse)
        if reply.intent is None and candidates:
            reply = dataclasses.replace(reply, candidates=tuple(
                (c.intent, round(c.score, 3)) for c in candidates[:3]))
        return reply

    def _rank(self, text: str, tokens: tuple[str, ...]) -> list[Candidate]:
        """Rank the whole question and, for a long message, each of its clauses.

        "Selamat siang kak, ... boleh saya tahu bagaimana Sekjen dipilih? Terima kasih" is one
        question wrapped in courtesies and context: each intent keeps its best score over the
        clauses, and when some clause asks a real question well enough to answer, small talk
        and the off-topic catcher give way to it.
        """
        candidates = self.matcher.rank(tokens, limit=8)
        if (candidates and candidates[0].score >= CLEAR_MATCH
                and self._kind(candidates[0]) == "fact"):
            return candidates  # the message as a whole already says clearly what it asks
        clauses = [c for c in _CLAUSE.split(text) if c.strip()]
        if len(clauses) < 2 or len(tokens) < LONG_MESSAGE_WORDS:
            return candidates
        best = {c.intent: c for c in candidates}
        weight = self.matcher.weight
        total = sum(weight(t) for t in set(tokens))
        weighed = []
        for clause in clauses:
            clause_tokens = self.normalize(clause).tokens
            share = sum(weight(t) for t in set(clause_tokens)) / total
            weighed.append((share, clause_tokens))
        # The heaviest clauses only: a clause carrying half the message's meaning or more
        # counts fully, a lighter one less ("itu apa maksudnya" must not outweigh "dosen sy
        # nyebut 'diplomasi bersih'").
        for share, clause_tokens in sorted(weighed, reverse=True)[:MAX_CLAUSES]:
            if share < MIN_CLAUSE_SHARE:
                break
            found = self.matcher.rank(clause_tokens, limit=8, pool=CLAUSE_POOL)
            for candidate in found:
                score = candidate.score * min(1.0, 0.5 + share)
                if candidate.intent not in best or score > best[candidate.intent].score:
                    best[candidate.intent] = Candidate(candidate.intent, score, candidate.example)
            if (found and share >= SETTLING_SHARE and found[0].score >= CLEAR_MATCH
                    and self._kind(found[0]) == "fact"):
                break  # the lighter clauses left are chatter around it
        merged = sorted(best.values(), key=lambda c: c.score, reverse=True)
        if any(c.score >= self.thresholds.answer and self._kind(c) == "fact" for c in merged):
            merged = [c for c in merged if self._kind(c) == "fact"]
        return merged[:8]

    def _kind(self, candidate: Candidate) -> str:
        return self.kb.entries[self._intent_entry[candidate.intent]].kind

    def top_replies(self, question: str, lang: str | None = None, hint: str | None = None,
                    limit: int = 5) -> list[Reply]:
        """The best few fact answers for ``question`` (inline mode): the answer, then runners-up."""
        best = self.ask(question, lang=lang, hint=hint)
        replies = [best] if best.kind in ("answer", "membership") else []
        seen = {best.entry} if best.entry else set()
        normalized = self.normalize(question[:MAX_QUESTION_CHARS])
        if best.kind == "other_org":
            return []
        for candidate in self.matcher.rank(normalized.tokens, limit=limit * 2):
            entry_id = self._intent_entry[candidate.intent]
            entry = self.kb.entries[entry_id]
            if (candidate.score < self.thresholds.suggest or entry.kind != "fact"
                    or entry_id in seen):
                continue
            seen.add(entry_id)
            replies.append(self._answer(question, best.lang, candidate.intent, entry,
                                        candidate.score))
        return replies[:limit]

    def entry_reply(self, entry_id: str, lang: str, question: str = "") -> Reply:
        """The reply for one knowledge entry (buttons, deep links, language switch)."""
        entry = self.kb.entries[entry_id]
        intent = self._entry_intent.get(entry_id, entry_id)
        return self._answer(question or entry.title[lang], lang, intent, entry, 1.0)

    def membership_reply(self, code: str, lang: str, question: str = "") -> Reply:
        """The reply about one country's standing, by ISO code."""
        return self._country_reply(question or code, code, lang)

    # -- decisions ----------------------------------------------------------------------------

    def _decide(self, question: str, lang: str, candidates: list[Candidate], terse: bool = False
                ) -> Reply:
        """Answer, suggest or fall back. A terse question ("sejarah oki", "ktt") must win by a
        wider margin the less sure the match is: a keyword alone rarely settles between
        neighbouring answers, and a wrong answer is worse than three choices."""
        t = self.thresholds
        if not candidates or candidates[0].score < t.suggest:
            return self._fallback(question, lang, "fallback", candidates[0].score if candidates
                                  else 0.0)
        top = candidates[0]
        runner_up = candidates[1].score if len(candidates) > 1 else 0.0
        margin = max(t.margin, (t.sure - top.score) * t.terse_slope) if terse else t.margin
        if top.score >= t.answer and (top.score >= t.sure or top.score - runner_up >= margin):
            entry = self.kb.entries[self._intent_entry[top.intent]]
            if entry.kind == "out_of_scope":
                return self._fallback(question, lang, "fallback", top.score)
            return self._answer(question, lang, top.intent, entry, top.score)
        seen: list[str] = []
        for candidate in candidates:
            entry_id = self._intent_entry[candidate.intent]
            if candidate.score >= t.suggest and entry_id not in seen:
                seen.append(entry_id)
        seen = [e for e in seen if self.kb.entries[e].kind == "fact"]
        if not seen:
            return self._fallback(question, lang, "fallback", top.score)
        links = tuple(Link(e, self.kb.entries[e].title[lang]) for e in seen[:3])
        return Reply(question=question, kind="suggest", lang=lang, intent=None,
                     confidence=top.score, answer=TEXTS[lang]["suggest"], suggestions=links)

    def _answer(self, question: str, lang: str, intent: str, entry: Entry, score: float) -> Reply:
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
        )

    def _fallback(self, question: str, lang: str, kind: str, score: float) -> Reply:
        texts = TEXTS[lang]
        starters = tuple(
            Link(e, self.kb.entries[e].title[lang])
            for e in ("what_is_oic", "founding_date", "member_count")
            if e in self.kb.entries
        )
        custom = self.kb.entries.get("out_of_scope")
        if kind == "empty":
            text = texts["empty"]
        else:
            text = custom.answer[lang] if custom else texts["fallback"]
        return Reply(question=question, kind="fallback", lang=lang, intent=None,
                     confidence=score, answer=text, related=starters)

    def _other_org(self, question: str, lang: str, org_name: str) -> Reply:
        return Reply(question=question, kind="other_org", lang=lang, intent=None, confidence=0.0,
                     answer=TEXTS[lang]["other_org"].format(org=org_name))

    # -- membership ---------------------------------------------------------------------------

    def _membership(self, question: str, normalized: Normalized, lang: str, names_oic: bool,
                    code: str, name_words: tuple[str, ...]) -> Reply | None:
        """A country's standing, with a confidence for how well that reading fits the question.

        Membership words ("anggota", "join", "member") raise it; every meaningful word the
        reading leaves unexplained lowers it, so "is Indonesian an official language?" goes to
        the languages answer and "is China in the OIC?" to China's standing.
        """
        padded = f" {' '.join(normalized.words)} "
        cues = [cue for cues in self._cues.values() for cue in cues if cue in padded]
        if not cues and not names_oic:  # "siapa presiden amerika serikat" is not about the OIC
            return None
        explained = {self._oic_token, *name_words, *(w for c in cues for w in c.split())}
        matcher = self.matcher
        total = unexplained = 0.0
        for token in dict.fromkeys(normalized.tokens):
            weight = matcher.weight(token)
            total += weight
            if token not in explained and weight > matcher.common_weight:
                unexplained += weight
        base = self.thresholds.membership if cues else self.thresholds.membership_uncued
        reply = self._country_reply(question, code, lang)
        return dataclasses.replace(reply, confidence=base * (1 - unexplained / total))

    def _about_country(self, candidates: list[Candidate], name_words: tuple[str, ...]
                       ) -> list[Candidate]:
        """A question naming a country but not the OIC ("population of Indonesia") is about the
        country: only intents whose examples name it, or off-topic and small talk, may answer."""
        allowed = set.intersection(*(set(self.matcher.intents_with(w)) for w in name_words))
        return [c for c in candidates if c.intent in allowed
                or self.kb.entries[self._intent_entry[c.intent]].kind != "fact"]

    def _country_reply(self, question: str, code: str, lang: str) -> Reply:
        texts = TEXTS[lang]
        name = self.countries.name(code).name[lang]
        country = self.kb.countries.get(code)
        if country is None or country.status == "not_member":
            parts = [texts["not_member"].format(name=name)]
            sources = country.sources if country else self.kb.country_sources
        else:
            parts = [texts[country.status].format(name=name, since=country.since)]
            if country.years_differ:
                parts.append(texts["years_differ"])
            sources = country.sources
        if country and country.note:
            parts.append(country.note[lang])
        related_ids = [e for e in ("member_count", "observers", "member_list")
                       if e in self.kb.entries]
        if code == "IN" and "india_not_member" in self.kb.entries:
            related_ids.insert(0, "india_not_member")
        return Reply(
            question=question,
            kind="membership",
            lang=lang,
            intent="membership",
            confidence=self.thresholds.membership,
            answer=" ".join(parts),
            sources=sources,
            related=tuple(Link(e, self.kb.entries[e].title[lang]) for e in related_ids[:3]),
            title=TEXTS[lang]["membership_title"].format(name=name),
            country=code,
        )


def _examples(kb: KnowledgeBase) -> list[tuple[str, Mapping[str, tuple[str, ...]]]]:
    """What the index takes from the content (besides the lexicon)."""
    return [(intent.id, intent.examples) for intent in kb.intents.values()]


def _aliases(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """What the country index takes from the content (besides the lexicon)."""
    return {code: country.aliases for code, country in kb.countries.items()}


def format_date(value: date, lang: str) -> str:
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


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
