"""The PermenPANRB 6/2022 rule set: predikat of employees and units, with every step recorded."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import attrs

from skpcalc._validate import flag, instance_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, NotInForceError
from skpcalc.explain import Explanation, Step
from skpcalc.rules.base import Citation, InForce, Source
from skpcalc.rules.permenpanrb_6_2022 import interchange
from skpcalc.rules.permenpanrb_6_2022 import scoring as s
from skpcalc.rules.permenpanrb_6_2022.model import (
    EmployeeEvaluation,
    EvaluationPeriod,
    OrganisationPredikat,
    Rating,
    ResultKind,
    UnitEvaluation,
)
from skpcalc.rules.permenpanrb_6_2022.policies import AnnualPredikat, Policies
from skpcalc.rules.permenpanrb_6_2022.result import (
    AnnualResult,
    DistributionCheck,
    DistributionReport,
    EmployeeResult,
    RankEntry,
    RatingBasis,
    UnitResult,
)

__all__ = ["IN_FORCE", "KEY", "Permenpanrb6RuleSet"]

KEY: Final = s.KEY
#: From 1 January 2022 (the 2022 performance year), not repealed.
IN_FORCE: Final = InForce(start=date(2022, 1, 1), end=None, source=s.SRC_IN_FORCE)


def _label_step(key: str, label: str, rule: str, inputs: list[tuple[str, str]], value: str, source: Source) -> Step:
    return Step(key=key, label=label, formula=rule, inputs=inputs, exact=None, value=value, source=source)


@attrs.frozen
class Permenpanrb6RuleSet:
    """PermenPANRB 6/2022 with SE MenPANRB 3/2023 (pengelolaan kinerja pegawai ASN), under a set of policies."""

    policies: Policies = attrs.field(factory=Policies, validator=instance_of(Policies))

    @property
    def key(self) -> str:
        """``"permenpanrb_6_2022"``."""
        return KEY

    @property
    def citation(self) -> tuple[Citation, ...]:
        """PermenPANRB 6/2022 and SE MenPANRB 3/2023."""
        return (s.PERMENPANRB_6_2022, s.SE_MENPANRB_3_2023)

    @property
    def in_force(self) -> InForce:
        """From 1 January 2022."""
        return IN_FORCE

    def with_policies(self, **changes: Any) -> Permenpanrb6RuleSet:
        """The same rule set with some policies changed (see :class:`Policies`)."""
        return Permenpanrb6RuleSet(self.policies.replace(**changes))

    def policies_from_dict(self, data: object, /) -> Permenpanrb6RuleSet:
        """The same rule set with the policies given in plain-dict form (unnamed ones keep their defaults)."""
        return Permenpanrb6RuleSet(interchange.policies_from_dict(data))

    def appraisal_from_dict(self, data: object, /) -> EmployeeEvaluation | UnitEvaluation:
        """An employee or unit evaluation from its plain-dict form (see ``docs/interchange.md``)."""
        return interchange.evaluation_from_dict(data)

    def appraisal_to_dict(self, appraisal: EmployeeEvaluation | UnitEvaluation, /) -> dict[str, Any]:
        """The plain-dict form of an employee or unit evaluation."""
        return interchange.evaluation_to_dict(appraisal)

    def result_to_dict(self, result: EmployeeResult | UnitResult, /) -> dict[str, Any]:
        """The plain-dict form of a result."""
        return interchange.result_to_dict(result)

    def result_from_dict(self, data: object, /) -> EmployeeResult | UnitResult:
        """A result from its plain-dict form."""
        return interchange.result_from_dict(data)

    # ------------------------------------------------------------------------------------- scoring

    def score(
        self, appraisal: EmployeeEvaluation | UnitEvaluation, /, *, allow_outside_in_force: bool = False
    ) -> EmployeeResult | UnitResult:
        """Evaluate one employee (``EmployeeResult``) or a whole unit (``UnitResult``).

        Raises:
            NotInForceError: the period is before 2022 (unless ``allow_outside_in_force``).
            InvalidInputError: a rating that is neither given nor derivable.
            InconsistentInputError: a leader's given rating hasil kerja that contradicts the organisation's
                predikat.
        """
        if isinstance(appraisal, UnitEvaluation):
            self._check_in_force(appraisal.period.start, appraisal.period.end, allow=allow_outside_in_force)
            return self._unit(appraisal)
        if isinstance(appraisal, EmployeeEvaluation):
            self._check_in_force(appraisal.period.start, appraisal.period.end, allow=allow_outside_in_force)
            return self._employee(appraisal, "", None, None)
        raise InvalidTypeError("appraisal", appraisal, "a permenpanrb_6_2022 EmployeeEvaluation or UnitEvaluation")

    def evaluate(self, evaluation: EmployeeEvaluation, /, *, allow_outside_in_force: bool = False) -> EmployeeResult:
        """Evaluate one employee (typed entry point)."""
        if not isinstance(evaluation, EmployeeEvaluation):
            raise InvalidTypeError("evaluation", evaluation, "an EmployeeEvaluation")
        result = self.score(evaluation, allow_outside_in_force=allow_outside_in_force)
        assert isinstance(result, EmployeeResult)  # noqa: S101 - by construction
        return result

    def evaluate_unit(self, unit: UnitEvaluation, /, *, allow_outside_in_force: bool = False) -> UnitResult:
        """Evaluate a unit (typed entry point)."""
        if not isinstance(unit, UnitEvaluation):
            raise InvalidTypeError("unit", unit, "a UnitEvaluation")
        result = self.score(unit, allow_outside_in_force=allow_outside_in_force)
        assert isinstance(result, UnitResult)  # noqa: S101 - by construction
        return result

    def _check_in_force(self, start: date, end: date, *, allow: bool) -> None:
        if not flag(allow, "allow_outside_in_force") and not IN_FORCE.covers(start, end):
            raise NotInForceError(KEY, start, end, str(IN_FORCE))

    def _employee(
        self,
        evaluation: EmployeeEvaluation,
        prefix: str,
        organisation: OrganisationPredikat | None,
        leader: Rating | None,
    ) -> EmployeeResult:
        """One employee's ratings and predikat; ``organisation`` and ``leader`` are set for a unit's leader."""
        steps: list[Step] = []
        key = prefix
        if organisation is not None and leader is not None:
            steps.append(
                _label_step(
                    f"{key}work_rating",
                    "Rating hasil kerja of the unit's leader",
                    f"the unit's predikat kinerja organisasi is the leader's rating hasil kerja (SE MenPANRB "
                    f"3/2023), mapped by policy leader_rating={self.policies.leader_rating.value}; the leader's own "
                    "RHK ratings are not used",
                    [("predikat kinerja organisasi", organisation.value)],
                    leader.value,
                    s.SRC_LEADER_MAPPING,
                )
            )
        work, work_basis = self._work_rating(evaluation, key, steps, leader)
        behaviour, behaviour_basis = self._behaviour_rating(evaluation, key, steps)
        label = s.predikat(work, behaviour)
        steps.append(
            _label_step(
                f"{key}predikat",
                "Predikat kinerja pegawai",
                "kuadran kinerja: rating hasil kerja x rating perilaku kerja",
                [("rating hasil kerja", work.value), ("rating perilaku kerja", behaviour.value)],
                label.value,
                s.SRC_MATRIX,
            )
        )
        return EmployeeResult(
            employee=evaluation.employee,
            period=evaluation.period,
            period_kind=evaluation.period_kind,
            work_rating=work,
            work_rating_basis=work_basis,
            behaviour_rating=behaviour,
            behaviour_rating_basis=behaviour_basis,
            predikat=label,
            explanation=Explanation(tuple(steps)),
        )

    def _work_rating(
        self, evaluation: EmployeeEvaluation, key: str, steps: list[Step], from_organisation: Rating | None
    ) -> tuple[Rating, RatingBasis]:
        if from_organisation is not None:
            if evaluation.work_rating is not None and evaluation.work_rating is not from_organisation:
                raise InconsistentInputError(
                    f"{key}work_rating",
                    evaluation.work_rating.value,
                    f"{from_organisation.value!r} or None: the leader's rating hasil kerja is the unit's predikat "
                    f"kinerja organisasi (policy leader_rating={self.policies.leader_rating.value})",
                )
            return from_organisation, RatingBasis.ORGANISATION
        skp = evaluation.skp
        return self._rating(
            steps,
            key=key,
            field="work_rating",
            label="Rating hasil kerja",
            given=evaluation.work_rating,
            items=None
            if skp is None
            else [(f"{r.kind.value}: {r.name}", r.rating, r.kind is ResultKind.MAIN) for r in skp.work_results],
            items_field="work_results",
            items_name="rencana hasil kerja",
        )

    def _behaviour_rating(
        self, evaluation: EmployeeEvaluation, key: str, steps: list[Step]
    ) -> tuple[Rating, RatingBasis]:
        skp = evaluation.skp
        return self._rating(
            steps,
            key=key,
            field="behaviour_rating",
            label="Rating perilaku kerja",
            given=evaluation.behaviour_rating,
            items=None if skp is None else [(v.value.value, v.rating, True) for v in skp.behaviours],
            items_field="behaviours",
            items_name="BerAKHLAK core values",
            note="; every core value counts as main",
        )

    def _rating(
        self,
        steps: list[Step],
        *,
        key: str,
        field: str,
        label: str,
        given: Rating | None,
        items: list[tuple[str, Rating | None, bool]] | None,
        items_field: str,
        items_name: str,
        note: str = "",
    ) -> tuple[Rating, RatingBasis]:
        """A rating as given, or derived from the SKP's rated items ``(name, rating, is main)``."""
        if given is not None:
            steps.append(
                _label_step(
                    f"{key}{field}", label, "given by the Pejabat Penilai Kinerja", [], given.value, s.SRC_GIVEN
                )
            )
            return given, RatingBasis.GIVEN
        if items is None:
            raise InvalidInputError(f"{key}{field}", None, f"a rating, or an skp whose {items_name} are each rated")
        rated = []
        for index, (_, rating, is_main) in enumerate(items):
            if rating is None:
                raise InvalidInputError(
                    f"{key}skp.{items_field}[{index}].rating",
                    None,
                    f"a rating, as the {label.lower()} is derived from the ratings of the {items_name}",
                )
            rated.append((rating, is_main))
        rating = s.derive_rating(rated, self.policies.rating_derivation)
        steps.append(
            _label_step(
                f"{key}{field}",
                f"{label} (from the {items_name})",
                f"policy rating_derivation={self.policies.rating_derivation.value}{note}",
                [(name, str(item)) for name, item, _ in items],
                rating.value,
                s.SRC_DERIVATION,
            )
        )
        return rating, RatingBasis.DERIVED

    # ---------------------------------------------------------------------------------------- unit

    def _unit(self, unit: UnitEvaluation) -> UnitResult:
        steps: list[Step] = []
        leader = None
        if unit.leader is not None:
            leader = s.leader_rating(unit.organisation_predikat, self.policies.leader_rating)
        employees = tuple(
            self._employee(item, f"employees[{index}].", unit.organisation_predikat, leader)
            if item.employee == unit.leader
            else self._employee(item, f"employees[{index}].", None, None)
            for index, item in enumerate(unit.employees)
        )
        distribution = self._distribution(unit, employees, steps)
        ranking = rank(employees, unit.employees)
        steps.append(
            _label_step(
                "ranking",
                "Ranking (pemeringkatan)",
                "by predikat, best first; then by the caller's ranking value, higher first; equal places are ties",
                [(entry.employee, str(entry.rank)) for entry in ranking],
                ", ".join(entry.employee for entry in ranking),
                s.SRC_RANKING,
            )
        )
        return UnitResult(
            unit=unit.unit,
            organisation_predikat=unit.organisation_predikat,
            period=unit.period,
            period_kind=unit.employees[0].period_kind,
            policies=self.policies,
            employees=employees,
            distribution=distribution,
            ranking=ranking,
            explanation=Explanation(tuple(steps)),
        )

    def _distribution(
        self, unit: UnitEvaluation, employees: tuple[EmployeeResult, ...], steps: list[Step]
    ) -> DistributionReport:
        total = len(employees)
        counts = {label: sum(1 for item in employees if item.predikat is label) for label in s.PREDIKAT_ORDER}
        checks = []
        for index, rule in enumerate(s.rules_for(unit.organisation_predikat, self.policies.majority)):
            limit = s.head_count_limit(rule, total, self.policies.head_count_rounding)
            exact = Fraction(1) if rule.bound is s.Bound.AT_LEAST_ONE else Fraction(rule.percent * total, 100)
            count = sum(counts[label] for label in rule.classes)
            satisfied = count <= limit if rule.bound is s.Bound.AT_MOST else count >= limit  # at least / more than
            check = DistributionCheck(
                rule=rule.text,
                classes=rule.classes,
                bound=rule.bound,
                percent=Decimal(rule.percent),
                limit=limit,
                count=count,
                satisfied=satisfied,
            )
            checks.append(check)
            steps.append(
                Step(
                    key=f"distribution[{index}]",
                    label=f"Distribution rule: {rule.text}",
                    formula=_limit_formula(rule, total, self.policies),
                    inputs=[("employees", str(total)), ("count", str(count))],
                    exact=exact,
                    value=Decimal(limit),
                    source=_limit_source(rule, exact),
                )
            )
        return DistributionReport(
            organisation_predikat=unit.organisation_predikat,
            employees=total,
            counts=tuple((label, counts[label]) for label in reversed(s.PREDIKAT_ORDER)),
            checks=tuple(checks),
        )

    # -------------------------------------------------------------------------------------- annual

    def annual(
        self, evaluations: Sequence[EmployeeEvaluation], /, *, allow_outside_in_force: bool = False
    ) -> AnnualResult:
        """An employee's annual predikat from the year's evaluations, under the policy ``annual``.

        ``evaluations`` are one employee's evaluations of one calendar year: periodic ones of one kind,
        each period once and in date order (not necessarily the whole year: an employee may have started
        or been on leave), and at most one annual evaluation (``period_kind='tahunan'``), which
        ``annual='year_end_evaluation'`` requires.
        """
        employee, year, periodic, year_end = _year_of(evaluations)
        allow = allow_outside_in_force
        periodic_results = tuple(self.evaluate(item, allow_outside_in_force=allow) for item in periodic)
        year_end_result = None if year_end is None else self.evaluate(year_end, allow_outside_in_force=allow)
        if self.policies.annual is AnnualPredikat.YEAR_END_EVALUATION:
            if year_end_result is None:
                raise InvalidInputError(
                    "evaluations",
                    None,
                    "an annual evaluation (period_kind 'tahunan'), as policy annual='year_end_evaluation'",
                )
            label, basis, source = year_end_result.predikat, "the annual evaluation", s.SRC_ANNUAL
        elif periodic_results:
            label, basis, source = periodic_results[-1].predikat, "the last periodic evaluation", s.SRC_ANNUAL_LAST
            if year_end_result is not None:
                basis += f"; the annual evaluation given ({year_end_result.predikat.value}) is not used"
        elif year_end_result is not None:  # only an annual evaluation: it is the year's last evaluation
            label, basis, source = year_end_result.predikat, "the annual evaluation, the only one given", s.SRC_ANNUAL
        else:  # pragma: no cover - _year_of refuses an empty sequence
            raise InvalidInputError("evaluations", None, "at least one evaluation")
        step = _label_step(
            "annual_predikat",
            f"Annual predikat kinerja {year}",
            f"{basis} (policy annual={self.policies.annual.value})",
            [(str(item.period), item.predikat.value) for item in periodic_results]
            + (
                []
                if year_end_result is None
                else [(f"annual {year_end_result.period}", year_end_result.predikat.value)]
            ),
            label.value,
            source,
        )
        return AnnualResult(
            employee=employee,
            year=year,
            periodic=periodic_results,
            year_end=year_end_result,
            predikat=label,
            explanation=Explanation((step,)),
        )


