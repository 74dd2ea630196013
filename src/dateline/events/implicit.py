"""Implicit actors: the side a text leaves unnamed but its means of attack give away.

Only one inference is made, and only when the event has no actor at all: an attack by
aircraft or barrel bombs ("warplanes bombed Douma", "barrel bombs dropped on Daraya") is the
act of the government of the country where it happened, as in ACLED's and UCDP's coding of
unattributed air strikes in civil wars. The words are `state_instruments` in
`data/triggers.yaml`.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from dateline.events.triggers import load_lexicon
from dateline.records import Actor, Place


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from dateline.mentions.actor_lexicon import read_countries

    out = {}
    for row in read_countries():
        code = row.get("iso3") or row.get("alpha3") or row.get("code") or ""
        name = row.get("name") or row.get("short_name") or ""
        if code and name:
            out[code] = name
    return out


def state_of(country: str | None) -> Actor | None:
    """The government actor of a country (UCDP-style name), or None when unknown."""
    if not country:
        return None
    name = _country_names().get(country)
    if not name:
        return None
    from dateline.mentions.actor_lexicon import government_name

    return Actor(name=government_name(name), text="", country=country, sector=["MIL"])


def _words(tokens: list[Token]) -> set[str]:
    """Words and lemmas of the scope, and adjacent pairs, so two-word cues ("air force",
    "air strikes") match as well as one-word ones."""
    ordered = sorted(tokens, key=lambda t: t.i)
    words = {t.lemma_.lower() for t in ordered} | {t.lower_ for t in ordered}
    for a, b in zip(ordered, ordered[1:]):
        if b.i == a.i + 1:
            words |= {f"{a.lower_} {b.lemma_.lower()}", f"{a.lower_} {b.lower_}"}
    return words


def implicit_actor(tokens: list[Token], place: Place | None, focus: str | None) -> Actor | None:
    """The state behind an unattributed air attack, or None."""
    cues = load_lexicon().state_instruments
    if not _words(tokens) & cues:
        return None
    return state_of((place.country if place is not None else None) or focus)
