"""Exact numbers: input conversion and the one place where rounding happens.

skpcalc never uses binary floating point in a scoring path. Inputs are accepted as ``int``,
``str`` or :class:`~decimal.Decimal`, kept as ``Decimal`` in the value objects, computed as
:class:`~fractions.Fraction` (exact, independent of any decimal context) and returned as
``Decimal`` rounded by :func:`quantize` under an explicit :class:`RoundingPolicy`.

A ``float`` is rejected with :class:`~skpcalc.errors.FloatInputError`: ``2.28`` as a float is
``2.2799999999999998``, which moves a waktu score across the 24 % boundary. Pass ``"2.28"`` or
``Decimal("2.28")``. Interchange documents are read with exact decimals (see
:mod:`skpcalc.interchange`), so JSON numbers never pass through ``float``.

>>> parse_number("9.12", "realisation.time")
Decimal('9.12')
>>> quantize(Fraction(266, 3), RoundingPolicy(places=2, mode=Rounding.HALF_UP))
Decimal('88.67')
>>> quantize(Fraction(266, 3), RoundingPolicy(places=2, mode=Rounding.DOWN))
Decimal('88.66')
>>> quantize(Fraction("2.345"), RoundingPolicy(places=2, mode=Rounding.HALF_UP))
Decimal('2.35')
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from skpcalc.errors import (
    FloatInputError,
    InvalidInputError,
    InvalidTypeError,
    OutOfRangeError,
)

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_MAGNITUDE",
    "Rounding",
    "RoundingPolicy",
    "check_converted",
    "exact",
    "parse_number",
    "quantize",
    "to_decimal",
    "to_fraction",
]

#: Largest magnitude any numeric input may have (10^15: above any rupiah budget of one activity).
MAX_MAGNITUDE: Final = Decimal(10) ** 15
#: Most digits an input may have after the decimal point.
MAX_FRACTION_DIGITS: Final = 12

# Decimal() also reads "1_000", "NaN" and non-ASCII digits; inputs must be plain ASCII decimals.
_DECIMAL_TEXT: Final = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)

_ALLOWED: Final = (
    f"a finite number given as int, str or Decimal, at most {MAX_MAGNITUDE:,.0f} in magnitude "
    f"and with at most {MAX_FRACTION_DIGITS} decimal places"
)


class _Unconvertible(Decimal):
    """A NaN standing in for a value that could not be converted.

    attrs converters do not know the field they convert, so :func:`to_decimal` returns this
    marker instead of raising; the field's validator (which knows the field) then raises the
    error through :func:`check_converted`.
    """

    __slots__ = ("error", "raw")
    error: InvalidInputError
    raw: object


def _as_decimal(value: object, field: str) -> Decimal:
    """The value as a Decimal, refusing types that are not exact numbers."""
    if isinstance(value, bool):
        raise InvalidTypeError(field, value, _ALLOWED + " (a bool is not a number)")
    if isinstance(value, float):
        raise FloatInputError(field, value, _ALLOWED + "; pass str or Decimal instead of float")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        if not _DECIMAL_TEXT.fullmatch(text):
            raise InvalidInputError(field, value, _ALLOWED + " (digits 0-9 with an optional '.', no separators)")
        return Decimal(text)
    raise InvalidTypeError(field, value, _ALLOWED)


def parse_number(value: object, field: str, *, bounded: bool = True) -> Decimal:
    """Convert an input number to ``Decimal``, or raise an error naming ``field``.

    Accepts ``int`` (not ``bool``), ``Decimal`` and ``str`` in decimal notation (``"9.12"``, also
    ``"1E+3"``; surrounding blanks are ignored, a decimal comma is not accepted). Rejects
    ``float``, ``bool``, NaN, infinities, values beyond :data:`MAX_MAGNITUDE` and values with
    more than :data:`MAX_FRACTION_DIGITS` decimal places. With ``bounded=False`` (for reading back
    computed results, which may exceed the input limits) only finiteness is checked.
    """
    number = _as_decimal(value, field)
    if not number.is_finite():
        raise InvalidInputError(field, value, _ALLOWED)
    if not bounded:
        return number
    if number.is_zero():
        return Decimal(0) if number.is_signed() else number
    if number.copy_abs() > MAX_MAGNITUDE:
        raise OutOfRangeError(field, value, _ALLOWED)
    _sign, digits, raw_exponent = number.as_tuple()
    exponent = int(raw_exponent)  # an int for every finite Decimal
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    if exponent + trailing_zeros < -MAX_FRACTION_DIGITS:
        raise OutOfRangeError(field, value, _ALLOWED)
    return number


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Attrs converter: like :func:`parse_number`, but defers any error to the field's validator."""
    try:
        return parse_number(value, "")
    except InvalidInputError as error:
        marker = _Unconvertible("NaN")
        marker.error = error
        marker.raw = value
        return marker


