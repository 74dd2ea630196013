"""When an event happened: the date expression of its own clause, else publication date.

Policy (the issue left it to us): a date phrase counts for the event whose triggers it is
closest to in the dependency tree, so "seized Mosul in June" dates the seizure, not the
article's main event, and "said on Monday that X captured Y" dates the capture to Monday when
the capture clause has no date of its own; when the clause does have one, it beats the day on
the reporting verb ("announced today the capture of X in Kunar Friday": Friday). Phrases
opening a period ("since June", "until May") date nothing. Coordinated verbs share a date
phrase ("killed one, detained two and found ... yesterday"), as do subjectless clauses that go
with the event ("detained five while searching ... yesterday", "during an operation targeting
a leader yesterday"). With no date phrase in the sentence (or in a verbless tail the sentence
splitter cut off), an undated sentence borrows the paragraph's running day, else the nearest
earlier day the text names within a week before publication: a story's later paragraphs go on
about its lead ("... detained a leader yesterday." ... "During the search the force detained
two more."), even when the lead held no event of ours. Older dates are background and are not
borrowed; without any, the event takes the publication date at day precision, and the caller
lowers its confidence. A release's own dateline ("HERAT, Afghanistan (Mar. 3) -") or a title
led by the date ("Dec. 6: Operations update") dates no event; an undated title line takes the
day of the body's first dated event, else of the first recent day the body names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from dateline.events.headline import CLOSING
from dateline.nlp.text import doc_text
from dateline.records import Event

PERIOD_PREPS = frozenset({"since", "until", "till", "before", "by", "through", "throughout"})
# Words opening a clause set before or after the event it hangs from.
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "till", "once", "following",
                            "prior", "ahead"})


@dataclass(frozen=True)
class When:
    """A resolved date, its precision and whether the text said it (not the fallback)."""

    date: str | None
    precision: str
    explicit: bool
    # the day reached the event only through a verb that reports it ("said on Monday that ...")
    reported: bool = field(default=False, compare=False)


def _distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = [a] + list(a.ancestors)
    up_b = [b] + list(b.ancestors)
    pos_a = {t.i: k for k, t in enumerate(up_a)}
    for k, t in enumerate(up_b):
        if t.i in pos_a:
            return pos_a[t.i] + k
    return 99


def _opens_period(span: Span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in PERIOD_PREPS:
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ in PERIOD_PREPS


_NAME = r"[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}"
_DATELINE_HEAD = re.compile(rf"{_NAME}(?:,\s*{_NAME}){{0,2}}(?:,?\s*\(\s*|,\s*)")
_DATELINE_TAIL = re.compile(r"\s*(?:\)\s*)?(?:[-–—:]|$|\n)")
_TITLE_TAIL = re.compile(r"[ \t]*[:–—-][ \t]+\S")


def in_dateline(span: Span) -> bool:
    """Whether the date is a release's own dateline ("HERAT, Afghanistan (Mar. 3, 2011) –",
    or a title led by it, "Dec. 6: Operations Update"): it says when the text was issued, not when its events happened."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    head = text[line_start:span.start_char]
    if not head.strip() and _TITLE_TAIL.match(text, span.end_char):
        return True  # a date-led title ("Dec. 6: Operations Update") is the issue date too
    return bool(_DATELINE_HEAD.fullmatch(head)) and bool(
        _DATELINE_TAIL.match(text, span.end_char))


def sentence_dates(doc: Doc, sent: Span) -> list[Span]:
    """The resolved date spans of a sentence, minus period openers and datelines."""
    out = []
    for span in doc.spans.get("dates", []):
        if (sent.start <= span.start < sent.end and span._.date_value and not _opens_period(span)
                and not in_dateline(span)):
            out.append(span)
    return out


