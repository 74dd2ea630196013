"""One person as a count: which noun phrases stand for exactly one victim or captive.

A casualty verb's argument counts 1 when it is one person: named ("Beltran was shot to
death"), a pronoun ("killing him"), indefinite ("a soldier"), definite ("the mayor", "his
driver"), a bare noun sharing the determiner of the person it is listed with ("his bodyguard
and driver": two people), or the possessor of a deed noun ("Quispe's murder"). True-cased
wire copy leaves many surnames untagged or tags them as places, so a bare singular proper
noun in a victim's role counts as a name too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.mentions.numbers import is_number_word

ONE_PERSON = frozenset({"he", "she", "him", "her"})
# Entity types a bare proper name may carry and still be one person.
_NAME_TYPES = frozenset({"", "PERSON", "GPE"})
# What a bare name fills to be a victim; a place-tagged name only a verb's object or passive
# subject ("Salinas was killed"), since "the massacre of Srebrenica" names a place.
_NAME_ROLES = frozenset({"dobj", "nsubjpass", "nsubj", "pobj", "conj", "appos", "poss"})
# A verb's victim: its object or (passive) subject.
_VERB_ROLES = frozenset({"dobj", "nsubjpass", "nsubj"})
_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an", "another"})


@dataclass(frozen=True)
class OnePerson:
    """How a token may stand for one person (all False: it does not)."""

    named: bool
    definite: bool
    indefinite: bool
    titled: Token | None
    listed: bool

    def __bool__(self) -> bool:
        return self.named or self.definite or self.indefinite or self.listed or self.titled is not None


def is_person(tok: Token) -> bool:
    """A person noun of the lexicon, a named person or people, or a bare number ("three")."""
    lex = count_lexicon()
    return (lexicon_lemma(tok) in lex.person_nouns or tok.lower_ in lex.person_nouns
            or tok.ent_type_ in ("PERSON", "NORP") or is_number_word(tok)
            or hyphenated(tok) in lex.person_nouns)


def hyphenated(tok: Token) -> str:
    """The whole hyphenated word a token ends ("passer-by" for "by"), lower case; "" if none.
    The tokenizer splits such words and the parser heads them on their last part."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{tok.lower_}"


def _titled(tok: Token) -> bool:
    """A name after a person's title ("opposition leader Tomas Varela Ruiz",
    "Mayor Ana Beltran") or with one in apposition ("Ortega, mayor of Valle Alto"): whatever
    entity the tagger saw, the title says a person."""
    if any(c.dep_ == "appos" and c.tag_ == "NN" and is_person(c) for c in tok.children):
        return True  # "Jorge Luis Ortega, mayor of Valle Alto"
    return any(c.tag_ in ("NN", "NNS", "NNP") and is_person(c) and c.ent_type_ not in ("PERSON", "NORP")
               for c in _compounds(tok))


def _compounds(tok: Token) -> list[Token]:
    """The words compounded before a head, however deep ("leader tomas Varela Ruiz")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "compound" and child.i < tok.i:
            out += [child, *_compounds(child)]
    return out


def bare_name(tok: Token) -> bool:
    """A proper name the tagger did not call a person: a singular proper noun heading its
    phrase in a victim's role, not a group ("Hamas", ORG) unless a title names a person,
    nor a word of the count lexicon."""
    if tok.dep_ not in _NAME_ROLES:
        return False
    if tok.tag_ != "NNP" or (tok.ent_type_ not in _NAME_TYPES and not _titled(tok)):
        return False
    if tok.ent_type_ == "GPE" and tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if any(c.dep_ in ("det", "nummod") for c in tok.children):
        return False  # a name takes no article: "an Army of the Righteous commander"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and is_person(tok.head.head):
        return False  # "the mayor of Cuzco": the place or body the person belongs to
    return tok.is_alpha and not (is_person(tok) or lexicon_lemma(tok) in count_lexicon().nouns)


@functools.lru_cache(maxsize=1)
def _possessed_deeds() -> frozenset[str]:
    return frozenset(load_yaml("counts.yaml")["possessed_deeds"])


def possessor(tok: Token) -> bool:
    """One person owning a deed noun ("Quispe's murder", "his assassination"); not "Quispe's
    body", which restates someone the text has counted already."""
    if tok.dep_ != "poss" or lexicon_lemma(tok.head) not in _possessed_deeds():
        return False
    return tok.lower_ in ("his", "her") or tok.ent_type_ == "PERSON" or bare_name(tok)


def _listed_bare(tok: Token) -> bool:
    """"his nephew and driver": a bare singular person noun listed after one that has a
    determiner or possessor, sharing it: one more person."""
    if tok.tag_ != "NN" or tok.dep_ != "conj" or tok.head.tag_ != "NN":
        return False
    if not (is_person(tok) and is_person(tok.head)):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    return any(c.dep_ in ("det", "poss") for c in tok.head.children)


def _another(tok: Token) -> bool:
    """"one person was killed and another injured": "another" standing for one more person."""
    return tok.lower_ == "another" and tok.dep_ in ("conj", "nsubj", "nsubjpass", "dobj")


def titled_person(tok: Token) -> Token | None:
    """"an Army of the Righteous commander": a group's name split by the parser, whose
    "of" phrase ends in the person the article counts (a proper name takes no "an")."""
    if tok.tag_ not in ("NNP", "NNPS"):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.tag_ == "NN" and is_person(obj):
                    return obj
    return None


def one_person(tok: Token) -> OnePerson:
    """How `tok` may stand for one person."""
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
    poss = any(c.dep_ == "poss" for c in tok.children)
    named = ((tok.ent_type_ == "PERSON" and tok.dep_ != "compound") or bare_name(tok)
             or (tok.lower_ in ONE_PERSON and tok.dep_ != "poss") or possessor(tok)
             or _another(tok))
    common = (tok.tag_ == "NN" or _capitalised_common(tok)) and not named
    return OnePerson(named=named, definite=common and (det in _DEFINITE or poss),
                     indefinite=det in _INDEFINITE and (common or _one_of_a_people(tok)),
                     titled=titled_person(tok) if det in ("a", "an") else None,
                     listed=_listed_bare(tok))


def _capitalised_common(tok: Token) -> bool:
    """A singular person noun the tagger took for a name because wire copy is in capitals
    ("THE MAYOR WAS KILLED": MAYOR/NNP), as it is no one's name."""
    return (tok.tag_ == "NNP" and tok.is_upper and tok.ent_type_ != "PERSON" and is_person(tok)
            and lexicon_lemma(tok) == tok.lower_)


def _one_of_a_people(tok: Token) -> bool:
    """"killed a Chilean", "wounded an Uruguayan": one member of a nationality as a
    verb's victim ("the killing of a young Peruvian in June" may tell an old deed)."""
    return tok.tag_ == "NNP" and tok.ent_type_ == "NORP" and tok.dep_ in _VERB_ROLES


def person_extent(doc: Doc, tok: Token, who: OnePerson) -> tuple[int, int]:
    """The span of one counted person: the whole name, or the noun phrase."""
    start, end = (tok.i if who.named else tok.left_edge.i), (who.titled or tok).i + 1
    if who.listed:
        return tok.i, tok.i + 1
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if who.named and ent is not None and ent.label_ == "PERSON":
        return ent.start, ent.end
    if who.named and tok.tag_ == "NNP":
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].dep_ == "compound":
            start -= 1
    return start, end
