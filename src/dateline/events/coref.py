"""Resolve descriptions ("the group", "the fighters") and pronouns ("it", "they", "his") to actors.

A light, rule-based resolver in the spirit of Hobbs' and Lappin-Leass' salience rules: look back
from the mention through the actors already found, preferring subjects of the current sentence and
then the most recent sentences, and keep only antecedents whose kind fits the anaphor (an armed
organisation for "the militants", a person for "he", a group or organisation for "it").
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from spacy.tokens import Span, Token

from dateline.records import Actor

ARMED = frozenset({"REB", "PRM", "UAF", "CRM", "MIL"})
HUMAN_GENERIC = frozenset({"CVL", "REF", "EDU", "JRN", "MED", "AGR", "LAB", "ETH", "REL"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
SINGULAR_NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSONAL = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
LOOKBACK_SENTENCES = 4
# Canonical names that say a party is armed but not who it is ("gunmen", "an armed group").
UNNAMED_ARMED = frozenset({"Rebels", "Armed group", "Unidentified gunmen"})

Candidate = tuple[Span, Actor]


def is_person(span: Span, actor: Actor) -> bool:
    """A mention of one named person ("Prime Minister Nouri al-Maliki", "Begg")."""
    return any(ent.label_ == "PERSON" for ent in span.ents) or span.root.ent_type_ == "PERSON"


def is_named_armed(actor: Actor) -> bool:
    """A named armed organisation (not a bare role like "Rebels" or "Civilians")."""
    return bool(ARMED & set(actor.sector)) and not actor.name.endswith(" rebels") and actor.name not in (
        UNNAMED_ARMED | {"Military forces", "Security forces"})


def _compatible(anaphor: str, span: Span, actor: Actor) -> bool:
    person = is_person(span, actor)
    if anaphor in PERSONAL:
        return person
    if person:
        return False
    if anaphor in SINGULAR_NEUTER:
        return not (HUMAN_GENERIC & set(actor.sector[:1])) and span.root.tag_ not in ("NNS", "NNPS")
    return True


def earlier_sentence_start(token: Token, back: int) -> int:
    """Where the sentence `back` sentences before `token`'s starts (the text's first sentence
    at most): the window within which an earlier mention may be picked up again."""
    start = token.sent.start
    for _ in range(back):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def _ordered(mentions: Sequence[Candidate], before: Token) -> list[Candidate]:
    """Antecedent candidates, most salient first: subjects earlier in the same sentence, then
    earlier mentions in the same sentence, then each preceding sentence (subjects first)."""
    sent = before.sent
    doc = before.doc
    earlier = [m for m in mentions if m[0].end <= before.i]
    out: list[Candidate] = []
    same = [m for m in earlier if m[0].start >= sent.start]
    above = {t.i for t in before.ancestors}
    out += sorted(same, key=lambda m: (_rank(m[0], above), -m[0].start))
    start = sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start == 0:
            break
        prev = doc[start - 1].sent
        block = [m for m in earlier if prev.start <= m[0].start < prev.end]
        out += sorted(block, key=lambda m: (m[0].root.dep_ not in SUBJECT_DEPS, -m[0].start))
        start = prev.start
    return out


def _rank(span: Span, above: set[int]) -> int:
    """Salience in the anaphor's own sentence: the subject of a clause governing it first ("the
    FPMR, which the regime considers its armed branch, announced that it would attack": the
    FPMR announced), then any other subject, then the rest."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS:
        return 2
    return 0 if root.head.i in above else 1


def _clause_verb(token: Token) -> Token:
    """The verb heading a token's clause, followed up through "and" and "able to" chains."""
    tok = token.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    while tok.dep_ in ("conj", "xcomp") and tok.head != tok:
        tok = tok.head
    return tok


def _bound(pronoun: Token, span: Span) -> bool:
    """Binding: an object pronoun cannot refer to its own clause's subject ("X captured it")."""
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss") or span.sent != pronoun.sent:
        return False
    return span.root.dep_ in SUBJECT_DEPS and _clause_verb(span.root) == _clause_verb(pronoun)


def resolve_pronoun(token: Token, mentions: Sequence[Candidate]) -> Actor | None:
    """The actor a third-person pronoun refers to, or None when nothing fits."""
    word = token.lower_
    if word not in SINGULAR_NEUTER | PLURAL | PERSONAL or _taken_ground(token):
        return None
    first = _coordinated_antecedent(token, mentions) if word in PLURAL else None
    if first is not None:
        return dataclasses.replace(first, text=token.text, sector=list(first.sector))
    if word in REFLEXIVE:
        own = _reflexive_antecedent(token, mentions)
        if own is not None:
            return dataclasses.replace(own, text=token.text, sector=list(own.sector))
    controller = _controller(token, mentions)
    if controller is not None and _compatible(word, *controller):
        return dataclasses.replace(controller[1], text=token.text, sector=list(controller[1].sector))
    harmers = _harmers(token, mentions)
    for span, actor in _ordered(mentions, token):
        if span.start <= token.i < span.end or _bound(token, span) or actor.name in harmers:
            continue
        if _compatible(word, span, actor):
            return dataclasses.replace(actor, text=token.text, sector=list(actor.sector))
    return None


REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})


def _taken_ground(pronoun: Token) -> bool:
    """'surrounded the town and were able to capture it', 'the village was shelled after they
    retook it': "it" taken, shelled or besieged is a place, never a party (the verbs are the
    `taking_verbs` and `territory_verbs` of data/event_location.yaml)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return pronoun.head.lemma_.lower() in _ground_verbs()


@functools.lru_cache(maxsize=1)
def _ground_verbs() -> frozenset[str]:
    """Verbs of taking or striking ground, read once (not a set union per pronoun)."""
    from dateline.resolve.nesting import words

    return words("taking_verbs") | words("territory_verbs")


def _controller(pronoun: Token, mentions: Sequence[Candidate]) -> Candidate | None:
    """Object control: in "Washington urged Moscow to withdraw its troops" the infinitive's
    unspoken subject, so the owner of "its troops", is the object of the verb that governs it
    ("urged Moscow", "called on Moscow"), not that verb's subject."""
    if pronoun.dep_ != "poss":
        return None
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    governor = verb.head
    objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i]
    objects += [g for c in governor.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i
                for g in c.children if g.dep_ == "pobj"]  # "called on Moscow to"
    for obj in objects:
        found = [m for m in mentions if m[0].start <= obj.i < m[0].end]
        if found:
            return found[-1]
    return None


def _reflexive_antecedent(pronoun: Token, mentions: Sequence[Candidate]) -> Actor | None:
    """Binding: a reflexive refers to its own clause's subject ("bombers killed 23 people as
    well as themselves", "they blew themselves up"), never to a nearer object."""
    for subj in _agents(_clause_verb(pronoun)):
        if subj.lower_ in PLURAL | SINGULAR_NEUTER | PERSONAL:
            return resolve_pronoun(subj, mentions) if subj.lower_ not in REFLEXIVE else None
        found = [a for s, a in mentions if s.start <= subj.i < s.end]
        if found:
            return found[-1]
    return None


def _harmers(pronoun: Token, mentions: Sequence[Candidate]) -> set[str]:
    """Names of whoever harmed or seized what a possessive pronoun owns ("IS blew up their
    shrine", "their towns are controlled by IS and their shrine has been blown up"): the owner
    of a victim or of property is not the attacker of the same act ("their own" excepted), so
    "their" means the people the passage is about, not the nearest armed group."""
    owned = pronoun.head
    if pronoun.dep_ != "poss" or owned.dep_ not in ("dobj", "nsubjpass") or owned.head.pos_ != "VERB" \
            or any(c.lower_ == "own" for c in owned.children):
        return set()
    verb = owned.head
    if verb.lemma_.lower() not in _dispossessing_verbs():
        return set()
    agents = _agents(verb) or _earlier_harmers(verb, pronoun)
    names: set[str] = set()
    for agent in (t for a in agents for t in [a, *a.conjuncts]):
        if agent.lower_ in PLURAL | SINGULAR_NEUTER:
            actor = resolve_pronoun(agent, mentions) if agent.dep_ != "poss" else None
            names |= {actor.name} if actor is not None else set()
        names |= {a.name for s, a in mentions if s.start <= agent.i < s.end}
    return names


def _earlier_harmers(verb: Token, pronoun: Token) -> list[Token]:
    """Agents of the acts of harm or seizure told earlier in the sentence, for an agentless
    passive ("their towns are controlled by IS and their shrine has been blown up"): the
    sentence tells one story, whatever clause the parser hung the passive on."""
    return [a for v in pronoun.sent if v.i < pronoun.i and v.i != verb.i and v.pos_ == "VERB"
            and v.lemma_.lower() in _dispossessing_verbs() for a in _agents(v)]


