"""Readings of war reports that plain argument structure misses: whose losses a casualty noun
counts, the armed parts of an "including" list, a "between" or "against" phrase hung on the
wrong word (or split by it), the side a force gains ground from or "for", an officer, member or
person counted out of a group (also one the parser cut from it: "kill 35 members from the
regime forces") or a post ("positions of the SDF") standing for the armed group named after it,
the target hung on an attack's agent or light verb, whom a shot was aimed at ("fired at X"),
people a clause ties to an armed group ("suspected of belonging to X"), the party whose
operation killed, and a group's name the parser hung on the phrase before its verb. Called from `events.arguments` and
`events.noun_roles`, whose dependency helpers these use.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events import arguments as args
from dateline.events.targets import held_posts, target_words
from dateline.events.triggers import governor_of, in_class, load_lexicon
from dateline.mentions.actor_lexicon import lexicon
from dateline.mentions.actors import actor_for
from dateline.records import Actor


def with_parts(verb: Token, patients: list[Token]) -> list[Token]:
    """Patients plus the armed parts an "including" phrase lists ("killed 40 people, including
    12 soldiers"): the soldiers are a side hit. The whole ("people") is then a total over
    fighters and others, not a body of civilians, so it is left out. Civilian parts ("135,
    including 32 civilians") add nothing: they do not make the whole an attack on civilians.
    What was fired replaces itself by what it was fired at (`aimed_at`)."""
    patients = aimed_at(verb, patients)
    parts = [p for t in [verb, *patients] for p in args.pobjs(t, {"including"}) if p.i != verb.i]
    armed = [p for p in parts if any(a is not None and args.ARMED_SECTORS & set(a.sector)
                                     for a in [args.to_actor(p.doc, c) for c in args.conjuncts(p)])]
    if not armed:
        return patients
    kept = [t for t in patients if not _civilian_whole(t)]
    return kept + [p for p in armed if p not in kept]


def _civilian_whole(token: Token) -> bool:
    actor = args.to_actor(token.doc, token)
    return actor is not None and "CVL" in actor.sector


def casualties_among(noun: Token) -> list[Token]:
    """Whose dead a casualty noun counts: "casualties among the SDF", "losses in the ranks of
    the regime forces" (the side that suffered them, as "casualties of X")."""
    if not _casualty_word(noun):
        return []
    out = args.pobjs(noun, {"among"})
    inside = args.pobjs(noun, {"in", "within"})
    ranks = [r for r in inside if r.lemma_.lower() == "rank"]
    out += [o for r in ranks for o in args.pobjs(r, {"of"})]
    # "losses in IS": an armed actor, not a place, is whose losses they are
    out += [t for t in inside if not in_class(t, "place") and _armed_name(t)]
    bare_in = any(c.dep_ == "prep" and c.lower_ == "in" and not list(c.children) for c in noun.children)
    if bare_in and noun.dep_ == "nsubj" and args._actor_auxiliary(noun.head):
        out.append(noun.head)  # "losses in IS" parsed as "losses in is"
    return out


def _casualty_word(noun: Token) -> bool:
    """A noun counting casualties: its trigger sense does, or, when a constraint of the lexicon
    kept it from being a trigger ("losses" without "human"), one of its noun senses does."""
    sense = noun._.trigger
    if sense is not None:
        return bool(sense.casualty)
    senses = load_lexicon().senses.get((noun.lemma_.lower(), "NOUN"), ())
    return noun.pos_ == "NOUN" and any(s.casualty for s in senses)


def _armed_name(token: Token) -> bool:
    actor = actor_for(token.doc, token)
    return actor is not None and bool(args.ARMED_SECTORS & set(actor.sector))


def stray_between(token: Token) -> list[Token]:
    """"Rockets on Jisr al-Shughur and fighting in the desert between army units and IS": a
    "between" phrase the parser hung on an earlier word of the sentence belongs to the nearest
    two-sided fighting word before it; its non-place objects are that fight's parties. Also a
    "between" phrase whose first name the parser read as a verb (`_named_as_verb`)."""
    sense = token._.trigger
    if sense is None or not sense.two_sided:
        return []
    out = _named_as_verb(token)
    for prep in token.sent:
        if prep.i <= token.i or prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        fights = [t for t in token.sent if t.i < prep.i and t._.trigger is not None and t._.trigger.two_sided]
        if fights and fights[-1].i == token.i:
            out += [g for g in args.pobjs(prep.head, {"between"}) if not in_class(g, "place")]
    return out


DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                             "southwest", "near", "outside", "inside"})


