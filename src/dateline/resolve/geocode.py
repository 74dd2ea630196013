"""Toponym resolution: rank gazetteer candidates by name match, population, feature cues, parent hints and document coherence.

Each candidate row gets an additive score; the weights encode the usual evidence order
(Leidner 2007; Mordecai): an explicit parent ("Paris, Texas", and the other way round, the
Georgia that holds Atlanta in "Atlanta, Georgia") beats the names listed with it ("Arizona,
Georgia and Ohio" are one sort of place), which beat the document's countries and provinces
("Jackson County" in a story naming Missouri), which beat population, which beats the bare name.
A town that dwarfs its namesakes (Glasgow, Toronto) is what a bare name means unless a cue, a
parent or a namesake among the document's places says otherwise. A name repeated in a story
keeps one reading, and a province named elsewhere in it ("Wash.") is what its bare name means.
A street or building named after a place ("Warren Avenue", "Jackson Arena") is resolved through
that place only where it coheres with the document's other places; otherwise it is placed near
the town the text locates it in or names before it (`anchors.near_anchor`). The winning row becomes a
`records.Place` whose `precision` says what the coordinates are (a town point, a province or
country centre).
"""

from __future__ import annotations

import math
from collections import Counter

from dateline.records import Place
from dateline.resolve.doc_context import DocContext, haversine_km
from dateline.resolve.foreign_towns import aliases_abroad, borrowed_names, foreign_towns
from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.toponym_candidate import Candidate, containment

KIND_PRIOR = {"country": 2.5, "admin1": 0.9, "region": 3.5, "landmark": 3.0, "city": 0.0,
              "admin2": -0.8}
TYPE_SUFFIX = {"county": "admin1", "district": "admin1", "province": "admin1", "state": "admin1",
               "governorate": "admin1", "region": "admin1", "oblast": "admin1", "city": "city"}
PRECISION = {"country": "country", "admin1": "admin1", "city": "exact", "landmark": "exact",
             "admin2": "near"}
W_PRIMARY = 0.6
W_POP = 0.55
W_FEATURE = 2.0
W_PARENT = 5.0
W_DOC_COUNTRY = 1.5
W_FOCUS = 0.75
W_CAPITAL = 3.0
W_NATIONAL_CAPITAL = 1.5
W_PROXIMITY = 1.2
W_DOC_PROVINCE = 1.0
LANDMARK_POP = 20_000  # a landmark the supplement lists is news-famous: as known as a sizeable town
W_PEER = 1.5
W_LISTED = 3.0  # a place another member of the same list already names
MAX_PEER_ROWS = 10
LOCAL_KINDS = frozenset({"city", "admin2", "landmark"})
POINT_MIN_CONFIDENCE = 0.6
CAPITAL_MIN_POP = 10_000
TOWN_SHARE = 0.15
W_DOMINANT = 2.0
DOMINANT_MIN_POP = 100_000
DOMINANT_FROM = 0.5  # log10 of the size ratio where the bonus starts (about 3x)
DOMINANT_MAX = 2.0
LOCAL_RIVAL_KM = 150.0
METRO_RATIO = 10.0  # a town this many times any namesake unit is what 'the X region' means
BOROUGH_KM = 25.0
BOROUGH_CITY_POP = 500_000
FACILITY_CITY_POP = 100_000
FACILITY_KM = 60.0
COUNTY_SCALE_KM = 50.0  # a county parent's weight falls by e every this far from its centre
W_SAME_NAME = 1.5
W_TYPED = 0.75  # a mention with a fitting type word ('X state', 'the town of X') is the surest
READING_MIN_CONFIDENCE = 0.5
W_PROVINCE_NAMED = 2.0
W_SIBLING_PROVINCE = 1.0
W_BORROWED = 2.0  # a small town's alternate name, borne by another town as its own
W_ACTOR = 1.0  # a named group or leader of a country says where the story is, like a demonym


def _inside(gaz: Gazetteer, row: int, parent_row: int) -> bool:
    """Whether `row` lies in the admin1 or country `parent_row` names."""
    pkind = gaz.kind[parent_row]
    if gaz.country[row] != gaz.country[parent_row]:
        return False
    if pkind == "country":
        return True
    return pkind == "admin1" and gaz.admin1[row] == gaz.admin1[parent_row]


