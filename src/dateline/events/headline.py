"""Re-read the verb of a verbless headline that the tagger took for a noun ("Army forces shell
villages in Daraa", "Jets strike districts of Homs").

Headlines drop articles and auxiliaries, so a small model trained on running prose reads
"forces shell villages" as one noun compound and finds no verb at all. When a title-like sentence
(no closing punctuation, short, no finite verb) has a word that the trigger lexicon knows as a
verb, tagged as a noun, standing between a noun phrase and another noun phrase or place phrase,
and in the verb form its subject agrees with (bare form after a plural, -s form after a
singular), the word is the verb: the parse is rewired so the left noun is its subject and the
right noun phrase its object. Everything downstream (triggers, arguments, genericity) then
sees an ordinary clause. In a title line that lists events ("Shells hit Damascus and clashes
around Talbisa"), a place phrase right after an event noun is given back to that noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.events.triggers import lemma_of, noun_lemmas, verb_lemmas

FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
NOUNISH = frozenset({"NOUN", "PROPN"})
# Words that can open the object noun phrase right after the verb.
OBJECT_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
OBJECT_INNER = OBJECT_START | {"PUNCT", "PART", "CCONJ"}
# Prepositions after which the word is the noun it looks like ("strikes of", "attack by").
NOMINAL_PREPS = frozenset({"of", "by", "for", "from", "with", "between", "against", "to"})
MAX_TOKENS = 40
PLACE_PREPS = frozenset({"in", "at", "near", "around", "on", "outside", "inside"})
# Dependencies of a word the parser read as part of a noun phrase.
NOMINAL_DEPS = frozenset({"compound", "amod", "nmod", "dobj", "pobj", "attr", "appos", "npadvmod"})
CLOSING = frozenset(".!?\"'\u201d")


def headline_like(sent: Span) -> bool:
    """A title line: short, no closing punctuation, and no finite verb heading a clause (a
    finite-tagged word the parser hung on a noun, or an acronym read as "is", is no verb)."""
    text = sent.text.rstrip()
    if not text or text[-1] in CLOSING or len(sent) > MAX_TOKENS:
        return False
    return not any(t.tag_ in FINITE_TAGS and t.pos_ in {"VERB", "AUX"} and not _acronym(t)
                   and t.dep_ not in NOMINAL_DEPS for t in sent)


def _acronym(tok: Token) -> bool:
    return tok.text.isupper() and len(tok.text) > 1 and tok.is_alpha


def subject_before(tok: Token) -> Token | None:
    """The head of the noun phrase just before `tok`, past closing quotes ("The “Islamic
    State” behead") and through an "of" phrase ("Helicopters of the regime bomb")."""
    k = tok.i - 1
    while k > tok.sent.start and tok.doc[k].is_punct and tok.doc[k].is_quote:
        k -= 1
    prev = tok.doc[k]
    if not (prev.pos_ in NOUNISH or prev.tag_ == "VBG" or _acronym(prev)):
        return None
    prep = prev.head
    if prev.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in NOUNISH and prep.head.i < prev.i:
        return prep.head
    return prev


def _agrees(subject: Token, verb: Token, lemma: str) -> bool:
    """Bare form after a plural or an acronym ("forces shell", "YPG control"); -s form after a
    singular, a name or a gerund ("Bombardment targets", "IS targets", "Shelling targets")."""
    word = verb.lower_
    if word == lemma:
        return subject.tag_ in {"NNS", "NNPS"} or _acronym(subject)
    if word in {lemma + "s", lemma + "es"}:
        return subject.tag_ in {"NN", "NNP", "VBG"} or _acronym(subject)
    return False


def _object_end(sent: Span, verb: Token) -> Token | None:
    """The last noun of the noun phrase right after the verb ("areas", "regime forces")."""
    if verb.i + 1 >= sent.end or verb.doc[verb.i + 1].pos_ not in OBJECT_START:
        return None
    last = None
    for tok in verb.doc[verb.i + 1:sent.end]:
        if tok.pos_ not in OBJECT_INNER or tok.pos_ == "CCONJ" or (tok.is_punct and tok.text != "-"):
            break
        if tok.pos_ in NOUNISH or tok.pos_ == "NUM":
            last = tok
    return last


def candidates(sent: Span, verb_lemmas: frozenset[str], lemma_of) -> list[Token]:
    """Nouns of a headline-like sentence that are better read as its verb."""
    if not headline_like(sent):
        return []
    found = [tok for tok in sent[1:] if _verb_between(sent, tok, verb_lemmas, lemma_of)]
    # "Army forces shell villages": "forces" could be a verb too, but the verb is the word after
    # the whole subject, so of two neighbours the right one wins
    ids = {t.i for t in found}
    return [t for t in found if t.i + 1 not in ids]


def _verb_between(sent: Span, tok: Token, verb_lemmas: frozenset[str], lemma_of) -> bool:
    """A noun-tagged verb word after an agreeing noun and before an object or place phrase.
    The -s form needs an object ("Bombardment targets Idlib"): before a preposition it is
    far more often a plural noun ("army units in Daraa")."""
    misread = tok.pos_ in NOUNISH or (tok.pos_ == "VERB" and tok.dep_ in NOMINAL_DEPS)
    if not misread or not tok.is_lower:
        return False
    lemma = lemma_of(tok)
    if lemma not in verb_lemmas:
        return False
    subject = subject_before(tok)
    after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if subject is None or after is None:
        return False
    # a group's name takes the plural verb in much wire copy ("The Taliban execute a farmer")
    collective = subject.pos_ == "PROPN" and tok.lower_ == lemma and after.pos_ in {"DET", "NUM"}
    if not (collective or _agrees(subject, tok, lemma)):
        return False
    if after.pos_ == "ADP":  # "Rebels advance in", "IS advances over"; not "regime forces in"
        named = subject.pos_ == "PROPN" or _acronym(subject)
        return (tok.lower_ == lemma or named) and after.lower_ not in NOMINAL_PREPS
    return after.pos_ in OBJECT_START


def _sentence_root(sent: Span) -> Token:
    return next((t for t in sent if t.head.i == t.i), sent.root)


def _new_heads(sent: Span, verb: Token) -> dict[int, tuple[int, str]] | None:
    """Token index -> (new head index, new dependency) for the rewired clause."""
    doc = verb.doc
    subject = subject_before(verb)
    if subject is None:
        return None
    obj = _object_end(sent, verb)
    root = _sentence_root(sent)
    plan: dict[int, tuple[int, str]] = {subject.i: (verb.i, "nsubj")}
    if obj is not None:
        plan[obj.i] = (verb.i, "dobj")
    span_lo = max(subject.left_edge.i, sent.start)  # where the subject phrase begins
    clause = {subject.i, verb.i} | ({obj.i} if obj is not None else set())
    if root.i in clause or span_lo <= root.i <= (obj.i if obj is not None else verb.i):
        plan[verb.i] = (verb.i, "ROOT")
        if root.i != verb.i and root.i not in plan:
            plan[root.i] = (verb.i, "dep")
    else:
        before = doc[span_lo - 1] if span_lo - 1 >= sent.start else None
        dep = "conj" if before is not None and before.pos_ == "CCONJ" else "parataxis"
        plan[verb.i] = (root.i, dep)
    # words the parser hung across the new clause boundaries go back into their own phrase
    for tok in doc[sent.start:sent.end]:
        if tok.i in plan:
            continue
        head = tok.head.i
        if obj is not None and verb.i < tok.i < obj.i and not (verb.i < head <= obj.i):
            plan[tok.i] = (obj.i, "compound" if tok.pos_ in NOUNISH else tok.dep_)
        elif tok.i < subject.i and head == verb.i and tok.i >= span_lo:
            plan[tok.i] = (subject.i, tok.dep_)
        elif tok.dep_ == "conj" and tok.pos_ == "VERB" and head in clause - {verb.i}:
            plan[tok.i] = (verb.i, "conj")
    return plan


def _final_heads(sent: Span, plan: dict[int, tuple[int, str]]) -> dict[int, int] | None:
    """Every token's head after the plan, or None when the result is not one tree."""
    heads = {t.i: plan.get(t.i, (t.head.i,))[0] for t in sent}
    roots = [i for i, h in heads.items() if i == h]
    if len(roots) != 1:
        return None
    for i in heads:
        seen, k = set(), i
        while heads[k] != k:
            if k in seen or heads[k] not in heads:
                return None
            seen.add(k)
            k = heads[k]
    return heads


def _depth(heads: dict[int, int], i: int) -> int:
    depth = 0
    while heads[i] != i:
        i, depth = heads[i], depth + 1
    return depth


def rewire(sent: Span, verb: Token) -> bool:
    """Make `verb` the verb of its headline clause; False (and no change) when the rewired
    parse would not be one tree."""
    plan = _new_heads(sent, verb)
    heads = _final_heads(sent, plan) if plan else None
    if heads is None:
        return False
    doc = verb.doc
    changed = sorted(plan, key=lambda i: _depth(heads, i))
    for i in changed:  # detach first, then attach top-down: no step makes a cycle
        doc[i].head = doc[i]
    for i in changed:
        doc[i].head = doc[heads[i]]
        doc[i].dep_ = plan[i][1]
    verb.pos_ = "VERB"
    verb.tag_ = "VBP" if verb.lower_ == verb.lemma_.lower() else "VBZ"
    subject = doc[next(i for i, (h, dep) in plan.items() if dep == "nsubj" and h == verb.i)]
    if subject.pos_ == "AUX":  # "IS targets": the acronym is a name, not "is"
        subject.pos_, subject.tag_ = "PROPN", "NNP"
    return True


def title_line(sent: Span) -> bool:
    """Short and with no closing punctuation, whatever verbs it has."""
    text = sent.text.rstrip()
    return bool(text) and text[-1] not in CLOSING and len(sent) <= MAX_TOKENS


def reattach_places(sent: Span, noun_lemmas: frozenset[str], lemma_of) -> list[Token]:
    """In a title line listing events ("Mortars strike Aleppo and fighting near Rastan"), a
    place phrase right after an event noun belongs to that noun; the parser often hangs it on
    an earlier word. The nouns whose phrase was moved."""
    out = []
    doc = sent.doc
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i + 1 >= sent.end or lemma_of(noun) not in noun_lemmas:
            continue
        prep = doc[noun.i + 1]
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or prep.head.i >= noun.i:
            continue
        if noun in prep.subtree or noun.dep_ in {"compound", "amod"}:
            continue
        prep.head = noun
        out.append(noun)
    return out


def reread_headlines(doc: Doc, verb_lemmas: frozenset[str], lemma_of,
                     noun_lemmas: frozenset[str] = frozenset()) -> list[Token]:
    """Rewire every verbless headline sentence of the document whose verb the tagger read as
    a noun, and give a title line's event nouns their place phrases; the re-read verbs."""
    out = []
    for sent in list(doc.sents):
        for verb in candidates(sent, verb_lemmas, lemma_of):
            sent = verb.sent
            if rewire(sent, verb):
                out.append(verb)
        if noun_lemmas and title_line(sent):
            reattach_places(sent, noun_lemmas, lemma_of)
    return out


class HeadlineReader:
    """The `dateline_headlines_v1` stage: re-reads headline verbs over the whole document, so
    the event stage finds triggers on a parse that already has them."""

    def __call__(self, doc: Doc) -> Doc:
        reread_headlines(doc, verb_lemmas(), lemma_of, noun_lemmas())
        return doc
