"""What part a place name plays around an event verb: the owner of a mission or the end of an
organisation's name ("the U.S. embassy", "the Islamic State of Iraq"), a national adjective, a
reference point ("30 km west of Lyon"), the origin of an actor or victim ("fighters from
Dagestan", "Anna Berg of Norway"), the subject of a protest, a site ("his Oslo flat"), the
home of local actors ("Kunar villagers"), where a source is ("according to a source in Tartus"),
which town a named actor is from ("Haddad, of Beit Jala, fired"), or a phrase framing the
whole sentence ("In Herat, ..."). resolve/location.py asks these questions to keep a place
that only qualifies something from being taken for the place where the event happened. Word lists
live in data/event_location.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.resolve.nesting import (
    MODIFIER_DEPS, container_of, encloses, place_nouns, precision_rank, site_nouns, words,
)


def in_organisation_name(span: Span) -> bool:
    """'the Islamic State of Iraq and Al-Sham', 'the Revolutionary Armed Forces of Colombia': a
    place closing an organisation's name says which the organisation is, not where it acted."""
    root = span.root
    while root.dep_ == "conj" and root.head != root and root.head.dep_ in ("pobj", "conj"):
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        name = root.head.head
    elif root.dep_ == "conj" and any(c.lower_ == "of" for c in root.head.children):
        name = root.head  # 'the Islamic State of Iraq and Al-Sham' parsed as 'State ... and Al-Sham'
    else:
        return False
    return (name.is_title and name.lower_ in words("organisation_heads")
            and any(c.dep_ in ("amod", "compound") and c.is_title and c.i < name.i for c in name.children))


def mission_owner(span: Span) -> bool:
    """'the French embassy in Mali', 'the embassies of Canada and Italy in Quito':
    the country a mission represents, never where the mission is."""
    root = span.root
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    qualifies = root.dep_ in MODIFIER_DEPS or root.dep_ == "pobj" and root.head.lower_ == "of"
    return qualifies and head.lower_ in words("mission_nouns")


def names_a_site(span: Span) -> bool:
    """'her Kandy home', "Lagos's main avenues", 'the banks of Mekong River': a name
    qualifying a kind of place or building says where that site is, whatever else the name may
    stand for elsewhere in the text; not when the site is where someone went or came from ('taken
    to an Amman hospital')."""
    root = span.root
    if root.dep_ in MODIFIER_DEPS:
        site = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        site = root.head.head
    else:
        return False
    if site.pos_ != "NOUN" or site.lower_ not in site_nouns():
        return False
    return not (site.dep_ == "pobj" and site.head.lower_ in words("motion_preps"))


def adjectival(span: Span) -> bool:
    """'Iraqi forces', 'Syrian warplanes': an adjective describes whose or which thing, not
    where it was; a place's own name tagged as an adjective ('Deir Ezzor airbase') still names it."""
    root, place, text = span.root, span._.place, span.text.lower()
    if root.dep_ != "amod" or root.pos_ != "ADJ" or (place is not None and text == place.name.lower()):
        return False
    if root.head.lower_ in words("boundary_nouns") | words("shore_nouns"):
        return False  # 'on the Afghan border', 'the Iraqi coastline': the adjective places the line
    return any(text.endswith(ending) for ending in words("demonym_endings"))


