"""Namesakes abroad: small towns or variant spellings of a country nothing else in the story names.

A short report names a village the gazetteer may not hold ("Arbin", "Khelsa", "Madaya" with its
Syrian row unpopulated) next to places, groups or nationals of one country; the small towns of
the same name in France, Germany or Myanmar are then namesakes, not the place meant. A town of
a country is read only when something besides the name points to that country (another of its
places, a demonym, a named actor of it), or when the town is big enough to be news-famous on
its own (a story about Britain may mention Calais without naming France). The name is then left
to the document's own places (containers, `near_anchor`) instead of a wrong country.
"""

from __future__ import annotations

from collections import Counter

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.toponym_candidate import Candidate, containment
from dateline.resolve.transliteration import romanised_countries, same_name

FIRM_EVIDENCE = 1.0  # at least one unambiguous place, actor or national of another country
SMALL_TOWN_POP = 30_000  # a town by its own name: foreign reading kept when bigger
ALIAS_TOWN_POP = 1_000_000  # a town by an alternate spelling ('Bala' for Basel)
TOWN_KINDS = frozenset({"city", "admin2"})
LOCAL_KINDS = frozenset({"city", "admin2", "landmark"})
ALIAS_CITY_POP = 1_000_000


def foreign_towns(gaz: Gazetteer, cand: Candidate, elsewhere: Counter) -> set[int]:
    """Rows of `cand` that are small towns of a country the rest of the document gives no
    evidence for, while it gives firm evidence for another (`elsewhere`: country -> weight from
    the document's other names and actors). A parent ('Arbin, France'), a type word that asks
    for a country, or a landmark keeps every reading."""
    # 'Kisii, Nyamira, Bomet': commas of a list are no parent that would pick a reading
    if sum(elsewhere.values()) < FIRM_EVIDENCE or containment(cand) != (None, None) \
            or cand.feature == "country":
        return set()
    out = set()
    for r in cand.rows:
        country = gaz.country[r]
        if gaz.kind[r] not in TOWN_KINDS or not country or elsewhere.get(country, 0) > 0:
            continue
        limit = SMALL_TOWN_POP if _own_name(gaz, r, cand.key) else ALIAS_TOWN_POP
        if gaz.population[r] < limit:
            out.add(r)
    return out


def aliases_abroad(gaz: Gazetteer, cand: Candidate, key_countries: dict[str, set[str]]
                   ) -> set[int]:
    """Towns a name matches only through an alternate spelling ('Ariha' is one of Jericho's,
    'Bala' one of Basel's) that lie outside the one country every other place of the story is
    in, when the name also has a reading in that country: like a fuzzy match (issue #5), a
    variant name is trusted only among the document's countries. Big cities keep their old and
    foreign names ('Kiev', 'Bombay'). `key_countries`: name key -> countries of its reading."""
    others = {c for key, cs in key_countries.items() if key != cand.key for c in cs}
    if len(others) != 1 or not any(gaz.country[r] in others for r in cand.rows):
        return set()  # only where the name has a reading in that country to fall back on
    return {r for r in cand.rows if gaz.kind[r] in LOCAL_KINDS and gaz.geonameid[r]
            and gaz.country[r] not in others and gaz.population[r] < ALIAS_CITY_POP
            and not _own_name(gaz, r, cand.key)}


def _own_name(gaz: Gazetteer, row: int, key: str) -> bool:
    """The row's own name or a spelling of it ('Deir Ezzor' of Deir ez-Zor), not another name
    it bears ('Ariha' of Jericho)."""
    return gaz.is_primary(row, key) or same_name(key, gaz.name[row])


def borrowed_names(gaz: Gazetteer, cand: Candidate) -> set[int]:
    """Small towns that bear the name only as an alternate ('Ariha' is Jericho's Arabic name)
    while a town elsewhere bears it as its own (Ariha in Idlib): an English text writing the
    local form of a small town's name means the place whose name it is. Only where names are
    romanised from another script (`transliteration.romanised_countries`), whose towns carry many
    foreign and variant names; in Britain 'Middletown' may be a slip for Middlestown. Big towns
    keep their other names ('Palmyra' is Tadmur's), as do rows a parent picks out."""
    if cand.parent is not None or cand.child is not None:
        return set()
    owners = {gaz.country[r] for r in cand.rows
              if gaz.kind[r] in LOCAL_KINDS and _own_name(gaz, r, cand.key)}
    if not owners:
        return set()
    romanised = romanised_countries()
    return {r for r in cand.rows if gaz.kind[r] in TOWN_KINDS and gaz.country[r] not in owners
            and gaz.country[r] in romanised
            and gaz.population[r] < SMALL_TOWN_POP and not _own_name(gaz, r, cand.key)}
