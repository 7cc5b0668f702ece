"""Quiz items generated from the structured data: the history tables and the country data.

Each item asks one thing a row (or a country's standing) states, and its wrong options are of
the same type, taken from the same table (other summits' cities, other Secretaries-General,
other members' joining years), nearest in time first. A wrong option is never also right:

- it is left out when it equals what the row says (a city of the summit, a year of the row,
  a Secretary-General from the same country, a country that joined in the same year);
- it is left out when the row's (or country's) ``note`` names it, because that is where
  operators record what other sources say ("some pages say Kuala Lumpur", "some lists give
  1970"); countries whose lists disagree (``years_differ``) get no year questions at all;
- a country named only by its country (the 5th summit: "Kuwait") rules out its cities, and a
  city rules out its own country alone.

``oic-bot quiz --check`` checks every item again, independently (bot/study/check.py).
Generation is deterministic: the same content gives the same items, ids and option order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from bot.content.model import LANGS, KnowledgeBase, Row, Source, Table
from bot.content.study import EXPLANATION_MAX, OPTION_MAX, QUESTION_MAX, source_site
from bot.engine import Engine
from bot.engine.tables import format_partial, ordinal
from bot.study.items import Item, Option, stable

OPTIONS = 4  # the right one and three wrong ones, where the data has three
MIN_OPTIONS = 3

Q: Mapping[str, Mapping[str, str]] = {
    "summit_city": {"id": "Di mana {label} diadakan?", "en": "Where was {label} held?"},
    "summit_year": {"id": "Pada tahun berapa {label} diadakan?",
                    "en": "In which year was {label} held?"},
    "cfm_city": {"id": "Di mana {label} diadakan?", "en": "Where was {label} held?"},
    "sg_holder": {"id": "Siapa Sekretaris Jenderal OKI ke-{n}?",
                  "en": "Who {was} the {nth} Secretary-General of the OIC?"},
    "sg_country": {"id": "{holder}, Sekretaris Jenderal OKI ke-{n}, berasal dari negara mana?",
                   "en": "Which country does {holder}, the {nth} Secretary-General of the OIC, "
                   "come from?"},
    "sg_start": {"id": "Pada tahun berapa {holder} mulai menjabat Sekretaris Jenderal OKI?",
                 "en": "In which year did {holder} take office as Secretary-General of the "
                 "OIC?"},
    "sg_by_country": {"id": "Manakah Sekretaris Jenderal OKI berikut yang berasal dari "
                      "{country}?",
                      "en": "Which of these Secretaries-General of the OIC came from "
                      "{country}?"},
    "body_seat": {"id": "Di kota mana {label} berkedudukan?",
                  "en": "In which city is {label} based?"},
    "committee_chair": {"id": "Siapa yang mengetuai {label}?", "en": "Who chairs {label}?"},
    "summit_chair_year": {"id": "Negara mana yang mengambil alih jabatan ketua KTT Islam pada "
                          "{year}?",
                          "en": "Which country took over the chair of the Islamic Summit in "
                          "{year}?"},
    "observer_year": {"id": "Sejak tahun berapa {label} berstatus pengamat di OKI?",
                      "en": "Since which year has {label} been an OIC observer?"},
    "member_year": {"id": "Pada tahun berapa {country} bergabung dengan OKI?",
                    "en": "In which year did {country} join the OIC?"},
    "joined_in": {"id": "Negara mana yang bergabung dengan OKI pada tahun {year}?",
                  "en": "Which of these countries joined the OIC in {year}?"},
    "is_member": {"id": "Manakah dari negara berikut yang menjadi anggota OKI?",
                  "en": "Which of these countries is a member of the OIC?"},
    "not_member": {"id": "Manakah dari negara berikut yang BUKAN anggota OKI?",
                   "en": "Which of these countries is NOT a member of the OIC?"},
    "observer_state": {"id": "Manakah dari negara berikut yang berstatus negara pengamat OKI?",
                       "en": "Which of these countries is an OIC observer state?"},
}
# The explanation's sentence where the row's own lead does not say it (or says too much).
SAY: Mapping[str, Mapping[str, str]] = {
    "chair": {"id": "{label} diketuai oleh {chair}{as_of}.",
              "en": "{label} is chaired by {chair}{as_of}."},
    "member": {"id": "{country} menjadi anggota OKI sejak {since}.",
               "en": "{country} has been a member of the OIC since {since}."},
    "not_member": {"id": "{country} bukan anggota OKI.",
                   "en": "{country} is not a member of the OIC."},
    "observer": {"id": "{country} berstatus negara pengamat OKI sejak {since}.",
                 "en": "{country} has been an OIC observer state since {since}."},
    "took_over": {"id": "{country} mengambil alih jabatan ketua KTT Islam pada {start}.",
                  "en": "{country} took over the chair of the Islamic Summit on {start}."},
    "as_of": {"id": " (data per {year})", "en": " (as of {year})"},
    "source": {"id": "Sumber: {site}.", "en": "Source: {site}."},
}
TOPICS: Mapping[str, tuple[str, ...]] = {
    "summit_city": ("summits", "history"), "summit_year": ("summits", "history"),
    "summit_chair_year": ("summits", "history"), "cfm_city": ("history",),
    "sg_holder": ("secretaries", "history"), "sg_country": ("secretaries", "history"),
    "sg_start": ("secretaries", "history"), "sg_by_country": ("secretaries", "history"),
    "body_seat": ("organs",), "committee_chair": ("organs",),
}
DIFFICULTY: Mapping[str, str] = {
    "summit_city": "medium", "summit_year": "hard", "summit_chair_year": "hard",
    "cfm_city": "hard", "sg_holder": "medium", "sg_country": "medium", "sg_start": "hard",
    "sg_by_country": "medium", "body_seat": "medium", "committee_chair": "hard",
    "observer_year": "hard", "member_year": "hard", "joined_in": "medium",
    "is_member": "easy", "not_member": "easy", "observer_state": "medium",
}
HELD = ("held", "former", "current", None)  # statuses of things that happened


def generate(engine: Engine) -> list[Item]:
    """Every item the content supports, in a stable order."""
    return list(_Generator(engine).items())


def mentioned(name: str, texts: Iterable[str]) -> bool:
    """Whether ``name`` appears as words in any of ``texts`` (case and accents aside)."""
    pattern = re.compile(rf"(?<!\w){re.escape(name.casefold())}(?!\w)")
    return any(pattern.search(text.casefold()) for text in texts)


class _Generator:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.kb: KnowledgeBase = engine.kb
        self.excluded = self.kb.quiz_exclude

    def items(self) -> Iterator[Item]:
        tables = self.kb.tables
        if "summits" in tables:
            yield from self._places("summit_city", tables["summits"])
            yield from self._years("summit_year", tables["summits"])
        if "cfm_sessions" in tables:
            yield from self._places("cfm_city", tables["cfm_sessions"])
        if "secretaries_general" in tables:
            yield from self._secretaries(tables["secretaries_general"])
        if "bodies" in tables:
            yield from self._seats(tables["bodies"])
            yield from self._chairs(tables["bodies"])
        if "summit_chairs" in tables:
            yield from self._summit_chairs(tables["summit_chairs"])
        if "oic_observers" in tables:
            yield from self._years("observer_year", tables["oic_observers"])
        yield from self._countries()

    # -- names ---------------------------------------------------------------------------------

    def country(self, code: str, lang: str) -> str:
        override = self.kb.country_names.get(code)
        if override:
            return override.name[lang]
        countries = self.engine.countries
        return countries.name(code).name[lang] if code in countries.codes else code

    def country_option(self, code: str) -> Option:
        names = {lang: self.country(code, lang) for lang in LANGS}
        return Option(MappingProxyType(names), code, tuple(dict.fromkeys(names.values())))

    def place(self, row: Row) -> Option | None:
        """Where a row took place or sits, as an option (None if the row does not say)."""
        if not row.cities and not row.country:
            return None
        texts = {}
        for lang in LANGS:
            city = "/".join(self.kb.places[c].name[lang] for c in row.cities)
            country = self.country(row.country, lang) if row.country else ""
            texts[lang] = (f"{city}, {country}" if city and country and city != country
                           else city or country)
        if row.cities:
            mentions = [n for c in row.cities for n in self.kb.places[c].name.values()]
        else:
            mentions = [self.country(row.country or "", lang) for lang in LANGS]
        key = "+".join(row.cities) if row.cities else f"country:{row.country}"
        return Option(MappingProxyType(texts), key, tuple(dict.fromkeys(mentions)))

    def label(self, row: Row, table: Table, lang: str) -> str:
        if row.name:
            return row.name[lang]
        values: dict[str, str] = {}
        if row.ordinal:
            values.update(n=str(row.ordinal), nth=ordinal(row.ordinal, lang))
        if row.start:
            values["year"] = str(row.start.year)
        if row.country:
            values["country"] = self.country(row.country, lang)
        for template in table.kinds[row.kind].label:
            if template.fields <= values.keys() and (
                    not template.statuses or row.status in template.statuses):
                return template.text[lang].format_map(values)
        return row.id

    def lead(self, answer_id: str) -> dict[str, str]:
        """The first sentence(s) of the bot's own answer about ``answer_id``."""
        return {lang: self.engine.entry_reply(answer_id, lang).answer.split("\n")[0]
                for lang in LANGS}

    # -- building an item ----------------------------------------------------------------------

    def item(self, kind: str, subject: str, *, question: Mapping[str, str], right: Option,
             wrong: Sequence[Option], said: Mapping[str, str], sources: Sequence[Source],
             about: str, where: Row | None = None, country: str | None = None,
             topics: tuple[str, ...] | None = None) -> Item | None:
        """The item, or None when the data gives too few wrong options or a text is too long
        for Telegram."""
        if len(wrong) < MIN_OPTIONS - 1 or not sources:
            return None
        ident = f"{kind}:{subject}"
        options = list(wrong[: OPTIONS - 1])
        correct = stable(ident) % (len(options) + 1)
        options.insert(correct, right)
        explanation = self.explain(said, sources)
        if explanation is None or any(len(question[lang]) > QUESTION_MAX for lang in LANGS) \
                or any(len(o.text[lang]) > OPTION_MAX for o in options for lang in LANGS):
            return None
        subject_country = where.country if where else country
        extra = ("indonesia",) if subject_country == "ID" else ()
        path, line = (where.path, where.line) if where else self._country_place(country)
        return Item(
            id=ident, kind=kind, topics=(topics or TOPICS.get(kind, ("members",))) + extra,
            difficulty=DIFFICULTY[kind], question=MappingProxyType(dict(question)),
            options=tuple(options), correct=correct, explanation=explanation,
            sources=tuple(sources), about=about, path=path, line=line, subject=subject)

    def _country_place(self, code: str | None) -> tuple[Path, int | None]:
        country = self.kb.countries.get(code or "")
        return (country.path, country.line) if country else (self.kb.root, None)

    def explain(self, said: Mapping[str, str], sources: Sequence[Source]
                ) -> Mapping[str, str] | None:
        """``said`` and the source it comes from, within Telegram's 200 characters."""
        site = source_site(sources[0])
        texts = {}
        for lang in LANGS:
            text = f"{said[lang]} {SAY['source'][lang].format(site=site)}"
            if len(text) > EXPLANATION_MAX:
                return None
            texts[lang] = text
        return MappingProxyType(texts)

    # -- tables --------------------------------------------------------------------------------

    def _happened(self, table: Table) -> list[Row]:
        return [r for r in table.rows if r.status in HELD and r.id not in self.excluded]

    def _unique_labels(self, table: Table, rows: list[Row]) -> list[Row]:
        """Rows whose label names them alone (a question must say which row it means)."""
        labels = [self.label(r, table, "en") for r in table.rows]
        return [r for r in rows if labels.count(self.label(r, table, "en")) == 1]

    def _places(self, kind: str, table: Table) -> Iterator[Item]:
        rows = [r for r in self._happened(table) if r.start]
        asked = self._unique_labels(table, rows)
        if kind == "cfm_city":  # the sheet lacks the full list of sessions: "the 1983 session"
            asked = [r for r in asked if r.ordinal]  # may not be the only one that year
        for row in asked:
            right = self.place(row)
            if right is None:
                continue
            notes = _notes(row)
            subject_countries = {row.country} if row.country else set()
            wrong = []
            for other in sorted(rows, key=lambda r: (_year_gap(r, row), stable(row.id, r.id))):
                option = self.place(other)
                if option is None or set(other.cities) & set(row.cities):
                    continue
                if (not row.cities or not other.cities) and other.country in subject_countries:
                    continue  # "Kuwait" and "Kuwait City" could both be right
                if mentioned_any(option.mentions, notes):
                    continue
                wrong.append(option)
            labels = {lang: _the(self.label(row, table, lang), lang) for lang in LANGS}
            found = self.item(
                kind, row.id, question=_ask(kind, label=labels), right=right,
                wrong=_distinct([right], wrong), said=self.lead(row.id), sources=row.sources,
                about=row.id, where=row)
            if found:
                yield found

    def _years(self, kind: str, table: Table) -> Iterator[Item]:
        rows = [r for r in self._happened(table) if r.start]
        for row in self._unique_labels(table, rows):
            assert row.start is not None
            labels = {lang: self.label(row, table, lang) for lang in LANGS}
            if any(str(row.start.year) in label for label in labels.values()):
                continue  # "the Joint Arab-Islamic Summit of 2023": the question would tell
            true_years = {row.start.year, (row.end or row.start).year}
            others = [r.start.year for r in rows if r.start]
            wrong = self._year_options(row.start.year, others, true_years, _notes(row))
            named = _the if kind == "summit_year" else _mid
            labels = {lang: named(label, lang) for lang, label in labels.items()}
            found = self.item(
                kind, row.id, question=_ask(kind, label=labels),
                right=_year(row.start.year), wrong=wrong, said=self.lead(row.id),
                sources=row.sources, about=row.id, where=row)
            if found:
                yield found

    def _year_options(self, year: int, candidates: Iterable[int], true_years: set[int],
                      notes: Sequence[str]) -> list[Option]:
        """Years others have, nearest first, then years around ``year`` if too few."""
        pool = sorted(set(candidates) - true_years, key=lambda y: (abs(y - year), y))
        fill = [year + step * sign for step in range(1, 6) for sign in (-1, 1)]
        return [_year(y) for y in dict.fromkeys([*pool, *fill])
                if y not in true_years and not mentioned(str(y), notes)][: OPTIONS - 1]

    def _secretaries(self, table: Table) -> Iterator[Item]:
        rows = [r for r in self._happened(table) if r.holder and r.ordinal and r.start]
        for row in rows:
            assert row.holder is not None and row.ordinal is not None and row.start is not None
            notes = _notes(row)
            near = sorted((r for r in rows if r is not row),
                          key=lambda r: (abs((r.ordinal or 0) - (row.ordinal or 0)), r.id))
            values = {lang: {"n": str(row.ordinal), "nth": ordinal(row.ordinal, lang),
                             "holder": row.holder[lang],
                             "was": "is" if row.status == "current" else "was"}
                      for lang in LANGS}
            said = self.lead(row.id)
            holders = [_holder(r) for r in near if r.holder and r.holder["en"] != row.holder["en"]
                       and not mentioned(r.holder["en"], notes)]
            yield from self._some(
                self.item("sg_holder", row.id, question=_ask("sg_holder", values),
                          right=_holder(row), wrong=holders, said=said, sources=row.sources,
                          about=row.id, where=row),
                self.item("sg_country", row.id, question=_ask("sg_country", values),
                          right=self.country_option(row.country or ""),
                          wrong=[o for o in _distinct([], [self.country_option(r.country or "")
                                                           for r in near])
                                 if o.key != row.country and not mentioned_any(o.mentions, notes)],
                          said=said, sources=row.sources, about=row.id, where=row)
                if row.country else None,
                self.item("sg_start", row.id, question=_ask("sg_start", values),
                          right=_year(row.start.year),
                          wrong=self._year_options(row.start.year,
                                                   (r.start.year for r in near if r.start),
                                                   {row.start.year}, notes),
                          said=said, sources=row.sources, about=row.id, where=row),
                self.item("sg_by_country", row.id,
                          question=_ask("sg_by_country", {lang: {"country": self.country(
                              row.country or "", lang)} for lang in LANGS}),
                          right=_holder(row),
                          wrong=[_holder(r) for r in near if r.country != row.country
                                 and not mentioned(r.holder["en"] if r.holder else "", notes)],
                          said=said, sources=row.sources, about=row.id, where=row)
                if row.country else None)

    def _seats(self, table: Table) -> Iterator[Item]:
        rows = [r for r in self._happened(table) if r.cities]
        for row in rows:
            notes = _notes(row)
            wrong = []
            for other in sorted(rows, key=lambda r: stable(row.id, r.id)):
                option = self.place(other)
                if option is None or set(other.cities) & set(row.cities) \
                        or mentioned_any(option.mentions, notes):
                    continue
                wrong.append(option)
            right = self.place(row)
            assert right is not None
            labels = {lang: _mid(self.label(row, table, lang), lang) for lang in LANGS}
            found = self.item("body_seat", row.id, question=_ask("body_seat", label=labels),
                              right=right, wrong=_distinct([right], wrong),
                              said=self.lead(row.id), sources=row.sources, about=row.id,
                              where=row)
            if found:
                yield found

    def _chairs(self, table: Table) -> Iterator[Item]:
        rows = [r for r in self._happened(table) if r.chair and r.kind == "standing_committee"]
        for row in rows:
            assert row.chair is not None
            notes = _notes(row)
            wrong = [_text(r.chair, r.id) for r in rows if r.chair
                     and r.chair["en"] != row.chair["en"] and not mentioned(r.chair["en"], notes)]
            labels = {lang: _mid(self.label(row, table, lang), lang) for lang in LANGS}
            as_of = {lang: SAY["as_of"][lang].format(year=row.as_of.year) if row.as_of else ""
                     for lang in LANGS}
            said = {lang: SAY["chair"][lang].format(label=self.label(row, table, lang),
                                                    chair=row.chair[lang], as_of=as_of[lang])
                    for lang in LANGS}
            found = self.item("committee_chair", row.id,
                              question=_ask("committee_chair", label=labels),
                              right=_text(row.chair, row.id),
                              wrong=sorted(wrong, key=lambda o: stable(row.id, o.key)),
                              said=said, sources=row.sources, about=row.id, where=row)
            if found:
                yield found

    def _summit_chairs(self, table: Table) -> Iterator[Item]:
        rows = [r for r in table.rows if r.id not in self.excluded and r.country]
        for row in rows:
            if row.status not in ("former", "current") or row.start is None:
                continue
            year = row.start.year
            took_over = {r.country for r in rows if r.start and r.start.year == year}
            wrong = [self.country_option(r.country or "") for r in sorted(
                rows, key=lambda r: (_year_gap(r, row), r.id)) if r.country not in took_over]
            found = self.item(
                "summit_chair_year", row.id,
                question=_ask("summit_chair_year", {lang: {"year": str(year)} for lang in LANGS}),
                right=self.country_option(row.country or ""),
                wrong=[o for o in _distinct([], wrong)
                       if not mentioned_any(o.mentions, _notes(row))],
                said={lang: SAY["took_over"][lang].format(
                    country=self.country(row.country or "", lang),
                    start=format_partial(row.start, lang)) for lang in LANGS},
                sources=row.sources, about=row.id, where=row)
            if found:
                yield found

    # -- countries -----------------------------------------------------------------------------

    def _countries(self) -> Iterator[Item]:
        countries = [c for c in self.kb.countries.values()
                     if f"membership:{c.code}" not in self.excluded]
        members = [c for c in countries if c.status == "member" and c.since]
        settled = [c for c in members if not c.years_differ]  # every list gives one year
        others = [c for c in countries if c.status != "member"]
        outsiders = [c for c in countries if c.status == "not_member"]
        for country in members:
            code = country.code
            names = {lang: {"country": self.country(code, lang)} for lang in LANGS}
            said = _say("member", names, since=country.since)
            notes = [*country.note.values()] if country.note else []
            about = f"membership:{code}"
            if not country.years_differ and country.since:
                yield from self._some(
                    self.item("member_year", code, question=_ask("member_year", names),
                              right=_year(country.since),
                              wrong=self._year_options(country.since,
                                                       (c.since for c in members if c.since),
                                                       {country.since}, notes),
                              said=said, sources=country.sources, about=about, country=code),
                    self.item("joined_in", code,
                              question=_ask("joined_in", {lang: {"year": str(country.since)}
                                                          for lang in LANGS}),
                              right=self.country_option(code),
                              wrong=[self.country_option(c.code) for c in sorted(
                                  settled, key=lambda c: (abs((c.since or 0)
                                                              - (country.since or 0)),
                                                          stable(code, c.code)))
                                  if c.since != country.since],
                              said=said, sources=country.sources, about=about, country=code))
            found = self.item(
                "is_member", code, question=_ask("is_member"), right=self.country_option(code),
                wrong=[self.country_option(c.code)
                       for c in sorted(others, key=lambda c: stable(code, c.code))],
                said=said, sources=country.sources, about=about, country=code)
            if found:
                yield found
        for country in outsiders:
            code = country.code
            names = {lang: {"country": self.country(code, lang)} for lang in LANGS}
            found = self.item(
                "not_member", code, question=_ask("not_member"), right=self.country_option(code),
                wrong=[self.country_option(c.code)
                       for c in sorted(members, key=lambda c: stable(code, c.code))],
                said=_say("not_member", names), sources=country.sources,
                about=f"membership:{code}", country=code)
            if found:
                yield found
        for country in countries:
            if country.status != "observer":
                continue
            code = country.code
            names = {lang: {"country": self.country(code, lang)} for lang in LANGS}
            found = self.item(
                "observer_state", code, question=_ask("observer_state"),
                right=self.country_option(code),
                wrong=[self.country_option(c.code) for c in sorted(
                    (c for c in countries if c.status != "observer"),
                    key=lambda c: stable(code, c.code))],
                said=_say("observer", names, since=country.since), sources=country.sources,
                about=f"membership:{code}", country=code)
            if found:
                yield found

    @staticmethod
    def _some(*items: Item | None) -> Iterator[Item]:
        yield from (item for item in items if item is not None)


