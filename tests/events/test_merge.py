"""Restatements within a document merge; distinct events stay apart (no model)."""

from __future__ import annotations

import pytest

from dateline.events.merge import Mention, merge_mentions, same_event
from dateline.records import Actor, Event, Evidence, Place

IS = Actor("Islamic State")
PESH = Actor("Peshmerga", country="IRQ")
GOV = Actor("Government of Iraq", country="IRQ")
KURDS = Actor("Kurds", country="IRQ")
MOSUL = Place("Mosul", geonameid=99072, country="IRQ")
SINJAR = Place("Sinjar", geonameid=94298, country="IRQ")


def _mention(start, type_="ASSAULT", actors=(IS,), recips=(), place=None, date="2014-06-10",
             precision="day", territory=None, lemma="capture", mode=None, explicit=True, modality="asserted"):
    event = Event(type=type_, actors=list(actors), recipients=list(recips), location=place, date=date,
                  date_precision=precision, territory=territory, mode=mode, modality=modality,
                  evidence=[Evidence("d", "x" * 10, start, start + 10)])
    return Mention(event, [start], lemma, explicit, {lemma})


@pytest.mark.parametrize(("a", "b", "same"), [
    # headline and later paragraph: same capture of Mosul, month vs day date
    (_mention(0, place=MOSUL, territory="captured", date="2014-06-01", precision="month"),
     _mention(50, place=MOSUL, territory="captured", lemma="seize"), True),
    # different places are different captures
    (_mention(0, place=MOSUL, territory="captured"), _mention(50, place=SINJAR, territory="captured"), False),
    # a regain by another actor is a new event, even at the same place
    (_mention(0, place=SINJAR, territory="captured"),
     _mention(50, actors=(PESH,), place=SINJAR, territory="regained"), False),
    # different explicit days
    (_mention(0, place=MOSUL, date="2014-08-02"), _mention(50, place=MOSUL, date="2014-08-03"), False),
    # different types never merge
    (_mention(0, type_="AID", actors=(GOV,), recips=(KURDS,)), _mention(50, actors=(GOV,), recips=(KURDS,)), False),
    # same actor and recipient, different wording
    (_mention(0, type_="AID", actors=(GOV,), recips=(KURDS,), lemma="back"),
     _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,), lemma="help"), True),
    # conflicting modes (bombing vs kidnapping) stay apart
    (_mention(0, mode="explosives", lemma="bomb"), _mention(50, mode="abduct", lemma="bomb"), False),
])
def test_merge_same_event(a, b, same):
    assert same_event(a, b) is same


def _announcing(start, announces="AID", actors=(GOV,), recips=(KURDS,)):
    """A headline's "X to back Y", read as PLOVER's future cooperation (AGREE)."""
    mention = _mention(start, type_="AGREE", actors=actors, recips=recips, lemma="back")
    mention.announces = announces
    return mention


@pytest.mark.parametrize(("a", "b", "same"), [
    # the headline announces the support the story reports
    (_announcing(0), _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,), lemma="order"), True),
    # an announcement of another kind of act is not this one
    (_announcing(0, announces="SUPPORT"), _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,)), False),
    # a pledge in running text (nothing announced) stays apart from the act
    (_mention(0, type_="AGREE", actors=(GOV,), recips=(KURDS,)), _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,)), False),
    # other parties: another piece of news
    (_announcing(0, actors=(PESH,)), _mention(50, type_="AID", actors=(GOV,), recips=(IS,)), False),
])
def test_merge_headline_announcement(a, b, same):
    assert same_event(a, b) is same


def test_merge_announced_act_types_the_event():
    merged = merge_mentions([_announcing(0), _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,))])
    assert [m.event.type for m in merged] == ["AID"]
    assert [e.start for e in merged[0].event.evidence] == [0, 50]


def test_merge_keeps_precise_date_and_all_evidence():
    merged = merge_mentions([
        _mention(0, place=MOSUL, territory="captured", date="2014-06-01", precision="month"),
        _mention(50, place=MOSUL, territory="captured", lemma="seize"),
        _mention(100, place=SINJAR, territory="captured", date="2014-08-02"),
    ])
    assert len(merged) == 2
    mosul = merged[0]
    assert (mosul.event.date, mosul.event.date_precision) == ("2014-06-10", "day")
    assert [e.start for e in mosul.event.evidence] == [0, 50]
    assert mosul.triggers == [0, 50]


