"""Count mentions: how many were killed, injured, displaced, arrested or abducted.

`parse_number` (from `mentions/numbers.py`) reads a number phrase by ACLED's conventions.

`CountTagger` finds number phrases in the dependency parse and what they count, through the
verb or noun they attach to (`data/counts.yaml`): the object or passive subject of a
transitive casualty verb ("killing 12 civilians", "25 fighters were killed"), the subject of an
intransitive one ("12 people died", "prompting 40,000 to flee"), a casualty noun ("30 deaths",
"no casualties"), or a toll ("the death toll rose to 30"). "No one was hurt" gives a count of
0: the text states a figure, and the event engine should not mistake it for "no figure"
("no casualties" gives fatalities 0 only: spaCy keys span extensions by offsets, so one
phrase carries one count). A figure that counts kinds together ("13 killed and wounded",
"17 casualties") is neither count alone and keeps kind None (`count_combined`). One person
counts 1 when named, a pronoun, indefinite or definite
("arrested a Taliban leader", "killing him", "killing the insurgent", "his driver", "Quispe's
murder": `person_counts`), except a definite one that repeats someone counted already ("a
leader was arrested ... the leader was arrested") and is not listed with others ("the leader
along with three associates", "hurt the judge, as well as two clerks"). Running totals
are told apart in `count_totals`. Purposes ("an operation to
detain a leader") and subsets ("including two children") are not counts of their own. Lemmas
fall back to known stems so that upper-case wire copy ("FOUR PEOPLE WERE KILLED") works.

Besides the contract's `_.count_value` and `_.count_kind`, this module registers on Span:
- `_.count_trigger` (int | None): token index of the verb or noun the count attaches to
  ("killed", "flee", "deaths", "toll"); the events engine attaches a count to the event whose
  trigger is that token or governs it. Several spans may share a trigger and kind
  ("killing nine civilians and two policemen"): the event's count is their sum.
- `_.count_party` (int | None): token index of the counted noun's head ("fighters"), None when
  the number stands alone ("another 120 were wounded").
- `_.count_aggregate` (bool): the figure is a running total ("500,000 displaced since June",
  "bringing the total to 1.4 million"); it is no single event's count.
Spans of people with no casualty word ("40,000 Yazidis are trapped") carry kind None.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.events.targets import RELATIVE_PRONOUNS
from dateline.mentions.count_combined import combined_figure
from dateline.mentions.count_lexicon import count_lexicon, lexicon_lemma
from dateline.mentions.count_parts import drop_breakdowns
from dateline.mentions.count_totals import running_total
from dateline.mentions.count_verbs import (OBJECT_DEPS as _OBJECT_DEPS, SUBJECT_DEPS as _SUBJECT_DEPS,
                                           after_subset_cue, verb_kind)
from dateline.mentions.person_counts import (is_person as _is_person, one_person, person_extent,
                                             possessor)
from dateline.mentions.numbers import (anchor_of as _anchor, is_number_word as _is_number_word,
                                       number_groups as _number_groups, of_noun as _of_noun,
                                       parse_number, phrase_start as _phrase_start)

__all__ = ["CountTagger", "parse_number"]

for _name, _default in (("count_trigger", None), ("count_party", None), ("count_aggregate", False)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

# "detained the leader along with three associates": the "with" phrase is a conjunct.
_COMITATIVE = {"along", "together"}


@dataclass
class _Count:
    """One count found in the parse, before it becomes a span."""

    start: int
    end: int
    value: int
    kind: str | None
    trigger: int | None
    party: int | None
    partitive: bool = False  # "one of the insurgents killed": at least one, if no figure came before


def _things_listed_with_people(party: Token) -> bool:
    """A common noun that is not a person, in a list with people ("several insurgents and
    multiple weapons"): the verb's count is of the people only."""
    if _is_person(party) or party.pos_ != "NOUN" or party.ent_type_:
        return False
    return any(_is_person(mate) and not _is_number_word(mate) for mate in party.conjuncts)


_SUBSET = ("subset", None)
_QUANT_PREPS = {"between", "over", "around", "about", "up", "under", "nearly", "some"}


def _governing_kind(tok: Token) -> tuple[str, Token] | None:
    """The nearest casualty verb above `tok` ("bringing the total": the count it continues)."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            for role in ("dobj", "nsubj"):
                kind = verb_kind(anc, role, True)
                if kind:
                    return kind, anc
    return None


def _toll_kind(holder: Token) -> tuple[str, Token, bool] | None:
    """(kind, toll token, is_total) when `holder` is a toll noun or a verb whose subject or
    object is one ("the death toll rose to 30", "bringing the total to 1.4 million")."""
    lex = count_lexicon()
    args = [c for c in holder.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
    verb_ok = lexicon_lemma(holder) in lex.toll_verbs
    for tok in [holder] + args:
        lemma = lexicon_lemma(tok)
        if lemma == "toll" and (tok is holder or verb_ok):
            compound = " ".join(c.lower_ for c in tok.children if c.dep_ in ("compound", "amod"))
            kind = lex.tolls.get(f"{compound} toll".strip(), lex.tolls["toll"])
            return kind, tok, False
        if lemma in ("total", "tally") and tok is not holder:
            found = _governing_kind(holder)
            if found:
                return found[0], found[1], True
    return None


def _lemma_in(tok: Token, table: dict[str, str]) -> str | None:
    return table.get(lexicon_lemma(tok)) or table.get(tok.lower_)


def _own_kind(arg: Token, person: bool) -> tuple[str, Token] | None:
    """The argument names its kind itself ("30 deaths") or through a participle ("25 people
    killed in", "30 wounded soldiers")."""
    lex = count_lexicon()
    if kind := _lemma_in(arg, lex.nouns):
        return kind, arg
    for child in arg.children:
        if child.dep_ == "relcl" and _own_victims(child):
            continue  # "the district in which two civilians were killed": not the district
        if child.dep_ in ("acl", "relcl", "amod") and (kind := verb_kind(child, "acl", person)):
            return kind, child
        if child.dep_ == "amod" and child.lower_ in lex.nouns:
            return lex.nouns[child.lower_], child
    return None


def _own_victims(clause: Token) -> bool:
    """A relative clause with a subject or object of its own, not the relative pronoun."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ not in RELATIVE_PRONOUNS
               for c in clause.children)


def _clause_of_its_own(child: Token) -> bool:
    """A complement clause with its own subject or complementizer ("a spokesman reported that
    one civilian was killed"): it does not describe the governor's argument, as a small
    clause does ("left six people dead", "was found dead")."""
    return _own_victims(child) or any(c.dep_ in ("mark", "nsubjpass") for c in child.children)


def _comitative_head(arg: Token) -> Token | None:
    """What "along with X" / "together with X" joins X to: the verb or noun the phrase
    modifies ("detained the leader along with three associates" -> detained)."""
    head = arg.head
    if arg.dep_ != "pobj" or head.lower_ != "with":
        return None
    joint = head.head
    if joint.lower_ in _COMITATIVE and joint.i == head.i - 1:
        return joint.head if joint.head.i != joint.i else None
    if head.i > 0 and arg.doc[head.i - 1].lower_ in _COMITATIVE:
        return joint
    return None


def _listed(appos: Token) -> bool:
    """Whether a noun the parser took for an apposition is the next item of a list ("seized
    a chief, a courier and a few of their helpers"): it goes on with "and" to a
    member of its own determiner or figure, or to another named person ("the murders of
    Pedro Ruiz Medina, Colonel Mario Salas, and Senator Ana Torres"), or "and"
    introduces it ("a colonel, a judge, and Senator Torres were murdered"). A true apposition
    describes the one person ("X, a commander and bomb maker")."""
    first = appos.left_edge.i
    if first > 0 and appos.doc[first - 1].lower_ in ("and", "or"):
        return True
    return any(c.dep_ == "conj" and (_is_number_word(c) or c.ent_type_ == "PERSON" or any(
        g.dep_ in ("det", "nummod") and g.lower_ not in ("the", "his", "her", "their")
        for g in c.children)) for c in appos.children)


def _past_setting(noun: Token) -> Token:
    """The deed noun an "of" phrase belongs to when the parser hung it on the date or place
    told in between ("the shooting on 9 May of X", "the murder in Peru of X")."""
    prep = noun.head
    if (noun.dep_ == "pobj" and noun.ent_type_ in ("DATE", "GPE", "LOC") and prep.dep_ == "prep"
            and prep.lower_ in ("on", "in", "at") and prep.head.pos_ == "NOUN"):
        return prep.head
    return noun


def _kind_of(arg: Token, person: bool) -> tuple[str | None, Token | None]:
    """(kind, trigger) for the argument that carries a figure; `_SUBSET` for subsets. A
    relative clause tells what befell the argument before ("the mayor, who was kidnapped on
    Monday, was found dead"): the main clause's casualty verb counts the argument, and the
    clause counts on its relative pronoun (`_listed_pointers`)."""
    own = _own_kind(arg, person)
    if own and own[1].dep_ != "relcl":
        return own
    governed = _governed_kind(arg, person)
    if own and governed[0] is None:
        return own
    return governed


def _governed_kind(arg: Token, person: bool) -> tuple[str | None, Token | None]:
    """(kind, trigger) from the verb or noun the argument hangs from."""
    lex = count_lexicon()
    while ((arg.dep_ == "conj" and arg.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"))
           or (arg.dep_ == "appos" and _listed(arg))):
        arg = arg.head
    head, role = arg.head, arg.dep_
    if (companion := _comitative_head(arg)) is not None:
        if companion.pos_ in ("VERB", "AUX"):
            kind = verb_kind(companion, "dobj", person)
            return (kind, companion) if kind else (None, None)
        return _kind_of(companion, person)
    if head.dep_ in ("aux", "auxpass") and role in _SUBJECT_DEPS:
        head = head.head  # a subject misattached to its auxiliary ("FIVE WERE INJURED")
    if role == "pobj" and (head.lower_ in lex.subset_preps or head.lemma_ in lex.subset_preps):
        return _SUBSET
    if role == "appos":
        return None, None
    if role == "poss" and head.pos_ == "NOUN" and (kind := _lemma_in(head, lex.nouns)):
        return kind, head  # "Quispe's murder", "his death"
    if role == "pobj" and head.lower_ == "of":  # "the deaths of 12 people", "the capture of"
        noun = _past_setting(head.head)
        kind = _lemma_in(noun, lex.nouns) or (person and _lemma_in(noun, lex.person_only))
        if kind and noun.pos_ in ("NOUN", "PROPN"):
            return kind, noun
    if role == "pobj" and head.lower_ in _QUANT_PREPS and head.head.pos_ == "VERB":
        if kind := verb_kind(head.head, "dobj", person):  # "detained between 10 and 15 people"
            return kind, head.head
    if head.pos_ in ("VERB", "AUX") and (kind := verb_kind(head, role, person)):
        return kind, head
    if role in _SUBJECT_DEPS and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "xcomp", "oprd", "conj"):
        if kind := lex.nouns.get(head.lower_):  # a small clause: "leaving six people dead"
            return kind, head
    if role in _SUBJECT_DEPS:  # a shared subject: "he was engaged and killed"
        for verb in head.conjuncts:
            if verb.i > head.i and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
                if kind := verb_kind(verb, role, person):
                    return kind, verb
    # a small clause describes the object when there is one ("attacks left two dead")
    has_object = role == "nsubj" and any(c.dep_ == "dobj" for c in head.children)
    if role in ("dobj", "nsubj", "nsubjpass") and not has_object:
        for child in head.children:
            if (child.dep_ in ("xcomp", "ccomp", "oprd", "acomp") and child.i > arg.i
                    and not _clause_of_its_own(child)):
                if kind := verb_kind(child, "nsubj", person) or lex.nouns.get(child.lower_):
                    return kind, child
    after = arg.doc[arg.i + 1] if arg.i + 1 < len(arg.doc) else None
    if role == "pobj" and after is not None and after.dep_ == "auxpass" and after.head.i > arg.i:
        if kind := verb_kind(after.head, "nsubjpass", person):  # "resulted in six people being killed"
            return kind, after.head
    holder = head.head if role == "pobj" and head.lower_ in ("to", "at", "of") else head
    if role in ("pobj", "attr", "dobj", "npadvmod") and (toll := _toll_kind(holder)):
        return toll[0], toll[1]
    return None, None


_NOT_COUNT_BEFORE_ONE = {"no", "any", "every", "the", "this", "that", "each", "which", "no-"}


def _count_at(doc: Doc, start: int, end: int) -> _Count | None:
    """The count for the number group doc[start:end], or None when it counts nothing of note."""
    if (doc[start].lower_ == "one" and start > 0 and doc[start - 1].lower_ in _NOT_COUNT_BEFORE_ONE
            and doc[start - 1].dep_ != "mark"):  # "announced that one person was killed" counts
        return None
    lo = _phrase_start(doc, start)
    value = parse_number(doc[lo:end].text)
    if value is None or after_subset_cue(doc, lo):
        return None
    anchor = _anchor(doc, start, end)
    modifier = anchor.dep_ in ("nummod", "quantmod", "amod", "det", "compound")
    if modifier and not start <= anchor.head.i < end:
        arg = anchor.head
        while (arg.dep_ in ("compound", "nmod") and arg.head.pos_ in ("NOUN", "PROPN")
               and arg.head.i > arg.i):
            arg = arg.head  # "several suspected Ansar al-Islam insurgents": the rightmost noun
        party = arg
    else:
        arg, party = anchor, _of_noun(doc[end - 1]) or _of_noun(anchor)
    person = party is None or _is_person(party)
    kind, trigger = _kind_of(arg, person)
    if kind == _SUBSET[0]:
        return None
    partitive = kind is None and value == 1 and party is not None and party.i != arg.i and person
    if partitive and (own := _own_kind(party, True)) and own[1].dep_ == "acl":
        kind, trigger = own  # "one of the rebels hurt in the raid was X": one at least
    else:
        partitive = False
    if kind is not None and trigger is not None and combined_figure(trigger, kind, person):
        kind, trigger = None, None  # "13 killed and wounded": neither count alone
    if party is not None and trigger is not None and party.i == trigger.i:
        party = None
    if kind is None and (party is None or not _is_person(party) or _is_number_word(party)):
        return None
    if party is not None and _things_listed_with_people(party):
        return None  # "seized a few rebels and some rifles"
    return _Count(lo, end, value, kind, trigger.i if trigger else None, party.i if party else None, partitive)


def _partitive_again(count: _Count, counts: list[_Count]) -> bool:
    """A partitive one after a figure of its kind is a part of that figure ("12 were killed
    ... one of the people killed was a journalist"), no one more."""
    return count.partitive and any(c.kind == count.kind and c.start < count.start and not c.partitive
                                   for c in counts)


def _zero_counts(doc: Doc) -> list[_Count]:
    """Explicit zero counts: "no one was hurt", "nobody was killed", "there were no casualties"."""
    lex = count_lexicon()
    found: list[_Count] = []
    for tok in doc:
        low = tok.lower_
        empty_pronoun = low in ("nobody", "noone", "none") or (
            low == "one" and tok.i > 0 and doc[tok.i - 1].lower_ == "no")
        has_no = any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        if not (empty_pronoun or has_no):
            continue
        after_no = tok.i > 0 and doc[tok.i - 1].lower_ == "no"
        start = tok.i - 1 if after_no and (low == "one" or has_no) else tok.i
        if lexicon_lemma(tok) == "casualty":  # one span per offsets: spaCy keys `_` by them
            kinds = [("fatalities", tok)]
        else:
            kind, trigger = _kind_of(tok, True)
            kinds = [(kind, trigger)] if kind and kind != _SUBSET[0] else []
        for kind, trigger in kinds:
            party = None if trigger is tok or empty_pronoun else tok.i
            found.append(_Count(start, tok.i + 1, 0, kind, trigger.i if trigger else None, party))
    return found


def _singular_counts(doc: Doc, earlier: list[_Count]) -> list[_Count]:
    """One person as the casualty verb's argument (`person_counts.one_person`), unless it is
    definite and an earlier count of the same kind already took that noun or trigger (a
    restatement), or a possessor of anything but a deed done to them (`possessor`)."""
    seen = {(c.kind, lexicon_lemma(doc[c.party])) for c in earlier if c.party is not None}
    taken = {(c.kind, c.trigger) for c in earlier}
    found: list[_Count] = []
    for tok in doc:
        who = one_person(tok)
        if not who or any(c.dep_ == "nummod" for c in tok.children):
            continue
        if not (who.named or who.titled or _is_person(tok)):
            continue
        kind, trigger = _kind_of(tok, True)
        if not kind or kind == _SUBSET[0] or trigger is None or trigger.i == tok.i:
            continue
        if combined_figure(trigger, kind, True):
            continue  # "killed or wounded a policeman": neither count alone
        if tok.dep_ == "poss" and not possessor(tok):
            continue  # "Quispe's body", "his injuries": someone counted already
        if who.definite and trigger not in tok.ancestors and not _small_clause_of(trigger, tok):
            continue  # "the detained leader" describes; "the mayor was found dead" tells
        if who.definite and ((kind, lexicon_lemma(tok)) in seen or (kind, trigger.i) in taken) and not (
                _joined(doc, tok, [c for c in earlier + found if c.trigger == trigger.i])):
            continue
        found.append(_Count(*person_extent(doc, tok, who), 1, kind, trigger.i, tok.i))
        seen.add((kind, lexicon_lemma(tok)))
        taken.add((kind, trigger.i))
    return found


def _relative_again(doc: Doc, tok: Token, kind: str, trigger: Token, earlier: list[_Count]) -> bool:
    """A relative pronoun whose clause tells another deed than the one its antecedent's count
    took ("the mayor, who was kidnapped on Monday, was found dead": the abduction)."""
    if tok.lower_ not in ("who", "whom") or tok.head.i != trigger.i:
        return False
    antecedent = trigger.head
    return any(c.party == antecedent.i and c.trigger not in (None, trigger.i) and c.kind != kind
               for c in earlier)


def _small_clause_of(trigger: Token, tok: Token) -> bool:
    """The trigger is a small clause about `tok` on their shared verb ("the mayor was found
    dead", "left the driver dead"); a complement clause with its own auxiliary or subject is a
    clause of its own ("the spokesman said [the city was captured]")."""
    if trigger.head.i != tok.head.i or trigger.dep_ not in ("oprd", "xcomp", "acomp", "ccomp"):
        return False
    return trigger.dep_ != "ccomp" or not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children)


def _pointer(tok: Token) -> tuple[int, int, int] | None:
    """(start, end, value) for people named again without a figure of their own: a relative
    pronoun for a person ("the courier, who was seized together with ...": 1) or "both"
    ("seized both chiefs together with ...": 2)."""
    if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl" and _is_person(tok.head.head):
        return tok.i, tok.i + 1, 1
    both = next((c for c in tok.children if c.dep_ in ("det", "predet") and c.lower_ == "both"), None)
    if both is not None and tok.tag_ == "NNS" and _is_person(tok):
        return both.i, tok.i + 1, 2
    return None


def _listed_pointers(doc: Doc, earlier: list[_Count]) -> list[_Count]:
    """People named again (`_pointer`) count only when listed with others the same verb
    takes ("who was seized together with a few of his helpers": the one plus the
    few). Alone, "both" counts two when the text has given no figure of the kind before
    ("police arrested both men"); otherwise it restates them ("two were killed ... killing
    both"), as a lone relative pronoun restates its antecedent."""
    found: list[_Count] = []
    for tok in doc:
        if (pointed := _pointer(tok)) is None:
            continue
        kind, trigger = _kind_of(tok, True)
        if not kind or kind == _SUBSET[0] or trigger is None or trigger.i == tok.i:
            continue
        first = pointed[2] == 2 and not any(c.kind == kind and c.start < tok.i for c in earlier)
        if first or _relative_again(doc, tok, kind, trigger, earlier) or _joined(
                doc, tok, [c for c in earlier if c.trigger == trigger.i and c.kind == kind]):
            found.append(_Count(pointed[0], pointed[1], pointed[2], kind, trigger.i, tok.i))
    return found


def _joined(doc: Doc, tok: Token, counts: list[_Count]) -> bool:
    """Whether one of `counts` is listed with `tok` ("seized the courier and one of his
    helpers", "the leader along with three others", or a list the parser split into two
    objects of one verb: "hurt the judge, as well as two clerks"): a list names everyone
    it counts, so its definite member is no restatement."""
    mates = {t.i for t in tok.conjuncts}
    for count in counts:
        members = set(range(count.start, count.end)) | ({count.party} if count.party is not None else set())
        if members & mates:
            return True
        if count.party is not None and count.party != tok.i and doc[count.party].dep_ == tok.dep_ \
                and doc[count.party].head.i == tok.head.i and tok.dep_ in ("dobj", "nsubjpass"):
            return True
        if any((h := _comitative_head(doc[i])) is not None and h.i in (tok.i, tok.head.i)
               for i in members):
            return True
    return False


def _is_aggregate(doc: Doc, count: _Count) -> bool:
    """A running total rather than one event's figure (see `count_totals.running_total`)."""
    if count.trigger is None:
        return False
    keep = doc[count.party] if count.party is not None else doc[count.start]
    return running_total(doc[count.trigger], keep, (count.start, count.end), count.kind)


def _intended(doc: Doc, count: _Count) -> bool:
    """A purpose, not a deed: "a raid to seize a rebel chief", "went to arrest him"
    (whether anyone was taken, the text tells elsewhere; the parser may take the infinitive
    for a relative clause, "an operation to arrest"). Displacement is spared: "forced
    5,000 people to flee" happened."""
    if count.trigger is None or count.kind == "displaced":
        return False
    verb = doc[count.trigger]
    return (verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl", "advcl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


class CountTagger:
    """Fill `doc.spans["counts"]` with spans carrying `_.count_value` and `_.count_kind`
    (plus `_.count_trigger`, `_.count_party`, `_.count_aggregate`: see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):  # counts hang on the parse; without one, none
            doc.spans["counts"] = []
            return doc
        counts = [c for start, end in _number_groups(doc) if (c := _count_at(doc, start, end))]
        counts += _zero_counts(doc)
        counts += _singular_counts(doc, sorted(counts, key=lambda c: c.start))
        counts += _listed_pointers(doc, counts)
        counts = [c for c in counts if not _partitive_again(c, counts)]
        counts = drop_breakdowns(doc, [c for c in counts if not _intended(doc, c)])
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for count in sorted(counts, key=lambda c: (c.start, c.end)):
            if (count.start, count.end) in seen:  # span extensions are keyed by offsets
                continue
            seen.add((count.start, count.end))
            span = Span(doc, count.start, count.end, label=count.kind or "count")
            span._.count_value = count.value
            span._.count_kind = count.kind
            span._.count_trigger = count.trigger
            span._.count_party = count.party
            span._.count_aggregate = _is_aggregate(doc, count)
            spans.append(span)
        doc.spans["counts"] = spans
        return doc
