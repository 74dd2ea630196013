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
    assert names[-2] == "dateline_headlines"  # triggers are found on the re-read headline parse
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


@pytest.mark.parametrize("pattern, expected", [
    ({"label": "ORG", "pattern": [{"IS_LOWER": False, "LOWER": "abu"}, {"LOWER": "sayyaf"}]},
     ["ABU SAYYAF", "Abu Sayyaf", "Abu sayyaf"]),
    ({"label": "NORP", "pattern": [{"LOWER": "peshmerga"}]}, ["PESHMERGA", "Peshmerga", "peshmerga"]),
    ({"label": "ORG", "pattern": [{"IS_LOWER": False, "LOWER": "army"}, {"LOWER": "of"}, {"LOWER": "islam"}]},
     ["ARMY OF ISLAM", "Army Of Islam", "Army of Islam", "Army of islam"]),  # small words lower
    ({"label": "ORG", "pattern": [{"ORTH": "IS"}]}, None),  # case-sensitive: kept as is
    ({"label": "GPE", "pattern": [{"IS_LOWER": False, "LOWER": "d'ivoire"}]}, None),  # inner casing unknown
])
def test_load_simple_token_patterns_become_phrases(pattern, expected):
    from dateline.nlp.load import as_phrase_patterns

    out = as_phrase_patterns(pattern)
    if expected is None:
        assert out == [pattern]
    else:
        assert [p["pattern"] for p in out] == expected
        assert all(p["label"] == pattern["label"] for p in out)


@pytest.mark.model
@pytest.mark.parametrize("text, surface", [
    ("Fighters of the Abu Sayyaf attacked the town.", "Abu Sayyaf"),
    ("The peshmerga retook the town.", "peshmerga"),
])
def test_load_entity_ruler_tags_lexicon_names(nlp, text, surface):
    doc = nlp(text)
    assert any(ent.text == surface for ent in doc.ents)
