"""Which clauses around an event verb tell the event's own scene, so that a place in them is the
event's place: a step of the same operation ('by raiding X'), what an operation was mounted to
seize ('mounted a push to retake X'), the other half of a tight verb pair ('stabbed and wounded
three in X'), the incident a relative clause describes ('a raid that hit a depot in X') and,
failing any closer place, what a participant was doing ('men who waited behind a wall in X') or the
circumstance of the event ('was stabbed as he walked home through X', 'hit outside the gate of his
farm'); and which do not: what befell the subject at another time ('was arrested and is now held
in X'). A participle that situates a site ('the canal dividing X from Y') works as a
preposition of place, and a relative clause on a site says where it is ('a bakery she owned in X').
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.resolve.nesting import site_nouns, words

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def same_operation(verb: Token) -> bool:
    """'opened the raid by surrounding X', 'was hurt while cycling across X': a gerund of means
    or circumstance names a step of the same operation, so its place is the operation's place;
    a finite clause ('men who threw stones in X') or a purpose ('to take X') tells another.
    A passive gerund ('killed after being surrounded in an ambush at X') is such a step too, and
    so is the second verb of a tight pair ('shot and killed')."""
    if verb.dep_ in ("xcomp", "pcomp") and _aspect_of(verb):
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # 'stabbed and wounded three guards in the port of X': a pair of verbs joined tight, sharing
        # their subject and object, tells one act; 'arrested ... and flown to X' tells two
        if gapped_pair(verb):
            return True
        between = verb.doc[verb.head.i + 1:verb.i]
        return 0 < len(between) <= 2 and all(t.dep_ in ("cc", "punct", "advmod") for t in between) \
            and not any(c.dep_ in SUBJECTS for c in verb.children)
    gerund = verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)
    return verb.dep_ == "pcomp" and gerund and verb.head.lower_ in words("means_preps")


def _aspect_of(verb: Token) -> bool:
    """'managed to enter X', 'began launching airstrikes above X', 'succeeded in capturing X': the
    verb of trying, starting or managing and its complement tell one act."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words("aspect_verbs")


def gapped_pair(verb: Token) -> bool:
    """'four farmers were hurt and 11 others trapped in the flooding of X': a participle
    coordinated with a passive verb, its auxiliary left out, reports the same incident, whose
    place the pair shares; one with its own auxiliary ('a fifth was hurt across the river') does not."""
    head = verb.head
    return (verb.tag_ == "VBN" and head.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ in SUBJECTS for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def operation_step(verb: Token) -> bool:
    """'mounted a push to retake X', 'opened the raid, aiming at X': a subjectless
    purpose or participle clause of an operation names what the operation was fought over."""
    if verb.dep_ not in ("xcomp", "advcl", "acl") or any(
            c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return False
    head = verb.head
    nouns = [head] if head.pos_ == "NOUN" else [
        c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return any(n.lemma_.lower() in words("incident_nouns") for n in nouns)


def about_incident(clause: Token) -> bool:
    """'a grenade raid that hit a depot in Tarsus': a relative clause on a noun naming an
    incident says where that incident, the event itself, happened, unlike one about a person or
    thing ('traders who lived in X')."""
    return clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and (
        clause.head.lemma_.lower() in words("incident_nouns"))


def acting_relative(verb: Token) -> bool:
    """'men who were waiting behind a wall by the school in X', 'a lorry that overturned in X',
    'a bakery she owned in X': a relative clause telling what a participant was doing, or what
    befell it, at the time puts it at the scene; one saying who someone is ('who was the only
    pharmacist in X', 'whom neighbours called the mayor of X') or lived does not."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() not in words("description_verbs") and not any(
        c.dep_ in ("attr", "acomp") for c in verb.children)


def shares_scene(verb: Token) -> bool:
    """A clause whose place is the event's when the event clause names none: the incident or the
    operation step above, a coordinated verb sharing the event's subject ('was shot and killed on
    the doorstep of his home'), or a circumstance ('as he drove through X', 'downing a jet not far
    from X'). A clause with a subject of its own after 'and', or one of reason or purpose, tells
    another story."""
    if about_incident(verb) or operation_step(verb) or acting_relative(verb) or locates_site(verb):
        return True
    if verb.dep_ == "conj":
        return not any(c.dep_ in SUBJECTS for c in verb.children) and not separate_predicate(verb)
    if verb.dep_ == "advcl":
        marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
        return marks[0] in words("scene_marks") if marks else verb.tag_ == "VBG"
    return False


def separate_predicate(verb: Token) -> bool:
    """'was arrested and is now held in Tromso', 'was arrested in 1998 and stand trial for
    ... at X': a verb coordinated with the event's, sharing its subject but with a tense of its
    own, tells what befell the subject at another time, so its place is not the event's. A verb
    left without auxiliaries shares the first one's ('were hurt and 17 stranded in X', 'stabbed
    a guard and injured two in X'): one incident."""
    head = verb.head
    if verb.dep_ != "conj" or not {verb.pos_, head.pos_} <= {"VERB", "AUX"} or any(
            c.dep_ in SUBJECTS for c in verb.children):
        return False
    own = _auxiliaries(verb)
    if own:
        return own != _auxiliaries(head)
    past = {"VBD", "VBN"}  # the tagger confuses the two; either is the past of the first verb
    # a gerund is left out: 'hurt in raids and looting in X' is a noun the parser took
    # for a verb as often as a clause of its own
    return verb.tag_ != head.tag_ and not {verb.tag_, head.tag_} <= past and verb.tag_ != "VBG"


def _auxiliaries(verb: Token) -> tuple[str, ...]:
    """The tags of a verb's auxiliaries: its tense and voice."""
    return tuple(sorted(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")))


def situating(verb: Token) -> bool:
    """'the canal dividing Flanders from Zeeland', 'a track running to Lagos', 'ridges
    facing Kandy': a participle on a site that says where the site lies acts as a
    preposition of place, not as a clause of its own."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN"
            and verb.lemma_.lower() in words("situating_verbs"))


def bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary ('a bomb packed with nails'): no finite clause of its own."""
    return verb.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def locates_site(verb: Token) -> bool:
    """'at a bakery she owned in Porto', 'near a dam Egypt is raising along the Nile': a
    relative clause on a site says where the site is, and so where an event at the site was."""
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.lower_ in site_nouns()


def _conjunct_clause_below(token: Token, top: Token) -> bool:
    """Whether a clause set against another ('..., but the FMLN announced'), with a subject of
    its own, lies on the way up from `token` to its ancestor `top`."""
    contrast = words("contrast_conjunctions")
    cur = token
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(
                c.dep_ in SUBJECTS for c in cur.children) and any(
                c.dep_ == "cc" and c.lower_ in contrast and c.i < cur.i for c in cur.head.children):
            return True
        cur = cur.head
    return False


def other_conjunct(place: Token, trigger: Token) -> bool:
    """'Talks were to open in Geneva, but after the shelling of the market the rebels said they
    would stay away': clauses set against each other, with subjects of their own, tell two things, so a place in one is no fallback for an event in the other.
    Clauses joined by "and" often tell one incident and share their places."""
    top = next((t for t in [place, *place.ancestors] if t.i == trigger.i or t.is_ancestor(trigger)), None)
    if top is None:
        return False
    return _conjunct_clause_below(place, top) or _conjunct_clause_below(trigger, top)
