"""Modality and attribution of an event clause: asserted, claimed, denied, future, ...

`modality_for` starts at the event trigger, finds the clause it belongs to (a noun trigger
such as "attack" belongs to the clause of its verb: "denied carrying out the attack") and
walks up the dependency tree through complements ("threatened to attack", "said it had
captured"), reading cues from `data/modality.yaml`. The first cue that changes the status
wins, in this order:
- negated: a negation on the clause ("did not attack", "never", "at no time did we bomb"), an
  empty subject or object ("no one was hurt", "no attack"), a governor that cancels it ("failed
  to capture"), or "without" ("without a shot being fired");
- denied: the clause is the complement of a denial verb ("denied carrying out the attack",
  "denied the report that it is bombing villages", "denied any role in the bombing") or the
  content of a report said to be false ("the report that ... is unfounded", "the reports of
  an attack are false");
- future: a future auxiliary ("will attack"), a plan/threat governor ("threatened to attack",
  "plans to", "vowed to", "is expected to", "is set to");
- hypothetical: a modal auxiliary ("could attack"), a conditional clause ("if they attack"),
  a command ("stop the kidnappings"), a yes/no question ("was he murdered because ...?"), or
  the content of a plan, risk or possibility ("the mission of assassinating the president",
  "the danger of an attack", "a possible attack", "a campaign to destroy the oil depots",
  "were hired to seize the bridge");
- claimed: the clause is reported by a party to the fighting as its own act or unverified:
  a claim verb ("claimed responsibility for the attack", "alleged"), a speaker reporting its
  own action ("IS said it had captured", "the army said it killed 30"), a speaker whose actor
  sector marks an armed non-state party, or a hedge in the sentence or in a short comment
  right after it ("The claim could not be independently verified."); the authorities' own
  report of an arrest or release is a plain report, not a claim;
- asserted otherwise. Plain reports by other sources ("said a spokesman for the community",
  "according to a doctor") stay asserted but name the source in `attributed_to`.

A noun trigger takes its verb's status only as that verb's own argument ("did not carry out
the attack", "threatened attacks"); nested deeper ("vowed revenge for the killing", "no one was
hurt in the attack") it keeps only the attribution, except through "responsibility for" and
the like ("claimed responsibility for the bombing"). Negated claims claim nothing ("nobody
has claimed responsibility").

`attributed_to` is the speaker's short noun phrase without its determiner ("Islamic State
statement", "Kurdish state media", "the provincial governor"), or None when the clause is not
reported or the speaker is only a pronoun. `is_opinion_sentence` flags analysis and opinion
("analysts say", "is likely to") and recalled background ("let us recall") so that the events
engine can skip those sentences.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from dateline.data import load_yaml
from dateline.mentions.modality_cues import Cues, cues
from dateline.mentions.negated_reports import withheld

__all__ = ["Cues", "cues", "is_opinion_sentence", "modality_for"]

_CLIMB = {"xcomp", "ccomp", "conj", "pcomp", "advcl", "prep", "pobj", "dobj", "parataxis",
          "acomp", "oprd", "nsubj", "nsubjpass", "attr", "agent", "appos", "compound"}
_NOUN_UP = {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound", "attr", "appos",
            "conj", "npadvmod", "agent", "amod", "oprd", "pcomp"}
_COMPLEMENTS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "parataxis", "oprd", "acomp",
                "acl"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_ORDER = ("negated", "denied", "future", "hypothetical", "claimed", "asserted")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _clause_verb(trigger: Token) -> Token:
    """The verb whose clause a (noun) trigger belongs to; the trigger itself for verbs."""
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ in _NOUN_UP and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            return trigger  # an adjunct ("hurt in the attack"): the verb's status is not its own
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else trigger


def _is_empty(tok: Token) -> bool:
    """"no one", "nobody", "no casualties": an argument that says nothing happened."""
    low = tok.lower_
    if low in ("nobody", "noone", "nothing", "none"):
        return True
    if low == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _own_status(verb: Token, trigger: Token) -> str | None:
    """Status from the clause's own words: negation, auxiliaries, conditional marks."""
    cue = cues()
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low == "never"):
            return "negated"
        if child.dep_ in _SUBJECTS | {"dobj"} and _is_empty(child):
            return "negated"
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and _is_empty(g)
                                        and _lemma(g) in cue.empty_adverbials for g in child.children):
            return "negated"  # "at no time did we bomb", "in no way" (not "with no end in sight")
    if trigger is not verb and _is_empty(trigger):
        return "negated"
    if _negated_copula(verb):
        return "negated"
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "aux" and low in cue.future_aux:
            return "future"
        if child.dep_ == "aux" and low == "to" and _purpose(verb):
            return "future"
        if child.dep_ == "aux" and low == "to" and any(c.tag_ == "WRB" for c in verb.children):
            return "hypothetical"  # "know how to fight": a skill or a question, not an act
        if child.dep_ == "aux" and low == "to" and verb.dep_ == "csubj":
            return "hypothetical"  # "to shell the villages would be a shameful deed"
        if child.dep_ == "aux" and low == "to" and verb.dep_ == "ROOT":
            # "Rebels to attack the capital" (a headline's future); "To block supplies to
            # the port", "To punish the people" (an aim in a list, a fragment)
            return "future" if any(c.dep_ in _SUBJECTS for c in verb.children) else "hypothetical"
        if child.dep_ == "aux" and low in cue.hypothetical_aux:
            return "hypothetical"
        if child.dep_ == "mark" and low in cue.conditional:
            return "hypothetical"
    return None


