"""`oic-bot quiz --check` and `--sample` for operators, and the check inside `validate`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import main

PATH_WITH_TOO_BIG_A_QUIZ = """\
learning_paths:
  - id: dasar
    title: {id: Dasar-dasar, en: The basics}
    steps: [headquarters, headquarters_again]
    quiz: 3
"""
SECOND_ENTRY = """\
entries:
  - id: headquarters_again
    topic: identity
    title: {id: Markas lagi?, en: HQ again?}
    answer: {id: Jeddah., en: Jeddah.}
    sources: [{title: t, url: "https://example.org"}]
intents:
"""


def test_quiz_check_passes_the_shipped_items(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "--check"]) == 0
    out = capsys.readouterr().out
    assert "0 problem(s)" in out and "written" in out and "generated" in out


def test_quiz_sample_prints_items_for_an_operator_to_read(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "--sample", "20", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    blocks = [b for b in out.strip().split("\n\n") if b]
    assert len(blocks) == 20
    for block in blocks:
        lines = block.splitlines()
        assert sum(1 for line in lines if line.startswith("   * ")) == 1  # the right one
        assert "Sumber:" in block and "://" in block
    assert main(["quiz", "--sample", "3", "--lang", "en", "--topic", "summits"]) == 0
    assert "Source:" in capsys.readouterr().out


def test_validate_and_quiz_check_fail_on_a_quiz_problem(
        write_content: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = write_content(
        knowledge={"paths.yaml": PATH_WITH_TOO_BIG_A_QUIZ,
                   "more.yaml": SECOND_ENTRY.replace("intents:\n", "")},
        intents={"more.yaml": """\
            intents:
              - id: headquarters_again
                answers: headquarters_again
                examples: {id: [markas lagi], en: [hq again]}
            """})
    assert main(["validate", str(root)]) == 1
    out = capsys.readouterr().out
    assert "paths.yaml:2: error: learning path 'dasar' ends with a quiz of 3, but only 0" in out
    monkeypatch.setenv("OIC_CONTENT_DIR", str(root))
    assert main(["quiz", "--check"]) == 1
    assert "1 problem(s)" in capsys.readouterr().out
