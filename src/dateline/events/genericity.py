"""Tell a mention of a kind of event ("such attacks", "kidnappings have increased") from a
report of one occurrence.

News and commentary talk about violence in general as often as they report it: "the wave of
kidnappings", "a government that bombs its people", "by destroying oil pipelines", "such
attacks will not intimidate us". None of these is an event a user wants in a dataset. A
mention is generic here when, with no explicit date pinning it to an occasion, it
- is an event noun quantified over a kind ("some bombings", "frequent murders", "such an
  attack") or under a trend or class noun ("the wave of kidnappings", "the number of
  murders", "most of the murders");
- is the subject of a trend verb ("kidnappings have increased");
- is a verb in the simple present with no auxiliary ("a government that bombs the people"),
  the habitual tense, except in a headline or the text's first sentence (which use it for news);
- is a gerund with a bare plural object ("by destroying oil pipelines", "for kidnapping
  children"), the form of an activity rather than an act;
- is a participle describing plural people ("wounded people", "their murdered mayors");
- counts its victims in the thousands ("the killing of over 70,000") or over a span ("there
  have been 4 murders since ..."), a running total;
- names its victims only as a kind ("the murder of activists", "countless Colombians have
  been assassinated", "journalists have been murdered");
- is harm from a mishap ("killed in the accident") or a sound ("explosions were heard"),
  whatever its date;
- is one of three or more bare nouns in a list ("doing time for kidnapping, extortion, murder
  and robbery"), a list of kinds of crime.
The cue words live in `data/genericity.yaml`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.mentions.numbers import load_yaml, parse_number

_ANCHORS = frozenset({"nummod", "poss"})
_PRESENT = frozenset({"VBZ", "VBP"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "on"})
_SITUATING_PREPS = _PLACE_PREPS | {"around"}  # "clashes around Talbisa"


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
    tally_minimum: int


@functools.lru_cache(maxsize=1)
def cues() -> GenericCues:
    """The genericity cues, loaded once."""
    data = load_yaml("genericity.yaml")
    sets = (frozenset(str(w).lower() for w in data[k])
            for k in ("kind_quantifiers", "trend_nouns", "trend_verbs", "accident_nouns",
                      "accident_verbs", "perception_verbs", "sound_nouns", "victim_kinds"))
    return GenericCues(*sets, tally_minimum=int(data["tally_minimum"]))


def bare_plural(tok: Token) -> bool:
    """A plural noun with no determiner, number or possessor ("children", "oil pipelines")."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "predet"} for c in tok.children)


def quantified_kind(noun: Token) -> bool:
    """"some bombings", "frequent murders", "such an attack": a noun quantified over a kind.
    A number or possessor ("two other attacks", "their attack") anchors it to occasions."""
    if noun.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in _ANCHORS for c in noun.children):
        return False
    kinds = cues().quantifiers
    for child in noun.children:
        if child.dep_ in {"det", "amod", "predet"} and child.lower_ in kinds:
            # "such" quantifies in the singular too; the others only over plurals
            if child.lower_ == "such" or noun.tag_ in {"NNS", "NNPS"}:
                return True
    return False


def under_trend(noun: Token) -> bool:
    """"the wave of kidnappings", "a wave of kidnapping and murder", "most of the murders":
    the noun names the members of a trend, class or quantity."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "of":
        return False
    word = prep.head.lemma_.lower()
    quantity = prep.head.pos_ in {"ADJ", "DET", "PRON"} and word in cues().quantifiers
    return word in cues().trend_nouns or quantity


def participle_kind(tok: Token) -> bool:
    """"wounded people", "their murdered mayors": a participle describing a plural noun with no
    number or definite article, a description of people rather than a report of what befell
    them ("the wounded soldiers" are someone's particular casualties)."""
    head = tok.head
    return tok.dep_ == "amod" and head.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those"})
        for c in head.children)


