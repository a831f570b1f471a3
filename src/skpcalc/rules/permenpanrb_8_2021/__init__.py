"""PP 30/2019 with PermenPANRB 8/2021: penilaian kinerja PNS on the 0-120 scale (July-December 2021).

Each indikator kinerja individu (IKI) gets a capaian (realisasi against target, higher or lower is
better), converted to a nilai capaian IKI on the 0-120 scale; the rencana kinerja utama give the
nilai kinerja utama by their bobot, the rencana kinerja tambahan add at most 10, and the nilai SKP is
combined with the nilai perilaku kerja 70/30 (60/40 where peers and subordinates give input) into the
nilai kinerja and its predikat (PP 30/2019 Pasal 41). The 2021 split year integrates January-June
(PP 46/2011) and July-December with 50 % each. See ``docs/rules/permenpanrb_8_2021.md``.

>>> from datetime import date
>>> from skpcalc.period import AppraisalPeriod
>>> skp = Skp(
...     model="dasar",
...     main=[
...         Plan(
...             name="Tersusunnya laporan keuangan",
...             indicators=[
...                 Indicator(
...                     name="Jumlah laporan", aspect="kuantitas", condition="normal", target=85, realisation=85
...                 ),
...                 Indicator(
...                     name="Ketepatan waktu", aspect="waktu", condition="khusus", target=(7, 8), realisation="6.5"
...                 ),
...             ],
...         )
...     ],
... )
>>> appraisal = Appraisal(
...     period=AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31)),
...     skp=skp,
...     behaviour=Behaviour(service_orientation=100, commitment=100, initiative=95, teamwork=100, leadership=None),
...     peer_and_subordinate_input=False,
...     innovation=False,
... )
>>> result = RULE_SET.score(appraisal)
>>> result.skp.main[0].indicators[1].capaian_converted, result.skp.main[0].indicators[1].value
(Decimal('107.00'), Decimal('116.67'))
>>> result.skp.value, result.behaviour.value, result.value, result.predikat.value
(Decimal('112.84'), Decimal('98.75'), Decimal('108.62'), 'Baik')
"""

from typing import Final

from skpcalc.rules.permenpanrb_8_2021.model import (
    BEHAVIOUR_ASPECTS,
    Appraisal,
    Aspect,
    Behaviour,
    Condition,
    Indicator,
    JptPeriodicAppraisal,
    Plan,
    Skp,
    SkpModel,
    Target,
    Year2021Appraisal,
)
from skpcalc.rules.permenpanrb_8_2021.policies import (
    CapaianRounding,
    Conversion2021,
    Over120,
    Policies,
    VeryGoodFormula,
)
from skpcalc.rules.permenpanrb_8_2021.result import (
    BehaviourResult,
    IndicatorResult,
    PeriodicResult,
    PlanResult,
    Result,
    SkpResult,
    Year2021Result,
)
from skpcalc.rules.permenpanrb_8_2021.rule_set import FIRST_HALF_2021, IN_FORCE, KEY, Permenpanrb8RuleSet
from skpcalc.rules.permenpanrb_8_2021.scoring import Category, Predikat

__all__ = [
    "BEHAVIOUR_ASPECTS",
    "FIRST_HALF_2021",
    "IN_FORCE",
    "KEY",
    "RULE_SET",
    "Appraisal",
    "Aspect",
    "Behaviour",
    "BehaviourResult",
    "CapaianRounding",
    "Category",
    "Condition",
    "Conversion2021",
    "Indicator",
    "IndicatorResult",
    "JptPeriodicAppraisal",
    "Over120",
    "PeriodicResult",
    "Permenpanrb8RuleSet",
    "Plan",
    "PlanResult",
    "Policies",
    "Predikat",
    "Result",
    "Skp",
    "SkpModel",
    "SkpResult",
    "Target",
    "VeryGoodFormula",
    "Year2021Appraisal",
    "Year2021Result",
]

#: The rule set under the default policies, as registered in :mod:`skpcalc.registry`.
RULE_SET: Final = Permenpanrb8RuleSet()
