"""The toll of a mishap in a story that leads with one (model-backed: sentence split and parse)."""

from __future__ import annotations

import pytest

from dateline.events.mishaps import accidental_blast, mishap_toll

CRASH = ("A light plane crashed near the capital due to mechanical problems. "
         "The aircraft was on a training flight. The pilot died immediately, while his companion was injured.")
ATTACK_LEAD = ("A light plane crashed near the capital after guerrillas fired at it. "
               "The aircraft was on a training flight. The pilot died immediately, while his companion was injured.")
NO_MISHAP = ("Unknown men stopped a bus near the capital. "
             "They spoke to the driver. The driver died immediately, while his companion was injured.")
SHOT_TOLL = ("A light plane crashed near the capital due to mechanical problems. "
             "The aircraft was on a training flight. A guard was injured by gunmen at the airport.")
HEART = "The man who ate the heart of a soldier was killed in the north."
WRECK = ("A cargo plane crashed on top of several houses in the north of the capital. "
         "The crew were hired to fly it to Miami. Firemen said the plane destroyed 12 houses.")
GUNMEN_AFTER_CRASH = ("A cargo plane crashed on top of several houses in the north of the capital. "
                      "The crew were hired to fly it to Miami. Looters destroyed 12 houses.")


@pytest.fixture(scope="module")
def parse():
    from dateline.nlp.load import build_nlp

    return build_nlp(components=[])


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    (CRASH, "died", True),  # a toll with no cause, after a crash
    (CRASH, "injured", True),
    (ATTACK_LEAD, "died", False),  # the lead tells of an attack too
    (NO_MISHAP, "died", False),  # no mishap in the lead
    (SHOT_TOLL, "injured", False),  # an agent did the harm
    (HEART, "killed", False),
    (WRECK, "destroyed", True),  # harm done by what crashed is the crash's toll
    (GUNMEN_AFTER_CRASH, "destroyed", False),  # harm done by others is not  # "heart" alone is a body part, not a mishap the story leads with
])
def test_mishaps_toll_of_a_crash(parse, text, word, expected):
    doc = parse(text)
    tok = [t for t in doc if t.text == word][-1]
    assert mishap_toll(tok) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Firemen said there have been explosions in the drains because of the gases.", "explosions", True),
    ("A gas explosion shook the factory on Monday.", "explosion", True),
    ("A gas cylinder bomb exploded outside the police station.", "exploded", False),  # a device
    ("A bomb explosion shook the capital on Monday.", "explosion", False),
])
def test_mishaps_accidental_blast(parse, text, word, expected):
    doc = parse(text)
    assert accidental_blast([t for t in doc if t.text == word][0]) is expected


TOLL_NOUNS = CRASH.replace("The pilot died immediately, while his companion was injured.",
                           "There are reports of 15 dead and more than 20 injured.")


def test_mishaps_toll_nouns_after_a_crash(parse):
    doc = parse(TOLL_NOUNS)
    assert mishap_toll([t for t in doc if t.text == "dead"][0]) is True