def test_merge_prefers_asserted_reading():
    merged = merge_mentions([
        _mention(0, type_="AID", actors=(GOV,), recips=(KURDS,), modality="future"),
        _mention(50, type_="AID", actors=(GOV,), recips=(KURDS,)),
    ])
    assert len(merged) == 1 and merged[0].event.modality == "asserted"


@pytest.mark.parametrize(("bombing", "other", "bomb_first", "mode"), [
    ("hypothetical", "asserted", True, None),  # "if the air force continues to bomb ...": no tactic
    ("hypothetical", "asserted", False, None),
    ("claimed", "asserted", True, "explosives"),  # a claim tells the act as fact
    ("future", "future", True, "explosives"),  # no mention is fact: the planned tactic stays
])
def test_merge_mode_comes_from_mentions_told_as_fact(bombing, other, bomb_first, mode):
    bomb = _mention(0 if bomb_first else 50, actors=(GOV,), mode="explosives", lemma="bomb", modality=bombing)
    clash = _mention(50 if bomb_first else 0, actors=(GOV,), lemma="bomb", modality=other)
    merged = merge_mentions([bomb, clash] if bomb_first else [clash, bomb])
    assert len(merged) == 1 and merged[0].event.mode == mode


def _arrest(start, actor, arrested, additive=False):
    m = _mention(start, type_="COERCE", actors=(actor,), mode="arrest", lemma="detain")
    m.event.arrested, m.additive = arrested, additive
    return m


@pytest.mark.parametrize(("second", "expected"), [
    # a restatement naming more people is the fuller account
    (_arrest(50, Actor("Afghan and coalition security force"), 4), 4),
    # "the force also arrested a second man": more of the same operation, by the same force
    (_arrest(50, Actor("the security force"), 1, additive=True), 2),
])
def test_merge_counts_of_restatements_and_additions(second, expected):
    merged = merge_mentions([_arrest(0, Actor("Afghan and coalition security force"), 1), second])
    assert len(merged) == 1 and merged[0].event.arrested == expected


def test_merge_additive_clause_of_another_force_stays_apart():
    merged = merge_mentions([_arrest(0, Actor("police"), 1), _arrest(50, Actor("the army"), 1, additive=True)])
    assert [m.event.arrested for m in merged] == [1, 1]


@pytest.mark.parametrize(("later", "merges"), [
    # "the force also arrested a third man": the force told before, whatever
    # name the actor lexicon guessed for the bare description
    (Actor("NATO", text="the security force", country="BEL"), True),
    # "the army also detained one": a particular force of another country
    (Actor("Pakistan Army", text="the army", country="PAK"), False),
])
def test_merge_additive_clause_by_a_bare_description(later, merges):
    first = _arrest(0, Actor("Government of Afghanistan", text="Afghan forces", country="AFG"), 1)
    merged = merge_mentions([first, _arrest(50, later, 1, additive=True)])
    assert [m.event.arrested for m in merged] == ([2] if merges else [1, 1])


def test_merge_additive_clause_after_an_event_without_actor():
    first = _arrest(0, Actor("x"), 1)
    first.event.actors = []
    merged = merge_mentions([first, _arrest(50, Actor("the security force"), 4, additive=True)])
    assert [m.event.arrested for m in merged] == [5]


KABUL_NEAR = Place("Kabul", geonameid=1138958, country="AFG", precision="near", lat=34.53, lon=69.17)
KANDAHAR = Place("Kandahar", admin1="Kandahar", country="AFG", precision="admin1", lat=31.0, lon=65.5)


@pytest.mark.parametrize(("stated", "expected_count", "expected_place"), [
    # the later sentence's place is only the dateline (where the release was filed): one operation
    (False, 2, "Kandahar"),
    # the later sentence itself says Kabul: another operation
    (True, None, None),
])
def test_merge_fallback_place_does_not_keep_an_operation_apart(stated, expected_count, expected_place):
    first = _arrest(0, Actor("Afghan and coalition security force"), 1)
    first.event.location = KANDAHAR
    more = _arrest(50, Actor("the security force"), 1, additive=True)
    more.event.location, more.stated_place = KABUL_NEAR, stated
    merged = merge_mentions([first, more])
    if expected_count is None:
        assert len(merged) == 2
    else:
        assert len(merged) == 1
        assert (merged[0].event.arrested, merged[0].event.location.name) == (expected_count, expected_place)


def test_merge_fallback_place_in_another_country_keeps_apart():
    first = _arrest(0, Actor("Afghan and coalition security force"), 1)
    first.event.location = KANDAHAR
    more = _arrest(50, Actor("the security force"), 1, additive=True)
    more.event.location, more.stated_place = MOSUL, False
    assert len(merge_mentions([first, more])) == 2


