"""Oracle tests: the PermenPANRB 6/2022 and SE MenPANRB 3/2023 worked examples from public sources.

The examples live in ``tests/data/permenpanrb_6_2022_examples.json`` (copied from public sources; see its
``provenance``): the nine cells of the predikat matrix (``p6-matrix-*``) and the distribution examples
(``dist-*``). Every expected value below comes from that file or from a hand derivation written next to the
assertion.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, Final

import pytest

from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_6_2022 import (
    MATRIX,
    RULE_SET,
    EmployeeEvaluation,
    HeadCountRounding,
    OrganisationPredikat,
    Predikat,
    Rating,
    RatingBasis,
    UnitEvaluation,
    UnitResult,
)
from skpcalc.rules.permenpanrb_6_2022 import scoring as s
from skpcalc.rules.permenpanrb_6_2022.scoring import Bound

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "permenpanrb_6_2022_examples.json"


def _load_document() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


DOCUMENT: Final = _load_document()
EXAMPLES: Final[dict[str, dict[str, Any]]] = {example["id"]: example for example in DOCUMENT["examples"]}
MATRIX_EXAMPLES: Final = [item for item in DOCUMENT["examples"] if item["id"].startswith("p6-matrix-")]
DISTRIBUTION_EXAMPLES: Final = [item for item in DOCUMENT["examples"] if "proposed" in item["inputs"]]

#: The examples file writes the ratings in lower case; the library uses the form's capitalisation.
RATINGS: Final = {
    "di atas ekspektasi": Rating.ABOVE,
    "sesuai ekspektasi": Rating.MEETS,
    "di bawah ekspektasi": Rating.BELOW,
}

#: A quarter of 2024 (the regime is in force from 2022): one of the four calendar quarters.
Q4_2024: Final = AppraisalPeriod(date(2024, 10, 1), date(2024, 12, 31))

HARUS_ADA_BP_K: Final = (Predikat.BUTUH_PERBAIKAN, Predikat.KURANG_MISCONDUCT)


def params(examples: Iterable[dict[str, Any]]) -> list[Any]:
    return [pytest.param(item, id=item["id"]) for item in examples]


def cell(example: Mapping[str, Any]) -> tuple[Rating, Rating]:
    inputs = example["inputs"]
    return RATINGS[inputs["rating_hasil_kerja"]], RATINGS[inputs["rating_perilaku_kerja"]]


def ratings_for(label: Predikat) -> tuple[Rating, Rating]:
    """The first matrix cell of the examples file whose predikat is ``label``: ratings that give ``label``."""
    for example in MATRIX_EXAMPLES:
        if example["derived_output"]["predikat"] == label.value:
            return cell(example)
    raise AssertionError(label)  # pragma: no cover - every predikat occurs in the matrix


def staff(name: str, label: Predikat) -> EmployeeEvaluation:
    work, behaviour = ratings_for(label)
    return EmployeeEvaluation(
        employee=name, period=Q4_2024, period_kind="triwulanan", work_rating=work, behaviour_rating=behaviour
    )


def unit_with(organisation: str, counts: Mapping[str, int]) -> UnitEvaluation:
    """A unit whose employees' ratings map to exactly ``counts`` employees per predikat (labels as in the file)."""
    employees = []
    for label, count in counts.items():
        employees += [staff(f"{label} {index + 1}", Predikat(label)) for index in range(count)]
    return UnitEvaluation(unit="Subbagian Umum", organisation_predikat=organisation, employees=employees)


def checks_of(result: UnitResult) -> list[tuple[tuple[Predikat, ...], Bound, int, int, bool]]:
    return [
        (check.classes, check.bound, check.limit, check.count, check.satisfied) for check in result.distribution.checks
    ]


# ----------------------------------------------------------------------------------------------- the matrix


def test_the_file_has_all_nine_cells_once() -> None:
    cells = [cell(example) for example in MATRIX_EXAMPLES]
    assert len(cells) == 9
    assert set(cells) == {(work, behaviour) for work in Rating for behaviour in Rating}
    # The library's matrix is total over the same nine cells.
    assert set(MATRIX) == set(cells)


@pytest.mark.parametrize("example", params(MATRIX_EXAMPLES))
def test_matrix_cell_through_scoring(example: dict[str, Any]) -> None:
    work, behaviour = cell(example)
    expected = Predikat(example["derived_output"]["predikat"])
    assert s.predikat(work, behaviour) is expected
    assert MATRIX[work, behaviour] is expected
    # The rating values as the form prints them are accepted too.
    assert s.predikat(work.value, behaviour.value) is expected


