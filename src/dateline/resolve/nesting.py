"""Places nested in one another ("Kadikoy district in Istanbul", "Zipaquira district, Cundinamarca province",
"the Andean city of Huancayo"): which name holds which, so that the event gets the most specific
place (Halterman 2019 annotates it) and a doubtful resolution can fall back on the wider area the
text puts it in. Also the word lists of data/event_location.yaml, which resolve/location.py shares.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from dateline.data import load_yaml
from dateline.records import Place

PRECISION_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3}
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
CONTAINER_PREPS = frozenset({"in", "inside", "within"})
CHAIN_DEPS = frozenset({"prep", "pobj", "appos", "poss", "compound", "case", "amod", "nmod", "punct"})


@functools.lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Common nouns that name a kind of place ('district', 'border', 'market'): a toponym that
    modifies one ('the Idlib countryside') locates it; one that modifies another noun ('U.S.
    aircraft', "London's transit system") describes that thing, not where an event happened."""
    from dateline.resolve.place_cues import place_cues

    cues = place_cues()
    return (frozenset(cues.feature_words) | cues.located_heads | cues.place_heads
            | words("structure_nouns") | words("part_nouns"))


@functools.lru_cache(maxsize=1)
def site_nouns() -> frozenset[str]:
    """Nouns for a kind of place or building only ('home', 'courthouse', 'district', 'camp'),
    unlike `place_nouns`, which also holds what happens in a place ('election', 'war')."""
    from dateline.resolve.place_cues import place_cues

    cues = place_cues()
    return (frozenset(cues.feature_words) | cues.facility_heads | cues.venue_heads
            | words("structure_nouns") | words("part_nouns") | words("area_nouns"))


@functools.lru_cache(maxsize=None)
def words(key: str) -> frozenset[str]:
    """One lower-cased word list of data/event_location.yaml."""
    return frozenset(str(w).lower() for w in _lexicon().get(key) or [])


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_yaml("event_location.yaml")


def _hangs_from(inner: Span, outer: Span) -> bool:
    """Whether `inner` reaches `outer` through a noun phrase chain (appositions, genitives,
    prepositional phrases), i.e. `inner` qualifies `outer` rather than naming another event."""
    cur = inner.root
    for _ in range(4):
        if cur.head == cur or cur.dep_ not in CHAIN_DEPS:
            return False
        cur = cur.head
        if outer.start <= cur.i < outer.end:
            return True
    return False


def container_of(big: Span, small: Span) -> bool:
    """'Kadikoy district in Istanbul', 'Bolzano, Italy', "Syria's city of Raqqa", 'the West Bank
    town of Ramallah': `big` is the wider area around `small`, which names the event's place more
    exactly (Halterman 2019 annotates the most specific place)."""
    order = _noun_of_order(big, small)
    if order is not None:
        return order
    reverse = _noun_of_order(small, big)
    if reverse is not None:
        return not reverse
    root = big.root
    if root.lower_ in place_nouns() and small.start > big.start and _hangs_from(small, big):
        return stated_rank(big) > stated_rank(small)  # 'the Somali town of Janaale'
    if small.start > big.start:  # "Lyon's Croix-Rousse", "the Andean city of Huancayo"
        if root.dep_ == "poss":
            return _qualifies_noun(small, root.head)
        named = root.head.lower_ in words("naming_nouns")
        if small.root.dep_ == "compound" and small.root.head.lower_ in words("area_nouns"):
            return False  # 'Dhangadi city of Kailali district': the second name has its own kind
        return (root.dep_ in MODIFIER_DEPS and _qualifies_noun(small, root.head)
                and area_rank(big) + named > area_rank(small))
    if root.dep_ == "appos":
        return small.start <= root.head.i < small.end
    if _surface_nested(big, small):
        return True
    noun = root.head.head.lower_ if root.dep_ == "pobj" else ""
    if root.dep_ == "pobj" and (root.head.lower_ in CONTAINER_PREPS or (
            root.head.lower_ == "of" and noun in place_nouns()
            and area_rank(big) >= area_rank(small) + (noun in words("naming_nouns")))):
        holder = root.head.head  # "Kadikoy district in Istanbul", "the Mitte area of Berlin"
        return small.start <= holder.i < small.end or (
            holder.pos_ in ("NOUN", "PROPN") and _qualifies_noun(small, holder)
            and not _owner_of(small, holder))
    return False


def _noun_of_order(first: Span, second: Span) -> bool | None:
    """For 'A <noun> of B' ('the Alfama neighborhood of Lisbon', 'the Andean city of Huancayo',
    'the Ostend region of Bruges', "Lisbon's district of Belem"): whether A holds B;
    None for another construction. A well-known place (one the gazetteer resolves exactly) holds
    an obscure one, whatever the word order; between two known places a naming noun ('city',
    'town') makes B the place itself and A the wider area (unless B is the wider kind), any
    other noun ('region', 'area') makes B the wider area."""
    root, other = first.root, second.root
    if root.dep_ not in MODIFIER_DEPS or root.pos_ == "ADJ" or root.head.pos_ != "NOUN" or not (
            other.dep_ == "pobj" and other.head.lower_ == "of" and other.head.head == root.head):
        return None
    kind = {t.lower_ for t in second.doc[second.end - 1:second.end + 1]}
    if kind & (words("area_nouns") | words("admin1_nouns")) and root.head.lower_ in words("naming_nouns"):
        return False  # 'Mafa village of Dikwa LGA': the second name says it is the wider area
    known_first, known_second = _known(first), _known(second)
    if known_first != known_second:
        return known_first
    # 'the Wudil town of Kano State': a naming noun still leaves the wider place outside
    return root.head.lower_ in words("naming_nouns") and area_rank(first) >= area_rank(second)


