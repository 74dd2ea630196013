"""Combined figures: one number that counts the dead and the wounded (or the killed and the
captured) together, which is neither count alone.

"13 killed and wounded", "killing or wounding 35", "25 dead and wounded": ACLED records only
what a report separates, and SPEC.md section 3 leaves a count without a figure of its own
null, so such a figure gives no count of either kind (its span keeps kind None). Verbs that
each take their own figure ("killed 12 and wounded 30") are two counts, and verbs joined by
"and" that tell the same people twice ("abducted and killed two aid workers") keep the
figure for each: only kinds that share people out (`data/counts.yaml`, `combined`) combine
under "and"; under "or" any two kinds do.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dateline.data import load_yaml
from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.mentions.count_verbs import is_passive

__all__ = ["COMBINED", "combined_figure"]

# The kind the lexicon gives words that count several kinds together ("casualty toll").
COMBINED = "combined"

# Links by which a verb or noun holds a figure of its own.
_OWN_DEPS = {"dobj", "nsubjpass", "attr", "nummod"}


@functools.lru_cache(maxsize=1)
def _combined_lexicon() -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    data = load_yaml("counts.yaml").get("combined") or {}
    nouns = frozenset(data.get("nouns") or [])
    pairs = frozenset(frozenset(pair) for pair in data.get("partitions") or [])
    return nouns, pairs


def combined_noun(tok: Token) -> bool:
    """A noun that counts the dead and the wounded together ("17 casualties")."""
    return lexicon_lemma(tok) in _combined_lexicon()[0] or tok.lower_ in _combined_lexicon()[0]


def _word_kind(tok: Token, person: bool) -> str | None:
    """The count kind a casualty verb, adjective or noun names, whatever its role."""
    lex = count_lexicon()
    lemma = lexicon_lemma(tok)
    for table in (lex.transitive, lex.intransitive, lex.nouns):
        if lemma in table or tok.lower_ in table:
            return table.get(lemma) or table[tok.lower_]
    return lex.person_only.get(lemma) if person else None


def _own_figure(tok: Token) -> bool:
    """The verb or noun holds an argument of its own ("wounded 30 others", "15 wounded" as
    a subject of its own, "30 wounded" with its numeral)."""
    for child in tok.children:
        if child.dep_ in _OWN_DEPS:
            return True
        if child.dep_ in ("aux", "auxpass") and any(g.dep_ in ("nsubj", "nsubjpass")
                                                    for g in child.children):
            return True  # a subject misattached to its auxiliary ("AND FIVE WERE INJURED")
        if child.dep_ == "nsubj" and (is_passive(tok) or tok.pos_ not in ("VERB", "AUX")
                                      or lexicon_lemma(tok) in count_lexicon().intransitive):
            return True
    return False


def _joined_by_or(a: Token, b: Token) -> bool:
    """Whether the coordination of `a` and `b` uses "or" ("killed or wounded", "and/or")."""
    lo, hi = sorted((a.i, b.i))
    return any(t.dep_ == "cc" and t.lower_ in ("or", "nor") and lo < t.i < hi
               for t in a.doc[lo:hi])


def _mates(trigger: Token) -> list[Token]:
    """The words coordinated with the trigger: its conjuncts, and the word "and"/"or" joins
    it to in the text when the parser hung that word elsewhere ("left 25 dead and wounded",
    with "wounded" on "left")."""
    doc, mates = trigger.doc, list(trigger.conjuncts)
    for step in (-2, 2):
        near = trigger.i + step
        if not 0 <= near < len(doc):
            continue
        between = doc[min(near, trigger.i) + 1]
        if between.lower_ in ("and", "or") and doc[near] not in mates:
            mates.append(doc[near])
    return mates


def combined_figure(trigger: Token, kind: str, person: bool) -> bool:
    """Whether the figure `trigger` gives as `kind` is shared with a coordinated casualty
    word of another kind that has no figure of its own ("killed and wounded", "dead and
    wounded", "killing or wounding"), or the trigger itself counts kinds together."""
    if kind == COMBINED or combined_noun(trigger):
        return True
    partitions = _combined_lexicon()[1]
    for mate in _mates(trigger):
        other = _word_kind(mate, person)
        if other is None or other == kind:
            continue
        if _own_figure(mate) and _own_figure(trigger):
            continue
        if _joined_by_or(trigger, mate) or frozenset((kind, other)) in partitions:
            return True
    return False
