"""Find event triggers: tokens whose lemma and local syntax match a sense of the trigger lexicon.

The lexicon (`data/triggers.yaml`) is indexed by (lemma, coarse POS) once, so finding the
triggers of a document is one dictionary lookup per token, whatever the lexicon's size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Token

from dateline.data import load_yaml

# Quantity nouns that stand in front of what they count ("dozens of prisoners").
QUANTIFIERS = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores",
    "number", "group", "lot", "couple", "handful", "total", "several", "some", "many",
    "few", "all", "most", "part", "swath", "majority", "one", "two", "three", "tens",
    "ton", "tonne", "kilogram", "kg", "truckload", "shipment", "consignment", "batch", "lot",
})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Dependencies under which a word modifies rather than reports ("the requested supplies").
DESCRIPTIVE_DEPS = frozenset({"amod", "compound"})


@dataclass(frozen=True)
class Sense:
    """One sense of a trigger word: its PLOVER typing and the syntax it needs."""

    lemma: str
    pos: str
    type: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    territory: str | None = None
    prt: str | None = None
    object: str | tuple[str, ...] | None = None
    object_not: tuple[str, ...] = ()
    transitive: bool = False  # needs some direct object: "sheltered refugees", not "sheltered in"
    compound: tuple[str, ...] = ()
    head_prep: tuple[str, ...] = ()
    not_head_prep: tuple[str, ...] = ()
    needs_prep: tuple[str, ...] = ()
    prep_object: str | tuple[str, ...] = ()  # lemmas, or a noun class
    advmod: tuple[str, ...] = ()  # an adverb the word needs ("harshly attacked": criticism)
    light: bool = False
    light_verb: tuple[str, ...] = ()
    agent: str | tuple[str, ...] | None = None
    two_sided: bool = False
    casualty: str | None = None
    count_only: str | None = None
    priority: int = 2
    acled: str | None = None
    skip_deps: tuple[str, ...] = ()
    xcomp: bool | str = False  # "clause": a that-clause only, no infinitive
    xcomp_type: tuple[str, ...] = ()
    head_of: str | None = None
    needs_xcomp_or_prep: bool = False
    own_clause: bool = False  # a that-clause counts only when the speaker is its subject

    @property
    def n_constraints(self) -> int:
        """How specific the sense is; more specific senses are tried first."""
        keys = ("prt", "object", "compound", "head_prep", "needs_prep", "light_verb", "agent",
                "xcomp", "xcomp_type", "object_not", "not_head_prep", "transitive", "advmod")
        return sum(1 for k in keys if getattr(self, k))


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon, indexed for one lookup per token."""

    senses: dict[tuple[str, str], tuple[Sense, ...]]
    surface: dict[str, str]
    classes: dict[str, frozenset[str]]
    light_verbs: frozenset[str]
    directives: frozenset[str]
    instruments: dict[str, frozenset[str]]
    request_modes: dict[str, frozenset[str]]
    threaten_modes: dict[str, tuple[str, ...]]
    lemmas: frozenset[str] = field(default_factory=frozenset)
    carrier_nouns: frozenset[str] = field(default_factory=frozenset)
    intent_words: frozenset[str] = field(default_factory=frozenset)
    demand_modals: frozenset[str] = field(default_factory=frozenset)
    reference_heads: frozenset[str] = field(default_factory=frozenset)
    state_instruments: frozenset[str] = field(default_factory=frozenset)
    stative_passives: frozenset[str] = field(default_factory=frozenset)
    vehicles: frozenset[str] = field(default_factory=frozenset)
    vehicle_means_preps: frozenset[str] = field(default_factory=frozenset)
    undergoing_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    ending_verbs: frozenset[str] = field(default_factory=frozenset)


def _tuple(value: object) -> object:
    """Lists as tuples."""
    if isinstance(value, list):
        return tuple(value)
    return value


