"""Clean raw text: normalise Unicode, drop boilerplate lines; the result is what offsets index.

STUB: owned by the ingest/clean work; replace the body, keep the interface.
"""

from __future__ import annotations


def clean_text(raw: str) -> str:
    """Return the cleaned text that is stored and that evidence offsets point into."""
    return raw.strip()
