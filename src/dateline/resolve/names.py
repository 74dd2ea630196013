"""Place-name normalisation: one key for every spelling that should match (case, diacritics, hyphens, articles).

Both the gazetteer index and the text matcher use `normalize`, so "Dahūk", "Dahuk" and "DAHUK"
meet in one key; `index_keys` adds the variants a name is commonly written in ("al-Anbar" ->
"anbar", "Saint Louis" -> "st louis", "Nineveh Governorate" -> "nineveh").
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "đ": "d", "Đ": "d", "ı": "i", "ə": "e",
    "Ə": "e", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ʻ": "", "ʼ": "",
    "ʿ": "", "ʾ": "", "'": "", "’": "", "‘": "", "`": "", "´": "", ".": "",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "at ", "az ", "an ", "ash ", "ath ", "the ")
TYPE_WORDS = (
    " governorate", " province", " state", " region", " oblast", " district", " county",
    " prefecture", " department", " municipality", " autonomous region", " raion", " krai",
)


def normalize(text: str) -> str:
    """Lower-case ASCII key: diacritics and apostrophes dropped, other punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NON_ALNUM.sub(" ", text).strip()


def strip_article(key: str) -> str:
    """'al anbar' -> 'anbar': Arabic and English articles are written or dropped at will."""
    for art in ARTICLES:
        if key.startswith(art) and len(key) > len(art) + 2:
            return key[len(art):]
    return key


def index_keys(name: str) -> set[str]:
    """Every normalised key a name is indexed under."""
    key = normalize(name)
    if not key or not any(ch.isalpha() for ch in key):
        return set()
    keys = {key, strip_article(key)}
    for word in TYPE_WORDS:
        if key.endswith(word) and len(key) > len(word) + 2:
            stem = key[: -len(word)]
            keys.update({stem, strip_article(stem)})
    if key.startswith("saint "):
        keys.add("st " + key[6:])
    elif key.startswith("st "):
        keys.add("saint " + key[3:])
    return {k for k in keys if len(k) >= 2}


def is_latin(name: str) -> bool:
    """True when a name is written in Latin script (other scripts cannot occur in English text)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x250 or ch in "əʻʼʿʾ" or 0x1E00 <= ord(ch) < 0x1F00
                                 for ch in letters)
