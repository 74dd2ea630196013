"""Auxiliaries named by whom they serve: the "pro-" modifier (no model; `loyal to` and
membership phrases are covered with the model in test_actors.py)."""

from __future__ import annotations

import pytest

from dateline.mentions.allegiance import pro_state


@pytest.mark.parametrize(("words", "context", "expected"), [
    (["pro", "government", "militiamen"], "SYR", "Government of Syria"),
    (["pro", "regime", "fighters"], "SYR", "Government of Syria"),
    (["pro", "assad", "militias"], "SYR", "Government of Syria"),
    (["pro", "russian", "separatists"], "UKR", None),   # a foreign state is no master at home
    (["pro", "government", "militiamen"], None, None),   # whose government is unknown
    (["government", "forces"], "SYR", None),              # no "pro-"
    (["militiamen", "pro"], "SYR", None),                 # "pro" must modify something
])
def test_allegiance_pro_state_names_the_home_government(words, context, expected):
    actor = pro_state(words, context)
    assert (actor.name if actor else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "dissidents of the guerrilla group": a faction of the group, counted as its members
    ("dissidents/0/ROOT/NOUN/dissident of/0/prep/ADP/of the/3/det/DET/the group/1/pobj/NOUN/group", "group"),
    ("remnants/0/ROOT/NOUN/remnant of/0/prep/ADP/of the/3/det/DET/the group/1/pobj/NOUN/group", "group"),
    ("leaders/0/ROOT/NOUN/leader of/0/prep/ADP/of the/3/det/DET/the group/1/pobj/NOUN/group", None),
])
def test_allegiance_member_of_names_the_group_counted(text, expected):
    from dateline.mentions.allegiance import member_of
    from events import parses  # the hand-built parse helper the event tests share

    found = member_of(parses.build(parses.sentence(text))[0])
    assert (found.text if found is not None else None) == expected
