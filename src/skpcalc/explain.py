"""Explanations: every figure of a result with its formula, inputs, value and source.

An :class:`Explanation` is the audit trail of a result: one :class:`Step` per figure, in the
order the figures are computed, each naming the formula applied, the inputs it was applied to,
the exact value, the printed (rounded) value and the regulation it comes from. ``render()``
turns it into plain text that a person can re-check by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import attrs

from skpcalc.rules.base import Source

__all__ = ["Explanation", "Step", "format_exact"]


def format_exact(value: Fraction) -> str:
    """Write an exact value as an integer, a terminating decimal, or ``n/d``.

    >>> format_exact(Fraction(171, 2)), format_exact(Fraction(266, 3)), format_exact(Fraction(76))
    ('85.5', '266/3', '76')
    """
    if value.denominator == 1:
        return str(value.numerator)
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = 0
    while (value * 10**places).denominator != 1:
        places += 1
    # Built from text, so the ambient decimal context cannot round it.
    return format(Decimal(f"{int(value * 10**places)}E-{places}"), "f")


def _inputs(items: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(name), str(text)) for name, text in items)


@attrs.frozen
class Step:
    """One figure of a result and how it was obtained.

    Attributes:
        key: stable identifier of the figure, e.g. ``"skps[0].activities[1].time"``.
        label: what the figure is, in the regulation's words.
        formula: the formula or rule applied, in the regulation's notation.
        inputs: ``(name, value)`` pairs the formula was applied to, values as printed text.
        exact: the exact value of a numeric figure; ``None`` for a figure that is a label (a rating,
            a predikat).
        value: the figure as printed (a number rounded under the rule set's rounding policy), or
            the label.
        source: where the rule comes from.
    """

    key: str
    label: str
    formula: str
    inputs: tuple[tuple[str, str], ...] = attrs.field(converter=_inputs)
    exact: Fraction | None
    value: Decimal | str
    source: Source

    def render(self) -> str:
        """Plain-text form of the step."""
        shown = str(self.value)
        if self.exact is not None and isinstance(self.value, Decimal) and Fraction(self.value) != self.exact:
            shown += f"  (exact {format_exact(self.exact)})"
        lines = [f"{self.label}  [{self.key}]", f"    formula : {self.formula}"]
        if self.inputs:
            lines.append("    inputs  : " + ", ".join(f"{name} = {text}" for name, text in self.inputs))
        lines += [f"    value   : {shown}", f"    source  : {self.source}"]
        return "\n".join(lines)


@attrs.frozen
class Explanation:
    """The ordered steps behind a result."""

    steps: tuple[Step, ...]

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def step(self, key: str) -> Step:
        """The step with the given key; ``KeyError`` names the keys there are."""
        for candidate in self.steps:
            if candidate.key == key:
                return candidate
        msg = f"no step {key!r}; steps: {', '.join(s.key for s in self.steps)}"
        raise KeyError(msg)

    def exact(self, key: str) -> Fraction:
        """The exact value of the numeric step ``key``; ``KeyError`` for a missing or label step."""
        found = self.step(key).exact
        if found is None:
            msg = f"step {key!r} is a label ({self.step(key).value!s}), not a number"
            raise KeyError(msg)
        return found

    def render(self) -> str:
        """Plain-text form of all steps."""
        return "\n".join(step.render() for step in self.steps)
