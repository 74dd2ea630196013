"""Arguments of an event clause from the dependency parse: agents, patients, co-parties, places.

Event nouns' own agents and patients are read in `noun_roles.py`.

Works on token heads; conjunctions, appositions, relative clauses, object control ("ordered X
to help") and passives ("by"-phrases) are followed here so the assembler sees plain lists.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from dateline.events.targets import (RELATIVE_PRONOUNS, antecedent, as_person, as_state_force, inflicted_on,
                                      named_person, nationality, struck_people, titled_person, undergoes,
                                      violent_death)
from dateline.events import war_roles
from dateline.events.triggers import in_class, load_lexicon, noun_head, passive_subject
from dateline.mentions.actor_lexicon import lexicon
from dateline.mentions.actor_names import actor_of_form, group_heads, unaffiliated_nouns
from dateline.mentions.actors import actor_for, actors_for
from dateline.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "them", "him", "her", "its", "their"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
LOCATIVE_CHAIN = frozenset({"in", "at", "near", "on", "around", "of", "outside", "inside"})
CAPTIVE_WORDS = frozenset({"prisoner", "captive", "hostage"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "another", "other", "some"})
VIOLENT_TYPES = frozenset({"ASSAULT"})
RECIPIENT_PREPS = frozenset({"to", "from", "for"})
PEACEFUL_PREPS = frozenset({"with", "against"})
THING_PREPS = frozenset({"on", "against", "with", "to", "for", "from"})
OWNER_PREPS = frozenset({"of", "by"})
CONTROL_PREPS = frozenset({"of", "for", "from"})  # "accused X of killing": X does the killing
SEQUENCE_PREPS = frozenset({"before", "after", "while", "upon", "without"})  # the main clause's doer acts
MEANS_VERBS = frozenset({"use", "employ", "deploy", "wield"})  # "used tear gas to disperse": the user acts
ARMED_SECTORS = frozenset({"REB", "MIL", "UAF", "COP", "PRM", "CRM"})  # used by `noun_roles`


def conjuncts(token: Token) -> list[Token]:
    """The token and every coordinated token ("Sinjar and Zumar")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def pobjs(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Heads of the objects of the token's prepositions among `preps` (also "by"-agents and
    datives: "attacked by X", "gave it to X")."""
    out = []
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            out.extend(noun_head(g) for g in child.children if g.dep_ == "pobj")
    return out


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The logical subject of a verb, through conjunction, control and relative clauses."""
    if depth > 6:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return noun_head(child)
    named = _name_as_auxiliary(verb) or war_roles.name_before(verb)
    if named is not None:
        return named
    dep, head = verb.dep_, verb.head
    if head is verb:
        return None
    if dep == "acl" and verb.tag_ == "VBG" and _carrier(head):
        return subject_of(head.head, depth + 1)  # "published a statement insisting that ..."
    if dep == "relcl" or (dep == "acl" and verb.tag_ in {"VBG", "VBN"}):
        return head
    if dep == "acl":
        by = pobjs(head, {"by"})
        # "Uganda's decision to expel the envoy": the possessor of the noun the infinitive completes
        owner = [c for c in head.children if c.dep_ == "poss"] if verb.tag_ == "VB" else []
        return by[0] if by else (owner[0] if owner else None)
    if dep == "xcomp":
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs and head.lemma_.lower() in MEANS_VERBS and to_actor(verb.doc, noun_head(objs[0])) is None:
            objs = []  # the means ("tear gas") does not act; its user does
        return noun_head(objs[0]) if objs else subject_of(head, depth + 1)
    if dep == "pcomp" and head.lower_ == "by" and head.head.pos_ == "VERB" and not is_passive(head.head):
        return subject_of(head.head, depth + 1)  # "IS carry out executions by beheading": the means' doer
    if dep == "pcomp" and head.lower_ in CONTROL_PREPS and head.head.pos_ == "VERB":
        objs = [c for c in head.head.children if c.dep_ == "dobj"]  # "accuse X of killing", "blame X for"
        if objs:
            return noun_head(objs[0])
    if dep == "pcomp" and head.lower_ in SEQUENCE_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(head.head, depth + 1)  # "fought for days before agreeing to a truce"
    if dep in {"conj", "acomp", "advcl", "ccomp"} and head.pos_ in {"VERB", "AUX", "ADJ"}:
        if dep == "ccomp":
            return None
        return subject_of(head, depth + 1)
    return None


