"""Counts attached to what they count: kind, trigger, party, running totals."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.counts import CountTagger
from dateline.nlp.extensions import register_extensions


def test_counts_tagger_on_hand_built_parse():
    register_extensions()
    words = ["Gunmen", "killed", "12", "villagers", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
              pos=["NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
              lemmas=["gunman", "kill", "12", "villager", "."])
    doc = CountTagger(None)(doc)
    [span] = doc.spans["counts"]
    assert (span.text, span._.count_value, span._.count_kind) == ("12", 12, "fatalities")
    assert (span._.count_trigger, span._.count_party, span._.count_aggregate) == (1, 3, False)


def test_counts_tagger_without_parse_finds_nothing():
    register_extensions()
    doc = Doc(spacy.blank("en").vocab, words=["Gunmen", "killed", "12", "villagers"])
    assert list(CountTagger(None)(doc).spans["counts"]) == []


@pytest.fixture(scope="module")
def tagged():
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=["dateline_counts"])
    return lambda text: nlp(text)


def _counts(doc: Doc) -> list[tuple]:
    def word(i):
        return doc[i].text if i is not None else None

    return [(s.text, s._.count_value, s._.count_kind, word(s._.count_trigger),
             word(s._.count_party), s._.count_aggregate) for s in doc.spans["counts"]]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 25 Kurdish fighters were killed in clashes on Sunday, and another 120 were "
         "wounded, a doctor said.",
         [("At least 25", 25, "fatalities", "killed", "fighters", False),
          ("another 120", 120, "injured", "wounded", None, False)]),
        ("A car bomb exploded at the bus station, killing 12 civilians and wounding dozens.",
         [("12", 12, "fatalities", "killing", "civilians", False),
          ("dozens", 12, "injured", "wounding", None, False)]),
        ("Police arrested 15 suspects and gunmen kidnapped three aid workers on Tuesday.",
         [("15", 15, "arrested", "arrested", "suspects", False),
          ("three", 3, "abducted", "kidnapped", "workers", False)]),
        ("12 people died in the fire.", [("12", 12, "fatalities", "died", "people", False)]),
        ("The death toll rose to 30, officials said.",
         [("30", 30, "fatalities", "toll", None, False)]),
        ("Two policemen were injured when a bomb went off.",
         [("Two", 2, "injured", "injured", "policemen", False)]),
        ("The rebels captured the town, prompting an estimated 40,000 residents to flee.",
         [("an estimated 40,000", 40000, "displaced", "flee", "residents", False)]),
        ("The group said it had captured dozens of soldiers.",
         [("dozens", 12, "arrested", "captured", "soldiers", False)]),
        ("Security forces detained between 10 and 15 people.",
         [("between 10 and 15", 10, "arrested", "detained", "people", False)]),
        ("No one was hurt in the attack.", [("No one", 0, "injured", "hurt", None, False)]),
        ("There were no casualties.",
         [("no casualties", 0, "fatalities", "casualties", None, False)]),
        ("Gunmen killed 12 civilians, including two children.",
         [("12", 12, "fatalities", "killed", "civilians", False)]),
        ("Five protesters lost their lives and 20 were taken into custody.",
         [("Five", 5, "fatalities", "lost", "protesters", False),
          ("20", 20, "arrested", "taken", None, False)]),
        ("More than 500,000 people have been displaced by the violence since June.",
         [("More than 500,000", 500000, "displaced", "displaced", "people", True)]),
        ("Tens of thousands of villagers have fled the shelling since March.",
         [("Tens of thousands", 10000, "displaced", "fled", "villagers", True)]),
        ("The rebels captured three towns in two days.", []),
        ("No one was hurt.", [("No one", 0, "injured", "hurt", None, False)]),
        # one person: indefinite, named or a pronoun
        ("Border police arrested a Taliban leader near Spin Boldak.",
         [("a Taliban leader", 1, "arrested", "arrested", "leader", False)]),
        ("The force engaged the gunman, killing him.",
         [("him", 1, "fatalities", "killing", "him", False)]),
        ("Officials announced the capture of a senior Taliban leader.",
         [("a senior Taliban leader", 1, "arrested", "capture", "leader", False)]),
        ("He was engaged and killed.", [("He", 1, "fatalities", "killed", "He", False)]),
        ("Police shot the gunman dead.",
         [("the gunman", 1, "fatalities", "shot", "gunman", False)]),
        ("A Taliban leader was arrested. The leader was arrested after a raid.",
         [("A Taliban leader", 1, "arrested", "arrested", "leader", False)]),
        ("The detained leader is believed to have planned attacks.", []),
        # casualty nouns and tolls
        ("Prosecutors investigated the killing of 12 bus drivers.",
         [("12", 12, "fatalities", "killing", "drivers", False)]),
        ("Multiple suspected smugglers were detained at the checkpoint.",
         [("Multiple", 3, "arrested", "detained", "smugglers", False)]),
        # upper-case wire copy
        ("FOUR PEOPLE WERE KILLED AND FIVE WERE INJURED.",
         [("FOUR", 4, "fatalities", "KILLED", "PEOPLE", False),
          ("FIVE", 5, "injured", "INJURED", None, False)]),
        # running totals: displacement told in the present perfect
        ("The offensive has caused tens of thousands of people to flee their homes.",
         [("tens of thousands", 10000, "displaced", "flee", "people", True)]),
        ("The fighting forced 5,000 people to flee on Sunday.",
         [("5,000", 5000, "displaced", "flee", "people", False)]),
        # reduced passives and gapped auxiliaries
        ("Two people were killed and 12 injured in the explosion.",
         [("Two", 2, "fatalities", "killed", "people", False),
          ("12", 12, "injured", "injured", None, False)]),
        ("The blast left 14 dead and dozens injured.",
         [("14", 14, "fatalities", "dead", None, False),
          ("dozens", 12, "injured", "injured", None, False)]),
        # the killers are people counted, but not casualties
        ("Thirty militants killed five soldiers.",
         [("Thirty", 30, None, None, "militants", False),
          ("five", 5, "fatalities", "killed", "soldiers", False)]),
        ("More than 220,000 people have died in the conflict.",
         [("More than 220,000", 220000, "fatalities", "died", "people", True)]),
        # vague quantities and listed people (ACLED: "numerous" reads as "several" = 3)
        ("Border guards detained numerous suspected smugglers near the river.",
         [("numerous", 3, "arrested", "detained", "smugglers", False)]),
        ("Police detained the gang leader along with three other smugglers.",
         [("the gang leader", 1, "arrested", "detained", "leader", False),
          ("three", 3, "arrested", "detained", "smugglers", False)]),
        ("Troops captured another weapons courier. Soldiers later detained the "
         "courier and one of his bodyguards.",
         [("another weapons courier", 1, "arrested", "captured", "courier", False),
          ("the courier", 1, "arrested", "detained", "courier", False),
          ("one", 1, "arrested", "detained", "bodyguards", False)]),
        ("Soldiers launched a raid to detain a militia leader.", []),
        ("Troops killed a number of gunmen in the hills.",
         [("a number", 3, "fatalities", "killed", "gunmen", False)]),
        ("Police recorded the phone number of the suspect.", []),
        ("Police detained several smugglers and multiple rifles.",
         [("several", 3, "arrested", "detained", "smugglers", False)]),
        ("The courier is the ninth smuggler caught this month.", []),
        # a list the parser read as an apposition: each member counts
        ("Soldiers captured a militia commander, a militia courier and several of "
         "their bodyguards in a raid.",
         [("a militia commander", 1, "arrested", "captured", "commander", False),
          ("a militia courier", 1, "arrested", "captured", "courier", False),
          ("several", 3, "arrested", "captured", "bodyguards", False)]),
        ("The patrol later arrested a couple of other gunmen.",
         [("a couple", 2, "arrested", "arrested", "gunmen", False)]),
        # a group's name split by the parser: one person
        ("Border police arrested an Islamic Movement of Uzbekistan "
         "leader near Kunduz on Monday.",
         [("an Islamic Movement of Uzbekistan leader", 1, "arrested", "arrested", "Movement", False)]),
        # a campaign's sum over a stretch of time; a total carried on by "bringing"
        ("Police carried out a dozen raids over the last four weeks detaining scores of suspected "
         "smugglers in Herat.",
         [("scores", 20, "arrested", "detaining", "smugglers", True)]),
        ("Forces killed five insurgents, bringing the total this year to 40.",
         [("five", 5, "fatalities", "killed", "insurgents", False),
          ("40", 40, "fatalities", "killed", None, True)]),
        # people listed together are all counted, whatever noun names them
        ("Gunmen abducted at least 130 pupils and two teachers from a school on Thursday.",
         [("at least 130", 130, "abducted", "abducted", "pupils", False),
          ("two", 2, "abducted", "abducted", "teachers", False)]),
        # a small clause: the people left dead
        ("Gunmen fought in the city on Monday, leaving at least six people dead.",
         [("at least six", 6, "fatalities", "dead", "people", False)]),
        # a subset named after "among them" is part of the figure before it
        ("The service said 23 people were wounded, among them two children.",
         [("23", 23, "injured", "wounded", "people", False)]),
        # one person each: a list the parser split into two objects, a bare noun sharing a
        # possessive, a name after a title, a possessor of the deed, "another"
        ("Gunmen killed the mayor of the village, as well as two farmers, the radio reported.",
         [("the mayor", 1, "fatalities", "killed", "mayor", False),
          ("two", 2, "fatalities", "killed", "farmers", False)]),
        ("The governor was wounded in a shooting in which his secretary and driver were killed.",
         [("The governor", 1, "injured", "wounded", "governor", False),
          ("his secretary", 1, "fatalities", "killed", "secretary", False),
          ("driver", 1, "fatalities", "killed", "driver", False)]),
        ("A retired colonel was shot to death outside his home on Sunday.",
         [("A retired colonel", 1, "fatalities", "shot", "colonel", False)]),
        ("Maria Lopez's murder shocked the nation.",
         [("Maria Lopez's", 1, "fatalities", "murder", "Lopez", False)]),
        ("The government condemned the assassination on 12 May of Senator Maria Lopez.",
         [("Maria Lopez", 1, "fatalities", "assassination", "Lopez", False)]),
        ("Officials said one person was killed and another injured.",
         [("one", 1, "fatalities", "killed", "person", False),
          ("another", 1, "injured", "injured", "another", False)]),
        ("Rebels killed a Peruvian and wounded a Bolivian.",
         [("a Peruvian", 1, "fatalities", "killed", "Peruvian", False),
          ("a Bolivian", 1, "injured", "wounded", "Bolivian", False)]),
        # a headline's passive
        ("Four people killed, five injured in car bomb blast.",
         [("Four", 4, "fatalities", "killed", "people", False),
          ("five", 5, "injured", "injured", None, False)]),
        # a reported clause and a relative clause with victims of their own count only those
        ("A hospital official reported that one farmer was killed.",
         [("one", 1, "fatalities", "killed", "farmer", False)]),
        ("Police sealed off the district in which two civilians were killed.",
         [("two", 2, "fatalities", "killed", "civilians", False)]),
        # a breakdown after a comma is the same people; a list of kinds adds up
        ("Gunmen killed 12 people, seven men and five women, in the village.",
         [("12", 12, "fatalities", "killed", "people", False)]),
        ("Gunmen killed three policemen, two soldiers and a civilian.",
         [("three", 3, "fatalities", "killed", "policemen", False),
          ("two", 2, "fatalities", "killed", "soldiers", False),
          ("a civilian", 1, "fatalities", "killed", "civilian", False)]),
        # a small clause describes the object, not the subject ("two blasts")
        ("Police said two blasts in the port left four dead and three injured.",
         [("four", 4, "fatalities", "dead", None, False),
          ("three", 3, "injured", "injured", None, False)]),
        # people named again count when listed with others, or when nothing was counted before
        ("The courier, who was detained along with three of his bodyguards, was questioned.",
         [("who", 1, "arrested", "detained", "who", False),
          ("three", 3, "arrested", "detained", "bodyguards", False)]),
        ("Police detained both brothers along with several of their bodyguards.",
         [("both brothers", 2, "arrested", "detained", "brothers", False),
          ("several", 3, "arrested", "detained", "bodyguards", False)]),
        ("Police arrested both men on Monday.", [("both men", 2, "arrested", "arrested", "men", False)]),
        ("Two insurgents were killed after the troops returned fire, killing both insurgents.",
         [("Two", 2, "fatalities", "killed", "insurgents", False)]),
        # a hyphenated person noun is a person ("a passer-by")
        ("A suicide bomber killed five police officers and a passer-by.",
         [("five", 5, "fatalities", "killed", "officers", False),
          ("a passer-by", 1, "fatalities", "killed", "by", False)]),
        # a subset parsed as the verb's object leaves the verb passive
        ("The service said four people were killed and 23 wounded, among them two children.",
         [("four", 4, "fatalities", "killed", "people", False),
          ("23", 23, "injured", "wounded", None, False)]),
        # the main clause counts the person, the relative clause its pronoun
        ("The mayor, who was kidnapped on Monday, was found dead on Friday.",
         [("The mayor", 1, "fatalities", "dead", "mayor", False),
          ("who", 1, "abducted", "kidnapped", "who", False)]),
        # a purpose, however parsed, is no count
        ("Troops mounted a raid to arrest a rebel commander.", []),
        # a gerund clause the parser hung on the main verb: "being killed" tells the people's fate
        ("The raid ended in nine villagers being killed.",
         [("nine", 9, "fatalities", "killed", "villagers", False)]),
        # "one of the X killed" is one at least, unless a figure of its kind came before
        ("Police said one of the gunmen killed in the raid was a local commander.",
         [("one", 1, "fatalities", "killed", "gunmen", False)]),
        ("Seven villagers were killed in the shelling. One of the villagers killed was a nurse.",
         [("Seven", 7, "fatalities", "killed", "villagers", False)]),
        # not counts of people
        ("Police seized 300 rifles and captured two villages.", []),
        ("They discovered 100 rounds and 13 grenade boosters.", []),
    ],
)
def test_counts_tagger_attaches_counts(tagged, text, expected):
    assert _counts(tagged(text)) == expected


@pytest.mark.parametrize(("dep", "children", "expected"), [
    ("oprd", [], True),  # "found the mayor dead"
    ("ccomp", [], True),  # a verbless complement the parser calls a clause
    ("ccomp", ["auxpass"], False),  # "the spokesman said the city was captured": a clause of its own
    ("ccomp", ["nsubj"], False),
])
def test_counts_small_clause_is_verbless(dep, children, expected):
    import spacy
    from spacy.tokens import Doc

    from dateline.mentions.counts import _small_clause_of

    # "spokesman said [x] captured": token 0 and the trigger (2) share the verb 1
    words = ["spokesman", "said", "captured", "x"]
    heads = [1, 1, 1, 2]
    deps = ["nsubj", "ROOT", dep, children[0] if children else "dep"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert _small_clause_of(doc[2], doc[0]) is expected