def _toll(start, recips=(), place=None, explicit=False, date="2014-06-10", **counts):
    m = _mention(start, actors=(), recips=recips, place=place, lemma="kill", explicit=explicit, date=date)
    m.casualty_only = True
    for name, value in counts.items():
        setattr(m.event, name, value)
    return m


CIVILIANS = Actor("Civilians", sector=["CVL"])


@pytest.mark.parametrize(("told", "toll", "joins"), [
    # "At least 15 people were injured": the victims of the bombing told before
    (_mention(0, actors=(), recips=(CIVILIANS,), place=MOSUL, mode="explosives", lemma="explode"),
     _toll(50, recips=(CIVILIANS,), injured=15), True),
    # "one man was shot dead" during a kidnapping: the toll's manner does not separate them
    (_mention(0, recips=(CIVILIANS,), mode="abduct", lemma="abduct"),
     _toll(50, recips=(CIVILIANS,), fatalities=1), True),
    # a toll at another place is another incident
    (_mention(0, place=MOSUL, lemma="attack"), _toll(50, place=SINJAR, fatalities=3), False),
    # a toll on another day is another incident
    (_mention(0, place=MOSUL, lemma="attack"),
     _toll(50, explicit=True, date="2014-06-20", fatalities=3), False),
    # only violence has a toll
    (_mention(0, type_="CONSULT", lemma="meet"), _toll(50, fatalities=3), False),
])
def test_merge_toll_joins_the_event_it_counts(told, toll, joins):
    merged = merge_mentions([told, toll])
    assert (len(merged) == 1) is joins
    if joins:
        assert merged[0].event.fatalities == toll.event.fatalities
        assert merged[0].event.injured == toll.event.injured
        assert merged[0].event.recipients == told.event.recipients  # a toll does not recast the victims


JOURNALIST = Actor("Journalists", text="a journalist")


def _told_hurt(stated: bool, explicit: bool) -> Mention:
    """"At least 20 people were injured, including a journalist hit by a tear gas canister":
    a violent mention with a victim of its own and a manner, no perpetrator."""
    m = _mention(50, actors=(), recips=(JOURNALIST,), mode="crowd-control", lemma="hit",
                 explicit=explicit, date="2014-06-10")
    m.event.injured, m.stated_place = 20, stated
    return m


@pytest.mark.parametrize(("stated", "explicit", "joins"), [
    (False, False, True),   # nothing of its own but the victims: the told attack's toll
    (True, False, False),   # a place of its own: maybe another incident
    (False, True, False),   # a date of its own: maybe another incident
])
def test_merge_hurt_people_without_place_or_date_join_the_told_attack(stated, explicit, joins):
    told = _mention(0, actors=(GOV,), recips=(Actor("Protesters"),), mode="crowd-control", lemma="fire")
    merged = merge_mentions([told, _told_hurt(stated, explicit)])
    assert [m.event.injured for m in merged] == ([20] if joins else [None, 20])


def test_merge_toll_with_a_party_of_its_own_is_an_event():
    toll = _toll(50, fatalities=3)
    toll.event.actors = [PESH]
    assert len(merge_mentions([_mention(0, place=MOSUL, lemma="attack"), toll])) == 2


def test_merge_claimed_attack_gives_its_claimant_to_the_told_event():
    told = _mention(0, actors=(), place=MOSUL, mode="explosives", lemma="explode")
    claim = _mention(0, actors=(IS,), lemma="attack", explicit=False)
    claim.claimed = True
    [merged] = merge_mentions([told, claim])
    assert [a.name for a in merged.event.actors] == ["Islamic State"]


def test_merge_toll_naming_victims_of_its_own_keeps_its_mention_and_its_figure():
    told = _mention(0, actors=(), place=MOSUL, mode="explosives", lemma="explode")
    toll = _toll(50, recips=(Actor("civil defence member"),), injured=1)
    merged = merge_mentions([told, toll])
    # the figure stays with the toll's own event only: copying it would count the wounded twice
    assert len(merged) == 2 and merged[0].event.injured is None and merged[1].event.injured == 1


