"""Toponym resolution: rank gazetteer candidates by name match, population, feature cues, parent hints and document coherence.

Each candidate row gets an additive score; the weights encode the usual evidence order
(Leidner 2007; Mordecai): an explicit parent ("Paris, Texas", and the other way round, the
Georgia that holds Atlanta in "Atlanta, Georgia") beats the names listed with it ("Arizona,
Georgia and Ohio" are one sort of place), which beat the document's countries, which beat
population, which beats the bare name. The winning row becomes a `records.Place`
whose `precision` says what the coordinates are (a town point, a province or country centre).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dateline.records import Place
from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.toponyms import Candidate

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
W_PEER = 1.5
MAX_PEER_ROWS = 10
LOCAL_KINDS = frozenset({"city", "admin2", "landmark"})
POINT_MIN_CONFIDENCE = 0.6
CAPITAL_MIN_POP = 10_000


@dataclass
class DocContext:
    """What the rest of the document says about where it is: country weights and focus."""

    countries: Counter = field(default_factory=Counter)
    focus: str | None = None
    points: list[tuple[float, float, int]] = field(default_factory=list)

    def nearest_km(self, lat: float, lon: float, cand: Candidate) -> float:
        """Distance to the closest other place the document names (coherence: places cluster)."""
        dists = [haversine_km(lat, lon, plat, plon) for plat, plon, owner in self.points
                 if owner != id(cand)]
        return min(dists) if dists else 20_000.0

    def share(self, alpha3: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(alpha3, 0) / total if total else 0.0


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
    score = KIND_PRIOR.get(kind, 0.0) + W_POP * math.log10(gaz.population[row] + 1)
    if gaz.is_primary(row, cand.key):
        score += W_PRIMARY
        if row in gaz.capital_set:  # not for old names: 'Salisbury' is no longer Harare
            score += W_NATIONAL_CAPITAL
    feature = cand.feature or TYPE_SUFFIX.get(cand.key.rsplit(" ", 1)[-1])
    if feature:
        score += W_FEATURE if _feature_fits(feature, kind) else -W_FEATURE / 2
    if cand.parent is not None and any(_inside(gaz, row, p) for p in cand.parent.rows[:5]):
        score += W_PARENT
    if (cand.child is not None and kind in ("country", "admin1")
            and any(_inside(gaz, c, row) for c in cand.child.rows[:5] if c != row)):
        score += W_PARENT  # the parent of "Atlanta, Georgia" is the Georgia that holds Atlanta
    score += W_PEER * min(2, sum(_same_sort(gaz, row, peer) for peer in cand.peers))
    country = gaz.country[row]
    if not country:  # seas, continents: compatible with any document
        score += W_FOCUS + W_DOC_COUNTRY / 2
    else:
        score += W_DOC_COUNTRY * ctx.share(country)
        if ctx.focus and country == ctx.focus:
            score += W_FOCUS
    if ctx.points and kind in LOCAL_KINDS:
        score += W_PROXIMITY * math.exp(-ctx.nearest_km(gaz.lat[row], gaz.lon[row], cand) / 250.0)
    return score


def _same_sort(gaz: Gazetteer, row: int, peer: Candidate) -> bool:
    """Names in one list are of one sort: "Arizona, California, Georgia" are all US states."""
    kind, country = gaz.kind[row], gaz.country[row]
    return bool(country) and any(gaz.kind[r] == kind and gaz.country[r] == country
                                 for r in peer.rows[:MAX_PEER_ROWS] if r != row)


def _feature_fits(feature: str, kind: str) -> bool:
    if feature == "landmark":
        return kind in ("landmark", "city")
    if feature == "admin1":
        return kind in ("admin1", "admin2", "region")
    return feature == kind


def rank(gaz: Gazetteer, cand: Candidate, ctx: DocContext) -> list[tuple[int, float]]:
    """Rows that can be placed on a map, best first, with scores."""
    feature = cand.feature or TYPE_SUFFIX.get(cand.key.rsplit(" ", 1)[-1])
    named_after = _capital_provinces(gaz, cand.rows) if feature != "admin1" else set()
    scored = []
    for r in cand.rows:
        if gaz.lat[r] == 0.0 and gaz.lon[r] == 0.0:
            continue
        score = row_score(gaz, r, cand, ctx)
        if r in named_after:
            score -= W_CAPITAL
        scored.append((r, score))
    return sorted(scored, key=lambda rs: -rs[1])


def _capital_provinces(gaz: Gazetteer, rows: tuple[int, ...]) -> set[int]:
    """Provinces named after a town inside them (Baghdad, Erbil, Duhok): the bare name is the town."""
    towns = {(gaz.country[r], gaz.admin1[r]) for r in rows
             if gaz.kind[r] == "city" and gaz.population[r] >= CAPITAL_MIN_POP}
    return {r for r in rows if gaz.kind[r] == "admin1" and (gaz.country[r], gaz.admin1[r]) in towns}


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


def document_context(gaz: Gazetteer, cands: list[Candidate], title_end: int = 0) -> DocContext:
    """Country weights from names that are unambiguous enough to trust before full resolution."""
    ctx = DocContext()
    for cand in cands:
        if not cand.rows:
            continue
        weight = 2.0 if cand.start < title_end else 1.0
        best = max(cand.rows, key=lambda r: (gaz.kind[r] == "country", gaz.population[r]))
        countries = {gaz.country[r] for r in cand.rows if gaz.country[r]}
        if gaz.kind[best] == "country" or cand.source == "demonym":
            ctx.countries[gaz.country[best]] += 1.5 * weight
        elif len(countries) == 1:
            ctx.countries[gaz.country[best]] += weight
        elif gaz.country[best]:
            ctx.countries[gaz.country[best]] += 0.3 * weight
    ctx.countries.pop("", None)
    if ctx.countries:
        ctx.focus = ctx.countries.most_common(1)[0][0]
    return ctx


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def refine_context(gaz: Gazetteer, resolved: list[tuple[Candidate, list[tuple[int, float]]]]
                   ) -> DocContext:
    """Second-pass context from first-pass winners: their countries, and the points of the
    confidently placed towns (for proximity between the document's places)."""
    ctx = DocContext()
    for cand, scored in resolved:
        row = scored[0][0]
        country = gaz.country[row]
        if country:
            ctx.countries[country] += 1.5 if gaz.kind[row] == "country" else 1.0
        if gaz.kind[row] in LOCAL_KINDS and confidence(scored) >= POINT_MIN_CONFIDENCE:
            ctx.points.append((gaz.lat[row], gaz.lon[row], id(cand)))
    if ctx.countries:
        ctx.focus = ctx.countries.most_common(1)[0][0]
    return ctx
