"""Event location: the place where an event happened, not merely a place mentioned nearby.

Preference order (Halterman 2019's event-location task): a literal toponym syntactically attached
to the event clause (in the trigger's subtree, the subtree of the verb that governs a nominal
trigger, or of the clause a participle or coordinated verb hangs from: "struck X, killing five"),
then what an operation was launched to take ("mounted a push to retake X"), then the
nearest toponym the sentence introduces with a preposition of place, provided no other clause owns
it (a reported clause, a relative clause not about the incident, the reporting verb's own "said in
Kabul"), then a reference point ("15 miles north of Basra"), then a place in a clause of
circumstance ("stabbed as he walked through X", resolve/event_clauses.py); else the place an earlier
sentence of the report gave its event, else the document's dateline or focus country with a coarser
`precision`. Metonymic ("Baghdad said"), adjectival ("Iraqi forces") and origin ("fighters from
Chechnya") places are never locations, nor is any place when the verb is used figuratively
("captured the title", resolve/event_sense.py) or the place is in what a protest is about
("protested against the war on Iraq"), in a source's "according to" or outside the reported clause
that holds the event ("clashed in Basra, and officials said soldiers killed two"); the dateline
("ANKARA -") says where the report was filed, so it is only the last fallback. Among places nested
in one another ("Kadikoy district in Istanbul", "Syria's city of Raqqa", "Bolzano, Italy") the most
specific wins, as in Halterman's annotation (resolve/nesting.py), unless it is unresolved or
resolved outside the wider place the text puts it in; a name modifying a noun that is neither the
event nor a kind of place or building ("U.S. aircraft") is not a location; resolve/place_roles.py
tells these roles of a name apart (owners of missions, organisations' names, sites, local actors, a
sentence's framing "In X,"). Word lists live in data/event_location.yaml.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from dateline.records import Place
from dateline.resolve.actor_seat import country_place
from dateline.resolve.event_clauses import (
    SUBJECTS, about_incident, bare_participle, operation_step, other_conjunct, same_operation,
    separate_predicate, shares_scene, situating,
)
from dateline.resolve.event_sense import figurative
from dateline.resolve.nesting import (
    PRECISION_RANK, drop_containers, encloses, inside, innermost, place_nouns, precision_rank,
    stated_rank, words,
)
from dateline.resolve.place_roles import (
    adjectival, describes_a_thing, in_organisation_name, introduced_by_locative, local_actor,
    local_force, mission_owner, named_actor_origin, names_a_site, origin, origin_of_patient,
    person_patient, protested_matter, reference_point, sets_the_scene, settlement_of, speaker_place,
)

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "agent", "expl"})  # the actor's phrase, not the patient's
CLAUSE_LINKS = frozenset({"advcl", "xcomp", "conj"})
OWNING_LINKS = frozenset({"ccomp", "pcomp", "relcl"})  # a place under one belongs to that clause
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod"})  # "active in", "based in": what a party does
COARSER = {"exact": "near", "near": "near", "admin1": "admin1", "country": "country"}
MAX_PATH = 8
OPERATION_PATH = 6
NEAR_TIE = 1.0  # attachment costs this close are equally direct; the finer place then wins
DATELINE_TOKENS = 6
RUNNING_SENTENCES = 4  # how far back a report is still on the same scene


def _candidates(doc: Doc, trigger: Token) -> list[Span]:
    """The sentence's places that may be an event's place: literal names that are not national
    adjectives, metonyms a locative preposition or a site noun reads as places ('in Baghdad',
    'her Kandy home'); never a mission's owner or the end of an organisation's name."""
    if "places" not in doc.spans:
        return []
    sent = trigger.sent
    return [s for s in doc.spans["places"] if sent.start <= s.start < sent.end
            and not mission_owner(s) and not in_organisation_name(s) and not _dateline_name(s) and (
                s._.toponym_kind == "literal" and not adjectival(s)
                or s._.toponym_kind == "metonymic" and (introduced_by_locative(s) or names_a_site(s)
                                                         or local_force(s)))]


def _dateline_name(span: Span) -> bool:
    """'LYON  About 30 people were hurt ...', 'BASRA, Iraq (Reuters) -': a capitalised
    place opening the text before a gap or dash is the report's dateline, where it was filed."""
    after = span.doc[span.end:span.end + 1]
    return (span.start < DATELINE_TOKENS and span.text.isupper() and sum(map(str.isalpha, span.text)) > 2
            and all(not t.is_alpha for t in span.doc[:span.start])
            and bool(after) and (after[0].is_space or after[0].text in ("-", "—", "–", "(", ",")))


