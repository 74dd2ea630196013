"""Place frames: context that makes a capitalised name a place even when NER calls it a person.

Conflict reporting names villages, districts and hills the small model has never seen ("Katarko
village", "captured Jaffna", "the villages of Cailaco and Manapa", "Jabal al-Sayyid"); its NER
then labels them PERSON or ORG. These helpers read the frame around a token run (a type word
after it, a type word or place adjective before it, a verb of taking ground, a generic word of
Arabic toponymy at its start) so `toponyms` can keep such names; the words come from
`data/gazetteer/cues.yaml`. The shared context tests of recognition (a preposition of place
before a name, a word of kinship, the document's person names, the dateline) live here too.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from dateline.resolve.place_cues import PlaceCues

ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "ed",
                             "es", "et", "ez", "en", "ul"})
HYPHENS = frozenset({"-", "‑", "–"})


class Spanned(Protocol):
    """Anything with token offsets (a toponym candidate)."""

    start: int
    end: int


def is_upper_word(tok: Token) -> bool:
    """Starts with a capital letter and has a letter in it."""
    text = tok.text
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


def is_particle(tok: Token) -> bool:
    """'al' in 'al-Bab', 'el' in 'Ein el-Hilweh': a lower-case Arabic article fused by a
    hyphen to a capitalised name belongs to that name."""
    doc, i = tok.doc, tok.i
    head, _, rest = tok.text.partition("-")
    if rest and head.lower() in ARABIC_ARTICLES and rest[:1].isupper():
        return True
    return (tok.lower_ in ARABIC_ARTICLES and i + 2 < len(doc) and doc[i + 1].text in HYPHENS
            and is_upper_word(doc[i + 2]))


def is_name_word(tok: Token) -> bool:
    """A word that can open or close a proper place name."""
    return is_upper_word(tok) or is_particle(tok)


def skip_space(doc: Doc, i: int) -> int:
    """Index of the first non-whitespace token at or after i ('district of   Al-Bayaa')."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def name_run(doc: Doc, start: int, limit: int, taken: set[int]) -> int:
    """End of the capitalised run from `start` ('Jabal', 'al', '-', 'Sayyid'), through hyphens
    and apostrophes inside it, stopping at a token already taken or at a sentence start."""
    end = start
    while end < len(doc) and end - start < limit and end not in taken:
        tok = doc[end]
        if end > start and tok.is_sent_start:
            break
        if is_name_word(tok) or (tok.text in HYPHENS | {"’", "'"} and end > start
                                 and end + 1 < len(doc) and is_name_word(doc[end + 1])):
            end += 1
            continue
        if tok.text == "‘" and end + 1 < len(doc) and is_upper_word(doc[end + 1]):
            end += 1  # 'Mas ‘Idyah': a transliterated ayn before a capital
            continue
        break
    while end > start and not is_name_word(doc[end - 1]):
        end -= 1
    return end


def type_word_after(doc: Doc, end: int, cues: PlaceCues) -> str | None:
    """'Katarko village', 'the Shuqayf and Bustan Al-Basha districts': the lower-case type word
    right after a name, as its feature kind."""
    if end < len(doc) and (doc[end].text.islower() or doc[end].text == "LGA") \
            and doc[end].lower_ in cues.type_suffixes:
        return cues.feature_words.get(doc[end].lower_, "city")
    return None


def type_word_before(doc: Doc, start: int, cues: PlaceCues) -> str | None:
    """'the capital Grozny', 'southern province Pattani', 'the capital, Grozny': a lower-case
    type word in apposition right before the name."""
    i = skip_space_back(doc, start - 1)
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ == "capital":
        i -= 1  # 'the regional capital, Grozny'
    if i >= 0 and doc[i].text.islower() and doc[i].lower_ in cues.type_prefixes:
        return cues.feature_words.get(doc[i].lower_, "city")
    return None


