"""Arguments of an event noun ("the army's offensive on X", "a visit by Y to Z"): who did it and to whom.

Split from `arguments.py` (verb arguments, actors, places), whose helpers it uses: an event noun
names its agent by a possessor, a "by"-phrase, a naming modifier or the verb that frames it, and
its patient by "on"/"against"/"of" phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events import war_roles
from dateline.events.arguments import (ACTOR_ENTS, ARMED_SECTORS, NON_ACTOR_ENTS, _actor_auxiliary, _peaceful,
                                       demanded_of, is_passive, pobjs, subject_of)
from dateline.events.targets import (framed_patients, inflicted_on, participation_verbs, participle_roles,
                                      speech_verbs, titled_person, undergoes, unharmed_subjects)
from dateline.mentions.actors import actor_for


def noun_agents(noun: Token) -> list[Token]:
    """Who did it, for an event noun: possessor, "by"-phrase, or a naming modifier."""
    out = [c for c in noun.children if c.dep_ == "poss" and not _possessed_victim(noun, c)]
    moved = _movement(noun)  # "the withdrawal from Lebanon": a movement's "from" names the place left
    out += pobjs(noun, {"by"} if moved else {"by", "from"}) + participle_roles(noun)[0]  # "the raid staged by the ELN"
    out += war_roles.gainer(noun)
    if _visit(noun) or moved:  # "the visit of the Turkish premier", "the pullout of French troops"
        out += pobjs(noun, {"of"})
    if noun.dep_ == "attr" and _actor_auxiliary(noun.head):  # "IS attacks SDF" read as "is attacks"
        out.append(noun.head)
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"} and (
            child.ent_type_ in ACTOR_ENTS or actor_for(noun.doc, child) is not None
        ):
            out.append(child)
    return out or _framing_subject(noun)


def _framing_subject(noun: Token) -> list[Token]:
    """"Croat troops shot two men in a firefight", "troops arrested him during a raid": the
    active subject of the verb an event noun frames ("in"/"during") took part in that event;
    so did the traveller who "arrived on a visit"."""
    prep = noun.head
    preps = {"in", "during", "for"} if _peaceful(noun) else {"in", "during"}  # "returned for talks"
    if _peaceful(noun) and _engaged_on(noun):  # "arrived on a visit", "went on strike", "remained on alert"
        preps.add("on")
    if noun.dep_ != "pobj" or prep.lower_ not in preps or prep.head.pos_ != "VERB":
        return []
    verb = prep.head
    if is_passive(verb) and prep.lower_ == "in" and verb.lemma_.lower() in participation_verbs():
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "were engaged in cleansing"
        return [subj] if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else []
    if is_passive(verb) or undergoes(verb) or verb.lemma_.lower() in speech_verbs() or unharmed_subjects(noun):
        return []  # "an official said, in an attack on X, ...": the speaker is no party
    subj = subject_of(verb)
    return [subj] if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else []


def _engaged_on(noun: Token) -> bool:
    """"on a visit", "on strike", "on alert": a singular noun, not a definite one, after a plain
    verb that is no act of its own ("cracked down on the protest", "fired on a rally" act upon it)."""
    verb = noun.head.head
    if noun.tag_ != "NN" or any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children):
        return False
    return not any(c.dep_ == "prt" for c in verb.children) and verb._.trigger is None


def _possessed_victim(noun: Token, owner: Token) -> bool:
    """A named person's violent end is what befell them ("Huilca's assassination", "Judge
    Moreno's murder"): with no "of"-phrase naming another victim, a person possessing an act
    of violence is its victim, while a group or state possessing it is its agent ("the army's
    offensive"). An untagged name possessing a killing ("Huilca's murder") is a person's too."""
    sense = noun._.trigger
    killing = sense is not None and sense.casualty == "fatalities" and owner.pos_ == "PROPN" and not owner.ent_type_
    if _peaceful(noun) or not (owner.ent_type_ == "PERSON" or titled_person(owner) or killing):
        return False
    if any(p.ent_type_ not in NON_ACTOR_ENTS for p in pobjs(noun, {"of", "on", "against"})):
        return False  # "Escobar's attack on the judge" ("on Sunday" names no victim)
    known = actor_for(noun.doc, owner)
    return known is None or not ARMED_SECTORS & set(known.sector)


def noun_patients(noun: Token) -> list[Token]:
    """Whom it was done to, for an event noun ("attack on X", "kidnapping of Y"), and a name
    the parser set beside it as an apposition ("IS attacks SDF" read as "is attacks, SDF")."""
    preps = {"on", "against", "targeting"} | (set() if _visit(noun) or _movement(noun) else {"of"})
    out = pobjs(noun, preps) + demanded_of(noun) + framed_patients(noun)
    out += participle_roles(noun)[1]
    out += [c for c in noun.children if c.dep_ == "poss" and _possessed_victim(noun, c)]
    if noun.dep_ == "attr" and _actor_auxiliary(noun.head):
        out += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    out += war_roles.casualties_among(noun)
    if not pobjs(noun, war_roles.TARGET_PREPS):
        out += war_roles.light_verb_targets(noun) + war_roles.stray_targets(noun)
    return out or inflicted_on(noun)  # "a raid ..., causing casualties among the police"


def _visit(noun: Token) -> bool:
    """A visit or trip, whose "of"-phrase names the visitor, not the visited ("the visit of the
    Iranian president to Iraq"; the host is the "to"-phrase)."""
    sense = noun._.trigger
    return sense is not None and sense.type == "CONSULT" and sense.mode == "visit"


def _movement(noun: Token) -> bool:
    """A deployment or withdrawal of forces, whose "of"-phrase names what was moved, the mover's
    own force ("the withdrawal of Chadian troops from Niger"), not whom it was done to (the place
    it leaves or enters is: `addressees.territory_state`)."""
    sense = noun._.trigger
    return sense is not None and (sense.type == "MOBILIZE" or (sense.type == "RETREAT" and sense.mode == "withdraw"))
