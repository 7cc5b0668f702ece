"""``oic-bot eval``: measure the engine on labelled questions it has never seen.

Three sets, reported separately, because they measure different promises:

* the **written eval** (paraphrases of what the knowledge base was written for): top-1
  accuracy per language, out-of-scope questions wrongly given a fact, language detection, the
  most confused intent pairs and a sweep of the answer threshold;
* the **near-miss set** (greetings around questions, two questions in one message, exam stems,
  questions next to a covered topic, look-alikes about other organisations): questions answered
  right, **confident wrong answers** (a fact about something else), and honest "not sure"
  where an answer existed;
* the **real questions** people posted on quiz, exam, Q&A and opinion pages, each with the words
  a right answer must contain: right, confident wrong facts, not sure.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from bot.engine import Engine, Reply
from bot.engine.normalize import fold
from bot.settings import default_data_file

DEFAULT_EVAL_FILE = default_data_file("eval.yaml")
NEAR_MISS_FILE = default_data_file("near_miss.yaml")
REAL_QUESTIONS_FILE = default_data_file("real_questions.yaml")
FACT_KINDS = ("answer", "membership", "role")


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled question. ``intent`` None means out of scope; ``lang`` None means either."""

    question: str
    lang: str | None
    intent: str | None
    country: str | None = None
    accept: tuple[str, ...] = ()  # other right answers: an entry id, membership:XX, role:XX


@dataclass
class Report:
    """The figures ``oic-bot eval`` prints and the quality test checks."""

    cases: int = 0
    in_scope: dict[str, list[int]] = field(default_factory=dict)  # lang -> [correct, total]
    out_of_scope: list[int] = field(default_factory=lambda: [0, 0])  # [wrong facts, total]
    language: list[int] = field(default_factory=lambda: [0, 0])
    suggested: int = 0
    confusions: Counter = field(default_factory=Counter)
    failures: list[tuple[Case, Reply]] = field(default_factory=list)
    sweep: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        correct = sum(c for c, _ in self.in_scope.values())
        total = sum(t for _, t in self.in_scope.values())
        return correct / total if total else 0.0

    @property
    def false_answer_rate(self) -> float:
        wrong, total = self.out_of_scope
        return wrong / total if total else 0.0

    @property
    def language_accuracy(self) -> float:
        right, total = self.language
        return right / total if total else 0.0


class EvalFileError(Exception):
    """A labelled set that cannot be read: said in one line, not a traceback."""


def _items(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise EvalFileError(f"{path}{where}: not valid YAML "
                            f"({getattr(exc, 'problem', None) or 'unreadable'})") from exc
    items = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "q" in i for i in items):
        raise EvalFileError(f"{path}: expected a `questions:` list whose items each have a `q:`")
    return items


def set_kind(path: Path) -> Literal["written", "near-miss", "real"]:
    """Which promise a labelled file measures, told by its labels: the words a right answer must
    hold (``must:``, real questions), the entry a near miss expects (``expect:``), else the
    written eval's ``intent:``. Scored the wrong way, a real set read 0% right."""
    items = _items(path)
    if any("must" in item for item in items):
        return "real"
    return "near-miss" if any("expect" in item for item in items) else "written"


def load_cases(path: Path) -> list[Case]:
    return [Case(str(item["q"]), item.get("lang"), item.get("intent"), item.get("country"),
                 tuple(item.get("accept") or ()))
            for item in _items(path)]


def is_correct(engine: Engine, case: Case, reply: Reply) -> bool:
    """Whether ``reply`` answers with the intent expected, or with a row the engine counts as
    the same answer (the IsDB's row for the entry on the IsDB), as the other sets count it."""
    if case.accept and answered_key(reply) in case.accept:
        return True
    if reply.intent != case.intent and not (
            reply.kind in ("answer", "role") and case.intent in answered_keys(engine, reply)):
        return False
    return case.country is None or reply.country == case.country


def score(engine: Engine, cases: list[Case], report: Report | None = None) -> Report:
    report = report or Report()
    for case in cases:
        reply = engine.ask(case.question)
        report.cases += 1
        if case.lang in ("id", "en"):
            report.language[1] += 1
            report.language[0] += engine.detect_language(case.question) == case.lang
        if case.intent is None:
            report.out_of_scope[1] += 1
            if reply.kind in FACT_KINDS:
                report.out_of_scope[0] += 1
                report.failures.append((case, reply))
            continue
        bucket = report.in_scope.setdefault(case.lang or "any", [0, 0])
        bucket[1] += 1
        if is_correct(engine, case, reply):
            bucket[0] += 1
            continue
        report.failures.append((case, reply))
        if reply.kind == "suggest":
            report.suggested += 1
        got = reply.intent or (f"suggest:{reply.suggestions[0].entry}" if reply.suggestions
                               else "no answer")
        report.confusions[(case.intent, got)] += 1
    return report


