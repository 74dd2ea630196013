"""Plugin loading shared by every registry (readers, exporters): built-ins register exactly as a
plugin would, by being imported."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from importlib.metadata import entry_points


def load_plugins(builtins: Iterable[str], group: str) -> None:
    """Import the built-in modules, then load every installed entry point of `group`.

    Registration happens as a side effect of the import (a decorator), so built-ins and
    third-party plugins take the same path.
    """
    for module in builtins:
        importlib.import_module(module)
    for entry in entry_points(group=group):
        entry.load()
