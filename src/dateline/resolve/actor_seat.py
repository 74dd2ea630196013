"""Where a party acts from: the country a government or group issues its words and measures in.

A report of fighting goes on about one scene, and an event that names no place of its own takes
the scene of the sentences before it (`location.running_place`). Words and measures are not done
at that scene: "the United States Treasury imposed sanctions on Houthi officials", "Pakistan
accused Kabul of sheltering the group", "the Houthis threatened to resume attacks" are acts of
the party in its own country, wherever the fighting they concern took place. POLECAT and ICEWS
code such an event where its source actor is; with no place in its own clause, an event of the
`seat_types` in `data/event_location.yaml` therefore takes its first actor's country (precision
`country`, as honest as the focus fallback) unless the carried-over place already lies there;
so does one whose clause names a place only in what is threatened or demanded.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.records import Actor, Place
from dateline.resolve.nesting import words

CONTENT_DEPS = frozenset({"xcomp", "ccomp"})


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


def seat_place(doc: Doc, trigger: Token, event_type: str, actors: list[Actor], found: Place | None,
               stated: bool) -> Place | None:
    """The acting party's country for a word or measure whose own clause names no place, or
    names one only in what is threatened or demanded ("threatened to strike tankers
    in the Gulf of Aden"); `found` is the place the clause, the report's scene or its focus gave it,
    kept (None returned) when it already lies in that country."""
    if event_type.lower() not in words("seat_types") or not actors or not actors[0].country:
        return None
    if stated and not _in_content(doc, trigger):
        return None
    home = actors[0].country
    if found is not None and found.country == home:
        return None
    return country_place(doc, home)


def _in_content(doc: Doc, trigger: Token) -> bool:
    """Whether the place the event's clause gives lies in the clause the trigger governs as
    its content ("threatened [to strike tankers in the Gulf of Aden]", "demanded [that troops leave
    X]"), not in the trigger's own setting ("threatened in Sanaa on Tuesday")."""
    from dateline.resolve.location import choose_location_span

    span = choose_location_span(doc, trigger)
    if span is None:
        return False
    return any(_content_clause(c) and c.is_ancestor(span.root) for c in trigger.children)


def _content_clause(child: Token) -> bool:
    """A complement clause, or an infinitive the parser hung as an adverbial one ("threatened on
    Tuesday to resume attacks")."""
    return child.dep_ in CONTENT_DEPS or (child.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in child.children))
