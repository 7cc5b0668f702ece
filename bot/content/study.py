"""Reading the study material operators write beside the entries: quiz items (``quiz:``),
learning paths (``learning_paths:``) and the rows generated questions must leave alone
(``quiz_exclude:``). Every rule is checked where the operator wrote it, with file and line.

The limits are Telegram's for quiz polls: a question of at most 300 characters, 2 to 10
options of at most 100, an explanation of at most 200 (and two line breaks).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.content.loader import ID_PATTERN, _line, _list, _Reader, _unknown_keys
from bot.content.model import (
    DIFFICULTIES,
    LANGS,
    QUIZ_TOPICS,
    LearningPath,
    QuizItem,
    Source,
)
from bot.content.yamlfile import LineDict

QUESTION_MAX = 300
OPTION_MAX = 100
EXPLANATION_MAX = 200
EXPLANATION_LINE_BREAKS = 2
MIN_OPTIONS, MAX_OPTIONS = 2, 10
PATH_TITLE_MAX = 60  # a button label
PATH_QUIZ_MAX = 10

QUIZ_KEYS = {"id", "topic", "difficulty", "question", "options", "explanation", "sources",
             "about"}
PATH_KEYS = {"id", "title", "steps", "quiz"}

Claim = Callable[[str, str, Path, int | None], bool]


def source_site(source: Source) -> str:
    """The site a source's title names ("SESRIC — Islamic Summit" -> "SESRIC")."""
    return source.title.split(" — ")[0].strip()


SOURCE_CUES = ("sumber", "source", "menurut", "according to")


def names_a_source(text: str, sources: Iterable[Source]) -> bool:
    """Whether ``text`` names one of ``sources`` as its source: after "Sumber", "Source",
    "Menurut" or "According to", the site (its first word will do: "Kompas" for Kompas.com,
    "Egypt" for the Egypt State Information Service)."""
    folded = text.casefold()
    cues = [folded.find(cue) for cue in SOURCE_CUES if cue in folded]
    if not cues:
        return False
    after = folded[min(cues):]
    for source in sources:
        words = re.findall(r"\w+", source_site(source).casefold())
        if words and words[0] in after:
            return True
    return False


def read_study(reader: _Reader, path: Path, data: LineDict, claim: Claim,
               quiz: dict[str, QuizItem], paths: dict[str, LearningPath],
               exclude: dict[str, tuple[Path, int | None]]) -> None:
    """The quiz items, learning paths and exclusions of one file."""
    for node in _list(reader, path, data, "quiz"):
        item = _quiz_item(reader, path, node)
        if item and claim("quiz item", item.id, path, node.line):
            quiz[item.id] = item
    for node in _list(reader, path, data, "learning_paths"):
        learning_path = _learning_path(reader, path, node)
        if learning_path and claim("learning path", learning_path.id, path, node.line):
            paths[learning_path.id] = learning_path
    if "quiz_exclude" in data:
        for ident in reader.id_list(path, data, "quiz_exclude", "'quiz_exclude'"):
            exclude.setdefault(ident, (path, _line(data, "quiz_exclude")))


