"""Counts go to the event whose trigger governs them; aggregates go nowhere (no model)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Span, Token

import dateline.mentions.counts  # noqa: F401  (registers the count extensions)
from dateline.events.counting import attach_counts, more_in_operation
from dateline.records import Event

from . import parses


@dataclass
class _Draft:
    event: Event
    tokens: list[Token]
    sent: Span
    first_split: bool = True


def _count(doc, start, end, value, kind, trigger, aggregate=False):
    span = Span(doc, start, end, label=kind)
    span._.count_value, span._.count_kind = value, kind
    span._.count_trigger, span._.count_aggregate = trigger, aggregate
    return span


@pytest.mark.parametrize(("aggregate", "expected"), [(False, 25), (True, None)])
def test_counting_attach_to_governing_trigger(aggregate, expected):
    doc = parses.build(parses.KILLED_IN_CLASHES)
    doc.spans["counts"] = [_count(doc, 0, 1, 25, "fatalities", 3, aggregate)]
    clash = _Draft(Event(type="ASSAULT"), [doc[5], doc[3]], doc[:])
    attach_counts(doc, [clash])
    assert clash.event.fatalities == expected


def test_counting_spans_of_one_trigger_add_up_and_skip_verbal_events():
    doc = parses.build(parses.KILLED_IN_CLASHES)
    doc.spans["counts"] = [_count(doc, 0, 1, 20, "fatalities", 3), _count(doc, 1, 2, 5, "fatalities", 3)]
    talks = _Draft(Event(type="CONSULT"), [doc[3]], doc[:])
    attach_counts(doc, [talks])
    assert talks.event.fatalities is None
    clash = _Draft(Event(type="ASSAULT"), [doc[5], doc[3]], doc[:])
    attach_counts(doc, [clash])
    assert clash.event.fatalities == 25


def test_counting_second_split_event_gets_nothing():
    doc = parses.build(parses.CAPTURE_TOWNS)
    doc.spans["counts"] = [_count(doc, 4, 5, 40000, "displaced", 2)]
    first = _Draft(Event(type="ASSAULT"), [doc[2]], doc[:], True)
    second = _Draft(Event(type="ASSAULT"), [doc[2]], doc[:], False)
    attach_counts(doc, [first, second])
    assert (first.event.displaced, second.event.displaced) == (40000, None)


def _detained(subject: str, det: str, prep_obj: str, prep_det: str) -> list[tuple]:
    """"<det> <subject> were detained during <prep_det> <prep_obj>"."""
    return parses.sentence(
        f"{det}/1/det/DET/{det.lower()} {subject}/3/nsubjpass/NOUN/{subject.rstrip('s')} "
        "were/3/auxpass/AUX/be detained/3/ROOT/VERB/detain during/3/prep/ADP/during "
        f"{prep_det}/6/det/DET/{prep_det} {prep_obj}/4/pobj/NOUN/{prep_obj}")


@pytest.mark.parametrize(("rows", "earlier", "expected"), [
    (_detained("insurgents", "Multiple", "operation", "the"), None, True),    # more people, same operation
    (_detained("insurgents", "The", "operation", "the"), None, False),        # the same people again
    (_detained("insurgents", "Multiple", "night", "the"), None, False),       # no operation told
    (_detained("insurgents", "Multiple", "operation", "an"), None, False),    # a new operation
    (_detained("insurgents", "Multiple", "operation", "the"), 3, False),      # the same figure told before
])
def test_counting_more_in_operation(rows, earlier, expected):
    doc = parses.build([("Earlier", 0, "ROOT", "ADV", "earlier"), (".", 0, "punct", "PUNCT", ".")]
                       + [(w, h + 2, d, p, lem) for w, h, d, p, lem in rows])
    doc.spans["counts"] = [_count(doc, 0, 1, earlier, "arrested", None)] if earlier else []
    draft = _Draft(Event(type="COERCE", arrested=3), [doc[5]], doc[2:])
    assert more_in_operation(draft) is expected


def test_counting_verb_of_an_event_subject_counts_for_it():
    """"The fighting displaced 300,000 people": the count's verb is no trigger, its subject is."""
    doc = parses.build(parses.sentence(
        "The/1/det/DET/the fighting/2/nsubj/NOUN/fighting displaced/2/ROOT/VERB/displace "
        "300,000/4/nummod/NUM/300,000 people/2/dobj/NOUN/people"))
    doc.spans["counts"] = [_count(doc, 3, 5, 300000, "displaced", 2)]
    fighting = _Draft(Event(type="ASSAULT"), [doc[1]], doc[:])
    attach_counts(doc, [fighting])
    assert fighting.event.displaced == 300000


