"""Group the triggers of a sentence into events: one group per event, its main trigger first.

Several trigger words often describe one event: a light verb and its noun ("launched an
attack"), an order and what was ordered ("ordered the air force to help"), a casualty verb
and the fighting it happened in ("killed in clashes"), a verbal act and its content
("threatened to attack", "condemned the bombing"). Folding them here is what keeps one event
from being reported three times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.events.targets import RELATIVE_PRONOUNS
from dateline.events.classify import is_verbal, plover
from dateline.events.history import sums_up_period
from dateline.events.triggers import Sense, governor_of, in_class, load_lexicon

CONTEXT_PREPS = frozenset({"in", "during", "amid", "after", "following", "since", "with",
                           "through", "by", "from", "at", "before", "over", "of", "for"})
# verbal acts (ACCUSE modes) that take the act they are about as given: see `presupposes`
PRESUPPOSING_MODES = frozenset({"disapprove", "investigate"})
# prepositions that put what they introduce before the act they hang on: see `earlier_act`
TEMPORAL_PREPS = frozenset({"after", "following", "since"})
# verbs whose object after the given preposition is an act taken as given: see `blamed_for`
BLAMING = {"blame": "for", "accuse": "of"}
# dependents by which an event noun tells something new: see `told_anew`
NEW_DETAIL_DEPS = frozenset({"prep", "poss", "compound", "nummod", "acl", "relcl", "npadvmod", "appos"})
# verbal acts whose content has not happened: a demand's or threat's "that"-clause is its content
UNFULFILLED = frozenset({"REQUEST", "THREATEN"})
# acts whose "for" + gerund names the charge ("arrested for collaborating", "jailed for aiding")
CHARGING = frozenset({"COERCE", "SANCTION", "ACCUSE"})
CASUALTY_LINKS = frozenset({"in", "during", "amid", "with", "by", "after", "following", "at", "from", "near"})


@dataclass
class Group:
    """One event's triggers: the main one, its light verb or directive, the folded ones."""

    main: Token
    sense: Sense
    governor: Token | None = None
    directive: Token | None = None
    folded: list[tuple[Token, Sense]] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        out = [self.main] + [t for t, _ in self.folded]
        out += [t for t in (self.governor, self.directive) if t is not None and t not in out]
        return out

    @property
    def clause(self) -> Token:
        """The verb whose clause carries the event's modality and date."""
        if self.directive is not None:
            return self.directive
        if self.governor is not None:
            return self.governor
        if self.main.pos_ != "VERB":
            for tok, _ in self.folded:
                if tok.pos_ == "VERB" and self.main in tok.subtree:
                    return tok
        return self.main


class _Folder:
    """Union-find over trigger token indices; the root of a set is its main trigger."""

    def __init__(self, hits: dict[int, Sense]) -> None:
        self.hits = hits
        self.parent = {i: i for i in hits}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def fold(self, child: int, into: int) -> None:
        a, b = self.find(child), self.find(into)
        if a != b:
            self.parent[a] = b


def _generic(sense: Sense) -> bool:
    return sense.casualty is not None and sense.priority <= 1


def _prep_head(token: Token) -> tuple[Token, str] | None:
    """For a pobj, the word its preposition hangs from and the preposition."""
    if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"}:
        return token.head.head, token.head.lower_
    return None


def group_sentence(tokens: list[Token], hits: dict[int, Sense]) -> list[Group]:
    """Fold the triggers of one sentence (`hits`: token index -> sense) into event groups."""
    lex = load_lexicon()
    doc = tokens[0].doc if tokens else None
    if doc is None or not hits:
        return []
    folder = _Folder(hits)
    governors: dict[int, Token] = {}
    directives: dict[int, Token] = {}
    _fold_light_verbs(doc, hits, folder, governors, lex.light_verbs)
    _fold_directives(doc, hits, folder, governors, directives, lex.directives)
    _fold_casualties(doc, hits, folder)
    _fold_embedded(doc, hits, folder, governors, directives)
    _fold_coordinated(doc, hits, folder)
    _fold_attendants(doc, hits, folder)
    groups: dict[int, Group] = {}
    for i in sorted(hits):
        root = folder.find(i)
        if root not in groups:
            groups[root] = Group(doc[root], hits[root], governors.get(root), None)
        if groups[root].directive is None and i in directives:
            groups[root].directive = directives[i]
        if i != root:
            groups[root].folded.append((doc[i], hits[i]))
    described = [g.main for g in groups.values() if describes_noun(g) or sums_up_period(g.clause)]
    # what a describing clause says ("accused of planning attacks") goes with it
    return [groups[k] for k in sorted(groups)
            if not any(groups[k].main in clause.subtree for clause in described)]


