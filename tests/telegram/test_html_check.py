"""The linter's HTML check rejects what Telegram rejects, so a broken answer never goes live."""

from __future__ import annotations

import pytest

from bot.telegram.html_check import html_problem, visible_length
from tests.telegram.telegram_html import telegram_rejects


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> and <i>italic <u>nested</u></i>",
        '<a href="https://example.org/?a=1&amp;b=2">link</a>',
        "1 &lt; 2 &amp;&amp; 3 &gt; 2, &quot;quoted&quot;",
        "<blockquote expandable>folded detail</blockquote>",
        "<code>x</code> <pre>y</pre> <s>z</s> <tg-spoiler>w</tg-spoiler>",
        "plain text with no markup at all",
    ],
)
def test_what_telegram_accepts_passes(text: str) -> None:
    assert telegram_rejects(text) is None  # the table itself is right
    assert html_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "<b>unclosed",
        "<b><i>crossed</b></i>",
        "</b>closing only",
        "<script>alert(1)</script>",
        "<div>block</div>",
        "<a>no href</a>",
        "1 < 2",
        "a <",
        "&nbsp; is not allowed",
        "<b>bold</b><",
    ],
)
def test_what_telegram_rejects_is_rejected(text: str) -> None:
    assert telegram_rejects(text) is not None  # the table itself is right
    assert html_problem(text) is not None


def test_visible_length_counts_what_the_reader_sees() -> None:
    assert visible_length("<b>abc</b> &amp; <i>d</i>") == len("abc & d")