def hung_on_place(frontier: list[Token]) -> list[Token]:
    """Parties of a fight that the parser hung on the place phrase after the fighting word:
    "battles in the west of the town of X between A and B", "fighting inside the prison east
    of the port against IS". Following the locative phrases (and a direction adverb's "of"
    phrase) from the fight, a "between" or "against" phrase on one of its places names the
    sides; only non-places are parties ("the road between Homs and Damascus" spans places)."""
    out: list[Token] = []
    for _ in range(4):
        steps = [c for t in frontier for c in t.children
                 if c.dep_ == "advmod" and c.lower_ in DIRECTION_WORDS]
        frontier = [p for t in frontier + steps for p in args.pobjs(t, args.LOCATIVE_CHAIN)]
        out += [b for t in frontier for b in args.pobjs(t, {"between"}) if not in_class(b, "place")]
        out += [b for t in frontier if _a_place(t) for b in args.pobjs(t, {"against"})
                if not in_class(b, "place") and _armed_name(b)]
        frontier += [a for t in frontier for a in t.children if a.dep_ == "appos"]
    return out


def between_partners(token: Token, parties: list[Token]) -> list[Token]:
    """The second side of a "between" phrase the parser lost: "between the regime forces against
    IS" (the "against" phrase hangs on the first side), and "between rebels and IS" where the
    name after "and" was hung elsewhere (read as a verb, or as a conjunct of an earlier word):
    an armed name right after "and" that closes the first side is its partner."""
    firsts = [p for p in parties if p.dep_ == "pobj" and p.head.lower_ == "between"]
    out = [a for p in firsts for a in args.pobjs(p, {"against"}) if _armed_name(a)]
    for first in firsts:
        if any(c.dep_ == "conj" for c in first.children):
            continue
        doc = first.doc
        ccs = [c.i for c in first.children if c.dep_ == "cc" and c.i > first.i]
        nxt = ccs[0] if ccs else first.right_edge.i + 1
        if nxt + 1 < len(doc) and doc[nxt].lower_ in {"and", "&"} and doc[nxt + 1].head.i != first.i:
            name = _name_head(doc, doc[nxt + 1])
            if name is not None and name.i not in {p.i for p in parties}:
                out.append(name)
    return out


def _name_head(doc: Doc, start: Token) -> Token | None:
    """The last word of the armed group's name that begins at `start`, if one does."""
    span = next((s for s in doc.spans.get("actors", []) if s.start == start.i), None)
    head = doc[span.end - 1] if span is not None else start
    return head if _armed_name(head) else None


def _a_place(token: Token) -> bool:
    return in_class(token, "place") or args._place_span(token.doc, token) is not None


