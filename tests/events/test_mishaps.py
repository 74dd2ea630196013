"""The toll of a mishap in a story that leads with one (model-backed: sentence split and parse)."""

from __future__ import annotations

import pytest

from dateline.events.mishaps import accidental_blast, mishap_toll

CRASH = ("A small helicopter crashed near the port because of engine failure. "
         "The aircraft was on a survey flight. The pilot died at once, while his passenger was injured.")
ATTACK_LEAD = ("A small helicopter crashed near the port after rebels shot at it. "
               "The aircraft was on a survey flight. The pilot died at once, while his passenger was injured.")
NO_MISHAP = ("Masked men halted a truck near the port. "
             "They talked to the driver. The driver died at once, while his passenger was injured.")
SHOT_TOLL = ("A small helicopter crashed near the port because of engine failure. "
             "The aircraft was on a survey flight. A guard was injured by gunmen at the airfield.")
HEART = "The doctor who operated on the heart of a general was killed in the east."
WRECK = ("A freight plane crashed onto a row of homes in the east of the city. "
         "The crew were contracted to ferry it to Lagos. Firefighters said the plane destroyed 9 houses.")
GUNMEN_AFTER_CRASH = ("A freight plane crashed onto a row of homes in the east of the city. "
                      "The crew were contracted to ferry it to Lagos. Looters destroyed 9 houses.")


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
    ("Engineers said there were explosions in the sewers because of methane.", "explosions", True),
    ("A gas explosion shook the factory on Monday.", "explosion", True),
    ("A gas cylinder bomb exploded outside the police station.", "exploded", False),  # a device
    ("A bomb explosion shook the capital on Monday.", "explosion", False),
])
def test_mishaps_accidental_blast(parse, text, word, expected):
    doc = parse(text)
    assert accidental_blast([t for t in doc if t.text == word][0]) is expected


TOLL_NOUNS = CRASH.replace("The pilot died at once, while his passenger was injured.",
                           "There are reports of 7 dead and more than 11 injured.")


def test_mishaps_toll_nouns_after_a_crash(parse):
    doc = parse(TOLL_NOUNS)
    assert mishap_toll([t for t in doc if t.text == "dead"][0]) is True
