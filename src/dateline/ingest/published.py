"""Publication dates: normalise metadata dates and find a dateline in an article's first lines.

Priority (applied by `resolve_published`): a date the input states (JSONL/feed field, HTML
metadata), else a dateline at the top of the text ("BAGHDAD, Aug. 4 (Reuters) -",
"Published: 2014-08-04"), else the run's fallback. Never today: a date without a year is
completed from a reference date the caller gives, else from the document's own other dates
(`year_evidence.complete_year`), else left unknown.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable

from dateline.ingest.year_evidence import MONTH_NUMBERS, MONTH_PATTERN, complete_year, document_evidence

MONTHS = MONTH_NUMBERS  # month numbers by three-letter stem, shared with year_evidence
_MONTH = MONTH_PATTERN
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
DATE_FORMS = (
    # "June 14, 2011", "June 14 11", and the typed slips "June 14,2011" and "Oct. 3. 2011"
    rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}(?:,?\s+(?P<year>\d{{4}}|\d{{2}}(?![\d:.]))"
    r"|(?:,|\.\s?)(?P<year4>\d{4})(?!\d))?",
    rf"{_WEEKDAY}(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?(?:\s+(?P<year>\d{{4}}|\d{{2}}))?",
    r"(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})",
)
_LABEL = (r"(?:(?P<label>published|posted|first published|date|dated|updated|last updated|last modified"
          r"|modified)(?:\s+(?:on|at))?\s*[:\-|]?\s*)?")
_TIME_TAIL = r"(?:\s*(?:,|at|-|\||–|—|T)?\s*\d{1,2}[:.]\d{2}[^\n]{0,30})?"
_PLACE = (r"(?P<place>[A-Z][A-Za-z.'\- ]{1,40}(?:\s*\([A-Z][A-Za-z.'\- ]{1,30}\))?"
          r"(?:,\s*[A-Z][A-Za-z.'\- ]{1,30}){0,2})")
_AFTER = r"\s*\)?\s*(?:\((?P<agency>[^)]{1,60})\))?\s*(?:--|[-–—:]|$)"
LABEL_LINES = tuple(re.compile(rf"{_LABEL}{form}{_TIME_TAIL}\s*", re.I) for form in DATE_FORMS)
DATELINES = tuple(re.compile(rf"{_PLACE},?\s+\(?(?i:{form}){_AFTER}") for form in DATE_FORMS)
# "KABUL, Afghanistan (Feb. 17, 2011) Afghan forces ...": a date in brackets after the place
# closes the dateline by itself when the copy runs on without a dash (flattened releases)
BRACKETED_DATELINES = tuple(re.compile(rf"{_PLACE},?\s+\((?i:{form})\)\s+(?=[A-Z\"“‘'])")
                            for form in DATE_FORMS)
# A title led by its date ("Dec. 6: Operations update", "14 June - Afghan forces ..."), the form
# of daily operational updates and live blogs.
DATE_LED_TITLES = tuple(re.compile(rf"(?i:{form})\s*[:–—-]\s+\S") for form in DATE_FORMS[:2])
LATER_LABELS = ("updated", "last updated", "last modified", "modified")
SCAN_LINES = 8
MAX_LABEL_LINE = 120


def normalise_date(value: object) -> str | None:
    """A metadata date in any common form as YYYY-MM-DD; None when it lacks a full day."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        return _valid(parsed.year, parsed.month, parsed.day)
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_complete(value)


def find_dateline(text: str, reference: str | None = None) -> str | None:
    """The publication date stated in the first lines of `text`, as YYYY-MM-DD, or None.

    `reference` (YYYY-MM-DD) completes a dateline without a year ("Aug. 4") to the nearest
    such day not after it. Without a reference, the document's own year-bearing dates complete
    it (a release number such as "2011-03-S-114", another full date, a copyright year: see
    `year_evidence`); with neither, such a dateline is ignored rather than guessed.
    """
    later: str | None = None
    lines = [line.strip() for line in text[:4000].splitlines() if line.strip()]
    complete = _completer(text, reference)
    for line in lines[:SCAN_LINES]:
        found, label = _date_in_line(line, complete)
        if found and (label or "").lower() in LATER_LABELS:
            later = later or found
        elif found:
            return found
    return later or _trailing_date(lines[:SCAN_LINES])


