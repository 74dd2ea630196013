"""Folding trigger words into one event per group (hand-built parses, no model)."""

from __future__ import annotations

import pytest

from dateline.events.grouping import group_sentence
from dateline.events.triggers import find_triggers
from . import parses


def _groups(rows):
    doc = parses.build(rows)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    return doc, group_sentence(list(doc), hits)


@pytest.mark.parametrize(("rows", "main", "folded"), [
    (parses.KILLED_IN_CLASHES, "clashes", ["killed"]),      # casualty folds into the fighting
    (parses.THREATENED_ATTACK, "threatened", ["attack"]),   # content of a threat is no event
    (parses.AIR_STRIKES, "strikes", ["hit"]),               # noun subject and its verb: one event
])
def test_grouping_one_event(rows, main, folded):
    _doc, groups = _groups(rows)
    assert len(groups) == 1
    assert groups[0].main.text == main
    assert [t.text for t, _ in groups[0].folded] == folded


def test_grouping_light_verb_governs_noun():
    _doc, groups = _groups(parses.LAUNCHED_ATTACK)
    assert len(groups) == 1
    assert groups[0].main.text == "attack" and groups[0].governor.text == "launched"


def test_grouping_directive_gives_the_act_to_its_subject():
    _doc, groups = _groups(parses.ORDERED_HELP)
    assert len(groups) == 1
    assert groups[0].main.text == "help" and groups[0].directive.text == "ordered"


# "The assailants fought troops before withdrawing ."
FOUGHT_BEFORE_WITHDRAWING = parses.sentence(
    "The/1/det/DET/the assailants/2/nsubj/NOUN/assailant fought/2/ROOT/VERB/fight "
    "troops/2/dobj/NOUN/troop before/2/prep/ADP/before withdrawing/4/pcomp/VERB/withdraw ./2/punct/PUNCT/.")
# "Soldiers detained suspects , seizing rifles ."
DETAINED_SEIZING = parses.sentence(
    "Soldiers/1/nsubj/NOUN/soldier detained/1/ROOT/VERB/detain suspects/1/dobj/NOUN/suspect "
    ",/1/punct/PUNCT/, seizing/1/advcl/VERB/seize rifles/4/dobj/NOUN/rifle ./1/punct/PUNCT/.")
# "Soldiers detained suspects and police seized rifles ."
DETAINED_POLICE_SEIZED = parses.sentence(
    "Soldiers/1/nsubj/NOUN/soldier detained/1/ROOT/VERB/detain suspects/1/dobj/NOUN/suspect "
    "and/1/cc/CCONJ/and police/5/nsubj/NOUN/police seized/1/conj/VERB/seize rifles/5/dobj/NOUN/rifle "
    "./1/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "tags", "mains"), [
    # the attackers' withdrawal ends the fight it hangs from
    (FOUGHT_BEFORE_WITHDRAWING, {5: "VBG"}, ["fought"]),
    # weapons taken in an arrest raid are part of the raid
    (DETAINED_SEIZING, {4: "VBG"}, ["detained"]),
    # a seizure with a subject of its own is its own act
    (DETAINED_POLICE_SEIZED, {}, ["detained", "seized"]),
])
def test_grouping_attendant_act_folds_into_its_operation(rows, tags, mains):
    doc = parses.build(rows, tags=tags)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    assert [g.main.text for g in group_sentence(list(doc), hits)] == mains


# "Police arrested a man accused of planning attacks ."
ARRESTED_MAN_ACCUSED = parses.sentence(
    "Police/1/nsubj/NOUN/police arrested/1/ROOT/VERB/arrest a/3/det/DET/a man/1/dobj/NOUN/man "
    "accused/3/acl/VERB/accuse of/4/prep/ADP/of planning/5/pcomp/VERB/plan attacks/6/dobj/NOUN/attack "
    "./1/punct/PUNCT/.")
# "Police accused a man of planning attacks ."
POLICE_ACCUSED_MAN = parses.sentence(
    "Police/1/nsubj/NOUN/police accused/1/ROOT/VERB/accuse a/3/det/DET/a man/1/dobj/NOUN/man "
    "of/1/prep/ADP/of planning/4/pcomp/VERB/plan attacks/5/dobj/NOUN/attack ./1/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "tags", "mains"), [
    # "a man accused of ...": who the man is, not an accusation made in the news
    (ARRESTED_MAN_ACCUSED, {4: "VBN", 6: "VBG"}, ["arrested"]),
    # the accusation as the sentence's own act stays
    (POLICE_ACCUSED_MAN, {5: "VBG"}, ["accused"]),
])
def test_grouping_verbal_act_describing_a_noun_is_no_event(rows, tags, mains):
    doc = parses.build(rows, tags=tags)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    found = [g.main.text for g in group_sentence(list(doc), hits)]
    assert found[:len(mains)] == mains and ("attacks" in found) is (mains == ["accused"])


