"""Event location: a chosen span is right when it overlaps gold, or when both say none."""

from __future__ import annotations

import json

import pytest

from dateline.evaluate.adapters.event_location import LocSentence, load, score

SENT = LocSentence("s1", "Police fired on marchers in Lagos on Monday.", (7, 12), [(28, 33)])
EMPTY = LocSentence("s2", "Police fired on marchers on Monday.", (7, 12), [])


@pytest.mark.parametrize("chosen, acc, prf", [
    ({"s1": (28, 33), "s2": None}, 1.0, (1, 0, 0)),
    ({"s1": (28, 31), "s2": None}, 1.0, (1, 0, 0)),     # overlap is enough
    ({"s1": None, "s2": None}, 0.5, (0, 0, 1)),
    ({"s1": (0, 6), "s2": (0, 6)}, 0.0, (0, 2, 1)),
])
def test_event_location_score(chosen, acc, prf):
    m = score([SENT, EMPTY], chosen).metrics
    assert m["location choice accuracy"].value == acc
    p = m["location span (P/R/F1)"]
    assert (p.tp, p.fp, p.fn) == prf


def test_event_location_load_skips_rejected_and_verbless(tmp_path):
    rows = [
        {"text": "A b c", "spans": [{"start": 2, "end": 3, "label": "VERB"}], "_id": "x"},
        {"text": "A b c", "spans": [{"start": 2, "end": 3, "label": "VERB"}], "answer": "reject"},
        {"text": "A b c", "spans": [{"start": 0, "end": 1, "label": "LOCATION"}]},
        {"text": "A b c", "spans": [{"start": 2, "end": 3, "label": "VERB"},
                                     {"start": 4, "end": 5, "label": "LOCATION"}], "answer": "accept"},
    ]
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    loaded = load(path)
    assert [s.locations for s in loaded] == [[], [(4, 5)]]
    assert load(path, limit=1)[0].doc_id == "x#0"