# "Gunmen attacked Mosul. Hospitals treated 14 wounded people."
ATTACK_THEN_HOSPITAL = parses.sentence(
    "Gunmen/1/nsubj/NOUN/gunman attacked/1/ROOT/VERB/attack Mosul/1/dobj/PROPN/Mosul ./1/punct/PUNCT/. "
    "Hospitals/5/nsubj/NOUN/hospital treated/5/ROOT/VERB/treat 14/8/nummod/NUM/14 "
    "wounded/8/amod/ADJ/wounded people/5/dobj/NOUN/people ./5/punct/PUNCT/.")


@pytest.mark.parametrize(("kind", "value", "told_type", "expected"), [
    # a toll in a sentence with no event counts the attack told before it
    ("injured", 14, "ASSAULT", 14),
    # a zero says no toll
    ("injured", 0, "ASSAULT", None),
    # only dead and wounded: arrests and flight are acts with their own place and time
    ("arrested", 14, "ASSAULT", None),
    # only an attack has victims
    ("injured", 14, "CONSULT", None),
])
def test_counting_toll_in_a_sentence_without_event_goes_to_the_told_attack(kind, value, told_type, expected):
    doc = parses.build(ATTACK_THEN_HOSPITAL)
    doc.spans["counts"] = [_count(doc, 6, 7, value, kind, None)]
    attack = _Draft(Event(type=told_type), [doc[1]], doc[0:4])
    attach_counts(doc, [attack])
    assert getattr(attack.event, kind) == expected


def _person(doc, start, end, kind, trigger, party):
    span = _count(doc, start, end, 1, kind, trigger)
    span._.count_party = party
    return span


# "Galan was murdered . Galan died and gunmen shot him ."
TWICE_TOLD = parses.sentence(
    "Galan/2/nsubjpass/PROPN/Galan was/2/auxpass/AUX/be murdered/2/ROOT/VERB/murder ./2/punct/PUNCT/. "
    "Galan/5/nsubj/PROPN/Galan died/5/ROOT/VERB/die and/5/cc/CCONJ/and gunmen/9/nsubj/NOUN/gunman "
    "shot/5/conj/VERB/shoot him/9/dobj/PRON/he ./5/punct/PUNCT/.")


def test_counting_one_person_told_twice_counts_once():
    """A name again, or a pronoun after a counted person, is the same victim."""
    doc = parses.build(TWICE_TOLD)
    doc.spans["counts"] = [_person(doc, 0, 1, "fatalities", 2, 0), _person(doc, 4, 5, "fatalities", 5, 4),
                           _person(doc, 9, 10, "fatalities", 8, 9)]
    murder = _Draft(Event(type="ASSAULT"), [doc[2], doc[5], doc[8]], doc[:])
    attach_counts(doc, [murder])
    assert murder.event.fatalities == 1


# "X was killed on Monday and Y was killed on Friday ."
TWO_DAYS = (
    "X/2/nsubjpass/PROPN/X was/2/auxpass/AUX/be killed/2/ROOT/VERB/kill on/2/prep/ADP/on "
    "{first}/3/pobj/PROPN/{first} and/2/cc/CCONJ/and Y/8/nsubjpass/PROPN/Y was/8/auxpass/AUX/be "
    "killed/2/conj/VERB/kill on/8/prep/ADP/on {second}/9/pobj/PROPN/{second} ./2/punct/PUNCT/.")


