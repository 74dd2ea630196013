"""The genericity cues (`data/genericity.yaml`) and the token helpers that the genericity and
running-total checks share: who an event befell, whether it is anchored to a place."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.data import load_yaml

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})


@dataclass(frozen=True)
class GenericCues:
    """`data/genericity.yaml`, as sets."""

    quantifiers: frozenset[str]
    trend_nouns: frozenset[str]
    trend_verbs: frozenset[str]
    accident_nouns: frozenset[str]
    accident_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    sounds: frozenset[str]
    victim_kinds: frozenset[str]
    collective_victims: frozenset[str]
    collective_places: frozenset[str]
    blast_words: frozenset[str]
    devices: frozenset[str]
    figurative_subjects: frozenset[str]
    figurative_objects: frozenset[str]
    vague_totals: frozenset[str]
    span_units: frozenset[str]
    span_words: frozenset[str]
    span_preps: frozenset[str]
    series_span_units: frozenset[str]
    series_quantifiers: frozenset[str]
    singular_kind_quantifiers: frozenset[str]
    habitual_adverbs: frozenset[str]
    habit_verbs: frozenset[str]
    continuation_verbs: frozenset[str]
    support_verbs: frozenset[str]
    characterised: frozenset[str]
    activity_governors: frozenset[str]
    cessation_verbs: frozenset[str]
    advocacy_verbs: frozenset[str]
    blast_causes: frozenset[str]
    ability_words: frozenset[str]
    tally_minimum: int
    event_tally_minimum: int


@functools.lru_cache(maxsize=1)
def cues() -> GenericCues:
    """The genericity cues, loaded once."""
    data = load_yaml("genericity.yaml")
    sets = (frozenset(str(w).lower() for w in data[k])
            for k in ("kind_quantifiers", "trend_nouns", "trend_verbs", "accident_nouns",
                      "accident_verbs", "perception_verbs", "sound_nouns", "victim_kinds",
                      "collective_victims", "collective_places", "blast_words", "devices",
                      "figurative_subjects", "figurative_objects", "vague_totals", "span_units", "span_words",
                      "span_preps", "series_span_units", "series_quantifiers", "singular_kind_quantifiers",
                      "habitual_adverbs",
                      "habit_verbs", "continuation_verbs", "support_verbs",
                      "characterised", "activity_governors", "cessation_verbs", "advocacy_verbs",
                      "blast_causes", "ability_words"))
    return GenericCues(*sets, tally_minimum=int(data["tally_minimum"]),
                       event_tally_minimum=int(data["event_tally_minimum"]))


def bare_plural(tok: Token) -> bool:
    """A plural noun with no determiner, number or possessor ("children", "oil pipelines")."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in tok.children)


def victims(main: Token) -> list[Token]:
    """The nouns naming who an event befell: a verb's object or passive subject, a relative
    clause's antecedent ("people who have been slain"), the noun a past participle
    describes ("a conflict that left 30,000 dead"), a noun's "of" phrase."""
    if main.pos_ == "VERB":
        out = [c for c in main.children if c.dep_ in {"dobj", "nsubjpass"}]
        described = main.dep_ == "relcl" or (main.dep_ == "acl" and main.tag_ == "VBN")
        return out + ([main.head] if described else [])
    nouns = [main] + [c for c in main.children if c.dep_ == "conj"]
    nouns += [main.head] if main.dep_ == "conj" else []  # "the murder and kidnapping of X"
    objects = [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    # "the assassination of priests and two women": every victim the list names
    return objects + [c for g in objects for c in g.children if c.dep_ == "conj"]


def anchored(main: Token) -> bool:
    """A place or occasion phrase on the trigger ("in Medellin", "at the university"). A kind
    of place ("in public places", "in various neighborhoods") anchors nothing."""
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and anchored_by(c) for c in main.children)


def anchored_by(prep: Token) -> bool:
    """Whether a place preposition's objects are a particular place, not a kind of place."""
    return not all(_vague_place(g) for g in prep.children)


def _vague_place(noun: Token) -> bool:
    """"public places", "various neighborhoods", "different cities": a plural common noun with
    no determiner, or quantified over a kind; "in war", "in combat": a bare singular common
    noun names a kind of situation, not a place or an occasion; "in the past few years": a
    span of time counted in plural units is a stretch, not an occasion ("at 09:40 hours" is a
    clock time)."""
    if noun.tag_ == "NNS" and noun.lemma_.lower() in cues().span_units and (
            any(c.lower_ in cues().span_words for c in noun.children)
            or not any(c.dep_ == "nummod" for c in noun.children)):
        return True
    if noun.tag_ == "NN" and noun.pos_ == "NOUN":
        return not any(c.dep_ in {"det", "poss", "nummod", "compound", "amod", "prep"} for c in noun.children)
    if noun.tag_ != "NNS":
        return False
    mods = [c for c in noun.children if c.dep_ in {"det", "amod", "nummod", "poss", "compound", "prep"}]
    vague = cues().quantifiers | {"various", "different", "several", "public"}
    return all(c.dep_ == "amod" and c.lower_ in vague for c in mods)