def _negated_copula(verb: Token) -> bool:
    """"We are not shelling": a progressive the parser hangs under its auxiliary as the
    attribute of "be" takes the negation that sits on that auxiliary."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("attr", "acomp") or _lemma(head) != "be":
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in head.children)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("came to assassinate", "fired in order to disperse"): what it
    names has not happened, unless the verb above says it did ("went on to seize"). A noun's
    infinitive ("the move to provide support") is left alone: it often names the act itself,
    as does a protest ("stayed home to protest the bill": staying home is the protest)."""
    if _lemma(verb) in cues().purpose_acts:
        return False
    return verb.dep_ == "advcl" and _lemma(verb.head) not in cues().implicative


def _inherits(verb: Token) -> bool:
    """A conjoined verb with no subject or auxiliary of its own shares its head's."""
    return not any(c.dep_ in _SUBJECTS | {"aux", "neg"} for c in verb.children)


def _noun_phrase(tok: Token) -> str | None:
    """The short noun phrase headed by `tok`, without its determiner: "Kurdish state media"."""
    if tok.pos_ == "PRON":
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod")]
    start = min([tok.i] + [c.left_edge.i for c in mods])
    words = [t for t in tok.doc[start : tok.i + 1] if not t.is_punct or t.lower_ in ("-", "'s")]
    while words and words[0].dep_ == "det":
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip()
    return text or None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    for child in verb.children:  # "it was reported by state media"
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in verb.lefts:  # an acronym misread as an auxiliary ("IS said")
        if child.dep_ in ("aux", "auxpass") and child.is_upper and not child.sent.text.isupper():
            return child
    if verb.dep_ == "conj" and verb.head.i != verb.i and _inherits(verb):
        return _subject(verb.head)  # "denied carrying out raids and said its aircraft had ..."
    return None


def _source(subj: Token) -> Token:
    """The party behind a document noun: "a statement by the Islamic State" -> Islamic State."""
    if _lemma(subj) in cues().document_nouns:
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return subj


def _speaker_text(subj: Token) -> str | None:
    source = _source(subj)
    name = _noun_phrase(source)
    if source is not subj and name:
        return f"{name} {subj.lower_}"
    return name


def _according_to(sent: Span) -> Token | None:
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _is_party(speaker: Token) -> bool:
    """The speaker is an armed party by its actor sector (when actors are tagged)."""
    doc = speaker.doc
    for span in doc.spans.get("actors", []):
        if span.start <= speaker.i < span.end and span._.actor is not None:
            return bool(set(span._.actor.sector) & cues().party_sectors)
    return False


