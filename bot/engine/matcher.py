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

from rapidfuzz import fuzz, process

# Tuned with `oic-bot eval` (see the threshold sweep in the README).
OVERLAP_WEIGHT = 0.7  # the rest goes to the fuzzy score
QUERY_BIAS = 1.5  # F-beta: covering the question's words matters more than the example's
TYPO_CUTOFF = 80.0  # rapidfuzz ratio for a misspelt word to count as a known word
CANDIDATES = 64
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
        self._weight = {t: math.log(1 + n_intents / len(i)) for t, i in intents_with.items()}
        self._unknown_weight = math.log(1 + n_intents / 0.5)
        self._example_weight = [sum(self._weight[t] for t in tokens) for tokens in self._tokens]
        self._postings = {
            token: sorted(ids, key=lambda i: len(self._tokens[i]))[:MAX_POSTINGS]
            for token, ids in postings.items()
        }
        by_initial: dict[str, list[str]] = defaultdict(list)
        for token in self._postings:
            if len(token) >= 4:
                by_initial[token[0]].append(token)
        self._by_initial = dict(by_initial)
        self.known_word = lru_cache(maxsize=8192)(self._known_word)

    def __len__(self) -> int:
        return len(self._text)

    def intents_with(self, token: str) -> frozenset[str]:
        """The intents that have at least one example containing ``token``."""
        return frozenset(self._intent[i] for i in self._postings.get(token, ()))

    def _known_word(self, token: str) -> tuple[str, float] | None:
        """Map a question word to an indexed word and a similarity in [0, 1], if any."""
        if token in self._postings:
            return token, 1.0
        for particle in ("nya", "kah", "lah", "pun"):
            stem = token.removesuffix(particle)
            if stem != token and len(stem) >= 3 and stem in self._postings:
                return stem, 1.0
        if len(token) < 4 or not token.isalpha():
            return None
        pool = self._by_initial.get(token[0])
        if not pool:
            return None
        found = process.extractOne(token, pool, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
        if found is None:
            return None
        return found[0], found[1] / 100.0

    def rank(self, tokens: tuple[str, ...], limit: int = 5) -> list[Candidate]:
        """The best intents for a question, best first, at most one entry per intent."""
        query = list(dict.fromkeys(tokens))
        if not query:
            return []
        mapped: dict[str, tuple[str, float]] = {}
        query_weight = 0.0
        for token in query:
            known = self.known_word(token)
            if known is None:
                query_weight += self._unknown_weight
                continue
            mapped[token] = known
            query_weight += self._weight[known[0]]
        if not mapped:
            return []
        pool: dict[int, float] = defaultdict(float)
        for word, similarity in mapped.values():
            gain = self._weight[word] * similarity
            for index in self._postings[word]:
                pool[index] += gain
        shortlist = heapq.nlargest(CANDIDATES, pool, key=pool.__getitem__)
        text = " ".join(tokens)
        best: dict[str, Candidate] = {}
        for index in shortlist:
            score = self._score(index, mapped, query_weight, text)
            intent = self._intent[index]
            if intent not in best or score > best[intent].score:
                best[intent] = Candidate(intent, score, self._text[index])
        return sorted(best.values(), key=lambda c: c.score, reverse=True)[:limit]

    def _score(
        self, index: int, mapped: dict[str, tuple[str, float]], query_weight: float, text: str
    ) -> float:
        example = self._tokens[index]
        covered_query = covered_example = 0.0
        seen: set[str] = set()
        for word, similarity in mapped.values():
            if word in example:
                covered_query += self._weight[word] * similarity
                if word not in seen:
                    covered_example += self._weight[word] * similarity
                    seen.add(word)
        recall = covered_query / query_weight
        precision = covered_example / self._example_weight[index]
        if recall == 0.0 or precision == 0.0:
            overlap = 0.0
        else:
            beta2 = QUERY_BIAS**2
            overlap = (1 + beta2) * precision * recall / (beta2 * precision + recall)
        fuzzy = fuzz.token_sort_ratio(text, self._text[index]) / 100.0
        return OVERLAP_WEIGHT * overlap + (1 - OVERLAP_WEIGHT) * fuzzy
