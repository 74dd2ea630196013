"""Running totals and summaries (victims or incidents counted over a conflict or a span)."""

from __future__ import annotations

import pytest

from dateline.events.totals import event_tally, multitude, period_series, running_total, span_total, tally
from .parses import build, sentence

# "the killing of 70,000 people"
KILLING = sentence(
    "the/1/det/DET/the killing/1/ROOT/NOUN/killing of/1/prep/ADP/of 70,000/4/nummod/NUM/70,000 "
    "people/2/pobj/NOUN/people")
# "hundreds of peasants were murdered"
HUNDREDS = sentence(
    "hundreds/4/nsubjpass/NOUN/hundred of/0/prep/ADP/of peasants/1/pobj/NOUN/peasant "
    "were/4/auxpass/AUX/be murdered/4/ROOT/VERB/murder")
# "troops killed hundreds of villagers in Ocosingo"
HUNDREDS_IN = sentence(
    "troops/1/nsubj/NOUN/troop killed/1/ROOT/VERB/kill hundreds/1/dobj/NOUN/hundred "
    "of/2/prep/ADP/of villagers/3/pobj/NOUN/villager in/1/prep/ADP/in Ocosingo/5/pobj/PROPN/Ocosingo")
# "they set off 260 bombs"
BOMBS = sentence(
    "they/1/nsubj/PRON/they set/1/ROOT/VERB/set off/1/prt/ADP/off 260/4/nummod/NUM/260 "
    "bombs/1/dobj/NOUN/bomb")
# "they set off 2 bombs"
TWO_BOMBS = sentence(
    "they/1/nsubj/PRON/they set/1/ROOT/VERB/set off/1/prt/ADP/off 2/4/nummod/NUM/2 "
    "bombs/1/dobj/NOUN/bomb")
# "over the past 5 months 80 people have been killed"
SPAN = sentence(
    "over/9/prep/ADP/over the/4/det/DET/the past/4/amod/ADJ/past 5/4/nummod/NUM/5 "
    "months/0/pobj/NOUN/month 80/6/nummod/NUM/80 people/9/nsubjpass/NOUN/people "
    "have/9/aux/AUX/have been/9/auxpass/AUX/be killed/9/ROOT/VERB/kill")
# "over the past 5 months 80 people were killed"
SPAN_PAST = sentence(
    "over/9/prep/ADP/over the/4/det/DET/the past/4/amod/ADJ/past 5/4/nummod/NUM/5 "
    "months/0/pobj/NOUN/month 80/6/nummod/NUM/80 people/9/nsubjpass/NOUN/people "
    "were/9/auxpass/AUX/be ,/9/punct/PUNCT/, killed/9/ROOT/VERB/kill")
# "there have been 6 murders since 1994"
SINCE = sentence(
    "there/1/expl/PRON/there have/2/aux/AUX/have been/2/ROOT/AUX/be 6/4/nummod/NUM/6 "
    "murders/2/attr/NOUN/murder since/2/prep/ADP/since 1994/5/pobj/NUM/1994")



def _raids(unit: str, figure: str, held: str) -> list[tuple[str, int, str, str, str]]:
    """"police made <figure> raids over the past <unit> arresting <held>"."""
    return sentence(
        f"police/1/nsubj/NOUN/police made/1/ROOT/VERB/make {figure}/3/nummod/NUM/{figure} "
        f"raids/1/dobj/NOUN/raid over/1/prep/ADP/over the/7/det/DET/the past/7/amod/ADJ/past "
        f"{unit}/4/pobj/NOUN/{unit} arresting/1/advcl/VERB/arrest {held}/8/dobj/NOUN/{held}")


@pytest.mark.parametrize(("unit", "figure", "held", "expected"), [
    ("week", "14", "him", True),  # several raids over a week: a summary
    ("month", "two", "him", True),
    ("week", "one", "dozens", True),  # dozens held over a week: a campaign's sum
    ("day", "14", "dozens", False),  # one day's wave stays an event
    ("week", "one", "him", False),  # one raid, one man
])
def test_totals_period_series(unit, figure, held, expected):
    tags = {3: "NN" if figure == "one" else "NNS", 9: "NNS" if held == "dozens" else "PRP"}
    doc = build(_raids(unit, figure, held), tags=tags)
    assert period_series(doc[8]) is expected


@pytest.mark.parametrize(("check", "rows", "trigger", "expected"), [
    (tally, KILLING, 1, True),  # victims in the thousands
    (multitude, HUNDREDS, 4, True),  # a vague multitude
    (multitude, HUNDREDS_IN, 1, False),  # placed: one massacre
    (event_tally, BOMBS, 1, True),  # 260 devices: a campaign
    (event_tally, TWO_BOMBS, 1, False),  # two bombs: an incident
    (span_total, SPAN, 9, True),  # a perfect counted over the past months
    (span_total, SPAN_PAST, 9, False),  # a simple past over a span reports a period's events
])
def test_totals_hand_parses(check, rows, trigger, expected):
    doc = build(rows)
    assert check(doc[trigger]) is expected


def test_totals_running_total_since_a_date():
    doc = build(SINCE, ents=((6, 7, "DATE"),))
    assert running_total(doc[4]) is True
