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
        {"text": "A b d", "spans": [{"start": 2, "end": 3, "label": "VERB"},
                                     {"start": 4, "end": 5, "label": "LOCATION"}], "answer": "accept"},
    ]
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    loaded = load(path)
    assert [s.locations for s in loaded] == [[], [(4, 5)]]
    assert load(path, limit=1)[0].doc_id == "x#0"


TOKENS = [{"text": "Fighting", "start": 0, "end": 8, "id": 0}, {"text": "in", "start": 9, "end": 11, "id": 1},
          {"text": "Las", "start": 12, "end": 15, "id": 2}, {"text": "Vegas", "start": 16, "end": 21, "id": 3}]
TEXT = "Fighting in Las Vegas"
VERB = {"start": 0, "end": 8, "token_start": 0, "token_end": 0, "label": "VERB"}


def _write(tmp_path, rows):
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps({"text": TEXT, "tokens": TOKENS, **r}) for r in rows) + "\n")
    return path


def test_event_location_load_maps_token_indices_to_characters(tmp_path):
    loc = {"start": 2, "end": 3, "token_start": 2, "token_end": 3, "label": "LOCATION", "text": "Las Vegas"}
    assert load(_write(tmp_path, [{"spans": [VERB, loc], "answer": "accept"}]))[0].locations == [(12, 21)]


@pytest.mark.parametrize("rows, expected", [
    ([{"source": "APW_RA", "spans": [VERB]},
      {"source": "RELABEL", "answer": "accept", "spans": [VERB, {"start": 12, "end": 21, "label": "LOCATION"}]}],
     [(12, 21)]),
    ([{"source": "RELABEL", "answer": "accept", "spans": [VERB]},
      {"source": "APW_RA", "spans": [VERB, {"start": 12, "end": 21, "label": "LOCATION"}]}],
     []),
])
def test_event_location_load_keeps_the_adjudicated_duplicate(tmp_path, rows, expected):
    loaded = load(_write(tmp_path, rows))
    assert len(loaded) == 1 and loaded[0].locations == expected
