"""Clauses that tell an event's own scene: operation steps, incident relatives, circumstances."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from dateline.resolve.event_clauses import (
    about_incident, acting_relative, bare_participle, gapped_pair, locates_site, operation_step,
    other_conjunct, same_operation, separate_predicate, shares_scene, situating,
)

VOCAB = English().vocab


def _doc(text, heads, deps, pos, tags=None, lemmas=None):
    words = text.split()
    return Doc(VOCAB, words=words, heads=[int(h) for h in heads.split()], deps=deps.split(),
               pos=pos.split(), tags=tags.split() if tags else None,
               lemmas=lemmas.split() if lemmas else [w.lower() for w in words])


LAUNCH = _doc("Rebels launched an offensive to capture Dabiq", "1 1 3 1 5 1 5",
              "nsubj ROOT det dobj aux advcl dobj", "NOUN VERB DET NOUN PART VERB PROPN",
              "NNS VBD DT NN TO VB NNP", "rebel launch an offensive to capture Dabiq")
REASON = _doc("Police came to arrest Dabiq", "1 1 3 1 3", "nsubj ROOT aux advcl dobj",
              "NOUN VERB PART VERB PROPN", "NNS VBD TO VB NNP", "police come to arrest Dabiq")
ATTACK = _doc("an attack that targeted a post", "1 1 3 1 5 3", "det ROOT nsubj relcl det dobj",
              "DET NOUN PRON VERB DET NOUN", "DT NN WDT VBD DT NN", "an attack that target a post")
GUNMEN = _doc("gunmen who hid in bushes", "0 2 0 2 3", "ROOT nsubj relcl prep pobj",
              "NOUN PRON VERB ADP NOUN", "NNS WP VBD IN NNS", "gunman who hide in bush")
AS_HE = _doc("shot as he drove through Dobrinja", "0 3 3 0 3 4", "ROOT mark nsubj advcl prep pobj",
             "VERB SCONJ PRON VERB ADP PROPN", "VBN IN PRP VBD IN NNP", "shoot as he drive through Dobrinja")
BECAUSE = _doc("shot because he lived in Dobrinja", "0 3 3 0 3 4", "ROOT mark nsubj advcl prep pobj",
               "VERB SCONJ PRON VERB ADP PROPN", "VBN IN PRP VBD IN NNP", "shoot because he live in Dobrinja")
AND_KILLED = _doc("shot and killed in Moscow", "0 0 0 2 3", "ROOT cc conj prep pobj",
                  "VERB CCONJ VERB ADP PROPN", "VBN CC VBN IN NNP", "shoot and kill in Moscow")
LIVED = _doc("gunmen who lived in Tees", "0 2 0 2 3", "ROOT nsubj relcl prep pobj",
             "NOUN PRON VERB ADP PROPN", "NNS WP VBD IN NNP", "gunman who live in Tees")
WAS = _doc("doctor who was the only surgeon", "0 2 0 5 5 2", "ROOT nsubj relcl det amod attr",
           "NOUN PRON AUX DET ADJ NOUN", "NN WP VBD DT JJ NN", "doctor who be the only surgeon")
SHIPPED = _doc("captured him and later shipped him", "0 0 0 4 0 4", "ROOT dobj cc advmod conj dobj",
               "VERB PRON CCONJ ADV VERB PRON", "VBD PRP CC RB VBD PRP", "capture he and later ship he")
PASSIVE = _doc("killed after being ambushed", "0 0 3 1", "ROOT prep auxpass pcomp",
               "VERB ADP AUX VERB", "VBN IN VBG VBN", "kill after be ambush")


@pytest.mark.parametrize("doc, index, expected", [
    (LAUNCH, 5, True),
    (REASON, 3, False),  # no operation noun
])
def test_event_clauses_operation_step_needs_an_operation(doc, index, expected):
    assert operation_step(doc[index]) is expected


@pytest.mark.parametrize("doc, index, expected", [(ATTACK, 3, True), (GUNMEN, 2, False)])
def test_event_clauses_relative_clause_about_an_incident(doc, index, expected):
    assert about_incident(doc[index]) is expected


@pytest.mark.parametrize("doc, index, expected", [
    (AS_HE, 3, True), (BECAUSE, 3, False), (AND_KILLED, 2, True), (ATTACK, 3, True), (GUNMEN, 2, True),
    (LIVED, 2, False),
])
def test_event_clauses_shares_scene_reads_circumstance_and_coordination(doc, index, expected):
    assert shares_scene(doc[index]) is expected


def test_event_clauses_passive_gerund_is_a_step_of_the_operation():
    assert same_operation(PASSIVE[3])


@pytest.mark.parametrize("doc, index, expected", [(GUNMEN, 2, True), (LIVED, 2, False), (WAS, 2, False)])
def test_event_clauses_acting_relative_tells_what_someone_did(doc, index, expected):
    assert acting_relative(doc[index]) is expected


@pytest.mark.parametrize("doc, index, expected", [(AND_KILLED, 2, True), (SHIPPED, 4, False)])
def test_event_clauses_tight_verb_pair_is_one_act(doc, index, expected):
    assert same_operation(doc[index]) is expected



GAPPED = _doc("nine were killed and others wounded", "2 2 2 2 5 2", "nsubjpass auxpass ROOT cc nsubj conj",
              "NUM AUX VERB CCONJ NOUN VERB", "CD VBD VBN CC NNS VBN", "nine be kill and other wound")
OWN_AUX = _doc("nine were killed and others were wounded", "2 2 2 2 6 6 2",
               "nsubjpass auxpass ROOT cc nsubjpass auxpass conj", "NUM AUX VERB CCONJ NOUN AUX VERB",
               "CD VBD VBN CC NNS VBD VBN", "nine be kill and other be wound")


@pytest.mark.parametrize("doc, index, expected", [(GAPPED, 5, True), (OWN_AUX, 6, False), (SHIPPED, 4, False)])
def test_event_clauses_gapped_pair_shares_the_incident(doc, index, expected):
    assert gapped_pair(doc[index]) is expected
    assert same_operation(doc[index]) is expected


TREATED = _doc("was captured and is being treated", "1 1 1 5 5 1", "auxpass ROOT cc aux auxpass conj",
               "AUX VERB CCONJ AUX AUX VERB", "VBD VBN CC VBZ VBG VBN", "be capture and be be treat")
WOUNDED_FIVE = _doc("shot a soldier and wounded five", "0 2 0 0 0 4", "ROOT det dobj cc conj dobj",
                    "VERB DET NOUN CCONJ VERB NUM", "VBD DT NN CC VBD CD", "shoot a soldier and wound five")
DIED = _doc("was shot and later died", "1 1 1 4 1", "auxpass ROOT cc advmod conj",
            "AUX VERB CCONJ ADV VERB", "VBD VBN CC RB VBD", "be shoot and later die")
FACE = _doc("was captured and face charges", "1 1 1 1 3", "auxpass ROOT cc conj dobj",
            "AUX VERB CCONJ VERB NOUN", "VBD VBN CC VBP NNS", "be capture and face charge")
SHELLING = _doc("killed in strikes and shelling", "0 0 1 0 0", "ROOT prep pobj cc conj",
                "VERB ADP NOUN CCONJ VERB", "VBN IN NNS CC VBG", "kill in strike and shell")


@pytest.mark.parametrize("doc, index, expected", [
    (TREATED, 5, True), (FACE, 3, True), (DIED, 4, False), (WOUNDED_FIVE, 4, False), (SHELLING, 4, False),
    (GAPPED, 5, False),  # a subject of its own: another clause, judged elsewhere
])
def test_event_clauses_separate_predicate_tells_another_time(doc, index, expected):
    assert separate_predicate(doc[index]) is expected


def test_event_clauses_separate_predicate_shares_no_scene():
    assert not shares_scene(TREATED[5])
    assert shares_scene(WOUNDED_FIVE[4])


MANAGED = _doc("troops managed to enter Palmyra", "1 1 3 1 3", "nsubj ROOT aux xcomp dobj",
               "NOUN VERB PART VERB PROPN", "NNS VBD TO VB NNP", "troop manage to enter Palmyra")
DECIDED = _doc("troops decided to enter Palmyra", "1 1 3 1 3", "nsubj ROOT aux xcomp dobj",
               "NOUN VERB PART VERB PROPN", "NNS VBD TO VB NNP", "troop decide to enter Palmyra")
SUCCEEDED = _doc("the assault succeeded in capturing Qarassi", "1 2 2 2 3 4", "det nsubj ROOT prep pcomp dobj",
                 "DET NOUN VERB ADP VERB PROPN", "DT NN VBD IN VBG NNP", "the assault succeed in capture Qarassi")


@pytest.mark.parametrize("doc, index, expected", [(MANAGED, 3, True), (SUCCEEDED, 4, True), (DECIDED, 3, False)])
def test_event_clauses_trying_and_managing_tell_one_act_with_their_complement(doc, index, expected):
    assert same_operation(doc[index]) is expected


FENCE = _doc("near the fence separating Gaza from Israel", "0 2 0 2 3 3 5", "ROOT det pobj acl dobj prep pobj",
             "ADP DET NOUN VERB PROPN ADP PROPN", "IN DT NN VBG NNP IN NNP",
             "near the fence separate Gaza from Israel")
GUARDS = _doc("the guards protecting Gaza", "1 1 1 2", "det ROOT acl dobj", "DET NOUN VERB PROPN",
              "DT NNS VBG NNP", "the guard protect Gaza")


@pytest.mark.parametrize("doc, index, expected", [(FENCE, 3, True), (GUARDS, 2, False)])
def test_event_clauses_situating_participle_acts_as_a_preposition(doc, index, expected):
    assert situating(doc[index]) is expected


PACKED = _doc("a bomb packed with nails", "1 1 1 2 3", "det ROOT acl prep pobj", "DET NOUN VERB ADP NOUN",
              "DT NN VBN IN NNS", "a bomb pack with nail")


@pytest.mark.parametrize("doc, index, expected", [(PACKED, 2, True), (TREATED, 5, False)])
def test_event_clauses_bare_participle_has_no_auxiliary(doc, index, expected):
    assert bare_participle(doc[index]) is expected


SHOP = _doc("at a shop they owned in Kandy", "0 2 0 4 2 4 5", "ROOT det pobj nsubj relcl prep pobj",
            "ADP DET NOUN PRON VERB ADP PROPN", "IN DT NN PRP VBD IN NNP", "at a shop they own in Kandy")


@pytest.mark.parametrize("doc, index, expected", [(SHOP, 4, True), (LIVED, 2, False)])
def test_event_clauses_relative_clause_on_a_site_locates_it(doc, index, expected):
    assert locates_site(doc[index]) is expected
    assert shares_scene(doc[index]) is expected


# "talks were held in Geneva , but after the shelling rebels quit"
BUT = _doc("talks were held in Geneva , but after the shelling rebels quit",
           "2 2 2 2 3 2 2 11 9 7 11 2", "nsubjpass auxpass ROOT prep pobj punct cc prep det pobj nsubj conj",
           "NOUN AUX VERB ADP PROPN PUNCT CCONJ ADP DET NOUN NOUN VERB")
# "rebels shot two and wounded five in Kabul": one clause, the pair shares its subject
PAIR = _doc("rebels shot two and wounded five in Kabul", "1 1 1 1 1 4 4 6",
            "nsubj ROOT dobj cc conj dobj prep pobj", "NOUN VERB NUM CCONJ VERB NUM ADP PROPN")


@pytest.mark.parametrize("doc, place, trigger, expected", [
    (BUT, 4, 9, True),    # the place is the talks', the assassination is in the other clause
    (BUT, 4, 2, False),   # the talks' own place
    (PAIR, 7, 1, False),  # a verb pair without a subject of its own is one clause
])
def test_event_clauses_other_conjunct_keeps_coordinated_clauses_apart(doc, place, trigger, expected):
    assert other_conjunct(doc[place], doc[trigger]) is expected


# "a commander was captured and fighters were killed during a raid in Tora"
AND_CLAUSES = _doc("a commander was captured and fighters were killed during a raid in Tora",
                   "1 3 3 3 3 7 7 3 7 10 8 10 11",
                   "det nsubjpass auxpass ROOT cc nsubjpass auxpass conj prep det pobj prep pobj",
                   "DET NOUN AUX VERB CCONJ NOUN AUX VERB ADP DET NOUN ADP PROPN")


def test_event_clauses_other_conjunct_and_shares_the_incident():
    assert other_conjunct(AND_CLAUSES[12], AND_CLAUSES[3]) is False
