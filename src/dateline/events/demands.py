"""Demands voiced as "X must do Y": the clause that bears "must" and who voiced it.

"Mubarak said the US must withdraw" is Mubarak's demand on the US, not a US withdrawal. The
"must" may sit on a verb the event clause complements ("France must be prepared to intervene") and
the demand may hang on a noun ("a warning to Libya that it must comply"): the speaker is
then whoever issued that noun, or owns it ("Mubarak's insistence that ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events import arguments as args
from dateline.events.triggers import Sense, load_lexicon

DEMAND = Sense(lemma="must", pos="VERB", type="REQUEST", priority=1)
CHAIN_DEPS = frozenset({"xcomp", "acomp"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def demand_modal(token: Token) -> bool:
    """Whether the clause is "X must do Y": the speaker's demand, not X's act."""
    modals = load_lexicon().demand_modals
    return any(c.dep_ == "aux" and c.lower_ in modals for c in token.children)


def demand_hits(doc: Doc, hits: dict[int, Sense]) -> None:
    """Verbs under "must" that no lexicon sense covers still make a REQUEST."""
    for tok in doc:
        if tok.pos_ == "VERB" and tok.i not in hits and demand_modal(tok):
            hits[tok.i] = DEMAND


def demand_bearer(clause: Token) -> Token | None:
    """The verb that bears "must" for an event clause: the clause itself, or a verb it
    complements ("France must be prepared to intervene", "must keep on talking")."""
    tok = clause
    for _ in range(4):
        if demand_modal(tok):
            return tok
        if tok.dep_ not in CHAIN_DEPS or tok.head is tok or tok.head.pos_ not in {"VERB", "AUX", "ADJ"}:
            return None
        tok = tok.head
    return None


def demanders(doc: Doc, bearer: Token) -> list[Token]:
    """Who voiced the demand: the subject of the verb whose complement it is ("Mubarak said
    (that) the US must ..."), or, for a demand on a noun, the noun's owner ("Mubarak's view that
    ...") or the subject of the verb that issued it ("Chirac issued a reminder that Iraq must")."""
    head = bearer.head
    if head is bearer:
        return []
    if bearer.dep_ in CLAUSE_DEPS:
        return args.verb_agents(head)
    if bearer.dep_ not in {"acl", "relcl"} or head.pos_ != "NOUN":
        return []
    owners = [c for c in head.children if c.dep_ == "poss"]
    if owners:
        return owners
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ in {"dobj", "pobj", "attr"} and verb.pos_ == "VERB":
        return args.verb_agents(verb)
    return []