TARGET_PREPS = frozenset({"on", "against", "targeting"})
AIM_PREPS = frozenset({"at", "on", "upon", "against", "toward", "towards", "targeting"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def aimed_at(verb: Token, patients: list[Token]) -> list[Token]:
    """Whom a shot was aimed at: "troops fired at demonstrators", "soldiers opened fire on
    protesters", "fired rockets at a police station", "threw stones at police". The object of
    an aiming verb is what was fired (`aim_objects` in `data/actors/targets.yaml`), the target is
    the object of "at" or "on" on the verb or on that missile; "on Monday" is no target, and
    a missile with no target named ("a helicopter firing missiles and cannon") is none either."""
    if verb.pos_ != "VERB" or args._peaceful(verb):
        return patients
    fired = [p for p in patients if p.dep_ == "dobj" and p.head.i == verb.i
             and p.lemma_.lower() in target_words("aim_objects")]
    if verb.lemma_.lower() not in target_words("aim_verbs") and not fired:
        return patients
    aimed = [t for o in [verb, *fired] for t in args.pobjs(o, AIM_PREPS) if t.ent_type_ not in TIME_ENTS]
    return [p for p in patients if p not in fired and p not in aimed] + aimed


def stray_targets(token: Token) -> list[Token]:
    """The target of a one-way act of violence hung on the wrong word: on the agent of an attack
    noun ("an assault by the rebels and Ahrar al-Sham on army checkpoints", read as the rebels'
    "on"), and on a headline verb with no object of its own ("IS raid on a checkpoint of the
    army units", the noun "attack" tagged as a verb)."""
    sense = token._.trigger
    if sense is None or sense.two_sided or args._peaceful(token):
        return []
    if token.pos_ == "VERB":
        has_object = any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in token.children)
        return [] if has_object else [t for t in args.pobjs(token, TARGET_PREPS) if t.ent_type_ not in TIME_ENTS]
    agents = [a for b in args.pobjs(token, {"by"}) for a in args.conjuncts(b)]
    return [t for a in agents for t in args.pobjs(a, TARGET_PREPS)]


GAIN_NOUNS = frozenset({"advance", "advancement", "progress", "gain"})


def gainer(noun: Token) -> list[Token]:
    """"Gains for the rebels in rural Hama", "new gains for the army", "advances to the
    SDF": the armed side a gain of ground is "for" (or "to") made it; it is no recipient."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in GAIN_NOUNS:
        return []
    return [t for t in args.pobjs(noun, {"for", "to"}) if _armed_name(t)]


def light_verb_targets(noun: Token) -> list[Token]:
    """"Rebels launch a fresh assault near the river on posts of the army": the target phrase of
    an act of violence named by the object of a light verb, hung by the parser on the verb."""
    gov = governor_of(noun)
    if gov is None or args._peaceful(noun) or gov.lemma_.lower() not in load_lexicon().light_verbs:
        return []
    return args.pobjs(gov, {"on", "against", "targeting"})


OPERATION_NOUNS = frozenset({"operation", "offensive", "campaign", "attack", "assault", "advance",
                             "advancement", "raid", "push", "incursion"})


def operation_agents(verb: Token) -> list[Token]:
    """"Gunmen killed in the clearing operations of the army", "killed during a push
    of the rebels": a passive act of violence with no "by"-agent, done in a military operation,
    was done by the armed party whose operation it was (its "of"- or "by"-phrase)."""
    out: list[Token] = []
    for noun in args.pobjs(verb, {"in", "during", "within"}):
        names = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        if names & OPERATION_NOUNS:
            out += [o for o in args.pobjs(noun, {"of", "by"}) if _armed_name(o)]
    return out


def losses_in(fight: Token) -> list[Token]:
    """"New deaths among the rebels in fighting near Idlib", "losses in the army after battles with
    IS": a fight inside the phrase of a casualty noun was fought by the side whose losses
    that noun counts, beside any other side it names."""
    sense = fight._.trigger
    prep = fight.head if fight.dep_ == "pobj" and sense is not None and sense.two_sided else None
    if prep is None or prep.lower_ not in {"in", "during", "after", "amid"}:
        return []
    frame = prep.head
    if args._actor_auxiliary(frame):  # "Deaths in IS after fighting", read with "IS" as the verb
        frame = next((c for c in frame.children if c.dep_ == "nsubj"), frame)
    return casualties_among(frame)


def _named_as_verb(token: Token) -> list[Token]:
    """"Fighting between IS linked brigade and Ahrar al-Sham" parsed with "IS" as a verb: the
    name, and the names coordinated after its misread complement, are the parties."""
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        for name in prep.children:
            if name.dep_ == "pcomp" and args._actor_auxiliary(name):
                out += [name] + [c for a in name.children if a.dep_ == "attr" for c in args.conjuncts(a)[1:]]
    return out


def losing_side(token: Token) -> list[Token]:
    """Who a violent act gains ground from: "advanced at the expense of IS", "IS advances over
    rebels". "Over" names a side only when its object is no place ("strikes over Syria")."""
    out = [o for e in args.pobjs(token, {"at"}) if e.lemma_.lower() == "expense"
           for o in args.pobjs(e, {"of"})]
    return out + [o for o in args.pobjs(token, {"over"}) if not in_class(o, "place")
                  and args._place_span(o.doc, o) is None and o.ent_type_ not in args.NON_ACTOR_ENTS]


MEMBER_PREPS = frozenset({"in", "of", "from", "within"})
HOLDER_PREPS = frozenset({"of", "for"})


def member_of_armed(doc: Doc, head: Token) -> Actor | None:
    """"a leader in Ahrar al-Sham", "an officer from the army units": an organisation's
    member or officer (a `member` role noun) stands for the armed organisation named after it.
    So does a post it holds (`targets.held_posts`), as the party an attack on it fights: "a
    raid on a position of the army", "checkpoints for the rebels"."""
    if head.pos_ == "NOUN" and {head.lemma_.lower(), head.lower_} & held_posts():
        return _holder(doc, head)
    role = lexicon().roles.get(head.lower_)
    if role is None or role.kind != "member":
        return None
    for owner in args.pobjs(head, MEMBER_PREPS) or _owner_on_verb(head):
        actor = actor_for(doc, owner)
        if actor is not None and args.ARMED_SECTORS & set(actor.sector):
            return Actor(actor.name, doc[head.left_edge.i:head.i + 1].text, actor.country, list(actor.sector))
    return None


PEOPLE_NOUNS = {"person": {"from"}, "people": {"from"}, "man": {"from"}, "individual": {"from"},
                "suspect": {"from"}, "woman": {"from"}, "youth": {"from"},
                "element": {"from", "of"}}


def people_from_armed(doc: Doc, head: Token) -> Actor | None:
    """"kill 25 persons from both factions", "elements of IS": people counted out of an armed
    party are its fighters, not civilians."""
    preps = PEOPLE_NOUNS.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None
    if not preps:
        return None
    on_verb = [o for o in _owner_on_verb(head) if o.head.lower_ in preps]  # "kill 14 people from X"
    for owner in args.pobjs(head, preps) or on_verb:
        for part in args.conjuncts(owner):
            actor = actor_for(doc, part)
            if actor is not None and args.ARMED_SECTORS & set(actor.sector):
                return Actor(actor.name, doc[head.left_edge.i:head.i + 1].text, actor.country, list(actor.sector))
    return _affiliated(doc, head)


def _affiliated(doc: Doc, head: Token) -> Actor | None:
    """"14 people suspected of belonging to the Islamic State group", "men believed linked to
    al-Shabaab": people a clause ties to an armed group (`affiliation_cues` in
    `data/actors/targets.yaml`) are taken as its members, as ACLED codes such arrests."""
    cues = target_words("affiliation_cues")
    for clause in (c for c in head.children if c.dep_ in {"acl", "relcl"}):
        words = list(clause.subtree)
        if not any(t.lemma_.lower() in cues for t in words if t.pos_ in {"VERB", "ADJ", "NOUN", "ADP"}):
            continue
        for tok in (t for t in words if t.dep_ == "pobj"):
            actor = actor_for(doc, tok)
            if actor is not None and args.ARMED_SECTORS & set(actor.sector):
                return Actor(actor.name, doc[head.left_edge.i:head.i + 1].text, actor.country, list(actor.sector))
    return None


def _holder(doc: Doc, post: Token) -> Actor | None:
    owners = args.pobjs(post, HOLDER_PREPS) + [c for c in post.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    for owner in owners:  # "positions of the SDF", "regime forces' concentrations"
        actor = actor_for(doc, owner)
        if actor is not None and args.ARMED_SECTORS & set(actor.sector):
            return Actor(actor.name, doc[post.left_edge.i:owner.right_edge.i + 1].text, actor.country,
                         list(actor.sector))
    return None


def _owner_on_verb(head: Token) -> list[Token]:
    """"kill 12 fighters from the rebel brigades" parsed with "from" on the verb: a "from" or
    "of" phrase right after the verb's object names the object's organisation."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.dep_ != "dobj" or nxt is None or nxt.lower_ not in {"from", "of"} or nxt.head.i != head.head.i:
        return []
    return [g for g in nxt.children if g.dep_ == "pobj"]


FINITE_TAGS = frozenset({"VBZ", "VBP"})
MISREAD_DEPS = frozenset({"appos", "conj", "compound", "npadvmod", "nmod"})


def name_before(verb: Token) -> Token | None:
    """The armed group named just before a present-tense verb the parser gave no subject (the
    base form counts, with no auxiliary: the tagger reads "execute" after a name so): in
    headline syntax the name is the subject even where the parser hung it on the phrase before
    ("On charges of ... the 'Islamic State' execute a man", read as an apposition; "Clashes
    occur near the airport and ISIS executes a man", read as a conjunct of "airport")."""
    bare = verb.tag_ == "VB" and verb.dep_ in {"ROOT", "ccomp", "conj"} and not any(
        c.dep_ in {"aux", "mark"} for c in verb.children)
    if (verb.tag_ not in FINITE_TAGS and not bare) or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    while prev.is_punct and prev.i > 0:
        prev = verb.doc[prev.i - 1]
    if prev.pos_ not in {"PROPN", "NOUN"} or prev.dep_ not in MISREAD_DEPS or prev.head.i > verb.i:
        return None
    return prev if _armed_name(prev) else None

