"""Bytes to text: BOMs, UTF-8, declared charsets, legacy guesses, and refusing binary."""

from __future__ import annotations

import codecs
import random

import pytest

from dateline.errors import DocumentRejected
from dateline.ingest.encoding import decode, looks_binary

RNG = random.Random(7)
TEXT = "The caf\u00e9\u2019s owner said \u201cwe will stay\u201d \u2013 despite shelling near Aleppo."

DECODES = [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16-le", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
    ("utf-16-be", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("cp1252", TEXT.encode("cp1252")),
]


@pytest.mark.parametrize(("name", "data"), DECODES, ids=[d[0] for d in DECODES])
def test_encoding_decode_round_trips(name: str, data: bytes) -> None:
    assert decode(data, "f.txt") == TEXT


def test_encoding_cp1252_french_not_cp1250() -> None:
    text = "Ce n'\u00e9tait pas pr\u00e9vu, d\u00e9clare le maire \u00e0 l'AFP apr\u00e8s l'attaque."
    assert decode(text.encode("cp1252"), "f.txt") == text


def test_encoding_cyrillic_legacy_guess() -> None:
    text = "\u041f\u0440\u0438\u0432\u0435\u0442, \u044d\u0442\u043e \u0442\u0435\u0441\u0442\u043e\u0432\u0430\u044f \u0441\u0442\u0440\u043e\u043a\u0430 \u043d\u0430 \u0440\u0443\u0441\u0441\u043a\u043e\u043c \u044f\u0437\u044b\u043a\u0435 \u043e \u0432\u043e\u0439\u043d\u0435."
    assert decode(text.encode("cp1251"), "f.txt") == text


def test_encoding_declared_charset_used() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>caf\u00e9 \u2013 ok</body></html>'
    assert "caf\u00e9 \u2013 ok" in decode(page.encode("cp1252"), "p.html")


REJECTS = [
    ("nul bytes", b"PK\x03\x04\x00\x00\x14\x00binary\x00junk" * 20, "binary"),
    ("control chars", bytes(range(1, 9)) * 50 + b"some text", "binary"),
    ("random bytes", bytes(RNG.randrange(1, 256) for _ in range(2000)), "undecodable"),
]


@pytest.mark.parametrize(("name", "data", "word"), REJECTS, ids=[r[0] for r in REJECTS])
def test_encoding_rejects_binary(name: str, data: bytes, word: str) -> None:
    with pytest.raises(DocumentRejected) as info:
        decode(data, "junk.bin")
    assert info.value.source == "junk.bin"
    assert word in info.value.reason


@pytest.mark.parametrize(("text", "expected"), [("plain text\n\twith tab", False), ("\x01\x02\x03abc", True), ("", False)])
def test_encoding_looks_binary(text: str, expected: bool) -> None:
    assert looks_binary(text) is expected
