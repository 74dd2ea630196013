"""Type an event: PLOVER type, mode and context from the trigger sense and its arguments,
territory change, and the ACLED type/sub-type through the crosswalk's tactic hierarchy.

Rules live in `data/plover.yaml` and `data/acled_crosswalk.yaml`; this module only reads them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from dateline.data import load_yaml
from dateline.events.targets import target_words
from dateline.events.triggers import Sense, lemma_of, load_lexicon
from dateline.records import Actor, Place

VERBAL_QUADS = frozenset({"verbal cooperation", "verbal conflict"})


def _read(name: str) -> dict[str, Any]:
    return load_yaml(name)


@functools.lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    """PLOVER types, modes and contexts (`data/plover.yaml`)."""
    return _read("plover.yaml")


@functools.lru_cache(maxsize=1)
def crosswalk() -> dict[str, Any]:
    """The PLOVER -> ACLED crosswalk (`data/acled_crosswalk.yaml`)."""
    data = _read("acled_crosswalk.yaml")
    data["sub_to_type"] = {
        sub: etype for etype, subs in data["event_types"].items() for sub in subs
    }
    return data


def is_verbal(plover_type: str) -> bool:
    """Verbal types (AGREE ... THREATEN) report words, not deeds."""
    return plover()["types"][plover_type]["quad"] in VERBAL_QUADS


@dataclass
class Typing:
    """What the classifier decided for one event."""

    type: str
    mode: str | None
    context: list[str]
    territory: str | None
    acled: dict[str, str] | None


def _coordinated(tok: Token) -> bool:
    """"Greece and Turkey", "Greek and Turkish frigates": more than one party."""
    return any(c.dep_ == "conj" for c in tok.children) or any(
        m.dep_ in {"amod", "compound"} and any(c.dep_ == "conj" for c in m.children) for m in tok.children)


def joint_exercise(tokens: list[Token]) -> bool:
    """A military exercise held by more than one party (manual 3.14.1: joint exercises are
    COOPERATE, single-country ones MOBILIZE): a joint word, a "with" party, or a coordinated
    subject of the exercise or of its light verb ("Greek and Turkish frigates held drills")."""
    data = plover()
    nouns = [t for t in tokens if t.lemma_.lower() in data["exercise_nouns"] and t.pos_ == "NOUN"]
    if not nouns:
        return False
    joint = set(data["joint_words"])
    if any(c.lower_ in joint for n in nouns for c in n.children):
        return True
    verbs = [t for t in tokens if t.pos_ == "VERB"] + [_verb_above(n) for n in nouns]
    if any(_with_party(c) for v in nouns + verbs for c in v.children):
        return True
    subjects = [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}
                and c.lemma_.lower() not in data["exercise_nouns"]]  # not "drills and exercises"
    return any(_coordinated(s) for s in subjects)


def _verb_above(tok: Token) -> Token:
    """The verb whose clause a noun sits in ("launched ten days of war games": "launched")."""
    while tok.pos_ != "VERB" and tok.dep_ in {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "conj"} \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok


_PARTY_ENTS = frozenset({"NORP", "GPE", "ORG"})


def _with_party(prep: Token) -> bool:
    """"with Russian forces", "with the United States" (not "with live ammunition")."""
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return False
    return any(t.ent_type_ in _PARTY_ENTS for t in prep.subtree)


def cue_words(tokens: list[Token]) -> set[str]:
    """Words and lemmas of a scope, and adjacent pairs, so two-word cues ("water cannon",
    "air strikes") match as well as one-word ones."""
    ordered = sorted(tokens, key=lambda t: t.i)
    words = {t.lemma_.lower() for t in ordered} | {t.lower_ for t in ordered}
    for a, b in zip(ordered, ordered[1:]):
        if b.i == a.i + 1:
            words |= {f"{a.lower_} {b.lemma_.lower()}", f"{a.lower_} {b.lower_}"}
    return words


def _vehicle_as_means(tok: Token) -> bool:
    """A vehicle word names the means of the attack (see `vehicles` in `data/triggers.yaml`):
    the agent, a compound ("helicopter gunship", "car bomb"), a means phrase ("by plane") or what
    a handling verb takes ("drove a car"), not what was hit or where the victim sat."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "planes and helicopters bombed": the first conjunct's role
    dep, head = first.dep_, first.head
    if dep in ("nsubj", "compound", "amod", "nmod", "agent"):
        return True
    if dep == "pobj":
        return head.lower_ in load_lexicon().vehicle_means_preps or head.dep_ == "agent"
    return dep == "dobj" and lemma_of(head) in target_words("instrument_verbs")


