"""Country evidence from the named groups and people of a text, read before toponym resolution.

A headline such as "Fighting near Kafr Nabl as Ahrar al-Sham pushes on" names no country, but its
actors do: a named armed group, state force or leader whose country the actor lexicon knows
(`data/actors/groups.yaml`, `countries.tsv`) says where the story is as surely as a demonym
("Salvadoran troops"). The places stage runs before the actors stage (`data/pipeline.cfg`), so the
lexicon is matched here directly. Only capitalised proper names count: a generic phrase such as
"regime forces" or "pro-government militias" names no country by itself, and names that are
also places ("Syria", "Damascus") are counted by the toponyms already.
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Doc

from dateline.mentions.actor_lexicon import INTERNATIONAL_CODES, case_ok, lexicon, normalise
from dateline.resolve.gazetteer import Gazetteer

MAX_WORDS = 7
BIG_CITY = 100_000
NAMED_ROLES = frozenset({"name", "person", "people"})


@functools.lru_cache(maxsize=1)
def _named_forms() -> dict[str, list]:
    """Lexicon keys of capitalised names with a national country, by key."""
    out: dict[str, list] = {}
    for key, forms in lexicon().forms.items():
        keep = [f for f in forms if f.role in NAMED_ROLES and f.cased
                and f.entry.country and len(f.entry.country) == 3
                and f.entry.country not in INTERNATIONAL_CODES]
        if keep:
            out[key] = keep
    return out


def actor_countries(doc: Doc, gaz: Gazetteer) -> Counter:
    """Countries of the distinct named actors of `doc` (one vote per actor), longest names first."""
    forms = _named_forms()
    seen: dict[str, str] = {}
    i, n = 0, len(doc)
    while i < n:
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        for end in range(min(n, i + MAX_WORDS), i, -1):
            span = doc[i:end]
            if not span[-1].text[:1].isalnum() or any(t.is_sent_start for t in span[1:]):
                continue
            key = normalise(span.text)
            hits = [f for f in forms.get(key, ()) if case_ok(f, span.text)]
            if hits and not _is_place(gaz, span.text):
                seen.setdefault(hits[0].entry.name, hits[0].entry.country)
                i = end - 1
                break
        i += 1
    return Counter(seen.values())


def _is_place(gaz: Gazetteer, text: str) -> bool:
    """A name the toponyms count already: a country, province or big city ('Syria', 'Aleppo')."""
    return any(gaz.kind[r] in ("country", "admin1", "region") or gaz.population[r] >= BIG_CITY
               for r in gaz.lookup(text))