def reference_point(span: Span) -> bool:
    """'10 km south of Baghdad', 'not far from Azaz', 'the border with Israel': a place a
    distance is measured from, or the far side of a boundary."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "pobj":  # 'between Georgia and South Ossetia'
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "between"):
        return root.head.head.lemma_.lower() in words("boundary_nouns")
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    cue = root.head.head
    return cue.lower_ in words("reference_cues") and cue.i < root.i


def local_actor(subject: Token, path: list[Token]) -> bool:
    """'Nangarhar residents protested', 'people of Mubingi commune captured a rebel', 'activists in
    Hong Kong demonstrated', 'the Venice theater burned down': actors said to live or be in a place
    act there, and a site or an incident ('hurt by a parcel bomb in X') is where it is, unlike
    'fighters from Dagestan' or 'the Syrian army', whose place says where they come from or whose
    they are. A passive's agent ('captured by police in Karachi') is read as its subject."""
    below = path[:path.index(subject)]
    if subject.dep_ == "agent" and below and below[-1].dep_ == "pobj":
        subject, below = below[-1], below[:-1]  # 'hurt by a parcel bomb in X'
    if subject.lemma_.lower() in words("incident_nouns"):
        # 'hurt by a parcel bomb in X', 'the fire at a depot in X gutted ...': an
        # incident is where it happened
        return all(t.dep_ in ("compound", "pobj", "amod", "nmod", "appos", "conj", "prep", "poss")
                   and (t.dep_ != "prep" or t.lower_ in words("locative_preps") | {"of"})
                   for t in below)
    if subject.lemma_.lower() in words("resident_nouns") | words("local_force_nouns") or (
            subject.lower_ in site_nouns()):
        # 'The Venice theater burned down': a site that undergoes the event is where it happened
        return all(t.dep_ in ("compound", "pobj", "poss", "amod", "nmod", "appos", "conj", "prep")
                   and (t.dep_ != "prep" or t.lower_ in ("of", "in")) for t in below)
    return any(t.dep_ == "prep" and t.head == subject and t.lower_ in words("place_preps")
               for t in below)


def protested_matter(path: list[Token], gov: Token) -> bool:
    """'protested against the war on Iraq', 'marched over the detention of X in Hakkari': a place
    in what a protest is about is where that matter is, not where people protested, and one the
    phrase names itself ('demonstrated against the company and Libya') is whom they oppose. Of a
    place further inside that phrase only one reached through 'on'/'of'/'to' counts ('against the
    visit to Beirut'): 'protested against Bush in Toronto' is as often said, and there the parser
    hangs the protest's own place on the noun."""
    if gov.lemma_.lower() not in words("protest_verbs") or not any(
            t.dep_ == "prep" and t.head == gov and t.lower_ in words("topic_preps") for t in path):
        return False
    if all(t.dep_ in ("pobj", "conj", "compound") for t in path[:-1]):
        return True  # 'marched against the Dutch firm and Chile': whom they oppose
    return any(t.dep_ == "prep" and t.head != gov and t.lower_ in ("on", "of", "to")
               and t.head.lower_ not in site_nouns() for t in path)  # not 'the town of Ghent'


def person_patient(span: Span, gov: Token) -> bool:
    """'A US Marine was killed', 'gunmen shot Millan': the patient of a verb that harms people
    names who was harmed, not where."""
    root = span.root
    if root.head != gov or root.dep_ not in ("nsubjpass", "dobj"):
        return False
    return gov.lemma_.lower() in words("person_patient_verbs")


def origin(path: list[Token]) -> bool:
    """'fighters from Chechnya', 'workers from Asian countries': a place introduced by an origin
    preposition on a noun says where someone or something comes from, not where it happened; on
    a verb of taking ('seized the Falkland Islands from Britain') it says from whom."""
    preps = [t for t in path if t.dep_ == "prep"]
    if not preps or preps[0].lower_ not in words("origin_preps"):
        return False
    head = preps[0].head
    return head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or head.lemma_.lower() in words("taking_verbs")


