"""Results of the PP 46/2011 rule set: every figure the official forms print, and why."""

from __future__ import annotations

from decimal import Decimal

import attrs

from skpcalc.explain import Explanation
from skpcalc.period import AppraisalPeriod
from skpcalc.rules._policies import flat_policies
from skpcalc.rules.pp46_2011.model import PositionKind
from skpcalc.rules.pp46_2011.policies import Policies
from skpcalc.rules.pp46_2011.scoring import Predikat

__all__ = ["ActivityResult", "AspectResult", "BehaviourResult", "Result", "SkpResult"]


@attrs.frozen(kw_only=True)
class ActivityResult:
    """Row of the form Penilaian Capaian SKP for one kegiatan tugas jabatan."""

    name: str
    quantity: Decimal
    """Aspek kuantitas."""
    quality: Decimal
    """Aspek kualitas."""
    time_efficiency: Decimal | None
    """Persentase efisiensi waktu (informative), or ``None`` when the activity was not carried out."""
    time: Decimal
    """Aspek waktu."""
    cost_efficiency: Decimal | None
    """Persentase efisiensi biaya, or ``None`` without a cost aspect or when not carried out."""
    cost: Decimal | None
    """Aspek biaya, or ``None`` without a cost aspect."""
    total: Decimal
    """Penghitungan: sum of the aspects."""
    divisor: int
    """Number of aspects: 4 with biaya, 3 without."""
    value: Decimal
    """Nilai capaian SKP of the activity."""


@attrs.frozen(kw_only=True)
class SkpResult:
    """One SKP's value: mean over its activities plus tugas tambahan and kreativitas."""

    period: AppraisalPeriod
    activities: tuple[ActivityResult, ...]
    activities_mean: Decimal
    additional_task_count: int
    additional_task_value: int
    creativity_value: int
    value: Decimal
    """Nilai capaian SKP."""
    predikat: Predikat


@attrs.frozen(kw_only=True)
class AspectResult:
    """One perilaku kerja aspect with its sebutan."""

    name: str
    value: Decimal
    predikat: Predikat


@attrs.frozen(kw_only=True)
class BehaviourResult:
    """Penilaian perilaku kerja: the aspects, their sum and their average."""

    aspects: tuple[AspectResult, ...]
    total: Decimal
    """Jumlah."""
    divisor: int
    """Number of aspects assessed (5, or 6 with kepemimpinan)."""
    value: Decimal
    """Nilai rata-rata (nilai perilaku kerja)."""
    predikat: Predikat


@attrs.frozen(kw_only=True)
class Result:
    """A scored PP 46/2011 appraisal (penilaian prestasi kerja).

    ``skps`` is empty for a study-leave appraisal, where ``academic_score`` stands for the SKP.
    """

    rule_set: str
    period: AppraisalPeriod
    position: PositionKind
    policies: Policies
    skps: tuple[SkpResult, ...]
    academic_score: Decimal | None
    skp_value: Decimal
    """Nilai capaian SKP for the period (the mean of the SKPs after a change of position)."""
    skp_predikat: Predikat
    behaviour: BehaviourResult
    skp_part: Decimal
    """Nilai SKP x 60 %."""
    behaviour_part: Decimal
    """Nilai perilaku kerja x 40 %."""
    final_value: Decimal
    """Nilai prestasi kerja."""
    final_predikat: Predikat
    explanation: Explanation

    def render(self) -> str:
        """The result as plain text: a summary like the official form, then every step."""
        lines = [
            f"Penilaian prestasi kerja PNS ({self.rule_set}), period {self.period}, position {self.position.value}",
            "",
        ]
        if self.academic_score is not None:
            lines.append(f"Tugas belajar: nilai akademik {self.academic_score} stands for the SKP")
        for index, skp in enumerate(self.skps):
            lines.append(f"SKP {index + 1} ({skp.period})")
            lines.append(
                f"  {'kegiatan':<32} {'kuant':>8} {'kual':>8} {'waktu':>8} {'biaya':>8} {'hitung':>8} {'nilai':>8}"
            )
            for row in skp.activities:
                cost = "-" if row.cost is None else str(row.cost)
                lines.append(
                    f"  {row.name[:32]:<32} {row.quantity!s:>8} {row.quality!s:>8} {row.time!s:>8} "
                    f"{cost:>8} {row.total!s:>8} {row.value!s:>8}"
                )
            lines.append(
                f"  tugas tambahan: {skp.additional_task_count} -> {skp.additional_task_value}; "
                f"kreativitas: {skp.creativity_value}; nilai capaian SKP {skp.value} ({skp.predikat.value})"
            )
        lines += [
            "",
            f"Nilai SKP            {self.skp_value} ({self.skp_predikat.value}) x 60 % = {self.skp_part}",
            (
                f"Nilai perilaku kerja {self.behaviour.value} ({self.behaviour.predikat.value}) x 40 % = "
                f"{self.behaviour_part}"
            ),
            f"Nilai prestasi kerja {self.final_value} ({self.final_predikat.value})",
            "",
            "Policies: " + ", ".join(f"{name}={value}" for name, value in flat_policies(self.policies.to_dict())),
            "",
            "How each figure was obtained:",
            self.explanation.render(),
        ]
        return "\n".join(lines)