# "The government rejected claims that troops killed civilians ."
REJECTED_CLAIMS_KILLED = parses.sentence(
    "The/1/det/DET/the government/2/nsubj/NOUN/government rejected/2/ROOT/VERB/reject "
    "claims/2/dobj/NOUN/claim that/6/mark/SCONJ/that troops/6/nsubj/NOUN/troop killed/3/acl/VERB/kill "
    "civilians/6/dobj/NOUN/civilian ./2/punct/PUNCT/.")


def test_grouping_denied_claim_keeps_its_event():
    """What a rejected claim says happened stays an event of its own (the modality reader
    marks it denied); folding it into the rejection would lose the killing."""
    doc = parses.build(REJECTED_CLAIMS_KILLED)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    mains = [g.main.text for g in group_sentence(list(doc), hits)]
    assert "killed" in mains


# "The government condemned the assassination of priests ."
CONDEMNED_ASSASSINATION = parses.sentence(
    "The/1/det/DET/the government/2/nsubj/NOUN/government condemned/2/ROOT/VERB/condemn "
    "the/4/det/DET/the assassination/2/dobj/NOUN/assassination of/4/prep/ADP/of "
    "priests/5/pobj/NOUN/priest ./2/punct/PUNCT/.")
# "The judge investigated the bombing of the embassy ."
INVESTIGATED_BOMBING = parses.sentence(
    "The/1/det/DET/the judge/2/nsubj/NOUN/judge investigated/2/ROOT/VERB/investigate "
    "the/4/det/DET/the bombing/2/dobj/NOUN/bombing of/4/prep/ADP/of the/7/det/DET/the "
    "embassy/5/pobj/NOUN/embassy ./2/punct/PUNCT/.")
# "They welcomed the condemnation of the market bombing ."
CONDEMNATION_OF_BOMBING = parses.sentence(
    "They/1/nsubj/PRON/they welcomed/1/ROOT/VERB/welcome the/3/det/DET/the "
    "condemnation/1/dobj/NOUN/condemnation of/3/prep/ADP/of the/7/det/DET/the "
    "market/7/compound/NOUN/market bombing/4/pobj/NOUN/bombing ./1/punct/PUNCT/.")
# "The minister condemned the bombing ."
CONDEMNED_THE_BOMBING = parses.sentence(
    "The/1/det/DET/the minister/2/nsubj/NOUN/minister condemned/2/ROOT/VERB/condemn "
    "the/4/det/DET/the bombing/2/dobj/NOUN/bombing ./2/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "act", "content"), [
    (CONDEMNED_ASSASSINATION, "condemned", "assassination"),
    (INVESTIGATED_BOMBING, "investigated", "bombing"),
    (CONDEMNATION_OF_BOMBING, "condemnation", "bombing"),
])
def test_grouping_condemned_violence_is_its_own_event(rows, act, content):
    """Condemning or investigating a killing takes for granted that it happened: both the
    verbal act and the killing are events (a threatened attack stays folded, above)."""
    _doc, groups = _groups(rows)
    assert content in {g.main.text for g in groups}
    assert any(act in {t.text for t in g.tokens} and g.main.text != content for g in groups)


def test_grouping_condemned_back_reference_stays_folded():
    """"condemned the bombing" only points back at a bombing already told: no new event."""
    _doc, groups = _groups(CONDEMNED_THE_BOMBING)
    assert [g.main.text for g in groups] == ["condemned"]


@pytest.mark.parametrize(("word", "lemma", "tag", "stem"), [
    ("staged", "stag", "VBD", "stage"),      # the model's mis-lemmatised past form
    ("launched", "launch", "VBN", "launch"),
])
def test_grouping_lemmas_recover_regular_stems(word, lemma, tag, stem):
    from dateline.events.grouping import _lemmas

    doc = parses.build([(word, 0, "ROOT", "VERB", lemma)], tags={0: tag})
    assert stem in _lemmas(doc[0])


