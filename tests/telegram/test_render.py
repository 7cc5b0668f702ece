"""Rendering: escaped HTML that Telegram accepts, split under 4096 characters."""

from __future__ import annotations

from bot.content.model import Source
from bot.engine import Engine, Link, Reply
from bot.telegram.render import render, split_html
from tests.telegram.telegram_html import telegram_rejects, visible_text


def test_every_shipped_answer_renders_to_valid_html_under_the_limit(engine: Engine) -> None:
    for entry in engine.kb.entries.values():
        for lang in ("id", "en"):
            for short in (False, True):
                rendered = render(engine.entry_reply(entry.id, lang), bot_username="b",
                                  short=short)
                for chunk in rendered.chunks:
                    assert telegram_rejects(chunk) is None, (entry.id, lang)
                    assert len(visible_text(chunk)) <= 4096


def test_user_and_content_text_is_escaped() -> None:
    reply = Reply(question="<b>x</b>", kind="answer", lang="en", intent="x", confidence=1.0,
                  answer="1 < 2 & <script>alert(1)</script>", title="A <i>title</i>",
                  sources=(Source('Q&A "page"', 'https://example.org/?a=1&b="2"'),),
                  entry="x", related=(Link("y", "<u>y</u>"),))
    rendered = render(reply, bot_username="oic_bot")
    [text] = rendered.chunks
    assert telegram_rejects(text) is None
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<b>A &lt;i&gt;title&lt;/i&gt;</b>" in text  # valid markup in a title is still text
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in text
    assert rendered.keyboard is not None


def test_long_text_is_split_at_paragraphs_into_valid_parts() -> None:
    paragraphs = [f"<b>Part {n}</b>\n" + ("kata " * 300).strip() for n in range(8)]
    chunks = split_html("\n\n".join(paragraphs))
    assert len(chunks) > 1
    assert all(len(c) <= 4096 and telegram_rejects(c) is None for c in chunks)
    assert all(c.startswith("<b>Part") for c in chunks)
    assert "".join(chunks).count("kata") == 8 * 300


def test_a_single_huge_line_is_cut_at_spaces() -> None:
    chunks = split_html(("abc " * 3000).strip())
    assert len(chunks) == 3 and all(len(c) <= 4096 for c in chunks)


def test_a_changing_fact_says_how_recent_its_newest_source_is() -> None:
    from datetime import date

    reply = Reply(question="q", kind="answer", lang="en", intent="x", confidence=1.0,
                  answer="Taha is the Secretary-General.", entry="x",
                  sources=(Source("OIC", "https://www.oic-oci.org/"),),
                  as_of=date(2025, 6, 22), checked=date(2026, 11, 30))
    [text] = render(reply).chunks
    assert ("As of 22 June 2025 (the newest source's date; checked 30 November 2026)."
            in visible_text(text))
    indonesian = Reply(question="q", kind="answer", lang="id", intent="x", confidence=1.0,
                       answer="Taha adalah Sekjen.", entry="x", as_of=date(2025, 6, 22))
    assert "Data per 22 Juni 2025 (tanggal sumber terbaru)." in render(indonesian).chunks[0]
