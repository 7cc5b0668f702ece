"""History tables in YAML: a mistake an operator would make is reported with file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import ContentError
from bot.content.checks import run_checks, unrenderable_answers
from bot.content.loader import load_content
from bot.engine import Engine

Writer = Callable[..., Path]

SOURCE = '[{title: t, url: "https://example.org"}]'
ROW_1 = f"""\
      - id: summit_1
        ordinal: 1
        status: held
        city: rabat
        start: 1969-09-22
        end: 1969-09-25
        sources: {SOURCE}
"""
ROW_2 = f"""\
      - id: summit_2
        ordinal: 2
        status: held
        city: lahore
        start: 1974-02-22
        end: 1974-02-24
        sources: {SOURCE}
"""
HEAD = """\
places:
  - {id: rabat, name: Rabat, country: MA}
  - {id: lahore, name: Lahore, country: PK}
tables:
  - id: summits
    name: {id: KTT Islam, en: Islamic Summits}
    words: {id: [ktt], en: [summit]}
    kinds:
      ordinary:
        name: {id: KTT Islam, en: Islamic Summit}
        label: {id: "KTT Islam ke-{n}", en: "{nth} Islamic Summit"}
    statuses: [held, planned]
    templates:
      title: {id: "{label}", en: "{label}"}
      lead:
        - status: planned
          id: "{label} direncanakan di {place}."
          en: "The {label} is planned in {place}."
        - id: "{label} diadakan di {place}, {when}."
          en: "The {label} was held in {place}, {when}."
      item: {id: "{label}: {place}", en: "{label}: {place}"}
    rows:
"""


def table_file(*rows: str, head: str = HEAD) -> dict[str, str]:
    return {"summits.yaml": head + "".join(rows)}


def line_of(text: str, needle: str, after: str = "") -> int:
    """The 1-based line of the first ``needle`` (after the first ``after``) in ``text``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines) if i >= start and needle in line) + 1


def problems_for(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def test_a_table_loads_with_typed_rows(write_content: Writer) -> None:
    kb = load_content(write_content(knowledge=table_file(ROW_1, ROW_2)))
    table = kb.tables["summits"]
    first, second = table.rows
    assert (first.id, first.ordinal, first.cities, first.country) == ("summit_1", 1, ("rabat",),
                                                                     "MA")
    assert (second.start.year, second.start.month, second.start.day) == (1974, 2, 22)
    assert kb.places["lahore"].country == "PK"


def test_content_without_tables_still_loads(write_content: Writer) -> None:
    kb = load_content(write_content())
    assert dict(kb.tables) == {} and dict(kb.places) == {}


def test_duplicate_ordinal_names_both_rows(write_content: Writer) -> None:
    second = ROW_2.replace("ordinal: 2", "ordinal: 1")
    files = table_file(ROW_1, second)
    [message] = problems_for(write_content(knowledge=files))
    text = files["summits.yaml"]
    assert f"summits.yaml:{line_of(text, 'ordinal: 1', after='summit_2')}:" in message
    assert "has ordinal 1, like row 'summit_1'" in message
    assert f"summits.yaml:{line_of(text, 'summit_1')}" in message


def test_end_before_start_is_an_error(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("end: 1969-09-25", "end: 1969-09-20"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'end: 1969-09-20')}:" in message
    assert "ends (1969-09-20) before it starts (1969-09-22)" in message


def test_a_date_that_does_not_exist_is_shown_at_its_line(write_content: Writer) -> None:
    files = table_file(ROW_2.replace("start: 1974-02-22", "start: 1974-02-30"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], '1974-02-30')}:" in message
    assert "not a real date" in message


def test_a_row_without_a_source_is_an_error(write_content: Writer) -> None:
    files = table_file(ROW_1.replace(f"        sources: {SOURCE}\n", ""))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'id: summit_1')}:" in message
    assert "row 'summit_1' states facts but has no usable source" in message


def test_a_row_id_may_not_repeat_an_entry_id(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("id: summit_1", "id: headquarters"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'id: headquarters')}:" in message
    assert "already used by the knowledge entry at" in message and "main.yaml:5" in message


def test_a_country_code_that_is_not_iso_is_caught(write_content: Writer) -> None:
    files = table_file(ROW_1, ROW_2.replace("city: lahore", "country: QQ"))
    engine = Engine(load_content(write_content(knowledge=files)))
    errors = [p for p in run_checks(engine) if p.severity == "error"]
    assert [(p.line, "'QQ' is not an ISO 3166 country code" in p.message) for p in errors] == [
        (line_of(files["summits.yaml"], "id: summit_2"), True)]


