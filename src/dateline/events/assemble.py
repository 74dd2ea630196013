"""Assemble event records from triggers, arguments and mentions (the `dateline_events_v1` stage).

Per sentence: find triggers, fold them into event groups, read each group's arguments (and,
where they name no recipient, the addressee a protest's aim, a threat's condition or a foreign
territory names: `addressees.py`), split territorial events over coordinated places, type them,
date them, read modality (conditions are no events: `clause_reading.py`); then attach counts,
merge restatements across the document and score confidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.events import arguments as args
from dateline.events.addressees import accused, addressees, asked
from dateline.events.clause_reading import conditional, foreseen, proposed, reported_would
from dateline.events import classify, noun_roles
from dateline.events.claims import attach_claimants, claimants
from dateline.events.confidence import score
from dateline.events.counting import attach_counts, more_in_operation
from dateline.events.demands import demand_bearer, demand_hits, demanders
from dateline.events.generic_cues import cues
from dateline.events.genericity import is_generic
from dateline.events.grouping import Group, group_sentence
from dateline.events.headline import CLOSING
from dateline.events.implicit import (
    BOMBARDMENT,
    attribute_rebels,
    complete_sides,
    implicit_actor,
    implied_against_itself,
    means_not_targets,
    named_objects,
)
from dateline.events.merge import Mention, merge_mentions
from dateline.events.timing import When, choose_date, date_headline, new_paragraph, running_date
from dateline.events.targets import premise_owners, struck_property
from dateline.events.triggers import Sense, find_triggers, lemma_of, load_lexicon
from dateline.events.undergoing import undergoers
from dateline.mentions.actors import DEFINITE
from dateline.records import Actor, Event, Evidence, Place
from dateline.resolve.actor_seat import seat_place
from dateline.resolve.location import locate


@dataclass
class Draft:
    """An event under construction with the tokens it came from."""

    event: Event
    tokens: list[Token]
    sent: Span
    first_split: bool
    priority: int
    explicit_date: bool
    lemmas: set[str] = field(default_factory=set)
    two_sided: bool = False
    hint: str | None = None
    when: When | None = None
    stated_place: bool = True  # the sentence gave the place (not the dateline/focus fallback)
    claimed: bool = False  # the actor is the party that claimed the act
    casualty_only: bool = False  # only casualty words ("15 people were injured")
    announces: str | None = None  # a headline's "X to back Y": the act type it announces


def _modality(token: Token) -> tuple[str, str | None]:
    """modality_for, plus intentions ("is willing to withdraw") read as future."""
    from dateline.mentions.modality import modality_for

    modality, source = modality_for(token)
    head = token.head
    if modality == "asserted" and token.dep_ == "xcomp" and head.lemma_.lower() in load_lexicon().intent_words:
        modality = "future"
    if modality == "hypothetical" and reported_would(token):
        modality = "future"
    return modality, source


def _state_captures(doc: Doc, hits: dict[int, Sense]) -> None:
    """People captured by state forces are arrested (COERCE), by armed groups abducted. A
    capture in the passive with no captor ("the rebel leader has been captured") is the
    authorities' arrest, unless the captives are themselves state forces."""
    for i, sense in list(hits.items()):
        if sense.type == "ASSAULT" and sense.mode == "abduct" and sense.casualty == "arrested":
            agents = args.actors_of(doc, args.verb_agents(doc[i]))
            captives = args.actors_of(doc, args.verb_patients(doc[i]))
            agentless = not agents and args.is_passive(doc[i]) and not classify.is_state(captives)
            if (agents and classify.is_state(agents)) or agentless:
                hits[i] = replace(sense, type="COERCE", mode="arrest", acled="Arrests")


TOLL_KINDS = frozenset({"fatalities", "injured"})
ADDITIVE = frozenset({"additional", "another", "further", "also"})
ANCHOR_PREPS = frozenset({"in", "at", "near", "on", "against", "between", "with", "by", "outside", "around"})


