"""Toponyms the gazetteer lacks or NER alone finds: cued, framed, listed and headed names.

The gazetteer match in `toponyms` finds known names; these finders add names that a place frame
vouches for ('the town of Kafr Takharim', 'Mafa village', 'Elm Grove Drive', 'Hama, Homs and
Tartus', 'Kourou, a coastal town', 'the outskirts of Marea', 'walking through Kut') and
NER place entities nothing else covers, while refusing the document's people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import normalize
from dateline.resolve.place_cues import PlaceCues, demonyms
from dateline.resolve import toponym_frames as frames
from dateline.resolve import toponym_parts as parts
from dateline.resolve.toponym_candidate import Candidate
from dateline.resolve.toponym_parts import POSSESSIVES
from dateline.resolve.toponym_frames import (after_age, after_kin, ent_at, is_name_word, locative_before,
                                             person_names, person_words)

MAX_TOKENS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OF_WORDS = frozenset({"of", "like", "including"})  # 'the towns of X', 'villages like X'
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def trim_end(doc: Doc, start: int, end: int) -> int:
    """End of the proper name: a trailing possessive ("York's") or lower-case common noun
    ("Idlib province", "Heathrow airport") is context, not part of the name (the type word
    still informs resolution through the feature hint)."""
    while end - start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in POSSESSIVES
                               or not is_name_word(doc[end - 1])):
        end -= 1
    return end


def named_person(doc: Doc, cand: Candidate) -> bool:
    """The name is a whole person name of the document, or one word of a longer one, and no
    preposition of place stands before it ('Maria Lenz', 'according to Porter')."""
    text = doc[cand.start:cand.end].text
    if cand.cued:
        return False
    return text in person_names(doc) or (cand.end - cand.start == 1 and text in person_words(doc))


def ner_only(doc: Doc, gaz: Gazetteer, taken: set[int], cues: PlaceCues) -> list[Candidate]:
    """NER place entities that no gazetteer match covers, the article trimmed: kept (maybe
    unresolved) when something besides the label says place (a place word such as 'Street', a
    preposition of place, or a multi-word LOC/FAC name); a lone unknown 'GPE' is often a person."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        end = trim_end(doc, start, ent.end)
        if not is_name_word(doc[start]) or (end < len(doc) and doc[end].text in frames.HYPHENS
                                            and end + 1 < len(doc) and doc[end + 1].is_lower):
            continue  # 'Kwazulu' of 'Kwazulu-natal': the tagger cut the name
        key = normalize(doc[start:end].text)
        if key in cues.generic_names:
            continue  # 'the Capital': the gazetteer path decided (`toponyms._accept_gaz`)
        if key in demonyms():
            continue  # 'Peruvian exporters' tagged GPE: the demonym finder reads it as one
        rows = gaz.rows(key)
        head = doc[ent.end - 1].lower_
        if head not in cues.place_heads and (
                after_kin(doc, start, cues) or after_age(doc, start, end)
                or named_person(doc, Candidate(start, end, key, rows, "ner"))):
            continue
        if rows or head in cues.place_heads or locative_before(doc, start, cues) or frames.framed(
                doc, start, end, cues) or (
                ent.label_ != "GPE" and len(ent) > 1):
            out.append(Candidate(start, end, key, rows, "ner"))
    return out


def cued_unknowns(doc: Doc, cues: PlaceCues, taken: set[int],
                   kept: list[Candidate]) -> list[Candidate]:
    """'the town of Kafr Takharim', 'Lindow village', 'captured Jabal al-Zawiya': a capitalised name
    in a place frame is a place even when neither the gazetteer nor NER knows it (resolved later
    by fuzzy match or left near)."""
    out: list[Candidate] = []
    for tok in doc[:-2]:
        opener = _list_opener(doc, tok, cues)
        if not opener:
            continue
        if tok.text[0].isupper() and cues.feature_words.get(tok.lower_) == "admin1" \
                and not tok.is_sent_start:
            continue  # 'the Department of Civil Aviation' is an office ('State of X' is known)
        start = _skip_quote(doc, frames.skip_space(doc, tok.i + opener))
        feature, listed = cues.feature_words.get(tok.lower_), False
        # 'the villages of Kafr Nabl, Hass and Al-Bara': a plural type word types its list
        for start, end in _members(doc, start, taken, tok.tag_ == "NNS", cues):
            if doc[start].is_sent_start or _no_name_end(doc, start, end, cues):
                break
            # the later names of a list are the first one's siblings, not places inside it
            out.append(Candidate(start, end, normalize(doc[start:end].text), (), "cue",
                                 feature=feature, cued=True, sibling=bool(listed)))
            listed = True
            taken = taken | set(range(start, end))
    return out + framed_unknowns(doc, cues, taken, kept)


