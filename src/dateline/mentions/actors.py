"""Actor mentions: who is named in the text, normalised to canonical name, country and sector.

`ActorTagger` reads every noun phrase once, left to right: lexicon names ("ISIL", "Syrian Arab
Army"), role nouns with what modifies them ("Iraqi security forces", "Kurdish fighters", "police"),
titled persons ("Iraq's Prime Minister Nouri al-Maliki") and, through `events/coref.py`,
definite descriptions ("the group") and pronouns ("it", "they"). `actor_for` (in
`actor_query`, re-exported here) is how the event stage asks which actor an argument is.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dateline.events import coref
from dateline.mentions import allegiance
from dateline.mentions.actor_lexicon import STATE_SECTORS, Entry, Form, lexicon, normalise
from dateline.mentions.actor_names import (
    Parts,
    actor_of_form,
    backs,
    canonical_name,
    compose,
    parts_of_form,
    possessed_parts,
    role_suffix,
    untitled,
)
from dateline.mentions.actor_query import CONTEXT_KEY, NP_MODS, PRONOUNS, actor_for, actors_for, other_sense
from dateline.mentions.actor_query import np_tokens as _np_tokens
from dateline.mentions.actor_spans import (
    context_country,
    inside_longer_org,
    is_locative,
    is_place,
    is_place_use,
    part_of_longer_name,
    person_context,
    shouted_word,
)
from dateline.records import Actor

__all__ = ["ActorTagger", "actor_for", "actors_for", "canonical_name"]

ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "poss", "dative", "attr", "appos", "conj"})
FORMER = frozenset({"former", "ousted", "exiled", "deposed", "ex", "late"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
MEMBER_PREPS = frozenset({"of", "for", "by", "from"})
COORDINATORS = frozenset({"and", "&", ",", "/"})


@dataclasses.dataclass
class _Scan:
    """What the tagger knows while reading one document left to right."""

    doc: Doc
    matches: list[Span]
    by_end: dict[int, Span]
    context: str | None
    found: list[tuple[Span, Actor]]


class ActorTagger:
    """Fill `doc.spans["actors"]` with spans carrying `span._.actor`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher = _build_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        matches = self._named(doc)
        scan = _Scan(doc, matches, {m.end - 1: m for m in matches}, context_country(doc, matches), [])
        doc.user_data[CONTEXT_KEY] = scan.context
        found = scan.found
        done: set[int] = set()
        for token in doc:
            if token.pos_ in ("NOUN", "PROPN") and _is_head(token) and token.i not in done:
                mention = _name_through(scan, token) or _noun_phrase_actor(scan, token)
                if mention is not None:
                    found.extend(_coordinated(scan, *mention))
                    done.update(range(mention[0].start, mention[0].end))
        for match in matches:  # names the parser did not treat as heads ("IS" tagged as a verb)
            form = match._.actor_form if Span.has_extension("actor_form") else None
            if form is None or done & set(range(match.start, match.end)):
                continue
            if form.role in ("name", "person") and not is_place_use(match):
                found.append((match, actor_of_form(form, match.text)))
        found.sort(key=lambda m: m[0].start)
        found += _pronouns(doc, found)
        found.sort(key=lambda m: m[0].start)
        spans = []
        for span, actor in found:
            span = Span(doc, span.start, span.end, label=actor.name)
            span._.actor = actor
            spans.append(span)
        doc.spans["actors"] = spans
        return doc

    def _named(self, doc: Doc) -> list[Span]:
        """Lexicon aliases in the text, longest first, honouring the lexicon's capitalisation."""
        lex = lexicon()
        spans = []
        for key, start, end in self.matcher(doc):
            span = doc[start:end]
            form = lex.lookup(span.text, cased=True)
            if form is None or (form.role == "person" and part_of_longer_name(span)) \
                    or shouted_word(form, span):
                continue
            span = Span(doc, start, end, label=key)
            span._.actor_form = form
            spans.append(span)
        return sorted(filter_spans(spans), key=lambda s: s.start)


