"""Turn lexicon hits and role nouns into `records.Actor` values, and any alias into its canonical name.

Kept free of spaCy so the evaluation can call `canonical_name` on gold strings without a model.
The naming scheme is documented in `actor_lexicon`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dateline.data import load_yaml
from dateline.mentions.actor_lexicon import ARMED_SECTORS, Entry, Form, Role, case_ok, lexicon, normalise
from dateline.records import Actor

_OF_WORDS = ("of", "for", "in")
FORMER = frozenset({"former", "ousted", "exiled", "deposed", "ex", "late"})


@dataclass(frozen=True)
class Parts:
    """What a noun phrase says about an actor: a named entry and/or a role, plus context."""

    role: Role | None = None
    group: Entry | None = None  # a named group or state organ ("Islamic State", "Syrian Arab Army")
    country: Entry | None = None  # a country named or modified ("Iraqi", "Iraq's")
    community: Entry | None = None  # "Kurdish", "Yazidi"
    context: str | None = None  # alpha-3 of the country the document is about


def actor_of_form(form: Form, text: str) -> Actor:
    """The actor an alias stands for on its own ("Afghans" are Afghan civilians)."""
    entry = form.entry
    if form.role == "people":
        return Actor("Civilians", text, entry.country, ["CVL"])
    if form.role == "person" and entry.kind == "state":
        return Actor(entry.name, text, entry.country, ["GOV"])
    return Actor(entry.name, text, entry.country, list(entry.sector))


def rebels_name(country: Entry) -> str:
    """"Syrian rebels": armed opposition known only by its country."""
    adjective = country.adjective or country.name.removeprefix("Government of ")
    return f"{adjective} rebels"


def compose(parts: Parts, text: str) -> Actor | None:
    """The actor a noun phrase names, from its parts (None when it names no actor)."""
    lex = lexicon()
    role = parts.role
    if parts.group is not None:
        actor = Actor(parts.group.name, text, parts.group.country, list(parts.group.sector))
        unarmed = not (ARMED_SECTORS & set(parts.group.sector)) or parts.group.kind == "state"
        if unarmed and role is not None and role.kind == "state":
            actor.sector = list(role.sector)  # "UN troops" are MIL, "Assad regime" GOV
        return actor
    if parts.community is not None:
        return _community_actor(parts, text)
    country = parts.country
    if role is None:
        return Actor(country.name, text, country.country, list(country.sector)) if country else None
    if country is None and role.kind in ("state", "rebel", "description", "civil"):
        country = lex.by_country.get(parts.context or "")
    iso = country.country if country else None
    if role.kind == "state":
        if country is None:
            return Actor(role.generic, text, None, list(role.sector))
        return Actor(country.name, text, iso, list(role.sector))
    if role.kind == "member":
        return Actor(country.name, text, iso, ["GOV"]) if parts.country else None
    if role.kind in ("rebel", "description") and "UAF" not in role.sector:
        name = rebels_name(country) if country else role.generic
        return Actor(name, text, iso, ["REB"])
    return Actor(role.generic, text, iso, list(role.sector))


def _community_actor(parts: Parts, text: str) -> Actor:
    community = parts.community
    assert community is not None
    role = parts.role
    sectors = list(community.sector)
    armed_role = role is not None and (
        role.kind in ("rebel", "description") or (role.kind == "state" and "MIL" in role.sector)
    )
    if armed_role and community.armed:
        armed = dict(community.armed)
        target = armed.get(parts.context or "") or armed.get("default")
        if target:
            entry = lexicon().by_name.get(target)
            if entry is not None:
                return Actor(entry.name, text, entry.country, list(entry.sector))
            return Actor(target, text, parts.context, ["REB"])
    if role is not None and role.kind == "civil":
        sectors = list(dict.fromkeys([*role.sector, *sectors]))
    elif armed_role and role is not None:
        sectors = list(dict.fromkeys([*role.sector, *sectors]))
    return Actor(community.name, text, community.country or parts.context, sectors)


def role_suffix(words: list[str], titles: bool = False) -> tuple[Role | None, int]:
    """The longest role noun (or, with `titles`, personal title) ending the word list, and where
    it starts. A state force noun qualified by a rebel noun is the rebels' ("urban guerrilla
    commandos", "insurgent units"): the qualifier says whose force it is."""
    lex = lexicon()
    table = lex.titles if titles else lex.roles
    for start in range(max(0, len(words) - 4), len(words)):
        role = table.get(" ".join(words[start:]))
        if role is not None:
            qualifier = table.get(words[start - 1]) if start > 0 else None
            if role.kind == "state" and qualifier is not None and qualifier.kind == "rebel":
                return qualifier, start - 1
            return role, start
    return None, len(words)


