"""The HTML reader: main text without page furniture, title and date from metadata, offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read_paths
from dateline.ingest.html import html_to_text


def test_html_main_text_without_boilerplate(fixtures: Path, split_items) -> None:
    docs, rejected = split_items(read_paths([str(fixtures / "article.html")]))
    assert not rejected
    text = docs[0].text
    assert "seized the Karsk border crossing on Sunday" in text
    assert "At least 14 soldiers were killed" in text
    for furniture in ("Log in", "Share this", "Tweet", "Related News", "Drought hits farmers",
                      "newsletter", "All rights reserved", "var x"):
        assert furniture not in text


def test_html_paragraphs_separated_by_blank_lines(fixtures: Path, split_items) -> None:
    docs, _ = split_items(read_paths([str(fixtures / "article.html")]))
    assert "on Monday.\n\nAt least 14" in docs[0].text


def test_html_title_and_published_from_metadata(fixtures: Path, split_items) -> None:
    docs, _ = split_items(read_paths([str(fixtures / "article.html")], published="2020-01-01"))
    doc = docs[0]
    assert doc.title == "Rebels seize border crossing in Valdoria"
    assert doc.published == "2019-03-12"  # published, not modified, and it beats the fallback
    assert doc.format == "html"
    assert doc.source == "Example Daily"


def test_html_dateline_in_text_when_no_metadata(fixtures: Path, split_items) -> None:
    docs, _ = split_items(read_paths([str(fixtures / "undated.html")], published="2019-03-20"))
    assert docs[0].published == "2019-03-09"


def test_html_without_text_is_rejected(fixtures: Path, split_items) -> None:
    docs, rejected = split_items(read_paths([str(fixtures / "empty_body.html")]))
    assert not docs
    assert "HTML without text" in rejected[0].reason


def test_html_short_page_falls_back_to_paragraphs() -> None:
    found = html_to_text("<html><body><p>Two soldiers were wounded in Karsk.</p></body></html>")
    assert found is not None and found.text == "Two soldiers were wounded in Karsk."


def test_html_fragment_converted_whole() -> None:
    found = html_to_text("<p>First paragraph.</p><p>Second <b>bold</b> one.</p>", fragment=True)
    assert found is not None and found.text == "First paragraph.\n\nSecond bold one."



def test_html_extension_lies_plain_text_in_html_file(tmp_path: Path, split_items) -> None:
    path = tmp_path / "story.html"
    path.write_text("Troops shelled the town on Monday, residents said.\n", encoding="utf-8")
    docs, rejected = split_items(read_paths([str(path)]))
    assert not rejected and docs[0].format == "text"


def test_html_extension_lies_html_in_txt_file(tmp_path: Path, fixtures: Path, split_items) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((fixtures / "article.html").read_bytes())
    docs, _ = split_items(read_paths([str(path)]))
    assert docs[0].format == "html" and "Log in" not in docs[0].text
