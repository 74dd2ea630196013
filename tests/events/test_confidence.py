"""Confidence scores stay in [0, 1] and reward what the text pins down (no model)."""

from __future__ import annotations

import pytest

from dateline.events.confidence import score
from dateline.records import Actor, Event, Place


@pytest.mark.parametrize("priority", [0, 1, 2, 3, 7])
@pytest.mark.parametrize("explicit", [True, False])
@pytest.mark.parametrize("modality", ["asserted", "claimed", "future"])
def test_confidence_in_unit_interval(priority, explicit, modality):
    bare = Event(type="ASSAULT", modality=modality)
    full = Event(type="ASSAULT", modality=modality, actors=[Actor("IS")], location=Place("Mosul"), fatalities=3)
    for event in (bare, full):
        assert 0.0 <= score(event, priority, explicit) <= 1.0
    assert score(full, priority, explicit) > score(bare, priority, explicit)


def test_confidence_lower_for_fallback_date_and_claims():
    event = Event(type="ASSAULT", actors=[Actor("IS")])
    assert score(event, 2, True) > score(event, 2, False)
    claimed = Event(type="ASSAULT", actors=[Actor("IS")], modality="claimed")
    assert score(event, 2, True) > score(claimed, 2, True)
