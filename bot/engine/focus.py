"""The line of a long answer that says what was asked, put first.

A phone shows an answer's first lines and folds the rest. An entry's lead answers the question
the entry was written for; a question about one of its details ("India says the OIC lost its
credibility: what prompted that?", answered by the entry on Kashmir in its sixth paragraph)
would find that detail folded away. When a later line says at least two words of the question
that the title and the lead do not, words that few answers use at all ("credibility", not
"host": a question naming a detail, not a list's item that happens to use a word of it), and no
other line says as much, that line leads instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from bot.engine.stem import stems

FOCUS_WORDS = 2  # words of the question a later line must say that the lead does not
RARE_ANSWERS = 4  # a word in at most this many answers names a detail
BULLET = "• "


def said(word: str, forms: frozenset[str]) -> bool:
    """Whether a text whose words (and their stems) are ``forms`` says ``word``."""
    return word in forms or not stems(word).isdisjoint(forms)


def focus_line(lead: frozenset[str], lines: Sequence[frozenset[str]],
               salient: Mapping[str, float], rare: Callable[[str], bool]) -> int | None:
    """The index of the later line (in ``lines``, the answer's lines after the lead) that
    says most of what ``lead`` leaves unsaid, or None when the lead is answer enough or no
    single line stands out. ``rare``: whether few answers use a word."""
    missing = {word: weight for word, weight in salient.items()
               if not said(word, lead) and rare(word)}
    if len(missing) < FOCUS_WORDS:
        return None
    scored = sorted(((sum(weight for word, weight in missing.items() if said(word, line)),
                      sum(said(word, line) for word in missing), index)
                     for index, line in enumerate(lines)), reverse=True)
    if not scored:
        return None
    weight, count, index = scored[0]
    if count < FOCUS_WORDS or (len(scored) > 1 and scored[1][0] == weight):
        return None
    return index


def refocused(answer: str, index: int) -> str:
    """``answer`` with its line ``index + 1`` (a line after the lead) first; nothing dropped.
    The first item of a list under the lead already shows with it: that answer is unchanged."""
    lines = answer.splitlines()
    if index == 0 and lines[1].startswith(BULLET):
        return answer
    chosen = lines.pop(index + 1)
    return "\n".join([chosen.removeprefix(BULLET), *lines])