def _attachment(span: Span) -> Token:
    """The word a date phrase modifies ("captured ... on Saturday" -> captured)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    return root.head


def _conjuncts(tokens: list[Token]) -> set[int]:
    """The ids of `tokens` and of every word coordinated with them, however deep the chain
    ("killed one, detained two and found ... yesterday": the three verbs share the date)."""
    seen = {t.i for t in tokens}
    todo = list(tokens)
    while todo:
        tok = todo.pop()
        near = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        for other in near:
            if other.i not in seen:
                seen.add(other.i)
                todo.append(other)
    return seen


def _clause_verb(tok: Token) -> Token:
    """The verb a noun phrase hangs from, through prepositions and nouns ("an operation
    targeting X": from "operation" up to "detained" in "detained five during an operation")."""
    for _ in range(8):
        if tok.pos_ in {"VERB", "AUX"} or tok.head is tok:
            return tok
        tok = tok.head
    return tok


def _accompanies(verb: Token, ids: set[int]) -> bool:
    """Whether `verb` heads a subjectless clause that goes with the event ("detained five
    while searching for a leader yesterday", "killing two, targeting a commander Monday",
    "held three in a raid aimed at a chief yesterday"): its date is the
    event's. A clause with its own subject or a sequence marker ("after militants attacked
    on Monday") tells another moment."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in {"advcl", "xcomp", "acl"} or tok.head is tok:
            return False
        if tok.dep_ == "acl" and tok.tag_ != "VBG":
            return False  # "the man arrested Monday" tells of another moment
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} or c.lower_ in SEQUENCE_MARKS
               for c in tok.children if c.i < tok.i or c.dep_ in {"nsubj", "nsubjpass"}):
            return False
        tok = _clause_verb(tok.head) if tok.dep_ == "acl" else tok.head
        if tok.i in ids:
            return True
    return False


def belongs(span: Span, own: list[Token]) -> bool:
    """Whether a date phrase can date the event of `own`: it modifies one of its triggers,
    a noun phrase hanging from one, or a verb governing the event's clause ("said on
    Monday that ..."), but not a clause of its own ("after an election in April")."""
    return _route(span, own) is not None


def _route(span: Span, own: list[Token]) -> str | None:
    """How a date phrase reaches the event of `own`: "own" (through the event's words or a
    clause going with them), "governor" (through a verb that reports or frames the event,
    "announced today the capture"), or None."""
    ids = _conjuncts(own)
    governing = {a.i for t in own for a in t.ancestors}
    tok = _attachment(span)
    if _premodifies_other(span, ids):
        return None
    for _ in range(12):
        if tok.i in ids:
            return "own"
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "prep":
            if tok.i in governing:
                return "governor"
            return "own" if _accompanies(tok, ids) else None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


PREMODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod"})
# Nouns a date may stand before while still being the date itself ("yesterday afternoon").
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "dusk", "midnight",
                        "noon", "day", "hours", "weekend", "overnight"})


def _premodifies_other(span: Span, ids: set[int]) -> bool:
    """Whether the date stands before a noun that is not the event's ("the Aug. 7 attack",
    "Monday's bombing"): it tells that noun's time, another moment than the event's. A time
    of day ("yesterday afternoon") or a noun of the date itself is no other moment."""
    root = span.root
    head = root.head
    return (root.dep_ in PREMODIFIER_DEPS and head.i >= span.end and head.i not in ids
            and head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in TIME_NOUNS
            and head.ent_type_ not in {"DATE", "TIME"})


def _on_reporting_verb(span: Span, own: list[Token]) -> bool:
    """Whether the date sits on a verb that governs the event's words ("police today announced
    the capture", "announced today the capture"): the day of the report, which yields to a day
    that reaches the event through its own phrase (the capture "in Kunar province Oct. 4")."""
    governing = {a.i for t in own for a in t.ancestors}
    return _attachment(span).i in governing


def _coordinated(a: list[Token], b: list[Token]) -> bool:
    """Whether the two events' triggers are coordinated words, which share a date phrase."""
    return bool(_conjuncts(a) & {t.i for t in b})


def _simultaneous(a: list[Token], b: list[Token]) -> bool:
    """One event's trigger heads a subjectless clause that goes with the other's ("targeted a
    leader, detaining five"): the two share a date phrase instead of competing for it."""
    ids_a, ids_b = {t.i for t in a}, {t.i for t in b}
    return any(_accompanies(t, ids_a) for t in b) or any(_accompanies(t, ids_b) for t in a)


def fragment_after(doc: Doc, sent: Span) -> Span | None:
    """The next sentence when it is only the tail of this one, cut off by the sentence
    splitter ("... hunting for a chief in Muhammad. Kalay district, Ghazni province,
    yesterday."): on the same line, short and without a verb. Its date is this sentence's."""
    if sent.end >= len(doc):
        return None
    tail = doc[sent.end].sent
    if len(tail) > 12 or "\n" in doc_text(doc)[sent.end_char:tail.start_char]:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in tail):
        return None
    return tail


def choose_date(doc: Doc, own: list[Token], others: list[list[Token]], sent: Span,
                context: When | None = None) -> When:
    """The date of the event whose triggers are `own`; `others` are the trigger sets of the
    sentence's other events, which compete for each date phrase; `context` is the running
    date of the paragraph, used when the clause has none."""
    best: tuple[int, int, int, int, Span] | None = None
    tail = fragment_after(doc, sent)
    tail_dates = sentence_dates(doc, tail) if tail is not None else []
    for span in sentence_dates(doc, sent) + tail_dates:
        route = "own" if span in tail_dates else _route(span, own)
        if route is None:
            continue
        mine = min(_distance(span.root, t) for t in own)
        theirs = min((min(_distance(span.root, t) for t in grp) for grp in others
                      if grp and not _coordinated(own, grp) and not _simultaneous(own, grp)),
                     default=99)
        if theirs < mine:
            continue
        gap = min(abs(span.root.i - t.i) for t in own)
        # a date inside the event's own phrase beats one on a verb that reports it
        # ("announced today the capture of X ... Oct. 4": Oct. 4)
        inside = _attachment(span).i in {t.i for t in own}
        reporting = route == "governor" and _on_reporting_verb(span, own)
        key = (0 if inside else 1, 0 if route == "own" else 1, int(reporting), mine, gap, span)
        if best is None or key[:5] < best[:5]:
            best = key
    if best is not None:
        span = best[5]
        return When(span._.date_value, span._.date_precision or "day", True, reported=best[1] == 1)
    earlier = _after_clause_date(doc, own, sent)
    if earlier is not None:
        return earlier
    if context is not None:
        return When(context.date, context.precision, False)
    story = story_date(doc, sent)
    if story is not None:
        return story
    published = doc._.published
    return When(published[:10] if published else None, "day", False)


