"""Toponym recognition: gazetteer matching on capitalised token runs, checked against NER labels and context cues.

spaCy's small model alone mislabels conflict toponyms (Sinjar as ORG, Nineveh as PERSON), so
names are found by longest-match lookups of normalised token runs in the gazetteer index, kept
when NER agrees or the context says "place" ("the town of", "province", "in"), and dropped when
they are common words or sit inside a longer person or organisation name. NER place entities
the gazetteer lacks (streets, buildings, venues after "at") are kept too, unresolved; names of
the document's people ('his wife, Julia', 'Villanueva' after 'Seergeoh Villanueva') are not.
Demonyms and associative uses ("Baghdad said", "the UK government") are labelled by
`toponym_kinds` so later stages can keep them apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import normalize, strip_article
from dateline.resolve.place_cues import PlaceCues, demonyms
from dateline.resolve import toponym_frames as frames
from dateline.resolve import toponym_parts as parts
from dateline.resolve.toponym_frames import (after_kin, ent_at, in_dateline, is_dateline,
                                             is_name_word, locative_before, person_names,
                                             person_words)
from dateline.resolve.toponym_kinds import classify_kind, demonym_kind, demonym_names_place
from dateline.resolve.toponym_parts import POSSESSIVES

MAX_TOKENS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP",
                             "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL",
                             "ORDINAL", "LANGUAGE"})
NON_NAMES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
                       "LANGUAGE"})
JOINERS = frozenset({"-", "'", ".", "’", "&", ","})
OF_WORDS = frozenset({"of", "like", "including"})  # 'the towns of X', 'villages like X'
BIG_POPULATION = 100_000
CUED_POPULATION = 1_000


@dataclass
class Candidate:
    """One toponym mention before resolution (token offsets, index key, context hints)."""

    start: int
    end: int
    key: str
    rows: tuple[int, ...]
    source: str  # "gaz", "ner" or "demonym"
    kind: str = "literal"
    feature: str | None = None  # place kind the context suggests ("city", "admin1", ...)
    near: bool = False
    parent: "Candidate | None" = None
    child: "Candidate | None" = None  # 'Atlanta' for 'Georgia' in "Atlanta, Georgia"
    cued: bool = False
    peers: list["Candidate"] = field(default_factory=list)  # neighbours in a list of names
    sibling: bool = False  # listed with typed settlements: not placed inside a neighbour
    facility: str = ""  # "street" or "building" named after a place ('Collins Avenue')
    fragment: bool = False  # rows are those of a part of the name ('Abu' of 'Abu Shok')


def _span_ok(doc: Doc, start: int, end: int) -> bool:
    """A name is capitalised at both ends and crosses no sentence or clause punctuation."""
    if not (is_name_word(doc[start]) and is_name_word(doc[end - 1])):
        return False
    for tok in doc[start + 1:end]:
        if tok.is_sent_start or tok.is_space or (tok.is_punct and tok.text not in JOINERS):
            return False
    return True


def gazetteer_matches(doc: Doc, gaz: Gazetteer, norms: list[str]) -> list[Candidate]:
    """Longest gazetteer names on capitalised token runs, left to right, without overlap."""
    out: list[Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        if not is_name_word(doc[i]):
            i += 1
            continue
        for end in range(min(n, i + MAX_TOKENS), i, -1):
            if not _span_ok(doc, i, end):
                continue
            key = parts.run_key(doc, norms, i, end)
            rows, start = gaz.rows(key), i
            if end - i > 1 and doc[i].lower_ == "the" and gaz.rows(strip_article(key)):
                # 'The Korean Peninsula', 'The Britain-based group': the article is no part
                rows, start = gaz.rows(strip_article(key)), i + 1
            if rows:
                key = strip_article(key) if start > i else key
                out.append(Candidate(start, end, key, rows, "gaz"))
                i = end - 1
                break
        i += 1
    return out


def _feature_hint(doc: Doc, cand: Candidate, cues: PlaceCues) -> str | None:
    """'the town of X', 'X province', 'X Governorate': what kind of place the text says X is."""
    s, e = cand.start, cand.end
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in cues.feature_words:
        return cues.feature_words[doc[s - 2].lower_]
    if e < len(doc) and doc[e].lower_ in cues.feature_words and doc[e].pos_ in ("NOUN", "PROPN"):
        return cues.feature_words[doc[e].lower_]
    return None


def _near_hint(doc: Doc, cand: Candidate, cues: PlaceCues) -> bool:
    """'near X', 'outside X', '20 km north of X': the event was close to, not at, X."""
    s = cand.start
    if s >= 1 and doc[s - 1].lower_ in cues.near_preps:
        return True
    return s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in cues.near_of_words


def _accept_gaz(doc: Doc, gaz: Gazetteer, cand: Candidate, cues: PlaceCues) -> bool | None:
    """True keep, False drop, None undecided (kept later only if its country is in the document)."""
    if is_dateline(doc, cand):
        return True
    ent = ent_at(doc, cand.start, cand.end)
    ner_place = ent is not None and ent.label_ in PLACE_LABELS
    longer = ent is not None and (frames.named_beyond(doc, cand.end, ent.end) or ent.start
        < cand.start and not (ent.start + 1 == cand.start and ent[0].lower_ == "the"))
    if _names_origin(doc, cand):
        return True  # 'the Britain-based Syrian Observatory', 'Kent-born'
    if after_kin(doc, cand.start, cues):
        return False
    if ent is not None and ent.label_ in BLOCKING_LABELS and longer and not _owner(doc, cand):
        return False
    strong = cand.feature is not None
    if cand.key in cues.stop_names and not (strong or (ner_place and not longer)):
        return False
    kinds = {gaz.kind[r] for r in cand.rows}
    pop = max(gaz.population[r] for r in cand.rows)
    if doc[cand.start:cand.end].text.isupper() and len(cand.key) > 1:
        return cand.key in cues.acronyms or (ner_place and len(cand.key) > 3)
    major = bool(kinds & {"country", "admin1", "region", "landmark"}) or pop >= BIG_POPULATION
    if not (strong or major) and _named_person(doc, cand):
        return False  # 'Villanueva' after 'Seergeoh Villanueva': the person again, not a town
    if ner_place or strong:
        return True
    if cand.end - cand.start == 1 and doc[cand.start].pos_ not in ("PROPN", ""):
        return False  # 'Free', 'Winner': a capitalised common word, not a name
    if cand.end - cand.start == 1 and not cand.cued and doc[cand.start].text in person_words(doc):
        return False  # 'Bryant' after 'Kobe Bryant': the person again, not a town
    misread = ent is not None and (ent.label_ == "PERSON" or ent.label_ in NON_NAMES)
    if cand.cued and (pop >= CUED_POPULATION or major):
        return True
    if major and not misread:
        return True
    # undecided: only a name NER left alone and not merely capitalised by the sentence start
    return None if ent is None and not doc[cand.start].is_sent_start else False


def _names_origin(doc: Doc, cand: Candidate) -> bool:
    """'Britain-based', 'Kent-born': a place name compounded with a word of origin."""
    after = [t.lower_ for t in doc[cand.end:cand.end + 2]]
    return after[:1] == ["-"] and after[1:] in (["based"], ["born"], ["headquartered"])


def _owner(doc: Doc, cand: Candidate) -> bool:
    """'Derry's Altnagelvin Hospital': a possessive place name before a longer entity owns it
    rather than being part of its name."""
    before = doc[cand.start - 1].lower_ if cand.start > 0 else ""
    return cand.end < len(doc) and doc[cand.end].lower_ in POSSESSIVES and before != "the"


def _named_person(doc: Doc, cand: Candidate) -> bool:
    """The name is a whole person name of the document, or one word of a longer one, and no
    preposition of place stands before it ('Helen Kunz', 'according to Davis')."""
    text = doc[cand.start:cand.end].text
    if cand.cued:
        return False
    return text in person_names(doc) or (cand.end - cand.start == 1 and text in person_words(doc))


def _extend(doc: Doc, gaz: Gazetteer, cand: Candidate, cues: PlaceCues) -> None:
    """Grow a name to the whole place phrase: 'Manila' -> 'Manila Cathedral', 'Benue' -> 'Benue
    state', or to the NER place entity around it ('Dulles International Airport')."""
    ent = ent_at(doc, cand.start, cand.end)
    if (ent is not None and ent.label_ in PLACE_LABELS and ent.start <= cand.start
            and ent.end >= cand.end and len(ent) > cand.end - cand.start
            and not any(t.text == "," or t.lower_ in ("and", "or") for t in ent)):
        start = ent.start + 1 if ent[0].lower_ == "the" and ent.start < cand.start else ent.start
        old_end = cand.end
        cand.start, cand.end = start, max(cand.end, trim_end(doc, start, ent.end))
        parts.rekey_position(doc, gaz, cand, cues, old_end)
    while cand.end < len(doc) and cand.end - cand.start < MAX_TOKENS:
        nxt = doc[cand.end]
        if nxt.lower_ in cues.place_heads and is_name_word(nxt):
            cand.end += 1
        else:
            break
    cand.end = parts.typed_run_end(doc, cand, cues, MAX_TOKENS)
    cand.end = parts.facility_end(doc, gaz, cand, cues, MAX_TOKENS)
    head = doc[cand.end - 1].lower_
    if cand.feature is None and head in cues.feature_words and cand.end - cand.start > 1:
        cand.feature = cues.feature_words[head]