def _quiz_item(reader: _Reader, path: Path, node: LineDict) -> QuizItem | None:
    before = len(reader.problems)
    ident = reader.ident(path, node, "a quiz item")
    what = f"quiz item {ident!r}" if ident else "a quiz item"
    topic = node.get("topic")
    if topic not in QUIZ_TOPICS:
        reader.error(path, _line(node, "topic") or node.line, f"'topic' of {what} must be one "
                     f"of {', '.join(QUIZ_TOPICS)} (what /kuis <topic> picks it by)")
    difficulty = node.get("difficulty", "medium")
    if difficulty not in DIFFICULTIES:
        reader.error(path, _line(node, "difficulty"), f"'difficulty' of {what} must be one of "
                     f"{', '.join(DIFFICULTIES)}")
    question = reader.bilingual(path, node, "question", what)
    if question:
        _within(reader, path, _line(node, "question"), question, QUESTION_MAX,
                f"the question of {what}")
    options, correct = _options(reader, path, node, what)
    explanation = reader.bilingual(path, node, "explanation", what)
    sources = reader.sources(path, node.get("sources"), what)
    if not sources:
        reader.error(path, _line(node, "sources") or node.line, f"{what} needs 'sources': at "
                     "least one page (title and url) that supports the right option")
    if explanation:
        where = _line(node, "explanation")
        _within(reader, path, where, explanation, EXPLANATION_MAX, f"the explanation of {what}")
        for lang, text in explanation.items():
            if text.count("\n") > EXPLANATION_LINE_BREAKS:
                reader.error(path, where, f"the {_language(lang)} explanation of {what} has "
                             f"more than {EXPLANATION_LINE_BREAKS} line breaks; Telegram "
                             "refuses it")
            if sources and not names_a_source(text, sources):
                reader.error(path, where, f"the {_language(lang)} explanation of {what} must "
                             f"name its source, e.g. \"... Sumber: {source_site(sources[0])}.\"")
    about = node.get("about")
    if about is not None and not isinstance(about, str):
        reader.error(path, _line(node, "about"), f"'about' of {what} must be an answer id, e.g. "
                     "founding_date or summit_2")
    _unknown_keys(reader, path, node, QUIZ_KEYS, what)
    if (len(reader.problems) > before or not (ident and question and explanation)
            or correct is None):
        return None
    return QuizItem(
        id=ident, topic=str(topic), difficulty=str(difficulty),
        question=MappingProxyType(question), options=options, correct=correct,
        explanation=MappingProxyType(explanation), sources=sources,
        about=about if isinstance(about, str) else None, path=path, line=node.line)


def _options(reader: _Reader, path: Path, node: LineDict, what: str
             ) -> tuple[tuple[Mapping[str, str], ...], int | None]:
    """The options in both languages and the index of the one marked ``correct: true``."""
    value = node.get("options")
    where = _line(node, "options") or node.line
    if not isinstance(value, list):
        reader.error(path, where, f"{what} needs 'options': a list of {MIN_OPTIONS} to "
                     f"{MAX_OPTIONS} answers, the right one written as {{text: ..., correct: "
                     "true}")
        return (), None
    options: list[Mapping[str, str]] = []
    marked: list[int] = []
    for number, raw in enumerate(value, 1):
        option = _option(reader, path, where, raw, f"option {number} of {what}")
        if option is None:
            continue
        texts, right = option
        if right:
            marked.append(len(options))
        options.append(MappingProxyType(texts))
    if not MIN_OPTIONS <= len(value) <= MAX_OPTIONS:
        reader.error(path, where, f"{what} has {len(value)} options; a Telegram quiz takes "
                     f"{MIN_OPTIONS} to {MAX_OPTIONS}")
    if len(marked) != 1:
        reader.error(path, where, f"{what} has {len(marked)} options marked 'correct: true'; "
                     "mark exactly one (the one its source supports)")
    for lang in LANGS:
        seen: set[str] = set()
        for option_texts in options:
            key = option_texts[lang].casefold()
            if key in seen:
                reader.error(path, where, f"{what} has the {_language(lang)} option "
                             f"{option_texts[lang]!r} twice; every option must differ")
            seen.add(key)
    return tuple(options), (marked[0] if len(marked) == 1 else None)