# "The parties rejected the murder of the senator ."
REJECTED_MURDER = parses.sentence(
    "The/1/det/DET/the parties/2/nsubj/NOUN/party rejected/2/ROOT/VERB/reject the/4/det/DET/the "
    "murder/2/dobj/NOUN/murder of/4/prep/ADP/of the/7/det/DET/the senator/5/pobj/NOUN/senator "
    "./2/punct/PUNCT/.")
# "They blamed the army for the murder of ten members ."
BLAMED_FOR_MURDER = parses.sentence(
    "They/1/nsubj/PRON/they blamed/1/ROOT/VERB/blame the/3/det/DET/the army/1/dobj/NOUN/army "
    "for/1/prep/ADP/for the/6/det/DET/the murder/4/pobj/NOUN/murder of/6/prep/ADP/of "
    "ten/9/nummod/NUM/ten members/7/pobj/NOUN/member ./1/punct/PUNCT/.")
# "The rebels withdrew from the talks following the attack on the union ."
WITHDREW_AFTER_ATTACK = parses.sentence(
    "The/1/det/DET/the rebels/2/nsubj/NOUN/rebel withdrew/2/ROOT/VERB/withdraw from/2/prep/ADP/from "
    "the/5/det/DET/the talks/3/pobj/NOUN/talk following/2/prep/ADP/following the/8/det/DET/the "
    "attack/6/pobj/NOUN/attack on/8/prep/ADP/on the/11/det/DET/the union/9/pobj/NOUN/union "
    "./2/punct/PUNCT/.")
# "The rebels withdrew from the talks following the attack ."
WITHDREW_AFTER_THE_ATTACK = parses.sentence(
    "The/1/det/DET/the rebels/2/nsubj/NOUN/rebel withdrew/2/ROOT/VERB/withdraw from/2/prep/ADP/from "
    "the/5/det/DET/the talks/3/pobj/NOUN/talk following/2/prep/ADP/following the/8/det/DET/the "
    "attack/6/pobj/NOUN/attack ./2/punct/PUNCT/.")
# "The rebels threatened to withdraw from the talks ." is above; "They blamed the army for the murder ."
BLAMED_FOR_THE_MURDER = parses.sentence(
    "They/1/nsubj/PRON/they blamed/1/ROOT/VERB/blame the/3/det/DET/the army/1/dobj/NOUN/army "
    "for/1/prep/ADP/for the/6/det/DET/the murder/4/pobj/NOUN/murder ./1/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "content", "own"), [
    (REJECTED_MURDER, "murder", True),            # rejecting a killing condemns it
    (BLAMED_FOR_MURDER, "murder", True),          # blaming someone for it takes it as given
    (BLAMED_FOR_THE_MURDER, "murder", False),     # a bare back-reference stays folded
    (WITHDREW_AFTER_ATTACK, "attack", True),      # an earlier act, told with its own target
    (WITHDREW_AFTER_THE_ATTACK, "attack", False),  # "after the attack": points back only
])
def test_grouping_presupposed_or_earlier_violence_is_its_own_event(rows, content, own):
    _doc, groups = _groups(rows)
    assert (content in {g.main.text for g in groups}) is own


# "They accused the police of assassinating the candidate ." / "... of assassinating ."
ACCUSED_OF_KILLING = parses.sentence(
    "They/1/nsubj/PRON/they accused/1/ROOT/VERB/accuse the/3/det/DET/the police/1/dobj/NOUN/police "
    "of/1/prep/ADP/of assassinating/4/pcomp/VERB/assassinate the/7/det/DET/the "
    "candidate/5/dobj/NOUN/candidate ./1/punct/PUNCT/.")
ACCUSED_OF_BARE_KILLING = parses.sentence(
    "They/1/nsubj/PRON/they accused/1/ROOT/VERB/accuse the/3/det/DET/the police/1/dobj/NOUN/police "
    "of/1/prep/ADP/of assassinating/4/pcomp/VERB/assassinate ./1/punct/PUNCT/.")


@pytest.mark.parametrize(("rows", "own"), [
    (ACCUSED_OF_KILLING, True),        # the killing of a named victim happened; the agent is alleged
    (ACCUSED_OF_BARE_KILLING, False),  # nothing told of the act: part of the accusation
])
def test_grouping_accused_of_a_particular_killing(rows, own):
    doc = parses.build(rows, tags={5: "VBG"})
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    assert ("assassinating" in {g.main.text for g in group_sentence(list(doc), hits)}) is own