def generic_mention(group: Group, when: When) -> bool:
    """A bare plural event noun with nothing anchoring it ("terrorist attacks on civilians
    must stop", "massacres"): a kind of event, not a report of one. Anchors are a determiner,
    number or possessor, a place or party phrase, a light verb, a folded verb, or a date."""
    main = group.main
    if main.pos_ not in {"NOUN", "PROPN"} or main.tag_ not in {"NNS", "NNPS"} or when.explicit:
        return False
    if group.governor is not None or group.directive is not None or group.folded:
        return False
    for child in main.children:
        if child.dep_ in {"det", "poss", "nummod", "compound"} or (
                child.dep_ == "prep" and child.lower_ in ANCHOR_PREPS):
            return False
    return main.dep_ not in {"ROOT", "nsubj"}


def _headline_item(sent: Span, main: Token) -> bool:
    """A headline's coordinated item with its place right after it, whatever the parser hung
    the phrase on ("Mortars strike Aleppo and fighting near Rastan", "Martyrs in Homs and
    clashes continue in X"): a report, not a kind of event."""
    if not _headline(sent) or main.i + 1 >= sent.end:
        return False
    nxt = sent.doc[main.i + 1]
    if nxt.pos_ == "VERB":
        return any(c.dep_ == "prep" and c.lower_ in ANCHOR_PREPS for c in nxt.children)
    return nxt.lower_ in ANCHOR_PREPS - {"by", "with", "against", "between"}


def _headline(sent: Span) -> bool:
    """The text's first sentence or a title line (no closing punctuation): where the simple
    present reports news ("Gunmen kill five") rather than habit."""
    return sent.start == 0 or _unclosed(sent)


def _counted(doc: Doc, sent: Span) -> bool:
    """Whether running text gives a count: "8 people were killed in Hama and Damascus" is one
    total over the listed places, so they stay one event (a title line lists one per place)."""
    return any(sent.start <= span.start < sent.end for span in doc.spans.get("counts", []))


def _struck_places(doc: Doc, group: Group) -> list[Token]:
    """The toponyms a violent act's verbs take as objects, one per conjunct ("shelled Douma and
    Harasta", "raids that struck the towns of A and B"): each place struck is an event
    of its own, as ACLED and UCDP code one event per location. Only when every object is a
    recognised toponym ("attacked Smith and Jones" names people)."""
    toponyms = {t.i for span in doc.spans.get("places", []) for t in span}
    for token in group.tokens:
        if token.pos_ != "VERB":
            continue
        places = args.split_places(args.verb_patients(token))
        if len(places) > 1 and all(p.i in toponyms for p in places):
            return places
    return []


def _listed_places(group: Group) -> list[Token]:
    """The places an event's locative phrase lists, on the event word or, for an event noun
    that is a subject, on its verb ("protests took place in X and Y", "clashes erupted in")."""
    places = args.listed_places(group.main)
    verb = group.main.head
    if not places and group.main.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "VERB":
        places = args.listed_places(verb)
    return places


def _unclosed(sent: Span) -> bool:
    """No closing punctuation: a title line."""
    return sent.text.rstrip()[-1:] not in CLOSING


def _anaphoric(draft: Draft) -> bool:
    """Whether the mention points back at an event already told: a definite event noun with
    no date of its own ("condemned the bombing", "said it carried out the attack")."""
    main = draft.tokens[0]
    return (main.pos_ == "NOUN" and not draft.explicit_date
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in main.children))


