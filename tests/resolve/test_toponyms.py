"""Toponym recognition helpers and kinds from the parse: metonymic subjects, literal places."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.resolve.place_cues import demonyms, place_cues
from dateline.resolve.toponym_kinds import classify_kind
from dateline.resolve.toponyms import trim_end


def _doc(words, heads, deps, lemmas):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize("words, heads, deps, lemmas, span, kind", [
    (["Baghdad", "said", "no"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["Baghdad", "say", "no"],
     (0, 1), "metonymic"),
    (["Moscow", "and", "Kyiv", "agreed"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
     ["Moscow", "and", "Kyiv", "agree"], (2, 3), "metonymic"),
    (["Baghdad", "'s", "decision"], [2, 0, 2], ["poss", "case", "ROOT"],
     ["Baghdad", "'s", "decision"], (0, 1), "metonymic"),
    (["Fighting", "in", "Baghdad"], [0, 0, 1], ["ROOT", "prep", "pobj"],
     ["fighting", "in", "Baghdad"], (2, 3), "literal"),
    (["Baghdad", "flooded"], [1, 1], ["nsubj", "ROOT"], ["Baghdad", "flood"], (0, 1), "literal"),
])
def test_toponyms_classify_kind_separates_metonymy(words, heads, deps, lemmas, span, kind):
    doc = _doc(words, heads, deps, lemmas)
    assert classify_kind(Span(doc, *span), place_cues()) == kind


@pytest.mark.parametrize("word, country", [("iraqi", "IRQ"), ("syrian", "SYR"), ("kurdish", "Kurdistan Region"), ("arab", None),
                                           ("english", "England"), ("british", "GBR")])
def test_toponyms_demonym_table_maps_to_countries(word, country):
    assert demonyms()[word] == country


def test_toponyms_cue_lists_load_as_strings():
    cues = place_cues()
    assert "on" in cues.locative_preps and "police" in cues.stop_names
    assert cues.feature_words["province"] == "admin1"
    assert {"avenue", "hospital"} <= cues.facility_heads and "north-western" in cues.position_words


@pytest.mark.parametrize("words, heads, deps, lemmas, span, kind", [
    # "Russia was accused": the object of a verb of blame is the state
    (["They", "accused", "Russia"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["they", "accuse", "Russia"], (2, 3), "metonymic"),
    (["US", "tariffs", "rose"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
     ["US", "tariff", "rise"], (0, 1), "metonymic"),
    # a modifier of a thing that lies in the place is literal
    (["the", "Idlib", "border"], [2, 2, 2], ["det", "compound", "ROOT"],
     ["the", "Idlib", "border"], (1, 2), "literal"),
    (["the", "Delft", "police", "station"], [3, 2, 3, 3], ["det", "compound", "compound", "ROOT"],
     ["the", "Delft", "police", "station"], (1, 2), "literal"),
    (["They", "visited", "Russia"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["they", "visit", "Russia"], (2, 3), "literal"),
    # an agent verb: its active subject is the state, its passive subject the place
    (["Turkey", "fired"], [1, 1], ["nsubj", "ROOT"], ["Turkey", "fire"], (0, 1), "metonymic"),
    (["Damascus", "was", "shelled"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"],
     ["Damascus", "be", "shell"], (0, 1), "literal"),
])
def test_toponyms_classify_kind_objects_and_modifiers(words, heads, deps, lemmas, span, kind):
    doc = _doc(words, heads, deps, lemmas)
    assert classify_kind(Span(doc, *span), place_cues()) == kind



@pytest.mark.parametrize("words, tags, end", [
    (["Idlib", "province"], ["NNP", "NN"], 1),       # the lower-case type word is context
    (["New", "York", "’s"], ["NNP", "NNP", "POS"], 2),  # so is the possessive
    (["Benue", "State"], ["NNP", "NNP"], 2),          # a capitalised one is part of the name
])
def test_toponyms_trim_end_keeps_only_the_proper_name(words, tags, end):
    doc = Doc(Vocab(), words=words, tags=tags)
    assert trim_end(doc, 0, len(words)) == end


@pytest.mark.parametrize("words, span", [
    (["They", "met", "on", "Carrow", "Drive", "."], (3, 5)),
    (["at", "the", "Alder", "Hey", "Hospital"], (2, 5)),
    (["a", "quiet", "street", "nearby"], None),  # lower-case: not a name
    (["He", "studied", "at", "Colorado", "State", "University", "."], (3, 6)),  # a venue after "at"
    (["Colorado", "State", "University", "said", "so"], None),  # the institution acting: no place
    (["rushed", "to", "Ipswich", "General", "Hospital", "for", "care"], (2, 5)),
    (["the", "Centre", "for", "Disease", "Control"], None),   # 'for' + a name: an office
])
def test_toponyms_headed_names_find_streets_buildings_and_venues(words, span):
    from dateline.resolve.toponym_unknowns import headed_names

    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[True] + [False] * (len(words) - 1))
    found = [(c.start, c.end) for c in headed_names(doc, place_cues(), set())]
    assert found == ([span] if span else [])


@pytest.mark.parametrize("words, start, expected", [
    (["his", "wife", ",", "Julia", ",", "said"], 3, True),
    (["daughters", "North", "and", "Chicago"], 3, True),
    (["the", "mayor", "of", "Chicago"], 3, False),
    (["flew", "to", "Paris"], 2, False),
])
def test_toponyms_after_kin_marks_people(words, start, expected):
    from dateline.resolve.toponym_frames import after_kin

    doc = Doc(spacy.blank("en").vocab, words=words)
    assert after_kin(doc, start, place_cues()) is expected


@pytest.mark.parametrize("words, expected", [
    (["Associated", "Press", "WASHINGTON", "(", "AP", ")", "—"], True),
    (["NEW", "DELHI", ":", "The", "court"], True),
    (["He", "met", "WASHINGTON", "officials"], False),
    (["LONDON", "Pope", "Francis", "said"], True),  # the story opens on the place
    (["TIJUANA", "&", "SAN", "DIEGO", ",", "March"], True),  # the second of a joined dateline
    (["He", "met", "LONDON", "&", "PARIS", "officials"], False),
    # a photo credit run into the opening line, and a byline's 'By'
    (["Photo", "by", "Ann", "Lee", ".", "CAIRO", ",", "Egypt", "–", "Ahead"], True),
    (["By", "ACCRA", ",", "Ghana", ",", "Apr", "5", "–"], True),
])
def test_toponyms_dateline_reads_agency_credits(words, expected):
    from dateline.resolve.toponym_frames import is_dateline
    from dateline.resolve.toponym_candidate import Candidate

    start = next(i for i, w in enumerate(words) if w.isupper() and len(w) > 2)
    end = start + 2 if words[start + 1].isupper() and words[start + 1].isalpha() else start + 1
    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[True] + [False] * (len(words) - 1))
    assert is_dateline(doc, Candidate(start, end, "", (), "gaz")) is expected


@pytest.mark.parametrize("words, spans", [
    (["Gunmen", "attacked", "Katarko", "village", "."], [(2, 3)]),      # a type word after
    (["in", "the", "district", "of", " ", "Al", "-", "Bayaa", "."], [(5, 8)]),  # spaces, 'Al-'
    (["the", "villages", "like", "Cailaco", "and", "Manapa"], [(3, 4)]),  # Manapa: by the list
    (["troops", "entered", "Kafr", "Zita", "."], [(2, 4)]),           # a generic word of toponymy
    (["the", "Trump", "administration", "said"], []),
    (["He", "met", "Sheikh", "Hasina", "."], []),                      # a title, not a place
    (["a", "raid", "on", "Dunya", "Pur", ",", "a", "small", "town", "."], [(3, 5)]),  # apposition
    (["the", "U.S.", "-", "run", "prison", "."], []),                  # runs on in lower case
    (["the", "Druze", "district", "."], []),                           # a people's word
    (["clashes", "near", "Saqlawiya", "on", "Monday"], [(2, 3)]),     # a preposition of place
])
def test_toponyms_cued_unknowns_read_place_frames(words, spans):
    from dateline.resolve.toponym_unknowns import cued_unknowns

    tags = {"a": "DET", "small": "ADJ", "town": "NOUN", ",": "PUNCT"}
    pos = ["VERB" if w in ("attacked", "entered", "met", "clashes") else "PROPN"
           if w[:1].isupper() else tags.get(w, "X") for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    found = [(c.start, c.end) for c in cued_unknowns(doc, place_cues(), set(), [])]
    assert found == spans



@pytest.mark.parametrize("words, spans", [
    # a plural type word before a colon or 'of' types the whole list after it
    (["raided", "four", "villages", ":", "Demsare", ",", "Wunamokoh", "and", "Taboungo", "."],
     [(4, 5), (6, 7), (8, 9)]),
    (["the", "villages", "of", "'", "Arak", ",", "Bardeh", ",", "and", "Al", "-", "Sukhanah"],
     [(4, 5), (6, 7), (9, 12)]),                                    # an ayn before the name
    (["two", "areas", "known", "as", "Karra", "and", "Dayyatha", "."], [(4, 5), (6, 7)]),
    (["the", "towns", "of", "Kafr", "Zita", "and", "Hezbollah", "fighters"], [(3, 5)]),
    (["the", "village", ":", "Demsare", "and", "Wunamokoh"], []),  # a singular opens no list
    (["the", "town", "of", "Inkhel", "and", "Nawa"], [(3, 4)]),          # nor after one town
])
def test_toponyms_cued_unknowns_read_typed_lists(words, spans):
    from dateline.resolve.toponym_unknowns import cued_unknowns

    plural = {"villages", "areas", "towns", "fighters"}
    tags = ["NNS" if w in plural else "NNP" if w[:1].isupper() else "" for w in words]
    pos = ["NOUN" if w in plural | {"village", "town"} else "PROPN" if w[:1].isupper()
           else "X" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    found = [(c.start, c.end) for c in cued_unknowns(doc, place_cues(), set(), [])]
    assert found == spans


@pytest.mark.parametrize("words, pos, expected", [
    # a well-known town after "in" is a place whatever the tagger says of the word
    (["Clashes", "erupted", "in", "Taez", "."], ["NOUN", "VERB", "ADP", "NOUN", "PUNCT"], ["Taez"]),
    # without the preposition, a word the tagger does not read as a name stays out
    (["Taez", "erupted", "."], ["NOUN", "VERB", "PUNCT"], []),
])
def test_toponyms_known_town_after_locative_preposition_is_kept(words, pos, expected):
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    heads = {5: [1, 1, 1, 2, 1], 3: [1, 1, 1]}[len(words)]
    deps = {5: ["nsubj", "ROOT", "prep", "pobj", "punct"], 3: ["nsubj", "ROOT", "punct"]}[len(words)]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps,
              lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))
    taez = words.index("Taez")
    doc.ents = [Span(doc, taez, taez + 1, label="NORP")]
    found = [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())
             if c.kind != "demonym"]
    assert found == expected


def test_toponyms_capitalised_pronoun_is_no_place():
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    # the opening quote starts the sentence, so the pronoun looks like a name inside it
    words = ['"', "Their", "towns", "are", "held", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PUNCT", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
              heads=[4, 2, 4, 4, 4, 4], deps=["punct", "poss", "nsubjpass", "auxpass", "ROOT", "punct"],
              lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * 5)
    assert [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())] == []


def _flat_doc(words: list[str], pos: list[str], places: list[str]) -> Doc:
    """A parse-free doc: every word hangs on the first verb, named places tagged GPE."""
    root = pos.index("VERB")
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos,
              heads=[root] * len(words), deps=["ROOT" if i == root else "dep" for i in range(len(words))],
              lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i, w in enumerate(words) if w in places]
    return doc


@pytest.mark.parametrize("words, expected", [
    # Denmark's Capital Region, Israel's Northern District: a common word names such a province
    # only in a story that names its country
    (["Troops", "patrolled", "the", "Capital", "."], []),
    (["Troops", "patrolled", "Northern", "Copenhagen", "."], ["Copenhagen"]),
    (["Denmark", "patrolled", "the", "Capital", "."], ["Denmark", "Capital"]),
])
def test_toponyms_generic_words_need_their_country(words, expected):
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    pos = ["PROPN" if w[0].isupper() else ("VERB" if w == "patrolled" else "DET") for w in words]
    pos = [("PUNCT" if w == "." else p) for w, p in zip(words, pos)]
    doc = _flat_doc(words, pos, ["Capital", "Copenhagen", "Denmark", "Northern"])
    found = [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())
             if c.kind != "demonym"]
    assert found == expected


def test_toponyms_bracketed_byline_is_no_place():
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    words = ["[", "Ernesto", "Rivas", "]", "[", "Text", "]", "Rebels", "attacked", "Managua", "."]
    pos = ["PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "NOUN", "PUNCT", "NOUN", "VERB", "PROPN",
           "PUNCT"]
    doc = _flat_doc(words, pos, ["Rivas", "Managua"])
    found = [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())]
    assert found == ["Managua"]


@pytest.mark.parametrize("verb, lemma, expected", [
    # a town the tagger took for a person is still a place as the object of shelling
    ("shelled", "shell", ["Jaffna"]),
    # people are captured as often as towns: the tagger's reading stands
    ("captured", "capture", []),
])
def test_toponyms_town_taken_for_a_person_is_kept_as_object_of_shelling(verb, lemma, expected):
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    words = ["Rebels", verb, "Jaffna", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "VERB", "PROPN", "PUNCT"],
              heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
              lemmas=["rebel", lemma, "Jaffna", "."], sent_starts=[True, False, False, False])
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    found = [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())
             if c.kind != "demonym"]
    assert found == expected


@pytest.mark.parametrize("words, expected", [
    (["New", "York", "Governor", "Cuomo", "declared", "an", "emergency", "."], "admin1"),
    (["the", "governor", "of", "Texas", "declared", "an", "emergency", "."], "admin1"),
    (["London", "'s", "mayor", "declared", "an", "emergency", "."], "city"),
    (["Officials", "in", "Texas", "declared", "an", "emergency", "."], None),
    (["The", "governor", "of", "Texas", "'s", "bank", "declared", "an", "emergency", "."], None),
])
def test_toponyms_office_titles_say_the_unit(words, expected):
    """A governor heads a state or province, a mayor a town."""
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    pos = ["VERB" if w == "declared" else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    places = ("New", "York", "Texas", "London")
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=[0] * len(words),
              deps=["dep"] * len(words), lemmas=[w.lower() for w in words],
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, i, i + 2 if w == "New" else i + 1, label="GPE")
                for i, w in enumerate(words) if w in places and w != "York"]
    cands = [c for c in find_candidates(doc, load_gazetteer(), place_cues())
             if doc[c.start].text in places]
    assert cands and cands[0].feature == expected


@pytest.mark.parametrize("words, parent", [
    (["Cases", "rose", "in", "the", "Houston", "area", "of", "Texas", "."], "texas"),
    (["Cases", "rose", "in", "Houston", "and", "Texas", "."], None),
])
def test_toponyms_unit_of_names_the_parent(words, parent):
    """'the Salinas Valley region of California': a type word and 'of' link like a comma."""
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    pos = ["VERB" if w == "rose" else "PROPN" if w[0].isupper() and w != "Cases" else "NOUN"
           for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=[1] * len(words),
              deps=["dep"] * len(words), lemmas=[w.lower() for w in words],
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i, w in enumerate(words)
                if w in ("Houston", "Texas")]
    houston = next(c for c in find_candidates(doc, load_gazetteer(), place_cues())
                   if c.key == "houston")
    assert (houston.parent.key if houston.parent else None) == parent


@pytest.mark.parametrize("words, ent, expected", [
    (["Cases", "rose", "in", "Western", "Kasai", "."], (3, 5), ["Western Kasai"]),
    (["Cases", "rose", "in", "Western", "Kasai", "."], None, ["Kasai"]),  # no place entity
])
def test_toponyms_position_word_joins_the_next_place(words, ent, expected):
    """'Western Kasai' is a part of Kasai, not one of the provinces named 'Western'."""
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    pos = ["VERB" if w == "rose" else "PROPN" if w[0].isupper() and w != "Cases" else "ADP"
           for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=[1] * len(words),
              deps=["dep"] * len(words), lemmas=[w.lower() for w in words],
              sent_starts=[True] + [False] * (len(words) - 1))
    spans = [Span(doc, *ent, label="GPE")] if ent else [Span(doc, 4, 5, label="GPE")]
    doc.ents = spans
    found = [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())]
    assert [f for f in found if "Kasai" in f] == expected


@pytest.mark.parametrize("ent_end, merged", [(5, True), (6, False)])
def test_toponyms_position_word_stays_out_of_a_longer_name(ent_end, merged):
    """'Eastern Damascus' (the whole entity) is a part of Damascus; 'Eastern Damascus Ghouta'
    is the Eastern Ghouta, whose name the position word belongs to."""
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponym_candidate import Candidate
    from dateline.resolve.toponyms import _merge_positions

    gaz = load_gazetteer()
    words = ["Clashes", "rose", "in", "Eastern", "Damascus", "Ghouta", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 3, ent_end, label="GPE")]
    east = Candidate(3, 4, "eastern", gaz.rows("eastern"), "gaz")
    town = Candidate(4, 5, "damascus", gaz.rows("damascus"), "gaz")
    kept = _merge_positions(doc, [east, town], place_cues())
    assert ([(c.start, c.key) for c in kept] == [(3, "damascus")]) == merged


@pytest.mark.parametrize("words, name, expected", [
    # the country of a dateline opening after a caption's full stop ('CAIRO, Egypt -')
    (["Photo", "by", "Ann", "Lee", ".", "CAIRO", ",", "Egypt", "–", "Ahead"], "Egypt", True),
    # ... but only an upper-case town opens one: a sentence listing parties is no dateline
    (["Talks", "ended", ".", "Russia", ",", "Iran", "and", "Turkey", "–", "the", "guarantors"],
     "Iran", False),
])
def test_toponyms_in_dateline_after_a_full_stop(words, name, expected):
    from dateline.resolve.toponym_candidate import Candidate
    from dateline.resolve.toponym_frames import in_dateline

    doc = Doc(spacy.blank("en").vocab, words=words)
    at = words.index(name)
    assert in_dateline(doc, Candidate(at, at + 1, "", (), "gaz")) is expected


def _tagged_doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    """A parse-free doc with the given entities: every word hangs on the first verb."""
    pos = ["VERB" if w in ("built", "met", "live", "rose", "raced") else "PUNCT" if not w[0].isalnum()
           else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = _flat_doc(words, pos, [])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _names(doc: Doc) -> list[str]:
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponyms import find_candidates

    return [doc[c.start:c.end].text for c in find_candidates(doc, load_gazetteer(), place_cues())
            if c.kind != "demonym"]


@pytest.mark.parametrize("words, ents, expected", [
    # a county closing an address is a place, whatever person the tagger saw in it
    (["We", "raced", "at", "Lydden", "Hill", "Circuit", ",", "Kent", "."],
     [(3, 6, "ORG"), (7, 8, "PERSON")], ["Kent"]),
    # after a person's name it may be theirs
    (["We", "met", "Clark", ",", "Kent", "."], [(2, 3, "PERSON"), (4, 5, "PERSON")], []),
])
def test_toponyms_county_closing_an_address_is_kept(words, ents, expected):
    assert [n for n in _names(_tagged_doc(words, ents)) if n == "Kent"] == expected


@pytest.mark.parametrize("words, ents, expected", [
    # a word of position opening a street's name belongs to it ...
    (["Shots", "rose", "on", "South", "Dayton", "Avenue", "."], [(3, 6, "FAC")],
     ["South Dayton Avenue"]),
    # ... 'Miss' before a person's name is a title, not Mississippi
    (["Miss", "Dayton", "met", "a", "friend", "."], [(1, 2, "PERSON")], []),
])
def test_toponyms_street_position_word_and_title(words, ents, expected):
    assert _names(_tagged_doc(words, ents)) == expected


@pytest.mark.parametrize("word, expected", [("German", []), ("Hamburg", ["Hamburg"])])
def test_toponyms_ner_only_leaves_demonyms_to_the_demonym_finder(word, expected):
    """A national adjective the tagger labels GPE ('German exporters') is a demonym, not a place
    of the gazetteer that happens to share its spelling."""
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.toponym_unknowns import ner_only

    doc = _tagged_doc([word, "exporters", "rose", "."], [(0, 1, "GPE")])
    found = ner_only(doc, load_gazetteer(), set(), place_cues())
    assert [doc[c.start:c.end].text for c in found] == expected


@pytest.mark.parametrize("words, expected", [
    (["Cows", "rose", "with", "Lassa", "fever", "in", "Ghana", "."], ["Ghana"]),  # a disease's name
    (["Cows", "rose", "in", "Lassa", "and", "in", "Ghana", "."], ["Lassa", "Ghana"]),
])
def test_toponyms_name_of_a_disease_is_no_place(words, expected):
    ents = [(i, i + 1, "GPE") for i, w in enumerate(words) if w in ("Lassa", "Ghana")]
    assert _names(_tagged_doc(words, ents)) == expected
