"""Which noun phrases stand for exactly one person (hand-built parses, no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.person_counts import bare_name, hyphenated, one_person, possessor

VOCAB = spacy.blank("en").vocab


def _doc(text: str, ents: tuple = ()) -> Doc:
    """A Doc from "word/head/dep/tag/lemma" items; `ents` are (start, end, label)."""
    rows = [item.split("/") for item in text.split()]
    doc = Doc(VOCAB, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows],
              deps=[r[2] for r in rows], tags=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab)
                for s, e, lab in ents]
    return doc


# "Alvarado was killed", "Hamas was killed" (an ORG), "Kabul was attacked" as an object of "in"
ALVARADO = "Alvarado/2/nsubjpass/NNP/Alvarado was/2/auxpass/VBD/be killed/2/ROOT/VBN/kill"
IN_KABUL = "killed/0/ROOT/VBN/kill in/0/prep/IN/in Kabul/1/pobj/NNP/Kabul"
# "the murder of leader Tomas Varela" (the tagger called the name an ORG)
TITLED = ("the/1/det/DT/the murder/1/ROOT/NN/murder of/1/prep/IN/of leader/5/compound/NN/leader "
          "Tomas/5/compound/NNP/Tomas Varela/2/pobj/NNP/Varela")
# "THE MAYOR OF TARMA WAS KILLED" in wire capitals: MAYOR tagged as a name
MAYOR_OF = ("THE/1/det/DT/the MAYOR/5/nsubjpass/NNP/MAYOR OF/1/prep/IN/of TARMA/2/pobj/NNP/TARMA "
            "WAS/5/auxpass/VBD/be KILLED/5/ROOT/VBN/kill")
# "THE GUNMEN WERE KILLED": a plural is no one person
GUNMEN = "THE/1/det/DT/the GUNMEN/3/nsubjpass/NNP/GUNMEN WERE/3/auxpass/VBD/be KILLED/3/ROOT/VBN/kill"
# "killed an Islamic Movement leader": a name takes no article
WITH_ARTICLE = "killed/0/ROOT/VBD/kill an/2/det/DT/an Movement/0/dobj/NNP/Movement"


@pytest.mark.parametrize(("text", "ents", "index", "expected"), [
    (ALVARADO, ((0, 1, "GPE"),), 0, True),      # a surname the tagger took for a place
    (ALVARADO, ((0, 1, "ORG"),), 0, False),     # a group is not one person
    (IN_KABUL, ((2, 3, "GPE"),), 2, False),     # a place as the object of a preposition
    (TITLED, ((4, 6, "ORG"),), 5, True),        # a title before the name says a person
    (WITH_ARTICLE, (), 2, False),
    (MAYOR_OF, (), 3, False),                   # the place a titled person belongs to
])
def test_person_counts_bare_name(text, ents, index, expected):
    assert bare_name(_doc(text, ents)[index]) is expected


# "his secretary and driver were killed"
SECRETARY_AND_DRIVER = ("his/1/poss/PRP$/his secretary/5/nsubjpass/NN/secretary and/1/cc/CC/and "
                        "driver/1/conj/NN/driver were/5/auxpass/VBD/be killed/5/ROOT/VBN/kill")
# "the guards and driver": the first is plural, so "driver" does not share a determiner
GUARDS_AND_DRIVER = ("the/1/det/DT/the guards/4/nsubjpass/NNS/guard and/1/cc/CC/and "
                     "driver/1/conj/NN/driver killed/4/ROOT/VBN/kill")
# "one person was killed and another injured"
ANOTHER = ("one/1/nummod/CD/one person/3/nsubjpass/NN/person was/3/auxpass/VBD/be "
           "killed/3/ROOT/VBN/kill and/3/cc/CC/and another/3/conj/DT/another "
           "injured/5/acl/VBN/injure")


@pytest.mark.parametrize(("text", "index", "field", "expected"), [
    (SECRETARY_AND_DRIVER, 1, "definite", True),
    (SECRETARY_AND_DRIVER, 3, "listed", True),
    (GUARDS_AND_DRIVER, 3, "listed", False),
    (ANOTHER, 5, "named", True),
    (MAYOR_OF, 1, "definite", True),            # a common noun in capitals
    (GUNMEN, 1, "definite", False),
])
def test_person_counts_one_person(text, index, field, expected):
    assert getattr(one_person(_doc(text)[index]), field) is expected


# "Galan's murder" / "Galan's body"
POSSESSED = "Galan/2/poss/NNP/Galan 's/0/case/POS/'s {noun}/2/ROOT/NN/{noun}"


@pytest.mark.parametrize(("noun", "expected"), [("murder", True), ("body", False)])
def test_person_counts_possessor_of_a_deed_only(noun, expected):
    doc = _doc(POSSESSED.format(noun=noun), ((0, 1, "PERSON"),))
    assert possessor(doc[0]) is expected


@pytest.mark.parametrize(("words", "spaces", "expected"), [
    (["a", "passer", "-", "by"], [True, False, False, False], "passer-by"),
    (["a", "passer", "-", "by"], [True, True, True, False], ""),      # "passer - by": a dash, no word
    (["a", "civilian"], [True, False], ""),
])
def test_person_counts_hyphenated_word(words, spaces, expected):
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert hyphenated(doc[len(words) - 1]) == expected