def _carrier(noun: Token) -> bool:
    """A thing that carries its issuer's words, object of the issuing verb: "issued a statement
    calling for calm", "released a video showing ...": the issuer speaks, not the statement."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    return noun.lemma_.lower() in load_lexicon().carrier_nouns or to_actor(noun.doc, noun) is None


def _actor_auxiliary(token: Token) -> bool:
    """An actor's acronym the parser read as the verb "is" ("IS executes", "IS attacks SDF"),
    recognised because it is written in capitals and the actor tagger named it."""
    return token.pos_ == "AUX" and len(token.text) > 1 and token.text.isupper() \
        and actor_for(token.doc, token) is not None


def _name_as_auxiliary(verb: Token) -> Token | None:
    """A subject the parser took for an auxiliary: a child ("IS executes a man") or, for a verb
    coordinated with it, the misread root itself ("IS moves in ... and kills 9 guards")."""
    if _actor_auxiliary(verb):
        return verb
    for child in verb.lefts:
        if child.dep_ in {"aux", "auxpass"} and _actor_auxiliary(child):
            return child
    return None


def reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun ("civilians killed in shelling", the headline passive):
    the noun is what was done to, not who did it. A participle with an object, or set off by
    commas, is a finite verb the tagger misread ("doctors delivered goods")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < verb.head.i or undergoes(verb):
        return False  # "the fact that 5 people have died": dying is no passive
    if any(t.is_punct for t in verb.doc[verb.head.i + 1 : verb.i]):
        return False  # "the leader, who ..., planned": a finite verb after an aside
    return not any(c.dep_ == "dobj" for v in conjuncts(verb) for c in v.children)


def stative(verb: Token) -> bool:
    """A passive that states its subject's attitude, with no "by"-agent ("is opposed to",
    "are committed to")."""
    return verb.lemma_.lower() in load_lexicon().stative_passives and not pobjs(verb, {"by"}) and any(
        c.dep_ == "auxpass" for c in verb.children)


def is_passive(verb: Token) -> bool:
    if headline_active(verb):
        return False
    return reduced_passive(verb) or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def headline_active(verb: Token) -> bool:
    """An actor's name read as the passive auxiliary of a verb with a direct object ("IS
    executed two men", "IS flogs a youth"): headlines drop auxiliaries, and a passive takes no
    object, so the name is the subject of an active verb, not the one acted on ("200 IS killed")."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    return bool(aux) and all(_actor_auxiliary(c) for c in aux) and not any(
        c.dep_ == "nsubjpass" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


def verb_agents(verb: Token) -> list[Token]:
    """Who did it: the "by"-phrase of a passive, else the subject; nobody for a verb whose
    subject undergoes it ("died")."""
    if undergoes(verb):
        return []
    if stative(verb):  # "Israel is opposed to the plan": the subject holds the attitude
        subj = passive_subject(verb)
        return [subj] if subj is not None else []
    if is_passive(verb):
        by = pobjs(verb, {"by"})
        if by:  # "killed by shelling by army units": the means' own agent did it
            return by + [a for t in by if t._.trigger is not None for a in pobjs(t, {"by"})]
        if verb.dep_ == "conj" and is_passive(verb.head):
            return verb_agents(verb.head)
        return war_roles.operation_agents(verb)
    subj = subject_of(verb)
    if subj is None:
        return []
    # a hyphenated name the parser broke up ("Jaysh al-Islam and Faylaq al-Rahman shelled"):
    # each piece is a subject of its own, and the coordinated name hangs on a later piece
    split = [c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i and c.pos_ == "PROPN"
             and any(g.dep_ == "conj" for g in c.children)]
    return [subj] + split


