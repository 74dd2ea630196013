"""Actor mentions: who is named in the text, normalised to canonical name, country and sector.

STUB: owned by the actors work; replace the body, keep the interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.records import Actor


def actor_for(doc: Doc, tokens: Span | Token) -> Actor | None:
    """The actor that a token or span (an argument head and its subtree) refers to, or None.

    Resolves aliases ("ISIS" -> Islamic State), demonyms ("Kurdish fighters" -> Kurds/KRD? MIL),
    descriptions and pronouns ("the group", "it") to the actor they refer to in this document.
    """
    span = tokens if isinstance(tokens, Span) else doc[tokens.i : tokens.i + 1]
    for ent in doc.spans.get("actors", []):
        if ent.start < span.end and span.start < ent.end:
            return ent._.actor
    return None


class ActorTagger:
    """Fill `doc.spans["actors"]` with spans carrying `span._.actor`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["actors"] = []
        return doc


def canonical_name(text: str) -> str:
    """Canonical actor name for any alias ("ISIL", "Daesh" -> "Islamic State"); the input,
    normalised, when the lexicon does not know it. The evaluation matches actors with this."""
    return " ".join(text.split()).lower()