def evaluate(engine: Engine, path: Path = DEFAULT_EVAL_FILE) -> Report:
    cases = load_cases(path)
    report = score(engine, cases)
    original = engine.thresholds
    try:
        for step in range(8, 19):
            threshold = step / 20
            engine.thresholds = dataclasses.replace(original, answer=threshold,
                                                    suggest=min(original.suggest, threshold))
            trial = score(engine, cases)
            report.sweep.append((threshold, trial.accuracy, trial.false_answer_rate,
                                 trial.suggested / max(1, sum(t for _, t in
                                                              trial.in_scope.values()))))
    finally:
        engine.thresholds = original
    return report


# -- judged sets: near misses and real questions ----------------------------------------------

@dataclass
class Judged:
    """Right, confidently wrong, or honestly unsure: per question, then totals."""

    name: str
    right: int = 0
    wrong: int = 0  # a fact answer that is not the right one: the worst outcome
    unsure: int = 0  # "not sure" (choices or an admission) where a right answer existed
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, wrong, total]
    by_lang: dict[str, list[int]] = field(default_factory=dict)  # id/en -> [right, wrong, total]
    wrong_cases: list[tuple[str, str, Reply]] = field(default_factory=list)  # question, want
    missed: list[tuple[str, str, Reply]] = field(default_factory=list)
    # "not sure", but one of the answers offered under the reply is right (real questions)
    offered: int | None = None

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.unsure

    def add(self, kind: str, verdict: str, question: str, want: str, reply: Reply,
            lang: str = "") -> None:
        buckets = [self.by_kind.setdefault(kind, [0, 0, 0])]
        if lang:
            buckets.append(self.by_lang.setdefault(lang, [0, 0, 0]))
        for bucket in buckets:
            bucket[2] += 1
            bucket[0] += verdict == "right"
            bucket[1] += verdict == "wrong"
        if verdict == "right":
            self.right += 1
        elif verdict == "wrong":
            self.wrong += 1
            self.wrong_cases.append((question, want, reply))
        else:
            self.unsure += 1
            self.missed.append((question, want, reply))


def answered_key(reply: Reply) -> str | None:
    """What a fact reply answers with, in the labels' terms: an entry or row id,
    ``membership:XX``, ``role:XX``; ``smalltalk`` for small talk; None for no answer."""
    if reply.kind == "smalltalk":
        return "smalltalk"
    if reply.kind in ("membership", "role"):
        return f"{reply.kind}:{reply.country}"
    if reply.kind == "answer":
        return reply.entry or reply.intent
    return None


def _wanted(label: str | None, country: str | None) -> str | None:
    if label in (None, "none"):
        return None
    return f"{label}:{country}" if label in ("membership", "role") else label


def answered_keys(engine: Engine, reply: Reply) -> set[str]:
    """The reply's key, and the entry the engine counts as the same answer (the current
    chair's row is the entry on who chairs now)."""
    key = answered_key(reply)
    return set() if key is None else {key, engine.answer_of(key)}


def judge(engine: Engine, reply: Reply, wanted: set[str]) -> str:
    """'right', 'wrong' (a fact about something else) or 'unsure' for one answer."""
    if not wanted:  # nothing in the knowledge base answers it: any fact is wrong
        return "wrong" if reply.kind in FACT_KINDS else "right"
    if answered_keys(engine, reply) & wanted:
        return "right"
    return "wrong" if reply.kind in FACT_KINDS else "unsure"


def score_near_miss(engine: Engine, path: Path = NEAR_MISS_FILE) -> Judged:
    """Near misses: the first question's answer, and a second question's where there is one."""
    report = Judged("near-miss")
    for item in _items(path):
        question = str(item["q"])
        reply = engine.ask(question)
        country = item.get("country")
        wanted = {w for w in [_wanted(item.get("expect"), country),
                              *(_wanted(a, country) for a in item.get("accept") or [])] if w}
        kind = str(item.get("kind", "other"))
        lang = str(item.get("lang") or "")
        want = ", ".join(sorted(wanted)) or "none"
        also = item.get("also")
        seconds = {w for w in (_wanted(a, None) for a in (
            also if isinstance(also, list) else [also])) if w}
        if kind == "two_questions" and seconds:
            # Either order is fine: the message's two answers, wherever they landed.
            keys = {k for r in (reply, *reply.also) for k in answered_keys(engine, r)}
            verdict = "right" if (keys & wanted) and (keys & seconds) else judge(
                engine, reply, wanted)
            if verdict == "right" and not keys & seconds:
                verdict = "unsure"
            report.add(kind, verdict, question, f"{want} + {', '.join(sorted(seconds))}", reply,
                       lang)
            continue
        report.add(kind, judge(engine, reply, wanted), question, want, reply, lang)
    return report


SHORT = 3  # a required word this short must stand as a word ("no" is not in "not")


def contains_all(text: str, must: Iterable[str]) -> bool:
    """Whether every required item (``a|b`` = either) appears in ``text``, folded: longer
    words anywhere ("Palestin" in "Palestina"), short ones as words, and an option letter
    such as "(a)" as written."""
    folded = f" {fold(text)} "
    written = text.lower()

    def holds(alt: str) -> bool:
        word = fold(alt).strip()
        if len(word) > SHORT:
            return word in folded
        if word != alt.strip().lower() and len(word) < SHORT:
            return alt.strip().lower() in written  # "(a)" folds to "a", in every sentence
        return bool(word) and f" {word} " in folded

    return all(any(holds(alt) for alt in item.split("|") if alt.strip()) for item in must)


