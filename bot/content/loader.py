"""Read intents/ and knowledge/ into a :class:`KnowledgeBase`, or list every problem found.

Messages are written for operators: they name the file and line, say what is wrong and what
to do. Structural problems are collected across all files before giving up, so one run of
``oic-bot validate`` shows everything that needs fixing; but a file that cannot be read at all
is reported once, not again as every id elsewhere that names something in it.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, get_args

from bot.content.model import (
    LANGS,
    PLACEHOLDERS,
    Country,
    CountryLabel,
    CountryStatus,
    Courtesy,
    Entry,
    EntryKind,
    Intent,
    KnowledgeBase,
    LearningPath,
    Lexicon,
    Navigation,
    Organisation,
    PartialDate,
    Place,
    QuizItem,
    Region,
    Role,
    Row,
    RowStatus,
    Source,
    Table,
    TableKind,
    TableTemplates,
    Template,
    Topic,
    row_fields,
)
from bot.content.problems import ContentError, Problem
from bot.content.yamlfile import (
    MAX_FILE_BYTES,
    LineDict,
    YamlFileError,
    load_yaml,
    quote,
    read_text,
)

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_TOTAL_BYTES = 10_000_000  # all content files together (the shipped ones: 1.2 MB)
MAX_MESSAGE_CHARS = 400  # a problem's text; values in it are quoted short (yamlfile.quote)
# What a file that cannot be parsed probably declares, read from its text line by line: ids
# (entries, intents, topics, places, rows) and the entries its intents answer.
_DECLARED = re.compile(r"(?:^|[{,])[ \t]*(?:-[ \t]+)?(?:id|answers|code):[ \t]*[\"']?"
                       r"([A-Za-z]\w{0,39})[\"']?(?=[ \t]*(?:[,}#]|$))", re.MULTILINE)
COUNTRY_STATUSES: tuple[str, ...] = get_args(CountryStatus)
ENTRY_KINDS: tuple[str, ...] = get_args(EntryKind)

KNOWLEDGE_KEYS = {"entries", "topics", "countries", "default_sources", "navigation", "tables",
                  "places", "country_names", "regions", "region_sources",
                  "quiz", "learning_paths", "quiz_exclude"}  # study material: bot/content/study
NAVIGATION_KEYS = {"starters", "membership_related", "not_member_why"}
# What a row's status means to the lookup: "next" finds planned rows, "now" current ones.
ROW_STATUSES: tuple[str, ...] = get_args(RowStatus)
CHANGING_STATUSES = ("planned", "current")  # rows that need as_of and checked
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
INTENT_KEYS = {"intents", "lexicon"}
LEXICON_KEYS = {"abbreviations", "synonyms", "organisations", "membership_cues", "fillers",
                "courtesies", "question_words", "question_openers", "role_cues", "our_name",
                "our_organs", "organs_apart", "function_words"}


def _line(node: Any, key: str | None = None) -> int | None:
    if isinstance(node, LineDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return None


class _Reader:
    """Collects problems while turning raw YAML values into model objects."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.broken: set[str] = set()  # ids of items with errors: no follow-on errors for them
        self.unreadable = False  # a file could not even be read: any id may have been in it

    def error(self, path: Path, line: int | None, message: str) -> None:
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[:MAX_MESSAGE_CHARS - 1] + "…"
        self.problems.append(Problem(path, line, message))

    def excused(self, ident: str) -> bool:
        """Whether a missing ``ident`` may be the fault of an item or a file already reported."""
        return self.unreadable or ident in self.broken

    def lost_file(self, path: Path) -> None:
        """``path`` could not be parsed: what it declares is unknown, so references to the ids
        its lines declare (or to anything, if it cannot be read) are not errors of their own."""
        try:
            self.broken.update(_DECLARED.findall(read_text(path)))
        except (OSError, YamlFileError):
            self.unreadable = True

    def text(self, path: Path, node: LineDict, key: str, what: str) -> str | None:
        value = node.get(key)
        if value is None:
            self.error(path, node.line, f"{what} has no '{key}'; add it")
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.error(path, _line(node, key), f"'{key}' of {what} must be text")
            return None
        value = str(value).strip()
        if not value:
            self.error(path, _line(node, key), f"'{key}' of {what} is empty; write the text")
            return None
        return value

    def ident(self, path: Path, node: LineDict, what: str) -> str | None:
        value = self.text(path, node, "id", what)
        if value is not None and not ID_PATTERN.match(value):
            self.error(
                path,
                _line(node, "id"),
                f"the id {quote(value)} must start with a letter and use only a-z, 0-9 and _, "
                "at most 40 characters so it fits in Telegram links and buttons; "
                "e.g. founding_date",
            )
            return None
        return value

    def bilingual(self, path: Path, node: LineDict, key: str, what: str) -> dict[str, str] | None:
        value = node.get(key)
        if not isinstance(value, LineDict):
            self.error(
                path,
                _line(node, key) or node.line,
                f"{what} needs '{key}' with an 'id' (Indonesian) and an 'en' (English) text",
            )
            return None
        result: dict[str, str] = {}
        for lang in LANGS:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.error(
                    path,
                    _line(value, lang) or value.line,
                    f"'{key}' of {what} is missing its "
                    f"{'Indonesian (id)' if lang == 'id' else 'English (en)'} text",
                )
                continue
            result[lang] = text.strip()
        extra = sorted(set(value) - set(LANGS))
        if extra:
            self.error(
                path, _line(value, extra[0]),
                f"'{key}' of {what} has unknown language {quote(extra[0])}; use 'id' and 'en'",
            )
        return result if len(result) == len(LANGS) else None

    def sources(self, path: Path, node: Any, what: str) -> tuple[Source, ...]:
        if not isinstance(node, list):
            return ()
        result = []
        for item in node:
            if not isinstance(item, LineDict):
                self.error(path, None, f"each source of {what} needs a 'title' and a 'url'")
                continue
            title = self.text(path, item, "title", f"a source of {what}")
            url = self.text(path, item, "url", f"a source of {what}")
            if url is not None and not re.match(r"^https?://\S+$", url):
                self.error(
                    path,
                    _line(item, "url"),
                    f"the url {quote(url)} of a source of {what} must start with http:// or https://",
                )
                continue
            if title and url:
                result.append(Source(title=title, url=url))
        return tuple(result)

    def date(self, path: Path, node: LineDict, key: str, what: str) -> date | None:
        value = node.get(key)
        if value is None:
            return None
        if not isinstance(value, date):
            self.error(path, _line(node, key), f"'{key}' of {what} must be a date like 2025-06-22")
            return None
        return value

    def id_list(self, path: Path, node: LineDict, key: str, what: str) -> tuple[str, ...]:
        value = node.get(key, [])
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(path, _line(node, key),
                       f"'{key}' of {what} must be a list of ids, e.g. [a, b]")
            return ()
        return tuple(value)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def load_content(root: Path, read: Callable[[Path], Any] = load_yaml) -> KnowledgeBase:
    """Load and validate a content folder; raise :class:`ContentError` listing every problem.

    ``read`` parses one file (a cache may stand in for :func:`load_yaml`)."""
    reader = _Reader()
    knowledge_dir, intents_dir = root / "knowledge", root / "intents"
    for folder in (knowledge_dir, intents_dir):
        if not folder.is_dir():
            reader.error(folder, None, "this folder is missing; the content folder needs "
                         "both knowledge/ and intents/")
    if reader.problems:
        raise ContentError(reader.problems)
    sizes = [path.stat().st_size for folder in (knowledge_dir, intents_dir)
             for path in _files(folder)]
    total = sum(size for size in sizes if size <= MAX_FILE_BYTES)  # each larger one: its own error
    if total > MAX_TOTAL_BYTES:
        raise ContentError([Problem(root, None, f"the content files add up to {total / 1e6:.1f} "
                                    f"MB; at most {MAX_TOTAL_BYTES / 1e6:g} MB in all: remove "
                                    "what does not belong in intents/ and knowledge/")])

    documents: list[tuple[Path, LineDict, set[str]]] = []
    for folder, allowed in ((knowledge_dir, KNOWLEDGE_KEYS), (intents_dir, INTENT_KEYS)):
        for path in _files(folder):
            try:
                data = read(path)
            except YamlFileError as exc:
                reader.error(path, exc.line, str(exc))
                reader.lost_file(path)
                continue
            if data is None:
                continue  # an empty file is allowed (e.g. while drafting)
            if not isinstance(data, LineDict):
                reader.error(path, 1, "the file must be a set of 'key: value' blocks, e.g. "
                             f"{' or '.join(sorted(allowed))}:")
                continue
            for key in data:
                if key not in allowed:
                    reader.error(path, _line(data, key), f"unknown section {quote(key)}; a file in "
                                 f"{folder.name}/ may have {', '.join(sorted(allowed))}")
            documents.append((path, data, allowed))

    topics: dict[str, Topic] = {}
    entries: dict[str, Entry] = {}
    intents: dict[str, Intent] = {}
    countries: dict[str, Country] = {}
    country_sources: tuple[Source, ...] = ()
    lexicons: list[tuple[Path, LineDict]] = []
    navigation = Navigation()
    navigation_at: tuple[Path, int | None] | None = None
    first_seen: dict[tuple[str, str], tuple[Path, int | None]] = {}

    def claim(kind: str, ident: str, path: Path, line: int | None) -> bool:
        if (kind, ident) in first_seen:
            other_path, other_line = first_seen[(kind, ident)]
            reader.error(path, line, f"the {kind} id {ident!r} is already used at "
                         f"{other_path}:{other_line}; give this one another id")
            return False
        first_seen[(kind, ident)] = (path, line)
        return True

    places: dict[str, Place] = {}
    regions: dict[str, Region] = {}
    region_sources: tuple[Source, ...] = ()
    country_names: dict[str, CountryLabel] = {}
    raw_tables: list[tuple[Path, LineDict]] = []
    from bot.content import study  # it reads with this module's helpers

    quiz: dict[str, QuizItem] = {}
    learning_paths: dict[str, LearningPath] = {}
    quiz_exclude: dict[str, tuple[Path, int | None]] = {}
    for path, data, _ in documents:
        study.read_study(reader, path, data, claim, quiz, learning_paths, quiz_exclude)
        for item in _list(reader, path, data, "places"):
            place = _place(reader, path, item)
            if place and claim("place", place.id, path, item.line):
                places[place.id] = place
        for item in _list(reader, path, data, "regions"):
            region = _region(reader, path, item)
            if region and claim("region", region.id, path, item.line):
                regions[region.id] = region
        if "region_sources" in data:
            region_sources = reader.sources(path, data["region_sources"], "the regions")
            if not region_sources:
                reader.error(path, _line(data, "region_sources"), "'region_sources' needs at "
                             "least one source with a 'title' and a 'url'")
        if "country_names" in data:
            _country_names(reader, path, data, country_names)
        raw_tables += [(path, item) for item in _list(reader, path, data, "tables")]
        for item in _list(reader, path, data, "topics"):
            ident = reader.ident(path, item, "a topic")
            title = reader.bilingual(path, item, "title", f"topic {ident!r}")
            if ident and title and claim("topic", ident, path, item.line):
                topics[ident] = Topic(ident, MappingProxyType(title))
        for item in _list(reader, path, data, "entries"):
            entry = _entry(reader, path, item)
            if entry and claim("knowledge entry", entry.id, path, item.line):
                entries[entry.id] = entry
        for item in _list(reader, path, data, "intents"):
            intent = _intent(reader, path, item)
            if intent and claim("intent", intent.id, path, item.line):
                intents[intent.id] = intent
        if "countries" in data:
            defaults = reader.sources(path, data.get("default_sources"), "default_sources")
            country_sources = country_sources or defaults
            for item in _list(reader, path, data, "countries"):
                country = _country(reader, path, item, defaults)
                if country and claim("country", country.code, path, item.line):
                    countries[country.code] = country
        if "lexicon" in data:
            lexicons.append((path, data["lexicon"]))
        if "navigation" in data:
            node = data["navigation"]
            if navigation_at is not None:
                reader.error(path, _line(data, "navigation"), "'navigation' is already given at "
                             f"{navigation_at[0]}:{navigation_at[1]}; keep one")
            elif not isinstance(node, LineDict):
                reader.error(path, _line(data, "navigation"), "'navigation' is a block with "
                             f"{', '.join(sorted(NAVIGATION_KEYS))}, each a list of entry ids")
            else:
                navigation_at = (path, _line(data, "navigation"))
                _unknown_keys(reader, path, node, NAVIGATION_KEYS, "'navigation'")
                navigation = Navigation(**{key: reader.id_list(path, node, key, "'navigation'")
                                           for key in NAVIGATION_KEYS})

    lexicon = _lexicon(reader, lexicons)
    _cross_check(reader, topics, entries, intents)
    _check_references(reader, entries, lexicon, navigation, navigation_at, countries)
    _check_regions(reader, regions, region_sources, countries, entries)
    tables = _tables(reader, raw_tables, places, entries)
    study.check_answer_ids(reader, _answer_ids(entries, tables, countries), quiz,
                           learning_paths, quiz_exclude)
    if reader.problems:
        raise ContentError(reader.problems)
    return KnowledgeBase(
        root=root,
        entries=MappingProxyType(entries),
        intents=MappingProxyType(intents),
        countries=MappingProxyType(countries),
        country_sources=country_sources,
        topics=MappingProxyType(topics),
        lexicon=lexicon,
        navigation=navigation,
        tables=MappingProxyType(tables),
        places=MappingProxyType(places),
        country_names=MappingProxyType(country_names),
        regions=MappingProxyType(regions),
        region_sources=region_sources,
        quiz=MappingProxyType(quiz),
        learning_paths=MappingProxyType(learning_paths),
        quiz_exclude=frozenset(quiz_exclude),
    )


