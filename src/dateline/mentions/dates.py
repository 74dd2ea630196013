"""Date mentions, resolved against the publication date.

News dates are mostly relative, so `resolve_date` reads a phrase against the article's
publication date (never today), with the conventions of wire reporting:
- a weekday ("on Monday", "late on Saturday", "Sunday night") is the most recent such day on
  or before publication; "on Monday" in a Monday story is that day; "last Monday" is the most
  recent one strictly before; "next Monday" the first one after.
- "today"/"tonight" = publication day; "yesterday"/"last night"/"overnight" = the day before;
  "N days/weeks/months/years ago" count back from publication.
- a span of one to seven days reaching back from publication ("during the past two days", "in
  the last 48 hours", "over the past few days") is written as its first day, at day precision
  for one day and week precision for more (the event lies somewhere in the span). Shorter
  spans ("the past few hours") and longer ones ("the past 12 days", "the past ten years":
  tallies and background) are no date of one event.
- coarser periods are written as the period's anchor date plus a precision: "last week" =
  publication - 7 days (week); "this week" = publication (week); "this month"/"earlier this
  month" = the month's first day (month); "last month" likewise for the month before; "this
  year"/"last year" = 1 January (year).
- a month alone ("in June") is the most recent such month on or before the publication month
  (`YYYY-MM-01`, month); "June 10"/"10 June" take the publication year, or the previous one when
  that would put the date more than a week after publication; full dates and years stand as
  written.
Whatever these rules do not cover goes to dateparser (offline, with `RELATIVE_BASE` and
`PREFER_DATES_FROM='past'`). The return value is (ISO date, precision), or (None, precision)
for a relative phrase when there is no publication date, or None when the phrase is no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dateline.mentions.date_words import noun_month
from dateline.mentions.numbers import parse_number
from dateline.nlp.text import doc_text

_MONTHS = {
    name: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ])
    for name in names
}
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:19|20)\d\d)"
_MAY = re.compile(r"\b(?:in|since|early|late|mid|last|of|until|during)\s+may\b")
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(rf"\b{_YEAR_RE}(?P<sep>[-/.])(?P<m>\d\d?)(?P=sep)(?P<d>\d\d?)\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b")),
    ("dmy", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b")),
    ("ym", re.compile(rf"\b{_YEAR_RE}-(?P<m>0[1-9]|1[0-2])(?![\w-])")),
    ("num", re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep){_YEAR_RE}\b")),
    ("my", re.compile(rf"\b{_MONTH_RE},?\s+{_YEAR_RE}\b")),
    ("md", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*(?:,\s*)?\d)")),
    ("dm", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?!\w)")),
]
_AGO_RE = re.compile(r"\b(?P<n>[\w-]+(?: [\w-]+)?)\s+(?P<unit>day|week|month|year)s?\s+ago\b")
_SPAN_RE = re.compile(r"\b(?:past|last|previous)\s+(?:(?P<n>[\w-]+(?: of)?)\s+)?"
                      r"(?P<unit>hour|day|week|month|year)s\b")
# How long a span may be, in days, for each precision (shortest first); a span of hours is
# today, and one longer than a week is a tally or background ("attacks over the past 12 days
# have killed 2", "in the past 10 years"), which dates no single event.
SPAN_PRECISION = ((1, "day"), (7, "week"))
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.44, "year": 365.25}
VAGUE_SPANS = {"couple": 2, "couple of": 2, "few": 3, "several": 3}


def _date(value: dt.date, precision: str) -> tuple[str, str]:
    return value.isoformat(), precision


def _month_start(year: int, month: int) -> dt.date:
    while month < 1:
        year, month = year - 1, month + 12
    return dt.date(year, month, 1)


def _absolute(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    """Dates written out: "2014-08-04", "Aug. 4, 2014", "June 10", "in June", "in 2013"."""
    for name, pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        try:
            if name == "iso":
                value = dt.date(int(groups["year"]), int(groups["m"]), int(groups["d"]))
                return _date(value, "day")
            if name == "ym":
                return _date(dt.date(int(groups["year"]), int(groups["m"]), 1), "month")
            if name == "num":  # 8/2/2014 in US order, 2.8.2014 day first; unless impossible
                a, b = int(groups["a"]), int(groups["b"])
                if groups["sep"] == ".":
                    a, b = b, a
                month, day = (a, b) if a <= 12 else (b, a)
                return _date(dt.date(int(groups["year"]), month, day), "day")
            month = _MONTHS[groups["month"].lower()]
            if name in ("mdy", "dmy"):
                return _date(dt.date(int(groups["year"]), month, int(groups["day"])), "day")
            if name == "my":
                return _date(dt.date(int(groups["year"]), month, 1), "month")
            if base is None:
                return None, "day"
            value = dt.date(base.year, month, int(groups["day"]))
            if value > base + dt.timedelta(days=7):
                value = dt.date(base.year - 1, month, int(groups["day"]))
            return _date(value, "day")
        except ValueError:
            return None
    return None


def _month_or_year(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    """A month name alone ("in June", "last June") or a year ("in 2013")."""
    for m in re.finditer(r"\b([a-z]+)(\.?)", text):
        word, dot = m.groups()
        month = _MONTHS.get(word)
        abbreviated = len(word) <= 4 and not dot and word not in ("june", "july")
        if not month or (abbreviated and not (word == "may" and _MAY.search(text))):
            continue  # "may" is a month only after a preposition ("in May")
        if base is None:
            return None, "month"
        year = base.year if month <= base.month else base.year - 1
        if re.search(r"\bnext\b", text):
            year = base.year if month > base.month else base.year + 1
        elif re.search(r"\blast\b", text) and month == base.month:
            year = base.year - 1
        return _date(dt.date(year, month, 1), "month")
    m = re.search(rf"(?:(?<![\w-])|(?<=mid-)){_YEAR_RE}(?![\w-])", text)
    if m:
        return _date(dt.date(int(m.group("year")), 1, 1), "year")
    return None


def _weekday(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    for name, index in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text):
            break
    else:
        return None
    if base is None:
        return None, "day"
    back = (base.weekday() - index) % 7
    if re.search(r"\b(?:last|previous|past)\b", text) and back == 0:
        back = 7
    if re.search(r"\b(?:next|coming)\b", text):
        return _date(base + dt.timedelta(days=(index - base.weekday()) % 7 or 7), "day")
    return _date(base - dt.timedelta(days=back), "day")


_RELATIVE: list[tuple[re.Pattern, str, int, str]] = [
    (re.compile(p), unit, offset, precision)
    for p, unit, offset, precision in [
        (r"\bday before yesterday\b", "day", -2, "day"),
        (r"\b(?:yesterday|last night|overnight)\b", "day", -1, "day"),
        (r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", "day", 0, "day"),
        (r"\btomorrow\b", "day", 1, "day"),
        (r"\b(?:the|this|last|past) weekend\b", "weekend", 0, "week"),
        (r"\bnext weekend\b", "weekend", 7, "week"),
        (r"\b(?:last|previous) week\b|\bweek before\b", "day", -7, "week"),
        (r"\b(?:this|past) week\b", "day", 0, "week"),
        (r"\bnext week\b", "day", 7, "week"),
        (r"\b(?:last|previous) month\b", "month", -1, "month"),
        (r"\b(?:this|past) month\b", "month", 0, "month"),
        (r"\bnext month\b", "month", 1, "month"),
        (r"\b(?:last|previous) year\b", "year", -1, "year"),
        (r"\b(?:this|past) year\b", "year", 0, "year"),
        (r"\bnext year\b", "year", 1, "year"),
    ]
]


def _shift(base: dt.date, unit: str, offset: int, precision: str) -> tuple[str, str]:
    if unit == "day":
        return _date(base + dt.timedelta(days=offset), precision)
    if unit == "weekend":  # the Saturday of the latest weekend on or before publication
        saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        return _date(saturday + dt.timedelta(days=offset), precision)
    if unit == "week":
        return _date(base + dt.timedelta(weeks=offset), precision)
    if unit == "month":
        return _date(_month_start(base.year, base.month + offset), precision)
    return _date(dt.date(base.year + offset, 1, 1), precision)


def _span(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    """A span reaching back from publication ("the past two days"): its first day, and the
    precision its length allows."""
    m = _SPAN_RE.search(text)
    if not m:
        return None
    words, unit = m.group("n"), m.group("unit")
    # "in previous years", "the last days" without a length name no span
    n = VAGUE_SPANS.get(words) if words in VAGUE_SPANS else (parse_number(words) if words else None)
    if not n or n < 1:
        return None
    length = n * UNIT_DAYS[unit]
    precision = next((p for limit, p in SPAN_PRECISION if 1 <= length <= limit), None)
    if precision is None:
        return None
    if base is None:
        return None, precision
    return _date(base - dt.timedelta(days=round(length)), precision)


def _relative(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    """Phrases counted from publication: "yesterday", "last week", "three weeks ago"."""
    spanned = _span(text, base)
    if spanned is not None:
        return spanned
    m = _AGO_RE.search(text)
    if m:
        words = m.group("n").split()
        n = parse_number(" ".join(words[-1:])) or parse_number(m.group("n"))
        if n is not None:
            unit = m.group("unit")
            return (None, unit) if base is None else _shift(base, unit, -n, unit)
    for pattern, unit, offset, precision in _RELATIVE:
        if pattern.search(text):
            return (None, precision) if base is None else _shift(base, unit, offset, precision)
    return None


@functools.lru_cache(maxsize=8)
def _dateparser(base: dt.date):
    """A dateparser parser for one publication date (imported lazily: it is slow to load)."""
    import dateparser

    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
                "PREFER_DATES_FROM": "past"}
    return dateparser.DateDataParser(languages=["en"], settings=settings)


_DURATION = re.compile(r"\b(?:minute|hour|day|week|month|year|decade)s?\b|\d0s\b|\d(?::\d\d)?\s*[ap]\.?m\b")


def _fallback(text: str, base: dt.date | None) -> tuple[str | None, str] | None:
    """Other written dates ("4-aug-2014"), through dateparser (offline). Durations ("for 3
    days", "24 hours") and clock times are no dates."""
    if not re.search(r"\d", text) or base is None or _DURATION.search(text):
        return None
    if not re.search(rf"{_YEAR_RE}|\b(?:{'|'.join(_MONTHS)})(?![a-z])", text):
        return None  # bare figures and clock times ("the 1st", "10:30") say too little
    try:
        data = _dateparser(base).get_date_data(text)
    except Exception:  # noqa: BLE001  dateparser raises many kinds on odd input
        return None
    if data.date_obj is None or data.date_obj.date() > base + dt.timedelta(days=7):
        return None
    precision = data.period if data.period in ("day", "week", "month", "year") else "day"
    return _date(data.date_obj.date(), precision)


def resolve_date(text: str, published: str | None) -> tuple[str | None, str] | None:
    """Resolve a date phrase ("on Saturday", "June 10", "last week") to (ISO date, precision).

    Returns None when the phrase is not a date; (None, precision) when it is relative and
    there is no publication date to resolve it against.
    """
    low = " ".join(text.lower().split())
    base = _parse_published(published)
    for rule in (_relative, _absolute, _weekday, _month_or_year, _fallback):
        found = rule(low, base)
        if found is not None:
            return found
    return None


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


_WEEKDAY_ALT = "|".join(_WEEKDAYS)
_TAG_PATTERNS = [pattern for _, pattern in _PATTERNS] + [
    re.compile(rf"\b(?:(?:late|early)\s+(?:on\s+)?)?(?:last\s+|next\s+)?(?:{_WEEKDAY_ALT})"
               r"(?:\s+(?:morning|afternoon|evening|night))?\b"),
    re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last night|overnight|(?:earlier |later )?this "
               r"(?:morning|afternoon|evening|week|month|year)|(?:last|next|previous) "
               r"(?:week|weekend|month|year)|the weekend)\b"),
    _AGO_RE,
    _SPAN_RE,
]


