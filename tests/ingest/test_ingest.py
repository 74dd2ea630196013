"""read_paths: files, directories and stdin in order; every bad input one rejection; reading goes on."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from dateline.ingest import read_paths

STORY = "Troops entered the town of Karsk on Monday, residents said.\n"


def test_ingest_continues_after_bad_files(tmp_path: Path, split_items) -> None:
    good1, empty, binary, good2 = (tmp_path / n for n in ("1.txt", "2.txt", "3.txt", "4.txt"))
    good1.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    good2.write_text("Police arrested two men in the capital.\n", encoding="utf-8")
    paths = [str(good1), str(empty), str(tmp_path / "missing.txt"), str(binary), str(good2)]
    items = list(read_paths(paths))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "DocumentRejected", "DocumentRejected", "DocumentRejected", "Document"]
    assert [getattr(i, "reason", "") .split(" ")[0] for i in items[1:4]] == ["empty", "no", "binary"]


BAD_INPUTS = [
    # (file name, content, words expected in the reason)
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n\t\n", "empty file"),
    ("nul.txt", b"abc\x00def" * 100, "NUL bytes"),
    ("junk.txt", bytes(range(128, 256)) * 8, "undecodable"),
    ("nothing.html", b"<html><head><script>x()</script></head><body></body></html>", "HTML without text"),
]


@pytest.mark.parametrize(("name", "content", "words"), BAD_INPUTS)
def test_ingest_bad_input_reasons(tmp_path: Path, name: str, content: bytes, words: str, split_items) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    docs, rejected = split_items(read_paths([str(path)]))
    assert not docs
    assert rejected[0].source == str(path) and words in rejected[0].reason


def test_ingest_missing_path(split_items) -> None:
    _, rejected = split_items(read_paths(["no/such/file.txt"]))
    assert (rejected[0].source, rejected[0].reason) == ("no/such/file.txt", "no such file or directory")


def test_ingest_file_over_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_items) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 100, encoding="utf-8")
    monkeypatch.setenv("DATELINE_MAX_BYTES", "1000")
    docs, rejected = split_items(read_paths([str(path)]))
    assert not docs and "file too large" in rejected[0].reason and "DATELINE_MAX_BYTES" in rejected[0].reason


def test_ingest_duplicates_rejected_naming_first(tmp_path: Path, split_items) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + STORY.replace(" ", "  ") + "\n\nShare this\n", encoding="utf-8")
    docs, rejected = split_items(read_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    assert [d.doc_id for d in docs] == [str(tmp_path / "a.txt")]
    assert rejected[0].reason.startswith(f"duplicate of {tmp_path / 'a.txt'}")


def test_ingest_directory_recursive_sorted_no_hidden(tmp_path: Path, split_items) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden story.", encoding="utf-8")
    (tmp_path / ".git" / "c.txt").write_text("Git story.", encoding="utf-8")
    docs, rejected = split_items(read_paths([str(tmp_path)]))
    assert [d.doc_id for d in docs] == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert not rejected


def test_ingest_empty_directory(tmp_path: Path, split_items) -> None:
    _, rejected = split_items(read_paths([str(tmp_path)]))
    assert "no readable files" in rejected[0].reason


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ingest_stdin_text(monkeypatch: pytest.MonkeyPatch, split_items) -> None:
    _stdin(monkeypatch, STORY.encode("utf-8"))
    docs, _ = split_items(read_paths(["-"], published="2014-08-04"))
    assert (docs[0].doc_id, docs[0].published, docs[0].text) == ("-", "2014-08-04", STORY)


def test_ingest_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, split_items) -> None:
    _stdin(monkeypatch, b'{"id": "x1", "text": "One."}\n{"text": "Two."}\n')
    docs, _ = split_items(read_paths(["-"]))
    assert [d.doc_id for d in docs] == ["x1", "-:2"]


def test_ingest_utf16_file(tmp_path: Path, split_items) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(STORY.encode("utf-16"))
    docs, _ = split_items(read_paths([str(path)]))
    assert docs[0].text == STORY


def test_ingest_reader_crash_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_items) -> None:
    from dateline.ingest import text as text_reader

    def boom(data: bytes, source: str, declared: str | None = None) -> str:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(text_reader, "decode", boom)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    _, rejected = split_items(read_paths([str(tmp_path / "a.txt")]))
    assert "RuntimeError: kaboom" in rejected[0].reason
