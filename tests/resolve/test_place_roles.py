"""What part a place name plays around an event verb: owners, organisations, sites, local actors, framing."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dateline.nlp.extensions import register_extensions
from dateline.resolve.place_roles import (
    in_organisation_name, local_actor, mission_owner, names_a_site, sets_the_scene,
)

register_extensions()
VOCAB = English().vocab


def _doc(text, heads, deps, pos, lemmas=None):
    words = text.split()
    return Doc(VOCAB, words=words, heads=[int(h) for h in heads.split()], deps=deps.split(),
               pos=pos.split(), lemmas=lemmas.split() if lemmas else [w.lower() for w in words],
               sent_starts=[True] + [False] * (len(words) - 1))


ISIS = _doc("the Islamic State of Iraq and Sham", "2 2 2 2 3 2 2", "det compound ROOT prep pobj cc conj",
            "DET PROPN PROPN ADP PROPN CCONJ PROPN")
STATE_OF = _doc("the State of Kuwait", "1 1 1 2", "det ROOT prep pobj", "DET PROPN ADP PROPN")
CITY_OF = _doc("the city of Raqqa", "1 1 1 2", "det ROOT prep pobj", "DET NOUN ADP PROPN")


@pytest.mark.parametrize("doc, span, expected", [
    (ISIS, (4, 5), True), (ISIS, (6, 7), True), (STATE_OF, (3, 4), False), (CITY_OF, (3, 4), False),
])
def test_place_roles_place_closing_an_organisation_name(doc, span, expected):
    assert in_organisation_name(Span(doc, *span)) is expected


EMBASSY = _doc("the U.S. embassy in Paris", "2 2 2 2 3", "det compound ROOT prep pobj", "DET PROPN NOUN ADP PROPN")
EMBASSIES_OF = _doc("the embassies of Britain and Spain", "1 1 1 2 3 3", "det ROOT prep pobj cc conj",
                    "DET NOUN ADP PROPN CCONJ PROPN")


@pytest.mark.parametrize("doc, span, expected", [
    (EMBASSY, (1, 2), True), (EMBASSY, (4, 5), False), (EMBASSIES_OF, (3, 4), True), (EMBASSIES_OF, (5, 6), True),
])
def test_place_roles_mission_owner_is_the_represented_country(doc, span, expected):
    assert mission_owner(Span(doc, *span)) is expected


HOME = _doc("outside his Jaffna home", "0 3 3 0", "ROOT poss compound pobj", "ADP PRON PROPN NOUN")
TAKEN_TO = _doc("taken to an Amman hospital", "0 0 4 4 1", "ROOT prep det compound pobj", "VERB ADP DET PROPN NOUN")
GOVERNMENT = _doc("the Jaffna government", "2 2 2", "det compound ROOT", "DET PROPN NOUN")


@pytest.mark.parametrize("doc, span, expected", [(HOME, (2, 3), True), (TAKEN_TO, (3, 4), False),
                                                 (GOVERNMENT, (1, 2), False)])
def test_place_roles_name_of_a_site_but_not_a_destination(doc, span, expected):
    assert names_a_site(Span(doc, *span)) is expected


RESIDENTS = _doc("Nangarhar residents protested", "1 2 2", "compound nsubj ROOT", "PROPN NOUN VERB",
                 "nangarhar resident protest")
FROM = _doc("fighters from Idlib attacked", "3 0 1 3", "nsubj prep pobj ROOT", "NOUN ADP PROPN VERB",
            "fighter from idlib attack")
IN = _doc("activists in Lisbon marched", "3 0 1 3", "nsubj prep pobj ROOT", "NOUN ADP PROPN VERB",
          "activist in lisbon march")


@pytest.mark.parametrize("doc, path, expected", [
    (RESIDENTS, [0, 1], True), (FROM, [2, 1, 0], False), (IN, [2, 1, 0], True),
])
def test_place_roles_local_actors_act_where_they_are(doc, path, expected):
    tokens = [doc[i] for i in path]
    subject = next(t for t in tokens if t.dep_ == "nsubj")
    assert local_actor(subject, tokens) is expected


OPENER = _doc("In Kandahar , six were killed in Maiwand", "5 0 5 5 5 5 5 6",
              "prep pobj punct nsubjpass auxpass ROOT prep pobj", "ADP PROPN PUNCT NUM AUX VERB ADP PROPN")
NO_COMMA = _doc("In Kandahar six were killed", "4 0 4 4 4", "prep pobj nsubjpass auxpass ROOT",
                "ADP PROPN NUM AUX VERB")


@pytest.mark.parametrize("doc, span, expected", [(OPENER, (1, 2), True), (OPENER, (7, 8), False),
                                                 (NO_COMMA, (1, 2), False)])
def test_place_roles_opening_phrase_frames_the_sentence(doc, span, expected):
    assert sets_the_scene(Span(doc, *span)) is expected