def place_adjective_before(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'central Sanaa', 'northern rural Homs', 'Serb-held Vogosca': an adjective of position or
    control before the name says it is a place."""
    i = start - 1
    for _ in range(2):
        if i < 0:
            return False
        low = doc[i].lower_
        if low in cues.place_adjectives or (i >= 2 and doc[i - 1].text in HYPHENS
                                            and low in cues.control_participles):
            return True
        if not doc[i].text.islower() or doc[i].pos_ != "ADJ":
            return False
        i -= 1
    return False


def taken_by_verb(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'captured Jaffna', 'storming Qabasin', 'entered Palmyra': the direct object of a verb of
    taking or entering ground is a place; a name NER calls a person after 'captured' or
    'seized' is a captive ('captured Kennedy' in a photo)."""
    person = doc[start].ent_type_ == "PERSON"

    def ground(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return lemma in cues.ground_verbs and not (person and lemma in cues.captive_verbs)

    for tok in doc[start:end]:
        if tok.dep_ == "dobj" and tok.head.i < start and ground(tok.head):
            return True
    i = start - 1
    if i >= 1 and doc[i].lower_ in ("back", "over"):
        i -= 1
    return i >= 0 and doc[i].pos_ == "VERB" and ground(doc[i])


def starts_with_generic(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'Jabal al-Sayyid', 'Kafr Zita', 'Tal Maksour': a generic word of (Arabic, Pashto,
    Persian) toponymy followed by a further name word."""
    return end - start > 1 and doc[start].lower_ in cues.generic_prefixes \
        and is_upper_word(doc[start])


def of_place_noun(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'the centre of Papeete', 'residents of Nyamilima', 'the outskirts of Kobane': a noun for
    part of a place, its people or its surroundings, then 'of' and the name."""
    i = skip_space_back(doc, start - 1)
    if i < 1 or doc[i].lower_ != "of":
        return False
    noun = doc[i - 1].lower_
    return noun in cues.place_of_nouns or noun in cues.type_prefixes or noun in cues.near_of_words


def possessed_by_place(doc: Doc, start: int) -> bool:
    """"Hama's Hamidiyeh", "the capital's Zographou area": a name owned by a place is part of it."""
    i = start - 1
    if i < 1 or doc[i].text not in ("'s", "’s"):
        return False
    owner = doc[i - 1]
    return owner.ent_type_ in ("GPE", "LOC", "FAC") or owner.lower_ in OWNER_PLACES


OWNER_PLACES = frozenset({"capital", "city", "town", "province", "country", "region"})


def generic_in_clause(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'captured Jabal al-Sayyid', 'Fuah and Kafraya': a name opening with a generic word that
    is not also a title of people ('Sheikh', 'Abu') needs no more than to follow a verb, a
    preposition, an article or a list comma; as a sentence's subject it needs a frame."""
    if doc[start].lower_ in cues.person_generics or start == 0:
        return False
    prev = doc[start - 1]
    return prev.pos_ in ("VERB", "ADP") or prev.lower_ in ("the", ",", "and", "or", "of")


def framed(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """Any frame but a preposition: type word after or before, place adjective, verb of taking,
    a part-of noun before 'of', a place's possessive."""
    return bool(type_word_after(doc, end, cues) or type_word_before(doc, start, cues)
                or place_adjective_before(doc, start, cues)
                or taken_by_verb(doc, start, end, cues) or of_place_noun(doc, start, cues)
                or possessed_by_place(doc, start))


def ent_at(doc: Doc, start: int, end: int) -> Span | None:
    """The first named entity overlapping tokens [start, end), read from the tokens' IOB tags
    (building `doc.ents` on every call made recognition quadratic in document length)."""
    for i in range(start, min(end, len(doc))):
        if doc[i].ent_iob_ in ("B", "I"):
            lo = i
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            hi = i + 1
            while hi < len(doc) and doc[hi].ent_iob_ == "I":
                hi += 1
            return Span(doc, lo, hi, label=doc[lo].ent_type_)
    return None


def locative_before(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'in Mosul', 'to the Holy See': a preposition of place right before the name (or its article)."""
    i = skip_space_back(doc, start - 1)
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return i >= 0 and doc[i].lower_ in cues.locative_preps


def skip_space_back(doc: Doc, i: int) -> int:
    """Index of the first non-whitespace token at or before i ('in   Tal Afar')."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def after_kin(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'his wife, Julia', 'daughters North and Chicago': a name after a word of kinship is a
    person's."""
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].text in (",", "and") or is_name_word(doc[i])):
        i -= 1
    return i >= 0 and doc[i].lower_ in cues.kin_nouns


def person_words(doc: Doc) -> frozenset[str]:
    """Words of multi-word PERSON names in the document (cached on first use per doc)."""
    cached = doc.user_data.get("dateline_person_words")
    if cached is None:
        cached = frozenset(t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                           for t in ent)
        doc.user_data["dateline_person_words"] = cached
    return cached


def person_names(doc: Doc) -> frozenset[str]:
    """Texts of the document's PERSON entities (cached on first use per doc: asked per name)."""
    cached = doc.user_data.get("dateline_person_names")
    if cached is None:
        cached = frozenset(ent.text for ent in doc.ents if ent.label_ == "PERSON")
        doc.user_data["dateline_person_names"] = cached
    return cached


def is_dateline(doc: Doc, cand: "Spanned") -> bool:
    """'PLEASANTON, Calif. --', 'NEW DELHI:', 'Associated Press WASHINGTON (AP) -': an upper-case
    name opening a line, or anywhere before an agency credit in brackets."""
    span = doc[cand.start:cand.end]
    if not (span.text.isupper() and len(span.text) > 3):
        return False
    if not doc[:cand.start].text.strip():
        return True  # 'LONDON Pope Francis ...': a story opening on an upper-case place name
    first = cand.start == 0 or "\n" in doc[cand.start - 1].text or doc[cand.start].is_sent_start \
        or _joined_upper_opening(doc, cand.start)
    after = [t.text for t in doc[cand.end:cand.end + 2]]
    if after[:1] == ["("] and len(after) > 1 and after[1].isupper():
        return True
    return first and after[:1] != [] and after[0] in DATELINE_ENDS


DATELINE_ENDS = frozenset({",", "-", "—", "–", "(", ":", "&"})
DATELINE_JOINERS = frozenset({"&", "and", "AND", ","})


def _joined_upper_opening(doc: Doc, start: int) -> bool:
    """'TIJUANA & SAN DIEGO, March 29 --': a second upper-case name joined to an opening one
    by '&' or 'and' shares its line's dateline."""
    i = start - 1
    if i < 1 or doc[i].text not in DATELINE_JOINERS:
        return False
    while i > 0 and (doc[i - 1].text in DATELINE_JOINERS or doc[i - 1].is_space
                     or (doc[i - 1].text.isupper() and doc[i - 1].is_alpha)):
        if "\n" in doc[i - 1].text:
            break
        i -= 1
        if start - i > 8:
            return False
    return (i == 0 or "\n" in doc[i - 1].text) and doc[i].text.isupper() and doc[i].is_alpha


def in_dateline(doc: Doc, cand: "Spanned") -> bool:
    """'MANILA, Philippines –', 'Hanoi (VNA) –': a name in the opening place line of a story
    (before its first dash, within the first few tokens of a line) is where it was filed."""
    start = cand.start
    while start > 0 and "\n" not in doc[start - 1].text and cand.start - start < 6:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text:
        return False
    for tok in doc[cand.end:min(len(doc), cand.end + 8)]:
        if tok.text in ("-", "—", "–", "--"):
            return True
        if not (tok.is_punct or is_name_word(tok) or tok.like_num):
            return False
    return False


TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "overnight", "now"})


def named_beyond(doc: Doc, end: int, ent_end: int) -> bool:
    """Whether an entity runs on past a place name ('Washington Post', 'the Iraq war'), rather
    than over a time adverb the tagger swept in ('targeted Aleppo today' as a WORK_OF_ART)."""
    return ent_end > end and not all(t.lower_ in TIME_ADVERBS for t in doc[end:ent_end])