def _answer_ids(entries: dict[str, Entry], tables: dict[str, Table],
                countries: dict[str, Country]) -> set[str]:
    """The answers a learner can open by id: entries, rows, a listed country's standing and
    role."""
    known = {e.id for e in entries.values() if e.kind == "fact"}
    known |= {r.id for t in tables.values() for r in t.rows}
    known |= {f"membership:{code}" for code in countries}
    known |= {f"role:{c.code}" for c in countries.values() if c.role}
    return known


def _list(reader: _Reader, path: Path, data: LineDict, key: str) -> list[LineDict]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        reader.error(path, _line(data, key),
                     f"'{key}' must be a list of items, each starting with '- '")
        return []
    items = []
    for item in value:
        if isinstance(item, LineDict):
            items.append(item)
        else:
            reader.error(path, _line(data, key), f"every item under '{key}' must be a block of "
                         f"'key: value' lines; found {quote(item)}")
    return items


def _entry(reader: _Reader, path: Path, item: LineDict) -> Entry | None:
    before = len(reader.problems)
    entry = _read_entry(reader, path, item)
    if entry is None or len(reader.problems) > before:
        if isinstance(item.get("id"), str):
            reader.broken.add(item["id"])
        return None
    return entry


def _read_entry(reader: _Reader, path: Path, item: LineDict) -> Entry | None:
    ident = reader.ident(path, item, "a knowledge entry")
    what = f"entry {ident!r}" if ident else "a knowledge entry"
    kind = item.get("kind", "fact")
    if kind not in ENTRY_KINDS:
        reader.error(path, _line(item, "kind"), f"'kind' of {what} must be one of "
                     f"{', '.join(ENTRY_KINDS)}")
    topic = reader.text(path, item, "topic", what)
    title = reader.bilingual(path, item, "title", what)
    answer = reader.bilingual(path, item, "answer", what)
    sources = reader.sources(path, item.get("sources"), what)
    if kind == "fact" and not sources:
        reader.error(path, _line(item, "sources") or item.line, f"{what} states facts but has no "
                     "usable source; add at least one source with a title and a url")
    if kind != "fact" and item.get("sources"):
        reader.error(path, _line(item, "sources"), f"{what} is {kind} and must not have sources;"
                     " make it kind: fact if it states facts")
    as_of = reader.date(path, item, "as_of", what)
    checked = reader.date(path, item, "checked", what)
    if checked and not as_of:
        reader.error(path, _line(item, "checked"), f"{what} has 'checked' but no 'as_of'; "
                     "'as_of' is the date of the newest source that supports the answer")
    if checked and as_of and checked < as_of:
        reader.error(path, _line(item, "checked"), f"'checked' of {what} is before its 'as_of': "
                     "'as_of' is the newest source's date, 'checked' when you last looked for a "
                     "newer one")
    related = reader.id_list(path, item, "related", what)
    known = {"id", "kind", "topic", "title", "answer", "sources", "as_of", "checked", "related"}
    _unknown_keys(reader, path, item, known, what)
    if not (ident and topic and title and answer) or kind not in ENTRY_KINDS:
        return None
    return Entry(
        id=ident,
        topic=topic,
        kind=kind,
        title=MappingProxyType(title),
        answer=MappingProxyType(answer),
        sources=sources,
        as_of=as_of,
        related=related,
        path=path,
        line=item.line,
        checked=checked,
    )


