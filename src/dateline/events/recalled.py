"""Tell an act a sentence recalls as background to its news from one it reports.

A news sentence often explains its news with acts set in a subordinate part: a relative clause
in the pluperfect ("the engineers, whom they had abducted"); a participle or relative
clause dated months back ("weapons seized last year", "a blockade set up two years ago"); the
"when" clause of a span's start ("since October, when aid was disrupted by fighting"); a clause
set days before the news ("days after Guyana reported an attack"); a span of activity before
the news ("after a week of shelling"); a present perfect that sums up a campaign over a sweep
of places ("has been pushed out of many towns by a government offensive"); an act named as the
news's motive ("in revenge for a mortar strike"); a relative clause in the simple present that
describes a participant by a lasting state ("the militia that holds the capital"). News
coders (ACLED, UCDP, POLECAT) code those acts from the reports of them, not again from the
background. The cue words live in `data/genericity.yaml` (`span_nouns`, `span_lead_preps`,
`sweep_quantifiers`, `long_ago_units`, `cause_nouns`, `combat_words`, `collective_places`).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from dateline.data import load_yaml
from dateline.events.generic_cues import cues
from dateline.events.headline import CLOSING
from dateline.events.history import RECALL_YEARS

_MODIFIERS = frozenset({"relcl", "acl"})
_NOMINAL = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "compound"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The lists of `data/genericity.yaml` this module reads, read once."""
    data = load_yaml("genericity.yaml")
    keys = ("span_nouns", "span_lead_preps", "sweep_quantifiers", "long_ago_units", "cause_nouns",
            "combat_words")
    return {k: frozenset(str(w).lower() for w in data[k]) for k in keys}


def clause_of(main: Token) -> Token:
    """The verb whose clause holds the trigger: the trigger itself when it is a verb, else the
    nearest verb above it ("aid was disrupted by fighting": "disrupted"), first conjunct first."""
    clause = main
    while (clause.pos_ not in {"VERB", "AUX"} or clause.dep_ in _NOMINAL) and clause.head.i != clause.i:
        clause = clause.head  # a gerund in a noun's place ("by fighting") is no clause of its own
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause


def pluperfect_modifier(clause: Token) -> bool:
    """"the ministers, whom the rebels had taken hostage": a relative clause or participle in
    the pluperfect tells what had happened before the news it hangs on."""
    return clause.dep_ in _MODIFIERS and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in clause.children)


def long_ago_modifier(clause: Token, years_only: bool = False) -> bool:
    """"weapons seized last year", "a blockade that was set up two years ago", "property seized
    by the army in the 1970s": a modifier clause dated months or years back by its own time
    phrase; so is an adverbial clause ("for land they lost when the regime seized it 18 years
    ago")."""
    if clause.dep_ not in _MODIFIERS | {"advcl"}:
        return False
    units = _words()["long_ago_units"] - ({"month", "months"} if years_only else set())
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "during"} and _old_year(child):
            return True
        if child.dep_ not in {"npadvmod", "advmod"}:
            continue
        words = {t.lower_ for t in child.subtree}
        if words & units and words & {"last", "ago"}:
            return True
    return False


_YEAR_OR_DECADE = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")


def _old_year(prep: Token) -> bool:
    """A year or decade at least `RECALL_YEARS` before the story's publication ("in 1988", "in
    the 1970s")."""
    published = prep.doc._.published
    years = [int(t.text[:4]) for t in prep.subtree if _YEAR_OR_DECADE.match(t.text)]
    return bool(published) and any(int(published[:4]) - y >= RECALL_YEARS for y in years)


