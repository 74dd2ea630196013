"""Editorial tags of wire copy: a bracketed byline or speaker label is a person's name, not a place.

Monitoring services (FBIS and the like) head a report with the reporter's name in brackets before
the text tag ("[Ernesto Rivas] [Text]") and label each speaker of a transcript at the start of a
line ("[Reyes] Some 40 ..."). A surname such a tag holds may be a town somewhere (Rivas,
Nicaragua), but the tag says who speaks, not where anything happened. A bracketed gloss after a
word ("Sonso [Sonsonate]", "the Ferrosal [Salvadoran railway company]") is no
tag: the bracket must open a line or follow another bracket.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.toponym_candidate import Candidate

MAX_WORDS = 4
REACH = 6


def tag_name(doc: Doc, gaz: Gazetteer, cand: Candidate) -> bool:
    """Whether a candidate is a person's name in an editorial tag; a demonym or a country in one
    ('[Guatemalan government]', '[El Salvador armed forces]') still says which country."""
    if cand.source == "demonym" or any(gaz.kind[r] == "country" for r in cand.rows):
        return False
    return in_editor_tag(doc, cand.start, cand.end)


def in_editor_tag(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) lie in a bracketed tag of a few plain words that opens a line
    or stands next to another bracketed tag."""
    opening = _bracket(doc, start - 1, -1, "[", "]")
    closing = _bracket(doc, end, 1, "]", "[")
    if opening is None or closing is None:
        return False
    words = [t for t in doc[opening + 1:closing] if not t.is_space]
    if not words or len(words) > MAX_WORDS or not all(t.is_alpha for t in words):
        return False
    before = _skip_space(doc, opening - 1, -1)
    after = _skip_space(doc, closing + 1, 1)
    gap = doc.text[doc[before].idx + len(doc[before].text):doc[opening].idx] if before >= 0 else ""
    line_start = before < 0 or "\n" in gap or doc[before].text == "]"
    return line_start or (after < len(doc) and doc[after].text == "[")


def _bracket(doc: Doc, i: int, step: int, want: str, stop: str) -> int | None:
    """The index of the nearest `want` bracket from i in direction `step`, within reach."""
    for _ in range(REACH):
        if i < 0 or i >= len(doc) or doc[i].text == stop:
            return None
        if doc[i].text == want:
            return i
        i += step
    return None


def _skip_space(doc: Doc, i: int, step: int) -> int:
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return i
