"""Attach count mentions (killed, injured, displaced, arrested, abducted) to the right event.

A count belongs to the event one of whose triggers is the count's own trigger word or governs
it ("prompting 40,000 to flee" hangs from "captured"). Running totals ("500,000 displaced
since June") are flagged aggregate by the counts stage and belong to no event. Spans that
land on one event with one kind add up ("killing 9 farmers and two policemen"); only the
first of the events split over coordinated places takes the count. Casualty figures never go
to verbal events (a CONSULT has no fatalities). A figure of dead or wounded in a sentence
that tells no event ("ambulances took 14 injured people to hospital", "No one was killed, he
said") counts the victims of the attack told before it, and flight told right after an attack
is its displaced. An event counts people, not mentions: a name or a pronoun again adds nobody,
and deeds told with different dates in one sentence ("X was killed on 7 January and Y on 9
January") do not add up; nor does a vague group told again ("several of his associates ...
several individuals were also detained"). People marked as more ("one other suspect was
detained", "four additional insurgents") add to the operation told before (`more_in_operation`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from dateline.events.coref import earlier_sentence_start
from dateline.mentions.numbers import is_vague
from dateline.records import COUNT_FIELDS, Event

VIOLENT = frozenset({"ASSAULT", "COERCE"})
# Types whose events can have casualty, displacement or arrest figures.
COUNTABLE = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "RETREAT"})


class Draft(Protocol):
    """What counting needs of an event under construction."""

    event: Event
    tokens: list[Token]
    sent: Span
    first_split: bool


def _ext(span: Span, name: str, default=None):
    return getattr(span._, name) if Span.has_extension(name) else default


def _owner(anchor: Token, drafts: list[Draft]) -> Draft | None:
    """The first countable draft whose triggers include the anchor or one of its governors,
    else the subject of one of them ("the fighting displaced 300,000": the fighting's count).
    A verbal event on the way is passed over ("denounced the assassination of X in an attack
    in which his driver was also killed": the driver is the attack's dead); the way ends at a
    relative clause on a noun that is no event (`_up_to_another_deed`)."""
    chain = _up_to_another_deed([anchor] + list(anchor.ancestors), drafts)
    for tokens in (chain, [c for tok in chain for c in tok.children if c.dep_ == "nsubj"]):
        for tok in tokens:
            for draft in drafts:
                if (draft.first_split and draft.event.type in COUNTABLE
                        and any(t.i == tok.i for t in draft.tokens)):
                    return draft
    return None


def _up_to_another_deed(chain: list[Token], drafts: list[Draft]) -> list[Token]:
    """The governors up to a relative clause on a noun no draft has ("joined an ambush which
    killed four": the ambush's deed, which the trigger lexicon chose not to report): the
    events above that noun did not do it."""
    taken = {t.i for d in drafts for t in d.tokens}
    for n, tok in enumerate(chain):
        if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and tok.head.i not in taken:
            return chain[: n + 1]
    return chain


def _fallback_owner(span: Span, kind: str, drafts: list[Draft]) -> Draft | None:
    """Without syntax, the one violent event of the sentence takes casualty counts."""
    if kind == "displaced":
        return None
    cands = [d for d in drafts if d.first_split and d.sent.start <= span.start < d.sent.end
             and d.event.type in VIOLENT]
    if len(cands) != 1 or _deed_of_another(span, cands[0]):
        return None
    return cands[0]


def _deed_of_another(span: Span, draft: Draft) -> bool:
    """The count's verb is a relative clause on a noun that is not the draft's ("conducted
    attacks and was involved in the suicide attack, which killed three soldiers"): it tells
    that noun's deed, one the trigger lexicon chose not to report, not the draft's."""
    trig = _ext(span, "count_trigger")
    if not isinstance(trig, int):
        return False
    verb = span.doc[trig]
    own = {t.i for t in draft.tokens}
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i not in own


TOLL_KINDS = frozenset({"fatalities", "injured"})
# Dependencies of a word that heads a clause of its own rather than describing people.
CLAUSE_DEPS = frozenset({"ROOT", "relcl", "ccomp", "xcomp", "advcl", "conj", "acl", "pcomp", "parataxis"})


def _orphan_owner(span: Span, kind: str, drafts: list[Draft]) -> Draft | None:
    """A toll in a sentence that tells no event ("Ambulance services said they took 14
    injured people to hospital", "No one was killed, he said") counts the victims of the
    attack told before it. Only dead and wounded described as such, only a figure or an
    explicit "no one" (a bare zero or a part, "several of the injured", says no toll); a
    casualty verb of its own ("part of a raid that killed six") tells another deed,
    which the trigger lexicon chose not to report. Flight right after an attack ("Around
    2,000 people fled to the district town") is the attack's displaced (`_fled_from`)."""
    if any(d.sent.start <= span.start < d.sent.end for d in drafts):
        return None
    if kind == "displaced":
        return _fled_from(span, drafts)
    if kind not in TOLL_KINDS or not (span._.count_value or _no_one(span)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for t in span for c in t.children):
        return None
    trig = _ext(span, "count_trigger")
    if isinstance(trig, int) and span.doc[trig].dep_ in CLAUSE_DEPS and not _no_one(span):
        return None  # "an attack that killed four", "four killed": a clause tells its own deed
    told = [d for d in drafts if d.first_split and d.sent.end <= span.start and d.event.type == "ASSAULT"]
    return told[-1] if told else None


NO_ONE = frozenset({"no", "nobody", "none", "noone"})
# How many sentences back flight may follow the attack that caused it.
FLIGHT_REACH = 3


def _no_one(span: Span) -> bool:
    """An explicit zero of people ("No one was killed", "nobody was hurt")."""
    return span._.count_value == 0 and span[0].lower_ in NO_ONE


def _fled_from(span: Span, drafts: list[Draft]) -> Draft | None:
    """The attack told in the few sentences before a flight that names no cause of its own
    ("Thousands of villagers fled towards Bukavu"): the people it put to flight."""
    if not span._.count_value:
        return None
    first = earlier_sentence_start(span[0], FLIGHT_REACH)
    told = [d for d in drafts if d.first_split and first <= d.sent.start and d.sent.end <= span.start
            and d.event.type == "ASSAULT"]
    return told[-1] if told else None


PRONOUNS = frozenset({"he", "him", "she", "her", "his"})


def _same_person_again(span: Span, key: tuple[int, str], people: dict[tuple[int, str], set[str]]) -> bool:
    """Whether a count of one person repeats one the event has already counted: the same
    name ("the killing of Pedro Huilca ... Huilca, who was shot dead") or a pronoun
    after a person in its sentence ("Ortega was attacked by men who stabbed him to death"), or
    in a later sentence of the event's ("Ortega was stabbed. His death ..."). The
    event's count is of people, not of mentions. Records the person otherwise."""
    party = _ext(span, "count_party")
    if span._.count_value != 1 or not isinstance(party, int):
        return False
    tok = span.doc[party]
    seen = people[key]
    if tok.lower_ in PRONOUNS and any(
            mark.startswith("sent:") and int(mark[5:]) <= tok.sent.start for mark in seen):
        return True
    seen.add(f"sent:{tok.sent.start}")
    if tok.pos_ != "PROPN":
        return False
    if tok.lower_ in seen:
        return True
    seen.add(tok.lower_)
    return False


def _vague_again(span: Span, owner: Draft, vague: dict[str, Draft]) -> bool:
    """Whether a vague figure ("several", "numerous") of a kind some other event already
    took a vague figure of tells the same people again ("captured a leader and several of
    his associates ... several individuals were also detained for questioning"): a vague
    group named twice is one group unless the text marks it as more ("several more",
    "several other suspects"). Records the first vague figure's event otherwise."""
    kind = span._.count_kind
    if not is_vague(span.text):
        return False
    if kind not in vague:
        vague[kind] = owner
        return False
    first = vague[kind]
    party = _ext(span, "count_party")
    head = span.doc[party] if isinstance(party, int) else span.root
    return first is not owner and _same_setting(first, owner) and not marked_more(span, head)


def _same_setting(x: Draft, y: Draft) -> bool:
    """No date or place of their own that sets two events apart ("several were killed in
    Kabul on Monday ... several in Kandahar on Tuesday" are two groups); a date or place
    carried over from elsewhere in the text sets nothing apart."""
    a, b = x.event, y.event
    if _own(x, "explicit_date") and _own(y, "explicit_date") and a.date and b.date and a.date != b.date:
        return False
    return not (_own(x, "stated_place") and _own(y, "stated_place") and a.location and b.location
                and a.location.name != b.location.name)


def _own(draft: Draft, flag: str) -> bool:
    """A draft's flag for a date or place of its own (drafts that do not say count as own)."""
    return bool(getattr(draft, flag, True))


# Links by which a date phrase hangs from the verb or noun it dates.
DATE_DEPS = frozenset({"prep", "npadvmod", "tmod"})


def _own_date(trigger: Token) -> str | None:
    """The date told with the trigger itself ("was killed on 17 October", "the murder on 26
    February of ..."), lower case; None when it has none of its own."""
    for child in trigger.children:
        if child.dep_ in DATE_DEPS:
            dates = [t for t in child.subtree if t.ent_type_ == "DATE" and t.ent_iob_ == "B"]
            if dates:
                ent = next(e for e in trigger.doc.ents if e.start == dates[0].i)
                return ent.text.lower()
    return None


def _another_day(anchor: Token, key: tuple[int, str], days: dict[tuple[int, str], str]) -> bool:
    """Whether the count's deed bears a date other than the one the event has counted
    ("X was shot on 4 March; Y was killed on 9 November"): deeds on different days
    are different incidents, however one sentence lists them, and their victims do not add
    up. Records the event's first dated deed otherwise."""
    day = _own_date(anchor)
    if day is None:
        return False
    if key in days:
        return days[key] != day
    days[key] = day
    return False


def attach_counts(doc: Doc, drafts: list[Draft]) -> None:
    """Fill the count fields of the drafts' events from `doc.spans["counts"]`."""
    totals: dict[tuple[int, str], int] = defaultdict(int)
    owners: dict[tuple[int, str], Draft] = {}
    people: dict[tuple[int, str], set[str]] = defaultdict(set)
    unhurt: set[tuple[int, str]] = set()
    days: dict[tuple[int, str], str] = {}
    vague: dict[str, Draft] = {}
    for span in doc.spans.get("counts", []):
        kind = span._.count_kind
        value = span._.count_value
        if kind not in COUNT_FIELDS or value is None or _ext(span, "count_aggregate", False):
            continue
        trig = _ext(span, "count_trigger")
        anchor = doc[trig] if isinstance(trig, int) and 0 <= trig < len(doc) else span.root
        owner = (_owner(anchor, drafts) or _fallback_owner(span, kind, drafts)
                 or _orphan_owner(span, kind, drafts))
        if owner is None or owner.event.type not in COUNTABLE:
            continue
        key = (id(owner), kind)
        if (_same_person_again(span, key, people) or _another_day(anchor, key, days)
                or _vague_again(span, owner, vague)):
            continue
        owners[key] = owner
        totals[key] += int(value)
        if kind == "injured" and _no_one(span) and _ext(span, "count_party") is None:
            unhurt.add(key)  # "no one was hurt", not "no children were hurt"
    for key, total in totals.items():
        event = owners[key].event
        if getattr(event, key[1]) is None:
            setattr(event, key[1], total)
    for key in unhurt:
        event = owners[key].event
        if totals[key] == 0 and event.fatalities is None:
            event.fatalities = 0  # "no one was hurt": nobody was killed either
    for draft in drafts:
        _taken_by_force(draft.event)


def _taken_by_force(event: Event) -> None:
    """People "captured" in an abduction ("the group said it had captured dozens of soldiers",
    coded ASSAULT/abduct because no state arrests them) are abducted, not arrested, as ACLED
    codes abduction; an arrest keeps its captives as arrested."""
    if event.type == "ASSAULT" and event.mode == "abduct" and event.arrested and event.abducted is None:
        event.abducted, event.arrested = event.arrested, None


# Nouns for an operation told earlier in the text ("detained two suspects during the operation").
OPERATION_NOUNS = frozenset({"operation", "raid", "search", "mission", "patrol", "sweep", "assault",
                             "offensive", "clearance"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})


def _definite(noun: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children)


def _in_told_operation(trigger: Token) -> bool:
    """The trigger is set in "the operation" (definite): an operation the text already told."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("during", "in", "on"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in OPERATION_NOUNS and _definite(obj):
                    return True
    return False


def _told_before(draft: Draft, figures: set[tuple[str, int]]) -> bool:
    """The same figure of the same kind earlier in the text: a restatement ("held several
    gunmen ... Several men were held in the raid")."""
    doc = draft.sent.doc
    return any((span._.count_kind, span._.count_value) in figures
               for span in doc.spans.get("counts", []) if span.end <= draft.sent.start)


# Words that mark counted people as more than those told ("one other suspect", "two more").
MORE_WORDS = frozenset({"other", "others", "more", "additional", "further", "another"})


def _more_people(draft: Draft) -> bool:
    """Whether the draft's own figure counts people marked as more than those told before
    ("One more suspected gunman was arrested", "three others were held",
    "two more bodies"), not as the rest of a set named in its sentence ("the leader and two
    other men": listed, `_additive`'s conjunct rule) nor definitely ("the other two")."""
    ids = {t.i for t in draft.tokens}
    doc = draft.sent.doc
    for span in doc.spans.get("counts", []):
        if _ext(span, "count_trigger") not in ids or not span._.count_value:
            continue
        if any(draft.sent.start <= other.start < span.start for other in doc.spans.get("counts", [])):
            continue  # "two died and 30 others were hurt": others than the sentence's own count
        party = _ext(span, "count_party")
        head = doc[party] if isinstance(party, int) else span.root
        if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children) or _definite(head):
            continue
        if head.dep_ == "pobj" and head.head.lower_ == "with":
            continue  # "the chief along with two other gunmen": listed in the sentence
        if marked_more(span, head):
            return True
    return False


def marked_more(span: Span, head: Token) -> bool:
    """Whether a count's words mark its people as more ("one other suspect", "several more",
    "four others", "two additional insurgents"); "another" alone is one person, not a mark."""
    words = list(span) + [head] + [c for c in head.children if c.dep_ in ("amod", "det", "advmod")]
    return any(w.lower_ in MORE_WORDS and w.i != span.start for w in words) or head.lower_ == "others"


def more_in_operation(draft: Draft) -> bool:
    """Whether the draft counts new people in an operation already told ("Several suspected
    gunmen were held in the raid" after "arrested a militia chief"), or
    people it marks as more (`_more_people`): its figure adds to the operation's. People
    named definitely ("the gunmen were held in the raid") are the same people
    again, not more."""
    figures = {(name, getattr(draft.event, name)) for name in COUNT_FIELDS if getattr(draft.event, name)}
    if not figures:
        return False
    if draft.sent.start > 0 and _more_people(draft):
        return True
    if _told_before(draft, figures):
        return False
    for trigger in draft.tokens:
        if not _in_told_operation(trigger):
            continue
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if patients and not any(_definite(p) or p.pos_ in ("PROPN", "PRON") for p in patients):
            return True
    return False
