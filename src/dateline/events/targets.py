"""Who an act of violence struck: owners of struck premises and office holders as persons.

"The raid on the party offices" strikes the party, "the bombing of the mayor's office"
the mayor; "the assassination of a senator" strikes a senator in person, not the state the
senator serves. Victims also hide in relative clauses ("Huilca, who was shot"), in the subject
of a verb of dying ("the minister died in the attack"), of a harmed thing framed by the act
("the clinic was hit in a guerrilla raid"), of a participle clause ("the raid staged by
the ELN on the refinery") and of words of coming through unharmed ("the governor was unharmed
following an attack"); civilian property struck with no owner named has civilians as its
target, and premises struck name whom they house ("a camp for refugees"). Word lists live in
`data/actors/heads.yaml` (officeholders, premises) and
`data/actors/targets.yaml`.
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.events.triggers import in_class, passive_subject
from dateline.mentions.actor_lexicon import Role, lexicon, normalise
from dateline.mentions.modality import cues
from dateline.records import Actor

PERSONAL_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
OWNER_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
OWNER_PREPS = frozenset({"of", "belonging"})
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


def participation_verbs() -> frozenset[str]:
    """Verbs whose passive says its subject took part ("were engaged in", "were involved in")
    (`participation_verbs` in `data/actors/heads.yaml`)."""
    return _heads_words("participation_verbs")


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Verbs that report speech or a claim (the modality reader's lists): their subject speaks
    of an event, it does not take part in it."""
    c = cues()
    return c.reporting | c.claim | c.denial


def held_posts() -> frozenset[str]:
    """Lemmas of posts an armed side holds ("positions", "checkpoint") (`data/actors/targets.yaml`)."""
    return target_words("held_posts")


def premise_owners(patients: list[Token]) -> list[Token]:
    """Owners of struck premises: the possessor ("the mayor's office"), a modifier ("the union
    headquarters") or an "of"-phrase ("the home of a judge"); a possessive pronoun is left to
    the event's own reading ("his house"). Posts an armed side holds (`held_posts`) name their
    holder so too, also with "for" ("positions for the SDF", as war reports translated from
    Arabic write it), whose object there is who holds the post, not whom it serves."""
    from dateline.events.implicit import civilian_objects

    out: list[Token] = []
    for noun in patients:
        lemmas = {noun.lemma_.lower(), noun.lower_}
        post = bool(lemmas & held_posts())
        if noun.pos_ != "NOUN" or not (lemmas & (premises() | civilian_objects()) or post):
            continue
        owned = bool(lemmas & (premises() | held_posts()))
        for child in noun.children:
            if child.dep_ in OWNER_MODIFIERS and _owner_like(child) and (owned or _role_word(child)):
                out.append(child)  # a civilian object only by a word for people: "guerrilla camps"
            elif child.dep_ == "prep" and child.lower_ in OWNER_PREPS | {"for"}:
                out += [g for g in child.children if g.dep_ == "pobj" and _holder(g, post)]
    return out


def _holder(owner: Token, post: bool) -> bool:
    """Whether an "of"/"for" object names who holds, owns or lives in the struck thing: any
    noun for a post ("positions for the SDF"); for premises and civilian objects a person or
    body ("the home of a judge", "a camp for Sudanese migrants"), never a place or a time
    ("the village of Tal Abyad", "the bus for Herat")."""
    if owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    return post or (owner.ent_type_ not in NUMERIC_ENTS and not in_class(owner, "place"))


def _owner_like(child: Token) -> bool:
    """A modifier that can own premises: a common noun ("union"), a possessor, or a name the
    tagger took for an organisation or person; a bare name is the premises' own ("the Cano
    Limon pipeline")."""
    if child.pos_ == "ADJ" and child.dep_ == "amod" and _armed_word(child):
        return True  # "a rebel base", "guerrilla camps", the modifier tagged as an adjective
    if child.pos_ not in {"NOUN", "PROPN"} or child.lower_ in PERSONAL_POSSESSIVES or child.lower_ in premises():
        return False
    return child.pos_ == "NOUN" or child.dep_ == "poss" or child.ent_type_ in {"ORG", "PERSON", "NORP"}


def _armed_word(token: Token) -> bool:
    """A word for the members of an armed group ("rebel", "guerrilla", "militant"): a role of
    kind `rebel` in `data/actors/roles.yaml`."""
    role = _role(token)
    return role is not None and role.kind == "rebel"


def _role_word(token: Token) -> bool:
    """A word for a kind of people ("refugee", "guerrilla", "police"), not for a thing ("school",
    "wedding"): a role noun of `data/actors/roles.yaml`."""
    return _role(token) is not None


def _role(token: Token) -> Role | None:
    roles = lexicon().roles
    return roles.get(normalise(token.text)) or roles.get(normalise(token.lemma_))


