"""PermenPANRB 6/2022 with SE MenPANRB 3/2023: evaluasi kinerja pegawai ASN (from 2022).

The Pejabat Penilai Kinerja rates hasil kerja and perilaku kerja as Di Atas, Sesuai or Di Bawah
Ekspektasi; the kuadran kinerja turns the pair into the predikat kinerja pegawai (Sangat Baik, Baik,
Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang). A unit's predikat are then checked against the
distribution that SE MenPANRB 3/2023 sets for the unit's predikat kinerja organisasi, and ranked.
See ``docs/rules/permenpanrb_6_2022.md``.

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> q1 = AppraisalPeriod(date(2024, 1, 1), date(2024, 3, 31))
>>> def staff(name, work, behaviour):
...     return EmployeeEvaluation(employee=name, period=q1, period_kind="triwulanan",
...                               work_rating=work, behaviour_rating=behaviour)
>>> unit = UnitEvaluation(unit="Subbagian Umum", organisation_predikat="Baik", employees=[
...     staff("Ani", "Di Atas Ekspektasi", "Di Atas Ekspektasi"),
...     staff("Budi", "Sesuai Ekspektasi", "Sesuai Ekspektasi"),
...     staff("Citra", "Di Bawah Ekspektasi", "Sesuai Ekspektasi")])
>>> result = RULE_SET.evaluate_unit(unit)
>>> [(item.employee, item.predikat.value) for item in result.employees]
[('Ani', 'Sangat Baik'), ('Budi', 'Baik'), ('Citra', 'Butuh Perbaikan')]
>>> result.distribution.conforms
True
"""

from typing import Final

from skpcalc.rules.permenpanrb_6_2022.model import (
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
from skpcalc.rules.permenpanrb_6_2022.policies import (
    AnnualPredikat,
    HeadCountRounding,
    LeaderRating,
    MajorityReading,
    Policies,
    RatingDerivation,
)
from skpcalc.rules.permenpanrb_6_2022.result import (
    AnnualResult,
    DistributionCheck,
    DistributionReport,
    EmployeeResult,
    RankEntry,
    RatingBasis,
    UnitResult,
)
from skpcalc.rules.permenpanrb_6_2022.rule_set import IN_FORCE, KEY, Permenpanrb6RuleSet, rank
from skpcalc.rules.permenpanrb_6_2022.scoring import MATRIX, PREDIKAT_ORDER, Predikat

__all__ = [
    "IN_FORCE",
    "KEY",
    "MATRIX",
    "PREDIKAT_ORDER",
    "RULE_SET",
    "AnnualPredikat",
    "AnnualResult",
    "Approach",
    "Aspect",
    "BehaviourValue",
    "CoreValue",
    "DistributionCheck",
    "DistributionReport",
    "EmployeeEvaluation",
    "EmployeeResult",
    "EvaluationPeriod",
    "HeadCountRounding",
    "Indicator",
    "LeaderRating",
    "MajorityReading",
    "OrganisationPredikat",
    "Permenpanrb6RuleSet",
    "Policies",
    "Predikat",
    "RankEntry",
    "Rating",
    "RatingBasis",
    "RatingDerivation",
    "ResultKind",
    "Skp",
    "UnitEvaluation",
    "UnitResult",
    "WorkResult",
    "rank",
]

#: The rule set under the default policies, as registered in :mod:`skpcalc.registry`.
RULE_SET: Final = Permenpanrb6RuleSet()
