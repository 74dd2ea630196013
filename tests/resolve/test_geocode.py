"""Candidate ranking: population, feature cues, parent hints and the document's countries."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.resolve import geocode
from dateline.resolve.gazetteer import load_gazetteer
from dateline.resolve.toponym_candidate import Candidate

from .candidates import cand as make_cand


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _best(gaz, cand: Candidate, ctx: geocode.DocContext | None = None):
    scored = geocode.rank(gaz, cand, ctx or geocode.DocContext())
    return geocode.to_place(gaz, scored[0][0], near=cand.near)


@pytest.mark.parametrize("countries, points, expected", [
    ({}, [], "FRA"),
    ({"FRA": 3}, [(45.76, 4.84)], "FRA"),           # a French article naming Lyon
    ({"USA": 4}, [(33.2, -95.0), (32.78, -96.8)], "USA"),  # a Texan article naming nearby towns
])
def test_geocode_paris_follows_the_documents_places(gaz, countries, points, expected):
    focus = max(countries, key=countries.get) if countries else None
    ctx = geocode.DocContext(Counter(countries), focus, [(lat, lon, -1) for lat, lon in points])
    assert _best(gaz, make_cand(gaz, "Paris"), ctx).country == expected


@pytest.mark.parametrize("name, parent, country, admin1", [
    ("Paris", "Texas", "USA", "Texas"),
    ("Sinjar", "Nineveh", "IRQ", "Nineveh"),
    ("Springfield", "Illinois", "USA", "Illinois"),
])
def test_geocode_parent_hint_narrows_the_choice(gaz, name, parent, country, admin1):
    cand = make_cand(gaz, name, parent=make_cand(gaz, parent, feature="admin1"))
    place = _best(gaz, cand)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("name, feature, precision", [
    ("Nineveh", "admin1", "admin1"),
    ("Baghdad", None, "exact"),       # a province named after its capital: the bare name is the town
    ("Baghdad", "admin1", "admin1"),  # "Baghdad province"
    ("Duhok", None, "exact"),
    ("Iraq", None, "country"),
    ("Mosul Dam", None, "exact"),
])
def test_geocode_precision_is_honest(gaz, name, feature, precision):
    assert _best(gaz, make_cand(gaz, name, feature=feature)).precision == precision


def test_geocode_near_cue_coarsens_a_point(gaz):
    assert _best(gaz, make_cand(gaz, "Mosul", near=True)).precision == "near"


@pytest.mark.parametrize("name, lat, lon", [
    ("Sinjar", 36.32, 41.88), ("Irbil", 36.19, 44.01), ("Tikrit", 34.62, 43.68),
    ("Shangal", 36.32, 41.88), ("Zumar", 36.64, 42.50),
])
def test_geocode_conflict_towns_resolve_within_25_km(gaz, name, lat, lon):
    ctx = geocode.DocContext(Counter({"IRQ": 5}), "IRQ")
    place = _best(gaz, make_cand(gaz, name), ctx)
    assert geocode.haversine_km(place.lat, place.lon, lat, lon) < 25


def test_geocode_confidence_reflects_the_margin(gaz):
    assert geocode.confidence([(1, 5.0)]) == 1.0
    assert geocode.confidence([(1, 5.0), (2, 5.0)]) == 0.5
    assert geocode.confidence([]) == 0.0


@pytest.mark.parametrize("key, countries, found", [
    ("mosoul", ("IRQ",), True),
    ("mosoul", ("FRA", "DEU"), False),   # fuzzy matching never leaves the document's countries
    ("mosoul", (), False),
])
def test_geocode_fuzzy_match_stays_in_document_countries(gaz, key, countries, found):
    from dateline.mentions.places import fuzzy_rows

    rows = fuzzy_rows(gaz, key, countries)
    assert any(gaz.geonameid[r] == 99072 for r in rows) == found


@pytest.mark.parametrize("child, parent, country", [
    ("Atlanta", "Georgia", "USA"),   # the Georgia that holds Atlanta, not the country
    ("Tbilisi", "Georgia", "GEO"),
])
def test_geocode_child_names_its_parent(gaz, child, parent, country):
    cand = make_cand(gaz, parent)
    cand.child = make_cand(gaz, child)
    assert _best(gaz, cand).country == country


@pytest.mark.parametrize("name, country, kind", [
    ("Democratic Republic of Congo", "COD", "country"),
    ("Heathrow", "GBR", "landmark"),
    ("West Africa", None, "region"),
    ("Northern Europe", None, "region"),
    ("Paletwa", "MMR", "city"),  # a township seat GeoNames' cities500 lacks
])
def test_geocode_supplement_names_resolve(gaz, name, country, kind):
    scored = geocode.rank(gaz, make_cand(gaz, name), geocode.DocContext())
    row = scored[0][0]
    assert (gaz.country[row] or None, gaz.kind[row]) == (country, kind)


@pytest.mark.parametrize("name, peers, country", [
    ("Georgia", ["Arizona", "Illinois"], "USA"),  # a list of US states
    ("Georgia", ["Armenia", "Azerbaijan"], "GEO"),  # a list of countries
])
def test_geocode_list_peers_share_a_sort(gaz, name, peers, country):
    cand = make_cand(gaz, name)
    cand.peers = [make_cand(gaz, p) for p in peers]
    assert _best(gaz, cand).country == country


def test_geocode_a_list_is_not_a_hierarchy(gaz):
    """'Georgia, Iraq, Iran and Syria': Iran follows "Iraq, " but does not contain it."""
    iraq, iran, georgia, syria = (make_cand(gaz, n) for n in ("Iraq", "Iran", "Georgia", "Syria"))
    iraq.parent, iran.child = iran, iraq
    iraq.peers, iran.peers = [georgia, iran], [iraq, syria]
    assert _best(gaz, iraq).country == "IRQ"
    assert _best(gaz, iran).country == "IRN"


@pytest.mark.parametrize("name, focus, country", [
    ("Glasgow", "USA", "GBR"),    # a city of 600k, not Glasgow, Delaware, in an American story
    ("Toronto", "USA", "CAN"),
    ("Mexico", None, "MEX"),      # a country keeps its name: "Mexico" is not Mexico City
])
def test_geocode_a_dominant_city_outweighs_weak_context(gaz, name, focus, country):
    ctx = geocode.DocContext(Counter({focus: 3}) if focus else Counter(), focus)
    place = _best(gaz, make_cand(gaz, name), ctx)
    assert (place.country, place.precision in ("exact", "country")) == (country, True)


def test_geocode_peer_speaks_through_its_first_pass_winner(gaz):
    """"Toronto and New York": New York's winner is the big city, so Toronto is the big one too."""
    toronto, new_york = make_cand(gaz, "Toronto"), make_cand(gaz, "New York")
    toronto.peers = [new_york]
    nyc = next(r for r in new_york.rows if gaz.name[r] == "New York City")
    ctx = geocode.DocContext(Counter({"USA": 5}), "USA", best={id(new_york): nyc})
    assert _best(gaz, toronto, ctx).country == "CAN"


