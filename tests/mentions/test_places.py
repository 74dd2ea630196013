"""PlaceTagger on real text: recognition beyond NER, kinds, resolution and the sample article."""

from __future__ import annotations

import math

import pytest

pytestmark = pytest.mark.model


def _places(nlp, text):
    doc = nlp(text)
    return doc, {s.text: s for s in doc.spans["places"]}


def _km(a, b):
    from dateline.resolve.geocode import haversine_km

    return haversine_km(*a, *b)


@pytest.mark.parametrize("text, name, kind, country", [
    ("Islamic State fighters captured the town of Sinjar on Saturday.", "Sinjar", "literal", "IRQ"),
    ("Baghdad said the attack had been repelled.", "Baghdad", "metonymic", "IRQ"),
    ("Moscow and Kyiv agreed to talks in Istanbul.", "Kyiv", "metonymic", "UKR"),
    ("Iraqi forces retook Tikrit last year.", "Iraqi", "demonym", "IRQ"),
    ("Iraqi forces retook Tikrit last year.", "Tikrit", "literal", "IRQ"),
    ("Thousands fled to Dahuk and Irbil as the fighting spread.", "Dahuk", "literal", "IRQ"),
])
def test_places_kinds_and_countries(places_nlp, text, name, kind, country):
    _, spans = _places(places_nlp, text)
    assert name in spans
    span = spans[name]
    assert span._.toponym_kind == kind
    assert span._.place is not None and span._.place.country == country


@pytest.mark.parametrize("text, name, kind, country", [
    ("He sent photos from a garage in Spokane, Washington sells cars.", "Washington", "literal",
     "USA"),  # the state after a town says where the town is
    ("A festival in Europe, the Middle East and Africa, Cinemix will screen films.", "Africa",
     "literal", None),  # a list the parser hung on a common noun
    ("Inflation is rising in states such as Austria, Malta Italy or Spain.", "Italy",
     "literal", "ITA"),  # a lost comma does not make 'Malta Italy' one name
    ("She campaigns for trade in Asia-Pacific and beyond.", "Pacific", "literal", None),
    ("There was fresh news from Tbilisi on Monday – Azerbaijan ’s top court overturned it.",
     "Azerbaijan", "literal", "AZE"),  # a country the tagger calls a person
    ("The fever was also reported in Comoros, in Mauritious and in Reunion.", "Mauritious",
     "literal", "MUS"),  # a misspelt country
    ("Racing is at Towcester, Northamptonshire in May.", "Northamptonshire", "literal",
     "GBR"),
    ("Rep. Don Bacon, R-Neb., a longtime skeptic, objected.", "Neb.", "metonymic", "USA"),
    ("Two car bombs hit the SDF near Menbej city.", "Menbej", "literal", "SYR"),
    ("Several casualties in the shelling which hit areas in Ariha city.", "Ariha", "literal",
     "SYR"),  # Jericho's Arabic name, and a Syrian town's own
    ("Damage from strikes by jets said to be Russian around Deir Ezzor.",
     "Deir Ezzor", "literal", "SYR"),  # a spelling of its own name, whoever flies the planes
    ("Four fighters died in the western countryside of Al-Raqqah.", "Al-Raqqah",
     "literal", "SYR"),  # the article written where the gazetteer assimilates it ('Ar Raqqah')
])
def test_places_lists_appositions_and_spellings(places_nlp, text, name, kind, country):
    _, spans = _places(places_nlp, text)
    assert name in spans
    assert spans[name]._.toponym_kind == kind
    assert spans[name]._.place is not None and spans[name]._.place.country == country


def test_places_ocean_is_in_no_country(places_nlp):
    """'the Indian Ocean in Mauritius waters': the ocean keeps its own point, not the island's."""
    _, spans = _places(places_nlp, "The storm weakened in the Indian Ocean in Mauritius waters.")
    ocean = spans["Indian Ocean"]._.place
    assert ocean is not None and ocean.country != "MUS"


@pytest.mark.parametrize("text, absent", [
    ("Police said on Sunday that the man had been arrested.", {"Police", "Sunday"}),
    ("March was the wettest month, Mr Hope told reporters.", {"March", "Hope"}),
    # a person's possessive after "in" is no village of that name
    ("Anna Weber, a rising figure in Merkel's party, won the seat in the state election.", {"Merkel"}),
])
def test_places_ignores_common_words(places_nlp, text, absent):
    _, spans = _places(places_nlp, text)
    assert not absent & set(spans)


def test_places_province_phrase_is_admin1(places_nlp):
    doc, spans = _places(places_nlp, "Fighting spread between the province of Nineveh and Syria.")
    assert spans["Nineveh"]._.place.precision == "admin1"
    assert doc._.focus_country in {"IRQ", "SYR"}


