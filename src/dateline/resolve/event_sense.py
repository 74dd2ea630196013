"""Whether an event verb is used in a sense that reports an event at all: 'captured the title',
'prices shot up', 'demonstrated his support' tell of no incident, so resolve/location.py gives such
a verb no place. Word lists live in data/event_location.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.resolve.nesting import words


def figurative(trigger: Token) -> bool:
    """'captured the title', 'captured on camera', 'oil prices shot up': the verb's arguments give
    it a sense that reports no event, so no place is the event's place."""
    arguments = words("figurative_arguments")
    children = list(trigger.children)
    if trigger.lemma_.lower() in words("intransitive_event_verbs") and _shows(trigger, children):
        return True  # 'demonstrated his support', 'as was demonstrated at the World Cup': showed
    if trigger.lemma_.lower() in words("rising_verbs") and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in children) and not any(
            c.dep_ == "dobj" for c in children):
        return True  # 'the cost of fuel shot up', 'crude shot up': a rise, unlike 'shot up a bus'
    for child in children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in arguments:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words("figurative_media")
                for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(  # 'shot to fame'
                g.dep_ == "pobj" and g.lemma_.lower() in arguments for g in child.children):
            return True
    return False


def _shows(verb: Token, children: list[Token]) -> bool:
    """'demonstrated (Friday) his support in X', 'was demonstrated at the World Cup': a passive, or
    an object before any phrase of place or time (the parser also makes an object of a later
    noun: 'demonstrated outside the consulate, brandishing signs')."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        return True
    preps = [c.i for c in children if c.dep_ == "prep"]
    return any(c.dep_ == "dobj" and c.i < min(preps, default=len(verb.doc)) for c in children)
