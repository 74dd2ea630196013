"""Custom attributes through which the pipeline stages hand results to each other.

This is the contract between stages; every stage reads and writes only these.

Doc level
- `doc._.doc_id` (str): the input's document id, copied into evidence.
- `doc._.published` (str | None): ISO publication date; relative dates resolve against it.
- `doc._.events` (list[records.Event]): events found in this document.
- `doc._.event_triggers` (list[list[int]]): parallel to `events`, the token indices of each
  event's trigger(s), main trigger first (merged restatements add theirs).
- `doc._.focus_country` (str | None): alpha-3 of the country the article is mostly about.

Span groups (each span carries its value in an extension)
- `doc.spans["actors"]`: `span._.actor` (records.Actor)
- `doc.spans["places"]`: `span._.place` (records.Place | None), `span._.toponym_kind`
  ("literal" | "metonymic" | "demonym"), `span._.place_score` (float)
- `doc.spans["dates"]`: `span._.date_value` (ISO str | None), `span._.date_precision`
- `doc.spans["counts"]`: `span._.count_value` (int), `span._.count_kind` (one of
  records.COUNT_FIELDS or None when the text does not say what the number counts)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_DOC = {
    "doc_id": "",
    "published": None,
    "title": None,
    "focus_country": None,
}
_DOC_LISTS = ("events", "event_triggers")
_SPAN = {
    "actor": None,
    "place": None,
    "toponym_kind": None,
    "place_score": 0.0,
    "date_value": None,
    "date_precision": None,
    "count_value": None,
    "count_kind": None,
}
_TOKEN = {
    "trigger": None,  # events/triggers.py: the trigger lexicon entry a token matched
}


def register_extensions() -> None:
    """Register every custom attribute once (idempotent, safe in worker processes)."""
    for name, default in _DOC.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in _DOC_LISTS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, default in _SPAN.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in _TOKEN.items():
        if not Token.has_extension(name):
            Token.set_extension(name, default=default)
