"""Tell a mention of a kind of event ("such attacks", "kidnappings have increased") from a
report of one occurrence.

News and commentary talk about violence in general as often as they report it: "the spate of
abductions", "a regime that shells its towns", "by blowing up power lines", "such
attacks will not intimidate us". None of these is an event a user wants in a dataset. A
mention is generic here when, with no explicit date pinning it to an occasion, it
- is an event noun quantified over a kind ("some bombings", "frequent murders", "such an
  attack"), a bare plural after a preposition of cause or topic ("due to terrorist attacks on
  the pipeline"), or under a trend or class noun ("the spate of abductions", "the number of
  murders", "most of the murders");
- is the subject of a trend verb ("kidnappings have increased");
- is a verb in the simple present with no auxiliary ("a regime that shells its towns") or
  in the present passive ("civilians are executed"), the habitual tenses, except in a headline
  or the text's first sentence (which use them for news); or a verb of habit ("are
  systematically murdered", "the air force keeps shelling", "has been laying mines");
- is a relative clause characterising its antecedent ("those who shot the bishop", "a
  regime that has shelled hamlets"), or an event noun under a habitual support verb
  ("bombings are carried out by these pilots");
- is a gerund with a bare plural object ("by blowing up power lines", "for kidnapping
  children"), the form of an activity rather than an act;
- is a participle describing plural people ("wounded people", "their murdered mayors");
- counts its victims in the thousands ("the deaths of over 40,000"), as a vague multitude
  ("hundreds of Peruvians have been slain"), or over a span ("there have been 4 murders since
  ...", "in the last 5 months 90 people have died violently"), or counts the events
  themselves ("187 kidnappings"): a running total or summary;
- names as its target a whole people or a kind of place ("shelling the rural population",
  "bomb cities", "to kill Peruvians"), the target of a campaign rather than of an incident;
- names its victims only as a kind ("the murder of activists", "countless Colombians have
  been assassinated", "reporters have been slain");
- is harm from a mishap ("killed in the accident"; with no cause named, in a story that leads
  with a crash: `mishaps.mishap_toll`) or a sound ("explosions were heard"),
  whatever its date, or a blast that names no device and hits nothing ("the explosions are
  very strong", "the crisis exploded"), which tells neither the nature of an attack nor its
  target;
- has only abstract objects ("destroyed the legitimacy of the government", "the destruction
  of democracy"), a figure of speech;
- is one of three or more bare nouns in a list ("doing time for kidnapping, extortion, murder
  and robbery") or of definite plurals ("the arrests, the bombings, the war parades"), a list
  of kinds of crime;
- is a bare event noun under a word of activity or crime ("engage in kidnapping", "charged
  with murder", "practices like kidnapping") or the object of a verb of advocating or
  employing ("incited assassination", "has used kidnapping"), the name of a kind of act;
- is a word of the name of an organisation, a work or a law ("the Committee of Mothers of
  the Murdered", "the Anti-Kidnapping Law");
- is a noun a command or infinitive asks to stop ("stop all raids", "to halt
  attacks"), an activity rather than an occasion;
- is told in a "when" clause after a phrase dated years back ("in March 1978, when 40
  people were killed") or names an old year the date reader left unattached ("who was
  assassinated in 1835"), an old occasion recalled (`history`), or is background the
  sentence recalls in a subordinate part ("whom they had abducted", "after a week of
  shelling", "in revenge for a mortar strike": `recalled`), or an act one is able to do
  (`activity_kinds`);
- for any type, reports nobody's act: a warned consequence, a service suspended with no one
  named, a standing position, a protest's demand, a proposal's content, a deal's terms
  (`non_acts`).
Blasts, sounds and figures of speech are read in `non_attacks`, mishaps in `mishaps`.
The cue words live in `data/genericity.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.activity_kinds import activity_noun, advocated_kind, bare_series, capability, ceased_activity
from dateline.events.generic_cues import PLACE_PREPS, anchored, anchored_by, bare_plural, cues, victims
from dateline.events.history import old_year_in_clause, recalls_past
from dateline.events.mishaps import accidental, mishap_toll
from dateline.events.non_acts import no_act
from dateline.events.non_attacks import figurative, perceived, unspecified_blast
from dateline.events.recalled import recalled
from dateline.events.totals import event_tally, multitude, period_series, running_total, span_total, tally

_ANCHORS = frozenset({"nummod", "poss"})
_NAMES = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})  # entities a trigger word can only name
_PRESENT = frozenset({"VBZ", "VBP"})
_SITUATING_PREPS = PLACE_PREPS | {"around"}  # "fighting around Rastan"


def quantified_kind(noun: Token) -> bool:
    """"some bombings", "frequent murders", "such an attack": a noun quantified over a kind.
    A number or possessor ("two other attacks", "their attack") anchors it to occasions."""
    if noun.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ in _ANCHORS for c in noun.children):
        return False
    kinds = cues().quantifiers
    for child in noun.children:
        if child.dep_ in {"det", "amod", "predet"} and child.lower_ in kinds:
            # "such", "any", "every" quantify in the singular too; the others only over plurals
            if child.lower_ in cues().singular_kind_quantifiers or noun.tag_ in {"NNS", "NNPS"}:
                return True
    return False


def any_kind(noun: Token) -> bool:
    """"respond to any attack", "such an attack", "every attack": a singular noun quantified
    over its kind names no occasion, whatever date the sentence gives (the date of "said last
    week that it would respond to any attack" is the saying's). In the plural a date still
    pins the kind to occasions ("such attacks on Monday")."""
    return noun.tag_ == "NN" and not any(c.dep_ in _ANCHORS for c in noun.children) and any(
        c.dep_ in {"det", "amod", "predet"} and c.lower_ in cues().singular_kind_quantifiers
        for c in noun.children)


def under_trend(noun: Token) -> bool:
    """"the spate of abductions", "a spate of abduction and killing", "most of the killings",
    "all their raids, including the ambushes", "several operations, such as the bombing":
    the noun names the members of a trend, class or quantity."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in {"including", "as", "like"} and prep.head.pos_ == "NOUN":
        # "all their raids, including the ambushes", "several operations, such as the
        # attack on an ambulance": an example of a kind is no occasion of its own
        head = prep.head
        return under_trend(head) or quantified_kind(head) or any(
            c.dep_ in {"predet", "det"} and c.lower_ in cues().quantifiers for c in head.children)
    if first.dep_ != "pobj" or prep.lower_ != "of":
        return False
    word = prep.head.lemma_.lower()
    quantity = prep.head.pos_ in {"ADJ", "DET", "PRON"} and word in cues().quantifiers
    return word in cues().trend_nouns or quantity


def participle_kind(tok: Token) -> bool:
    """"wounded people", "their murdered mayors", "children hurt in fighting": a participle describing
    a plural noun with no number or definite article, a description of people rather than a
    report of what befell them ("the wounded soldiers", "people killed in Cali" are particular)."""
    head = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not anchored(tok):
        # "the treatment of children wounded in fighting": a bare plural described by what befell it
        return bare_plural(head) and head.pos_ == "NOUN" and not any(
            c.dep_ == "amod" and c.lower_ in cues().quantifiers | {"several", "few", "other"}
            for c in head.children)
    return tok.dep_ == "amod" and head.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"the", "these", "those"})
        for c in head.children)