def describing_present(clause: Token) -> bool:
    """"the militia that holds the capital", "the party, which backs the government": a
    relative clause in the simple present describes its antecedent by a lasting state, in a
    lead sentence too (where a main clause's present reports news). A title line, which drops
    the words that would tell tense, is left alone ("Jets that bomb Aleppo shot down")."""
    if clause.dep_ != "relcl" or clause.tag_ not in {"VBZ", "VBP"}:
        return False
    closed = clause.sent.text.rstrip()[-1:] in CLOSING
    return closed and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def span_start(clause: Token) -> bool:
    """"since October, when aid was disrupted by fighting": the "when" clause of the point a
    span starts from tells what happened then, background to the span's news."""
    if clause.dep_ not in {"relcl", "advcl"} or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return False
    point = clause.head
    return point.dep_ == "pobj" and point.head.lower_ == "since"


def days_after(clause: Token) -> bool:
    """"days after Guyana reported an attack on its soldiers", "weeks after rebels seized the
    town": a clause set days or more before the news it explains, recalled as its occasion."""
    if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in clause.children):
        return False
    units = _words()["span_nouns"]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units
               and (c.tag_ == "NNS" or c.lemma_.lower() != "day") for c in clause.children)


def span_of_activity(main: Token) -> bool:
    """"after a week of heavy shelling", "following nine years of exile", "despite
    weeks of protests": an activity over a span set before the news, a summary, not one act."""
    if main.dep_ != "pobj" or main.head.lower_ != "of" or any(c.dep_ in {"relcl", "acl"} for c in main.children):
        return False  # "after 3 days of shelling that killed dozens" tells its own toll
    span = main.head.head
    words = _words()
    if span.lemma_.lower() not in words["span_nouns"] or span.dep_ != "pobj":
        return False
    if span.tag_ != "NNS" and span.lemma_.lower() == "day":
        return False  # "after a day of clashes" may be the one day reported
    return span.head.lower_ in words["span_lead_preps"]


def _sweep(noun: Token) -> bool:
    """"many towns", "dozens of villages", "a string of cities": a plural kind of place
    quantified as a sweep rather than named."""
    if noun.lemma_.lower() not in cues().collective_places or noun.tag_ != "NNS":
        return False
    quantifiers = _words()["sweep_quantifiers"]
    if any(c.dep_ in {"amod", "det"} and c.lower_ in quantifiers for c in noun.children):
        return True
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lower_ in quantifiers and prep.head.dep_ != "prep")


def campaign_summary(clause: Token) -> bool:
    """"the group has been pushed out of many towns by a government offensive", "troops have
    retaken dozens of villages": a present perfect over a sweep of places sums up a campaign."""
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "have", "'ve"}
               for c in clause.children):
        return False
    own = [t for t in clause.subtree if t.i != clause.i and clause_of(t).i == clause.i]
    return any(_sweep(t) for t in own)


def cited_cause(main: Token) -> bool:
    """"in answer to last month's riots", "in revenge for a mortar strike", "in protest at last
    week's arrests": an event named as the motive of the news, told where it happened."""
    first = main
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj":
        return False
    cause = first.head.head if first.head.dep_ == "prep" else first.head
    return cause.lemma_.lower() in _words()["cause_nouns"] and cause.pos_ == "NOUN" and cause.dep_ == "pobj"


def recalled(main: Token, explicit_date: bool, violent: bool = False) -> bool:
    """Whether the trigger is an act the sentence recalls as background (module docstring).
    A date of its own keeps a present perfect over places a report ("has killed dozens in
    several villages this week"). Of violence, only combat and campaigns count ("after days of
    fighting"): a killing, bombing or kidnapping recalled in passing ("who had kidnapped
    several ranchers", "when the mayor was shot to death") is a particular incident that
    terrorism and violence datasets (MUC, UCDP) take from whatever report names it; and it
    must be dated years back, not months."""
    if violent and main.lemma_.lower() not in _words()["combat_words"]:
        return False
    if span_of_activity(main) or cited_cause(main):
        return True
    clause = clause_of(main)
    return (pluperfect_modifier(clause) or long_ago_modifier(clause, violent) or span_start(clause)
            or days_after(clause) or describing_present(clause) or (not explicit_date and campaign_summary(clause)))
