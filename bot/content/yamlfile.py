"""Safe YAML loading that remembers line numbers, so errors can point at the right line.

Only PyYAML's safe constructor is used (the C-accelerated one where available): no tag can
create Python objects. Mappings come back as :class:`LineDict`, which knows the line of the
mapping itself and of each of its keys.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

_BaseLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict[Any, Any]):
    """A dict that also carries the 1-based line of itself and of each key."""

    line: int
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A list that also carries the 1-based line of each item."""

    item_lines: list[int]


class _LineLoader(_BaseLoader):  # type: ignore[misc]
    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]]


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
                f"the key {key!r} appears twice in the same block (first on line "
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
            None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
        ) from exc


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class YamlFileError(Exception):
    """The file is not valid YAML; ``line`` says where the parser gave up."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


def load_yaml(path: Path) -> Any:
    """Parse one YAML file safely, turning parser errors into a line and a plain message."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlFileError(
            f"the file is not UTF-8 text ({exc.reason}); save it as UTF-8", None
        ) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        hint = _hint(problem)
        return_message = f"this is not valid YAML: {problem}" + (f" ({hint})" if hint else "")
        raise YamlFileError(return_message, line) from exc
    except yaml.YAMLError as exc:
        raise YamlFileError(f"this is not valid YAML: {exc}", None) from exc


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
