"""Names built on another place's name: facilities ('Warren Avenue') and longer names ('Ras Tanura').

Recognition matches the gazetteer on part of such a name and grows it to the whole; the rows
then belong to the part (a patron's namesake town, a prefix), so the candidate is flagged for
resolution (`geocode`) to accept them only where they cohere with the document's other places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import ARTICLES, normalize
from dateline.resolve.place_cues import PlaceCues, demonyms
from dateline.resolve.toponym_frames import is_name_word

if TYPE_CHECKING:
    from dateline.resolve.toponym_candidate import Candidate

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
COMPASS = frozenset({"north", "south", "east", "west"})
NOT_FACILITY_END = frozenset({"st", "place", "way", "row", "close"})  # also common words


def run_key(doc: Doc, norms: list[str], start: int, end: int) -> str:
    """Index key of a token run, a possessive joined to its word as the index writes it
    ("People's Republic of China" -> 'peoples republic of china', not 'people s ...')."""
    words: list[str] = []
    for i in range(start, end):
        if doc[i].lower_ in POSSESSIVES and words and norms[i]:
            words[-1] += norms[i]
        elif norms[i]:
            words.append(norms[i])
    return " ".join(words)


def facility_end(doc: Doc, gaz: Gazetteer, cand: Candidate, cues: PlaceCues,
                 max_tokens: int) -> int:
    """'Smith' -> 'Smith Golf Club', 'Jackson' -> 'Jackson Arena': a place name followed by
    capitalised words ending in a street or building word is part of that facility's name.

    Not across a possessive ("London's Gatwick Cargo Terminal" is only owned by
    London) except a saint's ("St. Peter's Square"), nor for a country ('the United States
    House' is a chamber, not a building).
    """
    if any(gaz.kind[r] == "country" for r in cand.rows[:1]):
        return cand.end
    end = cand.end
    saint = cand.key.startswith(("st ", "saint "))  # "St. Peter's Basilica": a saint's church
    if saint and end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES \
            and is_name_word(doc[end + 1]):
        end += 1
    while end < len(doc) and end - cand.start < max_tokens and is_name_word(doc[end]):
        end += 1
        word = doc[end - 1].lower_
        if word in cues.facility_heads and word not in NOT_FACILITY_END:
            return end
    return cand.end


def rekey_position(doc: Doc, gaz: Gazetteer, cand: Candidate, cues: PlaceCues,
                   matched_end: int) -> None:
    """'Western Sydney' is part of Sydney, not Zambia's Western province: a name
    matched only on its opening word of position takes the rest of the name as its key."""
    if cand.end > matched_end and cand.key in {normalize(w) for w in cues.position_words}:
        tail = normalize(doc[matched_end:cand.end].text)
        cand.key, cand.rows = tail, gaz.rows(tail)


def mark_parts(doc: Doc, cand: Candidate, cues: PlaceCues) -> None:
    """Flag a name whose rows belong to only part of it.

    'Warren Avenue', 'Jackson Arena' (`facility`): a name ending in a street or building word
    that the gazetteer does not hold whole; any rows are a patron's namesake, a different place
    unless it lies among the document's others, and the facility is only near it. 'Ras Tanura',
    'Napa Valley' (`fragment`): a name grown past what the gazetteer matched, whose rows may
    be namesakes of the part.
    """
    if cand.end - cand.start < 2:
        return
    last = cand.end - 1
    if doc[last].lower_ in COMPASS and last - cand.start >= 2:
        last -= 1  # 'Bloor Street West'
    head = doc[last].lower_
    if head not in cues.facility_heads:
        own = set(cand.key.split()) | set(cues.feature_words) | cues.position_words | {"the"}
        # 'Al-Raqqah' is Raqqah's whole name: an article hyphened to the name is written or
        # dropped at will (not so the Spanish 'El' of 'El Progreso', a word of its name)
        words = [normalize(t.text) for t in doc[cand.start:cand.end]
                 if t.lower_ not in POSSESSIVES and not t.is_punct and not _hyphened_article(t)]
        cand.fragment = bool(cand.rows) and any(w and w not in own for w in words)
        if cand.fragment and (cand.key in cues.generic_prefixes
                              or f"{cand.key} " in ARTICLES):
            # 'Khan Touman' is not Haan (alias 'Khan'), 'Al-Qaryatain' not Norway's Ål: rows
            # of a generic word or an article are no reading; the whole name is looked up later
            cand.rows, cand.fragment = (), False
            cand.key = normalize(doc[cand.start:cand.end].text)
        return
    if cand.rows and cand.key.rsplit(" ", 1)[-1] == normalize(head):
        return  # 'Washington Square', 'Heathrow Airport': the gazetteer knows the facility itself
    cand.facility = "street" if head in cues.street_heads else "building"
    cand.near = cand.near or bool(cand.rows)


def _hyphened_article(token: Token) -> bool:
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return f"{token.lower_} " in ARTICLES and nxt is not None and nxt.text == "-"


def typed_run_end(doc: Doc, cand: Candidate, cues: PlaceCues, max_tokens: int) -> int:
    """'Abu' -> 'Abu Salim' in 'the Abu Salim and Salah al-Din districts': a name matched on its
    first words and followed by further capitalised words is the longer name when a type word
    closes it or the list it opens (`mark_parts` then flags its rows as the part's)."""
    end, n = cand.end, len(doc)
    while end < n and end - cand.start < max_tokens and is_name_word(doc[end]) \
            and not doc[end].is_sent_start:
        end += 1
    if end == cand.end or end >= n:
        return cand.end
    word = doc[end].lower_
    if word in cues.type_suffixes:
        return end
    if word not in ("and", "or", ","):
        return cand.end
    for k in range(end + 1, min(n, end + 1 + max_tokens)):
        if doc[k].lower_ in cues.type_suffixes:
            return end
        if doc[k].is_sent_start or (doc[k].is_punct and doc[k].text not in ("-", "'", "’")):
            break
    return cand.end


def names_institution(doc: Doc, start: int, head: int, cues: PlaceCues) -> bool:
    """'the Catholic Church', 'the Ethiopian Orthodox Church': a denomination, not a building.
    Only 'the' and words of a denomination or nation stand before the head, and no 'in X' or
    'of X' after it locates a building."""
    if doc[head].lower_ not in cues.institution_heads or start < 1 \
            or doc[start - 1].lower_ != "the":
        return False
    table = demonyms()
    if not all(t.lower_ in cues.denomination_words or normalize(t.text) in table
               for t in doc[start:head]):
        return False
    after = doc[head + 1].lower_ if head + 1 < len(doc) else ""
    return after not in ("in", "at", "of", "on", ",")

