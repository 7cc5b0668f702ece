"""Which region a question names ("Afrika", "Central Asia"), and which members lie there.

The regions and each member's are content (knowledge/regions.yaml, the UN's statistical
regions): "negara anggota OKI di Afrika" lists the members, "sekjen OKI dari Afrika" the
Secretaries-General whose country lies there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.content.model import LANGS, Country, KnowledgeBase, Source


class RegionIndex:
    """The regions' names as a question's tokens, and the members by region."""

    def __init__(self, kb: KnowledgeBase, tokens: Callable[[str], tuple[str, ...]]) -> None:
        self.kb = kb
        named = {f" {' '.join(tokens(n))} ": r.id for r in kb.regions.values()
                 for n in (*(r.name[lang] for lang in LANGS), *r.aliases)}
        # longest first: "afrika utara" is read before "afrika" can be
        self._names = sorted(named.items(), key=lambda kv: -len(kv[0]))

    def named(self, tokens: Sequence[str]) -> tuple[str | None, frozenset[str]]:
        """The one region the tokens name, and the tokens naming it; None when they name
        none or several ("Asia or Africa")."""
        padded = f" {' '.join(tokens)} "
        regions: set[str] = set()
        said: set[str] = set()
        for name, region in self._names:
            if name in padded:
                regions.add(region)
                said.update(name.split())
                padded = padded.replace(name, " ")
        return (regions.pop() if len(regions) == 1 else None), frozenset(said)

    def members(self, ident: str) -> list[Country]:
        """The members whose region is ``ident`` or lies within it."""
        return [c for c in self.kb.countries.values()
                if c.status == "member" and self.holds(ident, c.code)]

    def holds(self, ident: str, code: str) -> bool | None:
        """Whether the country ``code`` lies in region ``ident``; None when no region is
        recorded for it (a country that is not a member)."""
        country = self.kb.countries.get(code)
        if country is None or country.region is None:
            return None
        return ident in (country.region, self.kb.regions[country.region].within) or \
            country.region in self.kb.regions[ident].parts

    def sources(self, ident: str) -> tuple[Source, ...]:
        """What lists the members of region ``ident``: the regions' sources, its continent's
        and its own."""
        region = self.kb.regions[ident]
        continent = self.kb.regions[region.within] if region.within else None
        found = (*self.kb.region_sources, *(continent.sources if continent else ()),
                 *region.sources)
        return tuple({s.url: s for s in found}.values())
