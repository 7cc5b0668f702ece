"""Country names in both languages, from the ISO data however it is reached."""

from __future__ import annotations

import importlib.util

import pytest

from bot.content import KnowledgeBase
from bot.engine import Engine
from bot.engine import countries as countries_module
from bot.engine.countries import CountryIndex
from bot.engine.focus import split_lead


@pytest.mark.parametrize(("name", "code"), [
    ("pantai gading", "CI"), ("cote divoire", "CI"), ("cote d ivoire", "CI"), ("turki", "TR"),
    ("turkey", "TR"),
    ("korea selatan", "KR"), ("united states", "US"), ("arab saudi", "SA"),
])
def test_countries_are_found_by_english_and_indonesian_names(engine: Engine, name: str,
                                                             code: str) -> None:
    found = engine.countries.find(("apakah", *name.split(), "anggota", "oki"))
    assert found is not None and found[0] == code


def test_two_names_of_one_country_side_by_side_are_one_naming(engine: Engine) -> None:
    """"Kapan Palestina (PLO) menjadi anggota OKI?" got the OIC's stance on Palestine, "plo"
    left unexplained by Palestine's standing; apart, each is still named once."""
    assert engine.countries.find_all(("palestina", "plo", "oki")) == [("PS", ("palestina", "plo"))]
    assert engine.countries.find_all(("palestina", "and", "plo")) == [("PS", ("palestina",))]
    assert engine.ask("Kapan Palestina (PLO) menjadi anggota OKI?").kind == "membership"


def test_a_possessive_without_its_apostrophe_names_the_country(engine: Engine) -> None:
    """ "what is pakistans role in oic" got the OIC's role: "pakistans" named no country."""
    assert engine.countries.find(("what", "is", "pakistans", "role")) == ("PK", ("pakistans",))
    reply = engine.ask("what is pakistans role in oic")
    assert (reply.kind, reply.country) == ("role", "PK"), reply.reason
    assert engine.countries.find(("what", "are", "the", "uks", "aims")) is None


def test_the_package_api_gives_the_same_names_as_its_data_files(
        shipped_kb: KnowledgeBase, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    records, _ = countries_module._iso3166()
    assert len(records) == 249
    index = CountryIndex(shipped_kb.countries, engine.normalize.words)
    for code in ("ID", "TR", "CI", "PS", "US"):
        assert index.name(code) == engine.countries.name(code)
    assert index.find(("pantai", "gading")) == engine.countries.find(("pantai", "gading"))


@pytest.mark.parametrize("question", [
    "Is Palestine a full member of the OIC even though it is not a UN member?",
    "palestina anggota oki? kan blm anggota pbb",
])
def test_a_standing_whose_note_names_the_un_answers_a_question_naming_it(
        engine: Engine, question: str) -> None:
    """Naming the UN weighs only entries that name it: Palestine's standing, whose note says
    it is the one member outside the UN, got the entry on the Palestinian cause."""
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", "PS"), reply.reason
    assert "PBB" in reply.answer.split("\n")[0] or "UN member" in reply.answer.split("\n")[0]


def test_the_year_a_standing_says_is_no_word_left_unexplained(engine: Engine) -> None:
    """ "Palestina anggota OKI sejak 1969. Benar atau salah?" got the Palestinian cause: the
    standing, which says 1969, left "1969" unexplained. A year it does not say still does."""
    reply = engine.ask("Palestina sudah menjadi anggota OKI sejak 1969. Benar atau salah?")
    assert (reply.kind, reply.country) == ("membership", "PS"), reply.reason
    assert reply.answer.startswith("Ya.")
    assert not engine.ask("Palestina sudah menjadi anggota OKI sejak 1975. Benar atau salah?"
                          ).answer.startswith("Ya")


@pytest.mark.parametrize(("question", "code", "year"), [
    ("is bangladesh in oic since when", "BD", "1974"),  # got the university in Dhaka
    ("since when is malaysia in the oic", "MY", "1969"),  # got the summit in Putrajaya
    ("Sir is Nigeria also member of OIC? From which year?", "NG", "1986"),  # "sir": not sure
    # ... and how long: it got why the OIC failed Palestine
    ("sudah berapa lama palestina jadi anggota oki", "PS", "1969"),
    ("how long has indonesia been a member of the oic", "ID", "1969"),  # not sure
])
def test_since_when_a_country_is_in_the_oic_is_its_standing(
        engine: Engine, question: str, code: str, year: str) -> None:
    """The standing gives the year a member joined: "since when" asks nothing else of it."""
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", code), reply.reason
    assert year in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "code", "year"), [
    # each got the summit's card, which left the claim standing
    ("Kazakhstan has been in the OIC since the Rabat summit.", "KZ", "1995"),
    ("Azerbaijan has been an OIC member since the Rabat summit.", "AZ", "1992"),
    ("Apakah Brunei masuk OKI pada KTT Taif 1981?", "BN", "1984"),
    ("Did Kazakhstan join the OIC at the Rabat summit?", "KZ", "1995"),
])
def test_a_joining_dated_by_a_meeting_is_answered_by_the_year_it_joined(
        engine: Engine, question: str, code: str, year: str) -> None:
    """Which meeting fell in that year is not compared, so no "Yes." confirms the claim."""
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", code), reply.reason
    lead = split_lead(reply.answer)[0]
    assert year in lead and not lead.startswith(("Yes", "Ya"))
    # ... a member chairing since a summit has no joining dated
    assert engine.ask("Malaysia has chaired the OIC since the Putrajaya summit in 2003."
                      ).kind != "membership"