def _named_prefix(words: list[str]) -> tuple[Form | None, int]:
    """The longest lexicon alias starting the normalised word list, and where it ends."""
    lex = lexicon()
    for end in range(min(len(words), 8), 0, -1):
        form = lex.lookup(" ".join(words[:end]))
        if form is not None:
            return form, end
    return None, 0


def possessed_parts(owner: Actor, role: Role, context: str | None) -> Parts:
    """"his country's armed forces", "its fighters": the role belongs to an earlier actor. A
    state's office or force under a group or an international body is the group's own ("the UN
    ... its envoy", "the Houthis ... their forces"), not a government's."""
    lex = lexicon()
    entry = lex.by_name.get(owner.name)
    if entry is not None and (role.kind in ("rebel", "description", "member") or entry.kind != "state"):
        return Parts(role=role, group=entry, context=context)
    return Parts(role=role, country=lex.by_country.get(owner.country or ""), context=context)


def parts_of_form(form: Form | None, role: Role | None, context: str | None = None) -> Parts:
    """Parts for a named modifier (or head) plus a role noun."""
    if form is None:
        return Parts(role=role, context=context)
    if form.role == "community_adj" or form.entry.kind == "community":
        return Parts(role=role, community=form.entry, context=context)
    if form.entry.kind == "state" and form.role in ("name", "adjective", "metonym", "people"):
        if form.role == "name" and form.entry.sector != ("GOV",):
            return Parts(role=role, group=form.entry, context=context)
        return Parts(role=role, country=form.entry, context=context)
    return Parts(role=role, group=form.entry, context=context)


def canonical_name(text: str) -> str:
    """Canonical actor name for any alias ("ISIL", "Daesh" -> "Islamic State"; "Syrian army",
    "Government of Syria", "Assad regime" -> "Government of Syria"); the input, tidied, when the
    lexicon does not know it. The evaluation matches actors with this (compare case-insensitively).
    """
    form = lexicon().lookup(text)
    if form is not None:
        return actor_of_form(form, text).name
    words = normalise(text).split()
    actor = _composed(words)
    if actor is not None:
        return actor.name
    tidy = " ".join(text.split())
    for article in ("the ", "The "):
        tidy = tidy.removeprefix(article)
    for suffix in ("'s", "’s"):  # "Haiti's" as a possessor names Haiti
        if tidy.endswith(suffix) and len(tidy) > len(suffix):
            return canonical_name(tidy[: -len(suffix)])
    bare = _unglossed(tidy) or _described(tidy) or _people_of(tidy) or untitled(tidy) or _member_of(tidy) \
        or _body_of(tidy) or _led_by(tidy) or _unlocated(tidy)
    return canonical_name(bare) if bare else tidy


def _unglossed(text: str) -> str | None:
    """"Joint Monitoring Board (JMB)", "Hamas (Islamic Resistance Movement)": the name without the
    acronym or translation that news adds in brackets."""
    bare = " ".join(re.sub(r"\s*\([^)]*\)", " ", text).split())
    return bare if bare and bare != text else None


def _described(text: str) -> str | None:
    """"outlawed Kurdistan Workers' Party", "militant Hizbollah": a known name after lower-case
    words that only describe it."""
    tokens = text.split()
    start = next((i for i, t in enumerate(tokens) if t[:1].isupper() and normalise(t) not in qualifiers()), 0)
    if not start:
        return None
    rest = " ".join(tokens[start:])
    known = lexicon().lookup(rest) is not None or _composed(normalise(rest).split()) is not None
    return rest if known else None


