"""Every alias of an actor has one canonical name; role nouns compose with countries."""

from __future__ import annotations

import pytest

from dateline.mentions.actor_names import (
    Parts, actor_of_text, canonical_name, compose, group_heads, possessed_parts, same_actor,
)
from dateline.mentions.actor_lexicon import lexicon
from dateline.records import Actor


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("ISIL", "Islamic State"), ("ISIS", "Islamic State"), ("IS", "Islamic State"), ("Daesh", "Islamic State"),
        ("the Islamic State group", "Islamic State"), ("Islamic State of Iraq and the Levant", "Islamic State"),
        ("Syrian army", "Government of Syria"), ("Syrian Arab Army", "Government of Syria"),
        ("Government of Syria", "Government of Syria"), ("Assad regime", "Government of Syria"),
        ("Syrian government", "Government of Syria"), ("the government of Syria", "Government of Syria"),
        ("Syria", "Government of Syria"), ("Damascus", "Government of Syria"),
        ("Syrian insurgents", "Syrian rebels"), ("Syrian rebels", "Syrian rebels"),
        ("Afghan National Army", "Government of Afghanistan"), ("Afghan police", "Government of Afghanistan"),
        ("Iraqi security forces", "Government of Iraq"), ("Iraq's prime minister", "Government of Iraq"),
        ("Government of United States of America", "Government of United States"), ("U.S.", "Government of United States"),
        ("Washington", "Government of United States"), ("Kyiv", "Government of Ukraine"), ("Kiev", "Government of Ukraine"),
        ("Russian warplanes", "Government of Russia"),
        ("Jabhat al-Nusra", "Jabhat Fateh al-Sham"), ("Nusra Front", "Jabhat Fateh al-Sham"), ("JFS", "Jabhat Fateh al-Sham"),
        ("HTS", "Hayat Tahrir al-Sham"), ("SDF", "Syrian Democratic Forces"), ("YPG", "Syrian Democratic Forces"),
        ("Ansar Allah", "Houthis"), ("Houthi rebels", "Houthis"), ("al-Shabab", "al-Shabaab"),
        ("Al Qaida", "al-Qaeda"), ("Sendero Luminoso", "Shining Path"), ("Taleban", "Taliban"),
        ("Hizbollah", "Hezbollah"), ("peshmerga", "Peshmerga"), ("Hashd al-Shaabi", "Popular Mobilisation Forces"),
        ("Tatmadaw", "Government of Myanmar"), ("Wagner Group", "Wagner Group"),
        ("Kurds", "Kurds"), ("Yazidi", "Yazidis"), ("Civilians", "Civilians"), ("civilians", "Civilians"),
        ("UN", "United Nations"), ("U.N.", "United Nations"), ("NATO", "NATO"), ("ICRC", "International Committee of the Red Cross"),
        ("Free Syrian Army", "Free Syrian Army"), ("Mare' Operations Room", "Mare' Operations Room"),
        ("the Unknown Brigade", "Unknown Brigade"),
        ("Regime’s Warplanes", "Government of Syria"), ("Assad's forces", "Government of Syria"),   # possessive
        ("al-Thowwar Army", "Syrian Democratic Forces"), ("Soqur al-Sahraa", "Desert Hawks Brigade"),  # transliterations
        ("Shuhada’a al-Yarmouk Brigade", "Liwa Shuhada al-Yarmouk"), ("al-Islam Army", "Jaysh al-Islam"),
    ],
)
def test_actor_names_canonical_name(alias, name):
    assert canonical_name(alias) == name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("ISIL", "islamic state", True), ("IS", "Daesh", True), ("Syrian army", "Government of Syria", True),
     ("SDF", "IS", False), ("Government of Iraq", "Government of Syria", False)],
)
def test_actor_names_same_actor(a, b, same):
    assert same_actor(a, b) is same


def _role(noun: str):
    return lexicon().roles[noun]