@pytest.mark.parametrize("example", params(MATRIX_EXAMPLES))
def test_matrix_cell_through_the_rule_set(example: dict[str, Any]) -> None:
    work, behaviour = cell(example)
    expected = example["derived_output"]["predikat"]
    evaluation = EmployeeEvaluation(
        employee="198501012010011001",
        period=Q4_2024,
        period_kind="triwulanan",
        work_rating=work,
        behaviour_rating=behaviour,
    )
    result = RULE_SET.evaluate(evaluation)
    assert result.predikat.value == expected
    assert (result.work_rating, result.work_rating_basis) == (work, RatingBasis.GIVEN)
    assert (result.behaviour_rating, result.behaviour_rating_basis) == (behaviour, RatingBasis.GIVEN)
    step = result.explanation.step("predikat")
    assert step.value == expected
    assert step.inputs == (("rating hasil kerja", work.value), ("rating perilaku kerja", behaviour.value))
    assert f"Predikat kinerja pegawai {expected}" in result.render()


def test_the_label_is_kurang_misconduct() -> None:
    # README item 12: "Kurang/Misconduct" is the label (p6-matrix-sesuai-dibawah prints it).
    assert EXAMPLES["p6-matrix-sesuai-dibawah"]["derived_output"]["predikat"] == "Kurang/Misconduct"
    assert Predikat.KURANG_MISCONDUCT.value == "Kurang/Misconduct"


# ---------------------------------------------------------------------------------------- the distribution

#: Each distribution example's checks, in the order of SE MenPANRB 3/2023, as (classes, bound, limit, count,
#: satisfied), derived by hand under the default policies (maxima rounded down, minima rounded up, "harus ada"
#: at least 1; README item 13).
EXPECTED_CHECKS: Final[dict[str, list[tuple[tuple[Predikat, ...], Bound, int, int, bool]]]] = {
    # org Baik, N = 10, SB 2 B 7 BP 1.
    #   Baik at most 70 % of 10 = 7 (exact, no rounding): count 7 <= 7 -> ok.
    #   harus ada BP and/or K: at least 1: count 1 + 0 = 1 -> ok.
    "dist-baik-n10": [
        ((Predikat.BAIK,), Bound.AT_MOST, 7, 7, True),
        (HARUS_ADA_BP_K, Bound.AT_LEAST_ONE, 1, 1, True),
    ],
    # org Baik, N = 10, SB 2 B 8.
    #   Baik at most 7: count 8 > 7 -> breached ("Baik 80% > 70%").
    #   harus ada BP and/or K: count 0 + 0 = 0 < 1 -> breached ("no Butuh Perbaikan or Kurang/Misconduct").
    "dist-baik-n10-invalid": [
        ((Predikat.BAIK,), Bound.AT_MOST, 7, 8, False),
        (HARUS_ADA_BP_K, Bound.AT_LEAST_ONE, 1, 0, False),
    ],
    # org Butuh Perbaikan, N = 10, SB 1 B 2 BP 6 K 1.
    #   BP at least 60 % of 10 = 6: count 6 >= 6 -> ok.
    #   SB at most 10 % of 10 = 1: count 1 <= 1 -> ok.
    "dist-bp-n10": [
        ((Predikat.BUTUH_PERBAIKAN,), Bound.AT_LEAST, 6, 6, True),
        ((Predikat.SANGAT_BAIK,), Bound.AT_MOST, 1, 1, True),
    ],
    # org Sangat Kurang, N = 10, SB 1 B 1 BP 1 K 1 SK 6.
    #   SK at least 60 % of 10 = 6: count 6 >= 6 -> ok.
    #   K and/or BP at least 10 % of 10 = 1: count 1 + 1 = 2 >= 1 -> ok.
    #   SB at most 0 % of 10 = 0: count 1 > 0 -> breached ("Sangat Baik not allowed").
    "dist-sk-n10": [
        ((Predikat.SANGAT_KURANG,), Bound.AT_LEAST, 6, 6, True),
        ((Predikat.KURANG_MISCONDUCT, Predikat.BUTUH_PERBAIKAN), Bound.AT_LEAST, 1, 2, True),
        ((Predikat.SANGAT_BAIK,), Bound.AT_MOST, 0, 1, False),
    ],
}


def test_every_distribution_example_has_a_derivation() -> None:
    assert sorted(item["id"] for item in DISTRIBUTION_EXAMPLES) == sorted(EXPECTED_CHECKS)


@pytest.mark.parametrize("example", params(DISTRIBUTION_EXAMPLES))
def test_distribution_example(example: dict[str, Any]) -> None:
    inputs = example["inputs"]
    proposed: dict[str, int] = inputs["proposed"]
    unit = unit_with(inputs["predikat_organisasi"], proposed)
    assert len(unit.employees) == inputs["n_pegawai"]

    result = RULE_SET.evaluate_unit(unit)
    report = result.distribution

    # The unit has exactly the proposed head-counts, and the check changed no predikat.
    assert {label.value: count for label, count in report.counts} == proposed
    assert [item.predikat for item in result.employees] == [
        Predikat(label) for label, count in proposed.items() for _ in range(count)
    ]
    assert report.employees == inputs["n_pegawai"]
    assert report.organisation_predikat.value == inputs["predikat_organisasi"]

    assert report.conforms is example["derived_output"]["valid"]
    assert checks_of(result) == EXPECTED_CHECKS[example["id"]]
    # One breached rule per reason the examples file gives.
    assert len(report.breaches) == len(example["derived_output"].get("reasons", []))


