"""Gazetteer candidates built by hand for ranking tests (shared by the geocoding test modules)."""

from __future__ import annotations

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import normalize
from dateline.resolve.toponym_candidate import Candidate


def cand(gaz: Gazetteer, name: str, **kw) -> Candidate:
    """A one-token gazetteer candidate for `name`, with every row the gazetteer has for it."""
    key = normalize(name)
    return Candidate(0, 1, key, gaz.rows(key), "gaz", **kw)