def trend_subject(noun: Token) -> bool:
    """"kidnappings have increased": the noun is the subject of a trend verb."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues().trend_verbs


def habitual_verb(verb: Token, headline: bool) -> bool:
    """A verb in the simple present with no auxiliary ("the anarchy that destroys nations"), in
    the present passive ("civilians are executed", "many traders are abducted by gangs"), a
    relative clause in the present progressive that characterises someone ("the death squads,
    which are murdering people with impunity"), or under a habit ("the air force keeps shelling",
    "are systematically murdered")."""
    if headline or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in cues().habitual_adverbs for c in verb.children):
        return True
    if verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "dobj"} and verb.head.lemma_.lower() in cues().habit_verbs:
        return True  # "keeps bombing" (the parser reads the gerund as an xcomp or an object)
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG" and verb.dep_ == "relcl":
        return any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children)
    if verb.tag_ == "VBG" and [c.lower_ for c in aux][-2:] in (["has", "been"], ["have", "been"]):
        return True  # "the ELN has been laying mines": an activity over a span
    if verb.tag_ == "VB" and verb.dep_ == "conj" and not aux and verb.head.tag_ in _PRESENT and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.head.children):
        return True  # "they question them first and then murder them"
    if verb.tag_ == "VBN":
        return bool(aux) and all(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in aux)
    return verb.tag_ in _PRESENT and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def habit_object(noun: Token, headline: bool = False) -> bool:
    """"the air force keeps shelling" with the gerund tagged as a noun: an activity kept up; "the
    ELN has been laying mines": a bare plural under a verb of habit (`habitual_verb`). A
    headline's simple present reports news, as for `habitual_verb` ("Army forces clashes
    with rebels", where the tagger takes "forces" for the verb and "clashes" for its object)."""
    if noun.dep_ == "dobj" and bare_plural(noun) and habitual_verb(noun.head, headline):
        return True
    return (noun.dep_ in {"dobj", "xcomp"} and noun.head.lemma_.lower() in cues().habit_verbs
            and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children))


