"""Place frames: context that makes a capitalised name a place even when NER calls it a person.

Conflict reporting names villages, districts and hills the small model has never seen ("Lindow
village", "captured Kilinochchi", "the villages of Maliana and Atabae", "Jabal al-Zawiya"); its NER
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
    """'Lindow village', 'the Holbeck and Beeston districts': the lower-case type word
    right after a name, as its feature kind."""
    if end < len(doc) and (doc[end].text.islower() or doc[end].text == "LGA") \
            and doc[end].lower_ in cues.type_suffixes:
        return cues.feature_words.get(doc[end].lower_, "city")
    return None


def type_word_before(doc: Doc, start: int, cues: PlaceCues) -> str | None:
    """'the capital Tbilisi', 'southern province Yala', 'the capital, Tbilisi': a lower-case
    type word in apposition right before the name."""
    i = skip_space_back(doc, start - 1)
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ == "capital":
        i -= 1  # 'the regional capital, Nalchik'
    if i >= 0 and doc[i].text.islower() and doc[i].lower_ in cues.type_prefixes:
        return cues.feature_words.get(doc[i].lower_, "city")
    return None


def place_adjective_before(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'central Aden', 'southern rural Hama', 'Serb-held Ilijas': an adjective of position or
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


def taken_by_verb(doc: Doc, start: int, end: int, cues: PlaceCues, unknown: bool = False) -> bool:
    """'captured Kilinochchi', 'storming Qabasin', 'entered Palmyra': the direct object of a verb of
    taking or entering ground is a place; a name NER calls a person after 'captured' or
    'seized' is a captive ('captured Lincoln' in a photo), and so is any name no gazetteer
    knows unless NER calls it a place ('captured Hakimi', 'raided Lyft offices')."""
    person = doc[start].ent_type_ == "PERSON" or (
        unknown and doc[start].ent_type_ not in ("GPE", "LOC", "FAC"))

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
    """'Jabal al-Zawiya', 'Kafr Nabl', 'Tal Rifaat': a generic word of (Arabic, Pashto,
    Persian) toponymy followed by a further name word."""
    return end - start > 1 and doc[start].lower_ in cues.generic_prefixes \
        and is_upper_word(doc[start])


def of_place_noun(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'the centre of Bergen', 'residents of Kibera', 'the outskirts of Kobane': a noun for
    part of a place, its people or its surroundings, then 'of' and the name."""
    i = skip_space_back(doc, start - 1)
    if i < 1 or doc[i].lower_ != "of":
        return False
    noun = doc[i - 1].lower_
    return noun in cues.place_of_nouns or noun in cues.type_prefixes or noun in cues.near_of_words


def possessed_by_place(doc: Doc, start: int) -> bool:
    """"Lyon's Croix-Rousse", "the capital's Alfama area": a name owned by a place is part of it."""
    i = start - 1
    if i < 1 or doc[i].text not in ("'s", "’s"):
        return False
    owner = doc[i - 1]
    return owner.ent_type_ in ("GPE", "LOC", "FAC") or owner.lower_ in OWNER_PLACES


OWNER_PLACES = frozenset({"capital", "city", "town", "province", "country", "region"})


def generic_in_clause(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'captured Jabal al-Zawiya', 'Nubl and Zahraa': a name opening with a generic word that
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


POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "our", "my", "your"})  # not "its": a body's own


def locative_before(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'in Mosul', 'to the Holy See', 'at her Kandy home': a preposition of place right before
    the name (or its article or possessive determiner)."""
    i = skip_space_back(doc, start - 1)
    if i >= 0 and (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in POSSESSIVE_DETERMINERS):
        i -= 1
    return i >= 0 and doc[i].lower_ in cues.locative_preps


def skip_space_back(doc: Doc, i: int) -> int:
    """Index of the first non-whitespace token at or before i ('in   Tal Afar')."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def after_kin(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'his wife, Julia', 'sons Paris and Denver': a name after a word of kinship is a
    person's."""
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].text in (",", "and") or is_name_word(doc[i])):
        i -= 1
    return i >= 0 and doc[i].lower_ in cues.kin_nouns


AGE_UNITS = frozenset({"year", "years", "month", "months"})


