"""Every Dateline spaCy component, registered under a versioned name in one place.

Each factory imports its implementation lazily, so importing `dateline` loads no model and no
data. The order the components run in is data: see `data/pipeline.cfg`.
"""

from __future__ import annotations

from spacy.language import Language


@Language.factory(
    "dateline_paragraphs_v1",
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str):
    """Paragraph breaks are sentence breaks, so a headline never merges into the lede."""
    from dateline.nlp.paragraphs import ParagraphBoundaries

    return ParagraphBoundaries()


@Language.factory(
    "dateline_actors_v1",
    requires=["doc.ents", "token.dep"],
    assigns=["doc.spans"],
)
def make_actors(nlp: Language, name: str):
    from dateline.mentions.actors import ActorTagger

    return ActorTagger(nlp)


@Language.factory(
    "dateline_places_v1",
    requires=["doc.ents", "token.dep"],
    assigns=["doc.spans"],
)
def make_places(nlp: Language, name: str):
    from dateline.mentions.places import PlaceTagger

    return PlaceTagger(nlp)


@Language.factory(
    "dateline_dates_v1",
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str):
    from dateline.mentions.dates import DateTagger

    return DateTagger(nlp)


@Language.factory(
    "dateline_counts_v1",
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc.spans"],
)
def make_counts(nlp: Language, name: str):
    from dateline.mentions.counts import CountTagger

    return CountTagger(nlp)


@Language.factory(
    "dateline_headlines_v1",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.dep", "token.pos", "token.head"],
)
def make_headlines(nlp: Language, name: str):
    """Headline verbs the tagger read as nouns become verbs again before triggers are found."""
    from dateline.events.headline import HeadlineReader

    return HeadlineReader()


@Language.factory(
    "dateline_events_v1",
    requires=["doc.spans", "token.dep", "token.lemma"],
    assigns=["doc._.events", "doc._.event_triggers"],
)
def make_events(nlp: Language, name: str):
    from dateline.events.assemble import EventExtractor

    return EventExtractor(nlp)
