"""clean_text: Unicode and whitespace normalisation, boilerplate lines, determinism and idempotence."""

from __future__ import annotations

import random
from importlib import resources
from pathlib import Path

import pytest
import yaml

from dateline.clean import boilerplate_rule, boilerplate_rules, clean_text, is_boilerplate

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"

UNICODE = [
    # (raw, cleaned)
    ("a\r\nb\rc", "a\nb\nc"),
    ("ten\u00a0killed", "ten killed"),
    ("10\u202f000 and 5\u2009km", "10 000 and 5 km"),
    ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
    ("bomb\u00adings", "bombings"),
    ("cafe\u0301", "caf\u00e9"),  # NFC
    ("\u201cquoted\u201d and \u2018single\u2019", "\u201cquoted\u201d and \u2018single\u2019"),  # curly kept
    ("\u201fodd\u201d \u201bodd\u2019 don\u02bct", "\u201codd\u201d \u2018odd\u2019 don\u2019t"),  # variants unified
    ("tab\tseparated", "tab separated"),
    ("bell\x07 and \x85more text", "bell and\nmore text"),
    ("line\u2028sep\u2029para", "line\nsep\n\npara"),
]


@pytest.mark.parametrize(("raw", "cleaned"), UNICODE)
def test_clean_unicode(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


WHITESPACE = [
    ("  lead and trail  ", "lead and trail"),
    ("many    spaces   here", "many spaces here"),
    ("p1\n\n\n\n\np2", "p1\n\np2"),
    ("p1\n   \n \t \np2", "p1\n\np2"),
    ("\n\n\ntitle\nsubtitle\n\nbody\n\n\n", "title\nsubtitle\n\nbody"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "cleaned"), WHITESPACE)
def test_clean_whitespace_and_paragraphs(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


DROPPED = [
    "Spencer Platt / Getty Images",
    "Photo: Reuters",
    "(AP Photo/Hadi Mizban)",
    "Related News",
    "Related stories:",
    "Find Al Jazeera America on your TV",
    "Find Example News on your TV",
    "Get email updates from Al Jazeera America",
    "Sign up for our weekly newsletter",
    "Subscribe to our daily briefing",
    "Share this",
    "Tweet",
    "Email",
    "Share | Tweet | Email",
    "• Share on Facebook",
    "No comments: Post a Comment",
    "Wire services",
    "Al Jazeera and wire services",
    "Advertisement",
    "ADVERTISEMENT",
    "We use cookies to improve your experience on our site. By continuing you accept our cookie policy.",
    "Read more",
    "READ MORE: Who are the Yazidis?",
    "Copyright 2014 The Associated Press. All rights reserved.",
    "Reporting by Ahmed Rasheed; Editing by Alison Williams",
    "Follow us on Twitter",
    "Skip to main content",
    "|",
]


@pytest.mark.parametrize("line", DROPPED)
def test_clean_boilerplate_dropped(line: str) -> None:
    assert is_boilerplate(line), boilerplate_rule(line)
    assert clean_text(f"Real first line.\n\n{line}\n\nReal last line.") == "Real first line.\n\nReal last line."


KEPT = [
    "Iraq air force to back Kurds fighting Islamic State",
    "Kurds retake Mosul Dam",
    "Email leak rocks government in Kabul",
    "Photos show destruction in Homs",
    "Share prices fall as fighting spreads",
    "More than 500,000 people have been displaced since June.",
    "Related fighting spread to Dahuk on Sunday.",
    "Sign of the times: Yazidis flee Sinjar",
    "Subscribe to the idea that talks can work, the envoy said.",
    "Register to vote opens in Kenya",
    "Cookies and bombs: a bakery in Aleppo",
    "Copyright dispute reaches the supreme court",
    "Advertisement campaign banned by regulator",
    "Wire services reported 10 dead in the blast.",
    "Reuters reported the attack on Monday.",
    "Source: the interior ministry said 12 were killed in the attack.",
    "Analysis: Why the army collapsed in Mosul",
    "Home to 40,000 Yazidis, Sinjar fell on Saturday.",
    "(c) The parties shall withdraw their forces.",
    "Read the full statement issued by the ministry on Monday.",
    "Police said AP reporters were detained.",
]


@pytest.mark.parametrize("line", KEPT)
def test_clean_real_lines_kept(line: str) -> None:
    assert not is_boilerplate(line), boilerplate_rule(line)
    assert clean_text(line) == line


def _boilerplate_file() -> tuple[str, dict]:
    raw = resources.files("dateline.data").joinpath("boilerplate.yaml").read_text("utf-8")
    return raw, yaml.safe_load(raw)


def test_clean_boilerplate_file_schema() -> None:
    raw, data = _boilerplate_file()
    assert raw.startswith("#") and "Source:" in raw.split("\n\n")[0]
    assert isinstance(data["max_line_chars"], int) and isinstance(data["agencies"], str)
    names = [p["name"] for p in data["patterns"]]
    assert len(names) == len(set(names))
    for entry in data["patterns"]:
        assert set(entry) == {"name", "pattern", "examples"} and entry["examples"]


@pytest.mark.parametrize(("name", "example"), [
    (p["name"], ex) for p in _boilerplate_file()[1]["patterns"] for ex in p["examples"]
])
def test_clean_boilerplate_examples_match_their_rule(name: str, example: str) -> None:
    assert boilerplate_rules().named[name].fullmatch(example), f"{name} does not match {example!r}"


WRAPPED = [
    # (raw, cleaned): a boilerplate-looking line that ends a hard-wrapped sentence stays
    ("THE INFORMATION WAS RELEASED TODAY TO THE PRESS BY SEVERAL NEWS\nAGENCIES.",
     "THE INFORMATION WAS RELEASED TODAY TO THE PRESS BY SEVERAL NEWS\nAGENCIES."),
    ("The army said it would publish the list of those detained on its\nhome\npage.",
     "The army said it would publish the list of those detained on its\nhome\npage."),
    ("The army said it would publish the list of those detained today.\nAdvertisement\nMore text.",
     "The army said it would publish the list of those detained today.\nMore text."),
    ("Short line\nAdvertisement\nTweet\nBody.", "Short line\nBody."),
]


@pytest.mark.parametrize(("raw", "cleaned"), WRAPPED)
def test_clean_wrapped_lines_kept(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_clean_long_lines_never_boilerplate() -> None:
    line = "We use cookies " + "and the army shelled the town " * 20
    assert len(line) > boilerplate_rules().max_line_chars and not is_boilerplate(line)


ALPHABET = ["a", "B", "x" * 60, "Reuters", "Home\n", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u00ad", "e\u0301",
            "\u201c", "\u201f", "Share this", "Tweet\n", "|", "\u2029", "\x07", "Advertisement\n", "word."]


def _samples() -> list[str]:
    rng = random.Random(20140804)
    fuzz = ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 60))) for _ in range(300)]
    files = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*")) if p.is_file()]
    return fuzz + files + [raw for raw, _ in UNICODE + WHITESPACE + WRAPPED] + DROPPED + KEPT


def test_clean_idempotent() -> None:
    for raw in _samples():
        once = clean_text(raw)
        assert clean_text(once) == once, repr(raw)


def test_clean_deterministic() -> None:
    samples = _samples()
    assert [clean_text(s) for s in samples] == [clean_text(s) for s in samples]


def test_clean_sample_article(sample_article: Path) -> None:
    raw = sample_article.read_text("utf-8")
    cleaned = clean_text(raw)
    assert clean_text(cleaned) == cleaned
    assert cleaned.startswith("Iraq air force to back Kurds fighting Islamic State\n\n")
    assert cleaned.endswith("further gains by the Islamic State.")
    for furniture in ("Getty Images", "Related News", "on your TV", "email updates", "newsletter", "Wire services"):
        assert furniture not in cleaned
    kept = [line for line in raw.splitlines() if line.strip() and not is_boilerplate(line.strip())]
    assert len(kept) == len([line for line in cleaned.splitlines() if line])