def _limit_formula(rule: s.DistributionRule, total: int, policies: Policies) -> str:
    if rule.bound is s.Bound.AT_LEAST_ONE:
        return "at least 1 ('harus ada')"
    if rule.bound is s.Bound.MORE_THAN:
        return f"more than {rule.percent} % of {total} (policy majority={policies.majority.value})"
    rounding = policies.head_count_rounding.value
    return (
        f"{rule.bound.value} {rule.percent} % of {total}, head-count rounded by policy head_count_rounding={rounding}"
    )


def _limit_source(rule: s.DistributionRule, exact: Fraction) -> Source:
    if rule.bound is s.Bound.MORE_THAN:
        return s.SRC_MAJORITY
    return s.SRC_DISTRIBUTION if exact.denominator == 1 else s.SRC_HEAD_COUNT


def _year_of(
    evaluations: Sequence[EmployeeEvaluation],
) -> tuple[str, int, list[EmployeeEvaluation], EmployeeEvaluation | None]:
    """Check one employee's evaluations of one year; split them into periodic ones and the annual one."""
    items = list(evaluations)
    if not items or not all(isinstance(item, EmployeeEvaluation) for item in items):
        raise InvalidTypeError("evaluations", evaluations, "a non-empty sequence of EmployeeEvaluation")
    employee, year = items[0].employee, items[0].period.start.year
    for index, item in enumerate(items):
        if item.employee != employee or item.period.start.year != year:
            raise InconsistentInputError(
                f"evaluations[{index}]", f"{item.employee} {item.period}", f"an evaluation of {employee} in {year}"
            )
    year_end = [item for item in items if item.period_kind is EvaluationPeriod.ANNUAL]
    periodic = [item for item in items if item.period_kind is not EvaluationPeriod.ANNUAL]
    if len(year_end) > 1:
        raise InconsistentInputError("evaluations", len(year_end), "at most one annual evaluation")
    if periodic:
        expected = periodic[0].period_kind.periods(year)
        given = [item.period for item in periodic]
        positions = [expected.index(period) if period in expected else -1 for period in given]
        if any(item.period_kind is not periodic[0].period_kind for item in periodic) or positions != sorted(
            set(positions)
        ):
            raise InconsistentInputError(
                "evaluations",
                [f"{item.period} ({item.period_kind.value})" for item in periodic],
                "periodic evaluations of one kind, each period once, in date order (of "
                + ", ".join(str(p) for p in expected)
                + "); an employee who started or left during the year may have fewer",
            )
    return employee, year, periodic, year_end[0] if year_end else None


