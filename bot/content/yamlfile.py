"""Safe YAML loading that remembers line numbers, so errors can point at the right line.

Only PyYAML's safe constructor is used (the C-accelerated one where available): no tag can
create Python objects. Mappings come back as :class:`LineDict`, which knows the line of the
mapping itself and of each of its keys.

A content file is refused, with its line, before it can cost memory or time: more than
MAX_FILE_BYTES, aliases (``*name``) that would expand to more than ALIAS_BUDGET further values
(a "billion laughs" of a few hundred bytes), an alias inside what it names, or blocks nested
deeper than MAX_DEPTH. An error quotes at most a short piece of one line, never expanded data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2_000_000  # the largest shipped file is 0.1 MB
ALIAS_BUDGET = 10_000  # values that aliases may add to a file beyond those written in it
MAX_DEPTH = 50  # the shipped content nests 10 deep
QUOTE_CHARS = 60  # the most of a value an error message repeats


class LineDict(dict[Any, Any]):
    """A dict that also carries the 1-based line of itself and of each key."""

    line: int
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A list that also carries the 1-based line of each item."""

    item_lines: list[int]


def quote(value: object, limit: int = QUOTE_CHARS) -> str:
    """``repr(value)`` cut to ``limit`` characters: enough to find it, never a flood."""
    if isinstance(value, (list, dict)):
        return "a list" if isinstance(value, list) else "a block of 'key: value' lines"
    shown = repr(value)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"


class YamlFileError(Exception):
    """The file is not valid YAML, or too big to read; ``line`` says where."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def check_expansion(root: yaml.Node) -> None:
    """Refuse a document whose aliases would expand past the budget or into themselves, or
    that nests too deep. Aliases share one node, so this walks each node once: the cost
    follows the text, not what it would expand to."""
    sizes: dict[int, int] = {}  # node -> values it expands to, itself included
    order: list[yaml.Node] = []  # every node once, children before parents
    ancestors: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, finished = stack.pop()
        if finished:
            ancestors.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in _children(node))
            order.append(node)
            continue
        if id(node) in sizes:
            continue  # an alias of something already counted
        line = node.start_mark.line + 1
        if id(node) in ancestors:
            raise YamlFileError("an alias (*name) here stands for a block that contains it; "
                                "write the values out instead", line)
        if depth > MAX_DEPTH:
            raise YamlFileError(f"blocks are nested more than {MAX_DEPTH} deep here; check "
                                "the indentation", line)
        ancestors.add(id(node))
        stack.append((node, depth, True))
        stack += [(child, depth + 1, False) for child in _children(node)
                  if id(child) not in sizes]
    allowed = len(order) + ALIAS_BUDGET
    if sizes[id(root)] > allowed:
        culprit = next(node for node in order if sizes[id(node)] > allowed)
        raise YamlFileError(
            f"the aliases (*name) here would repeat more than {ALIAS_BUDGET:,} values; "
            "content files may repeat a block a few times, not multiply it",
            culprit.start_mark.line + 1)


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]]

    def construct_document(self, node: yaml.Node) -> Any:
        check_expansion(node)  # before anything is built: a bomb never costs memory
        return super().construct_document(node)


# YAML 1.1 reads yes/no/on/off as true/false, so a word list with "no" or "on" in it would
# silently hold a boolean. Only true/false are booleans here, as in YAML 1.2.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"the key {quote(key)} appears twice in the same block (first on line "
                f"{result.key_lines[key]})",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """A date that does not exist (2024-02-30) is a mistake to show with its line, not a crash."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{quote(node.value)} is not a real date ({exc})", node.start_mark
        ) from exc


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def read_text(path: Path) -> str:
    """The file's text, refused unread past MAX_FILE_BYTES (and refused if not UTF-8)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        size = path.stat().st_size
        raise YamlFileError(
            f"the file is {size / 1e6:.1f} MB; a content file may have at most "
            f"{MAX_FILE_BYTES / 1e6:g} MB: split it, or remove what does not belong", None)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise YamlFileError(
            f"the file is not UTF-8 text ({exc.reason}); save it as UTF-8", None
        ) from exc


def load_yaml(path: Path) -> Any:
    """Parse one YAML file safely, turning parser errors into a line and a plain message."""
    text = read_text(path)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:  # the pure-Python parser, on blocks nested too deep
        raise YamlFileError(f"blocks are nested more than {MAX_DEPTH} deep; check the "
                            "indentation", None) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = _one_line(exc.problem or str(exc))
        hint = _hint(problem)
        return_message = f"this is not valid YAML: {problem}" + (f" ({hint})" if hint else "")
        raise YamlFileError(return_message, line) from exc
    except yaml.YAMLError as exc:
        raise YamlFileError(f"this is not valid YAML: {_one_line(str(exc))}", None) from exc


def _one_line(text: str, limit: int = 200) -> str:
    """The parser's words on one line: it may echo the source, and an error repeats no more
    than a short piece of it."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _hint(problem: str) -> str:
    if "could not determine a constructor" in problem:
        return "tags like !!python/... are not allowed; write plain text, lists and mappings"
    if "mapping values are not allowed" in problem:
        return "a text containing ': ' must be put in quotes"
    if "found character '\\t'" in problem:
        return "use spaces, not tabs, for indentation"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return "check the indentation and the '-' in front of list items"
    return ""
