"""Who underwent an event named by a noun that a verb of undergoing frames: "the judge received
death threats", "the convoy came under attack", "the mayor was the target of an assassination
attempt". The verb's subject is the event's target, never its agent; without this the subject of
the framing verb was taken for the one who threatened or attacked.

The verbs and frames are `undergoing` (a trigger class) and `undergoing_frames` in
`data/triggers.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.arguments import conjuncts, subject_of
from dateline.events.triggers import in_class, lemma_of, load_lexicon


def framing_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes `noun`: its governor when that is a verb of undergoing
    ("received threats"), or the verb of a frame ("came under attack", "was the target of")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and in_class(head, "undergoing"):
        return head
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    words = load_lexicon().undergoing_frames.get(head.lower_)
    if not words:
        return None
    holder = head.head
    if lemma_of(holder) not in words:
        return None
    if holder.pos_ in ("VERB", "AUX"):
        return holder  # "came under attack"
    if holder.dep_ in ("attr", "dobj") and holder.head.pos_ in ("VERB", "AUX"):
        return holder.head  # "was the target of an attack", "made him the target of"
    return None


def undergoers(noun: Token) -> list[Token]:
    """The heads that underwent the event `noun` names, by the verb framing it (empty if none)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "the target of an assassination attempt": the phrase's head
    verb = framing_verb(noun)
    if verb is None:
        return []
    subj = subject_of(verb)
    return conjuncts(subj) if subj is not None else []