def _additive(draft: Draft) -> bool:
    """Whether the clause reports more of something already told ("also detained one")."""
    clause = draft.tokens[0]
    scope = [t for tok in draft.tokens for t in tok.children] + list(clause.subtree)
    for t in scope:
        if t.lower_ not in ADDITIVE or t.dep_ not in {"advmod", "amod", "det"}:
            continue
        head = t.head
        # the word must bear on the event ("also detained", "detained one additional
        # suspect"), not on a circumstance ("detained for further questioning")
        ids = {tok.i for tok in draft.tokens}
        if head.i not in ids and head.head.i not in ids:
            continue
        # "the chief and two additional gunmen": relative to a conjunct, not to
        # an earlier sentence
        if t.dep_ != "advmod" and (head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)):
            continue
        return True
    return more_in_operation(draft)


def _habitual(group: Group) -> bool:
    """A verb of any type under an adverb of habit ("officials who often meet at the
    restaurant", "the two sides regularly exchange prisoners"): a practice, not a report. The
    genericity rules read habit for violent events only; the adverb says it for every type."""
    adverbs = cues().habitual_adverbs
    verbs = {t for t in (group.main, group.clause) if t.pos_ == "VERB"}
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for v in verbs for c in v.children)


def _casualty_only(group: Group) -> bool:
    """Whether every trigger of the group is a word of death or injury ("At least 15 people
    were injured", "four were killed and 23 wounded"): a toll, which reports no act of its own.
    Abductions, arrests and flight are acts with their own when and where, so not tolls."""
    return (group.governor is None and group.directive is None
            and all(sense.casualty in TOLL_KINDS for sense in [group.sense] + [s for _, s in group.folded]))


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _is_opinion(sent: Span) -> bool:
    from dateline.mentions import modality

    check = getattr(modality, "is_opinion_sentence", None)
    return bool(check(sent)) if check is not None else False


def evidence_of(doc: Doc, sent: Span) -> Evidence:
    """The sentence as evidence, trailing whitespace stripped so offsets slice the text."""
    text = sent.text.rstrip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    text = text.strip()
    return Evidence(doc_id=doc._.doc_id or "", text=text, start=start, end=start + len(text))


def place_at(doc: Doc, token: Token) -> Place | None:
    """The resolved place of the toponym covering a token; the bare name when unresolved."""
    for span in doc.spans.get("places", []):
        if span.start <= token.i < span.end:
            return span._.place or Place(name=span.text, precision="exact")
    if token.pos_ == "PROPN":
        return Place(name=token.text, precision="exact")
    return None


@dataclass
class Roles:
    """The actor-side and recipient-side argument heads of one group."""

    agents: list[Token]
    patients: list[Token]
    recipients: list[Token]
    parties: list[Token]
    victims: list[Token]
    claimed: bool = False  # the agents are who claimed the act ("an attack claimed by X")


def roles_of(group: Group) -> Roles:
    """Read agents, patients, indirect recipients, co-parties and casualties of a group."""
    main, host = group.main, group.governor
    members = {t.i for t in (main, host, group.directive) if t is not None}
    claimed = False
    if group.directive is not None:
        agents = args.verb_agents(group.directive)
    elif main.pos_ == "VERB":
        agents = args.verb_agents(main)
    else:
        claim = claimants(main)  # "an attack claimed by X": the claim names who did it
        agents, claimed = claim or noun_roles.noun_agents(main), bool(claim)
        if not agents:
            verb = host or (group.clause if group.clause is not main else None)
            # a casualty verb names no agent, unless a passive one says by whom ("killed by shelling by X")
            agents = args.verb_agents(verb) if verb is not None and (
                verb.i not in _casualty_ids(group) or args.is_passive(verb)) else []
    if main.pos_ == "VERB":
        patients = args.verb_patients(main)
    else:
        patients = noun_roles.noun_patients(main)
        suffered = undergoers(main)  # "the judge received death threats": the judge is the target
        agents = [a for a in agents if all(a.i != u.i for u in suffered)]
        patients += suffered
        for verb in [host] + [t for t, s in group.folded if t.pos_ == "VERB" and not s.casualty]:
            if verb is not None:
                patients += [p for p in args.verb_patients(verb) if p.i not in members]
    recipients = args.recipients_of(main) + (args.recipients_of(host) if host is not None else [])
    parties = args.co_parties(main) + (args.co_parties(host) if host is not None else [])
    victims: list[Token] = []
    for tok, sense in group.folded:
        if sense.casualty and tok.pos_ == "VERB":
            victims += args.casualties_of(tok)
            parties += args.co_parties(tok)
    patients = [p for p in patients if p.i not in members]
    if group.sense.territory:  # "retakes the district from IS": the loser is the other side
        recipients += [r for p in patients for r in args.recipients_of(p) if r.i not in members]
    return Roles(agents, patients, recipients, parties, victims, claimed)


