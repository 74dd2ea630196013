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


# "They will fight until the council meets" / "... until their demands are met" /
# "They fought until the town fell" / "They will stay before aid is sent"
UNTIL_MEETS = parses.sentence(
    "They/2/nsubj/PRON/they will/2/aux/AUX/will fight/2/ROOT/VERB/fight until/6/mark/SCONJ/until "
    "the/5/det/DET/the council/6/nsubj/NOUN/council meets/2/advcl/VERB/meet")
UNTIL_MET = parses.sentence(
    "They/2/nsubj/PRON/they will/2/aux/AUX/will fight/2/ROOT/VERB/fight until/7/mark/SCONJ/until "
    "their/5/poss/PRON/their demands/7/nsubjpass/NOUN/demand are/7/auxpass/AUX/be met/2/advcl/VERB/meet")
UNTIL_FELL = parses.sentence(
    "They/1/nsubj/PRON/they fought/1/ROOT/VERB/fight until/5/mark/SCONJ/until the/4/det/DET/the "
    "town/5/nsubj/NOUN/town fell/1/advcl/VERB/fall")


@pytest.mark.parametrize(("rows", "tags", "index", "expected"), [
    (UNTIL_MEETS, {6: "VBZ"}, 6, True),             # awaited, not yet done
    (UNTIL_MET, {6: "VBP", 7: "VBN"}, 5, False),    # only the predicate waits: "until the attacks stop"
    (UNTIL_MET, {6: "VBP", 7: "VBN"}, 7, True),
    (UNTIL_FELL, None, 5, False),                  # the past: it happened
    (UNTIL_MEETS, {6: "VBZ"}, 2, False),            # the main clause
])
def test_clause_reading_pending_clause_is_no_event(rows, tags, index, expected):
    assert conditional(parses.build(rows, tags=tags)[index]) is expected


# "a resolution that aims to impose sanctions" / "a resolution that would ban the party" /
# "a decree that bans rallies" / "a convoy that aims to bring aid"
AIMS_TO_IMPOSE = parses.sentence(
    "a/1/det/DET/a resolution/1/ROOT/NOUN/resolution that/3/nsubj/PRON/that aims/1/relcl/VERB/aim "
    "to/5/aux/PART/to impose/3/xcomp/VERB/impose sanctions/5/dobj/NOUN/sanction")
WOULD_BAN = parses.sentence(
    "a/1/det/DET/a bill/1/ROOT/NOUN/bill that/4/nsubj/PRON/that would/4/aux/AUX/would "
    "ban/1/relcl/VERB/ban the/6/det/DET/the party/4/dobj/NOUN/party")
BANS = parses.sentence(
    "a/1/det/DET/a decree/1/ROOT/NOUN/decree that/3/nsubj/PRON/that bans/1/relcl/VERB/ban "
    "rallies/3/dobj/NOUN/rally")
CONVOY_AIMS = parses.sentence(
    "a/1/det/DET/a convoy/1/ROOT/NOUN/convoy that/3/nsubj/PRON/that aims/1/relcl/VERB/aim "
    "to/5/aux/PART/to bring/3/xcomp/VERB/bring aid/5/dobj/NOUN/aid")


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (AIMS_TO_IMPOSE, 5, True),   # what the text aims at
    (WOULD_BAN, 4, True),        # what the text would do
    (BANS, 3, False),            # what the text does
    (CONVOY_AIMS, 5, False),     # a convoy is no text that proposes
])
def test_clause_reading_proposed_content(rows, index, expected):
    from dateline.events.clause_reading import proposed

    assert proposed(parses.build(rows, tags={3: "VBZ"})[index]) is expected


# "Russia will strike if the talks fail" / "... if cooperation founders" (the parser's noun clause)
IF_TALKS_FAIL = parses.sentence(
    "Russia/2/nsubj/PROPN/Russia will/2/aux/AUX/will strike/2/ROOT/VERB/strike if/6/mark/SCONJ/if "
    "the/5/det/DET/the talks/6/nsubj/NOUN/talk fail/2/advcl/VERB/fail")
IF_COOPERATION = parses.sentence(
    "Russia/2/nsubj/PROPN/Russia will/2/aux/AUX/will strike/2/ROOT/VERB/strike if/4/mark/SCONJ/if "
    "cooperation/2/advcl/NOUN/cooperation founders/4/appos/NOUN/founder")
# "Russia held talks after the vote"
TALKS_AFTER = parses.sentence(
    "Russia/1/nsubj/PROPN/Russia held/1/ROOT/VERB/hold talks/1/dobj/NOUN/talk after/1/prep/ADP/after "
    "the/5/det/DET/the vote/3/pobj/NOUN/vote")


@pytest.mark.parametrize(("rows", "index", "expected"), [
    (IF_TALKS_FAIL, 5, True),     # an event noun in a condition reads the condition
    (IF_COOPERATION, 4, True),    # a noun the parser made the conditional clause itself
    (TALKS_AFTER, 2, False),      # an event noun in the main clause
])
def test_clause_reading_condition_of_an_event_noun(rows, index, expected):
    assert conditional(parses.build(rows)[index]) is expected