def verb_patients(verb: Token) -> list[Token]:
    """Whom or what it was done to: the object, or the subject of a passive; for an object that
    is a thing, whom the thing is for or against ("lifted sanctions on Iran"); for a demand, who
    is to act ("demanded that Japan withdraw"); for a verb with no object of its own, the object
    of the act it commits to ("offered to hand them over to Britain")."""
    objects = [noun_head(c) for c in verb.children if c.dep_ == "dobj"]
    out = objects + [t for o in objects for t in _thing_targets(o)]
    out += demanded_of(verb)
    if reduced_passive(verb):
        out.append(verb.head)
    subj = passive_subject(verb)
    if subj is not None and not stative(verb):
        out.append(antecedent(verb, subj))  # "Huilca, who was shot"
    out += violent_death(verb)  # "has died from gunshot wounds"
    # "200 IS killed": the name read as the passive auxiliary is who was killed
    if not headline_active(verb):
        out += [c for c in verb.children if c.dep_ == "auxpass" and _actor_auxiliary(c)]
    if not out and verb.dep_ == "conj" and is_passive(verb) and is_passive(verb.head):
        out = verb_patients(verb.head)
    if not out:
        out = committed_patients(verb) or inflicted_on(verb) or war_roles.stray_targets(verb)
    return war_roles.with_parts(verb, out)


def _peaceful(token: Token) -> bool:
    """Not an act of violence: only there do "with"/"against" name the other side; in violence
    they name an instrument ("shelled the town with artillery") or a fighting party."""
    sense = token._.trigger
    return sense is None or (sense.type not in VIOLENT_TYPES and not sense.two_sided)


def _thing_targets(obj: Token, verb: Token | None = None) -> list[Token]:
    """Whom a thing handed, imposed, shared or refused concerns: whom it is for or against
    ("sanctions on Cuba", "loans for Albania", "data with Canada"), whose it is ("rejected
    a Chinese plan", "Kenya's crackdown on the riots", "appeals by Moldova's leaders",
    "razed Kurdish villages"). Only for an object that is not itself an actor, and only
    outside violence (there the owner of a target is its place or a bystander). `verb` is the
    event's trigger when the object hangs on a preposition ("called for sanctions")."""
    verb = verb if verb is not None else obj.head
    sense = verb._.trigger
    if sense is None or sense.territory or not _peaceful(verb) or not _peaceful(obj):
        return []  # an untyped verb, or a place taken ("the towns of Sinjar"), says nothing of owners
    if obj.pos_ != "NOUN" or in_class(obj, "place") or to_actor(obj.doc, obj) is not None:
        return []
    out = [t for t in pobjs(obj, THING_PREPS | OWNER_PREPS) if t.pos_ in {"NOUN", "PROPN"}]
    out += [c for c in obj.children if c.dep_ == "poss" and c.lower_ not in PERSONAL_PRONOUNS]
    out += [c for c in obj.children if c.dep_ in {"amod", "compound", "nmod"} and _owner_word(c)]
    return out


def _owner_word(token: Token) -> bool:
    """A modifier that names who owns a thing: a country or group adjective or name ("Indian",
    "Palestinian", "NATO"), not a description ("new", "military")."""
    if token.pos_ not in {"ADJ", "PROPN", "NOUN"} or not token.text[:1].isupper():
        return False
    return lexicon().lookup(token.text, roles=("adjective", "name", "community_adj"), cased=True) is not None


