"""Modality and attribution of an event clause: asserted, claimed, denied, future, ...

STUB: owned by the dates/counts/modality work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.tokens import Token


def modality_for(trigger: Token) -> tuple[str, str | None]:
    """(modality, attributed_to) for the clause headed by `trigger`."""
    return "asserted", None