def check_converted(field: str, value: Decimal) -> None:
    """Raise the error :func:`to_decimal` deferred, now naming ``field``."""
    if isinstance(value, _Unconvertible):
        error = value.error
        raise type(error)(field, value.raw, error.allowed)


def to_fraction(value: Decimal | int) -> Fraction:
    """Exact rational value of a (finite) Decimal or int."""
    return Fraction(value)


def exact(value: object, field: str) -> Fraction:
    """An argument of a formula as a Fraction: ``Fraction``, ``int`` or finite ``Decimal``; never a float.

    The formula functions call this on their arguments, so a float cannot reintroduce the artefacts
    exact arithmetic removes (``2.28`` as a float makes the 24 % boundary fail).
    """
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        raise FloatInputError(field, value, "a Fraction, int or Decimal; pass Fraction('2.28'), not 2.28")
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise InvalidTypeError(field, value, "a Fraction, int or Decimal")
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidInputError(field, value, "a finite number")
    return Fraction(value)


class Rounding(enum.StrEnum):
    """How a figure is rounded to its number of places.

    Python's ``round()`` and ``Decimal.quantize()`` default to half-even; skpcalc never uses
    either default.
    """

    HALF_UP = "half_up"
    """Nearest, ties away from zero (Excel ``ROUND``; what the published forms print)."""
    UP = "up"
    """Away from zero (Excel ``ROUNDUP``; reproduces the SKP guru guide's lookup table)."""
    DOWN = "down"
    """Towards zero, i.e. truncation (Excel ``ROUNDDOWN``; the SKP guru guide's prose)."""


def _to_rounding(value: Rounding | str) -> Rounding:
    if isinstance(value, Rounding):
        return value
    for mode in Rounding:
        if isinstance(value, str) and " ".join(value.split()).casefold() == mode.value:
            return mode
    raise InvalidInputError("RoundingPolicy.mode", value, "one of " + ", ".join(repr(m.value) for m in Rounding))


def _check_places(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    del instance, attribute
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError("RoundingPolicy.places", value, "a whole number from 0 to 12")
    if not 0 <= value <= MAX_FRACTION_DIGITS:
        raise OutOfRangeError("RoundingPolicy.places", value, "a whole number from 0 to 12")


@attrs.frozen
class RoundingPolicy:
    """Number of decimal places and rounding mode of a printed figure."""

    places: int = attrs.field(validator=_check_places)
    mode: Rounding = attrs.field(converter=_to_rounding)

    def __str__(self) -> str:
        return f"{self.places} decimal places, {self.mode.value}"


def quantize(value: Fraction, policy: RoundingPolicy) -> Decimal:
    """Round an exact value to ``policy.places`` decimals in ``policy.mode``.

    This is the only rounding function in skpcalc.

    >>> quantize(Fraction(274, 3), RoundingPolicy(places=2, mode=Rounding.UP))
    Decimal('91.34')
    >>> quantize(Fraction(-5, 2), RoundingPolicy(places=0, mode=Rounding.HALF_UP))
    Decimal('-3')
    """
    numerator = abs(value.numerator) * 10**policy.places
    whole, remainder = divmod(numerator, value.denominator)
    if (policy.mode is Rounding.HALF_UP and 2 * remainder >= value.denominator) or (
        policy.mode is Rounding.UP and remainder
    ):
        whole += 1
    # Built from its digits as text, so no decimal context can round or overflow it.
    sign = "-" if value < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{policy.places}")
