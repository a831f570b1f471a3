"""skpcalc: exact, typed scoring of Indonesian civil-servant performance appraisals.

One rule set per regulation and period in force, looked up by key or by date in
:mod:`skpcalc.registry`; inputs are frozen value objects; results carry every figure the official
forms print and the steps that produced them.
"""

from importlib.metadata import version

from skpcalc.errors import (
    FloatInputError,
    FormatError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    NotInForceError,
    OutOfRangeError,
    SkpCalcError,
    UnknownRuleSetError,
)
from skpcalc.explain import Explanation, Step
from skpcalc.numeric import Rounding, RoundingPolicy
from skpcalc.period import AppraisalPeriod
from skpcalc.registry import RULE_SETS, get_rule_set, list_rule_sets, rule_sets_in_force
from skpcalc.rules.base import Citation, Evidence, InForce, RuleSet, Source

__version__ = version("skpcalc")

__all__ = [
    "RULE_SETS",
    "AppraisalPeriod",
    "Citation",
    "Evidence",
    "Explanation",
    "FloatInputError",
    "FormatError",
    "InForce",
    "InconsistentInputError",
    "InvalidInputError",
    "InvalidTypeError",
    "NotInForceError",
    "OutOfRangeError",
    "Rounding",
    "RoundingPolicy",
    "RuleSet",
    "SkpCalcError",
    "Source",
    "Step",
    "UnknownRuleSetError",
    "__version__",
    "get_rule_set",
    "list_rule_sets",
    "rule_sets_in_force",
]
