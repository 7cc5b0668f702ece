"""A yes/no (or why) question's place or year is a claim to check, not the topic asked about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.engine.claims import Stated, claims, confirmed, contradicted, miscounted, stated

CAIRO = [(5, 6, {"cairo"})]


def test_a_place_put_as_where_in_a_yes_no_question_is_a_claim_asking_where() -> None:
    found = claims(("was", "the", "oki", "founded", "in", "cairo"), CAIRO, "id")
    assert found is not None
    assert dict(found.found) == {"cairo": "cairo"}
    assert found.asked == ("was", "the", "oki", "founded", "in", "where")


def test_a_year_put_as_when_is_a_claim_asking_when_in_the_question_s_language() -> None:
    found = claims(("apakah", "oki", "didirikan", "tahun", "1975"), [], "en")
    assert found is not None
    assert dict(found.found) == {"1975": "1975"}
    assert found.asked == ("apakah", "oki", "didirikan", "tahun", "kapan")


def test_a_year_right_after_what_happened_is_a_claim_asking_when() -> None:
    """ "apakah OKI didirikan 1945?" left "1945" unexplained and was refused."""
    found = claims(("apakah", "oki", "didirikan", "1945"), [], "id")
    assert found is not None
    assert dict(found.found) == {"1945": "1945"}
    assert found.asked == ("apakah", "oki", "didirikan", "kapan")
    # (a year naming something is no claim of when: the 1945 Constitution)
    found = claims(("apakah", "uud", "1945", "melarang", "itu"), [], "id")
    assert found is None or "1945" not in dict(found.found)


def test_only_a_yes_no_question_claims_and_only_with_in_or_at() -> None:
    assert claims(("when", "was", "the", "oki", "founded", "in", "1969"), [], "en") is None
    assert claims(("did", "the", "oki", "say", "anything", "about", "cairo"),
                  [(6, 7, {"cairo"})], "en") is None
    assert claims(("is", "the", "oki", "in", "cairo"), [(4, 5, {"cairo", "kairouan"})],
                  "en") is None
    # "apa" asks what, unless it opens "apa benar ..."
    assert claims(("apa", "yang", "dibahas", "di", "jeddah"), [(4, 5, {"jeddah"})], "id") is None
    assert claims(("apa", "benar", "oki", "didirikan", "di", "kairo"), [(5, 6, {"cairo"})],
                  "id") is not None


def test_a_number_in_a_yes_no_question_claims_a_count_unless_it_names_something() -> None:
    found = claims(("does", "the", "oki", "have", "60", "members"), [], "id")
    assert found is not None
    assert (dict(found.found), found.asked) == (
        {"60": "60"}, ("does", "the", "oki", "have", "how", "many", "members"))
    assert claims(("apakah", "ktt", "ke", "2", "di", "lahore"), [], "id") is None
    assert claims(("apakah", "pasal", "21", "tentang", "markas"), [], "id") is None
    # a number taken as given is no claim: "one of the 57 members" got "do not mention 57"
    assert claims(("is", "palestine", "one", "of", "the", "57", "members"), [], "en") is None
    assert claims(("apakah", "palestina", "salah", "satu", "dari", "57", "anggota", "oki"), [],
                  "id") is None
    # ... nor a day before its month ("dibentuk tanggal 3 September 1969, betul?" was told
    # "Sumber kami di sini tidak menyebut 3"); a count last is still one
    found = claims(("oki", "dibentuk", "tanggal", "3", "september", "1969"), [], "id",
                   confirming=True)
    assert found is None or found.found.get("3") != "3"
    found = claims(("oki", "punya", "anggota", "58"), [], "id", confirming=True)
    assert found is not None and dict(found.found) == {"58": "58"}


def test_a_count_claimed_in_words_is_a_claim_too() -> None:
    """"The OIC has four official languages, right?" left "four" unexplained and was declined;
    "one of" and "satu" name no count."""
    found = claims(("does", "the", "oki", "have", "four", "official", "languages"), [], "en")
    assert found is not None and dict(found.found) == {"four": "four"}
    assert found.asked == ("does", "the", "oki", "have", "how", "many", "official", "languages")
    assert contradicted("four", says(counts={"3"})) and not contradicted("three", says(
        counts={"3"}))
    assert claims(("is", "egypt", "one", "of", "the", "founders"), [], "en") is None
    assert claims(("is", "it", "two", "of", "them"), [], "en") is None


def test_a_question_mark_without_a_question_word_confirms_in_the_question_s_language() -> None:
    tokens = ("oki", "punya", "58", "anggota")
    assert claims(tokens, [], "id") is None
    found = claims(tokens, [], "id", confirming=True)
    assert found is not None and found.asked == ("oki", "punya", "berapa", "anggota")


def test_a_why_question_s_place_or_year_is_a_premise_and_it_still_asks_why() -> None:
    found = claims(("why", "was", "the", "oki", "founded", "in", "cairo"), [(6, 7, {"cairo"})],
                   "en")
    assert found is not None and dict(found.found) == {"cairo": "cairo"}
    assert found.asked == ("why", "was", "the", "oki", "founded", "in")  # not "in where"
    found = claims(("oki", "didirikan", "tahun", "1975", "kenapa"), [], "id")
    assert found is not None and found.asked == ("oki", "didirikan", "tahun", "kenapa")


def test_a_number_naming_a_committee_is_a_name_not_a_count() -> None:
    """"There are 5 observer states and the Philippines is one of them, right?" was told its
    sources do not mention 5, by an answer whose only number was the Committee of Six's."""
    told = stated([("indonesia", "chaired", "the", "committee", "of", "six"),
                   ("indonesia", "memimpin", "komite", "enam", "selama", "dua", "tahun")],
                  lambda _: ())
    assert told.counts == {"2"} and told.named == {"6"}
    assert not contradicted("2", told) and contradicted("5", told)
    # ... and one a question names is claimed as that name, told by the names answers say
    found = claims(("indonesia", "chaired", "the", "committee", "of", "seven", "right"), [],
                   "en", confirming=True)
    assert found is not None and dict(found.found) == {"seven": "Committee of Seven"}
    assert contradicted("Committee of Seven", told)
    assert not contradicted("Komite 6", told)
    assert not contradicted("Committee of Seven", says(counts={"6"}))  # names no committee