def test_a_lower_case_country_code_is_a_format_error(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("city: rabat", "country: ma"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'country: ma')}:" in message
    assert "two-letter ISO 3166 code in capitals" in message


def test_a_chair_country_must_be_a_code_beside_a_chair(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("city: rabat", "city: rabat\n        chair_country: Maroko"),
                       ROW_2.replace("city: lahore", "city: lahore\n        chair_country: PK"))
    problems = problems_for(write_content(knowledge=files))
    text = files["summits.yaml"]
    assert [p.split(": error: ")[0].rsplit(":", 1)[1] for p in problems] == [
        str(line_of(text, "chair_country: Maroko")), str(line_of(text, "chair_country: PK"))]
    assert "'chair_country' of row 'summit_1' must be a two-letter ISO" in problems[0]
    assert "row 'summit_2' has a 'chair_country' but no 'chair'" in problems[1]


def test_members_must_be_country_codes(write_content: Writer) -> None:
    """"Is Malaysia on the Al-Quds Committee?" is answered from a body's members: a name
    where a code belongs is reported at its line, not read as a state no one can match."""
    files = table_file(ROW_1.replace("city: rabat", "city: rabat\n        members: [MA, Mesir]"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'members: [MA, Mesir]')}:" in message
    assert "'members' of row 'summit_1' must be a list of two-letter ISO 3166 codes" in message


def test_elected_at_names_a_meeting_beside_how_it_elected(write_content: Writer) -> None:
    """"KTT tempat Madani dipilih" is asked of the meeting a holder's row names: a meeting no
    table has, or named with no sentence saying how, is reported at the row."""
    files = table_file(ROW_1.replace("city: rabat", "city: rabat\n        elected_at: summit_2"),
                       ROW_2.replace("city: lahore", "city: lahore\n        elected_at: summit_9\n"
                                     "        elected: {id: Dipilih di sana., en: Chosen there.}"))
    problems = problems_for(write_content(knowledge=files))
    text = files["summits.yaml"]
    assert f"summits.yaml:{line_of(text, 'elected_at: summit_2')}:" in problems[0]
    assert "row 'summit_1' has an 'elected_at' but no 'elected'" in problems[0]
    assert "row 'summit_2' has elected_at: 'summit_9', but no meeting" in problems[1]


def test_an_unknown_city_says_where_cities_come_from(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("city: rabat", "city: marrakech"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'city: marrakech')}:" in message
    assert "not a place in any 'places' list" in message


def test_a_city_also_reported_must_be_a_known_place(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("city: rabat", "city: rabat\n        also_reported_in: [fes]"))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'also_reported_in')}:" in message
    assert "'also_reported_in' of" in message and "'fes'" in message
    files = table_file(ROW_1.replace("city: rabat",
                                     "city: rabat\n        also_reported_in: [lahore]"))
    [row] = load_content(write_content(knowledge=files)).tables["summits"].rows
    assert row.cities == ("rabat",) and row.reported_in == ("lahore",)


def test_a_planned_row_needs_as_of_and_checked(write_content: Writer) -> None:
    planned = ROW_2.replace("status: held", "status: planned")
    files = table_file(planned)
    [message] = problems_for(write_content(knowledge=files))
    line = line_of(files["summits.yaml"], "status: planned", after="summit_2")
    assert f"summits.yaml:{line}:" in message
    assert "'as_of'" in message and "'checked'" in message


def test_a_row_no_wording_fits_names_the_missing_fields(write_content: Writer) -> None:
    files = table_file(ROW_1.replace("        city: rabat\n", ""))
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'id: summit_1')}:" in message
    assert "no 'lead' of table 'summits' fits row 'summit_1'" in message and "{place}" in message


def test_an_unknown_placeholder_is_an_error(write_content: Writer) -> None:
    head = HEAD.replace('item: {id: "{label}: {place}"', 'item: {id: "{label}: {venue}"')
    files = table_file(ROW_1, head=head)
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], '{venue}')}:" in message
    assert "uses {venue}, which no row can fill" in message


def test_previous_must_be_a_row_of_the_table(write_content: Writer) -> None:
    files = table_file(ROW_1 + "        previous: summit_0\n")
    [message] = problems_for(write_content(knowledge=files))
    assert "row 'summit_1' has previous: 'summit_0', but table 'summits' has no such row" in message


