"""The report's one perpetrator: attacks told without a doer take the one armed group the
document names as the doer of its other attacks.

A report on an armed group's campaign names the group once and then tells its deeds
without it: "ELN guerrillas blew up the pipeline near Tibu on Monday ... Two days later a
bomb destroyed a pumping station", "the Shining Path attacked the town ... The attackers
burned the bank". A reader takes the group for the doer of the unattributed attacks, as the
MUC-3/4 templates fill the perpetrator slot ("suspected or accused") and ACLED codes the
suspected perpetrator its source gives. Only an attack with no doer of its own is given
one (none, or "gunmen"; a side inferred from the weapon, "warplanes struck the market" read
as the state's, is a doer), only when the document's attacks that one named non-state armed
group did alone have exactly one such group as their doer (two groups leave the question
open; a side of a clash is no doer of the others), never in a sentence that tells the
group's own deed at another place ("the Taliban stormed a checkpoint in Kunduz and a
mine went off in Herat": two incidents), and never to the attack's own target. An attack whose doer is named
only by a rebel role ("the guerrillas attacked a post", coded "Salvadoran rebels") is the
group's too when the group is a rebel one: the role refers to it, as a reader resolves "the
guerrillas" to the one guerrilla group the report names (`stands_for`), even when no
attack of the group's own is told, unless the role's sentence names the group beside it.
"""

from __future__ import annotations

import functools

from dateline.events.coref import UNNAMED_ARMED, is_named_armed
from dateline.records import Actor, Event

__all__ = ["report_perpetrator", "share_perpetrator", "stands_for"]

# Sectors of non-state armed groups (rebels, militias and paramilitaries, organised crime).
_NON_STATE = frozenset({"REB", "PRM", "CRM"})


@functools.lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    """Names the actor stage gives role nouns it could not place ("Rebels", "Militias")."""
    from dateline.mentions.actor_lexicon import lexicon

    lex = lexicon()
    return frozenset(r.generic for r in [*lex.roles.values(), *lex.titles.values()])


def _named_group(actor: Actor) -> bool:
    """A named non-state armed group the text names ("the ELN", "Shining Path"), not a role
    ("Rebels", "Colombian rebels") nor a state force."""
    return (bool(actor.text) and bool(_NON_STATE & set(actor.sector)) and is_named_armed(actor)
            and actor.name not in _generic_names())


def report_perpetrator(events: list[Event]) -> Actor | None:
    """The one named non-state armed group that is the doer of the document's attributed
    attacks, or None when there is none or more than one. A side of a clash ("clashes
    between the army and the ELN") is no doer of the others: only attacks the group did
    alone count."""
    groups: dict[str, Actor] = {}
    for event in events:
        doers = [a for a in event.actors if a.name not in UNNAMED_ARMED]
        if event.type == "ASSAULT" and len({a.name for a in doers}) == 1 and _named_group(doers[0]):
            groups.setdefault(doers[0].name, doers[0])
    return next(iter(groups.values())) if len(groups) == 1 else None


def stands_for(actor: Actor, group: Actor) -> bool:
    """Whether a doer may be read as `group`: "gunmen" (`UNNAMED_ARMED`), or a rebel role
    ("the guerrillas": "Rebels", "Salvadoran rebels") when the group is a rebel group of the
    same country or of none."""
    if actor.name in UNNAMED_ARMED:
        return True
    role = actor.name.endswith(" rebels") or actor.name in _generic_names()
    return (role and "REB" in actor.sector and "REB" in group.sector
            and actor.country in (None, group.country))


def _spans(event: Event) -> list[tuple[int, int]]:
    return [(ev.start, ev.end) for ev in event.evidence]


def _told_in(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _same_place(a: Event, b: Event) -> bool:
    """Told at one place (a place neither gives is no evidence of one incident)."""
    return a.location is not None and b.location is not None and a.location.name == b.location.name


def _only_rebel_group(mentioned: list[tuple[Actor, int]], country: str | None) -> Actor | None:
    """The one named rebel group of `country` among the groups a document mentions."""
    groups = {a.name: a for a, _ in mentioned if _named_group(a) and "REB" in a.sector
              and a.country == country}
    return next(iter(groups.values())) if len(groups) == 1 else None


@functools.lru_cache(maxsize=1)
def _separate_openers() -> tuple[str, ...]:
    """"Separately,", "In another incident," (`data/actors/accusations.yaml`)."""
    from dateline.data import load_yaml

    return tuple(str(w).lower() for w in load_yaml("actors/accusations.yaml")["separate_incident_openers"])


def _separate(event: Event) -> bool:
    """Whether every sentence telling the attack opens as a different incident ("Separately,
    gunmen abducted two aid workers on the road to Lahj"): the report's group is not its doer."""
    texts = [ev.text.lstrip().lower() for ev in event.evidence if ev.text]
    return bool(texts) and all(t.startswith(_separate_openers()) for t in texts)


def _doer(event: Event, group: Actor | None, mentioned: list[tuple[Actor, int]],
          events: list[Event]) -> Actor | None:
    """The group an attack without a doer of its own is read as done by, or None. A sentence
    that tells the group's own deed elsewhere, or names the group beside a role, leaves the
    other act's doer open ("the Taliban stormed a checkpoint in Kunduz and a mine went off in
    Herat", "clashes between militiamen and the Houthis"); told at the same place, it is one
    incident ("the ELN bombed the station in Tame, setting a bus on fire there"). An attack
    in another country than the group's is not read as its deed ("bombings in Nicaragua" in
    a report on the FMLN's offensive in El Salvador)."""
    spans = _spans(event)
    if _separate(event):
        return None
    if group is not None:
        if event.location is not None and group.country not in (None, event.location.country):
            return None  # an attack abroad: the group's deeds are told at home
        own = [e for e in events if e is not event and any(a.name == group.name for a in e.actors)]
        if any(_told_in(spans, start) and not _same_place(e, event)
               for e in own for start, _ in _spans(e)):
            return None
        return group
    roles = [a for a in event.actors if a.name not in UNNAMED_ARMED]
    found = _only_rebel_group(mentioned, roles[0].country) if len(roles) == 1 else None
    if found is None or any(a.name == found.name and _told_in(spans, at) for a, at in mentioned):
        return None
    return found


def share_perpetrator(events: list[Event], mentioned: list[tuple[Actor, int]] | None = None) -> None:
    """Give the document's attacks without a doer of their own its one perpetrator
    (`report_perpetrator`, `stands_for`), unless the group is among the attack's targets
    ("an attack on the ELN camp"). Without one, a rebel role ("the guerrillas") still refers
    to the one rebel group of its country the document mentions (`mentioned`: the actors
    of its mentions with their character offsets), as "the guerrillas" in a report naming
    only the FMLN are the FMLN; an attack with no doer at all stays so (`_doer`). Adds no
    event."""
    group = report_perpetrator(events)
    for event in events:
        if event.type != "ASSAULT":
            continue
        doer = _doer(event, group, mentioned or [], events)
        if doer is None or not all(stands_for(a, doer) for a in event.actors):
            continue
        if any(r.name == doer.name for r in event.recipients):
            continue
        text = next((a.text for a in event.actors if a.text), doer.text)
        event.actors = [Actor(doer.name, text, doer.country, list(doer.sector))]
