"""Hand-built parses for the events tests (no model): rows of (word, head, dep, pos, lemma)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions

VOCAB = spacy.blank("en").vocab
TAGS = {"VERB": "VBD", "NOUN": "NN", "PROPN": "NNP", "DET": "DT", "ADP": "IN", "PUNCT": ".",
        "AUX": "VBD", "PART": "TO", "CCONJ": "CC", "NUM": "CD", "ADJ": "JJ", "PRON": "PRP", "ADV": "RB"}


def build(rows: list[tuple[str, int, str, str, str]], ents: tuple = (), tags: dict[int, str] | None = None) -> Doc:
    """A parsed Doc from rows; `ents` are (start, end, label); `tags` override fine tags."""
    register_extensions()
    words, heads, deps, pos, lemmas = (list(col) for col in zip(*rows))
    fine = [TAGS.get(p, "NN") for p in pos]
    for i, tag in (tags or {}).items():
        fine[i] = tag
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=fine)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents]
    return doc


def sentence(text: str) -> list[tuple[str, int, str, str, str]]:
    """Rows from "word/head/dep/POS/lemma" items separated by spaces (head is an index)."""
    rows = []
    for item in text.split():
        word, head, dep, pos, lemma = item.split("/")
        rows.append((word, int(head), dep, pos, lemma))
    return rows


# "Islamic State captured the towns of Sinjar and Zumar"
CAPTURE_TOWNS = sentence(
    "Islamic/1/compound/PROPN/Islamic State/2/nsubj/PROPN/State captured/2/ROOT/VERB/capture "
    "the/4/det/DET/the towns/2/dobj/NOUN/town of/4/prep/ADP/of Sinjar/5/pobj/PROPN/Sinjar "
    "and/6/cc/CCONJ/and Zumar/6/conj/PROPN/Zumar")
# "Police detained two suspects"
DETAINED = sentence(
    "Police/1/nsubj/NOUN/police detained/1/ROOT/VERB/detain two/3/nummod/NUM/two "
    "suspects/1/dobj/NOUN/suspect")
# "Rebels launched an attack on the base"
LAUNCHED_ATTACK = sentence(
    "Rebels/1/nsubj/NOUN/rebel launched/1/ROOT/VERB/launch an/3/det/DET/an attack/1/dobj/NOUN/attack "
    "on/3/prep/ADP/on the/6/det/DET/the base/4/pobj/NOUN/base")
# "Sign up for our newsletter"
SIGN_UP = sentence(
    "Sign/0/ROOT/VERB/sign up/0/prt/ADP/up for/0/prep/ADP/for our/4/poss/PRON/our "
    "newsletter/2/pobj/NOUN/newsletter")
# "They left in protest"
IN_PROTEST = sentence(
    "They/1/nsubj/PRON/they left/1/ROOT/VERB/leave in/1/prep/ADP/in protest/2/pobj/NOUN/protest")
# "The army signed an agreement"
SIGNED_AGREEMENT = sentence(
    "The/1/det/DET/the army/2/nsubj/NOUN/army signed/2/ROOT/VERB/sign an/4/det/DET/an "
    "agreement/2/dobj/NOUN/agreement")
# "Troops seized weapons"
SEIZED_WEAPONS = sentence(
    "Troops/1/nsubj/NOUN/troop seized/1/ROOT/VERB/seize weapons/1/dobj/NOUN/weapon")
# "US air strikes hit Raqqa"
AIR_STRIKES = sentence(
    "US/2/compound/PROPN/US air/2/compound/NOUN/air strikes/3/nsubj/NOUN/strike "
    "hit/3/ROOT/VERB/hit Raqqa/3/dobj/PROPN/Raqqa")
# "Mosul was taken over by the fighters"
TAKEN_OVER = sentence(
    "Mosul/2/nsubjpass/PROPN/Mosul was/2/auxpass/AUX/be taken/2/ROOT/VERB/take over/2/prt/ADP/over "
    "by/2/agent/ADP/by the/6/det/DET/the fighters/4/pobj/NOUN/fighter")
# "Maliki ordered the air force to help the Kurds"
ORDERED_HELP = sentence(
    "Maliki/1/nsubj/PROPN/Maliki ordered/1/ROOT/VERB/order the/4/det/DET/the air/4/compound/NOUN/air "
    "force/1/dobj/NOUN/force to/6/aux/PART/to help/1/xcomp/VERB/help the/8/det/DET/the "
    "Kurds/6/dobj/PROPN/Kurds")
# "25 fighters were killed in clashes with IS"
KILLED_IN_CLASHES = sentence(
    "25/1/nummod/NUM/25 fighters/3/nsubjpass/NOUN/fighter were/3/auxpass/AUX/be "
    "killed/3/ROOT/VERB/kill in/3/prep/ADP/in clashes/4/pobj/NOUN/clash with/5/prep/ADP/with "
    "IS/6/pobj/PROPN/IS")
# "The minister threatened to attack the town"
THREATENED_ATTACK = sentence(
    "The/1/det/DET/the minister/2/nsubj/NOUN/minister threatened/2/ROOT/VERB/threaten "
    "to/4/aux/PART/to attack/2/xcomp/VERB/attack the/6/det/DET/the town/4/dobj/NOUN/town")
# "Officials said on Monday that IS seized Mosul in June"
SEIZED_IN_JUNE = sentence(
    "Officials/1/nsubj/NOUN/official said/1/ROOT/VERB/say on/1/prep/ADP/on Monday/2/pobj/PROPN/Monday "
    "that/6/mark/SCONJ/that IS/6/nsubj/PROPN/IS seized/1/ccomp/VERB/seize Mosul/6/dobj/PROPN/Mosul "
    "in/6/prep/ADP/in June/8/pobj/PROPN/June")
# "Officials said on Monday that IS seized Mosul"
SEIZED_UNDATED = sentence(
    "Officials/1/nsubj/NOUN/official said/1/ROOT/VERB/say on/1/prep/ADP/on Monday/2/pobj/PROPN/Monday "
    "that/6/mark/SCONJ/that IS/6/nsubj/PROPN/IS seized/1/ccomp/VERB/seize Mosul/6/dobj/PROPN/Mosul")
# "Displaced since June , they fled"  (a period opener dates nothing)
SINCE_JUNE = sentence(
    "Rebels/1/nsubj/NOUN/rebel attacked/1/ROOT/VERB/attack Homs/1/dobj/PROPN/Homs "
    "since/1/prep/ADP/since June/3/pobj/PROPN/June")
# "For Immediate Release", the NER reading "Immediate Release" as an ORG
IMMEDIATE_RELEASE = sentence(
    "For/0/ROOT/ADP/for Immediate/2/amod/PROPN/Immediate Release/0/pobj/PROPN/release")
# "The group released a video"
RELEASED_VIDEO = sentence(
    "The/1/det/DET/the group/2/nsubj/NOUN/group released/2/ROOT/VERB/release a/4/det/DET/a "
    "video/2/dobj/NOUN/video")
# "The rebels released three hostages"
RELEASED_HOSTAGES = sentence(
    "The/1/det/DET/the rebels/2/nsubj/NOUN/rebel released/2/ROOT/VERB/release three/4/nummod/NUM/three "
    "hostages/2/dobj/NOUN/hostage")