@pytest.mark.parametrize(("question", "listed"), [
    # the first got Guyana's standing, opened "Ya."
    ("Setelah Guyana bergabung tahun 1998, negara apa lagi yang masuk OKI?", "2001: Pantai Gading"),
    ("Which countries joined the OIC after Kazakhstan joined?", "1996: Suriname, Uzbekistan"),
    # ... asked "who", joining said before the country (it got Kazakhstan's standing)
    ("Siapa yang bergabung dengan OKI setelah Kazakhstan?", "1996: Suriname, Uzbekistan"),
    # ... or just before it, or with it (each got the country's own standing)
    ("Negara yang gabung OKI tepat sebelum Pantai Gading apa?", "• 1998: Guyana"),
    # ... "the last" before it (it got Côte d'Ivoire's standing, "Ya. ... anggota terbaru")
    ("negara terakhir yang gabung OKI sebelum Pantai Gading?", "• 1998: Guyana"),
    ("which was the last country to join oic before cote d'ivoire", "• 1998: Guyana"),
    # ... the newest before it, or the one that became a member just before it
    ("Sebelum Pantai Gading, negara anggota terbaru OKI apa?", "• 1998: Guyana"),
    ("Which was the newest OIC member before Guyana?", "• 1997: Togo"),
    ("Negara yang jadi anggota OKI tepat sebelum Togo apa?", "• 1996: Suriname, Uzbekistan"),
    ("Bangladesh gabung OKI bareng negara apa aja di tahun 1974?", "• 1974: Bangladesh, "
     "Burkina Faso, Gabon, Gambia, Guinea-Bissau, Kamerun, Uganda"),
])
def test_the_members_joining_beside_another_are_listed(engine: Engine, question: str, listed: str
                                                 ) -> None:
    reply = engine.ask(question)
    assert reply.intent == "member_list", reply.reason
    assert listed in reply.answer and "Kazakhstan" not in reply.answer.partition(":")[2]


@pytest.mark.parametrize(("question", "none"), [
    ("Which countries joined the OIC after 2001?", "no OIC member is listed as joining from 2002"),
    ("Setelah Pantai Gading bergabung, negara mana lagi yang masuk OKI?",
     "tidak ada anggota OKI yang tercatat bergabung sejak 2002"),
    # ("sejak" opens a clause that names the one after which, as "setelah" does)
    ("Sejak Pantai Gading bergabung, adakah negara lain yang menjadi anggota baru OKI?",
     "tidak ada anggota OKI yang tercatat bergabung sejak 2002"),
])
def test_no_member_after_the_last_to_join_is_said_with_the_last(
        engine: Engine, question: str, none: str) -> None:
    """ "after 2001" was not understood: no member is listed as joining then."""
    reply = engine.ask(question)
    assert reply.intent == "member_list", reply.reason
    assert none in reply.answer and "2001: " in reply.answer