@pytest.mark.parametrize(("second", "expected"), [("Friday", 1), ("Monday", 2)])
def test_counting_deeds_on_different_days_do_not_add_up(second, expected):
    doc = parses.build(parses.sentence(TWO_DAYS.format(first="Monday", second=second)),
                       ents=((4, 5, "DATE"), (10, 11, "DATE")))
    doc.spans["counts"] = [_person(doc, 0, 1, "fatalities", 2, 0), _person(doc, 6, 7, "fatalities", 8, 6)]
    killing = _Draft(Event(type="ASSAULT"), [doc[2], doc[8]], doc[:])
    attach_counts(doc, [killing])
    assert killing.event.fatalities == expected


# "Gunmen attacked Mosul . No one was hurt ."
NO_ONE_HURT = parses.sentence(
    "Gunmen/1/nsubj/NOUN/gunman attacked/1/ROOT/VERB/attack Mosul/1/dobj/PROPN/Mosul ./1/punct/PUNCT/. "
    "No/5/det/DET/no one/7/nsubjpass/PRON/one was/7/auxpass/AUX/be hurt/7/ROOT/VERB/hurt ./7/punct/PUNCT/.")


def test_counting_no_one_hurt_after_an_attack_is_its_zero_toll():
    doc = parses.build(NO_ONE_HURT)
    doc.spans["counts"] = [_count(doc, 4, 6, 0, "injured", 7)]
    attack = _Draft(Event(type="ASSAULT"), [doc[1]], doc[0:4])
    attach_counts(doc, [attack])
    assert (attack.event.injured, attack.event.fatalities) == (0, 0)


def test_counting_flight_after_an_attack_is_its_displaced():
    """"Gunmen attacked Mosul. Hospitals treated 14 wounded people." read as a flight: a
    displacement figure in an eventless sentence right after the attack."""
    doc = parses.build(ATTACK_THEN_HOSPITAL)
    doc.spans["counts"] = [_count(doc, 6, 7, 2000, "displaced", 5)]
    attack = _Draft(Event(type="ASSAULT"), [doc[1]], doc[0:4])
    attach_counts(doc, [attack])
    assert attack.event.displaced == 2000
    talks = _Draft(Event(type="CONSULT"), [doc[1]], doc[0:4])
    attach_counts(doc, [talks])
    assert talks.event.displaced is None


def _more(det: str, amod: str | None, via_with: bool = False) -> list[tuple]:
    """"<det> [<amod>] suspect(s) was detained" or "detained a leader along with <det> [<amod>]
    suspects" (the comitative list)."""
    if via_with:
        rows = ("Police/1/nsubj/NOUN/police detained/1/ROOT/VERB/detain a/3/det/DET/a "
                "leader/1/dobj/NOUN/leader with/1/prep/ADP/with "
                f"{det}/{7 if amod else 6}/nummod/NUM/{det.lower()} ")
        rows += f"{amod}/7/amod/ADJ/{amod} " if amod else ""
        rows += f"suspects/4/pobj/NOUN/suspect"
        return parses.sentence(rows)
    rows = f"{det}/{2 if amod else 1}/nummod/NUM/{det.lower()} "
    rows += f"{amod}/2/amod/ADJ/{amod} " if amod else ""
    head = 2 if amod else 1
    rows += f"suspects/{head + 2}/nsubjpass/NOUN/suspect were/{head + 2}/auxpass/AUX/be detained/{head + 2}/ROOT/VERB/detain"
    return parses.sentence(rows)


@pytest.mark.parametrize(("rows", "expected"), [
    (_more("Two", "other"), True),        # "Two other suspects were detained": more than those told
    (_more("Two", "more"), True),
    (_more("Two", "additional"), True),
    (_more("Two", None), False),          # no mark, no operation: not known to be more
    (_more("two", "other", via_with=True), False),  # "a leader along with two other suspects": listed
])
def test_counting_people_marked_as_more_add_to_the_told_operation(rows, expected):
    doc = parses.build([("Earlier", 0, "ROOT", "ADV", "earlier"), (".", 0, "punct", "PUNCT", ".")]
                       + [(w, h + 2, d, p, lem) for w, h, d, p, lem in rows])
    verb = next(t for t in doc if t.lemma_ == "detain")
    number = next(t for t in doc if t.lower_ == "two")
    suspects = next(t for t in doc if t.lower_ == "suspects")
    span = _count(doc, number.i, number.i + 1, 2, "arrested", verb.i)
    span._.count_party = suspects.i
    doc.spans["counts"] = [span]
    draft = _Draft(Event(type="COERCE", arrested=2), [verb], doc[2:])
    assert more_in_operation(draft) is expected


