"""The actor lexicon: countries, named groups, communities and role nouns from `data/actors/`.

Naming scheme (the canonical names every stage and the evaluation share):
- any organ of a state (executive, army, police, courts, named state forces, its capital used as a
  metonym, its leaders) is "Government of <country short name>", UCDP style; the sector list tells
  the organs apart (GOV, MIL, COP, ...);
- named non-state groups and international organisations keep their lexicon name ("Islamic State");
- armed opposition named only by role and country is "<country adjective> rebels" ("Syrian rebels");
- other role-named actors use the role's generic name ("Civilians", "Refugees") with the country set;
- communities keep their plural name ("Yazidis"), sectors ETH/REL.
Sector ETH is not in PLOVER's table 5.2 (PLOVER puts ethnicity in an attribute field); it is kept
from CAMEO so ethnic victims stay distinguishable.
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
import re
import unicodedata
from dataclasses import dataclass, field

from dateline.data import parse_yaml

PLOVER_SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL "
    "SOC".split()
)
SECTORS = PLOVER_SECTORS | {"ETH"}
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF", "CRM", "MIL"})

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2014": "-"})


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lookup key for an alias: no diacritics, case, punctuation or leading article (cached: the
    same words are looked up for every span that could start or end on them).

    "the Islamic State", "ISLAMIC STATE" and "Islamic-State" share a key; "U.S." and "US" too.
    """
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"(?<=\w)'s\b", " s", text)
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text).replace(".", " ")
    text = re.sub(r"['\u02bc]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^(the|a|an) ", "", text)
    return text


@dataclass(frozen=True)
class Entry:
    """One actor the lexicon knows: canonical name, country and PLOVER sectors."""

    name: str
    country: str | None
    sector: tuple[str, ...]
    kind: str  # "state", "group", "community"
    adjective: str | None = None  # countries: the adjective that names their rebels
    armed: tuple[tuple[str, str], ...] = ()  # communities: (country or "default", actor name)
    fights_state: bool = True  # groups: whether the group is in arms against its country's government


@dataclass(frozen=True)
class Form:
    """An alias of an entry and the part it plays ("name", "adjective", "people", ...)."""

    entry: Entry
    role: str  # name | adjective | people | metonym | person | community_adj
    alias: str
    cased: bool  # the lexicon spelling has capitals: never match all-lowercase text
    exact: bool  # all-capital acronym: match exact case only ("IS", not "is")


@dataclass(frozen=True)
class Role:
    """A role noun ("soldiers", "police", "civilians") and how it names an actor."""

    kind: str  # state | rebel | civil | member | description
    sector: tuple[str, ...]
    generic: str
    title: bool = False
    # prepositions after the noun that give it another sense ("parties to the conflict" are
    # its sides, not political parties)
    not_before: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """All actor knowledge, indexed by `normalise`d alias."""

    forms: dict[str, list[Form]] = field(default_factory=dict)
    surfaces: dict[str, list[str]] = field(default_factory=dict)  # key -> spellings (for matchers)
    roles: dict[str, Role] = field(default_factory=dict)
    titles: dict[str, Role] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)
    by_country: dict[str, Entry] = field(default_factory=dict)

    def add(self, alias: str, entry: Entry, role: str) -> None:
        alias = " ".join(alias.split())
        key = normalise(alias)
        if not key:
            return
        exact = alias.isupper() and len(alias.replace(".", "")) <= 5
        form = Form(entry, role, alias, cased=alias != alias.lower(), exact=exact)
        forms = self.forms.setdefault(key, [])
        if form not in forms:
            forms.append(form)
        spellings = self.surfaces.setdefault(key, [])
        for spelling in dict.fromkeys([alias, alias.replace("'", "\u2019")]):  # typeset "Syria’s"
            if spelling not in spellings:
                spellings.append(spelling)

    def lookup(
        self, text: str, roles: tuple[str, ...] | None = None, cased: bool = False
    ) -> Form | None:
        """The first form of an alias (optionally restricted to some roles), or None.

        With `cased`, the surface must honour the lexicon's spelling: acronyms match their exact
        case ("IS" is not "is") and capitalised names never match all-lowercase text.
        """
        for form in self.forms.get(normalise(text), []):
            if roles is not None and form.role not in roles:
                continue
            if cased and not case_ok(form, text):
                continue
            return form
        return None


