"""Tell a clause that sums up a stretch of history ("has seized a string of towns since 2023")
from one that reports an incident.

A perfect tense with "since" and a year ("have been deployed since 2021", "has seized a string
of towns since late 2023", "has been controlled by armed groups since the 2011 uprising")
describes a state or a tally that runs up to the time of writing: news coders (ACLED, UCDP)
code the incidents that make it up when they are reported, not the summary. A
"since" of months or days ("since the August 13 accord", "since Monday") is left alone: that
tally is often the news.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.ingest.year_evidence import MONTH_PATTERN

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH = re.compile(MONTH_PATTERN)


def _year_only(phrase: list[Token]) -> bool:
    """A "since" phrase that starts the stretch at a year ("2021", "late 2023", "the 2011
    uprising"), not at a month or day ("since January 2025", "since the August 13 accord"),
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
