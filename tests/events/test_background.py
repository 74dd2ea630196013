"""History told as background of a story's news (no model)."""

from __future__ import annotations

import pytest

from dateline.events.background import drop_backdrop, period_end
from dateline.events.merge import Mention
from dateline.records import Event


def _m(date, precision="day", explicit=True, modality="asserted"):
    return Mention(Event(type="ASSAULT", date=date, date_precision=precision, modality=modality), [0], "attack",
                   explicit)


@pytest.mark.parametrize(("value", "precision", "end"), [
    ("2023-01-01", "year", "2023-12-31"),
    ("2024-02-01", "month", "2024-02-29"),
    ("2025-03-03", "day", "2025-03-03"),
])
def test_background_period_end(value, precision, end):
    assert period_end(value, precision).isoformat() == end


@pytest.mark.parametrize(("old", "kept"), [
    (_m("2014-01-01", "year"), False),            # "signed a peace deal in 2014"
    (_m("2023-11-01", "month"), False),           # "since November 2023"
    (_m("2024-01-01", "year"), True),             # "last year": still within the year before
    (_m("2014-01-01", "year", explicit=False), True),  # no date of its own: nothing to judge by
])
def test_background_old_history_beside_dated_news_is_left_out(old, kept):
    news = _m("2025-03-04")
    assert (old in drop_backdrop([news, old])) is kept


def test_background_story_without_a_dated_day_keeps_everything():
    mentions = [_m("2014-01-01", "year"), _m("2025-03-01", "month"), _m("2025-03-04", modality="claimed")]
    assert len(drop_backdrop(mentions)) == 3  # no asserted day: no anchor to call anything old
