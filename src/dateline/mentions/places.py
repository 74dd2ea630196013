"""Toponym mentions: place names found by gazetteer matching and NER, resolved to coordinates.

Recognition lives in `resolve/toponyms.py`, ranking in `resolve/geocode.py`; this component runs
them in two passes (first guesses fix the document's countries, then every name is re-ranked for
coherence with them), fills `doc.spans["places"]` and sets `doc._.focus_country`.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.records import Place
from dateline.resolve import anchors, containers, geocode
from dateline.resolve.actor_evidence import actor_countries
from dateline.resolve.gazetteer import Gazetteer, load_gazetteer, names_by_country
from dateline.resolve.names import index_keys, normalize, strip_article
from dateline.resolve.place_cues import place_cues
from dateline.resolve.toponym_candidate import containment
from dateline.resolve.toponyms import Candidate, find_candidates
from dateline.resolve.transliteration import known_town_rows, skeleton_rows

FUZZY_CUTOFF = 88
UNRESOLVED_SCORE = 0.2
CONTAINED_SCORE = 0.5  # placed at the larger place the text puts it in
DEMONYM_VOTE = 0.5  # 'Colombian troops' tips a Colombian story named with Venezuela


class PlaceTagger:
    """Fill `doc.spans["places"]` with spans carrying `_.place`, `_.toponym_kind`, `_.place_score`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        gaz, cues = load_gazetteer(), place_cues()
        actors = actor_countries(doc, gaz)  # read once: recognition and resolution both weigh them
        cands = find_candidates(doc, gaz, cues, actors)
        results, ctx = resolve_candidates(doc, gaz, cands, actors)
        spans = []
        for cand, (place, score) in zip(cands, results):
            span = Span(doc, cand.start, cand.end, label="PLACE")
            span._.place = place
            span._.toponym_kind = cand.kind
            span._.place_score = score
            spans.append(span)
        doc.spans["places"] = spans
        doc._.focus_country = focus_country(cands, [p for p, _ in results], ctx.focus)
        relabel_entities(doc, spans)
        return doc


PLACE_LABELS = {"country": "GPE", "admin1": "GPE"}
RELABEL_MIN_SCORE = 0.9


def relabel_entities(doc: Doc, spans: list[Span]) -> None:
    """Make the NER agree with confident literal toponyms ("Sinjar" is a town, not an ORG).

    The small model tags many unfamiliar place names as ORG or PERSON; later stages (actors)
    read `doc.ents`, so a place resolved with high confidence takes a GPE label when it has no
    entity or an entity with exactly its boundaries. Entities from the project's lexicons
    (they carry an `ent_id`) and partial overlaps are left alone.
    """
    ents = list(doc.ents)
    by_bounds = {(e.start, e.end): i for i, e in enumerate(ents)}
    taken = {t for e in ents for t in range(e.start, e.end)}
    changed = False
    for span in spans:
        if span._.toponym_kind != "literal" or span._.place is None or span._.place_score < RELABEL_MIN_SCORE:
            continue
        label = PLACE_LABELS.get(span._.place.precision, "GPE")
        i = by_bounds.get((span.start, span.end))
        if i is not None:
            if ents[i].label_ not in ("GPE", "LOC", "FAC") and not ents[i].ent_id_:
                ents[i] = Span(doc, span.start, span.end, label=label)
                changed = True
        elif not taken.intersection(range(span.start, span.end)):
            ents.append(Span(doc, span.start, span.end, label=label))
            taken.update(range(span.start, span.end))
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def focus_country(cands: list[Candidate], places: list[Place | None], ranked_focus: str | None
                  ) -> str | None:
    """The country the article is about, from where its places were finally put (after the
    containers: 'Boni in the Mopti region' votes for Mali, not for Bonn's Germany). Demonyms say
    who more than where ('Russian airstrikes' on a Syrian village): they only tip a balance
    among the named places, and decide alone only when the text names no place at all."""
    counts: Counter = Counter()
    nationals: Counter = Counter()
    unplaced = False
    for cand, place in zip(cands, places):
        if place is None or not place.country:
            unplaced = unplaced or (place is None and cand.source != "demonym")
        elif cand.source == "demonym":
            nationals[place.country] += DEMONYM_VOTE
        else:
            counts[place.country] += 1.0
    if not counts:
        return None if unplaced else ranked_focus
    return (counts + nationals).most_common(1)[0][0]


def _first_sentence_end(doc: Doc) -> int:
    for sent in doc.sents:
        return sent.end
    return 0


