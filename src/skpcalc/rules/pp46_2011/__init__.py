"""PP 46/2011 with Perka BKN 1/2013: penilaian prestasi kerja PNS (2014 to June 2021).

Prestasi kerja is 60 % SKP (sasaran kerja pegawai: targets and realisations per kegiatan tugas
jabatan, plus tugas tambahan and kreativitas) and 40 % perilaku kerja (five aspects, six for
jabatan struktural), each read against the bands 91 ke atas Sangat Baik, 76-90 Baik, 61-75 Cukup,
51-60 Kurang, 50 ke bawah Buruk. See ``docs/rules/pp46_2011.md`` for every formula, source and policy.

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> year = AppraisalPeriod(date(2019, 1, 1), date(2019, 12, 31))
>>> report = Activity(
...     name="Menyusun laporan rakor",
...     target=Target(quantity=1, quantity_unit="laporan", quality=100, time=12, cost=170395000),
...     realisation=Realisation(quantity=1, quality=90, time=12, cost=170395000),
... )
>>> appraisal = Appraisal(
...     period=year,
...     position="fungsional_umum",
...     skps=[Skp(period=year, activities=[report])],
...     behaviour=Behaviour(service_orientation=80, integrity=80, commitment=78, discipline=85, teamwork=80),
... )
>>> result = RULE_SET.score(appraisal)
>>> result.skp_value, result.behaviour.value, result.final_value, result.final_predikat.value
(Decimal('85.50'), Decimal('80.60'), Decimal('83.54'), 'Baik')
"""

from typing import Final

from skpcalc.rules.pp46_2011.model import (
    BEHAVIOUR_ASPECTS,
    Activity,
    AdditionalTask,
    Appraisal,
    Behaviour,
    CreativityItem,
    CreativityLevel,
    PositionKind,
    Realisation,
    Skp,
    StudyLeaveAppraisal,
    Target,
)
from skpcalc.rules.pp46_2011.policies import (
    CreativityAggregation,
    GapReading,
    LeadershipRule,
    MutasiAggregation,
    NegativeScores,
    Policies,
    PredikatBasis,
    RoundingStage,
    ZeroCostTarget,
)
from skpcalc.rules.pp46_2011.result import ActivityResult, AspectResult, BehaviourResult, Result, SkpResult
from skpcalc.rules.pp46_2011.rule_set import IN_FORCE, KEY, Pp46RuleSet
from skpcalc.rules.pp46_2011.scoring import Predikat

__all__ = [
    "BEHAVIOUR_ASPECTS",
    "IN_FORCE",
    "KEY",
    "RULE_SET",
    "Activity",
    "ActivityResult",
    "AdditionalTask",
    "Appraisal",
    "AspectResult",
    "Behaviour",
    "BehaviourResult",
    "CreativityAggregation",
    "CreativityItem",
    "CreativityLevel",
    "GapReading",
    "LeadershipRule",
    "MutasiAggregation",
    "NegativeScores",
    "Policies",
    "PositionKind",
    "Pp46RuleSet",
    "Predikat",
    "PredikatBasis",
    "Realisation",
    "Result",
    "RoundingStage",
    "Skp",
    "SkpResult",
    "StudyLeaveAppraisal",
    "Target",
    "ZeroCostTarget",
]

#: The rule set under the default policies, as registered in :mod:`skpcalc.registry`.
RULE_SET: Final = Pp46RuleSet()
