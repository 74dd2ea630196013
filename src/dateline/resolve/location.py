"""Event location: the place where an event happened, not merely a place mentioned nearby.

Preference order (Halterman 2019's event-location task): a literal toponym syntactically attached
to the event clause (in the trigger's subtree, or the subtree of the verb that governs a nominal
trigger), then the nearest toponym the sentence introduces with a preposition of place, provided
no other clause owns it (a reported clause, a relative clause, the reporting verb's own "said in
Kabul"), then a reference point ("20 miles south of Baghdad"); else the document's dateline or
focus country with a coarser `precision`. Metonymic ("Baghdad said"), adjectival ("Iraqi forces")
and origin ("fighters from Chechnya") places are never locations, nor is any place when the verb
is used figuratively ("captured the title"). Among places nested in one another ("Doura district
in Baghdad", "Syria's city of Raqqa", "Merano, Italy") the most specific wins, as in Halterman's
annotation; a name modifying a noun that is neither the event nor a kind of place or building
("U.S. aircraft") is not a location. Word lists live in data/event_location.yaml.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources

import yaml

from spacy.tokens import Doc, Span, Token

from dateline.records import Place

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "agent", "expl"})  # the actor's phrase, not the patient's
CLAUSE_LINKS = frozenset({"advcl", "xcomp"})
OWNING_LINKS = frozenset({"ccomp", "pcomp", "relcl"})  # a place under one belongs to that clause
PRECISION_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3}
COARSER = {"exact": "near", "near": "near", "admin1": "admin1", "country": "country"}
MAX_PATH = 6
NEAR_TIE = 1.0  # attachment costs this close are equally direct; the finer place then wins
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
    return (frozenset(cues.feature_words) | cues.located_heads | cues.place_heads
            | _words("structure_nouns") | _words("part_nouns"))


@functools.lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    """One lower-cased word list of data/event_location.yaml."""
    return frozenset(str(w).lower() for w in _lexicon().get(key) or [])


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    text = importlib.resources.files("dateline.data").joinpath("event_location.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def _candidates(doc: Doc, trigger: Token) -> list[Span]:
    if "places" not in doc.spans:
        return []
    sent = trigger.sent
    return [s for s in doc.spans["places"]
            if s._.toponym_kind == "literal" and sent.start <= s.start < sent.end
            and not _adjectival(s)]


def _adjectival(span: Span) -> bool:
    """'Iraqi forces', 'Syrian warplanes': an adjective describes whose or which thing, not
    where it was; a place's own name tagged as an adjective ('Deir Ezzor airbase') still names it."""
    root, place, text = span.root, span._.place, span.text.lower()
    if root.dep_ != "amod" or root.pos_ != "ADJ" or (place is not None and text == place.name.lower()):
        return False
    return any(text.endswith(ending) for ending in _words("demonym_endings"))