def demanded_of(verb: Token) -> list[Token]:
    """Who a demand is addressed to: the subject of the demanded clause ("demanded that the US
    cancel the sale") or the object of "call on" ("urged Africans to stand together"); so is
    whom a concession lets act ("allowed the opposition leader to hold a rally")."""
    sense = verb._.trigger
    permits = sense is not None and sense.type == "CONCEDE" and verb.pos_ == "VERB"
    if sense is None or (sense.type != "REQUEST" and not permits):
        return []
    clauses = {"ccomp"} if verb.pos_ == "VERB" else {"acl", "ccomp"}  # "its demand that Iraq reopen"
    out = [noun_head(s) for c in verb.children if c.dep_ in clauses and c.pos_ in {"VERB", "AUX"}
           and (not permits or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
           for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in RELATIVE_PRONOUNS]
    return out + (pobjs(verb, {"on", "upon"}) if verb.pos_ == "VERB" else [])


def committed_patients(verb: Token, depth: int = 0) -> list[Token]:
    """The object and recipients of the act a verb commits to ("agreed to ease sanctions on
    Cuba", "offered to talk with Georgia"): the verb's own target is that act's target."""
    if depth > 2 or verb.pos_ not in {"VERB", "ADJ", "AUX"}:
        return []
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            objects = [noun_head(c) for c in child.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "ADP"]
            if child._.trigger is not None and child._.trigger.type == "MOBILIZE":  # "refused to deploy troops in X"
                objects = [o for o in objects if o.lemma_.lower() not in load_lexicon().classes.get("military", ())]
            event = child if child._.trigger is not None else verb
            out += objects + [t for o in objects for t in _thing_targets(o, event)]
            out += pobjs(child, RECIPIENT_PREPS | (PEACEFUL_PREPS if _peaceful(verb) else frozenset()))
            out += committed_patients(child, depth + 1)
        elif child.dep_ == "acomp":  # "is ready to ship equipment to Jordan"
            out += committed_patients(child, depth + 1)
    return out


def casualties_of(verb: Token) -> list[Token]:
    """Who a casualty verb folded into an act counts: its patients, or the subject of a verb of
    dying ("the minister and his bodyguards died in the attack"). A death alone ("Duarte has
    died") is no act of violence, so only the act that hosts it takes the dead as victims."""
    subj = subject_of(verb) if undergoes(verb) else None
    return verb_patients(verb) + ([subj] if subj is not None else [])


def co_parties(token: Token) -> list[Token]:
    """The other sides of two-sided fighting: "clashes with X", "battle between X and Y", also
    when the parser hung "between" on the place ("clashes in the area between X and Y")."""
    out = pobjs(token, {"with", "between", "against"})
    frontier = [token]
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":  # "fighting continues in X between A and B"
        frontier.append(token.head)
        out += pobjs(token.head, {"between"})
    out += war_roles.hung_on_place(frontier)
    out += war_roles.between_partners(token, out)
    return out + war_roles.losses_in(token) + (war_roles.stray_between(token) if not out else [])


def recipients_of(token: Token) -> list[Token]:
    """Indirect recipients: "to X", "for X", "from X", the dative "gave X an ultimatum", and,
    outside violence, the other side: "met with X", "talks with X", "protested against X"."""
    out = [noun_head(c) for c in token.children if c.dep_ in {"dative", "iobj"} and c.pos_ != "ADP"]
    gainers = {t.i for t in war_roles.gainer(token)}  # "advances for the SDF": the SDF advanced
    out += [t for t in pobjs(token, RECIPIENT_PREPS) if t.i not in gainers]
    if _peaceful(token):  # "with the signing of the accord, they agreed": an event is no party
        out += [t for t in pobjs(token, PEACEFUL_PREPS) if not (t._.trigger is not None and t.head.lower_ == "with")]
        out += [t for o in pobjs(token, {"for"}) for t in _thing_targets(o, token)]  # "called for sanctions against X"
        out += [t for o in pobjs(token, {"into"}) for t in [o] + _thing_targets(o, token)]  # "hacked into X's computers"
    else:
        out += war_roles.losing_side(token)
    return out


def split_places(patients: list[Token]) -> list[Token]:
    """Place tokens named by the object, one per conjunct ("the towns of Sinjar and Zumar")."""
    out: list[Token] = []
    for patient in patients:
        if in_class(patient, "place") and patient.pos_ in {"NOUN", "PRON"}:
            named = pobjs(patient, {"of"})
            named += [c for c in patient.children if c.dep_ == "appos"]
            if named:
                for n in named:
                    out.extend(conjuncts(n))
                continue
        if in_class(patient, "place") or patient.pos_ == "PROPN":
            out.extend(conjuncts(patient))
    return out


def listed_places(token: Token) -> list[Token]:
    """The places an event word happened in, one per conjunct ("Clashes in the countryside of
    Raqqa and Aleppo", "Shelling on Saqba and Arbin", "protested in Paris and Lyon"): a list
    of places in one locative phrase reports one occurrence at each place. Only a phrase whose
    every conjunct is a place counts ("in Aleppo and Idlib", not "on Monday")."""
    for pobj in pobjs(token, {"in", "at", "near", "around", "on"}):
        places = split_places([pobj])
        if len(places) > 1 and all(in_class(p, "place") for p in places):
            return places
    return []


def _actor_span(doc: Doc, head: Token) -> Span:
    """The head's noun phrase without clauses: modifiers on the left, names on the right."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in {"compound", "flat", "appos", "nmod"}:
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i + 1)
    return doc[start:end]


def _fallback_name(span: Span) -> str:
    # a possessor's own head stays ("President Saied's decision": "President Saied")
    dropped = {"nummod", "quantmod", "advmod", "poss", "case"}
    words = [t for t in span if not t.is_punct and t.lower_ not in DETERMINERS and not t.like_num
             and (t.dep_ not in dropped or (t.i == span.root.i and t.dep_ == "poss"))]
    while words and words[0].pos_ in {"ADV", "ADP", "DET"}:
        words = words[1:]
    return " ".join(t.text for t in words).strip() or span.text


def to_actor(doc: Doc, head: Token, person: bool = False) -> Actor | None:
    """The actor a noun head refers to: the actor lexicon first, then the noun phrase itself
    when it plainly names a group or kind of people (`person`: the head is the victim of a
    killing or wounding, so any noun for someone counts); None for things and places."""
    span = _actor_span(doc, head)
    if head._.trigger is not None and head.i > span.start:
        # an event noun as object ("help the Kurdish military battle"): its modifiers name the party
        span = doc[span.start:head.i]
        head = span[-1]
    appositive = any(c.dep_ == "appos" for c in head.children)  # "Paktika province, an Afghan force"
    if head.pos_ in ("NOUN", "PROPN") and not appositive and _literal_place(doc, head) and not (
            head.pos_ == "PROPN" and _country(doc, head)):
        return None  # "rockets hit Aleppo": a literal place is where, not who (a country is its state)
    actor = war_roles.people_from_armed(doc, head) or actor_for(doc, span) or war_roles.member_of_armed(doc, head)
    if actor is not None:
        return None if _attacked_place(head, actor) else actor
    if head.dep_ in {"amod", "compound", "nmod"} and head.head._.trigger is None and _owner_word(head):
        # "rejected a Chinese plan": the owner of a thing; an event's ("Palestinian riots") is its agent
        form = lexicon().lookup(head.text, roles=("adjective", "name", "community_adj"), cased=True)
        return actor_of_form(form, head.text) if form is not None and form.entry.kind != "community" else None
    if head.lower_ in PERSONAL_PRONOUNS or head.pos_ == "PRON" or head.ent_type_ in NON_ACTOR_ENTS:
        return None
    if head.like_num:
        return None  # "another one was damaged", "ONE" read as a name in wire copy: a number, no party
    if head.pos_ == "ADJ" and head.ent_type_ != "NORP":
        return None  # "Fierce clashes": a capitalised adjective is not a name
    captives = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if head.lemma_.lower() in CAPTIVE_WORDS and captives:  # "took soldiers prisoner" parsed as a compound
        return to_actor(doc, captives[-1])
    lex = load_lexicon()
    state = head.lemma_.lower() in lex.classes.get("military", ())
    people = (in_class(head, "person", lex) or (person and struck_people(head))) and head.lower_ not in PERSONAL_PRONOUNS
    named = head.ent_type_ in ACTOR_ENTS or (head.pos_ == "PROPN" and not in_class(head, "place", lex))
    # "the Venezuelan opposition", not "a Malian army post": a modifier names a group only of people
    named = named or (head.lower_ in group_heads() and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "ORG"} for c in head.children))
    if not (state or people or named) or head.lemma_.lower() in unaffiliated_nouns():
        return None
    name = _fallback_name(span)
    if _no_name(span, name):
        return None
    actor = Actor(name=name, text=span.text, country=nationality(list(span)))
    return None if _attacked_place(head, actor) else actor


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _no_name(span: Span, name: str) -> bool:
    """A phrase that names no party: a fragment of a split word ("co" of "co-founder") or a
    label the text quotes from someone ('targeted "apostate officials"'), whom it does not
    itself identify."""
    if sum(ch.isalpha() for ch in name) < 3:
        return True
    doc = span.doc
    opened = span[0].text in QUOTES or (span.start > 0 and doc[span.start - 1].text in QUOTES)
    closed = span[-1].text in QUOTES or (span.end < len(doc) and doc[span.end].text in QUOTES)
    return opened and closed


def _attacked_place(head: Token, actor: Actor) -> bool:
    """Whether an unknown proper name is the place an attack struck ("barrel bombs strike
    Kafr Nabl", "mortars hit Bustan al-Qasr", "raids on Hreitan"): a name the lexicon does not know,
    with no kind (no sector, country or person), no group head noun, as the object of a violent
    trigger is where the attack fell, not a party to it. A name read as a person's counts only
    under remote fire (shells, air strikes), which strikes places, not named people."""
    if actor.sector or actor.country or head.pos_ != "PROPN" or head.ent_type_ == "NORP":
        return False
    if head.lower_ in group_heads() or head.lemma_.lower() in load_lexicon().classes.get("person", ()):
        return False
    if titled_person(head) or named_person(head):  # "the attack on Dr Mendoza Ruiz", "on Quintero"
        return False
    if head.dep_ == "conj":  # "target Kafraya and al-Fua": as the first conjunct
        return head.head.pos_ == "PROPN" and _attacked_place(head.head, actor)
    governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"on", "in", "at"} else head.head
    if head.dep_ not in {"dobj", "pobj"}:
        return False
    sense = governor._.trigger
    if sense is None or sense.type != "ASSAULT":
        return False
    remote = load_lexicon().state_instruments
    return head.ent_type_ != "PERSON" or any(t.lemma_.lower() in remote for t in governor.subtree if t.i < head.i)


def _place_span(doc: Doc, head: Token) -> Span | None:
    """The toponym span the head lies in, if any."""
    return next((s for s in doc.spans.get("places", []) if s.start <= head.i < s.end), None)


def _country(doc: Doc, head: Token) -> bool:
    """Whether the head names a whole country: news and event coding take a country for its
    state even where it reads as a place ("pull out of Chad", "loans to Mali")."""
    span = _place_span(doc, head)
    return span is not None and span._.place is not None and span._.place.precision == "country"


def _literal_place(doc: Doc, head: Token) -> bool:
    """Whether the head is a toponym used as a place ("rockets hit Aleppo"): the target's
    location, not a party; metonyms ("Damascus said") and demonyms ("Russian strikes") stay actors."""
    span = _place_span(doc, head)
    if span is not None:
        return span._.toponym_kind == "literal"
    if head.pos_ == "NOUN" and in_class(head, "place"):  # "Hama countryside", "the town of Daraa"
        named = [c for c in head.children if c.dep_ == "compound"] + pobjs(head, {"of"})
        return any(_literal_place(doc, c) for c in named if c.pos_ == "PROPN")
    return False


def actors_of(doc: Doc, heads: list[Token], struck: bool = False, people: frozenset[int] = frozenset()) -> list[Actor]:
    """Actors for heads and their conjuncts, without duplicates, in text order. `struck`: the
    heads are targets of violence, where an office holder is hit in person ("a senator");
    `people`: indices of victims of killing or wounding (`to_actor`'s `person`)."""
    out: list[Actor] = []
    seen: set[str] = set()
    for head in heads:
        for tok in conjuncts(head):
            actor = to_actor(doc, tok, person=head.i in people)
            if struck and actor is not None:
                actor = as_state_force(doc, tok, as_person(doc, tok, actor))  # "the 9th armoured battalion"
                if actor.country is None:  # "Tomas Arriaga, former Honduran consul"
                    described = [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
                    actor = dataclasses.replace(actor, country=nationality(described))
            found = [actor] if actor is not None else []
            if actor is not None and tok.pos_ in {"NOUN", "PROPN"}:  # "French and Chinese envoys"
                found += actors_for(doc, tok)[1:]
            for each in found:
                if each.name.lower() not in seen:
                    seen.add(each.name.lower())
                    out.append(each)
    return out
