"""The events stage end to end on hand-written sentences and the sample article (model)."""

from __future__ import annotations

import pytest

from dateline.pipeline import extract_text
from dateline.records import Event

pytestmark = pytest.mark.model

PUBLISHED = "2014-08-04"  # a Monday


@pytest.fixture(scope="module")
def extract(nlp):
    def run(text: str) -> list[Event]:
        return extract_text(text, published=PUBLISHED, doc_id="t", nlp=nlp)
    return run


def _one(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.evidence[0].text) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Police detained three suspected militants in Herat on Sunday.", "COERCE", "arrest"),
    ("Rebels launched an attack on an army base near Aleppo on Saturday.", "ASSAULT", None),
    ("Hundreds of students staged a protest outside the ministry on Sunday.", "PROTEST", "demo"),
    ("The foreign minister held talks with his Turkish counterpart in Ankara on Sunday.", "CONSULT", None),
    ("The opposition rejected the government's proposal on Sunday.", "REJECT", None),
    ("Government warplanes bombed the town of Douma on Sunday.", "ASSAULT", "aerial"),  # aircraft bombing a town
    ("The radio station's studios were damaged by a bomb on Saturday.", "ASSAULT", "explosives"),  # a device's damage
    ("Military police captured two suspects near the market on Monday.", "COERCE", "arrest"),  # no abduction
])
def test_assemble_types_sentences(extract, text, type_, mode):
    event = _one(extract(text), type_)
    assert event.mode == mode
    assert 0.0 <= event.confidence <= 1.0
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.text


def test_assemble_conjoined_places_split(extract):
    events = extract("Rebels captured the villages of Kafr Nabl and Hass on Saturday.")
    captures = [e for e in events if e.territory]
    assert len(captures) == 2
    assert {e.date for e in captures} == {"2014-08-02"}


@pytest.mark.parametrize(("text", "type_", "places"), [
    ("Smaller protests took place in Mombasa, Kisumu and Nakuru on Sunday.", "PROTEST", ["Mombasa", "Kisumu", "Nakuru"]),
    ("Clashes erupted in Aleppo and Idlib on Monday.", "ASSAULT", ["Aleppo", "Idlib"]),
    ("Thousands protested in Paris and Lyon against the reform.", "PROTEST", ["Paris", "Lyon"]),
    # the towns a violent act takes as objects, each struck: one event per place
    ("Government warplanes bombed Aleppo and Idlib on Monday.", "ASSAULT", ["Aleppo", "Idlib"]),
    # people named as objects are no places: one attack
    ("Gunmen shot John Smith and Mary Jones in Aleppo on Monday.", "ASSAULT", ["Aleppo"]),
])
def test_assemble_listed_places_one_event_each(extract, text, type_, places):
    """A list of places in one locative phrase reports one occurrence at each (ACLED codes an
    event per location); a date phrase next to it ("on Monday") is no place."""
    events = [e for e in extract(text) if e.type == type_]
    assert sorted(e.location.name for e in events if e.location) == sorted(places)


@pytest.mark.parametrize("text", [
    "A car bomb exploded outside a hotel in Baidoa on Sunday, killing eight people.",
    "A roadside bomb exploded near a police convoy in Helmand on Sunday, killing eight people.",
])
def test_assemble_event_noun_subject_of_its_own_verb_is_one_event(extract, text):
    """"A car bomb exploded": the bomb and its explosion are one attack, not two."""
    event = _one(extract(text), "ASSAULT")
    assert (event.mode, event.fatalities) == ("explosives", 8)


def test_assemble_definite_event_noun_restates_the_earlier_event(extract):
    """"Said it carried out the attack" points back at the bombing: one event, whose actor is
    the group that claimed it; "the injured" are its victims, not another attack."""
    text = ("A car bomb exploded outside a hotel in Baidoa on Sunday, killing eight people.\n\n"
            "Police said several of the injured were in critical condition.\n\n"
            "Al-Shabaab said it carried out the attack.")
    event = _one(extract(text), "ASSAULT")
    assert event.fatalities == 8 and len(event.evidence) == 2
    assert "al-Shabaab" in {a.name for a in event.actors}


def test_assemble_purpose_clause_is_no_event_and_deployed_troops_are_the_source(extract):
    """"Deployed to support the army": the aim is part of the deployment, not an act of support;
    the troops moved belong to the deploying side, so the passive subject is the actor."""
    events = extract("Rwandan troops were deployed in Cabo Delgado on Sunday to support Mozambican forces.")
    assert [e.type for e in events] == ["MOBILIZE"]
    assert [a.name for a in events[0].actors] == ["Government of Rwanda"]