def says(places: Iterable[str] = (), years: Iterable[str] = (), counts: Iterable[str] = ()
         ) -> Stated:
    return Stated(frozenset(places), frozenset(years), frozenset(counts))


def test_an_answer_contradicts_a_claim_only_by_stating_another_of_its_kind() -> None:
    assert contradicted("cairo", says({"rabat"}, {"1969"}))
    assert not contradicted("rabat", says({"rabat", "jeddah"}))
    assert not contradicted("cairo", says(years={"1969"}))  # names no place
    assert contradicted("1975", says(years={"1969", "1972"}))
    assert not contradicted("1972", says(years={"1969", "1972"}))
    assert contradicted("58", says(years={"1969"}, counts={"57"}))
    assert not contradicted("58", says(years={"1958"}))  # states no count


def test_an_answer_states_its_places_years_and_counts() -> None:
    sentence = ("founded", "in", "rabat", "1969", "with", "25", "states")
    found = stated([sentence], lambda tokens: {"rabat"} & set(tokens))
    assert replace(found, dated=(), counted=()) == says({"rabat"}, {"1969"}, {"25"})
    assert found.dated == ((frozenset(sentence), frozenset({"1969"})),)  # (its sentence)
    assert found.counted == (("25", "states"),)  # (and what each count counts)


def test_a_count_said_in_words_is_stated() -> None:
    """"tiga tahun sekali" states a count: "setiap 5 tahun sekali?" is contradicted by it."""
    said = stated([("bersidang", "tiga", "tahun", "sekali")], lambda tokens: ())
    assert said.counts == frozenset({"3"}) and contradicted("5", said)
    assert not contradicted("3", stated([("meets", "every", "three", "years")], lambda t: ()))


def test_a_number_naming_something_counts_nothing() -> None:
    """Russia's "sidang ke-32" was held against a count of five observers claimed."""
    said = stated([("sidang", "menlu", "ke", "32", "di", "sanaa"), ("pasal", "21")],
                  lambda tokens: ())
    assert not said.counts and not said.counted
    assert not contradicted("5", said)


