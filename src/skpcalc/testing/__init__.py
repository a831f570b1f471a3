"""Testing helpers for users of skpcalc.

:mod:`skpcalc.testing.strategies` holds Hypothesis strategies that generate valid inputs of each rule
set. It needs the optional dependency: ``pip install skpcalc[testing]``. This package itself imports
nothing from Hypothesis.
"""

__all__: list[str] = []