@pytest.mark.parametrize(("text", "recipients"), [
    # the force a state moves is its own: never the move's recipient
    ("Uganda sent reinforcements and tanks to the border town of Bunagana on Monday.", set()),
    ("Brazil deployed peacekeepers in Haiti on Monday.", {"Government of Haiti"}),
])
def test_assemble_forces_moved_are_the_movers_own(extract, text, recipients):
    event = _one(extract(text), "MOBILIZE")
    assert {a.name for a in event.recipients} == recipients


def test_assemble_tear_gas_is_crowd_control_not_shelling(extract):
    """Water cannon is no cannon: police firing tear gas at a crowd is a protest with
    intervention, and no armed opposition is invented for it."""
    event = _one(extract("Police fired tear gas and water cannon at protesters in Nairobi on Sunday."), "ASSAULT")
    assert event.mode == "crowd-control"
    assert event.acled == {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
    assert not any(a.name.endswith("rebels") for a in event.actors + event.recipients)


@pytest.mark.parametrize(("text", "type_", "recipient", "absent"), [
    ("France sent aid to Sudan on Sunday.", "AID", "Government of Sudan", None),  # a country is its state
    ("Rockets hit Aleppo on Sunday.", "ASSAULT", None, "Aleppo"),  # a town is where, not who
])
def test_assemble_countries_are_parties_towns_are_places(extract, text, type_, recipient, absent):
    event = _one(extract(text), type_)
    names = {a.name for a in event.actors + event.recipients}
    assert recipient is None or recipient in names
    assert absent is None or absent not in names


def test_assemble_counts_go_to_the_fighting(extract):
    events = extract("At least 14 soldiers were killed and 27 wounded in clashes with rebels on Sunday.")
    clash = _one(events, "ASSAULT")
    assert (clash.fatalities, clash.injured, clash.date) == (14, 27, "2014-08-03")
    assert clash.recipients == []
    assert len(clash.actors) == 2


@pytest.mark.parametrize("text", [
    "Thousands of volunteers signed up for the army on Sunday.",
    "The rebels did not attack the town.",
    "The rebels could attack the town if talks fail.",
])
def test_assemble_no_accomplished_event(extract, text):
    events = extract(text)
    assert not [e for e in events if e.modality == "asserted" and e.type in {"ASSAULT", "AGREE", "SUPPORT"}
                and "newsletter" in e.evidence[0].text or (e.type == "ASSAULT" and e.modality == "asserted"
                                                             and "rebels" in e.evidence[0].text)]


def test_assemble_threat_is_not_an_attack(extract):
    events = extract("The militants threatened to attack the city.")
    assert [e.type for e in events] == ["THREATEN"]


def test_assemble_restatements_merge(extract):
    text = ("Rebels seize Palmyra airbase\n\n"
            "Rebels captured the airbase near Palmyra on Sunday, activists said.\n\n"
            "The capture of the airbase came after weeks of fighting.")
    events = [e for e in extract(text) if e.territory]
    assert len(events) == 1
    assert len(events[0].evidence) >= 2


@pytest.mark.parametrize(("text", "mode", "actors", "recipients"), [
    # an instrument named with a massacre makes it an air strike
    ("Warplanes carried out a massacre in Jisr al-Shughur on Sunday, killing 14 people.", "aerial",
     {"Government of Syria"}, {"Civilians"}),
    # the loser of a retaken place is the other side
    ("Syrian army retakes Aleppo district from Islamic State", None,
     {"Government of Syria"}, {"Islamic State"}),
    # two named groups: a non-state fight, no government added
    ("Fighting erupted between the Army of Islam and the Legion of Rahman near Douma on Sunday.",
     None, {"Jaysh al-Islam", "Faylaq al-Rahman"}, set()),
    # a Title-Case headline parsed in sentence case; the unnamed target is the armed opposition
    ("Syrian Army Shells Target Rebel Positions In Hama", "heavy-weapons", {"Government of Syria"},
     {"Syrian rebels"}),
])
def test_assemble_conflict_sides(extract, text, mode, actors, recipients):
    event = [e for e in extract(text) if e.type == "ASSAULT"][0]
    assert event.mode == mode
    assert {a.name for a in event.actors} == actors
    assert {a.name for a in event.recipients} == recipients


@pytest.mark.model
@pytest.mark.parametrize(("text", "n_assaults"), [
    ("Shells hit Homs and clashes around Rastan", 2),       # the listed clashes are a report
    ("6 killed in Idlib and Latakia", 2),                   # a title line: one event per place
    ("6 people were killed in Idlib and Latakia.", 1),      # running text keeps one event
])
def test_assemble_headline_items(extract, text, n_assaults):
    assert len([e for e in extract(text) if e.type == "ASSAULT"]) == n_assaults


def test_assemble_habit_of_any_type_is_no_event(extract):
    events = extract("Officials often meet at the restaurant in Mogadishu.")
    assert [e for e in events if e.type == "CONSULT"] == []


def test_assemble_toll_sentence_counts_the_told_attack(extract):
    events = extract("A car bomb went off near a market in Beledweyne on Sunday, killing ten "
                     "people. At least 15 people were injured, the ambulance service said.")
    attack = _one(events, "ASSAULT")
    assert (attack.fatalities, attack.injured) == (10, 15)


@pytest.mark.parametrize("claim", [
    "Al-Shabaab claimed responsibility for the attack.",
    "The attack was claimed by al-Shabaab.",
])
def test_assemble_claim_names_the_perpetrator(extract, claim):
    events = extract("A car bomb went off near a market in Beledweyne on Sunday, killing ten "
                     "people, police said. " + claim)
    attack = _one(events, "ASSAULT")
    assert [a.name for a in attack.actors] == ["al-Shabaab"]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    # the owner of struck premises is the target; an office holder is struck in person
    ("Guerrillas carried out an attack on the dockworkers' union building in San Salvador on Sunday.",
     "ASSAULT", "Salvadoran rebels", "Workers"),
    ("Gunmen carried out an attack against the mayor's office in Arequipa on Tuesday.", "ASSAULT", None, "Mayor"),
    ("The assassination of a senator in Cali on Sunday shocked the country.", "ASSAULT", None, "Senator"),
    # a named person possessing an act of violence is its victim
    ("Ramirez's assassination in Cali on Sunday shocked the country.", "ASSAULT", None, "Ramirez"),
    # "must" on a verb the event clause complements: the speaker demands of the subject
    ("The Egyptian foreign minister said on Sunday that Britain must be ready to help.",
     "REQUEST", "Government of Egypt", "Government of United Kingdom"),
    ("French President Francois Mitterrand issued a reminder on Tuesday to Libya that it must hand over "
     "the suspects.",
     "REQUEST", "Government of France", "Government of Libya"),
])
def test_assemble_targets_and_demand_speakers(extract, text, type_, actor, recipient):
    event = [e for e in extract(text) if e.type == type_][0]
    if actor is not None:
        assert actor in {a.name for a in event.actors}
    assert recipient in {a.name for a in event.recipients}
    assert not any(r.name.startswith("Government of") for r in event.recipients) or type_ != "ASSAULT"


