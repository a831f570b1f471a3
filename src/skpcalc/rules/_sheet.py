"""The form being filled in: what the numeric rule sets share about printing and carrying figures.

A numeric rule set (PP 46/2011, PermenPANRB 8/2021) computes its figures in the order the official
form prints them. Each figure is rounded in one place (:meth:`Sheet.figure`, through
:func:`skpcalc.numeric.quantize`) and recorded as an explanation step; the rounding stage decides
whether later figures are computed from the printed figures or from the exact ones.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from skpcalc.explain import Step, format_exact
from skpcalc.numeric import RoundingPolicy, quantize, to_fraction
from skpcalc.rules.base import Source

__all__ = ["Figure", "PredikatBasis", "RoundingStage", "Sheet"]


class RoundingStage(enum.StrEnum):
    """Which figures later figures are computed from."""

    FORM = "form"
    """Default, "form-faithful". Every printed figure is rounded, and each later figure is computed
    from the printed figures before it, so a person can re-check the form by hand."""
    FINAL = "final"
    """"Exact". Later figures are computed from exact values; rounding only affects what is printed."""


class PredikatBasis(enum.StrEnum):
    """Which value the predikat is read from."""

    PRINTED = "printed"
    """Default. The printed (rounded) value: 90.995 prints 91.00 and is read as 91.00."""
    EXACT = "exact"
    """The exact, unrounded value: 90.995 is below 91."""


@attrs.frozen
class Figure:
    """One figure of the form."""

    printed: Decimal
    """As the form prints it."""
    exact: Fraction
    """Before its own rounding."""
    carried: Fraction
    """What later figures are computed from (the printed or the exact value, by rounding stage)."""


Input = Fraction | Decimal | int | str | Figure


class Sheet:
    """Rounds each figure in one place and keeps the explanation steps, in order."""

    def __init__(self, rounding: RoundingPolicy, stage: RoundingStage) -> None:
        self.rounding = rounding
        self.stage = stage
        self.steps: list[Step] = []

    def text(self, value: Input) -> str:
        """An input as the form shows it: a figure as printed (form stage) or exact (final stage)."""
        if isinstance(value, Figure):
            value = value.printed if self.stage is RoundingStage.FORM else value.exact
        return format_exact(value) if isinstance(value, Fraction) else str(value)

    def figure(
        self,
        key: str,
        label: str,
        formula: str,
        inputs: Sequence[tuple[str, Input]],
        exact: Fraction,
        source: Source,
    ) -> Figure:
        """Record a numeric figure; returns it printed, exact and as carried forward."""
        printed = quantize(exact, self.rounding)
        self.steps.append(
            Step(
                key=key,
                label=label,
                formula=formula,
                inputs=[(name, self.text(value)) for name, value in inputs],
                exact=exact,
                value=printed,
                source=source,
            )
        )
        carried = to_fraction(printed) if self.stage is RoundingStage.FORM else exact
        return Figure(printed, exact, carried)

    def label(
        self, key: str, label: str, formula: str, inputs: Sequence[tuple[str, Input]], value: str, source: Source
    ) -> None:
        """Record a figure that is a label (a category, a predikat)."""
        self.steps.append(
            Step(
                key=key,
                label=label,
                formula=formula,
                inputs=[(name, self.text(item)) for name, item in inputs],
                exact=None,
                value=value,
                source=source,
            )
        )

    def basis(self, figure: Figure, basis: PredikatBasis) -> Fraction:
        """The value a predikat is read from: the printed or the exact value of ``figure``."""
        return to_fraction(figure.printed) if basis is PredikatBasis.PRINTED else figure.exact