def _office(head: Token) -> str | None:
    """The office a singular noun phrase names ("mayor", "prime minister"), or that titles a
    named person ("Minister Alvarez", "Senator Quintero Rojas"), or None."""
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


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
FRAMING_PREPS = frozenset({"in", "during", "by"})
NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def target_words(key: str) -> frozenset[str]:
    """One word list of `data/actors/targets.yaml` (read once by `implicit`)."""
    from dateline.events.implicit import _targets_data

    return _targets_data()[key]


def undergoes(verb: Token) -> bool:
    """A verb whose subject undergoes the event ("the minister and his bodyguards died"): the
    subject is its victim, not its agent (`undergoer` verbs in `data/triggers.yaml`)."""
    return verb.pos_ == "VERB" and in_class(verb, "undergoer")


def antecedent(verb: Token, noun: Token) -> Token:
    """The noun a relative pronoun stands for ("Huilca, who was shot"): the victim a relative
    clause names is the noun it modifies, not the pronoun."""
    if noun.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return noun


def framed_patients(noun: Token) -> list[Token]:
    """What suffered an event noun that frames a passive verb or a verb of dying: "the home of
    X was hit in a guerrilla raid", "a van was wrecked by a mine", "the minister died in
    the attack": that verb's subject is the act's target, as the active subject of another
    framing verb is its agent (`arguments._framing_subject`)."""
    escaped = unharmed_subjects(noun)
    if escaped:
        return escaped
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.pos_ != "VERB":
        return []
    verb = prep.head
    if prep.lower_ not in FRAMING_PREPS and not (undergoes(verb) and prep.lower_ in {"from", "of"}):
        return []  # "died from gunshot wounds", "died of his wounds"
    harms = undergoes(verb) or verb.lemma_.lower() in target_words("harm_verbs")
    if verb._.trigger is not None or not harms:
        return []  # a trigger verb reads its own patients; "interrupted by an air raid" harms nothing
    subj = passive_subject(verb)
    if subj is None and undergoes(verb) and prep.lower_ != "by":  # "the minister died in the attack"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return [antecedent(verb, subj)] if subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"} else []


SURVIVAL_PREPS = frozenset({"in", "during", "following", "after"})


