"""Line breaks become sentence starts before the parser runs, except where they wrap a line."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from dateline.nlp.paragraphs import ParagraphBoundaries

LONG = "GUERRILLAS OF THE FARABUNDO MARTI LIBERATION FRONT ATTACKED A POWER"


@pytest.mark.parametrize("text, first_word, expected", [
    ("Headline without stop\n\nBody text starts here.", "Body", True),
    ("Short title\nBody text.", "Body", True),
    ("This sentence ends properly with a full stop at the end.\nNext one.", "Next", True),
    (f"{LONG}\nSTATION IN THE EAST.", "STATION", False),  # hard-wrapped: the line goes on
    (f"{LONG}\n\nNEW PARAGRAPH.", "NEW", True),  # a blank line always ends it
])
def test_paragraphs_line_breaks(text, first_word, expected):
    nlp = English()
    doc = ParagraphBoundaries()(nlp.make_doc(text))
    token = next(t for t in doc if t.text == first_word)
    assert token.is_sent_start is expected
