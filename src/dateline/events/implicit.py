"""Implicit actors: the sides a text leaves unnamed but the situation gives away.

Four inferences. `implicit_actor`, only when the event has no actor at all: an attack by
aircraft or barrel bombs ("warplanes bombed Douma", "barrel bombs dropped on Daraya") is the
act of the government of the country where it happened, as in ACLED's and UCDP's coding of
unattributed air strikes in civil wars (the words are `state_instruments` in
`data/triggers.yaml`), unless the text names one foreign state's air power ("Russian drones").
`complete_sides`, after typing: fighting and bombardment have two sides, and the one a
report leaves unnamed is, by UCDP's convention, the state or the country's armed opposition
("Government of Syria", "Syrian rebels"). `localise`, before it: a side named only by a role
noun in a text that names no country ("fighters", "warplanes") belongs to the country where
the event happened. `attribute_rebels`, per document, after both: "<Country> rebels" are the
one armed group the text names.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.events.classify import crosswalk, cue_words, instrument_mode
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


def implicit_actor(tokens: list[Token], place: Place | None, focus: str | None) -> Actor | None:
    """The state behind an unattributed air attack, or None: the foreign state whose aircraft
    or drones the text has named, when it names no other air power ("Russian drones struck
    Kharkiv ... the drones hit an apartment block"), else the government of the country."""
    words, cues = cue_words(tokens), load_lexicon().state_instruments
    if not words & (cues | air_instruments()):
        return None
    country = (place.country if place is not None else None) or focus
    owner = foreign_air_power(tokens[0].doc, min(t.i for t in tokens), country)
    if owner is not None:
        return owner
    return state_of(country) if words & cues else None  # a drone alone may be anybody's


def means_not_targets(recipients: list[Actor], actor: Actor | None) -> list[Actor]:
    """The recipients of an unattributed attack without the state's own arms read as a party
    ("shelling and heavy air raids leave dozens hurt": the air raids are the
    state's means, not its target), once the state is known to be the attacker."""
    if actor is None:
        return recipients
    means = load_lexicon().state_instruments | air_instruments()

    def instrument(party: Actor) -> bool:
        words = party.text.lower().split()
        return bool(words) and (words[-1] in means or words[-1].rstrip("s") in means)

    return [r for r in recipients if not (r.name == actor.name and instrument(r))]


def implied_against_itself(actor: Actor | None, recipients: list[Actor], tokens: list[Token]) -> bool:
    """Whether the state implied behind unattributed ground fire is also its target
    ("losses among army units in mortar fire"): a state does not shell its
    own forces, so the fire is its enemies' and the state stays the target alone
    (`complete_sides` then names the attacker). Air strikes stay the state's: its armed
    opposition has no air power."""
    if actor is None or not any(r.name == actor.name for r in recipients):
        return False
    return instrument_mode(tokens) not in AIR_MODES


def foreign_air_power(doc: Doc, before: int, country: str | None) -> Actor | None:
    """The one state other than `country` whose air power ("Russian warplanes", "Israeli
    drones") the text names before token `before`; None when there is none, or when the text
    also names another state's, such as the country's own, aircraft."""
    if not country:
        return None
    state, owners = set(crosswalk()["state_sectors"]), {}
    for span in doc.spans.get("actors", []):
        actor = span._.actor
        if span.start >= before or not state & set(actor.sector) or not actor.country:
            continue
        if any(t.lemma_.lower() in air_instruments() for t in span):
            owners[actor.country] = actor
    if len(owners) != 1 or country in owners:
        return None
    owner = next(iter(owners.values()))
    return Actor(owner.name, "", owner.country, list(owner.sector))


CONFLICT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})
BOMBARDMENT = frozenset({"aerial", "drone", "heavy-weapons"})  # modes of a war's remote fire
AIR_MODES = frozenset({"aerial", "drone"})
INSURGENT_MODES = frozenset({"suicide-attack", "explosives"})  # car bombs, IEDs: not a state's arms
_CIVILIAN = frozenset({"CVL"})


def _armed(actor: Actor, state: set[str]) -> str | None:
    """"state", "group" (armed opposition), "unknown" (unidentified gunmen) or None (no side)."""
    sectors = set(actor.sector)
    if actor.sector[:1] == ["REB"]:  # a paramilitary in arms against the state (the RSF) is its enemy
        return "group"
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


