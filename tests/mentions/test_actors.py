"""Actor mentions in parsed text: names, roles with modifiers, titled persons, descriptions, pronouns."""

from __future__ import annotations

import pytest

from dateline.mentions.actors import actor_for, actors_for, canonical_name


@pytest.fixture(scope="module")
def actor_nlp():
    """The model plus the actor stage only, so other stages cannot disturb these tests."""
    from dateline.nlp.load import build_nlp

    return build_nlp(components=["dateline_paragraphs", "dateline_actors"])


def _actor_of(nlp, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    tokens = [t for t in doc if t.text == word]
    return actor_for(doc, tokens[nth])


CASES = [
    # text, argument head word, expected name, expected country, primary sector
    ("ISIL fighters attacked the village on Monday.", "fighters", "Islamic State", None, "REB"),
    ("Daesh claimed the bombing.", "Daesh", "Islamic State", None, "REB"),
    ("The Islamic State captured the town.", "State", "Islamic State", None, "REB"),
    ("Iraqi security forces virtually collapsed.", "forces", "Government of Iraq", "IRQ", "MIL"),
    ("Police and soldiers abandoned the base in Iraq.", "Police", "Government of Iraq", "IRQ", "COP"),
    ("Police and soldiers abandoned the base in Iraq.", "soldiers", "Government of Iraq", "IRQ", "MIL"),
    ("The Syrian Arab Army shelled the town of Douma.", "Army", "Government of Syria", "SYR", "MIL"),
    ("Syrian rebels shelled the town of Nubl.", "rebels", "Syrian rebels", "SYR", "REB"),
    ("Russian warplanes struck Aleppo on Monday.", "warplanes", "Government of Russia", "RUS", "MIL"),
    ("Iraq's Prime Minister Nouri al-Maliki ordered the army to help.", "Maliki", "Government of Iraq", "IRQ", "GOV"),
    ("Peshmerga units surrounded the town of Zumar in Iraq.", "units", "Peshmerga", "IRQ", "MIL"),
    ("Kurdish fighters battled the militants near Mosul in Iraq.", "fighters", "Peshmerga", "IRQ", "MIL"),
    ("Hundreds of civilians fled Mosul in Iraq.", "civilians", "Civilians", "IRQ", "CVL"),
    ("More than 230,000 Syrian refugees crossed into Turkey.", "refugees", "Refugees", "SYR", "REF"),
    ("The Taliban attacked a checkpoint in Kandahar.", "Taliban", "Taliban", "AFG", "REB"),
    # armed men "of"/"from" a named group, also through its parts, are the group
    ("Fighters of the National Liberation Army (ELN) burned two trucks in Arauca.", "Fighters", "ELN", "COL", "REB"),
    ("Gunmen from rival factions of the Sinaloa Cartel fought in Culiacan.", "Gunmen", "Sinaloa Cartel", "MEX", "CRM"),
    ("Baghdad and Washington signed the agreement.", "Baghdad", "Government of Iraq", "IRQ", "GOV"),
    ("Baghdad and Washington signed the agreement.", "Washington", "Government of United States", "USA", "GOV"),
    ("An Islamic State statement said the town had fallen.", "statement", "Islamic State", None, "REB"),
    # a nationality inside a group's name is no second party
    ("Four Syrian ISIS members were killed near Raqqa.", "members", "Islamic State", None, "REB"),
    # the parse cut a known name short ("the Army" of "the Army of Islam")
    ("Fighting between the Levant Front and the Army of Islam resumed near Harasta.", "Army", "Jaysh al-Islam", "SYR", "REB"),
    # officials of a body the lexicon does not know speak for it, not for the document's country
    ("European Community foreign ministers met in Iraq.", "ministers", "European Community", None, "GOV"),
    # a title the parser kept inside the person's name still says whose office it is
    ("Putin welcomed Jordan's King Abdullah II to Moscow on Tuesday.", "II", "Government of Jordan", "JOR", "GOV"),
    # auxiliaries are their master's side; members of an armed actor are not civilians
    ("Militants loyal to the regime shelled Homs in Syria.", "Militants", "Government of Syria", "SYR", "PRM"),
    ("Pro-government militiamen shelled Homs in Syria.", "militiamen", "Government of Syria", "SYR", "PRM"),
    ("Gunmen loyal to the Islamic State attacked a checkpoint.", "Gunmen", "Islamic State", None, "REB"),
    ("Twelve persons from the regime forces died in clashes in Syria.", "persons", "Government of Syria", "SYR", "MIL"),
    ("Battles between IS allied faction and the Free Syrian Army near Quneitra.", "faction", "Islamic State", None, "REB"),
    # a nationality says where a member is from, the group after the noun whom they serve
    ("Islamic State fighters withdrew and an Iraqi leader in the organization was wounded.", "leader",
     "Islamic State", None, "REB"),
    ("A Tunisian member of IS was wounded by a drone near Palmyra.", "member", "Islamic State", None, "REB"),
    ("A Turkish member of parliament was shot dead in Ankara.", "member", "Government of Turkey", "TUR", "GOV"),
    # a rebel faction named by a division is no army unit; a typeset apostrophe still matches
    ("Fighting between the Division 13 and Jund al-Aqsa in Saraqib.", "13", "13th Division", "SYR", "REB"),
    ("A commander in Shuhada’a al-Yarmouk Brigade died near Tafas.", "Brigade", "Liwa Shuhada al-Yarmouk",
     "SYR", "REB"),
    # the owner of the weapons read as the verb "is"
    ("IS shells wound 4 children in Hasakah", "shells", "Islamic State", None, "REB"),
    # a known name the parse split before a noun it modifies: the whole name, not its first noun
    ("Ahrar al-Sham ambushed an Army of Islam truck near Harasta.", "Islam", "Jaysh al-Islam", "SYR", "REB"),
    # a title-case possessive is an owner and its thing, not an unknown organisation
    ("Regime’s Helicopters target Talbiseh with barrel bombs in Syria.", "Helicopters", "Government of Syria", "SYR", "MIL"),
    # departments of government named by their own nouns
    ("The United States Treasury imposed sanctions on two officials.", "Treasury", "Government of United States",
     "USA", "GOV"),
    ("The British Foreign Office condemned the attack.", "Office", "Government of United Kingdom", "GBR", "GOV"),
    # a state's police agencies known by their acronyms
    ("DIJIN agents arrested three men in Bogota on Friday.", "agents", "Government of Colombia", "COL", "COP"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "name", "country", "sector"), CASES)
def test_actors_actor_for_argument_heads(actor_nlp, text, word, name, country, sector):
    actor = _actor_of(actor_nlp, text, word)
    assert actor is not None, text
    assert (actor.name, actor.country, actor.sector[0]) == (name, country, sector)
    assert canonical_name(actor.name) == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "nth", "name"),
    [
        ("The Islamic State seized Mosul in June. The group said it had taken the city.", "group", 0, "Islamic State"),
        ("The Islamic State seized Mosul in June. The group said it had taken the city.", "it", 0, "Islamic State"),
        ("Islamic State seized Mosul in June. The city was captured by the fighters within hours.", "fighters", 0,
         "Islamic State"),
        ("Prime Minister Nouri al-Maliki of Iraq has ordered his country's armed forces to help.", "forces", 0,
         "Government of Iraq"),
        ("The Taliban attacked a convoy in Helmand. The militants fled after the attack.", "militants", 0, "Taliban"),
        # a descriptor with a name in apposition is the named actor, not its modifier's
        ("The al-Qaeda-linked group al-Shabaab said it carried out the attack.", "group", 0, "al-Shabaab"),
        ("The al-Qaeda-linked group al-Shabaab said it carried out the attack.", "it", 0, "al-Shabaab"),
        ("The militant group al-Shabaab claimed it planted the roadside mine.", "group", 0, "al-Shabaab"),
        # a definite description repeating a head refers back to the named owner
        ("Russian drones struck Kharkiv overnight in Ukraine. Officials said the drones hit a school.", "drones", 1,
         "Government of Russia"),
        # a definite criminal organisation refers back to the named one
        ("Gunmen of the Sinaloa Cartel fought in Culiacan. Police later arrested a founder of the cartel.", "cartel", 0,
         "Sinaloa Cartel"),
        # a bare armed role noun coordinated after a qualified one shares its owner, not the context's
        ("Turkish jets and tanks pounded villages near Afrin in Syria.", "tanks", 0, "Government of Turkey"),
        ("Kenyan police and soldiers dispersed the crowd in Kampala.", "soldiers", 0, "Government of Kenya"),
        # an opponent of the government is the opposition
        ("The junta arrested dozens of political opponents in Haiti.", "opponents", 0, "Opposition"),
        ("The court disqualified Ugandan opposition candidates from the race.", "candidates", 0, "Opposition"),
    ],
)
def test_actors_descriptions_and_pronouns_resolve(actor_nlp, text, word, nth, name):
    actor = _actor_of(actor_nlp, text, word, nth)
    assert actor is not None and actor.name == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fighting continued in Syria and Iraq on Monday.", "Syria"),
        ("The convoy drove to Baghdad on Monday.", "Baghdad"),
        ("Thousands of refugees fled to Irbil on Monday.", "Irbil"),
        ("The weather was bad on Monday.", "weather"),
        ("The court ruled the law is valid.", "is"),
        ("Israel eased restrictions on the movement of workers in Iraq.", "movement"),  # an action
        # "parties to" a conflict or deal are its sides, not political parties
        ("The envoy urged the parties to the conflict in Yemen to allow aid in.", "parties"),
        ("Both parties to the accord in Sudan traded accusations.", "parties"),
    ],
)
def test_actors_places_and_plain_words_are_not_actors(actor_nlp, text, word):
    assert _actor_of(actor_nlp, text, word) is None