def trim_end(doc: Doc, start: int, end: int) -> int:
    """End of the proper name: a trailing possessive ("York's") or lower-case common noun
    ("Idlib province", "Heathrow airport") is context, not part of the name (the type word
    still informs resolution through the feature hint)."""
    while end - start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in POSSESSIVES
                               or not is_name_word(doc[end - 1])):
        end -= 1
    return end


def _link_lists(doc: Doc, cands: list[Candidate], cues: PlaceCues) -> None:
    """'the towns of Sinjar and Zumar', 'the Shuqayf and Bustan districts': a hint on the first
    name carries over to the list, and a type word after the last one back over it."""
    pairs = [(prev, cur) for prev, cur in zip(cands, cands[1:])
             if (between := {t.lower_ for t in doc[prev.end:cur.start] if not t.is_space})
             and between <= {"and", ",", "or"}]
    for prev, cur in pairs:
        cur.feature = cur.feature or prev.feature
        cur.cued = cur.cued or prev.cued
        cur.peers.append(prev)
        prev.peers.append(cur)
    for prev, cur in reversed(pairs):
        if cur.feature and frames.type_word_after(doc, cur.end, cues):
            prev.feature = prev.feature or cur.feature
            prev.cued = True


def _link_parents(doc: Doc, cands: list[Candidate]) -> None:
    """'Paris, Texas' / 'Sinjar, Nineveh province': the second name narrows the first."""
    for cur, nxt in zip(cands, cands[1:]):
        if nxt.start == cur.end + 1 and doc[cur.end].text == "," and nxt.rows:
            cur.parent = nxt
            nxt.child = cur


