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
