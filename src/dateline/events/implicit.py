"""Implicit actors: the sides a text leaves unnamed but the situation gives away.

Three inferences. `implicit_actor`, only when the event has no actor at all: an attack by
aircraft or barrel bombs ("warplanes bombed Douma", "barrel bombs dropped on Daraya") is the
act of the government of the country where it happened, as in ACLED's and UCDP's coding of
unattributed air strikes in civil wars (the words are `state_instruments` in
`data/triggers.yaml`). `complete_sides`, after typing: fighting and bombardment have two
sides, and the one a report leaves unnamed is, by UCDP's convention, the state or the
country's armed opposition ("Government of Syria", "Syrian rebels"). `localise`, before it:
a side named only by a role noun in a text that names no country ("fighters", "warplanes")
belongs to the country where the event happened.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dateline.events.classify import crosswalk
from dateline.events.triggers import load_lexicon
from dateline.records import Actor, Event, Place


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from dateline.mentions.actor_lexicon import read_countries

    out = {}
    for row in read_countries():
        code = row.get("iso3") or row.get("alpha3") or row.get("code") or ""
        name = row.get("name") or row.get("short_name") or ""
        if code and name:
            out[code] = name
    return out


def state_of(country: str | None) -> Actor | None:
    """The government actor of a country (UCDP-style name), or None when unknown."""
    if not country:
        return None
    name = _country_names().get(country)
    if not name:
        return None
    from dateline.mentions.actor_lexicon import government_name

    return Actor(name=government_name(name), text="", country=country, sector=["MIL"])


def _words(tokens: list[Token]) -> set[str]:
    """Words and lemmas of the scope, and adjacent pairs, so two-word cues ("air force",
    "air strikes") match as well as one-word ones."""
    ordered = sorted(tokens, key=lambda t: t.i)
    words = {t.lemma_.lower() for t in ordered} | {t.lower_ for t in ordered}
    for a, b in zip(ordered, ordered[1:]):
        if b.i == a.i + 1:
            words |= {f"{a.lower_} {b.lemma_.lower()}", f"{a.lower_} {b.lower_}"}
    return words


def implicit_actor(tokens: list[Token], place: Place | None, focus: str | None) -> Actor | None:
    """The state behind an unattributed air attack, or None."""
    cues = load_lexicon().state_instruments
    if not _words(tokens) & cues:
        return None
    return state_of((place.country if place is not None else None) or focus)


CONFLICT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
BOMBARDMENT = frozenset({"aerial", "drone", "heavy-weapons"})  # modes of a war's remote fire
INSURGENT_MODES = frozenset({"suicide-attack", "explosives"})  # car bombs, IEDs: not a state's arms
_CIVILIAN = frozenset({"CVL"})


def _armed(actor: Actor, state: set[str]) -> str | None:
    """"state", "group" (armed opposition), "unknown" (unidentified gunmen) or None (no side)."""
    sectors = set(actor.sector)
    if sectors & state:
        return "state"
    if "UAF" in sectors:
        return "unknown"
    return "group" if "REB" in sectors else None


def rebels_of(country: str | None) -> Actor | None:
    """The armed opposition of a country known only by its country ("Syrian rebels")."""
    from dateline.mentions.actor_lexicon import lexicon
    from dateline.mentions.actor_names import rebels_name

    entry = lexicon().by_country.get(country or "")
    if entry is None:
        return None
    return Actor(name=rebels_name(entry), text="", country=country, sector=["REB"])


@functools.lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    """Names the actor stage gives role nouns it could not place in a country ("Rebels",
    "Military forces", "Police")."""
    from dateline.mentions.actor_lexicon import lexicon

    lex = lexicon()
    return frozenset(r.generic for r in [*lex.roles.values(), *lex.titles.values()]
                     if r.kind in ("state", "rebel"))


def localise(event: Event, country: str | None) -> None:
    """Give role-named sides with no country the country where the event happened: "fighters
    killed in clashes in Aleppo" are Syrian rebels, "warplanes raid Idlib" the Syrian state's,
    as the actor stage names them when the text names the country. Unidentified gunmen stay
    unidentified."""
    if not country:
        return
    generic, state = _generic_names(), set(crosswalk()["state_sectors"])
    for side in (event.actors, event.recipients):
        for k, actor in enumerate(side):
            if actor.country or actor.name not in generic or "UAF" in actor.sector:
                continue
            named = state_of(country) if state & set(actor.sector) else (
                rebels_of(country) if "REB" in actor.sector else None)
            if named is not None and all(a.name != named.name for a in side):
                side[k] = Actor(named.name, actor.text, country, list(actor.sector))


def _fights_state(name: str) -> bool:
    from dateline.mentions.actor_lexicon import lexicon

    entry = lexicon().by_name.get(name)
    return entry is None or entry.fights_state


def complete_sides(event: Event, focus: str | None) -> None:
    """Name the side a report of armed conflict leaves unnamed, as UCDP and ACLED code it.

    Fighting and bombardment are between two sides. A report naming only the country's own
    forces ("regime forces shell Talbiseh", "army clashes in Hama"), or foreign aircraft and
    artillery striking in it ("Russian air strikes on Idlib"), fights the country's armed
    opposition (a strike whose named targets are civilians keeps them as its only target); one
    naming only an armed group ("IS attacks Deir Ezzor airport") fights the government (unless
    the group is the target of a bombing or suicide attack, which states do not carry out, or
    is not at war with its government: `fights_state` in `data/actors/groups.yaml`, such as
    the Syrian Democratic Forces); fighting or bombardment naming neither ("clashes in Eastern
    Ghouta", "shelling on Jobar") is the state-based conflict of the country where it happens,
    government against rebels. Two-sided fighting takes the added side as a co-actor, a one-way attack as the
    attacker or the target. Nothing is added when unidentified gunmen are a party (who they
    fight is open), when both sides are named (two armed groups make a non-state fight), when
    a foreign state fights on the ground (it may be a war between states), or when the country
    is unknown (the place's, else the document's, else the named armed group's home).
    """
    if event.type != "ASSAULT":
        return
    localise(event, (event.location.country if event.location is not None else None) or focus)
    if (event.acled or {}).get("event_type") not in CONFLICT_TYPES:
        return
    parties = event.actors + event.recipients
    state = set(crosswalk()["state_sectors"]) | {"PRM"}  # pro-government militias side with the state
    kinds = [_armed(a, state) for a in parties]
    groups = {a.name: a.country for a, kind in zip(parties, kinds) if kind == "group"}
    if "unknown" in kinds or ("state" in kinds and groups) or len(groups) > 1:
        return
    country = ((event.location.country if event.location is not None else None) or focus
               or next((c for c in groups.values() if c), None))
    battle = event.acled["event_type"] == "Battles"  # type: ignore[index]
    if "state" in kinds:
        foreign = any(a.country not in (None, country) for a, kind in zip(parties, kinds) if kind == "state")
        attacked = not any(kinds[: len(event.actors)])  # the state is only the target
        civilians = any(_CIVILIAN & set(a.sector) for a in event.recipients)
        if not (battle and foreign) and (attacked or battle or not civilians):
            _add(event, rebels_of(country), acting=battle or attacked)
    elif groups:
        attacked = not any(kinds[: len(event.actors)])  # the group is only the target
        if not _fights_state(next(iter(groups))):
            return
        if not (attacked and event.mode in INSURGENT_MODES):  # bombers of a group are not the state
            _add(event, state_of(country), acting=battle or attacked)
    elif not event.actors and (event.mode is None if battle else event.mode in BOMBARDMENT):
        gov, rebels = state_of(country), rebels_of(country)
        if gov is not None and rebels is not None:
            event.actors.append(gov)
            _add(event, rebels, acting=battle)


def _add(event: Event, actor: Actor | None, acting: bool) -> None:
    if actor is not None:
        (event.actors if acting else event.recipients).append(actor)
