"""Where to put a place the gazetteer lacks: near the town (else province) the text locates it in or names before it.

A street, building or village unknown to the gazetteer ("Collins Avenue", "the Bambino Gesu
Hospital") is still somewhere the story says: in the town a following "in X" names, else near
the town of the focus country named closest before it. The point is the town's, with precision
'near', so the event still lands within a few kilometres rather than nowhere.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.records import Place

LOCATED_WINDOW = 10


def near_anchor(name: str, start: int, points: list[tuple[int, Place]],
                focus: str | None, located: Place | None = None) -> Place | None:
    """Where to put a street or building the gazetteer lacks: in the town the text locates it
    in ("the Bambino Gesu Hospital in Rome": `located`), else near the town of the focus
    country named closest before it (else the first named after it), with precision 'near'.
    `points` are (token, place) of the document's resolved towns, literal or not ("Chicago
    police" still says where the story is), or of its provinces when it names no town (an
    unknown village of a story about Kasai lies in Kasai); None when there are neither.
    """
    local = [pt for pt in points if pt[1].country == focus] or points
    if located is not None:
        anchor = located
    elif not local:
        return None
    else:
        before = [p for i, p in local if i < start]
        anchor = before[-1] if before else local[0][1]
    precision = "admin1" if anchor.precision == "admin1" else "near"  # a province's centre
    return Place(name=name, geonameid=None, lat=anchor.lat, lon=anchor.lon,
                 admin1=anchor.admin1, country=anchor.country, precision=precision)


def located_in(doc: Doc, end: int, points: list[tuple[int, Place]]) -> Place | None:
    """The town a following "in X" places a facility in ("Alder Hey Children's Hospital where
    Alfie is admitted in Liverpool"): the first town after "in" within the next few words of
    the same sentence."""
    starts = dict(points)
    for i in range(end, min(end + LOCATED_WINDOW, len(doc))):
        if doc[i].is_sent_start or doc[i].text in (".", ";", ":", "!", "?"):
            return None
        if doc[i].lower_ == "in" and i + 1 in starts:
            return starts[i + 1]
    return None