def _casualty_ids(group: Group) -> set[int]:
    return {t.i for t, s in group.folded if s.casualty}


def sides(doc: Doc, group: Group, roles: Roles, two_sided: bool) -> tuple[list[Actor], list[Actor]]:
    """(actors, recipients): every party of two-sided fighting is an actor; otherwise the
    agents act upon the patients, victims and indirect recipients."""
    if two_sided:  # civilians hurt in fighting are its casualties, not a side of it
        civ = set(classify.crosswalk()["civilian_sectors"])
        hurt = [a for a in args.actors_of(doc, roles.victims) if not civ & set(a.sector[:1])]
        fighters = args.actors_of(doc, roles.agents + roles.parties + roles.patients)
        return fighters + [a for a in hurt if all(a.name != f.name for f in fighters)], []
    actors = args.actors_of(doc, roles.agents)
    patients = [] if group.sense.territory else roles.patients
    if classify.plover()["types"].get(group.sense.type or "", {}).get("own_patient"):
        # "Rwandan troops were deployed"; "refused to deploy peacekeepers": the force moved is
        # the source's own, never whom the move is aimed at
        if not actors:
            actors, patients = args.actors_of(doc, patients), []
        patients = [p for p in patients if p.lemma_.lower() not in load_lexicon().classes.get("military", ())]
    violent = group.sense.type in args.VIOLENT_TYPES
    owners = premise_owners(patients) if violent else []  # "the raid on the party offices"
    own = args.verb_patients(group.main) if group.main.pos_ == "VERB" else noun_roles.noun_patients(group.main)
    hurt = roles.victims + (own if group.sense.casualty else [])  # "four nuns were killed"
    recips = args.actors_of(doc, patients + owners + roles.victims + roles.recipients, struck=violent,
                            people=frozenset(t.i for t in hurt))
    state = set(classify.crosswalk()["state_sectors"])
    by_state = any(state & set(a.sector) for a in actors)  # a state's raid on a compound is no such act
    if violent and not recips and not group.sense.two_sided and not by_state:
        recips = struck_property(patients)  # "attacks on shops and power pylons"
    return actors, [r for r in recips if not _same_side(r, actors)]


def _same_side(recipient: Actor, actors: list[Actor]) -> bool:
    """A recipient that is one of the actors; unnamed people read as "Civilians" on both sides
    ("farmers shot by a band of gunmen") are two bodies of people, the victims kept."""
    same = [a for a in actors if a.name.lower() == recipient.name.lower()]
    return any(a.text == recipient.text or "CVL" not in recipient.sector for a in same)