@pytest.mark.model
def test_actors_entity_ruler_keeps_group_names_whole(actor_nlp):
    doc = actor_nlp("Peshmerga forces and the Islamic State clashed near Sinjar, said the Yazidi leader.")
    ents = {e.text: e for e in doc.ents}
    assert ents["Peshmerga forces"].label_ == "ORG"
    assert ents["Islamic State"].label_ == "ORG" and ents["Islamic State"].ent_id_ == "Islamic State"
    assert ents["Yazidi"].label_ == "NORP"
    assert "Sinjar" not in ents or ents["Sinjar"].ent_id_ == ""  # places are not the actor patterns' business


@pytest.mark.model
def test_actors_spans_carry_actor_records(actor_nlp):
    doc = actor_nlp("At least 25 Kurdish fighters were killed in clashes with IS in Iraq on Sunday.")
    names = {s._.actor.name for s in doc.spans["actors"]}
    assert {"Peshmerga", "Islamic State"} <= names
    assert all(s._.actor.text == s.text for s in doc.spans["actors"])


@pytest.mark.model
def test_actors_coordinated_modifiers_give_one_actor_each(actor_nlp):
    doc = actor_nlp("French and Egyptian warships began war games on Monday.")
    names = [a.name for a in actors_for(doc, doc[3])]
    assert names == ["Government of France", "Government of Egypt"]
    assert actor_for(doc, doc[3]).name == "Government of France"


