"""How a clause's form changes what its event is: a condition, a reported "would", foreseen violence.

Used by the assembler (`assemble.py`): a condition ("unless the government withdraws the bill"),
an awaited act ("until the government falls") and what a proposal would do ("a resolution that
aims to impose sanctions") are no events; "would" under a past verb of saying announces an
act; violence someone says may happen is nobody's threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.addressees import table
from dateline.events.recalled import clause_of
from dateline.events.targets import speech_verbs
from dateline.mentions.modality_cues import cues


def reported_would(verb: Token) -> bool:
    """"Kurdish leaders said they would shun all talks": "would" in a clause reported
    by a past-tense verb of saying is the future of the past, an announced act (a threat or a
    promise), not a supposition; "could" and "might" stay suppositions."""
    if verb.dep_ != "ccomp" or verb.head.tag_ != "VBD" or verb.head.lemma_.lower() not in speech_verbs():
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in {"could", "might"} for c in verb.children)


def foreseen(clause: Token) -> bool:
    """Violence named in what someone says may happen ("aid agencies warned that renewed
    bombardment could force ..."): the speaker foresees it, nobody threatens it."""
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in speech_verbs() | {"warn"}
               for t in [clause] + list(clause.ancestors))


def conditional(clause: Token) -> bool:
    """A clause that states a condition ("unless the government withdraws the bill", "if
    Israel rescinds the annexation"): what another act hangs on, which has not happened. An
    event noun reads the condition of the verb it hangs from ("if the army goes ahead with the
    planned deployment", "if cooperation founders"); not of a clause that waits for it to
    stop ("will fight until the attacks stop": the attacks go on)."""
    noun = clause.pos_ in {"NOUN", "PROPN"} and clause.dep_ != "advcl"
    if noun:
        clause = clause_of(clause)
    if clause.dep_ != "advcl":
        return False
    marks = table()["condition_marks"] - {"until"}
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children) or (not noun and pending(clause))


_PRESENT = frozenset({"VBP", "VBZ"})


def pending(clause: Token) -> bool:
    """A clause another act waits for, in the present tense ("will fight until the government
    falls", "before their demands are met", "once the troops have left"): the awaited act has
    not happened. In the past tense ("fought until the town fell") it has, and stays an event."""
    if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in cues().pending for c in clause.children):
        return False
    if clause.tag_ in _PRESENT:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _PRESENT for c in clause.children)


_PROSPECTIVE_AUX = frozenset({"will", "would", "shall", "could", "might", "may", "'ll", "'d"})


def proposed(clause: Token) -> bool:
    """What a proposal would do ("a motion that seeks to widen the embargo and impose a
    blockade", "a bill that would ban the party"): the content of a text that proposes acts,
    not an act anyone has done or announced. A text's present ("a decree that bans rallies")
    states what it does, and is left alone."""
    prospective = False
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        prospective = prospective or clause.dep_ == "xcomp" and clause.head.lemma_.lower() in cues().future
        clause = clause.head
    if clause.dep_ not in {"relcl", "acl"} or clause.head.lemma_.lower() not in cues().proposal_nouns:
        return False
    own = clause.lemma_.lower() in cues().future or any(
        c.dep_ == "aux" and c.lower_ in _PROSPECTIVE_AUX for c in clause.children)
    return prospective or own
