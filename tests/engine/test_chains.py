"""A country named by a row ("the host country of the 8th summit"), then asked about."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.engine import Engine
from bot.engine.chains import ElectedAt, find_chain, find_elected_at, that_country
from bot.engine.focus import sentences, split_lead

KINDS = frozenset({"ktt", "sekjen", "summit"})


def kind(word: str) -> bool:
    return word in KINDS


def spans_of(tokens: Sequence[str]) -> Callable[[], list[tuple[int, int]]]:
    """Where "comstech", the one row name these tests know, stands in ``tokens``."""
    return lambda: [(at, at + 1) for at, word in enumerate(tokens) if word == "comstech"]


@pytest.mark.parametrize(("question", "row_words", "country", "asked"), [
    ("negara tuan rumah ktt oki ke 15 bergabung tahun berapa", ("ktt", "oki", "ke", "15"),
     "gambia", "gambia bergabung tahun berapa"),
    ("sekjen oki ke 9 berasal dari negara yang pernah menjadi tuan rumah",
     ("sekjen", "oki", "ke", "9"), "turki", "turki pernah menjadi tuan rumah"),
    ("when did the host country of the 8th summit join", ("8th", "summit"), "iran",
     "when did iran join"),
    # the host, without "country"; the latest row
    ("the host of the 12th summit had been suspended in which year", ("12th", "summit"),
     "egypt", "egypt had been suspended in which year"),
    ("when did the host country of the latest summit join", ("latest", "summit"), "gambia",
     "when did gambia join"),
    ("negara tuan rumah ktt oki terakhir bergabung tahun berapa", ("ktt", "oki", "terakhir"),
     "gambia", "gambia bergabung tahun berapa"),
    # the row held now, and a body's seat
    ("negara asal sekjen oki saat ini bergabung tahun berapa", ("sekjen", "oki", "saat", "ini"),
     "chad", "chad bergabung tahun berapa"),
    ("negara asal sekjen sekarang bergabung kapan", ("sekjen", "sekarang"), "chad",
     "chad bergabung kapan"),
    ("when did the home country of the current sekjen join", ("current", "sekjen"), "chad",
     "when did chad join"),
    ("negara tempat comstech berkedudukan pernah jadi tuan rumah", ("comstech",), "pakistan",
     "pakistan pernah jadi tuan rumah"),
    ("summits held in the country where comstech is based", ("comstech",), "pakistan",
     "summits held in pakistan"),
    # ... where a meeting was held; and a host to be
    ("negara tempat ktt oki ke 1 digelar mengetuai komite apa", ("ktt", "oki", "ke", "1"),
     "maroko", "maroko mengetuai komite apa"),
    ("negara yang akan jadi tuan rumah ktt ke 16 masuk oki tahun berapa", ("ktt", "ke", "16"),
     "azerbaijan", "azerbaijan masuk oki tahun berapa"),
])
def test_the_words_naming_the_country_are_found_before_or_after_the_row(
        question: str, row_words: tuple[str, ...], country: str, asked: str) -> None:
    tokens = question.split()
    chain = find_chain(tokens, kind, spans_of(tokens))
    assert chain is not None and chain.row_words == row_words
    assert chain.asked(tokens, country) == asked


def test_the_row_s_words_end_at_its_table_s_word() -> None:
    """"The host of the 13th Islamic Summit chairs which committee?": "chairs" is a word of
    the summit chairs' table, and was taken into the row's words; asked of Türkiye, the rest
    ("which standing committee") got its membership."""
    tables = frozenset({"summit", "chairs"})
    tokens = "the host of the 2nd extraordinary summit chairs which committee".split()
    chain = find_chain(tokens, lambda w: w in tables | {"extraordinary"}, spans_of(tokens),
                       lambda w: w in tables)
    assert chain is not None and chain.row_words == ("2nd", "extraordinary", "summit")
    assert chain.asked(tokens, "egypt") == "egypt chairs which committee"


@pytest.mark.parametrize("question", [
    "siapa tuan rumah ktt ke 15",  # the host asked for: no country named by it
    "negara tuan rumah ktt",  # no row: no number
    "negara asal oki ke 15 apa",  # no table's word
    "negara tempat ktt ke 15 berada",  # a seat, but of no body named by name
])
def test_no_chain_without_a_country_named_by_a_numbered_row(question: str) -> None:
    assert find_chain(question.split(), kind, spans_of(question.split())) is None


@pytest.mark.parametrize(("question", "row", "entry", "said"), [
    ("Negara tuan rumah KTT OKI ke-15 bergabung dengan OKI tahun berapa?", "summit_15",
     "membership", "1974"),
    ("When did the host country of the 8th summit join the OIC?", "summit_8", "membership",
     "1969"),
    ("Sekjen OKI ke-9 berasal dari negara yang pernah menjadi tuan rumah KTT OKI biasa ke "
     "berapa?", "sg_9", "summit_13", "Istanbul"),
    # (both had the first step's row: Taha's, COMSTECH's)
    ("Negara asal Sekjen OKI saat ini bergabung dengan OKI pada tahun berapa?", "sg_12",
     "membership", "1969"),
    ("Negara tempat COMSTECH berkedudukan pernah menjadi tuan rumah KTT OKI ke berapa?",
     "body_comstech", "summits", "Lahore"),
    # (a seat by its word before the name: it got SESRIC's row)
    ("Negara tempat markas SESRIC pernah jadi tuan rumah KTT OKI ke berapa?", "body_sesric",
     "summits", "Istanbul"),
    # a row named by its name, before or after the cue; and by its chair
    ("Negara asal Ekmeleddin İhsanoğlu menjadi tuan rumah KTT OKI biasa yang ke berapa?",
     "sg_9", "summit_13", "Istanbul"),
    ("Tunku Abdul Rahman berasal dari negara yang pernah menjadi tuan rumah KTT OKI. KTT "
     "keberapa itu?", "sg_1", "summit_10", "Putrajaya"),
    ("The country whose head of state chairs COMIAC hosted which Islamic summits?",
     "body_comiac", "summits", "Dakar"),
    ("Negara yang memimpin COMIAC pernah jadi tuan rumah KTT OKI ke berapa saja?",
     "body_comiac", "summits", "Dakar"),
    ("Tunku Abdul Rahman negaranya pernah jadi tuan rumah KTT keberapa?", "sg_1",
     "summit_10", "Putrajaya"),
    ("Tunku Abdul Rahman's country hosted which Islamic Summit, and when?", "sg_1",
     "summit_10", "Putrajaya"),
    ("The 9th Secretary-General's country joined the OIC when?", "sg_9", "membership",
     "1969"),
    # the country whose head of state chairs a body, not where it sits (COMCEC has no seat
    # in its row; the Al-Quds Committee's chair is Morocco's king)
    ("The country that chairs COMCEC hosted which Islamic Summits?", "body_comcec",
     "summits", "Istanbul"),
    ("Negara yang mengetuai Komite Al-Quds bergabung dengan OKI tahun berapa?",
     "body_al_quds_committee", "membership", "Maroko"),
    ("Which summits were held in the country whose head of state runs COMIAC?", "body_comiac",
     "summits", "Dakar"),
    # an ordinal spelt out, a kind and a year after it ("the 2nd": "second")
    ("The country that hosted the 2nd extraordinary summit in 2003 also hosted which "
     "ordinary summit?", "extraordinary_summit_2", "summit_9", "2000"),
    ("The country of the 5th Secretary-General hosted which Islamic Summit?", "sg_5",
     "summits", "Lahore"),
    # "the first Secretary-General chosen by a vote": the one whose row says so (not the
    # first of all, Tunku Abdul Rahman)
    ("Negara asal Sekjen pertama yang dipilih lewat voting, jadi tuan rumah KTT Islam biasa "
     "ke berapa?", "sg_9", "summit_13", "Istanbul"),
    # a country named by whom it replaced, up to the verb of what is asked of it
    ("Negara yang menggantikan Kamerun sebagai ketua Dewan Menlu OKI pernah jadi tuan rumah "
     "KTT ke berapa?", "cfm_51", "summits", "Istanbul"),
    # (the 47th CFM's row says whom it elected, Taha: not the country's Secretary-General)
    ("The country that hosted the 47th CFM also gave the OIC a Secretary-General. Who was he?",
     "cfm_47", "sg_6", "Algabid"),
    # ... "whose country hosted", "the same country as the host of" (the first got the list of
    # summits, the second the 1st extraordinary summit's row)
    ("Sekjen yang negaranya menjadi tuan rumah KTT ke-10 siapa?", "summit_10", "sg_1",
     "Tunku Abdul Rahman"),
    ("Which SG came from the same country as the host of the 1st extraordinary summit?",
     "extraordinary_summit_1", "sg_5", "Pirzada"),
])
def test_the_country_a_row_names_is_asked_about(engine: Engine, question: str, row: str,
                                                entry: str, said: str) -> None:
    """Read as one question, the first step's row answered: the 15th summit's place and
    dates, not when Gambia joined. The answer says the first step too, with its source."""
    reply = engine.ask(question)
    assert reply.intent == entry, reply.reason
    lead = split_lead(reply.answer)[0]
    assert said in lead, reply.answer
    first_step = engine.tables.row_reply(row, reply.lang)
    assert lead.startswith(sentences(first_step.answer)[0]), lead
    assert set(first_step.sources) <= set(reply.sources)


def test_a_chair_named_first_step_says_who_chairs_the_row(engine: Engine) -> None:
    """The first step's line says why the country is the one meant: who chairs the body."""
    reply = engine.ask("The country that chairs COMCEC hosted which Islamic Summits?")
    assert "Chaired by the President of Türkiye." in split_lead(reply.answer)[0]


