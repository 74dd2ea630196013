"""Tell a clause that sums up a stretch of history ("has seized a string of towns since 2023")
from one that reports an incident.

A perfect tense with "since" and a year ("have been deployed since 2021", "has seized a string
of towns since late 2023", "has been controlled by armed groups since the 2011 uprising")
describes a state or a tally that runs up to the time of writing: news coders (ACLED, UCDP)
code the incidents that make it up when they are reported, not the summary. A
"since" of months or days ("since the October 2 truce", "since Monday") is left alone: that
tally is often the news.

A clause opened by "when" that follows a phrase dated years before the story ("the siege
of the central bank in March 1978, when 40 people were killed", "the start of the war
on 3 May 1979, when the group raided a customs post") tells what happened on that old
occasion: background the writer recalls, not an incident reported now.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.ingest.year_evidence import MONTH_PATTERN

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ANY_YEAR = re.compile(r"^1[5-9]\d\d$|^20\d\d$")  # a year of history, back to 1500
_MONTH = re.compile(MONTH_PATTERN)


def _year_only(phrase: list[Token]) -> bool:
    """A "since" phrase that starts the stretch at a year ("2021", "late 2023", "the 2011
    uprising"), not at a month or day ("since January 2025", "since the October 2 truce"),
    which often starts a recent tally that is itself the news."""
    if not any(_YEAR.match(t.text) for t in phrase):
        return False
    return not any(t.pos_ == "PROPN" and _MONTH.fullmatch(t.lower_) for t in phrase)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() == "have" for c in verb.children)


def sums_up_period(clause: Token) -> bool:
    """Whether the clause of an event is a perfect tense running "since" a year."""
    if not _perfect(clause):
        return False
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            if _year_only(list(child.subtree)):
                return True
    return False


RECALL_YEARS = 2  # a year this many before publication is history, not this story's news


def recalls_past(main: Token) -> bool:
    """Whether the trigger's clause is a "when" clause after a phrase dated to a year at least
    `RECALL_YEARS` before the story's publication (the clause itself gives no other date: the
    year before it is the occasion it describes)."""
    published = main.doc._.published
    clause = main
    while clause.pos_ != "VERB" and clause.head.i != clause.i:
        clause = clause.head  # "when the killing of 100 people took place"
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if not published or clause.dep_ not in {"relcl", "advcl"}:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return False
    before = [t for t in clause.sent if t.i < clause.left_edge.i and _YEAR.match(t.text)]
    return bool(before) and int(published[:4]) - int(before[-1].text) >= RECALL_YEARS


def old_year_in_clause(main: Token) -> bool:
    """Whether the trigger's own clause names a year at least `RECALL_YEARS` before the story's
    publication ("a general who was shot dead in 1871", "the bombing of 1983") that the
    date reader left unattached: the act is history the writer recalls."""
    published = main.doc._.published
    if not published:
        return False
    clause = main
    while clause.pos_ != "VERB" and clause.dep_ not in {"relcl", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    own = _own_phrase(main) + [t for c in clause.children if c.dep_ in {"prep", "npadvmod"}
                               for t in _own_phrase(c)]
    years = [int(t.text) for t in own if _ANY_YEAR.match(t.text) and t.ent_type_ in {"DATE", ""}
             and not _reference_point(t)]
    return any(int(published[:4]) - y >= RECALL_YEARS for y in years)


# Prepositions that make a year a reference point of a span, not the act's time ("for the
# first time since 2011", "the worst fighting since 1994", "banned until 2030").
_SPAN_PREPS = frozenset({"since", "after", "from", "until", "till", "before"})


def _reference_point(year: Token) -> bool:
    """A year a span preposition governs ("since 2011"): it bounds a period the act ends or
    opens, so it does not date the act to that year."""
    tok = year
    while tok.dep_ not in {"pobj", "ROOT"} and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _SPAN_PREPS


_NESTED = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "conj", "parataxis", "csubj"})


def _own_phrase(top: Token) -> list[Token]:
    """The words of a phrase without the clauses nested in it ("killed two people in the town,
    which has been besieged since 2012": the siege's year is not the killing's)."""
    out, stack = [], [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _NESTED)
    return out
