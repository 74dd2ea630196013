"""UCDP GED Syria 2016 headlines: type of violence, sides by alias, location (25 km, same adm_1).

"Dev headlines" filter: rows with `date_prec == 1` (exact day), `where_prec <= 2` (place within
25 km) and `number_of_sources == 1`, so one headline is the whole evidence for its rows. Rows
sharing a headline form one document; each gold row takes the nearest unassigned violent
prediction of that document (one-to-one). Publication date: the row's `date_start`, because
a headline has no dateline and `source_date` is unreliable in this release (some are a year
off or 1753); the event date itself is not scored. Headlines are stored as they appeared in
the source pages' HTML, character references included ("&#8220;Islamic State&#8221;",
"regime&#8217;s warplanes" in about 90 rows); the document text is the headline as a reader sees
it, with the references decoded (`html.unescape`).

Scoring follows SPEC.md section 3: detection ("event found", the share of gold rows given a
prediction) is reported on its own, and the per-field figures (violence type, sides, location)
are over matched pairs only, so a missed event counts once, against detection, not again
against every field. For comparison with earlier reports, violence type and the sides F1 are
also given over all gold rows ("... (all rows)"), an unfound row counting as wrong (its sides
as false negatives). Gold sides are split on commas ("Ahrar al-Sham, Jabhat Fateh al-Sham" is
two actors) and every name, gold or predicted, is compared by `matching.actor_key`, the
canonical name of the actor lexicon, so UCDP's "IS" and "Syrian insurgents" equal our
"Islamic State" and "Syrian rebels".

GED's sides are the primary parties of the dyad an event belongs to (UCDP codebook: side_a, side_b
"of the dyad"). A state whose troops fight in another country's internal conflict on its
government's side is a secondary warring party there (UCDP/PRIO Armed Conflict Dataset,
side_a_2nd): GED credits its strikes to the dyad of the government it supports, not to a dyad of
its own. Russia is such a party in Syria's conflict (ACD conflict 299, "Syria: Government",
side_a_2nd from 2015), so a predicted "Government of Russia" in a Syrian row is compared as
"Government of Syria" (`dyad_party`). The table `SECONDARY_PARTIES` holds only what the ACD
lists, by country of the conflict. Pro-government militias (PLOVER sector PRM) are, by the same
reading as for the violence type below, the government of their country.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.matching import actor_key, distance_km, is_violent
from dateline.evaluate.metrics import PRF, Accuracy, Metric, admin_key, crosswalks, fold, set_prf
from dateline.evaluate.result import ErrorRow, SetResult, describe
from dateline.records import Document, Event, Place

NAME = "ucdp_ged"
RELPATH = "ucdp_ged_syria_2016/ged.csv"
FIELD_KM = 25.0
REMOTE_ACLED_TYPE = "Explosions/Remote violence"
ARMED_PARTIES = frozenset({"REB", "PRM", "UAF"})  # armed non-state sectors: victims who are no civilians
# UCDP/PRIO ACD side_a_2nd: conflict country -> {secondary warring state: the government it fights for}
SECONDARY_PARTIES: dict[str, dict[str, str]] = {"SYR": {"Government of Russia": "Government of Syria"}}


@dataclass
class GedRow:
    """One UCDP event: the fields scored."""

    violence: int
    side_a: list[str]
    side_b: list[str]
    place: Place


@dataclass
class GedDoc:
    """One headline and the UCDP events coded from it."""

    document: Document
    rows: list[GedRow] = field(default_factory=list)


def _keep(row: dict[str, str]) -> bool:
    try:
        return (row["date_prec"] == "1" and int(row["where_prec"]) <= 2
                and row["number_of_sources"] == "1" and bool(row["source_headline"].strip()))
    except (KeyError, ValueError):
        return False


def _sides(value: str) -> list[str]:
    return [s.strip() for s in value.split(",") if s.strip()]


def load(path: Path, limit: int | None = None) -> list[GedDoc]:
    """Filtered rows grouped by headline, the first `limit` headlines."""
    docs: dict[tuple[str, str], GedDoc] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not _keep(row):
                continue
            key = (row["source_headline"].strip(), row["date_start"])
            if key not in docs:
                if limit and len(docs) >= limit:
                    continue
                docs[key] = GedDoc(Document(doc_id=f"ged-{row['id']}", text=html.unescape(key[0]),
                                            published=row["date_start"]))
            place = Place(name=row["where_coordinates"], lat=float(row["latitude"]),
                          lon=float(row["longitude"]), admin1=row["adm_1"], country="SYR")
            docs[key].rows.append(GedRow(int(row["type_of_violence"]), _sides(row["side_a"]),
                                         _sides(row["side_b"]), place))
    return list(docs.values())


def violence_type(event: Event) -> int:
    """UCDP type of violence of a predicted event: 3 one-sided (civilians attacked), 1
    state-based (a state side), 2 non-state (armed groups named, no state among them).

    One-sided means civilians targeted directly (ACLED's "Violence against civilians": killings,
    executions, abductions); civilians killed by shelling or air strikes are, for UCDP as for
    ACLED, casualties of the armed conflict (UCDP codebook: deaths "in connection with" fighting
    between the sides), so a remote attack with civilian recipients keeps its conflict type.

    With no armed side named at all ("clashes in Daraa", "shelling kills 3"), the event cannot
    be non-state, which UCDP codes only between two identified organised groups; it falls to
    state-based, UCDP's category for fighting in a country at war whose parties go unnamed.
    Unidentified gunmen (PLOVER sector UAF) are no identified group either, so they alone do
    not make an event non-state.

    Two readings of UCDP's codebook: one-sided violence is armed force "against civilians", so
    an attack whose every victim is an armed party ("IS executes four NDF members", ACLED
    typing aside) is not one-sided; and pro-government militias (PLOVER sector PRM) fight on
    the government's side, which UCDP codes as the government (GED names the National Defence
    Forces' fighting "Government of Syria"), so a PRM side makes the event state-based.

    A third: one-sided violence is armed force "by the government of a state or by a formally
    organised group" against civilians (UCDP definitions), so it needs a perpetrator the text
    identifies as one. Civilians killed at hands nobody names ("44 civilians killed in two
    massacres", "raids on a town kill 4 persons") or by unidentified gunmen are, like unnamed
    fighting, deaths of the state-based conflict of a country at war.
    """
    table = crosswalks()
    civ, state = set(table["civilian_sectors"]), set(table["state_sectors"]) | {"PRM"}
    acled_type = (event.acled or {}).get("event_type")
    remote = acled_type == REMOTE_ACLED_TYPE
    armed_victims = bool(event.recipients) and all(
        (state | ARMED_PARTIES) & set(r.sector) and not civ & set(r.sector) for r in event.recipients)
    perpetrator = any(a.sector and not (civ | {"UAF"}) & set(a.sector) for a in event.actors)
    if perpetrator and ((acled_type in table["civilian_acled_types"] and not armed_victims) or (
            not remote and any(civ & set(r.sector) for r in event.recipients))):
        return 3
    sides = event.actors + event.recipients
    if any(state & set(a.sector) for a in sides):
        return 1
    named = [a for a in sides if a.sector and not (civ | {"UAF"}) & set(a.sector)]
    return 2 if named else 1


def side_names(event: Event) -> list[str]:
    """The event's parties as UCDP counts sides: actors and recipients, but civilian victims
    only in one-sided violence (UCDP's side B "Civilians"); civilians killed in fighting are
    casualties, not a side, of a state-based or non-state event."""
    civ = set(crosswalks()["civilian_sectors"])
    one_sided = violence_type(event) == 3
    return [a.name for a in event.actors + event.recipients if one_sided or not civ & set(a.sector)]


def dyad_party(name: str, country: str | None) -> str:
    """The primary party a side fights under in GED: a secondary warring state of the conflict
    country (`SECONDARY_PARTIES`) is the government it supports; any other side is itself."""
    return SECONDARY_PARTIES.get(country or "", {}).get(name, name)


def _dyad_names(event: Event, country: str | None) -> list[str]:
    """`side_names` as GED's primary parties: a pro-government militia is its government."""
    from dateline.mentions.actor_lexicon import lexicon

    militias = {a.name: a.country for a in event.actors + event.recipients if "PRM" in a.sector and a.country}
    states = lexicon().by_country
    names = [states[militias[n]].name if militias.get(n) in states else n for n in side_names(event)]
    return list(dict.fromkeys(dyad_party(n, country) for n in names))


def _km_or_inf(gold: Place, pred: Place | None) -> float:
    dist = distance_km(gold, pred)
    return float("inf") if dist is None else dist


def _assign(rows: list[GedRow], preds: list[Event]) -> list[Event | None]:
    """Each gold row takes the nearest still-unassigned prediction (unknown distance last)."""
    free = list(preds)
    out: list[Event | None] = []
    for row in rows:
        if not free:
            out.append(None)
            continue
        best = min(free, key=lambda e: _km_or_inf(row.place, e.location))
        free.remove(best)
        out.append(best)
    return out


FIELDS = ("violence type", "side A (alias)", "side B (alias)", "location within 25 km", "same adm_1")


def _checks(row: GedRow, pred: Event, keys: set[str]) -> dict[str, bool]:
    dist = distance_km(row.place, pred.location)
    return {
        "violence type": violence_type(pred) == row.violence,
        "side A (alias)": any(actor_key(s) in keys for s in row.side_a),
        "side B (alias)": any(actor_key(s) in keys for s in row.side_b),
        "location within 25 km": dist is not None and dist <= FIELD_KM,
        "same adm_1": bool(pred.location) and admin_key(row.place.admin1) in (
            admin_key(pred.location.admin1), admin_key(pred.location.name)),  # type: ignore[union-attr]
    }


def _score_row(doc_id: str, row: GedRow, pred: Event | None, m: dict[str, Metric]) -> ErrorRow | None:
    """Detection for every row; fields over the matched pair; the all-rows variants."""
    names = _dyad_names(pred, row.place.country) if pred else []
    sides = set_prf(row.side_a + row.side_b, names, actor_key)
    m["event found"].add(pred is not None)
    m["sides (alias F1, all rows)"].add(sides)  # type: ignore[arg-type]
    gold = (f"type {row.violence} [{', '.join(row.side_a)} vs {', '.join(row.side_b)}] "
            f"@ {row.place.name} ({fold(row.place.admin1)})")
    if pred is None:
        m["violence type (all rows)"].add(False)
        return ErrorRow(doc_id, "miss", gold, describe(pred))
    checks = _checks(row, pred, {actor_key(n) for n in names})
    for name, ok in checks.items():
        m[name].add(ok)
    m["violence type (all rows)"].add(checks["violence type"])
    m["sides (alias F1)"].add(sides)  # type: ignore[arg-type]
    wrong = [n for n, ok in checks.items() if not ok]
    if not wrong:
        return None
    return ErrorRow(doc_id, "wrong " + ", ".join(wrong), gold, describe(pred))


def score(docs: list[GedDoc], predictions: dict[str, list[Event]]) -> SetResult:
    """Per gold row: found (detection); violence type, sides, location over matched pairs;
    violence type and sides also over all gold rows."""
    metrics: dict[str, Metric] = {n: Accuracy() for n in ("event found",) + FIELDS}
    metrics["sides (alias F1)"] = PRF()
    metrics["violence type (all rows)"] = Accuracy()
    metrics["sides (alias F1, all rows)"] = PRF()
    result = SetResult(name=NAME, gold_file=RELPATH, docs=len(docs), metrics=metrics)
    for doc in docs:
        preds = [e for e in predictions.get(doc.document.doc_id, []) if is_violent(e) or e.acled]
        for row, pred in zip(doc.rows, _assign(doc.rows, preds)):
            error = _score_row(doc.document.doc_id, row, pred, metrics)
            if error:
                error.evidence = doc.document.text
                result.errors.append(error)
    result.notes.append(f"{sum(len(d.rows) for d in docs)} gold rows in {len(docs)} headlines; "
                        "fields over matched pairs, '(all rows)' over every gold row")
    return result


def evaluate(path: Path, limit: int | None) -> list[SetResult]:
    """Load, run the full pipeline, score."""
    from dateline.evaluate.predict import extract_events

    docs = load(path, limit)
    return [score(docs, extract_events([d.document for d in docs]))]
