"""A confidence score in [0, 1] for each event, from how much of it the text pinned down.

Not yet calibrated against gold: the weights are a reasoned prior (a specific trigger
word, a named actor, an explicit date and place each make a wrong event less likely; an
unasserted modality or a fallback date make it less useful).
"""

from __future__ import annotations

from dateline.records import Event

BASE_BY_PRIORITY = {0: 0.35, 1: 0.5, 2: 0.6, 3: 0.7}


def score(event: Event, priority: int, explicit_date: bool) -> float:
    """Confidence of one event as built from one sentence."""
    value = BASE_BY_PRIORITY.get(priority, 0.5)
    if event.actors:
        value += 0.1
    if event.recipients:
        value += 0.03
    if event.location is not None:
        value += 0.05
    value += 0.05 if explicit_date else -0.1
    if event.modality != "asserted":
        value -= 0.1
    if any(getattr(event, f) is not None for f in ("fatalities", "injured", "displaced", "arrested", "abducted")):
        value += 0.05
    return round(min(0.99, max(0.05, value)), 3)
