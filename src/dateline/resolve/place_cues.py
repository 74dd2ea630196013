"""The word lists toponym recognition and resolution read: context cues, stop names, demonyms (data/gazetteer/)."""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass

from dateline.data import parse_yaml
from dateline.resolve.names import normalize


FRAME_LISTS = ("type_suffixes", "type_prefixes", "place_adjectives", "control_participles",
               "ground_verbs", "captive_verbs", "generic_prefixes", "place_of_nouns", "person_generics",
               "facility_heads", "position_words", "institution_heads", "denomination_words",
               "town_part_words", "unit_words", "area_words", "faith_words",
               "assault_nouns", "natural_features", "unambiguous_street_heads",
               "disease_words")


@dataclass(frozen=True)
class PlaceCues:
    """Cue words from `data/gazetteer/cues.yaml`, as sets for O(1) membership tests."""

    feature_words: dict[str, str]
    locative_preps: frozenset[str]
    near_preps: frozenset[str]
    near_of_words: frozenset[str]
    metonymy_verbs: frozenset[str]
    metonymy_nouns: frozenset[str]
    metonymy_object_verbs: frozenset[str]
    agent_verbs: frozenset[str]
    located_heads: frozenset[str]
    literal_subject_verbs: frozenset[str]
    relational_preps: frozenset[str]
    contest_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    agent_predicates: frozenset[str]
    street_heads: frozenset[str]
    stop_names: frozenset[str]
    place_heads: frozenset[str]
    venue_heads: frozenset[str]
    kin_nouns: frozenset[str]
    acronyms: frozenset[str]
    type_suffixes: frozenset[str] = frozenset()
    type_prefixes: frozenset[str] = frozenset()
    place_adjectives: frozenset[str] = frozenset()
    control_participles: frozenset[str] = frozenset()
    ground_verbs: frozenset[str] = frozenset()
    captive_verbs: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()
    person_generics: frozenset[str] = frozenset()
    generic_prefixes: frozenset[str] = frozenset()
    facility_heads: frozenset[str] = frozenset()
    position_words: frozenset[str] = frozenset()
    institution_heads: frozenset[str] = frozenset()
    denomination_words: frozenset[str] = frozenset()
    town_part_words: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()
    area_words: frozenset[str] = frozenset()
    faith_words: frozenset[str] = frozenset()
    assault_nouns: frozenset[str] = frozenset()
    natural_features: frozenset[str] = frozenset()
    unambiguous_street_heads: frozenset[str] = frozenset()
    disease_words: frozenset[str] = frozenset()
    generic_names: frozenset[str] = frozenset()  # with the position words: 'Capital', 'Northern'
    title_features: dict[str, str] | None = None  # 'governor' -> admin1, 'mayor' -> city


def _read(name: str) -> str:
    return importlib.resources.files("dateline.data").joinpath("gazetteer", name).read_text("utf-8")


@functools.lru_cache(maxsize=1)
def place_cues() -> PlaceCues:
    """The cue lists, loaded once."""
    data = parse_yaml(_read("cues.yaml"))
    return PlaceCues(
        feature_words={k.lower(): v for k, v in data["feature_words"].items()},
        title_features={k.lower(): v for k, v in data.get("title_features", {}).items()},
        locative_preps=frozenset(w.lower() for w in data["locative_preps"]),
        near_preps=frozenset(w.lower() for w in data["near_preps"]),
        near_of_words=frozenset(w.lower() for w in data["near_of_words"]),
        metonymy_verbs=frozenset(w.lower() for w in data["metonymy_verbs"]),
        metonymy_nouns=frozenset(w.lower() for w in data["metonymy_nouns"]),
        metonymy_object_verbs=frozenset(w.lower() for w in data["metonymy_object_verbs"]),
        agent_verbs=frozenset(w.lower() for w in data["agent_verbs"]),
        located_heads=frozenset(w.lower() for w in data["located_heads"]),
        literal_subject_verbs=frozenset(w.lower() for w in data["literal_subject_verbs"]),
        relational_preps=frozenset(w.lower() for w in data["relational_preps"]),
        contest_nouns=frozenset(w.lower() for w in data["contest_nouns"]),
        transfer_verbs=frozenset(w.lower() for w in data["transfer_verbs"]),
        agent_predicates=frozenset(w.lower() for w in data["agent_predicates"]),
        street_heads=frozenset(w.lower() for w in data["street_heads"]),
        stop_names=frozenset(normalize(str(w)) for w in data["stop_names"]),
        place_heads=frozenset(str(w).lower() for w in data["place_heads"]),
        venue_heads=frozenset(str(w).lower() for w in data["venue_heads"]),
        kin_nouns=frozenset(str(w).lower() for w in data["kin_nouns"]),
        acronyms=frozenset(normalize(a) for a in _upper_aliases()),
        generic_names=frozenset(normalize(str(w)) for w in [*data["generic_names"],
                                                            *data["position_words"]]),
        **{name: frozenset(str(w).lower() for w in data[name]) for name in FRAME_LISTS},
    )


def _upper_aliases() -> list[str]:
    """Upper-case names in aliases.tsv and supplement.tsv ('US', 'DRC', 'N.J.', 'EU'): the only
    acronyms taken as places."""
    names: list[str] = []
    for file, column in (("aliases.tsv", 0), ("supplement.tsv", 1)):
        lines = [ln for ln in _read(file).splitlines() if ln.strip() and not ln.startswith("#")]
        for line in lines[1:]:
            names.extend(line.split("\t")[column].split("|"))
    return [a for a in names if a.replace(".", "").isupper()]


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str | None]:
    """Normalised demonym -> alpha-3 of its country, or the name of the region it refers to
    ("African" -> "Africa"), or None for peoples without one ("Arab")."""
    table: dict[str, str | None] = {}
    lines = [ln for ln in _read("demonyms.tsv").splitlines() if ln.strip() and not ln.startswith("#")]
    for line in lines[1:]:
        word, country = line.split("\t")[:2]
        table[normalize(word)] = None if country == "XXX" else country
    return table