def _intent(reader: _Reader, path: Path, item: LineDict) -> Intent | None:
    ident = reader.ident(path, item, "an intent")
    what = f"intent {ident!r}" if ident else "an intent"
    answers = reader.text(path, item, "answers", what)
    examples = item.get("examples")
    result: dict[str, tuple[str, ...]] = {}
    lines: dict[str, tuple[int, ...]] = {}
    if not isinstance(examples, LineDict):
        reader.error(path, _line(item, "examples") or item.line,
                     f"{what} needs 'examples' with an 'id' list and an 'en' list of questions")
    else:
        for lang in LANGS:
            values = examples.get(lang)
            name = "Indonesian (id)" if lang == "id" else "English (en)"
            if not isinstance(values, list) or not values:
                reader.error(path, _line(examples, lang) or examples.line,
                             f"{what} has no {name} example questions; add a list under '{lang}:'")
                continue
            texts = []
            item_lines: list[int] = []
            for position, value in enumerate(values):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    value = str(value)
                if not isinstance(value, str) or not value.strip():
                    reader.error(path, _line(examples, lang), f"{what} has an empty or non-text "
                                 f"{name} example; every example is a question as text")
                    continue
                texts.append(value.strip())
                item_lines.append(getattr(values, "item_lines", [examples.line] * len(values))
                                  [position])
            result[lang] = tuple(texts)
            lines[lang] = tuple(item_lines)
        extra = sorted(set(examples) - set(LANGS))
        if extra:
            reader.error(path, _line(examples, extra[0]),
                         f"{what} has examples in unknown language {quote(extra[0])}; use 'id' "
                         "and 'en'")
    _unknown_keys(reader, path, item, {"id", "answers", "examples"}, what)
    if not (ident and answers) or len(result) != len(LANGS):
        return None
    return Intent(ident, answers, MappingProxyType(result), path, item.line,
                  MappingProxyType(lines))


def _country(
    reader: _Reader, path: Path, item: LineDict, defaults: tuple[Source, ...]
) -> Country | None:
    code = item.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
        reader.error(path, _line(item, "code") or item.line,
                     "each country needs 'code': its two-letter ISO 3166 code in capitals, e.g. TR")
        return None
    what = f"country {code}"
    status = item.get("status")
    if status not in COUNTRY_STATUSES:
        reader.error(path, _line(item, "status") or item.line,
                     f"'status' of {what} must be one of {', '.join(COUNTRY_STATUSES)}")
        return None
    since = item.get("since")
    if status != "not_member" and not isinstance(since, int):
        reader.error(path, _line(item, "since") or item.line,
                     f"{what} is a {status}: give 'since' as a year, e.g. since: 1969")
        since = None
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        reader.error(path, _line(item, "aliases"), f"'aliases' of {what} must be a list of names")
        aliases = []
    note = reader.bilingual(path, item, "note", what) if "note" in item else None
    sources = reader.sources(path, item.get("sources"), what) if "sources" in item else defaults
    if not sources:
        reader.error(path, item.line, f"{what} has no source; add 'sources' or 'default_sources'")
    role = _role(reader, path, item["role"], what) if "role" in item else None
    related = reader.id_list(path, item, "related", what)
    entry = item.get("entry")
    if entry is not None and not isinstance(entry, str):
        reader.error(path, _line(item, "entry"), f"'entry' of {what} must be an entry id")
        entry = None
    region = item.get("region")
    if region is not None and not isinstance(region, str):
        reader.error(path, _line(item, "region"), f"'region' of {what} must be a region id, "
                     "e.g. western_africa")
        region = None
    name = _texts(reader, path, item, "name", what) if "name" in item else None
    _unknown_keys(reader, path, item, {"code", "status", "since", "aliases", "note", "sources",
                                       "years_differ", "role", "related", "entry", "region",
                                       "name"},
                  what)
    return Country(
        code=code,
        status=status,
        since=since,
        aliases=tuple(a.strip() for a in aliases),
        note=MappingProxyType(note) if note else None,
        sources=sources,
        years_differ=bool(item.get("years_differ", False)),
        path=path,
        line=item.line,
        role=role,
        related=related,
        entry=entry,
        region=region,
        name=MappingProxyType(name) if name else None,
    )


def _role(reader: _Reader, path: Path, node: Any, country: str) -> Role | None:
    """A member's role: its own answer and sources, as the membership data has its own."""
    what = f"the role of {country}"
    if not isinstance(node, LineDict):
        reader.error(path, None, f"{what} must be a block with 'answer' (id and en) and "
                     "'sources'")
        return None
    answer = reader.bilingual(path, node, "answer", what)
    sources = reader.sources(path, node.get("sources"), what)
    if not sources:
        reader.error(path, _line(node, "sources") or node.line, f"{what} states facts but has no "
                     "usable source; add at least one source with a title and a url")
    as_of = reader.date(path, node, "as_of", what)
    checked = reader.date(path, node, "checked", what)
    entry = node.get("entry")
    if entry is not None and not isinstance(entry, str):
        reader.error(path, _line(node, "entry"), f"'entry' of {what} must be an entry id")
        entry = None
    _unknown_keys(reader, path, node, {"answer", "sources", "as_of", "checked", "entry"}, what)
    if answer is None or not sources:
        return None
    return Role(MappingProxyType(answer), sources, as_of, checked, entry)


