"""Running totals: whether a count mention sums many incidents ("500,000 displaced since
June", "bringing the total to 1.4 million", "detaining scores of suspects over the past
month") rather than giving one event's figure."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.mentions.count_lexicon import count_lexicon


def _clause_text(trigger: Token, keep: Token, skip: tuple[int, int]) -> str:
    """Lower-case text of the trigger's clause (not its conjoined or reported clauses), minus
    the number phrase itself, padded with spaces for whole-word matching."""
    root = trigger
    while root.pos_ not in ("VERB", "AUX") and root.head.i != root.i:
        root = root.head
    # a subjectless participle shares its governor's time frame ("ran nine raids
    # over the last fortnight, holding dozens of men")
    while (root.dep_ in ("advcl", "xcomp") and root.head.i != root.i
           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)):
        root = root.head
    excluded: set[int] = set()
    for child in root.children:
        if child.dep_ in ("conj", "ccomp", "parataxis", "advcl") and keep not in child.subtree:
            excluded.update(t.i for t in child.subtree)
    words = [t.lower_ for t in root.subtree
             if t.i not in excluded and not skip[0] <= t.i < skip[1]]
    return " " + " ".join(words) + " "


def _present_perfect(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in tok.children)


def running_total(trigger: Token, keep: Token, skip: tuple[int, int], kind: str | None) -> bool:
    """A cumulative cue in the clause of the count's trigger (`keep`: a token of the count,
    whose own branch stays; `skip`: the number phrase), or displacement told in the present
    perfect ("the offensive has caused tens of thousands to flee")."""
    text = _clause_text(trigger, keep, skip)
    if any(f" {cue} " in text for cue in count_lexicon().aggregate_cues):
        return True
    if kind == "displaced":
        return _standing(trigger) or any(_present_perfect(t) for t in [trigger, *list(trigger.ancestors)[:2]])
    return False


def _standing(trigger: Token) -> bool:
    """"camps where more than a million displaced Syrians live": people described as
    displaced, told in the present, are a standing population, not one event's flight
    ("10,000 displaced people arrived in Goma on Friday" reports one)."""
    if trigger.dep_ != "amod":
        return False
    verb = trigger.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBP", "VBZ")
