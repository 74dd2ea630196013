"""Claims of responsibility: the party an attack is credited to ("an attack claimed by X").

News reports name a perpetrator through the claim (or an accusation: `accusations`) when
nobody else does: "in an attack claimed by al-Shabaab", "X claimed responsibility for the
bombing". The claimant is the attack's source actor (as ACLED and the MUC templates code
it); the attack itself stays as reported, since the claim is about who did it, not whether it
happened. The words are the `claim_verbs` and
`credit_nouns` of data/modality.yaml (which the modality reader uses for the same cues) and
its `owning_verbs`; a denial ("denied responsibility for") credits no one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.events import arguments as args
from dateline.events.accusations import accusations
from dateline.events.coref import UNNAMED_ARMED
from dateline.events.perpetrators import share_perpetrator
from dateline.mentions.modality import cues
from dateline.records import Event


def _claim_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(claim verbs, credit nouns, verbs owning an act through a credit noun): the modality
    reader's own lists (`modality.cues`)."""
    c = cues()
    return c.claim, c.credit_nouns, c.owning


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def claimants(noun: Token) -> list[Token]:
    """Heads of the parties an event noun is credited to: the "by" phrase of a claim verb
    modifying it ("an attack claimed by X", "the attack, which was claimed by X"), or the
    agent of a claim verb taking it as object ("X claimed the attack", "the attack was claimed
    by X"). Empty when no claim names anyone. ("X claimed responsibility for the attack":
    see `credit_claims`.)"""
    verbs = _claim_words()[0]
    for child in noun.children:
        if child.dep_ in {"acl", "relcl"} and _lemma(child) in verbs:
            found = [p for agent in child.children if agent.dep_ == "agent"
                     for p in agent.children if p.dep_ == "pobj"]
            if found:
                return found
    if noun.dep_ in {"dobj", "nsubjpass"} and _lemma(noun.head) in verbs:
        return args.verb_agents(noun.head)  # "X claimed the attack", "the attack was claimed by X"
    return []


def credit_claims(doc: Doc) -> list[tuple[Token, list[Token]]]:
    """(event noun, claimant heads) for each claim of responsibility ("X claimed
    responsibility for the attack", "took credit for the bombing"). The trigger lexicon reads
    a noun under "responsibility for" as a reference, not a report, so these make no event of
    their own: they name who did one told already."""
    _, credits, owning = _claim_words()
    out = []
    for tok in doc:
        if _lemma(tok) not in credits or tok.dep_ != "dobj" or _lemma(tok.head) not in owning:
            continue
        # "for" hangs on the noun or, as the parser often has it, on the verb
        for prep in list(tok.children) + list(tok.head.children):
            if prep.dep_ == "prep" and prep.lower_ == "for":
                # the act as a noun or a gerund ("responsibility for detonating a bomb")
                nouns = [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
                heads = args.verb_agents(tok.head)
                if nouns and heads:
                    out.append((nouns[0], heads))
    return out


def _unowned_means(text: str) -> bool:
    """An actor known only by the weapon that struck ("Airstrikes", "the warplanes"): its
    owner was inferred, not named, so a claim or attribution may name it."""
    from dateline.events.triggers import load_lexicon

    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    if not words or any(w[:1].isupper() for w in words[:-1]):
        return False  # "Russian warplanes" names the owner
    last = words[-1].lower()
    means = load_lexicon().state_instruments
    return last in means or last.rstrip("s") in means or " ".join(w.lower() for w in words) in means


def attach_claimants(doc: Doc, events: list[Event]) -> None:
    """Give the attack a claim of responsibility is about its perpetrator: the nearest attack
    told at or before the claim's sentence, when no party of its own was found (a claim never
    overrides a perpetrator the text names; "gunmen" and an inferred side name none).
    Accusations and attributions ("police blamed X for the attack", `accusations`) name a
    perpetrator the same way. Then the attacks still without a doer take the one armed group
    the document names as the doer of its others (`perpetrators.share_perpetrator`). Adds no
    event, removes none."""
    for noun, heads in credit_claims(doc) + accusations(doc):
        claimants_ = args.actors_of(doc, heads)
        end = noun.sent.end_char
        told = [e for e in events if e.type == "ASSAULT" and e.evidence
                and min(ev.start for ev in e.evidence) < end]
        if not claimants_ or not told:
            continue
        target = max(told, key=lambda e: max(ev.start for ev in e.evidence if ev.start < end))
        # "gunmen" do not say who, nor does a side inferred without a mention (empty text:
        # "airstrikes" in Syria read as the Syrian air force's)
        if all(a.name in UNNAMED_ARMED or not a.text or _unowned_means(a.text) for a in target.actors):
            target.actors = claimants_
            names = {a.name.lower() for a in claimants_}
            target.recipients = [r for r in target.recipients if r.name.lower() not in names]
    share_perpetrator(events, [(span._.actor, span.start_char) for span in doc.spans.get("actors", [])
                               if span._.actor is not None])
