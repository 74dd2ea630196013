"""Build the spaCy pipeline from `data/pipeline.cfg`: the model plus Dateline's components."""

from __future__ import annotations

import configparser
import functools
import importlib.resources
import json

import spacy
from spacy.language import Language

from dateline.nlp.extensions import register_extensions


def _read_config() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    text = importlib.resources.files("dateline.data").joinpath("pipeline.cfg").read_text("utf-8")
    cfg.read_string(text)
    return cfg


def entity_patterns() -> list[dict]:
    """All entity-ruler patterns from `data/patterns/*.jsonl` (actors, places, ...)."""
    patterns: list[dict] = []
    folder = importlib.resources.files("dateline.data").joinpath("patterns")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for line in entry.read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(json.loads(line))
    return patterns


def build_nlp(components: list[str] | None = None) -> Language:
    """Load the model and add Dateline's components in the configured order.

    `components` limits the Dateline components to those named (tests use it to check one
    stage alone); model components are always present.
    """
    import dateline.nlp.factories  # noqa: F401  (registers the factories)

    register_extensions()
    cfg = _read_config()
    disable = [p.strip() for p in cfg["nlp"].get("disable", "").split(",") if p.strip()]
    nlp = spacy.load(cfg["nlp"]["model"], exclude=disable)
    for name, spec in cfg["pipeline"].items():
        if components is not None and name not in components and name != "entity_ruler":
            continue
        factory, _, placement = (part.strip() for part in spec.partition(","))
        where: dict[str, str | bool] = {}
        if placement.startswith("before:"):
            where["before"] = placement.split(":", 1)[1]
        elif placement.startswith("after:"):
            where["after"] = placement.split(":", 1)[1]
        else:
            where["last"] = True
        if factory == "entity_ruler":
            ruler = nlp.add_pipe("entity_ruler", name=name, config={"overwrite_ents": True}, **where)
            ruler.add_patterns(entity_patterns())
        else:
            nlp.add_pipe(factory, name=name, **where)
    return nlp


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The full pipeline, built once per process."""
    return build_nlp()