def after_age(doc: Doc, start: int, end: int) -> bool:
    """'the 32-year-old Navarro', 'Navarro, 32,': a name that an age describes, heading its own
    phrase, is a person's ('a 200-year-old Baghdad market' names the market's place, and stays, as does the
    address in 'a 40-year-old Dover, Del., man')."""
    if _age_after(doc, end):
        return True
    before = [t.lower_ for t in doc[max(0, start - 4):start]]
    aged = len(before) >= 3 and before[-1] == "old" and before[-2] == "-" and before[-3] in AGE_UNITS
    if not aged or end >= len(doc):
        return aged
    address = doc[end].text == "," and end + 1 < len(doc) and is_name_word(doc[end + 1])
    return not (address or doc[end].pos_ in ("NOUN", "PROPN"))


def residence(doc: Doc, start: int, end: int) -> bool:
    """'Ann Webb, of Luton, said', 'Tom Reyes, 41, of Dover, was charged': ', of X,' after a
    person's name (or their age) is the news convention for where someone lives, so X is a place
    whatever label the tagger gives it."""
    if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 2].text != ",":
        return False
    if end < len(doc) and doc[end].text not in (",", ".", ";", "and"):
        return False
    prev = doc[start - 3]
    if prev.like_num and _age_after(doc, start - 4):
        prev = doc[start - 5] if start >= 5 else prev
    return prev.ent_type_ == "PERSON"


def _age_after(doc: Doc, end: int) -> bool:
    """'Maria Soledad Lima, 31, was arrested': a name followed by an age set off by commas, the
    news convention for people."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", "."):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 110


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
        return True  # 'BERLIN Chancellor Merkel ...': a story opening on an upper-case place name
    first = cand.start == 0 or _line_break(doc[cand.start - 1]) or doc[cand.start].is_sent_start \
        or _joined_upper_opening(doc, cand.start)
    after = [t.text for t in doc[cand.end:cand.end + 2]]
    if after[:1] == ["("] and len(after) > 1 and after[1].isupper():
        return True
    return first and after[:1] != [] and after[0] in DATELINE_ENDS


DATELINE_ENDS = frozenset({",", "-", "—", "–", "(", ":", "&"})
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _line_break(tok: Token) -> bool:
    """Whether a new line of text starts after `tok`: a line break, or the full stop of a photo
    credit or caption run into the story's opening line ('Photo by J. Doe/Agency. JAKARTA, ...'),
    or a byline's 'By' ('By KAMPALA, Uganda, May 9 -')."""
    return "\n" in tok.text or tok.text in SENTENCE_ENDS or (
        tok.text == "By" and (tok.i == 0 or "\n" in tok.doc[tok.i - 1].text
                              or tok.doc[tok.i - 1].text in SENTENCE_ENDS))
DATELINE_JOINERS = frozenset({"&", "and", "AND", ","})


def _joined_upper_opening(doc: Doc, start: int) -> bool:
    """'LILLE & ROUBAIX, June 11 --': a second upper-case name joined to an opening one
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
    """'JAKARTA, Indonesia –', 'Lima (Andina) –': a name in the opening place line of a story
    (before its first dash, within the first few tokens of a line) is where it was filed."""
    start = cand.start
    while start > 0 and not _line_break(doc[start - 1]) and cand.start - start < 6:
        start -= 1
    if start > 0 and not _line_break(doc[start - 1]):
        return False
    if start > 0 and "\n" not in doc[start - 1].text and not (
            doc[start].text.isupper() and len(doc[start].text) > 2):
        return False  # after a full stop only an upper-case place opens a dateline ('JAKARTA,')
    for tok in doc[cand.end:min(len(doc), cand.end + 8)]:
        if tok.text in ("-", "—", "–", "--"):
            return True
        if not (tok.is_punct or is_name_word(tok) or tok.like_num):
            return False
    return False


TIME_ADVERBS = frozenset({"today", "yesterday", "tonight", "overnight", "now"})


def named_beyond(doc: Doc, end: int, ent_end: int) -> bool:
    """Whether an entity runs on past a place name ('Washington Post', 'the Iraq war'), rather
    than over a time adverb the tagger swept in ('shelled Homs today' as a WORK_OF_ART)."""
    return ent_end > end and not all(t.lower_ in TIME_ADVERBS for t in doc[end:ent_end])


def appositive_type(doc: Doc, end: int, cues: PlaceCues) -> str | None:
    """'Kourou, a coastal town some 60 km ...', 'Tartu, the seat of ...': a lower-case type
    word heading an apposition right after the name says what kind of place it is (a type word
    that only modifies a further noun, 'a village elder', 'a city council member', does not)."""
    i = skip_space(doc, end)
    if i >= len(doc) or doc[i].text != ",":
        return None
    i = skip_space(doc, i + 1)
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
        return None
    for k in range(i + 1, min(len(doc), i + 6)):
        tok = doc[k]
        if not (tok.text.islower() or tok.text in HYPHENS or tok.like_num):
            return None
        word = tok.lower_
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if (word in cues.feature_words or word in cues.type_suffixes) and (
                nxt is None or nxt.pos_ not in ("NOUN", "PROPN")) \
                and tok.dep_ not in ("compound", "amod"):
            return cues.feature_words.get(word, "city")
        if tok.pos_ not in ("ADJ", "NOUN", "ADV", "NUM", "PUNCT", "VERB"):
            return None
    return None


def unknown_framed(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'the outskirts of Marea', 'captured Kilwa', 'rural Qusayr', 'the capital
    Tbilisi': frames that make a name no gazetteer knows a place (a place's possessive is left out:
    "Britain's Prince Charles"; so are 'take' and 'reach', whose objects are often firms or
    people)."""
    i = skip_space_back(doc, start - 1)
    of_noun = of_place_noun(doc, start, cues) and doc[i - 1].text.islower()  # not 'State of Iraq'
    return bool(type_word_before(doc, start, cues) or place_adjective_before(doc, start, cues)
                or of_noun or (
                    taken_by_verb(doc, start, end, cues, unknown=True)
                    and not _loose_verb_before(doc, start)))