def test_members_since_the_founding_year_are_those_in_from_the_start(engine: Engine) -> None:
    """ "Dari Asia Tenggara, negara apa saja yang ikut sejak 1969?" listed Brunei (1984), as
    joining 1969 or later: since then, every member has; those in from 1969 are asked."""
    reply = engine.ask("Dari Asia Tenggara, negara apa saja yang ikut sejak 1969?")
    assert reply.intent == "member_list" and reply.answer.splitlines()[0].endswith(
        ": Indonesia, Malaysia."), reply.answer
    assert "2001: Pantai Gading" in engine.ask("Negara apa saja yang bergabung sejak 2000?"
                                               ).answer


@pytest.mark.parametrize(("question", "lines"), [
    # (it got the observers and the Christian-majority members)
    ("Which countries joined the OIC in 2005?",
     ["According to the list of Egypt's State Information Service (SIS, 2023), no OIC member is "
      "listed as joining in 2005. The last to join:", "• 2001: Côte d'Ivoire",
      "Became an observer (not a member) then: Russian Federation (2005)."]),
    # (it got nothing)
    ("negara yg gabung OKI tahun 1999 siapa?",
     ["Menurut daftar Layanan Informasi Negara Mesir (SIS, 2023), tidak ada anggota OKI yang "
      "tercatat bergabung pada 1999. Yang terdekat sebelum dan sesudahnya:",
      "• 1998: Guyana", "• 2001: Pantai Gading"]),
])
def test_a_year_no_member_joined_in_is_said_with_the_nearest(engine: Engine, question: str,
                                                             lines: list[str]) -> None:
    reply = engine.ask(question)
    assert reply.answer.splitlines()[:len(lines)] == lines, reply.answer
    assert any("tass.com" in s.url for s in reply.sources) is ("Russia" in lines[-1])


@pytest.mark.parametrize(("question", "lines"), [
    # (it got the Secretariat's budget in 2000)
    ("Berapa anggota OKI tahun 2000", [
        "Menurut tahun bergabung dalam daftar Layanan Informasi Negara Mesir (SIS, 2023), 56 "
        "dari 57 anggota OKI saat ini sudah bergabung pada akhir 2000.",
        "Yang bergabung sesudahnya: Pantai Gading (2001)."]),
    # (it got the foreign ministers' session of 1990)
    ("how many members did the OIC have in 1990", [
        "By the joining years on the list of Egypt's State Information Service (SIS, 2023), 45 "
        "of the OIC's 57 members today had joined by the end of 1990.", "12 more joined later."]),
    # ... the year of an event said after the count (it got the IsDB's own 22 members)
    ("How many members did the OIC have when the IsDB started operating in 1975?", [
        "By the joining years on the list of Egypt's State Information Service (SIS, 2023), 39 "
        "of the OIC's 57 members today had joined by the end of 1975.",
        "18 more joined later."]),
])
def test_the_members_by_a_year_are_counted_from_their_joining_years(
        engine: Engine, question: str, lines: list[str]) -> None:
    reply = engine.ask(question)
    assert reply.answer.splitlines()[:2] == lines, reply.answer
    assert reply.sources == engine.kb.country_sources
    # the founding year's count is the entry saying the sources differ; today's, the count now
    assert engine.ask("berapa anggota oki tahun 1969").entry == "founding_members"
    assert engine.ask("how many members does the OIC have in 2025").entry == "member_count"
    # ... and an event said first is what "it" is ("it" is the IsDB, not the OIC)
    assert engine.ask("When the IsDB was founded in 1990, how many members did it have?"
                      ).intent != "member_count"


def test_a_country_where_a_summit_met_is_no_role_asked(engine: Engine) -> None:
    """ "Siapa yang memimpin KTT OKI di Pakistan?" got Pakistan's role ("memimpin" is a role
    cue): the country after "di" is where the summits met, so their rows answer (the one
    naming its chair, Lahore's). A role asked of the country itself still gets it."""
    reply = engine.ask("Siapa yang memimpin KTT OKI di Pakistan?")
    assert reply.kind != "role", reply.reason
    assert reply.entry == "summit_2" and "Zulfikar Ali Bhutto" in reply.answer, reply.reason
    role = engine.ask("peran pakistan di oki")
    assert (role.kind, role.country) == ("role", "PK"), role.reason


