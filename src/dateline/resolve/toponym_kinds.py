"""Pragmatic kind of a toponym mention (literal, metonymic, demonym) from its parse.

GeoWebNews (Gritta et al. 2019) separates literal uses of a place name (the place itself, or a
thing lying there: "fighting in Mosul", "Paris pubs", "the Syrian border") from associative
ones (its state, people, team or institutions: "Russia denied", "the UK government", "talks
with Iran", "US officials"). Event location and the evaluation keep only literal mentions, so
the rules read the syntactic role of the name and the cue lists of `data/gazetteer/cues.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.resolve.gazetteer import Gazetteer
from dateline.resolve.place_cues import PlaceCues
from dateline.resolve.toponym_frames import is_upper_word

# A noun "modified" by a name that carries one of these entity labels was misattached by the
# parser (a date: 'patrolled Bamako Sunday') or is the rest of a longer place name.
NOT_ATTRIBUTES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
                            "GPE", "LOC", "FAC"})


MODIFIER_DEPS = frozenset({"compound", "amod", "poss"})
DEMONYM_PLACE_POPULATION = 100_000  # 'Western' (Province): a big place, not a demonym
NAME_PLACE_WORDS = frozenset({"province", "governorate", "region", "state"})


def _is_place_noun(tok: Token, cues: PlaceCues) -> bool:
    """'border', 'streets', 'pub', 'province': a noun for a thing that lies somewhere. A
    capitalised head names an institution ('the Palo Alto Police Department', "Britain's
    High Court") unless it is a place word of a name ('Idlib Province', 'Royal Street')."""
    words = {tok.text.lower(), tok.lemma_.lower()}
    if tok.text[:1].isupper() and not tok.is_sent_start:
        return any(w in cues.place_heads or w in NAME_PLACE_WORDS for w in words)
    return any(w in cues.located_heads or w in cues.place_heads or w in cues.feature_words
               for w in words)


def _located_modifier(span: Span, cues: PlaceCues) -> bool:
    """'the Syrian border', 'Idlib province', 'British farms', 'a Paris-based firm': the name
    modifies a thing that lies in the place, so it is used literally (GeoWebNews
    'Literal_Modifier')."""
    doc, root = span.doc, span.root
    after = [t.text.lower() for t in doc[span.end:span.end + 2]]
    if after[:1] == ["-based"] or after == ["-", "based"]:
        return True
    if root.dep_ not in ("amod", "compound", "nmod", "poss") or root.head.i < span.end:
        return False
    head = root.head
    for _ in range(3):  # 'the Leiden police station': through a chain of noun modifiers
        if _is_place_noun(head, cues):
            return True
        if head.dep_ != "compound" or head.head.i <= head.i:
            return False
        head = head.head
    return False


def _misparsed_modifier(gov: Token) -> bool:
    """'patrolled Bamako Sunday', 'the village of Beit Sahour': the parser hangs the name on a
    date or on the rest of a longer place name; neither makes it an attribute of something."""
    return gov.ent_type_ in NOT_ATTRIBUTES or gov.like_num


def _paired(span: Span) -> bool:
    """'the Japan-South Korea summit', 'US-China trade talks': two names joined by a hyphen
    before a noun are the two parties to something."""
    doc, s, e = span.doc, span.start, span.end
    before = s >= 2 and doc[s - 1].text == "-" and is_upper_word(doc[s - 2])
    after = e + 2 < len(doc) and doc[e].text == "-" and is_upper_word(doc[e + 1])
    if after and doc[e + 1].text.lower() in ("based", "born"):
        return False
    if before and len(doc[s - 2].text) == 1:
        return True  # 'Rep. Ann Cole, D-Ore.': a party and state label, not a place
    nxt = e if before else e + 2
    while after and nxt < len(doc) and is_upper_word(doc[nxt]) and nxt - e < 4:
        nxt += 1  # 'US-South Korea talks': past the rest of the second name
    # 'in Central Asia and the world' names a region; only a pair before a noun is a pair of parties
    return (before or after) and nxt < len(doc) and doc[nxt].pos_ == "NOUN"


def _first_conjunct(tok: Token) -> Token:
    """'Moscow and Kyiv agreed': the second name takes the role of the first. A name hung as a
    conjunct on a common noun ('a summit in Europe, the Gulf and Asia, Expo will')
    was misattached by the parser and takes no role from it."""
    while tok.dep_ == "conj" and tok.head != tok:
        if tok.head.pos_ not in ("PROPN", "") and not tok.head.text[:1].isupper():
            return tok
        tok = tok.head
    return tok


RAISING_VERBS = frozenset({"continue", "start", "begin", "seem", "appear", "tend", "use", "keep",
                           "try", "go", "have", "need"})


def _acting_verb(verb: Token) -> Token:
    """'India continued to lead', 'India had to act': a raising verb hands its subject to the
    verb it governs."""
    for _ in range(2):
        xcomp = [c for c in verb.children if c.dep_ == "xcomp"]
        if not xcomp or verb.lemma_.lower() not in RAISING_VERBS:
            break
        verb = xcomp[0]
    return verb


def _acting_subject(verb: Token, cues: PlaceCues) -> bool:
    """'Russia denied', 'Denver won', 'Morocco worked with': a place that does something
    stands for its state, people or team; it stays a place when things happen to it or it is
    described ('Baghdad flooded', 'China has the most Christians', 'Kabul is a city')."""
    verb = _acting_verb(verb)
    lemma = verb.lemma_.lower()
    if lemma in cues.metonymy_verbs or lemma in cues.agent_verbs:
        return True
    if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in cues.agent_predicates
           for c in verb.children):
        return True  # 'Norway is concerned', 'Canada was a loyal ally'
    if lemma in cues.literal_subject_verbs or verb.pos_ == "AUX":
        return False
    return verb.pos_ == "VERB" or verb.tag_.startswith("VB")


