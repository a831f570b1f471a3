"""Results of the PermenPANRB 8/2021 rule set: every figure of the appraisal, and why."""

from __future__ import annotations

from decimal import Decimal

import attrs

from skpcalc.explain import Explanation
from skpcalc.period import AppraisalPeriod
from skpcalc.rules._policies import flat_policies
from skpcalc.rules.permenpanrb_8_2021.model import Aspect, Condition, SkpModel
from skpcalc.rules.permenpanrb_8_2021.policies import Policies
from skpcalc.rules.permenpanrb_8_2021.scoring import Category, Predikat
from skpcalc.rules.pp46_2011.result import Result as Pp46Result

__all__ = [
    "BehaviourResult",
    "IndicatorResult",
    "PeriodicResult",
    "PlanResult",
    "Result",
    "SkpResult",
    "Year2021Result",
]


@attrs.frozen(kw_only=True)
class IndicatorResult:
    """One IKI: its capaian, kategori and nilai capaian IKI."""

    name: str
    aspect: Aspect
    condition: Condition
    target: str
    """The target as written (``"85"`` or ``"80-90"``)."""
    realisation: Decimal
    target_used: Decimal | None
    """The target the realisation was measured against (a range's batas atas or bawah); ``None`` inside a range."""
    capaian: Decimal
    """Capaian IKI in percent, as printed."""
    capaian_converted: Decimal
    """The capaian converted to nilai (the whole percent under the default policy)."""
    category: Category
    value: Decimal
    """Nilai capaian IKI (0-120)."""


@attrs.frozen(kw_only=True)
class PlanResult:
    """One rencana kinerja: the mean of its IKI's nilai and its nilai tertimbang."""

    name: str
    indicators: tuple[IndicatorResult, ...]
    value: Decimal
    """Nilai of the rencana kinerja (the mean of its IKI's nilai capaian)."""
    weight: Decimal
    """Bobot in percent (for tambahan: the bobot lingkup penugasan)."""
    weighted: Decimal
    """Nilai tertimbang."""


@attrs.frozen(kw_only=True)
class SkpResult:
    """Nilai SKP = nilai kinerja utama + nilai kinerja tambahan (capped at 10)."""

    model: SkpModel
    main: tuple[PlanResult, ...]
    additional: tuple[PlanResult, ...]
    main_value: Decimal
    """Nilai KU: total nilai tertimbang of the kinerja utama."""
    additional_total: Decimal
    """Total nilai tertimbang of the kinerja tambahan, before the cap of 10."""
    additional_value: Decimal
    """Nilai KT: the total, at most 10."""
    value: Decimal
    """Nilai SKP (after the over_120 policy)."""


@attrs.frozen(kw_only=True)
class BehaviourResult:
    """Nilai perilaku kerja: the mean of the aspects assessed."""

    aspects: tuple[tuple[str, Decimal], ...]
    """``(field name, value)`` of each aspect assessed."""
    value: Decimal


@attrs.frozen(kw_only=True)
class Result:
    """The scored appraisal: nilai SKP, nilai perilaku kerja, nilai kinerja and predikat."""

    rule_set: str
    period: AppraisalPeriod
    policies: Policies
    skp: SkpResult
    behaviour: BehaviourResult
    skp_weight: int
    """Bobot of the SKP in percent: 70, or 60 with peer and subordinate input."""
    behaviour_weight: int
    """Bobot of perilaku kerja in percent: 30, or 40."""
    skp_part: Decimal
    behaviour_part: Decimal
    value: Decimal
    """Nilai kinerja."""
    innovation: bool
    predikat: Predikat
    explanation: Explanation

    def render(self) -> str:
        """The appraisal as plain text, figure by figure, with the explanation."""
        lines = [f"PermenPANRB 8/2021 appraisal, period {self.period}", f"SKP model {self.skp.model.value}"]
        for title, plans in (
            ("Rencana kinerja utama", self.skp.main),
            ("Rencana kinerja tambahan", self.skp.additional),
        ):
            if not plans:
                continue
            lines.append(title)
            for plan in plans:
                lines.append(
                    f"  {plan.name}: nilai {plan.value}, bobot {plan.weight} %, nilai tertimbang {plan.weighted}"
                )
                lines.extend(
                    f"    {_name(row.name)} target {row.target:>10} realisasi {row.realisation!s:>8} "
                    f"capaian {row.capaian_converted!s:>6} % {row.category.value:<13} nilai {row.value}"
                    for row in plan.indicators
                )
        lines += [
            f"Nilai kinerja utama {self.skp.main_value}; tambahan {self.skp.additional_value}"
            + (f" (total {self.skp.additional_total}, capped at 10)" if self.skp.additional_total > 10 else ""),
            f"Nilai SKP            {self.skp.value} x {self.skp_weight} % = {self.skp_part}",
            f"Nilai perilaku kerja {self.behaviour.value} x {self.behaviour_weight} % = {self.behaviour_part}",
            (
                f"Nilai kinerja        {self.value} ({self.predikat.value}; innovation condition "
                f"{'met' if self.innovation else 'not met'})"
            ),
            "",
            "Policies: " + ", ".join(f"{name}={value}" for name, value in flat_policies(self.policies.to_dict())),
            "",
            "How each figure was obtained:",
            self.explanation.render(),
        ]
        return "\n".join(lines)