def describes_noun(group: Group) -> bool:
    """A verbal act in a clause that modifies a noun ("a man accused of planning attacks",
    "rebels, who are backed by Rwanda", "fighters seeking refuge there") is how the writer
    identifies that noun, told as known background, not a statement made in the news told."""
    main = group.main
    if (suspected_of(main) or said_of(main)) and group.sense.type != "ASSAULT":
        return True
    if group.sense.pos != "VERB" or main.dep_ not in {"acl", "relcl"} or group.governor is not None:
        return False
    if main.dep_ == "acl" and main.tag_ == "VBG" and not in_class(main.head, "person"):
        return False  # "a declaration demanding talks": the noun is the act, its content the demand
    if main.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    return is_verbal(group.sense.type or "AGREE")


def suspected_of(act: Token) -> bool:
    """The act a noun's describing clause charges it with ("civilians it suspected of
    collaborating with the paramilitaries", "a company accused of smuggling arms"): how the
    writer identifies the people, a charge told as known, not an event the news reports."""
    prep = act.head
    if act.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    verb = prep.head
    return verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and (
        verb.lemma_.lower() in load_lexicon().reference_heads or verb.lower_ in load_lexicon().reference_heads)


def said_of(act: Token) -> bool:
    """An act reported inside a clause that describes a noun ("the rebels, who the United
    Nations says are backed by Rwanda"): a known charge identifying the noun, not news."""
    from dateline.events.targets import speech_verbs

    verb = act.head
    if any(c.dep_ == "prep" and any(g.lower_ in RELATIVE_PRONOUNS for g in c.children) for c in verb.children):
        return False  # "a statement in which the group says that ...": the noun is the medium; its content is news
    return act.dep_ == "ccomp" and verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} \
        and verb.lemma_.lower() in speech_verbs()


def _lemmas(verb: Token) -> set[str]:
    """The verb's lemma and, for a regular past form, its stems: the model mis-lemmatises some
    ("staged" -> "stag"), which would hide a light verb ("staged rallies")."""
    out = {verb.lemma_.lower()}
    if verb.tag_ in {"VBD", "VBN"} and verb.lower_.endswith("ed"):
        out |= {verb.lower_[:-1], verb.lower_[:-2]}
    return out


def _fold_light_verbs(doc, hits, folder, governors, light_verbs) -> None:
    for i, sense in hits.items():
        tok = doc[i]
        if sense.pos != "NOUN":
            continue
        gov = governor_of(tok)
        if gov is None:
            continue
        lemmas = _lemmas(gov)
        ending = lemmas & load_lexicon().ending_verbs or any(
            c.dep_ == "prt" and c.lower_ == "off" for c in gov.children)
        if gov.i in hits and ending and (not sense.light_verb or hits[gov.i].object):
            folder.fold(i, gov.i)  # "suspended the talks", "called off the strike": the ending is the act
            continue
        if lemmas & light_verbs or lemmas & set(sense.light_verb):
            governors[i] = gov
            if gov.i in hits and (hits[gov.i].priority <= sense.priority + 1 or lemmas & set(sense.light_verb)):
                folder.fold(gov.i, i)