def _reference_point(span: Span) -> bool:
    """'10 km south of Baghdad', 'not far from Azaz': a place a distance is measured from."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    cue = root.head.head
    return cue.lower_ in _words("reference_cues") and cue.i < root.i


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
        if _person_patient(span, gov):
            return None
        if _describes_a_thing(span, gov) or _origin_of_patient(path) or _origin(path):
            return None
        cost = len(path) + 2 * extra
        if any(t.lower_ in _words("locative_preps") and t.dep_ == "prep" for t in path):
            cost -= 0.5
        if span.root.dep_ == "nsubjpass" and len(path) == 1:
            cost += 1
        return cost
    return None


def _person_patient(span: Span, gov: Token) -> bool:
    """'A US Marine was killed', 'gunmen shot Millan': the patient of a verb that harms people
    names who was harmed, not where."""
    root = span.root
    if root.head != gov or root.dep_ not in ("nsubjpass", "dobj"):
        return False
    return gov.lemma_.lower() in _words("person_patient_verbs")


def _origin(path: list[Token]) -> bool:
    """'fighters from Chechnya', 'workers from Asian countries': a place introduced by an origin
    preposition on a noun says where someone or something comes from, not where it happened."""
    preps = [t for t in path if t.dep_ == "prep"]
    return bool(preps) and preps[0].lower_ in _words("origin_preps") and preps[0].head.pos_ in (
        "NOUN", "PROPN", "PRON", "NUM")  # 'seized from Kuwait' moves a thing out of the event's place


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
    if small.start > big.start:  # "Hama's Hamidiyeh", "the West Bank city of Nablus"
        if root.dep_ == "poss":
            return _qualifies_noun(small, root.head)
        named = root.head.lower_ in _words("naming_nouns")
        return (root.dep_ in MODIFIER_DEPS and _qualifies_noun(small, root.head)
                and _area_rank(big) + named > _area_rank(small))
    if root.dep_ == "appos":
        return small.start <= root.head.i < small.end
    noun = root.head.head.lower_ if root.dep_ == "pobj" else ""
    if root.dep_ == "pobj" and (root.head.lower_ in CONTAINER_PREPS or (
            root.head.lower_ == "of" and noun in place_nouns()
            and _area_rank(big) >= _area_rank(small) + (noun in _words("naming_nouns")))):
        holder = root.head.head  # "Doura district in Baghdad", "the Kafr Souseh area of Damascus"
        return small.start <= holder.i < small.end or (
            holder.pos_ in ("NOUN", "PROPN") and _qualifies_noun(small, holder)
            and not _owner_of(small, holder))
    return False


def _area_rank(span: Span) -> int:
    """How wide an area the name covers: 2 for a country, 1 for a first-order division, else 0.

    'the West Bank city of Nablus' vs 'the Kafr Souseh area of Damascus': the same words around
    a place noun nest either way, and only the kind of the two places tells which holds which."""
    place = span._.place
    return {"country": 2, "admin1": 1}.get(place.precision, 0) if place is not None else 0


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


def _precision_rank(span: Span) -> int:
    """0 for a town or finer, 1 for an unresolved name or a 'near' match, up to 3 for a country."""
    place = span._.place
    return min(PRECISION_RANK.get(place.precision, 3), 3) if place is not None else 1


def _best(scored: list[tuple[Span, float]]) -> Span:
    """The closest place; among places about as close ('In Lucciana, in upper Corsica'), the finer.

    A country-level name ('Iraq's oil terminal in the city of Basra') or a reference point
    ('a base north of Ramadi') is chosen only when the clause names no other place."""
    def demoted(span: Span) -> tuple[bool, bool]:
        return _precision_rank(span) >= 3, _reference_point(span)

    first = min(demoted(s) for s, _ in scored)
    scored = [(s, c) for s, c in scored if demoted(s) == first]
    top = min(cost for _, cost in scored) + NEAR_TIE
    close = [(s, c) for s, c in scored if c <= top]
    return min(close, key=lambda sc: (_precision_rank(sc[0]), sc[1], sc[0].start))[0]


def choose_location_span(doc: Doc, trigger: Token) -> Span | None:
    """The toponym span (from `doc.spans["places"]`) naming where the event of `trigger` happened.

    Prefers a place syntactically attached to the event clause, then the nearest suitable
    place in the sentence; None when the sentence names no suitable place.
    """
    cands = _candidates(doc, trigger)
    if not cands or _figurative(trigger):
        return None
    attached = [(s, c) for s in cands if (c := _attachment_cost(s, trigger)) is not None]
    named = [(s, c) for s, c in attached if not _reference_point(s)]
    if named:
        return _best(_drop_containers(named))
    # not attached: only a place the sentence introduces as a location ("in X", "near X")
    located = [s for s in cands if _introduced_by_locative(s) and not _owned_elsewhere(s, trigger)]
    if located:
        near = [(s, min(abs(s.start - trigger.i), abs(s.end - 1 - trigger.i))) for s in located]
        return _best(_drop_containers(near))
    # 'ambushed 20 miles south of Baghdad': the reference point is all the sentence gives
    return _best(attached) if attached else None


def _figurative(trigger: Token) -> bool:
    """'captured the title', 'captured on camera', 'oil prices shot up': the verb's arguments give
    it a sense that reports no event, so no place is the event's place."""
    words = _words("figurative_arguments")
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in words:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _words("figurative_media")
                for g in child.children):
            return True
    return False


def _clause_links(token: Token, top: Token) -> list[str]:
    """The clause relations ('ccomp', 'relcl', ...) met going up from `token` to its ancestor `top`."""
    links, cur = [], token
    while cur != top and cur.head != cur:
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in OWNING_LINKS:
            links.append(cur.dep_)
        cur = cur.head
    return links


def _owned_elsewhere(span: Span, trigger: Token) -> bool:
    """A place in a clause reported by, or complementing, the event's verb ('killed ..., officials
    said the attack was in X') or in the clause that reports the event ('said in Kabul that ...')
    belongs to that other clause, so it is no fallback for this event."""
    if trigger.is_ancestor(span.root):
        # a "complement" before an event verb ('Helicopter crashed in Deir Ezzor, crew killed',
        # a headline misparsed) is a preceding clause of the same report, not a reported one
        clause = next(t for t in [span.root, *span.root.ancestors] if t.head == trigger)
        if clause.dep_ == "ccomp" and clause.i < trigger.i and (
                trigger.lemma_.lower() not in _words("speech_verbs")):
            return False
        return any(link in OWNING_LINKS for link in _clause_links(span.root, trigger))
    verb = span.root.head.head  # 'officials said in Kabul (that) ...': the reporting verb's adjunct
    return (span.root.dep_ == "pobj" and verb.pos_ in ("VERB", "AUX") and verb.is_ancestor(trigger)
            and _clause_links(trigger, verb)[-1:] == ["ccomp"])


def _introduced_by_locative(span: Span) -> bool:
    """'in Mosul', 'near the town of Sinjar': a preposition of place governs the name."""
    preps = _words("locative_preps")
    cur = span.root
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.lower_ in preps:
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
    return locate(doc, trigger)[0]


def locate(doc: Doc, trigger: Token) -> tuple[Place | None, bool]:
    """`choose_location` and whether the event's own sentence gave the place (False for the
    dateline/focus fallback, which says where the story was filed, so it must not keep two
    reports of one operation apart)."""
    span = choose_location_span(doc, trigger)
    if span is not None and span._.place is not None:
        return span._.place, True
    dateline = dateline_span(doc)
    if dateline is not None and dateline._.place is not None:
        place = dateline._.place
        return dataclasses.replace(place, precision=COARSER.get(place.precision, place.precision)), False
    return focus_country_place(doc), False


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