def test_the_first_step_is_not_said_twice_when_its_row_answers(engine: Engine) -> None:
    """Malaysia's only summit is the 10th: asked which it hosted, the row's line was said
    twice, once as the first step and once as the answer."""
    reply = engine.ask("The country that hosted the 10th Islamic summit hosted which summit "
                       "first?")
    assert reply.intent == "summit_10", reply.reason
    assert reply.answer.count("held in Putrajaya") == 1, reply.answer


@pytest.mark.parametrize(("question", "lead"), [
    # (each got the first step's row, which never says what was asked)
    ("The city where IRCICA is based has hosted which OIC summits?",
     "IRCICA is a subsidiary organ of the OIC, based in Istanbul, Türkiye.\n"
     "• 13th Islamic Summit: Istanbul"),
    ("The city where ICESCO is based hosted which Islamic summit?",
     "ICESCO is a specialised institution of the OIC, based in Rabat, Morocco. The 1st "
     "Islamic Summit was held in Rabat"),
    ("Which OIC subsidiary organ is located in the city that hosted the 4th Islamic summit?",
     "The 4th Islamic Summit was held in Casablanca, Morocco, on 16–19 January 1984. The "
     "Islamic Centre for Development of Trade (ICDT)"),
    # ... and a city where none was held is said to have none (it listed every summit)
    ("Kota tempat SESRIC berkedudukan pernah jadi tuan rumah KTT OKI?",
     "Sumber kami tidak mencatat KTT Islam OKI di Ankara."),
])
def test_the_city_a_row_names_is_asked_about(engine: Engine, question: str, lead: str) -> None:
    answer = engine.ask(question).answer
    assert answer.startswith(lead), answer
    # ("... itu kota apa?" asks only the first step: the row)
    assert engine.ask("Kota tuan rumah KTT ke-2 itu kota apa?").intent == "summit_2"


