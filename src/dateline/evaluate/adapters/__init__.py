"""The registry of gold sets: one adapter module per set, looked up by name.

Built-in sets register exactly as a new one would: a name, the files it reads under the gold
folder, and a function `(gold_dir, limit) -> list[SetResult]`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateline.evaluate.result import SetResult

Runner = Callable[[Path, "int | None"], list[SetResult]]


@dataclass(frozen=True)
class GoldSet:
    """A registered gold set."""

    name: str
    files: tuple[str, ...]
    run: Runner
    what: str
    cost: int = 1  # relative run time (seconds measured on the full set), to schedule `--jobs`


def _file_runner(module_name: str) -> Runner:
    """Adapters whose `evaluate(path, limit)` reads one file."""
    def run(gold_dir: Path, limit: int | None) -> list[SetResult]:
        import importlib

        module = importlib.import_module(f"dateline.evaluate.adapters.{module_name}")
        return module.evaluate(gold_dir / module.RELPATH, limit)

    return run


def _geo(gold_dir: Path, limit: int | None) -> list[SetResult]:
    from dateline.evaluate.adapters import geo

    return geo.evaluate(gold_dir, limit)


def demo_gold() -> Path:
    """The hand-coded gold file of the bundled demo corpus (SPEC.md section 2 format)."""
    import importlib.resources

    return Path(str(importlib.resources.files("dateline.data").joinpath("demo", "articles.gold.jsonl")))


def _demo(gold_dir: Path, limit: int | None) -> list[SetResult]:
    """The demo corpus, coded by hand for Dateline: material outside the shared gold sets,
    shipped with the package, so it also runs where ../shared is absent."""
    from dateline.evaluate.adapters import spec_gold

    result = spec_gold.evaluate(demo_gold(), limit)
    result.name = "demo"
    return [result]


SETS: dict[str, GoldSet] = {
    s.name: s for s in (
        GoldSet("isaf", ("isaf/isaf.jsonl",), _file_runner("isaf"),
                "ISAF press releases: class, killed, captured, province, date", 40),
        GoldSet("ucdp_ged", ("ucdp_ged_syria_2016/ged.csv",), _file_runner("ucdp_ged"),
                "UCDP GED Syria 2016 headlines: violence type, sides, location", 12),
        GoldSet("muc34", ("muc34/muc34_templates.jsonl",), _file_runner("muc34"),
                "MUC-3/4 templates: relevance, incident type, perpetrator, date, place, killed", 450),
        GoldSet("plover_gsr", ("plover_gsr/PLOVER_GSR_CAMEO.json",), _file_runner("plover_gsr"),
                "PLOVER gold sentences: event type, source and target actors", 5),
        GoldSet("geo", ("geo/GeoWebNews.xml", "geo/GeoVirus.xml"), _geo,
                "GeoWebNews and GeoVirus: toponym recognition and resolution", 80),
        GoldSet("event_location", ("event_location/event_location.jsonl",),
                _file_runner("event_location"), "Event location: the place of a verb's event", 150),
        GoldSet("demo", (), _demo, "The bundled demo corpus, hand-coded: events by SPEC.md matching", 10),
    )
}
