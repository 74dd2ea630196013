"""Toponym recognition: gazetteer matching on capitalised token runs, checked against NER labels and context cues.

spaCy's small model alone mislabels conflict toponyms (Sinjar as ORG, Nineveh as PERSON), so
names are found by longest-match lookups of normalised token runs in the gazetteer index, kept
when NER agrees or the context says "place" ("the town of", "province", "in"), and dropped when
they are common words or sit inside a longer person or organisation name. NER place entities
the gazetteer lacks (streets, buildings) are kept too, unresolved. Demonyms and metonymic uses
("Baghdad said") are labelled so later stages can keep them apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import normalize, strip_article
from dateline.resolve.place_cues import PlaceCues, demonyms

MAX_TOKENS = 6
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP"})
JOINERS = frozenset({"-", "'", ".", "’", "&", ","})
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
    cued: bool = False


def _is_cap(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def _span_ok(doc: Doc, start: int, end: int) -> bool:
    """A name is capitalised at both ends and crosses no sentence or clause punctuation."""
    if not (_is_cap(doc[start]) and _is_cap(doc[end - 1])):
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
        if not _is_cap(doc[i]):
            i += 1
            continue
        for end in range(min(n, i + MAX_TOKENS), i, -1):
            if not _span_ok(doc, i, end):
                continue
            key = " ".join(x for x in norms[i:end] if x)
            rows = gaz.rows(key) or gaz.rows(strip_article(key))
            if rows:
                out.append(Candidate(i, end, key, rows, "gaz"))
                i = end - 1
                break
        i += 1
    return out


def _ent_at(doc: Doc, start: int, end: int) -> Span | None:
    for ent in doc.ents:
        if ent.start <= start < ent.end or start <= ent.start < end:
            return ent
    return None


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
    ent = _ent_at(doc, cand.start, cand.end)
    ner_place = ent is not None and ent.label_ in PLACE_LABELS
    longer = ent is not None and (ent.start < cand.start or ent.end > cand.end)
    if ent is not None and ent.label_ in BLOCKING_LABELS and longer:
        return False
    strong = cand.feature is not None
    if cand.key in cues.stop_names and not (strong or (ner_place and not longer)):
        return False
    kinds = {gaz.kind[r] for r in cand.rows}
    pop = max(gaz.population[r] for r in cand.rows)
    if doc[cand.start].text.isupper() and len(doc[cand.start:cand.end].text) <= 3:
        return "country" in kinds
    if ner_place or strong:
        return True
    person = ent is not None and ent.label_ == "PERSON"
    prev = doc[cand.start - 1].lower_ if cand.start else ""
    weak = prev in cues.locative_preps
    major = bool(kinds & {"country", "admin1", "region", "landmark"}) or pop >= BIG_POPULATION
    if major and (not person or weak):
        return True
    if weak and pop >= CUED_POPULATION and not person:
        return True
    return None


def _link_lists(doc: Doc, cands: list[Candidate]) -> None:
    """'the towns of Sinjar and Zumar': a hint on the first name carries over to the list."""
    for prev, cur in zip(cands, cands[1:]):
        between = {t.lower_ for t in doc[prev.end:cur.start]}
        if between and between <= {"and", ",", "or"}:
            cur.feature = cur.feature or prev.feature
            cur.cued = cur.cued or prev.cued


def _link_parents(doc: Doc, cands: list[Candidate]) -> None:
    """'Paris, Texas' / 'Sinjar, Nineveh province': the second name narrows the first."""
    for cur, nxt in zip(cands, cands[1:]):
        if nxt.start == cur.end + 1 and doc[cur.end].text == "," and nxt.rows:
            cur.parent = nxt


def _ner_only(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Candidate]:
    """NER place entities that no gazetteer match covers: kept (maybe unresolved), the article trimmed."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        if not _is_cap(doc[start]):
            continue
        key = normalize(doc[start:ent.end].text)
        out.append(Candidate(start, ent.end, key, gaz.rows(key), "ner"))
    return out


def _demonyms(doc: Doc, gaz: Gazetteer, norms: list[str], taken: set[int]) -> list[Candidate]:
    """'Iraqi', 'South African': people or state of a country, not a place."""
    table, out, i = demonyms(), [], 0
    while i < len(doc):
        for width in (2, 1):
            key = " ".join(norms[i:i + width])
            if (i + width <= len(doc) and key in table and _is_cap(doc[i])
                    and not any(j in taken for j in range(i, i + width))):
                country = table[key]
                row = gaz.country_row.get(country) if country else None
                out.append(Candidate(i, i + width, key, (row,) if row is not None else (),
                                     "demonym", kind="demonym"))
                i += width - 1
                break
        i += 1
    return out


def find_candidates(doc: Doc, gaz: Gazetteer, cues: PlaceCues) -> list[Candidate]:
    """Every toponym mention in the document, in text order, with kind and context hints."""
    norms = [normalize(t.text) for t in doc]
    cands = gazetteer_matches(doc, gaz, norms)
    for cand in cands:
        cand.feature = _feature_hint(doc, cand, cues)
    _link_lists(doc, cands)
    kept, pending = [], []
    for cand in cands:
        verdict = _accept_gaz(doc, gaz, cand, cues)
        (kept if verdict else pending if verdict is None else []).append(cand)
    countries = {gaz.country[r] for c in kept for r in c.rows[:1]}
    kept += [c for c in pending if _in_countries(gaz, c, countries)]
    taken = {i for c in kept for i in range(c.start, c.end)}
    kept += _ner_only(doc, gaz, taken)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _demonyms(doc, gaz, norms, taken)
    kept.sort(key=lambda c: c.start)
    for cand in kept:
        if cand.kind != "demonym":
            cand.feature = cand.feature or _feature_hint(doc, cand, cues)
            cand.near = _near_hint(doc, cand, cues)
            cand.kind = classify_kind(doc[cand.start:cand.end], cues)
    _link_parents(doc, kept)
    return kept


def _in_countries(gaz: Gazetteer, cand: Candidate, countries: set[str]) -> bool:
    return any(gaz.country[r] in countries and gaz.population[r] >= 2000 for r in cand.rows)


def classify_kind(span: Span, cues: PlaceCues) -> str:
    """'metonymic' when the place stands for its government ("Baghdad said", "Moscow's decision")."""
    root = span.root
    head = root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in cues.metonymy_verbs:
        return "metonymic"
    if root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in cues.metonymy_nouns:
        return "metonymic"
    return "literal"