def row_score(gaz: Gazetteer, row: int, cand: Candidate, ctx: DocContext) -> float:
    """Additive evidence for one reading of a toponym."""
    kind = gaz.kind[row]
    population = gaz.population[row] or (LANDMARK_POP if kind == "landmark" else 0)
    score = KIND_PRIOR.get(kind, 0.0) + W_POP * math.log10(population + 1)
    if gaz.is_primary(row, cand.key) or (gaz.geonameid[row] == 0 and kind != "city"):
        score += W_PRIMARY  # the supplement's aliases are curated common names ("Heathrow")
        if row in gaz.capital_set:  # not for old names: 'Salisbury' is no longer Harare
            score += W_NATIONAL_CAPITAL
    feature = cand.feature or TYPE_SUFFIX.get(cand.key.rsplit(" ", 1)[-1])
    if feature:
        score += W_FEATURE if _feature_fits(feature, kind) else -W_FEATURE / 2
    parent, child = _hierarchy(cand)
    if parent is not None and any(_inside(gaz, row, p) for p in parent.rows[:5]):
        score += W_PARENT
    elif parent is not None:
        score += _county_parent(gaz, row, parent)
    if child is not None:
        score += _child_evidence(gaz, row, child)
    score += W_PEER * min(2, sum(_same_sort(gaz, row, peer, ctx) for peer in cand.peers))
    country = gaz.country[row]
    if not country:  # seas, continents: compatible with any document
        score += W_FOCUS + W_DOC_COUNTRY / 2
    else:
        score += W_DOC_COUNTRY * ctx.share(country)
        if ctx.focus and country == ctx.focus:
            score += W_FOCUS
    if ctx.provinces and kind in LOCAL_KINDS:
        # "Jackson County" in a story that names Missouri is Jackson County, Missouri
        top = ctx.provinces.most_common(1)[0][1]
        score += W_DOC_PROVINCE * ctx.provinces.get((country, gaz.admin1[row]), 0) / top
    if ctx.points and kind in LOCAL_KINDS:
        score += W_PROXIMITY * math.exp(-ctx.nearest_km(gaz.lat[row], gaz.lon[row], cand) / 250.0)
    return score + _discourse_evidence(gaz, row, cand, ctx)


def _discourse_evidence(gaz: Gazetteer, row: int, cand: Candidate, ctx: DocContext) -> float:
    """One sense per discourse (Gale, Church and Yarowsky 1992): a name repeated in a story
    keeps the reading of its surest mention ("Garden City, S.C." ... "near Garden City"); and a
    province the story names otherwise ("Wash.", "Washington state") is what its bare name means."""
    score = 0.0
    reading = ctx.readings.get(cand.key)
    if reading is not None and reading[0] == row and reading[2] != id(cand):
        score += W_SAME_NAME * reading[1]
    if gaz.kind[row] == "country" and ctx.named_countries.get(gaz.country[row], set()) - {cand.key}:
        score += W_PROVINCE_NAMED  # 'Republic of Congo' named, a bare 'Congo' is that one
    if gaz.kind[row] == "admin1":
        country, admin1 = gaz.country[row], gaz.admin1[row]
        keys = ctx.named_admin1.get((country, admin1), set())
        if keys - {cand.key}:
            score += W_PROVINCE_NAMED
        # "Alabama, Iowa ... Georgia": provinces of one country named around it make a bare
        # "Georgia" or "Punjab" one more of that country's
        siblings = sum(1 for (c, a) in ctx.named_admin1 if c == country and a != admin1)
        score += W_SIBLING_PROVINCE * min(2, siblings) / 2
    return score


def _county_parent(gaz: Gazetteer, row: int, parent: Candidate) -> float:
    """'Ashford, Kent': the gazetteer has no county codes, so a town of the county's country
    gains the parent's weight as it lies near the county's centre (Kent's Ashford, not
    Surrey's, 95 km from it)."""
    dists = [haversine_km(gaz.lat[row], gaz.lon[row], gaz.lat[p], gaz.lon[p])
             for p in parent.rows[:5]
             if gaz.kind[p] == "admin2" and gaz.country[p] == gaz.country[row] and p != row]
    return W_PARENT * math.exp(-min(dists) / COUNTY_SCALE_KM) if dists else 0.0


