"""UCDP GED: violence type from sectors, row filter, headline text, nearest assignment, per-row checks."""

from __future__ import annotations

import pytest

from dateline.evaluate.adapters.ucdp_ged import (
    GedDoc,
    GedRow,
    _keep,
    dyad_party,
    load,
    score,
    side_names,
    violence_type,
)
from dateline.records import Actor, Document, Event, Place

ARMY = Actor("Syrian Army", sector=["MIL"], country="SYR")
REBELS = Actor("Syrian insurgents", sector=["REB"])
IS = Actor("IS", sector=["REB"])
CIVS = Actor("civilians", sector=["CVL"])
GUNMEN = Actor("Unidentified gunmen", sector=["UAF"])
NDF = Actor("National Defence Forces", sector=["PRM"], country="SYR")


@pytest.mark.parametrize("event, expected", [
    (Event("ASSAULT", actors=[ARMY, REBELS]), 1),
    (Event("ASSAULT", actors=[IS, REBELS]), 2),
    (Event("ASSAULT", actors=[IS], recipients=[CIVS]), 3),
    (Event("ASSAULT", actors=[ARMY], recipients=[CIVS]), 3),
    (Event("ASSAULT", actors=[IS], acled={"event_type": "Violence against civilians"}), 3),
    (Event("ASSAULT", actors=[ARMY], recipients=[CIVS],
           acled={"event_type": "Explosions/Remote violence"}), 1),   # civilians hit by shelling
    (Event("ASSAULT"), 1),                                            # no side named
    (Event("ASSAULT", actors=[CIVS]), 1),                             # only victims named
    (Event("ASSAULT", actors=[IS]), 2),
    (Event("ASSAULT", actors=[GUNMEN]), 1),                           # unidentified: no named group
    (Event("ASSAULT", actors=[IS], recipients=[NDF]), 1),             # a pro-government militia: state side
    (Event("ASSAULT", actors=[IS], recipients=[NDF],
           acled={"event_type": "Violence against civilians"}), 1),   # armed victims: not one-sided
    (Event("ASSAULT", actors=[IS], recipients=[NDF, CIVS],
           acled={"event_type": "Violence against civilians"}), 3),
    (Event("ASSAULT", recipients=[CIVS], acled={"event_type": "Violence against civilians"}), 1),  # nobody named
    (Event("ASSAULT", actors=[GUNMEN], recipients=[CIVS]), 1),       # unidentified: no organised group
])
def test_ucdp_ged_violence_type(event, expected):
    assert violence_type(event) == expected


@pytest.mark.parametrize("row, keep", [
    ({"date_prec": "1", "where_prec": "2", "number_of_sources": "1", "source_headline": "h"}, True),
    ({"date_prec": "2", "where_prec": "1", "number_of_sources": "1", "source_headline": "h"}, False),
    ({"date_prec": "1", "where_prec": "3", "number_of_sources": "1", "source_headline": "h"}, False),
    ({"date_prec": "1", "where_prec": "1", "number_of_sources": "2", "source_headline": "h"}, False),
    ({"date_prec": "1", "where_prec": "1", "number_of_sources": "1", "source_headline": " "}, False),
])
def test_ucdp_ged_dev_headline_filter(row, keep):
    assert _keep(row) is keep


def test_ucdp_ged_load_decodes_html_references(tmp_path):
    header = ("id,date_prec,where_prec,number_of_sources,source_headline,date_start,where_coordinates,"
              "latitude,longitude,adm_1,type_of_violence,side_a,side_b\n")
    row = ('1,1,1,1,"The &#8220;Islamic State&#8221; shells the regime&#8217;s positions",2016-01-02,'
           'Homs,34.7,36.7,Homs governorate,1,Government of Syria,IS\n')
    path = tmp_path / "ged.csv"
    path.write_text(header + row, encoding="utf-8")
    [doc] = load(path)
    assert doc.document.text == "The \u201cIslamic State\u201d shells the regime\u2019s positions"
    assert doc.rows[0].side_b == ["IS"]