@pytest.mark.parametrize("text, name, country", [
    # the tagger reads the capitalised type word as part of a person's or a party's name
    ("The army attacked villages in Rakhine State.", "Rakhine State", "MMR"),
    ("Gunmen raided a school in Katsina State on Friday.", "Katsina State", "NGA"),
])
def test_places_name_with_its_type_word_is_the_province(places_nlp, text, name, country):
    _, spans = _places(places_nlp, text)
    place = spans[name]._.place
    assert place is not None and place.country == country and place.precision == "admin1"


def test_places_us_state_name_with_state_is_a_university(places_nlp):
    _, spans = _places(places_nlp, "Michigan State scored twice in the second half against Iowa.")
    assert "Michigan State" not in spans and "Michigan" not in spans


def test_places_parent_hint_in_text(places_nlp):
    _, spans = _places(places_nlp, "The festival moved to Paris, Texas, last spring.")
    assert spans["Paris"]._.place.admin1 == "Texas"


# Public reference points (Wikipedia/GeoNames), not gold labels.
SAMPLE_POINTS = {
    "Sinjar": (36.32, 41.88), "Zumar": (36.64, 42.50), "Mosul Dam": (36.63, 42.82),
    "Shangal": (36.32, 41.88), "Irbil": (36.19, 44.01), "Dahuk": (36.87, 42.99),
    "Mosul": (36.34, 43.12), "Tikrit": (34.61, 43.68),
}


def test_places_sample_article_acceptance(places_nlp, sample_article):
    doc = places_nlp(sample_article.read_text("utf-8"))
    spans = doc.spans["places"]
    for name, point in SAMPLE_POINTS.items():
        found = [s for s in spans if s.text == name and s._.toponym_kind == "literal"]
        assert found, name
        points = [s for s in found if s._.place.precision != "admin1"]
        assert points, name
        for span in points:
            assert _km((span._.place.lat, span._.place.lon), point) < 25, name
    nineveh = [s for s in spans if s.text == "Nineveh"]
    assert nineveh and all(s._.place.precision == "admin1" for s in nineveh)
    assert doc._.focus_country == "IRQ"


@pytest.mark.model
def test_places_relabel_confident_toponyms_as_gpe(nlp):
    """The NER's ORG/PERSON guess for a town the gazetteer resolves gives way to GPE."""
    doc = nlp("The Islamic State captured the northern towns of Sinjar and Zumar on Saturday.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Sinjar") == "GPE" and labels.get("Zumar") == "GPE"
    assert labels.get("Islamic State") == "ORG"  # lexicon entities are not touched


@pytest.mark.parametrize("sources, countries, ranked, expected", [
    (["demonym", "gaz"], ["RUS", "SYR"], "RUS", "SYR"),  # 'Russian jets bombed Hama'
    (["demonym", "gaz"], ["RUS", None], "RUS", None),  # a place named but not found
    (["demonym"], ["IRQ"], "IRQ", "IRQ"),  # only a nationality to go by
    (["gaz", "gaz", "gaz"], ["MLI", "MLI", "DEU"], "DEU", "MLI"),  # final places, not first guesses
])
def test_places_focus_country_comes_from_places_not_demonyms(sources, countries, ranked,
                                                             expected):
    from dateline.mentions.places import focus_country
    from dateline.records import Place
    from dateline.resolve.toponym_candidate import Candidate

    cands = [Candidate(i, i + 1, "x", (), s) for i, s in enumerate(sources)]
    places = [Place(name="x", geonameid=None, lat=0.0, lon=0.0, admin1=None, country=c,
                    precision="exact") if c else None for c in countries]
    assert focus_country(cands, places, ranked) == expected


def test_places_typed_list_members_stay_out_of_their_sibling_town(places_nlp):
    """'the towns of Al-Raqqah and Habbaka': the second city is not a point of the first."""
    _, spans = _places(places_nlp, "Shelling hit the towns of Al-Raqqah and Habbaka.")
    assert spans["Al-Raqqah"]._.place.country == "SYR"
    assert spans["Habbaka"]._.place is None


def test_places_generic_first_word_gives_no_reading_abroad(places_nlp):
    """The rows of a generic first word ('Khan', an alternate name of Germany's Haan) are no
    reading of 'Khan al-Asal'."""
    _, spans = _places(places_nlp, "Clashes broke out in Khan al-Asal on Sunday.")
    place = spans["Khan al-Asal"]._.place
    assert place is None or place.country != "DEU"


@pytest.mark.parametrize("text, name", [
    # a part's namesake does not vouch for itself: 'Bostan' is an alternate name of Boston
    ("Missiles hit Bostan al-Basha and the old city of Aleppo.", "Bostan al-Basha"),
    # a unit after another unit stays home: Libya's Al Marj does not pull Daraa abroad
    ("Mortars targeted the Al-Marj district and the Daraa countryside on Monday.", "Daraa"),
])
def test_places_parts_and_units_stay_in_the_storys_country(places_nlp, text, name):
    _, spans = _places(places_nlp, text)
    place = spans[name]._.place
    assert place is not None and place.country == "SYR"