def habitual_support(noun: Token, headline: bool = False) -> bool:
    """"dawn raids are conducted by those squads", "they commit murders": an event noun
    under a support verb in a habitual form is a practice, like `habitual_verb` (whose
    headline reading holds here too: "Jets conduct strikes on X" is news)."""
    head = noun.head
    if noun.dep_ not in {"nsubjpass", "dobj"} or head.lemma_.lower() not in cues().support_verbs:
        return False
    return habitual_verb(head, headline)


def characterising(verb: Token) -> bool:
    """"those who shot the bishop", "a regime that has killed the nuns",
    "cowards who have attacked the people": a relative clause whose subject is the antecedent,
    an indefinite or demonstrative one, describes what kind of agent it is, not a new incident
    ("the man who threw the bomb" picks out one act and stays)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    noun = clause.head
    relative = {c.dep_ for c in clause.children if c.tag_ in {"WP", "WDT"}}
    if noun.lower_ in cues().characterised or any(
            c.dep_ in {"det", "predet"} and c.lower_ in cues().characterised for c in noun.children):
        return bool(relative & {"nsubj", "nsubjpass"})  # "those who", "all those persons who"
    if "nsubj" not in relative:
        return False  # "the village where troops killed ten" is not about the village
    # an indefinite antecedent with a perfect ("a regime that has killed"); in the past
    # tense ("guerrillas who attacked the bus were caught") it introduces the actors of a report
    if not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in clause.children):
        return False  # the present perfect only: "members who had kidnapped" were caught
    dets = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    return noun.tag_ in {"NNS", "NN"} and (dets in (["a"], ["an"]) or (not dets and noun.tag_ == "NNS"))


def generic_gerund(verb: Token) -> bool:
    """"by blowing up power lines", "for kidnapping children", "to continue killing people":
    an activity with a bare plural object, not a progressive clause ("were kidnapping")."""
    keeping = cues().habit_verbs | cues().continuation_verbs
    habit = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in keeping
    if verb.tag_ != "VBG" or (verb.dep_ not in {"pcomp", "pobj", "csubj", "nsubj", "dobj"} and not habit):
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(bare_plural(o) for o in objects)


def kind_list(noun: Token) -> bool:
    """"kidnapping, extortion, murder, and robbery": three or more bare nouns or gerunds in
    one coordination, a list of kinds of crime rather than a report of one."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
    if len(members) < 3:
        return False
    summary = [m for m in members if m.tag_ in {"NNS", "NNPS"} and _definite_bare(m)]
    if noun in summary and (len(summary) == len(members) or len(summary) >= 3):
        return True  # "the arrests, the bombings, the war parades": a summary of kinds
    # "killing four men, injuring two others": counted objects make the acts particular
    objects = [o for m in members for o in m.children if o.dep_ == "dobj"]
    if any(c.dep_ == "nummod" for o in objects for c in o.children):
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "predet"} for m in members for c in m.children)