def _child_evidence(gaz: Gazetteer, row: int, child: Candidate) -> float:
    """How well `row` can hold the place named before it ("Atlanta, Georgia").

    The parent of "Atlanta, Georgia" is the Georgia that holds Atlanta; the parent of
    "Brooklyn, New York" is the city Brooklyn lies in, the narrowest unit that holds it.
    """
    kind = gaz.kind[row]
    if kind in ("country", "admin1"):
        return W_PARENT if any(_inside(gaz, c, row) for c in child.rows[:5] if c != row) else 0.0
    if kind == "admin2":  # 'Richmond, Surrey': the county near one of the town's readings
        dists = [haversine_km(gaz.lat[c], gaz.lon[c], gaz.lat[row], gaz.lon[row])
                 for c in child.rows[:5] if c != row and gaz.country[c] == gaz.country[row]]
        return W_PARENT * math.exp(-min(dists) / COUNTY_SCALE_KM) if dists else 0.0
    if kind == "city" and gaz.population[row] >= BOROUGH_CITY_POP and any(
            gaz.kind[c] in LOCAL_KINDS and c != row
            and haversine_km(gaz.lat[c], gaz.lon[c], gaz.lat[row], gaz.lon[row]) < BOROUGH_KM
            for c in child.rows[:5]):
        return W_PARENT + 1.0
    return 0.0


def _hierarchy(cand: Candidate) -> tuple[Candidate | None, Candidate | None]:
    """The parent and child of "Paris, Texas", unless the comma separates a list."""
    return containment(cand)


def _same_sort(gaz: Gazetteer, row: int, peer: Candidate, ctx: DocContext) -> bool:
    """Names in one list are of one sort: "Arizona, California, Georgia" are all US states.

    The peer's first-pass winner speaks for it when there is one: "Toronto and New York" are
    two big cities, not Toronto, Ohio and one of the small US towns called New York.
    """
    kind, country = gaz.kind[row], gaz.country[row]
    if not country:
        return False
    best = ctx.best.get(id(peer))
    rows = (best,) if best is not None else peer.rows[:MAX_PEER_ROWS]
    return any(gaz.kind[r] == kind and gaz.country[r] == country for r in rows if r != row)


def _feature_fits(feature: str, kind: str) -> bool:
    if feature == "landmark":  # islands and valleys are often provinces too (Bali, Kashmir)
        return kind in ("landmark", "city", "region", "admin1")
    if feature == "admin1":
        return kind in ("admin1", "admin2", "region")
    return feature == kind


def rank(gaz: Gazetteer, cand: Candidate, ctx: DocContext) -> list[tuple[int, float]]:
    """Rows that can be placed on a map, best first, with scores."""
    feature = cand.feature or TYPE_SUFFIX.get(cand.key.rsplit(" ", 1)[-1])
    named_after = _capital_provinces(gaz, cand.rows) if feature != "admin1" else set()
    dominant = _dominant_town(gaz, cand.rows, cand.key)
    if (feature and not _feature_fits(feature, "city")) or _hierarchy(cand)[0] is not None \
            or _local_rival(gaz, cand, ctx, dominant[0]):
        dominant = (-1, 0.0)  # a cue, a parent ("Paris, Texas") or a nearby namesake decides
    scored = []
    far = _distant_namesakes(gaz, cand, ctx) if cand.fragment else set()
    far |= aliases_abroad(gaz, cand, ctx.key_countries)
    far |= foreign_towns(gaz, cand, ctx.elsewhere(cand.key))
    borrowed = borrowed_names(gaz, cand)
    metro = _metro_town(gaz, cand.rows, cand.key) if feature == "admin1" else -1
    listed = _listed_elsewhere(cand, ctx)
    for r in cand.rows:
        if gaz.lat[r] == 0.0 and gaz.lon[r] == 0.0 or r in far:
            continue
        if cand.facility and not _facility_site(gaz, r, cand, ctx):
            continue
        score = row_score(gaz, r, cand, ctx)
        if r in named_after:
            score -= W_CAPITAL
        if r == dominant[0]:
            score += dominant[1]
        if r in borrowed:
            score -= W_BORROWED
        if r in listed:
            score -= W_LISTED
        if r == metro:
            score += 1.5 * W_FEATURE  # the unit word fits a big town's region after all
        scored.append((r, score))
    return sorted(scored, key=lambda rs: -rs[1])