@pytest.mark.parametrize(("explicit", "place", "recips", "same"), [
    # "the rebels attacked army positions" after the fighting between them: nothing new
    (False, None, (GOV,), True),
    # a victim the event did not have is a new incident
    (False, None, (KURDS,), False),
    # so is a date of its own
    (True, None, (GOV,), False),
    # or a town of its own
    (False, SINJAR, (GOV,), False),
])
def test_merge_later_mention_adding_nothing_restates(explicit, place, recips, same):
    fight = _mention(0, actors=(IS, GOV), place=MOSUL, lemma="fight", date="2014-06-10")
    later = _mention(50, actors=(IS,), recips=recips, place=place, lemma="attack",
                     explicit=explicit, date="2014-06-10" if not explicit else "2014-06-12")
    assert same_event(fight, later) is same


GUNMEN_BACK = Actor("Unidentified gunmen", text="The assailants")
GUNMEN_NEW = Actor("Unidentified gunmen", text="gunmen")


@pytest.mark.parametrize(("actors", "explicit", "place", "same"), [
    # "The assailants ... fought troops": the attackers told before, not new ones
    ((GUNMEN_BACK, GOV), False, None, True),
    # indefinite "gunmen" at another town are another band
    ((GUNMEN_NEW, GOV), False, SINJAR, False),
])
def test_merge_back_reference_restates(actors, explicit, place, same):
    attack = _mention(0, actors=(IS, GOV), recips=(GOV,), place=MOSUL, lemma="attack")
    later = _mention(50, actors=actors, place=place, lemma="fight", explicit=explicit,
                     date="2014-06-12" if explicit else "2014-06-10")
    assert same_event(attack, later) is same


def test_merge_back_reference_adds_no_new_party():
    attack = _mention(0, actors=(IS, GOV), place=MOSUL, lemma="attack")
    [merged] = merge_mentions([attack, _mention(50, actors=(GUNMEN_BACK, GOV), lemma="fight", explicit=False)])
    assert [a.name for a in merged.event.actors] == ["Islamic State", "Government of Iraq"]


@pytest.mark.parametrize(("victims", "joins"), [
    (Actor("Civilians", text="four people"), True),   # "four people were killed": the fight's dead
    (Actor("Civilians", text="two children"), False),  # victims the fight did not name stay apart
])
def test_merge_toll_of_people_counts_the_fight(victims, joins):
    fight = _mention(0, actors=(IS, GOV), recips=(GOV,), place=MOSUL, lemma="fight")
    merged = merge_mentions([fight, _toll(50, recips=(victims,), fatalities=4)])
    assert (len(merged) == 1) is joins


@pytest.mark.parametrize(("modes", "partyless", "same"), [
    (("explosives", "explosives"), True, True),  # "mines exploded, inflicting casualties on the army"
    (("explosives", "abduct"), True, False),  # two tactics are two acts
    (("explosives", "explosives"), False, False),  # another party: the usual rules
])
def test_merge_partyless_act_joins_its_sentence(modes, partyless, same):
    blast = _mention(0, actors=() if partyless else (KURDS,), mode=modes[0], lemma="explode")
    told = _mention(0, actors=(IS,), recips=(PESH,), mode=modes[1], lemma="inflict", explicit=False)
    assert same_event(blast, told) is same


@pytest.mark.parametrize(("mode", "actors", "damage"), [
    ("destroy", (), True),          # "the fuel depot was destroyed": damage with no party
    ("destroy", (IS,), False),      # someone destroyed it: an act of its own
    ("firearms", (), False),        # not a report of damage
])
def test_merge_damage_only(mode, actors, damage):
    from dateline.events.merge import damage_only

    assert damage_only(_mention(0, actors=actors, mode=mode).event) is damage


@pytest.mark.parametrize(("type_", "explicit", "same"), [
    ("SANCTION", False, True),   # "The measures freeze any assets" after the sanctions
    ("SANCTION", True, False),   # a day of its own: maybe another measure
    ("ASSAULT", False, False),   # violence without parties has its own rules (tolls, damage)
])
def test_merge_partyless_restatement(type_, explicit, same):
    first = _mention(0, type_=type_, actors=(GOV,), recips=(KURDS,), lemma="impose")
    later = _mention(50, type_=type_, actors=(), lemma="freeze", explicit=explicit,
                     date="2014-06-11")
    assert same_event(first, later) is same


def test_merge_side_of_a_clash_is_no_target_of_it():
    # "fighting between IS and the peshmerga ... IS attacked peshmerga positions"
    fight = _mention(0, actors=(IS, PESH), place=MOSUL, lemma="fight")
    attack = _mention(50, actors=(IS,), recips=(PESH,), place=MOSUL, lemma="attack")
    [merged] = merge_mentions([fight, attack])
    assert [a.name for a in merged.event.actors] == ["Islamic State", "Peshmerga"]
    assert merged.event.recipients == []
