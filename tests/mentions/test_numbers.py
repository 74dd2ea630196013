"""Number phrases read by ACLED's conventions (SPEC.md section 3)."""

from __future__ import annotations

import pytest

from dateline.mentions.counts import parse_number
from dateline.mentions.numbers import is_vague
from dateline.data import load_yaml


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25", 25), ("1,200", 1200), ("40,000", 40000), ("twenty-five", 25), ("three", 3),
        ("one hundred and twenty", 120), ("two thousand five hundred", 2500),
        ("a dozen", 12), ("two dozen", 24), ("dozens", 12), ("scores", 20), ("hundreds", 100),
        ("thousands", 1000), ("tens of thousands", 10000), ("hundreds of thousands", 100000),
        ("several", 3), ("numerous", 3), ("a number of", 3), ("a few", 3), ("some", 3), ("a handful", 3),
        ("at least 25", 25), ("more than 30", 30), ("up to 12", 12), ("nearly 1,000", 1000),
        ("an estimated 40,000", 40000), ("some 40,000", 40000), ("another 120", 120),
        ("at least a dozen", 12),
        ("10 to 15", 10), ("10-15", 10), ("between 10 and 15", 10), ("five or six", 5),
        ("two to three hundred", 200),
        ("half a million", 500000), ("1.4 million", 1400000), ("2.5m", 2500000),
        ("a", 1), ("one", 1), ("a hundred", 100), ("none", 0),
        ("a large number", None), ("weapons", None), ("", None),
    ],
)
def test_numbers_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("key", ["units", "tens", "scales", "vague"])
def test_numbers_tables_hold_numbers(key):
    table = load_yaml("numbers.yaml")[key]
    assert table and all(isinstance(v, (int, float)) and v >= 0 for v in table.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("several", True), ("numerous", True), ("a number of", True), ("at least several", True),
    ("dozens", True), ("three", False), ("25", False), ("two hundred", False), ("a dozen", False),
])
def test_numbers_is_vague(text, expected):
    assert is_vague(text) is expected
