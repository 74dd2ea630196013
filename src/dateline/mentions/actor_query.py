"""Which actor an argument names: the event stage's questions to the actor mentions.

`actor_for` and `actors_for` read `doc.spans["actors"]` (filled by `actors.ActorTagger`) for the
noun phrase of an argument head; `np_tokens` is the noun phrase both sides agree on.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.events import coref
from dateline.mentions.actor_lexicon import lexicon, normalise
from dateline.mentions.actor_names import actor_of_text, word_acronyms
from dateline.records import Actor

__all__ = ["CONTEXT_KEY", "NP_MODS", "PRONOUNS", "actor_for", "actors_for", "np_tokens", "other_sense",
           "shouted_acronym"]

NP_MODS = frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod", "case", "npadvmod",
                     "predet", "punct"})
PRONOUNS = coref.SINGULAR_NEUTER | coref.PLURAL | coref.PERSONAL
CONTEXT_KEY = "dateline_actor_context"  # doc.user_data: the country generic roles belong to
FINITE = frozenset({"VBZ", "VBP", "VBD"})


def other_sense(head: Token) -> bool:
    """A role noun followed by a preposition that gives it another sense ("the parties to the
    conflict" are its sides, not political parties; roles.yaml `not_before`). The preposition is
    read by position, as the parser often hangs it on the verb ("urged parties to the talks")."""
    role = lexicon().roles.get(normalise(head.text))
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return role is not None and after is not None and after.dep_ == "prep" and after.lower_ in role.not_before


def np_tokens(head: Token) -> list[Token]:
    """The head and its left modifiers (no relative clauses or prepositional phrases)."""
    out = [head]
    stack = [c for c in head.children if c.i < head.i and c.dep_ in NP_MODS]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "punct" and tok.text not in ("-", "'", "."):
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in NP_MODS and c.i < tok.i)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "cc") and c.i < head.i)
    return sorted(out, key=lambda t: t.i)


def _fresh(doc: Doc) -> list[Span]:
    """Mentions still one noun phrase after the headline stage found a verb in some ("Factions
    target regime forces"): the words on either side of the verb are then read on their own."""
    return [s for s in doc.spans.get("actors", [])
            if not any(t.pos_ == "VERB" and t.tag_ in FINITE and t.i < s.end - 1 for t in s)]


def actors_for(doc: Doc, tokens: Span | Token) -> list[Actor]:
    """Every actor an argument names: "Dutch and Turkish frigates" are two; else `actor_for`."""
    head = tokens.root if isinstance(tokens, Span) else tokens
    ending = [s for s in _fresh(doc) if s.end - 1 == head.i]
    if len(ending) > 1:
        return [s._.actor for s in sorted(ending, key=lambda s: s.start)]
    actor = actor_for(doc, tokens)
    return ([actor] + _coordinated_before(doc, head)) if actor is not None else []


def _coordinated_before(doc: Doc, head: Token) -> list[Actor]:
    """"the Ethiopian government and TPLF agreed", parsed with "government" as a modifier of
    the last name: the party the tagger read in that coordinated modifier is a second one."""
    mods = [c for c in head.children if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"
            and any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children)]
    return [s._.actor for m in mods for s in _fresh(doc) if s.end - 1 == m.i and s._.actor is not None]


def actor_for(doc: Doc, tokens: Span | Token) -> Actor | None:
    """The actor that a token or span (an argument head and its subtree) refers to, or None.

    Prefers the actor mention whose noun phrase ends at the argument's head, then one containing
    the head, then the nearest inside the argument; pronouns are resolved on the spot, and a
    phrase the tagger did not read as a noun phrase ("the Kurdish military" before a mis-parsed
    noun) is composed from its words.
    """
    head = tokens.root if isinstance(tokens, Span) else tokens
    spans = _fresh(doc)
    ending = [s for s in spans if s.end - 1 == head.i]
    if ending:
        return min(ending, key=lambda s: s.start)._.actor
    if isinstance(tokens, Span):
        lo, hi = tokens.start, tokens.end
    else:
        np = np_tokens(head)
        lo, hi = np[0].i, head.i + 1
    covering = [s for s in spans if s.start <= head.i < s.end]
    if covering:
        return min(covering, key=len)._.actor
    inside = [s for s in spans if lo <= s.start and s.end <= hi]
    if inside:
        before = [s for s in inside if s.end <= head.i + 1]
        return (max(before, key=lambda s: s.end) if before else inside[0])._.actor
    if head.lower_ in PRONOUNS:
        return coref.resolve_pronoun(head, [(s, s._.actor) for s in spans])
    if isinstance(tokens, Span) and len(tokens) <= 6 and not shouted_acronym(tokens) and not other_sense(head):
        return actor_of_text(tokens.text, doc.user_data.get(CONTEXT_KEY))
    return None


def shouted_acronym(tokens: Span) -> bool:
    """A phrase of an all-capital sentence with a word that is a lexicon acronym but that the
    tagger reads as an ordinary word ("A CAR BOMB"): wire copy in capitals cannot tell "CAR"
    from "car" by its case, so such a phrase is not read as naming the acronym's actor."""
    if any(ch.islower() for ch in tokens.sent.text):
        return False
    lex = lexicon()
    return any((t.pos_ != "PROPN" or t.text in word_acronyms())
               and any(f.exact for f in lex.forms.get(normalise(t.text), [])) for t in tokens if t.is_alpha)