@pytest.mark.parametrize(("text", "victim"), [
    ("She carried the flag of Jorge Ramirez, who was killed last Tuesday.", "Ramirez"),
    ("The minister and his bodyguards died in the attack on Sunday.", "minister"),
    ("Four nuns and two drivers were killed by a group of men on Sunday.", "nuns"),
    ("Last night there were attacks on shops and power pylons in the port.", "shops"),
])
def test_assemble_victims_are_recipients(extract, text, victim):
    """Victims hidden in a relative clause, the subject of "died", an unlisted noun for people
    and civilian property with no owner are the attack's recipients."""
    event = _one(extract(text), "ASSAULT")
    assert any(victim.lower() in r.text.lower() for r in event.recipients), event.recipients


def test_assemble_death_alone_has_no_victim_recipient(extract):
    events = extract("Former president Alvarez has died.")
    assert not any("alvarez" in r.text.lower() for e in events for r in e.recipients)


def test_assemble_condition_clause_is_no_event(extract):
    events = extract("Opposition leaders called for a strike next week unless the government withdraws the tax.")
    assert [e.type for e in events if e.type in {"RETREAT", "CONCEDE"}] == []


@pytest.mark.parametrize(("text", "type_"), [
    # "would" under a past verb of saying announces an act: a threat
    ("Truckers said on Tuesday they would block the highway.", "THREATEN"),
])
def test_assemble_reported_would_is_announced(extract, text, type_):
    event = _one(extract(text), type_)
    assert event.modality == "asserted"


