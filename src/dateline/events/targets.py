"""Who an act of violence struck: owners of struck premises and office holders as persons.

"The attack on the union headquarters" strikes the union, "the bombing of the mayor's office"
the mayor; "the assassination of a senator" strikes a senator in person, not the state the
senator serves. Word lists live in `data/actors/heads.yaml` (officeholders, premises).
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.mentions.modality import cues
from dateline.records import Actor

PERSONAL_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
OWNER_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
STATE_PREFIX = "Government of "


@functools.lru_cache(maxsize=8)
def _heads_words(key: str) -> frozenset[str]:
    """One word list of `data/actors/heads.yaml`, lower-cased, read once."""
    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")[key])


def officeholders() -> frozenset[str]:
    """Nouns for one person holding a public office (`data/actors/heads.yaml`)."""
    return _heads_words("officeholders")


def premises() -> frozenset[str]:
    """Nouns for buildings, offices and vehicles that belong to someone (`data/actors/heads.yaml`)."""
    return _heads_words("premises")


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that report speech or a claim (the modality reader's lists): their subject speaks
    of an event, it does not take part in it."""
    c = cues()
    return c.reporting | c.claim | c.denial


def premise_owners(patients: list[Token]) -> list[Token]:
    """Owners of struck premises: the possessor ("the mayor's office"), a modifier ("the union
    headquarters") or an "of"-phrase ("the home of a judge"); a possessive pronoun is left to
    the event's own reading ("his house")."""
    out: list[Token] = []
    for noun in patients:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in premises() and noun.lower_ not in premises():
            continue
        for child in noun.children:
            if child.dep_ in OWNER_MODIFIERS and _owner_like(child):
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"of", "belonging"}:
                out += [g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    return out


def _owner_like(child: Token) -> bool:
    """A modifier that can own premises: a common noun ("union"), a possessor, or a name the
    tagger took for an organisation or person; a bare name is the premises' own ("the Cano
    Limon pipeline")."""
    if child.pos_ not in {"NOUN", "PROPN"} or child.lower_ in PERSONAL_POSSESSIVES or child.lower_ in premises():
        return False
    return child.pos_ == "NOUN" or child.dep_ == "poss" or child.ent_type_ in {"ORG", "PERSON", "NORP"}


def _office(head: Token) -> str | None:
    """The office a singular noun phrase names ("mayor", "prime minister"), or that titles a
    named person ("Minister Rodriguez", "Senator Pardo Leal"), or None."""
    if head.tag_ not in {"NN", "NNP"}:
        return None
    words = [c.lower_ for c in head.lefts if c.dep_ in {"compound", "amod"}] + [head.lower_]
    for k in range(len(words)):
        for j in range(len(words), k, -1):
            phrase = " ".join(words[k:j])
            if phrase in officeholders() and (j == len(words) or head.pos_ == "PROPN"):
                return phrase
    return None


def titled_person(head: Token) -> bool:
    """A name preceded by an honorific or an office ("Dr Rodriguez Porth", "Minister
    Rodriguez"): a person, never a place, whatever the tagger made of the name."""
    words = {c.lower_.rstrip(".") for c in head.lefts if c.dep_ in {"compound", "nmod", "amod"}}
    return bool(words & honorifics()) or bool(words & officeholders())


def honorifics() -> frozenset[str]:
    """Honorifics before a person's name (`data/actors/heads.yaml`)."""
    return _heads_words("honorifics")


def as_person(doc: Doc, head: Token, actor: Actor) -> Actor:
    """An office holder struck in person: "a senator", "the mayor of Usulutan" rather than the
    whole "Government of Colombia"; any other actor unchanged."""
    if not actor.name.startswith(STATE_PREFIX) or _office(head) is None:
        return actor
    words = [t for t in doc[head.left_edge.i : head.i + 1] if t.dep_ not in {"det", "poss", "case", "punct"}]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            words += list(child.subtree)
    name = " ".join(t.text for t in words if not t.is_punct).strip() or head.text
    return dataclasses.replace(actor, name=name[:1].upper() + name[1:])