@pytest.mark.parametrize(("question", "row"), [
    ("Negara tuan rumah KTT ke-15 adalah?", "summit_15"),
    ("Negara yang menjadi tuan rumah KTT Islam ke-9 pada November 2000 adalah ....", "summit_9"),
    ("What is the home country of the 9th Secretary-General?", "sg_9"),
    ("negara asal sekjen oki sekarang apa", "sg_12"),
    # ... its options no rest asking more (they were asked again of The Gambia: not sure)
    ("Negara yang menjadi tuan rumah KTT OKI ke-15 adalah A. Azerbaijan B. Gambia C. Arab Saudi "
     "D. Turki", "summit_15"),
])
def test_a_question_asking_only_the_first_step_gets_the_row(engine: Engine, question: str,
                                                            row: str) -> None:
    assert engine.ask(question).intent == row


@pytest.mark.parametrize(("question", "row"), [
    ("Lahore hosted an Islamic Summit; which OIC Secretary-General was a national of that "
     "same country?", "sg_5"),
    ("Dakar has hosted two Islamic Summits. Which OIC Secretary-General came from that "
     "country?", "sg_3"),
    ("KTT Islam ke-10 digelar di Putrajaya. Sekjen OKI mana yang berasal dari negara itu?",
     "sg_1")])
