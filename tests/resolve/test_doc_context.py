"""Document context: country votes by name, and the evidence the other names give one name."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.resolve.doc_context import DocContext, haversine_km


def _ctx() -> DocContext:
    ctx = DocContext(actors=Counter({"SYR": 2.0}))
    ctx.countries.update(ctx.actors)
    ctx.vote("bostan", "USA", 1.0)
    ctx.vote("aleppo", "SYR", 1.0)
    return ctx


@pytest.mark.parametrize("key, focus, usa", [
    ("bostan", "SYR", 0.0),     # its own vote for the United States does not count for it
    ("aleppo", "SYR", 1 / 3),   # the other names' votes and the actors' do
])
def test_doc_context_around_leaves_out_the_names_own_votes(key, focus, usa):
    shares, found = _ctx().around(key)
    assert found == focus
    assert shares.get("USA", 0.0) == pytest.approx(usa)


def test_doc_context_around_without_other_evidence_has_no_focus():
    ctx = DocContext()
    ctx.vote("salqin", "CHN", 0.3)
    assert ctx.around("salqin") == ({}, None)


def test_doc_context_elsewhere_counts_actors_and_other_names():
    assert _ctx().elsewhere("bostan") == Counter({"SYR": 3.0})


def test_doc_context_haversine_km():
    assert haversine_km(36.2, 37.16, 36.2, 37.16) == 0.0
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)
