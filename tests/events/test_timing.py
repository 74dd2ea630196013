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
    ("KABUL, Afghanistan (Oct. 9, 2011) – Forces killed two insurgents.", "Oct. 9, 2011", True),
    ("KABUL, Afghanistan (March 14)\nIn Zhari district, forces detained three men.", "March 14", True),
    ("Forces killed two insurgents in Kunar province (Oct. 9, 2011).", "Oct. 9, 2011", False),
    ("On Oct. 9, 2011 – a Sunday – forces killed two insurgents.", "Oct. 9, 2011", False),
    ("Aug. 19: Security Operations in Kunduz\nForces killed three insurgents.", "Aug. 19", True),
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
    ("Insurgent Commander Held in Zabul\nForces detained a leader yesterday.",
     When("2014-08-03", "day", True), "2014-08-03"),                 # the title takes the lead's day
    ("Insurgent Commander Held in Zabul\nForces detained a leader in 2009.",
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


# "Force killed one, detained two and found material while pursuing a commander Monday"
CONJ_CHAIN = parses.sentence(
    "Force/1/nsubj/NOUN/force killed/1/ROOT/VERB/kill one/1/dobj/NUM/one "
    "detained/1/conj/VERB/detain two/3/dobj/NUM/two and/3/cc/CCONJ/and found/3/conj/VERB/find "
    "material/6/dobj/NOUN/material while/9/mark/ADP/while pursuing/6/advcl/VERB/pursue "
    "Monday/9/npadvmod/PROPN/Monday")
# "Forces detained five during a raid targeting a leader Monday"
OPERATION_TARGETING = parses.sentence(
    "Forces/1/nsubj/NOUN/force detained/1/ROOT/VERB/detain five/1/dobj/NUM/five "
    "during/1/prep/ADP/during a/5/det/DET/a raid/3/pobj/NOUN/raid "
    "targeting/5/acl/VERB/target a/8/det/DET/a leader/6/dobj/NOUN/leader "
    "Monday/6/npadvmod/PROPN/Monday")


@pytest.mark.parametrize(("rows", "tags", "others", "expected"), [
    (CONJ_CHAIN, None, [[3]], When("2014-08-04", "day", True)),            # coordinated verbs share it
    (OPERATION_TARGETING, {6: "VBG"}, [[6]], When("2014-08-04", "day", True)),  # "a raid targeting"
    (OPERATION_TARGETING, {6: "VBN"}, [], When("2014-08-05", "day", False)),    # "the man arrested Monday"
])
def test_timing_shared_date_phrase(rows, tags, others, expected):
    doc = parses.build(rows, tags=tags)
    doc._.published = "2014-08-05"
    span = Span(doc, len(doc) - 1, len(doc), label="DATE")
    span._.date_value, span._.date_precision = "2014-08-04", "day"
    doc.spans["dates"] = [span]
    groups = [[doc[i] for i in grp] for grp in others]
    assert choose_date(doc, [doc[1]], groups, doc[:]) == expected


def _two_sentences(when: str):
    """ "Forces detained five <when>. Police detained two." """
    return parses.sentence(
        f"Forces/1/nsubj/NOUN/force detained/1/ROOT/VERB/detain five/1/dobj/NUM/five "
        f"{when}/1/npadvmod/PROPN/{when} ./1/punct/PUNCT/. Police/6/nsubj/NOUN/police "
        f"detained/6/ROOT/VERB/detain two/6/dobj/NUM/two ./6/punct/PUNCT/.")


# "Forces killed two in Muhammad. Aghah district, Monday." (the splitter cut the sentence)
CUT_SENTENCE = parses.sentence(
    "Forces/1/nsubj/NOUN/force killed/1/ROOT/VERB/kill two/1/dobj/NUM/two in/1/prep/ADP/in "
    "Muhammad/3/pobj/PROPN/Muhammad ./1/punct/PUNCT/. Aghah/7/compound/PROPN/Aghah "
    "district/7/ROOT/NOUN/district ,/7/punct/PUNCT/, Monday/7/npadvmod/PROPN/Monday "
    "./7/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "trigger", "expected"), [
    (_two_sentences("Monday"), 6, When("2014-08-04", "day", False)),  # the story's recent day
    (_two_sentences("June"), 6, When("2014-08-05", "day", False)),    # background lends nothing
    (_two_sentences("Monday"), 1, When("2014-08-04", "day", True)),   # its own date
    (CUT_SENTENCE, 1, When("2014-08-04", "day", True)),               # the cut-off tail's date
])
def test_timing_story_date(rows, trigger, expected):
    doc = _doc(rows, published="2014-08-05")
    sent = doc[trigger].sent
    assert choose_date(doc, [doc[trigger]], [], sent) == expected


