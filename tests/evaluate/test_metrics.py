"""The primitive scores: P/R/F1 arithmetic, dates, distances, vague counts, province keys."""

from __future__ import annotations

import pytest

from dateline.evaluate.metrics import (
    PRF, Accuracy, Distribution, admin_key, counts_equal, dates_agree, haversine_km, same_admin1,
    normalise_count, set_prf, value_prf,
)


@pytest.mark.parametrize("tp, fp, fn, p, r, f1", [
    (1, 0, 0, 1.0, 1.0, 1.0),
    (1, 1, 0, 0.5, 1.0, 2 / 3),
    (1, 0, 1, 1.0, 0.5, 2 / 3),
    (0, 0, 0, 0.0, 0.0, 0.0),
    (0, 3, 2, 0.0, 0.0, 0.0),
])
def test_metrics_prf_arithmetic(tp, fp, fn, p, r, f1):
    m = PRF(tp, fp, fn)
    assert (m.precision, m.recall) == pytest.approx((p, r))
    assert m.f1 == pytest.approx(f1)


def test_metrics_accuracy_and_distribution():
    acc = Accuracy()
    for ok in (True, False, True, True):
        acc.add(ok)
    assert acc.value == pytest.approx(0.75)
    dist = Distribution([1.0, 3.0, 11.0])
    assert (dist.mean, dist.median) == (5.0, 3.0)
    assert Distribution().to_dict()["mean"] is None


@pytest.mark.parametrize("text, expected", [
    ("several", 3), ("a few", 3), ("dozens", 12), ("scores", 20), ("hundreds", 100),
    ("at least 7", 7), ("5 to 10", 5), ("12-15", 12), ("1,200", 1200), ("two", 2),
    ("at least two", 2), ("no figure", None), ("", None), (None, None), (4, 4), ("dozens of people", 12),
])
def test_metrics_normalise_count_follows_acled_conventions(text, expected):
    assert normalise_count(text) == expected


@pytest.mark.parametrize("gold, pred, ok", [
    (3, 3, True), ("several", 3, True), ("dozens", 12, True), ("at least 10", 10, True),
    ("10 to 20", 20, False), (5, 6, False), (None, None, False), (None, 3, False), (3, None, False),
])
def test_metrics_counts_equal_after_normalising(gold, pred, ok):
    assert counts_equal(gold, pred) is ok


@pytest.mark.parametrize("gold, precision, pred, ok", [
    ("2014-08-02", "day", "2014-08-02", True),
    ("2014-08-02", "day", "2014-08-03", True),
    ("2014-08-02", "day", "2014-08-01", True),
    ("2014-08-02", "day", "2014-08-04", False),
    ("2014-08-02", "day", None, False),
    (None, "day", "1999-01-01", True),
    (None, "day", None, True),
    ("2014-08-04", "week", "2014-08-10", True),   # Monday and Sunday of ISO week 32
    ("2014-08-04", "week", "2014-08-11", False),
    ("2014-08-01", "month", "2014-08-31", True),
    ("2014-08-01", "month", "2014-09-01", False),
    ("2014", "year", "2014-12-31", True),
    ("2014-01-01", "year", "2015-01-01", False),
])
def test_metrics_dates_agree_by_gold_precision(gold, precision, pred, ok):
    assert dates_agree(gold, precision, pred) is ok


def test_metrics_haversine_known_distance():
    # Baghdad - Mosul is about 350 km
    assert haversine_km(33.3152, 44.3661, 36.34, 43.13) == pytest.approx(350, abs=10)
    assert haversine_km(10, 10, 10, 10) == 0


@pytest.mark.parametrize("a, b, same", [
    ("Helmand Province", "helmand", True),
    ("Paktya", "Paktia", True),
    ("Sar-e Pul", "Sar-e Pol", True),
    ("Paktika", "Paktia", False),
    ("Homs Governorate", "Homs", True),
    ("Al-Hasakah Governorate", "Hasakah", True),
    ("Kunar", "Kunduz", False),
    ("Provincia de La Mar", "LA MAR", True),
    ("Departamento de San Miguel", "SAN MIGUEL", True),
])
def test_metrics_admin_key_tolerates_romanisation(a, b, same):
    assert (admin_key(a) == admin_key(b)) is same


def test_metrics_value_prf_counts_null_rules():
    assert value_prf("x", "x") == PRF(1, 0, 0)
    assert value_prf("x", "y") == PRF(0, 1, 1)
    assert value_prf(None, "y") == PRF(0, 1, 0)
    assert value_prf("x", None) == PRF(0, 0, 1)
    assert value_prf(None, None) == PRF(0, 0, 0)


def test_metrics_set_prf_uses_key():
    assert set_prf(["A", "b"], ["a", "c"], str.lower) == PRF(tp=1, fp=1, fn=1)


UNITS = {"Wardak": {"AFG.27"}, "Maidan Wardak": {"AFG.27"}, "Nimroz": {"AFG.19"},
         "Punjab": {"PAK.04", "IND.23"}, "Punjab Province": {"PAK.04"}}


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("Wardak", "Maidan Wardak", True),  # a short name of the same unit
    ("Paktya", "Paktia", True),  # equal keys need no gazetteer
    ("Wardak", "Nimroz", False),
    ("Punjab", "Punjab Province", True),  # equal keys ("province" is an administrative word)
    ("Punjab", "Lahore Division", False),  # ambiguous gold name, no identity match
    ("Unknown Place", "Other Place", False),  # unknown names never match by identity
    ("", "Maidan Wardak", False),
    (None, None, False),
])
def test_metrics_same_admin1_by_identity(gold, pred, same):
    look = lambda name: frozenset(UNITS.get(name, set()))  # noqa: E731
    assert same_admin1(gold, pred, identity=look) is same


def test_metrics_same_admin1_with_gazetteer():
    assert same_admin1("Wardak", "Maidan Wardak")
    assert not same_admin1("Paktika", "Paktia")
