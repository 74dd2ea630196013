"""ISAF: document class rules, killed/captured readings, province and date checks."""

from __future__ import annotations

import pytest

from dateline.evaluate.adapters.isaf import IsafDoc, classify, main_event, score
from dateline.records import Actor, Document, Event, Evidence, Place


def ev(type_="ASSAULT", start=0, **kw) -> Event:
    return Event(type=type_, evidence=[Evidence("d", "s", start, start + 1)], **kw)


@pytest.mark.parametrize("events, expected", [
    ([ev(arrested=2)], "detention"),
    ([ev(fatalities=2)], "insurgentskilled"),
    ([ev(fatalities=1), ev("COERCE", arrested=3)], "captureandkill"),
    ([ev(mode="aerial", fatalities=2)], "airstrike"),
    ([ev(fatalities=1, recipients=[Actor("civilians", sector=["CVL"])])], "civiliancasualty"),
    ([ev(acled={"event_type": "Battles", "sub_event_type": "Armed clash"})], "exchangeoffire"),
    ([ev("CONSULT")], None),
    ([], None),
])
def test_isaf_classify_rules(events, expected):
    assert classify(events) == expected


def test_isaf_main_event_is_first_violent_in_text_order():
    events = [ev("CONSULT", start=0), ev("ASSAULT", start=50), ev("COERCE", start=20)]
    assert main_event(events).type == "COERCE"
    assert main_event([ev("CONSULT", start=5)]).type == "CONSULT"
    assert main_event([]) is None


def doc(**kw) -> IsafDoc:
    base = dict(document=Document(doc_id="d", text="x"), classes={"insurgentskilled"},
                province="helmand", date="2011-11-19", killed=2, captured=0, targets=["taliban"])
    base.update(kw)
    return IsafDoc(**base)


def test_isaf_score_perfect_and_wrong_values():
    good = ev(fatalities=2, date="2011-11-19", recipients=[Actor("Taliban")],
              location=Place("Marjeh", admin1="Helmand Province", country="AFG"))
    result = score([doc()], {"d": [good]})
    m = result.metrics
    for name in ("event_type", "min_killed (max over events)", "province", "date exact",
                 "date within 1 day", "min_captured (max over events)"):
        assert m[name].value == 1.0, name
    assert m["target group (alias F1)"].f1 == 1.0
    late = ev(fatalities=2, date="2011-11-20", location=Place("Kandahar", admin1="Kandahar"))
    m = score([doc()], {"d": [late, ev(fatalities=1, start=5)]}).metrics
    assert m["date exact"].value == 0.0 and m["date within 1 day"].value == 1.0
    assert m["province"].value == 0.0
    assert m["min_killed (max over events)"].value == 1.0
    assert m["min_killed (sum over events)"].value == 0.0


def test_isaf_score_no_events_counts_zero_figures():
    m = score([doc(killed=0, classes={"detention"})], {}).metrics
    assert m["min_killed (max over events)"].value == 1.0
    assert m["any event found"].value == 0.0
    assert m["event_type"].value == 0.0