@pytest.mark.parametrize(
    ("noun", "country", "context", "name", "sector"),
    [
        ("soldiers", "SYR", None, "Government of Syria", ["MIL"]),
        ("police", "AFG", None, "Government of Afghanistan", ["COP"]),
        ("police", None, "AFG", "Government of Afghanistan", ["COP"]),
        ("police", None, None, "Police", ["COP"]),
        ("rebels", "SYR", None, "Syrian rebels", ["REB"]),
        ("militants", None, None, "Rebels", ["REB"]),
        ("civilians", None, "IRQ", "Civilians", ["CVL"]),
        ("refugees", "SYR", None, "Refugees", ["REF"]),
        ("protesters", None, None, "Protesters", ["CVL"]),
        ("gunmen", None, None, "Unidentified gunmen", ["UAF"]),
    ],
)
def test_actor_names_compose_role_with_country(noun, country, context, name, sector):
    entry = lexicon().by_country.get(country or "")
    actor = compose(Parts(role=_role(noun), country=entry, context=context), noun)
    assert actor is not None and actor.name == name and actor.sector == sector
    assert actor.country == (country or context)


@pytest.mark.parametrize(
    ("context", "name"),
    [("IRQ", "Peshmerga"), ("SYR", "Syrian Democratic Forces"), ("TUR", "Kurdistan Workers' Party"), (None, "Kurdish forces")],
)
def test_actor_names_kurdish_fighters_depend_on_country(context, name):
    kurds = lexicon().by_name["Kurds"]
    actor = compose(Parts(role=_role("fighters"), community=kurds, context=context), "Kurdish fighters")
    assert actor is not None and actor.name == name


def test_actor_names_community_victims_keep_community_and_role_sector():
    yazidis = lexicon().by_name["Yazidis"]
    actor = compose(Parts(role=_role("refugees"), community=yazidis), "Yazidi refugees")
    assert actor.name == "Yazidis" and actor.sector[0] == "REF" and "ETH" in actor.sector


@pytest.mark.parametrize(
    ("text", "context", "name"),
    [
        ("the Kurdish military", "IRQ", "Peshmerga"), ("the army", "SYR", "Government of Syria"),
        ("rebels", "SYR", "Syrian rebels"), ("ISIS", None, "Islamic State"), ("Iraqi", "IRQ", None),
        ("the weather", None, None), ("is", None, None),
        # a word that is only an acronym in capitals names nobody ("car bombs" is no "CAR")
        ("car bombs", None, None), ("us warplanes", None, None),
        ("US warplanes", None, "Government of United States"),
        # a force noun qualified by a rebel noun is the rebels' force, not the state's
        ("guerrilla commandos", "SLV", "Salvadoran rebels"), ("insurgent units", "AFG", "Afghan rebels"),
        ("commandos", "SLV", "Government of El Salvador"),
    ],
)
def test_actor_names_actor_of_text(text, context, name):
    actor = actor_of_text(text, context)
    assert (actor.name if actor else None) == name


@pytest.mark.parametrize(
    ("alias", "name"),
    [("Iraqi President Saddam Hussein", "Government of Iraq"), ("FARC 12th Front", "FARC"),
     ("Japanese Prime Minister Ryutaro Hashimoto", "Government of Japan"), ("drug cartels", "Criminals")],
)
def test_actor_names_titles_and_units(alias, name):
    assert canonical_name(alias) == name


