"""Event dates: the clause's own date phrase, a governing verb's, else the fallback (no model)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.tokens import Span

from dateline.events.timing import When, choose_date, date_headline, in_dateline, running_date
from dateline.records import Event

from . import parses

VALUES = {"Monday": ("2014-08-04", "day"), "June": ("2014-06-01", "month")}
# Rows below that need Monday before publication are built with published="2014-08-05".


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


# "Forces detained five while searching Monday" / "... after militants attacked Monday"
WHILE_SEARCHING = parses.sentence(
    "Forces/1/nsubj/NOUN/force detained/1/ROOT/VERB/detain five/1/dobj/NUM/five "
    "while/4/mark/ADP/while searching/1/advcl/VERB/search Monday/4/npadvmod/PROPN/Monday")
AFTER_ATTACK = parses.sentence(
    "Forces/1/nsubj/NOUN/force detained/1/ROOT/VERB/detain five/1/dobj/NUM/five "
    "after/5/mark/ADP/after militants/5/nsubj/NOUN/militant attacked/1/advcl/VERB/attack "
    "Monday/5/npadvmod/PROPN/Monday")


@pytest.mark.parametrize(("rows", "others", "expected"), [
    (WHILE_SEARCHING, [], When("2014-08-04", "day", True)),     # an accompanying clause's date
    (WHILE_SEARCHING, [[4]], When("2014-08-04", "day", True)),  # shared with "searching", not taken by it
    (AFTER_ATTACK, [], When("2014-08-05", "day", False)),       # "after militants attacked": another moment
])
def test_timing_accompanying_clause(rows, others, expected):
    doc = _doc(rows, published="2014-08-05")
    groups = [[doc[i] for i in grp] for grp in others]
    assert choose_date(doc, [doc[1]], groups, doc[:]) == expected


def _blank(text: str):
    """A model-free Doc whose sentences end at full stops and line breaks."""
    doc = spacy.blank("en")(text)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        tok.is_sent_start = prev.text == "." or "\n" in prev.text
    return doc


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("KABUL, Afghanistan (Nov. 21, 2012) – Forces killed two insurgents.", "Nov. 21, 2012", True),
    ("KABUL, Afghanistan (Feb. 07)\nIn Maiwand district, forces detained two men.", "Feb. 07", True),
    ("Forces killed two insurgents in Kunar province (Nov. 21, 2012).", "Nov. 21, 2012", False),
    ("On Nov. 21, 2012 – a Tuesday – forces killed two insurgents.", "Nov. 21, 2012", False),
])
def test_timing_in_dateline(text, phrase, expected):
    doc = _blank(text)
    start = text.index(phrase)
    assert in_dateline(doc.char_span(start, start + len(phrase))) is expected


@dataclass
class _Draft:
    event: Event
    sent: object
    when: When | None
    explicit_date: bool


@pytest.mark.parametrize(("text", "lead", "expected"), [
    ("Taliban Leader Detained in Helmand\nForces detained a leader yesterday.",
     When("2014-08-03", "day", True), "2014-08-03"),                 # the title takes the lead's day
    ("Taliban Leader Detained in Helmand\nForces detained a leader in 2009.",
     When("2009-01-01", "year", True), "2014-08-04"),                # background dates are not the title's
    ("Forces detained a leader.\nThey detained him yesterday.",
     When("2014-08-03", "day", True), "2014-08-04"),                 # no title line
])
def test_timing_date_headline(text, lead, expected):
    doc = _blank(text)
    doc._.published = "2014-08-04"
    first, second = list(doc.sents)[:2]
    head = _Draft(Event(type="COERCE", date="2014-08-04"), first, When("2014-08-04", "day", False), False)
    body = _Draft(Event(type="COERCE", date=lead.date), second, lead, True)
    date_headline(doc, [head, body])
    assert head.event.date == expected