def score_real(engine: Engine, path: Path = REAL_QUESTIONS_FILE) -> Judged:
    """Real questions: right when the answer holds the words a right answer must contain (or,
    where our sources do not establish the answer, when the bot does not state a fact)."""
    report = Judged("real questions")
    for item in _items(path):
        question = str(item["q"])
        reply = engine.ask(question)
        must = item.get("must")
        kind = str(item.get("kind", "other"))
        lang = str(item.get("lang") or "")
        if must in (None, "none", []):
            verdict = "wrong" if reply.kind in FACT_KINDS else "right"
            report.add(kind, verdict, question, "(no sourced answer)", reply, lang)
            continue
        shown = " ".join([reply.title or "", reply.answer,
                          *(f"{r.title or ''} {r.answer}" for r in reply.also)])
        if reply.kind in FACT_KINDS:
            verdict = "right" if contains_all(shown, must) else "wrong"
        else:
            verdict = "unsure"
            report.offered = (report.offered or 0) + _offers_right(engine, reply, must)
        report.add(kind, verdict, question, " + ".join(must), reply, lang)
    return report


def _offers_right(engine: Engine, reply: Reply, must: list[str]) -> bool:
    """Whether a "not sure" reply's buttons (the choices it offers, or the answers it points
    to) include one holding the words a right answer must contain: a tap away."""
    for link in reply.offered:  # at most three: the buttons under the reply
        if engine.knows(link.entry):
            offered = engine.entry_reply(link.entry, reply.lang)
            if contains_all(f"{offered.title or ''} {offered.answer}", must):
                return True
    return False


# -- the report -----------------------------------------------------------------------------

def format_report(report: Report, show_failures: int = 25) -> str:
    lines = ["Written eval (paraphrases of what the knowledge base covers):",
             f"Evaluated {report.cases} labelled questions.", ""]
    lines.append("Top-1 accuracy (in scope: the reply answers with the expected intent):")
    for lang, (correct, total) in sorted(report.in_scope.items()):
        lines.append(f"  {lang}: {correct}/{total} = {correct / total:.1%}")
    lines.append(f"  all: {report.accuracy:.1%}")
    wrong, total = report.out_of_scope
    lines.append(f"Out of scope wrongly given a fact: {wrong}/{total} = "
                 f"{report.false_answer_rate:.1%}")
    right, total = report.language
    lines.append(f"Language detection: {right}/{total} = {report.language_accuracy:.1%}")
    lines.append(f"In-scope questions answered with suggestions instead: {report.suggested}")
    lines += ["", "Most confused (expected -> got):"]
    for (expected, got), count in report.confusions.most_common(10):
        lines.append(f"  {count} x {expected} -> {got}")
    if report.sweep:
        lines += ["", "Threshold sweep (answer threshold: accuracy, false facts, suggested):"]
        for threshold, accuracy, false_rate, suggested in report.sweep:
            lines.append(f"  {threshold:.2f}: {accuracy:6.1%}  {false_rate:6.1%}  "
                         f"{suggested:6.1%}")
    if report.failures and show_failures:
        lines += ["", f"First {min(show_failures, len(report.failures))} failures:"]
        for case, reply in report.failures[:show_failures]:
            lines.append(f"  {case.question!r}: expected {case.intent}, got {reply.kind} "
                         f"{reply.intent} ({reply.confidence:.2f})")
    return "\n".join(lines) + "\n"


def format_judged(report: Judged, show: int = 20) -> str:
    total = max(1, report.total)
    lines = [f"{report.name.capitalize()}: {report.total} questions",
             f"  right: {report.right} = {report.right / total:.1%}",
             f"  confident wrong answers (a fact about something else): {report.wrong} = "
             f"{report.wrong / total:.1%}",
             f"  not sure where an answer existed: {report.unsure} = "
             f"{report.unsure / total:.1%}",
             *([f"    of which a right answer is among the (up to 3) offered: "
                f"{report.offered}"] if report.offered is not None else []),
             "  by kind (right / wrong / total):"]
    for kind, (right, wrong, count) in sorted(report.by_kind.items()):
        lines.append(f"    {kind}: {right} / {wrong} / {count}")
    if report.by_lang:
        lines.append("  by language (right / wrong / total):")
        for lang, (right, wrong, count) in sorted(report.by_lang.items()):
            lines.append(f"    {lang}: {right} / {wrong} / {count}")
    for title, cases in (("Confident wrong answers", report.wrong_cases),
                         ("Not sure", report.missed)):
        if cases and show:
            lines.append(f"  {title} (first {min(show, len(cases))}):")
            for question, want, reply in cases[:show]:
                got = answered_key(reply) or reply.kind
                lines.append(f"    {question[:90]!r}: want {want}, got {got} ({reply.reason})")
    return "\n".join(lines) + "\n"