# Prepositions that place an actor without changing who it is ("police in Mombasa").
_PLACING = ("in", "from", "based in", "operating in", "stationed in")


def _unlocated(text: str) -> str | None:
    """"Kenyan police in Mombasa", "a teacher from Leeds", "farmers in the Rift Valley town
    of Nakuru": where an actor is or comes from does not change who it is, so the
    name is the words before a placing preposition followed by a capitalised place."""
    tokens = text.split()
    for i in range(1, len(tokens) - 1):
        for prep in _PLACING:
            words = prep.split()
            if [t.lower() for t in tokens[i : i + len(words)]] != words:
                continue
            place = tokens[i + len(words) :]
            if place and place[0].lower() == "the":
                place = place[1:]
            head = " ".join(tokens[:i])
            common = tokens[i - 1][:1].islower()  # "Party for Freedom in Europe" is a name
            if place and place[0][:1].isupper() and (common or lexicon().lookup(head) is not None):
                return head
    return None


def _led_by(text: str) -> str | None:
    """"Nigerian-led forces", "Saudi-led troops": forces led by a state are that state's
    side, so the leader's adjective stands for it (only when the whole is no known alias)."""
    bare = re.sub(r"(\w)-led\b", r"\1", text, count=1)
    return bare if bare != text and _composed(normalise(bare).split()) is not None else None


