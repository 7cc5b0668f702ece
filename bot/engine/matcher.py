"""Rank intents for a normalised question: weighted word overlap first, fuzzy text second.

Each example question is indexed once at load time. A question is scored against an example
by two measures that fail differently:

* **overlap** — an F-score of the words the two share, each word weighted by how rare it is
  across intents (so "markas" counts, "oki" and "the" barely do). Words are matched exactly,
  through shared stems ("didirikan" ~ "pendirian"), or fuzzily for typos. Because the
  example's own words count too, a short question that is merely a subset of a long example
  does not score 100 — the known trap of ``token_set_ratio``.
* **fuzzy** — rapidfuzz's ``token_sort_ratio`` on the whole normalised texts, which rewards
  near-identical wording and word-order changes.

An intent's score is mostly its best example's score, with support from its second-best
example and from its whole vocabulary, so several paraphrases outweigh one lucky example.
Candidates come from an inverted index over the question's selective words, so the cost grows
with the examples that share such a word, not with the whole knowledge base: the examples
sharing the most weight through those words get the overlap score, the best of them the fuzzy
one (in one rapidfuzz call).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.engine.stem import stems

# Tuned with `oic-bot eval` (see the threshold sweep in the README).
OVERLAP_WEIGHT = 0.75  # the rest goes to the fuzzy score
FUZZY_WEIGHT = (1 - OVERLAP_WEIGHT) / 100  # rapidfuzz scores run to 100
TYPO_CUTOFF = 70.0  # rapidfuzz ratio for a misspelt word to count as a known word ...
TYPO_EDITS = 1  # ... one edit away from it ("anggta"), or two for a long word ("organsiasi"):
LONG_WORD = 9  # "tentara" is two edits from "tenggara" and is another word, not a typo
# In a word this short, one letter changed is as often another word: "iina" (the news
# agency) is not a typo of "iifa" (the fiqh academy), nor "irak" of "iran". A letter left
# out, added or two swapped ("whre", "mnay") still count.
SHORTEST_SUBSTITUTION = 5
RELATED = 0.85  # similarity of two forms of one word ("didirikan" ~ "pendirian")
INTENT_WEIGHT = 0.15  # share of the score from the intent's whole vocabulary
SECOND_EXAMPLE = 0.2  # weight of an intent's second-best example (support from paraphrases)
SALIENT_PREFIX = "org_"
COMMON_SHARE = 4  # a word in more than 1/4 of the intents is "common"
POOL = 48  # examples scored by word overlap (more gave no better answers in the eval)
FUZZY_SHARE = 4  # the best quarter of those also scored by rapidfuzz
SEED_WORDS = 6  # at most this many of the rarest words look up candidates (long messages)
FEW_SEEDS = 2  # ... and below this many, the common words too
COMMON_POSTINGS = 100  # how far down a common word's list to look when nothing else is known
MAX_POSTINGS = 300  # per word, its shortest examples only: bounds the cost of common words


@dataclass(frozen=True, slots=True)
class Candidate:
    """An intent and how well the question matched it, via its best example."""

    intent: str
    score: float
    example: str


class Matcher:
    """An index over normalised example questions."""

    def __init__(self, examples: list[tuple[str, str]],
                 names: Mapping[str, frozenset[str]] | None = None,
                 words: frozenset[str] = frozenset()) -> None:
        """``examples`` holds (intent id, normalised text: its tokens joined by spaces) pairs;
        ``names`` maps each one-word name of a country to all of that country's one-word names.
        A name is never a typo of another word ("sudan" is not "sudah"), and is the same word
        as the country's other names: an example saying "Turkey" reads a question saying
        "Türkiye" or "Turki". ``words`` are the lexicon's function and question words: real
        words, never typos either ("terus", then, is not "terms")."""
        self._names = dict(names or {})
        self._words = words
        self._intent = [intent for intent, _ in examples]
        self._text = [text for _, text in examples]
        self._tokens = [frozenset(text.split()) for text in self._text]
        # A question word for word an example is always scored against it, even when all its
        # words are so common that the example is past their posting lists' cut.
        self._exact: dict[str, list[int]] = defaultdict(list)
        for index, text in enumerate(self._text):
            self._exact[text].append(index)
        self._exact = dict(self._exact)
        intents_with: dict[str, set[str]] = defaultdict(set)
        postings: dict[str, list[int]] = defaultdict(list)
        # Shortest examples first, so that every posting list comes out in that order.
        for index in sorted(range(len(examples)), key=lambda i: len(self._tokens[i])):
            intent = self._intent[index]
            for token in self._tokens[index]:
                intents_with[token].add(intent)
                postings[token].append(index)
        n_intents = max(1, len(set(self._intent)))
        self._unknown_weight = math.log(1 + n_intents / 0.5)
        self._weight = {t: math.log(1 + n_intents / len(i)) for t, i in intents_with.items()}
        for token in self._weight:
            if token.startswith(SALIENT_PREFIX):  # naming an organisation settles the topic
                self._weight[token] = self._unknown_weight
        self._intents_of = {t: frozenset(i) for t, i in intents_with.items()}
        self._common_weight = math.log(1 + COMMON_SHARE)
        weight = self._weight.__getitem__
        # (sums over a set are taken exactly, with math.fsum: in a set's order, which differs
        # per process, the last digit of a float sum would, and with it which of two equal
        # examples makes the pool's cut: the same question got another answer after a restart)
        self._example_weight = [math.fsum(map(weight, tokens)) for tokens in self._tokens]
        self._postings = {token: ids[:MAX_POSTINGS] if len(ids) > MAX_POSTINGS else ids
                          for token, ids in postings.items()}
        by_initial: dict[str, list[str]] = defaultdict(list)
        by_stem: dict[str, list[str]] = defaultdict(list)
        for token in sorted(self._postings):  # in a set's order, ties would differ per process
            if len(token) >= 4:
                by_initial[token[0]].append(token)
            for form in stems(token):
                by_stem[form].append(token)
        self._by_initial = dict(by_initial)
        self._by_stem = dict(by_stem)
        self._add_caches()

    def _add_caches(self) -> None:
        """Per-word lookups, remembered: questions reuse the same few thousand words."""
        self.known_word = lru_cache(maxsize=8192)(self._known_word)
        self._intent_credit = lru_cache(maxsize=8192)(self._credit)

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        del state["known_word"], state["_intent_credit"]  # per-process caches, rebuilt on load
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._add_caches()

    def __len__(self) -> int:
        return len(self._text)

    @property
    def words(self) -> frozenset[str]:
        """Every word of the normalised examples."""
        return frozenset(self._postings)

    def weight(self, token: str) -> float:
        """How much a word says about which intent is meant (rare words say more)."""
        return self._weight.get(token, self._unknown_weight)

    @property
    def common_weight(self) -> float:
        """Words weighing less than this occur in many intents: question and function words."""
        return self._common_weight

    def intents_with(self, token: str) -> frozenset[str]:
        """The intents that have at least one example containing ``token``."""
        return self._intents_of.get(token, frozenset())

    def same_name(self, token: str) -> frozenset[str]:
        """``token`` and, if it names a country, the country's other one-word names."""
        return self._names.get(token, frozenset()) | {token}

    def examples(self) -> Iterator[tuple[str, str]]:
        """Each normalised example with its intent."""
        return zip(self._intent, self._text, strict=True)

    def intents_naming(self, token: str) -> frozenset[str]:
        """The intents with an example containing ``token`` or another name of its country."""
        return frozenset().union(*map(self.intents_with, self.same_name(token)))

    def _known_word(self, token: str) -> tuple[tuple[str, float], ...]:
        """Indexed words that ``token`` stands for, each with a similarity in [0, 1], closest
        first: the word itself if indexed, other forms of it (shared stem), or failing both
        the closest spelling (a typo).
        """
        found: dict[str, float] = {}
        if token in self._postings:
            found[token] = 1.0
        for name in sorted(self._names.get(token, ())):
            if name in self._postings:
                found.setdefault(name, RELATED)
        for form in sorted(stems(token)):  # a fixed order: which examples tie must not vary
            for word in self._by_stem.get(form, ()):
                found.setdefault(word, RELATED)
        if found or len(token) < 4 or not token.isalpha() or token in self._names \
                or token in self._words:
            return tuple(found.items())
        pool = self._by_initial.get(token[0])
        if not pool:
            return ()
        edits = TYPO_EDITS + (len(token) >= LONG_WORD)
        close = [(word, ratio / 100.0) for word, ratio, _ in process.extract(
                     token, pool, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=3)
                 if OSA.distance(token, word, score_cutoff=edits) <= edits and not (
                     len(token) < SHORTEST_SUBSTITUTION and len(word) == len(token)
                     and sorted(word) != sorted(token))]  # swaps count once
        # (every spelling as close: "principels" is "principles" as much as "principals")
        return tuple(c for c in close if c[1] == close[0][1])

    def rank(self, tokens: tuple[str, ...], limit: int = 5, pool: int = POOL) -> list[Candidate]:
        """The best intents for a question, best first, at most one entry per intent; ``pool``
        examples are scored in full."""
        weights: dict[str, float] = {}
        mapped: dict[str, tuple[tuple[str, float], ...]] = {}  # closest form first
        for token in dict.fromkeys(tokens):
            known = self.known_word(token)
            if known:
                mapped[token] = known
                weights[token] = self._weight.get(token) or max(self._weight[w] for w, _ in known)
            else:
                weights[token] = self._unknown_weight
        if not mapped:
            return []
        query_weight = sum(weights.values())
        text = " ".join(tokens)
        candidates: Iterable[int] = self._pool(mapped, weights, pool)
        exact = self._exact.get(text)
        if exact:
            candidates = [*exact, *(i for i in candidates if i not in exact)]
        overlaps = sorted(self._overlaps(candidates, mapped, weights, query_weight),
                          reverse=True)[:pool // FUZZY_SHARE]
        fuzzy = process.extract(text, [self._text[i] for _, i in overlaps],
                                scorer=fuzz.token_sort_ratio, limit=None)
        best: dict[str, tuple[float, int]] = {}
        second: dict[str, float] = {}
        for _, ratio, number in fuzzy:
            overlap, index = overlaps[number]
            score = OVERLAP_WEIGHT * overlap + FUZZY_WEIGHT * ratio
            intent = self._intent[index]
            top = best.get(intent)
            if top is None:
                best[intent] = (score, index)
            elif score > top[0]:
                best[intent] = (score, index)
                second[intent] = top[0]
            elif score > second.get(intent, 0.0):
                second[intent] = score
        own = 1 - SECOND_EXAMPLE - INTENT_WEIGHT
        recall = self._intent_recall(best.keys(), mapped, weights, query_weight)
        ranked = sorted(
            ((own * score + SECOND_EXAMPLE * second.get(intent, 0.0)
              + INTENT_WEIGHT * recall[intent], intent, index)
             for intent, (score, index) in best.items()),
            key=itemgetter(0), reverse=True)
        return [Candidate(intent, score, self._text[index])
                for score, intent, index in ranked[:limit]]

    def _pool(self, mapped: dict[str, tuple[tuple[str, float], ...]],
              weights: dict[str, float], size: int) -> Iterable[int]:
        """The examples worth scoring in full: those sharing the most weight with the question
        through its selective words."""
        # Candidates come from the words that say something; words found in many intents
        # ("apa", "the", "oki") only add to the score of candidates found another way.
        selective = heapq.nlargest(
            SEED_WORDS, (t for t in mapped if weights[t] >= self._common_weight),
            key=weights.__getitem__)
        pool: dict[int, float] = {}
        add = pool.get
        # With only common words ("oki itu apa"), their shortest examples will do; so they do
        # beside a single rare word, which may say little ("OKI *memiliki* berapa negara
        # anggota?" drew only examples of what the OIC owns, and got its universities)
        seeds = [*selective, *(t for t in mapped if t not in selective)] \
            if len(selective) < FEW_SEEDS else selective
        for token in seeds:
            weight = weights[token]
            for word, similarity in mapped[token]:
                gain = weight * similarity
                postings = self._postings[word]
                for index in postings if token in selective else postings[:COMMON_POSTINGS]:
                    pool[index] = add(index, 0.0) + gain
        if len(pool) <= size:
            return pool
        return sorted(pool, key=pool.__getitem__, reverse=True)[:size]

    def _overlaps(self, pool: Iterable[int], mapped: dict[str, tuple[tuple[str, float], ...]],
                  weights: dict[str, float], query_weight: float) -> list[tuple[float, int]]:
        """(weighted F-score of the words shared with the question, index) per example."""
        claims: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
        for number, (token, words) in enumerate(mapped.items()):
            for word, similarity in words:
                claims[word].append((number, weights[token], similarity))
        # Most shared words are "plain": the question's own word, exactly, standing for nothing
        # else. An example sharing only plain words scores twice the shared weight over the two
        # sizes. This shortcut for the general F-score (_overlap) ranks 12-15% faster on the
        # shipped base and 4-14% at 100x (A/B on the eval and near-miss questions, 2026-11-30);
        # the bitmask bookkeeping it replaced won only a few percent more.
        plain = {word: found[0][1] for word, found in claims.items()
                 if len(found) == 1 and found[0][2] == 1.0 and found[0][1] == self._weight[word]}
        indexed, plain_words, plain_weight = frozenset(claims), frozenset(plain), plain.__getitem__
        sizes, tokens = self._example_weight, self._tokens
        scored = []
        for index in pool:
            shared = tokens[index] & indexed
            if shared <= plain_words:
                scored.append((2 * math.fsum(map(plain_weight, shared))
                               / (query_weight + sizes[index]), index))
            else:
                scored.append((self._overlap(shared, claims, query_weight, sizes[index]), index))
        return scored

    def _overlap(self, shared: frozenset[str], claims: dict[str, list[tuple[int, float, float]]],
                 query_weight: float, size: float) -> float:
        """The F-score in general: each question word counts once, by its closest form in the
        example (recall); each shared word with its own weight and closest similarity
        (precision)."""
        covered: list[float] = []
        per_token: dict[int, float] = {}
        for word in shared:
            closest = 0.0
            for number, weight, similarity in claims[word]:
                if weight * similarity > per_token.get(number, 0.0):
                    per_token[number] = weight * similarity
                closest = max(closest, similarity)
            covered.append(self._weight[word] * closest)
        covered_example = math.fsum(covered)
        covered_query = math.fsum(per_token.values())
        total = covered_query * size + covered_example * query_weight
        return 2 * covered_query * covered_example / total if total else 0.0

    def _intent_recall(self, intents: Iterable[str],
                       mapped: dict[str, tuple[tuple[str, float], ...]],
                       weights: dict[str, float], query_weight: float) -> dict[str, float]:
        """Per intent, the share of the question's weight found anywhere in its examples."""
        credits = [(weights[token], self._intent_credit(token)) for token in mapped]
        return {intent: sum(weight * credit.get(intent, 0.0) for weight, credit in credits)
                / query_weight for intent in intents}

    def _credit(self, token: str) -> dict[str, float]:
        """Per intent with any form of ``token`` in its examples, the closest form's similarity."""
        credit: dict[str, float] = {}
        for word, similarity in self.known_word(token):  # closest first
            for intent in self._intents_of[word]:
                credit.setdefault(intent, similarity)
        return credit
