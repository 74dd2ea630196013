"""Event location: the place where an event happened, not merely a place mentioned nearby.

Preference order (Halterman 2019's event-location task): a literal toponym syntactically attached
to the event clause (in the trigger's subtree, or the subtree of the verb that governs a nominal
trigger), then the nearest literal toponym in the same sentence, else the document's dateline or
focus country with a coarser `precision`. Metonymic ("Baghdad said") and demonym spans are never
locations.
"""

from __future__ import annotations

import dataclasses

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
        cost = len(path) + 2 * extra
        if any(t.lower_ in LOCATIVE_PREPS and t.dep_ == "prep" for t in path):
            cost -= 0.5
        if span.root.dep_ == "nsubjpass" and len(path) == 1:
            cost += 1
        return cost
    return None


def _rank_key(span: Span, cost: float) -> tuple:
    """Finest place first ('the West Bank city of Nablus' -> Nablus), then the closest attachment."""
    place = span._.place
    precision = PRECISION_RANK.get(place.precision, 4) if place is not None else 1
    return (min(precision, 2), cost, span.start)


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
        return min(attached, key=lambda sc: _rank_key(*sc))[0]
    # not attached: only a place the sentence introduces as a location ("in X", "near X")
    located = [s for s in cands if _introduced_by_locative(s)]
    if not located:
        return None
    return min(located, key=lambda s: _rank_key(s, min(abs(s.start - trigger.i),
                                                       abs(s.end - 1 - trigger.i))))


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