def _self_report(verb: Token, speaker: Token) -> bool:
    """The reported clause's agent is the speaker itself ("IS said it had captured")."""
    while verb.dep_ == "conj" and _subject(verb) is None:  # "said it had captured ... and seized"
        verb = verb.head
    subj = _subject(verb)
    if subj is None or subj.dep_ == "agent":
        return False
    source = _source(speaker)
    if subj.lower_ in cues().self_pronouns or _lemma(subj) in (_lemma(source), _lemma(speaker)):
        return True
    if any(c.dep_ == "poss" and c.lower_ in cues().self_pronouns for c in subj.children):
        return True  # "the ministry said its aircraft had struck", "its fighters had killed"
    return _same_actor(source, subj)


def _same_actor(a: Token, b: Token) -> bool:
    """Both tokens name the same actor, by the actors stage ("Kurdish state media" and
    "peshmerga units" when both resolve to the Kurdish side)."""
    from dateline.mentions.actors import actor_for

    doc = a.doc
    first, second = actor_for(doc, a), actor_for(doc, b)
    return first is not None and second is not None and first.name == second.name


def _governor_status(gov: Token, rel: str, child: Token) -> str | None:
    """Status a governing word gives its complement ("threatened to", "failed to", "denied")."""
    cue = cues()
    lemma = _lemma(gov)
    if rel not in _COMPLEMENTS:
        return None
    if lemma in cue.negating:
        return "negated"
    if lemma in cue.denial:
        return None if _condemned(lemma, rel, child) or _authorship(child) else "denied"
    if lemma in cue.future or (rel == "xcomp" and gov.lower_ in cue.future_adjectives):
        return "future"
    purpose = (rel == "acl" and gov.pos_ == "NOUN" and lemma in cue.purpose_nouns) or (
        rel == "xcomp" and lemma in cue.purpose_verbs)
    if purpose and _to_infinitive(child):
        return "hypothetical"  # "a campaign to destroy the oil depots", "were hired to storm"
    if lemma == "go" and gov.tag_ == "VBG" and rel == "xcomp":
        return "future"
    if rel == "xcomp" or (rel == "ccomp" and _to_infinitive(child)):
        # "they will not allow the rebels to rearm and strike": an infinitive under the
        # governor's object (parsed as its clause) has the governor's status
        return _own_status(gov, gov)
    return None


@functools.lru_cache(maxsize=1)
def _repudiations() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load_yaml("modality.yaml")["repudiation_verbs"])


def _condemned(lemma: str, rel: str, child: Token) -> bool:
    """"rejected the murder of the senator", "repudiated the attack on the paper": a refusal
    verb whose direct object is the violent act itself condemns it, which takes for granted
    that it happened; "rejected the report that troops killed civilians" still denies it."""
    sense = child._.trigger
    return (lemma in _repudiations() and rel == "dobj" and child.pos_ in {"NOUN", "PROPN"}
            and getattr(sense, "type", None) == "ASSAULT")


@functools.lru_cache(maxsize=1)
def _authors() -> frozenset[str]:
    return frozenset(str(v).lower() for v in load_yaml("modality.yaml")["authorship_verbs"])


def _authorship(child: Token) -> bool:
    """"denied having carried out the attack", "denied ordering the massacre": the denied clause
    is who did a violent act named as its object; the act itself is taken as known."""
    if child.lemma_.lower() not in _authors() or child.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and getattr(c._.trigger, "type", None) == "ASSAULT"
               for c in child.children)


def _before_saying(rel: str, child: Token) -> bool:
    """"after the assassination of ten labour leaders the rebels announced ...": a time adjunct
    of a reporting verb tells what came before the statement, not what the statement says."""
    return rel == "prep" and child.lower_ in {"after", "following", "since", "before"}


def _negated_manner(gov: Token, rel: str) -> bool:
    """"calmly and not by firing on the crowd", "not with bombs": a preposition
    its own "not" negates rules out the act it introduces as the way something is done."""
    return rel in {"pcomp", "pobj"} and gov.dep_ == "prep" and any(
        c.dep_ == "neg" for c in gov.children)


def _hedged(sent: Span) -> bool:
    """A hedge in the sentence, or in a short next sentence that comments on it ("The claim
    could not be independently verified.")."""
    hedges = cues().hedges
    if hedges.search(sent.text.lower()):
        return True
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    return len(following) <= 20 and bool(hedges.search(following.text.lower()))


