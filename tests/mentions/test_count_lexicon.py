"""The count-kind lexicon and lemmas in its terms."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.data import load_yaml
from dateline.records import COUNT_FIELDS


def test_count_lexicon_kinds_are_count_fields():
    data = load_yaml("counts.yaml")
    assert set(data["kinds"]) == set(COUNT_FIELDS)
    assert set(data["tolls"].values()) <= set(COUNT_FIELDS) | {"combined"}  # casualty toll
    assert {k for pair in data["combined"]["partitions"] for k in pair} <= set(COUNT_FIELDS)
    lex = count_lexicon()
    for table in (lex.transitive, lex.intransitive, lex.person_only, lex.nouns, lex.phrases):
        assert set(table.values()) <= set(COUNT_FIELDS)


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("killed", "kill", "kill"),
        ("KILLED", "KILLED", "kill"),  # upper-case copy the tagger left unlemmatised
        ("KIDNAPPED", "KIDNAPPED", "kidnap"),
        ("DIED", "DIED", "die"),
        ("INJURED", "INJURED", "injure"),
        ("CIVILIANS", "CIVILIANS", "civilian"),
        ("BODIES", "BODIES", "body"),
        ("towns", "town", "town"),  # unknown words keep their lemma
        ("did", "do", "do"),  # a lemma the tagger found is not second-guessed ("die")
    ],
)
def test_count_lexicon_lemma_falls_back_to_known_stems(word, lemma, expected):
    doc = Doc(spacy.blank("en").vocab, words=[word], lemmas=[lemma])
    assert lexicon_lemma(doc[0]) == expected
