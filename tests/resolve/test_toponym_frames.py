"""Place frames around capitalised names (type words, adjectives, verbs of taking ground, generics)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.resolve import toponym_frames as frames
from dateline.resolve.place_cues import place_cues


def _doc(words, pos=None, lemmas=None, ents=None):
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas, ents=ents,
              sent_starts=[True] + [False] * (len(words) - 1))
    return doc


@pytest.mark.parametrize("words, start, limit_end", [
    (["entered", "al", "-", "Bab", "on", "Monday"], 1, 4),       # article fused by a hyphen
    (["captured", "Jabal", "al", "-", "Sayyid", "after"], 1, 5),
    (["near", "Ein", "el", "-", "Hilweh", "."], 1, 5),
    (["in", "Homs", "'s", "north"], 1, 2),                        # possessive ends the name
    (["the", "al", "militants"], 1, 1),                           # lone 'al': no name
])
def test_toponym_frames_name_run_spans_transliterated_names(words, start, limit_end):
    doc = _doc(words)
    assert frames.name_run(doc, start, 6, set()) == limit_end


@pytest.mark.parametrize("words, start, end, expected", [
    (["attacked", "Katarko", "village", ","], 1, 2, "city"),
    (["shelled", "Idlib", "province", "."], 1, 2, "admin1"),
    (["the", "Trump", "administration"], 1, 2, None),
    (["a", "Scout", "camp"], 1, 2, None),                         # 'camp' also means a faction
])
def test_toponym_frames_type_word_after_reads_lower_case_types(words, start, end, expected):
    assert frames.type_word_after(_doc(words), end, place_cues()) == expected


@pytest.mark.parametrize("words, pos, start, expected", [
    (["in", "central", "Sanaa"], ["ADP", "ADJ", "PROPN"], 2, True),
    (["northern", "rural", "Homs"], ["ADJ", "ADJ", "PROPN"], 2, True),
    (["Serb", "-", "held", "Vogosca"], ["PROPN", "PUNCT", "VERB", "PROPN"], 3, True),
    (["the", "famous", "Smith"], ["DET", "ADJ", "PROPN"], 2, False),
])
def test_toponym_frames_place_adjective_before(words, pos, start, expected):
    assert frames.place_adjective_before(_doc(words, pos=pos), start, place_cues()) is expected


@pytest.mark.parametrize("words, ents, expected", [
    (["troops", "captured", "Jaffna", "."], ["O", "O", "B-GPE", "O"], True),
    (["rebels", "stormed", "Qabasin", "."], ["O", "O", "B-PERSON", "O"], True),
    (["they", "captured", "Kennedy", "."], ["O", "O", "B-PERSON", "O"], False),  # a captive
    (["they", "praised", "Jaffna", "."], ["O", "O", "B-GPE", "O"], False),
])
def test_toponym_frames_taken_by_verb_reads_ground_verbs(words, ents, expected):
    lemmas = [w[:-2] if w.endswith("ed") and w != "praised" else w for w in words]
    lemmas = [{"captur": "capture", "storm": "storm"}.get(w, w) for w in lemmas]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT"]
    doc = _doc(words, pos=pos, lemmas=lemmas, ents=ents)
    assert frames.taken_by_verb(doc, 2, 3, place_cues()) is expected


@pytest.mark.parametrize("words, start, end, expected", [
    (["at", "Kafr", "Zita"], 1, 3, True),
    (["at", "Tal", "Maksour"], 1, 3, True),
    (["in", "Kafr"], 1, 2, False),                                # a generic word alone
    (["met", "Sheikh", "Hasina"], 1, 3, True),                    # a generic: needs a frame too
])
def test_toponym_frames_generic_prefixes_open_names(words, start, end, expected):
    assert frames.starts_with_generic(_doc(words), start, end, place_cues()) is expected


@pytest.mark.parametrize("words, pos, start, expected", [
    (["troops", "entered", "Kafr", "Zita"], ["NOUN", "VERB", "PROPN", "PROPN"], 2, True),
    (["troops", "met", "Sheikh", "Hasina"], ["NOUN", "VERB", "PROPN", "PROPN"], 2, False),
    (["Kafr", "Zita", "fell"], ["PROPN", "PROPN", "VERB"], 0, False),
])
def test_toponym_frames_generic_in_clause_keeps_titles_out(words, pos, start, expected):
    assert frames.generic_in_clause(_doc(words, pos=pos), start, place_cues()) is expected


@pytest.mark.parametrize("words, start, expected", [
    (["the", "centre", "of", "Papeete"], 3, True),
    (["residents", "of", "Nyamilima"], 2, True),
    (["the", "leader", "of", "Hamas"], 3, False),
])
def test_toponym_frames_of_place_noun(words, start, expected):
    assert frames.of_place_noun(_doc(words), start, place_cues()) is expected


@pytest.mark.parametrize("words, ents, start, expected", [
    (["in", "Hama", "'s", "Hamidiyeh"], ["O", "B-GPE", "O", "O"], 3, True),
    (["the", "capital", "'s", "Zographou"], ["O", "O", "O", "O"], 3, True),
    (["in", "Smith", "'s", "Garage"], ["O", "B-PERSON", "O", "O"], 3, False),
])
def test_toponym_frames_possessed_by_place(words, ents, start, expected):
    assert frames.possessed_by_place(_doc(words, ents=ents), start) is expected


@pytest.mark.parametrize("start, end, expected", [
    (0, 1, None),                        # no entity on 'in'
    (1, 2, ("Kafr Nabl", "GPE")),        # inside a two-token entity: the whole entity
    (2, 3, ("Kafr Nabl", "GPE")),        # its last token finds its start
    (0, 5, ("Kafr Nabl", "GPE")),        # several overlapping: the first
    (4, 5, ("Hass", "PERSON")),
])
def test_toponym_frames_ent_at_finds_the_overlapping_entity(start, end, expected):
    doc = _doc(["in", "Kafr", "Nabl", "and", "Hass"],
               ents=["O", "B-GPE", "I-GPE", "O", "B-PERSON"])
    ent = frames.ent_at(doc, start, end)
    assert ((ent.text, ent.label_) if ent is not None else None) == expected


@pytest.mark.parametrize("words, end, ent_end, beyond", [
    (["struck", "Aleppo", "today"], 2, 3, False),  # a time adverb swept into the entity
    (["the", "Washington", "Post"], 2, 3, True),
    (["the", "Iraq", "war"], 2, 3, True),
    (["in", "Aleppo"], 2, 2, False),
])
def test_toponym_frames_named_beyond(words, end, ent_end, beyond):
    assert frames.named_beyond(_doc(words), end, ent_end) is beyond


def _parsed(words, pos, deps=None, lemmas=None, heads=None):
    n = len(words)
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps or ["dep"] * n,
               lemmas=lemmas or [w.lower() for w in words], heads=heads or list(range(n)),
               sent_starts=[True] + [False] * (n - 1))


@pytest.mark.parametrize("words, pos, deps, expected", [
    (["Kamal", "Pur", ",", "a", "quiet", "town", "near"],
     ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADV"],
     ["compound", "nsubj", "punct", "det", "amod", "appos", "advmod"], "city"),
    (["Jaffna", ",", "the", "capital", "of", "Tamil"],
     ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"],
     ["pobj", "punct", "det", "appos", "prep", "pobj"], "city"),
    (["Smith", ",", "a", "village", "elder", ","],                # the type word only modifies
     ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT"],
     ["nsubj", "punct", "det", "compound", "appos", "punct"], None),
    (["Jones", ",", "a", "spokesman", "for", "the"],
     ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET"],
     ["nsubj", "punct", "det", "appos", "prep", "det"], None),
])
def test_toponym_frames_appositive_type_reads_x_a_town(words, pos, deps, expected):
    end = 2 if words[1] == "Pur" else 1
    assert frames.appositive_type(_parsed(words, pos, deps), end, place_cues()) == expected


@pytest.mark.parametrize("words, pos, start, end, expected", [
    (["a", "house", "in", "Al", "-", "Sabiqa", "not"], ["DET", "NOUN", "ADP", "PROPN", "PUNCT",
                                                     "PROPN", "PART"], 3, 6, True),
    (["walking", "through", "Hilla", "to"], ["VERB", "ADP", "PROPN", "ADP"], 2, 3, True),
    (["in", "Smith", "'s", "view"], ["ADP", "PROPN", "PART", "NOUN"], 1, 2, False),
    (["by", "Hilla", "."], ["ADP", "PROPN", "PUNCT"], 1, 2, False),   # 'by' is no place
    (["the", "assault", "on", "Latmana", "."], ["DET", "NOUN", "ADP", "PROPN", "PUNCT"], 3, 4,
     True),
    (["the", "focus", "on", "Latmana", "."], ["DET", "NOUN", "ADP", "PROPN", "PUNCT"], 3, 4,
     False),
])
def test_toponym_frames_prep_framed_unknown_names(words, pos, start, end, expected):
    heads = [1 if w == "in" else 0 for w in words]  # 'in' hangs on 'farm'
    doc = _parsed(words, pos, heads=heads)
    assert frames.prep_framed(doc, start, end, place_cues()) is expected


@pytest.mark.parametrize("words, pos, start, expected", [
    (["the", "streets", "of", "Bucharest"], ["DET", "NOUN", "ADP", "PROPN"], 3, True),
    (["the", "village", "of", "Ain", "Arab"], ["DET", "NOUN", "ADP", "PROPN", "PROPN"], 3, True),
    (["the", "president", "of", "Armenia"], ["DET", "NOUN", "ADP", "PROPN"], 3, False),
    (["the", "people", "of", "Syria"], ["DET", "NOUN", "ADP", "PROPN"], 3, False),
])
def test_toponym_frames_of_located_noun(words, pos, start, expected):
    assert frames.of_located_noun(_parsed(words, pos), start, place_cues()) is expected


@pytest.mark.parametrize("words, pos, lemmas, start, expected", [
    (["the", "outskirts", "of", "Akhtreen"], ["DET", "NOUN", "ADP", "PROPN"], None, 3, True),
    (["troops", "shelled", "Kasumbalesa", "on"], ["NOUN", "VERB", "PROPN", "ADP"],
     ["troop", "shell", "kasumbalesa", "on"], 2, True),
    (["police", "captured", "Qadeer", "in"], ["NOUN", "VERB", "PROPN", "ADP"],
     ["police", "capture", "qadeer", "in"], 2, False),           # an unknown captive: a person
    (["they", "took", "Apple", "to"], ["PRON", "VERB", "PROPN", "ADP"],
     ["they", "take", "apple", "to"], 2, False),
    (["the", "famous", "Smith"], ["DET", "ADJ", "PROPN"], None, 2, False),
])
def test_toponym_frames_unknown_framed(words, pos, lemmas, start, expected):
    doc = _parsed(words, pos, lemmas=lemmas)
    assert frames.unknown_framed(doc, start, start + 1, place_cues()) is expected


@pytest.mark.parametrize("words, pos, start, end, expected", [
    # an age describes a person: 'the 25-year-old Lopez and two others'
    (["the", "25", "-", "year", "-", "old", "Lopez", "and"], ["DET", "NUM", "PUNCT", "NOUN", "PUNCT",
                                                           "ADJ", "PROPN", "CCONJ"], 6, 7, True),
    # ... but a place naming an old thing's site stays a place
    (["the", "200", "-", "year", "-", "old", "Cairo", "market"], ["DET", "NUM", "PUNCT", "NOUN", "PUNCT",
                                                               "ADJ", "PROPN", "NOUN"], 6, 7, False),
    (["flew", "to", "Cairo", "on", "Monday"], ["VERB", "ADP", "PROPN", "ADP", "PROPN"], 2, 3, False),
    (["a", "40", "-", "year", "-", "old", "Dover", ",", "Del.", "man"], ["DET", "NUM", "PUNCT", "NOUN",
                                                                      "PUNCT", "ADJ", "PROPN", "PUNCT",
                                                                      "PROPN", "NOUN"], 6, 7, False),
])
def test_toponym_frames_after_age_marks_people(words, pos, start, end, expected):
    _check_age(words, pos, start, end, expected)


@pytest.mark.parametrize("words, start, end, expected", [
    # an age set off by commas after the name: 'Maria Lopez, 31, was arrested'
    (["Maria", "Lopez", ",", "31", ",", "was", "arrested"], 0, 2, True),
    # a figure after a town is a count, not an age
    (["in", "Lagos", ",", "24", "of", "them"], 1, 2, False),
    (["in", "Lagos", ",", "2014", ","], 1, 2, False),
])
def test_toponym_frames_age_after_the_name_marks_people(words, start, end, expected):
    _check_age(words, ["PROPN"] * len(words), start, end, expected)


def _check_age(words, pos, start, end, expected):
    from dateline.resolve.toponym_frames import after_age

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert after_age(doc, start, end) is expected


@pytest.mark.parametrize("words, ents, start, end, expected", [
    # ', of X,' after a person (or their age) says where they live
    (["Ann", "Webb", ",", "of", "Luton", ",", "said"], ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON",
                                                       "O", "O"], 4, 5, True),
    (["Tom", "Reyes", ",", "41", ",", "of", "Dover", ",", "was"],
     ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O"], 6, 7, True),
    # after a firm, or when the name runs on, it is no address
    (["Acme", ",", "of", "Luton", ",", "said"], ["B-ORG", "O", "O", "B-GPE", "O", "O"], 3, 4, False),
    (["Ann", "Webb", ",", "of", "Luton", "Town", "FC"], ["B-PERSON", "I-PERSON", "O", "O", "B-ORG",
                                                        "I-ORG", "I-ORG"], 4, 5, False),
])
def test_toponym_frames_residence_after_a_person(words, ents, start, end, expected):
    from dateline.resolve.toponym_frames import residence

    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert residence(doc, start, end) is expected


@pytest.mark.parametrize("words, start, expected", [
    (["shot", "at", "her", "Kandy", "home"], 3, True),  # a person's place still follows 'at'
    (["shot", "at", "the", "Kandy", "home"], 3, True),
    (["through", "its", "Kandy", "Institute"], 2, False),  # a body's own office is no frame
    (["met", "her", "Kandy", "friends"], 2, False),
])
def test_toponym_frames_locative_before_skips_determiners(words, start, expected):
    from dateline.resolve.place_cues import place_cues
    from dateline.resolve.toponym_frames import locative_before

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert locative_before(doc, start, place_cues()) is expected