def _loose_verb_before(doc: Doc, start: int) -> bool:
    """'took Apple to court', 'reached Smith': verbs of ground that as often take other objects."""
    heads = {t.head.lemma_.lower() for t in doc[start:start + 1] if t.dep_ == "dobj"}
    prev = doc[start - 1].lemma_.lower() if start > 0 else ""
    return bool({"take", "reach"} & (heads | {prev}))


def prep_framed(doc: Doc, start: int, end: int, cues: PlaceCues) -> bool:
    """'walking through Kut', 'a farm in Al-Alam', 'clashes near El Fasher': an unknown name
    after a preposition of being somewhere, attached to a verb or an event, not owning what
    follows ("in Smith's view") and not a multi-word organisation ('in Human Rights Watch')."""
    i = skip_space_back(doc, start - 1)
    if i < 1 or (end < len(doc) and (doc[end].tag_ == "POS" or doc[end].text in ("'s", "’s"))):
        return False
    if any(t.pos_ != "PROPN" and not is_particle(t) and t.text not in HYPHENS for t in doc[start:end]):
        return False
    if doc[i].lower_ == "on" and doc[i - 1].lower_ in cues.assault_nouns:
        # 'the raid on Ras Lanuf', 'an assault on Bolzano'; not 'the attack on Mandela'
        # nor 'a cyber attack on Sony' (only a transliterated name NER calls an organisation)
        label = doc[start].ent_type_
        return label != "PERSON" and (label != "ORG" or any(
            is_particle(t) or "-" in t.text for t in doc[start:end]))
    if doc[i].lower_ not in PLACE_PREPS:
        return False
    ent = ent_at(doc, start, end)
    if ent is not None and (ent.start < start or ent.end > end):
        return False
    if ent is not None and ent.label_ == "ORG" and end - start > 1:
        return False
    head = doc[i].head  # 'investment in Nokia' is no place, 'a farm in Al-Alam' is
    return head.pos_ in ("VERB", "AUX") or doc[i].lower_ != "in" \
        or head.lemma_.lower() in cues.located_heads or head.lower_ in cues.located_heads


PLACE_PREPS = frozenset({"in", "near", "outside", "inside", "around", "through", "throughout",
                         "into", "across"})


def of_located_noun(doc: Doc, start: int, cues: PlaceCues) -> bool:
    """'the streets of Ghent', 'the border village of Valga': 'of' after a noun for a thing
    that lies somewhere makes the name the place it lies in, however the parser attached it
    ('guarding the streets of Ghent and other steps' hung it on 'steps')."""
    i = skip_space_back(doc, start - 1)
    if i < 1 or doc[i].lower_ != "of" or not doc[i - 1].text.islower():
        return False
    noun = doc[i - 1]
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & (cues.located_heads | cues.place_heads | set(cues.feature_words))) \
        and noun.lower_ not in cues.metonymy_nouns
