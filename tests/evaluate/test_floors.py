"""Quality gate: regressions fail, changed gold is flagged, pinning never lowers silently."""

from __future__ import annotations

import pytest

from dateline.errors import DatelineError
from dateline.evaluate.floors import check, pin, primary
from dateline.evaluate.metrics import PRF, Accuracy, Distribution
from dateline.evaluate.result import SetResult
from dateline.evaluate.run import evaluate_command


def result(f1_tp: int = 8, acc: int = 7, sha: str = "abc") -> SetResult:
    return SetResult(name="s", gold_file="f", gold_sha256=sha, docs=10, metrics={
        "detection": PRF(tp=f1_tp, fp=10 - f1_tp, fn=10 - f1_tp),
        "type": Accuracy(correct=acc, total=10), "km": Distribution([1.0])})


@pytest.mark.parametrize("metric, value", [
    (PRF(1, 1, 1), 0.5), (Accuracy(3, 4), 0.75), (Accuracy(0, 0), None), (Distribution([2.0]), None),
])
def test_floors_primary_figure(metric, value):
    assert primary(metric) == value


def test_floors_check_passes_then_flags_regression_and_changed_gold():
    floors = pin([result()], {"sets": {}})
    assert floors["sets"]["s"]["floors"] == {"detection": 0.8, "type": 0.7}
    assert check([result()], floors) == []
    worse = check([result(f1_tp=6)], floors)
    assert len(worse) == 1 and "detection" in worse[0]
    assert "gold file changed" in check([result(sha="other")], floors)[0]
    assert check([SetResult(name="unpinned", gold_file="g")], floors) == []


def test_floors_pin_never_lowers_without_reason():
    floors = pin([result()], {"sets": {}})
    kept = pin([result(acc=5)], floors)
    assert kept["sets"]["s"]["floors"]["type"] == 0.7
    lowered = pin([result(acc=5)], floors, lower_reason="gold relabelled")
    assert lowered["sets"]["s"]["floors"]["type"] == 0.5
    assert lowered["history"][-1]["reason"] == "gold relabelled"
    raised = pin([result(acc=9)], floors)
    assert raised["sets"]["s"]["floors"]["type"] == 0.9


def test_floors_refused_with_limit(tmp_path):
    with pytest.raises(DatelineError, match="full runs"):
        evaluate_command("isaf", limit=3, floors=tmp_path / "f.json")


def test_floors_results_from_report_round_trip(tmp_path):
    from dateline.evaluate.floors import results_from_report
    from dateline.evaluate.report import write_json

    path = tmp_path / "r.json"
    write_json(path, [result()], with_errors=False, command="dateline evaluate all")
    back = results_from_report(path)
    assert pin(back, {"sets": {}}) == pin([result()], {"sets": {}})