def _victims(main: Token) -> list[Token]:
    """The nouns naming who an event befell: a verb's object or passive subject, a relative
    clause's antecedent ("persons who have been murdered"), a noun's "of" phrase."""
    if main.pos_ == "VERB":
        out = [c for c in main.children if c.dep_ in {"dobj", "nsubjpass"}]
        return out + ([main.head] if main.dep_ == "relcl" else [])
    nouns = [main] + [c for c in main.children if c.dep_ == "conj"]
    nouns += [main.head] if main.dep_ == "conj" else []  # "the murder and kidnapping of X"
    return [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def tally(main: Token) -> bool:
    """"the killing of over 70,000 Salvadorans", "100,000 persons who have been murdered": a
    running total over a conflict, not one incident."""
    for noun in _victims(main):
        figures = [c for c in noun.children if c.dep_ == "nummod"]
        texts = [noun.doc[f.left_edge.i:f.i + 1].text for f in figures] or (
            [noun.text] if noun.like_num or noun.lemma_.lower() in {"thousand", "million"} else [])
        if any((parse_number(t) or 0) >= cues().tally_minimum for t in texts):
            return True
    return False


def trend_subject(noun: Token) -> bool:
    """"kidnappings have increased": the noun is the subject of a trend verb."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues().trend_verbs


def habitual_verb(verb: Token, headline: bool) -> bool:
    """A verb in the simple present with no auxiliary ("the anarchy that destroys nations"), or
    a relative clause in the present progressive that characterises someone ("the death squads,
    which are murdering people with impunity")."""
    if headline or verb.pos_ != "VERB":
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "relcl":
        return any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)
    return verb.tag_ in _PRESENT and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def generic_gerund(verb: Token) -> bool:
    """"by destroying oil pipelines", "for kidnapping children": an activity with a bare
    plural object, not a progressive clause ("were kidnapping")."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"pcomp", "pobj", "csubj", "nsubj", "dobj"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(bare_plural(o) for o in objects)


def kind_list(noun: Token) -> bool:
    """"kidnapping, extortion, murder, and robbery": three or more bare nouns or gerunds in
    one coordination, a list of kinds of crime rather than a report of one."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
    if len(members) < 3:
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "predet"} for m in members for c in m.children)


def _anchored(main: Token) -> bool:
    """A place or occasion phrase on the trigger ("in Medellin", "at the university")."""
    return any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS for c in main.children)


def situated(main: Token) -> bool:
    """A named place or a date inside the trigger's own phrase ("clashes in Eastern Ghouta",
    "more casualties in Deir Ezzor", "clashes between X and Y in Quneitra"): in a headline,
    which drops the articles that would otherwise anchor it, that makes it a report. A verb's
    place object counts too ("missiles and warplanes target Eastern Ghouta")."""
    for tok in main.subtree:
        if tok.ent_type_ == "DATE" or (tok.dep_ == "dobj" and tok.head.i == main.i and _place(tok)):
            return True
        if tok.dep_ == "prep" and tok.lower_ in _SITUATING_PREPS and any(
                _place(t) for t in tok.subtree):
            return True  # "in the southern countryside of Hama"
    return False


def _place(tok: Token) -> bool:
    """A toponym: a place entity or a token of a recognised place mention."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("places", []))


def kind_victims(main: Token) -> bool:
    """Victims named only as a kind: "the murder of activists", "countless Colombians have been
    assassinated", "journalists have been murdered". A noun event needs its victims bare and no
    place phrase; a verb needs them bare in the present perfect, or quantified beyond any count
    ("countless"; "many civilians have been wounded" still reports one event's harm)."""
    victims = _victims(main)
    if not victims:
        return False
    kinds = cues().victim_kinds
    if all(any(c.dep_ in {"det", "amod"} and c.lower_ in kinds for c in v.children) for v in victims):
        return True
    if _anchored(main):
        return False
    # "many civilians", "several houses": a rough count of one event's victims, not a kind
    kinds = [v for v in victims if bare_plural(v) and v.pos_ == "NOUN" and not any(
        c.dep_ == "amod" and c.lower_ in cues().quantifiers | {"several", "few"} for c in v.children)]
    if len(kinds) < len(victims):
        return False
    if main.pos_ in {"NOUN", "PROPN"}:
        return True
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in main.children)


def running_total(main: Token) -> bool:
    """"there have been 4 murders since Borja rose to power", "so far this year three judges
    have been killed": a count over a span (a perfect tense with "since", "so far", "to date")."""
    verb = main if main.pos_ in {"VERB", "AUX"} else main.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    for c in verb.subtree:
        if c.lower_ == "since" and (c.dep_ == "mark" or any(
                g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)):
            return True  # "since Borja rose to power", "since 1981" (not "since the attack")
        if c.lower_ in {"far", "date"} and c.i > 0 and c.doc[c.i - 1].lower_ in {"so", "thus", "to"}:
            return True
    return False


def accidental(main: Token) -> bool:
    """"the Spaniards killed in the accident", "killed as a result of the emergency landing",
    "a plane crashed into a residential area, destroying several homes": harm from a mishap,
    not an attack."""
    head = main.head
    if main.dep_ in {"advcl", "conj"} and main.tag_ == "VBG" and head.i < main.i and (
            head.lemma_.lower() in cues().accident_verbs):
        return True  # "crashed ..., destroying several homes" (not "crashed after being hit")
    if any(c.dep_ in {"compound", "nsubj"} and c.lemma_.lower() in cues().accident_nouns
           for c in main.children):
        return True  # "a heart attack", "the crash killed 120 passengers"
    for prep in main.children:
        if prep.dep_ != "prep":
            continue
        nouns = [t for t in prep.subtree if t.dep_ == "pobj" and _depth(t, prep) <= 3]
        if any(n.lemma_.lower() in cues().accident_nouns for n in nouns):
            return True
    return any(c.dep_ == "advcl" and c.lemma_.lower() in cues().accident_verbs for c in main.children)


def perceived(main: Token) -> bool:
    """"explosions were heard", "the din of gunfire could be heard": a sound reported, with no
    act, attacker or target behind it yet. Counted or named blasts ("eight explosions", "bomb
    explosions were heard") are reports of particular ones."""
    if any(c.dep_ in {"nummod", "compound"} for c in main.children):
        return False
    tok = main
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in cues().sounds:
        tok = tok.head.head
    return tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_.lower() in cues().perception_verbs


def _depth(tok: Token, top: Token) -> int:
    depth = 0
    while tok.i != top.i and tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def is_generic(tokens: list[Token], explicit_date: bool, headline: bool, violent: bool = True) -> bool:
    """Whether an event's trigger tokens name a kind of event (see the module docstring).
    `tokens` are the main trigger first, then its folded, light or directive words. The cues
    about victims, harm and habit hold for violent events only: "banned opposition
    candidates" or "will not accept any more refugees" name no kind of ban or refusal."""
    if not tokens:
        return False
    main = tokens[0]
    if not violent:
        kinds = main.pos_ in {"NOUN", "PROPN"} and not explicit_date
        return kinds and (quantified_kind(main) or under_trend(main) or trend_subject(main))
    # whatever date the sentence gives: mishaps, totals, lists of kinds of crime
    if any(accidental(t) for t in tokens) or tally(main) or running_total(main) or perceived(main):
        return True
    placed = headline and any(situated(t) for t in tokens)  # "Clashes in Daraa": a report
    if participle_kind(main) or (not placed and main.tag_ in {"NNS", "NN", "VBG"} and kind_list(main)):
        return True
    if explicit_date:
        return False
    if kind_victims(main):
        return True
    if main.pos_ in {"NOUN", "PROPN"}:
        return (not placed and quantified_kind(main)) or under_trend(main) or trend_subject(main)
    return habitual_verb(main, headline) or generic_gerund(main)