def _definite_bare(noun: Token) -> bool:
    """A noun with "the" and nothing that singles out occasions ("the bombings", not "the
    bombings of the two banks")."""
    dets = [c.lower_ for c in noun.children if c.dep_ in {"det", "nummod", "poss", "predet"}]
    return dets == ["the"] and not any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in noun.children)


def situated(main: Token) -> bool:
    """A named place or a date inside the trigger's own phrase ("clashes in Eastern Ghouta",
    "new deaths in Raqqa", "fighting between X and Y in Daraa"): in a headline,
    which drops the articles that would otherwise anchor it, that makes it a report. A verb's
    place object counts too ("rockets and jets strike Jisr al-Shughur")."""
    for tok in main.subtree:
        if tok.ent_type_ == "DATE" or (tok.dep_ == "dobj" and tok.head.i == main.i and _place(tok)):
            return True
        if tok.dep_ == "prep" and tok.lower_ in _SITUATING_PREPS and any(
                _place(t) for t in tok.subtree):
            return True  # "near the western edge of Idlib"
    return False


def _place(tok: Token) -> bool:
    """A toponym: a place entity or a token of a recognised place mention."""
    if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("places", []))


def kind_victims(main: Token) -> bool:
    """Victims named only as a kind: "the murder of activists", "countless Colombians have been
    assassinated", "reporters have been slain". A noun event needs its victims bare and no
    place phrase; a verb needs them bare in the present perfect, or quantified beyond any count
    ("countless"; "many civilians have been wounded" still reports one event's harm)."""
    found = victims(main)
    if not found:
        return False
    kinds = cues().victim_kinds
    if all(any(c.dep_ in {"det", "amod"} and c.lower_ in kinds for c in v.children) for v in found):
        return True
    if anchored(main):
        return False
    # "many civilians", "several houses": a rough count of one event's victims, not a kind
    kinds = [v for v in found if bare_plural(v) and v.pos_ == "NOUN" and not _named(v) and not any(
        c.dep_ == "amod" and c.lower_ in cues().quantifiers | {"several", "few"} for c in v.children)]
    if len(kinds) < len(found):
        return False
    if main.pos_ in {"NOUN", "PROPN"}:
        return True
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in main.children)


def _named(noun: Token) -> bool:
    """Victims that are, or are followed by, a person's name ("the murder of activists, Juan
    Perez and Ana Gomez", a surname misread as a plural): the people are particular."""
    return noun.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                             for c in noun.children)


_QUALIFIERS = frozenset({"prep", "relcl", "acl", "nummod", "appos"})
_PEOPLE_DETS = frozenset({"the", "our", "its", "their", "his", "her", "this", "that", "whole"})


def collective_target(main: Token) -> bool:
    """"shelling the rural population", "slaughter the Peruvian people", "bomb cities",
    "attacks on densely populated areas": the victims are a whole people or a kind of place,
    the way commentary speaks of a campaign. A count, a place or a clause on them ("the people
    at the meeting", "the residents of Monte Verde") or on the trigger makes them particular."""
    targets = victims(main) + _targets(main)
    if not targets or _placed_besides(main, targets):
        return False
    return all(_collective(t) for t in targets)


def _placed_besides(main: Token, targets: list[Token]) -> bool:
    """`anchored`, but not by the target's own phrase: "raids on the rural people"
    names a target, not a place ("raids on the people of Soyapango" is placed)."""
    named = {t.i for t in targets}
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and anchored_by(c)
               and not all(g.i in named for g in c.children if g.dep_ == "pobj")
               for c in main.children)


def _targets(main: Token) -> list[Token]:
    """"raids on the rural people" (a noun's "on"/"against" phrase); "attacked and
    bombed the people" (a verb without an object shares its conjunct's)."""
    if main.pos_ in {"NOUN", "PROPN"}:
        return [g for c in main.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "upon"}
                for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in main.children):
        return []
    return [g for c in main.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for g in c.children if g.dep_ == "dobj"]


