"""Options: one picklable object built from defaults, environment (DATELINE_*) and CLI flags."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path


def default_home() -> Path:
    """Where Dateline keeps its database and caches unless told otherwise."""
    return Path(os.environ.get("DATELINE_HOME", Path.home() / ".dateline"))


@dataclass(frozen=True)
class Options:
    """Everything a run needs to know; the same object goes to a process pool or Dask."""

    db_url: str = ""
    published: str | None = None
    batch_size: int = 32
    workers: int = 1
    max_bytes: int = 50_000_000
    cache_dir: str = ""

    @classmethod
    def from_env(cls, **overrides: object) -> "Options":
        """Defaults, then DATELINE_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            env = os.environ.get("DATELINE_" + f.name.upper())
            if env is not None:
                values[f.name] = int(env) if f.type == "int" else env
        values.update({k: v for k, v in overrides.items() if v is not None})
        opts = cls(**values)  # type: ignore[arg-type]
        if not opts.db_url:
            home = default_home()
            opts = dataclasses.replace(opts, db_url=f"sqlite:///{home / 'dateline.db'}")
        if not opts.cache_dir:
            opts = dataclasses.replace(opts, cache_dir=str(default_home() / "cache"))
        return opts
