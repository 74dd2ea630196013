"""Clauses that sum up a stretch of history (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.history import old_year_in_clause, recalls_past, sums_up_period
from . import parses


def _clause(text: str, verb: int):
    doc = parses.build(parses.sentence(text), tags={verb: "VBN"})
    return doc[verb]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # "Troops have been deployed since 2021": a state up to now
    ("Troops/3/nsubjpass/NOUN/troop have/3/aux/AUX/have been/3/auxpass/AUX/be deployed/3/ROOT/VERB/deploy "
     "since/3/prep/ADP/since 2021/4/pobj/NUM/2021", 3, True),
    # "Rebels have disarmed since the August 13 accord": a recent start, the tally is news
    ("Rebels/2/nsubj/NOUN/rebel have/2/aux/AUX/have disarmed/2/ROOT/VERB/disarm since/2/prep/ADP/since "
     "the/6/det/DET/the August/6/compound/PROPN/August 13/6/nummod/NUM/13 accord/3/pobj/NOUN/accord", 2, False),
    # "Groups have held Tripoli since the 2011 uprising"
    ("Groups/2/nsubj/NOUN/group have/2/aux/AUX/have held/2/ROOT/VERB/hold Tripoli/2/dobj/PROPN/Tripoli "
     "since/2/prep/ADP/since the/7/det/DET/the 2011/7/nummod/NUM/2011 uprising/4/pobj/NOUN/uprising", 2, True),
    # "Rebels have killed ten people since Monday": a tally of days is the news
    ("Rebels/2/nsubj/NOUN/rebel have/2/aux/AUX/have killed/2/ROOT/VERB/kill people/2/dobj/NOUN/people "
     "since/2/prep/ADP/since Monday/4/pobj/PROPN/Monday", 2, False),
    # "Troops were deployed in 2021": a past incident, not a running state
    ("Troops/2/nsubjpass/NOUN/troop were/2/auxpass/AUX/be deployed/2/ROOT/VERB/deploy "
     "in/2/prep/ADP/in 2021/3/pobj/NUM/2021", 2, False),
])
def test_history_perfect_since_a_year_or_month_sums_up(text, verb, expected):
    assert sums_up_period(_clause(text, verb)) is expected


# "the siege in March 1984, when 60 people were killed"
WHEN_1984 = ("the/1/det/DET/the siege/1/ROOT/NOUN/siege in/1/prep/ADP/in "
             "March/2/pobj/PROPN/March 1984/3/nummod/NUM/1984 ,/1/punct/PUNCT/, "
             "when/10/advmod/ADV/when 60/8/nummod/NUM/60 people/10/nsubjpass/NOUN/people "
             "were/10/auxpass/AUX/be killed/1/relcl/VERB/kill")
# "the siege this week, when 60 people were killed"
WHEN_WEEK = ("the/1/det/DET/the siege/1/ROOT/NOUN/siege this/3/det/DET/this "
             "week/1/npadvmod/NOUN/week ,/1/punct/PUNCT/, when/9/advmod/ADV/when "
             "60/7/nummod/NUM/60 people/9/nsubjpass/NOUN/people were/9/auxpass/AUX/be "
             "killed/1/relcl/VERB/kill")


@pytest.mark.parametrize(("text", "verb", "published", "expected"), [
    (WHEN_1984, 10, "1989-09-13", True),  # an occasion years back, recalled
    (WHEN_1984, 10, "1984-06-10", False),  # a recent one may still be news
    (WHEN_1984, 10, None, False),  # no publication date: no measure of age
    (WHEN_WEEK, 9, "1989-09-13", False),  # no year before the clause
])
def test_history_when_clause_after_an_old_date_recalls_past(text, verb, published, expected):
    doc = parses.build(parses.sentence(text), tags={verb: "VBN"})
    doc._.published = published
    assert recalls_past(doc[verb]) is expected


# "a general who was assassinated in 1872" / "... in May"
IN_1872 = ("a/1/det/DET/a general/1/ROOT/NOUN/general who/4/nsubjpass/PRON/who "
           "was/4/auxpass/AUX/be assassinated/1/relcl/VERB/assassinate in/4/prep/ADP/in "
           "1872/5/pobj/NUM/1872")
IN_MAY = ("a/1/det/DET/a general/1/ROOT/NOUN/general who/4/nsubjpass/PRON/who "
          "was/4/auxpass/AUX/be assassinated/1/relcl/VERB/assassinate in/4/prep/ADP/in "
          "May/5/pobj/PROPN/May")
# "they killed two men in the town , which has been besieged since 1986"
BESIEGED = ("they/1/nsubj/PRON/they killed/1/ROOT/VERB/kill two/3/nummod/NUM/two men/1/dobj/NOUN/man "
            "in/1/prep/ADP/in the/6/det/DET/the town/4/pobj/NOUN/town ,/6/punct/PUNCT/, "
            "which/11/nsubjpass/PRON/which has/11/aux/AUX/have been/11/auxpass/AUX/be "
            "besieged/6/relcl/VERB/besiege since/11/prep/ADP/since 1986/12/pobj/NUM/1986")

# "troops advanced for the first time since 1980"
SINCE_1980 = ("troops/1/nsubj/NOUN/troop advanced/1/ROOT/VERB/advance for/1/prep/ADP/for "
              "the/5/det/DET/the first/5/amod/ADJ/first time/2/pobj/NOUN/time since/5/prep/ADP/since "
              "1980/6/pobj/NUM/1980")


@pytest.mark.parametrize(("text", "participle", "trigger", "expected"), [
    (IN_1872, 4, 4, True),  # an old year in the act's own clause
    (SINCE_1980, 1, 1, False),  # a year that bounds a span is no date of the act
    (IN_MAY, 4, 4, False),  # no year
    (BESIEGED, 11, 1, False),  # the year of a nested clause is not the act's
])
def test_history_old_year_in_clause(text, participle, trigger, expected):
    doc = parses.build(parses.sentence(text), tags={participle: "VBN"})
    doc._.published = "1989-07-08"
    assert old_year_in_clause(doc[trigger]) is expected
