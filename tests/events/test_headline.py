"""Headline verbs the tagger read as nouns ("Regime forces shell villages in Hama")."""

from __future__ import annotations

import pytest

from dateline.events.headline import headline_like, reread_headlines
from dateline.events.triggers import lemma_of, verb_lemmas
from dateline.pipeline import extract_text
from .parses import build, sentence

# "Regime forces shell villages in Hama", as the small model parses it: one long noun phrase
SHELL_AREAS = sentence(
    "Regime/1/compound/NOUN/regime forces/3/compound/NOUN/force shell/3/amod/NOUN/shell "
    "villages/3/ROOT/NOUN/village in/3/prep/ADP/in Hama/4/pobj/PROPN/Hama")
# "Clashes between regime forces in Hama": "forces" before a preposition stays a noun
FORCES_IN = sentence(
    "Clashes/0/ROOT/NOUN/clash between/0/prep/ADP/between regime/3/compound/NOUN/regime "
    "forces/1/pobj/NOUN/force in/3/prep/ADP/in Hama/4/pobj/PROPN/Hama")
# "Regime shell fire on Daraa": a singular noun before the bare form is a compound, not a subject
SHELL_FIRE = sentence(
    "Regime/2/compound/NOUN/regime shell/2/compound/NOUN/shell fire/2/ROOT/NOUN/fire "
    "on/2/prep/ADP/on Daraa/3/pobj/PROPN/Daraa")


def _reread(rows, plural=()):
    doc = build(rows, tags={i: "NNS" for i in plural})
    return doc, [t.i for t in reread_headlines(doc, verb_lemmas(), lemma_of)]


def test_headline_noun_read_as_verb_with_its_arguments():
    doc, verbs = _reread(SHELL_AREAS, plural=(1, 3))
    assert verbs == [2]
    shell = doc[2]
    assert (shell.pos_, shell.dep_, shell.head.i) == ("VERB", "ROOT", 2)
    assert {(c.text, c.dep_) for c in shell.children} >= {("forces", "nsubj"), ("villages", "dobj")}
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(("rows", "plural"), [
    (FORCES_IN, (0, 3)),   # "regime forces in Hama": a plural noun before a preposition
    (SHELL_FIRE, ()),      # "Regime shell fire": no agreeing subject
])
def test_headline_nouns_stay_nouns(rows, plural):
    doc, verbs = _reread(rows, plural)
    assert verbs == []
    assert all(t.pos_ != "VERB" for t in doc)


def test_headline_like_needs_a_title_line():
    assert headline_like(build(SHELL_AREAS)[:]) is True
    closed = build(SHELL_AREAS + [(".", 3, "punct", "PUNCT", ".")])
    assert headline_like(closed[:]) is False


@pytest.mark.model
@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Regime forces shell villages in Hama", "shell", "forces"),
    ("Airstrikes target villages in the eastern countryside of Homs", "target", "Airstrikes"),
    ("Helicopters of the air force bomb Talbiseh with explosive barrels", "bomb", "Helicopters"),
])
def test_headline_model_parse_reread(nlp, text, verb, subject):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert tok.pos_ == "VERB" and tok._.trigger is not None
    assert any(c.dep_ == "nsubj" and c.text == subject for c in tok.children)


@pytest.mark.model
@pytest.mark.parametrize(("text", "reported"), [
    ("Regime forces shell villages in Hama", True),
    ("Clashes between regime forces and rebels in Latakia countryside", True),
    ("Renewed clashes in the western countryside of Idlib", True),
])
def test_headline_events_reported(nlp, text, reported):
    events = extract_text(text, published="2016-02-01", doc_id="h", nlp=nlp)
    assert any(e.type == "ASSAULT" for e in events) is reported
