"""Shared fixtures: one spaCy pipeline per test session, and the location of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full Dateline pipeline, loaded once for every model test."""
    from dateline.nlp.load import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def places_nlp():
    """Paragraph breaks and the places stage only: toponym tests need no events."""
    from dateline.nlp.load import build_nlp

    return build_nlp(components=["dateline_paragraphs", "dateline_places"])


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (corpus, gold); tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present (gold and corpus live outside the project)")
    return SHARED


@pytest.fixture(scope="session")
def sample_article(shared_dir: Path) -> Path:
    path = shared_dir / "corpus" / "000_b8d06358445788ba.txt"
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path
