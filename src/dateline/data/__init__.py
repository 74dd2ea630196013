"""Versioned knowledge files (lexicons, ontology tables, gazetteer supplement), read through importlib.resources."""

from __future__ import annotations

import functools
import re
from typing import Any

_BOOL_TAG = "tag:yaml.org,2002:bool"


@functools.lru_cache(maxsize=1)
def _loader() -> type:
    """A safe YAML loader whose only booleans are true and false (YAML 1.2).

    PyYAML follows YAML 1.1, where a bare on, off, yes, no, y or n is a boolean: the word lists
    of these files hold prepositions and particles ("needs_prep: [on]", "negation_words: [no]")
    that were silently read as True and False and so never matched a word.
    """
    import yaml

    # libyaml's parser (when PyYAML was built with it) reads the lexicons ten times faster
    class WordLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    WordLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    WordLoader.add_implicit_resolver(
        _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return WordLoader


def parse_yaml(text: str) -> Any:
    """YAML text as Python data, with YAML 1.2 booleans (`_loader`)."""
    import yaml

    return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass


def load_yaml(name: str) -> Any:
    """A YAML file of `dateline.data` by its relative path ("genericity.yaml", "actors/heads.yaml");
    callers cache what they build from it."""
    import importlib.resources

    return parse_yaml(importlib.resources.files("dateline.data").joinpath(name).read_text("utf-8"))
