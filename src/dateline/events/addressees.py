"""Whom an event is aimed at when its arguments name no one: a protest's aim, a territory, a condemned act's doers.

The argument reader (`arguments.py`) takes recipients from the trigger's objects and
prepositional phrases. Two common news patterns put the addressee elsewhere, and event coders
(PLOVER, CAMEO) still code it as the target:

- a protest names whom it is against in its aim: "began a hunger strike to protest against
  Sweden's decision", "marched to call for the removal of President X", "staged a strike in
  protest of the arrests by the police";
- an act done in a state's territory is aimed at that state: "Libya reinforced its troops in
  Chad", "Russia ended a blockade in Abkhazia", "students rallied in Lusaka" (a protest in
  a country is aimed at its government unless its aim names another party), also when the place
  hangs on the verb that carries the event noun ("arrived in Rabat on a visit"); so is a request
  for refuge there ("sought shelter in Sweden");
- a condemnation of an act told before is aimed at whoever did it: "the minister condemned
  the abduction" after "ELN fighters abducted six soldiers".

The word lists are in `data/plover.yaml` (`addressees`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from spacy.tokens import Doc, Token

from dateline.events import arguments as args
from dateline.events.classify import plover
from dateline.events.coref import earlier_sentence_start
from dateline.events.grouping import Group
from dateline.events.triggers import noun_head
from dateline.mentions.actor_lexicon import lexicon
from dateline.records import Actor

AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """The `addressees` section of `data/plover.yaml`, as sets."""
    raw = plover()["addressees"]
    return {key: frozenset(value) for key, value in raw.items()}


def _anchors(group: Group) -> list[Token]:
    """The event's words and the acts it commits to ("threatened to resume attacks in Israel")."""
    out: list[Token] = []
    todo = group.tokens + [group.clause]
    while todo:
        tok = todo.pop(0)
        if tok not in out and len(out) < 12:
            out.append(tok)
            todo += [c for c in tok.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or _infinitive(c))]
    return out