FIRST = "Police/1/nsubj/NOUN/police detained/1/ROOT/VERB/detain several/3/amod/ADJ/several " \
    "suspects/1/dobj/NOUN/suspect ./1/punct/PUNCT/. "


SEVERAL_AGAIN = ("Several/6/amod/ADJ/several suspects/8/nsubjpass/NOUN/suspect were/8/auxpass/AUX/be "
                 "detained/8/ROOT/VERB/detain")


@pytest.mark.parametrize(("second", "value", "expected", "date"), [
    # "Several suspects were detained": the same vague group told again
    (SEVERAL_AGAIN, 3, None, None),
    # ... on another day: another group
    (SEVERAL_AGAIN, 3, 3, "2014-06-11"),
    # "Several more suspects were detained": new people
    ("Several/7/amod/ADJ/several more/7/amod/ADJ/more suspects/9/nsubjpass/NOUN/suspect "
     "were/9/auxpass/AUX/be detained/9/ROOT/VERB/detain", 3, 3, None),
    # "Four suspects were detained": an exact figure is a count of its own
    ("Four/6/nummod/NUM/four suspects/8/nsubjpass/NOUN/suspect were/8/auxpass/AUX/be "
     "detained/8/ROOT/VERB/detain", 4, 4, None),
])
def test_counting_vague_group_told_again_counts_once(second, value, expected, date):
    doc = parses.build(parses.sentence(FIRST + second))
    later = next(t for t in doc if t.lemma_ == "detain" and t.i > 4)
    suspects = next(t for t in doc if t.lower_ == "suspects" and t.i > 4)
    again = _count(doc, 5, 6, value, "arrested", later.i)
    again._.count_party = suspects.i
    doc.spans["counts"] = [_count(doc, 2, 3, 3, "arrested", 1), again]
    one = _Draft(Event(type="COERCE", date="2014-06-10"), [doc[1]], doc[0:5])
    two = _Draft(Event(type="COERCE", date=date), [later], doc[5:])
    attach_counts(doc, [one, two])
    assert (one.event.arrested, two.event.arrested) == (3, expected)


@pytest.mark.parametrize(("type_", "mode", "expected"), [
    ("ASSAULT", "abduct", (None, 12)),  # captives an armed group takes are abducted
    ("COERCE", "arrest", (12, None)),  # a state's captives stay arrested
])
def test_counting_captives_of_an_abduction_are_abducted(type_, mode, expected):
    from dateline.events.counting import _taken_by_force
    from dateline.records import Event

    event = Event(type=type_, mode=mode, arrested=12)
    _taken_by_force(event)
    assert (event.arrested, event.abducted) == expected


# "Rebels staged raids and joined an ambush which killed four soldiers": the relative clause
# tells the ambush's deed (no event of its own), not the raids'
RAIDS_AND_AMBUSH = parses.sentence(
    "Rebels/1/nsubj/NOUN/rebel staged/1/ROOT/VERB/stage raids/1/dobj/NOUN/raid and/1/cc/CCONJ/and "
    "joined/1/conj/VERB/join an/6/det/DET/an ambush/4/dobj/NOUN/ambush which/8/nsubj/PRON/which "
    "killed/6/relcl/VERB/kill four/10/nummod/NUM/four soldiers/8/dobj/NOUN/soldier")


@pytest.mark.parametrize(("trigger", "expected"), [(8, None), (1, 4)])
def test_counting_relative_clause_on_another_noun_tells_its_deed(trigger, expected):
    doc = parses.build(RAIDS_AND_AMBUSH)
    doc.spans["counts"] = [_count(doc, 9, 10, 4, "fatalities", trigger)]
    raids = _Draft(Event(type="ASSAULT"), [doc[2], doc[1]], doc[:])
    attach_counts(doc, [raids])
    assert raids.event.fatalities == expected