def test_assemble_damage_told_after_the_attack_is_the_attack(extract):
    events = extract("Gunmen attacked a police post near Gao on Tuesday, killing three officers. "
                     "Several vehicles were set on fire and the fuel depot was destroyed.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].evidence) == 2


def test_assemble_charge_describing_people_is_no_event(extract):
    events = extract("The rebels accused the army of killing civilians it suspected of collaborating with the militia.")
    assert "ACCUSE" in [e.type for e in events]
    assert [e for e in events if e.type == "COOPERATE"] == []


@pytest.mark.parametrize(("text", "absent"), [
    # a prospect of violence with nobody threatening it is no threat
    ("Aid agencies warned that renewed bombardment could force thousands more people to flee.", "THREATEN"),
    # support told inside a clause describing the rebels identifies them; it is not news
    ("The rebels, who the United Nations says are backed by Rwanda, attacked army positions on Friday.", "SUPPORT"),
    # damage a storm does is no attack
    ("Dozens of homes were damaged by a storm on Friday.", "ASSAULT"),
    # flares and salutes fired are signals, not shots at anyone
    ("Soldiers fired flares over the hills on Monday night to light the area.", "ASSAULT"),
    # a participle clause describing the fighters identifies them; it is no request of theirs
    ("Troops recaptured the town from fighters seeking refuge there on Monday.", "REQUEST"),
])
def test_assemble_no_event_of_type(extract, text, absent):
    assert absent not in [e.type for e in extract(text)]


@pytest.mark.parametrize(("text", "type_", "actor"), [
    # the possessor of the noun an infinitive completes does the act
    ("Uganda's decision to expel the Kenyan ambassador angered Nairobi.", "THREATEN", "Government of Uganda"),
    # a visit's "of"-phrase is the visitor
    ("The visit of the Iranian president to Iraq ended on Monday.", "CONSULT", "Government of Iran"),
])
def test_assemble_noun_frames_name_the_actor(extract, text, type_, actor):
    assert actor in [a.name for a in _one(extract(text), type_).actors]


def test_assemble_helper_event_is_no_party(extract):
    event = _one(extract("NATO said it would tighten the blockade of the port with Greece's help."), "THREATEN")
    assert "Government of Greece" not in [a.name for a in event.recipients]


def test_assemble_stative_passive_subject_is_the_actor(extract):
    event = _one(extract("Turkey is opposed to Russian mediation, an official said on Monday."), "REJECT")
    assert [a.name for a in event.actors] == ["Government of Turkey"]
    assert "Government of Turkey" not in [a.name for a in event.recipients]


def test_assemble_where_a_source_is_based_is_not_where_its_claim_happened(extract):
    events = extract("Militants attacked a checkpoint in Diffa on Monday. Boko Haram, a group based in "
                     "Nigeria, said on Tuesday that its fighters had killed ten soldiers.")
    claimed = [e for e in events if e.modality == "claimed"]
    assert claimed and all(e.location is not None and e.location.name == "Diffa" for e in claimed)


def test_assemble_martyrs_are_the_dead(extract):
    """Reports from Syria, Iraq or Palestine call the dead "martyrs": a toll, one event with the
    wounded counted beside them; a martyrs' memorial is no attack."""
    event = _one(extract("Five martyrs and 11 wounded in Binnish."), "ASSAULT")
    assert (event.fatalities, event.injured) == (5, 11)
    assert not [e for e in extract("The martyrs' memorial in Baghdad was reopened on Monday.")
                if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "found"), [
    ("Warplanes carried out 12 raids on the village of Kansafra.", True),  # one target's wave
    ("Helicopters carry out 15 raids on Kafr Nabl", True),                  # a headline's present
    ("The rebels carried out 150 attacks on army posts.", False),           # a summary of a kind
])
def test_assemble_counted_strikes_on_one_target_are_one_wave(extract, text, found):
    assert bool([e for e in extract(text) if e.type == "ASSAULT"]) == found


@pytest.mark.parametrize(("text", "recipient"), [
    ("Government troops attacked a rebel base outside the town on Monday.", "rebels"),
    ("Gunmen shot at a refugee camp near the border on Tuesday.", "refugees"),
])
def test_assemble_owners_of_posts_and_camps_are_struck(extract, text, recipient):
    event = _one(extract(text), "ASSAULT")
    assert any(recipient in r.name.lower() for r in event.recipients)


def test_assemble_coordinated_fire_keeps_the_light_verbs_subject(extract):
    """"launched missile, artillery and rocket fire": the last of the coordinated objects is the
    attack, and the navy that launched it is its source."""
    event = _one(extract("The Iranian navy launched missile, artillery and rocket fire at the "
                         "coast on Sunday."), "ASSAULT")
    assert event.mode == "heavy-weapons"
    assert [a.country for a in event.actors] == ["IRN"]


def test_assemble_former_country_names_are_their_states(extract):
    event = extract("Kampuchea accused Thailand of shelling its border villages.")[0]
    assert [a.country for a in event.actors] == ["KHM"]