def _prep_kind(prep: Token, cues: PlaceCues) -> str:
    """'relations with Russia', 'won by Portugal', 'a loss to Sacramento', 'the president of
    Estonia': the place is a party or an owner, not a location; 'trains between Paris and
    Brussels', 'the border with Mexico', 'exports to Iran', 'fighting in Mosul' stay literal."""
    gov = prep.head
    if _is_place_noun(gov, cues):
        return "literal"
    word = prep.text.lower()
    if word in cues.relational_preps and (word != "between" or gov.pos_ in ("NOUN", "")):
        return "metonymic"  # 'tensions between', not 'backed up between Wickford and Rayleigh'
    if (word == "of" or (word == "for" and gov.text.islower())) \
            and gov.lemma_.lower() in cues.metonymy_nouns:
        return "metonymic"  # 'the president of Estonia', 'a greater role for Spain'
    if word in ("towards", "toward", "about") or (word == "over" and gov.pos_ == "ADJ"):
        return "metonymic"  # 'resentment towards Croatia', 'concerned over the US'
    if word == "to" and gov.lemma_.lower() in cues.contest_nouns | cues.transfer_verbs:
        return "metonymic"  # 'a loss to Sacramento', 'sold jets to Qatar'
    return "literal"


def classify_kind(span: Span, cues: PlaceCues) -> str:
    """'metonymic' when the place stands for its government, people, team or institutions
    ("Baghdad said", "Moscow's decision", "accused Russia", "US tariffs", "the UK government",
    "talks with Iran"); 'literal' otherwise (GeoWebNews: a modifier is literal only when what
    it modifies lies in the place, Gritta et al. 2019)."""
    if _located_modifier(span, cues):
        return "literal"
    if _paired(span):
        return "metonymic"
    head = _first_conjunct(span.root)
    dep, gov = head.dep_, head.head
    verb = gov.lemma_.lower()
    if dep in MODIFIER_DEPS and gov.i >= span.end:
        return "literal" if _misparsed_modifier(gov) else "metonymic"
    if dep == "nmod" and gov.i >= span.end and verb in cues.metonymy_nouns:
        return "metonymic"
    if dep == "pobj" and gov.dep_ in ("prep", "agent"):
        return _prep_kind(gov, cues)
    if dep == "nsubj" and gov != head:
        return "metonymic" if _acting_subject(gov, cues) else "literal"
    if dep == "nsubjpass" and verb in cues.metonymy_verbs:
        return "metonymic"
    if dep in ("dobj", "dative") and verb in cues.metonymy_object_verbs:
        return "metonymic"
    return "literal"


def demonym_kind(span: Span, cues: PlaceCues) -> str:
    """A demonym is 'literal' only as a located modifier ("the Iraqi border"); before a
    capitalised word it opens an institution's or office's name ('the Russian State Duma',
    'Chinese Vice Premier'), which says nothing about a place."""
    head, doc = span.root.head, span.doc
    hyphened = span.end < len(doc) and doc[span.end].text in ("-", "–")  # 'the Asian-Pacific region'
    named = head.i >= span.end and head.text[:1].isupper() and not head.is_sent_start
    if named and not hyphened and head.text.lower() not in cues.place_heads \
            and head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return "demonym"
    return "literal" if _located_modifier(span, cues) else "demonym"


def natural_feature(gaz: Gazetteer, rows: tuple[int, ...], cues: PlaceCues) -> bool:
    """'the Atlantic', 'the Korean Peninsula': every wide reading of the name is a sea, a
    mountain range or the like, which stands for no state, people or team."""
    wide = [r for r in rows if gaz.kind[r] in ("region", "landmark", "country", "admin1")]
    return bool(wide) and all(gaz.name[r].lower().rsplit(" ", 1)[-1] in cues.natural_features
                              for r in wide)


def demonym_names_place(gaz: Gazetteer, rows: tuple[int, ...], target: str | None) -> bool:
    """Whether a demonym-shaped name is also the name of what it refers to ('in Saudi' is Saudi
    Arabia), rather than of a namesake elsewhere ('Somali' is also Ethiopia's Somali Region, but
    'the Somali capital' is Somalia's): a country demonym keeps only its own country's reading."""
    if target and len(target) == 3 and target.isupper():
        return any(gaz.kind[r] == "country" and gaz.country[r] == target for r in rows)
    return bool(rows) and max(gaz.population[r] for r in rows) >= DEMONYM_PLACE_POPULATION
