"""Hypothesis strategies for valid PermenPANRB 6/2022 inputs (requires ``skpcalc[testing]``).

Whole units of employees are generated with distinct identifiers, one shared period and, optionally,
a leader and ranking values for all, so that every generated unit passes the validators.

>>> from hypothesis import given
>>> from skpcalc.rules.permenpanrb_6_2022 import RULE_SET
>>> @given(units())
... def test_units(unit):
...     RULE_SET.evaluate_unit(unit)
>>> test_units()
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_6_2022 import (
    Approach,
    Aspect,
    BehaviourValue,
    CoreValue,
    EmployeeEvaluation,
    EvaluationPeriod,
    Indicator,
    OrganisationPredikat,
    Rating,
    ResultKind,
    Skp,
    UnitEvaluation,
    WorkResult,
)

__all__ = ["employee_evaluations", "evaluation_periods", "ratings", "skps", "units"]

_TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20).map(str.strip).filter(bool)


def ratings() -> st.SearchStrategy[Rating]:
    """Di Atas, Sesuai or Di Bawah Ekspektasi. Requires skpcalc[testing]."""
    return st.sampled_from(Rating)


@st.composite
def evaluation_periods(
    draw: st.DrawFn, *, years: tuple[int, int] = (2022, 2026)
) -> tuple[EvaluationPeriod, AppraisalPeriod]:
    """A kind of evaluation period and one period of that kind. Requires skpcalc[testing]."""
    kind = draw(st.sampled_from(EvaluationPeriod))
    year = draw(st.integers(*years))
    return kind, draw(st.sampled_from(kind.periods(year)))


@st.composite
def skps(draw: st.DrawFn, *, rated: bool = True) -> Skp:
    """SKPs with 1-4 rencana hasil kerja (the first utama) and the seven core values, rated if ``rated``.

    Requires skpcalc[testing].
    """
    rating = ratings() if rated else st.none()
    count = draw(st.integers(1, 4))
    results = [
        WorkResult(
            name=draw(_TEXT),
            kind=ResultKind.MAIN if index == 0 else draw(st.sampled_from(ResultKind)),
            indicators=[Indicator(name=draw(_TEXT), aspect=draw(st.sampled_from(Aspect)), target=draw(_TEXT))],
            rating=draw(rating),
        )
        for index in range(count)
    ]
    values = draw(st.permutations(list(CoreValue)))
    return Skp(
        approach=draw(st.sampled_from(Approach)),
        work_results=results,
        behaviours=[BehaviourValue(value=value, rating=draw(rating)) for value in values],
    )


@st.composite
def employee_evaluations(
    draw: st.DrawFn,
    *,
    employee: str | None = None,
    period: tuple[EvaluationPeriod, AppraisalPeriod] | None = None,
    ranking_value: bool | None = None,
) -> EmployeeEvaluation:
    """Employee evaluations whose ratings are given directly or derivable from a rated SKP.

    Requires skpcalc[testing].
    """
    kind, when = period if period is not None else draw(evaluation_periods())
    derived = draw(st.booleans())
    with_value = draw(st.booleans()) if ranking_value is None else ranking_value
    # A few distinct values, so that ties on predikat and value occur often enough to be tested.
    value: Decimal | None = draw(st.sampled_from([Decimal(80), Decimal("85.5"), Decimal(90)])) if with_value else None
    return EmployeeEvaluation(
        employee=employee if employee is not None else draw(_TEXT),
        period=when,
        period_kind=kind,
        work_rating=None if derived else draw(ratings()),
        behaviour_rating=None if derived else draw(ratings()),
        skp=draw(skps()) if derived else None,
        ranking_value=value,
    )


@st.composite
def units(draw: st.DrawFn, *, max_employees: int = 12) -> UnitEvaluation:
    """Whole units: 1 to ``max_employees`` employees sharing one period, perhaps a leader among them.

    Ranking values are given to all employees or to none. Requires skpcalc[testing].
    """
    period = draw(evaluation_periods())
    count = draw(st.integers(1, max_employees))
    with_values = draw(st.booleans())
    employees = [
        draw(employee_evaluations(employee=f"pegawai {index + 1}", period=period, ranking_value=with_values))
        for index in range(count)
    ]
    leader = draw(st.none() | st.sampled_from([item.employee for item in employees]))
    if leader is not None:  # the leader's rating hasil kerja comes from the organisation
        employees = [
            EmployeeEvaluation(
                employee=item.employee,
                period=item.period,
                period_kind=item.period_kind,
                behaviour_rating=item.behaviour_rating or draw(ratings()),
                ranking_value=item.ranking_value,
            )
            if item.employee == leader
            else item
            for item in employees
        ]
    return UnitEvaluation(
        unit=draw(_TEXT),
        organisation_predikat=draw(st.sampled_from(OrganisationPredikat)),
        employees=employees,
        leader=leader,
    )