def _option(reader: _Reader, path: Path, where: int, raw: Any, what: str
            ) -> tuple[dict[str, str], bool] | None:
    right = False
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        texts = dict.fromkeys(LANGS, str(raw).strip())
    elif isinstance(raw, LineDict):
        where = raw.line
        right_value = raw.get("correct", False)
        if not isinstance(right_value, bool):
            reader.error(path, _line(raw, "correct"), f"'correct' of {what} must be true (or "
                         "left out)")
        right = right_value is True
        _unknown_keys(reader, path, raw, {"text", "id", "en", "correct"}, what)
        if "text" in raw:
            texts = dict.fromkeys(LANGS, str(raw["text"]).strip())
        else:
            texts = {}
            for lang in LANGS:
                text = raw.get(lang)
                if not isinstance(text, (str, int, float)) or isinstance(text, bool):
                    reader.error(path, raw.line, f"{what} needs 'text' (the same in both "
                                 "languages) or both 'id' and 'en'")
                    return None
                texts[lang] = str(text).strip()
    else:
        reader.error(path, where, f"{what} must be a text, or a block with 'text' (or 'id' and "
                     "'en') and optionally 'correct: true'")
        return None
    for lang, text in texts.items():
        if not text:
            reader.error(path, where, f"{what} is empty in {_language(lang)}")
            return None
        if len(text) > OPTION_MAX:
            reader.error(path, where, f"{what} has {len(text)} characters in {_language(lang)};"
                         f" Telegram allows {OPTION_MAX}")
    return texts, right


def _learning_path(reader: _Reader, path: Path, node: LineDict) -> LearningPath | None:
    before = len(reader.problems)
    ident = reader.ident(path, node, "a learning path")
    what = f"learning path {ident!r}" if ident else "a learning path"
    title = reader.bilingual(path, node, "title", what)
    if title:
        _within(reader, path, _line(node, "title"), title, PATH_TITLE_MAX, f"the title of {what}")
    steps = reader.id_list(path, node, "steps", what)
    if len(steps) < 2:
        reader.error(path, _line(node, "steps") or node.line, f"{what} needs 'steps': at least "
                     "two answer ids in the order a learner reads them, e.g. [founding_trigger, "
                     "founding_date]")
    repeated = sorted({s for s in steps if steps.count(s) > 1})
    if repeated:
        reader.error(path, _line(node, "steps"), f"{what} lists {repeated[0]!r} twice; each "
                     "step once")
    quiz = node.get("quiz", 0)
    if not isinstance(quiz, int) or isinstance(quiz, bool) or not 0 <= quiz <= PATH_QUIZ_MAX:
        reader.error(path, _line(node, "quiz"), f"'quiz' of {what} is how many questions end it:"
                     f" a number from 0 to {PATH_QUIZ_MAX}")
        quiz = 0
    _unknown_keys(reader, path, node, PATH_KEYS, what)
    if len(reader.problems) > before or not (ident and title):
        return None
    return LearningPath(ident, MappingProxyType(title), steps, quiz, path, node.line)


def check_answer_ids(reader: _Reader, known: Collection[str], quiz: Mapping[str, QuizItem],
                     paths: Mapping[str, LearningPath],
                     exclude: Mapping[str, tuple[Path, int | None]]) -> None:
    """Every answer id the study material names must be one the bot can open."""
    hint = ("an entry id, a table row id (summit_2, sg_9 ...), or membership:XX for a listed "
            "country")
    for item in quiz.values():
        if item.about is not None and item.about not in known and not reader.excused(
                item.about):
            reader.error(item.path, item.line, f"quiz item {item.id!r} is about "
                         f"{item.about!r}, which the bot cannot open; use {hint}")
    for learning_path in paths.values():
        for step in learning_path.steps:
            if step not in known and not reader.excused(step):
                reader.error(learning_path.path, learning_path.line, f"learning path "
                             f"{learning_path.id!r} has step {step!r}, which the bot cannot "
                             f"open; use {hint}")
    for ident, (path, line) in exclude.items():
        if ident not in known and not reader.excused(ident):
            reader.error(path, line, f"'quiz_exclude' names {ident!r}, which is no answer; use "
                         f"{hint}")


def _within(reader: _Reader, path: Path, line: int | None, texts: Mapping[str, str],
            limit: int, what: str) -> None:
    for lang, text in texts.items():
        if len(text) > limit:
            reader.error(path, line, f"{what} has {len(text)} characters in {_language(lang)}; "
                         f"Telegram allows {limit}: shorten it")


def _language(lang: str) -> str:
    return "Indonesian" if lang == "id" else "English"


assert all(ID_PATTERN.match(t) for t in QUIZ_TOPICS)  # topics are words /kuis can be given
