"""Counts go to the event whose trigger governs them; aggregates go nowhere (no model)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Span, Token

import dateline.mentions.counts  # noqa: F401  (registers the count extensions)
from dateline.events.counting import attach_counts
from dateline.records import Event

from . import parses


@dataclass
class _Draft:
    event: Event
    tokens: list[Token]
    sent: Span
    first_split: bool = True


def _count(doc, start, end, value, kind, trigger, aggregate=False):
    span = Span(doc, start, end, label=kind)
    span._.count_value, span._.count_kind = value, kind
    span._.count_trigger, span._.count_aggregate = trigger, aggregate
    return span


@pytest.mark.parametrize(("aggregate", "expected"), [(False, 25), (True, None)])
def test_counting_attach_to_governing_trigger(aggregate, expected):
    doc = parses.build(parses.KILLED_IN_CLASHES)
    doc.spans["counts"] = [_count(doc, 0, 1, 25, "fatalities", 3, aggregate)]
    clash = _Draft(Event(type="ASSAULT"), [doc[5], doc[3]], doc[:])
    attach_counts(doc, [clash])
    assert clash.event.fatalities == expected


def test_counting_spans_of_one_trigger_add_up_and_skip_verbal_events():
    doc = parses.build(parses.KILLED_IN_CLASHES)
    doc.spans["counts"] = [_count(doc, 0, 1, 20, "fatalities", 3), _count(doc, 1, 2, 5, "fatalities", 3)]
    talks = _Draft(Event(type="CONSULT"), [doc[3]], doc[:])
    attach_counts(doc, [talks])
    assert talks.event.fatalities is None
    clash = _Draft(Event(type="ASSAULT"), [doc[5], doc[3]], doc[:])
    attach_counts(doc, [clash])
    assert clash.event.fatalities == 25


def test_counting_second_split_event_gets_nothing():
    doc = parses.build(parses.CAPTURE_TOWNS)
    doc.spans["counts"] = [_count(doc, 4, 5, 40000, "displaced", 2)]
    first = _Draft(Event(type="ASSAULT"), [doc[2]], doc[:], True)
    second = _Draft(Event(type="ASSAULT"), [doc[2]], doc[:], False)
    attach_counts(doc, [first, second])
    assert (first.event.displaced, second.event.displaced) == (40000, None)
