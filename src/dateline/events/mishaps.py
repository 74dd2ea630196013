"""Tell the toll of a mishap from harm done in an attack, in a story that leads with a mishap.

A story whose lead tells of a crash or an accident ("a light plane crashed due to mechanical
problems", "three air crashes have caused ruin and loss of life") goes on to give its
toll in sentences that name no cause at all ("the pilot died immediately while his companion
was injured", "the aircraft was badly damaged and the pilots were hurt"). Harm told with no
agent, weapon or attack in the sentence is then the mishap's toll, not an attack's; a lead that
also tells of an attack ("the plane crashed after guerrillas fired at it") leaves every harm
open. `accidental` reads one trigger's own phrase for a mishap as its cause ("killed in the
accident"). The cue words live in `data/genericity.yaml` (`accident_nouns`, `accident_verbs`,
`toll_verbs`, `attack_words`, `devices`).
"""

from __future__ import annotations

import functools
import itertools

from spacy.tokens import Doc, Span, Token

from dateline.data import load_yaml
from dateline.events.generic_cues import cues

LEAD_SENTENCES = 3


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(`toll_verbs`, `attack_words`, `bodily_causes`, `toll_nouns`) of `data/genericity.yaml`,
    read once."""
    data = load_yaml("genericity.yaml")
    return tuple(frozenset(str(w).lower() for w in data[key])  # type: ignore[return-value]
                 for key in ("toll_verbs", "attack_words", "bodily_causes", "toll_nouns"))


@functools.lru_cache(maxsize=1)
def _attack_words() -> frozenset[str]:
    return _words()[1] | cues().devices


def _attack_in(span: Span | list[Token]) -> bool:
    attack = _attack_words()
    return any(t.lemma_.lower() in attack or t.lower_ in attack for t in span)


def _lead(doc: Doc) -> tuple[bool, frozenset[str]]:
    """Whether the story's lead tells of a mishap and of no attack, and the lemmas of what it
    says had the mishap (the subjects of its accident verbs: "a cargo plane crashed" -> plane).
    Read once per document: every harm word of the story asks."""
    key = "dateline_mishap_lead"
    if key not in doc.user_data:
        lead = [t for s in itertools.islice(doc.sents, LEAD_SENTENCES) for t in s]
        c = cues()
        nouns = c.accident_nouns - _words()[2]  # "heart", "illness": a cause of death, no mishap
        verbs = [t for t in lead if t.pos_ == "VERB" and t.lemma_.lower() in c.accident_verbs]
        mishap = bool(verbs) or any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in lead)
        crashed = frozenset(c.lemma_.lower() for t in verbs for c in t.children if c.dep_ == "nsubj")
        doc.user_data[key] = (mishap and not _attack_in(lead), crashed)
    return doc.user_data[key]


def _mishap_lead(doc: Doc) -> bool:
    """Whether the story's lead tells of a mishap and of no attack."""
    return _lead(doc)[0]


def _crashed(doc: Doc) -> frozenset[str]:
    """Lemmas of what the lead says had the mishap ("a cargo plane crashed" -> plane)."""
    return _lead(doc)[1]


def mishap_toll(main: Token) -> bool:
    """Whether `main` is harm with no agent ("died", "was injured", "was damaged", not
    "killed by gunmen" nor "the crash killed 23"), done by what crashed ("the plane
    destroyed 12 houses") or a toll word ("15 dead"), in a sentence naming no attack or
    weapon, in a story that leads with a mishap."""
    if main.pos_ != "VERB":  # "reports of 9 dead and over 30 hurt"
        nominal = main.lemma_.lower() in _words()[3] or main.lower_ in _words()[3]
        return nominal and not _attack_in(main.sent) and _mishap_lead(main.doc)
    if main.lemma_.lower() not in _words()[0]:
        return False
    doers = [c for c in main.children if c.dep_ in {"agent", "nsubj"}]
    by_wreck = bool(doers) and all(d.dep_ == "nsubj" and d.lemma_.lower() in _crashed(main.doc) for d in doers)
    if not by_wreck:
        if any(c.dep_ in {"agent", "dobj", "nsubj"} for c in main.children) and main.lemma_.lower() != "die":
            return False  # an agent or a subject that did the harm is no mere toll
        if main.lemma_.lower() != "die" and main.tag_ != "VBN":
            return False
    return not _attack_in(main.sent) and _mishap_lead(main.doc)


def accidental_blast(main: Token) -> bool:
    """"blasts in the sewer lines caused by methane", "a gas explosion", "the
    boiler exploded": a blast whose cause is an accident's (`blast_causes`) and that names no
    device ("a propane tank bomb" does). The cause may hang on the blast or, in "there have
    been blasts ... owing to the methane", on the clause that states it."""
    c = cues()
    if main.lemma_.lower() not in c.blast_words:
        return False
    near = list(main.subtree)
    if main.dep_ in {"attr", "nsubj", "nsubjpass"}:
        near += [t for p in main.head.children if p.dep_ == "prep" for t in p.subtree]
    words = {t.lemma_.lower() for t in near if t.i != main.i} | {t.lower_ for t in near if t.i != main.i}
    return bool(words & c.blast_causes) and not words & c.devices


def accidental(main: Token) -> bool:
    """"the Italians who died in the crash", "dead after the forced landing",
    "a jet came down on a housing estate, wrecking some houses": harm from a mishap,
    not an attack."""
    if main.tag_ == "VBG" and _after_mishap(main):
        return True  # "crashed ..., destroying several homes" (not "crashed after being hit")
    if any(c.dep_ in {"compound", "nsubj"} and c.lemma_.lower() in cues().accident_nouns
           for c in main.children):
        return True  # "a heart attack", "the crash killed 85 travellers"
    for prep in main.children:
        if prep.dep_ != "prep":
            continue
        nouns = [t for t in prep.subtree if t.dep_ == "pobj" and _depth(t, prep) <= 3]
        if any(n.lemma_.lower() in cues().accident_nouns for n in nouns):
            return True
    if any(c.dep_ == "advcl" and c.lemma_.lower() in cues().accident_verbs for c in main.children):
        return True
    return accidental_blast(main)


def _after_mishap(main: Token) -> bool:
    """A participle that tells what a mishap told before it did: "crashed, destroying several
    homes", also when the parser hangs it under the place of the crash ("crashed into a
    residential area destroying several homes and killing 17")."""
    tok = main
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in {"advcl", "acl", "conj"}:
        return False
    head = tok.head
    for _ in range(3):  # participle -> place noun -> preposition -> verb of the mishap
        if head.lemma_.lower() in cues().accident_verbs:
            return head.i < main.i
        if head.dep_ not in {"pobj", "prep", "dobj"} or head.head.i == head.i:
            return False
        head = head.head
    return head.lemma_.lower() in cues().accident_verbs and head.i < main.i


def _depth(tok: Token, top: Token) -> int:
    depth = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth
