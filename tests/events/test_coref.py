"""Pronouns and definite descriptions resolve to the right earlier actor (hand-built parses, no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.coref import resolve_description, resolve_pronoun, resolve_same_head
from dateline.records import Actor

from . import parses

IS = Actor("Islamic State", "Islamic State", None, ["REB"])
PESH = Actor("Peshmerga", "Peshmerga", "IRQ", ["MIL"])
CIVS = Actor("Civilians", "villagers", "IRQ", ["CVL"])
MALIKI = Actor("Government of Iraq", "Maliki", "IRQ", ["GOV"])
VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str, str]], ents: list[tuple[int, int, str]] = ()) -> Doc:
    """rows: (word, head index, dep, pos, tag); sentences follow the parse."""
    words, heads, deps, pos, tags = (list(col) for col in zip(*rows))
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents]
    return doc


# "Islamic State took the town . The villagers said it shot them ."
TWO_SENTENCES = [
    ("Islamic", 1, "compound", "PROPN", "NNP"), ("State", 2, "nsubj", "PROPN", "NNP"),
    ("took", 2, "ROOT", "VERB", "VBD"), ("the", 4, "det", "DET", "DT"), ("town", 2, "dobj", "NOUN", "NN"),
    (".", 2, "punct", "PUNCT", "."),
    ("The", 7, "det", "DET", "DT"), ("villagers", 8, "nsubj", "NOUN", "NNS"), ("said", 8, "ROOT", "VERB", "VBD"),
    ("it", 10, "nsubj", "PRON", "PRP"), ("shot", 8, "ccomp", "VERB", "VBD"), ("them", 10, "dobj", "PRON", "PRP"),
    (".", 8, "punct", "PUNCT", "."),
]


def test_coref_it_skips_plural_civilians_for_the_group():
    doc = _doc(TWO_SENTENCES)
    mentions = [(doc[0:2], IS), (doc[6:8], CIVS)]
    assert resolve_pronoun(doc[9], mentions).name == "Islamic State"
    assert resolve_pronoun(doc[9], mentions).text == "it"


def test_coref_they_prefers_subject_of_current_sentence():
    doc = _doc(TWO_SENTENCES)
    mentions = [(doc[0:2], IS), (doc[6:8], CIVS)]
    assert resolve_pronoun(doc[11], mentions).name == "Civilians"


# "Peshmerga surrounded the town and captured it ."
BOUND = [
    ("Peshmerga", 1, "nsubj", "PROPN", "NNP"), ("surrounded", 1, "ROOT", "VERB", "VBD"),
    ("the", 3, "det", "DET", "DT"), ("town", 1, "dobj", "NOUN", "NN"), ("and", 1, "cc", "CCONJ", "CC"),
    ("captured", 1, "conj", "VERB", "VBD"), ("it", 5, "dobj", "PRON", "PRP"), (".", 1, "punct", "PUNCT", "."),
]


def test_coref_object_pronoun_is_not_its_own_subject():
    doc = _doc(BOUND)
    assert resolve_pronoun(doc[6], [(doc[0:1], PESH)]) is None


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    # "it" taken or besieged is the town, whoever else the story names
    ("captured", "capture", None), ("besieged", "besiege", None),
    # "it" that is hit by other acts may still be a party
    ("warned", "warn", "Islamic State"),
])
def test_coref_it_taken_is_a_place(verb, lemma, expected):
    # "Islamic State held the town . Peshmerga <verb> it ."
    words = ["Islamic", "State", "held", "the", "town", ".", "Peshmerga", verb, "it", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 4, 2, 2, 7, 7, 7, 7],
              deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
              lemmas=["Islamic", "State", "hold", "the", "town", ".", "Peshmerga", lemma, "it", "."])
    found = resolve_pronoun(doc[8], [(doc[0:2], IS), (doc[6:7], PESH)])
    assert (found.name if found is not None else None) == expected


# "Iraq urged Peshmerga to withdraw its units ." / "... on Peshmerga to ..."
CONTROL = [
    ("Iraq", 1, "nsubj", "PROPN", "NNP"), ("urged", 1, "ROOT", "VERB", "VBD"),
    ("Peshmerga", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"),
    ("withdraw", 1, "xcomp", "VERB", "VB"), ("its", 6, "poss", "PRON", "PRP$"),
    ("units", 4, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", "."),
]
CALLED_ON = [
    ("Iraq", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"), ("on", 1, "prep", "ADP", "IN"),
    ("Peshmerga", 2, "pobj", "PROPN", "NNP"), ("to", 5, "aux", "PART", "TO"),
    ("withdraw", 1, "advcl", "VERB", "VB"), ("its", 7, "poss", "PRON", "PRP$"),
    ("units", 5, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(("rows", "pronoun"), [(CONTROL, 5), (CALLED_ON, 6)])
def test_coref_infinitive_possessive_belongs_to_the_object(rows, pronoun):
    doc = _doc(rows)
    mentions = [(doc[0:1], MALIKI), (doc[pronoun - 3 : pronoun - 2], PESH)]
    assert resolve_pronoun(doc[pronoun], mentions).name == "Peshmerga"


# "Maliki met Peshmerga commanders . He praised them ."
PERSON = [
    ("Maliki", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
    ("Peshmerga", 3, "compound", "PROPN", "NNP"), ("commanders", 1, "dobj", "NOUN", "NNS"),
    (".", 1, "punct", "PUNCT", "."),
    ("He", 6, "nsubj", "PRON", "PRP"), ("praised", 6, "ROOT", "VERB", "VBD"), ("them", 6, "dobj", "PRON", "PRP"),
    (".", 6, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(("index", "name"), [(5, "Government of Iraq"), (7, "Peshmerga")])
def test_coref_personal_pronouns_need_persons(index, name):
    doc = _doc(PERSON, ents=[(0, 1, "PERSON")])
    mentions = [(doc[0:1], MALIKI), (doc[2:4], PESH)]
    assert resolve_pronoun(doc[index], mentions).name == name


def test_coref_non_pronoun_resolves_to_nothing():
    doc = _doc(PERSON, ents=[(0, 1, "PERSON")])
    assert resolve_pronoun(doc[6], [(doc[0:1], MALIKI)]) is None


# "Islamic State took the town . Peshmerga fought the fighters ."
DESCRIPTION = [
    *TWO_SENTENCES[:6],
    ("Peshmerga", 7, "nsubj", "PROPN", "NNP"), ("fought", 7, "ROOT", "VERB", "VBD"),
    ("the", 9, "det", "DET", "DT"), ("fighters", 7, "dobj", "NOUN", "NNS"), (".", 7, "punct", "PUNCT", "."),
]


def test_coref_description_prefers_armed_opposition_over_state_forces():
    doc = _doc(DESCRIPTION)
    mentions = [(doc[0:2], IS), (doc[6:7], PESH)]
    actor = resolve_description(doc[8:10], mentions, ["REB"])
    assert actor.name == "Islamic State" and actor.text == "the fighters"


@pytest.mark.parametrize("kind", ["none", "civilians", "generic"])
def test_coref_description_needs_a_named_armed_antecedent(kind):
    doc = _doc(DESCRIPTION)
    cands = {
        "none": [],
        "civilians": [(doc[0:2], CIVS)],
        "generic": [(doc[0:2], Actor("Syrian rebels", "rebels", "SYR", ["REB"]))],
    }[kind]
    assert resolve_description(doc[8:10], cands, ["REB"]) is None


RUSSIA = Actor("Government of Russia", "Russian drones", "RUS", ["MIL"])
UKRAINE = Actor("Government of Ukraine", "drones", "UKR", ["MIL"])
# "Russian drones struck Kharkiv . The drones hit a school ."
DRONES = [
    ("Russian", 1, "amod", "ADJ", "JJ"), ("drones", 2, "nsubj", "NOUN", "NNS"), ("struck", 2, "ROOT", "VERB", "VBD"),
    ("Kharkiv", 2, "dobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", "."),
    ("The", 6, "det", "DET", "DT"), ("drones", 7, "nsubj", "NOUN", "NNS"), ("hit", 7, "ROOT", "VERB", "VBD"),
    ("a", 9, "det", "DET", "DT"), ("school", 7, "dobj", "NOUN", "NN"), (".", 7, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(("antecedent", "expected"), [
    ((0, 2, RUSSIA), "Government of Russia"),     # "Russian drones" named the owner
    ((1, 2, UKRAINE), None),                      # a bare "drones" names nobody's
    ((3, 5, Actor("Kharkiv", "Kharkiv", "UKR", [])), None),  # another head noun
])
def test_coref_same_head_description_takes_the_named_owner(antecedent, expected):
    doc = _doc(DRONES)
    start, end, actor = antecedent
    found = resolve_same_head(doc[5:7], [(doc[start:end], actor)])
    assert (found.name if found else None) == expected
    assert found is None or found.text == "The drones"


AFGHAN = Actor("Government of Afghanistan", "Afghan and coalition security force", "AFG", ["MIL"])
NATO = Actor("NATO", "coalition security forces", "NATO", ["MIL"])
# "An Afghan and coalition security force captured a commander . He attacked the coalition security
#  force . The security force arrested three ."
FORCE = [
    ("An", 5, "det", "DET", "DT"), ("Afghan", 5, "amod", "ADJ", "JJ"), ("and", 1, "cc", "CCONJ", "CC"),
    ("coalition", 1, "conj", "NOUN", "NN"), ("security", 5, "compound", "NOUN", "NN"),
    ("force", 6, "nsubj", "NOUN", "NN"), ("captured", 6, "ROOT", "VERB", "VBD"), ("a", 8, "det", "DET", "DT"),
    ("commander", 6, "dobj", "NOUN", "NN"), (".", 6, "punct", "PUNCT", "."),
    ("He", 11, "nsubj", "PRON", "PRP"), ("attacked", 11, "ROOT", "VERB", "VBD"),
    ("coalition", 14, "compound", "NOUN", "NN"), ("security", 14, "compound", "NOUN", "NN"),
    ("force", 11, "dobj", "NOUN", "NN"), (".", 11, "punct", "PUNCT", "."),
    ("The", 18, "det", "DET", "DT"), ("security", 18, "compound", "NOUN", "NN"),
    ("force", 19, "nsubj", "NOUN", "NN"), ("arrested", 19, "ROOT", "VERB", "VBD"),
    ("three", 19, "dobj", "NUM", "CD"), (".", 19, "punct", "PUNCT", "."),
]


def test_coref_same_head_subject_repeats_the_earlier_agent_and_the_whole_phrase():
    """"The security force" that acts again is the force that acted before (the whole "Afghan
    and coalition security force", not its "coalition security force" part), not the nearer
    "coalition security forces" it attacked."""
    doc = _doc(FORCE)
    part = (doc[3:6], Actor("NATO", "coalition security force", "NATO", ["MIL"]))
    found = resolve_same_head(doc[16:19], [(doc[1:6], AFGHAN), part, (doc[12:15], NATO)])
    assert found is not None and found.name == "Government of Afghanistan"


# "Villagers fled . IS destroyed their shrine ." / "... their own shrine ."
HARMED = "Villagers/1/nsubj/NOUN/villager fled/1/ROOT/VERB/flee ./1/punct/PUNCT/. " \
         "IS/4/nsubj/PROPN/IS destroyed/4/ROOT/VERB/destroy their/6/poss/PRON/their shrine/4/dobj/NOUN/shrine " \
         "./4/punct/PUNCT/."
HARMED_OWN = HARMED.replace("shrine/4/dobj/NOUN/shrine", "own/7/amod/ADJ/own shrine/4/dobj/NOUN/shrine")
# "IS attacked villagers . Their shrine was destroyed by IS ."
PASSIVE = "IS/1/nsubj/PROPN/IS attacked/1/ROOT/VERB/attack villagers/1/dobj/NOUN/villager ./1/punct/PUNCT/. " \
          "Their/5/poss/PRON/their shrine/7/nsubjpass/NOUN/shrine was/7/auxpass/AUX/be " \
          "destroyed/7/ROOT/VERB/destroy by/7/agent/ADP/by IS/8/pobj/PROPN/IS ./7/punct/PUNCT/."


@pytest.mark.parametrize(("text", "mentions", "pronoun", "expected"), [
    (HARMED, [(0, 1, CIVS), (3, 4, IS)], 5, "Civilians"),      # the owner of what IS wrecked is not IS
    (HARMED_OWN, [(0, 1, CIVS), (3, 4, IS)], 5, "Islamic State"),  # "their own"
    (PASSIVE, [(0, 1, IS), (2, 3, CIVS), (9, 10, IS)], 4, "Civilians"),  # the "by"-agent too
])
def test_coref_possessor_of_harmed_thing_is_not_its_attacker(text, mentions, pronoun, expected):
    doc = parses.build(parses.sentence(text))
    found = [(doc[s:e], actor) for s, e, actor in mentions]
    assert resolve_pronoun(doc[pronoun], found).name == expected


# "Bombers killed 23 people and themselves ."
REFLEXIVE = "Bombers/1/nsubj/NOUN/bomber killed/1/ROOT/VERB/kill 23/3/nummod/NUM/23 people/1/dobj/NOUN/people " \
            "and/3/cc/CCONJ/and themselves/3/conj/PRON/themselves ./1/punct/PUNCT/."


def test_coref_reflexive_binds_to_its_clause_subject():
    doc = parses.build(parses.sentence(REFLEXIVE))
    bombers = Actor("Unidentified gunmen", "Bombers", None, ["UAF"])
    found = [(doc[0:1], bombers), (doc[2:4], CIVS)]
    assert resolve_pronoun(doc[5], found).name == "Unidentified gunmen"


# "The front , which the regime backs , said that it would attack ."
MATRIX = "The/1/det/DET/the front/8/nsubj/NOUN/front ,/1/punct/PUNCT/, which/6/dobj/PRON/which " \
         "the/5/det/DET/the regime/6/nsubj/NOUN/regime backs/1/relcl/VERB/back ,/1/punct/PUNCT/, " \
         "said/8/ROOT/VERB/say that/12/mark/SCONJ/that it/12/nsubj/PRON/it would/12/aux/AUX/would " \
         "attack/8/ccomp/VERB/attack ./8/punct/PUNCT/."


def test_coref_pronoun_prefers_the_subject_of_its_governing_clause():
    doc = parses.build(parses.sentence(MATRIX))
    front = Actor("Manuel Rodriguez Patriotic Front", "The front", "CHL", ["REB"])
    regime = Actor("Government of Chile", "the regime", "CHL", ["GOV"])
    assert resolve_pronoun(doc[10], [(doc[0:2], front), (doc[4:6], regime)]).name == front.name


# "Peshmerga took the town . Peshmerga fought the guerrillas ." (a state force only)
GUERRILLAS = [
    ("Peshmerga", 1, "nsubj", "PROPN", "NNP"), ("took", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
    ("town", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
    ("Peshmerga", 6, "nsubj", "PROPN", "NNP"), ("fought", 6, "ROOT", "VERB", "VBD"),
    ("the", 8, "det", "DET", "DT"), ("guerrillas", 6, "dobj", "NOUN", "NNS"), (".", 6, "punct", "PUNCT", "."),
]


@pytest.mark.parametrize(("rows", "expected"), [
    (GUERRILLAS, None),               # "the guerrillas" are never the state's own force
    (DESCRIPTION, "Peshmerga"),       # "the fighters" may be
])
def test_coref_rebel_description_never_means_a_state_force(rows, expected):
    doc = _doc(rows)
    actor = resolve_description(doc[7:9] if rows is GUERRILLAS else doc[8:10], [(doc[0:1], PESH)], ["REB"])
    assert (actor.name if actor else None) == expected
