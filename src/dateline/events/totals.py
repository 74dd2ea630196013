"""Running totals and summaries: an event mention that counts victims or incidents over a
conflict or a span of time ("the deaths of over 40,000", "hundreds of Peruvians have been
slain", "187 kidnappings", "in the last 5 months 90 people have died violently") rather
than reporting one incident (MUC-3 task definition: "summary descriptions" are not incidents).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.generic_cues import anchored, cues, victims
from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.mentions.numbers import parse_number

TARGET_PREPS = frozenset({"on", "against", "at"})


def tally(main: Token) -> bool:
    """"the deaths of over 40,000 Guatemalans", "50,000 civilians who were slain",
    "hundreds of Peruvians have been slain", "187 kidnappings": a running total over a
    conflict, not one incident."""
    for noun in victims(main):
        figures = [c for c in noun.children if c.dep_ == "nummod"]
        texts = [noun.doc[f.left_edge.i:f.i + 1].text for f in figures] or (
            [noun.text] if noun.like_num or noun.lemma_.lower() in {"thousand", "million"} else [])
        if any((parse_number(t) or 0) >= cues().tally_minimum for t in texts):
            return True
    return False


def multitude(main: Token) -> bool:
    """"hundreds of Peruvians have been slain", "they killed thousands of peasants": victims
    counted only as a vague multitude, with no place or date on the event, are a total over a
    conflict ("troops killed hundreds of villagers in Ocosingo" reports one massacre)."""
    return not anchored(main) and any(_multitude(n) for n in victims(main))


def event_tally(main: Token) -> bool:
    """"187 kidnappings", "detonated over 300 car bombs": events counted beyond one
    incident's, a summary (with an explicit date, "some 30 blasts overnight" is one
    night's wave and stays)."""
    counted = [main] if main.pos_ in {"NOUN", "PROPN"} else [
        c for c in main.children if c.dep_ == "dobj" and c.lemma_.lower() in cues().devices]
    people = count_lexicon().person_nouns  # "11 martyrs" counts victims, not events
    return any(_count(n) >= cues().event_tally_minimum and not _one_target(n)
               and lexicon_lemma(n) not in people for n in counted)


def _one_target(noun: Token) -> bool:
    """"8 raids on the village", "25 barrels on Kafr Nabl": a day's series against one target is one
    wave at that place, not a summary ("212 raids on police stations" still is)."""
    # the target phrase hangs on the noun or, for an object, on its verb ("carried out 10 raids
    # on the town")
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS and any(
        g.dep_ == "pobj" and g.tag_ in {"NN", "NNP"} for g in c.children)
        for holder in holders for c in holder.children)


def _multitude(noun: Token) -> bool:
    """"hundreds of peasants", "scores of thousands": a vague multitude, itself or as its
    "of" phrase."""
    vague = cues().vague_totals
    if noun.lower_ in vague and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in vague for g in c.children)
           for c in noun.children):
        return True  # "tens of thousands of Peruvians"
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in vague


def _count(noun: Token) -> int:
    """The number counting a noun ("187 kidnappings", "over 300 car bombs"), 0 if none."""
    figures = [c for c in noun.children if c.dep_ == "nummod"]
    values = [parse_number(noun.doc[f.left_edge.i:f.i + 1].text) or 0 for f in figures]
    return int(max(values, default=0))


def span_total(main: Token) -> bool:
    """"in the last 5 months, about 90 people have died violently", "in just 5 months the radio
    has counted 187 kidnappings": a perfect tense counting over a span of time."""
    chain = [main]
    while chain[-1].dep_ != "conj" and chain[-1].head.i != chain[-1].i:  # not into a coordinate
        chain.append(chain[-1].head)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for t in chain for c in t.children):
        return False
    c = cues()
    for tok in chain:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in c.span_preps:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in c.span_units and any(
                        m.lower_ in c.span_words or m.dep_ == "nummod" for m in obj.children):
                    return True
    return False


def period_series(main: Token) -> bool:
    """"police made nine sweeps in recent weeks, holding 60 people", "troops staged 14 raids
    in the last month": several acts or victims counted over a stretch of a week or more sum up
    many incidents, in any tense ("killed 30 in the last 24 hours" is one day's wave and stays
    an event)."""
    verb = main if main.pos_ in {"VERB", "AUX"} else main.head
    chain = [verb] + ([verb.head] if verb.dep_ in {"advcl", "xcomp", "conj"} else [])
    if not any(_long_stretch(p) for t in chain for p in t.children if p.dep_ == "prep"):
        return False
    nouns = [c for t in chain for c in t.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    return any(_several(n) for n in nouns + ([main] if main.pos_ == "NOUN" else []))


def _long_stretch(prep: Token) -> bool:
    """"in recent weeks", "in the last two weeks", "during the previous year"."""
    c = cues()
    return prep.lower_ in c.span_preps and any(
        g.dep_ == "pobj" and g.lemma_.lower() in c.series_span_units
        and any(m.lower_ in c.span_words or m.dep_ == "nummod" for m in g.children)
        for g in prep.children)


def _several(noun: Token) -> bool:
    """A plural noun counted as two or more or quantified as several ("14 raids", "numerous
    operations", "scores of suspects")."""
    if noun.tag_ not in {"NNS", "NNPS"} and noun.lower_ not in cues().series_quantifiers:
        return False
    quantifiers = cues().series_quantifiers
    return (_count(noun) >= 2 or noun.lower_ in quantifiers
            or any(c.dep_ in {"amod", "det", "nummod"} and c.lower_ in quantifiers for c in noun.children))


def running_total(main: Token) -> bool:
    """"there have been 7 bombings since the mayor took office", "so far this year five lawyers
    have been shot": a count over a span (a perfect tense with "since", "so far", "to date")."""
    verb = main if main.pos_ in {"VERB", "AUX"} else main.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    for c in verb.subtree:
        if c.lower_ == "since" and (c.dep_ == "mark" or any(
                g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)):
            return True  # "since Borja rose to power", "since 1981" (not "since the attack")
        if c.lower_ in {"far", "date"} and c.i > 0 and c.doc[c.i - 1].lower_ in {"so", "thus", "to"}:
            return True
    return False