def _name_through(scan: _Scan, head: Token) -> tuple[Span, Actor] | None:
    """A lexicon name that runs on past a head the parser split it at ("a Sham Legion truck",
    parsed "Legion" + "truck"): the whole name is the mention, not its first noun."""
    match = next((m for m in scan.matches if m.start <= head.i < m.end - 1), None)
    form = match._.actor_form if match is not None else None
    if form is None or form.role != "name" or is_place_use(match) or inside_longer_org(match):
        return None
    return match, actor_of_form(form, match.text)


def _build_matcher(nlp: Language) -> PhraseMatcher:
    if not Span.has_extension("actor_form"):
        Span.set_extension("actor_form", default=None)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, spellings in lexicon().surfaces.items():
        matcher.add(key, [nlp.make_doc(s) for s in spellings])
    return matcher


def _is_head(token: Token) -> bool:
    return token.dep_ not in NP_MODS or token.head == token or token.dep_ == "npadvmod" or _coordinated_modifier(token)


def _coordinated_modifier(token: Token) -> bool:
    """"the Ethiopian government and TPLF have agreed", parsed as a modifier of the last name:
    a common noun coordinated with a name is a party of its own, not a modifier."""
    return token.pos_ == "NOUN" and token.dep_ in ("nmod", "compound") and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children) and any(c.dep_ == "cc" for c in token.children)


def _noun_phrase_actor(scan: _Scan, head: Token) -> tuple[Span, Actor] | None:
    doc, by_end, matches, context, found = scan.doc, scan.by_end, scan.matches, scan.context, scan.found
    tokens = _np_tokens(head)
    span = doc[tokens[0].i : head.i + 1]
    if span[0].dep_ == "det" and span[0].lower_ in ("a", "an") and len(span) > 1:
        span = span[1:]
    # "Iran-backed rebels": the backer is not whose rebels they are
    inner = [m for m in matches if span.start <= m.start and m.end <= span.end and not backs(m)]
    head_match = by_end.get(head.i) if head.i in by_end and by_end[head.i].start >= span.start else None
    if head_match is not None and inside_longer_org(head_match):
        return _unknown_org(span, head)
    if head_match is not None:
        actor = _head_match_actor(span, head_match, inner, context)
        return (span, actor) if actor is not None else None
    if head.ent_type_ == "PERSON":
        return None if is_locative(head) or is_place(head) else _person(scan, span, head, inner)
    words = [normalise(t.text) for t in span if normalise(t.text)]
    role, start = role_suffix(words)
    if role is None:
        return _unknown_org(span, head)
    if role.kind == "description" and _of_things(head):
        return None  # "the movement of workers", "a group of houses": an action or a set, no armed group
    if other_sense(head):
        return None  # "the parties to the conflict": the role noun in another sense
    named = coref.named_apposition(head, matches) if role.kind in ("rebel", "description") else None
    if named is not None:  # "the militant group al-Shabaab"
        whole = doc[span.start : named.end]
        return whole, actor_of_form(named._.actor_form, whole.text)
    if role.kind == "member":
        return _member(scan, span, head, inner)
    if role.kind == "instrument":
        return _instrument(scan, span, words[:start], inner)
    modifier = _modifier_form(inner)
    if role.kind in allegiance.ARMED_ROLES | {"civil"} and (modifier is None or modifier.role == "person"):
        master = allegiance.served(span, words, role.kind, context, lambda tok: _actor_of_token(scan, tok))
        if master is not None:
            return span, dataclasses.replace(master, text=span.text)
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if modifier is None and ent is not None and ent.label_ == "ORG" and len(ent) > len(words) - start \
            and not any(t.tag_ == "POS" for t in ent):  # "Regime's Helicopters": an owner and its thing
        return _unknown_org(span, head)
    body = _body(span, head) if modifier is None and role.kind in ("state", "member") else None
    if body is not None:  # "Andean Community trade ministers": the body's, not the context country's
        return span, Actor(canonical_name(body.text), span.text, None, list(role.sector))
    parts = parts_of_form(modifier, role, context)
    if modifier is None:
        possessed = _possessor(head, found) or _conjunct_owner(head, role, found)
        if possessed is not None:
            parts = possessed_parts(possessed, role, context)
        elif span[0].lower_ in DEFINITE and (role.kind in ("rebel", "description", "state") or "CRM" in role.sector) \
                and "UAF" not in role.sector:
            # "the group": an earlier named armed group; "the drones": the earlier "Russian drones";
            # "the cartel": the earlier named cartel
            antecedent = (coref.resolve_same_head(span, found) if role.kind == "state"
                          else coref.resolve_description(span, found, role.sector))
            if antecedent is not None:
                return span, antecedent
    actor = compose(parts, span.text)
    return (span, actor) if actor is not None else None