def _lexicon(reader: _Reader, parts: list[tuple[Path, Any]]) -> Lexicon:
    """Merge the lexicon sections of all files; a section of the wrong shape is an error, never
    silently empty (the bot would lose its synonyms or its guards without a word)."""
    abbreviations: dict[str, str] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    organisations: list[Organisation] = []
    cues: dict[str, tuple[str, ...]] = {}
    fillers: list[str] = []
    organs: dict[str, list[str]] = {"our_organs": [], "organs_apart": []}
    courtesies: dict[str, Courtesy] = {}
    question_words: dict[str, tuple[str, ...]] = {}
    openers: dict[str, tuple[str, ...]] = {}
    role_cues: dict[str, tuple[str, ...]] = {}
    function_words: dict[str, tuple[str, ...]] = {}
    our_name: tuple[str, Path, int | None] | None = None
    for path, node in parts:
        if not isinstance(node, LineDict):
            reader.error(path, None, "'lexicon' must be a block of sections: "
                         f"{', '.join(sorted(LEXICON_KEYS))}")
            continue
        _unknown_keys(reader, path, node, LEXICON_KEYS, "the lexicon")
        abbr = _section(reader, path, node, "abbreviations", LineDict,
                        "maps a short form to its full text, e.g. brp: berapa")
        for short, full in abbr.items():
            if isinstance(full, str) and full.strip():
                abbreviations[str(short).lower()] = full.lower()
            else:
                reader.error(path, _line(abbr, short), f"abbreviation {quote(short)} needs its "
                             "full text, e.g. brp: berapa")
        syn = _section(reader, path, node, "synonyms", LineDict,
                       "maps a canonical word to a list of its variants")
        for canonical, variants in syn.items():
            if not _is_word_list(variants):
                reader.error(path, _line(syn, canonical),
                             f"synonyms of {quote(canonical)} must be a list of words or phrases")
                continue
            synonyms[str(canonical).lower()] = tuple(v.lower() for v in variants)
        orgs = _section(reader, path, node, "organisations", list,
                        "is a list of blocks, each with id, name and names")
        for org in orgs:
            organisation = _organisation(reader, path, node, org)
            if organisation:
                organisations.append(organisation)
        raw_cues = _section(reader, path, node, "membership_cues", LineDict,
                            "has an 'id' and an 'en' list of words")
        for lang, words in _per_language(reader, path, raw_cues, "membership_cues").items():
            cues[lang] = cues.get(lang, ()) + words
        raw_words = _section(reader, path, node, "question_words", LineDict,
                             "has an 'id' and an 'en' list of words")
        for lang, words in _per_language(reader, path, raw_words, "question_words").items():
            question_words[lang] = question_words.get(lang, ()) + words
        for key, merged in (("question_openers", openers), ("role_cues", role_cues),
                            ("function_words", function_words)):
            raw = _section(reader, path, node, key, LineDict, "has an 'id' and an 'en' list of "
                           "words")
            for lang, words in _per_language(reader, path, raw, key).items():
                merged[lang] = merged.get(lang, ()) + words
        raw_fillers = _section(reader, path, node, "fillers", list, "is a list of words")
        if raw_fillers and not _is_word_list(raw_fillers):
            reader.error(path, _line(node, "fillers"), "'fillers' must be a list of words")
        else:
            fillers.extend(str(f).lower() for f in raw_fillers)
        for key, names in organs.items():
            raw_organs = _section(reader, path, node, key, list,
                                  "is a list of the names of the OIC's own organs")
            if raw_organs and not _is_word_list(raw_organs):
                reader.error(path, _line(node, key),
                             f"'{key}' must be a list of names, e.g. [ktt islam]")
            else:
                names.extend(str(o).lower() for o in raw_organs)
        if "our_name" in node:
            name = node["our_name"]
            if isinstance(name, str) and name.strip():
                our_name = (name.strip().lower(), path, _line(node, "our_name"))
            else:
                reader.error(path, _line(node, "our_name"), "'our_name' is one word: the "
                             "canonical synonym for the OIC's names, e.g. oki")
        raw_courtesies = _section(reader, path, node, "courtesies", LineDict,
                                  "maps a kind (greeting, thanks, ...) to its phrases")
        for kind, block in raw_courtesies.items():
            courtesy = _courtesy(reader, path, raw_courtesies, str(kind), block)
            if courtesy:
                courtesies[courtesy.kind] = courtesy
    if our_name is None:
        name = "oki"
    elif our_name[0] not in synonyms:
        name = our_name[0]
        reader.error(our_name[1], our_name[2], f"'our_name' is {quote(name)}, but no synonyms "
                     "group has that canonical word; it must be the word all the OIC's names "
                     "become")
    else:
        name = our_name[0]
    return Lexicon(
        our_name=name,
        abbreviations=MappingProxyType(abbreviations),
        synonyms=MappingProxyType(synonyms),
        organisations=tuple(organisations),
        membership_cues=MappingProxyType(cues),
        fillers=tuple(fillers),
        courtesies=tuple(courtesies.values()),
        question_words=MappingProxyType(question_words),
        question_openers=MappingProxyType(openers),
        role_cues=MappingProxyType(role_cues),
        function_words=MappingProxyType(function_words),
        our_organs=tuple(organs["our_organs"]),
        organs_apart=tuple(organs["organs_apart"]),
    )


def _section(reader: _Reader, path: Path, node: LineDict, key: str, shape: type,
             expected: str) -> Any:
    """A lexicon section, or an empty one (and an error) if it has the wrong shape."""
    value = node.get(key)
    if value is None:
        return shape()
    if not isinstance(value, shape):
        reader.error(path, _line(node, key), f"the lexicon's '{key}' {expected}; check its "
                     "indentation")
        return shape()
    return value


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _per_language(reader: _Reader, path: Path, node: LineDict, section: str
                  ) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for lang, words in node.items():
        if lang not in LANGS or not _is_word_list(words):
            hint = ""
            if isinstance(words, list) and any(isinstance(w, bool) for w in words):
                hint = " (yes, no, on and off are read as true/false: put them in quotes)"
            reader.error(path, _line(node, lang), f"'{section}' takes an 'id' and an 'en' list "
                         f"of words; {quote(lang)} is not one{hint}")
            continue
        found[lang] = tuple(w.lower() for w in words)
    return found


def _organisation(reader: _Reader, path: Path, node: LineDict, org: Any) -> Organisation | None:
    if not isinstance(org, LineDict):
        reader.error(path, _line(node, "organisations"), "each organisation is a block with id, "
                     "name and names")
        return None
    ident = reader.ident(path, org, "an organisation")
    name = reader.bilingual(path, org, "name", f"organisation {ident!r}")
    names = org.get("names")
    if not _is_word_list(names):
        reader.error(path, org.line, f"organisation {ident!r} needs 'names': a list of the "
                     "names and acronyms people use")
        return None
    acronyms = org.get("indonesian_acronyms", [])
    if acronyms and not _is_word_list(acronyms):
        reader.error(path, _line(org, "indonesian_acronyms"), f"'indonesian_acronyms' of "
                     f"organisation {ident!r} must be a list of words")
        acronyms = []
    same_letters = org.get("same_letters", False)
    if not isinstance(same_letters, bool):
        reader.error(path, _line(org, "same_letters"), f"'same_letters' of organisation "
                     f"{ident!r} must be true or false")
        same_letters = False
    _unknown_keys(reader, path, org, {"id", "name", "names", "indonesian_acronyms",
                                      "same_letters"}, f"organisation {ident!r}")
    if not (ident and name):
        return None
    return Organisation(ident, MappingProxyType(name), tuple(names or ()),
                        tuple(a.lower() for a in acronyms), same_letters)


def _courtesy(reader: _Reader, path: Path, node: LineDict, kind: str, block: Any
              ) -> Courtesy | None:
    what = f"courtesy {kind!r}"
    if not isinstance(block, LineDict) or not _is_word_list(block.get("phrases")):
        reader.error(path, _line(node, kind), f"{what} needs 'phrases': a list of words or "
                     "phrases (and optionally 'reply': the small-talk entry answering it alone)")
        return None
    reply = block.get("reply")
    if reply is not None and not isinstance(reply, str):
        reader.error(path, _line(block, "reply"), f"'reply' of {what} must be an entry id")
        reply = None
    said_of_oic_asks = block.get("said_of_oic_asks", False)
    if not isinstance(said_of_oic_asks, bool):
        reader.error(path, _line(block, "said_of_oic_asks"),
                     f"'said_of_oic_asks' of {what} must be true or false")
        said_of_oic_asks = False
    answer_in = block.get("answer_in")
    if answer_in is not None and answer_in not in LANGS:
        reader.error(path, _line(block, "answer_in"), f"'answer_in' of {what} must be one of "
                     f"{', '.join(LANGS)}, not {quote(answer_in)}")
        answer_in = None
    alone = block.get("alone", [])
    if not _is_word_list(alone):
        reader.error(path, _line(block, "alone"), f"'alone' of {what} must be a list of words "
                     "or phrases (a courtesy only as a clause of their own)")
        alone = []
    _unknown_keys(reader, path, block,
                  {"phrases", "reply", "said_of_oic_asks", "answer_in", "alone"}, what)
    return Courtesy(kind, tuple(p.lower() for p in block["phrases"]), reply,
                    said_of_oic_asks, answer_in, tuple(p.lower() for p in alone), path,
                    _line(node, kind))


