"""Operators' mistakes give a message naming the file, the line and what to do."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import ContentError
from bot.content.loader import load_content
from tests.conftest import ENTRY_HEAD

Writer = Callable[..., Path]

def headquarters_entry(rest: str) -> dict[str, str]:
    """A knowledge file whose one entry starts like the shipped headquarters entry (line 5)."""
    return {"main.yaml": ENTRY_HEAD + textwrap.indent(textwrap.dedent(rest), "    ")}


def problems_for(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def test_minimal_content_loads(write_content: Writer) -> None:
    kb = load_content(write_content())
    assert kb.entries["headquarters"].answer["en"] == "The OIC is based in Jeddah."
    assert kb.intents["headquarters"].examples["id"] == ("dimana markas oki", "kantor pusat oki")


def test_comments_are_welcome(write_content: Writer) -> None:
    root = write_content(intents={"main.yaml": """\
        # what people ask about the headquarters
        intents:
          - id: headquarters   # same id as the entry
            answers: headquarters
            examples:
              id: [dimana markas oki]  # short
              en: [where is the oic hq]
        """})
    assert "headquarters" in load_content(root).intents


def test_duplicate_id_names_both_places(write_content: Writer) -> None:
    root = write_content(knowledge={"more.yaml": """\
        entries:
          - id: headquarters
            topic: identity
            title: {id: a, en: b}
            answer: {id: a, en: b}
            sources: [{title: t, url: "https://example.org"}]
        """})
    [message] = problems_for(root)
    assert "more.yaml:2:" in message
    assert "'headquarters' is already used at" in message
    assert "main.yaml:5" in message


def test_missing_language_is_named(write_content: Writer) -> None:
    root = write_content(knowledge=headquarters_entry("""\
        answer:
          id: Markas OKI ada di Jeddah.
        sources:
          - title: OIC
            url: https://www.oic-oci.org/
    """))
    [message] = problems_for(root)
    assert "main.yaml:9:" in message
    assert "missing its English (en) text" in message


def test_fact_without_source_is_an_error(write_content: Writer) -> None:
    root = write_content(knowledge=headquarters_entry("""\
        answer: {id: Markas OKI ada di Jeddah., en: The OIC is based in Jeddah.}
    """))
    [message] = problems_for(root)
    assert "main.yaml:5:" in message
    assert "no usable source" in message


def test_source_without_url_is_an_error(write_content: Writer) -> None:
    root = write_content(knowledge=headquarters_entry("""\
        answer: {id: Markas OKI ada di Jeddah., en: The OIC is based in Jeddah.}
        sources:
          - title: OIC
    """))
    messages = problems_for(root)
    assert any("main.yaml:10:" in m and "has no 'url'" in m for m in messages)


def test_unknown_reference_is_an_error(write_content: Writer) -> None:
    root = write_content(intents={"main.yaml": """\
        intents:
          - id: headquarters
            answers: headquaters
            examples:
              id: [dimana markas oki]
              en: [where is the oic hq]
        """})
    messages = problems_for(root)
    assert any("main.yaml:2:" in m and "answers 'headquaters'" in m for m in messages)


def test_malformed_yaml_points_at_the_line(write_content: Writer) -> None:
    root = write_content(intents={"broken.yaml": """\
        intents:
          - id: founding
            answers: headquarters
            examples:
              id: [kapan oki didirikan
              en: [when was the oic founded]
        """})
    [message] = problems_for(root)
    # The list opened on line 5 is found unclosed on line 6: the operator is sent there.
    assert "broken.yaml:6: error: this is not valid YAML" in message
    assert "']'" in message  # what the parser missed, in its own words


def test_python_tags_are_refused(write_content: Writer) -> None:
    root = write_content(intents={"evil.yaml": "intents: !!python/object/apply:os.system [ls]\n"})
    [message] = problems_for(root)
    assert "evil.yaml:1:" in message
    assert "not allowed" in message


def test_unknown_field_is_named(write_content: Writer) -> None:
    root = write_content(intents={"main.yaml": """\
        intents:
          - id: headquarters
            answer: headquarters
            examples:
              id: [dimana markas oki]
              en: [where is the oic hq]
        """})
    messages = problems_for(root)
    assert any("unknown field 'answer'" in m and "main.yaml:3:" in m for m in messages)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("said_of_oic_asks", "maybe", "'said_of_oic_asks' of courtesy 'praise' must be true or false"),
    ("answer_in", "fr", "'answer_in' of courtesy 'praise' must be one of id, en, not 'fr'"),
    ("alone", "in english", "'alone' of courtesy 'praise' must be a list of words or phrases"),
])
def test_a_courtesy_field_of_the_wrong_kind_is_reported_with_its_line(
        write_content: Writer, field: str, value: str, message: str) -> None:
    root = write_content(intents={"lexicon.yaml": f"""\
        lexicon:
          courtesies:
            praise:
              reply: headquarters
              {field}: {value}
              phrases: [berguna]
        """})
    messages = problems_for(root)
    assert any(message in m and "lexicon.yaml:5:" in m for m in messages), messages


def test_another_meaning_of_our_letters_must_say_true_or_false(write_content: Writer) -> None:
    root = write_content(intents={"lexicon.yaml": """\
        lexicon:
          organisations:
            - id: officer_in_charge
              name: {id: Officer in Charge, en: an Officer in Charge}
              names: [officer in charge]
              same_letters: often
        """})
    messages = problems_for(root)
    assert any("'same_letters' of organisation 'officer_in_charge' must be true or false" in m
               and "lexicon.yaml:6:" in m for m in messages), messages


def test_every_problem_is_listed_at_once(write_content: Writer) -> None:
    root = write_content(
        intents={"a.yaml": "intents:\n  - id: x\n", "b.yaml": "intents: [\n"},
        knowledge={"c.yaml": "entries:\n  - id: Bad Id\n"},
    )
    messages = problems_for(root)
    assert {Path(m.split(":")[0]).name for m in messages} >= {"a.yaml", "b.yaml", "c.yaml"}


def test_the_oics_organs_must_be_a_list(write_content: Writer) -> None:
    root = write_content(intents={"lexicon.yaml": """\
        lexicon:
          our_organs: ktt islam
        """})
    messages = problems_for(root)
    assert any("'our_organs'" in m and "lexicon.yaml:2:" in m for m in messages), messages


def test_the_organs_asked_about_apart_must_be_a_list(write_content: Writer) -> None:
    root = write_content(intents={"lexicon.yaml": """\
        lexicon:
          our_organs: [cfm]
          organs_apart: cfm
        """})
    messages = problems_for(root)
    assert any("'organs_apart'" in m and "lexicon.yaml:3:" in m for m in messages), messages


def test_a_countrys_entry_must_be_a_knowledge_entry(write_content: Writer) -> None:
    """``entry`` names the entry about a country's standing; a wrong id is caught where the
    country is written, and a right one loads."""
    countries = """\
        countries:
          - code: RU
            status: observer
            since: 2005
            entry: {entry}
            sources:
              - title: OIC observers
                url: https://example.org/observers
        """
    [message] = problems_for(write_content(
        knowledge={"countries.yaml": countries.format(entry="headquaters")}))
    assert "countries.yaml:2:" in message
    assert "country RU has entry: 'headquaters', which is no fact entry" in message
    kb = load_content(write_content(
        knowledge={"countries.yaml": countries.format(entry="headquarters")}))
    assert kb.countries["RU"].entry == "headquarters"


def test_a_roles_entry_must_be_a_knowledge_entry(write_content: Writer) -> None:
    """``entry`` under a role names the entry telling that role at length; a wrong id is
    caught, naming the country and its line, and a right one loads."""
    countries = """        countries:
          - code: PK
            status: member
            since: 1969
            sources:
              - title: OIC members
                url: https://example.org/members
            role:
              answer: {{id: Pakistan memimpin COMSTECH., en: Pakistan chairs COMSTECH.}}
              sources:
                - title: COMSTECH
                  url: https://example.org/comstech
              entry: {entry}
        """
    [message] = problems_for(write_content(
        knowledge={"countries.yaml": countries.format(entry="headquaters")}))
    assert "countries.yaml:2:" in message
    assert "the role of country PK has entry: 'headquaters', which is no fact entry" in message
    kb = load_content(write_content(
        knowledge={"countries.yaml": countries.format(entry="headquarters")}))
    role = kb.countries["PK"].role
    assert role is not None and role.entry == "headquarters"


REGIONS = textwrap.dedent("""\
    region_sources:
      - title: UN Statistics Division, M49
        url: https://unstats.un.org/unsd/methodology/m49/
    regions:
      - id: africa
        name: {id: Afrika, en: Africa}
      - id: western_africa
        within: africa
        name: {id: Afrika Barat, en: Western Africa}
        aliases: [west africa]
    """)


def members(**regions: str) -> str:
    """A countries file with one member per code, each with the region given ("" for none)."""
    lines = ["countries:"]
    for code, region in regions.items():
        lines += [f"  - code: {code}", "    status: member", "    since: 1969",
                  *([f"    region: {region}"] if region else []),
                  "    sources:", "      - {title: OIC members, url: https://example.org/m}"]
    return "\n".join(lines) + "\n"


def test_a_member_without_a_region_is_named_with_its_line(write_content: Writer) -> None:
    """A member added without ``region`` would be missing from its continent's list without
    a word: the check names the country and its line, and says what to write."""
    [message] = problems_for(write_content(knowledge={
        "regions.yaml": REGIONS, "countries.yaml": members(SN="western_africa", NG="")}))
    assert "countries.yaml:8:" in message
    assert "country NG is a member: give its 'region'" in message


def test_a_region_that_is_not_there_is_named(write_content: Writer) -> None:
    """A misspelt region, a part within no continent and an entry that does not exist are
    each reported where they are written; right ones load."""
    wrong = REGIONS.replace("within: africa", "within: afrika") + \
        "  - id: sahel\n    name: {id: Sahel, en: Sahel}\n    entry: sahel_members\n" + \
        "  - id: sub_saharan_africa\n    within: africa\n    parts: [westren_africa]\n" + \
        "    name: {id: Afrika Sub-Sahara, en: Sub-Saharan Africa}\n"
    messages = problems_for(write_content(knowledge={
        "regions.yaml": wrong, "countries.yaml": members(SN="westren_africa")}))
    assert any("countries.yaml:2:" in m and "'region' of country SN is 'westren_africa', "
               "which no region has as its id" in m for m in messages), messages
    assert any("regions.yaml:7:" in m and "'within' of region 'western_africa' must be a "
               "continent's id" in m for m in messages), messages
    assert any("regions.yaml:11:" in m and "'sahel_members', which no knowledge entry" in m
               for m in messages), messages
    assert any("regions.yaml:14:" in m and "'parts' of region 'sub_saharan_africa' names "
               "'westren_africa', which is no other part of the same continent" in m
               for m in messages), messages
    kb = load_content(write_content(knowledge={
        "regions.yaml": REGIONS, "countries.yaml": members(SN="western_africa")}))
    assert kb.countries["SN"].region == "western_africa"
    assert kb.regions["western_africa"].within == "africa"


def test_regions_need_a_source(write_content: Writer) -> None:
    """Where the members lie is a fact like any other: the regions cite where it is from."""
    unsourced = REGIONS.split("regions:\n", 1)[1]
    [message] = problems_for(write_content(knowledge={
        "regions.yaml": "regions:\n" + unsourced, "countries.yaml": members(SN="africa")}))
    assert "regions.yaml:2:" in message and "the regions have no source" in message


def test_a_country_s_name_of_the_wrong_shape_is_named_with_its_line(
        write_content: Writer) -> None:
    """``name`` is one text, or an ``id`` and an ``en`` one: a list is reported, not shown."""
    countries = members(SN="western_africa").replace(
        "    status: member", "    name: [Senegal, Sénégal]\n    status: member")
    messages = problems_for(write_content(knowledge={"regions.yaml": REGIONS,
                                                     "countries.yaml": countries}))
    assert any("countries.yaml:3:" in m and "country SN" in m and "'name'" in m
               for m in messages), messages
