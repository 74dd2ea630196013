"""The committed entity-ruler patterns match what the lexicon generates, and leave places alone."""

from __future__ import annotations

import importlib.resources
import json

import pytest

from dateline.mentions.actor_patterns import build_patterns, render_patterns


def _committed() -> str:
    return importlib.resources.files("dateline.data").joinpath("patterns/actors.jsonl").read_text("utf-8")


def test_actor_patterns_file_is_up_to_date():
    assert _committed() == render_patterns(), "run: python scripts/build_actor_patterns.py"


def _texts(label: str | None = None) -> dict[str, dict]:
    out = {}
    for p in build_patterns():
        if label is None or p["label"] == label:
            words = [t.get("ORTH") or t.get("LOWER") for t in p["pattern"]]
            out[" ".join(words)] = p
    return out


def test_actor_patterns_acronym_is_case_exact():
    assert _texts()["IS"]["pattern"] == [{"ORTH": "IS"}]
    assert "is" not in _texts()


@pytest.mark.parametrize(("text", "label"), [("islamic state", "ORG"), ("peshmerga", "ORG"), ("daesh", "ORG"),
                                             ("yazidi", "NORP"), ("kurds", "NORP")])
def test_actor_patterns_label_groups(text, label):
    assert _texts()[text]["label"] == label


@pytest.mark.parametrize("place", ["sinjar", "baghdad", "iraq", "syria", "irbil", "kyiv", "iraqi", "mosul", "brussels"])
def test_actor_patterns_never_tag_places(place):
    assert place not in _texts()


def test_actor_patterns_are_json_lines_with_ids():
    lines = [ln for ln in _committed().splitlines() if ln and not ln.startswith("#")]
    assert lines and all(json.loads(ln)["id"] for ln in lines)
