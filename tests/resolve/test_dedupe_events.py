"""Cross-article de-duplication: when two reports are one event, and what the merge keeps."""

from __future__ import annotations

import copy

import pytest

from dateline.records import Actor, Event, Evidence, Place
from dateline.resolve.dedupe_events import haversine_km, merge, same_event

MOGADISHU = Place(name="Mogadishu", lat=2.0371, lon=45.3438, country="SOM")
AFGOOYE = Place(name="Afgooye", lat=2.1381, lon=45.1212, country="SOM")  # ~27 km away
NEAR = Place(name="Hodan", lat=2.03, lon=45.30, country="SOM")  # a Mogadishu district


def report(doc: str, **kw: object) -> Event:
    values: dict = {
        "type": "ASSAULT", "actors": [Actor(name="al-Shabaab")], "location": MOGADISHU,
        "date": "2024-03-14", "fatalities": 8,
        "evidence": [Evidence(doc_id=doc, text=f"{doc} reports a bombing.", start=0, end=20)],
        "sources": [doc],
    }
    values.update(kw)
    return Event(**values)


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, True),
    ({"date": "2024-03-15"}, True),
    ({"date": "2024-03-16"}, False),
    ({"type": "COERCE"}, False),
    ({"location": NEAR}, True),
    ({"location": AFGOOYE}, False),
    ({"location": Place(name="mogadishu")}, True),
    ({"location": Place(name="Baidoa")}, False),
    ({"location": None}, False),
    ({"actors": [Actor(name="Al-Shabaab"), Actor(name="Somali police")]}, True),
    ({"actors": [Actor(name="Somali police")]}, False),
    ({"actors": []}, False),
    ({"date": "2024-03-02", "date_precision": "month"}, True),
    ({"date": "2024-04-02", "date_precision": "month"}, False),
    ({"date": "2024-03-11", "date_precision": "week"}, True),
    ({"date": "2024-03-18", "date_precision": "week"}, False),
    ({"date": None}, False),
])
def test_dedupe_events_same_event_table(changes: dict, expected: bool) -> None:
    a, b = report("doc-a"), report("doc-b", **changes)
    assert same_event(a, b) is expected
    assert same_event(b, a) is expected


def test_dedupe_events_same_document_never_merges() -> None:
    assert not same_event(report("doc-a"), report("doc-a"))


SOMALIA = Place(name="Somalia", lat=6.0, lon=47.0, country="SOM", precision="country")


@pytest.mark.parametrize(("a_kw", "b_kw", "expected"), [
    # unknowns on both sides agree, but something specific must tie the reports
    ({"location": None, "date": None}, {"location": None, "date": None}, True),
    ({"location": None, "actors": []}, {"location": None, "actors": []}, False),
    ({"actors": []}, {"actors": [], "location": NEAR}, True),
    ({"actors": [], "location": SOMALIA}, {"actors": [], "location": SOMALIA}, False),
    ({"location": SOMALIA}, {"location": SOMALIA}, True),
    ({"location": SOMALIA}, {}, False),
])
def test_dedupe_events_needs_a_specific_tie(a_kw: dict, b_kw: dict, expected: bool) -> None:
    assert same_event(report("doc-a", **a_kw), report("doc-b", **b_kw)) is expected


def test_dedupe_events_merge_unions_and_keeps_max_counts() -> None:
    a = report("doc-a", injured=None, mode="explosives", attributed_to="police", modality="claimed")
    b = report("doc-b", fatalities=10, injured=15, recipients=[Actor(name="civilians")],
               actors=[Actor(name="AL-SHABAAB"), Actor(name="Jaysh Ayman")], modality="asserted")
    a.id = "ev_a"
    before = copy.deepcopy((a, b))
    merged = merge(a, b)
    assert (a, b) == before  # inputs untouched
    assert merged.id == "ev_a"
    assert merged.sources == ["doc-a", "doc-b"]
    assert [ev.doc_id for ev in merged.evidence] == ["doc-a", "doc-b"]
    assert (merged.fatalities, merged.injured) == (10, 15)
    assert [act.name for act in merged.actors] == ["al-Shabaab", "Jaysh Ayman"]
    assert [act.name for act in merged.recipients] == ["civilians"]
    assert merged.mode == "explosives"
    assert (merged.modality, merged.attributed_to) == ("asserted", None)


@pytest.mark.parametrize(("a_kw", "b_kw", "date", "precision"), [
    ({"date": "2024-03-01", "date_precision": "month"}, {"date": "2024-03-14"}, "2024-03-14", "day"),
    ({"date": "2024-03-14"}, {"date": "2024-03-01", "date_precision": "month"}, "2024-03-14", "day"),
    ({"date": None}, {"date": "2024-03-14"}, "2024-03-14", "day"),
])
def test_dedupe_events_merge_keeps_the_finer_date(a_kw: dict, b_kw: dict, date: str, precision: str) -> None:
    merged = merge(report("doc-a", **a_kw), report("doc-b", **b_kw))
    assert (merged.date, merged.date_precision) == (date, precision)


def test_dedupe_events_haversine_known_distance() -> None:
    # Mogadishu to Nairobi is about 1,000 km
    assert 990 < haversine_km(2.0371, 45.3438, -1.2864, 36.8172) < 1020