def case_ok(form: Form, surface: str) -> bool:
    """Whether a surface honours the lexicon spelling of a form (see `Lexicon.lookup`)."""
    if form.exact:
        return re.sub(r"[\s.]", "", surface) == re.sub(r"[\s.]", "", form.alias)
    return not form.cased or surface != surface.lower()


def _read(name: str) -> str:
    return importlib.resources.files("dateline.data").joinpath(f"actors/{name}").read_text("utf-8")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def government_name(country_name: str) -> str:
    """UCDP-style canonical name of a state actor."""
    return f"Government of {country_name}"


def read_countries() -> list[dict[str, str]]:
    """Rows of `countries.tsv` (comment lines dropped)."""
    lines = [ln for ln in _read("countries.tsv").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def read_yaml(name: str) -> list[dict]:
    """Entries of one YAML lexicon file."""
    return parse_yaml(_read(name)) or []


def _add_countries(lex: Lexicon) -> None:
    for row in read_countries():
        adjectives = _split(row["adjectives"])
        entry = Entry(government_name(row["name"]), row["iso3"], ("GOV",), "state",
                      adjective=adjectives[0] if adjectives else None)
        lex.by_name[entry.name] = entry
        lex.by_country[row["iso3"]] = entry
        for alias in [row["name"], *_split(row["aliases"])]:
            lex.add(alias, entry, "name")
        for alias in adjectives:
            lex.add(alias, entry, "adjective")
        for alias in _split(row["people"]):
            lex.add(alias, entry, "people")
        for alias in _split(row["metonyms"]):
            lex.add(alias, entry, "metonym")


def _add_groups(lex: Lexicon) -> None:
    for row in read_yaml("groups.yaml"):
        name = row["name"]
        state = name.startswith("Government of ")
        entry = Entry(name, row.get("country"), tuple(row.get("sector") or ()),
                      "state" if state else "group", fights_state=row.get("fights_state", True))
        if state and entry.country in lex.by_country:
            entry = Entry(name, entry.country, entry.sector, "state",
                          adjective=lex.by_country[entry.country].adjective)
        lex.by_name.setdefault(name, entry)
        for alias in [name, *row.get("aliases", [])]:
            lex.add(alias, entry, "name")
        for alias in row.get("people") or []:
            lex.add(alias, entry, "person")
        for alias in row.get("metonyms") or []:
            lex.add(alias, entry, "metonym")


def _add_communities(lex: Lexicon) -> None:
    for row in read_yaml("communities.yaml"):
        armed = tuple(sorted((row.get("armed") or {}).items()))
        entry = Entry(row["name"], row.get("country"), tuple(row.get("sector") or ()), "community",
                      armed=armed)
        lex.by_name[entry.name] = entry
        for alias in [row["name"], *row.get("aliases", [])]:
            lex.add(alias, entry, "name")
        for alias in row.get("adjectives") or []:
            lex.add(alias, entry, "community_adj")


def _add_roles(lex: Lexicon) -> None:
    for row in read_yaml("roles.yaml"):
        role = Role(row["kind"], tuple(row.get("sector") or ()), row["generic"], bool(row.get("title")),
                    tuple(row.get("not_before") or ()))
        target = lex.titles if role.title else lex.roles  # titles only before a name: "general strike"
        for noun in row["nouns"]:
            target.setdefault(normalise(noun), role)


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, read once per process."""
    lex = Lexicon()
    _add_countries(lex)
    _add_groups(lex)
    _add_communities(lex)
    _add_roles(lex)
    return lex
