"""Rule sets, one subpackage per regulation; :mod:`skpcalc.registry` lists them."""

from skpcalc.rules.base import Citation, Evidence, InForce, RuleSet, Source

__all__ = ["Citation", "Evidence", "InForce", "RuleSet", "Source"]