def _to_infinitive(tok: Token) -> bool:
    """A "to" infinitive ("to destroy"), as opposed to a that-clause or a gerund."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _that_clause(tok: Token) -> bool:
    """An adverbial clause opened by a bare "that" is a misparsed content clause ("denied the
    report that it is bombing villages"); "so that", "now that" open true adverbials."""
    first = tok.left_edge  # the parser may hang "that" on an auxiliary ("that it is bombing")
    if first.dep_ != "mark" or first.lower_ != "that":
        return False
    before = tok.doc[first.i - 1].lower_ if first.i > 0 else ""
    return before not in ("so", "now", "such", "given", "except", "provided", "in")


def _infinitive_acl(tok: Token) -> bool:
    """"plans to bomb", "threats to attack": a noun's infinitive complement; "the report that
    ... was wounded": a noun's content clause."""
    return tok.dep_ == "acl" and any((c.dep_ == "aux" and c.lower_ == "to") or (
        c.dep_ == "mark" and c.lower_ == "that") for c in tok.children)


def _steps(trigger: Token, verb: Token) -> tuple[list[tuple[Token, str, Token]], bool]:
    """The governors above the clause, each with the relation it governs it by, and whether
    a noun trigger is the verb's own argument ("carried out the attack") rather than nested
    deeper ("vowed revenge for the killing"), where the verb's status is not the event's."""
    is_verb = trigger.pos_ in ("VERB", "AUX") or any(  # "it is bombing" tagged as a noun
        c.dep_ in _SUBJECTS | {"aux"} for c in trigger.children)
    direct = is_verb or (verb is not trigger and trigger.head.i == verb.i)
    steps: list[tuple[Token, str, Token]] = []
    if verb is not trigger:
        path = [t for t in trigger.ancestors if t.i != verb.i and verb in t.ancestors]
        owning = cues().credit_nouns | cues().involvement_nouns
        if direct or any(_lemma(t) in owning for t in path):
            steps.append((verb, "dobj", trigger))
    cur = verb
    while (cur.dep_ in _CLIMB or _infinitive_acl(cur)) and cur.head.i != cur.i and len(steps) < 12:
        steps.append((cur.head, cur.dep_, cur))
        cur = cur.head
    return steps, direct


def _imperative(verb: Token) -> bool:
    """A command ("Stop the kidnappings", "release all prisoners"): a base-form verb with no
    subject, auxiliary or marker heading its sentence, or coordinated with such a verb."""
    while True:
        if verb.tag_ != "VB" or any(c.dep_ in _SUBJECTS | {"aux", "auxpass", "mark", "expl"}
                                    for c in verb.children):
            return False
        if verb.dep_ in {"ROOT", "parataxis"}:
            return True
        if verb.dep_ not in {"conj", "ccomp", "advcl"} or verb.head.i == verb.i:
            return False
        verb = verb.head


def _discredited(gov: Token, rel: str | Token) -> bool:
    """"the report that ... is unfounded", "the reports of an attack are false": the clause's
    carrier (or, given a token, a noun inside the verb's subject) is the subject of a verb
    whose complement discredits it."""
    if isinstance(rel, Token):
        subject = next((c for c in gov.children if c.dep_ in _SUBJECTS), None)
        if subject is None or rel not in subject.subtree:
            return False
        rel = subject.dep_
    return rel in _SUBJECTS and any(
        c.dep_ in {"acomp", "attr"} and _lemma(c) in cues().discredit for c in gov.children)


def _yes_no_question(sent: Span) -> bool:
    """"Was he murdered because he was a communist?": a question opened by an auxiliary asks
    whether something happened; a wh-question ("who killed him?") presupposes it did."""
    words = [t for t in sent if not t.is_punct and not t.is_space and t.text not in ("[", "]")]
    text = sent.text.rstrip()
    return bool(words) and text.endswith("?") and words[0].lower_ in cues().question_aux


def _unrealised(trigger: Token) -> str | None:
    """"without a shot being fired" (negated); "the mission of assassinating the president",
    "the danger of an attack", "a possible attack" (hypothetical): an event named as the content
    of a plan, risk or possibility. A definite event ("the purpose of the kidnapping") did
    happen."""
    if any(c.dep_ == "amod" and c.lower_ in cues().unrealised_adjectives for c in trigger.children):
        return "hypothetical"  # "a possible attack on the president"
    if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in trigger.children):
        return None
    tok = trigger
    for _ in range(6):
        head = tok.head
        if tok.dep_ not in {"pobj", "pcomp", "prep", "acl"} or head.i == tok.i:
            return None
        if head.lower_ == "without" and tok.dep_ in {"pobj", "pcomp"}:
            return "negated"
        if tok.dep_ in {"prep", "acl"} and head.pos_ == "NOUN" and _lemma(head) in cues().unrealised:
            return "hypothetical"
        if tok.dep_ == "prep" and _purpose_infinitive(head):
            return "future"  # "gunners sent to participate in night raids": the aim, not the act
        tok = head
    return None


