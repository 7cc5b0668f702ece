"""Group the questions the bot could not answer, and draft the YAML that would answer them.

Used by ``oic-bot review`` and by the operators' ``/review`` command in Telegram. Questions the
engine judged off-topic, or about another organisation, are kept apart: the bot said the right
thing, and an operator acts on them only if the judgement was wrong. The log keeps questions
normalised and candidates as ids; the review shows them as people read them (organisations by
name, not as "org_opec"; the closest answer by its question, not its id), given the engine.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bot.content.model import LANGS
from bot.engine import Engine
from bot.engine.normalize import ORG_PREFIX
from bot.store import LoggedQuestion

SIMILAR = 80.0  # token_sort_ratio at which two questions count as the same question
SUGGEST_EXISTING = 0.3  # a group whose best candidate scores this much is likely that intent
UNANSWERED, OFF_TOPIC, OTHER_ORG = "unanswered", "off_topic", "other_org"
# The engine's decision opens its reason ("out_of_scope: off-topic example matched (0.80)",
# "other_org: names opec; ..."), after any courtesies it set aside.
_JUDGED = re.compile(r"(?:^|; )(out_of_scope|other_org): (?:names ([a-z0-9_]+))?")
_ORG_TOKEN = re.compile(rf"\b{ORG_PREFIX}([a-z0-9_]+)")


class Names:
    """Readable names for what the question log keeps as ids: a candidate's question (its
    title), an organisation's name. Plain tables, so /review can take them to a process of its
    own (bot/telegram/offload.py)."""

    def __init__(self, titles: Mapping[tuple[str, str], str] | None = None,
                 organisations: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.titles = dict(titles or {})  # (intent or answer id, lang) -> the question it answers
        self.organisations = {ident: dict(name) for ident, name in (organisations or {}).items()}

    @classmethod
    def of(cls, engine: Engine) -> Names:
        kb = engine.kb
        answers = {i.id: i.answers for i in kb.intents.values()}
        answers.update((row.id, row.id) for table in kb.tables.values() for row in table.rows)
        titles: dict[tuple[str, str], str] = {}
        for ident, answer in answers.items():
            if engine.knows(answer):
                for lang in LANGS:
                    title = engine.entry_reply(answer, lang).title
                    if title:
                        titles[ident, lang] = titles[answer, lang] = title
        return cls(titles, {o.id: o.name for o in kb.lexicon.organisations})

    def title(self, ident: str, lang: str) -> str | None:
        """The question an intent (or answer) answers, in ``lang``; None if unknown."""
        return self.titles.get((ident, lang))

    def organisation(self, ident: str, lang: str) -> str:
        """Its short name: "PBB" for "PBB (Perserikatan Bangsa-Bangsa)", "UN" for "the UN"."""
        name = self.organisations.get(ident, {}).get(lang) or ident.replace("_", " ").upper()
        return name.partition(" (")[0].removeprefix("the ")

    def readable(self, text: str, lang: str) -> str:
        """A logged question with other organisations by name ("sekjen OPEC")."""
        return _ORG_TOKEN.sub(lambda m: self.organisation(m.group(1), lang), text)


def judged(question: LoggedQuestion) -> tuple[str, str | None]:
    """Whether the engine judged the question off-topic, about another organisation (which),
    or could not answer it."""
    match = _JUDGED.search(question.reason)
    if match:
        return (OFF_TOPIC if match.group(1) == "out_of_scope" else OTHER_ORG), match.group(2)
    if (not question.reason and question.outcome == "unanswered" and question.candidates
            and question.candidates[0][0] == "out_of_scope"):  # logged before reasons were
        return OFF_TOPIC, None
    return UNANSWERED, None


@dataclass
class Group:
    """Questions that say the same thing, most frequent wording first."""

    questions: Counter = field(default_factory=Counter)
    lang_of: dict[str, str] = field(default_factory=dict)
    candidates: Counter = field(default_factory=Counter)
    best_scores: dict[str, float] = field(default_factory=dict)
    kind: str = UNANSWERED  # or OFF_TOPIC, OTHER_ORG: as the engine judged it
    organisations: Counter = field(default_factory=Counter)  # OTHER_ORG: the ones named

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


def group_questions(logged: list[LoggedQuestion], names: Names | None = None) -> list[Group]:
    """Greedy clustering by rapidfuzz similarity, within each judgement; largest first."""
    names = names or Names()
    groups: list[Group] = []
    for question in sorted(logged, key=lambda q: q.text):
        kind, organisation = judged(question)
        text = names.readable(question.text, question.lang)
        target = next((g for g in groups if g.kind == kind
                       and fuzz.token_sort_ratio(text, g.head) >= SIMILAR), None)
        if target is None:
            target = Group(kind=kind)
            groups.append(target)
        target.questions[text] += 1
        target.lang_of[text] = question.lang
        if organisation:
            target.organisations[names.organisation(organisation, question.lang)] += 1
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


def format_review(groups: list[Group], limit: int = 10, names: Names | None = None) -> str:
    """The largest groups the bot could not answer, each with YAML to paste; then, apart, the
    questions it judged off-topic or about another organisation."""
    if not groups:
        return "No unanswered questions recorded yet.\n"
    names = names or Names()
    out = [f"{sum(g.size for g in groups)} recorded questions in {len(groups)} groups."]
    unanswered = [g for g in groups if g.kind == UNANSWERED]
    if unanswered:
        out.append(f"Not answered: {len(unanswered)} groups; the "
                   f"{min(limit, len(unanswered))} largest:\n")
    for number, group in enumerate(unanswered[:limit], 1):
        best = group.best_intent
        hint = "no candidate"
        if best and best[1] > 0:
            title = names.title(best[0], group.lang_of[group.head])
            hint = (f"closest answer: \u201c{title}\u201d ({best[1]:.2f})" if title
                    else f"best candidate: {best[0]} ({best[1]:.2f})")
        out.append(f"{number}. \"{group.head}\" — asked {group.size}x, {hint}")
        out.append(draft_yaml(group))
        out.append("")
    for kind, heading in (
            (OFF_TOPIC, "Off-topic, as the bot judged (it said it answers only about the OIC); "
                        "if one is about the OIC after all, add it to the intent it asks "
                        "about"),
            (OTHER_ORG, "About another organisation (the bot said so and gave no OIC fact)")):
        apart = [g for g in groups if g.kind == kind]
        if not apart:
            continue
        out.append(f"{heading}: {len(apart)} groups"
                   + (f"; the {limit} largest:" if len(apart) > limit else ":"))
        for group in apart[:limit]:
            named = ", ".join(name for name, _ in group.organisations.most_common())
            out.append(f"  \"{group.head}\" — asked {group.size}x"
                       + (f" ({named})" if named else ""))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