def test_timing_headline_takes_first_recent_day():
    """A title over a body whose events are undated takes the first recent day the body names."""
    doc = _blank("Insurgent Commander Held in Zabul\nIn Khost last night, forces searched a compound.")
    doc._.published = "2014-08-04"
    start = doc.text.index("last night")
    span = doc.char_span(start, start + len("last night"))
    span._.date_value, span._.date_precision = "2014-08-03", "day"
    doc.spans["dates"] = [span]
    first = next(iter(doc.sents))
    head = _Draft(Event(type="COERCE", date="2014-08-04"), first, When("2014-08-04", "day", False), False)
    date_headline(doc, [head])
    assert head.event.date == "2014-08-03"


# "Forces confirmed Monday the arrest of a leader in Helmand June"
CONFIRMED_ARREST = parses.sentence(
    "Forces/1/nsubj/NOUN/force confirmed/1/ROOT/VERB/confirm Monday/1/npadvmod/PROPN/Monday "
    "the/4/det/DET/the arrest/1/dobj/NOUN/arrest of/4/prep/ADP/of a/7/det/DET/a "
    "leader/5/pobj/NOUN/leader in/7/prep/ADP/in Helmand/8/pobj/PROPN/Helmand "
    "June/9/npadvmod/PROPN/June")


def test_timing_report_date_yields_to_event_phrase():
    """The day on the confirming verb dates the report; a date reached through the event's
    own phrase dates the arrest."""
    doc = _doc(CONFIRMED_ARREST)
    assert choose_date(doc, [doc[4]], [], doc[:]) == When("2014-06-01", "month", True)


# "Forces today confirmed the arrest, Uruzgan province Monday": the day on the reporting verb
# yields to the one reaching the arrest; without it, the reporting day stands.
TODAY_CONFIRMED = parses.sentence(
    "Forces/2/nsubj/NOUN/force today/2/npadvmod/NOUN/today confirmed/2/ROOT/VERB/confirm "
    "the/4/det/DET/the arrest/2/dobj/NOUN/arrest ,/2/punct/PUNCT/, "
    "Uruzgan/7/compound/PROPN/Uruzgan province/2/npadvmod/NOUN/province "
    "Monday/7/npadvmod/PROPN/Monday")
# "Forces killed the leader behind the Monday attack" / "... killed the leader Monday afternoon"
BEHIND_ATTACK = parses.sentence(
    "Forces/1/nsubj/NOUN/force killed/1/ROOT/VERB/kill the/3/det/DET/the leader/1/dobj/NOUN/leader "
    "behind/3/prep/ADP/behind the/7/det/DET/the Monday/7/compound/PROPN/Monday "
    "attack/4/pobj/NOUN/attack ./1/punct/PUNCT/.")
MONDAY_AFTERNOON = parses.sentence(
    "Forces/1/nsubj/NOUN/force killed/1/ROOT/VERB/kill the/3/det/DET/the leader/1/dobj/NOUN/leader "
    "Monday/5/compound/PROPN/Monday afternoon/1/npadvmod/NOUN/afternoon ./1/punct/PUNCT/.")
DAYS = {"today": "2014-08-05", "Monday": "2014-08-04"}


@pytest.mark.parametrize(("rows", "words", "trigger", "expected"), [
    (TODAY_CONFIRMED, ("today", "Monday"), 4, When("2014-08-04", "day", True)),
    (TODAY_CONFIRMED, ("today",), 4, When("2014-08-05", "day", True)),
    (BEHIND_ATTACK, ("Monday",), 1, When("2014-08-05", "day", False)),  # the attack's day, not the killing's
    (BEHIND_ATTACK, ("Monday",), 7, When("2014-08-04", "day", True)),   # ... which it does date
    (MONDAY_AFTERNOON, ("Monday",), 1, When("2014-08-04", "day", True)),  # a time of day is the date itself
])
def test_timing_report_day_and_premodifier(rows, words, trigger, expected):
    doc = parses.build(rows)
    doc._.published = "2014-08-05"
    spans = []
    for tok in doc:
        if tok.text in words:
            span = Span(doc, tok.i, tok.i + 1, label="DATE")
            span._.date_value, span._.date_precision = DAYS[tok.text], "day"
            spans.append(span)
    doc.spans["dates"] = spans
    assert choose_date(doc, [doc[trigger]], [], doc[:]) == expected


# "Talks were suspended in June after rebels attacked" / "... on Monday after rebels attacked"
def _after_rows(when: str) -> list:
    return parses.sentence(
        f"Talks/2/nsubjpass/NOUN/talk were/2/auxpass/AUX/be suspended/2/ROOT/VERB/suspend "
        f"in/2/prep/ADP/in {when}/3/pobj/PROPN/{when} after/7/mark/SCONJ/after rebels/7/nsubj/NOUN/rebel "
        f"attacked/2/advcl/VERB/attack")


@pytest.mark.parametrize(("when", "expected"), [
    ("June", When("2014-06-01", "month", False)),   # the "after" act happened in that month too
    ("Monday", When("2014-08-04", "day", False)),   # a day is the main act's own: fallback
])
def test_timing_after_clause_takes_the_month_of_its_main_clause(when, expected):
    doc = _doc(_after_rows(when))
    sent = doc[:]
    assert choose_date(doc, [doc[7]], [[doc[2]]], sent) == expected
