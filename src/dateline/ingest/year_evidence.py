"""The year of a month-and-day publication date, read from the document's own other dates.

A dateline often omits the year ("KABUL, Afghanistan (Oct. 14) –", "BAGHDAD, Aug. 4 (Reuters)
-"). A reader takes it from elsewhere in the same document: another full date ("the Oct. 12,
2010 attack"), a year and month in a reference number or header ("2010-10-S-117", "October
2010"), or, weakest, a year the text names ("in 2010"). `complete_year` does the same, never
from today:

- dated evidence (full dates and year-months, anywhere in the text) wins over bare years; the
  year chosen is the one that puts the dateline's day nearest to that evidence, a day after a
  mentioned date costing less than a day before it (news mostly tells of the past, so the
  publication day usually follows the dates it names);
- the nearest evidence must lie within `MAX_PAST_DAYS` before the completed day (or
  `MAX_FUTURE_DAYS` after it), and two years that fit equally well are a conflict: either way
  the year stays unknown rather than guessed;
- bare years count only without dated evidence, only in the header lines (a copyright line,
  "Archive 2013", a release header), when they name one year only, and not after a period
  opener ("since 2001"). A bare year in the body is too often background ("older than the
  government itself (1979)", "the 2001 invasion") to date the writing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<year>19[5-9]\d|20\d\d)(?!\d)"
# Written dates that state their year: full dates first, then year-months.
DATED_FORMS = (
    re.compile(rf"(?<![\w-])(?i:{MONTH_PATTERN})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"),
    re.compile(rf"(?<![\w-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?i:{MONTH_PATTERN}),?\s+{_YEAR}"),
    re.compile(r"(?<![\w-])(?P<year>19[5-9]\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)"),
    # a year-month, alone or opening a reference number ("2010-10", "2010-10-S-117")
    re.compile(r"(?<![\w-])(?P<year>19[5-9]\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])(?![\d])"),
    re.compile(rf"(?<![\w-])(?i:{MONTH_PATTERN}),?\s+{_YEAR}"),
)
BARE_YEAR = re.compile(r"(?<![\w$£€.,/-])(?P<year>19[5-9]\d|20\d\d)(?![\w%/-])")
# Words before a bare year that make it a period's bound or background, not the year of writing.
PERIOD_OPENERS = frozenset({"since", "until", "till", "before", "after", "from", "between",
                            "by", "through", "early", "late", "mid", "the"})
MAX_PAST_DAYS = 183
MAX_FUTURE_DAYS = 92
FUTURE_WEIGHT = 2
TOO_FAR = 10**6
SCAN_CHARS = 20000


@dataclass(frozen=True)
class Evidence:
    """A stretch of time the document names with its year: a day, a month or a whole year."""

    first: dt.date
    last: dt.date
    dated: bool  # a day or a month, not a bare year


def document_evidence(text: str, header_lines: int = 8) -> list[Evidence]:
    """The year-bearing dates of `text`: its full dates and year-months, else the bare years of
    its first `header_lines` non-empty lines."""
    text = text[:SCAN_CHARS]
    out: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATED_FORMS:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            found = _dated(match)
            if found is not None:
                out.append(found)
                taken.append(match.span())
    if out:
        return out
    years: set[int] = set()
    for match in BARE_YEAR.finditer(text[:_offset_after_lines(text, header_lines)]):
        if any(a <= match.start() < b for a, b in taken):
            continue
        before = text[max(0, match.start() - 12):match.start()].split()
        if before and before[-1].lower().rstrip("-") in PERIOD_OPENERS:
            continue
        years.add(int(match["year"]))
    return [Evidence(dt.date(y, 1, 1), dt.date(y, 12, 31), False) for y in sorted(years)]


def complete_year(month: int, day: int, evidence: list[Evidence]) -> str | None:
    """The month and day completed with the year the evidence supports best (YYYY-MM-DD), or
    None when there is no evidence, it lies too far away, or two years fit equally well."""
    dated = [e for e in evidence if e.dated]
    if not dated:
        years = {e.first.year for e in evidence}
        if len(years) != 1:
            return None  # no year, or several bare years: nothing consistent to go on
        return _day(years.pop(), month, day)
    costs: dict[str, int] = {}
    for year in sorted({y for e in dated for y in (e.first.year - 1, e.first.year, e.first.year + 1)}):
        found = _day(year, month, day)
        if found:
            costs[found] = min(_cost(dt.date.fromisoformat(found), e) for e in dated)
    if not costs:
        return None
    best = min(costs.values())
    winners = [d for d, c in costs.items() if c == best]
    return winners[0] if len(winners) == 1 and best < TOO_FAR else None


def _cost(day: dt.date, evidence: Evidence) -> int:
    """Days between a candidate publication day and a stretch the text names; a day before the
    stretch (the text would tell of its future) weighs `FUTURE_WEIGHT` times more."""
    if day > evidence.last:
        gap = (day - evidence.last).days
        return gap if gap <= MAX_PAST_DAYS else TOO_FAR + gap
    if day < evidence.first:
        gap = (evidence.first - day).days
        return gap * FUTURE_WEIGHT if gap <= MAX_FUTURE_DAYS else TOO_FAR + gap
    return 0


def _dated(match: re.Match[str]) -> Evidence | None:
    groups = match.groupdict()
    year = int(groups["year"])
    month = int(groups["mnum"]) if groups.get("mnum") else MONTH_NUMBERS[groups["month"][:3].lower()]
    if groups.get("day"):
        found = _day(year, month, int(groups["day"]))
        if found is None:
            return None
        date = dt.date.fromisoformat(found)
        return Evidence(date, date, True)
    first = dt.date(year, month, 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return Evidence(first, last, True)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _offset_after_lines(text: str, count: int) -> int:
    """The character offset where the `count`-th non-empty line ends (the header's end)."""
    seen = 0
    for match in re.finditer(r"[^\n]*\S[^\n]*", text):
        seen += 1
        if seen >= count:
            return match.end()
    return len(text)