def _inflections(lemma: str) -> set[str]:
    """Regular English inflections, to look lemmas up when the parser could not (ALL CAPS)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read `data/triggers.yaml` once per process."""
    data = load_yaml("triggers.yaml")
    names = {f.name for f in fields(Sense)}
    index: dict[tuple[str, str], list[Sense]] = {}
    for entry in data["entries"]:
        kwargs = {k: _tuple(v) for k, v in entry.items() if k in names}
        sense = Sense(**kwargs)
        index.setdefault((sense.lemma, sense.pos), []).append(sense)
    ordered = {
        key: tuple(sorted(group, key=lambda s: -s.n_constraints)) for key, group in index.items()
    }
    surface: dict[str, str] = {}
    for lemma, _pos in ordered:
        for form in _inflections(lemma):
            surface.setdefault(form, lemma)
    return Lexicon(
        senses=ordered,
        surface=surface,
        classes={k: frozenset(v) for k, v in data["classes"].items()},
        light_verbs=frozenset(data["light_verbs"]),
        directives=frozenset(data["directives"]),
        instruments={k: frozenset(v) for k, v in data["instruments"].items()},
        request_modes={k: frozenset(v) for k, v in data["request_modes"].items()},
        threaten_modes={k: tuple(v) for k, v in data["threaten_modes"].items()},
        lemmas=frozenset(lemma for lemma, _ in ordered),
        carrier_nouns=frozenset(data.get("carrier_nouns", [])),
        intent_words=frozenset(data.get("intent_words", [])),
        demand_modals=frozenset(data.get("demand_modals", [])),
        reference_heads=frozenset(data.get("reference_heads", [])),
        state_instruments=frozenset(data.get("state_instruments", [])),
        stative_passives=frozenset(data.get("stative_passives", [])),
        vehicles=frozenset(data.get("vehicles", [])),
        vehicle_means_preps=frozenset(data.get("vehicle_means_preps", [])),
        undergoing_frames={prep: frozenset(w) for prep, w in data.get("undergoing_frames", {}).items()},
        ending_verbs=frozenset(data.get("ending_verbs", [])),
    )


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Lemmas with a verb sense, the words a headline may use as its verb."""
    return frozenset(lemma for lemma, pos in load_lexicon().senses if pos == "VERB")


@functools.lru_cache(maxsize=1)
def noun_lemmas() -> frozenset[str]:
    """Lemmas with a noun sense: the event nouns a headline lists."""
    return frozenset(lemma for lemma, pos in load_lexicon().senses if pos == "NOUN")


def lemma_of(token: Token) -> str:
    """The token's lemma, lower case; regular inflections are undone when the model left
    the word unlemmatised (upper-case wire copy)."""
    lemma = token.lemma_.lower()
    lex = load_lexicon()
    if lemma in lex.lemmas:
        return lemma
    return lex.surface.get(token.lower_, lemma)


def coarse_pos(token: Token) -> str | None:
    """VERB or NOUN, tolerating the tagger's confusions on upper-case text."""
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in NOUN_POS:
        if token.is_upper and token.lower_.endswith(("ed", "ing")) and token.lower_ not in {"bombing", "shooting", "fighting", "killing", "kidnapping", "shelling", "beating", "stabbing", "looting", "rioting", "hijacking", "meeting"}:
            return "VERB"
        return "NOUN"
    return None


