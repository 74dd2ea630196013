"""Knowledge files are read with YAML 1.2 booleans, so word lists keep "on", "no" and "yes"."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from dateline.data import load_yaml, parse_yaml


@pytest.mark.parametrize(("text", "expected"), [
    ("needs_prep: [on, upon]", {"needs_prep": ["on", "upon"]}),
    ("negation_words: [not, no, never]", {"negation_words": ["not", "no", "never"]}),
    ("stop_names: [yes, off, y, n]", {"stop_names": ["yes", "off", "y", "n"]}),
    ("xcomp: true\nplural: false", {"xcomp": True, "plural": False}),
    ("count: 3\nshare: 0.5\nname: null", {"count": 3, "share": 0.5, "name": None}),
])
def test_loading_yaml_booleans_are_only_true_and_false(text, expected):
    assert parse_yaml(text) == expected


def test_loading_word_lists_hold_no_booleans():
    def list_items(value):
        """Every item of every list in the file (settings may be booleans; list items are words)."""
        if isinstance(value, dict):
            return [w for v in value.values() for w in list_items(v)]
        if isinstance(value, list):
            return [w for v in value for w in ([v] if not isinstance(v, (dict, list)) else list_items(v))]
        return []

    assert "no" in load_yaml("modality.yaml")["negation_words"]
    root = Path(str(importlib.resources.files("dateline.data")))
    names = [str(p.relative_to(root)) for p in root.rglob("*.yaml")]
    assert "triggers.yaml" in names
    for name in names:
        assert not any(isinstance(w, bool) for w in list_items(load_yaml(name))), name


def test_loading_yaml_refuses_arbitrary_objects():
    import yaml

    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object/apply:os.system ['true']")