def _of_things(head: Token) -> bool:
    """Whether an "of"-phrase follows with a common noun ("movement of goods"), not a name."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "NOUN" for g in c.children)
               for c in head.children)


def _body(span: Span, head: Token) -> Span | None:
    """An organisation the lexicon does not know, named before a role noun ("Andean Community
    trade ministers", "Kenyan Union of Nurses officials"): the people speak for it."""
    return next((e for e in span.doc.ents if e.label_ == "ORG" and span.start <= e.start
                 and e.end <= head.i and not is_place(e.root)), None)


def _actor_of_token(scan: _Scan, token: Token) -> Actor | None:
    """The actor a noun or pronoun names, read on demand (it may lie ahead of the scan)."""
    if token.lower_ in PRONOUNS:
        return coref.resolve_pronoun(token, scan.found)
    known = next((a for s, a in reversed(scan.found) if s.start <= token.i < s.end), None)
    name = next((m._.actor_form for m in scan.matches if m.start <= token.i < m.end), None)
    if known is not None or (name is not None and name.role == "name"):  # "IS" read as a verb
        return known or actor_of_form(name, token.text)
    mention = _noun_phrase_actor(scan, token) if token.pos_ in ("NOUN", "PROPN") else None
    return mention[1] if mention is not None else None


def _coordinated(scan: _Scan, span: Span, actor: Actor) -> list[tuple[Span, Actor]]:
    """"Dutch and Turkish frigates", "Iraqi and coalition forces": one actor per party.

    The first party keeps the whole phrase; each later one gets the words from its own name to
    the head, since span extensions are keyed by character offsets.
    """
    entries: dict[Entry, int] = {}
    for match in scan.matches:
        form = match._.actor_form
        if span.start <= match.start and match.end <= span.end and form.role in ("adjective", "name") \
                and form.entry.kind in ("state", "group"):
            entries.setdefault(form.entry, match.start)
    if len(entries) < 2 or actor.name not in {e.name for e in entries} \
            or not any(t.lower_ in COORDINATORS for t in span):  # "Syrian ISIS members": one party
        return [(span, actor)]
    state_sectors = [s for s in actor.sector if s in STATE_SECTORS] or ["GOV"]
    out = []
    for entry, start in sorted(entries.items(), key=lambda kv: kv[1]):
        part = span if not out else span.doc[start : span.end]
        if entry.name == actor.name:
            out.append((part, dataclasses.replace(actor, text=part.text)))
            continue
        sector = state_sectors if entry.kind == "state" else list(entry.sector)
        out.append((part, Actor(entry.name, part.text, entry.country, sector)))
    return out


def _possessor(head: Token, found: list[tuple[Span, Actor]]) -> Actor | None:
    for child in head.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in PRONOUNS:
            return coref.resolve_pronoun(child, found)
        if child.lower_ in ("country", "nation") and any(g.lower_ in PRONOUNS for g in child.children):
            owner = next(g for g in child.children if g.lower_ in PRONOUNS)
            return coref.resolve_pronoun(owner, found)
    return None


def _conjunct_owner(head: Token, role, found: list[tuple[Span, Actor]]) -> Actor | None:
    """"Turkish helicopters and tanks", "Syrian troops and militiamen": a bare armed role noun
    coordinated after one its owner qualifies belongs to the same owner, not to the context."""
    first = head.head
    if head.dep_ != "conj" or role.kind not in ("state", "rebel") or first.pos_ != "NOUN":
        return None  # "Ahrar al-Sham and tribesmen": a name is no owner its partners share
    if not any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < first.i for c in first.children):
        return None  # "soldiers and tanks": nothing to share
    owner = next((a for s, a in reversed(found) if s.end - 1 == first.i and a.country), None)
    same_side = owner is not None and bool(STATE_SECTORS & set(owner.sector)) == (role.kind == "state")
    return owner if same_side else None  # "Russian warplanes and rebels": the rebels are not Russia's


