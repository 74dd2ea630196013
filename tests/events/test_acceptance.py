"""Acceptance on the sample article (../shared/corpus; skipped when absent). Checks the
events the issue lists, through general mechanisms only (model)."""

from __future__ import annotations

import pytest

from dateline.pipeline import extract_text
from dateline.records import Event

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def run(nlp, sample_article) -> tuple[list[Event], str]:
    from dateline.clean import clean_text

    text = sample_article.read_text("utf-8")
    found = extract_text(text, published="2014-08-04", doc_id=str(sample_article), nlp=nlp)
    return found, clean_text(text)


@pytest.fixture(scope="module")
def events(run) -> list[Event]:
    return run[0]


def _where(events, place: str, **fields) -> list[Event]:
    out = []
    for e in events:
        if e.location is None or place.lower() not in e.location.name.lower():
            continue
        if all(getattr(e, k) == v for k, v in fields.items()):
            out.append(e)
    return out


def test_acceptance_sinjar_and_zumar_taken(events):
    sinjar = _where(events, "Sinj", territory="captured", date="2014-08-02")
    zumar = _where(events, "Zumar", territory="captured", date="2014-08-02")
    assert len(sinjar) == 1 and len(zumar) == 1
    assert sinjar[0].displaced == 40000 and zumar[0].displaced is None
    assert sinjar[0].actors[0].name == "Islamic State"


def test_acceptance_clash_counts(events):
    clash = [e for e in events if e.fatalities == 25]
    assert len(clash) == 1
    assert (clash[0].injured, clash[0].date, clash[0].type) == (120, "2014-08-03", "ASSAULT")
    assert clash[0].acled["event_type"] == "Battles"


def test_acceptance_mosul_dam_advance(events):
    assert [e for e in events if e.type == "ASSAULT" and e.date == "2014-08-03"
            and any("Mosul Dam" in ev.text for ev in e.evidence)]


def test_acceptance_maliki_order_is_one_event(events):
    support = [e for e in events if e.type in {"AID", "SUPPORT", "COOPERATE"} and e.actors
               and e.actors[0].country == "IRQ"]
    assert len(support) == 1
    assert support[0].date == "2014-08-04"
    assert len(support[0].evidence) >= 3
    assert any("Kurd" in r.name or r.name == "Peshmerga" for r in support[0].recipients)


def test_acceptance_claimed_prisoners(events):
    claims = [e for e in events if e.modality == "claimed" and e.mode == "abduct"]
    assert len(claims) == 1
    assert "Islamic State" in (claims[0].attributed_to or "")


def test_acceptance_shangal_regained(events):
    regained = [e for e in events if e.territory == "regained"]
    assert len(regained) == 1
    assert regained[0].date == "2014-08-04"
    assert "Kurdish state media" in (regained[0].attributed_to or "")


def test_acceptance_weapons_request(events):
    assert any(e.type == "REQUEST" for e in events)


def test_acceptance_mosul_background(events):
    mosul = _where(events, "Mosul", territory="captured")
    assert len([e for e in mosul if "Dam" not in e.location.name]) == 1
    assert mosul[0].date.startswith("2014-06")


def test_acceptance_no_event_from_opinion_or_newsletter(events):
    texts = [ev.text for e in events for ev in e.evidence]
    assert not any("may see it as an attempt" in t or "newsletter" in t for t in texts)


def test_acceptance_evidence_slices_clean_text(run):
    events, text = run
    assert events
    for e in events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text
