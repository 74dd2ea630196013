"""Whether an event verb reports an event at all: figurative arguments, rises, 'demonstrated his support'."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dateline.resolve.event_sense import figurative

VOCAB = English().vocab


def _doc(text, heads, deps, pos, lemmas):
    words = text.split()
    return Doc(VOCAB, words=words, heads=[int(h) for h in heads.split()], deps=deps.split(),
               pos=pos.split(), lemmas=lemmas.split())


SUPPORT = _doc("Merkel demonstrated Monday her support in Berlin", "1 1 1 4 1 1 5",
               "nsubj ROOT npadvmod poss dobj prep pobj", "PROPN VERB PROPN PRON NOUN ADP PROPN",
               "merkel demonstrate monday her support in berlin")
PROTEST = _doc("thousands demonstrated in Tokyo", "1 1 1 2", "nsubj ROOT prep pobj", "NOUN VERB ADP PROPN",
               "thousand demonstrate in tokyo")
SIGNS = _doc("people demonstrated outside the consulate , brandishing signs", "1 1 1 4 2 1 1 6",
             "nsubj ROOT prep det pobj punct advcl dobj", "NOUN VERB ADP DET NOUN PUNCT VERB NOUN",
             "people demonstrate outside the consulate , brandish sign")
SHOWN = _doc("popularity was demonstrated at the Cup", "2 2 2 2 5 3", "nsubjpass auxpass ROOT prep det pobj",
             "NOUN AUX VERB ADP DET PROPN", "popularity be demonstrate at the cup")
TITLE = _doc("Smith captured the title", "1 1 3 1", "nsubj ROOT det dobj", "PROPN VERB DET NOUN",
             "smith capture the title")
CRUDE = _doc("crude shot up", "1 1 1", "nsubj ROOT prt", "NOUN VERB ADP", "crude shoot up")
BUS = _doc("gunmen shot up a bus", "1 1 1 4 1", "nsubj ROOT prt det dobj", "NOUN VERB ADP DET NOUN",
           "gunman shoot up a bus")


@pytest.mark.parametrize("doc, expected", [
    (SUPPORT, True), (PROTEST, False), (SIGNS, False), (SHOWN, True), (TITLE, True), (CRUDE, True), (BUS, False),
])
def test_event_sense_figurative_verbs_report_no_event(doc, expected):
    assert figurative(doc[[t.dep_ for t in doc].index("ROOT")]) is expected
