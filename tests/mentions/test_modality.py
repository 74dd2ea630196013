"""Modality and attribution of event clauses, and opinion sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.modality import is_opinion_sentence, modality_for
from dateline.data import load_yaml
from dateline.nlp.extensions import register_extensions
from dateline.records import MODALITIES


def test_modality_cue_file_has_every_list():
    data = load_yaml("modality.yaml")
    for key in ("reporting_verbs", "claim_verbs", "denial_verbs", "future_verbs", "hedges",
                "negating_verbs", "future_aux", "hypothetical_aux", "opinion_cues",
                "background_cues", "implicative_verbs", "discredit_words", "unrealised_nouns",
                "purpose_verbs", "purpose_nouns", "involvement_nouns"):
        assert data[key], key


def _hand_doc(words, heads, deps, pos, lemmas) -> Doc:
    register_extensions()
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "trigger", "expected"),
    [
        (["Rebels", "did", "not", "attack"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"],
         ["NOUN", "AUX", "PART", "VERB"], ["rebel", "do", "not", "attack"], 3, ("negated", None)),
        (["Rebels", "will", "attack"], [2, 2, 2], ["nsubj", "aux", "ROOT"],
         ["NOUN", "AUX", "VERB"], ["rebel", "will", "attack"], 2, ("future", None)),
        (["Rebels", "attacked"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"],
         ["rebel", "attack"], 1, ("asserted", None)),
        (["Police", "said", "rebels", "attacked"], [1, 1, 3, 1],
         ["nsubj", "ROOT", "nsubj", "ccomp"], ["NOUN", "VERB", "NOUN", "VERB"],
         ["police", "say", "rebel", "attack"], 3, ("asserted", "Police")),
        # "there are no journalists held hostage": the act a "no" noun's clause tells did not happen
        (["there", "are", "no", "journalists", "held", "hostage"], [1, 1, 3, 1, 3, 4],
         ["expl", "ROOT", "det", "attr", "acl", "oprd"], ["PRON", "AUX", "DET", "NOUN", "VERB", "NOUN"],
         ["there", "be", "no", "journalist", "hold", "hostage"], 4, ("negated", None)),
        (["there", "are", "journalists", "held", "hostage"], [1, 1, 1, 2, 3],
         ["expl", "ROOT", "attr", "acl", "oprd"], ["PRON", "AUX", "NOUN", "VERB", "NOUN"],
         ["there", "be", "journalist", "hold", "hostage"], 3, ("asserted", None)),
    ],
)
def test_modality_on_hand_built_parse(words, heads, deps, pos, lemmas, trigger, expected):
    doc = _hand_doc(words, heads, deps, pos, lemmas)
    assert modality_for(doc[trigger]) == expected


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "expected"), [
    (["To", "suspend", "sabotage"], [1, 1, 1], ["aux", "ROOT", "dobj"], ["PART", "VERB", "NOUN"],
     "hypothetical"),  # an aim in a list
    (["Rebels", "to", "attack"], [2, 2, 2], ["nsubj", "aux", "ROOT"], ["NOUN", "PART", "VERB"],
     "future"),  # a headline's future
])
def test_modality_infinitive_as_main_clause(words, heads, deps, pos, expected):
    doc = _hand_doc(words, heads, deps, pos, [w.lower() for w in words])
    assert modality_for(doc[1 if words[0] == "To" else 2])[0] == expected


@pytest.mark.parametrize(("neg", "expected"), [(True, "negated"), (False, "asserted")])
def test_modality_infinitive_under_negated_governor(neg, expected):
    # "we will (not) allow them to attack", the infinitive parsed as the governor's clause
    words = ["we"] + (["not"] if neg else []) + ["allow", "them", "to", "attack"]
    k = 1 if neg else 0
    heads = [1 + k] + ([1 + k] if neg else []) + [1 + k, 4 + k, 4 + k, 1 + k]
    deps = ["nsubj"] + (["neg"] if neg else []) + ["ROOT", "nsubj", "aux", "ccomp"]
    pos = ["PRON"] + (["PART"] if neg else []) + ["VERB", "PRON", "PART", "VERB"]
    doc = _hand_doc(words, heads, deps, pos, [w.lower() for w in words])
    assert modality_for(doc[len(words) - 1])[0] == expected


@pytest.mark.parametrize(("neg", "expected"), [(True, "negated"), (False, "asserted")])
def test_modality_progressive_under_negated_copula(neg, expected):
    words = ["We", "are"] + (["not"] if neg else []) + ["bombing"]
    n = len(words)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1] * n,
              deps=["nsubj", "ROOT"] + (["neg"] if neg else []) + ["attr"],
              pos=["PRON", "AUX"] + (["PART"] if neg else []) + ["VERB"],
              tags=["PRP", "VBP"] + (["RB"] if neg else []) + ["VBG"],
              lemmas=["we", "be"] + (["not"] if neg else []) + ["bomb"])
    register_extensions()
    assert modality_for(doc[n - 1])[0] == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "expected"),
    [
        # "They came to participate in attacks": the event the purpose infinitive aims at
        (["They", "came", "to", "participate", "in", "attacks"], [1, 1, 3, 1, 3, 4],
         ["nsubj", "ROOT", "aux", "advcl", "prep", "pobj"],
         ["PRON", "VERB", "PART", "VERB", "ADP", "NOUN"],
         ["they", "come", "to", "participate", "in", "attack"], ("future", None)),
        # "They went on to participate in attacks": an implicative head says it happened
        (["They", "went", "to", "participate", "in", "attacks"], [1, 1, 3, 1, 3, 4],
         ["nsubj", "ROOT", "aux", "advcl", "prep", "pobj"],
         ["PRON", "VERB", "PART", "VERB", "ADP", "NOUN"],
         ["they", "go", "to", "participate", "in", "attack"], ("asserted", None)),
        # "Soldiers were hurt in attacks": an adjunct of a finite verb, reported as done
        (["Soldiers", "were", "hurt", "in", "attacks"], [2, 2, 2, 2, 3],
         ["nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
         ["NOUN", "AUX", "VERB", "ADP", "NOUN"],
         ["soldier", "be", "hurt", "in", "attack"], ("asserted", None)),
    ],
)
def test_modality_event_noun_inside_purpose_infinitive(words, heads, deps, pos, lemmas, expected):
    doc = _hand_doc(words, heads, deps, pos, lemmas)
    assert modality_for(doc[len(words) - 1]) == expected


@pytest.mark.parametrize(
    ("governor", "dep", "expected"),
    [
        ("come", "advcl", "future"),  # "men came to kill the mayor": purpose, not done
        ("come", "xcomp", "asserted"),  # a complement is left to the governor rules
        ("manage", "xcomp", "asserted"),  # "they managed to kill": done
        ("go", "advcl", "asserted"),  # "went on to kill"
        ("hire", "xcomp", "hypothetical"),  # "they were hired to kill him": the aim of the hiring
        ("send", "xcomp", "hypothetical"),  # "sent to kill him"
    ],
)
def test_modality_purpose_infinitive(governor, dep, expected):
    words = ["They", governor, "to", "kill", "him"]
    doc = _hand_doc(words, [1, 1, 3, 1, 3], ["nsubj", "ROOT", "aux", dep, "dobj"],
                    ["PRON", "VERB", "PART", "VERB", "PRON"],
                    ["they", governor, "to", "kill", "he"])
    assert modality_for(doc[3])[0] == expected


def _reported_doc(speaker_actor, subject_actor) -> Doc:
    """"Kurdish media said fighters captured Sinjar", with the actors stage's spans."""
    from spacy.tokens import Span

    from dateline.records import Actor

    doc = _hand_doc(["Kurdish", "media", "said", "fighters", "captured", "Sinjar"],
                    [1, 2, 2, 4, 2, 4], ["amod", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
                    ["ADJ", "NOUN", "VERB", "NOUN", "VERB", "PROPN"],
                    ["kurdish", "medium", "say", "fighter", "capture", "Sinjar"])
    spans = []
    for (start, end), actor in (((0, 2), speaker_actor), ((3, 4), subject_actor)):
        if actor:
            span = Span(doc, start, end)
            span._.actor = Actor(name=actor[0], sector=actor[1])
            spans.append(span)
    doc.spans["actors"] = spans
    return doc


@pytest.mark.parametrize(
    ("speaker_actor", "subject_actor", "expected"),
    [
        (("Kurds", ["GOV"]), ("Kurds", ["MIL"]), ("claimed", "Kurdish media")),  # own side
        (("Free Syrian Army", ["REB"]), None, ("claimed", "Kurdish media")),  # armed party
        (("Kurds", ["GOV"]), ("Islamic State", ["REB"]), ("asserted", "Kurdish media")),
        (None, None, ("asserted", "Kurdish media")),
    ],
)
def test_modality_claims_by_actor(speaker_actor, subject_actor, expected):
    doc = _reported_doc(speaker_actor, subject_actor)
    assert modality_for(doc[4]) == expected


@pytest.fixture(scope="module")
def parse():
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=[])
    return nlp