def _modifier_form(inner: list[Span]) -> Form | None:
    """The most telling named modifier: a group, then a community, then a country."""
    forms = [m._.actor_form for m in inner if m._.actor_form is not None]
    for wanted in ("group", "community", "state"):
        for form in forms:
            if form.entry.kind == wanted:
                return form
    return None


def _head_match_actor(span: Span, match: Span, inner: list[Span], context: str | None) -> Actor | None:
    form = match._.actor_form
    if is_place_use(match):
        return None
    if form.role in ("adjective", "community_adj"):
        return None
    if form.role == "person":
        return actor_of_form(form, span.text)
    words = [normalise(t.text) for t in match if normalise(t.text)]
    role, _ = role_suffix(words)
    others = [m for m in inner if m is not match]
    if form.entry.kind == "community":
        modifier = _modifier_form(others)
        country = modifier.entry.country if modifier is not None else form.entry.country or context
        return Actor(form.entry.name, span.text, country, list(form.entry.sector))
    if form.role == "people" and _modifier_form(others) is None:
        return actor_of_form(form, span.text)
    parts = parts_of_form(form, role if form.entry.kind == "state" else None, context)
    return compose(parts, span.text) if form.role != "people" else actor_of_form(form, span.text)


def _person(scan: _Scan, span: Span, head: Token, inner: list[Span]) -> tuple[Span, Actor] | None:
    """A named person: stands for their organisation when a title or apposition says which."""
    lex = lexicon()
    doc, context = scan.doc, scan.context
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    name = ent.text if ent is not None else head.text
    bare = untitled(name)  # the parser kept the title in the name: "King Abdullah II"
    if bare is not None:
        name = bare
    known = lex.lookup(name, roles=("person",))
    if known is not None:
        return span, actor_of_form(known, span.text)
    title_words = [normalise(t.text) for t in span if ent is None or t.i < ent.start]
    if ent is not None and bare is not None:
        title_words += normalise(ent.text[: len(ent.text) - len(bare)]).split()
    title_words = [w for w in title_words if w and w != "s"]
    role, _ = role_suffix(title_words, titles=True)
    if role is None:
        role, _ = role_suffix(title_words)
    if role is None or role.kind not in ("state", "member"):
        role = _appositive_role(head)
    modifier = _modifier_form(inner)
    context = person_context(head, scan.matches, context) if modifier is None else context
    if any(t.lower_ in FORMER for t in span):
        country = modifier.entry.country if modifier else context
        return span, Actor(name, span.text, country, ["ELI"])
    if role is not None and role.kind in ("state", "member"):
        parts = parts_of_form(modifier, role, context)
        if parts.country is None and parts.group is None and role.kind == "state":
            parts = dataclasses.replace(parts, country=lex.by_country.get(context or ""))
        if parts.group is not None or parts.country is not None:
            actor = compose(dataclasses.replace(parts, role=role if role.kind == "state" else None), span.text)
            if actor is not None:
                return span, actor
    sectors = list(role.sector) if role is not None and role.kind != "member" else []
    return span, Actor(name, span.text, modifier.entry.country if modifier else None, sectors)


def _appositive_role(head: Token):
    """"Qassim al-Moussawi, the military spokesman": the role named beside a person."""
    lex = lexicon()
    near = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        near.append(head.head)
    for tok in near:
        words = [normalise(t.text) for t in _np_tokens(tok) if normalise(t.text)]
        role, _ = role_suffix(words)
        if role is not None:
            inner_state = [w for w in words if lex.roles.get(w) and lex.roles[w].kind == "state"]
            if role.kind == "member" and inner_state:
                return lex.roles[inner_state[0]]
            return role
    return None


