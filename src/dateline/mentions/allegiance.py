"""Armed men named by whom they serve: "gunmen loyal to the regime", "pro-government militias",
"135 persons from the regime forces".

News of civil wars names auxiliaries by their master rather than by a name of their own
("army units and fighters loyal to them", "a battalion loyal to the Islamic State",
"pro-regime fighters"). Read as bare role nouns they would be the country's rebels; they fight
on their master's side, so they are their master's actor. A state's auxiliaries keep the state's
name and take the pro-government militia sector (PLOVER's PRM) first, as UCDP counts them on the
government side; a group's are the group ("an IS-allied faction", "fighters of the ELN",
"gunmen from rival factions of the Sinaloa Cartel"). Likewise "persons from" or "men of" an
armed actor are its members, not civilians.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dateline.mentions.actor_lexicon import ARMED_SECTORS, STATE_SECTORS, lexicon
from dateline.records import Actor

LOYALTY = frozenset({"loyal", "allied", "affiliated", "aligned", "faithful", "linked"})
LOYALTY_PREPS = frozenset({"to", "with"})
ARMED_ROLES = frozenset({"state", "rebel", "description"})
# people nouns that count members of what follows; "dissidents" and "remnants" of an armed group
# are a faction of it ("dissidents of the FARC", "remnants of the group"), not a political opposition
MEMBER_NOUNS = frozenset({"person", "persons", "people", "men", "individuals", "elements",
                          "dissidents", "remnants"})
MEMBER_PREPS = frozenset({"from", "of", "among"})
PRO = "pro"
STATE_WORDS = frozenset({"government", "regime", "state"})


def loyal_to(head: Token) -> Token | None:
    """The noun an armed role noun is said to serve: "gunmen loyal to them" -> "them".

    In "army units and fighters loyal to them" the parser often hangs "loyal" on the first
    conjunct; after the second conjunct it still describes that one, and "them", which cannot
    be the noun it describes, is the first conjunct: the master is that conjunct itself. So is
    it for a bare "allied" or "loyal" on the second conjunct ("X and allied militiamen")."""
    first = head.head if head.dep_ == "conj" else None
    if first is not None and any(c.dep_ == "amod" and c.lower_ in LOYALTY and not list(c.children)
                                 for c in head.children):
        return first  # "army units and allied tribesmen": allied to the first conjunct
    for holder in (head, first):
        if holder is None:
            continue
        for child in holder.rights:
            if child.lower_ not in LOYALTY or (holder is first and child.i < head.i):
                continue
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in LOYALTY_PREPS:
                    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    return holder if holder is first and obj is not None and obj.pos_ == "PRON" else obj
    return None


PART_NOUNS = frozenset({"faction", "factions", "wing", "wings", "unit", "units", "cell", "cells", "branch",
                        "ranks", "members", "elements"})


def fighters_of(head: Token) -> Token | None:
    """The organisation an armed role noun's "of"/"from" phrase names, through parts of it:
    "fighters of the ELN", "gunmen from rival factions of the Sinaloa Cartel" -> the group."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.lower_ in PART_NOUNS:
            return fighters_of(obj) or obj
        return obj
    return None


def member_of(head: Token) -> Token | None:
    """The noun whose members a people noun counts: "135 persons from the regime forces"."""
    if head.lower_ not in MEMBER_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in MEMBER_PREPS:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def pro_state(words: list[str], context: str | None) -> Actor | None:
    """The state a "pro-" modifier names ("pro-government", "pro-regime", "pro-Assad"), when
    it is the government of the country the text is about: "pro-Russian separatists" in
    Ukraine are not Russia's forces."""
    if PRO not in words[:-1]:
        return None
    word = words[words.index(PRO) + 1]
    lex = lexicon()
    if word in STATE_WORDS:
        entry = lex.by_country.get(context or "")
    else:
        form = lex.lookup(word)
        entry = form.entry if form is not None and form.entry.kind == "state" else None
    if entry is None or entry.country != context:
        return None
    return Actor(entry.name, "", entry.country, ["GOV"])


def allied_to(span: Span, words: list[str]) -> Token | None:
    """The name just before "allied faction" when the parse left it out of the phrase ("IS
    allied faction" with "IS" read as a verb)."""
    if len(words) < 2 or words[0] not in LOYALTY or span.start == 0:
        return None
    prev = span.doc[span.start - 1]
    return prev if prev.is_alpha and (prev.pos_ == "PROPN" or prev.text.isupper()) else None


def served(span: Span, words: list[str], role_kind: str, context: str | None,
           resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The actor whose forces or auxiliaries (an armed role noun: `role_kind` "state", "rebel"
    or "description") or members (a people noun) the noun phrase `span` names, or None.
    `words` are its normalised words; `resolve` names the actor of another noun (or pronoun).
    "Troops loyal to the president" are the state's own forces, not a militia."""
    head, armed = span.root, role_kind in ARMED_ROLES
    if armed:
        master = pro_state(words, context)
        obj = (loyal_to(head) or allied_to(span, words) or fighters_of(head)) if master is None else None
    else:
        master, obj = None, member_of(head)
    if obj is not None:
        master = resolve(obj)
    if master is None or not set(master.sector) & (ARMED_SECTORS | STATE_SECTORS):
        return None
    state = bool(STATE_SECTORS & set(master.sector))
    if state and role_kind == "state":
        return None  # the state's own forces: the role noun names them
    if armed and state:
        sectors = ["PRM", *[s for s in master.sector if s != "PRM"]]
        return Actor(master.name, "", master.country, sectors)
    return Actor(master.name, "", master.country, list(master.sector))
