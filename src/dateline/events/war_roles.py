"""Readings of war reports that plain argument structure misses: whose losses a casualty noun
counts, the armed parts of an "including" list, a "between" phrase hung on the wrong word, the
side a force gains ground from, an officer or member (also one the parser cut from his group:
"kill 35 members from the regime forces") or a post ("positions of the SDF") standing for the
armed group named after it, and a group's name the parser hung on the phrase before its verb.
Called from `events.arguments`, whose dependency helpers these use.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events import arguments as args
from dateline.events.targets import held_posts
from dateline.events.triggers import in_class
from dateline.mentions.actor_lexicon import lexicon
from dateline.mentions.actors import actor_for
from dateline.records import Actor


def with_parts(verb: Token, patients: list[Token]) -> list[Token]:
    """Patients plus the armed parts an "including" phrase lists ("killed 40 people, including
    12 soldiers"): the soldiers are a side hit. The whole ("people") is then a total over
    fighters and others, not a body of civilians, so it is left out. Civilian parts ("135,
    including 32 civilians") add nothing: they do not make the whole an attack on civilians."""
    parts = [p for t in [verb, *patients] for p in args._pobjs(t, {"including"}) if p.i != verb.i]
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
    sense = noun._.trigger
    if sense is None or not sense.casualty:
        return []
    out = args._pobjs(noun, {"among"})
    inside = args._pobjs(noun, {"in", "within"})
    ranks = [r for r in inside if r.lemma_.lower() == "rank"]
    out += [o for r in ranks for o in args._pobjs(r, {"of"})]
    # "losses in IS": an armed actor, not a place, is whose losses they are
    out += [t for t in inside if not in_class(t, "place") and _armed_name(t)]
    bare_in = any(c.dep_ == "prep" and c.lower_ == "in" and not list(c.children) for c in noun.children)
    if bare_in and noun.dep_ == "nsubj" and args._actor_auxiliary(noun.head):
        out.append(noun.head)  # "losses in IS" parsed as "losses in is"
    return out


def _armed_name(token: Token) -> bool:
    actor = actor_for(token.doc, token)
    return actor is not None and bool(args.ARMED_SECTORS & set(actor.sector))


def stray_between(token: Token) -> list[Token]:
    """"Shelling in al-Waer and clashes in the Badia between regime forces and ISIS": a
    "between" phrase the parser hung on an earlier word of the sentence belongs to the nearest
    two-sided fighting word before it; its non-place objects are that fight's parties. Also a
    "between" phrase whose first name the parser read as a verb (`_named_as_verb`), and the
    side whose losses a casualty noun framing the fight counts (`_losses_in`)."""
    sense = token._.trigger
    if sense is None or not sense.two_sided:
        return []
    out = _named_as_verb(token) + _losses_in(token)
    for prep in token.sent:
        if prep.i <= token.i or prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        fights = [t for t in token.sent if t.i < prep.i and t._.trigger is not None and t._.trigger.two_sided]
        if fights and fights[-1].i == token.i:
            out += [g for g in args._pobjs(prep.head, {"between"}) if not in_class(g, "place")]
    return out


def _losses_in(fight: Token) -> list[Token]:
    """"More casualties among the SDF in clashes near Tabqa": a fight that names no party, inside
    the phrase of a casualty noun, was fought by the side whose losses that noun counts."""
    prep = fight.head if fight.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"in", "during"} or prep.head._.trigger is None:
        return []
    return casualties_among(prep.head)


def _named_as_verb(token: Token) -> list[Token]:
    """"Clashes between IS allied faction and Jabhat al-Nusra" parsed with "IS" as a verb: the
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
    out = [o for e in args._pobjs(token, {"at"}) if e.lemma_.lower() == "expense"
           for o in args._pobjs(e, {"of"})]
    return out + [o for o in args._pobjs(token, {"over"}) if not in_class(o, "place")
                  and args._place_span(o.doc, o) is None and o.ent_type_ not in args.NON_ACTOR_ENTS]


MEMBER_PREPS = frozenset({"in", "of", "from", "within"})
HOLDER_PREPS = frozenset({"of", "for"})


def member_of_armed(doc: Doc, head: Token) -> Actor | None:
    """"a commander in Jabhat al-Nusra", "a member from the regime forces": an organisation's
    member or officer (a `member` role noun) stands for the armed organisation named after it.
    So does a post it holds (`targets.held_posts`), as the party an attack on it fights: "an
    attack on a point of regime forces", "positions for the SDF"."""
    if head.pos_ == "NOUN" and {head.lemma_.lower(), head.lower_} & held_posts():
        return _holder(doc, head)
    role = lexicon().roles.get(head.lower_)
    if role is None or role.kind != "member":
        return None
    for owner in args._pobjs(head, MEMBER_PREPS) or _owner_on_verb(head):
        actor = actor_for(doc, owner)
        if actor is not None and args.ARMED_SECTORS & set(actor.sector):
            return Actor(actor.name, doc[head.left_edge.i:head.i + 1].text, actor.country, list(actor.sector))
    return None


def _holder(doc: Doc, post: Token) -> Actor | None:
    for owner in args._pobjs(post, HOLDER_PREPS):
        actor = actor_for(doc, owner)
        if actor is not None and args.ARMED_SECTORS & set(actor.sector):
            return Actor(actor.name, doc[post.left_edge.i:owner.right_edge.i + 1].text, actor.country,
                         list(actor.sector))
    return None


def _owner_on_verb(head: Token) -> list[Token]:
    """"kill 35 members from the regime forces" parsed with "from" on the verb: a "from" or
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

