"""Parts of a figure: counts that break down a figure the sentence has just given ("the deaths
of four nurses, three Kenyans and a Swede", "15 people, nine men and six women"),
which are no people of their own. An additive list ("three policemen, two soldiers and a
civilian") names kinds of people; a breakdown sorts them by nationality, sex or age
(`breakdown_nouns` in data/counts.yaml)."""

from __future__ import annotations

import functools
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from dateline.data import load_yaml
from dateline.mentions.count_lexicon import lexicon_lemma


class Counted(Protocol):
    """What the breakdown check needs of a count."""

    value: int
    party: int | None


C = TypeVar("C", bound=Counted)


@functools.lru_cache(maxsize=1)
def _sorting_nouns() -> frozenset[str]:
    return frozenset(load_yaml("counts.yaml")["breakdown_nouns"])


def _sorts(tok: Token) -> bool:
    """A nationality, sex or age: a way to sort people already counted."""
    return tok.ent_type_ == "NORP" or lexicon_lemma(tok) in _sorting_nouns() or tok.lower_ in _sorting_nouns()


def _one(tok: Token) -> bool:
    """"a Dutchman": one person named without a figure."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _items(doc: Doc, total: Token) -> list[Token]:
    """The list a comma hangs after a counted noun ("four nurses, three Kenyans and a
    Swede" -> Kenyans, Swede); none when "and" joins the first item ("four nurses
    and two drivers" adds people)."""
    items = sorted((t for t in total.conjuncts if t.i > total.i), key=lambda t: t.i)
    if not items or doc[items[0].left_edge.i - 1].text != "," or not any(_sorts(t) for t in items):
        return []
    return items


def drop_breakdowns(doc: Doc, counts: list[C]) -> list[C]:
    """`counts` without those that only break down a figure listed right before them: the
    items after the comma add up to exactly that figure."""
    by_party = {c.party: c for c in counts if c.party is not None}
    parts: set[int] = set()
    for count in counts:
        if count.party is None or count.value < 2:
            continue
        items = _items(doc, doc[count.party])
        if not items:
            continue
        values = [by_party[t.i].value if t.i in by_party else (1 if _one(t) else None) for t in items]
        if None not in values and sum(values) == count.value:  # type: ignore[arg-type]
            parts.update(t.i for t in items)
    return [c for c in counts if c.party not in parts]