def rank(results: Sequence[EmployeeResult], evaluations: Sequence[EmployeeEvaluation]) -> tuple[RankEntry, ...]:
    """Order a unit's employees by predikat (best first), then by ranking value (higher first).

    The order is total and stable: employees equal on both keep their input order and share a rank
    (competition ranking: 1, 2, 2, 4), each marked as tied.
    """
    values = {item.employee: item.ranking_value for item in evaluations if isinstance(item, EmployeeEvaluation)}
    given = {value is not None for value in values.values()}
    if len(given) > 1:
        raise InconsistentInputError(
            "evaluations", "ranking values for some employees only", "a ranking value for all employees or for none"
        )
    seen: set[str] = set()
    for index, result in enumerate(results):
        if not isinstance(result, EmployeeResult):
            raise InvalidTypeError(f"results[{index}]", result, "an EmployeeResult")
        if result.employee not in values or result.employee in seen:
            raise InconsistentInputError(
                f"results[{index}].employee", result.employee, "an employee of the evaluations given, once"
            )
        seen.add(result.employee)

    def sort_key(indexed: tuple[int, EmployeeResult]) -> tuple[int, Fraction, int]:
        index, result = indexed
        value = values[result.employee]
        return (-result.predikat.rank, -Fraction(value) if value is not None else Fraction(0), index)

    ordered = [result for _, result in sorted(enumerate(results), key=sort_key)]
    keys = [(result.predikat, values[result.employee]) for result in ordered]
    sizes = Counter(keys)
    entries = []
    first_place: dict[tuple[s.Predikat, Decimal | None], int] = {}
    for position, (result, key) in enumerate(zip(ordered, keys, strict=True)):
        first_place.setdefault(key, position + 1)
        entries.append(
            RankEntry(
                rank=first_place[key],
                employee=result.employee,
                predikat=result.predikat,
                ranking_value=values[result.employee],
                tied=sizes[key] > 1,
            )
        )
    return tuple(entries)
