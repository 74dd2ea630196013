"""Tell a non-violent trigger that reports nobody's act: a warning of a consequence the speaker
foresees, a service suspended with no one named, a standing position stated in the present, a
protest's demand (coded with the protest), the content of a proposal, the terms of a deal,
the aim an act or a meeting is for, the role a participle gives the people it describes, what a
law lays down.

"The agency warned it would have to cut rations" foresees a hardship, it threatens nobody;
"flights at the airport were suspended" is a disruption, no party sanctions or concedes
anything; "Rwanda denies supporting the rebels" in the body of a story states a lasting
stance, not a denial made on the day (a headline or a lead uses the same present for news).
POLECAT codes acts a source does to a target; none of these has both. The cue words live in
`data/genericity.yaml` (`compulsion_words`, `service_nouns`, `stance_verbs`, `protest_words`,
`request_words`, `proposal_nouns`, `deal_nouns`, `aim_participles`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dateline.data import load_yaml
from dateline.events.targets import speech_verbs
from dateline.events.triggers import in_class
from dateline.mentions.modality_cues import cues as modality_cues

_PRESENT = frozenset({"VBZ", "VBP"})
_PARTY_PREPS = frozenset({"to", "with", "between", "from", "for", "against"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The lists of `data/genericity.yaml` this module reads, read once."""
    data = load_yaml("genericity.yaml")
    keys = ("compulsion_words", "service_nouns", "stance_verbs", "protest_words", "request_words",
            "proposal_nouns", "deal_nouns", "aim_participles")
    return {k: frozenset(str(w).lower() for w in data[k]) for k in keys}


def proposal_texts() -> frozenset[str]:
    """Nouns for texts that lay down acts (`data/modality.yaml` `proposal_nouns`)."""
    return modality_cues().proposal_nouns


def _compelled(verb: Token) -> bool:
    """"would have to cut", "may be forced to close", "will need to suspend": the clause says
    what its subject will be driven to do."""
    words = _words()["compulsion_words"]
    return verb.lemma_.lower() in words and any(c.dep_ == "xcomp" for c in verb.children)


def warned_consequence(main: Token) -> bool:
    """"warning that it would have to cut rations from April", "warned they may be forced to
    close clinics": a warning whose content is what the speaker will be compelled to do."""
    if main.lemma_.lower() == "warn":
        return any(c.dep_ in {"ccomp", "xcomp"} and _compelled(c) for c in main.children)
    # the compelled act itself: "warned it may be forced to suspend aid deliveries"
    verb = main.head
    return (main.dep_ == "xcomp" and _compelled(verb) and verb.dep_ in {"ccomp", "xcomp"}
            and verb.head.lemma_.lower() == "warn")


def idle_service(main: Token) -> bool:
    """"flights at Mitiga airport were suspended", "classes were cancelled": a service stopped
    in the passive with no agent and no party it was stopped to or with ("flights to Qatar were
    suspended" names one)."""
    if main.tag_ != "VBN" or any(c.dep_ == "agent" for c in main.children):
        return False
    if main.dep_ == "acl":
        subjects = [main.head]
    else:
        if not any(c.dep_ == "auxpass" for c in main.children):
            return False
        subjects = [c for c in main.children if c.dep_ == "nsubjpass"]
    services = _words()["service_nouns"]
    if not subjects or not all(s.lemma_.lower() in services for s in subjects):
        return False
    return not any(p.dep_ == "prep" and p.lower_ in _PARTY_PREPS
                   for s in subjects for p in s.children)


def standing_position(tokens: list[Token], headline: bool) -> bool:
    """"Pakistan accuses the Taliban of sheltering the group", "Rwanda denies supporting the
    M23": a verb of stance in the simple present with no auxiliary, outside a headline or lead,
    heading the trigger or governing it."""
    if headline:
        return False
    stances = _words()["stance_verbs"]
    for tok in tokens[:1] + [tokens[0].head]:
        if tok.lemma_.lower() in stances and tok.tag_ in _PRESENT and tok.pos_ == "VERB" and not any(
                c.dep_ in {"aux", "auxpass"} for c in tok.children):
            return tok.dep_ in {"ROOT", "conj"} or (
                tok.dep_ == "ccomp" and tok.head.lemma_.lower() in speech_verbs() and tok.head.tag_ in _PRESENT)
    return False