# "a man who was taken hostage and killed two guards" (a misparse of "police freed a man who was
# taken hostage and killed two guards") / "soldiers were ambushed and killed"
TAKEN_AND_KILLED = parses.sentence(
    "man/0/ROOT/NOUN/man who/3/nsubjpass/PRON/who was/3/auxpass/AUX/be taken/0/relcl/VERB/take "
    "hostage/3/oprd/NOUN/hostage and/3/cc/CCONJ/and killed/3/conj/VERB/kill "
    "two/8/nummod/NUM/two guards/6/dobj/NOUN/guard")
AMBUSHED_AND_KILLED = parses.sentence(
    "soldiers/2/nsubjpass/NOUN/soldier were/2/auxpass/AUX/be ambushed/2/ROOT/VERB/ambush "
    "and/2/cc/CCONJ/and killed/2/conj/VERB/kill")


@pytest.mark.parametrize(("rows", "mains"), [
    (TAKEN_AND_KILLED, ["taken", "killed"]),  # the active killing is another act
    (AMBUSHED_AND_KILLED, ["ambushed"]),       # both passive: one incident and its toll
])
def test_grouping_casualty_of_another_voice_is_its_own_act(rows, mains):
    _doc, groups = _groups(rows)
    assert [g.main.text for g in groups] == mains


@pytest.mark.parametrize(("text", "act", "expected"), [
    ("men/0/ROOT/NOUN/man suspected/0/acl/VERB/suspect of/1/prep/ADP/of "
     "killing/2/pcomp/VERB/kill", 3, True),
    ("men/0/ROOT/NOUN/man wounded/0/acl/VERB/wound in/1/prep/ADP/in "
     "the/4/det/DET/the attack/2/pobj/NOUN/attack", 4, False),  # no charge: what befell them
])
def test_grouping_suspected_of_reads_charges(text, act, expected):
    from dateline.events.grouping import suspected_of

    doc = parses.build(parses.sentence(text))
    assert suspected_of(doc[act]) is expected



# "Turkey agreed to Russian mediation" / "Turkey is opposed to Russian mediation"
AGREED_TO_MEDIATION = parses.sentence(
    "Turkey/1/nsubj/PROPN/Turkey agreed/1/ROOT/VERB/agree to/1/prep/ADP/to Russian/4/compound/PROPN/Russian "
    "mediation/2/pobj/NOUN/mediation")
OPPOSED_TO_MEDIATION = parses.sentence(
    "Turkey/2/nsubjpass/PROPN/Turkey is/2/auxpass/AUX/be opposed/2/ROOT/VERB/oppose to/2/prep/ADP/to "
    "Russian/5/compound/PROPN/Russian mediation/3/pobj/NOUN/mediation")


@pytest.mark.parametrize(("rows", "us", "main"), [
    (AGREED_TO_MEDIATION, 3, "agreed"),   # what was agreed to is the agreement's content
    (OPPOSED_TO_MEDIATION, 4, "opposed"),
])
def test_grouping_object_of_to_is_the_verbal_acts_content(rows, us, main):
    doc = parses.build(rows, ents=((us, us + 1, "GPE"),))
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    groups = group_sentence(list(doc), hits)
    assert [g.main.text for g in groups] == [main]
    assert [t.text for t, _ in groups[0].folded] == ["mediation"]


def test_grouping_ending_verb_is_the_act_and_its_object_folds():
    """"The government suspended the talks": the suspension is the act, the talks its object."""
    rows = parses.sentence(
        "The/1/det/DET/the government/2/nsubj/NOUN/government suspended/2/ROOT/VERB/suspend "
        "the/4/det/DET/the talks/2/dobj/NOUN/talk")
    _doc, groups = _groups(rows)
    assert [(g.main.text, [t.text for t, _ in g.folded]) for g in groups] == [("suspended", ["talks"])]


@pytest.mark.parametrize(("text", "main", "gtype"), [
    # "Workers called off the strike" / "Workers suspended the strike": suspending a protest is
    # a concession (PLOVER manual 3.4), the strike its object
    ("Workers/1/nsubj/NOUN/worker called/1/ROOT/VERB/call off/1/prt/ADP/off the/4/det/DET/the "
     "strike/1/dobj/NOUN/strike", "called", "CONCEDE"),
    ("Workers/1/nsubj/NOUN/worker suspended/1/ROOT/VERB/suspend the/3/det/DET/the "
     "strike/1/dobj/NOUN/strike", "suspended", "CONCEDE"),
    # "Workers called the strike": calling one starts it
    ("Workers/1/nsubj/NOUN/worker called/1/ROOT/VERB/call the/3/det/DET/the "
     "strike/1/dobj/NOUN/strike", "strike", "PROTEST"),
])
def test_grouping_suspended_protest_is_a_concession(text, main, gtype):
    _doc, groups = _groups(parses.sentence(text))
    assert [(g.main.text, g.sense.type) for g in groups] == [(main, gtype)]


