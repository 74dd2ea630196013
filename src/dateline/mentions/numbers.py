"""Number phrases read by ACLED's conventions ("at least 25" = 25, "dozens" = 12), and found in a parse.

ACLED codes the stated figure, whatever hedges it ("at least 25", "more than 30", "up to 12",
"an estimated 40,000" all give the figure), the lowest figure of a range, and fixed values for
vague quantities (SPEC.md section 3). Word lists and values live in `data/numbers.yaml`.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from dateline.data import load_yaml

_WORD_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+|[-–—~]")


@functools.lru_cache(maxsize=1)
def numbers_lexicon() -> dict:
    """`data/numbers.yaml`, with phrases split into word tuples for prefix matching."""
    data = load_yaml("numbers.yaml")
    data["vague"] = {tuple(k.split()): v for k, v in data["vague"].items()}
    data["modifiers"] = sorted((tuple(m.split()) for m in data["modifiers"]), key=len, reverse=True)
    data["months"] = frozenset(data.get("months", ()))
    return data


def _words(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)
    return _WORD_RE.findall(text)


def _match_prefix(words: list[str], phrases) -> int:
    """Length of the longest phrase (tuple of words) that `words` starts with, else 0."""
    best = 0
    for phrase in phrases:
        if len(phrase) > best and tuple(words[: len(phrase)]) == phrase:
            best = len(phrase)
    return best


def _digits(word: str) -> float | None:
    if not word[0].isdigit():
        return None
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _read_number(words: list[str]) -> tuple[float | None, int]:
    """Read one cardinal from the start of `words`: (value, words used), (None, 0) if none."""
    lex = numbers_lexicon()
    total, current, used, last_scale = 0.0, 0.0, 0, False
    for i, word in enumerate(words):
        value = _digits(word)
        if value is not None and used == i and current == 0 and total == 0:
            current, used, last_scale = value, i + 1, False
        elif word in ("a", "an") and used == i and words[i + 1 : i + 2] and (
            words[i + 1] in lex["scales"]
        ):
            current, used = current or 1.0, i + 1
        elif word == "half" and used == i:
            current, used = current + 0.5, i + 1
        elif word in ("a", "an") and used == i and i > 0 and words[i - 1] == "half":
            used = i + 1
        elif (word in lex["units"] or word in lex["tens"]) and used == i and value is None:
            current += lex["units"].get(word, lex["tens"].get(word, 0))
            used, last_scale = i + 1, False
        elif word in lex["scales"] and used == i and used > 0:
            scale = lex["scales"][word]
            if scale < 1000:
                current = (current or 1.0) * scale
            else:
                total += (current or 1.0) * scale
                current = 0.0
            used, last_scale = i + 1, True
        elif word == "and" and last_scale and used == i and i + 1 < len(words) and (
            words[i + 1] in lex["units"] or words[i + 1] in lex["tens"]
        ):
            used = i + 1
        else:
            break
    if used == 0:
        return None, 0
    return total + current, used


def _leading_value(words: list[str]) -> int | None:
    lex = numbers_lexicon()
    vague_len = _match_prefix(words, lex["vague"])
    value, used = _read_number(words)
    if vague_len and vague_len >= used:
        return lex["vague"][tuple(words[:vague_len])]
    if value is None:
        if words in (["a"], ["an"]):
            return 1
        return None
    rest = words[used:]
    if len(rest) >= 2 and rest[0] in lex["range_joiners"]:
        high, high_used = _read_number(rest[1:])
        if high is not None:
            tail = rest[1 : 1 + high_used]
            scale = lex["scales"].get(tail[-1], 1)
            if value < scale:  # "two to three hundred": the low figure shares the scale
                value *= scale
            value = min(value, high)
    return int(round(value))


def is_vague(text: str) -> bool:
    """Whether a number phrase gives no exact figure ("several", "numerous", "a number of",
    "dozens"), but a vague quantity read by convention."""
    words = _words(text)
    lex = numbers_lexicon()
    while (n := _match_prefix(words, lex["modifiers"])) and n < len(words):
        words = words[n:]
    vague_len = _match_prefix(words, lex["vague"])
    return bool(vague_len) and vague_len >= _read_number(words)[1]


def parse_number(text: str) -> int | None:
    """Digits, words, ranges, "at least", vague quantities (ACLED rules, SPEC.md section 3).

    "at least 25" = 25, "more than 30" = 30, "up to 12" = 12 (ACLED codes the stated figure),
    "10 to 15" = 10 (the lowest figure), "dozens" = 12, "half a million" = 500000;
    None when the phrase holds no figure ("a large number").
    """
    words = _words(text)
    if not words:
        return None
    lex = numbers_lexicon()
    if words[0] == "between":
        words = words[1:]
    while True:
        n = _match_prefix(words, lex["modifiers"])
        if n and n < len(words) and _leading_value(words[n:]) is not None:
            words = words[n:]
            continue
        break
    return _leading_value(words)


# Number phrases in a dependency parse (used by `mentions/counts.py`).
_SKIP_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_A_WORDS = {"few", "handful", "dozen", "couple", "hundred", "thousand", "million", "number"}
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@functools.lru_cache(maxsize=1)
def _vague_starts() -> frozenset[str]:
    """First words of the vague figures ("dozens", "scores"), built once: read per token."""
    return frozenset(phrase[0] for phrase in numbers_lexicon()["vague"]) - {"a", "some"}


def is_number_word(tok: Token) -> bool:
    """Tokens that can carry a figure: digits, number words, vague plurals ("dozens")."""
    lex = numbers_lexicon()
    low = tok.lower_
    if tok.ent_type_ in _SKIP_ENTS or _ORDINAL.fullmatch(low):  # "the 17th leader captured"
        return False
    if tok.like_num and _day_of_month(tok):
        return False
    if tok.like_num or low in lex["units"] or low in lex["tens"] or low in lex["scales"]:
        return low not in ("a", "an") and tok.pos_ != "PROPN"
    if low == "number":  # "a number of insurgents", not "a phone number"
        doc = tok.doc
        return (tok.i > 0 and doc[tok.i - 1].lower_ == "a" and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ == "of")
    return low in _vague_starts() or low in ("handful", "half") or (
        low == "couple" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "a")  # "a couple of"


def _day_of_month(tok: Token) -> bool:
    """Digits next to a month name ("16 November", "Nov. 16"): a date the tagger missed in
    upper-case wire copy, not a count. "May" counts as a month only as a proper noun."""
    if not tok.text[:1].isdigit() or len(tok.text) > 2:
        return False
    doc, months = tok.doc, numbers_lexicon()["months"]
    for i in (tok.i - 1, tok.i + 1):
        if 0 <= i < len(doc):
            word = doc[i].lower_.rstrip(".")
            if word in months and (word != "may" or doc[i].pos_ == "PROPN"):
                return True
    return False


def number_groups(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of number tokens ("tens of thousands", "1.4 million", "10 to 15")."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not is_number_word(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < len(doc):
            if is_number_word(doc[j]):
                j += 1
            elif (doc[j].lower_ in ("of", "to", "-", "–", "or", "and")
                  and j + 1 < len(doc) and is_number_word(doc[j + 1])
                  and (doc[j].lower_ != "and" or doc[j - 1].lower_ in ("hundred", "thousand")
                       or (i > 0 and doc[i - 1].lower_ == "between"))
                  and (doc[j].lower_ != "of" or doc[j + 1].lower_ in ("thousands", "millions"))):
                j += 2
            else:
                break
        groups.append((i, j))
        i = j
    return groups


def phrase_start(doc: Doc, start: int) -> int:
    """Extend a number group left over modifiers ("at least", "an estimated", "another")."""
    modifiers = numbers_lexicon()["modifiers"]
    for width in (3, 2, 1):
        lo = start - width
        if lo >= doc[start].sent.start and tuple(t.lower_ for t in doc[lo:start]) in modifiers:
            if doc[lo].lower_ == "the" and width == 1:
                return start
            return lo
    if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in _A_WORDS:
        return start - 1
    return start


def anchor_of(doc: Doc, start: int, end: int) -> Token:
    """The group's syntactic head: the token whose head lies outside the group."""
    for tok in doc[start:end]:
        if not start <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def of_noun(tok: Token) -> Token | None:
    """"dozens of Kurdish prisoners" -> prisoners."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return of_noun(pobj) if is_number_word(pobj) else pobj
    return None