# -- small helpers ------------------------------------------------------------------------------


def _ask(kind: str, values: Mapping[str, Mapping[str, str]] | None = None,
         label: Mapping[str, str] | None = None) -> dict[str, str]:
    """The question of ``kind`` with its values filled in, per language."""
    texts = {}
    for lang in LANGS:
        fill = dict(values[lang]) if values else {}
        if label:
            fill["label"] = label[lang]
        texts[lang] = Q[kind][lang].format_map(fill)
    return texts


def _say(what: str, names: Mapping[str, Mapping[str, str]], **values: object
         ) -> dict[str, str]:
    return {lang: SAY[what][lang].format(**names[lang], **values) for lang in LANGS}


def _notes(row: Row) -> list[str]:
    return list(row.note.values()) if row.note else []


def mentioned_any(names: Iterable[str], texts: Sequence[str]) -> bool:
    return any(mentioned(name, texts) for name in names if name)


def _year(year: int) -> Option:
    return Option(MappingProxyType(dict.fromkeys(LANGS, str(year))), str(year), (str(year),))


def _holder(row: Row) -> Option:
    assert row.holder is not None
    return _text(row.holder, row.id)


def _text(texts: Mapping[str, str], key: str) -> Option:
    shown = {lang: text[:1].upper() + text[1:] for lang, text in texts.items()}
    return Option(MappingProxyType(shown), key, tuple(dict.fromkeys(texts.values())))


def _distinct(taken: Sequence[Option], options: Iterable[Option]) -> list[Option]:
    """``options`` without repeats, nor any that reads like one of ``taken``."""
    seen = {(lang, o.text[lang].casefold()) for o in taken for lang in LANGS}
    found = []
    for option in options:
        keys = {(lang, option.text[lang].casefold()) for lang in LANGS}
        if not keys & seen:
            seen |= keys
            found.append(option)
    return found


def _year_gap(row: Row, other: Row) -> int:
    return abs((row.start.year if row.start else 0) - (other.start.year if other.start else 0))


def _the(label: str, lang: str) -> str:
    """A row's label after "Where was": "the 2nd Islamic Summit" (Indonesian needs none)."""
    return "the " + label.removeprefix("The ") if lang == "en" else label


def _mid(label: str, lang: str) -> str:
    """A label inside an English sentence: "the Islamic Development Bank", not "The ..."."""
    return "the " + label[4:] if lang == "en" and label.startswith("The ") else label