def _fold_directives(doc, hits, folder, governors, directives, directive_lemmas) -> None:
    for tok in doc:
        if tok.lemma_.lower() not in directive_lemmas or tok.pos_ != "VERB":
            continue
        for child in tok.children:
            target = None
            if child.dep_ == "xcomp":
                target = next((i for i, g in governors.items() if g == child), None)
                if target is None and child.i in hits:
                    target = child.i
            elif child.dep_ == "dobj" and child.i in hits and hits[child.i].pos == "NOUN":
                target = child.i
            if target is not None:
                directives[target] = tok
                if tok.i in hits:
                    folder.fold(tok.i, target)


def _fold_casualties(doc, hits, folder) -> None:
    """Generic casualty words fold into the fighting they happened in."""
    for i, sense in hits.items():
        if not _generic(sense):
            continue
        tok = doc[i]
        if tok.dep_ == "conj" and _voices_differ(tok, tok.head):
            continue
        target = _casualty_host(tok, hits)
        if target is None:
            target = _sentence_host(tok, hits)
        if target is not None:
            folder.fold(i, target)
    for i, sense in hits.items():
        tok = doc[i]
        # "four killed and 23 wounded"; "Three martyrs and 12 wounded", where the parser hangs
        # "wounded" on the coordinated figure
        host = tok.head if tok.dep_ == "conj" else tok.head.head if (
            tok.dep_ in {"acl", "amod"} and tok.head.dep_ == "conj" and tok.head.like_num) else None
        if _generic(sense) and host is not None and host.i in hits and _generic(hits[host.i]):
            folder.fold(i, host.i)


