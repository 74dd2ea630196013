"""The catalogue of user-facing errors: what went wrong, with which file, and what to do."""

from __future__ import annotations


class Errors:
    """Messages, formatted with `.format(**kw)`; one place so wording stays consistent."""

    E001 = "empty file: nothing to read"
    E002 = "binary file ({detail}): not text, HTML, JSONL, a feed or a WARC archive"
    E003 = "undecodable bytes: not valid {encoding} and no other encoding fits"
    E004 = "HTML without text: no main text found after removing boilerplate"
    E005 = "line {line}: not JSON ({detail})"
    E006 = "line {line}: a JSONL record needs a `text` or `html` field"
    E007 = "no such file or directory"
    E008 = "unreadable: {detail}"
    E009 = "file too large ({size} bytes > {limit}); raise DATELINE_MAX_BYTES to read it"
    E010 = "no text left after cleaning"
    E011 = "invalid date {value!r}: use YYYY-MM-DD"
    E012 = "gold data not found: expected {path} (evaluation needs ../shared/gold or --gold-dir)"
    E013 = "unknown {what} {name!r}; choose one of: {choices}"
    E014 = "feed entry {entry}: no text or link content"
    E015 = "WARC record {record}: {detail}"
    E016 = "duplicate of {first}: same text read earlier in this run"
    E017 = "line {line}: record too large ({size} bytes > {limit}); raise DATELINE_MAX_BYTES to read it"
    E018 = "line {line}: a JSONL record must be a JSON object, not {kind}"
    E019 = "feed without entries: nothing to read"
    E020 = "WARC archive without HTML or text responses: nothing to read"
    E021 = "no readable files in this directory"
    E090 = "quality floors not met ({count}): {details}"
    E091 = "--limit {limit}: quality floors apply to full runs only; drop --limit or --floors"
    E092 = "evaluation failed for {names}: see the FAILED note in its table"


class DatelineError(Exception):
    """Base class for errors shown to the user as one line."""


class DocumentRejected(DatelineError):
    """A document (or one record of a file) that cannot be processed; the batch goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DuplicateDocument(DocumentRejected):
    """A document whose cleaned text was read earlier in the same run: skipped and counted
    as a duplicate, not as a failure to read."""
