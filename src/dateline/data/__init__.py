"""Versioned knowledge files (lexicons, ontology tables, gazetteer supplement), read through importlib.resources."""

from __future__ import annotations

from typing import Any


def load_yaml(name: str) -> Any:
    """A YAML file of `dateline.data` by its relative path ("genericity.yaml", "actors/heads.yaml");
    callers cache what they build from it."""
    import importlib.resources

    import yaml

    return yaml.safe_load(importlib.resources.files("dateline.data").joinpath(name).read_text("utf-8"))
