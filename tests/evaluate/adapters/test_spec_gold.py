"""SPEC.md section 2 gold files: parsing every field form a coder may write."""

from __future__ import annotations

import json

from dateline.evaluate.adapters.spec_gold import load, parse_line


def test_spec_gold_parse_line_reads_all_forms():
    line = json.dumps({
        "doc_id": "d1", "published": "2020-01-02", "text": "t",
        "events": [
            {"type": "assault", "actors": ["IS", {"name": "Peshmerga", "text": "Kurdish forces"}],
             "location": {"admin1": "Nineveh", "country": "IRQ"}, "fatalities": "dozens",
             "evidence": [{"text": "e1", "start": 0, "end": 2}]},
            {"type": "PROTEST", "required": False, "evidence": "e2"},
        ]})
    doc = parse_line(line)
    assert (doc.document.doc_id, doc.document.published) == ("d1", "2020-01-02")
    first, second = doc.events
    assert first.event.type == "ASSAULT" and first.required and not second.required
    assert [a.name for a in first.event.actors] == ["IS", "Peshmerga"]
    assert first.event.location.name == "Nineveh" and first.event.fatalities == 12
    assert first.event.evidence[0].text == "e1" and second.event.evidence[0].text == "e2"
    assert first.event.date is None and first.event.modality == "asserted"


def test_spec_gold_load_respects_limit_and_blank_lines(tmp_path):
    path = tmp_path / "x.gold.jsonl"
    rows = [json.dumps({"doc_id": f"d{i}", "text": "t", "events": []}) for i in range(3)]
    path.write_text(rows[0] + "\n\n" + "\n".join(rows[1:]) + "\n")
    assert [d.document.doc_id for d in load(path)] == ["d0", "d1", "d2"]
    assert len(load(path, 2)) == 2