def _voices_differ(active: Token, host: Token) -> bool:
    """"A clerk who was seized and shot three watchmen" (the parser's reading of "police freed
    a man who was taken hostage and killed two guards"): an active verb with an object of its
    own, coordinated with a passive one, cannot share the passive's subject, who suffered the
    act; its casualties are another act's, not the passive verb's."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in host.children)
    return passive and any(c.dep_ == "dobj" for c in active.children) and not any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in active.children)


def _casualty_host(tok: Token, hits: dict[int, Sense]) -> int | None:
    for child in tok.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in CASUALTY_LINKS:
            for pobj in child.children:
                if pobj.i in hits and not _generic(hits[pobj.i]):
                    return pobj.i
        if child.dep_ in {"nsubj", "advcl"} and child.i in hits and not _generic(hits[child.i]):
            return child.i
    if tok.dep_ in {"advcl", "conj", "xcomp", "relcl"} and tok.head.i in hits and not _generic(hits[tok.head.i]):
        return tok.head.i
    return None


def _sentence_host(tok: Token, hits: dict[int, Sense]) -> int | None:
    """Failing syntax, the one specific ASSAULT trigger of the sentence hosts the casualty."""
    sent = tok.sent
    cands = [j for j, s in hits.items() if sent.start <= j < sent.end and s.type == "ASSAULT"
             and not _generic(s) and s.casualty is None]
    return cands[0] if len(cands) == 1 else None


def _fold_coordinated(doc, hits, folder) -> None:
    """Coordinated verbs of one type and mode with one subject are one operation
    ("captured a leader and detained two suspects")."""
    for i, sense in hits.items():
        tok = doc[i]
        if tok.dep_ != "conj" or tok.head.i not in hits or sense.pos != "VERB":
            continue
        other = hits[tok.head.i]
        if (other.type, other.mode) == (sense.type, sense.mode) and other.casualty == sense.casualty \
                and not any(c.dep_ == "nsubj" for c in tok.children) and not sense.territory:
            folder.fold(i, tok.head.i)


# (type, mode) of an act that only finishes or accompanies the operation it hangs from, and
# the types of operation it belongs to: the attackers withdrawing after the fight ("fought
# troops for two hours before withdrawing"), the weapons taken in an arrest raid ("detained
# two dozen suspects, seizing assault rifles"). News coders count the operation once.
ATTENDANT = {("RETREAT", "withdraw"): frozenset({"ASSAULT"}), ("COERCE", "seize"): frozenset({"COERCE"}),
             ("ASSAULT", "destroy"): frozenset({"ASSAULT"})}  # "killed four people and destroyed a monastery"
ATTENDANT_LINKS = frozenset({"advcl", "conj", "xcomp"})


def _fold_attendants(doc, hits, folder) -> None:
    """Fold an attendant act with no subject of its own into the operation it hangs from,
    directly (a participle, a coordinated verb) or through "before"/"after"/"while"."""
    for i, sense in hits.items():
        hosts = ATTENDANT.get((sense.type or "", sense.mode or ""))
        tok = doc[i]
        if hosts is None or sense.territory or sense.pos != "VERB" or folder.find(i) != i:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue
        head = tok.head
        if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in {"before", "after", "while"}:
            head = head.head
        elif tok.dep_ not in ATTENDANT_LINKS:
            continue
        host = hits.get(head.i)
        if host is not None and host.type in hosts and (host.type, host.mode) != (sense.type, sense.mode) \
                and not host.territory:
            folder.fold(i, head.i)


def _fold_embedded(doc, hits, folder, governors, directives) -> None:
    """Content of verbal acts, objects of other triggers and nouns in their prepositional
    phrases are part of the governing event, not events of their own."""
    for i, sense in hits.items():
        if folder.find(i) != i:
            continue
        tok = doc[i]
        clause = directives.get(i) or governors.get(i) or tok
        head = _embedding_head(clause, hits, folder, sense, governors)
        if head is None and clause is not tok:
            head = _embedding_head(tok, hits, folder, sense, governors)
        host = tok.head
        if host.i not in hits and host.dep_ in {"acl", "relcl"}:
            host = host.head  # "the rally staged to protest the bill": the aim of the rally
        if head is None and _purpose(tok) and host.i in hits:
            head = host.i  # "deployed troops to support the army": the aim, not an event
        if head is not None and folder.find(head) != i:
            folder.fold(i, head)
            continue
        verb = hits.get(tok.head.i)
        if tok.dep_ == "nsubj" and verb is not None and verb.type == sense.type and not sense.two_sided \
                and (verb.priority <= 1 or verb.mode == sense.mode and not verb.territory):
            if sense.priority >= verb.priority:  # "a car bomb exploded": one explosion
                folder.fold(tok.head.i, i)
            else:
                folder.fold(i, tok.head.i)


def presupposes(act: Sense, content: Sense) -> bool:
    """A condemnation or an inquiry whose object is a violent act ("condemned the
    killing of four nuns", "the prosecutor probing the death of the mayor"):
    condemning or investigating a killing takes for granted that it happened, so the killing
    is an event of its own, not only the content of the verbal act (a threat or a demand
    does not presuppose its content, and stays folded). Rejecting a violent act ("the
    parties rejected the murder of the senator", "repudiated the attack on the paper") is
    condemning it: one cannot turn down a killing that was never offered."""
    condemns = act.type == "ACCUSE" and act.mode in PRESUPPOSING_MODES or act.type == "REJECT"
    return condemns and content.type == "ASSAULT" and not _generic(content)


def blamed_for(verb: Token, prep: str, content: Sense) -> bool:
    """"blamed the police for the killing of seven farm workers", "accused the police of killing
    the candidate": blaming someone for an act takes for granted that the act happened (only
    who did it is the claim), so the act is an event of its own, as under a condemnation."""
    return BLAMING.get(verb.lemma_.lower()) == prep and content.type == "ASSAULT" \
        and not _generic(content)


def earlier_act(gov: Token, prep: str, content: Sense, hits: dict[int, Sense]) -> bool:
    """"quit the talks after the raid on the party offices", "lifted
    the strike following the judge's murder": a violent act that some other, non-violent act
    came after is an event of its own that happened before it, not a part of it (a death
    "after the attack" is the attack's toll, and stays folded)."""
    other = hits.get(gov.i)
    return prep in TEMPORAL_PREPS and content.type == "ASSAULT" and not _generic(content) \
        and (other is None or other.type != "ASSAULT")


def told_anew(noun: Token) -> bool:
    """Whether the event noun says something of its own: a victim, a place, a kind or a
    clause ("the killing of four nuns", "the grenade attack on the barracks",
    "the killings seen in Peru"). A bare back-reference ("condemned the
    bombing", "this cowardly attack") only points at an event already told, and stays folded
    into the verbal act, which then takes its sides."""
    return any(c.dep_ in NEW_DETAIL_DEPS for c in noun.children)


def misattached_host(gov: Token, hits: dict[int, Sense]) -> int | None:
    """The act whose object a describing clause qualifies, when the parser hung an event noun's
    phrase inside that clause ("arrested 14 people suspected of belonging to the group in
    raids": the raids are how the people were arrested, not where they belonged): the phrase
    goes with the act, which the clause does not name itself."""
    tok = gov
    for _ in range(6):
        if tok.dep_ == "acl" and tok.head.dep_ in {"dobj", "nsubjpass"} and tok.head.head.i in hits:
            return tok.head.head.i
        if tok.dep_ not in {"pcomp", "prep", "pobj", "acl", "xcomp"} or tok.head is tok:
            return None
        tok = tok.head
    return None


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose hanging on another verb ("deployed to rescue the children",
    "in order to support"): what the act is for, which has not happened."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _embedding_head(tok: Token, hits, folder, sense: Sense, governors) -> int | None:
    head = tok.head
    if head is tok:
        return None
    if tok.dep_ in {"xcomp", "ccomp"} and head.i in hits:
        if is_verbal(hits[head.i].type or "AGREE") or hits[head.i].xcomp_type:
            return head.i
    if tok.dep_ == "conj" and head.dep_ in {"xcomp", "ccomp"} and head.head.i in hits \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return _embedding_head(head, hits, folder, sense, governors)  # "agreed to withdraw and to hand over"
    if tok.dep_ == "ccomp" and head.i not in hits:  # "reiterated its demand that Israel ease restrictions"
        for noun in head.children:
            if noun.dep_ == "dobj" and noun.i in hits and hits[noun.i].type in UNFULFILLED:
                return noun.i
    if tok.dep_ in {"dobj", "nsubjpass"} and head.i in hits and sense.pos == "NOUN":
        if presupposes(hits[head.i], sense) and told_anew(tok):
            return None
        if hits[head.i].pos == "VERB" and not _generic(hits[head.i]):
            return head.i
    ph = _prep_head(tok)
    if ph is not None:
        gov, prep = ph
        if gov.i in hits and prep == "of" and presupposes(hits[gov.i], sense) and told_anew(tok):
            return None  # "the condemnation of the bombing"
        if gov.i in hits and blamed_for(gov, prep, sense) and told_anew(tok):
            return None  # "blamed the police for the killing of seven farm workers"
        if earlier_act(gov, prep, sense, hits) and told_anew(tok):
            return None  # "lifted the strike following the judge's murder"
        if gov.i in hits and prep in CONTEXT_PREPS and not _generic(hits[gov.i]):
            return gov.i
        if gov.i in hits and prep == "to" and is_verbal(hits[gov.i].type or "ASSAULT") \
                and not presupposes(hits[gov.i], sense):
            return gov.i  # "agreed to talks", "objected to the deployment": the act's content
        if prep in CONTEXT_PREPS:
            owner = next((i for i, g in governors.items() if g == gov and i != tok.i), None)
            if owner is not None:
                return owner
            if gov.i not in hits:
                return misattached_host(gov, hits)
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i in hits:
        if blamed_for(head.head, head.lower_, sense) and any(c.dep_ == "dobj" for c in tok.children):
            return None  # "accused the intelligence services of assassinating the candidate"
        if is_verbal(hits[head.head.i].type or "AGREE"):
            return head.head.i
        if head.lower_ == "for" and hits[head.head.i].type in CHARGING and _cooperative(sense):
            return head.head.i  # "jailed for spying for Iran": the charge, not an act
        if head.lower_ == "by" and hits[head.head.i].type == sense.type:
            return head.head.i  # "killed a hostage by hanging": the means of the same act
    return None


def _cooperative(sense: Sense) -> bool:
    """An act of cooperation (a charge of collaboration; a protest or an attack charged stays
    an event of its own: "arrested for protesting" reports the protest too)."""
    return "cooperation" in plover()["types"][sense.type or "ASSAULT"]["quad"]