def protesters_of(country: str | None) -> Actor:
    """The side of a protest whose protesters go unnamed: protesters, as ACLED names them
    ("Protesters (Kenya)"); the name is the generic of the protester role in `roles.yaml`."""
    from dateline.mentions.actor_lexicon import lexicon

    role = lexicon().roles.get("protesters")
    name = role.generic if role is not None else "Protesters"
    return Actor(name=name, text="", country=country, sector=["CVL"])


def _fights_state(name: str) -> bool:
    from dateline.mentions.actor_lexicon import lexicon

    entry = lexicon().by_name.get(name)
    return entry is None or entry.fights_state


def complete_sides(event: Event, focus: str | None, targets: frozenset[str] = frozenset(),
                   mutual: bool = False) -> None:
    """Name the side a report of armed conflict leaves unnamed, as UCDP and ACLED code it.

    Fighting and bombardment are between two sides. A report naming only the country's own
    forces ("regime forces shell Rastan", "army fighting in Hama"), or foreign aircraft and
    artillery striking in it ("Russian jets striking Idlib"), fights the country's armed
    opposition (a strike whose named targets are civilians keeps them as its only target); one
    naming only an armed group ("IS attacks Palmyra checkpoint") fights the government (unless
    the group is the target of a bombing or suicide attack, which states do not carry out, or
    is not at war with its government: `fights_state` in `data/actors/groups.yaml`, such as
    the Syrian Democratic Forces); fighting or bombardment naming neither ("fighting in rural
    Hama", "shelling on Qaboun") is the state-based conflict of the country where it happens,
    government against rebels. Two-sided fighting takes the added side as a co-actor, a one-way attack as the
    attacker or the target. Nothing is added when unidentified gunmen are a party (who they
    fight is open), when both sides are named (two armed groups make a non-state fight), when
    a foreign state fights on the ground (it may be a war between states), or when the country
    is unknown (the place's, else the document's, else the named armed group's home).

    Outside headlines a side is filled only when it is really missing: armed parties on both
    sides ("the army recaptured the city from the RSF") or "rival" groups (they fight each
    other) leave nothing open; crowd control is not armed conflict; a one-way attack whose named
    target is civilian (people, or civilian property among `targets`, the lemmas of the attack's
    objects: "attacked merchant ships", "hit an apartment block") has both its sides; and a
    group fighting outside its home country ("a PKK raid" located in Iraq) leaves
    the state open. An attack by a non-state side on military property ("ambushed an army
    convoy") has the property's owner, the state's forces, as its target (`_own_military`).
    A protest whose protesters go unnamed is by protesters. With `mutual` (a trigger of fighting
    between its parties, "clashes between X and Y"), two parties of one country are its two
    sides ("a brigade loyal to the ministry" against a pro-government militia).
    """
    if event.type == "PROTEST" and not event.actors:  # "protests took place in Mombasa"
        event.actors.append(protesters_of(event.location.country if event.location is not None else focus))
    if event.type != "ASSAULT":
        return
    localise(event, (event.location.country if event.location is not None else None) or focus)
    _own_military(event, targets, (event.location.country if event.location is not None else None) or focus)
    if (event.acled or {}).get("event_type") not in CONFLICT_TYPES:
        return
    parties = event.actors + event.recipients
    state = set(crosswalk()["state_sectors"]) | {"PRM"}  # pro-government militias side with the state
    kinds = [_armed(a, state) for a in parties]
    groups = {a.name: a.country for a, kind in zip(parties, kinds) if kind == "group"}
    if "unknown" in kinds or ("state" in kinds and groups) or len(groups) > 1 or _settled(event, kinds, mutual):
        return
    place = event.location.country if event.location is not None else None
    country = place or focus or next((c for c in groups.values() if c), None)
    battle = event.acled["event_type"] == "Battles"  # type: ignore[index]
    civilians = any(_CIVILIAN & set(a.sector) for a in event.recipients) or bool(targets & civilian_objects())
    if "state" in kinds:
        if _own_name_only(event, [a for a, kind in zip(parties, kinds) if kind == "state"]):
            return
        foreign = any(a.country not in (None, country) for a, kind in zip(parties, kinds) if kind == "state")
        attacked = not any(kinds[: len(event.actors)])  # the state is only the target
        if not (battle and foreign) and (attacked or battle or not civilians):
            _add(event, rebels_of(country), acting=battle or attacked)
    elif groups:
        attacked = not any(kinds[: len(event.actors)])  # the group is only the target
        name, home = next(iter(groups.items()))
        abroad = home and place and home != place and name != getattr(rebels_of(home), "name", None)
        if not _fights_state(name) or abroad:  # a named group outside its home country
            return
        if event.mode not in BOMBARDMENT and not attacked and (
                targets & civilian_objects() or (civilians and not battle)):
            return  # a one-way attack on civilians or their property: both sides are named
        if not (attacked and event.mode in INSURGENT_MODES):  # bombers of a group are not the state
            _add(event, state_of(country), acting=battle or attacked)
    elif not event.actors and (event.mode is None if battle else event.mode in BOMBARDMENT):
        gov, rebels = state_of(country), rebels_of(country)
        if gov is not None and rebels is not None:
            event.actors.append(gov)
            _add(event, rebels, acting=battle)