def resolve_candidates(
    doc: Doc, gaz: Gazetteer, cands: list[Candidate], actors: Counter | None = None
) -> tuple[list[tuple[Place | None, float]], geocode.DocContext]:
    """Place and confidence for each candidate, in two passes for document coherence; the
    countries of the named actors count too ('Jabhat al-Nusra' says Syria as 'Syrian' does)."""
    actors = actor_countries(doc, gaz) if actors is None else actors
    for cand in cands:
        if not cand.rows and cand.source != "demonym":
            # a name a frame found ('in Khan Touman') that the gazetteer holds after all, and
            # 'Al-Raqqah' for Ar Raqqah (the article is written, assimilated or dropped at will):
            # looked up before the context is read, so that they count for their country
            cand.rows = gaz.rows(cand.key) or (
                gaz.rows(strip_article(cand.key)) if _arabic_article(cand.key) else ())
    ctx = geocode.document_context(gaz, cands, _first_sentence_end(doc), actors)
    first = [geocode.rank(gaz, c, ctx) for c in cands]
    ctx = geocode.refine_context(gaz, [(c, s) for c, s in zip(cands, first) if s], actors)
    boxes = containers.find_containers(doc, gaz, cands, ctx)
    ranked = []
    for cand in cands:
        if not cand.rows and cand.source != "demonym":
            cand.rows = _inner_rows(doc, gaz, cand, ctx)
            cand.near = cand.near or bool(cand.rows)  # only approximately there
        if id(cand) in boxes:  # 'Boni in the Mopti region': no namesake outside Mopti
            cand.rows = containers.keep_inside(gaz, cand, boxes[id(cand)], ctx)
        ranked.append(geocode.rank(gaz, cand, ctx))
    return _placements(doc, gaz, cands, ranked, boxes, ctx), ctx


def _placements(doc: Doc, gaz: Gazetteer, cands: list[Candidate],
                ranked: list[list[tuple[int, float]]], boxes: dict[int, containers.Container],
                ctx: geocode.DocContext) -> list[tuple[Place | None, float]]:
    """Each candidate's place: its best reading, else its container, else near the places the
    text puts it among (`anchors`)."""
    points = [(cand.start, geocode.to_place(gaz, scored[0][0]))
              for cand, scored in zip(cands, ranked)
              if scored and cand.kind in ("literal", "metonymic") and not cand.facility
              and gaz.kind[scored[0][0]] in ("city", "landmark", "admin2")]
    # a story naming a province but no town: its unknown villages lie in that province
    provinces = [(cand.start, geocode.to_place(gaz, scored[0][0]))
                 for cand, scored in zip(cands, ranked)
                 if scored and cand.kind == "literal" and gaz.kind[scored[0][0]] == "admin1"]
    unit_of, units = _units(gaz, cands, ranked)
    results: list[tuple[Place | None, float]] = []
    for cand, scored in zip(cands, ranked):
        name = doc[cand.start:cand.end].text
        if scored:
            place = geocode.to_place(gaz, scored[0][0], near=cand.near)
            results.append((place, geocode.confidence(scored)))
        elif cand.source == "demonym":
            results.append((None, 0.0))
        elif id(cand) in boxes:
            place = containers.fallback(gaz, name, boxes[id(cand)], geocode.to_place)
            results.append((place, CONTAINED_SCORE))
        elif cand.sibling:
            # 'the villages of Kafr Nabl and Hass': a name listed with settlements is their
            # sibling, not a point inside the nearest town: only a named province holds it
            results.append((anchors.near_anchor(name, cand.start, provinces, ctx.focus),
                            UNRESOLVED_SCORE))
        else:
            located = anchors.located_in(doc, cand.end, points)
            # 'Tatton Park, Cheshire': the address's province; else its sentence's unit
            parent = containment(cand)[0]
            within = unit_of[id(parent)][1] if parent is not None and id(parent) in unit_of \
                else anchors.sentence_unit(doc, cand.start, units)
            results.append((anchors.near_anchor(name, cand.start, points or provinces,
                                                ctx.focus, located, within), UNRESOLVED_SCORE))
    return results


def _units(gaz: Gazetteer, cands: list[Candidate], ranked: list[list[tuple[int, float]]]
           ) -> tuple[dict[int, tuple[int, Place]], list[tuple[int, Place]]]:
    """The countries, provinces and regions the text names literally, by candidate, and those
    that frame a sentence: a region of a sentence ('the East Ghouta region') is too loose a
    frame for its villages, but a region an address names ('Tatton Park, Cheshire') holds it."""
    unit_of = {id(cand): (cand.start, geocode.to_place(gaz, scored[0][0]))
               for cand, scored in zip(cands, ranked)
               if scored and cand.kind == "literal" and cand.source != "demonym"
               and gaz.kind[scored[0][0]] in ("admin1", "country", "region")
               and gaz.country[scored[0][0]]}
    units = sorted((unit for unit in unit_of.values() if unit[1].name == unit[1].admin1
                    or unit[1].precision == "country"), key=lambda unit: unit[0])
    return unit_of, units


