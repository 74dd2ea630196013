"""Combined figures: a number counting the dead and the wounded together is neither count."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.mentions.count_combined import combined_figure


def _doc(words, heads, deps, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


# "Gunmen killed and wounded 13" (combined) versus "Gunmen killed 2 and wounded 13" (two counts)
_SHARED = (["Gunmen", "killed", "and", "wounded", "13"], [1, 1, 1, 1, 3],
           ["nsubj", "ROOT", "cc", "conj", "dobj"], ["NOUN", "VERB", "CCONJ", "VERB", "NUM"],
           ["gunman", "kill", "and", "wound", "13"])
_SEPARATE = (["Gunmen", "killed", "2", "and", "wounded", "13"], [1, 1, 1, 1, 1, 4],
             ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
             ["NOUN", "VERB", "NUM", "CCONJ", "VERB", "NUM"],
             ["gunman", "kill", "2", "and", "wound", "13"])
# "Gunmen abducted and killed 3": the same people twice, each count stands
_SEQUENCE = (["Gunmen", "abducted", "and", "killed", "3"], [1, 1, 1, 1, 3],
             ["nsubj", "ROOT", "cc", "conj", "dobj"], ["NOUN", "VERB", "CCONJ", "VERB", "NUM"],
             ["gunman", "abduct", "and", "kill", "3"])
# "Troops killed or captured 12": either/or shares the figure out
_EITHER = (["Troops", "killed", "or", "captured", "12"], [1, 1, 1, 1, 3],
           ["nsubj", "ROOT", "cc", "conj", "dobj"], ["NOUN", "VERB", "CCONJ", "VERB", "NUM"],
           ["troop", "kill", "or", "capture", "12"])


@pytest.mark.parametrize(("parse", "trigger", "kind", "expected"), [
    (_SHARED, 3, "injured", True),
    (_SHARED, 1, "fatalities", True),
    (_SEPARATE, 4, "injured", False),
    (_SEPARATE, 1, "fatalities", False),
    (_SEQUENCE, 3, "fatalities", False),
    (_EITHER, 3, "arrested", True),
])
def test_count_combined_shared_figure(parse, trigger, kind, expected):
    doc = _doc(*parse)
    assert combined_figure(doc[trigger], kind, True) is expected


def test_count_combined_toll_kind_is_combined():
    doc = _doc(["casualties"], [0], ["ROOT"], ["NOUN"], ["casualty"])
    assert combined_figure(doc[0], "fatalities", True) is True
    assert combined_figure(doc[0], "combined", True) is True


@pytest.fixture(scope="module")
def tagged():
    from dateline.nlp.load import build_nlp

    nlp = build_nlp(components=["dateline_counts"])

    def spans(text: str) -> list[tuple]:
        doc = nlp(text)
        return [(s.text, s._.count_kind) for s in doc.spans["counts"]]

    return spans


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Eleven villagers were killed and wounded when shells hit the market in Aleppo.",
     [("Eleven", None)]),
    ("Militants shelled the post near Kandahar, killing or wounding 40 soldiers.", [("40", None)]),
    ("The explosion in Karachi left 19 dead and wounded.", []),
    ("The raid in Mosul caused 23 casualties, a hospital official said.", []),
    ("Fighters killed 9 policemen and wounded 14 others near Gao.",
     [("9", "fatalities"), ("14", "injured")]),
    ("SIX PEOPLE WERE KILLED AND EIGHT WERE INJURED.", [("SIX", "fatalities"), ("EIGHT", "injured")]),
])
def test_count_combined_tagger_keeps_no_kind(tagged, text, expected):
    assert tagged(text) == expected
