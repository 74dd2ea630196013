"""Containers: a place the text puts inside another keeps no namesake outside it."""

from __future__ import annotations

import pytest

from dateline.records import Place


def _spans(nlp, text):
    doc = nlp(text)
    return doc, {s.text: s for s in doc.spans["places"]}


def _km(a: Place, b: Place) -> float:
    from dateline.resolve.geocode import haversine_km

    return haversine_km(a.lat, a.lon, b.lat, b.lon)


@pytest.mark.model
@pytest.mark.parametrize("text, name, country, admin1", [
    # a stated province or country wins over a namesake abroad (Bonn also answers to 'Boni')
    ("Herders fled their homes near Boni in the Mopti region.", "Boni", "MLI", "Mopti"),
    # a town part named after its city, in a later paragraph or a list, stays in that city
    ("Rockets fell on Kharkiv on Friday.\n\nOfficials said the Kyivskyi district was worst hit.",
     "Kyivskyi", "UKR", "Kharkiv"),
    ("Militias clashed in Tripoli overnight.\n\nShells fell in the Abu Salim and Salah al-Din "
     "districts.", "Salah al-Din", "LBY", "Tarabulus"),
    ("Militias clashed in Tripoli overnight.\n\nShells fell in the Abu Salim and Salah al-Din "
     "districts.", "Abu Salim", "LBY", "Tarabulus"),
    ("A missile struck the Shevchenkivskyi district of Kharkiv.", "Shevchenkivskyi", "UKR",
     "Kharkiv"),
    # an address 'X district, Y province' names the district's province (Daman is also in India)
    ("A mine hit a truck in Daman district, Kandahar province, on Sunday.", "Daman", "AFG",
     "Kandahar"),
    # ... but a district the text places elsewhere is left where it is
    ("Officials in Kabul said troops raided villages in Garmsir district of Helmand province.",
     "Garmsir", "AFG", "Helmand"),
    ("Police in Baghdad said a bomb went off in the Sadr City district.", "Sadr City", "IRQ",
     "Baghdad"),
    # an address 'town, province, country' whose town the gazetteer lacks: its namesake in
    # England is not the place, the province is
    ("The driver was stopped on a highway near Dublin, Ontario, Canada, on Sunday.", "Dublin", "CAN",
     "Ontario"),
    # a county names the town's country too
    ("The next race is at Melbourne, Derbyshire, in August.", "Melbourne", "GBR", "England"),
])
def test_containers_keep_the_reading_inside(places_nlp, text, name, country, admin1):
    _, spans = _spans(places_nlp, text)
    place = spans[name]._.place
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.model
def test_containers_town_part_is_placed_at_its_city(places_nlp):
    _, spans = _spans(places_nlp, "Rockets fell on Kharkiv on Friday.\n\nOfficials said the "
                                  "Kyivskyi district was worst hit.")
    assert _km(spans["Kyivskyi"]._.place, spans["Kharkiv"]._.place) < 30
    assert spans["Kyivskyi"]._.place.precision == "near"


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # a small namesake across the border is not the region the story is about
    ("Colombian troops patrolled Cucuta on Monday.\n\nRebels have also fought in the Catatumbo "
     "region.", "Catatumbo", "COL"),
    # 'the Somali capital': a demonym, not Ethiopia's Somali Region
    ("Gunmen stormed a restaurant in the Somali capital on Sunday.", "Somali", "SOM"),
])
def test_containers_country_of_the_story(places_nlp, text, name, country):
    _, spans = _spans(places_nlp, text)
    assert spans[name]._.place.country == country


@pytest.mark.model
def test_containers_variant_name_abroad_is_not_trusted(places_nlp):
    # 'Bala' is an alternate name of Basel; the story's places are all Syrian
    _, spans = _spans(places_nlp, "Shelling hit Damascus and clashes went on in Bala area.")
    place = spans["Bala"]._.place
    assert place is None or place.country != "CHE"


@pytest.mark.model
@pytest.mark.parametrize("text, name, present", [
    ("Families sought help from the Catholic Church.", "Catholic Church", False),
    ("The families asked the Ethiopian Orthodox Church to mediate.", "Orthodox Church", False),
    ("A bomb exploded at the Catholic Church in Lahore.", "Catholic Church", True),
])
def test_containers_denomination_is_no_place(places_nlp, text, name, present):
    _, spans = _spans(places_nlp, text)
    assert any(name in s for s in spans) is present


@pytest.mark.model
@pytest.mark.parametrize("text, focus", [
    ("Russian jets bombed Hama on Monday.", "SYR"),
    ("Russian airstrikes killed ten people in Zamalka.", None),  # a nationality says who, not where
    ("Iraqi forces killed five militants.", "IRQ"),  # nothing else to go by
    ("Herders fled their homes near Boni in the Mopti region.", "MLI"),
])
def test_containers_focus_country(places_nlp, text, focus):
    doc, _ = _spans(places_nlp, text)
    assert doc._.focus_country == focus


@pytest.mark.model
def test_containers_address_of_a_town_outside_its_province_falls_back_to_the_province(places_nlp):
    _, spans = _spans(places_nlp, "The driver was stopped on a highway near Dublin, Ontario, Canada, on Sunday.")
    assert spans["Dublin"]._.place.precision == "admin1"


@pytest.mark.model
@pytest.mark.parametrize("text, name, near, km", [
    # an address whose town the gazetteer knows only in another county (Alnwick lies in
    # Northumberland): the named county's centre instead
    ("The shop is in Alnwick, Cornwall, near the harbour.", "Alnwick", "Cornwall", 1.0),
    # a county picks the town near it among namesakes of one country (not Surrey's Ashford)
    ("The family runs a shop in Ashford, Kent, near the coast.", "Ashford", "Kent", 40.0),
    # an unknown estate named with its county is put there, not at an earlier town
    ("Fans drove from Leeds. The show is at Tatton Park, Cheshire.", "Tatton Park", "Cheshire",
     1.0),
])
def test_containers_a_county_holds_the_town_of_an_address(places_nlp, text, name, near, km):
    _, spans = _spans(places_nlp, text)
    assert spans[name]._.place.country == "GBR"
    assert _km(spans[name]._.place, spans[near]._.place) < km