def _arabic_article(key: str) -> bool:
    """Whether a name opens with an article other than English 'the' ('al raqqah', 'el fasher')."""
    return strip_article(key) != key and not key.startswith("the ")


def _inner_rows(doc: Doc, gaz: Gazetteer, cand: Candidate, ctx: geocode.DocContext
                ) -> tuple[int, ...]:
    """An unknown name: a close spelling in the document's countries, else a known place inside
    it ('Leeds General Infirmary' -> Leeds) when that place lies in the document's countries."""
    countries = tuple(c for c, _ in ctx.countries.most_common(4))
    rows = tuple(r for r in gaz.rows(cand.key) if gaz.country[r] in countries) \
        or fuzzy_country(gaz, cand.key) \
        or fuzzy_rows(gaz, cand.key, countries) \
        or skeleton_rows(gaz, cand.key, countries) \
        or known_town_rows(gaz, cand.key)  # 'Menbej' is a spelling of Manbij
    if rows:
        return rows
    span, cues = doc[cand.start:cand.end], place_cues()
    if len(span) > 1 and span[-1].lower_ in cues.street_heads:
        return ()  # 'Victoria Street' is not in Victoria: placed near the document's towns instead
    for width in range(len(span) - 1, 0, -1):
        for i in range(len(span) - width + 1):
            key = normalize(span[i:i + width].text)
            if key in cues.stop_names or key in cues.place_heads or key in cues.feature_words:
                continue
            inner = [r for r in gaz.rows(key) if gaz.country[r] in ctx.countries
                     and gaz.kind[r] != "country"]
            if inner:
                return tuple(inner)
    return ()


def fuzzy_rows(gaz: Gazetteer, key: str, countries: tuple[str, ...]) -> tuple[int, ...]:
    """Close spellings, searched only among the document's countries (never all 235k names)."""
    if len(key) < 5 or not countries:
        return ()
    rows: list[int] = []
    for country in countries[:4]:
        names, row_of = _country_names(country)
        for _, score, idx in process.extract(key, names, scorer=fuzz.ratio,
                                             score_cutoff=FUZZY_CUTOFF, limit=3):
            rows.append(row_of[idx])
    return tuple(rows)


COUNTRY_CUTOFF = 90


def fuzzy_country(gaz: Gazetteer, key: str) -> tuple[int, ...]:
    """A misspelt country ('Mauritious', 'Phillipines'): the ~250 country names are few and
    long enough to search everywhere, and a country is a likelier reading than a small town of
    the document's countries whose name happens to be close."""
    if len(key) < 6:
        return ()
    names, rows = _country_keys()
    hit = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=COUNTRY_CUTOFF)
    return (rows[hit[2]],) if hit else ()


@functools.lru_cache(maxsize=1)
def _country_keys() -> tuple[list[str], list[int]]:
    gaz = load_gazetteer()
    names, rows = [], []
    for key, hit in gaz.index.items():
        for row in ((hit,) if isinstance(hit, int) else hit):
            if gaz.kind[row] == "country":
                names.append(key)
                rows.append(row)
    return names, rows


def _country_names(country: str) -> tuple[list[str], list[int]]:
    return names_by_country().get(country, ([], []))


def resolve_spans(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Place | None]:
    """Resolve given character spans (e.g. gold toponyms) with the document's own places as context.

    Used by evaluation to score resolution apart from recognition.
    """
    gaz, cues = load_gazetteer(), place_cues()
    actors = actor_countries(doc, gaz)
    own = find_candidates(doc, gaz, cues, actors)
    given: list[Candidate] = []
    for start_char, end_char in spans:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            given.append(Candidate(0, 0, "", (), "ner"))
            continue
        match = next((c for c in own if c.start == span.start and c.end == span.end), None)
        if match is not None:
            given.append(match)
            continue
        key = normalize(span.text)
        rows = gaz.rows(key) or gaz.rows(strip_article(key)) or _stem_rows(gaz, span.text)
        given.append(Candidate(span.start, span.end, key, rows, "ner"))
    extra = [c for c in own if all(c is not g for g in given)]
    results, _ = resolve_candidates(doc, gaz, given + extra, actors)
    return [place for place, _ in results[: len(given)]]


def _stem_rows(gaz: Gazetteer, text: str) -> tuple[int, ...]:
    """'Nineveh province' -> rows of 'nineveh': the type word is not part of the name."""
    for key in index_keys(text):
        rows = gaz.rows(key)
        if rows:
            return rows
    return ()