def test_dist_baik_n10_invalid_names_both_breaches() -> None:
    example = EXAMPLES["dist-baik-n10-invalid"]
    result = RULE_SET.evaluate_unit(unit_with("Baik", example["inputs"]["proposed"]))
    too_many, nobody = result.distribution.breaches
    # Baik 8 > limit 7 (70 % of 10).
    assert (too_many.classes, too_many.count, too_many.limit) == ((Predikat.BAIK,), 8, 7)
    assert (
        too_many.describe()
        == "BREACHED: sebagian besar (maksimal 70%) Baik: 8 employee(s), at most 7 (70 % of the unit)"
    )
    # "harus ada" Butuh Perbaikan and/or Kurang/Misconduct: count 0, at least 1.
    assert (nobody.classes, nobody.bound, nobody.count, nobody.limit) == (HARUS_ADA_BP_K, Bound.AT_LEAST_ONE, 0, 1)
    assert "harus ada" in nobody.rule
    assert (
        nobody.describe() == "BREACHED: harus ada Butuh Perbaikan dan/atau Kurang/Misconduct: 0 employee(s), at least 1"
    )
    text = result.render()
    assert "2 rule(s) breached; no predikat was changed" in text
    # Predikat stay as the matrix gives them: 8 Baik remain 8 Baik.
    assert sum(1 for item in result.employees if item.predikat is Predikat.BAIK) == 8


# ------------------------------------------------------------------------------------ rounding of head-counts


def test_dist_rounding_n7_limits() -> None:
    example = EXAMPLES["dist-rounding-n7"]
    assert example["inputs"]["predikat_organisasi"] == "Baik"
    size = example["inputs"]["n_pegawai"]
    maximum_baik = s.DISTRIBUTION_RULES[OrganisationPredikat.BAIK][0]
    assert (maximum_baik.classes, maximum_baik.bound) == ((Predikat.BAIK,), Bound.AT_MOST)
    # 70 % of 7 = 4.9: rounded down 4 (conservative, the default), half-up 5.
    assert (
        s.head_count_limit(maximum_baik, size, HeadCountRounding.CONSERVATIVE)
        == example["derived_output"]["max_baik_floor"]
    )
    assert (
        s.head_count_limit(maximum_baik, size, HeadCountRounding.HALF_UP)
        == example["derived_output"]["max_baik_round_half_up"]
    )


def test_dist_rounding_n7_five_baik_breach_by_default_and_conform_under_half_up() -> None:
    example = EXAMPLES["dist-rounding-n7"]
    # N = 7: 5 Baik and 2 Butuh Perbaikan (so that the "harus ada" rule holds: 2 >= 1).
    unit = unit_with(example["inputs"]["predikat_organisasi"], {"Baik": 5, "Butuh Perbaikan": 2})
    assert len(unit.employees) == example["inputs"]["n_pegawai"]

    default = RULE_SET.evaluate_unit(unit)
    assert default.policies.head_count_rounding is HeadCountRounding.CONSERVATIVE
    # Baik 5 > floor(4.9) = 4 -> the only breach.
    assert [(c.classes, c.count, c.limit) for c in default.distribution.breaches] == [((Predikat.BAIK,), 5, 4)]
    assert not default.distribution.conforms
    step = default.explanation.step("distribution[0]")
    assert step.value == 4
    assert step.exact is not None
    assert step.exact * 10 == 49  # 70 % of 7 = 4.9 exactly

    half_up = RULE_SET.with_policies(head_count_rounding="half_up").evaluate_unit(unit)
    # Baik 5 <= round_half_up(4.9) = 5; BP 2 >= 1.
    assert checks_of(half_up) == [
        ((Predikat.BAIK,), Bound.AT_MOST, 5, 5, True),
        (HARUS_ADA_BP_K, Bound.AT_LEAST_ONE, 1, 2, True),
    ]
    assert half_up.distribution.conforms
    # The predikat are the same under both policies: the check never changes a predikat.
    assert [item.predikat for item in half_up.employees] == [item.predikat for item in default.employees]


def test_dist_rounding_n7_four_baik_conform_under_both() -> None:
    # 4 Baik <= 4 (conservative) and <= 5 (half-up); 3 Butuh Perbaikan >= 1.
    unit = unit_with("Baik", {"Baik": 4, "Butuh Perbaikan": 3})
    assert RULE_SET.evaluate_unit(unit).distribution.conforms
    assert RULE_SET.with_policies(head_count_rounding="half_up").evaluate_unit(unit).distribution.conforms
