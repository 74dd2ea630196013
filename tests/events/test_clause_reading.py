"""Conditions, reported "would" and foreseen violence read from the clause (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.clause_reading import conditional, foreseen, reported_would
from . import parses

# "They said they would strike" / "... could strike"
SAID_WOULD = parses.sentence(
    "They/1/nsubj/PRON/they said/1/ROOT/VERB/say they/4/nsubj/PRON/they would/4/aux/AUX/would "
    "strike/1/ccomp/VERB/strike")
SAID_COULD = parses.sentence(
    "They/1/nsubj/PRON/they said/1/ROOT/VERB/say they/4/nsubj/PRON/they could/4/aux/AUX/could "
    "strike/1/ccomp/VERB/strike")
# "They will strike unless Israel withdraws" / "They will strike until Friday ends"
UNLESS = parses.sentence(
    "They/2/nsubj/PRON/they will/2/aux/AUX/will strike/2/ROOT/VERB/strike unless/5/mark/SCONJ/unless "
    "Israel/5/nsubj/PROPN/Israel withdraws/2/advcl/VERB/withdraw")
UNTIL = parses.sentence(
    "They/2/nsubj/PRON/they will/2/aux/AUX/will strike/2/ROOT/VERB/strike until/5/mark/SCONJ/until "
    "Israel/5/nsubj/PROPN/Israel withdraws/2/advcl/VERB/withdraw")
# "Agencies warned that bombing could resume"
WARNED = parses.sentence(
    "Agencies/1/nsubj/NOUN/agency warned/1/ROOT/VERB/warn that/5/mark/SCONJ/that bombing/5/nsubj/NOUN/bombing "
    "could/5/aux/AUX/could resume/1/ccomp/VERB/resume")


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (SAID_WOULD, 4, True),    # the future of the past: an announced act
    (SAID_COULD, 4, False),   # a supposition stays one
    (UNLESS, 2, False),       # a main clause is not reported speech
])
def test_clause_reading_reported_would(rows, index, expected):
    doc = parses.build(rows, tags={1: "VBD"} if rows is not UNLESS else None)
    assert reported_would(doc[index]) is expected


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (UNLESS, 5, True),    # the condition a threat hangs on
    (UNTIL, 5, False),    # "until" bounds the act in time, it states no condition
    (UNLESS, 2, False),   # the main clause
])
def test_clause_reading_conditional(rows, index, expected):
    assert conditional(parses.build(rows)[index]) is expected


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (WARNED, 3, True),    # violence in what someone says may happen
    (UNLESS, 2, False),
])
def test_clause_reading_foreseen(rows, index, expected):
    assert foreseen(parses.build(rows)[index]) is expected
