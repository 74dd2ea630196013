"""Attach count mentions (killed, injured, displaced, arrested, abducted) to the right event.

A count belongs to the event one of whose triggers is the count's own trigger word or governs
it ("prompting 40,000 to flee" hangs from "captured"). Running totals ("500,000 displaced
since June") are flagged aggregate by the counts stage and belong to no event. Spans that
land on one event with one kind add up ("killing 12 civilians and three soldiers"); only the
first of the events split over coordinated places takes the count. Casualty figures never go
to verbal events (a CONSULT has no fatalities). A figure of dead or wounded in a sentence
that tells no event ("ambulances took 14 injured people to hospital") counts the victims of the
attack told before it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from spacy.tokens import Doc, Span, Token

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
    """The first draft whose triggers include the anchor or one of its governors, else the
    subject of one of them ("the fighting displaced 300,000": the fighting's count)."""
    chain = [anchor] + list(anchor.ancestors)
    for tokens in (chain, [c for tok in chain for c in tok.children if c.dep_ == "nsubj"]):
        for tok in tokens:
            for draft in drafts:
                if draft.first_split and any(t.i == tok.i for t in draft.tokens):
                    return draft
    return None


def _fallback_owner(span: Span, kind: str, drafts: list[Draft]) -> Draft | None:
    """Without syntax, the one violent event of the sentence takes casualty counts."""
    if kind == "displaced":
        return None
    cands = [d for d in drafts if d.first_split and d.sent.start <= span.start < d.sent.end
             and d.event.type in VIOLENT]
    return cands[0] if len(cands) == 1 else None


TOLL_KINDS = frozenset({"fatalities", "injured"})
# Dependencies of a word that heads a clause of its own rather than describing people.
CLAUSE_DEPS = frozenset({"ROOT", "relcl", "ccomp", "xcomp", "advcl", "conj", "acl", "pcomp", "parataxis"})


def _orphan_owner(span: Span, kind: str, drafts: list[Draft]) -> Draft | None:
    """A toll in a sentence that tells no event ("Ambulance services said they took 14
    injured people to hospital") counts the victims of the attack told before it. Only dead
    and wounded described as such, only a figure (a zero or a part, "several of the injured",
    says no toll); a casualty verb of its own ("involved in an attack that killed four")
    tells another deed, which the trigger lexicon chose not to report."""
    if kind not in TOLL_KINDS or not span._.count_value:
        return None
    if any(d.sent.start <= span.start < d.sent.end for d in drafts):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for t in span for c in t.children):
        return None
    trig = _ext(span, "count_trigger")
    if isinstance(trig, int) and span.doc[trig].dep_ in CLAUSE_DEPS:
        return None  # "an attack that killed four", "four killed": a clause tells its own deed
    told = [d for d in drafts if d.first_split and d.sent.end <= span.start and d.event.type == "ASSAULT"]
    return told[-1] if told else None


def attach_counts(doc: Doc, drafts: list[Draft]) -> None:
    """Fill the count fields of the drafts' events from `doc.spans["counts"]`."""
    totals: dict[tuple[int, str], int] = defaultdict(int)
    owners: dict[tuple[int, str], Draft] = {}
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
        owners[key] = owner
        totals[key] += int(value)
    for key, total in totals.items():
        event = owners[key].event
        if getattr(event, key[1]) is None:
            setattr(event, key[1], total)


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
    """The same figure of the same kind earlier in the text: a restatement ("detained several
    suspects ... Several men were detained during the operation")."""
    doc = draft.sent.doc
    return any((span._.count_kind, span._.count_value) in figures
               for span in doc.spans.get("counts", []) if span.end <= draft.sent.start)


def more_in_operation(draft: Draft) -> bool:
    """Whether the draft counts new people in an operation already told ("Multiple suspected
    insurgents were detained during the operation" after "captured a Taliban leader"): its
    figure adds to the operation's. People named definitely ("the suspects were detained
    during the operation") are the same people again, not more."""
    figures = {(name, getattr(draft.event, name)) for name in COUNT_FIELDS if getattr(draft.event, name)}
    if not figures or _told_before(draft, figures):
        return False
    for trigger in draft.tokens:
        if not _in_told_operation(trigger):
            continue
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if patients and not any(_definite(p) or p.pos_ in ("PROPN", "PRON") for p in patients):
            return True
    return False