def test_the_days_a_range_of_dates_spans_are_stated() -> None:
    """"KTT pertama OKI berlangsung 4 hari di Rabat, betul gak?" was told its sources do not
    mention 4: "22–25 September" is four days."""
    said = stated([("pada", "22", "25", "september", "1969")], lambda tokens: ())
    assert not contradicted("4", said) and contradicted("5", said)
    # (not two numbers that are no range of days: "9 12 rajab" is no month we know)
    assert "4" not in stated([("9", "12", "rajab")], lambda tokens: ()).counts


def test_a_day_is_claimed_whole_and_weighed_against_the_days_an_answer_names() -> None:
    """"The OIC was founded on 21 August 1969, true?" named the arson's day, and was answered
    with the arson, its claim left standing: the day is the premise, asked as when."""
    tokens = ("oki", "didirikan", "pada", "21", "agustus", "1969", "kan")
    found = claims(tokens, [], "id", confirming=True)
    assert found is not None
    assert dict(found.found) == dict.fromkeys(("21", "agustus", "1969"), "1969-08-21")
    assert found.asked == ("oki", "didirikan", "pada", "kapan", "kan")
    # (a span of days is one claim, no count: "KTT pertama tanggal 22-25 September 1969 ya?"
    # was told "Sumber kami di sini tidak menyebut 22")
    span = claims(("ktt", "tanggal", "22", "25", "september", "1969", "ya"), [], "id", True)
    assert span is not None and set(span.found.values()) == {"1969-09-22/1969-09-25"}
    table = claims(("ktt", "tanggal", "22", "25", "september", "1969", "ya"), [], "id", True,
                   counts_only=True)
    assert table is None
    said = stated([("didirikan", "25", "september", "1969")], lambda tokens: ())
    assert said.days == frozenset({"1969-09-25"})
    assert contradicted("1969-08-21", said) and not contradicted("1969-09-25", said)
    summit = stated([("pada", "22", "25", "september", "1969")], lambda tokens: ())
    assert not contradicted("1969-09-22", summit)  # (a day of the span)
    assert not contradicted("1969-09-20/1969-09-23", summit)
    # (an answer naming no day is weighed by its years)
    assert contradicted("1970-09-25", says(years={"1969"}))
    assert not contradicted("1969-09-25", says(years={"1969"}))
    assert not contradicted("1969-09-25", says({"rabat"}))


def test_a_day_of_a_month_is_claimed_without_a_year() -> None:
    """"Islamophobia day is 21 March, correct?" answered 15 March without saying that its
    sources do not mention 21 March: a yearly day is claimed and weighed too."""
    found = claims(("hari", "islamofobia", "21", "maret", "kan"), [], "id", confirming=True)
    assert found is not None and dict(found.found) == dict.fromkeys(("21", "maret"), "--03-21")
    said = stated([("15", "maret", "hari", "serangan", "2019")], lambda tokens: ())
    assert said.month_days == frozenset({"-03-15"})
    assert contradicted("--03-21", said) and not contradicted("--03-15", said)
    assert not contradicted("--03-21", says(years={"2019"}))  # (names no day of a month)


def test_a_question_naming_a_history_table_claims_only_counts() -> None:
    tokens = ("apakah", "ktt", "oki", "diadakan", "di", "cairo", "5", "tahun", "sekali")
    found = claims(tokens, [(5, 6, {"cairo"})], "id", counts_only=True)
    assert found is not None and dict(found.found) == {"5": "5"}


def test_a_country_after_a_place_claimed_is_part_of_the_claim() -> None:
    """"di Kairo, Mesir": "Mesir" left alone weighed for the entries about Egypt (it got
    Egypt's suspension)."""
    tokens = ("kenapa", "oki", "didirikan", "di", "kairo", "mesir")
    found = claims(tokens, [(4, 5, {"cairo"})], "id", countries=[("mesir",)])
    assert found is not None and dict(found.found) == {"kairo": "cairo", "mesir": "cairo"}