def test_a_rows_entry_must_be_a_knowledge_entry(write_content: Writer) -> None:
    """``entry`` links a row to the entry about the same thing; a wrong id is caught where it
    is written, and a right one loads."""
    files = table_file(ROW_1 + "        entry: headquaters\n")
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'id: summit_1')}:" in message
    assert "row 'summit_1' has entry: 'headquaters', but no knowledge entry has that id" in message
    right = table_file(ROW_1 + "        entry: headquarters\n")
    [row] = load_content(write_content(knowledge=right)).tables["summits"].rows
    assert row.entry == "headquarters"


def test_headed_by_must_be_a_table_with_one_current_row(write_content: Writer) -> None:
    """``headed_by`` names the table whose current row heads a row (the Secretaries-General,
    for the General Secretariat); a table with no current row is caught where it is written,
    as is a misspelt id."""
    for table in ("summits", "secretaries_generals"):
        files = table_file(ROW_1 + f"        headed_by: {table}\n")
        [message] = problems_for(write_content(knowledge=files))
        assert f"summits.yaml:{line_of(files['summits.yaml'], 'id: summit_1')}:" in message
        assert f"row 'summit_1' has headed_by: {table!r}, but no table with that id has one " \
               "current row" in message


def test_a_tables_current_entry_must_be_a_knowledge_entry(write_content: Writer) -> None:
    """``current_entry`` names the entry about whichever row is current; a wrong id, or a
    table without a current status, is caught where it is written."""
    files = table_file(ROW_1)
    wrong = files["summits.yaml"].replace("    statuses:", "    current_entry: headquaters\n"
                                          "    statuses:")
    problems = problems_for(write_content(knowledge={"summits.yaml": wrong}))
    assert any("'current_entry' of table 'summits' must be an entry id, and then 'statuses' "
               "must include current" in p for p in problems), problems
    current = wrong.replace("statuses: [held", "statuses: [current, held")
    [message] = problems_for(write_content(knowledge={"summits.yaml": current}))
    assert "table 'summits' has current_entry: 'headquaters', but no knowledge entry" in message
    right = current.replace("headquaters", "headquarters")
    table = load_content(write_content(knowledge={"summits.yaml": right})).tables["summits"]
    assert table.current_entry == "headquarters"



def test_a_tables_chairs_of_must_name_a_table(write_content: Writer) -> None:
    """``chairs_of`` names the table of meetings whose chairs a table's rows are; a wrong id
    is caught, with the file and line, and a right one loads."""
    files = table_file(ROW_1)
    wrong = files["summits.yaml"].replace("    statuses:", "    chairs_of: sumits\n"
                                          "    statuses:")
    [message] = problems_for(write_content(knowledge={"summits.yaml": wrong}))
    assert "summits.yaml:" in message
    assert "table 'summits' has chairs_of: 'sumits', but no table has that id" in message
    right = wrong.replace("sumits", "summits")
    table = load_content(write_content(knowledge={"summits.yaml": right})).tables["summits"]
    assert table.chairs_of == "summits"

def test_an_unknown_row_field_lists_the_known_ones(write_content: Writer) -> None:
    files = table_file(ROW_1 + "        venue: Rabat\n")
    [message] = problems_for(write_content(knowledge=files))
    assert f"summits.yaml:{line_of(files['summits.yaml'], 'venue: Rabat')}:" in message
    assert "unknown field 'venue'" in message


def test_the_shipped_tables_follow_the_row_id_conventions(engine: Engine) -> None:
    """The catalogue's conventions (summit_2, sg_9, cfm_47, body_sesric ...), so other content
    and the lead's wiring can name rows without looking them up."""
    prefixes = {"summits": ("summit_", "extraordinary_summit_", "joint_summit_"),
                "secretaries_general": ("sg_",), "cfm_sessions": ("cfm_",), "bodies": ("body_",),
                "oic_observers": ("observer_",), "summit_chairs": ("summit_chair_",)}
    for table in engine.kb.tables.values():
        for row in table.rows:
            assert row.id.startswith(prefixes[table.id]), row.id
            if row.ordinal and table.id != "bodies":
                assert row.id.endswith(f"_{row.ordinal}"), row.id


def test_shipped_rows_that_can_change_carry_dates(engine: Engine) -> None:
    for table in engine.kb.tables.values():
        for row in table.rows:
            if row.status in ("planned", "current"):
                assert row.as_of and row.checked, row.id
            assert all(s.url.startswith("http") for s in row.sources), row.id


def test_every_shipped_row_renders_for_telegram(engine: Engine) -> None:
    assert [str(p) for p in unrenderable_answers(engine)] == []