@pytest.mark.parametrize("name, kind", [
    ("Quebec", "admin1"),    # the province: its namesake capital is a small share of it
    ("Baghdad", "city"),     # the town: it is most of its province
])
def test_geocode_province_or_namesake_town(gaz, name, kind):
    scored = geocode.rank(gaz, make_cand(gaz, name), geocode.DocContext())
    assert gaz.kind[scored[0][0]] == kind


@pytest.mark.parametrize("name, country, lat, lon", [
    ("NSW", "AUS", -33.0, 147.0),          # abbreviation of New South Wales
    ("Nyanza", "KEN", -0.1, 34.76),        # Kenya's former province, at its capital Kisumu
    ("Yorkshire", "GBR", 53.96, -1.08),    # historic county, at its county town York
])
def test_geocode_units_geonames_lacks(gaz, name, country, lat, lon):
    ctx = geocode.DocContext(Counter({country: 2}), country)
    place = _best(gaz, make_cand(gaz, name), ctx)
    assert place.country == country
    assert geocode.haversine_km(place.lat, place.lon, lat, lon) < 250


def test_geocode_island_cue_accepts_a_province(gaz):
    """"the island of Bali" is the Indonesian province, not the Indian town."""
    ctx = geocode.DocContext(Counter({"IDN": 2, "AUS": 3}), "AUS")
    assert _best(gaz, make_cand(gaz, "Bali", feature="landmark"), ctx).country == "IDN"


