"""The ``oic-bot`` command line: ask, chat, validate, eval, bench, run, review, quiz.

``ask`` and friends use only the engine, so they start fast and never import Telegram; the
Telegram bot (``run``) is imported only when asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from bot.content import ContentError, Problem
from bot.content.checks import MAX_FACT_AGE_DAYS
from bot.content.model import QUIZ_TOPICS
from bot.engine import Engine, Reply
from bot.engine.engine import as_of_line
from bot.engine.texts import TEXTS
from bot.factory import build_engine
from bot.settings import EngineSettings, SettingsError
from bot.store.base import StoreError
from bot.study.items import Item


def format_plain(reply: Reply) -> str:
    """A reply as a person reads it in a terminal: answer, sources, follow-ups."""
    texts = TEXTS[reply.lang]
    lines = [reply.answer]
    if reply.suggestions:
        lines += [f"  {n}. {s.text}" for n, s in enumerate(reply.suggestions, 1)]
    as_of = as_of_line(reply)
    if as_of:
        lines += ["", as_of]
    if reply.sources:
        lines += ["", f"{texts['sources']}:"]
        lines += [f"  [{n}] {s.title} — {s.url}" for n, s in enumerate(reply.sources, 1)]
    if reply.related:
        heading = (texts["fallback_try"] if reply.kind in ("fallback", "empty")
                   else f"{texts['related']}:")
        lines += ["", heading] + [f"  • {r.text}" for r in reply.related]
    # A second question in the message ("... and who is its secretary general?"): Telegram
    # offers its answer as a button; a terminal has none, so it follows in full.
    for also in reply.also:
        lines += ["", "―" * 3, format_plain(also)]
    return "\n".join(lines)


def format_explain(engine: Engine, reply: Reply) -> str:
    """How the engine read the message and decided: for ``ask --explain`` and for operators."""
    message = engine.reader.read(reply.question[:500])
    lines = [f"courtesies set aside: {', '.join(message.courtesies) or 'none'}"]
    for number, question in enumerate(message.questions, 1):
        lines.append(f"question {number}, readings (most specific first):")
        lines += [f"  - {reading!r}" for reading in question.readings]
    decision = reply.decision
    if decision is not None:
        lines.append("candidates (score after unexplained words; raw score; source):")
        for weighed in decision.weighed[:6]:
            proposal = weighed.proposal
            missing = (f"; unexplained: {', '.join(weighed.uncovered)}" if weighed.uncovered
                       else "")
            lines.append(f"  {weighed.score:.3f}  {proposal.key} (raw {proposal.score:.3f}; "
                         f"{proposal.source}: {proposal.reason}{missing})")
    lines.append(f"decision: {reply.reason or reply.kind}")
    return "\n".join(lines)


def _lines(stdin: TextIO) -> Iterator[str]:
    """Questions from stdin, one per line; bytes that are not UTF-8 become U+FFFD, so any input
    keeps the stream going."""
    raw = getattr(stdin, "buffer", None)
    if raw is None:
        yield from (line.rstrip("\r\n") for line in stdin)
        return
    for line in raw:
        yield line.decode("utf-8", errors="replace").rstrip("\r\n")


def _ask(engine: Engine, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    questions: Iterable[str]
    if args.question == ["-"]:
        questions = _lines(stdin)
    elif args.question:
        questions = [" ".join(args.question)]
    else:
        print("oic-bot ask: give a question, or - to read one per line from stdin",
              file=sys.stderr)
        return 2
    for question in questions:
        reply = engine.ask(question, lang=args.lang)
        if args.json:
            out.write(json.dumps(reply.to_json(), ensure_ascii=False) + "\n")
            out.flush()
        else:
            out.write(format_plain(reply) + "\n")
            if args.explain:
                out.write("\n" + format_explain(engine, reply) + "\n")
    return 0


def _eval(engine: Engine, file: Path | None, out: TextIO) -> int:
    """The three sets reported separately: each measures a different promise."""
    from bot.evaluation import (
        DEFAULT_EVAL_FILE,
        EvalFileError,
        evaluate,
        format_judged,
        format_report,
        score_near_miss,
        score_real,
        set_kind,
    )

    try:
        if file is None:
            out.write(format_report(evaluate(engine, DEFAULT_EVAL_FILE)))
            for judged in (score_near_miss(engine), score_real(engine)):
                out.write("\n" + format_judged(judged))
            return 0
        kind = set_kind(file)
        out.write(format_report(evaluate(engine, file)) if kind == "written" else format_judged(
            score_real(engine, file) if kind == "real" else score_near_miss(engine, file)))
    except EvalFileError as exc:
        print(f"oic-bot: {exc}", file=sys.stderr)
        return 2
    return 0


def _chat(engine: Engine, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    lang = args.lang or engine.default_lang
    intro = {
        "id": "Tanya apa saja tentang OKI (Organisasi Kerja Sama Islam). Ketik 'keluar' untuk "
        "selesai.",
        "en": "Ask anything about the OIC (Organisation of Islamic Cooperation). Type 'quit' to "
        "leave.",
    }
    out.write(intro[lang] + "\n")
    interactive = stdin.isatty()
    while True:
        if interactive:
            out.write("\n> ")
            out.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if question.lower() in {"quit", "exit", "keluar", "/quit", "/exit"}:
            break
        if not question:
            continue
        reply = engine.ask(question, lang=args.lang, hint=lang)
        out.write(format_plain(reply) + "\n")
    return 0


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    from bot.content.checks import run_checks

    settings = EngineSettings.from_env()
    if args.content_dir:
        settings = EngineSettings(content_dir=Path(args.content_dir).expanduser(),
                                  default_lang=settings.default_lang)
    try:
        engine = build_engine(settings)
    except ContentError as exc:
        for problem in exc.problems:
            out.write(f"{problem}\n")
        out.write(f"\n{len(exc.problems)} error(s): nothing was loaded. Fix them and run "
                  "`oic-bot validate` again.\n")
        return 1
    kb = engine.kb
    problems = run_checks(engine, max_age_days=args.max_age_days, lint=True)
    problems += _quiz_problems(engine)
    for problem in problems:
        out.write(f"{problem}\n")
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    out.write(
        f"{len(kb.entries)} entries, {len(kb.intents)} intents, {len(kb.countries)} countries, "
        f"{len(kb.tables)} tables ({sum(len(t.rows) for t in kb.tables.values())} rows), "
        f"{len(kb.quiz)} written quiz items, {len(kb.learning_paths)} learning paths: "
        f"{len(errors)} error(s), {len(warnings)} warning(s).\n"
    )
    if errors or (args.strict and warnings):
        return 1
    return 0


def _quiz_problems(engine: Engine) -> list[Problem]:
    """Every quiz item, written and generated, checked against the content (study groups)."""
    from bot.study.bank import QuizBank
    from bot.study.check import check

    return check(engine.kb, QuizBank.of(engine).items)


def _quiz(engine: Engine, args: argparse.Namespace, out: TextIO) -> int:
    """``quiz --check``: every item checked; ``quiz --sample N``: items for an operator to read."""
    import random

    from bot.study.bank import QuizBank

    bank = QuizBank.of(engine)
    if args.check:
        problems = _quiz_problems(engine)
        for problem in problems:
            out.write(f"{problem}\n")
        generated = sum(1 for item in bank.items if item.kind != "written")
        out.write(f"{len(bank.items)} quiz items ({len(bank.items) - generated} written, "
                  f"{generated} generated), {len(engine.kb.learning_paths)} learning paths: "
                  f"{len(problems)} problem(s).\n")
        return 1 if problems else 0
    pool = bank.pool(args.topic)
    chosen = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))  # noqa: S311
    for number, item in enumerate(chosen, 1):
        out.write(format_item(item, args.lang, number) + "\n\n")
    return 0


def format_item(item: Item, lang: str, number: int = 1) -> str:
    """A quiz item as an operator reads it: question, options (the right one marked), the
    explanation, where it comes from."""
    lines = [f"{number}. {item.question[lang]}"]
    lines += [f"   {'*' if n == item.correct else ' '} {chr(ord('a') + n)}) {text}"
              for n, text in enumerate(item.texts(lang))]
    lines.append(f"   {item.explanation[lang]}")
    origin = f"{item.path.name}:{item.line}" if item.line else item.path.name
    lines.append(f"   [{item.id}; {item.kind}; {', '.join(item.topics)}; {item.difficulty}; "
                 f"{origin}; {item.sources[0].url if item.sources else 'no source'}]")
    return "\n".join(lines)


def _review(args: argparse.Namespace, out: TextIO) -> int:
    """Group the newest logged questions from whichever store the bot uses: DATABASE_URL if
    set, else the SQLite file in OIC_STATE_DIR (or --state-dir, which wins over both)."""
    import asyncio
    import os
    from dataclasses import replace

    from bot.feedback import UNHELPFUL_ROWS, format_unhelpful
    from bot.review import Names, format_review, group_questions
    from bot.settings import StoreSettings
    from bot.store import REVIEW_ROWS, LoggedQuestion, Unhelpful, make_store

    settings = StoreSettings.from_env(os.environ)
    if args.state_dir:
        settings = replace(settings, state_dir=Path(args.state_dir).expanduser(),
                           database_url=None)
    if not settings.database_url:
        from bot.store.sqlite import FILENAME

        database = settings.state_dir / FILENAME
        if not database.exists():
            out.write(f"No question log at {database}: the bot has not recorded anything "
                      "there yet.\n")
            return 0

    async def newest() -> tuple[list[LoggedQuestion], list[Unhelpful]]:
        store = make_store(settings)
        await store.open()
        try:
            return await store.questions(REVIEW_ROWS), await store.unhelpful(UNHELPFUL_ROWS)
        finally:
            await store.close()

    questions, unhelpful = asyncio.run(newest())
    try:  # the content, to show questions and organisations by name rather than by id
        names = Names.of(build_engine(EngineSettings.from_env()))
    except (ContentError, SettingsError):
        names = Names()
    out.write(format_review(group_questions(questions, names), limit=args.limit, names=names))
    out.write("\n" + format_unhelpful(unhelpful, limit=args.limit))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oic-bot",
        description="Answers questions about the Organisation of Islamic Cooperation (OIC/OKI).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     help="without one: the Telegram bot if "
                                     "TELEGRAM_BOT_TOKEN is set, otherwise chat")

    ask = commands.add_parser("ask", help="answer one question (or - for one per line on stdin)")
    ask.add_argument("question", nargs="*", help="the question, or - to read stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per line")
    ask.add_argument("--lang", choices=("id", "en"), help="force the reply language")
    ask.add_argument("--explain", action="store_true",
                     help="also print how the message was read, the candidates and the decision")

    chat = commands.add_parser("chat", help="chat in the terminal (no Telegram token needed)")
    chat.add_argument("--lang", choices=("id", "en"), help="force the reply language")

    validate = commands.add_parser("validate", help="check the YAML content; list every problem")
    validate.add_argument("content_dir", nargs="?", help="folder with intents/ and knowledge/")
    validate.add_argument("--strict", action="store_true", help="treat warnings as failures")
    validate.add_argument("--max-age-days", type=int, default=MAX_FACT_AGE_DAYS,
                          help="warn when a fact's as_of is older than this (default: "
                          f"{MAX_FACT_AGE_DAYS})")

    evaluate = commands.add_parser(
        "eval", help="accuracy reports: the written eval, near misses, real learners' questions")
    evaluate.add_argument("file", nargs="?",
                          help="only this file of labelled questions, in the format of any of "
                               "the three shipped sets (default: all three)")

    commands.add_parser("bench", help="print answer latency and start-up time")

    commands.add_parser("run", help="start the Telegram bot (needs TELEGRAM_BOT_TOKEN)")

    quiz = commands.add_parser("quiz", help="check or sample the quiz items (study groups)")
    what = quiz.add_mutually_exclusive_group(required=True)
    what.add_argument("--check", action="store_true",
                      help="check every written and generated item; exit 1 on a problem")
    what.add_argument("--sample", type=int, metavar="N", help="print N items to read")
    quiz.add_argument("--lang", choices=("id", "en"), default="id", help="the items' language")
    quiz.add_argument("--topic", choices=QUIZ_TOPICS, help="only items of this topic")
    quiz.add_argument("--seed", type=int, help="the same seed prints the same sample")

    review = commands.add_parser("review", help="group the questions the bot could not answer")
    review.add_argument("--state-dir", help="read the SQLite state in this folder (default: "
                        "DATABASE_URL if set, else OIC_STATE_DIR)")
    review.add_argument("--limit", type=int, default=10, help="how many groups to show")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:  # the main job: the bot if it has a token, else the terminal chat
        import os

        if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
            args.command = "run"
        else:
            print("No TELEGRAM_BOT_TOKEN set: chatting in the terminal instead "
                  "(see README, 'Running the Telegram bot').", file=sys.stderr)
            args.command, args.lang = "chat", None
    try:
        if args.command == "validate":
            return _validate(args, sys.stdout)
        if args.command == "run":
            from bot.telegram.main import run

            return run()
        if args.command == "review":
            return _review(args, sys.stdout)
        settings = EngineSettings.from_env()
        if args.command == "bench":
            from bot.bench import run_bench

            return run_bench(settings, sys.stdout)
        engine = build_engine(settings)
        if args.command == "ask":
            return _ask(engine, args, sys.stdin, sys.stdout)
        if args.command == "chat":
            return _chat(engine, args, sys.stdin, sys.stdout)
        if args.command == "quiz":
            return _quiz(engine, args, sys.stdout)
        if args.command == "eval":
            return _eval(engine, Path(args.file) if args.file else None, sys.stdout)
    except (SettingsError, StoreError) as exc:
        print(f"oic-bot: {exc}", file=sys.stderr)
        return 2
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("oic-bot: the content has errors; run `oic-bot validate` for the full list",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # "oic-bot ask --json - < questions | head": the reader has had enough; as other
        # command-line tools, stop quietly (Python would print a traceback at exit)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return 2
