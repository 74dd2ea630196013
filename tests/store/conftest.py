"""Fixtures for store tests: a fresh store on SQLite and on a real PostgreSQL server, hand-built
events, a model-free pipeline."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions
from dateline.records import Actor, Event, Evidence, Place
from dateline.store.database import Database

from .postgres_server import PostgresServer

_database_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session. Without its binaries the PostgreSQL cases are
    skipped, unless DATELINE_REQUIRE_POSTGRES is set (CI sets it, after installing them)."""
    try:
        server = PostgresServer()
    except FileNotFoundError as exc:
        if os.environ.get("DATELINE_REQUIRE_POSTGRES"):
            raise
        pytest.skip(str(exc))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path) -> Iterator[Database]:
    """A fresh, empty store: every store test runs on both backends."""
    if request.param == "sqlite":
        store = Database(str(tmp_path / "store.db"))
        yield store
        store.close()
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = f"dateline_test_{next(_database_numbers)}"
    store = Database(server.create_database(name))
    yield store
    store.close()
    server.drop_database(name)


def make_event(doc_id: str = "doc-a", **kw: object) -> Event:
    """An ASSAULT in Mogadishu on 2024-03-03 unless told otherwise; evidence points at `doc_id`."""
    values: dict = {
        "type": "ASSAULT",
        "actors": [Actor(name="al-Shabaab", country="SOM", sector=["REB"])],
        "location": Place(name="Mogadishu", geonameid=53654, lat=2.0371, lon=45.3438, country="SOM"),
        "date": "2024-03-03",
        "fatalities": 5,
        "evidence": [Evidence(doc_id=doc_id, text="Militants attacked a hotel in Mogadishu.", start=0, end=40)],
        "sources": [doc_id],
    }
    values.update(kw)
    event = Event(**values)
    event.assign_id()
    return event


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    return make_event


@Language.component("test_store_fake_events")
def _fake_events(doc: Doc) -> Doc:
    """One event per document that mentions an attack, dated to its publication: a stand-in for the events stage."""
    if "attack" in doc.text.lower():
        doc._.events = [make_event(doc._.doc_id, date=doc._.published or "2024-03-03",
                                   evidence=[Evidence(doc_id=doc._.doc_id, text=doc.text[:20], start=0, end=20)])]
    return doc


@pytest.fixture(scope="session")
def fake_nlp() -> Language:
    """A blank English pipeline whose only stage invents events: no model, no extraction quality."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("test_store_fake_events")
    return nlp