def _infinitive(verb: Token) -> bool:
    """"threatened on Monday to close the border", parsed as an adverbial clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def aim_heads(group: Group) -> list[Token]:
    """Heads of what a protest is against: its "against"/"over" phrase, the objects of its aim
    ("to protest X", "demanding X", "calling for X"), and "in protest of X"."""
    words, preps = table()["aim_words"], table()["issue_preps"]
    out: list[Token] = []
    for anchor in _anchors(group):
        out += args.pobjs(anchor, frozenset({"against", "over"}))
        if anchor.pos_ == "VERB" and anchor.lemma_.lower() in words:  # "rallied to protest X", a folded aim
            out += [noun_head(c) for c in anchor.children if c.dep_ == "dobj"] + args.pobjs(anchor, preps)
        for child in anchor.children:
            if child.dep_ in AIM_DEPS and child.pos_ == "VERB" and child.lemma_.lower() in words:
                out += [noun_head(c) for c in child.children if c.dep_ == "dobj"]
                out += args.pobjs(child, preps | {"on", "at"})
            elif child.dep_ == "prep" and child.lower_ in {"in", "to"}:  # "in protest of", "in defiance of"
                out += [t for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in words
                        for t in args.pobjs(g, preps | {"at"})]
                out += [t for g in child.children if g.dep_ == "pcomp" and g.lemma_.lower() in words  # "in demanding X"
                        for t in [noun_head(c) for c in g.children if c.dep_ == "dobj"] + args.pobjs(g, preps)]
    return out


def _others(doc: Doc, heads: Sequence[Token], own: AbstractSet[str]) -> list[Token]:
    """Heads naming a party other than the event's own actors ("their disapproval" names the
    protesters themselves, so the search goes on to what they disapprove of)."""
    out = []
    for head in heads:
        actor = args.to_actor(doc, head)
        if actor is not None and actor.name.lower() not in own:
            out.append(head)
    return out


def aim_actors(doc: Doc, group: Group, own: AbstractSet[str] = frozenset()) -> list[Actor]:
    """Actors a protest's aim names: the heads themselves, else their owners ("Sweden's
    decision", "the resignation of President X", "policies of the government"), up to three
    steps further ("violations under a law imposed by X", "freedom from Moroccan control")."""
    heads = aim_heads(group)
    for _ in range(4):
        found = _others(doc, heads, own)
        if found:
            return args.actors_of(doc, found)
        heads = [o for h in heads for o in _owners(h) + args.pobjs(h, table()["concern_preps"])]
    return []


def _owners(thing: Token) -> list[Token]:
    """Who a thing belongs to or comes from: possessor, "of"/"by"/"from" phrase, a naming
    modifier that the actor lexicon knows ("Chinese authorities' rule")."""
    out = [c for c in thing.children if c.dep_ in OWNER_DEPS and c.lower_ not in args.PERSONAL_PRONOUNS
           and (c.dep_ == "poss" or c.pos_ == "PROPN" or _names_party(c))]  # "its NATO allies"
    out += [a for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in args.pobjs(c, frozenset({"by"}))]
    return out + args.pobjs(thing, frozenset({"of", "by", "from", "under"}))  # "a bill signed by the minister"


def condition_actors(doc: Doc, group: Group) -> list[Actor]:
    """Whom a threat is aimed at: the party whose act its condition names ("threatened to strike
    unless Israel rescinded the annexation", "if Britain pushes on")."""
    marks = table()["condition_marks"]
    heads = [noun_head(s) for a in _anchors(group) for c in a.children
             if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
             for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return args.actors_of(doc, [h for h in heads if args.to_actor(doc, h) is not None])


def between_actors(doc: Doc, group: Group, own: AbstractSet[str]) -> list[Actor]:
    """The parties a mediation or meeting is between ("a mediation effort between the
    Emirates and Saudi Arabia", "host a meeting between X and Y"): both are its recipients."""
    words = [t for a in _anchors(group) for t in [a] + [c for c in a.children if c.dep_ == "dobj"]]
    heads = [h for w in words for h in args.pobjs(w, table()["party_preps"])]
    return args.actors_of(doc, _others(doc, heads, own))


def asked(doc: Doc, group: Group, actors: list[Actor]) -> list[Actor]:
    """Who a demand asks to act, when its content clause names them ("reiterated its demand
    that Israel ease restrictions"): they, not the things the content acts on, are its target."""
    own = {a.name.lower() for a in actors}
    return args.actors_of(doc, _others(doc, content_subjects(group), own))


def accused(doc: Doc, group: Group, actors: list[Actor]) -> list[Actor]:
    """Whom a complaint with no direct object is about ("complained to the United Nations over
    two Israeli air raids"): the owner of the matter charged is the target, not the audience."""
    own = {a.name.lower() for a in actors}
    heads = [h for a in _anchors(group) for h in args.pobjs(a, table()["issue_preps_of_charge"])]
    return args.actors_of(doc, _others(doc, heads, own)) or owner_actors(doc, heads, own)


def content_subjects(group: Group) -> list[Token]:
    """Subjects of the clauses the event's words govern ("its demand that Israel ease"): for a
    demand, who is to act."""
    anchors = _anchors(group)
    clauses = [c for a in anchors for c in a.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}]
    clauses += [a for a in anchors if a.dep_ == "ccomp" and a is not group.main]  # a folded content clause
    # a mandative clause ("that Iraq reopen", subjunctive), not a report hung on the verb ("diplomats quoted")
    clauses = [c for c in clauses if c.tag_ == "VB" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return [noun_head(s) for c in clauses for s in c.children
            if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON" and s.lower_ not in args.RELATIVE_PRONOUNS]


def owner_actors(doc: Doc, things: Sequence[Token], own: AbstractSet[str] = frozenset()) -> list[Actor]:
    """Whom the things acted on belong to or concern ("restrictions against German goods",
    "a halt to flights to Libya", "part of a relief plan for Haiti",
    "conceded to demands from the rebels"): the first such parties, up to two steps from
    the object."""
    heads = [p for p in things if not _others(doc, [p], own)]  # "its partners" names its owner's partners
    for _ in range(2):
        heads = [o for h in heads for o in _owners(h) + args.pobjs(h, table()["concern_preps"])]
        found = _others(doc, heads, own)
        if found:
            return args.actors_of(doc, found)
    return []


def _names_party(token: Token) -> bool:
    if token.pos_ not in {"ADJ", "PROPN"} or not token.text[:1].isupper():
        return False
    return lexicon().lookup(token.text, roles=("adjective", "name"), cased=True) is not None


def _place_country(doc: Doc, token: Token) -> tuple[str, str] | None:
    """(country alpha-3, surface) of the resolved toponym covering a token, or naming the
    common noun it heads ("in Kosovo province", "in the port city of Oran")."""
    names = [token]
    if token.pos_ == "NOUN":
        names += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        names += args.pobjs(token, frozenset({"of"}))
    for name in names:
        for span in doc.spans.get("places", []):
            if span.start <= name.i < span.end and span._.place is not None and span._.place.country:
                if span._.toponym_kind == "literal":
                    return span._.place.country, span.text
    return None


def territory_state(doc: Doc, group: Group, actors: list[Actor], ptype: str,
                    patients: Sequence[Token] = ()) -> list[Actor]:
    """The state whose territory the act is done in or to, named in the event's own phrase
    ("troops in Chad", "blockade in Abkhazia", "landed in Tunis"): for an act by another
    state or by a party of no state; for a protest, the state whatever the protesters' origin
    ("ethnic Turks protested in Sweden"). A place in the actor's own phrase ("the UN mission in
    Libya") is not the event's and is not read. Talks between parties of several states are
    held at a venue ("US and Russian negotiators returned to Geneva for talks"), not with it."""
    territorial = ptype in table()["territorial_types"] or (ptype == "REQUEST" and _seeks_refuge(group))
    if not territorial or not (actors or ptype == "PROTEST"):
        return []  # a protest's crowd may be unnamed ("protests took place in Mombasa")
    preps = table()["place_preps"]
    own = {a.country for a in actors if a.country}
    if ptype == "CONSULT" and len(own) > 1:
        return []
    anchors = _anchors(group) + _host_verbs(group)
    anchors += [c for a in anchors for c in a.children  # "set up links with and opened a consulate in X"
                if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in SUBJECTS for g in c.children)]
    objects = list(patients)
    for anchor in anchors:
        objects += [noun_head(c) for c in anchor.children if c.dep_ == "dobj"]
        if anchor.pos_ == "NOUN":  # "the withdrawal of troops from X"
            objects += args.pobjs(anchor, frozenset({"of"}))
    for anchor in anchors + objects:
        heads = [anchor] * (anchor in objects) + args.pobjs(anchor, preps)
        for place in heads + [p for h in heads[:3] for p in args.pobjs(h, preps)]:  # "rioted at a camp in Chad"
            found = _place_country(doc, place)
            if found is None or (found[0] in own and ptype != "PROTEST"):
                continue
            entry = lexicon().by_country.get(found[0])
            if entry is not None:
                return [Actor(entry.name, found[1], entry.country, ["GOV"])]
    return []


def _seeks_refuge(group: Group) -> bool:
    """"sought shelter in Sweden", "applied for asylum in Canada": a request for refuge is made
    to the state where it is sought."""
    words = table()["refuge_words"]
    heads = [t for a in _anchors(group) for t in [a] + [c for c in a.children if c.dep_ == "dobj"]
             + args.pobjs(a, frozenset({"for"}))]
    return any(t.lemma_.lower() in words for t in heads)


def _host_verbs(group: Group) -> list[Token]:
    """The verb an event noun happens through, whose place phrase is the event's: "arrived in
    Rabat on a visit", "protests took place in Mombasa" (not a verb of saying, whose place is
    where the words were spoken)."""
    noun = group.main
    if noun.pos_ != "NOUN":
        return []
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in table()["frame_preps"] else noun.head
    if noun.dep_ not in {"pobj", "nsubj", "nsubjpass"} or verb.pos_ != "VERB" or verb is noun:
        return []
    light = {"place", "part"}  # "protests took place", "took part"
    if noun.dep_ != "pobj" and any(c.dep_ == "dobj" and c.lemma_.lower() not in light for c in verb.children):
        return []  # "the visit angered Rabat": the noun acts upon someone, it is not staged somewhere
    return [] if verb.lemma_.lower() in table()["speech_verbs"] else [verb]


def addressees(doc: Doc, group: Group, actors: list[Actor], ptype: str,
               patients: Sequence[Token] = ()) -> list[Actor]:
    """Recipients for a non-violent event whose arguments named none (see the module
    docstring): a protest's aim, a threat's condition, the owner of what was acted on, the
    state whose territory it was done in."""
    if ptype in args.VIOLENT_TYPES:
        return []
    own = {a.name.lower() for a in actors}
    found = aim_actors(doc, group, own) if ptype == "PROTEST" else []
    found = found or (condition_actors(doc, group) if ptype == "THREATEN" else [])
    if ptype == "REQUEST":  # "its NATO allies"
        found = found or owner_actors(doc, content_subjects(group), own)
    if ptype in table()["issue_types"]:  # "an investigation into crimes committed by X"
        found = found or accused(doc, group, actors)
    if ptype == "ACCUSE":  # "condemned the abduction": the abductors told of before
        found = found or perpetrators(doc, patients, own)
    found = found or between_actors(doc, group, own)
    found = found or owner_actors(doc, list(patients), own)
    found = found or territory_state(doc, group, actors, ptype, patients)
    return [a for a in found if a.name.lower() not in own]


REFERRING = frozenset({"the", "this", "that", "these", "those", "such"})
LOOKBACK_SENTENCES = 6


def perpetrators(doc: Doc, patients: Sequence[Token], own: AbstractSet[str] = frozenset()) -> list[Actor]:
    """Whom a condemnation of an act told before is aimed at: "the minister condemned the
    abduction" after "ELN fighters abducted six soldiers", "condemned the bombing" after "an
    attack claimed by al-Shabaab". A definite act of violence ("the attack", "this bombing")
    refers back to the latest such act in the preceding sentences that names its doers."""
    from dateline.events import noun_roles

    for act in patients:
        sense = act._.trigger
        if sense is None or sense.type not in args.VIOLENT_TYPES or act.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in REFERRING for c in act.children):
            continue
        for earlier in reversed(_earlier_acts(doc, act)):
            heads = args.verb_agents(earlier) if earlier.pos_ == "VERB" else noun_roles.noun_agents(earlier)
            found = [a for a in args.actors_of(doc, heads) if a.name.lower() not in own]
            if found:
                return found
    return []


def _earlier_acts(doc: Doc, act: Token) -> list[Token]:
    """Tokens read as acts of violence in the few sentences before `act`'s, in text order."""
    start = earlier_sentence_start(act, LOOKBACK_SENTENCES)
    return [t for t in doc[start : act.sent.start]
            if t._.trigger is not None and t._.trigger.type in args.VIOLENT_TYPES]