def _locative_for(span: Span) -> frozenset[str]:
    """The prepositions that make a name a place of the event: any locative one ('marched on
    Davos town hall') for a name the tagger read literally or that the event clause governs; only
    one that never introduces anything else ('in', 'near') for a metonym the clause does not."""
    return words("place_preps") if span._.toponym_kind == "metonymic" else words("locative_preps")


def _path_to(token: Token, target: Token, reach: int = MAX_PATH) -> list[Token] | None:
    """Tokens from `token` up the head chain to `target` (exclusive), or None when not below it."""
    path, cur = [], token
    for _ in range(reach):
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
    # "raided the hamlet of X, killing 12", "hit X, killing three and wounding 41": a
    # participle, linked or coordinated clause shares the place of the clause it hangs from
    for _ in range(2):
        if cur.dep_ not in CLAUSE_LINKS or cur.head == cur or cur.head.pos_ not in ("VERB", "AUX"):
            break
        if cur.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in cur.children):
            break  # 'two were hurt in Tyre, and a third was hurt across the river': its own clause
        cur = cur.head
        out.append(cur)
    return out


def _attachment_cost(span: Span, trigger: Token, scene: bool = False,
                     operation: bool = False) -> float | None:
    """Dependency distance from the event clause to the place; None when it is not attached."""
    for extra, gov in enumerate(_governors(trigger)):
        # what an operation was launched to take is told close by ('an offensive to capture X')
        path = _path_to(span.root, gov, OPERATION_PATH if operation else MAX_PATH)
        if path is None:
            continue
        # a place under another verb belongs to that clause, not to this event (unless the
        # verb is a step of it: 'by storming X'); one that modifies the subject ("U.S.
        # soldiers", "a driver from Abidjan") is where the actor comes from
        verbs = [t for t in path[1:] if t.pos_ in ("VERB", "AUX")
                 and not (t.dep_ == "prep" and t.lemma_.lower() == "include")  # 'cities, including X'
                 and not situating(t)]
        if not all(same_operation(t) or (scene and shares_scene(t))
                   or (operation and operation_step(t)) for t in verbs):
            return None
        subjects = [t for t in path[1:] if t.dep_ in SUBJECT_DEPS]
        if subjects and not local_actor(subjects[0], path):
            return None
        if span.root.dep_ == "nsubj" and len(path) == 1:
            return None  # 'The United States destroyed ...': the actor, not the place
        if person_patient(span, gov):
            return None
        if describes_a_thing(span, gov) or origin_of_patient(path) or origin(path):
            return None
        if protested_matter(path, gov):
            return None
        # 'launched an offensive in A, targeting X in B': for 'targeting' its own phrase's place
        # clearly beats the place reached through the governing verb
        cost = len(path) + 4 * extra + 2 * len(verbs)
        if any(t.lower_ in words("locative_preps") and t.dep_ == "prep" for t in path):
            cost -= 0.5
        if span.root.dep_ == "nsubjpass" and len(path) == 1:
            cost += 1
        if subjects:
            cost += 3  # the actors' own place: only when the clause names no other
        return cost
    return None


def _best(scored: list[tuple[Span, float]]) -> Span:
    """The closest place; among places about as close ('In Corte, in central Corsica'), the finer.

    A country-level name ('Oman's gas plant in the town of Sur') or a reference point
    ('a base north of Ramadi') is chosen only when the clause names no other place."""
    def demoted(span: Span) -> tuple[bool, bool, bool]:
        return _framing(span, scored), precision_rank(span) >= 3, (
            reference_point(span) or _landmark(span, scored))

    first = min(demoted(s) for s, _ in scored)
    scored = [(s, c) for s, c in scored if demoted(s) == first]
    top = min(cost for _, cost in scored) + NEAR_TIE
    close = [(s, c) for s, c in scored if c <= top]
    return min(close, key=lambda sc: (precision_rank(sc[0]), sc[1], sc[0].start))[0]