def _own_name_only(event: Event, states: list[Actor]) -> bool:
    """Remote fire placed only in the whole country of the state that fires ("Russian air strikes
    kill 12", placed in Russia by the adjective): a state's air force and artillery strike abroad
    as often as at home, so the place says nothing of whom they fight, and the country gives
    them no rebels of its own. A text that names the country itself ("shell villages in Syria")
    places them there."""
    place = event.location
    if event.mode not in BOMBARDMENT or place is None or place.precision != "country":
        return False
    named = re.compile(rf"\b{re.escape(place.name)}\b", re.IGNORECASE)
    return all(a.country == place.country for a in states) and not any(named.search(e.text) for e in event.evidence)


def _settled(event: Event, kinds: list[str | None], mutual: bool = False) -> bool:
    """Whether no side is missing: crowd control (police and protesters, not armed conflict),
    armed parties on both sides of a one-way act, two armed parties of a clash, or "rival"
    groups (who fight each other)."""
    if event.mode == "crowd-control":
        return True
    acting, target = kinds[: len(event.actors)], kinds[len(event.actors):]
    if any(acting) and any(target):
        return True
    if mutual and (event.acled or {}).get("event_type") == "Battles" and not event.recipients \
            and len({a.name for a in event.actors}) > 1 and all(acting) \
            and len({a.country for a in event.actors}) == 1:
        return True  # "clashes between the SSA and a brigade loyal to the ministry": both sides named
    return any("rival" in a.text.lower().split() for a in event.actors + event.recipients)


@functools.lru_cache(maxsize=1)
def _targets_data() -> dict[str, frozenset[str]]:
    return {k: frozenset(str(w).lower() for w in v) for k, v in load_yaml("actors/targets.yaml").items()}


def civilian_objects() -> frozenset[str]:
    """Lemmas of civilian property as an attack's object (`data/actors/targets.yaml`)."""
    return _targets_data()["civilian_objects"]


def military_target(targets: frozenset[str]) -> bool:
    """Whether an attack's objects (`named_objects` lemmas) are military property or posts: "a
    light tank", "the barracks", or anything an armed force owns ("an army truck", "a police
    station"), unless a word marks it civilian ("a civilian helicopter") or civilian property
    is also hit ("the barracks and nearby homes")."""
    data = _targets_data()
    if targets & data["civilian_markers"]:
        return False
    if targets & data["military_owners"]:
        return True
    return bool(targets & data["military_objects"]) and not targets & civilian_objects()


def owner_of(targets: frozenset[str], country: str | None) -> Actor:
    """The armed force that owns military property: the country's police for a police post or
    car, else its military ("Government of El Salvador"); the role's generic name ("Military
    forces") when the country is unknown. Its `text` is the property's military words ("army
    convoy"): the text names this target, unlike a side inferred by convention."""
    from dateline.mentions.actor_lexicon import lexicon

    data = _targets_data()
    text = " ".join(sorted(targets & data["military_owners"]) + sorted(targets & data["military_objects"]))
    role = lexicon().roles.get("police" if "police" in targets else "army")
    sector = list(role.sector) if role is not None else ["MIL"]
    state = state_of(country)
    if state is not None:
        return Actor(state.name, text, country, sector)
    return Actor(role.generic if role is not None else "Military forces", text, None, sector)


