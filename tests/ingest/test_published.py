"""Publication-date discovery: metadata normalisation, datelines in the first lines, priority."""

from __future__ import annotations

import pytest

from dateline.ingest.published import find_dateline, normalise_date, resolve_published

REF = "2014-08-05"

DATELINES = [
    # (text, reference, expected)
    ("BAGHDAD, Aug. 4 (Reuters) - Iraqi troops advanced.", REF, "2014-08-04"),
    ("BAGHDAD, Aug. 4 (Reuters) - Iraqi troops advanced.", None, None),  # no year, no reference
    ("Monday, August 4, 2014\n\nIraqi troops advanced.", None, "2014-08-04"),
    ("Published: 2014-08-04\nIraqi troops advanced.", None, "2014-08-04"),
    ("Posted on 4 August 2014 at 10:04 GMT\nText.", None, "2014-08-04"),
    ("Updated: Aug 6, 2014 10:04 AM ET\nPublished: Aug 4, 2014\nText.", None, "2014-08-04"),
    ("Updated: Aug 6, 2014\nText without another date.", None, "2014-08-06"),
    ("Headline here\n\nAugust 4, 2014 | 10:04 GMT\n\nBody.", None, "2014-08-04"),
    ("SAN SALVADOR, 2 MAY 87 (ACAN-EFE) -- [TEXT] Guerrillas attacked.", None, "1987-05-02"),
    ("MADRID (SPAIN), 14 FEB 90 -- [INTERVIEW] text", None, "1990-02-14"),
    ("OSLO (NORWAY), JULY 23 89 (AFP) -- [TEXT] text", None, "1989-07-23"),
    ("KABUL, Afghanistan (Dec. 29, 2011) — Border police seized two trucks.", None, "2011-12-29"),
    ("KABUL, Afghanistan (Nov. 22, 2011)\nA joint patrol detained two.", None, "2011-11-22"),
    ("KABUL, Afghanistan (June 17) — A joint patrol.", "2012-06-18", "2012-06-17"),
    ("WASHINGTON, Dec. 30 (AP) - text", "2015-01-02", "2014-12-30"),  # year rolls back
    ("The army attacked on August 4, 2014 in Mosul.", None, None),  # a date in a sentence is not a dateline
    ("WASHINGTON (AP) — No date in this dateline.", REF, None),
    ("Iraq air force to back Kurds fighting Islamic State", REF, None),
    ("Published: 2014-02-30\nInvalid day.", None, None),
    # a year elsewhere in the header completes a dateline without one
    ("Release 2009-07-S-087\nFor Immediate Release\nKABUL, Afghanistan (July 3) — Text.", None, "2009-07-03"),
    ("(c) 2013 Agency\nLAGOS, March 9 (AP) - Text.", None, "2013-03-09"),
    ("2010-02-CA-011\nFeb. 9: Afghan forces detain two suspects\nText.", None, "2010-02-09"),
    ("14 June - Afghan forces detain two\nText.", "2012-06-20", "2012-06-14"),
    ("June 14 marked the start of talks, text.", "2012-06-20", None),  # no separator: a sentence
    # typed slips between day and year
    ("KABUL, Afghanistan (May 30,2011) \u2028In Paktia province, police seized a truck.", None, "2011-05-30"),
    ("KABUL, Afghanistan (Nov. 7. 2011)\nA patrol found a weapons cache.", None, "2011-11-07"),
    # a title closed by its full date, as a last resort
    ("ISAF Joint Command Evening Operational Update June 27, 2011\n2011-06-S-318\nText.", None, "2011-06-27"),
    ("Talks on the budget to resume on June 13, 2011\nText follows here.", None, None),
    # two different bare years and no dated evidence: ambiguous, not guessed
    ("Archive 2009\nArchive 2012\nKABUL, Afghanistan (July 3) — Text.", None, None),
    # a year-month beats a bare year; the year comes from the body when the header has none
    ("Ref 2009-01\nArchive 2012\nKABUL, Afghanistan (July 3) — Text.", None, "2009-07-03"),
    ("KABUL, Afghanistan (Dec. 21) – Forces detained two.\nThe Dec. 19, 2010 raid followed.",
     None, "2010-12-21"),
    ("Release 2010-12-S-243\nKABUL, Afghanistan (Jan. 2) – Text.", None, "2011-01-02"),
    # a bracketed date closes the dateline when the copy runs on without a dash
    ("LASHKAR GAH, Afghanistan (March 3, 2012) Coalition forces detained two men.", None, "2012-03-03"),
    ("Police in Lashkar Gah (March 3, 2012) and two men were held.", None, None),  # runs on lower-case
]


@pytest.mark.parametrize(("text", "reference", "expected"), DATELINES)
def test_published_find_dateline(text: str, reference: str | None, expected: str | None) -> None:
    assert find_dateline(text, reference=reference) == expected


def test_published_dateline_only_in_first_lines() -> None:
    text = "\n".join(f"Paragraph {i} of the story." for i in range(20)) + "\nMonday, August 4, 2014\n"
    assert find_dateline(text) is None


NORMALISE = [
    ("2014-08-04", "2014-08-04"),
    ("2014-08-04T23:30:00-05:00", "2014-08-04"),  # the date as written, not shifted to UTC
    ("Mon, 04 Aug 2014 10:00:00 GMT", "2014-08-04"),
    ("August 4, 2014", "2014-08-04"),
    ("4 August 2014", "2014-08-04"),
    ("August 2014", None),  # no day: not a publication date
    ("4 Aug", None),  # no year: never completed from today
    ("", None),
    ("soon", None),
    (None, None),
    (20140804, None),
]


@pytest.mark.parametrize(("value", "expected"), NORMALISE)
def test_published_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value) == expected


PRIORITY = [
    # (stated, text, fallback, expected): stated field > dateline in text > fallback > None
    ("2014-08-03", "BAGHDAD, Aug. 4 (Reuters) - text", "2014-08-05", "2014-08-03"),
    (None, "BAGHDAD, Aug. 4 (Reuters) - text", "2014-08-05", "2014-08-04"),
    ("not a date", "BAGHDAD, Aug. 4 (Reuters) - text", "2014-08-05", "2014-08-04"),
    (None, "No dateline at all.", "2014-08-05", "2014-08-05"),
    (None, "No dateline at all.", None, None),
]


@pytest.mark.parametrize(("stated", "text", "fallback", "expected"), PRIORITY)
def test_published_resolve_priority(stated: str | None, text: str, fallback: str | None, expected: str | None) -> None:
    assert resolve_published(stated, text, fallback) == expected