def _after_clause_date(doc: Doc, own: list[Token], sent: Span) -> When | None:
    """"Talks were suspended in January after the rebels launched an offensive": an undated act
    in the "after" clause of a clause dated by month or year happened in that span too (a day
    date is left alone: the act may have come the day before)."""
    verb = _clause_verb(own[0])
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return None
    for span in sentence_dates(doc, sent):
        if span._.date_precision in {"month", "year"} and _clause_verb(_attachment(span)).i == verb.head.i:
            return When(span._.date_value, span._.date_precision, False)
    return None


def story_date(doc: Doc, sent: Span) -> When | None:
    """The day an undated sentence most likely tells of: the nearest earlier day the text
    gives within a week before publication ("... detained a leader yesterday." ... "During the
    search, the force detained two more."), even across paragraphs and when that sentence held
    no event of ours; a news story's later paragraphs go on about its lead. Older or coarser
    dates are background and lend nothing (None: the publication date stands)."""
    earlier = [(span, when) for span, when in recent_days(doc) if span.start < sent.start]
    return earlier[-1][1] if earlier else None


def recent_days(doc: Doc) -> list[tuple[Span, When]]:
    """The text's date phrases that name a day within a week before publication, in text
    order, minus datelines and period openers: the days a story can be about."""
    published = doc._.published
    if not published:
        return []
    out = []
    for span in sorted(doc.spans.get("dates", []), key=lambda s: s.start):
        if span._.date_precision not in (None, "day") or not span._.date_value:
            continue
        if _opens_period(span) or in_dateline(span):
            continue
        gap = days_before(published, span._.date_value)
        if gap is not None and 0 <= gap <= 7:
            out.append((span, When(span._.date_value[:10], "day", False)))
    return out


def days_before(published: str, date: str) -> int | None:
    """How many days `date` lies before `published`, a later day (None when either is
    unreadable)."""
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date[:10])).days
    except ValueError:
        return None


def running_date(doc: Doc, sent: Span, when: When, current: When | None) -> When | None:
    """The paragraph's running date after an event dated `when` in `sent`: an explicit date
    within a week before publication carries on to the next undated sentences of the
    paragraph (a story's continuation); older dates are background and do not."""
    if not when.explicit or not when.date:
        return current
    published = doc._.published
    if published:
        gap = days_before(published, when.date)
        if gap is None or not 0 <= gap <= 7 or when.precision != "day":
            return current
    return when


def new_paragraph(doc: Doc, prev: Span | None, sent: Span) -> bool:
    """Whether a line break separates two sentences (a new paragraph or a headline)."""
    if prev is None:
        return True
    between = doc_text(doc)[prev.end_char:sent.start_char]
    return "\n" in between or "\u2028" in between or "\n" in prev.text


def is_headline(doc: Doc, sent: Span) -> bool:
    """Whether `sent` is the text's title line: the first sentence, alone on its line, with no
    closing punctuation ("Militia Chief Captured in Kunar")."""
    if sent.start != 0:
        return False
    text = sent.text.rstrip()
    after = doc_text(doc)[sent.end_char:sent.end_char + 3]
    return bool(text) and text[-1] not in CLOSING and (
        "\n" in after or "\u2028" in after or "\n" in sent.text)


class Dated(Protocol):
    """What headline dating needs of an event under construction."""

    event: Event
    sent: Span
    when: When | None
    explicit_date: bool


def date_headline(doc: Doc, drafts: Sequence[Dated]) -> None:
    """Undated events of a headline take the day of the first dated event of the body: a title
    sums up the lead, which tells when ("Leader Detained" ... "detained a leader yesterday")."""
    heads = [d for d in drafts if not d.explicit_date and is_headline(doc, d.sent)]
    if not heads:
        return
    lead = next((d.when for d in drafts if d.explicit_date and d.when is not None
                 and not is_headline(doc, d.sent)), None)
    if lead is not None and running_date(doc, drafts[0].sent, lead, None) is None:
        return  # an old date in the body is background, not the headline's day
    if lead is None:  # no dated event: the first recent day the body names
        title = heads[0].sent
        lead = next((w for span, w in recent_days(doc) if span.start >= title.end), None)
    if lead is None:
        return
    for draft in heads:
        draft.event.date, draft.event.date_precision = lead.date, lead.precision
        draft.when = lead