# "He was arrested for collaborating with Jordan" / "Students staged a rally to protest the bill"
ARRESTED_FOR_COLLABORATING = parses.sentence(
    "He/2/nsubjpass/PRON/he was/2/auxpass/AUX/be arrested/2/ROOT/VERB/arrest for/2/prep/ADP/for "
    "collaborating/3/pcomp/VERB/collaborate with/4/prep/ADP/with Jordan/5/pobj/PROPN/Jordan")
RALLY_TO_PROTEST = parses.sentence(
    "Students/1/nsubj/NOUN/student held/1/ROOT/VERB/hold a/3/det/DET/a rally/1/dobj/NOUN/rally "
    "staged/3/acl/VERB/stage to/6/aux/PART/to protest/4/advcl/VERB/protest the/8/det/DET/the "
    "bill/6/dobj/NOUN/bill")


@pytest.mark.parametrize(("rows", "tags", "main", "folded"), [
    (ARRESTED_FOR_COLLABORATING, {2: "VBN", 3: "VBG"}, "arrested", ["collaborating"]),  # the charge
    (RALLY_TO_PROTEST, {6: "VB"}, "rally", ["protest"]),  # the rally's aim is the rally itself
])
def test_grouping_charge_and_aim_fold_into_the_act(rows, tags, main, folded):
    doc = parses.build(rows, tags=tags)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    groups = group_sentence(list(doc), hits)
    assert [(g.main.text, [t.text for t, _ in g.folded if t.text in folded]) for g in groups] == [(main, folded)]


# "Both groups agreed to withdraw fighters and to release prisoners"
AGREED_WITHDRAW_AND_RELEASE = parses.sentence(
    "Both/1/det/DET/both groups/2/nsubj/NOUN/group agreed/2/ROOT/VERB/agree to/4/aux/PART/to "
    "withdraw/2/xcomp/VERB/withdraw fighters/4/dobj/NOUN/fighter and/4/cc/CCONJ/and to/8/aux/PART/to "
    "release/4/conj/VERB/release prisoners/8/dobj/NOUN/prisoner")
# "Police arrested men suspected of belonging to gangs in raids" (the parser hangs "in raids"
# on "belonging")
ARRESTED_SUSPECTED_IN_RAIDS = parses.sentence(
    "Police/1/nsubj/NOUN/police arrested/1/ROOT/VERB/arrest men/1/dobj/NOUN/man suspected/2/acl/VERB/suspect "
    "of/3/prep/ADP/of belonging/4/pcomp/VERB/belong to/5/prep/ADP/to gangs/6/pobj/NOUN/gang "
    "in/5/prep/ADP/in raids/8/pobj/NOUN/raid")


@pytest.mark.parametrize(("rows", "tags", "main", "folded"), [
    # what both sides agreed to do, every coordinated part of it, is the agreement's content
    (AGREED_WITHDRAW_AND_RELEASE, {4: "VB", 8: "VB"}, "agreed", ["withdraw", "release"]),
    # an event noun hung inside a clause describing the object goes with the act
    (ARRESTED_SUSPECTED_IN_RAIDS, {3: "VBN", 5: "VBG", 9: "NNS"}, "arrested", ["raids"]),
])
def test_grouping_content_and_misattached_phrases_fold(rows, tags, main, folded):
    doc = parses.build(rows, tags=tags)
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    groups = group_sentence(list(doc), hits)
    assert [(g.main.text, [t.text for t, _ in g.folded]) for g in groups] == [(main, folded)]


# "Gunmen executed three guards by shooting"
EXECUTED_BY_SHOOTING = parses.sentence(
    "Gunmen/1/nsubj/NOUN/gunman executed/1/ROOT/VERB/execute three/3/nummod/NUM/three guards/1/dobj/NOUN/guard "
    "by/1/prep/ADP/by shooting/4/pcomp/VERB/shoot")


def test_grouping_means_of_the_same_act_folds():
    doc = parses.build(EXECUTED_BY_SHOOTING, tags={5: "VBG"})
    hits = {t.i: s for t, s in find_triggers(doc) if s.type}
    groups = group_sentence(list(doc), hits)
    assert [(g.main.text, [t.text for t, _ in g.folded]) for g in groups] == [("executed", ["shooting"])]
