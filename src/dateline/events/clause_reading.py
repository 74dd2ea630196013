"""How a clause's form changes what its event is: a condition, a reported "would", foreseen violence.

Used by the assembler (`assemble.py`): a condition ("unless the government withdraws the bill")
is no event; "would" under a past verb of saying announces an act; violence someone says may
happen is nobody's threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.addressees import table
from dateline.events.targets import speech_verbs


def reported_would(verb: Token) -> bool:
    """"Palestinian leaders said they would boycott all contact": "would" in a clause reported
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
    Israel rescinds the annexation"): what another act hangs on, which has not happened."""
    if clause.dep_ != "advcl":
        return False
    marks = table()["condition_marks"] - {"until"}
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
