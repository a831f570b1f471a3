"""The PermenPANRB 6/2022 rule set: bad input, policies, the annual predikat, ranking, interchange and CLI.

Every expected value is derived by hand next to its assertion, from the regulation's rules as the domain
research states them (the matrix of PermenPANRB 6/2022, the distribution of SE MenPANRB 3/2023) or from the
policy's documented reading.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Final

import pytest

from skpcalc.cli import run
from skpcalc.errors import (
    FloatInputError,
    FormatError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    NotInForceError,
    OutOfRangeError,
    UnknownRuleSetError,
)
from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, read_result, result_document
from skpcalc.period import AppraisalPeriod
from skpcalc.registry import get_rule_set
from skpcalc.rules.permenpanrb_6_2022 import (
    RULE_SET,
    AnnualPredikat,
    BehaviourValue,
    CoreValue,
    EmployeeEvaluation,
    EmployeeResult,
    EvaluationPeriod,
    HeadCountRounding,
    Indicator,
    LeaderRating,
    MajorityReading,
    OrganisationPredikat,
    Permenpanrb6RuleSet,
    Policies,
    Predikat,
    Rating,
    RatingBasis,
    RatingDerivation,
    ResultKind,
    Skp,
    UnitEvaluation,
    UnitResult,
    WorkResult,
    rank,
)
from skpcalc.rules.permenpanrb_6_2022 import scoring as s
from skpcalc.rules.permenpanrb_6_2022.scoring import Bound

EXAMPLE: Final = Path(__file__).resolve().parents[2] / "examples" / "permenpanrb_6_2022_appraisal.json"

A, M, B = Rating.ABOVE, Rating.MEETS, Rating.BELOW

Q1_2024: Final = AppraisalPeriod(date(2024, 1, 1), date(2024, 3, 31))
Q2_2024: Final = AppraisalPeriod(date(2024, 4, 1), date(2024, 6, 30))
Q4_2021: Final = AppraisalPeriod(date(2021, 10, 1), date(2021, 12, 31))

IKI: Final = Indicator(name="Jumlah laporan yang disusun", aspect="kuantitas", target="3 laporan")

#: The matrix cell used to give an employee each predikat (PermenPANRB 6/2022 kuadran kinerja).
CELL: Final = {
    Predikat.SANGAT_BAIK: (A, A),
    Predikat.BAIK: (M, M),
    Predikat.BUTUH_PERBAIKAN: (B, M),
    Predikat.KURANG_MISCONDUCT: (M, B),
    Predikat.SANGAT_KURANG: (B, B),
}

RATING_VALUES: Final = "'Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi'"


# ------------------------------------------------------------------------------------------------ builders


def work_result(kind: str = "utama", rating: Rating | None = None, name: str = "Tersusunnya laporan") -> WorkResult:
    return WorkResult(name=name, kind=kind, indicators=[IKI], rating=rating)


def behaviours(*ratings: Rating | None) -> list[BehaviourValue]:
    """The seven core values in BerAKHLAK order, rated as given (unrated if no ratings are given)."""
    given = ratings or (None,) * 7
    return [BehaviourValue(value=value, rating=rating) for value, rating in zip(CoreValue, given, strict=True)]


def skp(results: list[WorkResult] | None = None, values: list[BehaviourValue] | None = None) -> Skp:
    return Skp(
        approach="kuantitatif",
        work_results=results if results is not None else [work_result()],
        behaviours=values if values is not None else behaviours(),
    )


def employee(name: str = "Ani", **changes: Any) -> EmployeeEvaluation:
    fields: dict[str, Any] = {
        "employee": name,
        "period": Q1_2024,
        "period_kind": "triwulanan",
        "work_rating": M,
        "behaviour_rating": M,
    }
    fields.update(changes)
    return EmployeeEvaluation(**fields)


def rated(name: str, label: Predikat, value: object = None, **changes: Any) -> EmployeeEvaluation:
    work, behaviour = CELL[label]
    return employee(name, work_rating=work, behaviour_rating=behaviour, ranking_value=value, **changes)


def unit(*employees: EmployeeEvaluation, organisation: str = "Baik", leader: str | None = None) -> UnitEvaluation:
    return UnitEvaluation(unit="Subbagian Umum", organisation_predikat=organisation, employees=employees, leader=leader)


def staffed(organisation: str, counts: dict[Predikat, int]) -> UnitEvaluation:
    members = [rated(f"{label.value} {i}", label) for label, count in counts.items() for i in range(count)]
    return unit(*members, organisation=organisation)


def example_document() -> Any:
    return loads(EXAMPLE.read_text(encoding="utf-8"))


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), io.StringIO(""), out, err)
    return status, out.getvalue(), err.getvalue()


def raises(error: type[InvalidInputError], build: Callable[[], object]) -> InvalidInputError:
    with pytest.raises(error) as caught:
        build()
    assert type(caught.value) is error
    return caught.value


# ------------------------------------------------------------------------------------ bad input, per field

GOOD: Final[dict[str, dict[str, Any]]] = {
    "Indicator": {"name": "Jumlah laporan", "aspect": "kuantitas", "target": "3 laporan", "realisation": None},
    "WorkResult": {"name": "Tersusunnya laporan", "kind": "utama", "indicators": [IKI]},
    "BehaviourValue": {"value": "Loyal", "guides": ["Menjaga rahasia jabatan dan negara"]},
    "Skp": {"approach": "kualitatif", "work_results": [work_result()], "behaviours": behaviours()},
    "EmployeeEvaluation": {
        "employee": "Ani",
        "period": Q1_2024,
        "period_kind": "triwulanan",
        "work_rating": M,
        "behaviour_rating": M,
    },
    "UnitEvaluation": {"unit": "Subbagian Umum", "organisation_predikat": "Baik", "employees": [employee()]},
}
CLASSES: Final[dict[str, Callable[..., object]]] = {
    "Indicator": Indicator,
    "WorkResult": WorkResult,
    "BehaviourValue": BehaviourValue,
    "Skp": Skp,
    "EmployeeEvaluation": EmployeeEvaluation,
    "UnitEvaluation": UnitEvaluation,
}
TEXT: Final = "a non-empty string without leading or trailing spaces"
NUMBER: Final = "a finite number given as int, str or Decimal"
CORE_VALUES: Final = "each of the seven BerAKHLAK core values exactly once"
#: Loyal given twice and Harmonis left out: still seven items.
DUPLICATED: Final = [BehaviourValue(value="Loyal" if value is CoreValue.HARMONIOUS else value) for value in CoreValue]


@pytest.mark.parametrize(
    ("cls", "field", "value", "error", "allowed"),
    [
        ("Indicator", "name", "", InvalidInputError, TEXT),
        ("Indicator", "name", " Jumlah", InvalidInputError, TEXT),
        ("Indicator", "name", 5, InvalidTypeError, TEXT),
        ("Indicator", "aspect", "jumlah", InvalidInputError, "one of 'kuantitas', 'kualitas', 'waktu', 'biaya'"),
        ("Indicator", "aspect", None, InvalidInputError, "'kuantitas'"),
        ("Indicator", "target", "", InvalidInputError, TEXT),
        ("Indicator", "target", None, InvalidTypeError, TEXT),
        ("Indicator", "realisation", "", InvalidInputError, TEXT),
        ("Indicator", "realisation", "3 laporan ", InvalidInputError, TEXT),
        ("WorkResult", "name", "", InvalidInputError, TEXT),
        ("WorkResult", "kind", "pokok", InvalidInputError, "one of 'utama', 'tambahan'"),
        ("WorkResult", "indicators", [], InvalidInputError, "a list or tuple of Indicator with at least one item"),
        ("WorkResult", "indicators", ["Jumlah laporan"], InvalidTypeError, "a list or tuple of Indicator"),
        ("WorkResult", "indicators", IKI, InvalidTypeError, "a list or tuple of Indicator"),
        ("WorkResult", "intervened_leader_result", "", InvalidInputError, TEXT),
        ("BehaviourValue", "value", "Jujur", InvalidInputError, "one of 'Berorientasi Pelayanan', 'Akuntabel'"),
        ("BehaviourValue", "guides", [""], InvalidInputError, "non-empty strings without outer spaces"),
        ("BehaviourValue", "guides", [" Ramah"], InvalidInputError, "non-empty strings without outer spaces"),
        ("BehaviourValue", "guides", "Ramah", InvalidTypeError, "a list or tuple of str"),
        ("BehaviourValue", "guides", [1], InvalidTypeError, "a list or tuple of str"),
        ("BehaviourValue", "leader_expectation", " ", InvalidInputError, TEXT),
        ("Skp", "approach", "campuran", InvalidInputError, "one of 'kuantitatif', 'kualitatif'"),
        ("Skp", "work_results", [], InvalidInputError, "a list or tuple of WorkResult with at least one item"),
        ("Skp", "work_results", [IKI], InvalidTypeError, "a list or tuple of WorkResult"),
        ("Skp", "work_results", [work_result("tambahan")], InconsistentInputError, "at least one RHK utama"),
        ("Skp", "behaviours", behaviours()[:6], InvalidInputError, CORE_VALUES),
        ("Skp", "behaviours", DUPLICATED, InvalidInputError, CORE_VALUES),
        ("Skp", "behaviours", [*behaviours(), BehaviourValue(value="Loyal")], InvalidInputError, CORE_VALUES),
        ("Skp", "behaviours", [], InvalidInputError, "a list or tuple of BehaviourValue with at least one item"),
        ("Skp", "behaviours", ["Loyal"], InvalidTypeError, "a list or tuple of BehaviourValue"),
        ("EmployeeEvaluation", "employee", "", InvalidInputError, TEXT),
        ("EmployeeEvaluation", "employee", "Ani ", InvalidInputError, TEXT),
        ("EmployeeEvaluation", "employee", 198501012010011001, InvalidTypeError, TEXT),
        ("EmployeeEvaluation", "period", "2024-Q1", InvalidTypeError, "AppraisalPeriod"),
        ("EmployeeEvaluation", "skp", {"approach": "kuantitatif"}, InvalidTypeError, "an Skp or None"),
        ("EmployeeEvaluation", "ranking_value", 88.5, FloatInputError, "pass str or Decimal instead of float"),
        ("EmployeeEvaluation", "ranking_value", "NaN", InvalidInputError, NUMBER),
        ("EmployeeEvaluation", "ranking_value", "88,5", InvalidInputError, "no separators"),
        ("EmployeeEvaluation", "ranking_value", True, InvalidTypeError, "a bool is not a number"),
        ("EmployeeEvaluation", "ranking_value", 10**20, OutOfRangeError, "at most 1,000,000,000,000,000"),
        ("UnitEvaluation", "unit", "", InvalidInputError, TEXT),
        ("UnitEvaluation", "organisation_predikat", "Sedang", InvalidInputError, "one of 'Istimewa', 'Baik'"),
        ("UnitEvaluation", "organisation_predikat", "Sangat Baik", InvalidInputError, "'Butuh Perbaikan'"),
        (
            "UnitEvaluation",
            "employees",
            [],
            InvalidInputError,
            "a list or tuple of EmployeeEvaluation with at least one",
        ),
        (
            "UnitEvaluation",
            "employees",
            [{"employee": "Ani"}],
            InvalidTypeError,
            "a list or tuple of EmployeeEvaluation",
        ),
        ("UnitEvaluation", "leader", "", InvalidInputError, TEXT),
        ("UnitEvaluation", "leader", 7, InvalidTypeError, TEXT),
    ],
)
def test_bad_field(cls: str, field: str, value: object, error: type[InvalidInputError], allowed: str) -> None:
    caught = raises(error, lambda: CLASSES[cls](**{**GOOD[cls], field: value}))
    assert caught.field == f"{cls}.{field}"
    assert allowed in caught.allowed


def test_good_fields_are_accepted() -> None:
    built = [CLASSES[cls](**fields) for cls, fields in GOOD.items()]
    assert [type(item).__name__ for item in built] == list(GOOD)


#: Enumerated fields whose converter must name the field: (class, field, bad value).
ENUM_FIELDS: Final = [
    ("EmployeeEvaluation", "work_rating", "Baik"),
    ("EmployeeEvaluation", "behaviour_rating", "di atas"),
    ("WorkResult", "rating", 3),
    ("BehaviourValue", "rating", "Sangat Baik"),
]


@pytest.mark.parametrize(("cls", "field", "value"), ENUM_FIELDS)
def test_rating_fields_refuse_other_values(cls: str, field: str, value: object) -> None:
    caught = raises(InvalidInputError, lambda: CLASSES[cls](**{**GOOD[cls], field: value}))
    assert caught.field == f"{cls}.{field}"
    assert caught.allowed == f"one of {RATING_VALUES}"
    assert caught.value == value


def test_period_kind_refuses_other_values() -> None:
    caught = raises(InvalidInputError, lambda: employee(period_kind="mingguan"))
    assert caught.allowed == "one of 'bulanan', 'triwulanan', 'semesteran', 'tahunan'"


def test_period_kind_names_its_field() -> None:
    assert raises(InvalidInputError, lambda: employee(period_kind="mingguan")).field == (
        "EmployeeEvaluation.period_kind"
    )


def test_ratings_are_accepted_as_the_printed_text() -> None:
    evaluation = employee(work_rating="Di Atas Ekspektasi", behaviour_rating="Di Bawah Ekspektasi")
    assert (evaluation.work_rating, evaluation.behaviour_rating) == (A, B)


def test_cukup_is_the_circulars_other_name_for_butuh_perbaikan() -> None:
    # SE MenPANRB 3/2023 writes the organisation predikat "Butuh Perbaikan (Cukup)".
    assert unit(employee(), organisation="Cukup").organisation_predikat is OrganisationPredikat.BUTUH_PERBAIKAN


# --------------------------------------------------------------------------------- period and period kind


@pytest.mark.parametrize(
    ("kind", "start", "end", "listed"),
    [
        # February to April is three months but not a calendar quarter (those start in Jan, Apr, Jul, Oct).
        ("triwulanan", date(2024, 2, 1), date(2024, 4, 30), "2024-04-01 to 2024-06-30"),
        # A month is not a quarter.
        ("triwulanan", date(2024, 1, 1), date(2024, 1, 31), "2024-01-01 to 2024-03-31"),
        # A quarter is not a month.
        ("bulanan", date(2024, 1, 1), date(2024, 3, 31), "2024-12-01 to 2024-12-31"),
        # 2024 is a leap year: February ends on the 29th.
        ("bulanan", date(2024, 2, 1), date(2024, 2, 28), "2024-02-01 to 2024-02-29"),
        # Semesters are January-June and July-December.
        ("semesteran", date(2024, 4, 1), date(2024, 9, 30), "2024-01-01 to 2024-06-30, 2024-07-01 to 2024-12-31"),
        # The year is the calendar year, not a fiscal year from July.
        ("tahunan", date(2024, 7, 1), date(2025, 6, 30), "2024-01-01 to 2024-12-31"),
    ],
)
def test_period_must_be_one_of_its_kind(kind: str, start: date, end: date, listed: str) -> None:
    caught = raises(InconsistentInputError, lambda: employee(period=AppraisalPeriod(start, end), period_kind=kind))
    assert caught.field == "EmployeeEvaluation.period"
    assert caught.value == f"{start.isoformat()} to {end.isoformat()}"
    assert f"one of the {kind} periods of {start.year}" in caught.allowed
    assert listed in caught.allowed


def test_periods_of_each_kind() -> None:
    # 12 months, 4 quarters, 2 semesters, 1 year; each kind covers the year without gaps.
    assert [len(kind.periods(2024)) for kind in EvaluationPeriod] == [12, 4, 2, 1]
    assert [kind.months for kind in EvaluationPeriod] == [1, 3, 6, 12]
    assert EvaluationPeriod.MONTHLY.periods(2023)[1] == AppraisalPeriod(date(2023, 2, 1), date(2023, 2, 28))
    assert EvaluationPeriod.QUARTERLY.periods(2024)[1] == Q2_2024
    assert EvaluationPeriod.ANNUAL.periods(2024) == (AppraisalPeriod(date(2024, 1, 1), date(2024, 12, 31)),)
    for kind in EvaluationPeriod:
        assert employee(period=kind.periods(2024)[-1], period_kind=kind).period.end == date(2024, 12, 31)


@pytest.mark.parametrize("kind", list(EvaluationPeriod))
def test_the_last_representable_year_is_a_year_like_any_other(kind: EvaluationPeriod) -> None:
    # December 9999 is an existing calendar month, quarter, semester and year end.
    periods = kind.periods(9999)
    assert periods[-1].end == date(9999, 12, 31)
    assert employee(period=periods[0], period_kind=kind).period == periods[0]


# ---------------------------------------------------------------------------------------- unit consistency


def test_duplicate_employee_ids() -> None:
    caught = raises(InconsistentInputError, lambda: unit(employee("Ani"), employee("Budi"), employee("Ani")))
    assert caught.field == "UnitEvaluation.employees[2].employee"
    assert caught.value == "Ani"
    assert "an identifier not used before in the unit" in caught.allowed


def test_employees_with_different_periods() -> None:
    caught = raises(InconsistentInputError, lambda: unit(employee("Ani"), employee("Budi", period=Q2_2024)))
    assert caught.field == "UnitEvaluation.employees[1].period"
    assert caught.allowed == "the unit's period, 2024-01-01 to 2024-03-31"


def test_a_monthly_evaluation_in_a_quarterly_unit() -> None:
    # January is a period of its own kind but not the unit's quarter: kinds cannot mix in a unit.
    january = AppraisalPeriod(date(2024, 1, 1), date(2024, 1, 31))
    caught = raises(
        InconsistentInputError,
        lambda: unit(employee("Ani"), employee("Budi", period=january, period_kind="bulanan")),
    )
    assert caught.field == "UnitEvaluation.employees[1].period"


def test_unknown_leader() -> None:
    caught = raises(InconsistentInputError, lambda: unit(employee("Ani"), leader="Zaki"))
    assert caught.field == "UnitEvaluation.leader"
    assert caught.value == "Zaki"
    assert "the identifier of an evaluated employee" in caught.allowed


@pytest.mark.parametrize(("values", "missing"), [((90, None, 80), 1), ((None, 90), 0), ((90, 80, None), 2)])
def test_ranking_values_for_some_but_not_all(values: tuple[int | None, ...], missing: int) -> None:
    members = [employee(f"pegawai {i}", ranking_value=value) for i, value in enumerate(values)]
    caught = raises(InconsistentInputError, lambda: unit(*members))
    assert caught.field == f"UnitEvaluation.employees[{missing}].ranking_value"
    assert caught.value is None
    assert "give a ranking value to all or to none" in caught.allowed


# ------------------------------------------------------------------------------------- evaluation errors


@pytest.mark.parametrize(
    ("changes", "field", "allowed"),
    [
        ({"work_rating": None}, "work_rating", "a rating, or an skp whose rencana hasil kerja are each rated"),
        (
            {"behaviour_rating": None},
            "behaviour_rating",
            "a rating, or an skp whose BerAKHLAK core values are each rated",
        ),
        ({"work_rating": None, "behaviour_rating": None}, "work_rating", "a rating, or an skp"),
    ],
)
def test_evaluation_without_ratings_and_without_skp(changes: dict[str, Any], field: str, allowed: str) -> None:
    subject = employee(**changes)
    caught = raises(InvalidInputError, lambda: RULE_SET.evaluate(subject))
    assert (caught.field, caught.value) == (field, None)
    assert caught.allowed.startswith(allowed)
    # In a unit the path names the employee.
    caught = raises(InvalidInputError, lambda: RULE_SET.evaluate_unit(unit(employee("Budi"), subject)))
    assert caught.field == f"employees[1].{field}"


def test_skp_with_an_unrated_rhk() -> None:
    subject = employee(work_rating=None, skp=skp([work_result(rating=A), work_result("tambahan")]))
    caught = raises(InvalidInputError, lambda: RULE_SET.evaluate(subject))
    assert caught.field == "skp.work_results[1].rating"
    assert "derived from the ratings of the rencana hasil kerja" in caught.allowed


def test_skp_with_an_unrated_core_value() -> None:
    ratings: list[Rating | None] = [A, A, A, A, None, M, M]
    subject = employee(behaviour_rating=None, skp=skp(values=behaviours(*ratings)))
    caught = raises(InvalidInputError, lambda: RULE_SET.evaluate(subject))
    assert caught.field == "skp.behaviours[4].rating"
    assert "derived from the ratings of the BerAKHLAK core values" in caught.allowed


def test_an_unrated_skp_is_only_recorded_when_both_ratings_are_given() -> None:
    result = RULE_SET.evaluate(employee(work_rating=A, behaviour_rating=A, skp=skp()))
    assert (result.work_rating_basis, result.behaviour_rating_basis) == (RatingBasis.GIVEN, RatingBasis.GIVEN)
    assert result.predikat is Predikat.SANGAT_BAIK  # (A, A)


def test_a_given_rating_takes_precedence_over_the_skp() -> None:
    # The SKP's RHK are all below (derived: Di Bawah); the given rating Di Atas is the assessor's word.
    subject = employee(work_rating=A, behaviour_rating=M, skp=skp([work_result(rating=B)], behaviours(*[B] * 7)))
    result = RULE_SET.evaluate(subject)
    assert (result.work_rating, result.work_rating_basis) == (A, RatingBasis.GIVEN)
    assert result.predikat is Predikat.BAIK  # (A, M)


def test_leader_with_a_contradicting_given_work_rating() -> None:
    # Org Baik -> the leader's rating hasil kerja is Sesuai Ekspektasi (leader_rating=strict); Di Atas contradicts.
    subject = unit(employee("Budi"), employee("Ani", work_rating=A), leader="Ani")
    caught = raises(InconsistentInputError, lambda: RULE_SET.evaluate_unit(subject))
    assert caught.field == "employees[1].work_rating"
    assert caught.value == "Di Atas Ekspektasi"
    assert caught.allowed.startswith("'Sesuai Ekspektasi' or None")


def test_leader_with_an_agreeing_or_no_work_rating() -> None:
    for given in (M, None):
        result = RULE_SET.evaluate_unit(unit(employee("Ani", work_rating=given, behaviour_rating=A), leader="Ani"))
        leader = result.employees[0]
        assert (leader.work_rating, leader.work_rating_basis) == (M, RatingBasis.ORGANISATION)
        assert leader.predikat is Predikat.BAIK  # (M, A)
        assert leader.explanation.step("employees[0].work_rating").inputs == (("predikat kinerja organisasi", "Baik"),)


@pytest.mark.parametrize(
    ("call_it", "field", "allowed"),
    [
        (lambda: RULE_SET.evaluate("Ani"), "evaluation", "an EmployeeEvaluation"),  # type: ignore[arg-type]
        (lambda: RULE_SET.evaluate_unit(employee()), "unit", "a UnitEvaluation"),  # type: ignore[arg-type]
        (lambda: RULE_SET.score(1), "appraisal", "EmployeeEvaluation or UnitEvaluation"),  # type: ignore[arg-type]
        (lambda: Permenpanrb6RuleSet(policies="x"), "Permenpanrb6RuleSet.policies", "a Policies"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types(call_it: Callable[[], object], field: str, allowed: str) -> None:
    caught = raises(InvalidTypeError, call_it)
    assert caught.field == field
    assert allowed in caught.allowed


@pytest.mark.parametrize(("work", "behaviour", "field"), [("Bagus", M, "work"), (M, "Bagus", "behaviour")])
def test_matrix_lookup_refuses_other_ratings(work: object, behaviour: object, field: str) -> None:
    caught = raises(InvalidInputError, lambda: s.predikat(work, behaviour))  # type: ignore[arg-type]
    assert caught.field == field
    assert caught.allowed == f"one of {RATING_VALUES}"


# --------------------------------------------------------------------------------------------- in force


def test_not_in_force_for_2021() -> None:
    subject = employee(period=Q4_2021)
    with pytest.raises(NotInForceError) as caught:
        RULE_SET.evaluate(subject)
    assert (caught.value.rule_set, caught.value.start, caught.value.end) == (
        "permenpanrb_6_2022",
        date(2021, 10, 1),
        date(2021, 12, 31),
    )
    assert "from 2022-01-01 until repealed" in str(caught.value)
    assert "allow_outside_in_force=True" in str(caught.value)
    with pytest.raises(NotInForceError):
        RULE_SET.evaluate_unit(unit(subject))
    with pytest.raises(NotInForceError):
        RULE_SET.score(subject)
    with pytest.raises(NotInForceError):
        RULE_SET.annual([employee(period=AppraisalPeriod(date(2021, 1, 1), date(2021, 12, 31)), period_kind="tahunan")])


def test_allow_outside_in_force() -> None:
    subject = employee(period=Q4_2021, work_rating=A, behaviour_rating=A)
    assert RULE_SET.evaluate(subject, allow_outside_in_force=True).predikat is Predikat.SANGAT_BAIK  # (A, A)
    result = RULE_SET.evaluate_unit(unit(subject), allow_outside_in_force=True)
    # The annual predikat of 2021 too: the last quarter (B, M) is Butuh Perbaikan.
    year_2021 = quarters(Predikat.BAIK, Predikat.BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN, year=2021)
    assert RULE_SET.annual(year_2021, allow_outside_in_force=True).predikat is Predikat.BUTUH_PERBAIKAN
    assert result.period == Q4_2021
    assert isinstance(RULE_SET.score(subject, allow_outside_in_force=True), EmployeeResult)


def test_in_force_from_the_first_day_of_2022() -> None:
    january = AppraisalPeriod(date(2022, 1, 1), date(2022, 1, 31))
    assert RULE_SET.evaluate(employee(period=january, period_kind="bulanan")).predikat is Predikat.BAIK  # (M, M)
    assert RULE_SET.in_force.start == date(2022, 1, 1)
    assert RULE_SET.in_force.end is None


# ------------------------------------------------------------------------------------------------ policies


def test_default_policies() -> None:
    assert RULE_SET.policies.to_dict() == {
        "rating_derivation": "most_above_none_main_below",
        "annual": "last_period",
        "leader_rating": "strict",
        "head_count_rounding": "conservative",
        "majority": "maximum_only",
    }


MAIN, EXTRA = True, False


@pytest.mark.parametrize(
    ("items", "default", "strict"),
    [
        # One main item above: more than half above, no main below -> Di Atas; all above -> Di Atas.
        ([(A, MAIN)], A, A),
        # 1 of 2 above is not more than half -> Sesuai; not all above -> Sesuai.
        ([(A, MAIN), (M, EXTRA)], M, M),
        # 2 of 3 above (> 1.5), no main below -> Di Atas; not all above -> Sesuai.
        ([(A, MAIN), (A, MAIN), (M, EXTRA)], A, M),
        # A tambahan below counts for neither policy's "main below": 2 of 3 above -> Di Atas; strict -> Sesuai.
        ([(A, MAIN), (A, MAIN), (B, EXTRA)], A, M),
        # 1 of 2 main below is not more than half -> Sesuai (and no Di Atas: a main is below); strict: any main
        # below -> Di Bawah.
        ([(A, MAIN), (B, MAIN)], M, B),
        # 2 of 3 main below (> 1.5) -> Di Bawah under both.
        ([(B, MAIN), (B, MAIN), (A, MAIN)], B, B),
        # 3 of 4 above, but a main item below blocks Di Atas -> Sesuai; strict -> Di Bawah.
        ([(A, MAIN), (A, MAIN), (A, MAIN), (B, MAIN)], M, B),
        # Only a tambahan below, nothing above -> Sesuai under both.
        ([(M, MAIN), (B, EXTRA)], M, M),
        # BerAKHLAK (seven values, all main): 4 above, 3 sesuai -> 4 > 3.5 -> Di Atas; strict -> Sesuai.
        ([(A, MAIN)] * 4 + [(M, MAIN)] * 3, A, M),
        # 6 above, 1 below: 1 of 7 below is no majority, but it blocks Di Atas -> Sesuai; strict -> Di Bawah.
        ([(A, MAIN)] * 6 + [(B, MAIN)], M, B),
        # 4 of 7 below -> Di Bawah under both.
        ([(B, MAIN)] * 4 + [(A, MAIN)] * 3, B, B),
        # All seven above -> Di Atas under both.
        ([(A, MAIN)] * 7, A, A),
    ],
)
def test_rating_derivation(items: list[tuple[Rating, bool]], default: Rating, strict: Rating) -> None:
    assert s.derive_rating(items, RatingDerivation.MOST_ABOVE_NONE_MAIN_BELOW) is default
    assert s.derive_rating(items, RatingDerivation.ALL_ABOVE_ANY_BELOW) is strict


def fajar() -> EmployeeEvaluation:
    """Fajar Nugroho of the bundled example: RHK utama A, utama A, tambahan M; core values 4 A and 3 M."""
    results = [work_result(rating=A), work_result(rating=A, name="Usulan kenaikan pangkat"), work_result("tambahan", M)]
    return employee("Fajar", work_rating=None, behaviour_rating=None, skp=skp(results, behaviours(A, A, A, A, M, M, M)))


def test_rating_derivation_through_the_rule_set() -> None:
    # Default: RHK 2 of 3 above, no main below -> Di Atas; core values 4 of 7 above -> Di Atas; (A, A) Sangat Baik.
    result = RULE_SET.evaluate(fajar())
    assert (result.work_rating, result.behaviour_rating, result.predikat) == (A, A, Predikat.SANGAT_BAIK)
    assert (result.work_rating_basis, result.behaviour_rating_basis) == (RatingBasis.DERIVED, RatingBasis.DERIVED)
    assert result.explanation.step("work_rating").formula == "policy rating_derivation=most_above_none_main_below"
    # all_above_any_below: neither list is all above, none is below -> Sesuai twice; (M, M) Baik.
    strict = RULE_SET.with_policies(rating_derivation="all_above_any_below")
    result = strict.evaluate(fajar())
    assert (result.work_rating, result.behaviour_rating, result.predikat) == (M, M, Predikat.BAIK)
    assert result.explanation.step("behaviour_rating").formula.startswith(
        "policy rating_derivation=all_above_any_below"
    )
    assert strict.policies.rating_derivation is RatingDerivation.ALL_ABOVE_ANY_BELOW


def quarters(*labels: Predikat, name: str = "Ani", year: int = 2024) -> list[EmployeeEvaluation]:
    return [
        rated(name, label, period=period, period_kind="triwulanan")
        for label, period in zip(labels, EvaluationPeriod.QUARTERLY.periods(year), strict=True)
    ]


def year_end(label: Predikat, name: str = "Ani", year: int = 2024) -> EmployeeEvaluation:
    return rated(name, label, period=EvaluationPeriod.ANNUAL.periods(year)[0], period_kind="tahunan")


QUARTERS: Final = quarters(Predikat.BAIK, Predikat.BAIK, Predikat.SANGAT_BAIK, Predikat.BUTUH_PERBAIKAN)
YEAR_END: Final = RULE_SET.with_policies(annual="year_end_evaluation")


def test_annual_last_period() -> None:
    # Default: the predikat of the last periodic evaluation (Triwulan IV-Akhir): Butuh Perbaikan.
    result = RULE_SET.annual(QUARTERS)
    assert (result.employee, result.year, result.predikat) == ("Ani", 2024, Predikat.BUTUH_PERBAIKAN)
    assert [item.predikat for item in result.periodic] == [
        Predikat.BAIK,
        Predikat.BAIK,
        Predikat.SANGAT_BAIK,
        Predikat.BUTUH_PERBAIKAN,
    ]
    assert result.year_end is None
    step = result.explanation.step("annual_predikat")
    assert step.formula == "the last periodic evaluation (policy annual=last_period)"
    # A year-end evaluation given as well does not decide under this policy, and the explanation says so.
    ignored = RULE_SET.annual([*QUARTERS, year_end(Predikat.SANGAT_BAIK)])
    assert ignored.predikat is Predikat.BUTUH_PERBAIKAN
    assert ignored.year_end is not None
    assert ignored.year_end.predikat is Predikat.SANGAT_BAIK
    assert (
        "the annual evaluation given (Sangat Baik) is not used" in ignored.explanation.step("annual_predikat").formula
    )


def test_annual_year_end_evaluation() -> None:
    # The annual evaluation of its own decides: Sangat Baik, whatever the last quarter was.
    result = YEAR_END.annual([*QUARTERS, year_end(Predikat.SANGAT_BAIK)])
    assert result.predikat is Predikat.SANGAT_BAIK
    assert result.year_end is not None
    assert result.year_end.period_kind is EvaluationPeriod.ANNUAL
    assert len(result.periodic) == 4
    assert "policy annual=year_end_evaluation" in result.explanation.step("annual_predikat").formula
    # The periodic evaluations are optional under this policy.
    assert YEAR_END.annual([year_end(Predikat.KURANG_MISCONDUCT)]).predikat is Predikat.KURANG_MISCONDUCT
    assert YEAR_END.policies.annual is AnnualPredikat.YEAR_END_EVALUATION


def test_annual_render() -> None:
    text = RULE_SET.annual(QUARTERS).render()
    assert text.startswith("Predikat kinerja tahunan 2024 (permenpanrb_6_2022): Ani: Butuh Perbaikan\n")
    # One line per quarter, in order, with the quarter's predikat (Baik, Baik, Sangat Baik, Butuh Perbaikan).
    assert (
        "  2024-01-01 to 2024-03-31 (triwulanan): Baik\n"
        "  2024-04-01 to 2024-06-30 (triwulanan): Baik\n"
        "  2024-07-01 to 2024-09-30 (triwulanan): Sangat Baik\n"
        "  2024-10-01 to 2024-12-31 (triwulanan): Butuh Perbaikan\n"
    ) in text
    assert "[annual_predikat]" in text
    assert "annual evaluation" not in text
    text = YEAR_END.annual([*QUARTERS, year_end(Predikat.SANGAT_BAIK)]).render()
    assert text.startswith("Predikat kinerja tahunan 2024 (permenpanrb_6_2022): Ani: Sangat Baik\n")
    assert "  annual evaluation 2024-01-01 to 2024-12-31: Sangat Baik\n" in text


def test_annual_needs_what_its_policy_reads() -> None:
    caught = raises(InvalidInputError, lambda: YEAR_END.annual(QUARTERS))
    assert caught.field == "evaluations"
    assert "an annual evaluation (period_kind 'tahunan')" in caught.allowed


@pytest.mark.parametrize("kind", [EvaluationPeriod.MONTHLY, EvaluationPeriod.SEMESTER])
def test_annual_from_other_periodic_kinds(kind: EvaluationPeriod) -> None:
    periods = kind.periods(2023)
    evaluations = [rated("Ani", Predikat.BAIK, period=p, period_kind=kind) for p in periods[:-1]]
    evaluations.append(rated("Ani", Predikat.SANGAT_KURANG, period=periods[-1], period_kind=kind))
    # The last period is (B, B): Sangat Kurang.
    assert RULE_SET.annual(evaluations).predikat is Predikat.SANGAT_KURANG


SEMESTER_1: Final = rated(
    "Ani", Predikat.BAIK, period=EvaluationPeriod.SEMESTER.periods(2024)[0], period_kind="semesteran"
)


@pytest.mark.parametrize(
    ("evaluations", "error", "field", "allowed"),
    [
        # Out of order: Q2 before Q1.
        (
            [QUARTERS[1], QUARTERS[0], *QUARTERS[2:]],
            InconsistentInputError,
            "evaluations",
            "each period once, in date order",
        ),
        # Two kinds: a semester and two quarters.
        ([SEMESTER_1, *QUARTERS[2:]], InconsistentInputError, "evaluations", "of one kind"),
        # Q4 twice.
        ([*QUARTERS, QUARTERS[3]], InconsistentInputError, "evaluations", "each period once"),
        # Another employee's Q4.
        (
            [*QUARTERS[:3], quarters(*[Predikat.BAIK] * 4, name="Budi")[3]],
            InconsistentInputError,
            "evaluations[3]",
            "an evaluation of Ani in 2024",
        ),
        # Q4 of another year.
        (
            [*QUARTERS[:3], quarters(*[Predikat.BAIK] * 4, year=2023)[3]],
            InconsistentInputError,
            "evaluations[3]",
            "in 2024",
        ),
        # Two annual evaluations.
        (
            [*QUARTERS, year_end(Predikat.BAIK), year_end(Predikat.BAIK)],
            InconsistentInputError,
            "evaluations",
            "at most one annual evaluation",
        ),
        ([], InvalidTypeError, "evaluations", "a non-empty sequence of EmployeeEvaluation"),
        ([*QUARTERS[:3], "Q4"], InvalidTypeError, "evaluations", "a non-empty sequence of EmployeeEvaluation"),
    ],
)
def test_annual_errors(evaluations: list[Any], error: type[InvalidInputError], field: str, allowed: str) -> None:
    caught = raises(error, lambda: RULE_SET.annual(evaluations))
    assert caught.field == field
    assert allowed in caught.allowed


@pytest.mark.parametrize(
    ("organisation", "strict", "lenient"),
    [
        # Istimewa -> Di Atas under both.
        ("Istimewa", A, A),
        # Baik -> Sesuai under both.
        ("Baik", M, M),
        # Butuh Perbaikan -> Di Bawah (strict) or Sesuai (lenient): the only difference.
        ("Butuh Perbaikan", B, M),
        # Kurang and Sangat Kurang -> Di Bawah under both.
        ("Kurang", B, B),
        ("Sangat Kurang", B, B),
    ],
)
def test_leader_rating(organisation: str, strict: Rating, lenient: Rating) -> None:
    org = OrganisationPredikat(organisation)
    assert s.leader_rating(org, LeaderRating.STRICT) is strict
    assert s.leader_rating(org, LeaderRating.LENIENT) is lenient
    subject = unit(employee("Ani", work_rating=None, behaviour_rating=M), organisation=organisation, leader="Ani")
    for rule_set, expected in ((RULE_SET, strict), (RULE_SET.with_policies(leader_rating="lenient"), lenient)):
        leader = rule_set.evaluate_unit(subject).employees[0]
        assert (leader.work_rating, leader.work_rating_basis) == (expected, RatingBasis.ORGANISATION)
        assert leader.predikat is s.MATRIX[expected, M]


def test_leader_rating_lenient_changes_the_predikat() -> None:
    subject = unit(employee("Ani", work_rating=None, behaviour_rating=M), organisation="Butuh Perbaikan", leader="Ani")
    # strict: (Di Bawah, Sesuai) -> Butuh Perbaikan; lenient: (Sesuai, Sesuai) -> Baik.
    assert RULE_SET.evaluate_unit(subject).employees[0].predikat is Predikat.BUTUH_PERBAIKAN
    lenient = RULE_SET.with_policies(leader_rating=LeaderRating.LENIENT)
    assert lenient.evaluate_unit(subject).employees[0].predikat is Predikat.BAIK
    # Under lenient a given Sesuai agrees, a given Di Bawah contradicts.
    agreeing = unit(employee("Ani", work_rating=M), organisation="Butuh Perbaikan", leader="Ani")
    assert lenient.evaluate_unit(agreeing).employees[0].work_rating_basis is RatingBasis.ORGANISATION
    contradicting = unit(employee("Ani", work_rating=B), organisation="Butuh Perbaikan", leader="Ani")
    caught = raises(InconsistentInputError, lambda: lenient.evaluate_unit(contradicting))
    assert "policy leader_rating=lenient" in caught.allowed


def test_head_count_rounding_half_up_of_minima() -> None:
    # Org Butuh Perbaikan, N = 7, BP 4, Baik 3.
    #   BP at least 60 % of 7 = 4.2: conservative rounds up to 5 (4 < 5, breached); half-up rounds to 4 (ok).
    #   SB at most 10 % of 7 = 0.7: conservative 0, half-up 1; SB count 0 either way.
    subject = staffed("Butuh Perbaikan", {Predikat.BUTUH_PERBAIKAN: 4, Predikat.BAIK: 3})
    default = RULE_SET.evaluate_unit(subject).distribution
    assert [(c.bound, c.limit, c.count, c.satisfied) for c in default.checks] == [
        (Bound.AT_LEAST, 5, 4, False),
        (Bound.AT_MOST, 0, 0, True),
    ]
    half_up = RULE_SET.with_policies(head_count_rounding=HeadCountRounding.HALF_UP).evaluate_unit(subject)
    assert [(c.bound, c.limit, c.count, c.satisfied) for c in half_up.distribution.checks] == [
        (Bound.AT_LEAST, 4, 4, True),
        (Bound.AT_MOST, 1, 0, True),
    ]
    assert half_up.policies.head_count_rounding is HeadCountRounding.HALF_UP


def test_minimum_percentages_of_a_small_unit_still_mean_someone() -> None:
    # Org Kurang, N = 3: K at least 60 % of 3 = 1.8 -> 2; BP at least 10 % of 3 = 0.3 -> 1 (conservative: up; and
    # under half-up 0.3 -> 0, raised to 1 because "minimal 10 %" still means someone); SB at most 0.3 -> 0.
    subject = staffed("Kurang", {Predikat.KURANG_MISCONDUCT: 2, Predikat.BUTUH_PERBAIKAN: 1})
    for rule_set in (RULE_SET, RULE_SET.with_policies(head_count_rounding="half_up")):
        report = rule_set.evaluate_unit(subject).distribution
        assert [(c.classes, c.limit) for c in report.checks] == [
            ((Predikat.KURANG_MISCONDUCT,), 2),
            ((Predikat.BUTUH_PERBAIKAN,), 1),
            ((Predikat.SANGAT_BAIK,), 0),
        ]
        assert report.conforms


@pytest.mark.parametrize(
    ("baik", "conforms_by_default", "more_than_half_limit", "conforms_more_than_half"),
    [
        # Org Baik, N = 10 (Baik + 1 BP + the rest SB). The maximum 7 and "harus ada" hold in each row.
        # More than half of 10 means at least 6.
        (5, True, 6, False),
        (6, True, 6, True),
        (7, True, 6, True),
    ],
)
def test_majority_more_than_half(
    baik: int, conforms_by_default: bool, more_than_half_limit: int, conforms_more_than_half: bool
) -> None:
    subject = staffed("Baik", {Predikat.SANGAT_BAIK: 9 - baik, Predikat.BAIK: baik, Predikat.BUTUH_PERBAIKAN: 1})
    assert RULE_SET.evaluate_unit(subject).distribution.conforms is conforms_by_default
    assert len(RULE_SET.evaluate_unit(subject).distribution.checks) == 2
    report = RULE_SET.with_policies(majority="more_than_half").evaluate_unit(subject).distribution
    extra = report.checks[-1]
    assert (extra.classes, extra.bound, extra.limit, extra.count) == (
        (Predikat.BAIK,),
        Bound.MORE_THAN,
        more_than_half_limit,
        baik,
    )
    assert report.conforms is conforms_more_than_half


def test_majority_more_than_half_for_istimewa_and_odd_units() -> None:
    # Org Istimewa, N = 7, SB 4 of 7: more than 3.5 -> at least 4 (ok); SB at most 70 % of 7 -> 4 (ok).
    subject = staffed("Istimewa", {Predikat.SANGAT_BAIK: 4, Predikat.BAIK: 3})
    report = RULE_SET.with_policies(majority=MajorityReading.MORE_THAN_HALF).evaluate_unit(subject).distribution
    assert [(c.classes, c.bound, c.limit, c.count) for c in report.checks] == [
        ((Predikat.SANGAT_BAIK,), Bound.AT_MOST, 4, 4),
        ((Predikat.SANGAT_BAIK,), Bound.MORE_THAN, 4, 4),
    ]
    assert report.conforms
    # Other organisation predikat get no extra rule: org Kurang keeps its three rules.
    kurang = staffed("Kurang", {Predikat.KURANG_MISCONDUCT: 6, Predikat.BUTUH_PERBAIKAN: 4})
    assert len(RULE_SET.with_policies(majority="more_than_half").evaluate_unit(kurang).distribution.checks) == 3


POLICY_NAMES: Final = "rating_derivation, annual, leader_rating, head_count_rounding, majority"


@pytest.mark.parametrize("name", ["rounding_stage", "rounding", "headcount_rounding", "Majority"])
def test_unknown_policy_names(name: str) -> None:
    caught = raises(InvalidInputError, lambda: RULE_SET.with_policies(**{name: "x"}))
    assert (caught.field, caught.value) == ("Policies", name)
    assert caught.allowed == f"a policy name, one of {POLICY_NAMES}"
    caught = raises(InvalidInputError, lambda: Policies().replace(**{name: "x"}))
    assert caught.field == "Policies"
    caught = raises(FormatError, lambda: RULE_SET.policies_from_dict({name: "x"}))
    assert caught.field == f"policies.{name}"
    assert "no such key" in caught.allowed


@pytest.mark.parametrize(
    ("name", "value", "allowed"),
    [
        (
            "rating_derivation",
            "majority",
            "one of 'most_above_none_main_below', 'all_above_any_below', 'any_below_four_above'",
        ),
        ("annual", "average", "one of 'last_period', 'year_end_evaluation'"),
        ("leader_rating", "generous", "one of 'strict', 'lenient'"),
        ("head_count_rounding", "up", "one of 'conservative', 'half_up'"),
        ("majority", True, "one of 'maximum_only', 'more_than_half'"),
    ],
)
def test_unknown_policy_values(name: str, value: object, allowed: str) -> None:
    caught = raises(InvalidInputError, lambda: RULE_SET.with_policies(**{name: value}))
    assert caught.field == f"Policies.{name}"
    assert caught.allowed == allowed
    caught = raises(InvalidInputError, lambda: RULE_SET.policies_from_dict({name: value}))
    assert caught.field == f"policies.{name}"


def test_policies_from_dict_keeps_defaults_for_the_rest() -> None:
    rule_set = RULE_SET.policies_from_dict({"head_count_rounding": "half_up", "annual": "year_end_evaluation"})
    assert rule_set.policies == Policies(head_count_rounding="half_up", annual="year_end_evaluation")
    assert rule_set.policies.leader_rating is LeaderRating.STRICT
    assert raises(FormatError, lambda: RULE_SET.policies_from_dict(["half_up"])).field == "policies"


# ------------------------------------------------------------------------------------------------- ranking


def ranking_of(result: UnitResult) -> list[tuple[int, str, bool]]:
    return [(entry.rank, entry.employee, entry.tied) for entry in result.ranking]


def test_competition_ranks_with_ties() -> None:
    # SB 90 first; two Baik 80 tie at 2; the next place is 4 (1, 2, 2, 4).
    result = RULE_SET.evaluate_unit(
        unit(
            rated("Ani", Predikat.SANGAT_BAIK, 90),
            rated("Budi", Predikat.BAIK, 80),
            rated("Citra", Predikat.BAIK, 80),
            rated("Dedi", Predikat.BAIK, 70),
        )
    )
    assert ranking_of(result) == [(1, "Ani", False), (2, "Budi", True), (2, "Citra", True), (4, "Dedi", False)]
    assert [entry.ranking_value for entry in result.ranking] == [90, 80, 80, 70]


def test_ties_keep_the_input_order() -> None:
    # The same unit with Citra given before Budi: the tie keeps Citra first.
    result = RULE_SET.evaluate_unit(
        unit(
            rated("Citra", Predikat.BAIK, 80),
            rated("Dedi", Predikat.BAIK, 70),
            rated("Ani", Predikat.SANGAT_BAIK, 90),
            rated("Budi", Predikat.BAIK, 80),
        )
    )
    assert ranking_of(result) == [(1, "Ani", False), (2, "Citra", True), (2, "Budi", True), (4, "Dedi", False)]


def test_ranking_by_predikat_then_value() -> None:
    # The predikat decides first: Eko's 100 does not lift Butuh Perbaikan above Baik 10; Fitri's Kurang 99 and
    # Gita's Sangat Kurang 100 come last, in predikat order.
    result = RULE_SET.evaluate_unit(
        unit(
            rated("Gita", Predikat.SANGAT_KURANG, 100),
            rated("Eko", Predikat.BUTUH_PERBAIKAN, 100),
            rated("Fitri", Predikat.KURANG_MISCONDUCT, 99),
            rated("Budi", Predikat.BAIK, 10),
            rated("Ani", Predikat.SANGAT_BAIK, "-5"),
        )
    )
    assert [entry.employee for entry in result.ranking] == ["Ani", "Budi", "Eko", "Fitri", "Gita"]
    assert [entry.rank for entry in result.ranking] == [1, 2, 3, 4, 5]
    assert [entry.predikat for entry in result.ranking] == list(reversed(s.PREDIKAT_ORDER))


def test_ranking_without_values_ties_by_predikat() -> None:
    # No ranking values: the two Baik tie at 2, Butuh Perbaikan is 4th.
    result = RULE_SET.evaluate_unit(
        unit(
            rated("Budi", Predikat.BAIK),
            rated("Eko", Predikat.BUTUH_PERBAIKAN),
            rated("Citra", Predikat.BAIK),
            rated("Ani", Predikat.SANGAT_BAIK),
        )
    )
    assert ranking_of(result) == [(1, "Ani", False), (2, "Budi", True), (2, "Citra", True), (4, "Eko", False)]
    assert all(entry.ranking_value is None for entry in result.ranking)


def test_equal_numbers_tie_whatever_their_notation() -> None:
    # 85 and 85.0 are the same number: a tie; 85.01 is higher.
    result = RULE_SET.evaluate_unit(
        unit(
            rated("Budi", Predikat.BAIK, 85),
            rated("Citra", Predikat.BAIK, "85.0"),
            rated("Ani", Predikat.BAIK, "85.01"),
        )
    )
    assert ranking_of(result) == [(1, "Ani", False), (2, "Budi", True), (2, "Citra", True)]
    assert str(result.ranking[2].ranking_value) == "85.0"


def test_rank_function_matches_the_unit_ranking() -> None:
    members = [rated("Budi", Predikat.BAIK, 80), rated("Ani", Predikat.SANGAT_BAIK, 90)]
    result = RULE_SET.evaluate_unit(unit(*members))
    assert rank(result.employees, members) == result.ranking
    assert rank((), ()) == ()


def test_rank_refuses_results_without_evaluations() -> None:
    results = RULE_SET.evaluate_unit(unit(rated("Ani", Predikat.BAIK))).employees
    with pytest.raises(InvalidInputError):
        rank(results, [rated("Budi", Predikat.BAIK)])


# --------------------------------------------------------------------------------------------- interchange


def test_appraisal_round_trip_of_the_bundled_unit() -> None:
    rule_set, subject = read_appraisal(example_document())
    assert rule_set is RULE_SET
    assert isinstance(subject, UnitEvaluation)
    text = dumps(appraisal_document(rule_set, subject))
    again = read_appraisal(loads(text))
    assert again == (rule_set, subject)
    assert dumps(appraisal_document(*again)) == text


def test_appraisal_round_trip_of_an_employee_with_an_skp() -> None:
    subject = EmployeeEvaluation(
        employee="Fajar Nugroho",
        period=Q1_2024,
        period_kind="triwulanan",
        skp=Skp(
            approach="kualitatif",
            work_results=[
                WorkResult(
                    name="Tersusunnya laporan",
                    kind=ResultKind.MAIN,
                    indicators=[
                        Indicator(
                            name="Jumlah laporan", aspect="kuantitas", target="3 laporan", realisation="3 laporan"
                        )
                    ],
                    intervened_leader_result="Layanan kepegawaian tertib",
                    rating=A,
                ),
                work_result("tambahan", B),
            ],
            behaviours=[
                BehaviourValue(value=value, guides=["Bertindak proaktif"], leader_expectation="Tepat waktu", rating=M)
                for value in CoreValue
            ],
        ),
        ranking_value="91.25",
    )
    document = loads(dumps(appraisal_document(RULE_SET, subject)))
    assert document["rule_set"] == "permenpanrb_6_2022"
    assert document["appraisal"]["kind"] == "employee"
    assert document["appraisal"]["ranking_value"] == "91.25"
    assert read_appraisal(document) == (RULE_SET, subject)
    # Plain json (numbers as strings) reads the same.
    assert read_appraisal(json.loads(json.dumps(document)))[1] == subject


def test_a_core_value_without_guides_in_a_document() -> None:
    document = example_document()
    del at(document, *FAJAR_SKP, "behaviours", 2)["guides"]
    subject = read_appraisal(document)[1]
    assert isinstance(subject, UnitEvaluation)
    fajar_skp = subject.employees[5].skp
    assert fajar_skp is not None
    assert fajar_skp.behaviours[2].value is CoreValue.COMPETENT
    assert fajar_skp.behaviours[2].guides == ()
    assert len(fajar_skp.behaviours[1].guides) == 3


def test_appraisal_round_trip_of_a_unit_with_a_leader_and_no_values() -> None:
    subject = unit(employee("Ani", work_rating=None), employee("Budi"), organisation="Istimewa", leader="Ani")
    assert read_appraisal(loads(dumps(appraisal_document(RULE_SET, subject)))) == (RULE_SET, subject)


def test_result_round_trip_of_the_bundled_unit() -> None:
    rule_set, subject = read_appraisal(example_document())
    result = rule_set.score(subject)
    document = loads(dumps(result_document(rule_set, result)))
    assert document["result"]["kind"] == "unit"
    assert read_result(document) == (rule_set, result)


def test_result_round_trip_of_an_employee() -> None:
    result = RULE_SET.evaluate(fajar())
    document = loads(dumps(result_document(RULE_SET, result)))
    assert document["result"]["kind"] == "employee"
    assert document["result"]["work_rating_basis"] == "derived"
    assert read_result(document) == (RULE_SET, result)


def test_result_round_trip_keeps_policies_and_breaches() -> None:
    rule_set = RULE_SET.with_policies(majority="more_than_half", leader_rating="lenient")
    result = rule_set.evaluate_unit(staffed("Baik", {Predikat.SANGAT_BAIK: 2, Predikat.BAIK: 8}))
    back_rule_set, back = read_result(loads(dumps(result_document(rule_set, result))))
    assert back == result
    assert back.policies == rule_set.policies
    assert back_rule_set is RULE_SET  # the document names the rule set; its policies travel in the result
    assert len(back.distribution.breaches) == 2


def test_the_rule_set_is_registered() -> None:
    assert get_rule_set("permenpanrb_6_2022") is RULE_SET
    assert get_rule_set("PermenPANRB-6-2022") is RULE_SET


def mutate(document: Any, change: Callable[[Any], object]) -> Any:
    copied = copy.deepcopy(document)
    change(copied)
    return copied


def at(document: Any, *path: str | int) -> Any:
    node = document
    for key in path:
        node = node[key]
    return node


EMP: Final = ("appraisal", "employees", 1)
FAJAR_SKP: Final = ("appraisal", "employees", 5, "skp")
APPRAISAL_ERRORS: Final = [
    (lambda d: d["appraisal"].__setitem__("kind", "team"), FormatError, "appraisal.kind", "'employee' or 'unit'"),
    (lambda d: d["appraisal"].pop("kind"), FormatError, "appraisal.kind", "the key 'kind' is required"),
    (lambda d: at(d, *EMP).__setitem__("nilai", 88), FormatError, "appraisal.employees[1].nilai", "no such key"),
    (lambda d: at(d, *EMP).pop("period"), FormatError, "appraisal.employees[1].period", "is required"),
    (
        lambda d: at(d, *EMP, "period").__setitem__("end", "2024-11-30"),
        InconsistentInputError,
        "appraisal.employees[1].period",
        "one of the triwulanan periods of 2024",
    ),
    (
        lambda d: at(d, *EMP, "period").__setitem__("end", "2024-12-32"),
        FormatError,
        "appraisal.employees[1].period.end",
        "an existing calendar day",
    ),
    (
        lambda d: at(d, *EMP).__setitem__("period_kind", "mingguan"),
        InvalidInputError,
        "appraisal.employees[1].period_kind",
        "one of 'bulanan', 'triwulanan', 'semesteran', 'tahunan'",
    ),
    (
        lambda d: d["appraisal"].__setitem__("organisation_predikat", "Cukup Baik"),
        InvalidInputError,
        "appraisal.organisation_predikat",
        "one of 'Istimewa', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'",
    ),
    (
        lambda d: at(d, "appraisal", "employees", 2).__setitem__("employee", "Budi Santoso"),
        InconsistentInputError,
        "appraisal.employees[2].employee",
        "an identifier not used before",
    ),
    (lambda d: at(d, *EMP).__setitem__("employee", ""), InvalidInputError, "appraisal.employees[1].employee", TEXT),
    (
        lambda d: d["appraisal"].__setitem__("leader", "Zaki"),
        InconsistentInputError,
        "appraisal.leader",
        "evaluated employee",
    ),
    (lambda d: d["appraisal"].__setitem__("unit", " Umum"), InvalidInputError, "appraisal.unit", TEXT),
    (lambda d: d["appraisal"].__setitem__("employees", "all"), FormatError, "appraisal.employees", "a list"),
    (lambda d: d["appraisal"].__setitem__("employees", []), InvalidInputError, "appraisal.employees", "at least one"),
    (
        lambda d: at(d, *EMP).__setitem__("ranking_value", 1.5),
        FloatInputError,
        "appraisal.employees[1].ranking_value",
        "instead of float",
    ),
    (
        lambda d: at(d, *EMP).pop("ranking_value"),
        InconsistentInputError,
        "appraisal.employees[1].ranking_value",
        "give a ranking value to all or to none",
    ),
    (
        lambda d: at(d, *FAJAR_SKP, "work_results", 0, "indicators", 1).__setitem__("aspect", "tepat waktu"),
        InvalidInputError,
        "appraisal.employees[5].skp.work_results[0].indicators[1].aspect",
        "one of 'kuantitas'",
    ),
    (
        lambda d: at(d, *FAJAR_SKP, "work_results", 0).__setitem__("rating", "Baik"),
        InvalidInputError,
        "appraisal.employees[5].skp.work_results[0].rating",
        f"one of {RATING_VALUES}",
    ),
    (
        lambda d: at(d, *FAJAR_SKP, "behaviours", 3).__setitem__("rating", "Baik"),
        InvalidInputError,
        "appraisal.employees[5].skp.behaviours[3].rating",
        f"one of {RATING_VALUES}",
    ),
    (
        lambda d: at(d, *FAJAR_SKP, "behaviours", 3, "guides").__setitem__(1, 5),
        FormatError,
        "appraisal.employees[5].skp.behaviours[3].guides[1]",
        "a string",
    ),
    (
        lambda d: [item.__setitem__("kind", "tambahan") for item in at(d, *FAJAR_SKP, "work_results")],
        InconsistentInputError,
        "appraisal.employees[5].skp.work_results",
        "at least one RHK utama",
    ),
    (
        lambda d: at(d, *FAJAR_SKP, "behaviours", 3).__setitem__("value", "Loyal"),
        InvalidInputError,
        "appraisal.employees[5].skp.behaviours",
        CORE_VALUES,
    ),
    (
        lambda d: at(d, *FAJAR_SKP).pop("approach"),
        FormatError,
        "appraisal.employees[5].skp.approach",
        "is required",
    ),
]


@pytest.mark.parametrize(("change", "error", "field", "allowed"), APPRAISAL_ERRORS)
def test_bad_appraisal_documents_name_the_path(
    change: Callable[[Any], object], error: type[InvalidInputError], field: str, allowed: str
) -> None:
    caught = raises(error, lambda: read_appraisal(mutate(example_document(), change)))
    assert caught.field == field
    assert allowed in caught.allowed


@pytest.mark.parametrize("key", ["work_rating", "behaviour_rating"])
def test_bad_ratings_in_documents_name_the_key(key: str) -> None:
    caught = raises(
        InvalidInputError,
        lambda: read_appraisal(mutate(example_document(), lambda d: at(d, *EMP).__setitem__(key, "Bagus"))),
    )
    assert caught.field == f"appraisal.employees[1].{key}"
    assert caught.allowed == f"one of {RATING_VALUES}"


def test_an_employee_document_refuses_unit_keys() -> None:
    document = loads(dumps(appraisal_document(RULE_SET, employee())))
    caught = raises(
        FormatError, lambda: read_appraisal(mutate(document, lambda d: d["appraisal"].__setitem__("leader", "Ani")))
    )
    assert caught.field == "appraisal.leader"
    assert "no such key" in caught.allowed


RESULT_ERRORS: Final = [
    (lambda r: r.__setitem__("kind", "team"), FormatError, "result.kind", "'employee' or 'unit'"),
    (
        lambda r: r["employees"][2].__setitem__("predikat", "Cukup"),
        InvalidInputError,
        "result.employees[2].predikat",
        "'Kurang/Misconduct'",
    ),
    (
        lambda r: r["employees"][0].__setitem__("work_rating_basis", "guessed"),
        InvalidInputError,
        "result.employees[0].work_rating_basis",
        "one of 'given', 'derived', 'organisation'",
    ),
    (lambda r: r["ranking"][2].__setitem__("rank", "3"), FormatError, "result.ranking[2].rank", "an integer"),
    (lambda r: r["ranking"][2].__setitem__("tied", "no"), FormatError, "result.ranking[2].tied", "true or false"),
    (
        lambda r: r["ranking"][0].__setitem__("ranking_value", 95.5),
        FloatInputError,
        "result.ranking[0].ranking_value",
        "instead of float",
    ),
    (
        lambda r: r["distribution"]["checks"][0].__setitem__("satisfied", 1),
        FormatError,
        "result.distribution.checks[0].satisfied",
        "true or false",
    ),
    (
        lambda r: r["distribution"]["checks"][0].__setitem__("bound", "exactly"),
        InvalidInputError,
        "result.distribution.checks[0].bound",
        "one of 'at most', 'at least', 'at least one'",
    ),
    (
        lambda r: r["distribution"]["checks"][1]["classes"].__setitem__(0, "Cukup"),
        InvalidInputError,
        "result.distribution.checks[1].classes[0]",
        "'Butuh Perbaikan'",
    ),
    (
        lambda r: r["distribution"]["counts"].__setitem__(0, ["Sangat Baik"]),
        FormatError,
        "result.distribution.counts[0]",
        "a [predikat, count] pair",
    ),
    (
        lambda r: r["distribution"]["counts"][1].__setitem__(1, "4"),
        FormatError,
        "result.distribution.counts[1][1]",
        "an integer",
    ),
    (lambda r: r["distribution"].pop("checks"), FormatError, "result.distribution.checks", "is required"),
    (
        lambda r: r["policies"].__setitem__("majority", "most"),
        InvalidInputError,
        "result.policies.majority",
        "one of 'maximum_only', 'more_than_half'",
    ),
    (lambda r: r.pop("ranking"), FormatError, "result.ranking", "is required"),
    (lambda r: r["period"].__setitem__("start", "1 Oktober 2024"), FormatError, "result.period.start", "YYYY-MM-DD"),
    (
        lambda r: r["explanation"][0].__setitem__("exact", "1/0"),
        FormatError,
        "result.explanation[0].exact",
        "an exact fraction",
    ),
]


@pytest.mark.parametrize(("change", "error", "field", "allowed"), RESULT_ERRORS)
def test_bad_result_documents_name_the_path(
    change: Callable[[Any], object], error: type[InvalidInputError], field: str, allowed: str
) -> None:
    rule_set, subject = read_appraisal(example_document())
    document = loads(dumps(result_document(rule_set, rule_set.score(subject))))
    caught = raises(error, lambda: read_result(mutate(document, lambda d: change(d["result"]))))
    assert caught.field == field
    assert allowed in caught.allowed


def test_bad_employee_result_documents() -> None:
    document = loads(dumps(result_document(RULE_SET, RULE_SET.evaluate(employee()))))
    caught = raises(FormatError, lambda: read_result(mutate(document, lambda d: d["result"].pop("predikat"))))
    assert caught.field == "result.predikat"
    caught = raises(
        FormatError, lambda: read_result(mutate(document, lambda d: d["result"].__setitem__("ranking", [])))
    )
    assert caught.field == "result.ranking"
    assert "no such key" in caught.allowed
    with pytest.raises(UnknownRuleSetError, match="unknown rule set 'permenpanrb_6_2023'"):
        read_result(mutate(document, lambda d: d.__setitem__("rule_set", "permenpanrb_6_2023")))


# ---------------------------------------------------------------------------------------------------- CLI

#: The bundled example, by hand (org Baik, N = 7, policies by default):
#:   Andi (leader): rating hasil kerja from org Baik -> Sesuai (strict); perilaku Di Atas -> (M, A) Baik, value 88.
#:   Budi (A, A) Sangat Baik 95; Citra (M, M) Baik 85; Dewi (M, A) Baik 85; Eko (B, M) Butuh Perbaikan 70;
#:   Fajar: RHK utama A, utama A, tambahan M -> 2 of 3 above, no main below -> A; core values 4 A 3 M -> A;
#:   (A, A) Sangat Baik 92; Gita (A, M) Baik 90.
#:   Counts SB 2, B 4, BP 1, K 0, SK 0. Baik at most floor(70 % of 7 = 4.9) = 4: 4 ok; BP + K = 1 >= 1 ok.
#:   Ranking: Budi 95, Fajar 92 (SB); Gita 90, Andi 88, Citra 85 = Dewi 85 (B, tie at 5); Eko (BP) 7th.
BREAKDOWN: Final = [
    (
        "Evaluasi kinerja pegawai (permenpanrb_6_2022): Bagian Umum dan Kepegawaian, period 2024-10-01 to "
        "2024-12-31 (triwulanan); predikat kinerja organisasi Baik"
    ),
    "Distribution check (7 employees):",
    "  Sangat Baik 2, Baik 4, Butuh Perbaikan 1, Kurang/Misconduct 0, Sangat Kurang 0",
    "  ok: sebagian besar (maksimal 70%) Baik: 4 employee(s), at most 4 (70 % of the unit)",
    "  ok: harus ada Butuh Perbaikan dan/atau Kurang/Misconduct: 1 employee(s)",
    "  conforms to SE MenPANRB 3/2023",
    "Ranking:",
    "  1. Budi Santoso - Sangat Baik, value 95",
    "  2. Fajar Nugroho - Sangat Baik, value 92",
    "  3. Gita Permata - Baik, value 90",
    "  4. Andi Saputra - Baik, value 88",
    "  5. Citra Lestari - Baik, value 85 (tie)",
    "  5. Dewi Anggraini - Baik, value 85 (tie)",
    "  7. Eko Prasetyo - Butuh Perbaikan, value 70",
    "How each figure was obtained:",
]


def test_cli_breakdown() -> None:
    status, out, err = call(str(EXAMPLE))
    assert (status, err) == (0, "")
    for line in BREAKDOWN:
        assert line in out
    assert "Andi Saputra             Sesuai Ekspektasi (organisation)" in out
    assert "Fajar Nugroho            Di Atas Ekspektasi (derived)" in out
    # The lines come in this order.
    positions = [out.index(line) for line in BREAKDOWN]
    assert positions == sorted(positions)


def test_cli_json_round_trips() -> None:
    status, out, err = call(str(EXAMPLE), "--json")
    assert (status, err) == (0, "")
    rule_set, result = read_result(loads(out))
    assert rule_set is RULE_SET
    assert isinstance(result, UnitResult)
    assert result == RULE_SET.score(read_appraisal(example_document())[1])
    assert dumps(result_document(rule_set, result)) == out
    assert [entry.rank for entry in result.ranking] == [1, 2, 3, 4, 5, 5, 7]


def test_cli_policy_head_count_rounding_half_up() -> None:
    status, out, _ = call(str(EXAMPLE), "--policy", "head_count_rounding=half_up", "--json")
    assert status == 0
    document = loads(out)["result"]
    assert document["policies"]["head_count_rounding"] == "half_up"
    # 70 % of 7 = 4.9 -> 5 under half-up.
    assert document["distribution"]["checks"][0]["limit"] == 5
    status, out, _ = call(str(EXAMPLE), "--policy", "head_count_rounding=half_up")
    assert status == 0
    assert "ok: sebagian besar (maksimal 70%) Baik: 4 employee(s), at most 5 (70 % of the unit)" in out
    assert "head_count_rounding=half_up" in out


def test_cli_policies_change_the_distribution_check() -> None:
    # all_above_any_below: Fajar becomes (M, M) Baik, so Baik 5 > 4 under the default rounding: one breach ...
    status, out, _ = call(str(EXAMPLE), "--policy", "rating_derivation=all_above_any_below")
    assert status == 0
    assert "BREACHED: sebagian besar (maksimal 70%) Baik: 5 employee(s), at most 4 (70 % of the unit)" in out
    assert "1 rule(s) breached; no predikat was changed" in out
    # ... and 5 <= 5 under half-up.
    status, out, _ = call(
        str(EXAMPLE), "--policy", "rating_derivation=all_above_any_below", "--policy", "head_count_rounding=half_up"
    )
    assert status == 0
    assert "conforms to SE MenPANRB 3/2023" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--policy", "head_count_rounding=up"], "skpcalc: error: policies.head_count_rounding: got 'up'"),
        (["--policy", "rounding_stage=final"], "skpcalc: error: policies.rounding_stage: got 'final'"),
    ],
)
def test_cli_bad_policy(argv: list[str], message: str) -> None:
    status, out, err = call(str(EXAMPLE), *argv)
    assert (status, out) == (1, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_cli_scoring_errors_name_the_document_path(tmp_path: Path) -> None:
    document = mutate(
        example_document(),
        lambda d: at(d, "appraisal", "employees", 0).__setitem__("work_rating", "Di Atas Ekspektasi"),
    )
    path = tmp_path / "leader.json"
    path.write_text(dumps(document), encoding="utf-8")
    status, _, err = call(str(path))
    assert status == 1
    assert err.startswith("skpcalc: error: appraisal.employees[0].work_rating: got 'Di Atas Ekspektasi'")
    document = mutate(example_document(), lambda d: at(d, *EMP).pop("work_rating"))
    path.write_text(dumps(document), encoding="utf-8")
    status, _, err = call(str(path))
    assert status == 1
    assert err.startswith("skpcalc: error: appraisal.employees[1].work_rating: got None")


def test_cli_outside_in_force(tmp_path: Path) -> None:
    document = mutate(
        example_document(),
        lambda d: [
            item.__setitem__("period", {"start": "2021-10-01", "end": "2021-12-31"})
            for item in d["appraisal"]["employees"]
        ],
    )
    path = tmp_path / "2021.json"
    path.write_text(dumps(document), encoding="utf-8")
    status, _, err = call(str(path))
    assert status == 1
    assert "is in force from 2022-01-01" in err
    status, out, _ = call(str(path), "--allow-outside-in-force")
    assert status == 0
    assert "period 2021-10-01 to 2021-12-31" in out


def test_cli_year_9999_is_not_a_traceback(tmp_path: Path) -> None:
    document = mutate(
        loads(dumps(appraisal_document(RULE_SET, employee()))),
        lambda d: d["appraisal"].update(period={"start": "9999-01-01", "end": "9999-12-31"}, period_kind="tahunan"),
    )
    path = tmp_path / "9999.json"
    path.write_text(dumps(document), encoding="utf-8")
    status, _, err = call(str(path))
    assert status == 0 or (status == 1 and err.startswith("skpcalc: error:"))


def test_derive_rating_needs_at_least_one_item() -> None:
    for policy in RatingDerivation:
        with pytest.raises(InvalidInputError, match="ratings: got \\[\\]; allowed: at least one rated item"):
            s.derive_rating([], policy)


def test_annual_for_part_of_a_year_and_for_an_annual_evaluation_alone() -> None:
    # Started in April: Q2-Q4 only; under last_period the Q4 predikat (Sangat Kurang) is the year's.
    assert RULE_SET.annual(QUARTERS[1:]).predikat is RULE_SET.evaluate(QUARTERS[3]).predikat
    # On leave in Q2: Q1, Q3, Q4 in order are accepted as well.
    assert len(RULE_SET.annual([QUARTERS[0], *QUARTERS[2:]]).periodic) == 3
    # Only the annual evaluation: under last_period it is the last (and only) evaluation of the year.
    only = RULE_SET.annual([year_end(Predikat.BAIK)])
    assert (only.periodic, only.predikat) == ((), Predikat.BAIK)
    # Lower-case legal strings are read as the canonical members.
    assert (
        RULE_SET.evaluate(
            EmployeeEvaluation(
                employee="Ani",
                period=QUARTERS[0].period,
                period_kind="TRIWULANAN",
                work_rating="di atas ekspektasi",
                behaviour_rating=" Sesuai  ekspektasi ",
            )
        ).predikat
        is Predikat.BAIK
    )


def test_rank_refuses_ranking_values_for_some_employees_only() -> None:
    with_value = rated("Ani", Predikat.BAIK, 0)
    without = rated("Budi", Predikat.BAIK)
    results = [RULE_SET.evaluate(with_value), RULE_SET.evaluate(without)]
    caught = raises(InconsistentInputError, lambda: rank(results, [with_value, without]))
    assert caught.allowed == "a ranking value for all employees or for none"
