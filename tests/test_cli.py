"""The command line is a contract: the JSON shape, exit codes and messages stay stable."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main


def run_cli(args: list[str], stdin: str = "", env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, timeout=60, env=env, check=False)


def test_ask_prints_the_answer_with_sources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "dimana", "markas", "oki"]) == 0
    out = capsys.readouterr().out
    assert "Jeddah" in out
    assert "Sumber:" in out and "https://" in out


def test_ask_json_reads_every_line_and_keeps_going(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    lines = ["kapan oki didirikan", "", "what is the capital of france", "halo",
             "\x00\x01", "is turkey a member of the oic"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(lines)
    for row in rows:
        assert set(row) == {"question", "lang", "intent", "confidence", "answer", "heading",
                            "shown", "sources", "suggestions", "related", "also"}
        assert row["answer"].startswith(row["shown"])
        assert row["lang"] in ("id", "en")
        assert 0 <= row["confidence"] <= 1
        assert "<" not in row["answer"]
    assert rows[0]["intent"] == "founding_date" and rows[0]["sources"]
    assert rows[1]["intent"] is None and rows[1]["sources"] == []
    assert rows[2]["related"]  # a fallback offers what to ask instead
    assert rows[2]["intent"] is None and rows[2]["sources"] == []
    assert rows[3]["intent"] == "greeting" and rows[3]["sources"] == []
    assert rows[5]["intent"] == "membership" and rows[5]["lang"] == "en"
    # the heading a phone shows above an answer, and none above a greeting
    assert rows[0]["heading"] and rows[3]["heading"] is None
    assert all(set(s) == {"title", "url"} for s in rows[0]["sources"])
    # a long first paragraph shows its first sentences only
    assert rows[0]["shown"] != rows[0]["answer"].splitlines()[0]


def test_two_questions_in_one_message_both_get_their_answer(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A terminal has no "also" button: the second answer follows the first in full."""
    assert main(["ask", "Where is OIC HQ and who is its secretary general?"]) == 0
    out = capsys.readouterr().out
    assert out.index("Jeddah") < out.index("Hissein Brahim Taha")
    assert main(["ask", "--json", "kapan oki berdiri dan di mana markasnya?"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["intent"] == "founding_date"
    assert [a["intent"] for a in row["also"]] == ["headquarters"]
    assert row["also"][0]["sources"]


def test_lang_forces_the_reply_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--lang", "en", "kapan oki didirikan"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["lang"] == "en" and row["intent"] == "founding_date"


def test_validate_passes_on_the_shipped_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_validate_fails_on_broken_content(write_content: Callable[..., Path],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = write_content(intents={"main.yaml": "intents:\n  - id: headquarters\n"})
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert "main.yaml:2:" in out and "nothing was loaded" in out


def test_bad_settings_are_one_clear_line() -> None:
    done = run_cli(["ask", "halo"], env={"OIC_DEFAULT_LANG": "fr", "PATH": ""})
    assert done.returncode == 2
    assert done.stderr.strip() == "oic-bot: OIC_DEFAULT_LANG='fr' must be 'id' or 'en'"


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """ "oic-bot ask --json - < questions | head -1" printed a BrokenPipeError traceback."""
    run = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--json", "-"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    assert run.stdin is not None and run.stdout is not None
    run.stdin.write("siapa sekjen oki sekarang\n" * 400)  # far more than a pipe holds
    run.stdin.close()
    assert json.loads(run.stdout.readline())["intent"]
    run.stdout.close()
    assert run.wait(timeout=60) == 141
    assert run.stderr is not None
    errors = run.stderr.read()
    run.stderr.close()
    assert "Traceback" not in errors, errors


def test_ask_does_not_import_telegram() -> None:
    code = ("import sys; from bot.cli import main; main(['ask', 'halo']); "
            "print('telegram' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip().endswith("False")


def test_chat_answers_until_quit() -> None:
    done = run_cli(["chat"], stdin="kapan oki didirikan\nwhere is the oic hq\nkeluar\nhalo\n")
    assert done.returncode == 0
    assert "1969" in done.stdout and "Jeddah" in done.stdout
    assert "Sama-sama" not in done.stdout


def test_eval_reports_the_three_sets_separately(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Real learners' questions are reported on their own, never folded into the written eval."""
    import bot.evaluation

    small = tmp_path / "eval.yaml"
    small.write_text('questions:\n  - {q: "kapan oki didirikan", lang: id, '
                     'intent: founding_date}\n', encoding="utf-8")
    monkeypatch.setattr(bot.evaluation, "DEFAULT_EVAL_FILE", small)
    assert main(["eval"]) == 0
    out = capsys.readouterr().out
    assert "Written eval" in out and "Evaluated 1 labelled questions" in out
    assert "Near-miss:" in out and "Real questions:" in out
    assert "confident wrong answers" in out


def test_eval_of_one_file_reports_only_that_file(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    small = tmp_path / "mine.yaml"
    small.write_text('questions:\n  - {q: "where is the oic hq", lang: en, '
                     'intent: headquarters}\n', encoding="utf-8")
    assert main(["eval", str(small)]) == 0
    out = capsys.readouterr().out
    assert "en: 1/1 = 100.0%" in out and "Near-miss" not in out


@pytest.mark.parametrize(("item", "report"), [
    ('{q: "where is the oic hq", lang: en, kind: qa, must: [Jeddah]}', "Real questions:"),
    ('{q: "where is the arab league hq", lang: en, kind: other_org, expect: null}',
     "Near-miss:"),
])
def test_eval_of_one_file_scores_it_by_what_its_labels_promise(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], item: str, report: str) -> None:
    """A real-question file (``must:``) read as the written eval scored 0% right; a near-miss
    file (``expect:``) is judged as near misses are."""
    mine = tmp_path / "mine.yaml"
    mine.write_text(f"questions:\n  - {item}\n", encoding="utf-8")
    assert main(["eval", str(mine)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{report} 1 questions") and "right: 1 = 100.0%" in out


@pytest.mark.parametrize(("text", "said"), [
    (None, "cannot read it"),
    ("questions: [oops\n", "line 2: not valid YAML"),
    ("questions:\n  - {lang: en}\n", "each have a `q:`"),
])
def test_eval_of_a_file_it_cannot_use_says_why_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | None, said: str) -> None:
    mine = tmp_path / "mine.yaml"
    if text is not None:
        mine.write_text(text, encoding="utf-8")
    assert main(["eval", str(mine)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"oic-bot: {mine}") and said in err and len(err.splitlines()) == 1