def _unknown_keys(reader: _Reader, path: Path, item: LineDict, known: set[str], what: str) -> None:
    for key in item:
        if key not in known:
            reader.error(path, _line(item, key), f"{what} has an unknown field {quote(key)}; "
                         f"known fields are {', '.join(sorted(known))}")


def _check_references(reader: _Reader, entries: dict[str, Entry], lexicon: Lexicon,
                      navigation: Navigation, navigation_at: tuple[Path, int | None] | None,
                      countries: dict[str, Country]) -> None:
    """Ids the bot offers or answers with must exist: renaming an entry must not silently
    lose a starter button or the reply to "halo"."""
    def missing(ident: str, kind: str = "fact") -> bool:
        entry = entries.get(ident)
        return not reader.excused(ident) and (entry is None or entry.kind != kind)

    if navigation_at is not None:
        path, line = navigation_at
        for key in sorted(NAVIGATION_KEYS):
            for ident in getattr(navigation, key):
                if missing(ident):
                    reader.error(path, line, f"'navigation' {key} names {ident!r}, which is no "
                                 "fact entry; use the id of an existing entry")
    for courtesy in lexicon.courtesies:
        if courtesy.reply and missing(courtesy.reply, "smalltalk"):
            reader.error(courtesy.path or Path("lexicon"), courtesy.line, f"courtesy "
                         f"{courtesy.kind!r} replies with {quote(courtesy.reply)}, which is no "
                         "small-talk entry; use the id of one (e.g. greeting)")
    for country in countries.values():
        for ident in country.related:
            if missing(ident):
                reader.error(country.path, country.line, f"country {country.code} is related "
                             f"to {ident!r}, which is no fact entry")
        if country.entry and missing(country.entry):
            reader.error(country.path, country.line, f"country {country.code} has entry: "
                         f"{country.entry!r}, which is no fact entry; name the entry about "
                         "its standing, or leave 'entry' out")
        if country.role and country.role.entry and missing(country.role.entry):
            reader.error(country.path, country.line, f"the role of country {country.code} has "
                         f"entry: {country.role.entry!r}, which is no fact entry; name the "
                         "entry about its role, or leave 'entry' out")


def _cross_check(
    reader: _Reader,
    topics: dict[str, Topic],
    entries: dict[str, Entry],
    intents: dict[str, Intent],
) -> None:
    def check(ok: bool, path: Path, line: int | None, message: str) -> None:
        if not ok:
            reader.error(path, line, message)

    for entry in entries.values():
        check(entry.topic in topics or reader.excused(entry.topic), entry.path, entry.line,
              f"entry {entry.id!r} has topic {entry.topic!r}, which is not in any 'topics' list; "
              f"known topics: {', '.join(sorted(topics)) or 'none'}")
        for other in entry.related:
            check(other in entries or reader.excused(other), entry.path, entry.line,
                  f"entry {entry.id!r} is related to {other!r}, but no knowledge entry has that id")
    answered = set()
    for intent in intents.values():
        check(intent.answers in entries or reader.excused(intent.answers), intent.path,
              intent.line,
              f"intent {intent.id!r} answers {intent.answers!r}, but no knowledge entry has "
              "that id")
        answered.add(intent.answers)
    for entry in entries.values():
        check(entry.id in answered or reader.excused(entry.id), entry.path, entry.line,
              f"no intent answers entry {entry.id!r}; add an intent with 'answers: {entry.id}'"
              " so people can reach it")


# -- history tables ---------------------------------------------------------------------------


def _place(reader: _Reader, path: Path, item: LineDict) -> Place | None:
    """A city rows name by id, so its two spellings and country are written once."""
    ident = reader.ident(path, item, "a place")
    what = f"place {ident!r}" if ident else "a place"
    name = _texts(reader, path, item, "name", what)
    if name is None:
        reader.error(path, item.line, f"{what} needs 'name': one text, or an 'id' and an 'en' "
                     "text where the languages differ (Mekah / Makkah)")
    country = item.get("country")
    if country is not None and not (isinstance(country, str) and COUNTRY_CODE.match(country)):
        reader.error(path, _line(item, "country"), f"'country' of {what} must be a two-letter "
                     "ISO 3166 code in capitals, e.g. SA")
        country = None
    aliases = _strings(reader, path, item, "aliases", what)
    _unknown_keys(reader, path, item, {"id", "name", "country", "aliases"}, what)
    if not (ident and name):
        return None
    return Place(ident, MappingProxyType(name), country, aliases, path, item.line)


def _region(reader: _Reader, path: Path, item: LineDict) -> Region | None:
    """A continent, or a part of one (``within``), that members are listed by."""
    ident = reader.ident(path, item, "a region")
    what = f"region {ident!r}" if ident else "a region"
    name = reader.bilingual(path, item, "name", what)
    within = item.get("within")
    if within is not None and not isinstance(within, str):
        reader.error(path, _line(item, "within"), f"'within' of {what} must be the id of its "
                     "continent, e.g. africa")
        within = None
    aliases = _strings(reader, path, item, "aliases", what)
    sources = reader.sources(path, item.get("sources"), what)
    entry = item.get("entry")
    if entry is not None and not isinstance(entry, str):
        reader.error(path, _line(item, "entry"), f"'entry' of {what} must be an entry id")
        entry = None
    parts = _strings(reader, path, item, "parts", what)
    _unknown_keys(reader, path, item, {"id", "name", "within", "aliases", "sources", "entry",
                                       "parts"}, what)
    if not (ident and name):
        return None
    return Region(ident, MappingProxyType(name), within, aliases, sources, path, item.line,
                  entry, parts)


def _check_regions(reader: _Reader, regions: dict[str, Region], sources: tuple[Source, ...],
                   countries: dict[str, Country], entries: dict[str, Entry]) -> None:
    """Every member lies in a region that exists, so no continent's list silently lacks it."""
    if not regions:
        return
    first = next(iter(regions.values()))
    if not sources:
        reader.error(first.path, first.line, "the regions have no source; add "
                     "'region_sources' (a list of sources with a 'title' and a 'url')")
    for region in regions.values():
        if region.entry and region.entry not in entries and not reader.excused(region.entry):
            reader.error(region.path, region.line, f"'entry' of region {region.id!r} is "
                         f"{quote(region.entry)}, which no knowledge entry has as its id")
        continent = regions.get(region.within) if region.within else None
        if region.within and (continent is None or continent.within):
            reader.error(region.path, region.line, f"'within' of region {region.id!r} must be "
                         f"a continent's id (a region with no 'within' of its own), not "
                         f"{quote(region.within)}")
        for part in region.parts:
            if part not in regions or regions[part].within != region.within or part == region.id:
                reader.error(region.path, region.line, f"'parts' of region {region.id!r} names "
                             f"{quote(part)}, which is no other part of the same continent")
    for country in countries.values():
        if country.region is not None and country.region not in regions:
            reader.error(country.path, country.line, f"'region' of country {country.code} is "
                         f"{quote(country.region)}, which no region has as its id; use one of "
                         f"{', '.join(sorted(regions))}")
        elif country.region is None and country.status == "member":
            reader.error(country.path, country.line, f"country {country.code} is a member: "
                         "give its 'region' (where it lies), e.g. region: western_africa")


