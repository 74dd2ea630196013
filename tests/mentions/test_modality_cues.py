"""The shared modality cue lists (`data/modality.yaml`), read once."""

from __future__ import annotations

import pytest

from dateline.mentions.modality_cues import cues


def test_modality_cues_loaded_once_and_shared():
    assert cues() is cues()
    assert "claim" in cues().claim and "say" in cues().reporting and "deny" in cues().denial


@pytest.mark.parametrize(("text", "expected"), [
    ("the claim could not be independently verified", True),
    ("an unverifiable-looking report", False),  # a phrase matches whole words only
])
def test_modality_cues_hedge_phrases_match_whole_words(text, expected):
    assert bool(cues().hedges.search(text)) is expected
