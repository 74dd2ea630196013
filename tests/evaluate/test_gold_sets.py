"""Every gold set loads (no model), and every adapter runs end to end on two documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.adapters import SETS, event_location, geo, isaf, muc34, plover_gsr, ucdp_ged
from dateline.evaluate.run import run_named


@pytest.fixture(scope="module")
def gold_dir(shared_dir: Path) -> Path:
    path = shared_dir / "gold"
    if not path.is_dir():
        pytest.skip(f"{path} not present (gold data lives outside the project)")
    return path


@pytest.mark.gold
@pytest.mark.parametrize("load, rel, at_least", [
    (isaf.load, isaf.RELPATH, 300),
    (ucdp_ged.load, ucdp_ged.RELPATH, 1000),
    (plover_gsr.load, plover_gsr.RELPATH, 300),
    (event_location.load, event_location.RELPATH, 7500),  # one item per (text, verb) pair
    (geo.load_geowebnews, geo.RELPATHS["geowebnews"], 200),
    (geo.load_geovirus, geo.RELPATHS["geovirus"], 200),
])
def test_gold_sets_load_whole_files(gold_dir, load, rel, at_least):
    assert len(load(gold_dir / rel)) >= at_least
    assert len(load(gold_dir / rel, 3)) == 3


@pytest.mark.gold
@pytest.mark.parametrize("split, docs", [("dev", 1300), ("tst1", 100), ("tst2", 100)])
def test_gold_sets_muc_splits(gold_dir, split, docs):
    loaded = muc34.load(gold_dir / muc34.RELPATH, None, split)
    assert len(loaded) == docs
    assert any(t.incident for d in loaded for t in d.required)


@pytest.mark.gold
def test_gold_sets_geo_offsets_index_the_names(gold_dir):
    for loader, rel in ((geo.load_geowebnews, geo.RELPATHS["geowebnews"]),
                        (geo.load_geovirus, geo.RELPATHS["geovirus"])):
        spans = [(d.text, s) for d in loader(gold_dir / rel, 20) for s in d.spans]
        good = sum(text[s.start:s.end] == s.text for text, s in spans)
        assert good >= 0.98 * len(spans)


@pytest.mark.gold
@pytest.mark.model
def test_gold_sets_every_adapter_runs(gold_dir, nlp):
    results = run_named("all", gold_dir, 2)
    names = {r.name for r in results}
    assert {"isaf", "ucdp_ged", "plover_gsr", "event_location", "geowebnews", "geovirus",
            "muc34-dev", "muc34-tst1", "muc34-tst2", "demo"} <= names
    assert all(r.docs == 2 for r in results if r.name != "ucdp_ged")
    assert all(r.metrics and r.gold_sha256 for r in results)
    assert set(SETS) == {"isaf", "ucdp_ged", "muc34", "plover_gsr", "geo", "event_location", "demo"}
