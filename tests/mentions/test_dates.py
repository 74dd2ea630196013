"""Date phrases resolved against a given publication date (never today)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.dates import DateTagger, resolve_date
from dateline.nlp.extensions import register_extensions
from dateline.records import DATE_PRECISIONS

MONDAY = "2014-08-04"  # a Monday
THURSDAY = "2014-08-07"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # weekdays: the most recent such day on or before publication
        ("on Monday", MONDAY, ("2014-08-04", "day")),
        ("Monday", MONDAY, ("2014-08-04", "day")),
        ("late on Monday", MONDAY, ("2014-08-04", "day")),
        ("on Saturday", MONDAY, ("2014-08-02", "day")),
        ("Saturday night", MONDAY, ("2014-08-02", "day")),
        ("Sunday", MONDAY, ("2014-08-03", "day")),
        ("on Tuesday", MONDAY, ("2014-07-29", "day")),
        ("on Tuesday", THURSDAY, ("2014-08-05", "day")),
        ("Thursday morning", THURSDAY, ("2014-08-07", "day")),
        ("last Monday", MONDAY, ("2014-07-28", "day")),
        ("next Friday", MONDAY, ("2014-08-08", "day")),
        # relative days and periods
        ("yesterday", MONDAY, ("2014-08-03", "day")),
        ("today", MONDAY, ("2014-08-04", "day")),
        ("last night", MONDAY, ("2014-08-03", "day")),
        ("the day before yesterday", MONDAY, ("2014-08-02", "day")),
        ("two days ago", MONDAY, ("2014-08-02", "day")),
        ("3 days ago", THURSDAY, ("2014-08-04", "day")),
        ("three weeks ago", MONDAY, ("2014-07-14", "week")),
        ("last week", MONDAY, ("2014-07-28", "week")),
        # spans of one to seven days reaching back from publication: the first day
        ("during the past two days", MONDAY, ("2014-08-02", "week")),
        ("in the last 24 hours", MONDAY, ("2014-08-03", "day")),
        ("over the past few days", MONDAY, ("2014-08-01", "week")),
        ("the past couple of days", MONDAY, ("2014-08-02", "week")),
        ("this week", MONDAY, ("2014-08-04", "week")),
        ("this week", THURSDAY, ("2014-08-07", "week")),
        ("the weekend", MONDAY, ("2014-08-02", "week")),
        ("earlier this month", MONDAY, ("2014-08-01", "month")),
        ("this month", MONDAY, ("2014-08-01", "month")),
        ("last month", MONDAY, ("2014-07-01", "month")),
        ("last month", "2014-01-15", ("2013-12-01", "month")),
        ("this year", MONDAY, ("2014-01-01", "year")),
        ("last year", MONDAY, ("2013-01-01", "year")),
        # month names: the most recent such month on or before publication
        ("in June", MONDAY, ("2014-06-01", "month")),
        ("since June", MONDAY, ("2014-06-01", "month")),
        ("in August", MONDAY, ("2014-08-01", "month")),
        ("in September", MONDAY, ("2013-09-01", "month")),
        ("early July", MONDAY, ("2014-07-01", "month")),
        ("in May", MONDAY, ("2014-05-01", "month")),
        # month and day: the publication year unless that lands well after publication
        ("June 10", MONDAY, ("2014-06-10", "day")),
        ("on June 10", MONDAY, ("2014-06-10", "day")),
        ("10 June", MONDAY, ("2014-06-10", "day")),
        ("Aug 3", MONDAY, ("2014-08-03", "day")),
        ("August 3rd", MONDAY, ("2014-08-03", "day")),
        ("August 8", MONDAY, ("2014-08-08", "day")),
        ("December 25", MONDAY, ("2013-12-25", "day")),
        # written-out dates and years
        ("Aug. 4, 2014", MONDAY, ("2014-08-04", "day")),
        ("August 4th, 2014", MONDAY, ("2014-08-04", "day")),
        ("4 August 2014", MONDAY, ("2014-08-04", "day")),
        ("2014-08-04", MONDAY, ("2014-08-04", "day")),
        ("08/02/2014", MONDAY, ("2014-08-02", "day")),
        ("02.08.2014", MONDAY, ("2014-08-02", "day")),
        ("2014/08/02", MONDAY, ("2014-08-02", "day")),
        ("overnight", MONDAY, ("2014-08-03", "day")),
        ("Monday, Aug. 4", MONDAY, ("2014-08-04", "day")),
        ("5 days ago", MONDAY, ("2014-07-30", "day")),
        ("4-aug-2014", MONDAY, ("2014-08-04", "day")),  # through dateparser
        ("25/12/2013", MONDAY, ("2013-12-25", "day")),
        ("June 2014", MONDAY, ("2014-06-01", "month")),
        ("in 2013", MONDAY, ("2013-01-01", "year")),
        ("mid-2013", MONDAY, ("2013-01-01", "year")),
        ("2010-12", MONDAY, ("2010-12-01", "month")),
        ("the 2006 civil war", MONDAY, ("2006-01-01", "year")),
    ],
)
def test_dates_resolve_against_publication(text, published, expected):
    assert resolve_date(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", (None, "day")),
        ("yesterday", (None, "day")),
        ("last week", (None, "week")),
        ("in June", (None, "month")),
        ("June 10", (None, "day")),
        ("last year", (None, "year")),
        ("during the past two days", (None, "week")),
        ("Aug. 4, 2014", ("2014-08-04", "day")),
        ("in 2013", ("2013-01-01", "year")),
    ],
)
def test_dates_without_publication_keep_precision(text, expected):
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize(
    "text", ["three days", "for 3 days", "24 hours", "10:30", "1 pm", "the 1st", "Ramadan",
             "the 1990s", "may", "the sun", "2012-06-S-117", "100 km", "", "in previous years",
             "the last days", "the past few hours", "over the past 12 days", "the past ten years",
             "the past three weeks"])
def test_dates_non_dates_give_none(text):
    assert resolve_date(text, MONDAY) is None


def _doc(words: list[str], ents: list[str], published: str | None) -> Doc:
    register_extensions()
    spaces = [not (w in "-" or nxt in ("-", ".")) for w, nxt in zip(words, words[1:] + [""])]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents)
    doc._.published = published
    return doc


@pytest.mark.parametrize(
    ("words", "ents", "published", "expected"),
    [
        (["Fighting", "broke", "out", "on", "Saturday", "."],
         ["O", "O", "O", "O", "B-DATE", "O"], MONDAY, [("Saturday", "2014-08-02", "day")]),
        # "late on Monday" is found by pattern although the NER missed it
        (["Gunmen", "attacked", "late", "on", "Monday", "."],
         ["O"] * 6, MONDAY, [("late on Monday", "2014-08-04", "day")]),
        (["It", "lasted", "four", "days", "."],
         ["O", "O", "B-DATE", "I-DATE", "O"], MONDAY, []),
        # reference codes are not dates
        (["Release", "2012", "-", "06", "-", "S-026", "."],
         ["O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O"], MONDAY, []),
        (["It", "fell", "last", "month", "."],
         ["O", "O", "B-DATE", "I-DATE", "O"], None, [("last month", None, "month")]),
    ],
)
def test_dates_tagger_spans(words, ents, published, expected):
    doc = DateTagger(None)(_doc(words, ents, published))
    got = [(s.text, s._.date_value, s._.date_precision) for s in doc.spans["dates"]]
    assert got == expected


@pytest.mark.model
def test_dates_tagger_on_parsed_text():
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=["dateline_dates"])
    doc = nlp.make_doc(
        "The town fell on Saturday. Mosul was seized on June 10. More died last week.")
    doc._.published = MONDAY
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got = {s.text: (s._.date_value, s._.date_precision) for s in doc.spans["dates"]}
    assert got["Saturday"] == ("2014-08-02", "day")
    assert got["June 10"] == ("2014-06-10", "day")
    assert got["last week"] == ("2014-07-28", "week")
    assert all(s._.date_precision in DATE_PRECISIONS for s in doc.spans["dates"])


@pytest.mark.parametrize(
    ("words", "pos", "expected"),
    [
        # a month name the determiner or adjective opens is the walk, not the month
        (["They", "led", "the", "funeral", "march", "."],
         ["PRON", "VERB", "DET", "NOUN", "PROPN", "PUNCT"], []),
        (["They", "attacked", "in", "March", "."],
         ["PRON", "VERB", "ADP", "PROPN", "PUNCT"], [("March", "2014-03-01", "month")]),
    ],
)
def test_dates_tagger_drops_month_nouns(words, pos, expected):
    doc = _doc(words, ["O"] * (len(words) - 2) + ["B-DATE", "O"], MONDAY)
    for token, tag in zip(doc, pos):
        token.pos_ = tag
    doc = DateTagger(None)(doc)
    assert [(s.text, s._.date_value, s._.date_precision) for s in doc.spans["dates"]] == expected
