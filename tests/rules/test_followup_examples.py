"""Oracle tests: the angka kredit and tunjangan kinerja worked examples from public sources.

The examples live in ``tests/data/followup_examples.json`` (transcribed from public sources; see its
``provenance``). Each one is reproduced through the public API of :mod:`skpcalc.followup` (``credit``,
the shipped allowance rules) and through a ``skpcalc/followup`` document read by ``evaluate``. Every expected
value comes from that file or from a hand derivation written next to the assertion.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import pytest

from skpcalc.followup import (
    LEVELS,
    PERCENTAGES,
    PMA_29_2016,
    Accumulation,
    AllowanceResult,
    CreditPeriod,
    CreditPolicies,
    CreditResult,
    Level,
    PerformanceClass,
    credit,
    get_allowance_rule,
)
from skpcalc.followup.interchange import evaluate, result_document
from skpcalc.numeric import Rounding, RoundingPolicy, quantize
from skpcalc.period import AppraisalPeriod

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "followup_examples.json"


def _load_document() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


DOCUMENT: Final = _load_document()
EXAMPLES: Final[dict[str, dict[str, Any]]] = {example["id"]: example for example in DOCUMENT["examples"]}
TWO_PLACES: Final = RoundingPolicy(places=2, mode=Rounding.HALF_UP)
CREDIT_IDS: Final = ("ak-annual-ahli-pertama-sb", "ak-periodic-ahli-pertama-baik-2bulan")
SEQUENCE_IDS: Final = ("ak-accumulation-ahli-pertama", "ak-mixed-year-ahli-muda")
ALLOWANCE_IDS: Final = (
    "tukin-lhk-kurang",
    "tukin-bakamla-sangat-kurang",
    "tukin-pma-29-2016-cukup",
    "tukin-pma-29-2016-kurang",
    "tukin-pma-29-2016-buruk",
)


def dec(text: str) -> Decimal:
    return Decimal(text)


def period_of(data: dict[str, str]) -> AppraisalPeriod:
    return AppraisalPeriod(date.fromisoformat(data["start"]), date.fromisoformat(data["end"]))


def credit_period(data: dict[str, Any]) -> CreditPeriod:
    return CreditPeriod(period_of(data["period"]), data["predikat"], data["level"])


def credit_document(periods: list[dict[str, Any]], initial: str = "0") -> dict[str, Any]:
    body = {"kind": "angka_kredit", "periods": periods, "initial": initial}
    return {"format": "skpcalc/followup", "version": 1, "followup": body}


def scored(periods: list[CreditPeriod], **options: Any) -> CreditResult:
    return credit(periods, **options)


# ------------------------------------------------------------------------------------------ the data file


def test_every_example_is_tested_once() -> None:
    tested = {*CREDIT_IDS, *SEQUENCE_IDS, *ALLOWANCE_IDS, "ak-conversion-table"}
    assert tested == set(EXAMPLES)
    assert len(EXAMPLES) == len(DOCUMENT["examples"])  # ids are unique


@pytest.mark.parametrize("example", DOCUMENT["examples"], ids=lambda example: example["id"])
def test_every_example_has_a_status_and_a_source(example: dict[str, Any]) -> None:
    assert example["status"] in {"published", "derived-from-published-rule", "derived-from-secondary-source"}
    assert example["source"]
    assert example["inputs"]
    assert example["expected"]


# ------------------------------------------------------------------------------------------ angka kredit


@pytest.mark.parametrize("example_id", CREDIT_IDS)
def test_one_period(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, expected = example["inputs"], example["expected"]
    result = scored([credit_period(inputs)])
    (row,) = result.rows
    assert row.months == inputs["months"]
    assert row.percentage == inputs["percentage"]
    assert row.coefficient == dec(inputs["coefficient"])
    assert row.value == dec(expected["value_2dp"])
    assert result.total == dec(expected["value_2dp"])
    step = result.explanation.step("periods[0].value")
    assert step.exact == Fraction(expected["value_exact"])
    # The formula of the source: bulan / 12 x persentase x koefisien.
    assert Fraction(inputs["months"], 12) * Fraction(inputs["percentage"], 100) * Fraction(
        inputs["coefficient"]
    ) == Fraction(expected["value_exact"])


def test_periodic_example_under_exact_accumulation_rounds_once() -> None:
    # One period: rounding the row or the total once gives the same printed 2.08 (exact 25/12 = 2.0833...).
    example = EXAMPLES["ak-periodic-ahli-pertama-baik-2bulan"]
    exact = scored([credit_period(example["inputs"])], policies=CreditPolicies(accumulation=Accumulation.EXACT))
    assert exact.total == dec(example["expected"]["value_2dp"])
    assert exact.explanation.step("total").exact == Fraction(example["expected"]["value_exact"])


@pytest.mark.parametrize("example_id", SEQUENCE_IDS)
def test_accumulated_periods(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, expected = example["inputs"], example["expected"]
    result = scored([credit_period(item) for item in inputs["periods"]], initial=inputs["initial"])
    assert [row.value for row in result.rows] == [dec(value) for value in expected["rows_2dp"]]
    assert result.total == dec(expected["total_2dp"])
    assert result.initial == dec(inputs["initial"])


def test_accumulation_example_exact_total() -> None:
    # 75/4 + 25/12 = 125/6 = 20.8333... -> 20.83 under both accumulations: rounding the rows loses nothing here.
    example = EXAMPLES["ak-accumulation-ahli-pertama"]
    periods = [credit_period(item) for item in example["inputs"]["periods"]]
    exact = scored(periods, policies=CreditPolicies(accumulation="exact"))
    assert exact.explanation.step("total").exact == Fraction(example["expected"]["total_exact_of_the_exact_rows"])
    assert exact.total == dec(example["expected"]["total_2dp"])


def test_accumulation_example_thresholds() -> None:
    # Ahli Pertama: AK kumulatif 50 for kenaikan pangkat and 100 for kenaikan jenjang; 20.83 reaches neither.
    example = EXAMPLES["ak-accumulation-ahli-pertama"]
    result = scored([credit_period(item) for item in example["inputs"]["periods"]])
    assert (result.level, result.rank_threshold, result.level_threshold) == (Level.AHLI_PERTAMA, dec("50"), dec("100"))
    assert (result.rank_reached, result.level_reached) == (False, False)


@pytest.mark.parametrize("example_id", SEQUENCE_IDS)
def test_accumulated_periods_through_a_document(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, expected = example["inputs"], example["expected"]
    outcome = evaluate(credit_document(inputs["periods"], inputs["initial"]))
    assert isinstance(outcome, CreditResult)
    written = result_document(outcome)["result"]
    assert [row["value"] for row in written["rows"]] == [str(dec(value)) for value in expected["rows_2dp"]]
    assert Decimal(written["total"]) == dec(expected["total_2dp"])


def test_conversion_table() -> None:
    example = EXAMPLES["ak-conversion-table"]
    inputs, table = example["inputs"], example["expected"]["table_2dp"]
    assert {member.value: percent for member, percent in PERCENTAGES.items()} == inputs["percentages"]
    assert {level.value: rule.coefficient for level, rule in LEVELS.items()} == {
        name: dec(value) for name, value in inputs["coefficients"].items()
    }
    cells = 0
    for level_name, row in table.items():
        year = AppraisalPeriod(date(2023, 1, 1), date(2023, 12, 31))
        for predikat, printed in row.items():
            result = scored([CreditPeriod(year, predikat, level_name)])
            # The source's value is the exact product rounded half-up to 2 decimals.
            exact = Fraction(inputs["percentages"][predikat], 100) * Fraction(inputs["coefficients"][level_name])
            assert quantize(exact, TWO_PLACES) == dec(printed)
            assert result.total == dec(printed), (level_name, predikat)
            cells += 1
    assert cells == 8 * 5


# ---------------------------------------------------------------------------------------- tunjangan kinerja


def assessment_of(inputs: dict[str, Any]) -> str:
    return str(inputs["predikat"] if "predikat" in inputs else inputs["score"])


@pytest.mark.parametrize("example_id", ALLOWANCE_IDS)
def test_allowance(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, expected = example["inputs"], example["expected"]
    rule = get_allowance_rule(inputs["rule"])
    result = rule.payable(assessment_of(inputs), inputs["base"], period_of(inputs["period"]))
    assert result.percentage == dec(expected["percentage"])
    assert result.payable == dec(expected["payable"])
    assert result.cut == dec(expected["cut"])
    assert result.applies_to == period_of(expected["applies_to"])
    assert result.payable + result.cut == dec(inputs["base"])


@pytest.mark.parametrize("example_id", ALLOWANCE_IDS)
def test_allowance_through_a_document(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, expected = example["inputs"], example["expected"]
    body = {
        "kind": "tunjangan_kinerja",
        "rule": inputs["rule"],
        "assessment": assessment_of(inputs),
        "base": inputs["base"],
        "period": inputs["period"],
    }
    outcome = evaluate({"format": "skpcalc/followup", "version": 1, "followup": body})
    assert isinstance(outcome, AllowanceResult)
    written = result_document(outcome)["result"]
    assert (written["percentage"], written["payable"], written["cut"]) == (
        expected["percentage"],
        expected["payable"],
        expected["cut"],
    )
    assert written["applies_to"] == expected["applies_to"]


@pytest.mark.parametrize("example_id", ALLOWANCE_IDS[2:])
def test_pma_scores_lie_in_the_band_named(example_id: str) -> None:
    # PP 46/2011 bands: 61-75 Cukup, 51-60 Kurang, 50 and below Buruk; the cut is 100 % minus the percentage paid.
    inputs = EXAMPLES[example_id]["inputs"]
    cut = {"Cukup": 25, "Kurang": 50, "Buruk": 75}[inputs["nilai_band"]]
    result = PMA_29_2016.payable(inputs["score"], inputs["base"], period_of(inputs["period"]))
    assert 100 - result.percentage == cut


def test_lhk_example_reads_the_predikat_of_any_rule_set() -> None:
    # "Kurang" (PP 30/2019) and "Kurang/Misconduct" (PermenPANRB 6/2022) are the same class.
    inputs = EXAMPLES["tukin-lhk-kurang"]["inputs"]
    rule = get_allowance_rule(inputs["rule"])
    for label in ("Kurang/Misconduct", "KURANG", PerformanceClass.KURANG):
        assert rule.payable(label, inputs["base"], period_of(inputs["period"])).payable == dec("4250000")
