"""Event location: attached place first, then a located place in the sentence, never a metonymic one."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span
from spacy.lang.en import English

from dateline.nlp.extensions import register_extensions
from dateline.records import Place
from dateline.resolve.location import choose_location, choose_location_span, locate

register_extensions()
VOCAB = English().vocab  # lexical attributes (lower_) as in a real pipeline


def _doc(words, heads, deps, pos, places, lemmas=None):
    """A parsed Doc by hand; `places` = [(start, end, kind, precision)]."""
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    spans = []
    for start, end, kind, precision in places:
        span = Span(doc, start, end, label="PLACE")
        span._.toponym_kind = kind
        span._.place = Place(name=span.text, lat=1.0, lon=2.0, country="IRQ", precision=precision)
        spans.append(span)
    doc.spans["places"] = spans
    return doc


# "Fighters attacked Sinjar near Mosul ."
ATTACK = (["Fighters", "attacked", "Sinjar", "near", "Mosul", "."],
          [1, 1, 1, 2, 3, 1], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
          ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"])
# "Baghdad said fighters died in Tikrit ."
SAID = (["Baghdad", "said", "fighters", "died", "in", "Tikrit", "."],
        [1, 1, 3, 1, 3, 4, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
# "Iraqi soldiers from Basra fought ." (the place describes the actor)
ACTOR = (["Soldiers", "from", "Basra", "fought", "."],
         [3, 0, 1, 3, 3], ["nsubj", "prep", "pobj", "ROOT", "punct"],
         ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"])


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (ATTACK, [(2, 3, "literal", "exact"), (4, 5, "literal", "exact")], 1, "Sinjar"),
    (SAID, [(0, 1, "metonymic", "exact"), (5, 6, "literal", "exact")], 3, "Tikrit"),
    (SAID, [(0, 1, "metonymic", "exact")], 3, None),
    (SAID, [(0, 1, "metonymic", "exact")], 1, None),
    (ACTOR, [(2, 3, "literal", "exact")], 3, None),
    (ATTACK, [], 1, None),
])
def test_location_chooses_the_place_of_the_event(sent, places, trigger, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


def test_location_prefers_the_finer_of_two_attached_places():
    # "Fighters attacked Iraq 's town of Sinjar" -> Sinjar, not the country
    words = ["Fighters", "attacked", "Iraq", "'s", "town", "of", "Sinjar"]
    doc = _doc(words, [1, 1, 4, 2, 1, 4, 5], ["nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj"],
               ["NOUN", "VERB", "PROPN", "PART", "NOUN", "ADP", "PROPN"],
               [(2, 3, "literal", "country"), (6, 7, "literal", "exact")])
    assert choose_location_span(doc, doc[1]).text == "Sinjar"


def test_location_falls_back_to_the_focus_country_with_country_precision():
    doc = _doc(*SAID, [(0, 1, "metonymic", "exact")])
    doc._.focus_country = "IRQ"
    place = choose_location(doc, doc[3])
    assert place is not None and place.country == "IRQ" and place.precision == "country"


def test_location_without_places_or_focus_is_none():
    doc = _doc(*ATTACK, [])
    assert choose_location(doc, doc[1]) is None


# "Bombs killed two in Baghdad 's Doura district": the district, not the city around it
DOURA = (["Bombs", "killed", "two", "in", "Baghdad", "'s", "Doura", "district"],
         [1, 1, 1, 1, 7, 4, 7, 3], ["nsubj", "ROOT", "dobj", "prep", "poss", "case", "compound", "pobj"],
         ["NOUN", "VERB", "NUM", "ADP", "PROPN", "PART", "PROPN", "NOUN"])
# "Police captured him near Merano , Italy"
MERANO = (["Police", "captured", "him", "near", "Merano", ",", "Italy"],
          [1, 1, 1, 1, 3, 4, 4], ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "appos"],
          ["NOUN", "VERB", "PRON", "ADP", "PROPN", "PUNCT", "PROPN"])
# "Bombers destroyed a Baghdad restaurant" / "Storms grounded U.S. aircraft"
RESTAURANT = (["Bombers", "destroyed", "a", "Baghdad", "restaurant"], [1, 1, 4, 4, 1],
              ["nsubj", "ROOT", "det", "compound", "dobj"], ["NOUN", "VERB", "DET", "PROPN", "NOUN"])
AIRCRAFT = (["Storms", "grounded", "U.S.", "aircraft"], [1, 1, 3, 1],
            ["nsubj", "ROOT", "compound", "dobj"], ["NOUN", "VERB", "PROPN", "NOUN"])


@pytest.mark.parametrize("sent, places, expected", [
    (DOURA, [(4, 5, "literal", "exact"), (6, 7, "literal", "exact")], "Doura"),
    (DOURA, [(4, 5, "literal", "exact")], "Baghdad"),
    (MERANO, [(4, 5, "literal", "exact"), (6, 7, "literal", "exact")], "Merano"),
    (RESTAURANT, [(3, 4, "literal", "exact")], "Baghdad"),
    (AIRCRAFT, [(2, 3, "literal", "country")], None),
])
def test_location_prefers_the_most_specific_place_and_skips_descriptions(sent, places, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[1])
    assert (span.text if span is not None else None) == expected


# "Two observers from Jordan were captured near Bunia": where the victims come from is not the place
OBSERVERS = (["Observers", "from", "Jordan", "were", "captured", "near", "Bunia"],
             [4, 0, 1, 4, 4, 4, 5], ["nsubjpass", "prep", "pobj", "auxpass", "ROOT", "prep", "pobj"],
             ["NOUN", "ADP", "PROPN", "AUX", "VERB", "ADP", "PROPN"])
# "The town of Sinjar was captured": the patient is itself a place
TOWN = (["The", "town", "of", "Sinjar", "was", "captured"], [1, 5, 1, 2, 5, 5],
        ["det", "nsubjpass", "prep", "pobj", "auxpass", "ROOT"], ["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB"])


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (OBSERVERS, [(2, 3, "literal", "country"), (6, 7, "literal", "exact")], 4, "Bunia"),
    (OBSERVERS, [(2, 3, "literal", "country")], 4, None),
    (TOWN, [(3, 4, "literal", "exact")], 5, "Sinjar"),
])
def test_location_skips_the_victims_origin(sent, places, trigger, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


def _parse(text, heads, deps, pos):
    """A hand parse of a whitespace-split sentence (lemmas: the lower-cased words)."""
    words = text.split()
    return words, [int(h) for h in heads.split()], deps.split(), pos.split()


# The same words around a place noun nest either way; the kind of place noun and of the two
# places decide which one holds the other.
TUBAS = _parse("Police arrested three in the West Bank city of Tubas", "1 1 1 1 7 6 7 3 7 8",
                "nsubj ROOT dobj prep det compound compound pobj prep pobj",
                "NOUN VERB NUM ADP DET PROPN PROPN NOUN ADP PROPN")
TOUMA = _parse("A shell landed in the Bab Touma area of Damascus", "1 2 2 2 7 6 7 3 7 8",
                "det nsubj ROOT prep det compound compound pobj prep pobj",
                "DET NOUN VERB ADP DET PROPN PROPN NOUN ADP PROPN")
MARSA = _parse("Thieves robbed him in the Tunis suburb of La Marsa", "1 1 1 1 6 6 3 6 9 7",
               "nsubj ROOT dobj prep det compound pobj prep compound pobj",
               "NOUN VERB PRON ADP DET PROPN NOUN ADP PROPN PROPN")
# a place is measured from ("south of Baghdad") only when the clause names no other place
REFERENCE = _parse("Rebels clashed 20 miles south of Baghdad", "1 1 3 4 1 4 5",
                   "nsubj ROOT nummod npadvmod advmod prep pobj", "NOUN VERB NUM NOUN ADV ADP PROPN")
BALAD = _parse("Rebels clashed in Balad 20 miles south of Baghdad", "1 1 1 2 5 6 1 6 7",
               "nsubj ROOT prep pobj nummod npadvmod advmod prep pobj",
               "NOUN VERB ADP PROPN NUM NOUN ADV ADP PROPN")


# a place fronting the sentence frames it; a town the clause names says where the shooting was
CHECHNYA = _parse("In Chechnya , police shot two in the town of Gudermes", "4 0 4 4 4 4 5 8 6 8 9",
                  "prep pobj punct nsubj ROOT dobj prep det pobj prep pobj",
                  "ADP PROPN PUNCT NOUN VERB NUM ADP DET NOUN ADP PROPN")


@pytest.mark.parametrize("sent, places, expected", [
    (CHECHNYA, [(1, 2, "literal", "admin1"), (10, 11, "literal", "exact")], "Gudermes"),
    (CHECHNYA, [(1, 2, "literal", "exact"), (10, 11, "literal", "exact")], "Gudermes"),
    (CHECHNYA, [(1, 2, "literal", "exact")], "Chechnya"),
    (TUBAS, [(5, 7, "literal", "admin1"), (9, 10, "literal", "exact")], "Tubas"),
    (TOUMA, [(5, 7, "literal", "near"), (9, 10, "literal", "exact")], "Bab Touma"),
    (MARSA, [(5, 6, "literal", "exact"), (8, 10, "literal", "near")], "La Marsa"),
    (REFERENCE, [(6, 7, "literal", "exact")], "Baghdad"),
    (BALAD, [(3, 4, "literal", "near"), (8, 9, "literal", "exact")], "Balad"),
])
def test_location_picks_the_inner_of_nested_places_and_skips_reference_points(sent, places, expected):
    doc = _doc(*sent, places)
    span = choose_location_span(doc, doc[sent[2].index("ROOT")])
    assert (span.text if span is not None else None) == expected


# "said in Kabul" is where it was said; a place in a clause the event's verb reports is not its place
SAID_IN = _parse("Officials said in Kabul that fighters died", "1 1 1 2 6 6 1",
                 "nsubj ROOT prep pobj mark nsubj ccomp", "NOUN VERB ADP PROPN SCONJ NOUN VERB")
SAYING = _parse("Gunmen attacked , saying that rebels hid in Kabul", "1 1 1 1 6 6 3 6 7",
                "nsubj ROOT punct advcl mark nsubj ccomp prep pobj",
                "NOUN VERB PUNCT VERB SCONJ NOUN VERB ADP PROPN")
KILLING = _parse("Gunmen attacked , killing two in Kabul", "1 1 1 1 3 3 5",
                 "nsubj ROOT punct advcl dobj prep pobj", "NOUN VERB PUNCT VERB NUM ADP PROPN")


# a headline misparsed as a complement vs a clause the speech verb reports
CRASHED = _parse("Helicopter crashed in Kabul , crew killed", "1 6 1 2 6 6 6",
                 "nsubj ccomp prep pobj punct nsubj ROOT", "NOUN VERB ADP PROPN PUNCT NOUN VERB")
OFFICIALS = _parse("Eight died in Kabul , officials said", "1 6 1 2 6 6 6",
                   "nsubj ccomp prep pobj punct nsubj ROOT", "NUM VERB ADP PROPN PUNCT NOUN VERB")


@pytest.mark.parametrize("sent, trigger, expected", [
    (SAID_IN, 6, None),
    (SAYING, 1, None),
    (KILLING, 1, "Kabul"),
    (CRASHED, 6, "Kabul"),
    (OFFICIALS, 6, None),
])
def test_location_leaves_a_place_to_the_clause_that_owns_it(sent, trigger, expected):
    place = sent[0].index("Kabul")
    lemmas = [w.lower() for w in sent[0]]
    lemmas[6:7] = ["say"] if sent is OFFICIALS else lemmas[6:7]
    doc = _doc(*sent, [(place, place + 1, "literal", "exact")], lemmas)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


IRAQI = _parse("Iraqi forces attacked", "1 2 2", "amod nsubj ROOT", "ADJ NOUN VERB")
FROM_NOUN = _parse("Police arrested fighters from Chechnya", "1 1 1 2 3",
                   "nsubj ROOT dobj prep pobj", "NOUN VERB NOUN ADP PROPN")
FROM_VERB = _parse("Troops expelled rebels from Kuwait", "1 1 1 1 3",
                   "nsubj ROOT dobj prep pobj", "NOUN VERB NOUN ADP PROPN")
TITLE = _parse("Smith captured the title in London", "1 1 3 1 1 4",
               "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN")
SINJAR = _parse("Troops captured Sinjar", "1 1 1", "nsubj ROOT dobj", "NOUN VERB PROPN")
MILLAN = _parse("Gunmen killed Millan", "1 1 1", "nsubj ROOT dobj", "NOUN VERB PROPN")


@pytest.mark.parametrize("sent, lemmas, expected", [
    (IRAQI, "iraqi force attack", None),
    (FROM_NOUN, "police arrest fighter from chechnya", None),
    (FROM_VERB, "troop expel rebel from kuwait", "Kuwait"),
    (TITLE, "smith capture the title in london", None),
    (SINJAR, "troop capture sinjar", "Sinjar"),
    (MILLAN, "gunman kill millan", None),
])
def test_location_skips_descriptions_origins_victims_and_figurative_senses(sent, lemmas, expected):
    words, heads, deps, pos = sent
    place = next(i for i, w in enumerate(words) if w in ("Iraqi", "Chechnya", "Kuwait", "London",
                                                         "Sinjar", "Millan"))
    doc = _doc(words, heads, deps, pos, [(place, place + 1, "literal", "exact")], lemmas.split())
    span = choose_location_span(doc, doc[[d for d in deps].index("ROOT")])
    assert (span.text if span is not None else None) == expected


def _placed(text, heads, deps, pos, places, sent_starts=None, lemmas=None):
    """A hand parse with places given as (start, end, kind, Place or None)."""
    words = text.split()
    doc = Doc(VOCAB, words=words, heads=[int(h) for h in heads.split()], deps=deps.split(),
              pos=pos.split(), lemmas=lemmas or [w.lower() for w in words],
              sent_starts=sent_starts or [True] + [False] * (len(words) - 1))
    spans = []
    for start, end, kind, place in places:
        span = Span(doc, start, end, label="PLACE")
        span._.toponym_kind, span._.place = kind, place
        spans.append(span)
    doc.spans["places"] = spans
    return doc


HELMAND = Place(name="Helmand", country="AFG", admin1="Helmand", precision="admin1")
DAMAN_IN = Place(name="Daman", country="IND", admin1="Daman", precision="exact")
NAWA = Place(name="Nawa", country="AFG", admin1="Helmand", precision="exact")
# "Troops detained two during an operation in X district , Helmand province"
OPERATION = ("Troops detained two during an operation in X district , Helmand province",
             "1 1 1 1 5 3 5 8 6 8 10 8",
             "nsubj ROOT dobj prep det pobj prep compound pobj punct compound appos",
             "NOUN VERB NUM ADP DET NOUN ADP PROPN NOUN PUNCT PROPN NOUN")


@pytest.mark.parametrize("district, expected, precision", [
    (None, "Helmand", "admin1"),  # unresolved district: the province the text puts it in
    (DAMAN_IN, "Helmand", "admin1"),  # resolved in another country: not the place meant
    (NAWA, "Nawa", "exact"),  # resolved inside the province: the finer place stands
])
def test_location_checks_the_chosen_place_against_the_wider_one(district, expected, precision):
    doc = _placed(*OPERATION, [(7, 8, "literal", district), (10, 11, "literal", HELMAND)])
    place, stated = locate(doc, doc[1])
    assert (place.name, place.precision, stated) == (expected, precision, True)


GHAZNI = Place(name="Ghazni", country="AFG", admin1="Ghazni", precision="exact")
GELAN_CN = Place(name="Gelan", country="CHN", admin1="Chongqing", precision="exact")
GELAN_PANJSHIR = Place(name="Gelan", country="AFG", admin1="Panjshir", precision="exact")
GELAN_GHAZNI = Place(name="Gelan", country="AFG", admin1="Ghazni", precision="exact")
# "In Ghazni , troops searched a compound in Gelan": the opening place holds the later one
FRAMED = ("In Ghazni , troops searched a compound in Gelan", "4 0 4 4 4 6 4 6 7",
          "prep pobj punct nsubj ROOT det dobj prep pobj", "ADP PROPN PUNCT NOUN VERB DET NOUN ADP PROPN")


@pytest.mark.parametrize("gelan, expected", [
    (GELAN_CN, "Ghazni"),  # a namesake in another country
    (GELAN_PANJSHIR, "Ghazni"),  # a namesake in another province
    (GELAN_GHAZNI, "Gelan"),  # inside the frame: the finer place stands
])
def test_location_checks_the_chosen_place_against_the_sentence_frame(gelan, expected):
    doc = _placed(*FRAMED, [(1, 2, "literal", GHAZNI), (8, 9, "literal", gelan)])
    place, _ = locate(doc, doc[4])
    assert place.name == expected


# "Troops raided Nawa . The force killed two ." / "... Elsewhere , gunmen killed two ."
LATER = ("Troops raided Nawa . The force killed two .", "1 1 1 1 6 6 6 6 6",
         "nsubj ROOT dobj punct det nsubj ROOT dobj punct", "NOUN VERB PROPN PUNCT DET NOUN VERB NUM PUNCT")
ELSEWHERE = ("Troops raided Nawa . Elsewhere , gunmen killed two .", "1 1 1 1 7 7 7 7 7 7",
             "nsubj ROOT dobj punct advmod punct nsubj ROOT dobj punct",
             "NOUN VERB PROPN PUNCT ADV PUNCT NOUN VERB NUM PUNCT")


# "Officials said in Kabul that troops raided Nawa . The force killed two ."
REPORTED = ("Officials said in Kabul that troops raided Nawa . The force killed two .",
            "1 1 1 2 6 6 1 6 1 10 11 11 11 11",
            "nsubj ROOT prep pobj mark nsubj ccomp dobj punct det nsubj ROOT dobj punct",
            "NOUN VERB ADP PROPN SCONJ NOUN VERB PROPN PUNCT DET NOUN VERB NUM PUNCT")
KABUL = Place(name="Kabul", country="AFG", admin1="Kabul", precision="exact")


@pytest.mark.parametrize("sent, places, expected", [
    (LATER, [(2, 3, NAWA)], "Nawa"),
    (ELSEWHERE, [(2, 3, NAWA)], None),
    (REPORTED, [(3, 4, KABUL), (7, 8, NAWA)], "Nawa"),  # the reported scene, not where it was said
    (REPORTED, [(3, 4, KABUL)], None),
])
def test_location_carries_the_scene_over_to_later_sentences(sent, places, expected):
    words = sent[0].split()
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    lemmas = [{"said": "say"}.get(w, w.lower()) for w in words]
    doc = _placed(*sent, [(a, b, "literal", p) for a, b, p in places], sent_starts=starts, lemmas=lemmas)
    trigger = next(t for t in doc if t.lower_ == "killed")
    place, stated = locate(doc, trigger)
    assert (place.name if place is not None else None) == expected and not stated


PROTEST = _parse("Students protested against the war on Iraq in Paris", "1 1 1 4 2 4 5 1 7",
                 "nsubj ROOT prep det pobj prep pobj prep pobj", "NOUN VERB ADP DET NOUN ADP PROPN ADP PROPN")
# the far side of a boundary is not where troops patrolled; the place on the subject is, failing any other
BORDER = _parse("Troops in Gori patrolled the zone between Georgia and Abkhazia", "3 0 1 3 5 3 5 6 7 7",
                "nsubj prep pobj ROOT det dobj prep pobj cc conj",
                "NOUN ADP PROPN VERB DET NOUN ADP PROPN CCONJ PROPN")
# the parser hangs the city on 'path', not on the neighbourhood: the words still nest them
ZAYOUNA = _parse("A mine on a path in Zayouna neighborhood in eastern Baghdad exploded",
                   "1 11 1 4 2 4 7 5 4 10 8 11",
                   "det nsubj prep det pobj prep compound pobj prep amod pobj ROOT",
                   "DET NOUN ADP DET NOUN ADP PROPN NOUN ADP ADJ PROPN VERB")
# a headline the toponym tagger read as metonymic, under a preposition that only places
HEADLINE = _parse("Forces Detain Insurgents in Helmand", "1 1 1 2 3",
                  "nsubj ROOT dobj prep pobj", "NOUN VERB NOUN ADP PROPN")


# a gerund of means is a step of the same operation; a relative clause tells another event
STORMING = _parse("Rebels began the assault by storming defenses at Tees", "1 1 3 1 1 4 5 5 7",
                  "nsubj ROOT det dobj prep pcomp dobj prep pobj", "NOUN VERB DET NOUN ADP VERB NOUN ADP PROPN")
WHO = _parse("Rebels shot guards who stood at Tees", "1 1 1 4 2 4 5",
             "nsubj ROOT dobj nsubj relcl prep pobj", "NOUN VERB NOUN PRON VERB ADP PROPN")
# a relative clause saying who someone is ('who lived in X') does not put them at the scene
LIVED = _parse("Rebels shot guards who lived in Tees", "1 1 1 4 2 4 5",
               "nsubj ROOT dobj nsubj relcl prep pobj", "NOUN VERB NOUN PRON VERB ADP PROPN")


@pytest.mark.parametrize("sent, places, expected", [
    (STORMING, [(8, 9, "literal")], "Tees"),
    (WHO, [(6, 7, "literal")], "Tees"),
    (LIVED, [(6, 7, "literal")], None),
    (PROTEST, [(6, 7, "literal"), (8, 9, "literal")], "Paris"),
    (PROTEST, [(6, 7, "literal")], None),
    (BORDER, [(2, 3, "literal"), (7, 8, "literal"), (9, 10, "literal")], "Gori"),
    (BORDER, [(7, 8, "literal"), (9, 10, "literal")], "Georgia"),
    (ZAYOUNA, [(6, 7, "literal"), (10, 11, "literal")], "Zayouna"),
    (HEADLINE, [(4, 5, "metonymic")], "Helmand"),
])
def test_location_reads_protest_topics_borders_nesting_and_headline_places(sent, places, expected):
    words, heads, deps, pos = sent
    lemmas = [{"protested": "protest", "lived": "live"}.get(w.lower(), w.lower()) for w in words]
    doc = _doc(words, heads, deps, pos, [(a, b, kind, "exact") for a, b, kind in places], lemmas)
    for token in doc:
        token.tag_ = "VBG" if token.pos_ == "VERB" and token.text.endswith("ing") else token.tag_
    span = choose_location_span(doc, doc[deps.index("ROOT")])
    assert (span.text if span is not None else None) == expected


LEMMAS = {"struck": "strike", "killed": "kill", "captured": "capture", "launched": "launch",
          "shot": "shoot", "drove": "drive", "targeted": "target", "died": "die", "hid": "hide",
          "marched": "march", "was": "be", "were": "be", "protesters": "protester", "gunmen": "gunman"}


def _hand(text, heads, deps, pos, places):
    """A hand-parsed sentence with lemmas; `places` = [(start, end, kind, precision)]."""
    words = text.split()
    return _doc(words, [int(h) for h in heads.split()], deps.split(), pos.split(), places,
                [LEMMAS.get(w.lower(), w.lower()) for w in words])


# a coordinated verb without its own subject shares the clause's place
STRUCK = ("A bomb struck Kerbala and killed five", "1 2 2 2 2 2 5",
          "det nsubj ROOT dobj cc conj dobj", "DET NOUN VERB PROPN CCONJ VERB NUM")
# 'from' on a verb of taking names who lost it
FROM_SYRIA = ("Israel captured it from Syria", "1 1 1 1 3", "nsubj ROOT dobj prep pobj",
              "PROPN VERB PRON ADP PROPN")
# what the operation was launched to take
OFFENSIVE = ("Rebels launched an offensive to capture Dabiq", "1 1 3 1 5 1 5",
             "nsubj ROOT det dobj aux advcl dobj", "NOUN VERB DET NOUN PART VERB PROPN")
# a circumstance clause, when the event clause names no place; not a reason clause
AS_HE = ("He was shot as he drove through Dobrinja", "2 2 2 5 5 2 5 6",
         "nsubjpass auxpass ROOT mark nsubj advcl prep pobj", "PRON AUX VERB SCONJ PRON VERB ADP PROPN")
BECAUSE = ("He was shot because he drove through Dobrinja", "2 2 2 5 5 2 5 6",
           "nsubjpass auxpass ROOT mark nsubj advcl prep pobj", "PRON AUX VERB SCONJ PRON VERB ADP PROPN")
# a relative clause about the incident tells its place; one about the gunmen does not
INCIDENT = ("Eight died in an attack that targeted a post in Rouiba", "1 1 1 4 2 6 4 8 6 8 9",
            "nsubj ROOT prep det pobj nsubj relcl det dobj prep pobj",
            "NUM VERB ADP DET NOUN PRON VERB DET NOUN ADP PROPN")
GUNMEN = ("Eight were shot by gunmen who hid in Rouiba", "2 2 2 2 3 6 4 6 7",
          "nsubjpass auxpass ROOT agent pobj nsubj relcl prep pobj",
          "NUM AUX VERB ADP NOUN PRON VERB ADP PROPN")
# a metonym the event clause governs through a locative preposition other than 'in'/'near'
MARCHED_ON = ("Protesters marched on Davos", "1 1 1 2", "nsubj ROOT prep pobj", "NOUN VERB ADP PROPN")


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (STRUCK, [(3, 4, "literal", "exact")], 5, "Kerbala"),
    (FROM_SYRIA, [(0, 1, "metonymic", "country"), (4, 5, "literal", "country")], 1, None),
    (OFFENSIVE, [(6, 7, "literal", "exact")], 1, "Dabiq"),
    (AS_HE, [(7, 8, "literal", "exact")], 2, "Dobrinja"),
    (BECAUSE, [(7, 8, "literal", "exact")], 2, None),
    (INCIDENT, [(10, 11, "literal", "exact")], 1, "Rouiba"),
    (GUNMEN, [(8, 9, "literal", "exact")], 2, None),
    (MARCHED_ON, [(3, 4, "metonymic", "exact")], 1, "Davos"),
])
def test_location_reads_clauses_that_share_the_event_scene(sent, places, trigger, expected):
    doc = _hand(*sent, places)
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


# a mission is named after the country it represents; the town around it is the place
EMBASSY = _parse("Students rallied outside the U.S. embassy in Lisbon", "1 1 1 5 5 2 5 6",
                 "nsubj ROOT prep det compound pobj prep pobj", "NOUN VERB ADP DET PROPN NOUN ADP PROPN")
CONSULATE = _parse("Students rallied outside the Jordanian Consulate in Lisbon", "1 1 1 5 5 2 5 6",
                   "nsubj ROOT prep det compound pobj prep pobj", "NOUN VERB ADP DET PROPN PROPN ADP PROPN")
# a place closing an organisation's name says which organisation, not where it struck
ISIS = _parse("Jets struck the Islamic State of Iraq", "1 1 4 4 1 4 5",
              "nsubj ROOT det compound dobj prep pobj", "NOUN VERB DET PROPN PROPN ADP PROPN")
# a site a name qualifies is a place even when the tagger read the name as a metonym
HOME = _parse("He was shot outside his Jaffna home", "2 2 2 2 6 6 3",
              "nsubjpass auxpass ROOT prep poss compound pobj", "PRON AUX VERB ADP PRON PROPN NOUN")
# local actors act where they live; foreign fighters do not
RESIDENTS = _parse("Nangarhar residents protested", "1 2 2", "compound nsubj ROOT", "PROPN NOUN VERB")
FIGHTERS = _parse("Nangarhar fighters protested", "1 2 2", "compound nsubj ROOT", "PROPN NOUN VERB")
# a place in a tight pair of verbs ('shot and killed') is the place of both
SHOT_KILLED = _parse("Police shot and killed two in Gudermes", "1 1 1 1 3 3 5",
                     "nsubj ROOT cc conj dobj prep pobj", "NOUN VERB CCONJ VERB NUM ADP PROPN")
SHIPPED = _parse("Troops captured him and later shipped him to Cuba", "1 1 1 1 5 1 5 5 7",
                 "nsubj ROOT dobj cc advmod conj dobj prep pobj", "NOUN VERB PRON CCONJ ADV VERB PRON ADP PROPN")
# 'shot to fame', 'the film was shot in X': no event, so no event place
FAME = _parse("Ward shot to stardom in Seoul", "1 1 1 2 1 4", "nsubj ROOT prep pobj prep pobj",
              "PROPN VERB ADP NOUN ADP PROPN")


@pytest.mark.parametrize("sent, places, trigger, expected", [
    (EMBASSY, [(4, 5, "metonymic", "country"), (7, 8, "literal", "exact")], 1, "Lisbon"),
    (EMBASSY, [(4, 5, "literal", "country")], 1, None),
    (CONSULATE, [(4, 6, "literal", "exact"), (7, 8, "literal", "exact")], 1, "Lisbon"),
    (ISIS, [(6, 7, "literal", "country")], 1, None),
    (HOME, [(5, 6, "metonymic", "exact")], 2, "Jaffna"),
    (RESIDENTS, [(0, 1, "literal", "exact")], 2, "Nangarhar"),
    (FIGHTERS, [(0, 1, "literal", "exact")], 2, None),
    (SHOT_KILLED, [(6, 7, "literal", "exact")], 1, "Gudermes"),
    (SHIPPED, [(8, 9, "literal", "exact")], 1, None),
    (FAME, [(5, 6, "literal", "exact")], 1, None),
])
def test_location_reads_the_role_of_each_name(sent, places, trigger, expected):
    words, heads, deps, pos = sent
    lemmas = {"residents": "resident", "fighters": "fighter", "protested": "protest", "shot": "shoot",
              "killed": "kill", "captured": "capture", "shipped": "ship", "stardom": "stardom"}
    doc = _doc(words, heads, deps, pos, places, [lemmas.get(w.lower(), w.lower()) for w in words])
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected



# a bare object the gazetteer does not know as a place is whom the verb acted on; a town the verb
# puts the act in says where, a wider area does not
CAPTURED_IN = _parse("Agents captured Haddad in Khartoum", "1 1 1 1 3", "nsubj ROOT dobj prep pobj",
                     "NOUN VERB PROPN ADP PROPN")


@pytest.mark.parametrize("sent, places, expected", [
    (CAPTURED_IN, [(2, 3, "literal", "near"), (4, 5, "literal", "exact")], "Khartoum"),
    (CAPTURED_IN, [(2, 3, "literal", "exact"), (4, 5, "literal", "exact")], "Haddad"),
    (CAPTURED_IN, [(2, 3, "literal", "near"), (4, 5, "literal", "country")], "Haddad"),
])
def test_location_doubtful_object_yields_to_the_verbs_setting(sent, places, expected):
    words, heads, deps, pos = sent
    doc = _doc(words, heads, deps, pos, places, [w.lower() for w in words])
    span = choose_location_span(doc, doc[1])
    assert (span.text if span is not None else None) == expected


COSTS = _parse("Costs shot up in Kinshasa", "1 1 1 1 3", "nsubj ROOT prt prep pobj", "NOUN VERB ADP ADP PROPN")
BUS = _parse("Gunmen shot up a bus in Kinshasa", "1 1 1 4 1 1 5", "nsubj ROOT prt det dobj prep pobj",
             "NOUN VERB ADP DET NOUN ADP PROPN")


@pytest.mark.parametrize("sent, place, expected", [(COSTS, (4, 5), None), (BUS, (6, 7), "Kinshasa")])
def test_location_shot_up_without_object_is_a_rise(sent, place, expected):
    words, heads, deps, pos = sent
    doc = _doc(words, heads, deps, pos, [(*place, "literal", "exact")],
               [{"shot": "shoot", "costs": "cost"}.get(w.lower(), w.lower()) for w in words])
    span = choose_location_span(doc, doc[1])
    assert (span.text if span is not None else None) == expected


def test_location_unknown_captive_yields_to_a_wider_area_too():
    # "Agents captured Zubaydah in Pakistan": a name no gazetteer knows, taken captive
    words, heads, deps, pos = CAPTURED_IN
    words = [*words[:2], "Zubaydah", words[3], "Pakistan"]
    pakistan = Place(name="Pakistan", lat=30.0, lon=70.0, country="PAK", precision="country")
    doc = _placed(" ".join(words), " ".join(map(str, heads)), " ".join(deps), " ".join(pos),
                  [(2, 3, "literal", None), (4, 5, "literal", pakistan)],
                  lemmas=["agent", "capture", "zubaydah", "in", "pakistan"])
    assert choose_location_span(doc, doc[1]).text == "Pakistan"


# "Army continued an offensive in Homs , targeting areas east of Tiyas ."
TARGETING = _parse("Army continued an offensive in Homs , targeting areas east of Tiyas .",
                   "1 1 3 1 3 4 1 1 7 8 9 10 1",
                   "nsubj ROOT det dobj prep pobj punct advcl dobj advmod prep pobj punct",
                   "PROPN VERB DET NOUN ADP PROPN PUNCT VERB NOUN ADV ADP PROPN PUNCT")


def test_location_participles_own_reference_point_beats_the_governing_clause():
    words, heads, deps, pos = TARGETING
    doc = _doc(words, heads, deps, pos, [(5, 6, "literal", "exact"), (11, 12, "literal", "exact")])
    assert choose_location_span(doc, doc[7]).text == "Tiyas"
    assert choose_location_span(doc, doc[1]).text == "Homs"


# "Police clashed in Basra , and officials said soldiers killed two ."
ACKNOWLEDGED = _parse("Police clashed in Basra , and officials said soldiers killed two .",
                      "1 1 1 2 1 1 7 1 9 7 9 1",
                      "nsubj ROOT prep pobj punct cc nsubj conj nsubj ccomp dobj punct",
                      "NOUN VERB ADP PROPN PUNCT CCONJ NOUN VERB NOUN VERB NUM PUNCT")
# "A source in Basra said soldiers killed two ."
SOURCE = _parse("A source in Basra said soldiers killed two .", "1 4 1 2 4 6 4 6 4",
                "det nsubj prep pobj ROOT nsubj ccomp dobj punct",
                "DET NOUN ADP PROPN VERB NOUN VERB NUM PUNCT")


@pytest.mark.parametrize("sent, trigger, expected", [(ACKNOWLEDGED, 9, None), (SOURCE, 6, "Basra")])
def test_location_place_outside_the_reported_clause_unless_the_source_is_there(sent, trigger, expected):
    words, heads, deps, pos = sent
    doc = _doc(words, heads, deps, pos, [(3, 4, "literal", "exact")])
    span = choose_location_span(doc, doc[trigger])
    assert (span.text if span is not None else None) == expected


# "In Sarajevo , a peacekeeper was shot while driving through Dobrinja ."
FRAMED = ("In Sarajevo , a peacekeeper was shot while driving through Dobrinja .",
          "6 0 6 4 6 6 6 8 6 8 9 6",
          "prep pobj punct det nsubjpass auxpass ROOT mark advcl prep pobj punct",
          "ADP PROPN PUNCT DET NOUN AUX VERB SCONJ VERB ADP PROPN PUNCT")


@pytest.mark.parametrize("country, expected", [("BIH", "Dobrinja"), ("SRB", "Sarajevo")])
def test_location_circumstance_narrows_the_sentences_frame(country, expected):
    sarajevo = Place(name="Sarajevo", lat=43.8, lon=18.4, country="BIH", precision="exact")
    dobrinja = Place(name="Dobrinja", lat=43.8, lon=18.3, country=country, precision="exact")
    doc = _placed(*FRAMED, [(1, 2, "literal", sarajevo), (10, 11, "literal", dobrinja)])
    assert choose_location_span(doc, doc[6]).text == expected


# "Army targeted the Lufti area near the Airport ." / "Army attacked near the Airport ."
LANDMARK = _parse("Army targeted the Lufti area near the Airport .", "1 1 4 4 1 1 7 5 1",
                  "nsubj ROOT det compound dobj prep det pobj punct",
                  "PROPN VERB DET PROPN NOUN ADP DET PROPN PUNCT")


@pytest.mark.parametrize("places, expected", [
    ([(3, 4, "literal", "exact"), (7, 8, "literal", "exact")], "Lufti"),
    ([(7, 8, "literal", "exact")], "Airport"),
])
def test_location_place_near_which_a_named_target_lies_is_a_landmark(places, expected):
    doc = _doc(*LANDMARK, places)
    assert choose_location_span(doc, doc[1]).text == expected


def test_location_dateline_is_where_the_report_was_filed():
    words = ["ANKARA", "  ", "Bombs", "killed", "80", "in", "Ankara", "."]
    doc = _doc(words, [3, 0, 3, 3, 3, 3, 5, 3], ["npadvmod", "dep", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "SPACE", "NOUN", "VERB", "NUM", "ADP", "PROPN", "PUNCT"],
               [(0, 1, "literal", "exact"), (6, 7, "literal", "exact")])
    span = choose_location_span(doc, doc[3])
    assert (span.start, span.text) == (6, "Ankara")
    doc = _doc(words, [3, 0, 3, 3, 3, 3, 5, 3], ["npadvmod", "dep", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "SPACE", "NOUN", "VERB", "NUM", "ADP", "PROPN", "PUNCT"], [(0, 1, "literal", "exact")])
    assert choose_location_span(doc, doc[3]) is None

