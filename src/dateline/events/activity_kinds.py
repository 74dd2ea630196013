"""Event nouns that name a kind of act rather than an occasion: the object of a word of activity
or crime ("engage in kidnapping", "charged with murder"), of a verb of advocating or employing
("incited assassination", "has used kidnapping") or of a command to stop ("cease all
killings"), or a bare plural after a preposition of cause or topic ("due to terrorist attacks
on the pipeline"), a series. Part of the genericity checks (`events.genericity`); the cue words live in
`data/genericity.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.generic_cues import PLACE_PREPS, anchored_by, bare_plural, cues


def activity_noun(noun: Token) -> bool:
    """"engage in kidnapping", "charged with murder", "practices like kidnapping", "a case on
    murder and extortion": an event noun with no article, number or "of" phrase, the object of
    a word of activity or crime or of a preposition of example or topic (`activity_governors`),
    names a kind of act, not an occasion, unless it is aimed "against" a particular party."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.dep_ not in {"prep", "ROOT"} or noun.tag_ not in {"NN", "VBG"}:
        return False
    if any(c.dep_ in {"det", "nummod", "poss", "predet"} or (c.dep_ == "prep" and c.lower_ == "of")
           for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "against" and c.i != prep.i and list(c.children)
           for t in (noun, prep.head) for c in t.children):
        return False  # "engaged in a campaign of terror against the villagers": one campaign's target
    governors = cues().activity_governors
    return prep.lower_ in governors or prep.head.lemma_.lower() in governors


def advocated_kind(noun: Token) -> bool:
    """"endorsed violence, incited assassination", "has used kidnapping": a singular event noun
    with no article, number, possessor or "of" phrase, the object of a verb of advocating or
    employing (`advocacy_verbs`), is a method, not an occasion."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "dobj" or noun.tag_ != "NN" or first.head.lemma_.lower() not in cues().advocacy_verbs:
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "predet"} or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in noun.children)


def ceased_activity(noun: Token) -> bool:
    """"Stop all raids, detentions and bombings", "to halt attacks on power lines": an event
    noun that a command or an infinitive with no subject of its own asks or promises to stop
    names an activity, not an occasion ("the army stopped the bombing" reports one)."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    verb = first.head
    if first.dep_ != "dobj" or verb.lemma_.lower() not in cues().cessation_verbs or verb.tag_ != "VB":
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


# Prepositions of cause, purpose or topic ("due to", "responsible for", "because of"); "of",
# "by" and "from" alone are not ("the casualties of clashes", "killed by airstrikes", "wounded
# from shelling" tell of harm from particular acts).
_SERIES_PREPS = frozenset({"to", "for", "about", "against", "because"})


def bare_series(noun: Token) -> bool:
    """"a fall in exports owing to guerrilla raids on the gas line", "responsible for
    bombings": a bare plural event noun governed by a preposition of cause, purpose or topic,
    with no place of its own, names a series of acts, not one (criterion 7 of the MUC-3 task
    definition: "generic descriptions of incidents like 'terrorist attacks on the Cano
    Limon-Covenas oil pipeline'"). "Killed in attacks on ..." tells of harm done and stays."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or not bare_plural(noun):
        return False
    prep = noun.head
    cause = prep.lower_ in _SERIES_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "because")
    if noun.dep_ != "pobj" or not cause:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS - {"on"} and anchored_by(c) for c in noun.children)


_ABILITY_DEPS = frozenset({"xcomp", "acl", "pcomp", "pobj"})


def capability(tokens: list[Token]) -> bool:
    """"it remains able to stage attacks in the capital", "the group's capacity to carry out
    bombings", "capable of striking the city": an act someone can do, not one done. In the past
    tense ("police managed to beat back the assault") the ability reports the act, so it stays, and
    so does "are able to", which translated reports use for what was achieved."""
    able = cues().ability_words
    for tok in tokens:
        head = tok.head.head if tok.dep_ == "pobj" or (tok.dep_ == "pcomp" and tok.head.lower_ == "of") else tok.head
        if tok.dep_ not in _ABILITY_DEPS or head.i == tok.i or head.lemma_.lower() not in able:
            continue
        if head.pos_ == "NOUN":
            return True
        verb = head.head
        if head.lemma_.lower() == "able" and verb.lemma_.lower() == "be":
            return False  # "the rebels are able to move forward": translated reports use it for the act
        return not (verb.tag_ in {"VBD", "VBN"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBN"} for c in verb.children))
    return False