def test_a_country_a_sequence_counts_from_is_no_role_asked(engine: Engine) -> None:
    """ "Setelah Gambia, negara mana yang akan memimpin OKI?" got The Gambia's role: the
    country after "setelah" is where the line of chairs is counted from."""
    reply = engine.ask("Setelah Gambia, negara mana yang akan memimpin OKI?")
    assert reply.kind != "role" and "Azerbaijan" in reply.parts()[0], reply.reason
    role = engine.ask("peran gambia di oki")
    assert (role.kind, role.country) == ("role", "GM"), role.reason


def test_a_role_and_the_entry_telling_it_are_one_answer(engine: Engine) -> None:
    """ "What role does X play in the OIC?" asks X's role ("play" was a word left unexplained:
    Pakistan's role lost to the entry on Kashmir); Indonesia's role names the entry on its
    roles, so the two are one answer, not a choice."""
    reply = engine.ask("what role does pakistan play in the oic")
    assert (reply.kind, reply.country) == ("role", "PK"), reply.reason
    assert engine.answer_of("role:ID") == "indonesia_roles"
    assert engine.answer_of("role:PK") == "role:PK"
    reply = engine.ask("what role does indonesia play in the oic")
    assert reply.kind in ("role", "answer") and "indonesia_roles" in {
        engine.answer_of(f"role:{reply.country}"), reply.entry}, reply.reason


def test_becoming_an_observer_asks_a_standing(engine: Engine) -> None:
    """ "When did Israel become an observer in the OIC?" got the UN's observer status (an
    example asked when the OIC became one): "become" was a word the standing left unsaid."""
    reply = engine.ask("When did Israel become an observer in the OIC?")
    assert (reply.kind, reply.country) == ("membership", "IL"), reply.reason
    assert "nor is it listed as an observer" in reply.answer


@pytest.mark.parametrize(("question", "lead"), [
    ("Is India an observer state of the OIC?", "No. India is not a member of the OIC, nor is"),
    ("Is India a member state of the OIC?", "No. India is not a member of the OIC"),
    # ... and "only" an observer (it got the PUIC, an observer organisation based in Tehran)
    ("Iran is only an observer in the OIC, isn't it?", "No. Iran is a member of the OIC"),
])
def test_a_member_or_observer_state_asks_a_standing(engine: Engine, question: str,
                                                    lead: str) -> None:
    """"observer *state*" left "state" unsaid by the standing: the rules for observers
    answered, never saying whether India is one."""
    reply = engine.ask(question)
    assert reply.kind == "membership", reply.reason
    assert reply.answer.startswith(lead), reply.answer


@pytest.mark.parametrize(("question", "code", "said"), [
    # a member never suspended, claimed to have been (the first got the Saudi-Iran rivalry,
    # the second "Yes. Pakistan is a member")
    ("Why was Iran expelled in 2016?", "IR", "do not record Iran being suspended"),
    ("was pakistan suspended from the oic in 2020", "PK", "No. Our sources do not record"),
    ("knp pakistan dikeluarin dr oki", "PK", "tidak mencatat keanggotaan Pakistan pernah"),
    # ... by the OIC (it got the Saudi-Iran rivalry, as if the reason)
    ("Kenapa OKI mengeluarkan Iran dari keanggotaan tahun 2016?", "IR",
     "tidak mencatat keanggotaan Iran pernah"),
    # ... one whose entry tells of its joining, not of a suspension (it got that entry)
    ("Mengapa keanggotaan Indonesia di OKI pernah dibekukan?", "ID",
     "tidak mencatat keanggotaan Indonesia pernah"),
    ("Apakah keanggotaan Indonesia di OKI pernah dibekukan?", "ID", "Tidak. Sumber kami"),
    # ... dated by a meeting, which it is not about (they got the summit after it)
    ("Why was Qatar suspended after the 2019 Makkah summit?", "QA", "do not record Qatar"),
    ("Why did the OIC kick Iran out after the 2016 Istanbul summit?", "IR",
     "do not record Iran being suspended"),
    ("Why was Turkey expelled after the 2017 Istanbul extraordinary summit?", "TR",
     "do not record Türkiye"),
    ("Kenapa Malaysia keluar dari OKI setelah KL Summit 2019?", "MY",
     "tidak mencatat Malaysia keluar"),
    # asked why it joined: the year is no reason, and that is said
    ("kenapa pakistan gabung oki", "PK", "tidak menyebut alasan Pakistan bergabung"),
    ("why did nigeria join the oic", "NG", "do not say why Nigeria joined"),
    # ... or why it is a member (it got the year alone)
    ("why is uganda in the oic", "UG", "do not say why Uganda joined"),
    ("why is guyana an oic member", "GY", "do not say why Guyana joined"),
    ("kenapa guyana anggota oki", "GY", "tidak menyebut alasan Guyana bergabung"),
])
def test_what_a_standing_does_not_record_is_said(engine: Engine, question: str, code: str,
                                                 said: str) -> None:
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", code), reply.reason
    assert said in split_lead(reply.answer)[0], reply.answer


def test_a_suspension_on_record_and_a_denied_standing_are_not_contradicted(
        engine: Engine) -> None:
    """Egypt's note tells its suspension: never "not recorded"; "Why is Malaysia not a member?"
    is corrected by its standing, not told that no reason for joining is known."""
    for question in ("was egypt suspended from the oic", "When was Egypt suspended?"):
        assert "do not record" not in engine.ask(question).answer
        standing = engine.country_source.membership_reply("EG", "en", question, 1.0)
        assert "do not record" not in standing.answer and not standing.answer.startswith("No")
    reply = engine.ask("Mengapa Malaysia tidak bergabung dengan OKI?")
    assert split_lead(reply.answer)[0].startswith("Malaysia adalah negara anggota"), reply.answer


@pytest.mark.parametrize("question", ["Was the OIC founded by Iran and Pakistan?",
                                      "OIC was started by Indonesia and Malaysia right?",
                                      "Why OIC was founded by Turkey and Egypt in 1969?"])
def test_founded_by_countries_is_not_their_standing(engine: Engine, question: str) -> None:
    """Their standings ("a member, listed as joining in 1969") read as a yes to who founded
    the OIC; a founding member is still asked of its standing."""
    assert engine.ask(question).kind != "membership"
    assert engine.ask("Is Turkey a founding member of the OIC?").kind == "membership"


@pytest.mark.parametrize(("question", "year"), [
    ("Suriah termasuk anggota awal OKI tahun 1969 atau menyusul?", "1972"),  # (not sure)
    ("Senegal termasuk anggota awal OKI tahun 1969, benar atau salah?", "1969"),  # (the list)
    ("What year did Uzbekistan enter the OIC?", "1996"),  # (not sure)
    ("kapan bangladesh diterima sebagai anggota oki", "1974"),  # (not sure: "admitted")
])
def test_an_early_member_or_one_entering_is_asked_of_its_standing(
        engine: Engine, question: str, year: str) -> None:
    reply = engine.ask(question)
    assert reply.kind == "membership", reply.reason
    assert year in split_lead(reply.answer)[0]


@pytest.mark.parametrize("question", ["What year was Israel granted OIC observer status?",
                                      "When was India granted observer status in the OIC?"])
def test_a_standing_never_granted_is_said_so(engine: Engine, question: str) -> None:
    # (both got how observer status is granted in general, endorsing the premise)
    reply = engine.ask(question)
    assert reply.kind == "membership"
    assert "nor is it listed as an observer" in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "said"), [("turki di oki ngapain aja", "COMCEC"),
                                                ("pakistan ngapain aja di oki", "COMSTECH")])
def test_what_a_country_does_in_the_oic_is_its_role(engine: Engine, question: str,
                                                    said: str) -> None:
    # (Türkiye's got SESRIC, an organ based in Ankara; Pakistan's, "not sure")
    reply = engine.ask(question)
    assert reply.kind == "role" and said in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "entries"), [
    # (read without "Besides Indonesia", the rest still carried Indonesia: "Indonesia is a
    # member of the OIC, listed as joining in 1969")
    ("Besides Indonesia, which other members joined the OIC in 1969?",
     {"founding_members", "member_list"}),
    ("Besides Indonesia, which Southeast Asian states are OIC members?", {"asean_members"}),
    ("Selain Indonesia, negara Asia Tenggara mana yang anggota OKI?", {"asean_members"}),
    ("Other than Egypt, which African states joined in 1969?", {None}),
    # (set aside after the question, in brackets: it got the two countries' standing)
    ("Which Christian-majority members are in Africa? (exclude Suriname and Guyana)",
     {"christian_majority_members"}),
])
def test_the_others_than_a_country_are_not_its_standing(
        engine: Engine, question: str, entries: set[str | None]) -> None:
    """A country set aside ("besides", "selain", "other than") was taken for the one asked
    about: "Besides Indonesia, which Southeast Asian states ...?" got Indonesia's membership."""
    reply = engine.ask(question)
    assert reply.kind != "membership" and reply.intent in entries, reply.reason


