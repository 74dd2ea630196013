"""The count-kind lexicon (`data/counts.yaml`), indexed by lemma, and lemmas in its terms."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.data import load_yaml


@dataclass(frozen=True)
class CountLexicon:
    """The count lexicon, indexed by lemma."""

    transitive: dict[str, str]
    intransitive: dict[str, str]
    person_only: dict[str, str]
    nouns: dict[str, str]
    phrases: dict[tuple[str, str], str]
    tolls: dict[str, str]
    toll_verbs: frozenset[str]
    person_nouns: frozenset[str]
    aggregate_cues: tuple[str, ...]
    subset_preps: frozenset[str]


@functools.lru_cache(maxsize=1)
def count_lexicon() -> CountLexicon:
    data = load_yaml("counts.yaml")
    maps: dict[str, dict] = {k: {} for k in ("transitive", "intransitive", "person_only", "nouns")}
    phrases: dict[tuple[str, str], str] = {}
    for kind, entry in data["kinds"].items():
        for key, table in maps.items():
            for word in entry.get(key) or []:
                if " " in word:  # phrasal verbs ("round up") need their particle
                    verb, particle = word.split(maxsplit=1)
                    phrases[(verb, particle.split()[-1])] = kind
                else:
                    table[word] = kind
        for phrase in entry.get("phrases") or []:
            verb, *rest = phrase.split()
            phrases[(verb, rest[-1])] = kind
    return CountLexicon(
        transitive=maps["transitive"], intransitive=maps["intransitive"],
        person_only=maps["person_only"], nouns=maps["nouns"], phrases=phrases,
        tolls=data["tolls"], toll_verbs=frozenset(data["toll_verbs"]),
        person_nouns=frozenset(data["person_nouns"]),
        aggregate_cues=tuple(data["aggregate_cues"]),
        subset_preps=frozenset(data["subset_preps"]),
    )


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    lex = count_lexicon()
    words = set(lex.person_nouns) | {w for verb, part in lex.phrases for w in (verb, part)}
    for table in (lex.transitive, lex.intransitive, lex.person_only, lex.nouns):
        words |= set(table)
    return frozenset(words)


@functools.lru_cache(maxsize=8192)
def _stem(lemma: str, lower: str) -> str:
    known = _known_words()
    if lemma != lower:  # the tagger lemmatised the word: "did" is "do", not a guess at "die"
        return lemma
    for suffix in ("ing", "ed", "es", "s", "d"):
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and stem:
            for guess in (stem, stem + "e", stem[:-1], stem[:-1] + "y" if suffix == "es" else ""):
                if guess in known:
                    return guess
    return lower if lower in known else lemma


def lexicon_lemma(tok: Token) -> str:
    """The token's lemma in the lexicon's terms; the tagger lemmatises upper-case wire copy
    ("KILLED", "KIDNAPPED") poorly, so known stems, then the word itself, are tried when the
    tagger left the word as it was (a lemma it did find, "did" -> "do", stands)."""
    return _stem(tok.lemma_.lower(), tok.lower_)