@pytest.mark.parametrize("name, state", [("Monroe County", "MI"), ("Fulton County", "IL")])
def test_geocode_document_provinces_pick_the_county(gaz, name, state):
    """A county name shared by many US states takes the state the story names."""
    cand = make_cand(gaz, name, feature="admin1")
    ctx = geocode.DocContext(Counter({"USA": 4}), "USA", provinces=Counter({("USA", state): 1.0}))
    row = geocode.rank(gaz, cand, ctx)[0][0]
    assert (gaz.country[row], gaz.admin1[row]) == ("USA", state)


def test_geocode_borough_names_its_city(gaz):
    """"Brooklyn, New York": the narrowest unit holding Brooklyn is the city, not the state."""
    parent = make_cand(gaz, "New York")
    parent.child = make_cand(gaz, "Brooklyn")
    assert _best(gaz, parent).name == "New York City"


def test_geocode_a_listed_landmark_beats_a_small_namesake(gaz):
    """"Heathrow" is the London airport, not the Florida town of 6,000, even in an American story."""
    ctx = geocode.DocContext(Counter({"USA": 3}), "USA")
    assert _best(gaz, make_cand(gaz, "Heathrow"), ctx).country == "GBR"


@pytest.mark.parametrize("name, points, resolves", [
    ("Collins", [(25.79, -80.13)], False),     # 'Collins Avenue' in a Miami Beach story
    ("Rogers", [(43.70, -79.40)], False),      # 'Rogers Centre' in a Toronto story
    ("Florida", [(26.31, -80.24)], False),     # a university lies in a town, not a whole state
    ("London", [(53.33, -6.25)], True),        # 'London Guildhall School': a city's own school
    ("Haymarket", [(38.80, -77.61)], True),    # 'Haymarket Village Center' among nearby towns
])
def test_geocode_facility_takes_only_a_coherent_fragment(gaz, name, points, resolves):
    """A street or building is resolved through the place its name contains only when that
    place is where the story is (or a big city), never through a patron's namesake."""
    cand = make_cand(gaz, name, facility="building")
    ctx = geocode.DocContext(Counter({"USA": 3}), "USA", [(lat, lon, -1) for lat, lon in points],
                             point_countries=[("USA", -1)])
    assert bool(geocode.rank(gaz, cand, ctx)) == resolves


def test_geocode_facility_in_a_story_without_other_towns(gaz):
    """'Cavan Town Hall' in an Irish story naming no other Irish town is in Cavan."""
    ctx = geocode.DocContext(Counter({"IRL": 3}), "IRL")
    scored = geocode.rank(gaz, make_cand(gaz, "Cavan", facility="building"), ctx)
    assert gaz.country[scored[0][0]] == "IRL"


def test_geocode_repeated_name_keeps_its_surest_reading(gaz):
    """One sense per discourse: a bare repeat of a name takes its confident mention's place."""
    first, again = make_cand(gaz, "Garden City"), make_cand(gaz, "Garden City")
    sc = next(r for r in first.rows if gaz.admin1[r] == "SC")
    ctx = geocode.DocContext(Counter({"USA": 3}), "USA", readings={"garden city": (sc, 0.9, id(first))})
    assert gaz.admin1[geocode.rank(gaz, again, ctx)[0][0]] == "SC"