def _collective(noun: Token) -> bool:
    if any(c.dep_ in _QUALIFIERS for c in noun.children):
        return False
    lemma, c = noun.lemma_.lower(), cues()
    if noun.lower_ in {"people", "peoples"}:  # "several people were hurt" is a rough count
        return any(m.dep_ == "poss" or m.lower_ in _PEOPLE_DETS or (
            m.dep_ == "amod" and m.lower_ not in c.quantifiers | {"several", "few", "other"})
            for m in noun.children)
    if lemma in c.collective_victims:
        return True
    if noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"}:
        # "guns to kill Peruvians", "many honest Bolivians have been slain": a nation's
        # people, as "the Peruvian people" ("several Colombians were hurt" is a rough count)
        return not any(m.lower_ in {"several", "few", "other", "some"} for m in noun.children)
    return lemma in c.collective_places and noun.tag_ in {"NNS", "NNPS"}


def gerund_object(noun: Token) -> bool:
    """"those who like throwing bombs", "by planting bombs": a bare plural object of an
    activity, like `generic_gerund`."""
    verb = noun.head
    if noun.dep_ != "dobj" or not bare_plural(noun) or verb.tag_ != "VBG":
        return False
    if verb.dep_ not in {"pcomp", "pobj", "csubj", "nsubj", "dobj"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children)


def _in_name(main: Token) -> bool:
    """A word inside the name of an organisation, a work or a law whose head is another, proper
    noun ("the Bombing Survivors Association"); a recogniser's span headed by the trigger itself
    ("coalition airstrikes" read as an organisation) names nothing."""
    if main.ent_type_ not in _NAMES:
        return False
    span = next((e for e in main.doc.ents if e.start <= main.i < e.end), None)
    return span is not None and span.root.i != main.i and span.root.pos_ == "PROPN"


def is_generic(tokens: list[Token], explicit_date: bool, headline: bool, violent: bool = True) -> bool:
    """Whether an event's trigger tokens name a kind of event (see the module docstring).
    `tokens` are the main trigger first, then its folded, light or directive words. The cues
    about victims, harm and habit hold for violent events only: "banned opposition
    candidates" or "will not admit any more migrants" name no kind of ban or refusal."""
    if not tokens:
        return False
    main = tokens[0]
    if _in_name(main):
        return True  # "the Committee of Relatives of Murdered People": part of a name
    if recalled(main, explicit_date, violent) or capability(tokens):
        return True  # background the sentence recalls, whatever its date; an act one can do
    if period_series(main) or any_kind(main):
        return True  # several acts counted over weeks, or "any attack": no one occasion
    if not violent:
        kinds = main.pos_ in {"NOUN", "PROPN"} and not explicit_date
        return no_act(tokens, headline) or (
            kinds and (quantified_kind(main) or under_trend(main) or trend_subject(main)))
    # whatever date the sentence gives: mishaps, totals, lists of kinds of crime
    if any(accidental(t) or mishap_toll(t) for t in tokens) or tally(main) or running_total(main) or perceived(main):
        return True
    if span_total(main) or unspecified_blast(main) or figurative(main):
        return True
    if main.dep_ in {"nsubj", "nsubjpass"} and running_total(main.head):
        return True  # "fighting had displaced 300,000 people since December": the verb's total
    placed = headline and any(situated(t) for t in tokens)  # "Clashes in Daraa": a report
    if participle_kind(main) or (not placed and main.tag_ in {"NNS", "NN", "VBG"} and kind_list(main)):
        return True
    if explicit_date:
        return False
    if recalls_past(main) or old_year_in_clause(main):  # "in March 1978, when ...": history
        return True
    if kind_victims(main) or collective_target(main) or event_tally(main) or multitude(main):
        return True
    if main.pos_ in {"NOUN", "PROPN"}:
        return ((not placed and quantified_kind(main)) or under_trend(main) or trend_subject(main)
                or gerund_object(main) or habitual_support(main, headline) or activity_noun(main)
                or ceased_activity(main) or habit_object(main, headline) or advocated_kind(main)
                or (not placed and bare_series(main)))
    return habitual_verb(main, headline) or generic_gerund(main) or characterising(main)
