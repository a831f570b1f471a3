from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from skpcalc.errors import FloatInputError, InvalidInputError, InvalidTypeError, OutOfRangeError, SkpCalcError
from skpcalc.numeric import (
    MAX_MAGNITUDE,
    Rounding,
    RoundingPolicy,
    check_converted,
    exact,
    parse_number,
    quantize,
    to_decimal,
)

HALF_UP_2 = RoundingPolicy(places=2, mode=Rounding.HALF_UP)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, Decimal(5)),
        ("9.12", Decimal("9.12")),
        (" 2.28 ", Decimal("2.28")),
        (Decimal(170395000), Decimal(170395000)),
        ("-0", Decimal(0)),
        ("0.000", Decimal("0.000")),
        ("1E+3", Decimal(1000)),
        ("0.100000000000000000", Decimal("0.1")),  # trailing zeros are not decimal places
        (str(MAX_MAGNITUDE), MAX_MAGNITUDE),
    ],
)
def test_parse_number_accepts_exact_inputs(value: object, expected: Decimal) -> None:
    assert parse_number(value, "field") == expected


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (2.28, FloatInputError),
        (True, InvalidTypeError),
        ([1], InvalidTypeError),
        (None, InvalidTypeError),
        ("NaN", InvalidInputError),
        ("Infinity", InvalidInputError),
        (Decimal("-Infinity"), InvalidInputError),
        ("sembilan", InvalidInputError),
        ("9,12", InvalidInputError),
        ("", InvalidInputError),
        (10**16, OutOfRangeError),
        ("1e999999999", OutOfRangeError),
        ("1e-999999999", OutOfRangeError),
        ("0.0000000000001", OutOfRangeError),
    ],
)
def test_parse_number_rejects_with_field_value_and_allowed(value: object, error: type[SkpCalcError]) -> None:
    with pytest.raises(error) as caught:
        parse_number(value, "target.time")
    assert isinstance(caught.value, InvalidInputError)
    assert caught.value.field == "target.time"
    assert caught.value.value is value
    assert str(caught.value).startswith(f"target.time: got {value!r}; allowed: a finite number")


def test_float_error_is_both_type_and_value_error() -> None:
    with pytest.raises(TypeError):
        parse_number(0.5, "x")
    with pytest.raises(ValueError, match="pass str or Decimal instead of float"):
        parse_number(0.5, "x")


def test_converter_defers_error_to_validator_which_names_the_field() -> None:
    converted = to_decimal(0.5)  # type: ignore[arg-type]
    assert converted.is_nan()
    with pytest.raises(FloatInputError) as caught:
        check_converted("Target.time", converted)
    assert caught.value.field == "Target.time"
    assert caught.value.value == 0.5
    check_converted("Target.time", to_decimal("1"))  # a good value passes


# Hand derivations: 266/3 = 88.666..., 274/3 = 91.333..., 2.345 is a tie at 2 places.
@pytest.mark.parametrize(
    ("value", "places", "mode", "expected"),
    [
        (Fraction(266, 3), 2, Rounding.HALF_UP, "88.67"),
        (Fraction(266, 3), 2, Rounding.DOWN, "88.66"),
        (Fraction(266, 3), 2, Rounding.UP, "88.67"),
        (Fraction(274, 3), 2, Rounding.HALF_UP, "91.33"),
        (Fraction(274, 3), 2, Rounding.UP, "91.34"),
        (Fraction("2.345"), 2, Rounding.HALF_UP, "2.35"),  # half-even would give 2.34
        (Fraction("2.355"), 2, Rounding.HALF_UP, "2.36"),
        (Fraction("-2.345"), 2, Rounding.HALF_UP, "-2.35"),  # ties away from zero
        (Fraction("-2.341"), 2, Rounding.UP, "-2.35"),  # away from zero
        (Fraction("-2.349"), 2, Rounding.DOWN, "-2.34"),  # towards zero
        (Fraction(5, 2), 0, Rounding.HALF_UP, "3"),  # round() would give 2
        (Fraction(76), 2, Rounding.HALF_UP, "76.00"),
        (Fraction(0), 2, Rounding.UP, "0.00"),
        (Fraction(-1, 1000), 2, Rounding.HALF_UP, "0.00"),
    ],
)
def test_quantize(value: Fraction, places: int, mode: Rounding, expected: str) -> None:
    result = quantize(value, RoundingPolicy(places=places, mode=mode))
    assert str(result) == expected


def test_rounding_policy_validates() -> None:
    with pytest.raises(OutOfRangeError, match=r"RoundingPolicy\.places: got -1; allowed: a whole number from 0 to 12"):
        RoundingPolicy(places=-1, mode=Rounding.HALF_UP)
    with pytest.raises(InvalidTypeError, match=r"RoundingPolicy\.places: got True"):
        RoundingPolicy(places=True, mode=Rounding.HALF_UP)
    with pytest.raises(InvalidInputError, match="mode: got 'half_even'; allowed: one of 'half_up', 'up', 'down'"):
        RoundingPolicy(places=2, mode="half_even")
    assert RoundingPolicy(places=2, mode="up").mode is Rounding.UP
    assert str(HALF_UP_2) == "2 decimal places, half_up"


@pytest.mark.parametrize("text", ["9_12", "1_000", "١٢", "１２", "12.", "1e", "+", "0x10", "1 2"])
def test_only_plain_ascii_decimal_strings(text: str) -> None:
    if text == "12.":
        assert parse_number(text, "f") == Decimal(12)  # a trailing point is plain decimal notation
        return
    with pytest.raises(InvalidInputError, match="no separators"):
        parse_number(text, "f")


def test_exact_refuses_floats_and_non_numbers() -> None:
    assert exact(Decimal("2.28"), "r") == Fraction(57, 25)
    assert exact(3, "t") == Fraction(3)
    with pytest.raises(FloatInputError, match="Fraction"):
        exact(2.28, "r")
    with pytest.raises(InvalidTypeError):
        exact(True, "r")
    with pytest.raises(InvalidInputError, match="finite"):
        exact(Decimal("NaN"), "r")


def test_huge_values_are_shown_shortly_in_errors() -> None:
    with pytest.raises(OutOfRangeError, match="<int too large to show>"):
        parse_number(10**5000, "f")