class EventExtractor:
    """Set `doc._.events` and `doc._.event_triggers`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        hits = dict((tok.i, sense) for tok, sense in find_triggers(doc) if sense.type)
        demand_hits(doc, hits)
        _state_captures(doc, hits)
        drafts: list[Draft] = []
        captures: dict[str, set[str]] = {}
        running: When | None = None
        prev: Span | None = None
        for sent in doc.sents:
            if new_paragraph(doc, prev, sent):
                running = None
            prev = sent
            local = {i: s for i, s in hits.items() if sent.start <= i < sent.end}
            if not local or _is_opinion(sent):
                continue
            groups = group_sentence(list(sent), local)
            for group in sorted(groups, key=lambda g: (_depth(g.clause), g.main.i)):
                others = [g.tokens for g in groups if g is not group]
                built = self._build(doc, sent, group, others, captures, running)
                drafts.extend(built)
                for draft in built[:1]:
                    running = running_date(doc, sent, draft.when, running)
        date_headline(doc, drafts)
        attach_counts(doc, drafts)
        mentions = []
        for d in drafts:
            d.event.confidence = score(d.event, d.priority, d.explicit_date)
            mentions.append(Mention(d.event, [t.i for t in d.tokens], lemma_of(d.tokens[0]),
                                    d.explicit_date, d.lemmas, d.two_sided, d.hint, _additive(d),
                                    d.stated_place, _anaphoric(d), d.claimed, d.casualty_only,
                                    d.announces, reported_date=bool(d.when and d.when.reported)))
        merged = merge_mentions(mentions)
        attach_claimants(doc, [m.event for m in merged])
        for m in merged:
            e = m.event
            e.acled = classify.acled_for(e.type, e.mode, e.territory, e.actors, e.recipients,
                                         m.two_sided, m.hint)
            complete_sides(e, doc._.focus_country, named_objects(doc, m.triggers), m.two_sided)
            e.confidence = round(min(0.99, max(0.0, e.confidence)), 3)
        attribute_rebels(doc, [m.event for m in merged])
        doc._.events = [m.event for m in merged]
        doc._.event_triggers = [m.triggers for m in merged]
        return doc

    def _build(self, doc: Doc, sent: Span, group: Group, others: list[list[Token]],
               captures: dict[str, set[str]], running: When | None = None) -> list[Draft]:
        sense = group.sense
        if conditional(group.clause) or proposed(group.clause):
            return []
        roles = roles_of(group)
        two_sided = sense.two_sided
        actors, recipients = sides(doc, group, roles, two_sided)
        modality, attributed = _modality(group.clause)
        bearer = demand_bearer(group.clause)
        demand = bearer is not None
        if bearer is not None:  # "Mubarak said the US must withdraw": Mubarak demands of the US
            modality = "asserted"
            recipients = actors
            actors = args.actors_of(doc, demanders(doc, bearer))
            two_sided = False
        reading = classify.reinterpret("REQUEST" if demand else sense.type, modality)
        if reading is None:
            return []
        modality = reading[2]
        if reading[0] == "MOBILIZE" and classify.joint_exercise(group.tokens):  # manual 3.14.1
            reading = ("COOPERATE", None, modality)
        if reading[0] == "THREATEN" and sense.type == "ASSAULT" and not actors and not demand and foreseen(group.clause):
            return []  # "warned that renewed bombardment could force people to flee": a prospect, nobody's threat
        if reading[0] == "REQUEST" and not demand:
            recipients = asked(doc, group, actors) or recipients
        if reading[0] == "ACCUSE" and not roles.patients and not demand:  # "complained to the UN over X's raids"
            recipients = accused(doc, group, actors) or recipients
        if not recipients and not two_sided and not demand:  # "protested against X's decision", "forces in Lebanon"
            recipients = addressees(doc, group, actors, reading[0], roles.patients + roles.recipients)
        when = choose_date(doc, group.tokens, others, sent, running)
        violent = reading[0] == "ASSAULT"
        if (generic_mention(group, when) and not _headline_item(sent, group.main)) or is_generic(
                group.tokens, when.explicit, _headline(sent), violent) or _habitual(group):
            return []
        places = args.split_places(roles.patients) if sense.territory else []
        if not places and (_unclosed(sent) or not _counted(doc, sent)):
            places = _listed_places(group)  # "protests in Mombasa, Kisumu and Nakuru": one each
            if not places and violent:
                places = _struck_places(doc, group)  # "jets struck the towns of A and B"
        locations = [place_at(doc, p) for p in places] if len(places) > 1 else []
        stated = True
        if not locations:
            loc, stated = locate(doc, group.main)
            # a threat read from the act it threatens ("threatened to resume attacks") has
            # that act's place as content, not as its own
            own = stated and reading[0] == group.sense.type
            loc = seat_place(doc, group.main, reading[0], actors, loc, own) or loc
            if len(places) == 1 and (loc is None or loc.precision in {"country", "admin1"}):
                found = place_at(doc, places[0])
                loc, stated = (found, True) if found is not None else (loc, stated)
            locations = [loc]
        out = []
        for k, loc in enumerate(locations):
            event = self._event(doc, sent, group, actors, recipients, modality, attributed,
                                when, loc, two_sided, roles, captures, reading)
            lemmas = {lemma_of(t) for t in group.tokens}
            # a headline's future cooperation ("to back") announces the act the story reports;
            # a threat is news of its own, even when the act follows
            announced = sense.type if reading[0] == "AGREE" != sense.type and _headline(sent) and not demand else None
            out.append(Draft(event, group.tokens, sent, k == 0, sense.priority, when.explicit,
                             lemmas, two_sided, sense.acled, when, stated, roles.claimed,
                             _casualty_only(group), announced))
        return out

    def _event(self, doc, sent, group, actors, recipients, modality, attributed, when: When,
               loc: Place | None, two_sided: bool, roles: Roles, captures, reading) -> Event:
        if not actors and reading[0] == "ASSAULT":
            scope = [t for tok in (group.main, group.clause) for t in tok.subtree]
            implied = implicit_actor(scope, loc, doc._.focus_country)
            recipients = means_not_targets(recipients, implied)
            actors = [implied] if implied is not None and not implied_against_itself(implied, recipients, scope) else actors
        typing = self._typing(group, actors, recipients, loc, two_sided, roles, captures, reading)
        return Event(
            type=typing.type, mode=typing.mode, context=typing.context, acled=typing.acled,
            territory=typing.territory, actors=list(actors), recipients=list(recipients),
            location=loc, date=when.date, date_precision=when.precision,
            modality=modality, attributed_to=attributed,
            evidence=[evidence_of(doc, sent)], sources=[doc._.doc_id] if doc._.doc_id else [],
        )

    def _typing(self, group: Group, actors, recipients, loc, two_sided, roles, captures, reading):
        sense = group.sense
        ptype, mode = reading[0], reading[1]
        if ptype == sense.type:
            mode = sense.mode
        if ptype == "THREATEN" and sense.type != "THREATEN":
            group = Group(group.main, group.sense, group.governor, group.directive,
                          [(group.main, sense)] + group.folded)
        tokens = group.tokens
        if ptype == "ASSAULT" and mode in (None, "targeted"):
            scope = [t for tok in (group.main, group.clause) for t in tok.subtree]
            found = classify.instrument_mode(scope + tokens)
            # "a massacre committed by jets" is an air strike, as ACLED codes it
            mode = found if mode is None or found in BOMBARDMENT else mode
        elif ptype in {"REQUEST", "REJECT"} and mode is None:
            scope = roles.patients + [t for tok in [group.main] for t in tok.subtree]
            mode = classify.request_mode(scope + [t for t, _ in group.folded])
        elif ptype == "THREATEN" and mode is None:
            mode = classify.threaten_mode(group.folded)
        territory = None
        if sense.territory:
            key = loc.name.lower() if loc is not None else None
            names = {a.name.lower() for a in actors}
            held = bool(key and captures.get(key) and not captures[key] & names)
            territory = classify.decide_territory(sense, actors, loc, held)
            if key and names:
                captures.setdefault(key, set()).update(names)
        acled = classify.acled_for(ptype, mode, territory, actors, recipients, two_sided, sense.acled)
        return classify.Typing(ptype, mode, classify.contexts_for(sense, mode), territory, acled)