def _purpose_infinitive(verb: Token) -> bool:
    """A "to" infinitive of purpose ("are here to participate", "came to take part"): an
    event its preposition introduces is what the clause aims at, not what happened."""
    return (verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and _purpose(verb))


def modality_for(trigger: Token) -> tuple[str, str | None]:
    """(modality, attributed_to) for the clause headed by `trigger`."""
    cue = cues()
    verb = _clause_verb(trigger)
    steps, direct = _steps(trigger, verb)
    says = cue.reporting | cue.claim | cue.denial
    statuses: set[str] = set()
    if direct and not (verb is not trigger and _lemma(verb) in says):
        statuses.update(s for s in [_own_status(verb, trigger)] if s)
    elif _is_empty(trigger):
        statuses.add("negated")
    if trigger.dep_ == "acl" and _is_empty(trigger.head) and not getattr(trigger._.trigger, "casualty", None):
        statuses.add("negated")  # "there are no journalists being held" ("no one killed" is a toll)
    speaker: Token | None = None
    subordinate = not direct
    if _imperative(verb) or (trigger.pos_ == "VERB" and _yes_no_question(trigger.sent)):
        statuses.add("hypothetical")
    if verb is not trigger and _discredited(verb, trigger):
        statuses.add("denied")  # "the reports of an attack on the president are false"
    statuses.update(s for s in {_unrealised(trigger), _unrealised(verb)} if s)
    for gov, rel, child in steps:
        if _discredited(gov, rel):
            statuses.add("denied")
        if _negated_manner(gov, rel):
            statuses.add("negated")
        if rel == "advcl" and _that_clause(child):
            rel = "ccomp"
        elif rel == "advcl":
            subordinate = True
            continue
        if rel == "conj":
            if not subordinate and _inherits(child) and (own := _own_status(gov, gov)):
                statuses.add(own)
            continue
        status = _governor_status(gov, rel, child)
        if withheld(gov, rel, says, _own_status(gov, gov) == "negated"):
            status = "denied"  # "it cannot be said that ...", "it is not true that ..."
        if status and (not subordinate or gov is verb):
            statuses.add(status)
        lemma = _lemma(gov)
        if rel in _COMPLEMENTS and speaker is None and lemma in says and not _before_saying(rel, child):
            speaker = _subject(gov)
            if lemma in cue.claim and _own_status(gov, gov) != "negated":
                statuses.add("claimed")
    if speaker is not None and _is_empty(speaker):
        speaker = None  # "nobody claimed responsibility"
    if speaker is None:
        speaker = _according_to(trigger.sent)
    elif _is_party(_source(speaker)) or (_lemma(verb) not in says | cue.official_acts
                                         and _self_report(verb, speaker)):
        statuses.add("claimed")
    if _hedged(trigger.sent):
        statuses.add("claimed")
    modality = next((m for m in _ORDER if m in statuses), "asserted")
    return modality, _speaker_text(speaker) if speaker is not None else None


def is_opinion_sentence(sent: Span) -> bool:
    """Analysis or opinion ("analysts say", "is likely to", "seems to"), or background the
    writer recalls ("Let us recall the siege of ..."): no new event to code."""
    text = " ".join(sent.text.lower().split())
    cue = cues()
    return bool(cue.opinion.search(text) or cue.background.search(text))
