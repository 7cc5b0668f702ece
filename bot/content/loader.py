"""Read intents/ and knowledge/ into a :class:`KnowledgeBase`, or list every problem found.

Messages are written for operators: they name the file and line, say what is wrong and what
to do. Structural problems are collected across all files before giving up, so one run of
``oic-bot validate`` shows everything that needs fixing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.content.model import (
    LANGS,
    Country,
    Courtesy,
    Entry,
    Intent,
    KnowledgeBase,
    Lexicon,
    Navigation,
    Organisation,
    Role,
    Source,
    Topic,
)
from bot.content.problems import ContentError, Problem
from bot.content.yamlfile import LineDict, YamlFileError, load_yaml

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
COUNTRY_STATUSES = ("member", "observer", "not_member")
ENTRY_KINDS = ("fact", "smalltalk", "out_of_scope")

KNOWLEDGE_KEYS = {"entries", "topics", "countries", "default_sources", "navigation"}
NAVIGATION_KEYS = {"starters", "membership_related"}
INTENT_KEYS = {"intents", "lexicon"}
LEXICON_KEYS = {"abbreviations", "synonyms", "organisations", "membership_cues", "fillers",
                "courtesies", "question_words", "question_openers", "role_cues", "our_name",
                "function_words"}


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

    def error(self, path: Path, line: int | None, message: str) -> None:
        self.problems.append(Problem(path, line, message))

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
                f"the id {value!r} must start with a letter and use only a-z, 0-9 and _, "
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
                path, _line(value, extra[0]), f"'{key}' of {what} has unknown language {extra[0]!r}"
                "; use 'id' and 'en'",
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
                    f"the url {url!r} of a source of {what} must start with http:// or https://",
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

    documents: list[tuple[Path, LineDict, set[str]]] = []
    for folder, allowed in ((knowledge_dir, KNOWLEDGE_KEYS), (intents_dir, INTENT_KEYS)):
        for path in _files(folder):
            try:
                data = read(path)
            except YamlFileError as exc:
                reader.error(path, exc.line, str(exc))
                continue
            if data is None:
                continue  # an empty file is allowed (e.g. while drafting)
            if not isinstance(data, LineDict):
                reader.error(path, 1, "the file must be a set of 'key: value' blocks, e.g. "
                             f"{' or '.join(sorted(allowed))}:")
                continue
            for key in data:
                if key not in allowed:
                    reader.error(path, _line(data, key), f"unknown section {key!r}; a file in "
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

    for path, data, _ in documents:
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
    )


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
                         f"'key: value' lines; found {item!r}")
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
                         f"{what} has examples in unknown language {extra[0]!r}; use 'id' and 'en'")
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
    _unknown_keys(reader, path, item, {"code", "status", "since", "aliases", "note", "sources",
                                       "years_differ", "role", "related"}, what)
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
    _unknown_keys(reader, path, node, {"answer", "sources", "as_of", "checked"}, what)
    if answer is None or not sources:
        return None
    return Role(MappingProxyType(answer), sources, as_of, checked)


def _lexicon(reader: _Reader, parts: list[tuple[Path, Any]]) -> Lexicon:
    """Merge the lexicon sections of all files; a section of the wrong shape is an error, never
    silently empty (the bot would lose its synonyms or its guards without a word)."""
    abbreviations: dict[str, str] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    organisations: list[Organisation] = []
    cues: dict[str, tuple[str, ...]] = {}
    fillers: list[str] = []
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
                reader.error(path, _line(abbr, short), f"abbreviation {short!r} needs its full "
                             "text, e.g. brp: berapa")
        syn = _section(reader, path, node, "synonyms", LineDict,
                       "maps a canonical word to a list of its variants")
        for canonical, variants in syn.items():
            if not _words(variants):
                reader.error(path, _line(syn, canonical),
                             f"synonyms of {canonical!r} must be a list of words or phrases")
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
        if raw_fillers and not _words(raw_fillers):
            reader.error(path, _line(node, "fillers"), "'fillers' must be a list of words")
        else:
            fillers.extend(str(f).lower() for f in raw_fillers)
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
        reader.error(our_name[1], our_name[2], f"'our_name' is {name!r}, but no synonyms group "
                     "has that canonical word; it must be the word all the OIC's names become")
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


def _words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _per_language(reader: _Reader, path: Path, node: LineDict, section: str
                  ) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for lang, words in node.items():
        if lang not in LANGS or not _words(words):
            hint = ""
            if isinstance(words, list) and any(isinstance(w, bool) for w in words):
                hint = " (yes, no, on and off are read as true/false: put them in quotes)"
            reader.error(path, _line(node, lang), f"'{section}' takes an 'id' and an 'en' list "
                         f"of words; {lang!r} is not one{hint}")
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
    if not _words(names):
        reader.error(path, org.line, f"organisation {ident!r} needs 'names': a list of the "
                     "names and acronyms people use")
        return None
    acronyms = org.get("indonesian_acronyms", [])
    if acronyms and not _words(acronyms):
        reader.error(path, _line(org, "indonesian_acronyms"), f"'indonesian_acronyms' of "
                     f"organisation {ident!r} must be a list of words")
        acronyms = []
    _unknown_keys(reader, path, org, {"id", "name", "names", "indonesian_acronyms"},
                  f"organisation {ident!r}")
    if not (ident and name):
        return None
    return Organisation(ident, MappingProxyType(name), tuple(names),
                        tuple(a.lower() for a in acronyms))


def _courtesy(reader: _Reader, path: Path, node: LineDict, kind: str, block: Any
              ) -> Courtesy | None:
    what = f"courtesy {kind!r}"
    if not isinstance(block, LineDict) or not _words(block.get("phrases")):
        reader.error(path, _line(node, kind), f"{what} needs 'phrases': a list of words or "
                     "phrases (and optionally 'reply': the small-talk entry answering it alone)")
        return None
    reply = block.get("reply")
    if reply is not None and not isinstance(reply, str):
        reader.error(path, _line(block, "reply"), f"'reply' of {what} must be an entry id")
        reply = None
    _unknown_keys(reader, path, block, {"phrases", "reply"}, what)
    return Courtesy(kind, tuple(p.lower() for p in block["phrases"]), reply, path,
                    _line(node, kind))


def _unknown_keys(reader: _Reader, path: Path, item: LineDict, known: set[str], what: str) -> None:
    for key in item:
        if key not in known:
            reader.error(path, _line(item, key), f"{what} has an unknown field {key!r}; "
                         f"known fields are {', '.join(sorted(known))}")


def _check_references(reader: _Reader, entries: dict[str, Entry], lexicon: Lexicon,
                      navigation: Navigation, navigation_at: tuple[Path, int | None] | None,
                      countries: dict[str, Country]) -> None:
    """Ids the bot offers or answers with must exist: renaming an entry must not silently
    lose a starter button or the reply to "halo"."""
    def missing(ident: str, kind: str = "fact") -> bool:
        entry = entries.get(ident)
        return ident not in reader.broken and (entry is None or entry.kind != kind)

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
                         f"{courtesy.kind!r} replies with {courtesy.reply!r}, which is no "
                         "small-talk entry; use the id of one (e.g. greeting)")
    for country in countries.values():
        for ident in country.related:
            if missing(ident):
                reader.error(country.path, country.line, f"country {country.code} is related "
                             f"to {ident!r}, which is no fact entry")


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
        check(entry.topic in topics, entry.path, entry.line,
              f"entry {entry.id!r} has topic {entry.topic!r}, which is not in any 'topics' list; "
              f"known topics: {', '.join(sorted(topics)) or 'none'}")
        for other in entry.related:
            check(other in entries or other in reader.broken, entry.path, entry.line,
                  f"entry {entry.id!r} is related to {other!r}, but no knowledge entry has that id")
    answered = set()
    for intent in intents.values():
        check(intent.answers in entries or intent.answers in reader.broken, intent.path,
              intent.line,
              f"intent {intent.id!r} answers {intent.answers!r}, but no knowledge entry has "
              "that id")
        answered.add(intent.answers)
    for entry in entries.values():
        check(entry.id in answered, entry.path, entry.line,
              f"no intent answers entry {entry.id!r}; add an intent with 'answers: {entry.id}'"
              " so people can reach it")
