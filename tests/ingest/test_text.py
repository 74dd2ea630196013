"""The plain-text reader: one document per file, doc_id as given, date from a dateline or fallback."""

from __future__ import annotations

from pathlib import Path

from dateline.ingest import read_paths


def test_text_reads_file_with_path_as_doc_id(fixtures: Path, split_items) -> None:
    path = str(fixtures / "wire.txt")
    docs, rejected = split_items(read_paths([path], published="2014-08-05"))
    assert not rejected
    assert [d.doc_id for d in docs] == [path]
    assert docs[0].format == "text"
    assert docs[0].text.startswith("PORT ARAM, Aug. 4")


def test_text_dateline_beats_fallback(fixtures: Path, split_items) -> None:
    docs, _ = split_items(read_paths([str(fixtures / "wire.txt")], published="2014-08-05"))
    assert docs[0].published == "2014-08-04"


def test_text_fallback_date_when_no_dateline(tmp_path: Path, split_items) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Troops entered the town.\n", encoding="utf-8")
    docs, _ = split_items(read_paths([str(path)], published="2014-08-05"))
    assert docs[0].published == "2014-08-05"


def test_text_no_date_anywhere_is_none(tmp_path: Path, split_items) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Troops entered the town.\n", encoding="utf-8")
    docs, _ = split_items(read_paths([str(path)]))
    assert docs[0].published is None


def test_text_cp1252_file_is_decoded(tmp_path: Path, split_items) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Le ministre a d\u00e9clar\u00e9 \u00ab c\u2019est fini \u00bb \u2013 \u00e0 Paris.".encode("cp1252"))
    docs, rejected = split_items(read_paths([str(path)]))
    assert not rejected
    assert "d\u00e9clar\u00e9" in docs[0].text and "\u2013" in docs[0].text


def test_text_unknown_extension_read_as_text(tmp_path: Path, split_items) -> None:
    path = tmp_path / "story.dat"
    path.write_text("Police arrested five people in the capital.", encoding="utf-8")
    docs, rejected = split_items(read_paths([str(path)]))
    assert not rejected and docs[0].format == "text"