def _agents(verb: Token) -> list[Token]:
    """The doers of a verb: its active subject or the object of its "by"-phrase."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    return out + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


@functools.lru_cache(maxsize=1)
def _dispossessing_verbs() -> frozenset[str]:
    """Verbs that harm, destroy or take what someone owns (`data/actors/targets.yaml`)."""
    from dateline.events.targets import target_words

    return target_words("harm_verbs") | target_words("seizure_verbs")


def _coordinated_antecedent(pronoun: Token, mentions: Sequence[Candidate]) -> Actor | None:
    """The first conjunct a plural pronoun inside a later conjunct points back to: "regime
    forces and their militias", "troops and fighters allied with them" (the militias and gunmen
    are the soldiers' own, whatever the sentence's subject)."""
    noun = pronoun.head
    for _ in range(3):  # "gunmen loyal to them": them <- to <- loyal <- gunmen
        if noun.pos_ in ("NOUN", "PROPN") or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    found = [(s, a) for s, a in mentions if s.start <= first.i < s.end and not is_person(s, a)]
    return found[-1][1] if found else None


def resolve_description(span: Span, mentions: Sequence[Candidate], sectors: Sequence[str]) -> Actor | None:
    """The earlier named actor a definite description ("the group", "the militants") refers to.

    Only named armed organisations qualify, so "the fighters" never resolves to "Civilians".
    `sectors` are those the description implies; an antecedent must share one when given.
    """
    wanted = set(sectors) & ARMED
    candidates = [
        (cand_span, actor) for cand_span, actor in _ordered(mentions, span[0])
        if cand_span.start < span.start and not is_person(cand_span, actor) and is_named_armed(actor)
    ]
    passes = [wanted] if wanted - {"REB", "PRM", "UAF"} else [{"REB", "PRM", "UAF"}, ARMED]
    opponents = "REB" in wanted and not _may_be_state(span)
    for allowed in passes:
        for cand_span, actor in candidates:
            if opponents and _state_force(actor):
                continue  # "the guerrillas" never means the army told before them
            if allowed & set(actor.sector):
                return dataclasses.replace(actor, text=span.text, sector=list(actor.sector))
    return None


def _state_force(actor: Actor) -> bool:
    """A state's own force or organ (sectors MIL/GOV/COP without REB)."""
    sectors = set(actor.sector)
    return "REB" not in sectors and bool(sectors & {"MIL", "GOV", "COP"})


@functools.lru_cache(maxsize=1)
def _state_fighter_nouns() -> frozenset[str]:
    from dateline.data import load_yaml

    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")["state_fighter_nouns"])


def _may_be_state(span: Span) -> bool:
    """A description that may mean a state's fighters too ("the fighters", "the militia"),
    unlike "the guerrillas" or "the insurgents" (`state_fighter_nouns` in heads.yaml)."""
    words = [t.lower_ for t in span if t.lower_ not in DETERMINERS and not t.is_punct]
    nouns = _state_fighter_nouns()
    return any(" ".join(words[i:]) in nouns for i in range(len(words)))


DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})


def resolve_same_head(span: Span, mentions: Sequence[Candidate]) -> Actor | None:
    """The earlier mention a definite description repeats the head noun of ("Russian drones
    struck Kharkiv ... the drones hit a block": Russia's drones, not the country's own), when
    that mention named its owner; None otherwise. A subject prefers an earlier subject (the
    same agent acting again) to a nearer mention in another role."""
    lemma = _head_word(span)
    widest: dict[int, Candidate] = {}  # "joint army and police strike force", not its part
    for cand in mentions:
        best = widest.get(cand[0].root.i)
        if best is None or len(cand[0]) > len(best[0]):
            widest[cand[0].root.i] = cand
    ordered = _ordered(mentions, span[0])
    if span.root.dep_ in SUBJECT_DEPS:  # a subject repeats an earlier subject: the same agent
        ordered = sorted(ordered, key=lambda m: m[0].root.dep_ not in SUBJECT_DEPS)
    for cand_span, actor in ordered:
        cand_span, actor = widest.get(cand_span.root.i, (cand_span, actor))
        if cand_span.start >= span.start or _head_word(cand_span) != lemma:
            continue
        if not _words(span) <= _words(cand_span):
            continue  # "the security force" repeats "a security force", not "coalition forces"
        if cand_span[0].lower_ in DETERMINERS or len(cand_span) < 2 or not actor.country:
            continue  # only a mention that named the owner ("Russian drones") is an antecedent
        if not is_person(cand_span, actor):
            return dataclasses.replace(actor, text=span.text, sector=list(actor.sector))
    return None


def _words(span: Span) -> set[str]:
    return {(t.lemma_ or t.text).lower() for t in span if t.lower_ not in DETERMINERS and not t.is_punct}


def _head_word(span: Span) -> str:
    return (span.root.lemma_ or span.root.text).lower()


def named_apposition(head: Token, names: Sequence[Span]) -> Span | None:
    """The name right after a descriptor noun ("the militant group al-Shabaab", "the
    al-Qaeda-linked group al-Shabaab", no comma between), which is who the phrase means: the
    descriptor's own modifiers ("al-Qaeda-linked") only describe it. `names` are lexicon
    matches carrying `actor_form`."""
    for child in head.children:
        if child.dep_ not in ("appos", "compound") or child.left_edge.i != head.i + 1:
            continue
        match = next((m for m in names if m.start == child.left_edge.i and m.end == child.i + 1), None)
        form = match._.actor_form if match is not None else None
        if form is not None and form.role == "name":
            return match
    return None
