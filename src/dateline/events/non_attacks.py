"""Tell harm words that report no attack: a blast that names neither device nor target, a
sound that was heard, harm done only to abstractions.

Split out of `genericity` (which calls these from `is_generic`): each test reads one trigger
token's own phrase. The cue words live in `data/genericity.yaml` (`blast_words`, `devices`,
`figurative_subjects`, `perception_verbs`, `sound_nouns`, `figurative_objects`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.generic_cues import anchored, cues, victims


def unspecified_blast(main: Token) -> bool:
    """"the blasts were very loud", "an explosion occurred", "the crisis exploded": a blast
    that names no device and hits nothing tells neither the nature of the attack nor its
    target. "A bomb exploded", "the bomb explosion", "the explosion destroyed the pipeline" or
    "the explosion at the market" do."""
    c = cues()
    if main.lemma_.lower() not in c.blast_words:
        return False
    subjects = [main.head if main.dep_ == "relcl" and t.tag_ in {"WDT", "WP"} else t
                for t in main.children if t.dep_ in {"nsubj", "nsubjpass"}]  # "the crisis that exploded"
    if any(t.lemma_.lower() in c.figurative_subjects for t in subjects):
        return True  # "the political crisis exploded"
    if main.pos_ == "VERB" and any(t.dep_ == "nsubjpass" for t in subjects):
        return False  # "two bank branches were blown up": what was hit is named
    if any(ch.dep_ == "nummod" for ch in main.children):
        return False  # "five blasts were heard": counted blasts are particular ones
    tok = main
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "fighting and explosions continued"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        return False  # "nine people were hurt in the explosion"
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else main
    scope = list(main.subtree) + [t for s in subjects for t in s.subtree] + (
        list(verb.subtree) if verb is not main else [])
    if any(t.lemma_.lower() in c.devices or t.lower_ in c.devices for t in scope):
        return False  # "a bomb set off the explosion"
    temporal = {"when", "while", "after", "before", "until"}
    if verb.dep_ == "relcl" or (verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in temporal for c in verb.children)):
        return False  # "staff were inside the bank when the blast happened"
    return not any(anchored(t) or any(ch.dep_ == "dobj" for ch in t.children) for t in (main, tok, verb))


def perceived(main: Token) -> bool:
    """"explosions were heard", "the rattle of rifles could be heard", "the shots that were
    heard", "explosions heard last night": a sound reported, with no act, attacker or target
    behind it yet. Counted or named blasts ("five blasts", "bomb blasts were heard")
    are reports of particular ones."""
    if any(c.dep_ in {"nummod", "compound"} for c in main.children):
        return False
    tok, hearing = main, cues().perception_verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in cues().sounds:
        tok = tok.head.head
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in hearing for c in tok.children):
        return True  # "the gunfire that is heard", "explosions heard last night"
    return tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_.lower() in hearing


def figurative(main: Token) -> bool:
    """"destroyed the legitimacy of the government", "the destruction of democracy", "wiped
    out the peace process": harm whose every object is abstract is a figure of speech."""
    found = victims(main)
    return bool(found) and all(v.lemma_.lower() in cues().figurative_objects
                               or v.lower_ in cues().figurative_objects for v in found)