def _facility_site(gaz: Gazetteer, row: int, cand: Candidate, ctx: DocContext) -> bool:
    """Whether the place a facility's name contains can be where it is ("London Guildhall
    School"), rather than a namesake of its patron ("Jackson Arena", "Warren Avenue").

    A country or province is never the site ("Ohio State University", "Qatar National
    Library" lie in one town of it); a city is when it lies among the document's other places
    or is big enough that facilities named after it stand in it ("Leeds General Infirmary").
    """
    if gaz.kind[row] not in LOCAL_KINDS or not _named_within(gaz, row, cand.key):
        return False  # ... nor a close spelling of the whole ('Kansas State University')
    if gaz.kind[row] == "city" and gaz.population[row] >= FACILITY_CITY_POP \
            and gaz.is_primary(row, cand.key) and cand.facility != "street":
        return True  # streets take the names of far towns ('Boston Road' in the Bronx)
    if ctx.points and ctx.nearest_km(gaz.lat[row], gaz.lon[row], cand) <= FACILITY_KM:
        return True
    # "Galway Town Hall" in a story naming no other town of its country: the town it names
    country = gaz.country[row]
    return country == ctx.around(cand.key)[1] and not any(
        c == country and owner != id(cand) for c, owner in ctx.point_countries)


def _named_within(gaz: Gazetteer, row: int, key: str) -> bool:
    """Whether some run of the words of `key` names the row ('galway' of 'galway town hall',
    'gatwick' of 'gatwick cargo terminal'), rather than a close spelling of it."""
    words = key.split()
    return any(row in gaz.rows(" ".join(words[i:j]))
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _distant_namesakes(gaz: Gazetteer, cand: Candidate, ctx: DocContext) -> set[int]:
    """Towns named by part of a longer name ('Ras' of 'Ras Tanura', 'Napa' of 'Napa
    Valley') that lie outside the focus country and far from every other place of the
    document: namesakes of the part, not the place, which is then placed near the document's
    towns instead. Provinces and regions stay unless such a town is near (the 'Eastern
    Mediterranean' is in the Mediterranean)."""
    if not any(owner != id(cand) for _, _, owner in ctx.points):
        return set()
    local = [r for r in cand.rows if gaz.kind[r] in LOCAL_KINDS]
    near = {r for r in local
            if ctx.nearest_km(gaz.lat[r], gaz.lon[r], cand, other_names=True) <= LOCAL_RIVAL_KM}
    if near:
        # a town among the document's places is the one the name grows from ('Napa Valley'
        # in a Californian story), not a province or a namesake elsewhere
        return set(cand.rows) - near
    focus = ctx.around(cand.key)[1]
    return {r for r in local if gaz.country[r] != focus}


def _dominant_town(gaz: Gazetteer, rows: tuple[int, ...], key: str) -> tuple[int, float]:
    """The town that dwarfs its namesakes, and its bonus (0 when none does).

    A bare "Glasgow" or "Toronto" means the city of hundreds of thousands, not the American
    town of a few thousand, even in an American story: fame grows faster than population, so
    a town several times larger than any namesake elsewhere gets more than its population term.
    """
    towns = [r for r in rows if gaz.kind[r] == "city" and gaz.is_primary(r, key)]
    if not towns:
        return -1, 0.0
    top = max(towns, key=lambda r: gaz.population[r])
    elsewhere = [r for r in rows
                 if (gaz.country[r], gaz.admin1[r]) != (gaz.country[top], gaz.admin1[top])]
    # a town bearing the name only as a former one (Richmond, once Manchester) is no rival
    # a reader thinks of beside the namesakes that bear it as their own
    own = [r for r in elsewhere if gaz.kind[r] != "city" or gaz.is_primary(r, key)]
    others = [gaz.population[r] for r in (own or elsewhere)]
    if gaz.population[top] < DOMINANT_MIN_POP:
        return -1, 0.0
    ratio = math.log10((gaz.population[top] + 1) / (max(others, default=0) + 1))
    return top, W_DOMINANT * max(0.0, min(DOMINANT_MAX, ratio - DOMINANT_FROM))


def _listed_elsewhere(cand: Candidate, ctx: DocContext) -> set[int]:
    """Rows the other members of the candidate's list were read as: a list names distinct
    places ('Portland, Salem, Oregon, Idaho' lists the state too)."""
    members, todo = {id(cand)}, list(cand.peers)
    rows = set()
    while todo:
        peer = todo.pop()
        if id(peer) in members:
            continue
        members.add(id(peer))
        todo.extend(peer.peers)
        if peer.key != cand.key and id(peer) in ctx.best:
            rows.add(ctx.best[id(peer)])
    return rows


def _metro_town(gaz: Gazetteer, rows: tuple[int, ...], key: str) -> int:
    """The big town whose surroundings a unit word names ('the Houston region') when every
    province or county of that name is a small namesake elsewhere (Houston County, Texas,
    population 15,000): a region is not a tenth the size of the town it is named after.
    -1 when a unit's population is unknown or comparable ('Baghdad province')."""
    towns = [r for r in rows if gaz.kind[r] == "city" and gaz.is_primary(r, key)
             and gaz.population[r] >= DOMINANT_MIN_POP]
    units = [gaz.population[r] for r in rows if gaz.kind[r] in ("admin1", "admin2")]
    if not towns or not units or min(units) == 0:
        return -1
    top = max(towns, key=lambda r: gaz.population[r])
    return top if gaz.population[top] >= METRO_RATIO * max(units) else -1


def _local_rival(gaz: Gazetteer, cand: Candidate, ctx: DocContext, top: int) -> bool:
    """Whether a namesake lies among the document's other places, nearer to them than the big
    town (Paris, Texas in a story about Dallas): local evidence outranks fame."""
    if top < 0 or not ctx.points:
        return False
    reach = min(LOCAL_RIVAL_KM, ctx.nearest_km(gaz.lat[top], gaz.lon[top], cand))
    return any(ctx.nearest_km(gaz.lat[r], gaz.lon[r], cand) < reach
               for r in cand.rows[:MAX_PEER_ROWS] if r != top and gaz.kind[r] in LOCAL_KINDS)


def _capital_provinces(gaz: Gazetteer, rows: tuple[int, ...]) -> set[int]:
    """Provinces named after a town inside them (Baghdad, Erbil, Duhok): the bare name is the town.

    Only when the town holds a fair share of the province's people: "Quebec" alone is the
    province, whose namesake capital is a twentieth of it.
    """
    towns = {(gaz.country[r], gaz.admin1[r]): gaz.population[r] for r in rows
             if gaz.kind[r] == "city" and gaz.population[r] >= CAPITAL_MIN_POP}
    return {r for r in rows if gaz.kind[r] == "admin1"
            and towns.get((gaz.country[r], gaz.admin1[r]), 0) >= TOWN_SHARE * gaz.population[r]}


def confidence(scored: list[tuple[int, float]]) -> float:
    """Softmax probability of the winner: near 1 when it clearly beats the rest."""
    if not scored:
        return 0.0
    top = scored[0][1]
    total = sum(math.exp(s - top) for _, s in scored)
    return round(1.0 / total, 3)


def to_place(gaz: Gazetteer, row: int, near: bool = False) -> Place:
    """The record for one gazetteer row; `near` coarsens a point to 'near'."""
    kind = gaz.kind[row]
    precision = PRECISION.get(kind) or ("admin1" if gaz.country[row] else "country")
    if near and precision == "exact":
        precision = "near"
    return Place(
        name=gaz.name[row], geonameid=gaz.geonameid[row] or None,
        lat=round(gaz.lat[row], 5), lon=round(gaz.lon[row], 5),
        admin1=gaz.admin1_name(row), country=gaz.country[row] or None, precision=precision,
    )


def document_context(gaz: Gazetteer, cands: list[Candidate], title_end: int = 0,
                     actors: Counter | None = None) -> DocContext:
    """Country weights from names that are unambiguous enough to trust before full resolution,
    and from the countries of the document's named actors (`actor_evidence`)."""
    ctx = DocContext()
    _add_actors(ctx, actors)
    for cand in cands:
        if not cand.rows:
            continue
        weight = 2.0 if cand.start < title_end else 1.0
        # a small town's borrowed name ('Ariha' of Jericho) votes for no country of its own
        borrowed = borrowed_names(gaz, cand)
        pool = [r for r in cand.rows if r not in borrowed] or list(cand.rows)
        best = max(pool, key=lambda r: (gaz.kind[r] == "country", gaz.population[r]))
        countries = {gaz.country[r] for r in pool if gaz.country[r]}
        if not gaz.country[best]:
            continue
        if gaz.kind[best] == "country" or cand.source == "demonym":
            ctx.vote(cand.key, gaz.country[best], 1.5 * weight)
        elif len(countries) == 1 or _dwarfs_namesakes(gaz, best, cand):
            ctx.vote(cand.key, gaz.country[best], weight)
        else:
            ctx.vote(cand.key, gaz.country[best], 0.3 * weight)
    if ctx.countries:
        ctx.focus = ctx.countries.most_common(1)[0][0]
    return ctx


def _dwarfs_namesakes(gaz: Gazetteer, best: int, cand: Candidate) -> bool:
    """Whether the biggest reading is several times every namesake abroad ('Homs' in Syria
    beside Libya's Al Khums, also spelt 'Homs'): as telling as a name of one country."""
    if not gaz.is_primary(best, cand.key):
        return False
    abroad = max((gaz.population[r] for r in cand.rows if gaz.country[r] != gaz.country[best]),
                 default=0)
    return gaz.population[best] >= 10 ** DOMINANT_FROM * (abroad + 1)


def _add_actors(ctx: DocContext, actors: Counter | None) -> None:
    for country, n in (actors or Counter()).items():
        ctx.actors[country] += W_ACTOR * n
        ctx.countries[country] += W_ACTOR * n


def refine_context(gaz: Gazetteer, resolved: list[tuple[Candidate, list[tuple[int, float]]]],
                   actors: Counter | None = None) -> DocContext:
    """Second-pass context from first-pass winners: their countries, and the points of the
    confidently placed towns (for proximity between the document's places)."""
    ctx = DocContext()
    _add_actors(ctx, actors)
    for cand, scored in resolved:
        row = scored[0][0]
        ctx.best[id(cand)] = row
        sure = confidence(scored)
        # 'New York state' says what a later bare 'New York' is: a fitting type word is surest
        typed = W_TYPED if cand.feature and _feature_fits(cand.feature, gaz.kind[row]) else 0.0
        if cand.source != "demonym" and sure >= READING_MIN_CONFIDENCE \
                and sure + typed > ctx.readings.get(cand.key, (-1, 0.0, 0))[1]:
            ctx.readings[cand.key] = (row, sure + typed, id(cand))
        if gaz.kind[row] == "admin1" and cand.source != "demonym" and sure >= POINT_MIN_CONFIDENCE:
            ctx.named_admin1.setdefault((gaz.country[row], gaz.admin1[row]), set()).add(cand.key)
        if gaz.kind[row] == "country" and cand.source != "demonym" and sure >= POINT_MIN_CONFIDENCE:
            ctx.named_countries.setdefault(gaz.country[row], set()).add(cand.key)
        if gaz.kind[row] == "admin1" and cand.kind == "literal":
            ctx.provinces[(gaz.country[row], gaz.admin1[row])] += 1.0
        country = gaz.country[row]
        if country and cand.source != "demonym" and gaz.kind[row] != "country":
            # where the story's places lie: a country named whole is often a neighbour or a party
            ctx.key_countries.setdefault(cand.key, set()).add(country)
        if country:
            ctx.vote(cand.key, country, 1.5 if gaz.kind[row] == "country" else sure)
        if gaz.kind[row] in LOCAL_KINDS and sure >= POINT_MIN_CONFIDENCE:
            ctx.points.append((gaz.lat[row], gaz.lon[row], id(cand)))
            ctx.point_countries.append((country, id(cand)))
            ctx.point_keys[id(cand)] = cand.key
            if country and gaz.admin1[row]:
                ctx.provinces[(country, gaz.admin1[row])] += 0.5
    if ctx.countries:
        ctx.focus = ctx.countries.most_common(1)[0][0]
    return ctx