@pytest.mark.parametrize(("word", "expected"), [
    ("opposition", True), ("cartel", True), ("post", False), ("bank", False), ("aleppo", False),
])
def test_actor_names_group_heads_are_nouns_for_people(word, expected):
    assert (word in group_heads()) is expected


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        # a person compares equal with and without titles
        ("President Obama", "Government of United States"), ("Ousted President Tomas Varga", "Tomas Varga"),
        ("Vice-President Daniel Okoth", "Daniel Okoth"), ("President Bush", "Bush"),
        ("Former Liberal prime minister Marta Lindqvist", "Marta Lindqvist"),
        ("Jordan's King Abdullah II", "Government of Jordan"),
        # ranks that are also words of names, and bare titles, stay as they are
        ("General Motors", "General Motors"), ("Major League", "Major League"), ("Supreme Leader", "Supreme Leader"),
        # qualifiers between a country and its office
        ("Kenya's high court", "Government of Kenya"), ("Lithuanian Constitutional Court", "Government of Lithuania"),
        # members and officials of a body speak for it
        ("Members of the Union of Andean Lawyers", "Union of Andean Lawyers"),
        ("European Community finance ministers", "European Community"),
        ("Nigerian Union of Teachers officials", "Nigerian Union of Teachers"),
        # bracketed acronyms and glosses, and lower-case descriptions before a known name
        ("Border Monitoring Commission (BMC)", "Border Monitoring Commission"),
        ("militant Hizbollah (Party of God)", "Hezbollah"), ("rebel Taleban", "Taliban"),
        # a people named with its country of residence, also "ethnic", is that people
        ("Iraqi Kurds", "Kurds"), ("Bosnian Croats", "Civilians"), ("Ethnic Hungarians", "Civilians"),
        # a capital's or state's officer speaks for the state; so do its border and coast guards
        ("Tehran's police chief", "Government of Iran"), ("U.S. coast guard", "Government of United States"),
        # where an actor is does not change who it is; a name with "in" stays whole
        ("Kenyan police in Mombasa", "Government of Kenya"), ("settlers in the Kenyan town of Nakuru",
                                                              "settlers"),
        ("Party for Freedom in Europe", "Party for Freedom in Europe"),
        # forces led by a state are its side; "ethnic" only describes a people
        ("Saudi-led forces", "Government of Saudi Arabia"), ("ethnic Somali rebels", "Somali rebels"),
    ],
)
def test_actor_names_canonical_name_without_titles_and_glosses(alias, name):
    assert canonical_name(alias) == name


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Haiti's", "Government of Haiti"),                          # a possessor names its owner
        ("Moldova's rulers", "Government of Moldova"), ("U.N. envoy", "United Nations"),
        ("Jordan's current King Abdullah II", "Government of Jordan"),  # qualifiers before a title
        ("Egypt's former president Hosni Mubarak", "Egypt's former president Hosni Mubarak"),  # no state's
    ],
)
def test_actor_names_canonical_name_possessors_and_offices(alias, name):
    assert canonical_name(alias) == name


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        # demonym + role + name: one person of that country, with the role's sector
        ("COLOMBIAN POLITICAL LEADER JAIME ALBERTO OSPINA", "Government of Colombia", "COL", ["GOV"]),
        ("Colombian senator Jaime Alberto Ospina", "Government of Colombia", "COL", ["LEG"]),
        ("Salvadoran journalist Jose Rivas", "Journalists", "SLV", ["JRN"]),
    ],
)
def test_actor_names_demonym_role_and_name_give_the_country(text, name, country, sector):
    actor = actor_of_text(text)
    assert actor is not None and (actor.name, actor.country, actor.sector) == (name, country, sector)


@pytest.mark.parametrize(("owner", "noun", "name"), [
    (Actor("United Nations", "the UN", "UNO", ["GOV"]), "envoy", "United Nations"),  # a body's own office
    (Actor("Houthis", "the Houthis", "YEM", ["REB"]), "forces", "Houthis"),  # a group's own force
    (Actor("Government of Syria", "Syria", "SYR", ["GOV"]), "forces", "Government of Syria"),
])
def test_actor_names_possessed_role_belongs_to_its_owner(owner, noun, name):
    """"the UN ... its envoy", "the Houthis ... their forces", "Syria ... its forces"."""
    actor = compose(possessed_parts(owner, _role(noun), None), noun)
    assert actor is not None and actor.name == name