def _own_military(event: Event, targets: frozenset[str], country: str | None) -> None:
    """Name the target of an attack on military property by a side that is not a state
    ("guerrillas ambushed an army convoy", "an army convoy was ambushed"): the state's forces
    own it, as ACLED codes attacks on bases and convoys (Battles) and the MUC-3 task
    definition excludes them (criterion 1, exception b). A state's own strikes on "positions"
    hit its enemy's, which `complete_sides` names."""
    state = set(crosswalk()["state_sectors"])
    if event.recipients or any(state & set(a.sector) for a in event.actors) or not military_target(targets):
        return
    event.recipients.append(owner_of(targets, country))


def air_instruments() -> frozenset[str]:
    """Lemmas of air power nouns ("drones", "warplanes") (`data/actors/targets.yaml`)."""
    return _targets_data()["air_instruments"]


OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
TARGET_PREPS = frozenset({"on", "against", "at", "of"})


def named_objects(doc: Doc, triggers: list[int]) -> frozenset[str]:
    """Lemmas of what an attack's trigger words act on: their objects and the objects of "on",
    "against", "at" ("attacked merchant ships", "opened fire on a bus", "the attack on a
    market"), with each object's compounds and adjectives ("apartment block", "merchant")."""
    heads: list[Token] = []
    for i in triggers:
        tok = doc[i]
        scope = [tok, tok.head] if tok.dep_ == "dobj" else [tok]  # "opened fire on"
        for t in scope:
            if t.lemma_.lower() not in _targets_data()["instrument_verbs"]:  # "detonated a car"
                heads += [c for c in t.children if c.dep_ in OBJECT_DEPS and c.i not in triggers]
            heads += [g for c in t.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                      for g in c.children if g.dep_ == "pobj"]
    out: set[str] = set()
    for head in heads:
        for t in [head, *head.conjuncts]:
            out |= {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.dep_ in {"compound", "amod"}}
    return frozenset(out)


def attribute_rebels(doc: Doc, events: list[Event]) -> None:
    """Name a country's unnamed armed opposition after the one armed group the text names.

    A report often names the perpetrator only once, elsewhere ("Suspected jihadist fighters
    attacked an army post ... JNIM said its fighters had killed dozens"): when the document
    names exactly one armed opposition group of the event's country (else exactly one of no
    country, such as the Islamic State), the sides
    "<Country> rebels" of events whose own sentence does not name it are that group. A
    one-sentence headline naming a group and "rebels" ("fighting between rebels and IS") keeps
    them apart, as does a text naming two groups, since which one fought is then open.
    """
    from dateline.events.coref import is_named_armed

    named: dict[str, tuple[Actor, list[int]]] = {}
    for span in doc.spans.get("actors", []):
        actor = span._.actor
        if "REB" in actor.sector and is_named_armed(actor) and actor.name not in _generic_names():
            named.setdefault(actor.name, (actor, []))[1].append(span.start)
    for event in events:
        country = event.location.country if event.location is not None else None
        found = _only_group(list(named.values()), country)
        generic = rebels_of(country or (found[0].country if found else None))
        if found is None or generic is None or any(doc[i].sent.start in _sentences(doc, event) for i in found[1]):
            continue
        group = found[0]
        for side in (event.actors, event.recipients):
            for k, actor in enumerate(side):
                if actor.name == generic.name and all(a.name != group.name for a in event.actors + event.recipients):
                    side[k] = Actor(group.name, actor.text, group.country, list(group.sector))


def _only_group(named: list[tuple[Actor, list[int]]], country: str | None) -> tuple[Actor, list[int]] | None:
    """The one named group of the country, else the one of no country ("Islamic State"), else None."""
    for wanted in (country, None):
        of = [g for g in named if g[0].country == wanted]
        if of:
            return of[0] if len(of) == 1 else None
    return None


def _sentences(doc: Doc, event: Event) -> set[int]:
    """Start tokens of the sentences an event's evidence quotes."""
    spans = (doc.char_span(ev.start, ev.end, alignment_mode="expand") for ev in event.evidence)
    return {span.sent.start for span in spans if span is not None}


def _add(event: Event, actor: Actor | None, acting: bool) -> None:
    if actor is not None:
        (event.actors if acting else event.recipients).append(actor)