def _member(scan: _Scan, span: Span, head: Token, inner: list[Span]) -> tuple[Span, Actor] | None:
    """"an Islamic State statement", "a spokesman for the community": whoever they speak for.

    A nationality says where the person is from, the group after the noun whom they serve: "a
    Tunisian commander in the movement", "a Saudi member of IS" stand for the group, not for the
    state of their nationality (a state organ after the noun, "a Turkish member of parliament",
    leaves the person to the nationality, as does no group at all)."""
    lex = lexicon()
    context, found = scan.context, scan.found
    modifier = _modifier_form(inner)
    words = [normalise(t.text) for t in span[:-1] if normalise(t.text)]
    inner_role = next(
        (lex.roles[w] for w in words if w in lex.roles and lex.roles[w].kind in ("state", "rebel")), None
    )
    nationality = modifier is not None and modifier.entry.kind == "state" and inner_role is None
    served = _served_group(scan, head) if nationality else None
    if served is not None:
        return span, dataclasses.replace(served, text=span.text)
    if modifier is not None:
        actor = compose(parts_of_form(modifier, inner_role, context), span.text)
        return (span, actor) if actor is not None else None
    for obj in _member_objects(head, MEMBER_PREPS):
        mention = next((m for m in reversed(found) if m[0].start <= obj.i < m[0].end), None)
        if mention is None:
            mention = _noun_phrase_actor(scan, obj)
        if mention is not None:
            return span, dataclasses.replace(mention[1], text=span.text)
    owner = _possessor(head, found)
    if owner is not None:
        return span, dataclasses.replace(owner, text=span.text)
    if inner_role is not None:
        return span, compose(Parts(role=inner_role, context=context), span.text)
    return None


def _member_objects(head: Token, preps: frozenset[str]) -> list[Token]:
    return [o for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _served_group(scan: _Scan, head: Token) -> Actor | None:
    """The non-state group a role noun's "of", "in", "for" or "from" phrase names, if any."""
    for obj in _member_objects(head, MEMBER_PREPS | {"in"}):
        mention = next((m for m in reversed(scan.found) if m[0].start <= obj.i < m[0].end), None)
        mention = mention or _noun_phrase_actor(scan, obj)
        if mention is not None and mention[1].sector and not STATE_SECTORS & set(mention[1].sector):
            return mention[1]
    return None


def _instrument(scan: _Scan, span: Span, words: list[str], inner: list[Span]) -> tuple[Span, Actor] | None:
    """"Rebel shells", "Russian airstrikes", "an IS offensive": the weapon's owner is the actor,
    also when the parser read the owner's acronym as a verb ("IS rockets kill 4")."""
    modifier = _modifier_form(inner)
    role, start = role_suffix(words)
    role = None if role is not None and role.kind in ("instrument", "member", "civil") else role
    if modifier is None and role is None:
        before = scan.by_end.get(span.start - 1)
        owner = before._.actor_form if before is not None and before.root.pos_ == "AUX" else None
        return (span, actor_of_form(owner, span.text)) if owner is not None and owner.role == "name" else None
    if role is None and modifier is not None and modifier.entry.kind == "state":
        role = lexicon().roles.get("forces")
    actor = compose(parts_of_form(modifier, role, scan.context), span.text)
    return (span, actor) if actor is not None else None


def _unknown_org(span: Span, head: Token) -> tuple[Span, Actor] | None:
    """An organisation the lexicon does not know ("Bab al-Salam Operations Room").

    Its sector comes from its last words when they are a role noun ("... Brigades" -> REB).
    """
    ent = next((e for e in span.doc.ents if e.start <= head.i < e.end), None)
    if ent is None or ent.label_ != "ORG" or is_locative(head) or is_place(head):
        return None
    known = lexicon().lookup(ent.text, roles=("name",), cased=True)
    if known is not None:  # "the Army of Islam" cut at "Army" by the parse: the whole name is known
        return span, actor_of_form(known, span.text)
    name = canonical_name(ent.text)
    role, _ = role_suffix([normalise(t.text) for t in ent if normalise(t.text)])
    telling = role is not None and role.kind in ("rebel", "description", "civil")
    return span, Actor(name, span.text, None, list(role.sector) if telling else [])


def _pronouns(doc: Doc, found: list[tuple[Span, Actor]]) -> list[tuple[Span, Actor]]:
    """Third-person pronouns in argument positions, resolved to earlier actors."""
    out = []
    for token in doc:
        if token.lower_ in PRONOUNS and token.dep_ in ARG_DEPS | {"nsubj", "nsubjpass"}:
            actor = coref.resolve_pronoun(token, found)
            if actor is not None:
                out.append((doc[token.i : token.i + 1], actor))
    return out