def _landmark(span: Span, scored: list[tuple[Span, float]]) -> bool:
    """'aiming at the Bab Tuma quarter near the stadium', 'attacked the village of X near Y': a
    place 'near' which the clause puts a target it names itself only situates that target."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "near":
        return False
    head = root.head.head
    targets = {head} | {c for c in head.children if c.dep_ in ("dobj", "nsubjpass")}
    return any(other is not span and (other.root in targets or other.root.head in targets)
               for other, _ in scored)


def _framing(span: Span, scored: list[tuple[Span, float]]) -> bool:
    """Whether `span` only frames the sentence ('In Herat, a patrol drove to the hamlet of Kala
    Nau'): so when another place of the clause lies inside it as far as the gazetteer knows (a
    namesake resolved elsewhere says nothing more exact)."""
    if not sets_the_scene(span):
        return False
    frame = span._.place
    return frame is None or any(
        other is not span and not sets_the_scene(other)
        and (other._.place is None or inside(other._.place, frame, max(stated_rank(span), 2)))
        for other, _ in scored)


def choose_location_span(doc: Doc, trigger: Token) -> Span | None:
    """The toponym span (from `doc.spans["places"]`) naming where the event of `trigger` happened.

    Prefers a place syntactically attached to the event clause, then what the operation was
    launched to take ('mounted a push to retake X'), then the nearest suitable place in
    the sentence, then a reference point, then a place in a clause telling the event's
    circumstance ('was stabbed as he walked through X'); None when the sentence names no such place.
    """
    cands = _candidates(doc, trigger)
    if not cands or figurative(trigger):
        return None
    attached = [(s, c) for s in cands if (c := _attachment_cost(s, trigger)) is not None]
    named = [(s, c) for s, c in attached if not reference_point(s)]
    if named and not any(trigger.is_ancestor(s.root) for s, _ in named):
        # 'mounted a push in the Idlib plain, aiming at the ground west of the Abu Zuhur
        # base': the participle's own reference point beats the governing clause's place
        own = [(s, c) for s, c in attached if trigger.is_ancestor(s.root)]
        named = own or named
    kept = _patient_yields(named, trigger)
    if named:
        inner = [s for s in cands if s in {k for k, _ in kept} or all(s is not n for n, _ in named)]
        best = _finer_within(innermost(_best(drop_containers(kept)), inner), _located(cands, trigger))
        if sets_the_scene(best):
            # 'In Mostar, a monitor was hurt while cycling across the suburb of Bijeli Brijeg':
            # the circumstance says where within the frame
            scene = [(s, c) for s, c in _scene(cands, trigger)
                     if s is not best and not sets_the_scene(s) and _within_frame(s, best)]
            best = innermost(_best(drop_containers(scene)), cands) if scene else best
        return settlement_of(best, cands)
    targets = [(s, c) for s in cands if not reference_point(s)
               and (c := _attachment_cost(s, trigger, operation=True)) is not None]
    if targets:
        return innermost(_best(drop_containers(targets)), cands)
    near = _located(cands, trigger)
    if near:
        return innermost(_best(drop_containers(near)), cands)
    # 'ambushed 15 miles north of Basra': the reference point is all the sentence gives
    if attached:
        return _best(attached)
    scene = _scene(cands, trigger)
    return innermost(_best(drop_containers(scene)), cands) if scene else None


def _within_frame(span: Span, frame: Span) -> bool:
    """Whether `span` lies inside the place a sentence opens with, as far as the gazetteer knows."""
    if precision_rank(span) > precision_rank(frame):
        return False  # 'In Stuttgart, ... the headquarters for Europe': wider, not within
    return frame._.place is None or span._.place is None or inside(
        span._.place, frame._.place, max(stated_rank(frame), 2))


def _scene(cands: list[Span], trigger: Token) -> list[tuple[Span, float]]:
    """Places on a route or at a site in a clause that shares the event's scene ('shot as he
    drove through X'), with their attachment cost."""
    route = words("locative_preps") | words("route_preps")
    return [(s, c) for s in cands if (introduced_by_locative(s, route, reach=5) or names_a_site(s))
            and (c := _attachment_cost(s, trigger, scene=True)) is not None]


def _patient_yields(scored: list[tuple[Span, float]], trigger: Token) -> list[tuple[Span, float]]:
    """'arrested Ortega in Madrid', 'shot a village elder, X, in Zarin village': a bare
    object of the verb that the gazetteer does not know as a place, or that names a person, is
    whom the verb acted on, and a town the verb itself puts the act in says where; an object
    known as a place ('captured Qabasin in eastern Al-Bab') or a wider area ('captured Knin in
    Croatia') leaves the object the event's place."""
    def doubtful_object(span: Span) -> bool:
        root, place = span.root, span._.place
        person = root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ not in place_nouns()
        root = root.head if root.dep_ == "appos" else root
        return root.dep_ == "dobj" and root.head == trigger and (
            person or place is None or place.precision == "near"
            or any(t.ent_type_ == "PERSON" for t in span))

    def set_by_verb(span: Span, wide: bool) -> bool:
        noun = span.root.head if span.root.dep_ == "compound" else span.root  # 'in Zarin village'
        return (noun.dep_ == "pobj" and noun.head.head == trigger and (wide or stated_rank(span) == 0)
                and noun.head.lower_ in words("setting_preps"))

    objects = [s for s, _ in scored if doubtful_object(s)]
    # an object the gazetteer does not know at all, of a verb whose object is often a person
    # ('captured Abu Zubaydah in Pakistan'), yields to a wider area too ('bombed Waku-Congo, in
    # Cuanza-Sul' does not); a variant spelling of a town yields only to a town
    wide = any(s._.place is None for s in objects) and trigger.lemma_.lower() in (
        words("person_patient_verbs") | words("taking_verbs"))
    placed = [s for s, _ in scored if s not in objects and set_by_verb(s, wide)]
    return [(s, c) for s, c in scored if s not in objects] if objects and placed else scored


