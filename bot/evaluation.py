"""``oic-bot eval``: measure the engine on labelled questions it has never seen.

Reported: top-1 accuracy per language (the reply answers with the expected intent), the rate
at which out-of-scope questions wrongly get a fact, language-detection accuracy, the most
confused intent pairs, and a sweep of the answer threshold.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine import Engine, Reply

DEFAULT_EVAL_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval.yaml"
FACT_KINDS = ("answer", "membership")


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled question. ``intent`` None means out of scope; ``lang`` None means either."""

    question: str
    lang: str | None
    intent: str | None
    country: str | None = None


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


def load_cases(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(str(item["q"]), item.get("lang"), item.get("intent"), item.get("country"))
        for item in data["questions"]
    ]


def is_correct(case: Case, reply: Reply) -> bool:
    if reply.intent != case.intent:
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
        if is_correct(case, reply):
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


def format_report(report: Report, show_failures: int = 25) -> str:
    lines = [f"Evaluated {report.cases} labelled questions.", ""]
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
