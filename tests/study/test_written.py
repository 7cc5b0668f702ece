"""Quiz items and learning paths that operators write are checked where they wrote them: each
problem with its file, line and what to do, like all content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import ContentError
from bot.content.loader import load_content

Writer = Callable[..., Path]

GOOD_ITEM = """\
quiz:
  - id: quiz_hq
    topic: general
    difficulty: easy
    question: {id: Di mana markas OKI?, en: Where is the OIC based?}
    options:
      - {text: Jeddah, correct: true}
      - Riyadh
      - {id: Kairo, en: Cairo}
    explanation:
      id: "Markas OKI di Jeddah. Sumber: OIC."
      en: "The OIC is based in Jeddah. Source: OIC."
    sources: [{title: OIC — General Secretariat, url: "https://www.oic-oci.org/"}]
    about: headquarters
learning_paths:
  - id: dasar
    title: {id: Dasar-dasar, en: The basics}
    steps: [headquarters, membership:ID]
    quiz: 1
quiz_exclude: [membership:ID]
countries:
  - {code: ID, status: member, since: 1969, sources: [{title: t, url: "https://example.org"}]}
"""


def problems_for(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def with_item(write_content: Writer, old: str, new: str) -> Path:
    assert old in GOOD_ITEM
    return write_content(knowledge={"quiz.yaml": GOOD_ITEM.replace(old, new)})


def test_a_good_item_and_path_load(write_content: Writer) -> None:
    kb = load_content(write_content(knowledge={"quiz.yaml": GOOD_ITEM}))
    item = kb.quiz["quiz_hq"]
    assert item.options[item.correct] == {"id": "Jeddah", "en": "Jeddah"}
    assert item.options[2] == {"id": "Kairo", "en": "Cairo"}
    assert item.about == "headquarters" and item.line == 2
    path = kb.learning_paths["dasar"]
    assert path.steps == ("headquarters", "membership:ID") and path.quiz == 1
    assert kb.quiz_exclude == {"membership:ID"}


@pytest.mark.parametrize(("old", "new", "line", "says"), [
    ("      - Riyadh\n", "      - {text: Riyadh, correct: true}\n", 6,
     "has 2 options marked 'correct: true'; mark exactly one"),
    ("      - {text: Jeddah, correct: true}\n", "      - Jeddah\n", 6,
     "has 0 options marked 'correct: true'"),
    ("      - Riyadh\n", "      - " + "R" * 101 + "\n", 6,
     "has 101 characters in Indonesian; Telegram allows 100"),
    ("en: Where is the OIC based?", "en: " + "W" * 301, 5,
     "the question of quiz item 'quiz_hq' has 301 characters in English; Telegram allows 300"),
    ('en: "The OIC is based in Jeddah. Source: OIC."', 'en: "' + "x" * 190 + ' Source: OIC."', 10,
     "the explanation of quiz item 'quiz_hq' has 203 characters in English"),
    ('en: "The OIC is based in Jeddah. Source: OIC."', 'en: "The OIC is based in Jeddah."', 10,
     "the English explanation of quiz item 'quiz_hq' must name its source"),
    ('    sources: [{title: OIC — General Secretariat, url: "https://www.oic-oci.org/"}]\n', "", 2,
     "needs 'sources'"),
    ("topic: general", "topic: sports", 3, "'topic' of quiz item 'quiz_hq' must be one of"),
    ("difficulty: easy", "difficulty: brutal", 4, "'difficulty' of quiz item 'quiz_hq' must be"),
    ("      - Riyadh\n", "      - jeddah\n", 6, "has the Indonesian option 'jeddah' twice"),
    ("about: headquarters", "about: hq_typo", 2, "is about 'hq_typo', which the bot cannot open"),
    ("steps: [headquarters, membership:ID]", "steps: [headquarters, summit_99]", 16,
     "has step 'summit_99', which the bot cannot open"),
    ("steps: [headquarters, membership:ID]", "steps: [headquarters]", 18,
     "needs 'steps': at least two answer ids"),
    ("quiz: 1\n", "quiz: 11\n", 19, "'quiz' of learning path 'dasar' is how many questions"),
    ("quiz_exclude: [membership:ID]", "quiz_exclude: [membership:XX]", 20,
     "'quiz_exclude' names 'membership:XX', which is no answer"),
])
def test_each_mistake_is_named_at_its_line(write_content: Writer, old: str, new: str,
                                           line: int, says: str) -> None:
    problems = problems_for(with_item(write_content, old, new))
    assert any(f"quiz.yaml:{line}:" in p and says in p for p in problems), problems


def test_two_options_are_enough(write_content: Writer) -> None:
    root = with_item(write_content, "      - {id: Kairo, en: Cairo}\n", "")
    assert len(load_content(root).quiz["quiz_hq"].options) == 2


def test_eleven_options_are_too_many(write_content: Writer) -> None:
    many = "".join(f"      - option {n}\n" for n in range(9))
    problems = problems_for(with_item(write_content, "      - Riyadh\n", many))
    assert any("quiz.yaml:6:" in p and "has 11 options; a Telegram quiz takes 2 to 10" in p
               for p in problems), problems


def test_the_shipped_items_and_paths_load() -> None:
    from bot.settings import default_content_dir

    kb = load_content(default_content_dir())
    assert len(kb.quiz) >= 10 and len(kb.learning_paths) >= 3
    assert {"sejarah_oki", "indonesia_oki", "organ_oki"} <= set(kb.learning_paths)
    for item in kb.quiz.values():  # hand-written items cite the fact sheet's pages
        assert all(s.url.startswith(("http://", "https://")) for s in item.sources)
