"""Results of the PermenPANRB 6/2022 rule set: ratings, predikat, distribution check and ranking."""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from skpcalc.explain import Explanation
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_6_2022.model import EvaluationPeriod, OrganisationPredikat, Rating
from skpcalc.rules.permenpanrb_6_2022.policies import Policies
from skpcalc.rules.permenpanrb_6_2022.scoring import Bound, Predikat

__all__ = [
    "AnnualResult",
    "DistributionCheck",
    "DistributionReport",
    "EmployeeResult",
    "RankEntry",
    "RatingBasis",
    "UnitResult",
]


class RatingBasis(enum.StrEnum):
    """Where a rating in a result came from."""

    GIVEN = "given"
    """Set directly by the Pejabat Penilai Kinerja."""
    DERIVED = "derived"
    """Formed from per-item ratings under the policy ``rating_derivation``."""
    ORGANISATION = "organisation"
    """The unit's predikat kinerja organisasi (the employee leads the unit)."""


@attrs.frozen(kw_only=True)
class EmployeeResult:
    """The predikat kinerja pegawai of one employee for one period, with the ratings behind it."""

    employee: str
    period: AppraisalPeriod
    period_kind: EvaluationPeriod
    work_rating: Rating
    work_rating_basis: RatingBasis
    behaviour_rating: Rating
    behaviour_rating_basis: RatingBasis
    predikat: Predikat
    explanation: Explanation

    def render(self) -> str:
        """The evaluation as plain text, then every step."""
        return "\n".join(
            [
                (
                    f"Evaluasi kinerja pegawai (permenpanrb_6_2022): {self.employee}, period {self.period} "
                    f"({self.period_kind.value})"
                ),
                f"Rating hasil kerja    {self.work_rating.value} ({self.work_rating_basis.value})",
                f"Rating perilaku kerja {self.behaviour_rating.value} ({self.behaviour_rating_basis.value})",
                f"Predikat kinerja pegawai {self.predikat.value}",
                "",
                "How each figure was obtained:",
                self.explanation.render(),
            ]
        )


@attrs.frozen(kw_only=True)
class DistributionCheck:
    """One distribution rule checked against the unit's head-counts."""

    rule: str
    """The rule in the circular's words (abridged)."""
    classes: tuple[Predikat, ...]
    bound: Bound
    percent: Decimal
    limit: int
    """The head-count allowed (at most) or required (at least), after rounding."""
    count: int
    """Employees of the unit whose predikat is one of ``classes``."""
    satisfied: bool

    def describe(self) -> str:
        """One line: the rule, the count and the limit."""
        status = "ok" if self.satisfied else "BREACHED"
        if self.bound is Bound.AT_LEAST_ONE:
            return f"{status}: {self.rule}: {self.count} employee(s), at least 1"
        if self.bound is Bound.MORE_THAN:
            return (
                f"{status}: {self.rule}: {self.count} employee(s), at least {self.limit} (more than {self.percent} %)"
            )
        limit = f"{self.bound.value} {self.limit} ({self.percent} % of the unit)"
        return f"{status}: {self.rule}: {self.count} employee(s), {limit}"


@attrs.frozen(kw_only=True)
class DistributionReport:
    """The distribution check of SE MenPANRB 3/2023 for a unit; it never changes a predikat."""

    organisation_predikat: OrganisationPredikat
    employees: int
    counts: tuple[tuple[Predikat, int], ...]
    """Head-count per predikat, best first."""
    checks: tuple[DistributionCheck, ...]

    @property
    def breaches(self) -> tuple[DistributionCheck, ...]:
        """The rules the unit does not meet."""
        return tuple(check for check in self.checks if not check.satisfied)

    @property
    def conforms(self) -> bool:
        """Whether every rule is met."""
        return not self.breaches


@attrs.frozen(kw_only=True)
class RankEntry:
    """A place in the unit's ranking (pemeringkatan); equal places are ties."""

    rank: int
    """1 for the first place; tied employees share the rank of the first of them (1, 2, 2, 4)."""
    employee: str
    predikat: Predikat
    ranking_value: Decimal | None
    tied: bool
    """Whether another employee has the same predikat and ranking value."""


@attrs.frozen(kw_only=True)
class UnitResult:
    """A unit's evaluation: each employee's predikat, the distribution check and the ranking."""

    unit: str
    organisation_predikat: OrganisationPredikat
    period: AppraisalPeriod
    period_kind: EvaluationPeriod
    policies: Policies
    employees: tuple[EmployeeResult, ...]
    distribution: DistributionReport
    ranking: tuple[RankEntry, ...]
    explanation: Explanation

    def render(self) -> str:
        """The unit's evaluation as plain text, then every step."""
        lines = [
            (
                f"Evaluasi kinerja pegawai (permenpanrb_6_2022): {self.unit}, period {self.period} "
                f"({self.period_kind.value}); predikat kinerja organisasi {self.organisation_predikat.value}"
            ),
            "",
            f"  {'pegawai':<24} {'rating hasil kerja':<34} {'rating perilaku kerja':<30} predikat",
        ]
        for item in self.employees:
            work = f"{item.work_rating.value} ({item.work_rating_basis.value})"
            behaviour = f"{item.behaviour_rating.value} ({item.behaviour_rating_basis.value})"
            lines.append(f"  {item.employee[:24]:<24} {work:<34} {behaviour:<30} {item.predikat.value}")
        lines += ["", f"Distribution check ({self.distribution.employees} employees):"]
        lines.append("  " + ", ".join(f"{label.value} {count}" for label, count in self.distribution.counts))
        lines += [f"  {check.describe()}" for check in self.distribution.checks]
        lines.append(
            "  conforms to SE MenPANRB 3/2023"
            if self.distribution.conforms
            else f"  {len(self.distribution.breaches)} rule(s) breached; no predikat was changed"
        )
        lines += ["", "Ranking:"]
        for entry in self.ranking:
            value = "" if entry.ranking_value is None else f", value {entry.ranking_value}"
            tie = " (tie)" if entry.tied else ""
            lines.append(f"  {entry.rank}. {entry.employee} - {entry.predikat.value}{value}{tie}")
        lines += ["", "Policies: " + ", ".join(f"{k}={v}" for k, v in self.policies.to_dict().items()), ""]
        lines += ["How each figure was obtained:"]
        lines += [item.explanation.render() for item in self.employees]
        lines.append(self.explanation.render())
        return "\n".join(lines)


@attrs.frozen(kw_only=True)
class AnnualResult:
    """An employee's annual predikat and the evaluations it rests on."""

    employee: str
    year: int
    periodic: tuple[EmployeeResult, ...]
    year_end: EmployeeResult | None
    predikat: Predikat
    explanation: Explanation

    def render(self) -> str:
        """The annual predikat as plain text, with the evaluations it rests on."""
        lines = [f"Predikat kinerja tahunan {self.year} (permenpanrb_6_2022): {self.employee}: {self.predikat.value}"]
        lines += [f"  {item.period} ({item.period_kind.value}): {item.predikat.value}" for item in self.periodic]
        if self.year_end is not None:
            lines.append(f"  annual evaluation {self.year_end.period}: {self.year_end.predikat.value}")
        lines += ["", self.explanation.render()]
        return "\n".join(lines)