def test_geocode_province_named_elsewhere_is_the_bare_name(gaz):
    """'Wash.' in the dateline makes a bare 'Washington' the state, not the capital."""
    ctx = geocode.DocContext(Counter({"USA": 3}), "USA",
                             named_admin1={("USA", "WA"): {"wash"}})
    row = geocode.rank(gaz, make_cand(gaz, "Washington"), ctx)[0][0]
    assert (gaz.kind[row], gaz.admin1[row]) == ("admin1", "WA")


@pytest.mark.parametrize("facility, resolves", [("street", False), ("building", True)])
def test_geocode_streets_take_far_big_towns_names(gaz, facility, resolves):
    """'Hampton Avenue' in a St. Louis story is a street there; a 'Hampton Hospital' is most
    likely in the city of Hampton."""
    ctx = geocode.DocContext(Counter({"USA": 3}), "USA", [(38.63, -90.20, -1)],
                             point_countries=[("USA", -1)])
    rows = geocode.rank(gaz, make_cand(gaz, "Hampton", facility=facility), ctx)
    assert any(gaz.name[r] == "Hampton" and gaz.kind[r] == "city" for r, _ in rows) == resolves


@pytest.mark.parametrize("name, focus, points, kept", [
    ("Abu", "SDN", [(13.63, 25.35)], False),      # 'Abu Shok' in Darfur is not Abu, India
    ("Swat", "PAK", [(18.6, 76.0)], True),         # 'Swat Valley': the focus country's own Swat
    ("Salinas", "USA", [(36.6, -121.9)], True),     # 'Salinas Valley' beside Monterey
])
def test_geocode_fragment_drops_far_foreign_namesakes(gaz, name, focus, points, kept):
    cand = make_cand(gaz, name, fragment=True)
    ctx = geocode.DocContext(Counter({focus: 3}), focus, [(lat, lon, -1) for lat, lon in points])
    scored = geocode.rank(gaz, cand, ctx)
    assert bool(scored and gaz.country[scored[0][0]] == focus) == kept


@pytest.mark.parametrize("others, kept", [
    # 'Ariha' is also an alternate name of Jericho: not trusted in a story whose places are all
    # Syrian, where Ariha itself is a reading
    ({"saraqib": {"SYR"}}, False),
    ({}, True),  # nothing else to go by
    ({"saraqib": {"SYR"}, "hebron": {"PSE"}}, True),  # a story that names the West Bank too
    ({"amman": {"JOR"}}, True),  # no Jordanian Ariha to fall back on
])
def test_geocode_variant_names_abroad_need_the_documents_country(gaz, others, kept):
    cand = make_cand(gaz, "Ariha")
    ctx = geocode.DocContext(key_countries=others)
    rows = {r for r, _ in geocode.rank(gaz, cand, ctx)}
    jericho = next(r for r in cand.rows if gaz.name[r] == "Jericho")
    assert (jericho in rows) is kept


def test_geocode_actor_evidence_sets_the_focus_and_drops_namesakes(gaz):
    # "Two killed in Madaya" with Jabhat al-Nusra named: Syria, not Myanmar's bigger Madaya
    cand = make_cand(gaz, "Madaya")
    alone = geocode.document_context(gaz, [cand])
    named = geocode.document_context(gaz, [cand], actors=Counter({"SYR": 1}))
    assert _best(gaz, cand, alone).country == "MMR"
    assert named.focus == "SYR" and _best(gaz, cand, named).country == "SYR"


@pytest.mark.parametrize("name, other, focus", [
    ("Homs", "Zahra", "SYR"),    # Homs dwarfs Libya's Al Khums (also 'Homs'): as good as Syria
])
def test_geocode_a_dwarfing_city_votes_for_its_country(gaz, name, other, focus):
    cands = [make_cand(gaz, name), make_cand(gaz, other)]
    ctx = geocode.document_context(gaz, cands)
    assert ctx.focus == focus
    assert _best(gaz, cands[0], ctx).country == focus