def test_how_many_said_of_the_subject_is_no_word_left_unexplained(engine: Engine) -> None:
    # ("sebanyak" was weighed as what is asked about, and the entry on India only offered)
    assert engine.ask("Kenapa India dengan Muslim sebanyak itu tidak masuk OKI?"
                      ).intent == "india_not_member"


@pytest.mark.parametrize(("question", "joined"), [
    ("Malaysia baru bergabung ke OKI saat menjadi tuan rumah KTT Putrajaya 2003, ya?", "1969"),
    ("Iran menjadi anggota OKI ketika KTT Teheran 1997, benar?", "1969"),
    ("Did Pakistan join the OIC when it hosted the Lahore summit in 1974?", "1969"),
])
def test_a_joining_dated_by_a_meeting_the_country_hosted_is_its_standing(
        engine: Engine, question: str, joined: str) -> None:
    # (each got the summit's place and dates, the premise left standing)
    reply = engine.ask(question)
    assert reply.kind == "membership" and joined in split_lead(reply.answer)[0]


def test_a_committee_before_a_meeting_is_no_joining(engine: Engine) -> None:
    assert engine.ask("Malaysia dan Niger dulu ikut duduk di panitia apa menjelang KTT "
                      "Rabat?").kind != "membership"


@pytest.mark.parametrize("question", ["Why did India leave the OIC?",
                                      "india keluar dari oki taun brp sih?",
                                      "knp filipina keluar dr oki?"])
def test_a_country_never_in_the_oic_is_said_never_to_have_left(engine: Engine,
                                                                question: str) -> None:
    # (each got the members once suspended, or choices, the premise left standing)
    reply = engine.ask(question)
    assert reply.kind == "membership"
    lead = split_lead(reply.answer)[0]
    assert "not a member" in lead or "bukan anggota" in lead


@pytest.mark.parametrize(("question", "joined"), [
    ("Uganda: OIC member since when?", "1974"),
    ("Negara kepulauan kecil di Samudra Hindia, Maladewa, gabung OKI tahun berapa?", "1976"),
    ("india kan dulu anggota oki trus keluar, knp keluar?", "bukan anggota"),
])
def test_a_country_named_before_the_question_is_its_context(engine: Engine, question: str,
                                                            joined: str) -> None:
    # (read last, "oic member since when" and "knp keluar" named no country: Uganda got the
    # OIC's affiliated institutions, the Maldives the member count, India the suspensions)
    reply = engine.ask(question)
    assert reply.kind == "membership" and joined in split_lead(reply.answer)[0]


def test_a_country_named_without_the_oic_before_the_question_is_no_context(
        engine: Engine) -> None:
    # (as its context, Israel kept every answer not naming it out: "not sure"; the entry on
    # the arson says who set the fire, an Australian)
    reply = engine.ask("Mengapa Dennis Michael Rohan, warga Israel, membakar Masjid Al-Aqsa?")
    assert reply.intent == "founding_trigger" and "Australia" in split_lead(reply.answer)[0]


@pytest.mark.parametrize(("question", "said"), [
    ("Anggota OKI ke-56 negara apa?", "yang ke-56 bergabung adalah Guyana"),
    ("who is the 45th member of the OIC", "the 45th to join was Nigeria"),
    # ... or among those of one year, said so ("anggota ke-50" got the 50th anniversary)
    ("anggota ke-50 OKI siapa", "salah satu dari Albania, Azerbaijan"),
])
def test_the_nth_member_is_the_nth_to_join(engine: Engine, question: str, said: str) -> None:
    """"Anggota OKI ke-56" got the member count, "anggota ke-45" the Rohingya committee of the
    45th CFM: a member's number is its place in the order of joining."""
    reply = engine.ask(question)
    assert reply.intent == "member_list" and said in reply.answer, reply.reason


@pytest.mark.parametrize(("question", "shown"), [
    ("status suriah di oki skrg gmn", "dipulihkan pada 7 Maret 2025"),
    ("what is syria's status in the oic now", "reinstated on 7 March 2025"),
])
def test_a_members_suspension_shows_with_its_standing(engine: Engine, question: str,
                                                      shown: str) -> None:
    """Asked Syria's status now, the phone showed only that it joined in 1972: its
    suspension and reinstatement came after another list's joining year, past "More"."""
    assert shown in split_lead(engine.ask(question).answer)[0]


