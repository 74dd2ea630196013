"""Toponym recognition: gazetteer matching on capitalised token runs, checked against NER labels and context cues.

spaCy's small model alone mislabels conflict toponyms (Sinjar as ORG, Nineveh as PERSON), so
names are found by longest-match lookups of normalised token runs in the gazetteer index, kept
when NER agrees or the context says "place" ("the town of", "province", "in"), and dropped when
they are common words or sit inside a longer person or organisation name. NER place entities
the gazetteer lacks (streets, buildings, venues after "at") are kept too, unresolved; names of
the document's people ('his wife, Julia', 'Villanueva' after 'Ana Villanueva') are not.
Demonyms and associative uses ("Baghdad said", "the UK government") are labelled by
`toponym_kinds` so later stages can keep them apart.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from dateline.resolve.actor_evidence import actor_countries
from dateline.resolve.editor_tags import tag_name
from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.names import normalize, strip_article
from dateline.resolve.nesting import words
from dateline.resolve.place_cues import PlaceCues, demonyms, place_cues
from dateline.resolve import toponym_frames as frames
from dateline.resolve import toponym_parts as parts
from dateline.resolve.toponym_frames import (after_age, after_kin, ent_at, in_dateline, is_dateline,
                                             is_name_word, locative_before, person_words)
from dateline.resolve.toponym_candidate import Candidate
from dateline.resolve.toponym_kinds import (classify_kind, demonym_kind, demonym_names_place,
                                             natural_feature)
from dateline.resolve.toponym_unknowns import (MAX_TOKENS, PLACE_LABELS,
                                               cued_unknowns, framed_unknowns, headed_names,
                                               listed_with_place, named_person, ner_only,
                                               trim_end)
from dateline.resolve.toponym_parts import POSSESSIVES

__all__ = ["Candidate", "find_candidates", "trim_end"]

BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP",
                             "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL",
                             "ORDINAL", "LANGUAGE"})
NON_NAMES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
                       "LANGUAGE"})
JOINERS = frozenset({"-", "'", ".", "’", "&", ","})
BIG_POPULATION = 100_000
CUED_POPULATION = 1_000
TAKEN_POPULATION = 5_000  # a town this size besieged or shelled is no person's name that happens to match


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
    return _title_hint(doc, cand, cues.title_features or {})


def _title_hint(doc: Doc, cand: Candidate, titles: dict[str, str]) -> str | None:
    """'New York Governor Andrew Cuomo', 'Texas's governor', 'the mayor of London': the office
    says which of a state and its namesake town is meant."""
    s, e = cand.start, cand.end
    owner = e < len(doc) and doc[e].lower_ in ("'s", "’s")
    if s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in titles and not owner:
        return titles[doc[s - 2].lower_]  # not 'the governor of Mexico's central bank'
    e += owner
    if e < len(doc) and doc[e].lower_ in titles:
        return titles[doc[e].lower_]
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
    if longer and _typed_name(doc, gaz, cand, ent, cues):
        cand.end, longer = ent.end, False  # the type word is part of the name
    if _names_origin(doc, cand):
        return True  # 'the Britain-based Syrian Observatory', 'Kent-born'
    whole_end = max(cand.end, ent.end) if ent is not None else cand.end  # the name the tagger saw
    if whole_end == cand.end and frames.residence(doc, cand.start, cand.end) \
            and cand.key not in cues.stop_names:
        return True  # 'Ann Webb, of Luton, said': where she lives
    if after_kin(doc, cand.start, cues) or after_age(doc, cand.start, whole_end):
        return False
    if ent is not None and ent.label_ in BLOCKING_LABELS and longer and not _owner(doc, cand):
        return False
    strong = cand.feature is not None
    if cand.key in cues.stop_names and not (strong or (ner_place and not longer)):
        return False
    if cand.key in cues.generic_names:
        # 'the Capital city', 'Northern department': a province of that name only in a story
        # that names its country, whatever the type word
        return None
    kinds = {gaz.kind[r] for r in cand.rows}
    pop = max(gaz.population[r] for r in cand.rows)
    if doc[cand.start:cand.end].text.isupper() and len(cand.key) > 1:
        return cand.key in cues.acronyms or (ner_place and len(cand.key) > 3)
    major = bool(kinds & {"country", "admin1", "region", "landmark"}) or pop >= BIG_POPULATION
    if not (strong or major) and named_person(doc, cand):
        return False  # 'Villanueva' after 'Ana Villanueva': the person again, not a town
    if ner_place or strong:
        return True
    if cand.cued and major and not longer and doc[cand.start:cand.end].text not in person_words(doc):
        return True  # 'erupted in Hodeidah': a well-known place after "in", whatever the tagger says
    if cand.end - cand.start == 1 and doc[cand.start].pos_ not in ("PROPN", ""):
        return False  # 'Free', 'Winner': a capitalised common word, not a name
    if cand.end - cand.start == 1 and not cand.cued and doc[cand.start].text in person_words(doc):
        return False  # 'Austin' after 'Steve Austin': the person again, not a town
    misread = ent is not None and (ent.label_ == "PERSON" or ent.label_ in NON_NAMES)
    if misread and not longer and pop >= TAKEN_POPULATION and _territory_patient(doc, cand) \
            and doc[cand.start:cand.end].text not in person_words(doc):
        return True  # 'Kilinochchi was overrun', 'rebels shelled Kut': the tagger took a town for a person
    if misread and ent.label_ == "PERSON" and kinds & {"country", "admin1"} and not longer \
            and "." not in doc[cand.start:cand.end].text \
            and doc[cand.start:cand.end].text not in person_words(doc):
        # "Azerbaijan's supreme court", 'Homa Bay and Migori': no one's name, whatever the
        # tagger says (an abbreviation such as 'P.A.' is a firm's suffix, not Pennsylvania)
        return True
    if misread and kinds & {"admin1", "admin2"} and not longer and _address_tail(doc, cand):
        return True  # 'Oulton Park, Cheshire.': the county closing an address
    if misread and ent.label_ == "PERSON" and not major and not longer \
            and cand.end < len(doc) and doc[cand.end].lower_ in POSSESSIVES:
        return False  # 'a rising figure in Merkel's party': the tagger's person owns it, no village
    if cand.cued and (pop >= CUED_POPULATION or major):
        return True
    if major and not misread:
        return True
    # undecided: only a name NER left alone and not merely capitalised by the sentence start
    return None if ent is None and not doc[cand.start].is_sent_start else False


def _address_tail(doc: Doc, cand: Candidate) -> bool:
    """'... at Oulton Park, Cheshire.': a name closing its clause right after a comma and another
    capitalised name is the wider unit of an address, not a second person or firm."""
    s, e = cand.start, cand.end
    closes = e >= len(doc) or doc[e].text in (".", ";", ")") or doc[e].is_space
    return closes and s >= 2 and doc[s - 1].text == "," and is_name_word(doc[s - 2]) \
        and doc[s - 2].ent_type_ != "PERSON" and doc[s:e].text not in person_words(doc)


def _typed_name(doc: Doc, gaz: Gazetteer, cand: Candidate, ent: Span, cues: PlaceCues) -> bool:
    """'Rakhine State', 'Kirkuk Province': an entity that adds only a capitalised type word
    (part of the proper name) agreeing with the name's gazetteer kind is that place, whatever
    label the tagger gives it (it reads a capitalised 'State' after a name as a person's or a
    party's name). Not in the United States,
    where 'Michigan State' and 'Ohio State' are universities and their teams (the states written
    so, 'Washington State', are aliases in the gazetteer)."""
    if ent.start != cand.start or ent.end != cand.end + 1:
        return False
    word = doc[cand.end]
    kind = cues.feature_words.get(word.lower_)
    return kind is not None and word.text[:1].isupper() and kind != "city" and any(
        gaz.kind[r] == kind and gaz.country[r] != "USA" for r in cand.rows)


def _territory_patient(doc: Doc, cand: Candidate) -> bool:
    """'Kilinochchi was overrun', 'shelled Kut': the object of a verb of attacking or taking ground
    (data/event_location.yaml territory_verbs) is most often a place; 'capture' is left out, as
    people are captured as often as towns ('captured Lincoln' on camera, 'captured Ortega')."""
    root = doc[cand.start:cand.end].root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in words("territory_verbs")


def _names_origin(doc: Doc, cand: Candidate) -> bool:
    """'Britain-based', 'Kent-born': a place name compounded with a word of origin."""
    after = [t.lower_ for t in doc[cand.end:cand.end + 2]]
    return after[:1] == ["-"] and after[1:] in (["based"], ["born"], ["headquartered"])


def _owner(doc: Doc, cand: Candidate) -> bool:
    """'Belfast's Mater Hospital': a possessive place name before a longer entity owns it
    rather than being part of its name."""
    before = doc[cand.start - 1].lower_ if cand.start > 0 else ""
    return cand.end < len(doc) and doc[cand.end].lower_ in POSSESSIVES and before != "the"


def _extend(doc: Doc, gaz: Gazetteer, cand: Candidate, cues: PlaceCues) -> None:
    """Grow a name to the whole place phrase: 'Cebu' -> 'Cebu Cathedral', 'Kogi' -> 'Kogi
    state', or to the NER place entity around it ('Dulles International Airport')."""
    ent = ent_at(doc, cand.start, cand.end)
    if (ent is not None and ent.label_ in PLACE_LABELS and ent.start <= cand.start
            and ent.end >= cand.end and len(ent) > cand.end - cand.start
            and not any(t.text == "," or t.lower_ in ("and", "or") for t in ent)
            and not _two_places(doc, gaz, cand, ent.start, ent.end, cues)):
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


def _two_places(doc: Doc, gaz: Gazetteer, cand: Candidate, start: int, end: int,
                cues: PlaceCues) -> bool:
    """'Malta, Ireland Croatia or Spain', 'Asia-Pacific nations': an entity that adds a country,
    province or region of its own to the name is two places run together (a lost comma, a
    hyphenated pair), not one longer name (the gazetteer would have matched a whole one). A
    lone word of position ('South Maple Avenue') is part of the name, whatever province it
    also names somewhere ('Northern Syria' stays two: only a street's or building's name)."""
    facility = doc[end - 1].lower_ in cues.facility_heads
    for lo, hi in ((start, cand.start), (cand.end, end)):
        text = doc[lo:hi].text.strip("-–— ") if hi > lo else ""
        if facility and hi - lo == 1 and text.lower() in cues.position_words:
            continue
        rows = gaz.rows(normalize(text)) if text else ()
        if any(gaz.kind[r] in ("country", "admin1", "region") for r in rows):
            return True
    return False


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
    """'Paris, Texas' / 'Sinjar, Nineveh province': the second name narrows the first, and is
    used as literally as it ('in Eugene, Oregon offers advice': the parser makes the state
    the subject, but it only says where Eugene is)."""
    for cur, nxt in zip(cands, cands[1:]):
        if (nxt.start == cur.end + 1 and doc[cur.end].text == "," or _unit_of(doc, cur, nxt)) \
                and nxt.rows:
            cur.parent = nxt
            nxt.child = cur
            if cur.kind == "literal" and nxt.kind == "metonymic":
                nxt.kind = "literal"
            elif cur.kind == "metonymic" and _names_origin(doc, nxt):
                cur.kind = "literal"  # 'a Dayton, Ohio-based firm': the whole address is the base


def _merge_positions(doc: Doc, cands: list[Candidate], cues: PlaceCues) -> list[Candidate]:
    """'the province of Eastern Kasai', 'Southern Oslo': a position word the tagger reads
    as part of the next place's name is a part of that place, not Sri Lanka's or Zambia's
    Western Province (names such as 'Western Australia' are whole gazetteer names already).
    Only where the two make the whole entity: 'Eastern Damascus Ghouta' is the Eastern Ghouta."""
    dropped: set[int] = set()
    for cur, nxt in zip(cands, cands[1:]):
        ent = ent_at(doc, cur.start, cur.end)
        if cur.key in cues.position_words and nxt.start == cur.end and id(cur) not in dropped \
                and ent is not None and ent.label_ in PLACE_LABELS \
                and ent.start <= cur.start and ent.end == nxt.end:
            nxt.start = cur.start
            dropped.add(id(cur))
    return [c for c in cands if id(c) not in dropped]


def _unit_of(doc: Doc, cur: Candidate, nxt: Candidate) -> bool:
    """'the Napa Valley region of California', 'the Jezzine district of Lebanon': a type
    word and 'of' between two names make the second the first's parent, as a comma does."""
    between = [t.lower_ for t in doc[cur.end:nxt.start]]
    cues = place_cues()
    return 2 <= len(between) <= 3 and between[-1] == "of" and all(
        w in cues.feature_words or w in cues.area_words for w in between[:-1])


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


def find_candidates(doc: Doc, gaz: Gazetteer, cues: PlaceCues,
                    actors: Counter | None = None) -> list[Candidate]:
    """Every toponym mention in the document, in text order, with kind and context hints;
    `actors` is the document's `actor_countries` when the caller has read them already."""
    norms = [normalize(t.text) for t in doc]
    table = demonyms()
    # 'English', 'Jordanian', 'the Somali capital': a demonym is read as one, not as a namesake
    cands = [c for c in gazetteer_matches(doc, gaz, norms)
             if c.key not in table or demonym_names_place(gaz, c.rows, table[c.key])]
    cands = _merge_positions(doc, cands, cues)
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
    kept += [c for c in dropped if listed_with_place(doc, c, kept, cues)]
    countries = {gaz.country[r] for c in kept for r in c.rows[:1]} | set(actor_countries(doc, gaz) if actors is None else actors)
    kept += [c for c in pending if _in_countries(gaz, c, countries)]
    for cand in kept:
        _extend(doc, gaz, cand, cues)
    kept = _drop_overlaps(kept)
    taken = {i for c in kept for i in range(c.start, c.end)}
    kept += ner_only(doc, gaz, taken, cues)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += cued_unknowns(doc, cues, taken, kept)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    # a list's members found by their neighbours: 'attacked Shaffa and Shindiffu villages'
    kept += [c for c in dropped if not taken.intersection(range(c.start, c.end))
             and listed_with_place(doc, c, kept, cues)]
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += framed_unknowns(doc, cues, taken, kept)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += headed_names(doc, cues, taken)
    taken |= {i for c in kept for i in range(c.start, c.end)}
    kept += _demonyms(doc, gaz, norms, taken)
    # '"Their towns are now controlled by IS"': a pronoun capitalised by the sentence is no name
    # (an upper-case 'US' is kept: the tagger sometimes reads the country as the pronoun)
    kept = [c for c in kept if not (c.end - c.start == 1 and doc[c.start].pos_ == "PRON"
                                    and not doc[c.start].is_upper)]
    kept = [c for c in kept if not tag_name(doc, gaz, c)]  # '[Ernesto Rivas] [Text]': a byline
    kept = [c for c in kept if not (c.end < len(doc) and doc[c.end].lower_ in cues.disease_words)]
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
            if cand.kind == "metonymic" and (frames.of_located_noun(doc, cand.start, cues)
                                             or natural_feature(gaz, cand.rows, cues)):
                cand.kind = "literal"  # 'the streets of Ghent' (misattached), 'Atlantic storms'
            parts.mark_parts(doc, cand, cues)
    # a list member dropped or swallowed by a longer name ('Park' of 'Tatton Park, Cheshire')
    # is no neighbour: it would make the address a list
    members = {id(c) for c in kept}
    for cand in kept:
        cand.peers = [p for p in cand.peers if id(p) in members]
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
