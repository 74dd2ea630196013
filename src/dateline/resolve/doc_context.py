"""What a document says about where it is, as toponym resolution reads it: country weights,
the focus country, the points of the places already placed, and one reading per name.

Resolution (`geocode`) builds a first context from the names it can trust before ranking, and
a second from the first pass's winners. Where a reading needs outside support (a longer name's
part, a facility's namesake town), only the evidence of the other names counts
(`DocContext.around`): a name never vouches for itself.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.resolve.toponym_candidate import Candidate


@dataclass
class DocContext:
    """What the rest of the document says about where it is: country weights and focus."""

    countries: Counter = field(default_factory=Counter)
    focus: str | None = None
    points: list[tuple[float, float, int]] = field(default_factory=list)
    point_countries: list[tuple[str, int]] = field(default_factory=list)  # (country, owner)
    point_keys: dict[int, str] = field(default_factory=dict)  # owner -> its name key
    best: dict[int, int] = field(default_factory=dict)  # id(candidate) -> first-pass winner row
    provinces: Counter = field(default_factory=Counter)  # (country, admin1) the document names
    readings: dict[str, tuple[int, float, int]] = field(default_factory=dict)  # surest mention
    named_admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # -> keys naming it
    named_countries: dict[str, set[str]] = field(default_factory=dict)  # country -> keys naming it
    key_countries: dict[str, set[str]] = field(default_factory=dict)  # name key -> countries
    by_key: dict[str, Counter] = field(default_factory=dict)  # name key -> its country votes
    actors: Counter = field(default_factory=Counter)  # countries of the named actors
    _around: dict = field(default_factory=dict, repr=False)  # key -> `around(key)`

    def vote(self, key: str, country: str, weight: float) -> None:
        """Count one name's evidence for a country, remembering which name gave it."""
        self.countries[country] += weight
        self.by_key.setdefault(key, Counter())[country] += weight

    def elsewhere(self, key: str) -> Counter:
        """Country evidence from everything but the name `key`: other names and the actors."""
        out = Counter(self.actors)
        for other, votes in self.by_key.items():
            if other != key:
                out.update(votes)
        return out

    def nearest_km(self, lat: float, lon: float, cand: Candidate, other_names: bool = False
                   ) -> float:
        """Distance to the closest other place the document names (coherence: places cluster);
        `other_names` also skips the other mentions of the same name (which agree by echo)."""
        dists = [haversine_km(lat, lon, plat, plon) for plat, plon, owner in self.points
                 if owner != id(cand)
                 and not (other_names and self.point_keys.get(owner) == cand.key)]
        return min(dists) if dists else 20_000.0

    def share(self, alpha3: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(alpha3, 0) / total if total else 0.0

    def around(self, key: str) -> tuple[dict[str, float], str | None]:
        """Country shares and focus as the rest of the document gives them to the name `key`: a
        name's own reading is no evidence for itself ('Bostan' of 'Bostan al-Basha' is also an
        alternate name of Boston, whose vote must not make the United States the focus that
        keeps Boston as the reading of the longer name)."""
        cached = self._around.get(key)
        if cached is None:
            votes = Counter(self.countries)
            votes.subtract(self.by_key.get(key, Counter()))
            total = sum(v for v in votes.values() if v > 0)
            shares = {c: v / total for c, v in votes.items() if v > 0} if total else {}
            focus = max(shares, key=shares.__getitem__) if shares else None
            cached = self._around[key] = (shares, focus)
        return cached


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
