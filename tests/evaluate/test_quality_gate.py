"""Quality gate: a full evaluation must not fall below the floors pinned in quality_floors.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.floors import check, read
from dateline.evaluate.run import run_all

FLOORS = Path(__file__).resolve().parents[1] / "quality_floors.json"


@pytest.mark.slow
@pytest.mark.gold
@pytest.mark.model
def test_quality_gate_full_run_meets_floors(shared_dir: Path):
    gold = shared_dir / "gold"
    if not gold.is_dir():
        pytest.skip(f"{gold} not present")
    floors = read(FLOORS)
    if not floors.get("sets"):
        pytest.skip(f"{FLOORS} pins no floors yet")
    assert check(run_all(gold, None, jobs=2), floors) == []
