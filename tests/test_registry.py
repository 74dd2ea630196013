"""Plugin loading: built-in modules are imported and entry-point plugins loaded, one path for both."""

from __future__ import annotations

import sys

import pytest

from dateline.registry import load_plugins


def test_registry_imports_builtins(tmp_path, monkeypatch):
    (tmp_path / "dl_fake_builtin.py").write_text("LOADED = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    load_plugins(["dl_fake_builtin"], group="dateline.no-such-group")
    assert sys.modules["dl_fake_builtin"].LOADED


def test_registry_missing_builtin_fails_loudly():
    with pytest.raises(ModuleNotFoundError):
        load_plugins(["dateline.no_such_module"], group="dateline.no-such-group")