def unharmed_subjects(noun: Token) -> list[Token]:
    """Who came through an act unharmed: "the governor was unharmed following an attack", "the
    minister escaped unhurt in the attack" (`survival_words` in `data/actors/targets.yaml`).
    The act was aimed at them: they are its target, not a party taking part in it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SURVIVAL_PREPS:
        return []
    words = target_words("survival_words")
    clause = prep.head
    if clause.pos_ == "ADJ" and clause.lower_ in words and clause.dep_ in {"acomp", "oprd", "xcomp"}:
        clause = clause.head  # "unharmed" hung on "was"
    elif not (clause.lemma_.lower() in words or any(
            c.dep_ in {"acomp", "oprd", "dobj", "advmod", "xcomp"} and c.lower_ in words for c in clause.children)):
        return []
    return [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]


def struck_people(head: Token) -> bool:
    """A victim of killing or wounding named by a common noun the person lexicon lacks ("six
    Jesuits", "a sound technician"): what such a verb strikes is people, unless the noun is a
    place, premises or a weapon."""
    if head.pos_ != "NOUN" or head.is_stop or head.ent_type_ in NUMERIC_ENTS:
        return False
    if head.lemma_.lower() in premises() or head.lower_ in premises():
        return False
    return not (in_class(head, "place") or in_class(head, "weapon"))


def struck_property(patients: list[Token]) -> list[Actor]:
    """The civilians whose property an act struck when it names no owner and no one hit
    ("attacks on shops and power pylons", "blew up a gas main"): as ACLED codes
    attacks on civilian property, the target is civilians (`Civilians`, the civil role's
    generic name), with the property's words as its text."""
    from dateline.mentions.actor_lexicon import lexicon

    for noun in patients:
        for tok in [noun, *noun.conjuncts]:
            if _civilian_property(tok):
                role = lexicon().roles.get("civilians")
                sector = list(role.sector) if role is not None else ["CVL"]
                text = " ".join(t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det")
                return [Actor(role.generic if role is not None else "Civilians", text, None, sector)]
    return []


def _civilian_property(tok: Token) -> bool:
    """Premises, civilian objects or infrastructure with no owner named. Not military property
    ("an army truck"), a place ("the town"), what an instrument verb handles ("detonated a
    car"), property a clause ties to someone ("a bus carrying soldiers", "estates owned by
    Escobar") or an aircraft ("the plane was hit by anti-aircraft fire": in war, no civilian's
    unless marked so)."""
    from dateline.events.implicit import civilian_objects, military_target

    if tok.pos_ != "NOUN" or in_class(tok, "place") or any(c.dep_ in {"acl", "relcl"} for c in tok.children):
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in target_words("instrument_verbs"):
        return False
    words = frozenset([tok.lemma_.lower()] + [c.lemma_.lower() for c in tok.children
                                              if c.dep_ in {"compound", "amod"}])
    if words & target_words("air_instruments") and not words & target_words("civilian_markers"):
        return False
    owned = tok.lemma_.lower() in premises() | civilian_objects()
    return bool(owned or words & target_words("civilian_infrastructure")) and not military_target(words)


def nationality(tokens: list[Token]) -> str | None:
    """The country a described person or group is of by a country adjective among its words
    ("Peruvian union leader Pedro Huilca", "former Honduran consul"): a victim
    so described belongs to that country, whoever else the sentence names."""
    from dateline.mentions.actor_lexicon import lexicon

    for tok in tokens:
        if tok.pos_ in {"ADJ", "PROPN"} and tok.text[:1].isupper():
            form = lexicon().lookup(tok.text, roles=("adjective",), cased=True)
            if form is not None and form.entry.kind == "state" and form.entry.country:
                return form.entry.country
    return None


def _preps(token: Token, words: set[str]) -> list[Token]:
    return [g for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in words
            for g in c.children if g.dep_ == "pobj"]


def participle_roles(noun: Token) -> tuple[list[Token], list[Token]]:
    """(agents, targets) an event noun's participle clause names: "the raid staged by the ELN
    on the oil refinery", "the attack carried out by X against Y". The target phrase may hang
    on the agent, where the parser often puts it ("the ELN on the refinery")."""
    agents: list[Token] = []
    hit: list[Token] = []
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb._.trigger is not None:
            continue
        by = _preps(verb, {"by"})
        agents += by
        hit += _preps(verb, {"on", "against"}) + [t for b in by for t in _preps(b, {"on", "against"})]
    return agents, hit


def named_person(head: Token) -> bool:
    """A name the document writes elsewhere as part of a person's full name ("Quintero" after
    "Mario Quintero Rojas"): a person, whatever the tagger made of the short form."""
    return head.pos_ == "PROPN" and any(
        ent.label_ == "PERSON" and len(ent) > 1 and not (ent.start <= head.i < ent.end)
        and any(t.lower_ == head.lower_ for t in ent) for ent in head.doc.ents)


def violent_death(verb: Token) -> list[Token]:
    """The subject of a verb of dying whose cause is violence done to it ("Quintero has died
    from bullet wounds", "died of stab wounds"): a victim, though no act is named; a death
    alone ("Arriaga has died") names none."""
    if not undergoes(verb):
        return []
    causes = [c for c in _preps(verb, {"from", "of"}) for c in [c, *c.children]]
    if not any(c.lemma_.lower() in target_words("violent_causes") for c in causes):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


INFLICT_PREPS = frozenset({"on", "upon", "against"})


def inflicted_on(token: Token) -> list[Token]:
    """Whom an act struck by the losses it inflicted, when it names no target of its own: "three
    mines went off, causing five casualties among the police", "a raid ..., causing four
    casualties among the marines" (the clause may hang on the verb that reports the
    act), or whom it "took place against" ("a raid that took place ... against a border
    police post"). A military target read so keeps a guerrilla ambush a clash between armed
    parties rather than an attack with no one named."""
    clauses = [c for t in [token, *token.ancestors] for c in t.children
               if c.dep_ in {"advcl", "conj", "xcomp"} and c.lemma_.lower() in target_words("inflict_verbs")]
    out = [g for v in clauses for o in [v, *(c for c in v.children if c.dep_ == "dobj")]
           for g in _preps(o, set(INFLICT_PREPS))]
    if token.pos_ == "NOUN":
        out += [g for v in _occurrences(token) for g in _preps(v, {"against"})]
    return out


def _occurrences(noun: Token) -> list[Token]:
    """Verbs saying an event noun took place ("the ambush took place", "an ambush that took
    place", the relative clause possibly hung on a word of the noun's phrase)."""
    verbs = [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [t for t in noun.subtree if t.dep_ == "relcl"]
    return [v for v in verbs if v.lemma_.lower() in {"occur", "happen"}
            or (v.lemma_.lower() == "take" and any(c.lower_ == "place" for c in v.children))]


def as_state_force(doc: Doc, head: Token, actor: Actor) -> Actor:
    """A struck military unit the lexicon does not know ("the 9th armoured battalion", "a national
    guard unit") or misreads ("two battalion companies" taken for businesses): the state's
    armed forces that own it (`implicit.owner_of`), so a guerrilla attack on it reads as
    fighting between armed parties; any other actor unchanged."""
    from dateline.events.implicit import military_target, owner_of

    if actor.sector and not set(actor.sector) <= {"BUS"}:
        return actor
    words = frozenset(t.lemma_.lower() for t in doc[head.left_edge.i : head.i + 1]
                      if t.pos_ in {"NOUN", "PROPN", "ADJ"})
    if not military_target(words):
        return actor
    return dataclasses.replace(owner_of(words, actor.country or doc._.focus_country), text=actor.text)