def noun_head(token: Token) -> Token:
    """Look through quantity nouns: "dozens of prisoners" -> "prisoners"."""
    if token.lower_ in QUANTIFIERS or token.lemma_.lower() in QUANTIFIERS or token.like_num:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return noun_head(pobj)
    if token.tag_ in {"NNP", "NNPS"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
        # "an Islamic Jihad Union commander", split by the parser: a name takes no "an"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.tag_ == "NN":
                        return pobj
    return token


def passive_subject(verb: Token) -> Token | None:
    """The passive subject, also when the parser lost it ("Mosul, was captured by ...":
    the noun just before the auxiliary)."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return noun_head(child)
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    i = min(c.i for c in verb.children if c.dep_ in {"auxpass", "aux", "advmod"} and c.i < verb.i) if any(
        c.dep_ in {"auxpass", "aux", "advmod"} and c.i < verb.i for c in verb.children) else verb.i
    k = i - 1
    while k >= verb.sent.start and verb.doc[k].is_punct:
        k -= 1
    if k >= verb.sent.start and verb.doc[k].pos_ in {"NOUN", "PROPN"} and i - k <= 2:
        return verb.doc[k]
    return None


def direct_objects(token: Token) -> list[Token]:
    """Objects of a verb: dobj (active) or nsubjpass (passive), through quantity nouns; a
    relative pronoun stands for its antecedent ("warehouses, which were burned")."""
    deps = {"dobj", "obj", "attr"} if token.pos_ == "VERB" else {"dobj"}
    out = [noun_head(c) for c in token.children if c.dep_ in deps]
    if headline_gerund(token):  # "Bombing town in ...": the noun it modifies is its object
        out.append(noun_head(token.head))
    if token.pos_ == "VERB":
        subj = passive_subject(token)
        if subj is not None:
            out.append(subj)
    if token.dep_ == "relcl":
        out = [noun_head(token.head) if o.tag_ in {"WDT", "WP"} else o for o in out]
    return out


def in_class(token: Token, name: str, lex: Lexicon | None = None) -> bool:
    """Whether a noun belongs to a class of the lexicon (places and people use NER too)."""
    lex = lex or load_lexicon()
    lemma = token.lemma_.lower()
    if lemma in lex.classes.get(name, ()) or token.lower_ in lex.classes.get(name, ()):
        return True
    doc = token.doc
    if name == "place":
        if token.ent_type_ in {"GPE", "LOC", "FAC"}:
            return True
        return any(s.start <= token.i < s.end for s in doc.spans.get("places", []))
    if name == "person":
        # a bare number as the object of a violent verb counts people ("executes 5")
        return token.ent_type_ in {"PERSON", "NORP"} or (token.like_num and token.dep_ in {"dobj", "nsubjpass"})
    return False


def _matches_any(token: Token, spec: str | tuple[str, ...], lex: Lexicon) -> bool:
    if isinstance(spec, str):
        return in_class(token, spec, lex)
    return token.lemma_.lower() in spec or token.lower_ in spec


def _particle(token: Token) -> str | None:
    """The verb's particle; "up to" before a number ("kidnapped up to 16 engineers") is a bound
    of the count the parser misread as one."""
    for child in token.children:
        if child.dep_ == "prt" and not (child.lower_ == "up" and child.doc[child.i + 1:child.i + 2].text == "to"
                                        and child.doc[child.i + 2:child.i + 3].text[:1].isdigit()):
            return child.lower_
    return None


def governor_of(token: Token) -> Token | None:
    """The verb a noun trigger is the object of ("launched an attack" -> launched), also
    through a carrier noun ("launched a mediation effort")."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in load_lexicon().carrier_nouns:
        token = token.head
    if token.dep_ in {"dobj", "nsubjpass", "obj"} and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:  # "artillery, mortar and rocket fire"
        first = first.head
    if first is not token and first.dep_ in {"dobj", "nsubjpass"}:
        return first.head
    return None


def _same_entity(a: Token, b: Token) -> bool:
    """Whether two tokens lie inside one named-entity span."""
    lo, hi = sorted((a, b), key=lambda t: t.i)
    doc = lo.doc
    return bool(lo.ent_type_) and all(doc[i].ent_iob_ == "I" for i in range(lo.i + 1, hi.i + 1))


def _has_noun_agent(token: Token) -> bool:
    """Whether a light event noun names its agent itself ("the army's attack", "an attack by
    rebels", "the Kurdish offensive"). A modifier inside the same named entity as the noun is
    part of a name ("For Immediate Release", "Operation Enduring Freedom"), not an agent."""
    for child in token.children:
        if _same_entity(child, token):
            continue
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "between", "of", "with", "against", "on"}:
            return True
        if child.dep_ in {"compound", "amod"} and child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}:
            return True
    return False