def _people_of(text: str) -> str | None:
    """"Bosnian Serbs", "Iraqi Kurds": a people or community named with the country it lives in
    is that people or community (the country goes to the actor's country field, not its name)."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    lex = lexicon()
    where = lex.lookup(tokens[0], roles=("adjective",))
    rest = " ".join(tokens[1:])
    who = lex.lookup(rest, roles=("people", "name"))
    if where is None or who is None or not (who.role == "people" or who.entry.kind == "community"):
        return None
    return rest


def untitled(text: str) -> str | None:
    """A person's name without the titles before it ("Former President Lech Walesa" -> "Lech
    Walesa", "King Abdullah II"), so that a person compares equal with and without them; None
    when no title leads or no capitalised name follows."""
    lex = lexicon()
    tokens = text.split()
    start = 0
    while start < len(tokens):
        step = next((n for n in range(min(4, len(tokens) - start), 0, -1)
                     if _is_title(" ".join(tokens[start : start + n]), lex.titles)), 0)
        if not step:
            break
        start += step
    rest = tokens[start:]
    if not start or not rest or not all(t[:1].isupper() for t in rest if t[:1].isalpha()):
        return None
    name = " ".join(rest)
    # one word after a civil title ("President Bush") or a person the lexicon knows; not a rank
    # that is also a word of names ("General Motors", "Major League")
    civil = any(lex.titles.get(normalise(t)) is not None and "GOV" in lex.titles[normalise(t)].sector
                for t in tokens[:start])
    return name if len(rest) > 1 or civil or lex.lookup(name, roles=("person",)) is not None else None


def _is_title(text: str, titles: dict[str, Role]) -> bool:
    key = normalise(text)
    return bool(key) and (key in titles or all(w in qualifiers() or w in titles for w in key.split()))


def _body_of(text: str) -> str | None:
    """"Andean Community trade ministers", "Kenyan Union of Nurses officials": people
    named by a capitalised body and their role in it speak for that body."""
    tokens = text.split()
    role, start = role_suffix(normalise(text).split())
    speaks = role is not None and (role.kind == "member" or (role.kind == "state" and "GOV" in role.sector))
    if role is None or not speaks or not 0 < start < len(tokens):
        return None  # "the Unknown Brigade" is a unit's name, not people of a body
    cut = len(tokens) - (len(normalise(text).split()) - start)
    body = tokens[:cut]
    if len(body) < 2:  # "Supreme Leader": a title, not a body and its officer
        return None
    joins = {"of", "for", "and", "the", "&"}
    if not body or not body[0][:1].isupper() or not body[-1][:1].isupper() \
            or not all(t[:1].isupper() or t in joins for t in body if t[:1].isalpha()):
        return None
    return " ".join(body)


def _member_of(text: str) -> str | None:
    """"Members of the Union of Nordic Engineers", "leaders of the farmers' alliance":
    the body its members speak for."""
    words = text.split()
    for i, word in enumerate(words[:4]):
        if word.lower() in _OF_WORDS[:1] and 0 < i < len(words) - 1:
            role = lexicon().roles.get(normalise(" ".join(words[:i])))
            if role is not None and role.kind == "member":
                rest = " ".join(words[i + 1 :])
                return rest.removeprefix("the ").removeprefix("The ")
            return None
    return None


def same_actor(a: str, b: str) -> bool:
    """Whether two actor strings name the same actor (by alias, case-insensitively)."""
    return canonical_name(a).casefold() == canonical_name(b).casefold()


def actor_of_text(text: str, context: str | None = None) -> Actor | None:
    """The actor a short noun phrase names on its own ("the Kurdish military"), or None.

    Used when the parse gave no actor mention for a phrase the event stage still asks about.
    A word that is only an acronym of the lexicon in other case ("car bombs" is no "CAR")
    makes the phrase name nobody.
    """
    if any(_miscased_acronym(word) for word in text.split()):
        return None
    form = lexicon().lookup(text, cased=True)
    if form is not None and form.role not in ("metonym",):
        if form.role in ("adjective", "community_adj"):
            return None
        return actor_of_form(form, text)
    actor = _composed(normalise(text).split(), context) or _demonym_person(text)
    if actor is not None:
        actor.text = text
    return actor


def weapon_word(form: Form, head: list[str], role: Role) -> bool:
    """An acronym before a weapon that is itself a word of weapons ("CAR bomb" is a car bomb,
    not the Central African Republic's): the trigger lexicon's instrument cues decide."""
    if role.kind != "instrument" or not form.exact or len(head) != 1:
        return False
    from dateline.events.triggers import load_lexicon

    return any(head[0] in cues for cues in load_lexicon().instruments.values())


def _miscased_acronym(word: str) -> bool:
    """A word whose only lexicon aliases are acronyms in another case ("car", "us", "is")."""
    forms = lexicon().forms.get(normalise(word), [])
    return bool(forms) and all(f.exact and not case_ok(f, word) for f in forms)


def _composed(words: list[str], context: str | None = None) -> Actor | None:
    """"syrian army", "government of syria", "iraq s prime minister", "kurdish fighters"; a
    possessive before an alias's last word is that alias ("regime s helicopters" is "regime
    helicopters")."""
    if not words:
        return None
    if "s" in words[1:-1]:
        form = lexicon().lookup(" ".join(w for w in words if w != "s"))
        if form is not None and form.role == "name":
            return actor_of_form(form, " ".join(words))
    role, start = role_suffix(words)
    if role is not None and start > 0:
        head = [w for w in words[:start] if w != "s"]
        while len(head) > 1 and head[-1] in qualifiers():  # "israel s high court"
            head = head[:-1]
        form, end = _named_prefix(head)
        if form is not None and end == len(head) and not weapon_word(form, head, role):
            return compose(parts_of_form(form, role, context), " ".join(words))
    for i, word in enumerate(words):
        if word in _OF_WORDS and 0 < i < len(words) - 1:
            role = lexicon().roles.get(" ".join(words[:i]))
            form, end = _named_prefix(words[i + 1:])
            if role is not None and form is not None and end == len(words) - i - 1:
                return compose(parts_of_form(form, role), " ".join(words))
    if role is not None and start == 0:
        if role.kind == "instrument":
            return None  # "shells", "an attack": a weapon with no owner names nobody (events/implicit.py may)
        return compose(Parts(role=role, context=context), " ".join(words))
    return _titled_person(words) or _group_unit(words)


def _group_unit(words: list[str]) -> Actor | None:
    """"FARC 12th Front", "ELN Camilist Union guerrillas": a unit of a named group is the group."""
    form, end = _named_prefix(words)
    if form is None or form.entry.kind != "group" or not 0 < len(words) - end <= 4:
        return None
    return actor_of_form(form, " ".join(words))


def _titled_person(words: list[str]) -> Actor | None:
    """"Iraqi President Saddam Hussein", "Japanese Prime Minister ...": the titled person's state."""
    form, end = _named_prefix(words)
    if form is None or form.entry.kind != "state" or end >= len(words):
        return None
    if FORMER & set(words):
        return None  # a former office holder speaks for no state ("Egypt's former president")
    rest = [w for w in words[end:] if w != "s"]  # "jordan s king abdullah"
    while len(rest) > 1 and rest[0] in qualifiers():  # "jordan s visiting king abdullah"
        rest = rest[1:]
    for stop in range(min(len(rest), 4), 0, -1):
        role = lexicon().titles.get(" ".join(rest[:stop]))
        if role is not None:
            return compose(parts_of_form(form, role), " ".join(words))
    return None


def _demonym_person(text: str) -> Actor | None:
    """"Peruvian union leader Rosa Quispe", "Salvadoran journalist X": a demonym, a
    role noun and a capitalised name are one person of that country, with the role's sector."""
    tokens = text.split()
    lex = lexicon()
    form = lex.lookup(tokens[0], roles=("adjective",), cased=True) if tokens else None
    if form is None or form.entry.kind != "state":
        return None
    rest = tokens[1:]
    while len(rest) > 1 and normalise(rest[0]) in qualifiers():
        rest = rest[1:]
    for stop in range(min(len(rest) - 1, 3), 0, -1):
        role = lex.roles.get(normalise(" ".join(rest[:stop])))
        name = rest[stop:]
        if role is not None and role.kind in ("member", "civil", "state") and len(name) <= 4 \
                and all(w[:1].isupper() for w in name):
            return compose(parts_of_form(form, role), text)
    return None


@functools.lru_cache(maxsize=1)
def group_heads() -> frozenset[str]:
    """Head nouns of groups of people (`data/actors/heads.yaml`): a noun phrase the lexicon does
    not know names an actor only with such a head, or a person's."""
    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")["group_heads"])


@functools.lru_cache(maxsize=1)
def unaffiliated_nouns() -> frozenset[str]:
    """Nouns for people whose side the word leaves open ("two suspects", "several
    individuals", `data/actors/heads.yaml`): alone they name no party; a modifier that names
    one ("Taliban suspects") is read by the lexicon first."""
    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")["unaffiliated_nouns"])


@functools.lru_cache(maxsize=1)
def qualifiers() -> frozenset[str]:
    """Words that rank or qualify an office without changing whose it is
    (`data/actors/heads.yaml`): "high court", "vice foreign minister", "former president"."""
    return frozenset(normalise(str(w)) for w in load_yaml("actors/heads.yaml")["qualifiers"])


@functools.lru_cache(maxsize=1)
def word_acronyms() -> frozenset[str]:
    """Acronyms that spell everyday words (`word_acronyms` in `data/actors/heads.yaml`): in an
    all-capital sentence they are read as the word."""
    return frozenset(str(w) for w in load_yaml("actors/heads.yaml")["word_acronyms"])


@functools.lru_cache(maxsize=1)
def backer_participles() -> frozenset[str]:
    """"backed", "funded" (`data/actors/heads.yaml`): "Iran-backed rebels" are not Iran's."""
    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")["backer_participles"])


def backs(match: Span) -> bool:
    """Whether a name within a noun phrase is its backer ("Iran-backed", "U.S.-funded"): the
    next words are a hyphen and a backing participle, or the name modifies that participle."""
    doc, words = match.doc, backer_participles()
    after = doc[match.end:match.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in words:
        return True
    root = match.root
    return root.head.lower_ in words and root.dep_ in {"npadvmod", "compound", "nmod", "amod"}
