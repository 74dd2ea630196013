"""Statements that withhold what their clause says ("it cannot be said that", "it is not true that")."""

from __future__ import annotations

import pytest

from dateline.mentions.modality import modality_for


@pytest.fixture(scope="module")
def parse():
    from dateline.nlp.load import build_nlp

    return build_nlp(components=[])


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("It cannot be said that the two militias are fighting each other.", "fighting", "denied"),
    ("It is not true that soldiers shot at the marchers.", "shot", "denied"),
    ("Nobody can say that the rebels captured the town.", "captured", "denied"),
    # a named speaker who did not say it does not withhold an act told elsewhere
    ("The governor did not say that soldiers shot at the marchers.", "shot", "asserted"),
    ("It is true that soldiers shot at the marchers.", "shot", "asserted"),
])
def test_negated_reports_withhold_their_clause(parse, text, trigger, expected):
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    assert modality_for(token)[0] == expected