def _subject_lemma(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in {"nsubj", "agent"}:
            return noun_head(child) if child.dep_ == "nsubj" else next(
                (g for g in child.children if g.dep_ == "pobj"), None)
    if token.dep_ in {"xcomp", "conj"}:
        head = token.head
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if token.dep_ == "xcomp" and objs:
            return noun_head(objs[0])
        return _subject_lemma(head)
    return None


SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they"})


def _speaker_clause(clause: Token) -> bool:
    """Whether a reported clause is about the speaker's own act ("warned that it would
    retaliate", "warned that its fighters would strike") rather than a forecast ("warned that
    food was running out"): its subject is a personal pronoun or carries a possessive one."""
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    if subj.lower_ in SPEAKER_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _prep_object_fits(token: Token, preps: list[Token], sense: Sense, lex: Lexicon) -> bool:
    """Whether an object of the sense's prepositions (of any, when it names none) is one of its
    lemmas or, for a class name, of that class ("bombing on the town": a place)."""
    preps = [p for p in preps if not sense.needs_prep or p.lower_ in sense.needs_prep]
    pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(_matches_any(g, sense.prep_object, lex) for g in pobjs)  # type: ignore[arg-type]


def _hyphenated(token: Token) -> set[str]:
    """Hyphenated modifiers as written ("open-ended", "24-hour"), which the tokenizer splits."""
    return {"".join(t.text for t in c.subtree).lower() for c in token.children
            if c.dep_ in {"compound", "amod", "nmod"} and any(t.tag_ == "HYPH" or t.text == "-" for t in c.subtree)}


def _sense_fits(token: Token, sense: Sense, lex: Lexicon) -> bool:
    """Whether the token's syntax meets every constraint of the sense."""
    prt = _particle(token)
    if sense.prt and prt != sense.prt:
        return False
    if not sense.prt and prt in {"up", "down", "off", "over", "out", "back", "in", "aside", "away"} and sense.pos == "VERB":
        return False
    if token.dep_ in sense.skip_deps:
        return False
    objects = direct_objects(token) if sense.pos == "VERB" else []
    # an object complement counts too: "held hostage", "took them captive"
    complements = [c for c in token.children if c.dep_ == "oprd"] if sense.pos == "VERB" else []
    if sense.object and not any(_matches_any(o, sense.object, lex) for o in objects + complements):
        return False
    if sense.object_not and any(_matches_any(o, sense.object_not, lex) for o in objects):
        return False
    if sense.transitive and not objects:
        return False  # "people were sheltering in schools": the intransitive sense is no event
    if sense.compound:
        mods = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
        mods |= {c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
        mods |= _hyphenated(token)
        if not mods & set(sense.compound):
            return False
    head_prep = token.head.lower_ if token.dep_ == "pobj" else None
    if sense.head_prep and head_prep not in sense.head_prep:
        return False
    if sense.not_head_prep and head_prep in sense.not_head_prep:
        return False
    preps = [c for c in token.children if c.dep_ in {"prep", "dative"}]
    if sense.needs_prep and not any(p.lower_ in sense.needs_prep for p in preps):
        return False
    if sense.advmod and not any(c.dep_ == "advmod" and c.lower_ in sense.advmod for c in token.children):
        return False
    if sense.prep_object and not _prep_object_fits(token, preps, sense, lex):
        return False
    has_xcomp = any(c.dep_ == "xcomp" and sense.xcomp != "clause" or c.dep_ == "ccomp" and (not sense.own_clause or _speaker_clause(c))
                    for c in token.children)
    if sense.xcomp and not has_xcomp:
        return False
    if sense.needs_xcomp_or_prep and not (has_xcomp or preps):
        return False
    if sense.agent:
        subj = _subject_lemma(token)
        if subj is None or not _matches_any(subj, sense.agent, lex):
            return False
    if sense.pos == "NOUN" and (sense.light or sense.light_verb):
        gov = governor_of(token)
        gov_lemma = gov.lemma_.lower() if gov is not None else None
        if sense.light_verb:
            if gov_lemma not in sense.light_verb:
                return False
        elif gov_lemma in lex.ending_verbs and gov is not None:
            if match(gov, lex) is None:  # "postponed the talks": no act of their own; grouping
                return False  # folds the talks into an ending with a sense ("suspended the talks")
        elif gov_lemma not in lex.light_verbs and not _has_noun_agent(token):
            return False
        if gov is None and token.dep_ == "pobj" and token.head.lower_ == "of":
            return False
    return True


def headline_gerund(token: Token) -> bool:
    """A headline opening with a gerund and its object ("Shelling Kafr Zita in the Hama plain",
    "Shelling village in the plain") that the parser read as a compound of the object noun."""
    return (token.i == token.sent.start and token.lower_.endswith("ing") and token.dep_ == "compound"
            and token.head.pos_ in NOUN_POS and token.head.i > token.i)


def _gerund_sense(token: Token, lex: Lexicon) -> Sense | None:
    """The verb's sense for a headline gerund, its object being the noun it was hung on."""
    stem = token.lower_[:-3]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        for sense in lex.senses.get((lemma, "VERB"), ()):
            if _sense_fits(token, sense, lex):
                return sense
    return None


def match(token: Token, lex: Lexicon | None = None) -> Sense | None:
    """The first sense of the token's lemma whose constraints its syntax meets, or None."""
    lex = lex or load_lexicon()
    pos = coarse_pos(token)
    if pos is None:
        return None
    if headline_gerund(token):
        return _gerund_sense(token, lex)
    senses = lex.senses.get((lemma_of(token), pos))
    if not senses:
        return None
    if token.dep_ in DESCRIPTIVE_DEPS and not (
        token.dep_ == "compound" and token.head.lemma_.lower() in lex.carrier_nouns
        and (token.head.lemma_.lower(), "NOUN") not in lex.senses
    ):
        return None
    for sense in senses:
        if _sense_fits(token, sense, lex):
            return sense
    return None


def is_reference(token: Token, lex: Lexicon | None = None) -> bool:
    """An event noun that names a kind of act rather than reporting one ("responsible for
    attacks", "the planning of bombings")."""
    lex = lex or load_lexicon()
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    head = token.head.head
    return head.lemma_.lower() in lex.reference_heads or head.lower_ in lex.reference_heads


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def victims_noun(token: Token) -> bool:
    """A casualty participle used as a noun for the victims ("several of the injured were in
    critical condition", "the dead included two children"): people, not a new event."""
    return token.pos_ in {"VERB", "ADJ"} and token.dep_ in NOMINAL_DEPS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def find_triggers(doc: Doc) -> list[tuple[Token, Sense]]:
    """Every trigger of the document, in text order; sets `token._.trigger` on each.
    Reference nouns and the casualty words inside them, and words of date expressions (the
    month in "the June 1974 kidnapping"), are left out."""
    lex = load_lexicon()
    hits: list[tuple[Token, Sense]] = []
    muted: set[int] = {t.i for span in doc.spans.get("dates", []) for t in span}
    for token in doc:
        if token.is_space or token.is_punct or not token.is_alpha and "-" not in token.text:
            continue
        if token.i in muted:
            continue
        sense = match(token, lex)
        if sense is None:
            continue
        if sense.pos == "NOUN" and is_reference(token, lex):
            muted.update(t.i for t in token.subtree)
            continue
        if sense.casualty and victims_noun(token):
            continue
        token._.trigger = sense
        hits.append((token, sense))
    return [(t, s) for t, s in hits if t.i not in muted]
