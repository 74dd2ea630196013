"""What count kind a casualty verb gives its arguments ("killing 12": fatalities of the object;
"12 people died": of the subject), with the passive read from the parse and multi-word
phrases ("lost their lives", "taken into custody") from `data/counts.yaml`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.mentions.numbers import is_number_word as _is_number_word

OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def is_passive(verb: Token) -> bool:
    """Passive, including reduced passives: "25 people killed in", "12 injured" (a bare past
    participle with no "have" of its own)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if any(c.dep_ == "aux" or (c.dep_ == "dobj" and not _subset_item(c)) for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and (_is_number_word(c) or any(g.dep_ == "nummod" for g in c.children))
        for c in verb.children))  # "Four people killed, five injured": a headline's passive


def _subset_item(tok: Token) -> bool:
    """A noun the parser hung on a verb as its object that is a part of the verb's figure
    ("23 wounded, among them two children"): no object, so the verb stays passive."""
    doc, first = tok.doc, tok.left_edge.i
    before = " ".join(t.lower_ for t in doc[first:tok.i])
    return after_subset_cue(doc, first) or any(
        before.startswith(cue + " ") for cue in count_lexicon().subset_preps)


def _phrase_kind(verb: Token) -> str | None:
    """Multi-word casualty phrases: "lost their lives", "taken hostage", "taken into custody"."""
    lex = count_lexicon()
    lemma = lexicon_lemma(verb)
    near = [c for c in verb.children] + [g for c in verb.children for g in c.children]
    for tok in near:
        for word in (lexicon_lemma(tok), tok.lower_):
            if (lemma, word) in lex.phrases:
                return lex.phrases[(lemma, word)]
    return None


def verb_kind(verb: Token, role: str, person: bool) -> str | None:
    """The count kind a casualty verb gives the argument in `role`, else None."""
    lex = count_lexicon()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = lexicon_lemma(verb)
    passive = is_passive(verb)
    if role in OBJECT_DEPS or (role == "nsubj" and passive) or role == "acl":
        if lemma in lex.transitive:
            return lex.transitive[lemma]
        if lemma in lex.person_only and person:
            return lex.person_only[lemma]
        if passive or role != "nsubj":
            found = _phrase_kind(verb)
            if found and (lemma != "lose"):
                return found
    if role in SUBJECT_DEPS or role == "acl":
        if lemma in lex.intransitive:
            return lex.intransitive[lemma]
        if lemma == "lose" or not passive:
            found = _phrase_kind(verb)
            if found and lemma in ("lose", "flee", "leave"):
                return found
    return None


def after_subset_cue(doc: Doc, lo: int) -> bool:
    """The figure follows a subset cue in the same sentence ("23 wounded, among them two
    children", "including five police officers"), however the parser attached it: a part of
    a figure already given, not a count of its own."""
    sent_start = doc[lo].sent.start
    for cue in count_lexicon().subset_preps:
        words = cue.split()
        first = lo - len(words)
        if first >= sent_start and [t.lower_ for t in doc[first:lo]] == words:
            return True
    return False
