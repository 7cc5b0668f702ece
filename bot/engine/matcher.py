"""Rank intents for a normalised question: weighted word overlap first, fuzzy text second.

Each example question is indexed once at load time. A question is scored against an example
by two measures that fail differently:

* **overlap** — an F-score of the words the two share, each word weighted by how rare it is
  across intents (so "markas" counts, "oki" and "the" barely do). Words are matched exactly,
  with Indonesian particles stripped (-nya, -kah, -lah), or fuzzily for typos. Because the
  example's own words count too, a short question that is merely a subset of a long example
  does not score 100 — the known trap of ``token_set_ratio``.
* **fuzzy** — rapidfuzz's ``token_sort_ratio`` on the whole normalised texts, which rewards
  near-identical wording and word-order changes.

An intent's score is its best example's score. Candidates come from an inverted index, so
the cost grows with the examples that share a word with the question, not with the whole
knowledge base.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from rapidfuzz import fuzz, process

from bot.engine.stem import stems

# Tuned with `oic-bot eval` (see the threshold sweep in the README).
OVERLAP_WEIGHT = 0.75  # the rest goes to the fuzzy score
QUERY_BIAS = 1.0  # F-beta: >1 would favour covering the question's words over the example's
TYPO_CUTOFF = 80.0  # rapidfuzz ratio for a misspelt word to count as a known word
RELATED = 0.85  # similarity of two forms of one word ("didirikan" ~ "pendirian")
INTENT_WEIGHT = 0.15  # share of the score from the intent's whole vocabulary
SECOND_EXAMPLE = 0.2  # weight of an intent's second-best example (support from paraphrases)
SALIENT_PREFIX = "org_"
COMMON_SHARE = 4  # a word in more than 1/4 of the intents is "common"
CANDIDATES = 40
MAX_POSTINGS = 4000  # per word, shortest examples first: bounds the cost of very common words


@dataclass(frozen=True, slots=True)
class Candidate:
    """An intent and how well the question matched it, via its best example."""

    intent: str
    score: float
    example: str


class Matcher:
    """An index over normalised example questions."""

    def __init__(self, examples: list[tuple[str, tuple[str, ...]]]) -> None:
        """``examples`` holds (intent id, normalised tokens) pairs."""
        self._intent: list[str] = []
        self._text: list[str] = []
        self._tokens: list[frozenset[str]] = []
        intents_with: dict[str, set[str]] = defaultdict(set)
        postings: dict[str, list[int]] = defaultdict(list)
        for index, (intent, tokens) in enumerate(examples):
            unique = frozenset(tokens)
            self._intent.append(intent)
            self._text.append(" ".join(tokens))
            self._tokens.append(unique)
            for token in unique:
                intents_with[token].add(intent)
                postings[token].append(index)
        n_intents = max(1, len(set(self._intent)))
        self._unknown_weight = math.log(1 + n_intents / 0.5)
        self._weight = {t: math.log(1 + n_intents / len(i)) for t, i in intents_with.items()}
        for token in self._weight:
            if token.startswith(SALIENT_PREFIX):  # naming an organisation settles the topic
                self._weight[token] = self._unknown_weight
        self._vocabulary: dict[str, set[str]] = defaultdict(set)
        for token, owners in intents_with.items():
            for owner in owners:
                self._vocabulary[owner].add(token)
        self._common_weight = math.log(1 + COMMON_SHARE)
        self._example_weight = [sum(self._weight[t] for t in tokens) for tokens in self._tokens]
        self._postings = {
            token: sorted(ids, key=lambda i: len(self._tokens[i]))[:MAX_POSTINGS]
            for token, ids in postings.items()
        }
        by_initial: dict[str, list[str]] = defaultdict(list)
        by_stem: dict[str, list[str]] = defaultdict(list)
        for token in self._postings:
            if len(token) >= 4:
                by_initial[token[0]].append(token)
            for form in stems(token):
                by_stem[form].append(token)
        self._by_initial = dict(by_initial)
        self._by_stem = dict(by_stem)
        self.known_word = lru_cache(maxsize=8192)(self._known_word)

    def __len__(self) -> int:
        return len(self._text)

    def weight(self, token: str) -> float:
        """How much a word says about which intent is meant (rare words say more)."""
        return self._weight.get(token, self._unknown_weight)

    @property
    def common_weight(self) -> float:
        """Words weighing less than this occur in many intents: question and function words."""
        return self._common_weight

    def intents_with(self, token: str) -> frozenset[str]:
        """The intents that have at least one example containing ``token``."""
        return frozenset(self._intent[i] for i in self._postings.get(token, ()))

    def _known_word(self, token: str) -> tuple[tuple[str, float], ...]:
        """Indexed words that ``token`` stands for, each with a similarity in [0, 1].

        The word itself if indexed, other forms of it (shared stem), or failing both the
        closest spelling (a typo).
        """
        found: dict[str, float] = {}
        if token in self._postings:
            found[token] = 1.0
        for form in stems(token):
            for word in self._by_stem.get(form, ()):
                found.setdefault(word, RELATED)
        if found or len(token) < 4 or not token.isalpha():
            return tuple(found.items())
        pool = self._by_initial.get(token[0])
        if not pool:
            return ()
        match = process.extractOne(token, pool, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        return ((match[0], match[1] / 100.0),) if match else ()

    def rank(self, tokens: tuple[str, ...], limit: int = 5) -> list[Candidate]:
        """The best intents for a question, best first, at most one entry per intent."""
        query = list(dict.fromkeys(tokens))
        if not query:
            return []
        mapped: dict[str, tuple[tuple[str, float], ...]] = {}
        weights: dict[str, float] = {}
        for token in query:
            known = self.known_word(token)
            if not known:
                weights[token] = self._unknown_weight
                continue
            mapped[token] = known
            weights[token] = self._weight.get(token) or max(self._weight[w] for w, _ in known)
        if not mapped:
            return []
        query_weight = sum(weights.values())
        # Candidates come from the words that say something; words found in many intents
        # ("apa", "the", "oki") only add to the score of candidates found another way.
        selective = {t: w for t, w in mapped.items() if weights[t] >= self.common_weight}
        pool: dict[int, float] = defaultdict(float)
        for token, words in (selective or mapped).items():
            for word, similarity in words:
                gain = weights[token] * similarity
                for index in self._postings[word]:
                    pool[index] += gain
        shortlist = [i for i, _ in heapq.nlargest(CANDIDATES, pool.items(), key=itemgetter(1))]
        text = " ".join(tokens)
        best: dict[str, Candidate] = {}
        second: dict[str, float] = defaultdict(float)
        for index in shortlist:
            score = self._score(index, mapped, weights, query_weight, text)
            intent = self._intent[index]
            if intent not in best or score > best[intent].score:
                if intent in best:
                    second[intent] = best[intent].score
                best[intent] = Candidate(intent, score, self._text[index])
            elif score > second[intent]:
                second[intent] = score
        if SECOND_EXAMPLE:
            for intent, candidate in best.items():
                best[intent] = Candidate(intent, (1 - SECOND_EXAMPLE) * candidate.score
                                         + SECOND_EXAMPLE * second[intent], candidate.example)
        if INTENT_WEIGHT:
            for intent, candidate in best.items():
                vocabulary = self._vocabulary[intent]
                recall = sum(weights[t] * max((sim for w, sim in words if w in vocabulary),
                                              default=0.0)
                             for t, words in mapped.items()) / query_weight
                best[intent] = Candidate(intent, (1 - INTENT_WEIGHT) * candidate.score
                                         + INTENT_WEIGHT * recall, candidate.example)
        return sorted(best.values(), key=lambda c: c.score, reverse=True)[:limit]

    def _score(
        self,
        index: int,
        mapped: dict[str, tuple[tuple[str, float], ...]],
        weights: dict[str, float],
        query_weight: float,
        text: str,
    ) -> float:
        example = self._tokens[index]
        covered_query = covered_example = 0.0
        seen: set[str] = set()
        for token, words in mapped.items():
            best, similarity = "", 0.0
            for word, sim in words:
                if sim > similarity and word in example:
                    best, similarity = word, sim
            if not best:
                continue
            covered_query += weights[token] * similarity
            if best not in seen:
                covered_example += self._weight[best] * similarity
                seen.add(best)
        recall = covered_query / query_weight
        precision = covered_example / self._example_weight[index]
        if recall == 0.0 or precision == 0.0:
            overlap = 0.0
        else:
            beta2 = QUERY_BIAS**2
            overlap = (1 + beta2) * precision * recall / (beta2 * precision + recall)
        fuzzy = fuzz.token_sort_ratio(text, self._text[index]) / 100.0
        return OVERLAP_WEIGHT * overlap + (1 - OVERLAP_WEIGHT) * fuzzy
