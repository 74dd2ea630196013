"""Opening stores: paths or URLs, SQLite pragmas, one transactional writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from dateline.store.database import Database, normalise_url, open_database
from dateline.store.schema import documents


@pytest.mark.parametrize(("given", "expected"), [
    ("postgresql+psycopg://user@host/dateline", "postgresql+psycopg://user@host/dateline"),
    ("sqlite:///:memory:", "sqlite:///:memory:"),
    ("relative/x.db", f"sqlite:///{Path('relative/x.db').resolve()}"),
])
def test_database_normalise_url(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


def test_database_sqlite_uses_wal_and_foreign_keys(tmp_path) -> None:
    with Database(str(tmp_path / "store.db")) as store, store.read() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.postgres
def test_database_postgresql_store_is_a_real_server(pg_server) -> None:
    with Database(pg_server.create_database("dateline_identity")) as store, store.read() as conn:
        assert not store.is_sqlite and store.path is None
        assert conn.execute(text("SELECT current_database()")).scalar() == "dateline_identity"
        assert "PostgreSQL" in conn.execute(text("SELECT version()")).scalar()


def test_database_creates_parent_folder(tmp_path) -> None:
    with Database(str(tmp_path / "a" / "b" / "x.db")) as store:
        assert Path(store.path).parent.is_dir()


def test_database_write_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as conn:
        conn.execute(insert(documents).values(content_hash="h", doc_id="d", text="t", ingested_at="now"))
        raise RuntimeError("boom")
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 0


@pytest.mark.parametrize(("env", "expected_file"), [
    ({"DATELINE_HOME": "{tmp}/home"}, "{tmp}/home/dateline.db"),
    ({"DATELINE_HOME": "{tmp}/home", "DATELINE_DB_URL": "sqlite:///{tmp}/other.db"}, "{tmp}/other.db"),
])
def test_database_open_database_follows_environment(monkeypatch, tmp_path, env: dict, expected_file: str) -> None:
    monkeypatch.delenv("DATELINE_DB_URL", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value.format(tmp=tmp_path))
    with open_database() as store:
        assert store.path == expected_file.format(tmp=tmp_path)