@pytest.mark.parametrize("question", [
    "True or false: Egypt was not among the 1969 members of the OIC.",
    "Mesir tidak termasuk anggota OKI tahun 1969, benar?",
])
def test_a_negated_standing_is_never_answered_yes(engine: Engine, question: str) -> None:
    """"Egypt was not among the 1969 members" was answered "Yes. Egypt is a member ...,
    listed as joining in 1969": agreeing with the claim, then denying it."""
    reply = engine.ask(question)
    assert reply.intent == "membership", reply.reason
    assert not reply.answer.startswith(("Yes.", "Ya.")), reply.answer


@pytest.mark.parametrize("question", [
    "Palestina bukan anggota OKI. Benar atau salah?",
    "Palestina bukan anggota OKI karena belum merdeka. Koreksi kalau salah",
    "Palestine is not an OIC member because it is not independent. True or false?",
])
def test_a_member_claimed_not_to_be_one_gets_its_standing(engine: Engine, question: str
                                                          ) -> None:
    """A learner's false premise, that Palestine is not a member (for whatever reason), was
    not sure or got why the OIC has not settled Palestine: its standing says it is one."""
    reply = engine.ask(question)
    assert (reply.intent, reply.country) == ("membership", "PS"), reply.reason
    assert "1969" in reply.answer and not reply.answer.startswith(("Yes.", "Ya."))
    # ... but not one claimed not to be a founding member, which the standing answers only by
    # a year (Indonesia's membership entry says it took part at Rabat)
    assert engine.ask("Indonesia bukan anggota pendiri OKI karena tidak hadir di Rabat. Benar?"
                      ).entry == "indonesia_membership"


def test_a_name_written_for_a_country_is_the_one_shown(engine: Engine) -> None:
    """The library's Indonesian name for Timor-Leste is "Timor Timur", the province's of
    1976–1999: the name the content writes is shown, and the old one still finds it."""
    reply = engine.ask("apakah timor timur anggota oki")
    assert reply.title == "Timor Leste dan OKI"
    assert "Timor Leste bukan anggota OKI" in reply.answer and "Timur" not in reply.answer
    assert engine.ask("is east timor in the oic").title == "Timor-Leste and the OIC"


@pytest.mark.parametrize(("question", "code", "said"), [
    ("why isn't china in the oic", "CN", "Article 3(2)"),
    ("kenapa brazil tidak masuk oki?", "BR", "Pasal 3 ayat 2"),
    ("kenapa thailand bukan anggota oki", "TH", "Pasal 3 ayat 2"),
])
def test_why_a_country_is_not_a_member_is_told_who_may_join(
        engine: Engine, shipped_kb: KnowledgeBase, question: str, code: str, said: str) -> None:
    """A standing alone gives no reason ("why isn't china in the oic" got the OIC's words on
    Xinjiang; Brazil's, only that it is not a member): the Charter's rule on who may join is
    told with it, with its sources."""
    reply = engine.ask(question)
    assert (reply.kind, reply.country) == ("membership", code), reply.reason
    assert said in reply.answer
    criteria = shipped_kb.entries["membership_criteria"].sources
    assert {s.url for s in criteria} <= {s.url for s in reply.sources}


def test_a_reason_asked_of_something_else_than_a_standing_is_no_standing(
        engine: Engine) -> None:
    # ("not" denies helping, not membership; a country's own entry tells its own reason)
    assert engine.ask("kenapa oki tidak membantu myanmar").kind != "membership"
    assert "Article 3(2)" not in engine.ask("Why hasn't South Africa become an OIC observer?"
                                            ).answer
    assert engine.ask("why is india not in the oic").entry == "india_not_member"
    assert engine.ask("why isn't russia a member of the oic").entry == "russia_observer"
    assert "Article 3(2)" not in engine.ask("is brazil in the oic").answer


