"""Leave out history a story tells as background to its news ("The MILF signed a peace deal
in 2014", "Islamic State was declared defeated in 2017").

A report is about the days it dates to the day; an event that ended more than a year before
the latest of those days is the backdrop a journalist gives for context, which news coders
(ACLED, UCDP, POLECAT) do not code again from this report. A story with no event dated to the
day has no such anchor and keeps everything.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateline.events.merge import Mention

BACKDROP = timedelta(days=365)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def period_end(value: str | None, precision: str) -> date | None:
    """The last day a date of the given precision covers ("2023" ends on 31 December 2023)."""
    start = _day(value)
    if start is None:
        return None
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if precision == "week":
        return start + timedelta(days=6)
    return start


def news_day(mentions: list["Mention"]) -> date | None:
    """The latest day the story dates an event it tells as fact to."""
    days = [_day(m.event.date) for m in mentions
            if m.explicit_date and m.event.date_precision == "day" and m.event.modality == "asserted"]
    return max((d for d in days if d is not None), default=None)


def drop_backdrop(mentions: list["Mention"]) -> list["Mention"]:
    """The mentions that are news: those not ended a year before the story's news day."""
    latest = news_day(mentions)
    if latest is None:
        return mentions
    out = []
    for m in mentions:
        end = period_end(m.event.date, m.event.date_precision) if m.explicit_date else None
        if end is None or latest - end <= BACKDROP:
            out.append(m)
    return out
