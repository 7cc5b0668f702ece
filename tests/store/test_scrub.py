"""Contact details and identifiers never reach the question log; the question itself does."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.store.scrub import scrub, scrub_then_normalise


@pytest.mark.parametrize(("text", "expected"), [
    ("email saya budi.santoso+oki@mail.example.co.id ya", "email saya <email> ya"),
    ("wa +62 812-3456-7890 atau 0812 3456 7890", "wa <phone> atau <phone>"),
    ("kantor (021) 555 1234", "kantor <phone>"),
    ("NIK 3171234567890001", "NIK <number>"),
    ("see https://example.org/a?b=1 and www.example.com", "see <url> and <url>"),
    ("cek oic-oci.org/page dong", "cek <url> dong"),
    ("tanya @budi_santoso deh", "tanya <user> deh"),
])
def test_personal_details_become_placeholders(text: str, expected: str) -> None:
    assert scrub(text) == expected


@pytest.mark.parametrize("text", [
    "kapan oki didirikan tahun 1969",
    "ktt ke-15 di banjul 2024, 57 negara",
    "piagam oki 1972 dan 2008",
    "siapa sekjen oki sekarang?",
])
def test_ordinary_questions_with_years_and_counts_are_untouched(text: str) -> None:
    assert scrub(text) == text


@example("00000@000")  # a placeholder then "@000" once read as a handle
@given(st.text(alphabet=st.sampled_from("ab @.+-()/:0123456789wx"), max_size=80))
def test_scrubbing_leaves_no_long_number_and_is_stable(text: str) -> None:
    once = scrub(text)
    assert not re.search(r"\d{5,}", once)
    assert scrub(once) == once


def test_placeholders_survive_normalising(engine: Engine) -> None:
    """Normalising alone would turn an address into plain words ('budi s gmail com')."""
    text = scrub_then_normalise("Hubungi Budi.S@gmail.com atau +62 812-3456-7890, kapan OKI "
                                "berdiri?", lambda piece: engine.normalize(piece).text)
    assert text.startswith("hubungi <email> atau <phone>")
    assert "oki" in text and "budi" not in text and "gmail" not in text
