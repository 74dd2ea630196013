"""Counters and primitive comparisons every scorer shares: P/R/F1, accuracy, distances, counts.

Everything here is pure (no model, no gold files) so the tests can pin the scoring rules of
SPEC.md section 3 on hand-made cases and the numbers cannot drift.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from dateline.data import load_yaml

EARTH_RADIUS_KM = 6371.0088


@functools.lru_cache(maxsize=1)
def crosswalks() -> dict[str, Any]:
    """The evaluation crosswalks (`data/evaluation.yaml`), read once."""
    return load_yaml("evaluation.yaml")


@dataclass
class PRF:
    """True/false positives and false negatives; precision, recall and F1 follow."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "prf", "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Share of items scored correct."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(bool(ok))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "accuracy", "accuracy": round(self.value, 4), "correct": self.correct,
                "total": self.total}


@dataclass
class Distribution:
    """A sample of numbers (errors in km); the report shows mean and median."""

    values: list[float] = field(default_factory=list)

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.values) if self.values else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    def to_dict(self) -> dict[str, Any]:
        mean, median = self.mean, self.median
        return {"kind": "distribution", "n": len(self.values),
                "mean": None if mean is None else round(mean, 2),
                "median": None if median is None else round(median, 2)}


Metric = PRF | Accuracy | Distribution


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def value_prf(gold: Any, pred: Any, same: Callable[[Any, Any], bool] | None = None) -> PRF:
    """P/R/F1 counts of one optional field: a non-null prediction equal to the gold value is a
    hit; a non-null prediction that differs (or where gold is null) is a false positive; a gold
    value not predicted correctly is a miss. Null against null counts nothing."""
    same = same or (lambda g, p: g == p)
    ok = gold is not None and pred is not None and same(gold, pred)
    return PRF(tp=int(ok), fp=int(pred is not None and not ok), fn=int(gold is not None and not ok))


def set_prf(gold: Iterable[str], pred: Iterable[str], key: Callable[[str], str]) -> PRF:
    """Set overlap of two name lists after `key` normalisation (actors compare by alias)."""
    g = {key(x) for x in gold if x and key(x)}
    p = {key(x) for x in pred if x and key(x)}
    return PRF(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (a YYYY-MM or YYYY prefix is read as its first day), or None."""
    if not value:
        return None
    value = value.strip()
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return dt.datetime.strptime(value[:size], fmt).date()
        except ValueError:
            continue
    return None


def dates_agree(gold: str | None, precision: str | None, pred: str | None) -> bool:
    """SPEC.md 3: within one day for day precision; same week/month/year for coarser gold;
    a null gold date matches any prediction."""
    g = parse_date(gold)
    if g is None:
        return True
    p = parse_date(pred)
    if p is None:
        return False
    precision = precision or "day"
    if precision == "week":
        return g.isocalendar()[:2] == p.isocalendar()[:2]
    if precision == "month":
        return (g.year, g.month) == (p.year, p.month)
    if precision == "year":
        return g.year == p.year
    return abs((g - p).days) <= 1


def fold(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def admin_key(name: str | None) -> str:
    """Comparable form of a province name: folded, administrative words and the Arabic article
    dropped, then its consonant skeleton so romanisations agree (Paktya = Paktia, Sar-e Pol =
    Sar-e Pul) while different names stay apart (Paktika)."""
    drop = set(crosswalks()["admin_words"]) | {"al", "el"}
    joined = "".join(w for w in fold(name).split() if w not in drop)
    return re.sub(r"[aeiouy\d_]", "", joined) or joined


def same_admin1(gold: str | None, pred: str | None,
                identity: Callable[[str], frozenset[str]] | None = None) -> bool:
    """Whether two province names denote the same first-level unit: equal `admin_key`s, or each
    name is the name or an alternate name of exactly one admin1 unit of the gazetteer, the
    same one. Why: coders name a province by its short or older name ("Wardak" for Maidan
    Wardak, "Nimroz" for Nimruz) while Dateline reports the gazetteer's display name, and the
    consonant skeleton cannot see that two different spellings are one unit. Requiring a single
    unit on both sides keeps an ambiguous name ("Punjab": Pakistan's or India's) from matching
    by luck; `identity` (name -> admin1 codes) is injectable for tests."""
    if not gold or not pred:
        return False
    if admin_key(gold) == admin_key(pred):
        return True
    look = identity or admin1_identity
    units = look(gold)
    return len(units) == 1 and units == look(pred)


@functools.lru_cache(maxsize=4096)
def admin1_identity(name: str) -> frozenset[str]:
    """The admin1 units ("AFG.27") of the gazetteer named `name` (by name or alternate name)."""
    from dateline.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return frozenset(f"{gaz.country[r]}.{gaz.admin1[r]}" for r in gaz.lookup(name)
                     if gaz.kind[r] == "admin1")


def normalise_count(value: Any) -> int | None:
    """A gold count as an integer, following SPEC.md 3 / ACLED for vague text: "several" = 3,
    "dozens" = 12, "scores" = 20, "hundreds" = 100, "at least N" = N, "N to M" = N, no
    figure = None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    text = fold(str(value).replace(",", ""))
    if not text:
        return None
    numbers = re.findall(r"\d+", text)
    if numbers:
        return int(numbers[0])  # "at least 5", "5 to 7", "5-7": the lowest figure comes first
    table = crosswalks()
    for words, number in sorted(table["number_words"].items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(words)}\b", text):
            return int(number)
    for words, number in table["vague_counts"].items():
        if re.search(rf"\b{re.escape(words)}\b", text):
            return int(number)
    return None


def counts_equal(gold: Any, pred: Any) -> bool:
    """Exact count agreement after normalising both sides."""
    g, p = normalise_count(gold), normalise_count(pred)
    return g is not None and g == p