@pytest.mark.model
def test_actors_actor_for_composes_a_span_the_parse_missed(actor_nlp):
    doc = actor_nlp("Maliki ordered the army to help the Kurdish military battle an offensive in Iraq.")
    start = [t.i for t in doc if t.text == "the"][1]
    assert actor_for(doc, doc[start : start + 3]).name == "Peshmerga"


@pytest.mark.model
def test_actors_former_officials_are_elites(actor_nlp):
    doc = actor_nlp("Former President Askar Akayev of Kyrgyzstan denied the charges.")
    actor = actor_for(doc, [t for t in doc if t.text == "Akayev"][0])
    assert actor is not None and actor.sector == ["ELI"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "master"), [
    ("Pro-Russian separatists attacked Ukrainian troops in Donetsk, Ukraine.", "separatists", "Government of Russia"),
    ("The families of the soldiers protested in Kabul, Afghanistan.", "families", "Government of Afghanistan"),
    ("Residents of Aleppo fled the city in Syria.", "Residents", "Government of Syria"),
    ("Troops loyal to the president attacked the city.", "Troops", "Government"),
])
def test_actors_allegiance_needs_an_armed_master_at_home(actor_nlp, text, word, master):
    """A "pro-" state abroad is no master; civilians of a place or of soldiers stay civilians;
    a state's own troops are not its militia."""
    actor = _actor_of(actor_nlp, text, word)
    assert actor.name != master and "PRM" not in actor.sector


@pytest.mark.model
def test_actors_mention_spanning_a_reread_verb_is_stale(actor_nlp):
    """"Factions shell regime forces" read as one noun phrase, then the verb found: each side
    is its own actor."""
    doc = actor_nlp("Factions shell regime forces in Latakia")
    verb = doc[1]
    verb.pos_, verb.tag_ = "VERB", "VBP"
    assert actor_for(doc, doc[0:1]).name != "Government of Syria"
    assert actor_for(doc, doc[2:4]).name == "Government of Syria"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # wire copy restored to mixed case keeps "CAR" in capitals: the car bomb names no state
        "Police say the truck was wrecked by a CAR bomb explosion near the stadium.",
        # all capitals: "IS" and "CAR" read as words by the tagger are no acronyms
        "IT IS CLEAR THAT A CAR BOMB DAMAGED THE STADIUM.",
    ],
)
def test_actors_acronyms_that_are_words_name_nobody(actor_nlp, text):
    doc = actor_nlp(text)
    names = {s._.actor.name for s in doc.spans["actors"]}
    assert not names & {"Government of Central African Republic", "Islamic State"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "name", "country"), [
    # the state a person acts on, or is acted on by, does not make the person its own
    ("President Bush warned Russia of new sanctions on Tuesday.", "Bush", "Bush", None),
    ("The Russian government accused President Clinton of meddling.", "Clinton", "Clinton", None),
    ("Russian troops entered Chechnya. Moscow defended the move. President Bush condemned Russia.",
     "Bush", "Bush", None),
    # a speaker, or the state's own people and groups, are evidence of the person's country
    ("President Clinton froze the assets of the Taliban, the White House said.", "Clinton",
     "Government of United States", "USA"),
    ("President Levy Mwanawasa banned Zambian opposition parties from the vote.", "Mwanawasa",
     "Government of Zambia", "ZMB"),
    ("Russian troops entered Chechnya. Moscow defended the move. President Putin praised the troops.",
     "Putin", "Government of Russia", "RUS"),
    # a nationality of their own wins over the other party
    ("Russian President Putin threatened Georgia on Monday.", "Putin", "Government of Russia", "RUS"),
])
def test_actors_person_country_from_evidence_about_the_person(actor_nlp, text, word, name, country):
    actor = _actor_of(actor_nlp, text, word)
    assert actor is not None and (actor.name, actor.country) == (name, country)