# A header line that ends in a full date ("ISAF Joint Command Operational Update March 8,
# 2011"): the issue's title, dated. Only a last resort, as a headline may end in an event's day.
TRAILING_DATE = re.compile(rf"(?P<lead>[^\n]{{3,100}}?)[\s,(]\s*(?i:{_MONTH})\s+(?P<day>\d{{1,2}}){_ORD},\s*"
                           r"(?P<year>\d{4})\)?\s*")
# A date after one of these ("set for June 13, 2012") is what the headline tells of.
EVENT_DAY_LEADS = frozenset({"on", "for", "in", "until", "till", "by", "since", "from", "to",
                             "before", "after", "of", "at"})


def _trailing_date(lines: list[str]) -> str | None:
    """The full date (with its year) that closes one of the first lines, if any."""
    for line in lines:
        match = TRAILING_DATE.fullmatch(line)
        if match and match["lead"].split()[-1].lower() not in EVENT_DAY_LEADS:
            return _from_match(match, None)
    return None


def resolve_published(explicit: object, text: str, fallback: str | None) -> str | None:
    """The publication date by priority: stated field or metadata, dateline in text, fallback."""
    return normalise_date(explicit) or find_dateline(text, reference=fallback) or normalise_date(fallback)


Completer = Callable[[int, int], "str | None"]


def _completer(text: str, reference: str | None) -> Completer:
    """How a month and day without a year get one: from the caller's reference date, else from
    the document's own year-bearing dates (read only when a dateline needs them)."""
    if reference is not None:
        return lambda month, day: _complete_year(month, day, reference)
    evidence: list = []

    def from_document(month: int, day: int) -> str | None:
        if not evidence:
            evidence.append(document_evidence(text, SCAN_LINES))
        return complete_year(month, day, evidence[0])

    return from_document


def _date_in_line(line: str, complete: Completer) -> tuple[str | None, str | None]:
    if len(line) <= MAX_LABEL_LINE:
        for pattern in LABEL_LINES:
            match = pattern.fullmatch(line)
            if match:
                return _from_match(match, complete), match["label"]
    for pattern in (*DATELINES, *BRACKETED_DATELINES, *DATE_LED_TITLES):
        match = pattern.match(line)
        if match and not _event_day(match):
            return _from_match(match, complete), None
    return None, None


def _event_day(match: re.Match[str]) -> bool:
    """A "place" that ends in a preposition is a sentence telling of that day ("Talks to
    resume on June 13, 2011"), not a dateline."""
    place = match.groupdict().get("place") or ""
    words = place.split()
    return bool(words) and words[-1].lower() in EVENT_DAY_LEADS


def _from_match(match: re.Match[str], complete: Completer | None) -> str | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"][:3].lower()]
    day = int(groups["day"])
    year_text = groups.get("year") or groups.get("year4")
    if year_text:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year < 50 else 1900
        return _valid(year, month, day)
    return complete(month, day) if complete is not None else None


def _complete_year(month: int, day: int, reference: str | None) -> str | None:
    """The latest date with this month and day not more than two days after `reference`."""
    ref = normalise_date(reference)
    if ref is None:
        return None
    ref_date = dt.date.fromisoformat(ref)
    for year in (ref_date.year + 1, ref_date.year, ref_date.year - 1):
        found = _valid(year, month, day)
        if found and dt.date.fromisoformat(found) <= ref_date + dt.timedelta(days=2):
            return found
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if 1900 <= year <= 2100 else None


def _parse_complete(value: str) -> str | None:
    """dateutil's reading, kept only when it did not fill a missing part from its default."""
    from dateutil import parser

    try:
        first = parser.parse(value, default=dt.datetime(1901, 1, 1), fuzzy=False)
        second = parser.parse(value, default=dt.datetime(1904, 2, 2), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():
        return None
    return _valid(first.year, first.month, first.day)
