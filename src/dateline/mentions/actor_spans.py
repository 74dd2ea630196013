"""Where an actor name stands in its sentence: a place use, a locative object, a word that only
looks like an acronym, a part of a longer name, the country a document is mostly about, and
which country a titled person may take from the text around them.

Questions `actors.ActorTagger` asks of a lexicon match or a noun head before it reads the match
as an actor; kept apart from the tagger so that each module stays one job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from dateline.mentions.actor_lexicon import INTERNATIONAL_CODES, Form, lexicon, normalise
from dateline.mentions.actor_names import weapon_word, word_acronyms

__all__ = ["LOCATIVE_PREPS", "RECIPIENT_PREPS", "context_country", "inside_longer_org", "is_locative",
           "is_place", "is_place_use", "part_of_longer_name", "person_context", "preposition", "shouted_word"]

LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "around", "throughout", "inside", "outside",
                            "into", "from", "to", "toward", "towards", "of", "on", "within", "via", "through"})
RECIPIENT_PREPS = frozenset({"to", "from", "with", "against"})
PLACE_ROLES = ("name", "metonym")


def shouted_word(form: Form, span: Span) -> bool:
    """An all-capital acronym that is a word here: in an all-capital sentence the tagger reads it
    as an ordinary word ("A CAR BOMB", "IT IS BELIEVED"), or it names the weapon that follows
    ("CAR bomb", as wire copy restored to mixed case keeps it): case cannot tell the acronym
    from the word there, so the word reading wins; so does an acronym that spells an everyday
    word ("A STOLEN CAR", `word_acronyms`), whatever the tagger calls it."""
    if not form.exact:
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    role = lexicon().roles.get(normalise(after.lemma_)) if after is not None else None
    if role is not None and weapon_word(form, normalise(span.text).split(), role):
        return True
    if any(ch.islower() for ch in span.sent.text):
        return False
    return any(t.pos_ != "PROPN" or t.text in word_acronyms() for t in span if t.is_alpha)


def part_of_longer_name(span: Span) -> bool:
    """"Abbas" inside "Abbas Araghchi" is somebody else."""
    return any(e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end and len(e) > len(span)
               for e in span.doc.ents)


def is_place_use(span: Span) -> bool:
    """"in Syria", "to Baghdad": a country or capital used as a place, not as an actor."""
    form = span._.actor_form
    if form is None or form.role not in PLACE_ROLES:
        return False
    if form.role == "name" and (form.entry.kind != "state" or form.entry.sector != ("GOV",)):
        return False
    if span.root.dep_ in ("compound", "amod", "nmod"):
        return True
    if form.role == "name" and preposition(span.root) in RECIPIENT_PREPS:
        return False
    return is_locative(span.root)


def preposition(token: Token) -> str:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.head.lower_ if token.dep_ == "pobj" else ""


def is_locative(token: Token) -> bool:
    """The object (or a conjunct of the object) of a place preposition: "in Mosul and Tikrit"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def is_place(token: Token) -> bool:
    """Tagged as a place by the places stage (when it ran first)."""
    places = token.doc.spans.get("places", [])
    return any(p.start <= token.i < p.end for p in places)


def inside_longer_org(match: Span) -> bool:
    """"Al Jazeera America": a lexicon name inside a longer organisation name is not that actor."""
    ents = [e for e in match.doc.ents if e.start <= match.start and match.end <= e.end]
    return any(e.label_ == "ORG" and len(e) > len(match) for e in ents)


def _country_votes(doc: Doc, matches: list[Span], skip: AbstractSet[str] = frozenset(),
                   lede: bool = True) -> str | None:
    """The country most of `matches` name (a state twice a group or people; with `lede`, the
    headline and lede count double) and the places' focus country, `skip` left out."""
    counts: Counter[str] = Counter()
    for span in matches:
        form = span._.actor_form
        country = form.entry.country
        if country and len(country) == 3 and country not in INTERNATIONAL_CODES and country not in skip:
            weight = 2 if form.entry.kind == "state" else 1
            counts[country] += weight * (2 if lede and span.start_char < 600 else 1)
    if doc._.focus_country and doc._.focus_country not in skip:
        counts[doc._.focus_country] += 3
    return counts.most_common(1)[0][0] if counts else None


def context_country(doc: Doc, matches: list[Span]) -> str | None:
    """The country the document is mostly about (headline and lede count double)."""
    return _country_votes(doc, matches)


PERSON_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PARTY_DEPS = frozenset({"dobj", "dative", "nsubj", "nsubjpass", "agent", "attr"})
PARTY_PREPS = frozenset({"against", "on", "with", "toward", "towards", "at", "from", "by"})


def person_context(head: Token, matches: list[Span], context: str | None) -> str | None:
    """The country a titled person with no nationality of their own may take from the text.

    A state named as the other party of the person's clause ("President Bush threatened action
    against Russia", "Moscow accused President X") is whom the person deals with, evidence that
    the person is not of that state. A document of one sentence has no context beyond that
    sentence: its countries count, save such a state, else the person's country stays unknown
    rather than wrong; a longer document keeps its context unless the other party is that state.
    """
    doc = head.doc
    other = _other_party(head)
    sent = head.sent
    inside = [m for m in matches if sent.start <= m.start < sent.end and not (m.start <= head.i < m.end)]
    acted_on = {m._.actor_form.entry.country for m in inside if m.start in other and _party_state(m)}
    if sent.start > 0 or sent.end < len(doc):  # more than one sentence
        return None if context in acted_on else context
    return _country_votes(doc, inside, skip=acted_on, lede=False)


def _party_state(span: Span) -> bool:
    """A state that is an argument of the clause ("threatened Russia", "action against Moscow",
    "sanctions on the Russian government"), not a place ("returning to Tajikistan"), an owner
    ("Haiti's elections") or a nationality of people ("Kenyan opposition candidates"): who acts
    on a state's people, groups or places is most often of that state, who acts on the state is not."""
    form = span._.actor_form
    if form.entry.kind != "state" or form.role not in ("name", "metonym", "adjective"):
        return False
    token = span.root
    if form.role == "adjective" or token.dep_ in ("poss", "compound", "amod", "nmod"):
        organ = token.dep_ in ("amod", "compound", "poss", "nmod") and _state_organ(token.head)
        if not organ:  # "Haiti's elections", "Ugandan candidates": its people and things
            return False
        token = token.head
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in PARTY_PREPS
    return token.dep_ in PARTY_DEPS


def _state_organ(token: Token) -> bool:
    """"government", "foreign ministry", "troops": a noun for an organ of a state."""
    words = [normalise(t.text) for t in token.subtree if t.i <= token.i and t.dep_ != "poss"]
    roles = lexicon().roles
    return any(getattr(roles.get(" ".join(words[i:])), "kind", None) == "state" for i in range(len(words)))


def _other_party(head: Token) -> set[int]:
    """Token indices of the other side of the clause a person stands in: what the verb governs
    besides the subject when the person is (in) the subject, else the verb's subject."""
    token = head
    while token.dep_ not in PERSON_SUBJECT_DEPS and token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    if token.dep_ in PERSON_SUBJECT_DEPS:
        verb = token.head
        return {t.i for t in verb.subtree} - {t.i for t in token.subtree}
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return set()
    return {t.i for c in verb.children if c.dep_ in PERSON_SUBJECT_DEPS for t in c.subtree}