def test_that_country_is_the_one_of_the_place_said_before(engine: Engine, question: str,
                                                          row: str) -> None:
    """It got the summit held in the city (or the list of summits there)."""
    assert engine.ask(question).entry == row


def test_that_country_after_a_country_described_is_not_the_one_named(engine: Engine) -> None:
    """"The country that sued Myanmar ...": that country is The Gambia, not Myanmar (it was
    asked again of Myanmar)."""
    reply = engine.ask("Negara yang menggugat Myanmar ke Mahkamah Internasional soal Rohingya, "
                       "kapan negara itu menjadi tuan rumah KTT OKI?")
    assert "Myanmar" not in reply.answer.split("\n")[0], reply.reason


def test_that_country_is_found_in_the_clause_pointing_at_it() -> None:
    assert that_country("Dakar hosted two summits. Which SG came from that country?") == (
        "Dakar hosted two summits.", "Which SG came from {country}?", "that country")
    assert that_country("Which SG came from that country?") is None  # (nothing before it)


@pytest.mark.parametrize("question", [
    "Syed Sharifuddin Pirzada's country and years as OIC chief?",
    "Name the OIC's first secretary general and the country he came from."])
def test_a_country_asked_for_is_no_first_step(engine: Engine, question: str) -> None:
    """A person's country asked for, not said to do something: his row answers (asked again
    of Pakistan, "Pakistan and years as OIC chief" was not understood)."""
    assert engine.ask(question).entry in ("sg_5", "sg_1")


@pytest.mark.parametrize(("question", "meeting", "said"), [
    ("KTT tempat Madani dipilih dipimpin siapa?", "summit_12", "Mohamed Morsi"),
    ("Who chaired the summit that elected Iyad Madani?", "summit_12", "Mohamed Morsi"),
    ("The CFM that elected Taha was held where?", "cfm_47", "Niamey"),
    ("sidang menlu yang memilih Laraki diadakan di kota mana", "cfm_24", "Jakarta")])
def test_a_meeting_named_by_whom_it_elected_is_asked_about(
        engine: Engine, question: str, meeting: str, said: str) -> None:
    """It got the holder's own row (Madani's: who he was, not who chaired the summit that
    elected him). The meeting his row's ``elected_at`` names answers, said first."""
    reply = engine.ask(question)
    assert reply.entry == meeting, reply.reason
    first = reply.answer.split("\n")[0]
    assert said in first and ("dipilih pada" in first or "was chosen at" in first)


def test_the_words_naming_a_meeting_by_whom_it_elected() -> None:
    tokens = "who chaired the ktt that elected madani".split()
    assert find_elected_at(tokens, lambda: [(3, 4)], lambda: [(6, 7)]) == ElectedAt(2, 7, (6, 7))
    # (no verb of electing, or no name after it: none)
    assert find_elected_at("who chaired the ktt that madani attended".split(),
                           lambda: [(3, 4)], lambda: [(5, 6)]) is None