@pytest.mark.parametrize(("question", "lead"), [
    ("is israel in the oic lol", "No. Israel is not a member of the OIC"),
    ("Is India in the Organisation of Islamic Cooperation?", "No. India is not a member"),
    # (said, to be confirmed or corrected)
    ("israel is in the OIC?", "No. Israel is not a member of the OIC"),
    ("russia is in the oic?", "Russian Federation is not a full member of the OIC"),
])
def test_being_in_the_oic_asks_a_standing(engine: Engine, question: str, lead: str) -> None:
    """"is israel in the oic lol" and "israel is in the OIC?" got what a country needs to join
    (an example asked why Israel is not in it), never saying whether it is: "in" is no
    membership word alone."""
    reply = engine.ask(question)
    assert reply.kind == "membership" and reply.answer.startswith(lead), reply.reason


def test_a_standing_claimed_with_its_reason_is_told_the_standing(engine: Engine) -> None:
    """"China jadi anggota OKI ya karena ada muslim Uighur?" got the OIC on the Uighurs, never
    saying China is not a member: the reason given for a standing that is not is moot."""
    reply = engine.ask("China jadi anggota OKI ya karena ada muslim Uighur?")
    assert reply.kind == "membership" and reply.answer.startswith("Tidak."), reply.reason
    # (... or an observer only)
    reply = engine.ask("Thailand anggota OKI kan karena banyak muslim di selatannya?")
    assert reply.kind == "membership" and "pengamat" in reply.answer, reply.reason


def test_a_country_another_dealt_with_is_not_the_one_asked_about(engine: Engine) -> None:
    """"Which member was suspended after signing a peace treaty with Israel?" got "Israel is
    not a member of the OIC": which member did something *with* a country asks another."""
    reply = engine.ask("Which member was suspended after signing a peace treaty with Israel?")
    assert reply.kind != "membership", reply.answer
    # (the country asked about itself still gets its standing)
    assert engine.ask("is israel a member of the oic").kind == "membership"


def test_the_turkish_cypriot_state_in_either_word_order_is_not_turkey_and_cyprus(
        engine: Engine) -> None:
    """"Turki Siprus menjadi peninjau OKI mulai tahun berapa?" was told Türkiye is a member
    and Cyprus neither a member nor an observer."""
    reply = engine.ask("Turki Siprus menjadi peninjau OKI mulai tahun berapa?")
    assert "Siprus: bukan anggota" not in reply.answer, reply.answer


def test_a_common_typo_of_member_still_asks_a_standing(engine: Engine) -> None:
    """ "is russia a memeber of oic" was not sure: the lexicon reads "memeber" as "member"."""
    reply = engine.ask("is russia a memeber of oic")
    assert (reply.kind, reply.country) == ("membership", "RU"), reply.reason


def test_since_when_a_country_is_in_the_oic_asks_its_standing(engine: Engine) -> None:
    """ "nigeria in oic since what year" was not sure, its one button the Gaza committee."""
    reply = engine.ask("nigeria in oic since what year")
    assert (reply.kind, reply.country) == ("membership", "NG"), reply.reason
    assert "1986" in reply.answer


def test_a_standing_said_with_adalah_is_still_a_standing(engine: Engine) -> None:
    """ "Benar atau salah, Palestina adalah anggota OKI" got the entry on Palestine, which never
    says it is a member: "adalah" was left unexplained by the standing."""
    reply = engine.ask("Benar atau salah, Palestina adalah anggota OKI")
    assert (reply.kind, reply.country) == ("membership", "PS"), reply.reason
    assert reply.answer.startswith("Ya."), reply.answer


@pytest.mark.parametrize("question", [
    "My teacher says Indonesia joined the OIC only in 1991. Is that right?",
    "indonesia joined the oic in 1975, right?",
])
def test_indonesia_s_standing_shows_its_1991_note_before_more(engine: Engine,
                                                               question: str) -> None:
    """Listed since 1969, fully active only from 1991 (the sheet's conflict 11): the note
    saying so was folded, so "joined only in 1991?" read as answered "1969"."""
    reply = engine.ask(question)
    assert reply.kind == "membership", reply.reason
    assert "1969" in split_lead(reply.answer)[0] and "1991" in split_lead(reply.answer)[0]


def test_an_observer_s_standing_and_its_row_are_one_answer(engine: Engine) -> None:
    """"Bosnia and Herzegovina itu member atau observer di OKI?" was asked to choose between
    its standing and the observers' row on it, both saying it has observed since 1994."""
    reply = engine.ask("Bosnia and Herzegovina itu member atau observer di OKI?")
    assert reply.kind in ("membership", "answer"), reply.reason
    assert "pengamat sejak 1994" in reply.answer
