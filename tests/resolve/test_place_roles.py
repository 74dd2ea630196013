"""What part a place name plays around an event verb: owners, organisations, sites, local actors, framing."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dateline.nlp.extensions import register_extensions
from dateline.records import Place
from dateline.resolve.place_roles import (
    describes_a_thing, in_organisation_name, introduced_by_locative, local_actor, local_force,
    mission_owner, named_actor_origin, names_a_site, protested_matter, sets_the_scene, speaker_place,
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
TAKEN_TO = _doc("taken to a Beirut clinic", "0 0 4 4 1", "ROOT prep det compound pobj", "VERB ADP DET PROPN NOUN")
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


ACCORDING = _doc("shot , according to a source in Aleppo", "0 0 0 2 5 3 5 6",
                 "ROOT punct prep prep det pobj prep pobj", "VERB PUNCT VERB ADP DET NOUN ADP PROPN")
SOURCE_SAID = _doc("a source in Ramadi said", "1 4 1 2 4", "det nsubj prep pobj ROOT", "DET NOUN ADP PROPN VERB")


@pytest.mark.parametrize("doc, place, trigger, expected", [(ACCORDING, 7, 0, True), (SOURCE_SAID, 3, 4, False)])
def test_place_roles_speaker_place_is_where_the_source_is(doc, place, trigger, expected):
    assert speaker_place(Span(doc, place, place + 1), doc[trigger]) is expected


RANIMAT = _doc("Ranimat of Tsurif detonated a bomb", "3 0 1 3 5 3", "nsubj prep pobj ROOT det dobj",
               "PROPN ADP PROPN VERB DET NOUN")
OFFICERS_OF = _doc("officers of Tsurif detonated a bomb", "3 0 1 3 5 3", "nsubj prep pobj ROOT det dobj",
                   "NOUN ADP PROPN VERB DET NOUN")


@pytest.mark.parametrize("doc, person, expected", [(RANIMAT, True, True), (OFFICERS_OF, False, False)])
def test_place_roles_named_actor_origin_says_who_the_actor_is(doc, person, expected):
    if person:
        doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert named_actor_origin([doc[2], doc[1], doc[0]], doc[3]) is expected


AGAINST = _doc("people demonstrated against the company and Libya", "1 1 1 4 2 4 4",
               "nsubj ROOT prep det pobj cc conj", "NOUN VERB ADP DET NOUN CCONJ PROPN",
               "people demonstrate against the company and libya")
AGAINST_IN = _doc("people protested against Bush in Toronto", "1 1 1 2 3 4",
                  "nsubj ROOT prep pobj prep pobj", "NOUN VERB ADP PROPN ADP PROPN",
                  "people protest against bush in toronto")


@pytest.mark.parametrize("doc, path, expected", [([AGAINST, [6, 4, 2]], None, True),
                                                 ([AGAINST_IN, [5, 4, 3, 2]], None, False)])
def test_place_roles_protest_against_a_named_place_is_its_matter(doc, path, expected):
    parsed, indices = doc
    assert protested_matter([parsed[i] for i in indices], parsed[1]) is expected


TAL = _doc("stormed the village of Tal Eiss", "0 2 0 2 5 3", "ROOT det dobj prep compound pobj",
           "VERB DET NOUN ADP PROPN PROPN")
AIRCRAFT = _doc("shot down U.S. aircraft", "0 0 3 0", "ROOT prt compound dobj", "VERB ADP PROPN NOUN")


@pytest.mark.parametrize("doc, span, expected", [(TAL, (4, 5), False), (AIRCRAFT, (2, 3), True)])
def test_place_roles_rest_of_a_name_is_no_thing_described(doc, span, expected):
    assert describes_a_thing(Span(doc, *span), doc[0]) is expected


BY_BOMB = _doc("killed by a bomb in Iman", "0 0 3 1 3 4", "ROOT agent det pobj prep pobj",
               "VERB ADP DET NOUN ADP PROPN", "kill by a bomb in iman")
BY_POLICE = _doc("captured by police in Lahore", "0 0 1 2 3", "ROOT agent pobj prep pobj",
                 "VERB ADP NOUN ADP PROPN", "capture by police in lahore")
BY_FIGHTERS = _doc("captured by fighters from Idlib", "0 0 1 2 3", "ROOT agent pobj prep pobj",
                   "VERB ADP NOUN ADP PROPN", "capture by fighter from idlib")


@pytest.mark.parametrize("doc, path, expected", [
    (BY_BOMB, [5, 4, 3, 1], True), (BY_POLICE, [4, 3, 2, 1], True), (BY_FIGHTERS, [4, 3, 2, 1], False),
])
def test_place_roles_agent_phrase_reads_like_a_subject(doc, path, expected):
    tokens = [doc[i] for i in path]
    assert local_actor(doc[1], tokens) is expected


def _with_place(doc, start, end, precision):
    span = Span(doc, start, end, label="PLACE")
    span._.place = Place(name=span.text, lat=1.0, lon=2.0, country="USA", precision=precision)
    return span


DALLAS = _doc("Dallas police shot a gorilla", "1 2 2 4 2", "compound nsubj ROOT det dobj",
              "PROPN NOUN VERB DET NOUN", "dallas police shoot a gorilla")
FAMILY = _doc("a family of Dallas police", "1 1 1 4 2", "det ROOT prep compound pobj",
              "DET NOUN ADP PROPN NOUN", "a family of dallas police")


@pytest.mark.parametrize("doc, precision, expected", [
    (DALLAS, "exact", True), (DALLAS, "country", False), (FAMILY, "exact", False),
])
def test_place_roles_town_police_act_in_their_town(doc, precision, expected):
    span = _with_place(doc, *((0, 1) if doc is DALLAS else (3, 4)), precision)
    assert local_force(span) is expected


CLOSE_TO = _doc("shot close to Poso", "0 0 1 2", "ROOT advmod prep pobj", "VERB ADV ADP PROPN")
ON_WAY_TO = _doc("drove to Poso", "0 0 1", "ROOT prep pobj", "VERB ADP PROPN")


@pytest.mark.parametrize("doc, expected", [(CLOSE_TO, True), (ON_WAY_TO, False)])
def test_place_roles_close_to_is_a_preposition_of_place(doc, expected):
    assert introduced_by_locative(Span(doc, len(doc) - 1, len(doc))) is expected
