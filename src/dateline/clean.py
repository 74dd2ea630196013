"""Clean raw text: normalise Unicode and whitespace, drop boilerplate lines; the result is what offsets index.

`clean_text` is deterministic and idempotent (cleaning clean text changes nothing), because the
cleaned text is stored and evidence offsets point into it: re-cleaning must not move them.
Boilerplate is removed only as whole lines matched by the patterns in `data/boilerplate.yaml`,
never inside a sentence.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from dateline.data import load_yaml

LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028]")
PARAGRAPH_SEPARATOR = "\u2029"
# Every space-like character becomes a plain space; invisible format characters go.
SPACE_CHARS = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
INVISIBLE_CHARS = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062"
    "\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Curly quotes stay curly; their rarer look-alikes become the common four so one search finds all.
QUOTE_VARIANTS = {"\u201b": "\u2018", "\u201f": "\u201c", "\u02bc": "\u2019", "\u2e42": "\u201e"}
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
SPACE_RUN = re.compile(r" {2,}")
BULLETS = " \u2022\u00b7|\u25ba\u25b6\u00bb\u00ab\u203a\u2039-\u2013\u2014*#:~=_"
WRAPPED_LINE_CHARS = 50
SENTENCE_END = ".!?:;\"\u201d\u2019')]"
TRANSLATION = str.maketrans(
    {**{c: " " for c in SPACE_CHARS}, **{c: None for c in INVISIBLE_CHARS}, **QUOTE_VARIANTS}
)


@dataclass(frozen=True)
class BoilerplateRules:
    """The compiled boilerplate patterns: one regex per named rule, and all of them joined."""

    max_line_chars: int
    named: dict[str, re.Pattern[str]]
    combined: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def boilerplate_rules() -> BoilerplateRules:
    """Load `data/boilerplate.yaml` once and compile its patterns."""
    data = load_yaml("boilerplate.yaml")
    agencies = re.sub(r"\s*\|\s*", "|", data["agencies"].strip())
    sources = {p["name"]: p["pattern"].replace("{AGENCIES}", agencies) for p in data["patterns"]}
    named = {name: re.compile(src, re.I) for name, src in sources.items()}
    combined = re.compile("|".join(f"(?:{src})" for src in sources.values()), re.I)
    return BoilerplateRules(int(data["max_line_chars"]), named, combined)


def clean_text(raw: str) -> str:
    """Return the cleaned text that is stored and that evidence offsets point into.

    Lines keep their order; paragraphs are separated by exactly one blank line.
    """
    text = normalise_unicode(raw)
    lines = [normalise_line(line) for line in text.split("\n")]
    return _join_paragraphs(drop_boilerplate(lines))


def drop_boilerplate(lines: list[str]) -> list[str]:
    """Lines without boilerplate, repeated until nothing more goes (so a second clean is a no-op).

    A line that continues a hard-wrapped sentence ("...INFORMED THE NEWS" / "AGENCIES.") is
    never boilerplate, however it looks; dropping a line can expose its successor, hence the loop.
    """
    while True:
        kept = [line for i, line in enumerate(lines)
                if not line or _continues_sentence(lines, i) or not is_boilerplate(line)]
        if len(kept) == len(lines):
            return kept
        lines = kept


def _continues_sentence(lines: list[str], i: int) -> bool:
    """True when the line before is a long line cut mid-sentence (hard-wrapped text)."""
    previous = lines[i - 1] if i > 0 else ""
    return len(previous) >= WRAPPED_LINE_CHARS and previous[-1] not in SENTENCE_END


def normalise_unicode(raw: str) -> str:
    """LF line ends, NFC, one kind of space, no invisible or control characters."""
    text = LINE_BREAKS.sub("\n", raw).replace(PARAGRAPH_SEPARATOR, "\n\n")
    text = text.translate(TRANSLATION)
    text = CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def normalise_line(line: str) -> str:
    """One line with runs of spaces collapsed and no leading or trailing space."""
    return SPACE_RUN.sub(" ", line).strip()


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture (credit, share bar, sign-up, ...)."""
    rules = boilerplate_rules()
    if len(line) > rules.max_line_chars:
        return False
    key = line.strip(BULLETS)
    if not key:
        return True
    return rules.combined.fullmatch(key) is not None


def boilerplate_rule(line: str) -> str | None:
    """The name of the first rule that drops `line` (for tests and for explaining a drop)."""
    key = line.strip(BULLETS)
    for name, pattern in boilerplate_rules().named.items():
        if pattern.fullmatch(key):
            return name
    return None


def _join_paragraphs(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
