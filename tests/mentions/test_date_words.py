"""Month names used as common nouns ("the funeral march") are no dates (hand-built parses)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dateline.mentions.date_words import noun_month
from events import parses  # the hand-built parse helper the event tests share

# "They headed the funeral march ."
FUNERAL_MARCH = parses.sentence(
    "They/1/nsubj/PRON/they headed/1/ROOT/VERB/head the/4/det/DET/the funeral/4/compound/NOUN/funeral "
    "March/1/dobj/PROPN/March ./1/punct/PUNCT/.")
# "The march ended ."
THE_MARCH_ENDED = parses.sentence(
    "The/1/det/DET/the March/2/nsubj/PROPN/March ended/2/ROOT/VERB/end ./2/punct/PUNCT/.")
# "Rebels attacked in March ."
IN_MARCH = parses.sentence(
    "Rebels/1/nsubj/NOUN/rebel attacked/1/ROOT/VERB/attack in/1/prep/ADP/in March/2/pobj/PROPN/March "
    "./1/punct/PUNCT/.")
# "Rebels attacked last March ."
LAST_MARCH = parses.sentence(
    "Rebels/1/nsubj/NOUN/rebel attacked/1/ROOT/VERB/attack last/3/amod/ADJ/last "
    "March/1/npadvmod/PROPN/March ./1/punct/PUNCT/.")
# "They won the March elections ."
MARCH_ELECTIONS = parses.sentence(
    "They/1/nsubj/PRON/they won/1/ROOT/VERB/win the/4/det/DET/the March/4/compound/PROPN/March "
    "elections/1/dobj/NOUN/election ./1/punct/PUNCT/.")
# "The May vote was held ."
MAY_VOTE = parses.sentence(
    "The/2/det/DET/the May/2/compound/PROPN/May vote/4/nsubjpass/NOUN/vote was/4/auxpass/AUX/be "
    "held/4/ROOT/VERB/hold ./4/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "index", "noun"), [
    (FUNERAL_MARCH, 4, True),      # an adjective or noun opens it: the walk
    (THE_MARCH_ENDED, 1, True),    # a determiner opens it and it is the subject
    (IN_MARCH, 3, False),          # after a preposition: the month
    (LAST_MARCH, 3, False),        # a time word opens it
    (MARCH_ELECTIONS, 3, False),   # it modifies the next noun: "the March elections"
    (MAY_VOTE, 1, False),          # only "march" is read as a noun here
])
def test_date_words_noun_month(rows, index, noun):
    doc = parses.build(rows)
    assert noun_month(Span(doc, index, index + 1)) is noun
