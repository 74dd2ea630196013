"""The store's tables are created once and left alone afterwards."""

from __future__ import annotations

from sqlalchemy import func, inspect, insert, select

from dateline.store.database import Database
from dateline.store.schema import documents


def test_schema_creates_every_table(db: Database) -> None:
    names = set(inspect(db.engine).get_table_names())
    assert {"documents", "events", "event_sources", "runs", "run_documents", "rejections"} <= names


def test_schema_content_hash_is_the_document_key(db: Database) -> None:
    pk = inspect(db.engine).get_pk_constraint("documents")["constrained_columns"]
    assert pk == ["content_hash"]


def test_schema_create_again_keeps_data(tmp_path) -> None:
    path = str(tmp_path / "s.db")
    with Database(path) as first, first.write() as conn:
        conn.execute(insert(documents).values(content_hash="h", doc_id="d", text="t", ingested_at="now"))
    with Database(path) as second, second.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 1


def test_schema_and_queries_compile_for_postgresql() -> None:
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from dateline.store.queries import EventFilter, event_query
    from dateline.store.schema import metadata

    dialect = postgresql.dialect()
    for table in metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
    flt = EventFilter(types=("ASSAULT",), date_from="2024-01-01", country="SOM", actor="a_b", doc_id="d", text="x", limit=5)
    sql = str(event_query(flt).compile(dialect=dialect))
    assert "LIMIT" in sql and "LIKE" in sql
