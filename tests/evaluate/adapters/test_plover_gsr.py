"""PLOVER GSR: 0.5 labels renamed, type P/R/F1, actors by alias and country code."""

from __future__ import annotations

import pytest

from dateline.evaluate.adapters.plover_gsr import GsrActor, GsrDoc, gold_type, score
from dateline.records import Actor, Document, Event


@pytest.mark.parametrize("label, today", [
    ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
    ("AGREE", "AGREE"),
])
def test_plover_gsr_gold_type_renames(label, today):
    assert gold_type(label) == today


def test_plover_gsr_score(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    doc = GsrDoc(Document(doc_id="s", text="t"), "ACCUSE", [GsrActor("Lagos police", "NGA")],
                 [GsrActor("protesters", "")])
    pred = [Event("CONSULT"), Event("ACCUSE", actors=[Actor("lagos police", country="NGA")],
                                    recipients=[Actor("students")])]
    m = score([doc], {"s": pred}).metrics
    t = m["event type (P/R/F1)"]
    assert (t.tp, t.fp, t.fn) == (1, 1, 0)
    assert m["event type (first event)"].value == 0.0
    assert m["source actor (alias F1)"].f1 == 1.0
    assert m["source country code"].value == 1.0
    assert m["target actor (alias F1)"].f1 == 0.0
    assert m["target country code"].total == 0
