"""Accusations and attributions: the party a report blames for an attack it told before.

"Police blamed the ELN for the bombing", "the raid was blamed on the Cali cartel",
"the FARC was responsible for the killing", "officials said the massacre was the work of a
death squad", "police linked the cartel to the bombing", "the ELN was involved in the
attack", "killed by a bomb planted by the ELN": a story often names the perpetrator only in
such a sentence, later than the attack itself. The MUC-3/4 templates fill the perpetrator
from these statements (suspected or accused by authorities), and ACLED codes a suspected
perpetrator its source names; the accusation itself stays an event of its own (PLOVER
ACCUSE). Words come from
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
    accuse_preps: frozenset[str]
    attribute: frozenset[str]
    link: frozenset[str]
    part: dict[str, str]
    responsible: dict[str, str | None]
    work: frozenset[str]
    doing: frozenset[str]
    doing_nouns: frozenset[str]
    deed_nouns: frozenset[str]
    planting: frozenset[str]
    devices: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_yaml("actors/accusations.yaml")
    return _Words(frozenset(data["accuse_verbs"]), frozenset(data["accuse_preps"]),
                  frozenset(data["attribute_verbs"]), frozenset(data["link_verbs"]),
                  dict(data["part_verbs"]), dict(data["responsible_words"]),
                  frozenset(data["work_nouns"]), frozenset(data["doing_verbs"]),
                  frozenset(data["doing_nouns"]), frozenset(data["deed_nouns"]),
                  frozenset(data["planting_verbs"]), frozenset(data["device_nouns"]))


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
    return frozenset(w.accuse | w.attribute | w.link | set(w.part) | set(w.responsible) | w.work
                     | w.doing | w.doing_nouns | w.deed_nouns | w.planting | w.devices | nouns | harm)


def _objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of `tok`'s prepositions in `preps`."""
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ in ("pobj", "pcomp")]


def _deed(tok: Token) -> Token | None:
    """The attack word itself: the noun, the object of a gerund of doing ("of carrying out
    the attack"), the "of" phrase of a noun of doing ("behind the planning of the attacks",
    unless that names the victim: "the execution of the mayor" is the deed itself), or the
    antecedent of a relative pronoun ("the raid, for which police blamed X"); None
    unless the trigger lexicon knows it as an attack."""
    words = _words()
    tok = _antecedent(tok)
    if tok.pos_ in ("VERB", "NOUN") and _lemma(tok) in words.doing:
        tok = next((c for c in tok.children if c.dep_ == "dobj"), tok)
    if tok.pos_ == "NOUN" and _lemma(tok) in words.doing_nouns:  # "the planning and execution of"
        objects = [o for t in [tok, *tok.conjuncts] for o in _objects(t, {"of"})]
        tok = next((o for o in objects if _is_attack(o) or _lemma(o) in words.deed_nouns), tok)
    return tok if _is_attack(tok) or _lemma(tok) in words.deed_nouns else None


def _is_attack(tok: Token) -> bool:
    """A noun the trigger lexicon knows as an attack, or a casualty noun ("the deaths of")."""
    from dateline.events.triggers import load_lexicon

    senses = load_lexicon().senses.get((_lemma(tok), "NOUN"), ())
    harm = _lemma(tok) in count_lexicon().nouns  # "blamed X for the deaths of"
    return tok.pos_ in ("NOUN", "PROPN") and (harm or any(s.type == "ASSAULT" for s in senses))


def _antecedent(tok: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause describes, or, when the parser
    hung the clause elsewhere ("the raid on the depot, for which ..."), the nearest deed
    noun before it, else the nearest noun."""
    if tok.lower_ not in ("which", "that") or tok.pos_ not in ("PRON", "DET"):
        return tok
    clause = next((a for a in tok.ancestors if a.dep_ in ("relcl", "advcl", "acl")), None)
    if clause is not None and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    before = [t for t in tok.doc[tok.sent.start:tok.i] if t.pos_ in ("NOUN", "PROPN")][::-1]
    deeds = [t for t in before if _is_attack(t) or _lemma(t) in _words().deed_nouns]
    return (deeds or before or [tok])[0]


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or _lemma(tok.head) in ("deny", "reject")


def _accused_by_verb(verb: Token) -> list[tuple[Token, Token]]:
    """(deed, accused) for "blamed X for the attack", "X was accused of the killing",
    "blamed the attack on X", "held X responsible for", "attributed the attack to X",
    "linked X to the attack", "X was involved in the attack"."""
    words, lemma = _words(), _lemma(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out: list[tuple[Token, Token]] = []
    if lemma in words.accuse:
        preps = set(words.accuse_preps)
        for obj in objects:  # the parser hangs the phrase on the verb or on its object
            deeds = _objects(verb, preps) + _objects(obj, preps) + [
                d for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                and _lemma(c) in words.responsible for d in _objects(c, {"for"})]
            out += [(d, obj) for d in deeds]
            if (deed := _deed(obj)) is not None:  # "blamed the attack on X"
                out += [(deed, who) for who in _objects(verb, {"on"}) + _objects(obj, {"on"})]
    if lemma in words.attribute:
        out += [(obj, who) for obj in objects for who in _objects(verb, {"to"}) + _objects(obj, {"to"})]
    if lemma in words.link:  # "linked the cartel to the bombing", "linked the bombing to X"
        for obj in objects:
            for other in _objects(verb, {"to", "with"}) + _objects(obj, {"to", "with"}):
                out.append((other, obj) if _deed(other) is not None else (obj, other))
    if lemma in words.part:  # "X was involved in the bombing", "soldiers implicated in"
        who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            who.append(verb.head)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"
        if passive or lemma == "participate":
            out += [(d, w) for w in who for d in _objects(verb, {words.part[lemma]})]
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


def _planted_by(tok: Token) -> list[tuple[Token, Token]]:
    """(device, doer) for "a bomb placed by X", "the explosives, planted by X": the agent of a
    verb of setting a device names the attack's doer."""
    words = _words()
    if tok.dep_ not in ("acl", "relcl") or _lemma(tok) not in words.planting:
        return []
    device = tok.head
    if device.pos_ != "NOUN" or _lemma(device) not in words.devices:
        return []
    return [(device, who) for who in _objects(tok, {"by"})]


def accusations(doc: Doc) -> list[tuple[Token, list[Token]]]:
    """(attack noun, heads of the accused) for each accusation or attribution of an attack
    in the text, and each device set by a named party ("a bomb planted by X"), in text
    order; deeds the trigger lexicon does not know as attacks and that are no deed nouns
    ("accused the minister of corruption") and negated statements are left out."""
    out: list[tuple[Token, list[Token]]] = []
    for tok in doc:
        if _negated(tok):
            continue
        pairs = _accused_by_verb(tok) if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in (
            "acomp", "attr", "prep") else _accused_by_predicate(tok)
        for device, who in _planted_by(tok):
            if who.pos_ in ("NOUN", "PROPN"):
                out.append((device, [who]))
        for deed, who in pairs:
            attack = _deed(deed)
            if attack is not None and who.pos_ in ("NOUN", "PROPN") and who.i != attack.i:
                out.append((attack, [who]))
    return out