def _located(cands: list[Span], trigger: Token) -> list[tuple[Span, int]]:
    """Places the sentence introduces as a location ('in X', 'near X') that no other clause owns,
    with their distance in tokens from the trigger: the fallback when none is attached."""
    def path(span: Span) -> list[Token]:
        return _path_to(span.root, trigger) or []

    located = [s for s in cands if introduced_by_locative(s, _locative_for(s))
               and not _owned_elsewhere(s, trigger) and not speaker_place(s, trigger)
               and not other_conjunct(s.root, trigger)
               and not named_actor_origin(path(s), trigger)
               and not protested_matter(path(s), trigger)]
    return [(s, min(abs(s.start - trigger.i), abs(s.end - 1 - trigger.i))) for s in located]


def _finer_within(span: Span, near: list[tuple[Span, int]]) -> Span:
    """'In Ingushetia, troops wounded three rebels in the village of Sleptsovsk': when the clause's own place
    is a province or country, a town the sentence places inside it says more exactly where."""
    if span._.place is None or stated_rank(span) < PRECISION_RANK["admin1"]:
        return span
    finer = [(s, d) for s, d in near if s != span and s._.place is not None and not reference_point(s)
             and stated_rank(s) < stated_rank(span) and inside(s._.place, span._.place, stated_rank(span))]
    return min(finer, key=lambda sd: sd[1])[0] if finer else span


def _clause_links(token: Token, top: Token) -> list[str]:
    """The clause relations ('ccomp', 'relcl', ...) met going up from `token` to its ancestor `top`."""
    links, cur = [], token
    while cur != top and cur.head != cur:
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in OWNING_LINKS:
            links.append("incident" if about_incident(cur) else cur.dep_)
        cur = cur.head
    return links



