"""Tell-tale signs that a later mention restates an event told before, for `merge.py`.

A report often comes back to its event in words that look like another one: the day a party
reported it (its claim "on Wednesday" of an attack on Tuesday), another manner of the same
attack or protest ("the attackers looted shops"), a description of its parties ("rival armed
groups") that a later sentence names ("the Stability Support Apparatus"). These tests let the
merge see through them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.timing import days_before
from dateline.records import Actor, Event

if TYPE_CHECKING:
    from dateline.events.merge import Mention


def points_back(actor: Actor) -> bool:
    """Whether a perpetrator is a definite description that names nobody ("the assailants",
    "the gunmen"): the text points back at the attackers it told of, so it is the earlier
    event's party, not a new one."""
    from dateline.events.coref import UNNAMED_ARMED

    return actor.name in UNNAMED_ARMED and actor.text.lower().startswith(("the ", "these ", "those "))


ELABORATED_TYPES = frozenset({"ASSAULT", "PROTEST"})


def unanchored(y: "Mention") -> bool:
    """A later mention with neither a day nor a place of its own: nothing sets it apart."""
    return not y.explicit_date and not y.stated_place


def elaborates(x: "Mention", y: "Mention") -> bool:
    """Whether `y` tells more of how the attack or protest `x` went ("Protesters marched on
    parliament ... Demonstrators blocked roads and chanted slogans"; "insurgents attacked two
    villages, beheading three men ... The attackers looted shops before setting homes on
    fire"): a later mention with no day, no place and no victims of its own, by the same
    protesters or attackers who are only pointed back at ("the attackers", "the gunmen"). Its
    different manner is a part of the same event, which news coders count once."""
    a, b = x.event, y.event
    if a.type != b.type or b.type not in ELABORATED_TYPES or not unanchored(y) or y.additive:
        return False
    if not b.actors or b.recipients or b.territory or a.territory:
        return False
    if b.type == "ASSAULT":  # a named party's other act ("the rebels also burned a bus") may be news of its own
        return all(points_back(p) for p in b.actors)
    names = {p.name.lower() for p in a.actors}
    return all(p.name.lower() in names or points_back(p) for p in b.actors)


def folded_back(x: "Mention", y: "Mention") -> bool:
    """Whether `y` is a definite event noun with no party and no day of its own ("The raids
    targeted hideouts near the city") that points back at a word folded into an earlier deed
    of another type ("arrested 14 people in raids"): the raids were how the arrests were made,
    so their restatement is that event's, not an attack of its own. A verbal act's folded word
    is its topic ("deplored the raid"), which a later mention may tell as the deed itself."""
    from dateline.events.classify import is_verbal

    a, b = x.event, y.event
    if is_verbal(a.type) or same_sentence(a, b):  # "deplored the raid and said such raids ...": talk
        return False
    return (y.anaphoric and not y.explicit_date and not b.actors and not b.recipients
            and not b.territory and y.lemma in x.lemmas and y.lemma != x.lemma)


def same_sentence(a: Event, b: Event) -> bool:
    """Whether two events quote one evidence sentence."""
    return bool({(e.start, e.end) for e in a.evidence} & {(e.start, e.end) for e in b.evidence})


def report_day(x: "Mention", y: "Mention") -> bool:
    """Whether the later of two days is only the day a report of the act was made ("the group
    said on Wednesday that its fighters had killed dozens" after "attacked on Tuesday"): an
    act reported is no later than its report and, in news, rarely more than a week older, so
    that day does not set the report apart from the act dated before it, when the report
    tells the act in the same words and manner (a claim of prisoners taken "during the clashes"
    of the day before is news of its own). Only a later mention's report day is overlooked: a
    lead dated by its report ("sources today reported attacks") keeps apart from the acts of
    other days the story goes on to tell."""
    if not y.reported_date or x.reported_date or not x.lemmas & y.lemmas or x.event.mode != y.event.mode:
        return False
    gap = days_before(y.event.date or "", x.event.date or "")
    return gap is not None and 0 < gap <= 7


def _generic_armed(actor: Actor) -> bool:
    """An armed party named only by what it is ("Rebels", "an armed group") or by its country
    ("Malian rebels", what "suspected jihadist fighters" in Mali resolve to)."""
    from dateline.events.coref import UNNAMED_ARMED
    from dateline.events.implicit import rebels_of

    if actor.name in UNNAMED_ARMED - {"Unidentified gunmen"}:
        return True
    generic = rebels_of(actor.country)
    return generic is not None and actor.name == generic.name


def _groups(side: list[Actor]) -> set[str]:
    """Names of the named armed groups (not states, not generic parties) on one side."""
    from dateline.events.coref import is_named_armed

    return {p.name for p in side if is_named_armed(p) and {"REB", "PRM"} & set(p.sector) and not _generic_armed(p)}


def named_over_generic(merged: list[Actor], one: list[Actor], other: list[Actor]) -> list[Actor]:
    """One side of two merged mentions (`one`, `other`) without the generic armed party that
    only one of them has when only the other names an armed group ("rival armed groups fought
    in Tripoli" ... "clashes between fighters of the Stability Support Apparatus and a
    brigade"; "suspected jihadist fighters attacked" ... "JNIM said its fighters had killed"):
    the description and the name tell one party, and the name says who it is. A mention that
    names both ("clashes between IS and the factions") has two parties and keeps them."""
    out = merged
    for told, named in ((one, other), (other, one)):
        generics = {p.name for p in told if _generic_armed(p)} - {p.name for p in named}
        if generics and _groups(named) - _groups(told) and not _groups(told):
            out = [p for p in out if p.name not in generics]
    return out
