"""Turn lexicon hits and role nouns into `records.Actor` values, and any alias into its canonical name.

Kept free of spaCy so the evaluation can call `canonical_name` on gold strings without a model.
The naming scheme is documented in `actor_lexicon`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from dateline.data import load_yaml
from dateline.mentions.actor_lexicon import ARMED_SECTORS, Entry, Form, Role, lexicon, normalise
from dateline.records import Actor

_OF_WORDS = ("of", "for", "in")


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
    it starts."""
    lex = lexicon()
    table = lex.titles if titles else lex.roles
    for start in range(max(0, len(words) - 4), len(words)):
        role = table.get(" ".join(words[start:]))
        if role is not None:
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
    """"his country's armed forces", "its fighters": the role belongs to an earlier actor."""
    lex = lexicon()
    if role.kind in ("rebel", "description", "member") and owner.name in lex.by_name:
        return Parts(role=role, group=lex.by_name[owner.name], context=context)
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
    return tidy


def same_actor(a: str, b: str) -> bool:
    """Whether two actor strings name the same actor (by alias, case-insensitively)."""
    return canonical_name(a).casefold() == canonical_name(b).casefold()


def actor_of_text(text: str, context: str | None = None) -> Actor | None:
    """The actor a short noun phrase names on its own ("the Kurdish military"), or None.

    Used when the parse gave no actor mention for a phrase the event stage still asks about.
    """
    form = lexicon().lookup(text, cased=True)
    if form is not None and form.role not in ("metonym",):
        if form.role in ("adjective", "community_adj"):
            return None
        return actor_of_form(form, text)
    actor = _composed(normalise(text).split(), context)
    if actor is not None:
        actor.text = text
    return actor


def _composed(words: list[str], context: str | None = None) -> Actor | None:
    """"syrian army", "government of syria", "iraq s prime minister", "kurdish fighters"."""
    if not words:
        return None
    role, start = role_suffix(words)
    if role is not None and start > 0:
        head = [w for w in words[:start] if w != "s"]
        form, end = _named_prefix(head)
        if form is not None and end == len(head):
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
    rest = words[end:]
    for stop in range(min(len(rest), 4), 0, -1):
        role = lexicon().titles.get(" ".join(rest[:stop]))
        if role is not None:
            return compose(parts_of_form(form, role), " ".join(words))
    return None


@functools.lru_cache(maxsize=1)
def group_heads() -> frozenset[str]:
    """Head nouns of groups of people (`data/actors/heads.yaml`): a noun phrase the lexicon does
    not know names an actor only with such a head, or a person's."""
    return frozenset(str(w).lower() for w in load_yaml("actors/heads.yaml")["group_heads"])
