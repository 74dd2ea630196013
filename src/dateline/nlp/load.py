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


TITLE_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "from", "a", "an"})


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
                patterns.extend(as_phrase_patterns(json.loads(line)))
    return patterns


def as_phrase_patterns(pattern: dict) -> list[dict]:
    """Rewrite a token pattern that only matches words case-insensitively as exact phrases.

    spaCy's Matcher tries every token pattern at every token, while the PhraseMatcher looks
    phrases up in a hash table: with about a thousand actor names the difference is most of
    the entity ruler's time. A pattern of `LOWER` words (the first optionally `IS_LOWER:
    false`, i.e. capitalised) becomes its case variants: Title Case, first word capitalised,
    ALL CAPS, and all lower case where the first word may be lower case. Anything else, and
    words with inner punctuation whose casing cannot be guessed, stays a token pattern.
    """
    tokens = pattern.get("pattern")
    if not isinstance(tokens, list) or not tokens:
        return [pattern]
    if any(set(t) - {"LOWER", "IS_LOWER"} or "LOWER" not in t for t in tokens):
        return [pattern]
    if any("IS_LOWER" in t for t in tokens[1:]) or tokens[0].get("IS_LOWER", False) is not False:
        return [pattern]
    words = [t["LOWER"] for t in tokens]
    if not all(w.isalpha() for w in words):  # "d'ivoire", "al-": casing inside a word is unknown
        return [pattern]
    variants = {
        " ".join(w[:1].upper() + w[1:] for w in words),
        # Title Case with small words lower ("Army of Islam", "Party of God")
        " ".join(w if k and w in TITLE_SMALL_WORDS else w[:1].upper() + w[1:] for k, w in enumerate(words)),
        " ".join([words[0][:1].upper() + words[0][1:], *words[1:]]),
        " ".join(w.upper() for w in words),
    }
    if "IS_LOWER" not in tokens[0]:
        variants.add(" ".join(words))
    rest = {k: v for k, v in pattern.items() if k != "pattern"}
    return [{**rest, "pattern": text} for text in sorted(variants)]


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