def _list_opener(doc: Doc, tok: Token, cues: PlaceCues) -> int:
    """Tokens from a type word to the name it introduces: 2 for 'the town of X', 'villages like
    X', 'four villages: X' (a plural before a colon), 3 for 'areas known as X'; 0 for none."""
    if tok.lower_ not in cues.feature_words and tok.lower_ not in cues.area_words:
        return 0
    nxt = doc[tok.i + 1].lower_
    if tok.lower_ in cues.feature_words and (
            nxt in OF_WORDS or nxt == ":" and tok.tag_ == "NNS"):
        return 2
    if nxt == "known" and doc[tok.i + 2].lower_ == "as" and tok.i + 3 < len(doc):
        return 3
    return 0


def _skip_quote(doc: Doc, i: int) -> int:
    """"the villages of 'Arak": an opening ayn or quote mark before a capital is no word."""
    if i + 1 < len(doc) and doc[i].text in ("'", "‘", "’") and is_name_word(doc[i + 1]):
        return i + 1
    return i


def _members(doc: Doc, start: int, taken: set[int], many: bool, cues: PlaceCues
             ) -> list[tuple[int, int]]:
    """The name at `start` and, after a plural type word, the names listed after it (',',
    'and', 'or' between them); a later name that heads a common noun ('and Hezbollah
    fighters') leaves the list."""
    out: list[tuple[int, int]] = []
    while True:
        end = frames.name_run(doc, start, MAX_TOKENS, taken)
        if end <= start or (out and end < len(doc) and doc[end].pos_ == "NOUN"
                            and doc[end].lower_ not in cues.type_suffixes):
            return out
        out.append((start, end))
        i = end
        while many and i < len(doc) and (doc[i].lower_ in (",", "and", "or") or doc[i].is_space):
            i += 1
        if i == end or i >= len(doc):
            return out
        start = _skip_quote(doc, i)


def framed_unknowns(doc: Doc, cues: PlaceCues, taken: set[int],
                     kept: list[Candidate]) -> list[Candidate]:
    """Unknown names before a type word ('Mafa village'), names opening with a generic
    word of toponymy ('Kafr Nabl') after a preposition of place or in another frame, and names
    listed with a known place ('the villages of Cailaco and Manapa')."""
    out, i = [], 0
    while i < len(doc):
        if i in taken or not is_name_word(doc[i]) or (i > 0 and is_name_word(doc[i - 1])
                                                  and i - 1 not in taken
                                                  and doc[i - 1].lower_ not in cues.locative_preps):
            i += 1
            continue
        end = frames.name_run(doc, i, MAX_TOKENS, taken)
        if end <= i:
            i += 1
            continue
        feature = frames.type_word_after(doc, end, cues) or frames.appositive_type(doc, end, cues)
        generic = frames.starts_with_generic(doc, i, end, cues) and (
            locative_before(doc, i, cues) or frames.framed(doc, i, end, cues)
            or frames.generic_in_clause(doc, i, cues))
        cand = Candidate(i, end, normalize(doc[i:end].text), (), "cue", feature=feature,
                         cued=True)
        if (feature or generic or listed_with_place(doc, cand, kept, cues)) \
                and _unknown_ok(doc, i, end, cues, typed=bool(feature)) \
                and not (feature and _no_name_end(doc, i, end, cues)):
            out.append(cand)
        elif _framed_name(doc, i, end, cues) and _unknown_ok(doc, i, end, cues):
            out.append(cand)
        i = end
    return out


def listed_with_place(doc: Doc, cand: Candidate, kept: list[Candidate], cues: PlaceCues
                       ) -> bool:
    """'Hama, Homs and Tartus', 'the villages of Maliana and Atabae': a name enumerated
    ('and', 'or', commas) with an accepted place is one too. Enumerations mix kinds ('Hepatitis B,
    HTLV', 'singer Adele and London'), so a name NER calls a person or organisation needs the
    list typed as places ('the towns of', '... districts'), and so does a name the gazetteer lacks
    unless NER calls it a place and its neighbour is framed as one ('in Carlsbad')."""
    ent = ent_at(doc, cand.start, cand.end)
    label = ent.label_ if ent is not None else ""
    text = doc[cand.start:cand.end].text
    if ent is not None and (ent.start < cand.start or ent.end > cand.end
                            or label not in PLACE_LABELS | {"PERSON", "ORG"}):
        return False
    if text.isupper() or normalize(text) in cues.stop_names or doc[cand.start].pos_ != "PROPN" \
            or (cand.end - cand.start == 1 and text in person_words(doc)) \
            or (cand.end < len(doc) and doc[cand.end].like_num):
        return False
    for other in kept:
        if other.kind != "literal" or other.source == "demonym":
            continue
        lo, hi = (other.end, cand.start) if other.end <= cand.start else (cand.end, other.start)
        if hi - lo > 6:  # more than ', and' with spaces between: not listed together
            continue
        between = [t.lower_ for t in doc[lo:hi] if not t.is_space]
        if not between or len(between) > 2 or not set(between) <= {",", "and", "or"}:
            continue
        if not ({"and", "or"} & set(between) or _enumerated(doc, cand.end)):
            continue
        typed = bool(cand.feature or other.feature and not _area_of(doc, other.start))
        placed = typed or other.cued or frames.framed(doc, other.start, other.end, cues)
        if typed or (cand.rows or label in PLACE_LABELS) and placed:
            # 'the villages of Kafr Nabl and Hass': a sibling, not a point inside `other` (a
            # comma may instead mean containment: 'Tshopo district, Orientale province')
            cand.sibling = cand.sibling or bool(other.feature and {"and", "or"} & set(between))
            return True
    return False