def _ner_only(doc: Doc, gaz: Gazetteer, taken: set[int], cues: PlaceCues) -> list[Candidate]:
    """NER place entities that no gazetteer match covers, the article trimmed: kept (maybe
    unresolved) when something besides the label says place (a place word such as 'Street', a
    preposition of place, or a multi-word LOC/FAC name); a lone unknown 'GPE' is often a person."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        end = trim_end(doc, start, ent.end)
        if not is_name_word(doc[start]):
            continue
        key = normalize(doc[start:end].text)
        rows = gaz.rows(key)
        head = doc[ent.end - 1].lower_
        if head not in cues.place_heads and (after_kin(doc, start, cues) or _named_person(
                doc, Candidate(start, end, key, rows, "ner"))):
            continue
        if rows or head in cues.place_heads or locative_before(doc, start, cues) or frames.framed(
                doc, start, end, cues) or (
                ent.label_ != "GPE" and len(ent) > 1):
            out.append(Candidate(start, end, key, rows, "ner"))
    return out


def _cued_unknowns(doc: Doc, cues: PlaceCues, taken: set[int],
                   kept: list[Candidate]) -> list[Candidate]:
    """'the town of Umm Batna', 'Katarko village', 'captured Jabal al-Sayyid': a capitalised name
    in a place frame is a place even when neither the gazetteer nor NER knows it (resolved later
    by fuzzy match or left near)."""
    out: list[Candidate] = []
    for tok in doc[:-2]:
        if tok.lower_ not in cues.feature_words or doc[tok.i + 1].lower_ not in OF_WORDS:
            continue
        if tok.text[0].isupper() and cues.feature_words[tok.lower_] == "admin1" \
                and not tok.is_sent_start:
            continue  # 'the Department of Civil Aviation' is an office ('State of X' is known)
        start = frames.skip_space(doc, tok.i + 2)
        end = frames.name_run(doc, start, MAX_TOKENS, taken)
        if end > start and not doc[start].is_sent_start:
            feature = cues.feature_words[tok.lower_]
            out.append(Candidate(start, end, normalize(doc[start:end].text), (), "cue",
                                 feature=feature, cued=True))
            taken = taken | set(range(start, end))
    return out + _framed_unknowns(doc, cues, taken, kept)


def _framed_unknowns(doc: Doc, cues: PlaceCues, taken: set[int],
                     kept: list[Candidate]) -> list[Candidate]:
    """Unknown names before a type word ('Garubula village'), names opening with a generic
    word of toponymy ('Kafr Zita') after a preposition of place or in another frame, and names
    listed with a known place ('the villages of Cailaco and Manapa')."""
    out, i = [], 0
    while i < len(doc):
        if i in taken or not is_name_word(doc[i]) or (i > 0 and is_name_word(doc[i - 1])
                                                  and i - 1 not in taken):
            i += 1
            continue
        end = frames.name_run(doc, i, MAX_TOKENS, taken)
        if end <= i:
            i += 1
            continue
        feature = frames.type_word_after(doc, end, cues)
        generic = frames.starts_with_generic(doc, i, end, cues) and (
            locative_before(doc, i, cues) or frames.framed(doc, i, end, cues)
            or frames.generic_in_clause(doc, i, cues))
        cand = Candidate(i, end, normalize(doc[i:end].text), (), "cue", feature=feature,
                         cued=True)
        if (feature or generic or _listed_with_place(doc, cand, kept, cues)) \
                and _unknown_ok(doc, i, end, cues):
            out.append(cand)
        i = end
    return out


def _listed_with_place(doc: Doc, cand: Candidate, kept: list[Candidate], cues: PlaceCues
                       ) -> bool:
    """'Daraa, Sweida and Quneitra', 'the villages of Cailaco and Manapa': a name enumerated
    ('and', 'or', commas) with an accepted place is one too. Enumerations mix kinds ('Hepatitis B,
    HTLV', 'artist Banksy and London'), so a name NER calls a person or organisation needs the
    list typed as places ('the towns of', '... districts'), and so does a name the gazetteer lacks
    unless NER calls it a place and its neighbour is framed as one ('in Oceanside')."""
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
            # comma may instead mean containment: 'Ituri district, Orientale province')
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


def _unknown_ok(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """Not a sentence's capitalised first word, a stop name, a known person or a longer entity."""
    if doc[start].is_sent_start and end - start == 1:
        return False
    key = normalize(doc[start:end].text)
    if key in cues.stop_names or after_kin(doc, start, cues):
        return False
    if end - start == 1 and doc[start].text in person_words(doc):
        return False
    ent = ent_at(doc, start, end)
    return ent is None or ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "NORP") \
        and ent.end <= end + 1


