"""Follow-up of an appraisal (tindak lanjut): angka kredit, tunjangan kinerja, deadlines and the sanction path.

Each takes the predikat of any rule set (or, for a score-based allowance rule, a number) and returns
a frozen result with its explanation and sources:

* :func:`credit` - angka kredit from predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023);
* :data:`ALLOWANCE_RULES` and the rule classes - the tunjangan kinerja payable under an agency's rule;
* :func:`assessment_window`, :func:`objection_window`, :func:`evaluation_periods` - deadlines and periods;
* :func:`sanction_path` - the step of PP 30/2019 Pasal 56-58 a predikat history has reached.

See ``docs/followup/index.md``.
"""

from skpcalc.followup.allowance import (
    ALLOWANCE_RULES,
    PERBAN_BAKAMLA_1_2023,
    PERMENLHK_6_2024,
    PMA_29_2016,
    AllowanceResult,
    AllowanceRule,
    PredikatTableRule,
    ScoreBandRule,
    Timing,
    get_allowance_rule,
)
from skpcalc.followup.credits import (
    LEVELS,
    PERCENTAGES,
    Accumulation,
    CreditPeriod,
    CreditPolicies,
    CreditResult,
    CreditRow,
    Level,
    LevelRule,
    PartMonths,
    credit,
    months_in,
)
from skpcalc.followup.deadlines import (
    OBJECTION_DAYS,
    AssessmentWindow,
    DayCounting,
    ObjectionWindow,
    WindowStatus,
    assessment_window,
    evaluation_periods,
    objection_window,
)
from skpcalc.followup.predikat import CLASS_ORDER, PerformanceClass, performance_class
from skpcalc.followup.sanctions import PositionGroup, PredikatRecord, SanctionAssessment, Step, sanction_path

__all__ = [
    "ALLOWANCE_RULES",
    "CLASS_ORDER",
    "LEVELS",
    "OBJECTION_DAYS",
    "PERBAN_BAKAMLA_1_2023",
    "PERCENTAGES",
    "PERMENLHK_6_2024",
    "PMA_29_2016",
    "Accumulation",
    "AllowanceResult",
    "AllowanceRule",
    "AssessmentWindow",
    "CreditPeriod",
    "CreditPolicies",
    "CreditResult",
    "CreditRow",
    "DayCounting",
    "Level",
    "LevelRule",
    "ObjectionWindow",
    "PartMonths",
    "PerformanceClass",
    "PositionGroup",
    "PredikatRecord",
    "PredikatTableRule",
    "SanctionAssessment",
    "ScoreBandRule",
    "Step",
    "Timing",
    "WindowStatus",
    "assessment_window",
    "credit",
    "evaluation_periods",
    "get_allowance_rule",
    "months_in",
    "objection_window",
    "performance_class",
    "sanction_path",
]
