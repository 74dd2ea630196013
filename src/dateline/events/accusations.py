"""Accusations and attributions: the party a report blames for an attack it told before.

"Police blamed the ELN for the bombing", "the raid was blamed on the Cali cartel",
"the FARC was responsible for the killing", "officials said the massacre was the work of a
death squad": a story often names the perpetrator only in such a sentence, later than the
attack itself. The MUC-3/4 templates fill the perpetrator from these statements (suspected or
accused by authorities), and ACLED codes a suspected perpetrator its source names; the
accusation itself stays an event of its own (PLOVER ACCUSE). Words come from
`data/actors/accusations.yaml`. A negated statement ("was not responsible for") names no one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.mentions.count_lexicon import count_lexicon

__all__ = ["accusations"]


@dataclass(frozen=True)
class _Words:
    accuse: frozenset[str]
    attribute: frozenset[str]
    responsible: dict[str, str | None]
    work: frozenset[str]
    doing: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_yaml("actors/accusations.yaml")
    return _Words(frozenset(data["accuse_verbs"]), frozenset(data["attribute_verbs"]),
                  dict(data["responsible_words"]), frozenset(data["work_nouns"]),
                  frozenset(data["doing_verbs"]))


def _lemma(tok: Token) -> str:
    """The lemma, with known stems tried when the tagger left an upper-case word of wire copy
    as it was ("BLAMED", "KILLINGS")."""
    lemma = (tok.lemma_ or tok.text).lower()
    if lemma != tok.lower_:
        return lemma
    known = _known()
    for suffix in ("ings", "ing", "ed", "es", "s", "d"):
        stem = lemma[: -len(suffix)]
        if lemma.endswith(suffix) and stem:
            for guess in (stem, stem + "e"):
                if guess in known:
                    return guess
    return lemma


@functools.lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Words an accusation is read through, and the trigger lexicon's nouns."""
    from dateline.events.triggers import load_lexicon

    w = _words()
    nouns = {lemma for lemma, pos in load_lexicon().senses if pos == "NOUN"}
    harm = set(count_lexicon().nouns)
    return frozenset(w.accuse | w.attribute | set(w.responsible) | w.work | w.doing | nouns | harm)


def _objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of `tok`'s prepositions in `preps`."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ in ("pobj", "pcomp")]


def _deed(tok: Token) -> Token | None:
    """The attack word itself: the noun, or the object of a gerund of doing ("of carrying
    out the attack"); None unless the trigger lexicon knows it as an attack."""
    from dateline.events.triggers import load_lexicon

    if tok.pos_ in ("VERB", "NOUN") and _lemma(tok) in _words().doing:
        tok = next((c for c in tok.children if c.dep_ == "dobj"), tok)
    senses = load_lexicon().senses.get((_lemma(tok), "NOUN"), ())
    harm = _lemma(tok) in count_lexicon().nouns  # "blamed X for the deaths of"
    attack = harm or any(s.type == "ASSAULT" for s in senses)
    return tok if tok.pos_ in ("NOUN", "PROPN") and attack else None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or _lemma(tok.head) in ("deny", "reject")


def _accused_by_verb(verb: Token) -> list[tuple[Token, Token]]:
    """(deed, accused) for "blamed X for the attack", "X was accused of the killing",
    "blamed the attack on X", "held X responsible for", "attributed the attack to X"."""
    words, lemma = _words(), _lemma(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out: list[tuple[Token, Token]] = []
    if lemma in words.accuse:
        for obj in objects:  # the parser hangs the phrase on the verb or on its object
            deeds = _objects(verb, {"for", "of"}) + _objects(obj, {"for", "of"}) + [
                d for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                and _lemma(c) in words.responsible for d in _objects(c, {"for"})]
            out += [(d, obj) for d in deeds]
            if (deed := _deed(obj)) is not None:  # "blamed the attack on X"
                out += [(deed, who) for who in _objects(verb, {"on"}) + _objects(obj, {"on"})]
    if lemma in words.attribute:
        out += [(obj, who) for obj in objects for who in _objects(verb, {"to"}) + _objects(obj, {"to"})]
    return out


def _accused_by_predicate(tok: Token) -> list[tuple[Token, Token]]:
    """(deed, accused) for "X was responsible for the attack", "X was behind the bombing",
    "the bombing was the work of X"."""
    words, lemma = _words(), _lemma(tok)
    verb = tok.head if tok.dep_ in ("acomp", "attr", "prep") else tok
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "prep" and lemma == "behind" and verb.pos_ == "AUX":
        return [(d, s) for s in subjects for d in _objects(verb, {"behind"})]
    if tok.dep_ in ("acomp", "attr") and lemma in words.responsible:  # upper case: "attr"
        prep = words.responsible[lemma]
        return [(d, s) for s in subjects for d in _objects(tok, {prep} if prep else set())]
    if tok.dep_ == "attr" and lemma in words.work:
        return [(s, who) for s in subjects for who in _objects(tok, {"of"})]
    return []


def accusations(doc: Doc) -> list[tuple[Token, list[Token]]]:
    """(attack noun, heads of the accused) for each accusation or attribution of an attack
    in the text, in text order; deeds the trigger lexicon does not know as attacks ("accused
    the minister of corruption") and negated statements are left out."""
    out: list[tuple[Token, list[Token]]] = []
    for tok in doc:
        if _negated(tok):
            continue
        pairs = _accused_by_verb(tok) if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in (
            "acomp", "attr", "prep") else _accused_by_predicate(tok)
        for deed, who in pairs:
            attack = _deed(deed)
            if attack is not None and who.pos_ in ("NOUN", "PROPN") and who.i != attack.i:
                out.append((attack, [who]))
    return out
