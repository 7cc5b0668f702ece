"""Members by region: "anggota OKI di Afrika" lists the members there, from the content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.loader import load_content
from bot.engine import Engine
from bot.engine.focus import split_lead
from tests.conftest import copy_of_shipped_content


def listed(answer: str) -> set[str]:
    """The country names a region's answer lists (its bullet lines, without years)."""
    names: set[str] = set()
    for line in answer.splitlines():
        if line.startswith("• "):
            items = line[2:].split(": ", 1)[-1]
            names.update(re.sub(r" \(\d{4}\)$", "", n) for n in items.split(", "))
    return names


def test_every_region_answers_with_exactly_its_members(engine: Engine) -> None:
    """Generated over the regions in the content: each is asked for by its name in both
    languages and answers with the members whose region is it or lies within it, counted in
    its first line (a region with an entry of its own is answered by that entry; one named
    like a country, "Afrika Tengah", is read as the country, the Central African Republic)."""
    kb = engine.kb
    aliases = {a.lower() for c in kb.countries.values() for a in c.aliases}
    asked = 0
    for region in kb.regions.values():
        codes = {c.code for c in kb.countries.values() if c.status == "member" and c.region
                 and (region.id in (c.region, kb.regions[c.region].within)
                      or c.region in region.parts)}
        if not codes:
            continue
        for lang, question in (("id", f"negara anggota OKI di {region.name['id']}"),
                               ("en", f"which OIC members are in {region.name['en']}?")):
            reply = engine.ask(question)
            if region.name[lang].lower() in aliases:
                assert reply.kind == "membership", (question, reply.reason)
                continue
            if region.entry:
                assert reply.entry == region.entry, (question, reply.reason)
                continue
            assert (reply.kind, reply.intent) == ("answer", "member_list"), (question,
                                                                            reply.reason)
            assert listed(reply.answer) == {engine.countries.name(c).name[lang]
                                            for c in codes}, question
            assert reply.answer.startswith(f"{len(codes)} "), question
            assert any("unstats.un.org" in s.url for s in reply.sources)
            asked += 1
    assert asked >= 20  # (the shipped content: four continents and their parts)


@pytest.mark.parametrize(("question", "named", "left_out"), [
    ("anggota oki dari afrika", "Nigeria", "Indonesia"),
    ("sebutin negara oki yg di amerika selatan dong", "Suriname", "Albania"),
    ("Which European country is a member of the OIC?", "Albania", "Türkiye"),
    ("which west african countries r in the oic", "Senegal", "Egypt"),
    ("sebutkan negara anggota oki di afrika utara", "Mesir", "Nigeria"),
    ("OIC members Central Asia", "Kazakhstan", "Pakistan"),
    ("Name the OIC members in South America.", "Guyana", "Albania"),  # ("name": a list)
    # a grouping of parts: M49's Sub-Saharan Africa (it counted all of Africa's)
    ("sub-saharan african members of the oic", "Nigeria", "Egypt"),
    ("negara anggota OKI di Afrika Sub-Sahara", "Chad", "Mesir"),
    # where, said first, is read with the question (it got the count of all 57)
    ("In Africa, how many countries are OIC members?", "Nigeria", "Indonesia"),
    # where they come from, on which continent (unexplained, they got the four continents)
    ("Berapa jumlah negara anggota OKI yang berasal dari benua Afrika?", "Nigeria", "Indonesia"),
    ("how many oic members come from africa", "Nigeria", "Indonesia"),
    ("how many oic members are on the african continent", "Nigeria", "Indonesia"),
    # ... or where they lie (red team 277)
    ("berapa negara anggota OKI yang berada di Afrika", "Nigeria", "Indonesia"),
    ("How many OIC members are located in Asia?", "Indonesia", "Nigeria"),
])
def test_members_by_region_are_listed_however_asked(engine: Engine, question: str, named: str,
                                                    left_out: str) -> None:
    """These got the entry saying the members lie on four continents, or "not sure"."""
    reply = engine.ask(question)
    assert reply.intent == "member_list", reply.reason
    assert named in listed(reply.answer) and left_out not in listed(reply.answer)


def test_a_short_list_gives_the_year_each_joined(engine: Engine) -> None:
    """A region's short list gives the year each joined; a continent's 27 are names only, so
    a phone shows the first part of the list, not only the count. (Which joined last is
    named: "the last to join was Guyana (1998)".)"""
    americas = engine.ask("which OIC members are in the Americas?")
    assert "Guyana (1998)" in americas.answer and "Suriname (1996)" in americas.answer
    last = engine.ask("Which was the last country to join the OIC from the Americas?")
    assert "the last to join was Guyana (1998)" in last.answer
    africa = engine.ask("which OIC members are in Africa?")
    assert africa.answer.startswith("27 of the OIC's 57 members lie in Africa")
    assert "(1969)" not in africa.answer
    assert "Senegal" in split_lead(africa.answer)[0]


@pytest.mark.parametrize(("question", "intent"), [
    ("negara anggota OKI di Asia Tenggara", "asean_members"),  # the region's own entry
    ("apakah nigeria anggota oki", "membership"),  # a country named: its standing
    # a filter no list of ours applies: all 27 African members, or the 7 that joined in 1974,
    # were listed as if Christian-majority; the entry names the eight
    ("Which OIC members in Africa are Christian-majority?", "christian_majority_members"),
    ("Negara anggota OKI di Afrika yang mayoritas Kristen apa saja?",
     "christian_majority_members"),
    ("Which members that joined in 1974 are Christian-majority?", "christian_majority_members"),
    # ... nor the founders: all 27 African members today were listed as if founders
    ("How many founding members of the OIC were African countries?", None),
])
def test_a_region_list_gives_way(engine: Engine, question: str, intent: str | None) -> None:
    reply = engine.ask(question)
    assert reply.intent == intent, reply.reason


def test_a_member_an_operator_adds_is_listed_in_its_region(engine: Engine,
                                                           tmp_path: Path) -> None:
    """No example names a region: a member written with its region is in that region's
    answer, and counted."""
    root = copy_of_shipped_content(tmp_path / "copy")
    countries = root / "knowledge" / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    added = text.replace("countries:\n", "countries:\n  - code: MW\n    status: member\n"
                         "    since: 2030\n    region: eastern_africa\n", 1)
    countries.write_text(added, encoding="utf-8")
    after = Engine(load_content(root), previous=engine)
    reply = after.ask("negara anggota OKI di Afrika Timur")
    assert "Malawi (2030)" in reply.answer
    assert reply.answer.startswith("6 dari 58 anggota OKI ada di Afrika Timur")


@pytest.mark.parametrize(("question", "named", "left_out"), [
    # the year's joiners of the region named, first (it was not sure: "asia tengah" was
    # unexplained by the year's list)
    ("Negara Asia Tengah yang bergabung ke OKI tahun 1992 adalah ....",
     {"Kirgizstan", "Tajikistan", "Turkmenistan"}, {"Albania", "Azerbaijan"}),
    ("which european country joined the oic in 1992", {"Albania"}, {"Azerbaijan"}),
])
def test_the_members_of_a_region_that_joined_in_a_year_are_named_first(
        engine: Engine, question: str, named: set[str], left_out: set[str]) -> None:
    reply = engine.ask(question)
    shown = split_lead(reply.answer)[0]
    assert reply.intent == "member_list", reply.reason
    assert all(n in shown for n in named) and not any(n in shown for n in left_out), shown


def test_a_region_none_of_whose_members_joined_that_year_is_said_to_have_none(
        engine: Engine) -> None:
    reply = engine.ask("negara amerika selatan yang gabung oki tahun 1974")
    assert split_lead(reply.answer)[0].startswith("Tidak ada yang terletak di Amerika Selatan")
    assert "Uganda" in reply.answer  # (the year's list follows)