CASES = [
    # negation
    ("The army did not attack the town.", "attack", ("negated", None)),
    ("No one was hurt in the attack.", "hurt", ("negated", None)),
    ("No one was hurt in the attack.", "attack", ("asserted", None)),
    ("Nobody was killed.", "killed", ("negated", None)),
    ("Police failed to capture the suspects.", "capture", ("negated", None)),
    # denial
    ("The Taliban denied carrying out the attack.", "attack", ("denied", "Taliban")),
    # future, plans, threats
    ("The militants threatened to attack the city.", "attack", ("future", None)),
    ("The government vowed to retake the city.", "retake", ("future", None)),
    ("The rebels are set to launch an offensive.", "offensive", ("future", None)),
    ("The group is expected to attack Baghdad.", "attack", ("future", None)),
    ("They will attack the base tomorrow, the commander said.", "attack", ("future", "commander")),
    # hypothetical and conditional
    ("Rebels could attack the city within days.", "attack", ("hypothetical", None)),
    ("The army will retaliate if the rebels attack.", "attack", ("hypothetical", None)),
    # claims by a party
    ("Islamic State claimed responsibility for the bombing.", "bombing",
     ("claimed", "Islamic State")),
    ("A statement on Monday by the Islamic State said it had captured dozens of Kurdish "
     "prisoners and seized weapons.", "captured", ("claimed", "Islamic State statement")),
    ("A statement on Monday by the Islamic State said it had captured dozens of Kurdish "
     "prisoners and seized weapons.", "seized", ("claimed", "Islamic State statement")),
    ("The army said it killed 30 militants.", "killed", ("claimed", "army")),
    ("Militants allegedly abducted three aid workers.", "abducted", ("claimed", None)),
    ("Rebels shelled the town, a report that could not be verified.", "shelled",
     ("claimed", None)),
    ("The rebels said they shot down a jet. The claim could not be independently verified.",
     "shot", ("claimed", "rebels")),
    ("Rebels shelled the town. The claim could not be independently verified.", "shelled",
     ("claimed", None)),
    ("Rebels shelled the town. Residents fled to the hills in their thousands after the attack "
     "and aid groups said the claims could not be verified by anyone at all on the ground.",
     "shelled", ("asserted", None)),
    # neutral sources: asserted with attribution
    ("Kurdish state media reported that the fighters had retaken the town.", "retaken",
     ("asserted", "Kurdish state media")),
    ("At least 25 fighters were killed in clashes on Sunday, according to Muhssin Mohamed, "
     "a Dahuk-based doctor.", "killed", ("asserted", "Muhssin Mohamed")),
    ("Rebels captured the town on Saturday, said Jawhar Ali Begg, a spokesman for the "
     "community.", "captured", ("asserted", "Jawhar Ali Begg")),
    ("Police arrested 15 suspects, a police spokesman said.", "arrested",
     ("asserted", "police spokesman")),
    # nested and negated governors do not pass their status down
    ("Nobody claimed responsibility for the attack.", "attack", ("asserted", None)),
    ("The group vowed revenge for the killing of its leader.", "killing", ("asserted", None)),
    ("The militants did not carry out the attack.", "attack", ("negated", None)),
    ("There was no attack.", "attack", ("negated", None)),
    ("The rebels threatened attacks on the capital.", "attacks", ("future", None)),
    ("Russia has announced plans to bomb targets in Syria.", "bomb", ("future", "Russia")),
    ("Government forces may have used chemical weapons.", "used", ("hypothetical", None)),
    ("The ministry denied that its forces had shelled the town.", "shelled",
     ("denied", "ministry")),
    ("The attack, which killed 12 people, was claimed by IS.", "attack", ("claimed", "IS")),
    ("IS said it carried out the attack.", "carried", ("claimed", "IS")),
    ("Witnesses said troops opened fire on protesters.", "opened", ("asserted", "Witnesses")),
    # commands, discredited reports, skills, plans and "without"
    ("Investigate the killings and free the jailed students.", "killings",
     ("hypothetical", None)),
    ("The report that the consul's driver was wounded by a sniper is baseless.",
     "wounded", ("denied", None)),
    ("The old soldiers still know how to fight.", "fight", ("hypothetical", None)),
    ("The agent had the mission of assassinating the governor.", "assassinating",
     ("hypothetical", None)),
    ("There is always the danger of an attack on the convoy.", "attack", ("hypothetical", None)),
    ("The aim of the hijacking was to free their comrades.", "hijacking",
     ("asserted", None)),
    ("Troops entered the capital without a shot being fired.", "fired", ("negated", None)),
    # possibilities, "at no time", yes/no questions, discredited reports of an event
    ("Police discussed a possible attack on the president.", "attack", ("hypothetical", None)),
    ("The reports of an attack on the convoy are false.", "attack", ("denied", None)),
    ("At no time did we bomb the town.", "bomb", ("negated", None)),
    ("Was he murdered because he was a communist?", "murdered", ("hypothetical", None)),
    ("Who murdered the mayor?", "murdered", ("asserted", None)),
    # aims of a plan or of a hiring, denials through "role" and misparsed that-clauses
    ("Gunmen were hired to storm the building and destroy documents.", "storm",
     ("hypothetical", None)),
    ("Gunmen were hired to storm the building and destroy documents.", "destroy",
     ("hypothetical", None)),
    ("The guerrillas launched a campaign to destroy the oil infrastructure.", "destroy",
     ("hypothetical", None)),
    ("The guerrillas waged a campaign of bombings in the capital.", "bombings",
     ("asserted", None)),
    ("The army denied the report that it is bombing villages.", "bombing", ("denied", "army")),
    ("The Pakistani Taliban denied any role in the bombing.", "bombing",
     ("denied", "Pakistani Taliban")),
    ("The rebel commander denied involvement in the attack.", "attack",
     ("denied", "rebel commander")),
    ("The rebels played a role in the attack.", "attack", ("asserted", None)),
    ("The ministry denied carrying out raids and said its aircraft had struck rebel positions.",
     "struck", ("claimed", "ministry")),
    ("The minister condemned the bombing and said police had arrested two suspects.",
     "arrested", ("asserted", "minister")),
    # plain statements
    ("The group drove minorities out of the city, and attacked mosques, claiming they "
     "contradicted its teachings.", "attacked", ("asserted", None)),
    ("When it overran the cities in June, the security forces collapsed.", "overran",
     ("asserted", None)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_modality_for_trigger(parse, text, trigger, expected):
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    assert modality_for(token) == expected
    assert expected[0] in MODALITIES


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts say the offensive is likely to continue.", True),
        ("Baghdad may see it as a sign of weakness.", True),
        ("The move seems to signal a shift in policy.", True),
        ("It remains to be seen whether the truce will hold.", True),
        ("Rebels attacked the town on Sunday.", False),
        ("The army said it killed 30 militants.", False),
        ("Let us recall the bombing of the airliner in November.", True),
        ("It will be recalled that the mayor was kidnapped in 1988.", True),
        ("Police recalled the ambassador after the bombing.", False),
        ("We recall the abduction of 40 students at the university in 1979.", True),
    ],
)
def test_modality_opinion_sentences(parse, text, expected):
    doc = parse(text)
    assert is_opinion_sentence(next(iter(doc.sents))) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Every union rejected the killing of the judge.", "killing", "asserted"),  # condemned
    ("The army rejected the report that its troops killed civilians.", "killed", "denied"),
    ("The army denied the murder of the senator.", "murder", "denied"),
    ("The police must clear the square calmly and not by shooting at people.", "shooting", "negated"),
    ("We got them out by shooting at them.", "shooting", "asserted"),
])
def test_modality_repudiation_and_negated_manner(parse, text, trigger, expected):
    """Rejecting a violent act itself condemns it (it happened); rejecting a report of it
    denies it; a "not" on the preposition that introduces the act rules it out."""
    from dateline.events.triggers import find_triggers

    doc = parse(text)
    find_triggers(doc)  # sets token._.trigger, which tells an act from a report of one
    token = next(t for t in doc if t.text == trigger)
    assert modality_for(token)[0] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a time adjunct of the statement is what came before it, not what the speaker says
    ("After the assassination of ten labor leaders the FMLN announced it would not attend the talks.",
     ("asserted", None)),
    ("The FMLN announced the assassination of ten labor leaders.", ("asserted", "FMLN")),
])
def test_modality_time_adjunct_of_a_statement_is_not_its_content(parse, text, expected):
    from dateline.events.triggers import find_triggers

    doc = parse(text)
    find_triggers(doc)
    token = next(t for t in doc if t.text == "assassination")
    assert modality_for(token) == expected


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    ("committing", "commit", "asserted"),  # who did it is denied, not the attack
    ("witnessing", "witness", "denied"),   # no authorship verb: the denial covers the act
])
def test_modality_denied_authorship_keeps_the_act(verb, lemma, expected):
    from dateline.events.triggers import match

    words = ["Rebels", "denied", verb, "the", "attack"]
    doc = _hand_doc(words, [1, 1, 1, 4, 2], ["nsubj", "ROOT", "xcomp", "det", "dobj"],
                    ["NOUN", "VERB", "VERB", "DET", "NOUN"], ["rebel", "deny", lemma, "the", "attack"])
    doc[4]._.trigger = match(doc[4])
    assert modality_for(doc[4])[0] == expected


@pytest.mark.parametrize(("verb", "expected"), [
    ("protest", "asserted"),      # "They stayed home to protest the bill": staying home is the protest
    ("demonstrate", "asserted"),
    ("burn", "future"),           # "They stayed home to burn the bill": an aim, not done
])
def test_modality_protest_purpose_is_the_act_itself(verb, expected):
    words = ["They", "stayed", "home", "to", verb, "the", "bill"]
    doc = _hand_doc(words, [1, 1, 1, 4, 1, 6, 4], ["nsubj", "ROOT", "advmod", "aux", "advcl", "det", "dobj"],
                    ["PRON", "VERB", "ADV", "PART", "VERB", "DET", "NOUN"],
                    ["they", "stay", "home", "to", verb, "the", "bill"])
    assert modality_for(doc[4])[0] == expected
