"""Hand-built events covering every field shape the exporters must flatten."""

from __future__ import annotations

import pytest

from dateline.records import Actor, Event, Evidence, Place


def sample_events() -> list[Event]:
    full = Event(
        type="ASSAULT", id="ev_full", mode="explosives", context=["terrorism"],
        acled={"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"},
        actors=[Actor(name="al-Shabaab", text="the militants", country="SOM", sector=["REB", "REL"]),
                Actor(name="Unknown gunmen")],
        recipients=[Actor(name="civilians", country="SOM", sector=["CVL"])],
        location=Place(name="Mogadishu", geonameid=53654, lat=2.0371, lon=45.3438, admin1="Banaadir",
                       country="SOM", precision="exact"),
        date="2024-03-14", fatalities=8, injured=15, modality="claimed", attributed_to="al-Shabaab radio",
        evidence=[Evidence("doc-a", "A car bomb, \"huge\", killed 8; witnesses said.", 10, 55),
                  Evidence("doc-b", "Ten people\nwere killed.", 0, 24)],
        sources=["doc-a", "doc-b"], confidence=0.82,
    )
    bare = Event(type="PROTEST", id="ev_bare", date=None, date_precision="month", confidence=0.4)
    return [full, bare]


@pytest.fixture
def events() -> list[Event]:
    return sample_events()