def origin_of_patient(path: list[Token]) -> bool:
    """'Tom Hale of Ohio was seized', 'two monitors, one from Ghana, were seized',
    'Novak, a sergeant with the garrison in the Adriatic port, was stabbed', 'killed Anna Berg
    of Norway': where the victim comes from or serves, not where the event happened."""
    patients = [t for t in path[1:] if t.dep_ == "nsubjpass"
                or t.dep_ == "dobj" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
    if not patients or not (is_person_like(patients[0])
                            or patients[0].head.lemma_.lower() in words("person_patient_verbs")):
        return False  # 'Kupczyk, an officer with the brigade in X, was shot': a person all the same
    below = path[:path.index(patients[0])]
    described = [patients[0], *(t for t in below if t.dep_ == "appos" and t.head == patients[0])]
    return any(t.dep_ == "prep" and t.lower_ in ("of", "from", "with") and t.head in described
               for t in below)


def is_person_like(token: Token) -> bool:
    """A common noun that is not a kind of place ('observers', 'owner') or a person's name."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    return token.pos_ == "NOUN" and token.lower_ not in place_nouns()


def describes_a_thing(span: Span, gov: Token) -> bool:
    """"U.S. aircraft", "Washington's relationship": a name modifying a noun that is neither the
    event nor a kind of place says whose or what thing, not where the event was."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head == gov:
        return False
    head = root.head
    if local_force(span):
        return False  # 'Dallas police shot ...': whose force, and so where it acts
    if head.pos_ == "PROPN" and head.i == span.end and head.text[:1].isupper() and (
            head.lower_ not in words("organisation_heads")):
        return False  # 'the village of Beit Sahour': the rest of the place's own name
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in place_nouns() and not head.ent_type_


def sets_the_scene(span: Span) -> bool:
    """'In Herat, three farmers were hurt ... in Shindand district', 'In Kadikoy, a
    district of Istanbul, ...', 'Later, in the west Idlib plain, the troops shelled
    ... the village of X': a phrase of place fronting its clause, before a comma and the subject,
    frames the report; a place the clause itself names narrows it."""
    opener = next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "prep"
                   and t.lower_ in words("locative_preps") and t.head.pos_ in ("VERB", "AUX")), None)
    if opener is None:
        return False
    subject = next((c for c in opener.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    phrase = list(opener.subtree)
    if subject is None or phrase[-1].i >= subject.i:
        return False
    # 'In Basra on Monday, four bakers ...': a comma closes the fronted phrases
    return any(t.text == "," for t in span.doc[phrase[-1].i + 1:subject.i])


def settlement_of(span: Span, cands: list[Span]) -> Span:
    """'the Canadian Consulate in Porto', 'the Kenyan Embassy in Rome': a mission
    is named after the country it represents, so the town that holds it is the event's place."""
    if span.doc[span.end - 1].lower_ not in words("mission_nouns"):
        return span
    holders = [c for c in cands if c != span and (container_of(c, span) or encloses(c, span))]
    return min(holders, key=lambda c: (precision_rank(c), abs(c.start - span.end))) if holders else span


def introduced_by_locative(span: Span, preps: frozenset[str] | None = None, reach: int = 3) -> bool:
    """'in Mosul', 'near the town of Sinjar', 'close to Ambon': a preposition of place governs the
    name."""
    preps = preps or words("locative_preps")
    cur = span.root
    for _ in range(reach):
        if cur.dep_ == "pobj" and (cur.head.lower_ in preps or cur.head.lower_ == "to"
                                   and cur.head.head.lower_ in ("close", "next")):
            return True  # 'in Mosul', 'close to the town of Ambon'
        if cur.dep_ not in ("pobj", "appos", "conj", "compound", "prep", "poss") or cur.head == cur:
            return False
        cur = cur.head
    return False


def speaker_place(span: Span, trigger: Token) -> bool:
    """'according to an army source in Tartus', 'according to a note from the ministry in
    Muscat': where the source of a report is, which is no sign of where the event happened.
    Not 'a police source in Tikrit said': a source so named is most often a local one."""
    cur = span.root
    for _ in range(12):
        if cur == trigger or cur.head == cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ == "according":
            return True
        cur = cur.head
    return False


def named_actor_origin(path: list[Token], trigger: Token) -> bool:
    """'Sami Haddad, 31, of Beit Jala near Bethlehem, fired a rocket ...': a place on the path
    (`path`, from the name up to `trigger`) that says which town a named actor is from tells who
    the actor is, not where the act was."""
    actor = next((t for t in path if t.dep_ == "nsubj" and t.head == trigger), None)
    if actor is None or actor.ent_type_ != "PERSON":
        return False
    return any(t.dep_ == "prep" and t.head == actor and t.lower_ in ("of", "from") for t in path)


def local_force(span: Span) -> bool:
    """'Dallas police shot ...', 'shot by London police': a town naming its own police force, the
    actor of the clause, says where the force acts, even when the tagger read the name as a
    metonym; a country's police ('the U.S. police') may act anywhere in it."""
    root, place = span.root, span._.place
    force = root.head
    acting = force.dep_ == "nsubj" or force.dep_ == "pobj" and force.head.dep_ == "agent"
    return (root.dep_ == "compound" and force.lemma_.lower() in words("local_force_nouns") and acting
            and place is not None and place.precision != "country")