def test_a_place_claimed_may_be_said_to_be_a_city() -> None:
    """"didirikan di kota Kairo": "kota" between "di" and the place hid the claim."""
    tokens = ("oki", "didirikan", "di", "kota", "kairo")
    found = claims(tokens, [(4, 5, {"cairo"})], "id", confirming=True)
    assert found is not None and found.asked == ("oki", "didirikan", "di", "dimana"), found


def test_a_two_digit_year_after_in_is_no_count() -> None:
    """"name changed in '11?" opened "Our sources here do not mention 11"."""
    assert claims(("name", "changed", "in", "11"), [], "en", confirming=True) is None
    found = claims(("oki", "punya", "58", "anggota"), [], "id", confirming=True)
    assert found is not None and found.found == {"58": "58"}


def test_a_country_claimed_is_weighed_against_countries_a_city_against_cities() -> None:
    """An answer naming only a country neither contradicts nor confirms a city ("the
    secretariat sits in Mecca" was "corrected" by the CFM's entry, which names Türkiye)."""
    told = Stated(frozenset({"TR"}), frozenset(), frozenset())
    assert not contradicted("makkah", told)
    assert contradicted("EG", told) and not contradicted("TR", told)
    assert confirmed("TR", told) and not confirmed("EG", told) and not confirmed("makkah", told)


def test_a_year_naming_a_line_is_no_time_stated() -> None:
    """"Al-Aqsa dibakar tahun 1967?" was taken as said by the arson's answer, whose 1967 is a
    border's."""
    for words in [("fire", "of", "1969", "a", "state", "on", "the", "1967", "borders"),
                  ("dibakar", "1969", "negara", "dalam", "batas", "1967")]:
        told = stated([words], lambda tokens: ())
        assert told.years == {"1969"}
        assert contradicted("1967", told) and not contradicted("1969", told)


def test_a_year_claimed_of_what_happened_is_weighed_against_the_sentences_saying_that() -> None:
    """"The OIC was founded in 1970, right?" was taken as said by an answer founding it in
    1969 and setting up its Secretariat in 1970."""
    found = claims(("the", "oki", "was", "founded", "in", "1970"), [], "en", confirming=True)
    assert found is not None
    happened = found.events["1970"]
    assert happened.event == "founding" and happened.of == {"oki"}
    told = stated([("the", "oki", "was", "founded", "in", "1969"),
                   ("its", "secretariat", "was", "founded", "in", "1970")], lambda _: ())
    assert contradicted("1970", told, happened) and not contradicted("1969", told, happened)
    assert not contradicted("1970", told)  # (nothing said happened: the year is said)
    # (a place claimed says where, not of what: "founded in Jeddah in 1969")
    found = claims(("the", "oki", "was", "founded", "in", "jeddah", "in", "1969"),
                   [(5, 6, {"jeddah"})], "en", confirming=True)
    assert found is not None and found.events["1969"].of == {"oki"}


def test_a_count_claimed_of_what_it_counts_is_weighed_against_the_answer_s_counts_of_that() -> None:
    """"OKI punya 56 anggota kan?" was taken as said by an answer of 57 members, 56 of them
    in the UN."""
    found = claims(("oki", "punya", "56", "anggota"), [], "id", confirming=True)
    assert found is not None
    happened = found.events["56"]
    assert happened.event == "counted" and happened.of == {"anggota"}
    told = stated([("oki", "beranggotakan", "57", "negara"),
                   ("56", "juga", "menjadi", "anggota", "pbb")], lambda _: ())
    assert miscounted("56", told, happened) and contradicted("56", told, happened)
    assert not miscounted("57", told, happened) and not contradicted("57", told, happened)
    assert not contradicted("56", told)  # (of nothing counted: the count is said)
    # (a count said of nothing, at the end of a list of what sources say, may be of that)
    listed = stated([("given", "as", "22", "25", "or", "35"),
                     ("egypt", "records", "25", "members")], lambda _: ())
    assert not miscounted("35", listed, replace(happened, of=frozenset(("states",))))
    # (what counts the same, in another form: a "five year term" counts years)
    term = claims(("was", "the", "term", "always", "five", "years"), [], "en")
    assert term is not None
    told = stated([("a", "five", "year", "term", "not", "four", "years", "as", "before")],
                  lambda _: ())
    assert not miscounted("five", told, term.events["five"])