def _country_names(reader: _Reader, path: Path, data: LineDict,
                   names: dict[str, CountryLabel]) -> None:
    node = data["country_names"]
    if not isinstance(node, LineDict):
        reader.error(path, _line(data, "country_names"), "'country_names' maps a country code "
                     "to its names, e.g. GM: {id: Gambia, en: The Gambia}")
        return
    for code in node:
        if not (isinstance(code, str) and COUNTRY_CODE.match(code)):
            reader.error(path, _line(node, code), f"{quote(code)} in 'country_names' must be a "
                         "two-letter ISO 3166 code in capitals, e.g. GM")
            continue
        name = reader.bilingual(path, node, code, f"the country name {code}")
        if name:
            names[code] = CountryLabel(code, MappingProxyType(name), path, _line(node, code))


def _texts(reader: _Reader, path: Path, node: LineDict, key: str, what: str
           ) -> dict[str, str] | None:
    """A text in both languages, or one text for both (a person's name, an official title)."""
    value = node.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip():
        return dict.fromkeys(LANGS, value.strip())
    if value is None:
        return None
    return reader.bilingual(path, node, key, what)


def _strings(reader: _Reader, path: Path, node: LineDict, key: str, what: str
             ) -> tuple[str, ...]:
    value = node.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        reader.error(path, _line(node, key), f"'{key}' of {what} must be a list of texts, "
                     "e.g. [makkah, mecca]")
        return ()
    return tuple(v.strip() for v in value)


def _words(reader: _Reader, path: Path, node: LineDict, key: str, what: str
           ) -> dict[str, tuple[str, ...]]:
    """Words per language ({id: [...], en: [...]}) that a question uses for something."""
    value = node.get(key)
    if value is None:
        return {}
    if not isinstance(value, LineDict) or set(value) - set(LANGS):
        reader.error(path, _line(node, key), f"'{key}' of {what} needs an 'id' and an 'en' list"
                     " of words, e.g. {id: [ktt], en: [summit]}")
        return {}
    return {lang: _strings(reader, path, value, lang, f"'{key}' of {what}") for lang in LANGS}


def _partial_date(reader: _Reader, path: Path, node: LineDict, key: str, what: str
                  ) -> PartialDate | None:
    value = node.get(key)
    if value is None:
        return None
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    text = str(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text.strip())
    if found and (found[2] is None or 1 <= int(found[2]) <= 12):
        return PartialDate(int(found[1]), int(found[2]) if found[2] else None)
    reader.error(path, _line(node, key), f"'{key}' of {what} must be a real date like 1974-02-22,"
                 " a month like 2004-06, or a year like 1971 (whatever the source gives)")
    return None


def _template(reader: _Reader, path: Path, node: Any, what: str, statuses: tuple[str, ...],
              kinds: tuple[str, ...], allowed: frozenset[str]) -> Template | None:
    """One wording with its conditions; every {placeholder} must be one the rows can fill."""
    if not isinstance(node, LineDict):
        reader.error(path, None, f"{what} must be a block with an 'id' and an 'en' text")
        return None
    texts: dict[str, str] = {}
    fields: set[str] = set()
    for lang in LANGS:
        value = node.get(lang)
        if not isinstance(value, str) or not value.strip():
            reader.error(path, _line(node, lang) or node.line, f"{what} is missing its "
                         f"{'Indonesian (id)' if lang == 'id' else 'English (en)'} text")
            continue
        try:
            parts = list(string.Formatter().parse(value))
        except ValueError as exc:
            reader.error(path, _line(node, lang), f"{what} has a broken {{placeholder}} ({exc});"
                         " write {name} with both braces, or {{ }} for a brace itself")
            continue
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in allowed or spec or conversion:
                reader.error(path, _line(node, lang), f"{what} uses {{{name}}}, which no row "
                             f"can fill; use one of "
                             f"{', '.join('{' + p + '}' for p in sorted(allowed))}")
                continue
            fields.add(name)
        texts[lang] = value.strip()
    wanted_statuses = _one_or_many(reader, path, node, "status", what, statuses, "statuses")
    wanted_kinds = _one_or_many(reader, path, node, "kind", what, kinds, "kinds")
    latest = node.get("latest", False)
    if not isinstance(latest, bool):
        reader.error(path, _line(node, "latest"), f"'latest' of {what} must be true or false")
        latest = False
    _unknown_keys(reader, path, node, {*LANGS, "status", "kind", "latest"}, what)
    if len(texts) != len(LANGS):
        return None
    return Template(MappingProxyType(texts), frozenset(fields), wanted_statuses, wanted_kinds,
                    latest)


def _one_or_many(reader: _Reader, path: Path, node: LineDict, key: str, what: str,
                 known: tuple[str, ...], plural: str) -> tuple[str, ...]:
    value = node.get(key)
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    unknown = [v for v in values if v not in known]
    if unknown:
        reader.error(path, _line(node, key), f"'{key}' of {what} names {quote(unknown[0])}, "
                     f"which is not among the table's {plural}: {', '.join(known) or 'none'}")
        return ()
    return tuple(values)


def _templates(reader: _Reader, path: Path, node: LineDict, key: str, what: str,
               statuses: tuple[str, ...], kinds: tuple[str, ...],
               allowed: frozenset[str] = frozenset(PLACEHOLDERS), required: bool = True
               ) -> tuple[Template, ...]:
    """A slot's wordings: one block, or a list of blocks tried in order."""
    value = node.get(key)
    if value is None:
        if required:
            reader.error(path, node.line, f"{what} has no '{key}'; add it with an 'id' and an "
                         "'en' text")
        return ()
    items = value if isinstance(value, list) else [value]
    label = f"'{key}' of {what}"
    found = [_template(reader, path, item, label, statuses, kinds, allowed) for item in items]
    return tuple(t for t in found if t is not None)


def _tables(reader: _Reader, raw: list[tuple[Path, LineDict]], places: dict[str, Place],
            entries: dict[str, Entry]) -> dict[str, Table]:
    """Every table, with ids checked against each other and against the knowledge entries:
    a row is an answer people can open, like an entry."""
    tables: dict[str, Table] = {}
    seen: dict[str, tuple[str, Path, int]] = {
        e.id: ("the knowledge entry", e.path, e.line) for e in entries.values()}

    def claim(ident: str, what: str, path: Path, line: int) -> bool:
        if ident in seen:
            other, other_path, other_line = seen[ident]
            reader.error(path, line, f"the id {ident!r} of {what} is already used by {other} at "
                         f"{other_path}:{other_line}; entries, tables and rows share one set of "
                         "ids (each is an answer people can open): give this one another id")
            return False
        seen[ident] = (what, path, line)
        return True

    for path, item in raw:
        table = _table(reader, path, item, places)
        if table is None or not claim(table.id, f"table {table.id!r}", path, item.line):
            continue
        rows = tuple(row for row in table.rows
                     if claim(row.id, f"row {row.id!r} of table {table.id!r}", row.path,
                              row.line))
        for row in rows:
            if row.entry and not reader.excused(row.entry) and (
                    row.entry not in entries or entries[row.entry].kind != "fact"):
                reader.error(row.path, row.line, f"row {row.id!r} has entry: {row.entry!r}, "
                             "but no knowledge entry has that id; give the id of the entry "
                             "about the same thing, or leave 'entry' out")
        current = table.current_entry
        if current and not reader.excused(current) and (
                current not in entries or entries[current].kind != "fact"):
            reader.error(table.path, table.line, f"table {table.id!r} has current_entry: "
                         f"{current!r}, but no knowledge entry has that id; give the id of the "
                         "entry about the current row, or leave 'current_entry' out")
        tables[table.id] = dataclasses.replace(table, rows=rows)
    meetings = {row.id for table in tables.values() if table.of_meetings for row in table.rows}
    for table in tables.values():
        for row in table.rows:
            if row.elected_at and row.elected_at not in meetings \
                    and not reader.excused(row.elected_at):
                reader.error(row.path, row.line, f"row {row.id!r} has elected_at: "
                             f"{row.elected_at!r}, but no meeting (a row of the summits or "
                             "the sessions) has that id; give the id of the meeting that "
                             "elected it, or leave 'elected_at' out")
            heads = tables.get(row.headed_by or "")
            if row.headed_by and not reader.excused(row.headed_by) and (
                    heads is None or sum(r.status == "current" for r in heads.rows) != 1):
                reader.error(row.path, row.line, f"row {row.id!r} has headed_by: "
                             f"{row.headed_by!r}, but no table with that id has one current "
                             "row; give the id of the table of the office that heads it (its "
                             "holder now marked 'status: current'), or leave 'headed_by' out")
        if table.chairs_of and table.chairs_of not in tables \
                and not reader.excused(table.chairs_of):
            reader.error(table.path, table.line, f"table {table.id!r} has chairs_of: "
                         f"{table.chairs_of!r}, but no table has that id; give the id of the "
                         "table of meetings it holds the chairs of, or leave 'chairs_of' out")
    return tables


