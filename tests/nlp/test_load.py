"""The spaCy pipeline is built from data/pipeline.cfg and is internally consistent."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_load_import_dateline_loads_no_model():
    code = "import sys, dateline, dateline.pipeline, dateline.records; print('spacy.lang.en' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.model
def test_load_pipeline_order_follows_config(nlp):
    names = nlp.pipe_names
    assert names.index("dateline_paragraphs") < names.index("parser")
    assert names.index("entity_ruler") < names.index("ner")
    assert names[-1] == "dateline_events"
    assert names.index("dateline_places") < names.index("dateline_actors")  # actors read the focus country


@pytest.mark.model
def test_load_analyze_pipes_finds_no_problems(nlp):
    problems = nlp.analyze_pipes()["problems"]
    assert all(not p for p in problems.values()), problems


@pytest.mark.model
def test_load_headline_does_not_merge_into_lede(nlp):
    doc = nlp("Rebels seize town near border\n\nRebels seized the town of Foo on Monday, officials said.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Rebels seize town near border"