def test_ucdp_ged_score_assigns_nearest_and_checks_fields(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    homs = Place("Homs", lat=34.73, lon=36.72, admin1="Homs Governorate", country="SYR")
    aleppo = Place("Aleppo", lat=36.2, lon=37.16, admin1="Aleppo Governorate", country="SYR")
    rows = [GedRow(1, ["Syrian Army"], ["Syrian insurgents"], homs),
            GedRow(2, ["IS"], ["SDF"], aleppo)]
    doc = GedDoc(Document(doc_id="d", text="headline"), rows)
    preds = [Event("ASSAULT", actors=[IS], location=Place("Aleppo", lat=36.21, lon=37.15, admin1="Aleppo")),
             Event("ASSAULT", actors=[ARMY, REBELS], location=Place("Homs", lat=34.73, lon=36.72, admin1="Homs"))]
    m = score([doc], {"d": preds}).metrics
    assert m["event found"].value == 1.0
    assert m["violence type"].value == 1.0
    assert m["location within 25 km"].value == 1.0
    assert m["same adm_1"].value == 1.0
    assert m["side A (alias)"].value == 1.0
    assert m["side B (alias)"].value == 0.5          # SDF not found
    m = score([doc], {"d": [Event("CONSULT")]}).metrics
    assert m["event found"].value == 0.0


def test_ucdp_ged_fields_over_matched_pairs_detection_apart(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    homs = Place("Homs", lat=34.73, lon=36.72, admin1="Homs Governorate", country="SYR")
    rows = [GedRow(1, ["Syrian Army"], ["Syrian insurgents"], homs),
            GedRow(1, ["Syrian Army"], ["Syrian insurgents"], homs)]
    doc = GedDoc(Document(doc_id="d", text="headline"), rows)
    m = score([doc], {"d": [Event("ASSAULT", actors=[ARMY, REBELS], location=homs)]}).metrics
    assert m["event found"].value == 0.5
    assert m["violence type"].value == 1.0                 # the matched pair only
    assert m["violence type (all rows)"].value == 0.5      # the unfound row counts as wrong
    assert m["sides (alias F1)"].f1 == 1.0
    assert m["sides (alias F1, all rows)"].recall == 0.5


@pytest.mark.parametrize("event, names", [
    (Event("ASSAULT", actors=[ARMY], recipients=[CIVS],
           acled={"event_type": "Explosions/Remote violence"}), ["Syrian Army"]),  # casualties, not a side
    (Event("ASSAULT", actors=[IS], recipients=[CIVS],
           acled={"event_type": "Violence against civilians"}), ["IS", "civilians"]),  # one-sided
])
def test_ucdp_ged_side_names_civilians_only_when_one_sided(event, names):
    assert side_names(event) == names


@pytest.mark.parametrize("name, country, expected", [
    ("Government of Russia", "SYR", "Government of Syria"),    # a secondary warring party in Syria
    ("Government of Russia", "UKR", "Government of Russia"),    # a primary party elsewhere
    ("Government of Turkey", "SYR", "Government of Turkey"),
    ("Islamic State", None, "Islamic State"),
])
def test_ucdp_ged_dyad_party_credits_secondary_states_to_the_government(name, country, expected):
    assert dyad_party(name, country) == expected


def test_ucdp_ged_score_compares_secondary_states_as_their_dyad(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    hama = Place("Hama", lat=35.13, lon=36.75, admin1="Hama Governorate", country="SYR")
    doc = GedDoc(Document(doc_id="d", text="Russian airstrikes target Hama"),
                 [GedRow(1, ["Government of Syria"], ["Syrian insurgents"], hama)])
    russia = Actor("Government of Russia", sector=["MIL"], country="RUS")
    pred = Event("ASSAULT", actors=[russia, Actor("Government of Syria", sector=["MIL"])],
                 recipients=[REBELS], location=hama)
    m = score([doc], {"d": [pred]}).metrics
    assert m["side A (alias)"].value == 1.0
    assert (m["sides (alias F1)"].tp, m["sides (alias F1)"].fp) == (2, 0)   # one party, counted once


def test_ucdp_ged_score_compares_pro_government_militias_as_the_government(monkeypatch):
    monkeypatch.setattr("dateline.mentions.actors.canonical_name", lambda t: t.lower())
    deir = Place("Deir ez-Zor", lat=35.33, lon=40.14, admin1="Deir ez-Zor Governorate", country="SYR")
    doc = GedDoc(Document(doc_id="d", text="IS executes four NDF members"),
                 [GedRow(1, ["Government of Syria"], ["IS"], deir)])
    pred = Event("ASSAULT", actors=[IS], recipients=[NDF], location=deir)
    m = score([doc], {"d": [pred]}).metrics
    assert m["side A (alias)"].value == 1.0