@attrs.frozen(kw_only=True)
class PeriodicResult:
    """Nilai periodik SKP of a JPT: (Nilai 1 + Nilai 2) / 2."""

    period: AppraisalPeriod
    policies: Policies
    action_plans: tuple[IndicatorResult, ...]
    main_indicators: tuple[IndicatorResult, ...]
    value_1: Decimal
    """Nilai 1: mean nilai of the rencana aksi / inisiatif strategis."""
    value_2: Decimal
    """Nilai 2: mean nilai of the kinerja utama measured in the period."""
    value: Decimal
    explanation: Explanation

    def render(self) -> str:
        """The periodic value as plain text."""
        lines = [f"PermenPANRB 8/2021, nilai periodik SKP of a JPT, period {self.period}"]
        for title, rows in (("Rencana aksi", self.action_plans), ("Kinerja utama", self.main_indicators)):
            lines.append(title)
            lines.extend(
                f"  {_name(row.name)} capaian {row.capaian_converted!s:>6} % {row.category.value:<13} nilai {row.value}"
                for row in rows
            )
        lines += [
            f"Nilai 1 {self.value_1}, Nilai 2 {self.value_2}: nilai periodik SKP (N1 + N2) / 2 = {self.value}",
            "",
            "How each figure was obtained:",
            self.explanation.render(),
        ]
        return "\n".join(lines)


def _name(name: str, width: int = 40) -> str:
    """A name in a column of ``width``, cut with an ellipsis when longer."""
    return f"{name:<{width}}" if len(name) <= width else name[: width - 1] + "…"


@attrs.frozen(kw_only=True)
class Year2021Result:
    """The 2021 split year: both halves, the conversion of the first, and the integrated value.

    ``policies`` are those of the integration (conversion, rounding, stage, predikat basis); each half
    carries the policies it was scored under.
    """

    rule_set: str
    policies: Policies
    first_half: Pp46Result
    second_half: Result
    first_half_converted: Decimal
    """The January-June nilai prestasi kerja on the 0-120 scale (policy conversion_2021)."""
    value: Decimal
    """Nilai kinerja 2021: 50 % of each half."""
    predikat: Predikat
    explanation: Explanation

    @property
    def period(self) -> AppraisalPeriod:
        """From the start of the first half to the end of the second."""
        return AppraisalPeriod(self.first_half.period.start, self.second_half.period.end)

    def render(self) -> str:
        """Both halves and the integration as plain text."""
        lines = [
            "2021 split year",
            "",
            "=== January-June: PP 46/2011 ===",
            self.first_half.render(),
            "",
            "=== July-December: PermenPANRB 8/2021 ===",
            self.second_half.render(),
            "",
            "=== Integration ===",
            (
                f"Nilai prestasi kerja January-June {self.first_half.final_value} -> {self.first_half_converted} "
                f"on the 0-120 scale ({self.policies.conversion_2021.value})"
            ),
            f"Nilai kinerja July-December {self.second_half.value}",
            f"Nilai kinerja 2021 {self.value} ({self.predikat.value})",
            "",
            self.explanation.render(),
        ]
        return "\n".join(lines)