def protest_demand(main: Token) -> bool:
    """"students staged demonstrations to demand reforms", "supporters blocked roads demanding
    his return", "a demonstration calling for his removal": the demand a protest voices is its
    content, coded with the protest (ACLED, POLECAT), not a request of its own."""
    words = _words()
    if main.lemma_.lower() not in words["request_words"]:
        return False
    if main.pos_ == "NOUN" and main.dep_ == "dobj":
        main = main.head  # "blocked roads to press their demands"
    if main.dep_ not in {"advcl", "xcomp", "acl"}:
        return False
    head, protests = main.head, words["protest_words"]
    return bool(_forms(head) & protests) and (
        head.pos_ == "NOUN" or not _forms(head) & {"stage", "hold", "continue", "begin"}
        or any(c.dep_ == "dobj" and _forms(c) & protests for c in head.children))


def _forms(tok: Token) -> set[str]:
    """The lemma and the word with a regular ending undone: the lemmatiser reads "staged" as
    "stag"."""
    word = tok.lower_
    forms = {tok.lemma_.lower(), word}
    for ending in ("ing", "ed", "d", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.add(word[: -len(ending)])
    return forms


_TO_PROPOSAL = frozenset({"pobj", "pcomp", "prep", "dobj", "xcomp", "advcl", "acl", "relcl"})


def proposed_content(main: Token) -> bool:
    """"rejected an offer for direct talks", "turned down a plea to hand over their weapons",
    "refused a request for its troops to be sent": an act in a proposal's complement was
    proposed, not done; the proposal, made or rejected, is the event."""
    proposals, tok = _words()["proposal_nouns"], main
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in _TO_PROPOSAL:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in proposals and tok.dep_ in {"acl", "relcl", "prep"}:
            return True
        if tok.dep_ == "relcl":
            return False  # a clause on another noun ("the office, which demonstrates")
        tok = head
    return False


_TO_AIM = frozenset({"pobj", "pcomp", "prep", "xcomp", "dobj", "conj"})


def stated_aim(main: Token) -> bool:
    """"a meeting aimed at establishing closer ties", "talks designed to end the war", "so
    that such marriages are banned": what another act or thing is for is its aim, which no one
    has done or promised."""
    clause = main
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
    if clause.dep_ == "advcl" and {"so", "that"} <= marks:
        return True
    tok = main
    for _ in range(5):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in _TO_AIM:
            return False
        if head.tag_ == "VBN" and head.lemma_.lower() in _words()["aim_participles"] and (
                head.dep_ == "acl" or any(c.dep_ == "auxpass" for c in head.children)):
            return True  # "a meeting aimed at", "talks are designed to"; not "had intended to kidnap"
        tok = head
    return False


def describing_participle(main: Token) -> bool:
    """"observers checking the polling stations", "monitors watching the truce": a participle on
    the people who do it tells what they are there for, a role, not an act on an occasion. A
    protest so described ("demonstrators protesting the results") is left to the protest readers."""
    if main.tag_ != "VBG" or main.dep_ != "acl" or _forms(main) & _words()["protest_words"]:
        return False
    head = main.head
    words = [head] + [c for c in head.children if c.dep_ in {"compound", "amod"}]  # "UN inspectors"
    named = any(s.start <= w.i < s.end for s in head.doc.spans.get("actors", []) for w in words)
    return head.pos_ in {"NOUN", "PROPN"} and (named or in_class(head, "person"))


def provision(main: Token) -> bool:
    """"The new law allows police to detain suspects", "the decree bans rallies": what a text
    lays down, told in the present, is a standing provision, not an act done on a day."""
    if main.pos_ != "VERB" or main.tag_ not in _PRESENT:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in proposal_texts() for c in main.children)


def deal_terms(main: Token) -> bool:
    """"Under the deal, the combatants are to hand over their weapons", "under the plan, Israel
    will evacuate the settlements": what a deal lays down for later is its terms, coded with
    the deal; "under the deal, Israel released 50 prisoners on Monday" reports a release."""
    clause = main
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    scope = [clause] + ([clause.head] if clause.dep_ == "xcomp" else [])
    future = clause.tag_ == "VB" and any(c.dep_ == "aux" for c in clause.children)
    if not future:
        return False
    deals = _words()["deal_nouns"]
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in deals for g in p.children)
        for tok in scope for p in tok.children)


def no_act(tokens: list[Token], headline: bool) -> bool:
    """Whether a non-violent trigger reports nobody's act (see the module docstring)."""
    main = tokens[0]
    return (warned_consequence(main) or idle_service(main) or standing_position(tokens, headline)
            or protest_demand(main) or proposed_content(main) or deal_terms(main) or stated_aim(main)
            or describing_participle(main) or provision(main))