def instrument_mode(tokens: list[Token]) -> str | None:
    """The ASSAULT mode named by weapon words in the clause, most specific first. Vehicles
    count only as the means (`_vehicle_as_means`)."""
    lex = load_lexicon()
    tokens = [t for t in tokens if lemma_of(t) not in lex.vehicles or _vehicle_as_means(t)]
    # "shot down a helicopter": brought down, by a missile as often as by gunfire
    tokens = [t for t in tokens if not any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children)]
    words = cue_words(tokens)
    for mode, cues in lex.instruments.items():
        if words & cues:
            return mode
    return None


def request_mode(tokens: list[Token]) -> str | None:
    """REQUEST/REJECT mode from what is asked for or refused."""
    lex = load_lexicon()
    words = {lemma_of(t) for t in tokens}
    for mode, cues in lex.request_modes.items():
        if words & cues:
            return mode
    return None


def threaten_mode(embedded: list[tuple[Token, Sense]]) -> str | None:
    """THREATEN mode from the type (and mode/territory) of the threatened act."""
    lex = load_lexicon()
    for _tok, sense in embedded:
        keys = {sense.type or "", f"{sense.type}:{sense.mode}", f"{sense.type}:territory" if sense.territory else ""}
        for mode, cues in lex.threaten_modes.items():
            if keys & set(cues):
                return mode if mode != "violence" or not sense.territory else "territory"
    return None


def _has_sector(actors: list[Actor], sectors: set[str], words: set[str]) -> bool:
    for actor in actors:
        if set(actor.sector or []) & sectors:
            return True
        text = f"{actor.name} {actor.text}".lower()
        if any(w in text.split() or (" " in w and w in text) for w in words):
            return True
    return False


def is_state(actors: list[Actor]) -> bool:
    """Whether any actor is a state force (sector code or a word such as "army")."""
    cw = crosswalk()
    return _has_sector(actors, set(cw["state_sectors"]), set(cw["state_words"]))


def is_civilian(actors: list[Actor]) -> bool:
    """Whether the victims are civilians (sector code or a word such as "villagers")."""
    cw = crosswalk()
    return _has_sector(actors, set(cw["civilian_sectors"]), set(cw["civilian_words"]))


def decide_territory(
    sense: Sense, actors: list[Actor], place: Place | None, held_by_other: bool
) -> str | None:
    """captured / regained / lost / transferred. A capture is a regain when state forces
    take a place in their own country, or when the place was taken from them earlier."""
    territory = sense.territory
    if territory != "captured":
        return territory
    if held_by_other:
        return "regained"
    if is_state(actors):
        countries = {a.country for a in actors if a.country}
        if place is None or place.country is None or not countries or place.country in countries:
            return "regained"
    return territory


def acled_for(
    ptype: str, mode: str | None, territory: str | None, actors: list[Actor],
    recipients: list[Actor], two_sided: bool, hint: str | None, intervention: bool = False,
) -> dict[str, str] | None:
    """ACLED event type and sub-type by the first matching rule of the tactic hierarchy."""
    cw = crosswalk()
    facts = {
        "type": ptype, "mode": mode, "territory": territory, "hint": hint,
        "two_sided": two_sided, "intervention": intervention,
    }
    for rule in cw["rules"]:
        if _rule_holds(rule["when"], facts, actors, recipients):
            sub = rule["sub"]
            return {"event_type": cw["sub_to_type"][sub], "sub_event_type": sub}
    return None


def _rule_holds(when: dict[str, Any], facts: dict[str, Any], actors: list[Actor], recipients: list[Actor]) -> bool:
    for key, want in when.items():
        if key == "actor_state":
            if is_state(actors) != want:
                return False
        elif key == "recipients_civilian":
            if is_civilian(recipients) != want:
                return False
        elif isinstance(want, list):
            if facts.get(key) not in want:
                return False
        elif facts.get(key) != want:
            return False
    return True


def reinterpret(ptype: str, modality: str) -> tuple[str, str | None, str] | None:
    """(type, mode, modality) after PLOVER's auxiliary-mode rules, or None to drop the event:
    future cooperation is AGREE (future retreats CONCEDE), an announced act of material
    conflict is a THREATEN, a negated cooperative act is a REJECT; other negations drop."""
    data = plover()
    if modality == "future":
        coop = data["types"][ptype].get("future_as")
        if coop:
            return coop, None, "asserted"
        threat = data["future_as_threat"]
        if ptype in threat:
            return "THREATEN", threat[ptype], "asserted"
    if modality == "negated":
        refusals = data["negated_as_reject"]
        if ptype in refusals:
            return "REJECT", refusals[ptype], "asserted"
        if modality in data["drop_modalities"]:
            return None
    return ptype, None, modality


def contexts_for(sense: Sense, mode: str | None) -> list[str]:
    """The sense's contexts plus those a mode implies (cyber, misinformation, ...)."""
    out = list(sense.context)
    for ctx in plover()["mode_contexts"].get(mode or "", []):
        if ctx not in out:
            out.append(ctx)
    return out
