"""Geo: span pairing (exact and overlap), recognition and resolution figures, offset repair."""

from __future__ import annotations

import pytest

from dateline.evaluate.adapters.geo import GeoDoc, GoldSpan, _locate, pair_spans, score
from dateline.records import Toponym

TEXT = "Troops left Kabul for the Helmand province near Lashkar Gah."


def top(start, end, kind="literal", lat=None, lon=None, gid=None) -> Toponym:
    return Toponym(doc_id="g", text=TEXT[start:end], start=start, end=end, kind=kind, lat=lat, lon=lon,
                   geonameid=gid)


GOLD = [GoldSpan(12, 17, "Kabul", True, 34.53, 69.17, 1138958),
        GoldSpan(26, 42, "Helmand province", True, 31.0, 64.0, None),
        GoldSpan(48, 59, "Lashkar Gah", True, 31.59, 64.37, 1147290)]


@pytest.mark.parametrize("pred, exact, pairs", [
    ([top(12, 17)], True, [(0, 0)]),
    ([top(26, 33)], True, []),            # "Helmand" alone is not the exact gold span
    ([top(26, 33)], False, [(1, 0)]),     # but overlaps it
    ([top(12, 17), top(13, 16)], False, [(0, 0)]),  # one-to-one
])
def test_geo_pair_spans(pred, exact, pairs):
    assert pair_spans(GOLD, pred, exact) == pairs


def test_geo_score_recognition_and_resolution():
    doc = GeoDoc("g", TEXT, list(GOLD))
    preds = [top(12, 17, lat=34.5, lon=69.2, gid=1138958),      # right place
             top(26, 33, lat=31.1, lon=64.1),                    # partial span, close
             top(48, 59, lat=35.0, lon=70.0, gid=1),             # far away, wrong id
             top(0, 6, kind="literal")]                          # "Troops": false positive
    m = score("geowebnews", [doc], {"g": preds}).metrics
    assert (m["literal recognition (exact span)"].tp, m["literal recognition (exact span)"].fp) == (2, 2)
    assert m["literal recognition (overlap)"].tp == 3
    assert m["resolution within 161 km"].correct == 2 and m["resolution within 161 km"].total == 3
    assert (m["resolution exact geonameid"].correct, m["resolution exact geonameid"].total) == (1, 2)
    assert len(m["resolution error km"].values) == 3


def test_geo_metonymic_prediction_not_a_literal_hit():
    doc = GeoDoc("g", TEXT, list(GOLD))
    m = score("geowebnews", [doc], {"g": [top(12, 17, kind="metonymic")]}).metrics
    assert m["literal recognition (exact span)"].tp == 0
    assert m["all toponyms recognition (overlap)"].tp == 1


@pytest.mark.parametrize("start, expected", [(13, 12), (12, 12), (30, 12), (0, 12)])
def test_geo_locate_repairs_one_based_offsets(start, expected):
    assert _locate(TEXT, "Kabul", start) == expected


@pytest.mark.parametrize("kind, typed, tp", [
    ("metonymic", False, 1),   # GeoVirus: untyped gold counts a metonymic reading as a hit
    ("demonym", False, 0),     # but never a demonym (GeoVirus marks none)
    ("metonymic", True, 0),    # GeoWebNews: typed gold keeps the literal-only comparison
])
def test_geo_untyped_gold_scores_every_non_demonym_prediction(kind, typed, tp):
    doc = GeoDoc("g", TEXT, list(GOLD), typed=typed)
    m = score("geovirus", [doc], {"g": [top(12, 17, kind=kind)]}).metrics
    assert m["literal recognition (exact span)"].tp == tp
