"""Open the store: one engine per URL, WAL and foreign keys on SQLite, one writer at a time.

The same code runs on PostgreSQL (`postgresql+psycopg://...`); only the connection set-up
below knows which backend it talks to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from dateline.store.schema import metadata


def normalise_url(db: str) -> str:
    """Accept a database URL or a plain file path (which means a SQLite file)."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Database:
    """A store at one URL: `read()` for queries, `write()` for the single writer.

    Writes take a process-wide lock so two threads never contend for SQLite's write lock
    (the usual cause of "database is locked"); readers never wait on it thanks to WAL.
    """

    def __init__(self, url: str, create: bool = True) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._lock = threading.Lock()
        if create:
            self.create()

    @property
    def path(self) -> str | None:
        """The SQLite file, if this store is one."""
        return make_url(self.url).database if self.is_sqlite else None

    def create(self) -> None:
        """Create missing tables; existing tables and data are left alone."""
        with self._lock:
            metadata.create_all(self.engine)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction of the single writer: committed on exit, rolled back on error."""
        with self._lock, self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for queries."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        """Release pooled connections (tests and the CLI call this before exiting)."""
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(db: str | None = None) -> Database:
    """The store named by `db` (path or URL), else by `Options.from_env().db_url`."""
    if not db:
        from dateline.settings import Options

        db = Options.from_env().db_url
    return Database(db)
