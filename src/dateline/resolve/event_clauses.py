"""Which clauses around an event verb tell the event's own scene, so that a place in them is the
event's place: a step of the same operation ('by storming X'), what an operation was launched to
take ('launched an offensive to capture X'), the incident a relative clause describes ('an attack
that targeted a post in X') and, failing any closer place, the circumstance of the event ('was
shot as he drove through X', 'shot and killed on the doorstep of his Moscow home').
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.resolve.nesting import words

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def same_operation(verb: Token) -> bool:
    """'began the assault by storming X', 'was killed while driving through X': a gerund of means
    or circumstance names a step of the same operation, so its place is the operation's place;
    a finite clause ('gunmen who opened fire in X') or a purpose ('to take X') tells another.
    A passive gerund ('killed after being surrounded in an ambush at X') is such a step too."""
    gerund = verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)
    return verb.dep_ == "pcomp" and gerund and verb.head.lower_ in words("means_preps")


def operation_step(verb: Token) -> bool:
    """'launched an offensive to capture X', 'began the assault, targeting X': a subjectless
    purpose or participle clause of an operation names what the operation was fought over."""
    if verb.dep_ not in ("xcomp", "advcl", "acl") or any(
            c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return False
    head = verb.head
    nouns = [head] if head.pos_ == "NOUN" else [
        c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return any(n.lemma_.lower() in words("incident_nouns") for n in nouns)


def about_incident(clause: Token) -> bool:
    """'a car bomb attack that targeted a post in Rouiba': a relative clause on a noun naming an
    incident says where that incident, the event itself, happened, unlike one about a person or
    thing ('businessmen who lived in X')."""
    return clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and (
        clause.head.lemma_.lower() in words("incident_nouns"))


def shares_scene(verb: Token) -> bool:
    """A clause whose place is the event's when the event clause names none: the incident or the
    operation step above, a coordinated verb sharing the event's subject ('was shot and killed on
    the doorstep of his home'), or a circumstance ('as he drove through X', 'downing a jet not far
    from X'). A clause with a subject of its own after 'and', or one of reason or purpose, tells
    another story."""
    if about_incident(verb) or operation_step(verb):
        return True
    if verb.dep_ == "conj":
        return not any(c.dep_ in SUBJECTS for c in verb.children)
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        return marks[0] in words("scene_marks") if marks else verb.tag_ == "VBG"
    return False
