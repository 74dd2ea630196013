"""Statements that withhold what their clause says: "it cannot be said that", "it is not true that".

A complement clause under a reporting verb or a truth predicate that is itself negated, with no
one in particular as its subject ("it cannot be said that the two armies are at war", "nobody
can say that the rebels took the town", "it is not true that troops fired on the crowd"),
reports no act: the sentence denies or withholds it. A named speaker who did not say something
("the minister did not say that troops fired") is left to the usual reading: the act may be
told elsewhere, only this speaker does not vouch for it.
"""

from __future__ import annotations

from spacy.tokens import Token

TRUTH_WORDS = frozenset({"true", "correct", "accurate", "right", "so", "certain", "clear"})
NOBODY = frozenset({"it", "nobody", "no-one", "none", "this", "that"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def withheld(gov: Token, rel: str, reporting: frozenset[str] | set[str], negated: bool) -> bool:
    """Whether the clause that is `gov`'s `rel` complement is withheld by `gov` (see module).
    `reporting` holds the lemmas of reporting verbs; `negated` says whether `gov` carries a
    negation of its own."""
    if rel != "ccomp" or not negated:
        return False
    lemma = gov.lemma_.lower()
    truth = lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in TRUTH_WORDS for c in gov.children)
    if lemma not in reporting and not truth:
        return False
    subjects = [c for c in gov.children if c.dep_ in SUBJECTS]
    return all(s.lower_ in NOBODY or s.lower_ == "one" and _no_one(s) for s in subjects)


def _no_one(tok: Token) -> bool:
    """'no one': the determiner 'no' on 'one'."""
    return any(c.lower_ == "no" for c in tok.children) or (
        tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no")