def _owned_elsewhere(span: Span, trigger: Token) -> bool:
    """A place in a clause reported by, or complementing, the event's verb ('killed ..., officials
    said the attack was in X'), in the clause that reports the event ('said in Kabul that ...') or
    anywhere outside the reported clause that holds the event ('clashed in Iraq, and officials
    acknowledged soldiers killed two policemen', 'warning the toll could rise') belongs to that
    other clause, so it is no fallback for this event. The reporter's own phrase is the exception:
    'a police source in Tikrit said the fire hurt six' names a local source."""
    if trigger.is_ancestor(span.root):
        # a "complement" before an event verb ('Lorry overturned in Hasakah, driver hurt',
        # a headline misparsed) is a preceding clause of the same report, not a reported one;
        # so is a bare participle after it ('set off a device hidden in a cart in X')
        clause = next(t for t in [span.root, *span.root.ancestors] if t.head == trigger)
        if clause.dep_ == "ccomp" and (clause.i < trigger.i or bare_participle(clause)) and (
                trigger.lemma_.lower() not in words("speech_verbs")):
            return False
        return any(link in OWNING_LINKS for link in _clause_links(span.root, trigger)) or any(
            separate_predicate(t) for t in _path_to(span.root, trigger) or [])
    verb = span.root.head.head  # 'officials said in Kabul (that) ...': the reporting verb's adjunct
    if (span.root.dep_ == "pobj" and verb.pos_ in ("VERB", "AUX") and verb.is_ancestor(trigger)
            and _clause_links(trigger, verb)[-1:] == ["ccomp"]):
        return True
    reported = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "ccomp"), None)
    if reported is None or reported.is_ancestor(span.root):
        return False
    source = next((c for c in reported.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if source is None or not (source == span.root or source.is_ancestor(span.root)):
        return True
    return _describes_source(span, reported.head)


def _describes_source(span: Span, verb: Token) -> bool:
    """'JNIM, the al-Qaeda affiliate active across the Sahel, said ...': a place in a clause or
    adjective describing the reporting verb's subject ('active in', 'based in', 'which operates
    in') says where the source operates, not where anything it reports happened; a source's post
    ('a police source in Tikrit said', 'a nurse at the clinic in Samarra') names a local
    source, and is kept."""
    source = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if source is None or not source.is_ancestor(span.root):
        return False
    chain = [t for t in [span.root, *span.root.ancestors] if source.is_ancestor(t)]
    return any(t.dep_ in DESCRIBING_DEPS for t in chain)


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
    """`choose_location` and whether the event's own sentence gave the place (False for a place
    carried over from an earlier sentence or the dateline/focus fallback: neither must keep two
    reports of one operation apart)."""
    span = choose_location_span(doc, trigger)
    place = resolved_place(doc, span) if span is not None else None
    if place is not None:
        return place, True
    running = running_place(doc, trigger.sent)
    if running is not None:
        return running, False
    dateline = dateline_span(doc)
    if dateline is not None and dateline._.place is not None:
        place = dateline._.place
        return dataclasses.replace(place, precision=COARSER.get(place.precision, place.precision)), False
    return focus_country_place(doc), False


def resolved_place(doc: Doc, span: Span) -> Place | None:
    """The place of the chosen span, checked against the wider places that qualify it ('Arghandab
    district, Kandahar province'): an unresolved name, or one resolved outside the province or
    country the text puts it in, yields the finest of those wider places instead."""
    place = span._.place
    # 'In Herat, a patrol checked a house in the Obeh district': the place a sentence opens
    # with holds what it names after, so a namesake resolved outside it is doubtful too
    wider = [c for c in doc.spans.get("places", []) if c != span and c._.place is not None
             and c._.toponym_kind == "literal" and (encloses(c, span) or _frames(c, span))]
    # a sentence's frame holds the scene within its province, whatever kind of place it names
    if place is not None and all(inside(place, c._.place, 2 if _frames(c, span) else stated_rank(c))
                                 for c in wider):
        return place
    if not wider:
        return None
    # the event lies somewhere in the wider place: say so in its precision
    big = min(wider, key=stated_rank)
    level = max(big._.place.precision, "admin1" if stated_rank(big) == 2 else "near",
                key=lambda p: PRECISION_RANK.get(p, 0))
    return dataclasses.replace(big._.place, precision=level)


def _frames(frame: Span, span: Span) -> bool:
    """Whether `frame` opens the sentence of `span`, before it, as the phrase setting its scene."""
    return frame.start < span.start and frame.sent == span.sent and sets_the_scene(frame)


def running_place(doc: Doc, sent: Span) -> Place | None:
    """The place an earlier sentence gave its event ('... an operation in Garmsir district, Helmand
    province. The unit detained a suspect.'): a report goes on about the same scene until it
    says otherwise ('Elsewhere', 'In a separate incident'), so this beats the dateline."""
    if _shifts_scene(sent):
        return None
    earlier = [s for s in doc.sents if s.end <= sent.start][-RUNNING_SENTENCES:]
    dateline = dateline_span(doc)
    for prev in reversed(earlier):
        span = _scene_of(doc, prev.root)
        if span is not None and (dateline is None or span.start != dateline.start):
            place = resolved_place(doc, span)
            if place is not None:
                return place
        if _shifts_scene(prev):
            return None
    return None


def _scene_of(doc: Doc, root: Token) -> Span | None:
    """The place a sentence gives its main clause; for 'Officials said in Kabul (that) troops
    searched Garmsir' the reported clause's, never where the report was given."""
    if root.lemma_.lower() not in words("speech_verbs"):
        return choose_location_span(doc, root)
    reported = next((c for c in root.children if c.dep_ == "ccomp"), None)
    span = choose_location_span(doc, reported) if reported is not None else None
    if span is None:
        span = choose_location_span(doc, root)
        said_at = span is not None and span.root.dep_ == "pobj" and span.root.head.head == root
        span = None if said_at or (span is not None and _describes_source(span, root)) else span
    return span


def _shifts_scene(sent: Span) -> bool:
    """'Elsewhere, ...', 'In a separate incident ...': the sentence leaves the scene before it."""
    opening = " ".join(t.lower_ for t in sent[:4])
    return any(opening.startswith(cue) for cue in words("scene_shift_openings"))


def focus_country_place(doc: Doc) -> Place | None:
    """The article's focus country, precision 'country' (said honestly, never passed off as a town)."""
    focus = doc._.focus_country
    return country_place(doc, focus) if focus else None