def _headed_names(doc: Doc, cues: PlaceCues, taken: set[int]) -> list[Candidate]:
    """'Dubonet Drive', 'Alder Hey Hospital': a capitalised name ending in a capitalised place
    word is a place even when NER and the gazetteer miss it (resolved near the document's towns);
    so is an institution's name after a preposition of place ('at Colorado State University':
    GeoWebNews 'Coercion')."""
    out = []
    for tok in doc:
        venue = tok.lower_ in cues.venue_heads
        if tok.i in taken or not (venue or tok.lower_ in cues.place_heads) or not is_name_word(tok):
            continue
        start = tok.i
        while (start > 0 and tok.i - start < MAX_TOKENS - 1 and is_name_word(doc[start - 1])
               and start - 1 not in taken and not doc[start].is_sent_start):
            start -= 1
        if doc[start].lower_ in ("the", "a", "an"):
            start += 1  # 'The Royal Hospital': the article is not part of the name
        if start == tok.i or doc[start].ent_type_ in ("DATE", "TIME") or (
                doc[start].ent_type_ == "PERSON" and doc[tok.i].ent_type_ == "PERSON"):
            continue  # 'Tom Hill' is a person; 'Percy French Hotel', 'Russian Embassy' are places
        if venue and tok.lower_ not in cues.place_heads and not locative_before(doc, start, cues):
            continue
        nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if (nxt is not None and doc[tok.i + 1].lower_ in ("for", "of") and is_name_word(nxt)) \
                or tok.lower_ == "market" or (
                start + 1 == tok.i and normalize(doc[start].text) in cues.stop_names) \
                or parts.names_institution(doc, start, tok.i, cues):
            continue  # 'Centre for Disease Control', 'Money Market', 'President Park'
        out.append(Candidate(start, tok.i + 1, normalize(doc[start:tok.i + 1].text), (), "cue",
                             cued=True))
    return out