def _area_of(doc: Doc, start: int) -> bool:
    """'the area of X and Y': 'area' types no settlement (streets and fields share it)."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("area", "areas")


def _enumerated(doc: Doc, end: int) -> bool:
    """The name is followed by a comma or 'and' and another capitalised name: mid-list."""
    return end + 1 < len(doc) and doc[end].lower_ in (",", "and", "or") \
        and is_name_word(doc[frames.skip_space(doc, end + 1)] if end + 1 < len(doc) else doc[end])


def _framed_name(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'the outskirts of Marea', 'captured Kilwa', 'a farm in Al-Alam': an unknown name
    in a frame of place (not a whole upper-case word: 'in NATO', 'outside ASEAN' are bodies)."""
    if doc[start:end].text.isupper() or named_person(doc, Candidate(start, end, "", (), "cue")) \
            or _no_name_end(doc, start, end, cues):
        return False
    return frames.unknown_framed(doc, start, end, cues) or frames.prep_framed(doc, start, end, cues)


def _no_name_end(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'President Maskhadov's palace', 'Kwazulu-natal', 'a French-run camp', 'Catholic Poland':
    a name that owns what follows, runs on in lower case, or is a people's word."""
    nxt = doc[end].text if end < len(doc) else ""
    words = set(normalize(doc[start:end].text).split())
    last = doc[end - 1].text
    return nxt in ("'s", "’s", "-", "‑", "–") or ("-" in last[1:]
                                                and last.rsplit("-", 1)[-1].islower()) \
        or bool(words & cues.faith_words) or normalize(doc[start:end].text) in demonyms()


def _unknown_ok(doc: Doc, start: int, end: int, cues: PlaceCues, typed: bool = False) -> bool:
    """Not a sentence's capitalised first word, a stop name, a known person or a longer entity;
    nor a people's name ('Sunni', 'Druze') unless a type word makes it a place ('the Fdhiliyah
    neighborhood') and no demonym table knows it."""
    if doc[start].is_sent_start and end - start == 1:
        return False
    key = normalize(doc[start:end].text)
    if key in cues.stop_names or after_kin(doc, start, cues):
        return False
    if end - start == 1 and doc[start].text in person_words(doc):
        return False
    ent = ent_at(doc, start, end)
    if ent is not None and ent.label_ == "NORP" and typed and key not in demonyms() \
            and not set(key.split()) & cues.faith_words and end < len(doc) \
            and (doc[end].lower_ in cues.town_part_words
                 or cues.feature_words.get(doc[end].lower_) == "city") \
            and ent.start == start and ent.end == end:
        return True
    return ent is None or ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") \
        and ent.end <= end + 1


def headed_names(doc: Doc, cues: PlaceCues, taken: set[int]) -> list[Candidate]:
    """'Elm Grove Drive', 'St Mary Hospital': a capitalised name ending in a capitalised place
    word is a place even when NER and the gazetteer miss it (resolved near the document's towns);
    so is an institution's name after a preposition of place ('at Kansas State University':
    GeoWebNews 'Coercion')."""
    out = []
    for tok in doc:
        word = tok.lower_.rstrip(".")  # 'Main St.', 'Elm Ave.'
        venue = word in cues.venue_heads
        if tok.i in taken or not (venue or word in cues.place_heads) or not is_name_word(tok):
            continue
        start = tok.i
        while (start > 0 and tok.i - start < MAX_TOKENS - 1 and is_name_word(doc[start - 1])
               and start - 1 not in taken and not doc[start].is_sent_start):
            start -= 1
        if doc[start].lower_ in ("the", "a", "an"):
            start += 1  # 'The Royal Hospital': the article is not part of the name
        if start == tok.i and start > 0 and ORDINAL.fullmatch(doc[start - 1].text) \
                and word in cues.street_heads:
            start -= 1  # 'on 14th St.': a numbered street
        elif start == tok.i or doc[start].ent_type_ in ("DATE", "TIME") or (
                doc[start].ent_type_ == "PERSON" and doc[tok.i].ent_type_ == "PERSON"
                and word not in cues.unambiguous_street_heads):
            continue  # 'Tom Hale' is a person; 'Oscar Wilde Hotel', 'Russian Embassy' are places
        if venue and word not in cues.place_heads and not locative_before(doc, start, cues):
            continue
        nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if (nxt is not None and doc[tok.i + 1].lower_ in ("for", "of") and is_name_word(nxt)) \
                or word == "market" or (
                start + 1 == tok.i and normalize(doc[start].text) in cues.stop_names) \
                or parts.names_institution(doc, start, tok.i, cues):
            continue  # 'Centre for Disease Control', 'Bond Market', 'Governor Lee'
        out.append(Candidate(start, tok.i + 1, normalize(doc[start:tok.i + 1].text), (), "cue",
                             cued=True))
    return out
