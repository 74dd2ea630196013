"""Where to put a place the gazetteer lacks: near the town (else province) the text locates it in or names before it.

A street, building or village unknown to the gazetteer ("Elm Grove Road", "the Santa Lucia
Clinic") is still somewhere the story says: in the town a following "in X" names, else near
the town of the focus country named closest before it. The point is the town's, with precision
'near', so the event still lands within a few kilometres rather than nowhere.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.records import Place

LOCATED_WINDOW = 10


def near_anchor(name: str, start: int, points: list[tuple[int, Place]],
                focus: str | None, located: Place | None = None, within: Place | None = None
                ) -> Place | None:
    """Where to put a street or building the gazetteer lacks: in the town the text locates it
    in ("the Santa Lucia Clinic in Rome": `located`), else near the town of the focus
    country named closest before it (else the first named after it), with precision 'near'.
    `points` are (token, place) of the document's resolved towns, literal or not ("Chicago
    police" still says where the story is), or of its provinces when it names no town (an
    unknown village of a story about Kasai lies in Kasai); None when there are neither.
    `within` is the country or province the name's own sentence names before it ("In Portugal,
    police found the van near a Quinta Velha farm"): the towns named in it, else its centre.
    """
    local = [pt for pt in points if pt[1].country == focus] or points
    if within is not None and located is None:
        local = [pt for pt in points if _holds(within, pt[1])]
        located = None if local else within
    if located is not None:
        anchor = located
    elif not local:
        return None
    else:
        before = [p for i, p in local if i < start]
        anchor = before[-1] if before else local[0][1]
    # a province's or country's centre stays as coarse as it is
    precision = anchor.precision if anchor.precision in ("admin1", "country") else "near"
    return Place(name=name, geonameid=None, lat=anchor.lat, lon=anchor.lon,
                 admin1=anchor.admin1, country=anchor.country, precision=precision)


def located_in(doc: Doc, end: int, points: list[tuple[int, Place]]) -> Place | None:
    """The town a following "in X" places a facility in ("St Mary's Clinic where the
    boy is treated in Leeds"): the first town after "in" within the next few words of
    the same sentence."""
    starts = dict(points)
    for i in range(end, min(end + LOCATED_WINDOW, len(doc))):
        if doc[i].is_sent_start or doc[i].text in (".", ";", ":", "!", "?"):
            return None
        if doc[i].lower_ == "in" and i + 1 in starts:
            return starts[i + 1]
    return None


def _holds(unit: Place, place: Place) -> bool:
    """Whether `place` lies in the country or province `unit`; a county or region inside a
    province (Cheshire in England) is known to hold none of the document's towns."""
    if place.country != unit.country:
        return False
    return unit.precision == "country" or place.admin1 == unit.admin1 == unit.name


def sentence_unit(doc: Doc, start: int, units: list[tuple[int, Place]]) -> Place | None:
    """The country or province named last before token `start` in its sentence ("In Portugal,
    police found the van near a Quinta Velha farm"), which says where an unknown name lies
    better than a town named sentences earlier in another country; None when there is none."""
    sent_start = doc[start].sent.start
    before = [p for i, p in units if sent_start <= i < start]
    return before[-1] if before else None
