"""Merge restatements within one document: headline, lede and a later paragraph that report
the same event become one event carrying every evidence span.

Two events merge when nothing contradicts (same type, compatible territory, place, date,
actors and recipients) and something positively ties them (same place, a shared actor or
recipient, or the same trigger word). The merged event keeps the most specific value of each
field and the asserted reading over a future or claimed one.

Some later mentions tell more of an event rather than a new one: a toll with no party
of its own ("At least 9 people were hurt") folds into the nearest attack told before it,
figures and evidence, when it names no victims the attack lacks (one that does stays its own
event with its figures, so no death is counted twice), and so does a violent mention with
dead or wounded and nothing of its own but how they were hurt ("a guard was shot dead as he
ran to the gate"); an additive clause ("the strike force also held two more
men") adds its figures to the operation told before; an attack a claim names
the perpetrator of ("in a raid claimed by X") is the attack the sentence reports.
Restatements that look like other events (dated by the day of their report, told in another
manner, naming a party the first mention only described, a folded word told again) are
recognised by `restating.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.events.background import drop_backdrop
from dateline.events.restating import (
    elaborates, folded_back, named_over_generic, points_back, report_day, unanchored,
)
from dateline.records import COUNT_FIELDS, Actor, Event, Place

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
MODALITY_RANK = {"asserted": 0, "claimed": 1, "denied": 2, "future": 3, "hypothetical": 4, "negated": 5}
FACTUAL = frozenset({"asserted", "claimed", "denied"})  # a denial disputes who, not how


@dataclass
class Mention:
    """An event with the trigger token indices and main trigger lemma it came from."""

    event: Event
    triggers: list[int]
    lemma: str
    explicit_date: bool = True
    lemmas: set[str] = field(default_factory=set)
    two_sided: bool = False
    hint: str | None = None
    additive: bool = False
    stated_place: bool = True  # False: the place is the dateline/focus fallback
    anaphoric: bool = False  # a definite event noun pointing back ("the attack")
    claimed: bool = False  # its actor is the party that claimed it ("an attack claimed by X")
    casualty_only: bool = False  # a toll with no act of its own ("15 people were injured")
    announces: str | None = None  # a headline's "X to back Y" (AGREE) announces an AID
    reported_date: bool = False  # its day is the day of the verb reporting it ("said on Monday")


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    return place.name.lower()


def _places_agree(a: Place | None, b: Place | None) -> tuple[bool, bool]:
    """(compatible, same): null is compatible with anything; country-level places with
    anything inside their country."""
    if a is None or b is None:
        return True, False
    if _place_key(a) == _place_key(b):
        return True, a.precision in {"exact", "near"}
    for x, y in ((a, b), (b, a)):
        if x.precision == "country" and x.country and x.country == y.country:
            return True, False
        if x.precision == "admin1" and x.admin1 and x.admin1 == y.admin1:
            return True, False
    km = _km(a, b)
    if km is not None:
        return km <= 60, km <= 15
    return False, False


def _stated_places_agree(x: Mention, y: Mention) -> tuple[bool, bool]:
    """`_places_agree` on the places the sentences themselves gave: a fallback place (where
    the story was filed) never makes two mentions the same place, and separates them only
    when it lies in another country (a story filed in the capital about a province)."""
    a, b = x.event.location, y.event.location
    if not (x.stated_place and y.stated_place):
        countries = {p.country for p in (a, b) if p is not None and p.country}
        return len(countries) <= 1, False
    return _places_agree(a, b)


def _km(a: Place, b: Place) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    import math

    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    coarse = max(PRECISION_RANK.get(a.date_precision, 0), PRECISION_RANK.get(b.date_precision, 0))
    width = {0: 10, 1: 10, 2: 7, 3: 4}[coarse]
    if coarse == 1:
        from datetime import date

        try:
            da, db = date.fromisoformat(a.date[:10]), date.fromisoformat(b.date[:10])
        except ValueError:
            return a.date == b.date
        return abs((da - db).days) < 7
    return a.date[:width] == b.date[:width]


GENERIC_WORDS = frozenset({"government", "forces", "force", "military", "group", "people",
                           "state", "units", "fighters", "army", "the", "and", "of"})


def _keys(actors: list[Actor]) -> set[str]:
    """Names plus their 4-letter word stems, so "Kurdish military" meets "Kurds"."""
    keys = set()
    for actor in actors:
        keys.add(actor.name.lower())
        for word in actor.name.lower().split():
            if len(word) >= 4 and word not in GENERIC_WORDS:
                keys.add("~" + word[:4])
    return keys


def _same_names(a: list[Actor], b: list[Actor]) -> bool:
    """Within one sentence the actor stage names one party alike wherever it appears, so a
    shared word stem ("Syrian Democratic Forces", "Government of Syria") ties nothing there."""
    named = _named(b)
    return not named or bool({p.name.lower() for p in a} & {p.name.lower() for p in named})


def _countries(actors: list[Actor]) -> set[str]:
    return {a.country for a in actors if a.country}


def _parties_agree(a: list[Actor], b: list[Actor]) -> tuple[bool, bool]:
    if not a or not b:
        return True, False
    if _keys(a) & _keys(b):
        return True, True
    ca, cb = _countries(a), _countries(b)
    return not (ca and cb and not ca & cb), False


def same_sentence_of(a: Event, b: Event) -> bool:
    return bool({(e.start, e.end) for e in a.evidence} & {(e.start, e.end) for e in b.evidence})


def _bare(event: Event, stated_place: bool = True) -> bool:
    """A bare restatement ("the capture of the airbase"): no actor, no place of its own (a
    place carried over from an earlier sentence or the dateline is not its own)."""
    return not event.actors and (not stated_place or event.location is None
                                 or event.location.precision in {"country", "admin1"})


PLACE_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3}


def _coarse(place: Place | None) -> bool:
    return place is None or place.precision in {"country", "admin1"}


def _finer(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    return a if PLACE_RANK.get(a.precision, 4) <= PLACE_RANK.get(b.precision, 4) else b


def adds_to(x: Mention, y: Mention) -> bool:
    """Whether `y` reports more of the same operation ("One additional suspect was
    detained"): same type and mode, no actor of its own or the same one, no other place."""
    a, b = x.event, y.event
    if not y.additive or a.type != b.type or a.mode != b.mode or a.territory or b.territory:
        return False
    if not _stated_places_agree(x, y)[0]:
        return False
    if x.explicit_date and y.explicit_date and not _dates_agree(a, b):
        return False
    agree, same = _parties_agree(a.actors, b.actors)
    if not (a.actors and b.actors) or same:
        return True
    return (agree and _same_head(a.actors, b.actors)) or all(_described(p) for p in b.actors)


# Head nouns of descriptions that name no particular force ("the security force", "the
# joint team"), unlike "the army" or "the police".
BARE_FORCE_HEADS = frozenset({"force", "forces", "team", "teams", "unit", "units", "patrol"})


def _described(actor: Actor) -> bool:
    """An actor told by a definite description that names no particular force ("the strike
    force", "the joint team"): in a clause that says it adds to what was told ("the
    strike force also held two more men"), it points back at the force of the
    earlier sentence, whatever name the actor lexicon guessed for the bare description."""
    words = actor.text.lower().split()
    return len(words) > 1 and words[0] in ("the", "these", "those") and words[-1] in BARE_FORCE_HEADS


def _same_head(a: list[Actor], b: list[Actor]) -> bool:
    """Actors named by the same head noun, in their names or in the words the text used ("the
    strike force" after "a joint army and police strike force", whichever lexicon
    entry each matched): an additive clause's short back-reference."""
    heads = [{w.lower().split()[-1] for p in side for w in (p.name, p.text) if w.split()} for side in (a, b)]
    return bool(heads[0] & heads[1])


def same_event(x: Mention, y: Mention) -> bool:
    """Whether two mentions in one document report the same event."""
    a, b = x.event, y.event
    if a.type != b.type and not _announced(x, y):
        return folded_back(x, y) and _stated_places_agree(x, y)[0]
    if a.mode and b.mode and a.mode != b.mode and a.type == b.type and not elaborates(x, y):
        return False
    if y.additive and not same_sentence_of(a, b):
        return False
    if a.territory and b.territory and a.territory != b.territory:
        if {a.territory, b.territory} != {"captured", "regained"}:
            return False
    place_ok, same_place = _stated_places_agree(x, y)
    if not place_ok or not _dates_agree(a, b) and x.explicit_date and y.explicit_date \
            and not report_day(x, y):
        return False
    actors_ok, same_actor = _parties_agree(a.actors, b.actors)
    recips_ok, same_recip = _parties_agree(a.recipients, b.recipients)
    if not actors_ok or not recips_ok:
        return False
    if a.actors and len(_named(b.actors)) < len(b.actors):
        same_actor = same_actor or not _named(b.actors) or _parties_agree(a.actors, _named(b.actors))[1]
    if (a.territory or b.territory) and not same_actor and a.actors and b.actors:
        return False
    same_sentence = bool({(e.start, e.end) for e in a.evidence} & {(e.start, e.end) for e in b.evidence})
    if bool(a.territory) != bool(b.territory) and not same_sentence and not x.lemmas & y.lemmas:
        return False
    if (x.claimed or y.claimed) and not (a.actors and b.actors) and not (a.territory or b.territory):
        return True  # "six died when a truck bomb went off ..., in a raid claimed by X"
    if same_sentence and a.mode and a.mode == b.mode and (_partyless(a) or _partyless(b)):
        return True  # "three mines went off, causing five casualties among the police": one blast
    if same_sentence:  # a clause stating no place of its own is at the place its sentence tells
        return same_actor and bool(a.actors) and _same_names(a.actors, b.actors) and (
            same_place or _coarse(a.location) or _coarse(b.location) or not y.stated_place)
    if same_place:
        return True
    if x.lemmas & y.lemmas and _bare(a, x.stated_place) != _bare(b, y.stated_place):
        return True
    shared_lemma = bool(x.lemmas & y.lemmas)
    if y.anaphoric and not b.territory:
        return True  # "the attack", nothing contradicting: restates the event told before
    if _partyless(b) and not y.explicit_date and b.type != "ASSAULT" and not b.territory:
        return True  # "The measures freeze any assets" after the sanctions: no party, no day of its own
    if a.territory or b.territory:  # "the group said its fighters captured the base in the township"
        return same_actor and (_coarse(a.location) or _coarse(b.location) or unanchored(y))
    if same_actor and _adds_nothing(x, y):
        return True  # "the rebels attacked army positions" after the fighting between them
    return (same_actor and (same_recip or shared_lemma)) or (shared_lemma and (same_actor or same_recip))


def _announced(x: Mention, y: Mention) -> bool:
    """A headline's "Iraq air force to back Kurds" (PLOVER's future cooperation, AGREE) and the
    body's order or act of that support tell one piece of news: the headline announces the act
    the story reports, so the two may be one event when their parties agree."""
    return (x.announces is not None and x.announces == y.event.type) or (
        y.announces is not None and y.announces == x.event.type)


def _partyless(event: Event) -> bool:
    """An event with neither actor nor target ("two mines exploded"): within its sentence it is
    the same act as the one the sentence tells with its parties."""
    return not event.actors and not event.recipients


def _named(actors: list[Actor]) -> list[Actor]:
    """The parties a mention names itself, without its back-references."""
    return [p for p in actors if not points_back(p)]


def _adds_nothing(x: Mention, y: Mention) -> bool:
    """A later mention with no date and no fine place of its own, whose parties are all the
    earlier event's and whose date agrees with it: it tells the same event again ("fighting
    between M23 and the army ... the rebels attacked army positions"). A new party, victim,
    day or town would make it a new incident."""
    a, b = x.event, y.event
    if y.explicit_date or (y.stated_place and not _coarse(b.location)) or not _dates_agree(a, b):
        return False
    parties = {p.name.lower() for p in a.actors + a.recipients}  # names, not the loose stems
    return all(p.name.lower() in parties for p in _named(b.actors) + b.recipients)


def tells_toll(x: Mention, y: Mention) -> bool:
    """Whether `y`, a toll with no party of its own ("At least 15 people were injured", "four
    people were killed and 23 wounded"), counts the victims of the violent event `x`: nothing
    about place, date or victims contradicts. Its mode is only the way people died, so it may
    differ from the event's ("shot dead" during a kidnapping). "Five more were killed" adds
    to the figure instead (`adds_to`)."""
    a, b = x.event, y.event
    if not (y.casualty_only or damage_only(b) or (_unowned_toll(y) and a.mode)) or y.additive or b.actors \
            or a.type != "ASSAULT" or b.type != a.type:
        return False
    if same_sentence_of(a, b):
        return False  # within a sentence the counting stage gives figures to their event
    if not _stated_places_agree(x, y)[0]:
        return False
    if x.explicit_date and y.explicit_date and not _dates_agree(a, b):
        return False
    return _parties_agree(a.recipients, b.recipients)[0]


def _unowned_toll(y: Mention) -> bool:
    """A violent mention with dead or wounded but no perpetrator, no date and no place of its
    own ("at least 20 people were injured, including a journalist hit by a tear gas
    canister", "a guard was shot dead as he ran to the gate"): the words that tell
    how the victims were hurt make it more than a bare toll, but nothing in it sets it apart
    from the attack told before it, whose victims it counts. Only an attack whose manner is
    told joins it (`tells_toll`): to an act told with no manner, "were wounded when a bomb
    exploded" may tell another act, the bombing."""
    b = y.event
    return (not y.explicit_date and not y.stated_place and not b.territory
            and (b.fatalities or b.injured) is not None)


def damage_only(event: Event) -> bool:
    """A report of damage with no party ("several vehicles were set on fire and the fuel depot
    was destroyed"): after an attack it tells what the attack destroyed, like a toll."""
    return event.type == "ASSAULT" and event.mode == "destroy" and not event.actors and not event.recipients


def _better(a: Event, b: Event) -> Event:
    """The mention whose reading should lead: asserted first, then the most precise date."""
    ka = (MODALITY_RANK.get(a.modality, 9), PRECISION_RANK.get(a.date_precision, 9))
    kb = (MODALITY_RANK.get(b.modality, 9), PRECISION_RANK.get(b.date_precision, 9))
    return a if ka <= kb else b


def absorb(x: Mention, y: Mention, add: bool = False) -> None:
    """Fold mention `y` into `x`: evidence, triggers and missing fields accumulate; with
    `add`, `y`'s counts are more of the same and are summed."""
    a, b = x.event, y.event
    if add:
        for name in COUNT_FIELDS:
            if getattr(b, name) is not None:
                setattr(a, name, (getattr(a, name) or 0) + getattr(b, name))
    lead = _better(a, b)
    other = b if lead is a else a
    if x.announces is not None and x.announces == b.type:  # the act told, not its announcement, types it
        a.type, a.mode, a.acled, x.announces = b.type, b.mode, b.acled, None
        a.context = list(b.context)
    # the act's own day beats the day it was reported ("sources today reported ... on Wednesday")
    own_day = y.explicit_date and x.reported_date and not y.reported_date
    if not x.explicit_date or own_day or (
            y.explicit_date and PRECISION_RANK.get(b.date_precision, 9) < PRECISION_RANK.get(a.date_precision, 9)):
        if y.explicit_date:
            a.date, a.date_precision = b.date, b.date_precision
            x.explicit_date, x.reported_date = True, y.reported_date
    # a tactic only planned, threatened or denied ("if the air force continues to bomb") is no
    # tactic of the act that happened: the mode comes from the mentions told as fact
    modes = [e.mode for e in (a, b) if e.mode and (e.modality in FACTUAL or lead.modality not in FACTUAL)]
    if a.territory and not b.territory:  # "captured the base and took soldiers prisoner": a capture
        modes = [m for m in modes if m == a.mode]
    a.modality, a.attributed_to = lead.modality, lead.attributed_to or other.attributed_to
    a.territory = _territory(a.territory, b.territory)
    if x.stated_place == y.stated_place:
        a.location = _finer(a.location, b.location)
    elif y.stated_place:  # the sentence's own place beats where the story was filed
        a.location, x.stated_place = b.location, True
    a.mode = modes[0] if modes else None
    a.acled = a.acled if a.acled and (a.territory is None or b.acled is None) else (b.acled or a.acled)
    for name in ("actors", "recipients"):
        mine = getattr(a, name)
        before = list(mine)
        seen = _keys(mine)
        if name == "recipients":  # "fighting between M23 and the army ... the rebels attacked
            seen |= _keys(a.actors)  # army positions": a side of the clash is no target of it
        mine.extend(p for p in getattr(b, name) if p.name.lower() not in seen
                    and not (mine and name == "actors" and points_back(p)))
        mine[:] = named_over_generic(mine, before, getattr(b, name))
    for name in COUNT_FIELDS:  # a restatement that names more people is the fuller account
        if getattr(a, name) is None or (getattr(b, name) or 0) > getattr(a, name):
            setattr(a, name, getattr(b, name))
    for ctx in b.context:
        if ctx not in a.context:
            a.context.append(ctx)
    spans = {(e.start, e.end): e for e in a.evidence + b.evidence}
    a.evidence = [spans[k] for k in sorted(spans)]
    a.confidence = max(a.confidence, b.confidence)
    x.triggers.extend(t for t in y.triggers if t not in x.triggers)
    x.lemmas |= y.lemmas
    x.two_sided = x.two_sided or y.two_sided
    x.hint = x.hint or y.hint


def _own_victims(recipients: list[Actor]) -> list[Actor]:
    """Victims a toll names itself: "four people were killed" names nobody the attack lacks
    (only a fuller account of its dead), "a civil defence member was wounded" does."""
    return [p for p in recipients if not p.text or p.text.lower().split()[-1] not in GENERIC_WORDS]


def absorb_toll(x: Mention, y: Mention) -> None:
    """Fold a toll into the event it counts: its figures (the larger, as in `absorb`) and
    its evidence. Its victims ("soldiers were wounded") are who the event hit, which the
    event's own sentence tells; a toll's wording ("people", "passers-by") does not recast it."""
    a, b = x.event, y.event
    for name in COUNT_FIELDS:
        if getattr(b, name) is not None and (getattr(a, name) is None or getattr(b, name) > getattr(a, name)):
            setattr(a, name, getattr(b, name))
    spans = {(e.start, e.end): e for e in a.evidence + b.evidence}
    a.evidence = [spans[k] for k in sorted(spans)]
    x.triggers.extend(t for t in y.triggers if t not in x.triggers)


def _territory(a: str | None, b: str | None) -> str | None:
    if a and b and a != b and "regained" in (a, b):
        return "regained"
    return a or b


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Greedy passes until nothing changes: each mention joins the first earlier event it
    restates (a later pass catches links that only a merged event's union reveals). History
    told as background of the story's news is left out last (`background.drop_backdrop`)."""
    while True:
        merged = _merge_pass(mentions)
        if len(merged) == len(mentions):
            return drop_backdrop(merged)
        mentions = merged


def _merge_pass(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in mentions:
        # a toll sentence counts the victims of the nearest violent event told before it
        toll = next((kept for kept in reversed(out) if tells_toll(kept, mention)), None)
        if toll is not None and (_unowned_toll(mention) and not mention.casualty_only or _keys(
                _own_victims(mention.event.recipients)) <= _keys(toll.event.recipients)):
            absorb_toll(toll, mention)
            continue  # nothing but figures: the toll is the event's
        # victims of their own ("a civil defence member was wounded") keep their mention and
        # their figures: copying them to the attack as well would count the same dead twice;
        # a toll told with how the victims were hurt (`_unowned_toll`) is the attack's own
        # an anaphor ("the attack") points at the nearest earlier event that fits
        for kept in (reversed(out) if mention.anaphoric else out):
            if adds_to(kept, mention):
                absorb(kept, mention, add=True)
                break
            if same_event(kept, mention):
                absorb(kept, mention)
                kept.event.confidence = min(0.99, kept.event.confidence + 0.05)
                break
        else:
            out.append(mention)
    return out
