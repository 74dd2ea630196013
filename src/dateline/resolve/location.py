"""Event location: the place where an event happened, not merely a place mentioned nearby.

Preference order (Halterman 2019's event-location task): a literal toponym syntactically attached
to the event clause (in the trigger's subtree, or the subtree of the verb that governs a nominal
trigger), then the nearest literal toponym in the same sentence, else the document's dateline or
focus country with a coarser `precision`. Metonymic ("Baghdad said") and demonym spans are never
locations. Among places nested in one another ("Doura district in Baghdad", "Syria's city of
Raqqa", "Merano, Italy") the most specific wins, as in Halterman's annotation; a name modifying a
noun that is neither the event nor a kind of place or building ("U.S. aircraft") is not a location.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources

import yaml

from spacy.tokens import Doc, Span, Token

from dateline.records import Place

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "on", "inside", "across", "around",
                            "throughout", "into", "within", "along"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "agent", "expl"})  # the actor's phrase, not the patient's
CLAUSE_LINKS = frozenset({"advcl", "xcomp"})
PRECISION_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3}
COARSER = {"exact": "near", "near": "near", "admin1": "admin1", "country": "country"}
MAX_PATH = 6
DATELINE_TOKENS = 6
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
    text = importlib.resources.files("dateline.data").joinpath("event_location.yaml").read_text("utf-8")
    structures = frozenset(str(w).lower() for w in yaml.safe_load(text)["structure_nouns"])
    return frozenset(cues.feature_words) | cues.located_heads | cues.place_heads | structures


def _candidates(doc: Doc, trigger: Token) -> list[Span]:
    if "places" not in doc.spans:
        return []
    sent = trigger.sent
    return [s for s in doc.spans["places"]
            if s._.toponym_kind == "literal" and sent.start <= s.start < sent.end]


def _path_to(token: Token, target: Token) -> list[Token] | None:
    """Tokens from `token` up the head chain to `target` (exclusive), or None when not below it."""
    path, cur = [], token
    for _ in range(MAX_PATH):
        if cur == target:
            return path
        if cur.head == cur:
            return None
        path.append(cur)
        cur = cur.head
    return path if cur == target else None


def _governors(trigger: Token) -> list[Token]:
    """The trigger, then (for a nominal trigger such as 'attack') the verb it hangs from."""
    out = [trigger]
    cur = trigger
    while cur.pos_ in ("NOUN", "PROPN", "NUM") and cur.head != cur and len(out) < 3:
        cur = cur.head
        out.append(cur)
        if cur.pos_ in ("VERB", "AUX"):
            break
    # "stormed the village of X, killing 39": a participle or linked clause shares the place
    if cur.dep_ in CLAUSE_LINKS and cur.head != cur:
        out.append(cur.head)
    return out


def _attachment_cost(span: Span, trigger: Token) -> float | None:
    """Dependency distance from the event clause to the place; None when it is not attached."""
    for extra, gov in enumerate(_governors(trigger)):
        path = _path_to(span.root, gov)
        if path is None:
            continue
        # a place under another verb belongs to that clause, not to this event; one that
        # modifies the subject ("U.S. soldiers", "a driver from Abidjan") is where the actor
        # comes from
        if any(t.pos_ in ("VERB", "AUX") for t in path[1:]):
            return None
        if any(t.dep_ in SUBJECT_DEPS for t in path[1:]):
            return None
        if span.root.dep_ == "nsubj" and len(path) == 1:
            return None  # 'The United States destroyed ...': the actor, not the place
        if _describes_a_thing(span, gov) or _origin_of_patient(path):
            return None
        cost = len(path) + 2 * extra
        if any(t.lower_ in LOCATIVE_PREPS and t.dep_ == "prep" for t in path):
            cost -= 0.5
        if span.root.dep_ == "nsubjpass" and len(path) == 1:
            cost += 1
        return cost
    return None


def _origin_of_patient(path: list[Token]) -> bool:
    """'John Downey of Connecticut was captured', 'observers from Jordan were captured': where
    the victim comes from, not where the event happened."""
    patients = [t for t in path[1:] if t.dep_ == "nsubjpass"]
    return bool(patients) and _is_person_like(patients[0]) and any(
        t.dep_ == "prep" and t.lower_ in ("of", "from") and t.head == patients[0] for t in path)


def _is_person_like(token: Token) -> bool:
    """A common noun that is not a kind of place ('observers', 'owner') or a person's name."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    return token.pos_ == "NOUN" and token.lower_ not in place_nouns()


