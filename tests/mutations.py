"""A small mutation check: break one promise at a time and see that a test notices.

Each mutation is a one-line change that breaks something users or operators rely on. The
script copies the working tree to a temporary folder, applies one mutation there, runs the
tests that guard it, and reports the mutation *killed* (a test failed, as it should) or
*survived* (every test still passed: the suite does not guard that promise). The working tree
itself is never touched.

    python -m tests.mutations            # every mutation, each with the tests named for it
    python -m tests.mutations --all      # every mutation against the whole suite (slow)
    python -m tests.mutations fold_html  # only the named mutations

Exit status 0 when every mutation was killed, 1 when one survived, 2 when a mutation no longer
applies (the code it targets changed: update the list).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Mutation:
    """Replace ``old`` by ``new`` (exactly once) in ``path``; ``tests`` should then fail."""

    name: str
    promise: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTATIONS = (
    Mutation("html_check_accepts_all", "the linter rejects HTML that Telegram would refuse",
             "bot/telegram/html_check.py",
             '    """None if Telegram would accept ``text`` with parse_mode=HTML, else what it '
             'would say."""\n',
             '    """None if Telegram would accept ``text`` with parse_mode=HTML, else what it '
             'would say."""\n    return None\n',
             ("tests/telegram/test_html_check.py", "tests/content/test_checks.py")),
    Mutation("title_not_escaped", "titles from the content are HTML-escaped",
             "bot/telegram/render.py",
             'lines.append(f"<b>{html.escape(reply.heading)}</b>")',
             'lines.append(f"<b>{reply.heading}</b>")',
             ("tests/telegram/test_render.py",)),
    Mutation("as_of_never_rendered", "changing facts say how recent their newest source is",
             "bot/engine/engine.py",
             "    if reply.as_of is None:\n        return None",
             "    if reply.as_of is None or True:\n        return None",
             ("tests/telegram/test_render.py", "tests/test_cli.py")),
    Mutation("empty_prompt_is_fallback", "an empty message gets a prompt, not a fallback",
             "bot/engine/engine.py",
             'confidence=0.0, answer=TEXTS[lang]["empty"],',
             'confidence=0.0, answer=TEXTS[lang]["fallback"],',
             ("tests/engine/test_engine.py", "tests/telegram/test_private.py")),
    Mutation("fold_keeps_html", "pasted HTML tags do not hide the question",
             "bot/engine/normalize.py",
             '    if "<" in text:\n        text = _TAG.sub(" ", text)',
             '    if "<" in text and False:\n        text = _TAG.sub(" ", text)',
             ("tests/engine/test_normalize.py", "tests/engine/test_engine.py")),
    Mutation("stemmer_off", "related word forms match (didirikan ~ pendirian)",
             "bot/engine/stem.py",
             "    if len(word) <= _MIN or not word.isalpha() or not word.isascii() or word in "
             "_WHOLE:",
             "    if True:",
             ("tests/engine/test_stem.py", "tests/engine/test_matcher.py")),
    Mutation("country_guard_off", "a question about a country, not the OIC, gets no OIC fact",
             "bot/engine/engine.py",
             "            if not context.names_oic:\n                # \"berapa penduduk",
             "            if False:\n                # \"berapa penduduk",
             ("tests/engine/test_engine.py",)),
    Mutation("acronym_guard_off", "WHO in an Indonesian sentence is the World Health "
             "Organization", "bot/engine/engine.py",
             "        if indonesian:\n            words = content.tokens",
             "        if False:\n            words = content.tokens",
             ("tests/engine/test_engine.py",)),
    Mutation("reason_lost", "every reply says why it was given",
             "bot/engine/engine.py",
             '"reason": reason or f"{decision.action}: {decision.reason}"',
             '"reason": ""',
             ("tests/engine/test_engine.py",)),
    Mutation("greeting_swallows_question", "a greeting never hides the question around it",
             "bot/engine/message.py",
             "                elif left and not (found and (all(map(self._plain, left)) or (",
             "                elif left and not (found and (True or (",
             ("tests/engine/test_engine.py", "tests/engine/test_message.py")),
    Mutation("log_never_pruned", "the question log keeps only the newest 10,000 (privacy)",
             "bot/store/sqlite.py",
             'db.execute("DELETE FROM questions WHERE id <= ?",',
             'db.execute("DELETE FROM questions WHERE 0 AND id <= ?",',
             ("tests/store/test_store.py",)),
    Mutation("webhook_secret_dropped", "Telegram is told the webhook's secret",
             "bot/telegram/serve.py",
             "url=webhook_address(settings), secret_token=secret,",
             "url=webhook_address(settings), secret_token=None,",
             ("tests/telegram/test_inline_and_load.py",)),
    Mutation("webhook_secret_unchecked", "a webhook request without the secret is refused",
             "bot/telegram/webhook.py",
             'if not hmac.compare_digest(headers.get(SECRET_HEADER, b""), self.secret):',
             "if False:",
             ("tests/telegram/test_webhook.py", "tests/telegram/test_inline_and_load.py")),
    Mutation("error_handler_emptied", "a failed update is logged, saying which update and chat",
             "bot/telegram/errors.py",
             '    """Log the failure once, with the update and chat it happened in."""\n',
             '    """Log the failure once, with the update and chat it happened in."""\n'
             "    return\n",
             ("tests/telegram/test_inline_and_load.py",)),
    Mutation("uncovered_words_ignored", "a word the answer does not cover weighs against it",
             "bot/engine/decide.py",
             "        uncovered = tuple(t for t in evidence.salient",
             "        uncovered = tuple(t for t in ()",
             ("tests/engine/test_decide.py", "tests/engine/test_engine.py")),
)


def apply(mutation: Mutation, root: Path) -> bool:
    """Apply ``mutation`` under ``root``; False if its code is no longer there exactly once."""
    path = root / mutation.path
    text = path.read_text(encoding="utf-8")
    if text.count(mutation.old) != 1:
        return False
    path.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")
    return True


def run(mutation: Mutation, whole_suite: bool) -> str:
    """'killed', 'survived' or 'stale' for one mutation, in a throw-away copy of the tree."""
    with tempfile.TemporaryDirectory(prefix="oic-mutant-") as work:
        copy = Path(work) / "tree"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"))
        if not apply(mutation, copy):
            return "stale"
        tests = ["tests"] if whole_suite else list(mutation.tests)
        env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1",
               "OIC_CACHE_DIR": str(Path(work) / "cache")}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider",
             *tests],
            cwd=copy, env=env, capture_output=True, text=True, check=False)
        return "survived" if done.returncode == 0 else "killed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="mutations to run (default: all)")
    parser.add_argument("--all", action="store_true", help="run the whole suite per mutation")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTATIONS if not args.names or m.name in args.names]
    results: dict[str, list[str]] = {"killed": [], "survived": [], "stale": []}
    for mutation in chosen:
        start = time.perf_counter()
        verdict = run(mutation, args.all)
        results[verdict].append(mutation.name)
        print(f"{verdict:8}  {mutation.name:28} {time.perf_counter() - start:5.1f} s  "
              f"({mutation.promise})", flush=True)
    print(f"\n{len(results['killed'])} killed, {len(results['survived'])} survived, "
          f"{len(results['stale'])} no longer apply, of {len(chosen)} mutations")
    if results["stale"]:
        return 2
    return 1 if results["survived"] else 0


if __name__ == "__main__":
    sys.exit(main())
