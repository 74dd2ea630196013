"""Generic event mentions (kinds, trends, habits, tallies, mishaps) versus reported occurrences."""

from __future__ import annotations

import pytest

from dateline.events.genericity import cues, is_generic
from dateline.pipeline import extract_text
from .parses import build, sentence

# "Such attacks will not stop us"
SUCH_ATTACKS = sentence(
    "Such/1/amod/ADJ/such attacks/4/nsubj/NOUN/attack will/4/aux/AUX/will not/4/neg/PART/not "
    "stop/4/ROOT/VERB/stop us/4/dobj/PRON/we")
# "Two attacks hit the town"
TWO_ATTACKS = sentence(
    "Two/1/nummod/NUM/two attacks/2/nsubj/NOUN/attack hit/2/ROOT/VERB/hit the/4/det/DET/the "
    "town/2/dobj/NOUN/town")
# "the wave of kidnappings worries them"
WAVE = sentence(
    "the/1/det/DET/the wave/4/nsubj/NOUN/wave of/1/prep/ADP/of kidnappings/2/pobj/NOUN/kidnapping "
    "worries/4/ROOT/VERB/worry them/4/dobj/PRON/they")
# "Kidnappings have increased"
INCREASED = sentence(
    "Kidnappings/2/nsubj/NOUN/kidnapping have/2/aux/AUX/have increased/2/ROOT/VERB/increase")
# "a government that bombs the people"
BOMBS = sentence(
    "a/1/det/DET/a government/1/ROOT/NOUN/government that/3/nsubj/PRON/that bombs/1/relcl/VERB/bomb "
    "the/5/det/DET/the people/3/dobj/NOUN/people")
# "squads which are murdering people"
MURDERING = sentence(
    "squads/0/ROOT/NOUN/squad which/3/nsubj/PRON/which are/3/aux/AUX/be "
    "murdering/0/relcl/VERB/murder people/3/dobj/NOUN/people")
# "They stopped by destroying pipelines"
GERUND = sentence(
    "They/1/nsubj/PRON/they stopped/1/ROOT/VERB/stop by/1/prep/ADP/by destroying/2/pcomp/VERB/destroy "
    "pipelines/3/dobj/NOUN/pipeline")
# "the killing of 70,000 people"
TALLY = sentence(
    "the/1/det/DET/the killing/1/ROOT/NOUN/killing of/1/prep/ADP/of 70,000/4/nummod/NUM/70,000 "
    "people/2/pobj/NOUN/people")
# "the killing of 7 people"
SEVEN = sentence(
    "the/1/det/DET/the killing/1/ROOT/NOUN/killing of/1/prep/ADP/of 7/4/nummod/NUM/7 "
    "people/2/pobj/NOUN/people")
# "two men killed in the accident"
ACCIDENT = sentence(
    "two/1/nummod/NUM/two men/1/ROOT/NOUN/man killed/1/acl/VERB/kill in/2/prep/ADP/in "
    "the/5/det/DET/the accident/3/pobj/NOUN/accident")


def _tags(rows, plural=(), present=(), gerund=()):
    tags = {i: "NNS" for i in plural}
    tags.update({i: "VBZ" for i in present})
    tags.update({i: "VBG" for i in gerund})
    return build(rows, tags=tags)


@pytest.mark.parametrize(("rows", "plural", "present", "gerund", "trigger", "explicit", "expected"), [
    (SUCH_ATTACKS, [1], [], [], 1, False, True),  # quantified kind
    (SUCH_ATTACKS, [1], [], [], 1, True, False),  # a date pins it to an occasion
    (TWO_ATTACKS, [1], [], [], 1, False, False),  # a number anchors it
    (WAVE, [3], [], [], 3, False, True),  # member of a trend
    (INCREASED, [0], [], [], 0, False, True),  # subject of a trend verb
    (BOMBS, [5], [3], [], 3, False, True),  # habitual present
    (MURDERING, [0, 4], [2], [3], 3, False, True),  # a characterising relative clause
    (GERUND, [4], [], [3], 3, False, True),  # activity with a bare plural object
    (TALLY, [4], [], [], 1, False, True),  # running total
    (SEVEN, [4], [], [], 1, False, False),  # one incident's toll
    (ACCIDENT, [1], [], [], 2, True, True),  # a mishap, even when dated
])
def test_genericity_hand_parses(rows, plural, present, gerund, trigger, explicit, expected):
    doc = _tags(rows, plural, present, gerund)
    assert is_generic([doc[trigger]], explicit, headline=False) is expected


def test_genericity_headline_present_is_news():
    doc = _tags(BOMBS, [5], [3])
    assert is_generic([doc[3]], False, headline=True) is False


# "Continuous clashes in Hama"
CLASHES_IN = sentence(
    "Continuous/1/amod/ADJ/continuous clashes/1/ROOT/NOUN/clash in/1/prep/ADP/in Hama/2/pobj/PROPN/Hama")


@pytest.mark.parametrize(("ents", "headline", "expected"), [
    (((3, 4, "GPE"),), True, False),   # a headline's plural event noun with a place: a report
    (((3, 4, "GPE"),), False, True),   # the same words in running text stay a kind
    ((), True, True),                  # no place or date attached: still a kind
])
def test_genericity_headline_noun_with_place(ents, headline, expected):
    doc = build(CLASHES_IN, ents=ents, tags={1: "NNS"})
    assert is_generic([doc[1]], False, headline=headline) is expected


def test_genericity_cue_file_loads():
    assert "such" in cues().quantifiers and "wave" in cues().trend_nouns
    assert cues().tally_minimum >= 100


@pytest.mark.model
@pytest.mark.parametrize(("text", "reported"), [
    ("Such attacks will not intimidate the people.", False),
    ("Kidnappings have increased in the capital.", False),
    ("The enemy expresses himself with kidnappings and by destroying oil pipelines.", False),
    ("The constitution was drafted after the killing of over 70,000 Salvadorans.", False),
    ("The Spaniards killed in the accident were two aid workers.", False),
    ("Journalists have been murdered.", False),
    ("There have been 4 murders since the president took office.", False),
    ("So far this year three judges have been killed.", False),
    ("The leaders are doing time for kidnapping, extortion, murder and robbery.", False),
    ("The battalion has been accused of encouraging the murder of opposition politicians.", False),
    ("At dawn today, strong explosions were heard in various parts of the capital.", False),
    ("The crash killed 120 of the 137 passengers.", False),
    ("Many civilians have been wounded and many houses have been destroyed.", True),
    ("Gunmen killed three judges in Medellin on Sunday.", True),
    ("Armed men kidnapped two businessmen in Medellin on Sunday.", True),
    ("Guerrillas bombed the offices of the National Party in San Miguel yesterday.", True),
])
def test_genericity_end_to_end(nlp, text, reported):
    events = extract_text(text, published="1989-11-20", doc_id="g", nlp=nlp)
    assert any(e.type == "ASSAULT" for e in events) is reported, [e.evidence[0].text for e in events]