def _describes_a_thing(span: Span, gov: Token) -> bool:
    """"U.S. aircraft", "Washington's relationship": a name modifying a noun that is neither the
    event nor a kind of place says whose or what thing, not where the event was."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head == gov:
        return False
    head = root.head
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in place_nouns() and not head.ent_type_


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


def _container_of(big: Span, small: Span) -> bool:
    """'Doura district in Baghdad', 'Merano, Italy', "Syria's city of Raqqa", 'the West Bank
    town of Ramallah': `big` is the wider area around `small`, which names the event's place more
    exactly (Halterman 2019 annotates the most specific place)."""
    root = big.root
    if root.lower_ in place_nouns() and small.start > big.start and _hangs_from(small, big):
        return _precision(big) > _precision(small)  # 'the Somali town of Janaale'
    if small.start > big.start:
        return root.dep_ == "poss" and _qualifies_noun(small, root.head)
    if root.dep_ == "appos":
        return small.start <= root.head.i < small.end
    if root.dep_ == "pobj" and root.head.lower_ in CONTAINER_PREPS:
        holder = root.head.head
        return small.start <= holder.i < small.end or (
            holder.pos_ in ("NOUN", "PROPN") and _qualifies_noun(small, holder)
            and not _owner_of(small, holder))
    return False


def _owner_of(span: Span, noun: Token) -> bool:
    """'the US embassy in Brussels': a name modifying a building rather than a kind of area
    ('Saidiyah district') says whose it is, so the place around it is the location."""
    from dateline.resolve.place_cues import place_cues

    return span.root.head == noun and span.root.dep_ in MODIFIER_DEPS and (
        noun.lower_ not in place_cues().feature_words)


def _precision(span: Span) -> int:
    """0 for a town or finer (or an unresolved name), up to 3 for a country."""
    place = span._.place
    return PRECISION_RANK.get(place.precision, 0) if place is not None else 0


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


def _drop_containers(attached: list[tuple[Span, int | float]]) -> list[tuple[Span, int | float]]:
    """Keep the most specific of places nested in one another."""
    spans = [s for s, _ in attached]
    return [(s, c) for s, c in attached
            if not any(o is not s and _container_of(s, o) for o in spans)] or attached


def _rank_key(span: Span, cost: float) -> tuple:
    """Finest place first ('the West Bank city of Nablus' -> Nablus), then the closest attachment."""
    place = span._.place
    precision = PRECISION_RANK.get(place.precision, 4) if place is not None else 1
    return (min(precision, 3), cost, span.start)  # a country-level word ranks after any named place


def choose_location_span(doc: Doc, trigger: Token) -> Span | None:
    """The toponym span (from `doc.spans["places"]`) naming where the event of `trigger` happened.

    Prefers a place syntactically attached to the event clause, then the nearest suitable
    place in the sentence; None when the sentence names no suitable place.
    """
    cands = _candidates(doc, trigger)
    if not cands:
        return None
    attached = [(s, c) for s in cands if (c := _attachment_cost(s, trigger)) is not None]
    if attached:
        return min(_drop_containers(attached), key=lambda sc: _rank_key(*sc))[0]
    # not attached: only a place the sentence introduces as a location ("in X", "near X")
    located = [s for s in cands if _introduced_by_locative(s)]
    if not located:
        return None
    near = [(s, min(abs(s.start - trigger.i), abs(s.end - 1 - trigger.i))) for s in located]
    return min(_drop_containers(near), key=lambda sc: _rank_key(*sc))[0]


def _in_actor_phrase(span: Span) -> bool:
    """'U.S. soldiers shot ...', 'a driver from Abidjan ...': the place describes who acted."""
    cur = span.root
    for _ in range(MAX_PATH):
        if cur.dep_ in SUBJECT_DEPS:
            return True
        if cur.head == cur or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return False


def _introduced_by_locative(span: Span) -> bool:
    """'in Mosul', 'near the town of Sinjar': a preposition of place governs the name."""
    cur = span.root
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE_PREPS:
            return True
        if cur.dep_ not in ("pobj", "appos", "conj", "compound", "prep", "poss") or cur.head == cur:
            return False
        cur = cur.head
    return False


def dateline_span(doc: Doc) -> Span | None:
    """'MOSUL, Iraq (Reuters) -' / 'BAGHDAD -': a literal place opening the text, before a dash or bracket."""
    if "places" not in doc.spans:
        return None
    for span in doc.spans["places"]:
        if span.start >= DATELINE_TOKENS:
            return None
        after = doc[span.end:span.end + 4]
        if span._.toponym_kind == "literal" and any(t.text in ("-", "—", "–", "(") for t in after):
            return span
    return None


def choose_location(doc: Doc, trigger: Token) -> Place | None:
    """The resolved place of the event of `trigger`; falls back to the document's
    dateline/focus place with a coarser `precision` when the sentence names none."""
    span = choose_location_span(doc, trigger)
    if span is not None and span._.place is not None:
        return span._.place
    dateline = dateline_span(doc)
    if dateline is not None and dateline._.place is not None:
        place = dateline._.place
        return dataclasses.replace(place, precision=COARSER.get(place.precision, place.precision))
    return focus_country_place(doc)


def focus_country_place(doc: Doc) -> Place | None:
    """The article's focus country, precision 'country' (said honestly, never passed off as a town)."""
    focus = doc._.focus_country
    if not focus:
        return None
    for span in doc.spans.get("places", []) if "places" in doc.spans else []:
        place = span._.place
        if place is not None and place.precision == "country" and place.country == focus:
            return place
    from dateline.resolve.gazetteer import load_gazetteer
    from dateline.resolve.geocode import to_place

    gaz = load_gazetteer()
    row = gaz.country_row.get(focus)
    return to_place(gaz, row) if row is not None else None