def _known(span: Span) -> bool:
    """Whether the gazetteer resolved the name exactly (a city, province or country), not by a
    loose match or not at all, which marks a small or obscure place."""
    place = span._.place
    return place is not None and place.precision in ("exact", "admin1", "country")


def _surface_nested(big: Span, small: Span) -> bool:
    """'Karrada neighborhood in central Baghdad', 'Zurmat, Paktia': the words alone nest the
    two names, which the parser often hangs from different nouns. After a noun naming `small`'s
    kind of area 'in' or ',' opens the wider area; without one only a wider place does ('the
    Damascus suburb of Douma' nests either way, so 'of' is left to the parse)."""
    between = list(big.doc[small.end:big.start])
    kinds = 0
    while kinds < len(between) and between[kinds].lower_ in words("area_nouns"):
        kinds += 1
    if (kinds == len(between) or between[kinds].lower_ not in (",", *CONTAINER_PREPS)
            or len(between) > kinds + 3):
        return False
    if any(t.pos_ not in ("DET", "ADJ") for t in between[kinds + 1:]):
        return False
    if kinds > 0 or stated_rank(big) > stated_rank(small):
        return True
    # 'the town of Ronda in southern Malaga': 'in' between two names puts the first in the
    # second, unless the first is what something is about or where it goes ('the war on Iraq in Paris')
    aside = small.root.dep_ == "pobj" and small.root.head.lower_ in words("aside_preps")
    return (between[kinds].lower_ != "," and not aside and big._.place is not None
            and stated_rank(big) == stated_rank(small))


def area_rank(span: Span) -> int:
    """How wide an area the name covers: 2 for a country, 1 for a first-order division, else 0.

    'the Andean city of Huancayo' vs 'the Mitte area of Berlin': the same words around
    a place noun nest either way, and only the kind of the two places tells which holds which."""
    place = span._.place
    return {"country": 2, "admin1": 1}.get(place.precision, 0) if place is not None else 0


def _owner_of(span: Span, noun: Token) -> bool:
    """'the US embassy in Brussels': a name modifying a building rather than a kind of area
    ('Mansour district') says whose it is, so the place around it is the location."""
    from dateline.resolve.place_cues import place_cues

    return span.root.head == noun and span.root.dep_ in MODIFIER_DEPS and (
        noun.lower_ not in place_cues().feature_words)


def _qualifies_noun(span: Span, noun: Token) -> bool:
    """Whether `span` is, or hangs from, the noun `noun` ('the city of Raqqa' -> city)."""
    if noun.lower_ not in place_nouns() and noun.pos_ != "PROPN":
        return False
    if span.start <= noun.i < span.end:
        return True
    cur = span.root
    for _ in range(3):
        if cur.head == cur or cur.dep_ not in CHAIN_DEPS or (cur.dep_ == "prep" and cur.lower_ != "of"):
            return False
        cur = cur.head
        if cur == noun:
            return True
    return False


def drop_containers(attached: list[tuple[Span, int | float]]) -> list[tuple[Span, int | float]]:
    """Keep the most specific of places nested in one another."""
    spans = [s for s, _ in attached]
    return [(s, c) for s, c in attached
            if not any(o is not s and container_of(s, o) for o in spans)] or attached


def precision_rank(span: Span) -> int:
    """0 for a town or finer (a 'near' match too: a variant spelling of one), 1 for an unresolved
    name, up to 3 for a country."""
    place = span._.place
    rank = min(PRECISION_RANK.get(place.precision, 3), 3) if place is not None else 1
    return 0 if rank == 1 and place is not None else rank


def innermost(span: Span, cands: list[Span]) -> Span:
    """The most specific place nested in the chosen one ('the Alpine town of Bolzano'), even
    when the parse left the inner name too far from the event clause to be attached itself."""
    for _ in range(3):
        inner = [c for c in cands if c != span and container_of(span, c) and not container_of(c, span)]
        if not inner:
            break
        span = min(inner, key=lambda c: (precision_rank(c), c.start))
    return span


def stated_rank(span: Span) -> int:
    """How wide the text says the place is, on the scale of PRECISION_RANK (0 a town, 2 a
    first-order division, 3 a country): 'Balkh province' is a division even when the gazetteer
    took 'Balkh' for the town of that name."""
    kind = span.doc[span.end - 1: span.end + 1]  # 'Zabol Province', 'Balkh province'
    stated = 2 if any(t.lower_ in words("admin1_nouns") for t in kind) else 0
    return max(area_rank(span) + (area_rank(span) > 0), stated)


def encloses(big: Span, small: Span) -> bool:
    """`big` names the area around `small`: nested as `container_of` finds, or in apposition
    after it ('Garmsir district, Helmand province', 'Zurmat, Paktia')."""
    if stated_rank(big) < stated_rank(small) and small._.place is not None:
        return False
    if container_of(big, small):
        return True
    between = big.doc[small.end:big.start]
    if [t.text for t in between if t.lower_ not in place_nouns()] == [","]:
        return True  # the parser often hangs the second name elsewhere: trust the surface
    heads = {small.root, small.root.head} if small.root.dep_ in ("compound", "amod") else {small.root}
    cur = big.root
    for _ in range(4):
        if big.start < small.start or cur.head == cur or cur.dep_ not in CHAIN_DEPS:
            return False
        cur = cur.head
        if cur in heads:
            return True
    return False


def inside(inner: Place, outer: Place, rank: int) -> bool:
    """Whether `inner` lies in `outer`, a place of `rank`, as far as the gazetteer says (unknown
    parts agree)."""
    if inner.country and outer.country and inner.country != outer.country:
        return False
    if rank == PRECISION_RANK["admin1"] and inner.admin1 and outer.admin1:
        return inner.admin1 == outer.admin1
    return True