def _demonym_rows(gaz: Gazetteer, target: str | None) -> tuple[int, ...]:
    """The country (alpha-3) or region ('Africa', 'Kurdistan Region') a demonym points at."""
    if not target:
        return ()
    if len(target) == 3 and target.isupper():
        row = gaz.country_row.get(target)
        return (row,) if row is not None else ()
    rows = [r for r in gaz.lookup(target) if gaz.kind[r] in ("region", "country", "admin1")]
    return tuple(rows[:1])


def _demonyms(doc: Doc, gaz: Gazetteer, norms: list[str], taken: set[int]) -> list[Candidate]:
    """'Iraqi', 'South African': people or state of a country, not a place."""
    table, out, i = demonyms(), [], 0
    while i < len(doc):
        for width in (2, 1):
            key = " ".join(norms[i:i + width])
            if (i + width <= len(doc) and key in table and is_name_word(doc[i])
                    and not any(j in taken for j in range(i, i + width))):
                out.append(Candidate(i, i + width, key, _demonym_rows(gaz, table[key]),
                                     "demonym", kind="demonym"))
                i += width - 1
                break
        i += 1
    return out


def find_candidates(doc: Doc, gaz: Gazetteer, cues: PlaceCues) -> list[Candidate]:
    """Every toponym mention in the document, in text order, with kind and context hints."""
    norms = [normalize(t.text) for t in doc]
    table = demonyms()
    # 'English', 'Jordanian', 'the Somali capital': a demonym is read as one, not as a namesake
    cands = [c for c in gazetteer_matches(doc, gaz, norms)
             if c.key not in table or demonym_names_place(gaz, c.rows, table[c.key])]
    for cand in cands:
        cand.feature = _feature_hint(doc, cand, cues) or frames.type_word_before(
            doc, cand.start, cues)
        cand.cued = locative_before(doc, cand.start, cues) or frames.framed(
            doc, cand.start, cand.end, cues)
    _link_lists(doc, cands, cues)
    kept, pending, dropped = [], [], []
    for cand in cands:
        verdict = _accept_gaz(doc, gaz, cand, cues)
        (kept if verdict else pending if verdict is None else dropped).append(cand)
    kept += [c for c in dropped if _listed_with_place(doc, c, kept, cues)]
    countries = {gaz.country[r] for c in kept for r in c.rows[:1]}
    kept += [c for c in pending if _in_countries(gaz, c, countries)]
    for cand in kept:
        _extend(doc, gaz, cand, cues)
    kept = _drop_overlaps(kept)
    taken = {i for c in kept for i in range(c.start, c.end)}
    kept += _ner_only(doc, gaz, taken, cues)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _cued_unknowns(doc, cues, taken, kept)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    # a list's members found by their neighbours: 'attacked Shaffa and Shindiffu villages'
    kept += [c for c in dropped if not taken.intersection(range(c.start, c.end))
             and _listed_with_place(doc, c, kept, cues)]
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _framed_unknowns(doc, cues, taken, kept)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _headed_names(doc, cues, taken)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _demonyms(doc, gaz, norms, taken)
    kept.sort(key=lambda c: c.start)
    for cand in kept:
        if cand.kind == "demonym":
            cand.kind = demonym_kind(doc[cand.start:cand.end], cues)
        else:
            cand.feature = cand.feature or _feature_hint(doc, cand, cues)
            cand.near = _near_hint(doc, cand, cues)
            dateline = is_dateline(doc, cand)
            if dateline and cand.feature is None and any(gaz.kind[r] == "city" for r in cand.rows):
                cand.feature = "city"  # 'WASHINGTON (AP)': a story is filed from a town
            literal = dateline or in_dateline(doc, cand)
            cand.kind = "literal" if literal else classify_kind(doc[cand.start:cand.end], cues)
            parts.mark_parts(doc, cand, cues)
    _link_parents(doc, kept)
    return kept


def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """After growing, two names may cover the same tokens: keep the earlier, longer one."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and cand.start < out[-1].end:
            continue
        out.append(cand)
    return out


def _in_countries(gaz: Gazetteer, cand: Candidate, countries: set[str]) -> bool:
    return any(gaz.country[r] in countries and gaz.population[r] >= 2000 for r in cand.rows)
