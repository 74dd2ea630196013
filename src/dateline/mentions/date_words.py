"""Tell a month name used as a common noun ("the funeral march") from a date ("in March").

The date finder reads any month name as a date, and in text without letter case (wire copy
set in capitals: "THE MARCH ENDED AT THE CEMETERY") "march" the walk looks the same as March
the month. Read as a date it dates the sentence's events to the first of March and mutes the
word as a trigger. A month name alone that a determiner or an adjective opens ("the march",
"a peaceful march", "the funeral march") and that modifies no following noun ("the March
elections") is the noun; "this March", "last March", "early March" stay dates.
"""

from __future__ import annotations

from spacy.tokens import Span

# Month names that are also common English nouns ("may" the modal is left to the date finder).
NOUN_MONTHS = frozenset({"march"})
# Words before a month name that make it a date, not a noun ("last March", "early March").
TIME_WORDS = frozenset({"this", "last", "next", "early", "late", "mid", "past", "previous",
                        "coming", "of", "in", "on", "since", "until", "by", "during", "from",
                        "through", "before", "after", "between", "and", "or", "to"})
OPENERS = frozenset({"DET", "ADJ", "NOUN", "PRON", "NUM"})


def noun_month(span: Span) -> bool:
    """Whether a date span is only a month name used as a common noun ("the march")."""
    if len(span) != 1 or span[0].lower_ not in NOUN_MONTHS:
        return False
    tok = span[0]
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ in TIME_WORDS or prev.pos_ not in OPENERS or prev.like_num:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.like_num or nxt.pos_ in {"NOUN", "PROPN"} and tok.head.i == nxt.i):
        return False  # "the March 3 vote", "the March elections"
    return True