def _table(reader: _Reader, path: Path, item: LineDict, places: dict[str, Place]
           ) -> Table | None:
    before = len(reader.problems)
    ident = reader.ident(path, item, "a table")
    what = f"table {ident!r}" if ident else "a table"
    name = reader.bilingual(path, item, "name", what)
    words = _words(reader, path, item, "words", what)
    if not any(words.values()):
        reader.error(path, _line(item, "words") or item.line, f"{what} needs 'words': the words "
                     "that say a question is about it, e.g. {id: [ktt], en: [summit]}")
    statuses = _one_or_many(reader, path, item, "statuses", what, ROW_STATUSES, "statuses "
                            "the bot understands")
    kinds = _kinds(reader, path, item, what, statuses)
    default_kind = item.get("default_kind")
    if default_kind is not None and default_kind not in kinds:
        reader.error(path, _line(item, "default_kind"), f"'default_kind' of {what} must be one of"
                     f" its kinds: {', '.join(kinds) or 'none'}")
    default_row = item.get("default_row")
    if default_row is not None and (default_row != "current" or "current" not in statuses):
        reader.error(path, _line(item, "default_row"), f"'default_row' of {what} can only be "
                     "'current', and then 'statuses' must include current")
    shared_words = _words(reader, path, item, "shared_words", what)
    current_entry = item.get("current_entry")
    if current_entry is not None and (not isinstance(current_entry, str)
                                      or "current" not in statuses):
        reader.error(path, _line(item, "current_entry"), f"'current_entry' of {what} must be "
                     "an entry id, and then 'statuses' must include current")
        current_entry = None
    chairs_of = item.get("chairs_of")
    if chairs_of is not None and not isinstance(chairs_of, str):
        reader.error(path, _line(item, "chairs_of"), f"'chairs_of' of {what} must be the id of "
                     "the table of meetings whose chairs its rows are")
        chairs_of = None
    kind_required = item.get("kind_required", False)
    if not isinstance(kind_required, bool):
        reader.error(path, _line(item, "kind_required"), f"'kind_required' of {what} must be "
                     "true or false")
    templates_node = item.get("templates")
    templates = None
    if not isinstance(templates_node, LineDict):
        reader.error(path, _line(item, "templates") or item.line, f"{what} needs 'templates' "
                     "with title, lead, details and item")
    else:
        slot = f"the templates of {what}"
        kind_ids = tuple(kinds)
        templates = TableTemplates(
            title=_templates(reader, path, templates_node, "title", slot, statuses, kind_ids),
            lead=_templates(reader, path, templates_node, "lead", slot, statuses, kind_ids),
            details=_templates(reader, path, templates_node, "details", slot, statuses, kind_ids,
                               required=False),
            item=_templates(reader, path, templates_node, "item", slot, statuses, kind_ids))
        _unknown_keys(reader, path, templates_node, {"title", "lead", "details", "item"}, slot)
    _unknown_keys(reader, path, item, {"id", "name", "words", "kinds", "default_kind",
                                       "statuses", "default_row", "kind_required",
                                       "shared_words", "current_entry", "chairs_of",
                                       "templates", "rows"},
                  what)
    if len(reader.problems) > before or not (ident and name and templates):
        return None
    rows = _rows(reader, path, item, ident, kinds, statuses, templates, places)
    return Table(ident, MappingProxyType(name), MappingProxyType(words),
                 MappingProxyType(kinds), default_kind, statuses, default_row, templates, rows,
                 path, item.line, kind_required is True, MappingProxyType(shared_words),
                 current_entry, chairs_of)


def _kinds(reader: _Reader, path: Path, item: LineDict, what: str, statuses: tuple[str, ...]
           ) -> dict[str, TableKind]:
    node = item.get("kinds")
    if not isinstance(node, LineDict) or not node:
        reader.error(path, _line(item, "kinds") or item.line, f"{what} needs 'kinds': at least "
                     "one kind of row, e.g. ordinary: {name: {id: ..., en: ...}}")
        return {}
    kinds: dict[str, TableKind] = {}
    for kind_id, kind_node in node.items():
        kind_what = f"kind {kind_id!r} of {what}"
        if not isinstance(kind_id, str) or not ID_PATTERN.match(kind_id):
            reader.error(path, _line(node, kind_id), f"{kind_what} must be named with a-z, 0-9 "
                         "and _, e.g. extraordinary")
            continue
        if not isinstance(kind_node, LineDict):
            reader.error(path, _line(node, kind_id), f"{kind_what} must be a block with 'name'")
            continue
        name = reader.bilingual(path, kind_node, "name", kind_what)
        plural = (reader.bilingual(path, kind_node, "plural", kind_what)
                  if "plural" in kind_node else name)
        label = _templates(reader, path, kind_node, "label", kind_what, statuses, (),
                           frozenset(PLACEHOLDERS) - {"label", "kind"}, required=False)
        words = _words(reader, path, kind_node, "words", kind_what)
        _unknown_keys(reader, path, kind_node, {"name", "plural", "label", "words"}, kind_what)
        if name and plural:
            kinds[kind_id] = TableKind(kind_id, MappingProxyType(name), MappingProxyType(plural),
                                       label, MappingProxyType(words))
    return kinds


ROW_KEYS = {"id", "ordinal", "kind", "status", "name", "names", "city", "also_reported_in",
            "country", "start", "end", "chair", "chair_country", "members", "holder", "theme",
            "outcome", "elected", "elected_at", "note", "previous", "entry", "headed_by",
            "sources", "as_of", "checked"}


def _rows(reader: _Reader, path: Path, item: LineDict, table: str, kinds: dict[str, TableKind],
          statuses: tuple[str, ...], templates: TableTemplates, places: dict[str, Place]
          ) -> tuple[Row, ...]:
    rows: list[Row] = []
    ordinals: dict[tuple[str, int], Row] = {}
    for node in _list(reader, path, item, "rows"):
        row = _row(reader, path, node, table, kinds, statuses, places)
        if row is None:
            continue
        if row.ordinal is not None:
            other = ordinals.setdefault((row.kind, row.ordinal), row)
            if other is not row:
                reader.error(path, _line(node, "ordinal"), f"row {row.id!r} has ordinal "
                             f"{row.ordinal}, like row {other.id!r} at {other.path}:{other.line};"
                             f" each {row.kind} row of table {table!r} needs its own number")
                continue
        kind = kinds[row.kind]
        fields = row_fields(row, kind, row.country)
        for slot in ("title", "lead", "item"):
            variants = [t for t in getattr(templates, slot)
                        if (not t.statuses or row.status in t.statuses)
                        and (not t.kinds or row.kind in t.kinds) and not t.latest]
            if not any(t.fields <= fields for t in variants):
                missing = sorted({f for t in variants for f in t.fields - fields})
                reader.error(path, node.line, f"no '{slot}' of table {table!r} fits row "
                             f"{row.id!r}: the wordings for it need "
                             f"{', '.join('{' + m + '}' for m in missing) or 'a variant'}; give "
                             "the row those fields or add a wording without them")
                break
        else:
            rows.append(row)
    ids = {row.id for row in rows}
    for row in rows:
        if row.previous and row.previous not in ids:
            reader.error(path, row.line, f"row {row.id!r} has previous: {row.previous!r}, but "
                         f"table {table!r} has no such row; give the id of the row it took "
                         "over from")
    return tuple(rows)


