"""Event dates: the clause's own date phrase, a governing verb's, else the fallback (no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.events.timing import When, choose_date, running_date

from . import parses

VALUES = {"Monday": ("2014-08-04", "day"), "June": ("2014-06-01", "month")}


def _doc(rows, published="2014-08-04"):
    doc = parses.build(rows)
    doc._.published = published
    spans = []
    for tok in doc:
        if tok.text in VALUES:
            span = Span(doc, tok.i, tok.i + 1, label="DATE")
            span._.date_value, span._.date_precision = VALUES[tok.text]
            spans.append(span)
    doc.spans["dates"] = spans
    return doc


@pytest.mark.parametrize(("rows", "trigger", "expected"), [
    (parses.SEIZED_IN_JUNE, 6, When("2014-06-01", "month", True)),   # background event keeps its own date
    (parses.SEIZED_UNDATED, 6, When("2014-08-04", "day", True)),     # the reporting verb's date
    (parses.SINCE_JUNE, 1, When("2014-08-04", "day", False)),        # "since June" dates nothing
])
def test_timing_choose_date(rows, trigger, expected):
    doc = _doc(rows)
    sent = doc[:]
    assert choose_date(doc, [doc[trigger]], [], sent) == expected


def test_timing_competing_event_keeps_its_date():
    doc = _doc(parses.SEIZED_IN_JUNE)
    # "said" as an event of its own would not take "June", which is closer to "seized"
    assert choose_date(doc, [doc[1]], [[doc[6]]], doc[:]).date == "2014-08-04"


@pytest.mark.parametrize(("when", "carried"), [
    (When("2014-08-03", "day", True), True),     # yesterday: the paragraph goes on about it
    (When("2014-06-10", "day", True), False),    # background: not carried on
    (When("2014-08-01", "month", True), False),  # coarse dates are not carried on
    (When("2014-08-04", "day", False), False),   # a fallback is no context
])
def test_timing_running_date(when, carried):
    doc = _doc(parses.SEIZED_UNDATED)
    assert (running_date(doc, doc[:], when, None) == when) is carried
