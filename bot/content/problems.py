"""A problem found in a content file, worded for the operator who has to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a look) in one place of one file."""

    path: Path
    line: int | None
    message: str
    severity: Severity = "error"  # "error" stops the content from going live; "warning" does not

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity}: {self.message}"


class ContentError(Exception):
    """The content cannot go live; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content")
        self.problems = problems
