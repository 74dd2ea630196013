"""Where a party acts from: the country a government or group issues its words and measures in.

A report of fighting goes on about one scene, and an event that names no place of its own takes
the scene of the sentences before it (`location.running_place`). Words and measures are not done
at that scene: "the United States Treasury imposed sanctions on Houthi officials", "Pakistan
accused Kabul of sheltering the group", "the Houthis threatened to resume attacks" are acts of
the party in its own country, wherever the fighting they concern took place. POLECAT and ICEWS
code such an event where its source actor is; with no place in its own clause, an event of the
`seat_types` in `data/event_location.yaml` therefore takes its first actor's country (precision
`country`, as honest as the focus fallback) unless the carried-over place already lies there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.records import Actor, Place
from dateline.resolve.nesting import words


def country_place(doc: Doc, code: str) -> Place | None:
    """The country `code` as a place of precision 'country': the document's own mention of it
    when there is one, else the gazetteer's country row."""
    for span in doc.spans.get("places", []) if "places" in doc.spans else []:
        place = span._.place
        if place is not None and place.precision == "country" and place.country == code:
            return place
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.geocode import to_place

    gaz = load_gazetteer()
    row = gaz.country_row.get(code)
    return to_place(gaz, row) if row is not None else None


def seat_place(doc: Doc, event_type: str, actors: list[Actor], carried: Place | None) -> Place | None:
    """The acting party's country for a word or measure whose own clause names no place
    (`carried` is the place the report's scene or focus would give it); None to keep `carried`."""
    if event_type.lower() not in words("seat_types") or not actors or not actors[0].country:
        return None
    home = actors[0].country
    if carried is not None and carried.country == home:
        return None
    return country_place(doc, home)
