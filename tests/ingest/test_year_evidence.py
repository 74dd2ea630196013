"""Completing a month-and-day publication date with the year the document's own dates support."""

from __future__ import annotations

import pytest

from dateline.ingest.year_evidence import complete_year, document_evidence

CASES = [
    # (text, month, day, expected)
    ("The Dec. 19, 2010 attack killed two.", 12, 21, "2010-12-21"),
    ("On 19 December 2010 a raid took place.", 12, 21, "2010-12-21"),
    ("Release 2010-12-S-198 For Immediate Release", 12, 21, "2010-12-21"),
    ("Release 2010-12-S-198", 1, 2, "2011-01-02"),  # a January day after a December number
    ("Published 2010-12-20 09:00", 12, 21, "2010-12-21"),
    ("The operation began in November 2010.", 12, 21, "2010-12-21"),
    ("Elections are set for Jan. 5, 2011.", 12, 21, "2010-12-21"),  # a future date, near
    ("Forces made gains in 2010, officials said.", 12, 21, "2010-12-21"),  # one bare year
    ("Header\n" * 8 + "Older than the government (1979).", 11, 14, None),  # body: background
    ("No year is named anywhere here.", 12, 21, None),
    ("Forces made gains in 2009 and in 2010.", 12, 21, None),  # two bare years: conflict
    ("Since 2001 the war has gone on.", 12, 21, None),  # a period's bound is background
    ("Ten years after the 2001 invasion.", 12, 21, None),
    ("Talks resume on Jan. 5, 2011.", 12, 21, "2010-12-21"),
    ("Talks resume on May 5, 2011.", 12, 21, None),  # over a quarter ahead: not this year's
    ("The massacre of June 3, 1995 is remembered.", 12, 21, None),  # too far either way
    ("Talks on June 1, 2010 and again on June 1, 2012.", 6, 2, None),  # equally near: conflict
    ("(c) 2013 Agency\nLAGOS, March 9 (AP) - Text.", 3, 9, "2013-03-09"),  # header year
    ("The Feb. 29, 2012 raid.", 2, 29, "2012-02-29"),
]


@pytest.mark.parametrize(("text", "month", "day", "expected"), CASES)
def test_year_evidence_complete_year(text: str, month: int, day: int, expected: str | None) -> None:
    assert complete_year(month, day, document_evidence(text)) == expected


def test_year_evidence_dated_beats_bare_years() -> None:
    evidence = document_evidence("Archive 2014\nThe Dec. 19, 2010 raid.")
    assert [e.dated for e in evidence] == [True]