def _row(reader: _Reader, path: Path, node: LineDict, table: str, kinds: dict[str, TableKind],
         statuses: tuple[str, ...], places: dict[str, Place]) -> Row | None:
    """One row; its fields are typed and checked so a wrong number or date shows at its line."""
    before = len(reader.problems)
    ident = reader.ident(path, node, f"a row of table {table!r}")
    what = f"row {ident!r}" if ident else f"a row of table {table!r}"
    ordinal = node.get("ordinal")
    if ordinal is not None and (not isinstance(ordinal, int) or isinstance(ordinal, bool)
                                or ordinal < 1):
        reader.error(path, _line(node, "ordinal"), f"'ordinal' of {what} must be a whole number "
                     "from 1, e.g. ordinal: 2 for the 2nd")
    kind = node.get("kind", next(iter(kinds)) if len(kinds) == 1 else None)
    if kind not in kinds:
        reader.error(path, _line(node, "kind") or node.line, f"'kind' of {what} must be one of "
                     f"{', '.join(kinds)}")
    status = node.get("status")
    if statuses and status not in statuses:
        reader.error(path, _line(node, "status") or node.line, f"'status' of {what} must be one "
                     f"of {', '.join(statuses)}")
    elif not statuses and status is not None:
        reader.error(path, _line(node, "status"), f"{what} has a status, but table {table!r} "
                     "lists no 'statuses'")
    name = _texts(reader, path, node, "name", what)
    names = _strings(reader, path, node, "names", what)
    cities = _cities(reader, path, node, what, places)
    reported_in = _cities(reader, path, node, what, places, "also_reported_in")
    country = node.get("country")
    if country is not None and not (isinstance(country, str) and COUNTRY_CODE.match(country)):
        reader.error(path, _line(node, "country"), f"'country' of {what} must be a two-letter "
                     "ISO 3166 code in capitals, e.g. PK")
    chair_country = node.get("chair_country")
    if chair_country is not None and not (isinstance(chair_country, str)
                                          and COUNTRY_CODE.match(chair_country)):
        reader.error(path, _line(node, "chair_country"), f"'chair_country' of {what} must be a "
                     "two-letter ISO 3166 code in capitals, e.g. TR")
    elif chair_country is not None and "chair" not in node:
        reader.error(path, _line(node, "chair_country"), f"{what} has a 'chair_country' but no "
                     "'chair' saying who chairs it")
    members = _strings(reader, path, node, "members", what)
    if not all(COUNTRY_CODE.match(code) for code in members):
        reader.error(path, _line(node, "members"), f"'members' of {what} must be a list of "
                     "two-letter ISO 3166 codes in capitals, e.g. [MA, SA, JO]")
    city_country = next((places[c].country for c in cities if c in places and places[c].country),
                        None)
    if country and city_country and country != city_country:
        reader.error(path, _line(node, "country"), f"{what} is in {quote(cities[0])}, which "
                     f"knowledge/places says is in {city_country}, but has country: {country}; "
                     "remove 'country' or fix the place")
    start = _partial_date(reader, path, node, "start", what)
    end = _partial_date(reader, path, node, "end", what)
    if end and not start:
        reader.error(path, _line(node, "end"), f"{what} has an 'end' but no 'start'")
    if start and end and start.first() > end.last():
        reader.error(path, _line(node, "end"), f"{what} ends ({_show(end)}) before it starts "
                     f"({_show(start)}); check the dates")
    texts = {key: _texts(reader, path, node, key, what) for key in ("chair", "holder", "theme")}
    bilingual = {key: reader.bilingual(path, node, key, what) if key in node else None
                 for key in ("outcome", "elected", "note")}
    elected_at = node.get("elected_at")
    if elected_at is not None and not isinstance(elected_at, str):
        reader.error(path, _line(node, "elected_at"), f"'elected_at' of {what} must be a row id")
    elif elected_at is not None and "elected" not in node:
        reader.error(path, _line(node, "elected_at"), f"{what} has an 'elected_at' but no "
                     "'elected' saying how it was elected")
    previous = node.get("previous")
    if previous is not None and not isinstance(previous, str):
        reader.error(path, _line(node, "previous"), f"'previous' of {what} must be a row id")
    entry = node.get("entry")
    if entry is not None and not isinstance(entry, str):
        reader.error(path, _line(node, "entry"), f"'entry' of {what} must be an entry id")
    headed_by = node.get("headed_by")
    if headed_by is not None and not isinstance(headed_by, str):
        reader.error(path, _line(node, "headed_by"), f"'headed_by' of {what} must be a table id")
    sources = reader.sources(path, node.get("sources"), what)
    if not sources:
        reader.error(path, _line(node, "sources") or node.line, f"{what} states facts but has no "
                     "usable source; add at least one source with a title and a url")
    as_of = reader.date(path, node, "as_of", what)
    checked = reader.date(path, node, "checked", what)
    if status in CHANGING_STATUSES and not (as_of and checked):
        reader.error(path, _line(node, "status"), f"{what} is {status}, which can change: give "
                     "'as_of' (the newest source's date) and 'checked' (when you last looked)")
    if checked and not as_of:
        reader.error(path, _line(node, "checked"), f"{what} has 'checked' but no 'as_of'")
    if checked and as_of and checked < as_of:
        reader.error(path, _line(node, "checked"), f"'checked' of {what} is before its 'as_of'")
    _unknown_keys(reader, path, node, ROW_KEYS, what)
    if len(reader.problems) > before or not ident:
        return None

    def mapping(value: dict[str, str] | None) -> Mapping[str, str] | None:
        return MappingProxyType(value) if value else None

    return Row(
        id=ident, table=table, kind=str(kind), sources=sources, path=path, line=node.line,
        ordinal=ordinal, status=status, name=mapping(name), names=names, cities=cities,
        reported_in=reported_in, country=country or city_country, start=start, end=end,
        chair=mapping(texts["chair"]), chair_country=chair_country, members=members,
        holder=mapping(texts["holder"]),
        theme=mapping(texts["theme"]), outcome=mapping(bilingual["outcome"]),
        elected=mapping(bilingual["elected"]), elected_at=elected_at,
        note=mapping(bilingual["note"]),
        previous=previous, entry=entry, headed_by=headed_by, as_of=as_of, checked=checked)


def _cities(reader: _Reader, path: Path, node: LineDict, what: str, places: dict[str, Place],
            key: str = "city") -> tuple[str, ...]:
    value = node.get(key)
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    unknown = [v for v in values if v not in places]
    if unknown and not all(isinstance(v, str) and reader.excused(v) for v in unknown):
        reader.error(path, _line(node, key), f"{key!r} of {what} names {quote(unknown[0])}, "
                     "which is not a place in any 'places' list; add it there (id, name, "
                     "country) or use a known id")
        return ()
    return tuple(values)  # those not in places are in a file that failed: the load fails


def _show(value: PartialDate) -> str:
    return "-".join(f"{part:02d}" for part in (value.year, value.month, value.day) if part)