def test_geocode_elsewhere_leaves_out_the_name_itself(gaz):
    ctx = geocode.DocContext()
    ctx.vote("madaya", "MMR", 1.0)
    ctx.vote("zabadani", "SYR", 1.0)
    ctx.actors["LBN"] += 1.0
    assert ctx.elsewhere("madaya") == Counter({"SYR": 1.0, "LBN": 1.0})


def test_geocode_borrowed_name_yields_to_the_town_it_names(gaz):
    """'Ariha' alone: the Syrian town of that name, not Jericho (whose Arabic name it is)."""
    cand = make_cand(gaz, "Ariha")
    ctx = geocode.document_context(gaz, [cand])
    assert geocode.to_place(gaz, geocode.rank(gaz, cand, ctx)[0][0]).country == "SYR"


def test_geocode_typed_mention_sets_the_reading_of_bare_repeats(gaz):
    """'New York state ... in New York': the typed mention is surest, so the repeat is the state."""
    typed, bare = make_cand(gaz, "New York", feature="admin1"), make_cand(gaz, "New York")
    first = [(typed, geocode.rank(gaz, typed, geocode.DocContext())),
             (bare, geocode.rank(gaz, bare, geocode.DocContext()))]
    assert gaz.kind[first[1][1][0][0]] == "city"  # alone, the bare name is the city
    ctx = geocode.refine_context(gaz, first)
    assert gaz.kind[geocode.rank(gaz, bare, ctx)[0][0]] == "admin1"


@pytest.mark.parametrize("name, feature, kind", [
    ("Houston", "admin1", "city"),     # 'the Houston region': no county of that name is its size
    ("Houston", None, "city"),
    ("Baghdad", "admin1", "admin1"),   # 'Baghdad province' holds the town
    ("Quebec", "admin1", "admin1"),
])
def test_geocode_region_word_after_a_big_town(gaz, name, feature, kind):
    assert gaz.kind[geocode.rank(gaz, make_cand(gaz, name, feature=feature),
                                 geocode.DocContext())[0][0]] == kind


@pytest.mark.parametrize("named, country", [("Republic of Congo", "COG"), (None, "COD")])
def test_geocode_country_named_in_full_is_the_short_name(gaz, named, country):
    """A story naming the 'Republic of Congo' means it by a bare 'Congo'; alone, 'Congo' is the
    larger Democratic Republic (news style)."""
    ctx = geocode.DocContext()
    if named:
        ctx.named_countries = {"COG": {"republic of congo"}}
    row = geocode.rank(gaz, make_cand(gaz, "Congo"), ctx)[0][0]
    assert (gaz.kind[row], gaz.country[row]) == ("country", country)


def test_geocode_a_list_names_distinct_places(gaz):
    """'Long Island, New York City, New York and Vermont': the list already names the city
    (through a neighbour's neighbour), so the bare 'New York' in it is less likely the city."""
    bare, isle, nyc = (make_cand(gaz, "New York"), make_cand(gaz, "Long Island"),
                       make_cand(gaz, "New York City"))
    nyc.peers, isle.peers, bare.peers = [isle], [nyc, bare], [isle]
    city = next(r for r in gaz.rows("new york city") if gaz.kind[r] == "city")

    def city_score(best: dict) -> float:
        ctx = geocode.DocContext(Counter({"USA": 3}), "USA", best=best)
        return dict(geocode.rank(gaz, bare, ctx))[city]

    assert city_score({}) - city_score({id(nyc): city}) == pytest.approx(geocode.W_LISTED, abs=0.01)


def test_geocode_a_town_named_so_only_formerly_is_no_rival_namesake(gaz):
    """Richmond, Virginia once bore the name Manchester: only towns that still bear a name
    count against the biggest one in the dominance bonus."""
    rows = gaz.lookup("Manchester")
    top, bonus = geocode._dominant_town(gaz, rows, "manchester")
    assert (gaz.country[top], bonus > 0) == ("GBR", True)
