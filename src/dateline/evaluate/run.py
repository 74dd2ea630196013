"""`dateline evaluate`: find the gold, run the adapters, time them, print and write reports."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from dateline.errors import DatelineError, Errors
from dateline.evaluate.adapters import SETS, GoldSet
from dateline.evaluate.result import SetResult

DEFAULT_GOLD = Path("..") / "shared" / "gold"
SPEC_SUFFIX = ".gold.jsonl"


def gold_root(gold_dir: Path | None) -> Path:
    """The gold folder: --gold-dir, else $DATELINE_GOLD_DIR, else ../shared/gold from the
    working directory, else ../shared/gold next to the source checkout."""
    if gold_dir is not None:
        return gold_dir
    if os.environ.get("DATELINE_GOLD_DIR"):
        return Path(os.environ["DATELINE_GOLD_DIR"])
    if DEFAULT_GOLD.is_dir():
        return DEFAULT_GOLD
    checkout = Path(__file__).resolve().parents[3].parent / "shared" / "gold"
    return checkout if checkout.is_dir() else DEFAULT_GOLD


def file_sha256(path: Path) -> str:
    """Hash of a gold file, so a report (and a quality floor) says which gold it measured."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _require(path: Path) -> Path:
    if not path.exists():
        raise DatelineError(Errors.E012.format(path=path))
    return path


def run_spec_file(path: Path, limit: int | None) -> list[SetResult]:
    """Score any SPEC.md section 2 gold file."""
    from dateline.evaluate.adapters import spec_gold

    began = time.perf_counter()
    result = spec_gold.evaluate(_require(path), limit)
    result.seconds = time.perf_counter() - began
    result.gold_sha256 = file_sha256(path)
    return [result]


def run_set(gold_set: GoldSet, root: Path, limit: int | None) -> list[SetResult]:
    """One registered set: check its files, run, time and fingerprint it."""
    for rel in gold_set.files:
        _require(root / rel)
    began = time.perf_counter()
    results = gold_set.run(root, limit)
    elapsed = time.perf_counter() - began
    for result in results:
        if not result.seconds:
            result.seconds = elapsed / len(results)
        gold_path = root / result.gold_file
        result.gold_file = str(Path(result.gold_file))
        if gold_path.is_file():
            result.gold_sha256 = file_sha256(gold_path)
    return results


def run_guarded(gold_set: GoldSet, root: Path, limit: int | None) -> list[SetResult]:
    """`run_set` for `all`: one broken set is recorded as failed and the others still run."""
    try:
        return run_set(gold_set, root, limit)
    except DatelineError:
        raise
    except Exception as exc:  # noqa: BLE001  (reported in the table and the exit status)
        return [SetResult(name=gold_set.name, gold_file=gold_set.files[0],
                          notes=[f"FAILED: {type(exc).__name__}: {exc}"])]


def spec_files(root: Path) -> list[Path]:
    """Every SPEC-format gold file under the gold folder (scored by `all`)."""
    return sorted(root.rglob("*" + SPEC_SUFFIX)) if root.is_dir() else []


def _run_by_name(name: str, root: Path, limit: int | None) -> list[SetResult]:
    """Worker-process entry: sets are looked up by name (their runners are not picklable)."""
    return run_guarded(SETS[name], root, limit)


def run_all(root: Path, limit: int | None, jobs: int = 1,
            progress: Callable[[str], None] | None = None) -> list[SetResult]:
    """Every registered set, then every SPEC-format file under the gold folder; with `jobs` > 1
    the sets run in that many processes, the costliest first, results in registry order."""
    _require(root)
    say = progress or (lambda message: None)
    by_name: dict[str, list[SetResult]] = {}
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        order = sorted(SETS, key=lambda n: -SETS[n].cost)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {name: pool.submit(_run_by_name, name, root, limit) for name in order}
            say(f"evaluating {', '.join(order)} in {jobs} processes")
            for name in order:
                by_name[name] = futures[name].result()
                say(f"{name} done ({sum(r.seconds for r in by_name[name]):.0f} s)")
    else:
        for name in SETS:
            say(f"evaluating {name}")
            by_name[name] = run_guarded(SETS[name], root, limit)
            say(f"{name} done ({sum(r.seconds for r in by_name[name]):.0f} s)")
    results = [r for name in SETS for r in by_name[name]]
    for path in spec_files(root):
        say(f"evaluating {path.name}")
        results.extend(run_spec_file(path, limit))
    return results


def run_named(name: str, root: Path, limit: int | None, jobs: int = 1,
              progress: Callable[[str], None] | None = None) -> list[SetResult]:
    """A set by name, `all`, or a path to a `*.gold.jsonl` file."""
    if name == "all":
        return run_all(root, limit, jobs, progress)
    if name in SETS:
        return run_set(SETS[name], root, limit)
    if name.endswith((".jsonl", ".json")) or Path(name).exists():
        return run_spec_file(Path(name), limit)
    choices = ", ".join([*SETS, "all", "<file>" + SPEC_SUFFIX])
    raise DatelineError(Errors.E013.format(what="gold set", name=name, choices=choices))


def evaluate_command(
    gold_set: str,
    limit: int | None = None,
    report: Path | None = None,
    show_errors: bool = False,
    gold_dir: Path | None = None,
    write_doc: Path | None = None,
    floors: Path | None = None,
    pin_floors: bool = False,
    lower_reason: str | None = None,
    jobs: int = 1,
) -> list[SetResult]:
    """The CLI's `evaluate`: run, print a table per set, optionally write JSON and markdown,
    and check (or pin) the quality floors."""
    from dateline.evaluate import report as rep

    if floors is not None and limit:
        raise DatelineError(Errors.E091.format(limit=limit))
    root = gold_root(gold_dir)
    began = time.perf_counter()
    results = run_named(gold_set, root, limit, jobs=jobs, progress=rep.progress)
    total = time.perf_counter() - began
    for result in results:
        rep.print_result(result, show_errors=show_errors)
    rep.print_summary(results, total)
    extra = (["--floors", str(floors)] if floors else []) + (["--pin-floors"] if pin_floors else [])
    extra += ["--lower-floors", repr(lower_reason)] if lower_reason else []
    command = rep.command_line(gold_set, limit, report, show_errors, gold_dir, write_doc, jobs,
                               tuple(extra))
    if report is not None:
        rep.write_json(report, results, with_errors=show_errors, command=command)
    if write_doc is not None:
        rep.write_markdown(write_doc, results, total, command=command)
    failed = [r.name for r in results if any(n.startswith("FAILED") for n in r.notes)]
    if failed:
        raise DatelineError(Errors.E092.format(names=", ".join(failed)))
    if floors is not None:
        gate(results, floors, pin_floors, lower_reason)
    return results


def gate(results: list[SetResult], path: Path, pin: bool, lower_reason: str | None) -> None:
    """Pin the floors to this run, or fail with every regression listed."""
    from dateline.evaluate import floors as fl
    from dateline.evaluate.report import err

    pinned = fl.read(path)
    if pin:
        fl.write(path, fl.pin(results, pinned, lower_reason))
        err.print(f"floors pinned -> {path}")
        return
    problems = fl.check(results, pinned)
    if problems:
        raise DatelineError(Errors.E090.format(count=len(problems), details="; ".join(problems)))
    err.print(f"quality floors met ({path})")
