"""Group the questions the bot could not answer, and draft the YAML that would answer them.

Used by ``oic-bot review`` and by the operators' ``/review`` command in Telegram.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.store import LoggedQuestion

SIMILAR = 80.0  # token_sort_ratio at which two questions count as the same question
SUGGEST_EXISTING = 0.3  # a group whose best candidate scores this much is likely that intent


@dataclass
class Group:
    """Questions that say the same thing, most frequent wording first."""

    questions: Counter = field(default_factory=Counter)
    lang_of: dict[str, str] = field(default_factory=dict)
    candidates: Counter = field(default_factory=Counter)
    best_scores: dict[str, float] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(self.questions.values())

    @property
    def head(self) -> str:
        return self.questions.most_common(1)[0][0]

    @property
    def best_intent(self) -> tuple[str, float] | None:
        if not self.candidates:
            return None
        intent = self.candidates.most_common(1)[0][0]
        return intent, self.best_scores[intent]


def group_questions(logged: list[LoggedQuestion]) -> list[Group]:
    """Greedy clustering by rapidfuzz similarity; largest groups first."""
    groups: list[Group] = []
    for question in sorted(logged, key=lambda q: q.text):
        target = next((g for g in groups
                       if fuzz.token_sort_ratio(question.text, g.head) >= SIMILAR), None)
        if target is None:
            target = Group()
            groups.append(target)
        target.questions[question.text] += 1
        target.lang_of[question.text] = question.lang
        if question.candidates:
            intent, score = question.candidates[0]
            target.candidates[intent] += 1
            target.best_scores[intent] = max(score, target.best_scores.get(intent, 0.0))
    return sorted(groups, key=lambda g: (-g.size, g.head))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def draft_yaml(group: Group) -> str:
    """Ready-to-paste YAML: new examples for the likely intent, or a new intent's skeleton."""
    by_lang: dict[str, list[str]] = {"id": [], "en": []}
    for text, _ in group.questions.most_common():
        by_lang[group.lang_of[text]].append(text)
    best = group.best_intent
    lines: list[str] = []
    if best and best[1] >= SUGGEST_EXISTING:
        lines.append(f"# if this is what intent '{best[0]}' answers (best match {best[1]:.2f}), "
                     "paste these under its examples in intents/:")
        for lang, texts in by_lang.items():
            if texts:
                lines.append(f"      {lang}:")
                lines += [f"        - {_quote(t)}" for t in texts]
        return "\n".join(lines)
    ident = re.sub(r"[^a-z0-9]+", "_", " ".join(group.head.split()[:4]).lower()).strip("_")[:40]
    if not re.match(r"[a-z]", ident):
        ident = f"new_{ident}".rstrip("_")[:40]
    lines += [
        "# a new question: add this to intents/, and an entry with the same id (with its",
        "# answer in both languages and its sources) to knowledge/",
        f"  - id: {ident}",
        f"    answers: {ident}",
        "    examples:",
    ]
    for lang, texts in by_lang.items():
        lines.append(f"      {lang}:")
        lines += [f"        - {_quote(t)}" for t in texts] or ["        - ..."]
    return "\n".join(lines)


def format_review(groups: list[Group], limit: int = 10) -> str:
    if not groups:
        return "No unanswered questions recorded yet.\n"
    out = [f"{sum(g.size for g in groups)} recorded questions in {len(groups)} groups; "
           f"the {min(limit, len(groups))} largest:\n"]
    for number, group in enumerate(groups[:limit], 1):
        best = group.best_intent
        hint = f"best candidate: {best[0]} ({best[1]:.2f})" if best else "no candidate"
        out.append(f"{number}. \"{group.head}\" — asked {group.size}x, {hint}")
        out.append(draft_yaml(group))
        out.append("")
    return "\n".join(out) + "\n"
