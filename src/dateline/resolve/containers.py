"""Places the text puts inside another: 'Boni in the Mopti region', 'the Tres Rios district' of a city.

A name's namesakes abroad (Bonn for 'Boni', Brazil's Tres Rios, Iraq's Salah al-Din) can
outscore its own reading when the gazetteer lacks the small place the text means. The text
often says which larger place holds it, and that settles it (Leidner 2007, "contained-in"):

- 'X in (the) Y [region|province|state|...]' with Y resolved as a province or country: X lies
  in Y;
- 'the X district' (a part of a town: district, neighbourhood, suburb, quarter) after a city
  the story names: X lies in that city's province, or near another place the story names
  (an Afghan district after 'officials in Kabul' lies in the province the story names);
- a unit typed as a region, district or area ('the Catatumbo region', 'al-Marj area') whose
  readings are all small places outside the one country of the story's other places, named
  after a town of that country: X lies in that country (near that town when in one sentence).

The type words are `town_part_words`, `unit_words` and `area_words` of `cues.yaml`.

Readings outside the container are dropped; when none is left the name is placed at the
container (`fallback`), as honestly coarse as the container is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from dateline.records import Place
from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.geocode import DocContext, haversine_km
from dateline.resolve.place_cues import PlaceCues, place_cues
from dateline.resolve.toponym_candidate import Candidate, containment

CONTAINER_KINDS = frozenset({"admin1", "country"})
ADDRESS_KINDS = CONTAINER_KINDS | {"admin2", "region"}  # counties name the towns of an address too
PARENT_CITY_POP = 100_000  # a city with named districts of its own
SMALL_UNIT_KINDS = frozenset({"city", "admin2"})
NEAR_KM = 50.0  # a reading this near another of the story's places is one of them
FAR_KM = 500.0  # a sizeable 'area' namesake nearer than this to the story's town is itself
BORDER_TOWN_POP = 20_000
COUNTY_KM = 100.0  # a county's towns lie within this of its centre
IN_WINDOW = 3  # 'in', 'the', one adjective ('in southern Chin State')


@dataclass(frozen=True)
class Container:
    """The larger place `row` a name lies in; `level` is 'admin1' (same province as the row),
    'county' (within `COUNTY_KM` of the county's centre),
    'country', 'near' (the row's country, placed near the row when no reading is left) or
    'town' (the row's province, or near the story's other places)."""

    row: int
    level: str

    def holds(self, gaz: Gazetteer, row: int, ctx: DocContext, cand: Candidate) -> bool:
        if gaz.country[row] != gaz.country[self.row]:
            return False
        if self.level == "county":
            return _county_holds(gaz, self.row, row)
        if self.level in ("country", "near") or gaz.admin1[row] == gaz.admin1[self.row]:
            return True
        named = ctx.named_admin1.get((gaz.country[row], gaz.admin1[row]), set())
        return self.level == "town" and (
            bool(named - {cand.key})
            or ctx.nearest_km(gaz.lat[row], gaz.lon[row], cand, other_names=True) <= NEAR_KM)


def find_containers(doc: Doc, gaz: Gazetteer, cands: list[Candidate], ctx: DocContext
                    ) -> dict[int, Container]:
    """id(candidate) -> the place the text puts it in, from the first-pass winners in `ctx`.
    A name repeated without a container of its own takes that of its first mention."""
    found: dict[int, Container] = {}
    first: dict[str, int] = {}
    for i, cand in enumerate(cands):
        if cand.kind == "demonym":
            continue
        box = _stated_parent(doc, gaz, cands, i, ctx.best) \
            or _address_parent(gaz, cand, ctx.best) \
            or _town_part_of(doc, gaz, cands, i, ctx.best) \
            or _unit_abroad(doc, gaz, cand, cands[:i], ctx)
        if box is not None:
            found[id(cand)] = box
            first.setdefault(cand.key, id(cand))
    for cand in cands:
        if id(cand) not in found and cand.key in first and cand.kind != "demonym":
            found[id(cand)] = found[first[cand.key]]
    return found


def _stated_parent(doc: Doc, gaz: Gazetteer, cands: list[Candidate], i: int,
                   best: dict[int, int]) -> Container | None:
    """'Boni in the Mopti region', 'Paletwa in southern Chin State': the next name, a few words
    on after 'in', resolved as a province or country; 'the Shevchenkivskyi district of
    Kharkiv': the city after a town-part word and 'of'."""
    if i + 1 >= len(cands):
        return None
    cand, nxt = cands[i], cands[i + 1]
    between = [t.lower_ for t in doc[cand.end:nxt.start] if not t.is_space]
    row, own = best.get(id(nxt)), best.get(id(cand))
    if row is None or nxt.kind == "demonym" or any(gaz.kind[r] == "country" for r in cand.rows):
        return None
    if len(between) == 2 and between[0] in place_cues().town_part_words and between[1] == "of" \
            and gaz.kind[row] == "city" and gaz.population[row] >= PARENT_CITY_POP:
        return Container(row, "town")
    if len(between) == 2 and between[0] in place_cues().town_part_words and between[1] == "," \
            and gaz.kind[row] in CONTAINER_KINDS and cand.kind == "literal":
        # 'Arghandab district, Kandahar province': the address names the district's province
        return Container(row, "country" if gaz.kind[row] == "country" else "admin1")
    if not between or between[0] != "in" or len(between) > IN_WINDOW or any(
            t.is_punct or t.pos_ not in ("DET", "ADJ", "ADP") for t in doc[cand.end + 1:nxt.start]
            if not t.is_space):
        return None
    if gaz.kind[row] not in CONTAINER_KINDS or cand.kind != "literal" \
            or (own is not None and (gaz.kind[own] in CONTAINER_KINDS or not gaz.country[own])):
        # 'Russia in Syria', 'Sindh in Pakistan': no town in a province; 'the Indian Ocean in
        # Seychelles': an ocean or continent (no one country) lies in no country
        return None
    return Container(row, "country" if gaz.kind[row] == "country" else "admin1")


def _address_parent(gaz: Gazetteer, cand: Candidate, best: dict[int, int]) -> Container | None:
    """'Dublin, Ontario', 'Melbourne, Derbyshire': an address names the province, county
    or country that holds the town (a county holds it within its province). Only
    when no reading of the town lies even in that country (the gazetteer lacks the small place,
    and its namesakes are abroad): otherwise the parent's weight in `geocode.row_score` already
    picks the reading inside it, and a misread list ('Aleppo, Idlib') keeps its own towns."""
    parent = containment(cand)[0] or _address_chain(gaz, cand, best)
    row = best.get(id(parent)) if parent is not None and parent.kind == "literal" else None
    if row is None or gaz.kind[row] not in ADDRESS_KINDS or cand.kind != "literal" \
            or not cand.rows or any(gaz.kind[r] in CONTAINER_KINDS or not gaz.country[r] for r in cand.rows):
        return None
    if gaz.kind[row] == "admin2" and gaz.country[row] \
            and not any(_county_holds(gaz, row, r) for r in cand.rows):
        # 'Alnwick, Cornwall': the only Alnwick the gazetteer knows lies in another county
        return Container(row, "county")
    if not gaz.country[row] or any(gaz.country[r] == gaz.country[row] for r in cand.rows):
        return None  # 'the Middle East' or 'Europe' holds no one country's towns
    return Container(row, "country" if gaz.kind[row] == "country" else "admin1")


def _county_holds(gaz: Gazetteer, county: int, row: int) -> bool:
    """Whether `row` can lie in the county `county`: the gazetteer has no county codes, so a
    town of its country near enough to the county's centre."""
    return gaz.country[row] == gaz.country[county] and haversine_km(
        gaz.lat[row], gaz.lon[row], gaz.lat[county], gaz.lon[county]) <= COUNTY_KM


def _address_chain(gaz: Gazetteer, cand: Candidate, best: dict[int, int]) -> Candidate | None:
    """The province of 'Dublin, Ontario, Canada': three names in a row read as a list, unless
    the second is a province of the country the third names (an address, not a list)."""
    parent = cand.parent
    country = parent.parent if parent is not None else None
    if parent is None or country is None or country.parent is not None:
        return None
    row, top = best.get(id(parent)), best.get(id(country))
    if row is None or top is None or gaz.kind[row] != "admin1" or gaz.kind[top] != "country":
        return None
    return parent if gaz.country[row] == gaz.country[top] else None


def _type_word(doc: Doc, cands: list[Candidate], i: int) -> str:
    """The type word after the name, or after the last of a list it opens ('the Abu Salim and
    Salah al-Din districts')."""
    starts = {c.start: c for c in cands}
    end = cands[i].end
    while end + 1 < len(doc) and doc[end].lower_ in ("and", ",", "or") \
            and (nxt := starts.get(end + 1)) is not None:
        end = nxt.end
    return doc[end].lower_ if end < len(doc) else ""


def _town_part_of(doc: Doc, gaz: Gazetteer, cands: list[Candidate], i: int,
                  best: dict[int, int]) -> Container | None:
    """'the Tres Rios district' after 'Culiacan': a part of the city named last before it,
    unless the text names what holds it ('Garmsir district, Helmand province', '... of Kandahar')."""
    cand = cands[i]
    after = doc[cand.end + 1].lower_ if cand.end + 1 < len(doc) else ""
    if _type_word(doc, cands, i) not in place_cues().town_part_words or cand.parent is not None \
            or after in ("of", ",") or any(gaz.kind[r] == "country" for r in cand.rows):
        return None
    first = i
    while first > 0 and cands[first - 1].end + 1 == cands[first].start \
            and doc[cands[first - 1].end].lower_ in ("and", ",", "or"):
        first -= 1  # the list it is one of: 'the Abu Salim and Salah al-Din districts'
    for prev in reversed(cands[:first]):
        row = best.get(id(prev))
        if row is None or prev.kind == "demonym" or prev.key == cand.key \
                or gaz.kind[row] in CONTAINER_KINDS:
            continue
        if gaz.kind[row] == "city" and gaz.population[row] >= PARENT_CITY_POP:
            return Container(row, "town")
        return None
    return None


def _unit_abroad(doc: Doc, gaz: Gazetteer, cand: Candidate, before: list[Candidate],
                 ctx: DocContext) -> Container | None:
    """A typed unit ('the Catatumbo region', 'al-Marj area') whose readings all lie outside the
    one country of the story's other places, after a town of that country: a namesake across
    the border, not the unit the story is about, which lies in that country (near that town
    when named in one breath with it: 'fighting in Zabadani and al-Tall area')."""
    word = doc[cand.end].lower_ if cand.end < len(doc) else ""
    cues = place_cues()
    area = word in cues.area_words
    if not _typed_unit(doc, cand, cues) or not cand.rows:
        return None
    best = ctx.best
    # a home is a plain town name: another typed unit ('Al-Marj area ... Daraa countryside') is
    # as doubtful as the unit itself and relocates nothing
    towns = [p for p in before if id(p) in best and p.kind != "demonym"
             and gaz.kind[best[id(p)]] == "city" and not _typed_unit(doc, p, cues)]
    others = {c for key, cs in ctx.key_countries.items() if key != cand.key for c in cs}
    if not towns or others != {gaz.country[best[id(towns[-1])]]}:
        return None
    home = best[id(towns[-1])]
    small = SMALL_UNIT_KINDS | ({"admin1"} if area else set())  # an area is no province
    if any(gaz.country[r] == gaz.country[home] or gaz.kind[r] not in small for r in cand.rows):
        return None
    same_sentence = doc[towns[-1].start].sent == doc[cand.start].sent
    if area and (not same_sentence or any(
            haversine_km(gaz.lat[r], gaz.lon[r], gaz.lat[home], gaz.lon[home]) < FAR_KM
            and (gaz.kind[r] == "admin1" or gaz.population[r] >= BORDER_TOWN_POP)
            for r in cand.rows)):
        return None  # 'Aleppo and the Kilis area': a sizeable town across the border is itself
    return Container(home, "near" if same_sentence else "country")


def _typed_unit(doc: Doc, cand: Candidate, cues: PlaceCues) -> bool:
    word = doc[cand.end].lower_ if cand.end < len(doc) else ""
    return word in cues.area_words | cues.unit_words | cues.town_part_words


def keep_inside(gaz: Gazetteer, cand: Candidate, box: Container, ctx: DocContext
                ) -> tuple[int, ...]:
    """The readings the container holds."""
    return tuple(r for r in cand.rows if box.holds(gaz, r, ctx, cand))


def fallback(gaz: Gazetteer, name: str, box: Container,
             to_place: Callable[[Gazetteer, int], Place]) -> Place:
    """Where a name goes when no reading lies in its container: at the city it is part of
    (precision 'near'), else the province or country centre, said as such."""
    row = box.row
    if box.level == "near":
        return replace(to_place(gaz, row), name=name, geonameid=None, precision="near")
    if box.level == "country":
        row = gaz.country_row.get(gaz.country[box.row], box.row)
    place = to_place(gaz, row)
    if gaz.kind[row] == "city":
        return replace(place, name=name, geonameid=None, precision="near")
    return replace(place, name=name, geonameid=None)
