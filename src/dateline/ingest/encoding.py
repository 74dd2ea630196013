"""Bytes to text: BOMs, UTF-8, a declared charset, then a legacy-encoding guess; binary is refused.

Order matters: a BOM is certain, UTF-8 that decodes strictly is almost certainly UTF-8, a
charset declared by the document (HTML meta, HTTP header) comes next, and only then a guess.
"""

from __future__ import annotations

import codecs
import re

from dateline.errors import DocumentRejected, Errors

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte Latin code pages charset-normalizer often confuses on short text; cp1252 is the
# web's de-facto Latin-1 (WHATWG maps latin-1 to it), so prefer it when it decodes cleanly.
LATIN_FAMILY = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "cp437", "cp775", "cp850", "cp852", "cp858",
    "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2",
})
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01
DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode `data` or raise DocumentRejected (binary or undecodable) naming `source`."""
    text = _decode_bom(data)
    if text is None:
        if b"\x00" in data[:65536]:
            raise DocumentRejected(source, Errors.E002.format(detail="NUL bytes"))
        text = _decode_plain(data, declared or _declared_charset(data))
    if text is None:
        raise DocumentRejected(source, Errors.E003.format(encoding="UTF-8"))
    if looks_binary(text):
        raise DocumentRejected(source, Errors.E002.format(detail="control characters"))
    return text


def looks_binary(text: str) -> bool:
    """True when more than 1% of the characters are control characters no text file contains."""
    sample = text[:65536]
    return bool(sample) and len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                return None
    return None


def _decode_plain(data: bytes, declared: str | None) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared.lower().replace("-", "") not in ("utf8", "utf16", "utf32"):
        try:
            return data.decode(_canonical(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(data)


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, nudged to cp1252 within the Latin family."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        return None
    if best.encoding in LATIN_FAMILY:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None


def _declared_charset(data: bytes) -> str | None:
    match = DECLARED.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _canonical(name: str) -> str:
    """Python's codec for a declared charset; `iso-8859-1` means cp1252 on the web."""
    codec = codecs.lookup(name.strip()).name
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec
