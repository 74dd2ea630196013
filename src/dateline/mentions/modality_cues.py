"""The cue lists of `data/modality.yaml` that the modality reader (`mentions.modality`) and the
claim and target readers (`events.claims`, `events.targets`) share, loaded once."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dateline.data import load_yaml


@dataclass(frozen=True)
class Cues:
    """`data/modality.yaml`, as sets."""

    reporting: frozenset[str]
    claim: frozenset[str]
    denial: frozenset[str]
    future: frozenset[str]
    future_adjectives: frozenset[str]
    negating: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional: frozenset[str]
    negation: frozenset[str]
    document_nouns: frozenset[str]
    self_pronouns: frozenset[str]
    credit_nouns: frozenset[str]
    party_sectors: frozenset[str]
    implicative: frozenset[str]
    discredit: frozenset[str]
    unrealised: frozenset[str]
    unrealised_adjectives: frozenset[str]
    question_aux: frozenset[str]
    empty_adverbials: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_nouns: frozenset[str]
    involvement_nouns: frozenset[str]
    official_acts: frozenset[str]
    owning: frozenset[str]
    purpose_acts: frozenset[str]
    pending: frozenset[str]
    proposal_nouns: frozenset[str]
    hedges: re.Pattern
    opinion: re.Pattern
    background: re.Pattern


def _phrases(items: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lists of `data/modality.yaml`, read once; the claim and speech lists also serve
    `events.claims` and `events.targets`."""
    data = load_yaml("modality.yaml")
    sets = {key: frozenset(str(v).lower() for v in data[key]) for key in (
        "reporting_verbs", "claim_verbs", "denial_verbs", "future_verbs", "future_adjectives",
        "negating_verbs", "future_aux", "hypothetical_aux", "conditional_marks",
        "negation_words", "document_nouns", "self_pronouns", "credit_nouns",
        "implicative_verbs", "discredit_words", "unrealised_nouns", "unrealised_adjectives",
        "question_aux", "empty_adverbials", "purpose_verbs", "purpose_nouns",
        "involvement_nouns", "official_acts", "owning_verbs", "purpose_acts", "pending_marks",
        "proposal_nouns")}
    return Cues(
        reporting=sets["reporting_verbs"], claim=sets["claim_verbs"], denial=sets["denial_verbs"],
        future=sets["future_verbs"], future_adjectives=sets["future_adjectives"],
        negating=sets["negating_verbs"], future_aux=sets["future_aux"],
        hypothetical_aux=sets["hypothetical_aux"], conditional=sets["conditional_marks"],
        negation=sets["negation_words"], document_nouns=sets["document_nouns"],
        self_pronouns=sets["self_pronouns"], credit_nouns=sets["credit_nouns"],
        party_sectors=frozenset(data["party_sectors"]), implicative=sets["implicative_verbs"],
        discredit=sets["discredit_words"], unrealised=sets["unrealised_nouns"],
        unrealised_adjectives=sets["unrealised_adjectives"], question_aux=sets["question_aux"],
        empty_adverbials=sets["empty_adverbials"], purpose_nouns=sets["purpose_nouns"],
        purpose_verbs=sets["purpose_verbs"], official_acts=sets["official_acts"],
        involvement_nouns=sets["involvement_nouns"], owning=sets["owning_verbs"],
        purpose_acts=sets["purpose_acts"], pending=sets["pending_marks"],
        proposal_nouns=sets["proposal_nouns"],
        hedges=_phrases(data["hedges"]), opinion=_phrases(data["opinion_cues"]),
        background=_phrases(data["background_cues"]),
    )