def _pattern_spans(doc: Doc) -> list[Span]:
    """Date phrases the NER may miss ("late on Monday", "earlier this month")."""
    text = doc_text(doc).lower()
    spans = []
    for pattern in _TAG_PATTERNS:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), label="DATE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def _inside_code(doc: Doc, span: Span) -> bool:
    """Part of a reference code ("2011-03-S-114"), not a date."""
    text = doc_text(doc)
    after = text[span.end_char : span.end_char + 2]
    before = text[max(span.start_char - 2, 0) : span.start_char]
    return bool(re.fullmatch(r"[-/][\w]", after) or re.fullmatch(r"\w[-/]", before))


class DateTagger:
    """Fill `doc.spans["dates"]` with spans carrying `_.date_value` and `_.date_precision`.

    Candidates are the NER's DATE and TIME entities plus the patterns above; each is resolved
    against `doc._.published`, and phrases that are no date ("four days", a reference code,
    "the funeral march") are dropped.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        candidates = [Span(doc, e.start, e.end, label="DATE")
                      for e in doc.ents if e.label_ in ("DATE", "TIME")]
        spans = []
        for span in filter_spans(candidates + _pattern_spans(doc)):
            if _inside_code(doc, span) or noun_month(span):
                continue
            resolved = resolve_date(span.text, doc._.published)
            if resolved is None:
                continue
            span._.date_value, span._.date_precision = resolved
            spans.append(span)
        doc.spans["dates"] = spans
        return doc
