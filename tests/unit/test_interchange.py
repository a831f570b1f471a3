"""Interchange documents: exact round trips and errors that name the path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import activity, appraisal

from skpcalc.errors import (
    FloatInputError,
    FormatError,
    InconsistentInputError,
    InvalidInputError,
    OutOfRangeError,
    UnknownRuleSetError,
)
from skpcalc.interchange import (
    appraisal_document,
    dumps,
    loads,
    read_appraisal,
    read_result,
    result_document,
)
from skpcalc.registry import get_rule_set
from skpcalc.rules.pp46_2011 import RULE_SET, StudyLeaveAppraisal

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pp46_2011_appraisal.json"


def example_document() -> Any:
    return loads(EXAMPLE.read_text(encoding="utf-8"))


def test_loads_reads_numbers_exactly() -> None:
    assert loads('{"a": 9.12, "b": 12}') == {"a": Decimal("9.12"), "b": 12}
    with pytest.raises(FormatError, match="NaN"):
        loads('{"a": NaN}')
    with pytest.raises(FormatError, match=r"valid JSON \(Expecting"):
        loads('{"a": }')


def test_appraisal_round_trip_is_exact() -> None:
    rule_set, subject = read_appraisal(example_document())
    text = dumps(appraisal_document(rule_set, subject))
    again = read_appraisal(loads(text))
    assert again == (rule_set, subject)
    assert dumps(appraisal_document(*again)) == text


def test_result_round_trip_is_exact() -> None:
    rule_set, subject = read_appraisal(example_document())
    result = rule_set.score(subject)
    document = loads(dumps(result_document(rule_set, result)))
    assert document["result"]["final_value"] == "86.17"
    assert read_result(document) == (rule_set, result)


def test_study_leave_round_trip() -> None:
    subject = StudyLeaveAppraisal(
        period=appraisal().period,
        position="struktural",
        academic_score="85.5",
        behaviour=appraisal(aspects=(80, 80, 80, 80, 80, 80)).behaviour,
    )
    document = loads(dumps(appraisal_document(RULE_SET, subject)))
    assert read_appraisal(document)[1] == subject
    result = RULE_SET.score(subject)
    assert read_result(loads(dumps(result_document(RULE_SET, result))))[1] == result


def test_cost_and_credit_round_trip() -> None:
    with_cost = appraisal(activity(target=(1, 100, 12, 1000), done=(1, 90, "9.5", 900)))
    document = appraisal_document(RULE_SET, with_cost)
    assert read_appraisal(json.loads(json.dumps(document)))[1] == with_cost


def _broken(path: list[str | int], value: Any) -> Any:
    document = copy.deepcopy(example_document())
    node = document
    for part in path[:-1]:
        node = node[part]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return document


ACTIVITY = ["appraisal", "skps", 0, "activities", 1]


@pytest.mark.parametrize(
    ("path", "value", "error", "field", "allowed"),
    [
        (["format"], "skp", FormatError, "format", "'skpcalc/appraisal'"),
        (["version"], 2, FormatError, "version", "1 (the only version"),
        (["version"], True, FormatError, "version", "1 (the only version"),
        (["appraisal", "kind"], "dp3", FormatError, "appraisal.kind", "'skp' or 'study_leave'"),
        (["appraisal", "extra"], 1, FormatError, "appraisal.extra", "no such key"),
        (["appraisal", "behaviour"], KeyError, FormatError, "appraisal.behaviour", "is required"),
        (["appraisal", "position"], "eselon", InvalidInputError, "appraisal.position", "one of"),
        (["appraisal", "period", "start"], "2019-02-30", FormatError, "appraisal.period.start", "existing"),
        (["appraisal", "period", "start"], "1/1/2019", FormatError, "appraisal.period.start", "YYYY-MM-DD"),
        (["appraisal", "skps"], {}, FormatError, "appraisal.skps", "a list"),
        ([*ACTIVITY, "target", "time"], 0.5, FloatInputError, f"{'appraisal.skps[0].activities[1]'}.target.time", "float"),
        ([*ACTIVITY, "target", "time"], KeyError, FormatError, "appraisal.skps[0].activities[1].target.time", "required"),
        ([*ACTIVITY, "target", "quality"], 120, OutOfRangeError, "appraisal.skps[0].activities[1].target.quality", "<= 100"),
        ([*ACTIVITY, "realisation", "cost"], 5, InconsistentInputError, "appraisal.skps[0].activities[1].realisation.cost", "None"),
        ([*ACTIVITY, "name"], "", InvalidInputError, "appraisal.skps[0].activities[1].name", "non-empty"),
        (["appraisal", "skps", 0, "creativity", 0, "level"], "dunia", InvalidInputError, "appraisal.skps[0].creativity[0].level", "one of"),
        (["appraisal", "skps", 0, "additional_tasks", 0], 7, FormatError, "appraisal.skps[0].additional_tasks[0]", "a string"),
        (["appraisal", "behaviour", "integrity"], "101", OutOfRangeError, "appraisal.behaviour.integrity", "<= 100"),
    ],
)  # fmt: skip
def test_bad_documents_name_the_path(
    path: list[str | int], value: Any, error: type[Exception], field: str, allowed: str
) -> None:
    with pytest.raises(error) as caught:
        read_appraisal(_broken(path, value))
    assert getattr(caught.value, "field", None) == field
    assert allowed in caught.value.allowed  # type: ignore[attr-defined]


def test_unknown_rule_set_in_document() -> None:
    with pytest.raises(UnknownRuleSetError, match="available: pp46_2011, permenpanrb_8_2021, permenpanrb_6_2022"):
        read_appraisal(_broken(["rule_set"], "pp30_2020"))


def test_not_an_object() -> None:
    with pytest.raises(FormatError, match="document: got"):
        read_appraisal([1, 2])


def test_result_document_errors() -> None:
    rule_set = get_rule_set("pp46_2011")
    result = rule_set.score(read_appraisal(example_document())[1])
    document = loads(dumps(result_document(rule_set, result)))
    document["result"]["explanation"][0]["exact"] = "1/0"
    with pytest.raises(FormatError, match=r"result\.explanation\[0\]\.exact"):
        read_result(document)
    document["result"]["explanation"][0]["inputs"] = [["TO"]]
    with pytest.raises(FormatError, match=r"result\.explanation\[0\]\.inputs\[0\]: got \['TO'\]"):
        read_result(document)
    document["result"]["final_predikat"] = "Sedang"
    with pytest.raises(InvalidInputError, match="final_predikat: got 'Sedang'"):
        read_result(document)
    with pytest.raises(FormatError, match="format"):
        read_result({"format": "skpcalc/appraisal", "version": 1, "rule_set": "pp46_2011", "result": {}})


def test_policies_from_dict() -> None:
    changed = RULE_SET.policies_from_dict({"rounding": {"places": 3, "mode": "down"}, "mutasi": "month_weighted"})
    assert str(changed.policies.rounding) == "3 decimal places, down"
    assert changed.policies.mutasi.value == "month_weighted"
    with pytest.raises(FormatError, match=r"policies\.rounding\.places: got '3'"):
        RULE_SET.policies_from_dict({"rounding": {"places": "3", "mode": "down"}})
    with pytest.raises(FormatError, match=r"policies\.speed"):
        RULE_SET.policies_from_dict({"speed": "fast"})


def test_version_must_be_the_integer_1() -> None:
    with pytest.raises(FormatError, match="version: got Decimal"):
        read_appraisal(_broken(["version"], Decimal("1.0")))


def test_results_beyond_the_input_limits_read_back() -> None:
    # Target 0.001 laporan realised 10^15 times over: kuantitas 10^20 %, beyond the input limit of 10^15.
    huge = appraisal(activity(target=("0.001", 100, 12, None), done=(10**15, 100, 12, None)))
    result = RULE_SET.score(huge)
    assert result.skps[0].activities[0].quantity == Decimal("100000000000000000000.00")
    assert read_result(loads(dumps(result_document(RULE_SET, result))))[1] == result


def test_repeated_keys_and_oversized_json_are_refused() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"time": "9.12"', '"time": "9.12", "time": "3"')
    with pytest.raises(FormatError, match="document: got 'time'; allowed: each key at most once"):
        loads(text)
    with pytest.raises(FormatError, match="reasonable size and depth"):
        loads("1" + "0" * 5000)
    with pytest.raises(FormatError, match="reasonable size and depth"):
        loads("[" * 100_000)


@pytest.mark.parametrize("day", ["20190101", "2019-W01-1", "2019-1-1", "2019-01-01T00:00"])
def test_dates_must_be_written_yyyy_mm_dd(day: str) -> None:
    with pytest.raises(FormatError, match=r"appraisal\.period\.start: got .*; allowed: a date written YYYY-MM-DD"):
        read_appraisal(_broken(["appraisal", "period", "start"], day))
