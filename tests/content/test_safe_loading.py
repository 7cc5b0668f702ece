"""A hostile or careless content file costs neither memory nor time, and is reported once, at
its line, without quoting more than a short piece of it."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import ContentError, Problem
from bot.content.loader import MAX_TOTAL_BYTES, load_content
from bot.content.yamlfile import ALIAS_BUDGET, MAX_FILE_BYTES
from tests.conftest import copy_of_shipped_content

Writer = Callable[..., Path]


def billion_laughs(levels: int = 9) -> str:
    """The classic: each line names the one above nine times; a few hundred bytes that a
    naive loader expands to 9**levels strings."""
    lines = ['entries: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for number in range(1, levels):
        name, before = "abcdefghijklmnop"[number], "abcdefghijklmnop"[number - 1]
        lines.append(f"{name}: &{name} [{', '.join(f'*{before}' for _ in range(9))}]")
    return "\n".join(lines) + "\n"


def refused(root: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return caught.value.problems


def measured(root: Path) -> tuple[list[str], float, int]:
    """The problems, the seconds and the peak bytes Python allocated to find them."""
    began = time.perf_counter()
    problems = refused(root)
    seconds = time.perf_counter() - began  # timed alone: tracing allocations slows Python
    tracemalloc.start()
    try:
        refused(root)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return [str(p) for p in problems], seconds, peak


def messages(root: Path) -> list[str]:
    return [str(p) for p in refused(root)]


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    return copy_of_shipped_content(tmp_path / "content")


def test_a_yaml_bomb_is_refused_at_its_line_without_expanding_it(write_content: Writer
                                                                  ) -> None:
    bomb = billion_laughs()
    assert len(bomb) < 500
    root = write_content(knowledge={"bomb.yaml": bomb})
    [problem], seconds, peak = measured(root)
    assert problem.startswith(f"{root / 'knowledge' / 'bomb.yaml'}:")
    assert f"more than {ALIAS_BUDGET:,} values" in problem
    line = int(problem.split(":")[1])
    assert 2 <= line <= 9 and bomb.splitlines()[line - 1].count("*") == 9  # an alias line
    assert len(problem) < 400 and "lol" not in problem
    assert seconds < 1.0 and peak < 100 * 2**20


def test_a_few_aliases_are_still_fine(write_content: Writer) -> None:
    root = write_content(knowledge={"more.yaml": """\
        topics:
          - id: extra
            title: &same {id: Tambahan, en: Extra}
          - id: extra_two
            title: *same
        """})
    assert load_content(root).topics["extra_two"].title["en"] == "Extra"


def test_an_alias_inside_itself_is_refused(write_content: Writer) -> None:
    root = write_content(knowledge={"loop.yaml": "topics: &loop\n  - *loop\n"})
    [problem] = messages(root)
    assert "loop.yaml:1:" in problem and "contains it" in problem


def test_blocks_nested_absurdly_deep_are_refused(write_content: Writer) -> None:
    root = write_content(knowledge={"deep.yaml": "topics: " + "[" * 500 + "]" * 500 + "\n"})
    [problem] = messages(root)
    assert "deep.yaml:1:" in problem and "nested more than" in problem


def test_a_50_mb_file_is_refused_unread(write_content: Writer) -> None:
    root = write_content()
    line = "        - kapan oki didirikan dan oleh siapa saja negara pendirinya\n"
    with (root / "intents" / "huge.yaml").open("w", encoding="utf-8") as handle:
        handle.write("intents:\n  - id: huge\n    answers: founding_date\n    examples:\n"
                     "      id:\n")
        handle.write(line * (50_000_000 // len(line)))
    [problem], seconds, peak = measured(root)
    assert "huge.yaml: error: the file is 50.0 MB" in problem
    assert f"at most {MAX_FILE_BYTES / 1e6:g} MB" in problem
    assert seconds < 1.0 and peak < 100 * 2**20


def test_many_files_are_capped_in_all(write_content: Writer) -> None:
    filler = "# " + "x" * 97 + "\n"
    files = {f"part{n}.yaml": filler * (MAX_FILE_BYTES // 100 - 1) for n in range(6)}
    root = write_content(knowledge=files)
    [problem] = messages(root)
    assert f"at most {MAX_TOTAL_BYTES / 1e6:g} MB in all" in problem


def test_an_error_quotes_a_short_piece_not_the_data(write_content: Writer) -> None:
    huge = "[" + ", ".join(["lol"] * 5000) + "]"
    long_id = "y" * 5000
    root = write_content(knowledge={"more.yaml": f"topics:\n  - {huge}\n  - {{id: {long_id}}}\n"})
    problems = refused(root)
    assert problems and all(len(p.message) <= 400 for p in problems)
    assert not any("lol" in p.message or long_id[:100] in p.message for p in problems)


def test_a_syntax_error_is_reported_once_not_in_every_file_that_names_its_ids(
        shipped: Path) -> None:
    """The operators' report: one wrong indent in headquarters.yaml used to show as six errors
    in four files (every entry related to 'headquarters', and its intents)."""
    path = shipped / "knowledge" / "headquarters.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    topic: headquarters\n", "     topic: headquarters\n", 1), encoding="utf-8")
    [problem] = messages(shipped)
    assert "headquarters.yaml:5: error: this is not valid YAML" in problem


@pytest.mark.parametrize("name", ["knowledge/places.yaml", "knowledge/topics.yaml",
                                  "knowledge/founding.yaml", "intents/founding.yaml",
                                  "intents/lexicon.yaml", "knowledge/summits.yaml"])
def test_any_file_that_fails_to_parse_is_one_problem(shipped: Path, name: str) -> None:
    path = shipped / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(len(lines) // 2, "  oops: [not closed\n")
    path.write_text("".join(lines), encoding="utf-8")
    [problem] = messages(shipped)
    assert problem.startswith(f"{path}:") and "not valid YAML" in problem


def test_other_mistakes_are_still_reported_beside_a_syntax_error(shipped: Path) -> None:
    """Only what the broken file declares is excused: a wrong id elsewhere still shows."""
    broken = shipped / "knowledge" / "headquarters.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace(
        "    topic: headquarters\n", "     topic: headquarters\n", 1), encoding="utf-8")
    path = shipped / "knowledge" / "founding.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "related: [", "related: [no_such_entry, ", 1), encoding="utf-8")
    problems = messages(shipped)
    assert len(problems) == 2
    assert "headquarters.yaml:5:" in problems[0]
    assert "founding.yaml" in problems[1] and "'no_such_entry'" in problems[1]
